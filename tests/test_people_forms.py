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
    # a US town's officers named by an initial and a surname after their office, in running text; near miss: an
    # office before "A motion ..." (an article, no name)
    (
        "Town Board Minutes\nCall to Order. Chairperson L Updike called the regular meeting to order at 7:00 p.m.  "
        "Supervisors V Pogue and D Yelk, Clerk J Ramsfield, and Treasurer C Yelk were present.\nThe Clerk A motion "
        "was then made.\n",
        {
            "L Updike": ("Chairperson", PersonKind.COUNCILLOR),
            "J Ramsfield": ("Clerk", PersonKind.OFFICER),
            "C Yelk": ("Treasurer", PersonKind.OFFICER),
            "D Yelk": ("Supervisor", PersonKind.COUNCILLOR),
        },
        {"A motion", "Clerk A"},
    ),
    # a roll call's columns, each name and the member's title after a run of blanks (a web page's no-break spaces
    # among them): the title is the line's own, not the next line's honorific; near miss: one blank between a
    # name and a word ("Ann Ash Clerk" is read as it reads)
    (
        "TOWN BOARD PROCEEDINGS\nROLL CALL:\u00a0\u00a0\u00a0\u00a0 Present\u00a0\u00a0 -\u00a0\u00a0 Sheila M. Meegan"
        "\u00a0\u00a0\u00a0 Supervisor\nJohn M. Rusinski\u00a0\u00a0\u00a0\u00a0 Councilman\nEugene P. Hart        "
        "Councilman\nSupervisor Meegan read the Fire Prevention Code.\n",
        {
            "Sheila M. Meegan": ("Supervisor", PersonKind.COUNCILLOR),
            "John M. Rusinski": ("Councilman", PersonKind.COUNCILLOR),
            "Eugene P. Hart": ("Councilman", PersonKind.COUNCILLOR),
        },
        {"John M. Rusinski Councilman", "Eugene P. Hart Councilman", "M. Rusinski Councilman"},
    ),
    # a meeting platform's staff list, an office, a comma and a name a line (an office opening with a title:
    # "Supervisor of IT"), ending at the next item's bare number; near miss: an office and a sentence after the comma
    (
        "Council Meeting Minutes\nStaff Present:\n  \u2022 Chief Administrative Officer, S. Chambers\n"
        "  \u2022 Manager of Legislative Services / Municipal Clerk, J. Bunn\n  \u2022 Supervisor of IT, K. Jeffreys\n"
        "  \u2022 Museum Assistant, T. Hynes\n\n1.\n"
        "Chief Administrative Officer, reported that the budget was sound.\n",
        {
            "S. Chambers": ("Chief Administrative Officer", PersonKind.OFFICER),
            "J. Bunn": ("Manager of Legislative Services / Municipal Clerk", PersonKind.OFFICER),
            "K. Jeffreys": ("Supervisor of IT", PersonKind.OFFICER),
            "T. Hynes": ("Museum Assistant", PersonKind.OFFICER),
        },
        {"Reported", "Chief Administrative Officer"},
    ),
    # New South Wales' title "Clr" before a surname, inside the Mayor's brackets too
    (
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL\nPRESENT\nHer Worship the Mayor (Clr Lam), Councillors Au and "
        "Batik\nAPOLOGY\nRESOLVED on the motion of Clr Curtin, seconded Clr Simms that the apology be accepted.\n",
        {
            "Lam": ("Mayor", PersonKind.COUNCILLOR),
            "Curtin": (None, PersonKind.COUNCILLOR),
            "Simms": (None, PersonKind.COUNCILLOR),
        },
        {"Clr Curtin", "Clr Simms"},
    ),
    # US minutes' sentence naming the members present, inside a paragraph; the list ends with its sentence (the
    # next one names a member who came late); near miss: "Staff present were" names no members
    (
        "CITY COUNCIL MINUTES\nThe City Council met in the Council Chambers, Yakima, Washington. Council members "
        "present were Mayor Clarence Barnett, Henry Beauchamp, Jerry Foy and Jack Sparling. Council member Lynn "
        "Carmichael present after 10:00 a.m. Mayor Barnett opened the session.\n",
        {
            "Clarence Barnett": ("Mayor", PersonKind.COUNCILLOR),
            "Henry Beauchamp": ("Council Member", PersonKind.COUNCILLOR),
            "Jack Sparling": ("Council Member", PersonKind.COUNCILLOR),
            "Lynn Carmichael": (None, PersonKind.COUNCILLOR),
        },
        {"Jack Sparling Council", "Lynn Carmichael Present"},
    ),
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
    # a bracketed role with no comma after it ends its entry; a title or an honorific with a name after it opens
    # the next person in an entry printed with no separator; near miss: "Deputy Mayor Cllr O. Penn" (a role
    # before the honorific) stays one person
    (
        "Elm Parish Council - 12th January 2016\nPresent\nCouncillors D Ruskin (Chair) R Healing, M Dorey &\n"
        "P Moreton Clerk J Connor Mr L Paige as Broadband Representative\n"
        "Also present: Deputy Mayor Cllr O. Penn\n16.01.2 Register of Interests\n",
        {
            "D Ruskin": ("Chair", PersonKind.COUNCILLOR),
            "R Healing": (None, PersonKind.COUNCILLOR),
            "M Dorey": (None, PersonKind.COUNCILLOR),
            "P Moreton": (None, PersonKind.COUNCILLOR),
            "J Connor": ("Clerk", PersonKind.OFFICER),
            "L Paige": (None, PersonKind.COUNCILLOR),
            "O. Penn": ("Deputy Mayor", PersonKind.COUNCILLOR),
        },
        {"P Moreton Clerk J Connor", "R Healing, M Dorey"},
    ),
    # a members' list whose members each carry "Cllr": an entry without it is no member; "Officials Present"
    # and "Online" open lists; an honorific ending its line before the name; a Gaelic prefix printed apart
    # ("O’ Dwyer", "Mc\nMahon"); near miss: the same list without any "Cllr" keeps the opener's kind
    (
        "Members’ Present: Cllr Brid Tobin, Cllr John O’ Dwyer, Cllr Ena Furey, Cllr Ger Wall,\n"
        "Jon Fenton, Farrel Flood\n"
        "Online: Cllrs, J Bray, L Blake, M C Mac Giolla Easpaig, M Mc\nMahon, A Mulloy.\n"
        "Officials Present: Ms. P Lyddy, (PL) Mr. H. McGrane (HMcG), Ms.\nM. Corrie (MC)\n\n"
        "Apologies: Ann Lusk, Tom Rafter, Jo Keane\n\n1. Minutes\n",
        {
            "Brid Tobin": (None, PersonKind.COUNCILLOR),
            "John O’ Dwyer": (None, PersonKind.COUNCILLOR),
            "Jon Fenton": (None, PersonKind.OTHER),
            "Farrel Flood": (None, PersonKind.OTHER),
            "J Bray": (None, PersonKind.COUNCILLOR),
            "M C Mac Giolla Easpaig": (None, PersonKind.COUNCILLOR),
            "M Mc Mahon": (None, PersonKind.COUNCILLOR),
            "A Mulloy": (None, PersonKind.COUNCILLOR),
            "P Lyddy": (None, PersonKind.OFFICER),
            "H. McGrane": (None, PersonKind.OFFICER),
            "M. Corrie": (None, PersonKind.OFFICER),
            "Tom Rafter": (None, PersonKind.COUNCILLOR),
        },
        {"John", "M Mc", "Mahon"},
    ),
    # name, role, name, role in one comma list, roles wrapped over lines and holding commas and "&"; near
    # miss: a role after a comma belongs to the name before it, not the name after it
    (
        "OFFICIALS IN ATTENDANCE\nJohn Mc Loughlin, Chief Executive, Bryan Carron, Director Roads &\n"
        "Transportation, Richard Gibney, Director Finance, Corporate Services\n& Information Systems, Garry "
        "Martyn, Director Human Resources,\nEconomic Development & Emergency Services, M Mc Gorry, Director\n"
        "Environment & Climate, Paul McGuill, Meetings Administrator.\n\n1. Minutes\n",
        {
            "John Mc Loughlin": ("Chief Executive", PersonKind.OFFICER),
            "Bryan Carron": ("Director Roads & Transportation", PersonKind.OFFICER),
            "Richard Gibney": ("Director Finance, Corporate Services & Information Systems", PersonKind.OFFICER),
            "Garry Martyn": (
                "Director Human Resources, Economic Development & Emergency Services",
                PersonKind.OFFICER,
            ),
            "M Mc Gorry": ("Director Environment & Climate", PersonKind.OFFICER),
            "Paul McGuill": ("Meetings Administrator", PersonKind.OFFICER),
        },
        {"Information Systems", "Human Resources"},
    ),
    # a person named without an honorific whose given name is a common one of the census list, not the hand
    # list; near misses: census given names that are also places and words ("Santa Monica", "Royal Mail",
    # "Easter Bingo") and surnames ("Williams Street")
    (
        "Minutes of the meeting\nKenny Combs reported on the hall. Araceli Rodrigo, City Clerk, read the "
        "notices. Quentin Lasky asked about the Santa Monica Mountains trail, the Royal Mail box on Williams "
        "Street and the Easter Bingo.\n",
        {
            "Kenny Combs": (None, PersonKind.OTHER),
            "Araceli Rodrigo": ("City Clerk", PersonKind.OFFICER),
            "Quentin Lasky": (None, PersonKind.OTHER),
        },
        {"Santa Monica", "Santa Monica Mountains", "Royal Mail", "Easter Bingo", "Williams Street"},
    ),
    # members by surname and initial after a singular title used as the list's label ("Councillor:"), a
    # hyphenated surname with an apostrophe; "Collins J" is the "Jack Collins" named later; near miss: a surname
    # and a capital outside such a list ("Plan B", "Annex C") is no person
    (
        "PRESENT\nCouncillor: Bambridge, Colman, Collins J, Coughlin G, Dalton-O’Sullivan, Fahey,\n"
        "Gill.\n\nJack Collins asked about Plan B and Annex C.\n",
        {
            "Bambridge": (None, PersonKind.COUNCILLOR),
            "Jack Collins": (None, PersonKind.COUNCILLOR),
            "Coughlin G": (None, PersonKind.COUNCILLOR),
            "Dalton-O’Sullivan": (None, PersonKind.COUNCILLOR),
            "Gill": (None, PersonKind.COUNCILLOR),
        },
        {"Collins J", "Plan B", "Annex C"},
    ),
    # a council's place after a name is no part of it ("Allan Armstead Eden District Council"); near miss: a
    # possessive after the surname keeps the name whole ("Karen Goodwyn’s research")
    (
        "Elm Parish Council\nPresent\nCouncillors D Richards (Chair), P Moran\n"
        "Clerk J Connell, Allan Armstead Eden District Council\n\n1. Minutes\nThe Council noted Karen "
        "Goodwyn’s research.\n",
        {"Allan Armstead": (None, PersonKind.OTHER), "Karen Goodwyn": (None, PersonKind.OTHER)},
        {"Allan Armstead Eden", "Allan Armstead Ede"},
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
