"""People identity within a document: which printed names join into one Person, and which must not.

Tables of small invented cases: joins (initials, short and full given names, honorific changes)
beside their near misses (two Smiths, an initial or a short form that fits two people, two short
forms of one name, a man and a woman with the same initial).
"""

from __future__ import annotations

import pytest

from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.people import extract_people
from minutes_parser.extract.people.names import _tokens, ambiguous_forms, given_compatible, same_given_name
from minutes_parser.records import Person
from minutes_parser.settings import Settings


def people(text: str) -> tuple[Person, ...]:
    src = sources.read_text(text)
    ctx = Context(source=src, settings=Settings.resolve({}), structure=structure.analyse(src))
    return tuple(extract_people(ctx))


def groups(text: str) -> set[frozenset[str]]:
    """The people found, each as the set of its mentions' texts."""
    return {frozenset(m.text for m in p.mentions) for p in people(text)}


# ------------------------------------------------------------------ given names

GIVEN_CASES = [
    ("benjamin", "ben", True),
    ("ben", "benjamin", True),
    ("michael", "mike", True),
    ("richard", "rich", True),
    ("william", "bill", True),
    ("dan", "danny", True),  # a short form and its own pet form
    ("roger", "roger", True),
    # near misses
    ("christopher", "christine", False),  # two full names sharing a short form
    ("liz", "beth", False),  # two short forms of Elizabeth: two people as often as one
    ("john", "jack", False),  # left out of the table on purpose
    ("sam", "samir", False),  # a prefix is not a short form
    ("benjamin", "benedict", False),
]


@pytest.mark.parametrize(("x", "y", "same"), GIVEN_CASES)
def test_same_given_name(x: str, y: str, same: bool) -> None:
    assert same_given_name(x, y) is same


COMPATIBLE_CASES = [
    ("R W Gough", "Roger Gough", True),
    ("R W Gough", "Roger William Gough", True),
    ("B Watts", "Ben Watts", True),
    ("Smith", "Jane Smith", True),  # a bare surname fits any given name
    ("R W Gough", "R J Gough", False),  # a second initial that differs
    ("R Gough", "Sam Gough", False),
]


@pytest.mark.parametrize(("a", "b", "ok"), COMPATIBLE_CASES)
def test_given_compatible(a: str, b: str, ok: bool) -> None:
    assert given_compatible(_tokens(a)[0], _tokens(b)[0]) is ok


def _forms(*names: str) -> set[tuple[tuple[str, ...], str | None]]:
    out = set()
    for n in names:
        gender = "m" if n.startswith("Mr ") else "f" if n.startswith("Mrs ") else None
        out.add((_tokens(n.removeprefix("Mr ").removeprefix("Mrs "))[0], gender))
    return out


AMBIGUOUS_CASES = [
    (("J Smith", "John Smith", "Jane Smith"), {"J Smith"}),
    (("Chris Evans", "Christopher Evans", "Christine Evans"), {"Chris Evans"}),
    (("Chris Evans", "Christopher Evans"), set()),
    (("B Watts", "Ben Watts", "Benjamin Watts"), set()),
    (("R Gough", "R W Gough", "R J Gough"), {"R Gough"}),
    # a man's "J" beside a man and a woman named J: not ambiguous
    (("Mr J Smith", "Mr John Smith", "Mrs Jane Smith"), set()),
]


@pytest.mark.parametrize(("names", "ambiguous"), AMBIGUOUS_CASES)
def test_ambiguous_forms(names: tuple[str, ...], ambiguous: set[str]) -> None:
    assert ambiguous_forms(_forms(*names)) == _forms(*ambiguous)


# ------------------------------------------------------------------ within a document

JOIN_CASES = [
    (
        "PRESENT: Mr B Watts (General Counsel)\n\nBenjamin Watts, General Counsel, reported. Ben Watts agreed.",
        {frozenset({"Mr B Watts", "Benjamin Watts", "Ben Watts"})},
    ),
    (
        "Councillor Mike Hill moved the motion. Councillor Michael Hill then withdrew it.",
        {frozenset({"Councillor Mike Hill", "Councillor Michael Hill"})},
    ),
    (
        "Councillor Jane Smith spoke. Later Cllr Smith agreed.",
        {frozenset({"Councillor Jane Smith", "Cllr Smith"})},
    ),
    (
        "PRESENT: Mr R W Gough (Chairman)\n\nRoger William Gough, Leader of the Council, said so. Roger Gough agreed.",
        {frozenset({"Mr R W Gough", "Roger William Gough", "Roger Gough"})},
    ),
    (  # an honorific that changes: "Mr" in the list, "Cllr" in the prose
        "PRESENT: Mr P J Oakford\n\nCllr Oakford presented the budget.",
        {frozenset({"Mr P J Oakford", "Cllr Oakford"})},
    ),
    (  # a short form when only one full name fits
        "Councillor Christopher Evans moved. Councillor Chris Evans spoke again.",
        {frozenset({"Councillor Christopher Evans", "Councillor Chris Evans"})},
    ),
    (  # an Irish surname's prefix printed apart or without its apostrophe
        "Councillors: T. O'Flaherty, N. McNeilis\n\nProposed by: Cllr. T. O Flaherty. Seconded by Cllr. N. Mc Neilis.",
        {frozenset({"T. O'Flaherty", "Cllr. T. O Flaherty"}), frozenset({"N. McNeilis", "Cllr. N. Mc Neilis"})},
    ),
    (  # near miss: an initial O written without its stop stays an initial ("Mr O Richardson" is Richardson)
        "PRESENT: Mr O Richardson\n\nMr Richardson asked a question.",
        {frozenset({"Mr O Richardson", "Mr Richardson"})},
    ),
    (  # a lone O after a given name written out is the prefix, and a bare "Ms O Connell" joins it too
        "Nominees: Laura O Connell and Cllr Terry Shannon. Ms O Connell spoke. Laura O'Connell thanked them.",
        {frozenset({"Laura O Connell", "Ms O Connell", "Laura O'Connell"}), frozenset({"Cllr Terry Shannon"})},
    ),
    (  # an apostrophe with a blank after it ("O’ Shea") is the same prefix
        "Present: Cllr Tony O’ Shea, Cllr Mary Burke\n\nProposed by Cllr Tony O’Shea.",
        {frozenset({"Cllr Tony O’ Shea", "Cllr Tony O’Shea"}), frozenset({"Cllr Mary Burke"})},
    ),
    (  # a bare surname with two letters swapped (Kent's minutes)
        "PRESENT: Mr R G Streatfeild\n\nMr Streatfield asked a question.",
        {frozenset({"Mr R G Streatfeild", "Mr Streatfield"})},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOIN_CASES)
def test_forms_join(text: str, expected: set[frozenset[str]]) -> None:
    assert groups(text) == expected


APART_CASES = [
    (  # two Smiths: the bare surname joins neither
        "Councillor Jane Smith and Councillor John Smith spoke. Cllr Smith agreed.",
        {"Jane Smith": 1, "John Smith": 1, "Smith": 1},
    ),
    (  # "J Smith" could be John or Jane
        "Councillor John Smith and Councillor Jane Smith spoke. Councillor J Smith agreed.",
        {"John Smith": 1, "Jane Smith": 1, "J Smith": 1},
    ),
    (  # "Chris" could be Christopher or Christine
        "Councillor Chris Evans spoke. Councillor Christopher Evans and Councillor Christine Evans agreed.",
        {"Chris Evans": 1, "Christopher Evans": 1, "Christine Evans": 1},
    ),
    (
        "Councillor Christopher Evans and Councillor Christine Evans agreed.",
        {"Christopher Evans": 1, "Christine Evans": 1},
    ),
    (
        "Councillor Liz Brown and Councillor Beth Brown agreed.",
        {"Liz Brown": 1, "Beth Brown": 1},
    ),
    (
        "Councillor Jack Brown and Councillor John Brown agreed.",
        {"Jack Brown": 1, "John Brown": 1},
    ),
    (  # a near spelling that is another name, not a misprint
        "Councillor Suzanne Bugler spoke. Councillor Butler agreed.",
        {"Suzanne Bugler": 1, "Butler": 1},
    ),
    (  # the same initial, a man and a woman (Kent prints both)
        "PRESENT: Mrs P T Cole, Mr P Cole, Mr A Booth\n",
        {"P T Cole": 1, "P Cole": 1, "A Booth": 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), APART_CASES)
def test_forms_kept_apart(text: str, expected: dict[str, int]) -> None:
    assert {p.name: len(p.mentions) for p in people(text)} == expected


def test_gender_settles_an_initial() -> None:
    found = people("PRESENT: Mr John Smith, Mrs Jane Smith\n\nMr J Smith asked a question.")
    assert {p.name: len(p.mentions) for p in found} == {"John Smith": 2, "Jane Smith": 1}


# the name a person is given: the surname's prefix as it is spelt, joined by its apostrophe, over the
# same name spaced apart by a text extraction; near miss: with no joined form, the spaced one stays
NAME_FORM_CASES = [
    ("Nominees: Laura O Connell and Cllr Terry Shannon. Laura O'Connell thanked them.", "Laura O'Connell"),
    ("Present: Cllr Tony O’ Shea.\n\nProposed by Cllr Tony O’Shea.", "Tony O’Shea"),
    ("Nominees: Laura O Connell and Cllr Terry Shannon. Laura O Connell thanked them.", "Laura O Connell"),
]


@pytest.mark.parametrize(("text", "name"), NAME_FORM_CASES)
def test_name_form_keeps_the_prefix_apostrophe(text: str, name: str) -> None:
    assert name in {p.name for p in people(text)}
