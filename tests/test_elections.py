"""Elections between nominations: the one declared elected carries, its rivals are lost, and
each nomination takes its nominee's votes from the tally (extract/elections.py)."""

from __future__ import annotations

import pytest

from minutes_parser import parse_text

HEAD = "Minutes of the Annual Meeting of the Council\n"
NOMINATIONS = (
    "Election of Mayor\n"
    "It was proposed by Councillor A. Ash, seconded by Councillor B. Birch:\n"
    "\u201cThat Councillor Cara Cedar be elected Mayor.\u201d\n"
    "It was then proposed by Councillor D. Dunn, seconded by Councillor E. Elm:\n"
    "\u201cThat Councillor Finn Fir be elected Mayor.\u201d\n"
)

CASES = [
    pytest.param(
        NOMINATIONS + "On a roll call vote the voting resulted as follows:\n"
        "Councillor Cedar:      12      TWELVE\nCouncillor Fir:        9       NINE\nAbstain:   2   TWO\n"
        "The Mayor then DECLARED Councillor Cara Cedar elected Mayor.\n",
        [("carried", 12, 2), ("lost", 9, 2)],
        id="tally-then-declared-elected",
    ),
    pytest.param(
        NOMINATIONS + "Following a vote the Chair DECLARED Councillor Finn Fir as Mayor of the Council.\n",
        [("lost", None, None), ("carried", None, None)],
        id="declared-as-office-without-a-tally",
    ),
    pytest.param(
        NOMINATIONS + "The meeting adjourned for ten minutes and resumed at 4.30 pm.\n",
        None,
        id="near-miss-no-declaration-leaves-the-outcomes-unread",
    ),
    pytest.param(
        NOMINATIONS + "Councillor Gale: 14\nThe Chair DECLARED Councillor Gale Gorse elected Mayor.\n",
        None,
        id="near-miss-declaration-and-tally-naming-no-nominee",
    ),
    pytest.param(
        "Election of Mayor\nIt was proposed by Councillor A. Ash, seconded by Councillor B. Birch:\n"
        "\u201cThat Councillor Cara Cedar be elected Mayor.\u201d\n"
        "Election of Deputy Mayor\nIt was proposed by Councillor D. Dunn, seconded by Councillor E. Elm:\n"
        "\u201cThat Councillor Finn Fir be elected Deputy Mayor.\u201d\n"
        "The Mayor DECLARED Councillor Finn Fir elected Deputy Mayor.\n",
        None,
        id="near-miss-nominations-for-different-offices-are-no-contest",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_elections_between_nominations(
    body: str, expected: list[tuple[str | None, int | None, int | None]] | None
) -> None:
    doc = parse_text(HEAD + body)
    nominations = [m for m in doc.motions if "be elected" in m.text]
    got = [(m.outcome.value if m.outcome else None, m.votes_for, m.votes_abstain) for m in nominations]
    if expected is None:  # a near miss: nothing settled, as the motions reader read them
        assert len(nominations) == 2
        assert all(outcome != "lost" and votes is None and abstain is None for outcome, votes, abstain in got)
    else:
        assert got == expected


def test_a_lost_nomination_is_no_resolution() -> None:
    doc = parse_text(HEAD + str(CASES[0].values[0]))
    assert not any("Finn Fir be elected" in r.text for r in doc.resolutions)
    for motion in doc.motions:  # the links still point at the resolutions left
        if motion.resolution is not None:
            assert motion.resolution[0] < len(doc.resolutions)
