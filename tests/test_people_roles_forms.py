"""Forms in which a paper gives a person's position: a member's seat printed as a title before the name,
an office printed after the name in brackets or after a label.  Invented examples of each form, with near
misses beside them."""

from __future__ import annotations

import pytest

from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.people import extract_people
from minutes_parser.records import Person, PersonKind


def people(text: str) -> dict[str, Person]:
    from minutes_parser.settings import Settings

    src = sources.read_text(text)
    ctx = Context(source=src, settings=Settings.resolve({}), structure=structure.analyse(src))
    return {p.name: p for p in extract_people(ctx)}


C, OFF, OTH = PersonKind.COUNCILLOR, PersonKind.OFFICER, PersonKind.OTHER

# text, {name: (role, kind)} expected (kind None: not checked), names that must not be found
ROLE_CASES: list[tuple[str, dict[str, tuple[str | None, PersonKind | None]], set[str]]] = [
    # a seat printed as a title before the name is the position the paper gives
    (
        "A motion was made by Councilmember Quill and seconded by Council Member Arno Vey to approve.\n",
        {"Quill": ("Councilmember", C), "Arno Vey": ("Council Member", C)},
        set(),
    ),
    (
        "The Council thanked County Councillor Maud Tellis for her report on highways.\n",
        {"Maud Tellis": ("County Councillor", C)},
        set(),
    ),
    # an office printed as a title elsewhere wins over the seat
    (
        "Moved by Vice Mayor Orrin Pask, seconded by Councilmember Ida Lusk, to approve the plan.\n"
        "Councilmember Pask asked about the schedule.\n",
        {"Orrin Pask": ("Vice Mayor", C), "Ida Lusk": ("Councilmember", C)},
        set(),
    ),
    # near miss: the bare honorific of a council's own members is no position
    (
        "Councillor Rhea Mott proposed and Cllr Tam Ossory seconded the motion.\n",
        {"Rhea Mott": (None, C), "Tam Ossory": (None, C)},
        set(),
    ),
    # near miss: a plural seat over a list leaves the members' roles empty
    (
        "Council Members Present: Ugo Brandt, Wilma Quaye\n",
        {"Ugo Brandt": (None, C), "Wilma Quaye": (None, C)},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROLE_CASES)
def test_role_forms(text: str, expected: dict[str, tuple[str | None, PersonKind | None]], absent: set[str]) -> None:
    found = people(text)
    for name, (role, kind) in expected.items():
        assert name in found, (name, sorted(found))
        assert found[name].role == role, (name, found[name].role)
        if kind is not None:
            assert found[name].kind is kind, (name, found[name].kind)
    assert not absent & set(found), sorted(found)
