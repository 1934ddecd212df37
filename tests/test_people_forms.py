"""Forms of people lists met in Irish and US papers: Irish honorifics, lists printed in capitals,
a member's office printed after the name without a comma.  Invented examples of each form, with
near misses beside them."""

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


# text, {name: (role, kind)} expected, names that must not be found
FORM_CASES = [
    # Irish honorifics: "Comhairleoir" (Councillor), its plural distributed over a list, "Ardmhéara" (Lord Mayor)
    (
        "PRESENT          Ardmhéara Comhairleoir T. Nolan.\n\nWARD ONE\n"
        "Comhairleoirí A. Breen, C. Dwan, E.\nFurlong.\n",
        {
            "T. Nolan": ("Ardmhéara", PersonKind.COUNCILLOR),
            "A. Breen": (None, PersonKind.COUNCILLOR),
            "C. Dwan": (None, PersonKind.COUNCILLOR),
            "E. Furlong": (None, PersonKind.COUNCILLOR),
        },
        {"Comhairle Contae"},
    ),
    # an attendance list printed in capitals: the plural honorific, an office after a name, roles after commas
    (
        "PRESENT:\n\nCOUNCILLORS R. QUILTY CATHAOIRLEACH, B. MAHER, C. NUGENT AND F. O’ROCHE (4)\n\n"
        "APOLOGIES\n\nCLLRS. G. TWOMEY AND H. VARIAN\n\n"
        "IN ATTENDANCE:\n\nMR. K. DOLAN, DIRECTOR OF SERVICES\nMS. H. FLOOD, SENIOR EXECUTIVE OFFICER\n"
        "MR. P. GRACE, A/DIRECTOR OF SERVICES\n\n"
        "1. Minutes\n",
        {
            "R. QUILTY": ("CATHAOIRLEACH", PersonKind.COUNCILLOR),
            "B. MAHER": (None, PersonKind.COUNCILLOR),
            "C. NUGENT": (None, PersonKind.COUNCILLOR),
            "F. O’ROCHE": (None, PersonKind.COUNCILLOR),
            "G. TWOMEY": (None, PersonKind.COUNCILLOR),
            "H. VARIAN": (None, PersonKind.COUNCILLOR),
            "K. DOLAN": ("DIRECTOR OF SERVICES", PersonKind.OFFICER),
            "H. FLOOD": ("SENIOR EXECUTIVE OFFICER", PersonKind.OFFICER),
            "P. GRACE": ("A/DIRECTOR OF SERVICES", PersonKind.OFFICER),
        },
        {"Minutes"},
    ),
    # near miss: a list in mixed case, a heading in capitals after it is no part of the last name
    (
        "Present:\nCouncilmember Ann Seery\nCouncilmember Bo Tate\nRECYCLE AND REUSE DAY:\nBring your items.\n",
        {"Ann Seery": ("Councilmember", PersonKind.COUNCILLOR)},
        {"Bo Tate RECYCLE", "Bo Tate Recycle"},
    ),
    # members printed surname first, one a line, under a plural honorific (one without its comma)
    (
        "MEMBERS PRESENT\n\nCouncillors:\nAshdown, Ciara\nBrannock, Peter\n\nCullinan-Reid, Maeve\n"
        "Devane Orla Kate\nEgan, TJ\nFoley, Declan\nApologies were received from Councillor Ruth Finn.\n",
        {
            "Ciara Ashdown": (None, PersonKind.COUNCILLOR),
            "Peter Brannock": (None, PersonKind.COUNCILLOR),
            "Maeve Cullinan-Reid": (None, PersonKind.COUNCILLOR),
            "Orla Kate Devane": (None, PersonKind.COUNCILLOR),
            "TJ Egan": (None, PersonKind.COUNCILLOR),
            "Declan Foley": (None, PersonKind.COUNCILLOR),
            "Ruth Finn": (None, PersonKind.COUNCILLOR),
        },
        {"Peter Cullinan-Reid", "Ciara Brannock", "Ashdown"},
    ),
    # near misses: places and roles after a comma are no surname-first names
    (
        "Present:\nPortland, Oregon\nSalem, Oregon\nEugene, Oregon\n\nAlso Present:\nOrme, Clerk\nPyle, Treasurer\n"
        "Quist, Secretary\n",
        {},
        {"Oregon Portland", "Oregon Salem", "Clerk Orme", "Treasurer Pyle"},
    ),
    # a full name broken over a line in a list of full names
    (
        "Councillors Ann Lee, Tom Kitt, Breda\nHanaphy, Joe Roe and Sam Tate voted for.\n",
        {"Breda Hanaphy": (None, PersonKind.COUNCILLOR), "Tom Kitt": (None, PersonKind.COUNCILLOR)},
        {"Breda", "Hanaphy"},
    ),
    # a committee's members after "Members:", a middle initial and a generational suffix kept in the name
    (
        "Committee on Parks\nMembers: Odile B. Farrant, Wendel J. Pruitt, Jr., Cosima Lind and Ravi T. Osei\n"
        "Monday, May 5, 2025 10:00 AM\n",
        {
            "Odile B. Farrant": (None, PersonKind.COUNCILLOR),
            "Wendel J. Pruitt, Jr.": (None, PersonKind.COUNCILLOR),
            "Cosima Lind": (None, PersonKind.COUNCILLOR),
            "Ravi T. Osei": (None, PersonKind.COUNCILLOR),
        },
        {"Jr", "Jr."},
    ),
    # near miss: a bill's history names the body, not a person ("Mayor Hearing Held by Mayor")
    (
        "5/15/2025 A Mayor Hearing Held by Mayor\n5/16/2025 A Mayor Signed Into Law by Mayor\n",
        {},
        {"Hearing Held", "Hearing"},
    ),
    # an attendance heading after a list is no person; a district's name is no person; a thing named after
    # a person, its kind in lower case, is no person
    (
        "Present via MS Teams:\nCllrs. D. Gray, J. Ryan, S. Tully\nPresiding\nThe Cathaoirleach, Cllr. A. Ash, "
        "welcomed Cllr. Bill Slate, Cathaoirleach of West Clare Municipal District, and opened the Brian Boru "
        "bridge.\n",
        {"D. Gray": (None, PersonKind.COUNCILLOR), "S. Tully": (None, PersonKind.COUNCILLOR)},
        {"Presiding", "Clare Municipal", "Brian Boru"},
    ),
    # an office printed after a name with no comma, governing what follows: the office is the role
    (
        "Presiding: Cllr. M. Ash Mayor of the City of Elm\nPresent: Mrs C Mayor, Mr D Ross\n",
        {"M. Ash": ("Mayor of the City of Elm", PersonKind.COUNCILLOR), "C Mayor": (None, PersonKind.COUNCILLOR)},
        {"M. Ash Mayor"},
    ),
    # one misprinted entry ("l. Byrne" for "I. Byrne") does not end a list of names; near miss: a list that
    # runs into a sentence ends there
    (
        "Present\nCouncillors: A. Cheevers, l. Byrne, A. Curran, J. Connolly\n\nCouncillors: E. Ash, F. Birch and "
        "the Clerk reported on the works.\n",
        dict.fromkeys(("A. Cheevers", "A. Curran", "J. Connolly", "E. Ash", "F. Birch"), (None, PersonKind.COUNCILLOR)),
        {"the Clerk", "Clerk reported"},
    ),
    # near miss: a word after a member's name that is no office stays out of the name and the role
    (
        "Councillors A. Byrne, J. Lee Chair and M. Ross attended.\n",
        {"A. Byrne": (None, PersonKind.COUNCILLOR), "J. Lee": ("Chair", PersonKind.COUNCILLOR)},
        {"J. Lee Chair"},
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FORM_CASES)
def test_people_forms(text: str, expected: dict[str, tuple[str | None, PersonKind]], absent: set[str]) -> None:
    found = people(text)
    for name, (role, kind) in expected.items():
        assert name in found, (name, sorted(found))
        assert found[name].kind is kind, (name, found[name].kind)
        assert found[name].role == role, (name, found[name].role)
    assert not absent & set(found), sorted(found)
