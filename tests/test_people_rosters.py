"""Rosters (people one a line under a heading or an opener) and speaker sentences: invented
examples of each form, with near misses beside them."""

from __future__ import annotations

import pytest

from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.people import extract_people
from minutes_parser.records import Person, PersonKind
from minutes_parser.settings import Settings


def people(text: str) -> dict[str, Person]:
    src = sources.read_text(text)
    ctx = Context(source=src, settings=Settings.resolve({}), structure=structure.analyse(src))
    return {p.name: p for p in extract_people(ctx)}


# name, role, kind expected for each listed person
ROSTER_CASES = [
    # a column table under headings that say who is listed
    (
        "WATER BOARD OF DIRECTORS\n"
        "Tova Brandt                  President\n"
        "Lem Okafor                   Director\n"
        "Ysolde Marr                  Treasurer\n\n"
        "DISTRICT MANAGEMENT AND STAFF\n"
        "Orrin Pask           General Manager\n"
        "Bette Quayle         Director of Finance\n\n"
        "OTHER ATTENDEES\n"
        "Nim Ferrante                 Customer\n"
        "Wade Holberg                 Customer\n",
        {
            "Tova Brandt": ("President", PersonKind.COUNCILLOR),
            "Lem Okafor": ("Director", PersonKind.COUNCILLOR),
            "Ysolde Marr": ("Treasurer", PersonKind.COUNCILLOR),
            "Orrin Pask": ("General Manager", PersonKind.OFFICER),
            "Bette Quayle": ("Director of Finance", PersonKind.OFFICER),
            "Nim Ferrante": ("Customer", PersonKind.OTHER),
            "Wade Holberg": ("Customer", PersonKind.OTHER),
        },
    ),
    # after an opener, initials and a surname a line, a spaced dash before a role that may run on
    (
        "Present:        Q Tamsett - Chairman\nV Ollerby\nA J Pruett\n"
        "In Attendance:  K Morrow – Chief Executive\nD Ashlin –\nGroup Manager Regulation\n"
        "F Gatward – Principal\nAdvisor Governance\n1.  Welcome\n",
        {
            "Q Tamsett": ("Chairman", PersonKind.COUNCILLOR),
            "V Ollerby": (None, PersonKind.COUNCILLOR),
            "A J Pruett": (None, PersonKind.COUNCILLOR),
            "K Morrow": ("Chief Executive", PersonKind.OFFICER),
            "D Ashlin": ("Group Manager Regulation", PersonKind.OFFICER),
            "F Gatward": ("Principal Advisor Governance", PersonKind.OFFICER),
        },
    ),
    # members elected for a district, a role before some of them
    (
        "Board of Directors\nChair – Rona Vell, District C\nSecretary – Abe Tunstall, District J\n"
        "Kirsi Lomax, District G\nDrew Pellam, District 4\n",
        {
            "Rona Vell": ("Chair", PersonKind.COUNCILLOR),
            "Abe Tunstall": ("Secretary", PersonKind.COUNCILLOR),
            "Kirsi Lomax": ("District G", PersonKind.COUNCILLOR),
            "Drew Pellam": ("District 4", PersonKind.COUNCILLOR),
        },
    ),
    # a name and what the person is parted by one blank (a table printed without rulings), under a members'
    # heading (the body's own office-bearers stay members), an apologies heading with a police rank, and a
    # public heading
    (
        "Members Present:\nWatson Robinson Convenor CC\nGemma Kimmett Member CC\nAndrea Wise Secretary CC\n"
        "Apologies:\nConstable Ian Mustarde MOD Police\nDavid Archard Public\n"
        "Public:\nKirsty Forrester Public\nPolly Jones Public\n1. Introductions and welcome\n",
        {
            "Watson Robinson": ("Convenor CC", PersonKind.COUNCILLOR),
            "Gemma Kimmett": ("Member CC", PersonKind.COUNCILLOR),
            "Andrea Wise": ("Secretary CC", PersonKind.COUNCILLOR),
            "Ian Mustarde": (None, PersonKind.OTHER),
            "Kirsty Forrester": ("Public", PersonKind.OTHER),
            "Polly Jones": ("Public", PersonKind.OTHER),
        },
    ),
    # names alone a line under an Irish heading ("Comhairleoir:" printed over each column, "Oifigigh" two blank
    # lines above its list); a name never runs on into the next line's name
    (
        "Miontuairiscí Chruinniú Míosúil\n\nComhairleoir: \nComhairleoir: \nDaryl Barron \nDermot Lacey \n"
        "Darcy Lonergan \n \n \nOifigigh \n \n \nRichard Shakespeare \nAisling Browne \n \n1 Welcome\n",
        {
            "Daryl Barron": (None, PersonKind.COUNCILLOR),
            "Dermot Lacey": (None, PersonKind.COUNCILLOR),
            "Darcy Lonergan": (None, PersonKind.COUNCILLOR),
            "Richard Shakespeare": (None, PersonKind.OFFICER),
            "Aisling Browne": (None, PersonKind.OFFICER),
        },
    ),
    # a roll call's rows, each member's name then their vote or presence, two to a line
    (
        "Minutes of the Regular Meeting\nROLL CALL:\nHall-Harper Yea Bengel Yea\nCue Yea Decter Wright Yea\n"
        "Bellis Present Fowler Absent\nYeas: 8 Nays: 0\nMotion carried.\n",
        {
            "Hall-Harper": (None, PersonKind.COUNCILLOR),
            "Bengel": (None, PersonKind.COUNCILLOR),
            "Cue": (None, PersonKind.COUNCILLOR),
            "Decter Wright": (None, PersonKind.COUNCILLOR),
            "Bellis": (None, PersonKind.COUNCILLOR),
            "Fowler": (None, PersonKind.COUNCILLOR),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROSTER_CASES)
def test_rosters(text: str, expected: dict[str, tuple[str | None, PersonKind]]) -> None:
    found = people(text)
    for name, (role, kind) in expected.items():
        assert name in found, (name, sorted(found))
        assert found[name].kind is kind, (name, found[name].kind)
        if role is None:
            continue
        assert found[name].role is not None and role in found[name].role, (name, found[name].role)


ROSTER_NEAR_MISSES = [
    # one line alone that opens like a roster row is no roster
    "Tova Brandt                  President\nThe meeting opened at 6 p.m.\n",
    # column tables of places and amounts, and a name run on into a sentence
    "Mill Road                    Resurfacing\nStation Street               Lighting\n",
    "Water Treatment      $12,000\nField Services       $8,500\n",
    "Quarterly Budget Review      Finance Committee\nAnnual Plan Summary          Council Meeting\n",
    # the rest of a title and agenda section words are no names
    "Mayor Pro Tem Remarks\nB. Closing Comments\n",
    # words parted by single blanks that are no name and role
    "Members Present:\nPlanning Applications Noted\nRoad Works Completed Soon\n",
    # under a heading saying who is listed, lines that open on no given name are no names
    "Officers\nAnnual Leave\nSick Pay\nTravel Claims\n",
    # a vote word alone a line, and a row with words after its last vote, are no roll call
    "Item 4 Approved\nMotion Carried\nSmith Absent due to illness of a relative\n",
]


@pytest.mark.parametrize("text", ROSTER_NEAR_MISSES)
def test_roster_near_misses(text: str) -> None:
    assert people(text) == {}


def test_an_honorific_in_a_roster_is_no_part_of_the_name() -> None:
    found = people("Present:   Cr Q Tamsett (Chair)\nCr V Ollerby\nCr A Pruett\n")
    assert {"Q Tamsett", "V Ollerby", "A Pruett"} <= set(found)
    assert not any(name.startswith("Cr ") for name in found)


def test_a_name_broken_after_its_honorific_keeps_it() -> None:
    found = people("Present:\nMs.\nOrla Gennaro\nMr.\nDes Whelan\n")
    assert all(not p.mentions[0].text.startswith(("Orla", "Des")) for p in found.values())


def test_a_name_never_crosses_a_column_gap() -> None:
    found = people("STAFF\nJoel Marsters         Customer Service Manager\nAnna Vick       Operations Manager\n")
    assert "Joel Marsters" in found
    assert not any(name.endswith(("Customer", "Operations")) for name in found)


SPEAKER_LIST_CASES = [
    (
        "Addressing the Council on this item were Ilse Warrick, Tomas Brede, Benson,\n"
        "Corra Dunleavy-Hart, and Piet Van Auken.\n",
        {"Ilse Warrick", "Tomas Brede", "Corra Dunleavy-Hart", "Piet Van Auken"},
    ),
    ("Addressing the Board via email was Marit Hollis.\n", {"Marit Hollis"}),
    ("Public comment was received from Odile Fane and Rufus Kemble.\n", {"Odile Fane", "Rufus Kemble"}),
    ("The following people spoke: Sunniva Ekdahl, Lars Thorn.\n", {"Sunniva Ekdahl", "Lars Thorn"}),
    # a generational suffix after the name is part of it; near miss: a word that only begins like one
    (
        "The following people spoke: James Alexander, Jr. \u2013 2. d.\nPublic comment was received from Odile "
        "Fane, Jrs Ltd and Rufus Kemble.\n",
        {"James Alexander, Jr.", "Odile Fane", "Rufus Kemble"},
    ),
]


@pytest.mark.parametrize(("text", "names"), SPEAKER_LIST_CASES)
def test_speaker_lists(text: str, names: set[str]) -> None:
    found = people(text)
    assert set(found) == names
    assert all(p.kind is PersonKind.OTHER for p in found.values())


SPEAKER_NEAR_MISSES = [
    # the lead without names after it, or with things that are no names
    "Addressing the Council on this item were several residents.\n",
    "Public comment was received from the Chamber of Commerce and Main Street Partners.\n",
    "Speaking to the Board were none.\n",
]


@pytest.mark.parametrize("text", SPEAKER_NEAR_MISSES)
def test_speaker_near_misses(text: str) -> None:
    assert people(text) == {}
