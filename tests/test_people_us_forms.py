"""Forms of people met in US boards' papers: staff job titles headed by a trade ("Bus Operator"),
an office printed before the name after a dash, lettered list labels that are no initials, given
names that are part of a place's name.  Invented examples of each form, with near misses beside them."""

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
US_FORM_CASES = [
    # a role ending "of Police" before the name: the name is the words after it, the role all before; near miss: a
    # name after "of" with no post before it is still read
    (
        "MINUTES\nStaff Present: City Manager Nathan Cherpeski, Deputy Chief of Police Cody Stromberg, Unified Fire "
        "Chief Dan Peterson\n\n1. Minutes\nThe report of Ann Lee, Clerk, was read.\n",
        {
            "Cody Stromberg": ("Deputy Chief of Police", PersonKind.OFFICER),
            "Dan Peterson": ("Unified Fire Chief", PersonKind.OFFICER),
            "Ann Lee": ("Clerk", PersonKind.OFFICER),
        },
        {"Police Cody Stromberg"},
    ),
    # two columns under two labels on one line ("Council Members:      City Staff:"), the rows below a blank
    # line: each cell an entry (an office before a name, a title before a name, "Name, Role"; a recorder is
    # staff); near miss: the session's heading under the columns
    (
        "Attendance:\n\nCouncil Members:                                  City Staff:\n\n"
        "Council Chair Bob Knudsen                         John Taylor, City Administrator\n"
        "Councilmember Anna Barbieri                       Jamie Brooks, City Recorder\n"
        "Councilmember Meredith Harker                     Tracy Cowdell, City Attorney\n\n6:00 BRIEFING SESSION\n",
        {
            "Bob Knudsen": ("Council Chair", PersonKind.COUNCILLOR),
            "John Taylor": ("City Administrator", PersonKind.OFFICER),
            "Anna Barbieri": ("Councilmember", PersonKind.COUNCILLOR),
            "Jamie Brooks": ("City Recorder", PersonKind.OFFICER),
            "Meredith Harker": ("Councilmember", PersonKind.COUNCILLOR),
            "Tracy Cowdell": ("City Attorney", PersonKind.OFFICER),
        },
        {"Knudsen John Taylor", "Harker Tracy Cowdell", "City Staff"},
    ),
    # members a name a line, in capitals, under "COUNCIL MEMBERS PRESENT:" and "COUNCIL MEMBERS EXCUSED:", an
    # office after a member's comma theirs; near misses: a heading in capitals after the list ("PUBLIC COMMENT"),
    # a name on the same line as another ("Ann Lee, Tom Roe" splits)
    (
        "MINUTES\nCOUNCIL MEMBERS PRESENT:     ERIC BARNEY\n    AUDREY PIERCE\n    DAN PEAY, Chair\n\n"
        "COUNCIL MEMBERS EXCUSED:\n\nCATHERINE HARRIS\nJENNIFER HAWKES, Deputy Mayor\n\nPUBLIC COMMENT\n"
        "Members Present: Ann Lee, Tom Roe\n",
        {
            "ERIC BARNEY": ("Council Member", PersonKind.COUNCILLOR),
            "AUDREY PIERCE": ("Council Member", PersonKind.COUNCILLOR),
            "DAN PEAY": ("Chair", PersonKind.COUNCILLOR),
            "CATHERINE HARRIS": ("Council Member", PersonKind.COUNCILLOR),
            "JENNIFER HAWKES": ("Deputy Mayor", PersonKind.COUNCILLOR),
            "Ann Lee": (None, PersonKind.COUNCILLOR),
            "Tom Roe": (None, PersonKind.COUNCILLOR),
        },
        {"PUBLIC COMMENT", "Ann Lee, Tom Roe"},
    ),
    # a staff list of job titles headed by a trade or a rank: each is a role, the holder staff
    (
        "Service Awards\nDaniel Orwell – Bus Operator – 14 years\nMarta Quill – General Repair Mechanic – 22 years\n"
        "Trevor Lyle – Purchasing Agent – 9 years\nAmber Nole – Fire Marshal – 30 years\n",
        {
            "Daniel Orwell": ("Bus Operator", PersonKind.OFFICER),
            "Marta Quill": ("General Repair Mechanic", PersonKind.OFFICER),
            "Trevor Lyle": ("Purchasing Agent", PersonKind.OFFICER),
            "Amber Nole": ("Fire Marshal", PersonKind.OFFICER),
        },
        set(),
    ),
    # near miss: what follows the dash holds no role word: no role
    (
        "Daniel Orwell – Bus Route 14 – 9 years\n",
        {"Daniel Orwell": (None, PersonKind.OTHER)},
        set(),
    ),
    # an office printed before the name after a spaced dash, the member's district after it
    (
        "Board of Directors\nFirst Vice Chair – Dana Pelt, District O\nSecretary – Russ Amble, District J\n",
        {
            "Dana Pelt": ("First Vice Chair", PersonKind.COUNCILLOR),
            "Russ Amble": ("Secretary", PersonKind.OFFICER),
        },
        set(),
    ),
    # near miss: an agenda item's words before the dash are no office
    (
        "Item 4 – Dana Pelt presented the audit.\n",
        {"Dana Pelt": (None, PersonKind.OTHER)},
        set(),
    ),
    # lettered list labels before names: "B." is the list's, not an initial
    (
        "Appointments:\nA. Carla Moss, Data Analyst, $50,000 annually.\nB. Brent Lyle, Senior Clerk, $40,000.\n"
        "C. Sonia Perl, Fire Inspector, $45,000.\n",
        {
            "Carla Moss": ("Data Analyst", PersonKind.OFFICER),
            "Brent Lyle": ("Senior Clerk", PersonKind.OFFICER),
            "Sonia Perl": ("Fire Inspector", PersonKind.OFFICER),
        },
        {"A. Carla Moss", "B. Brent Lyle", "C. Sonia Perl"},
    ),
    # near miss: an initial before a given name with no lettered list around it belongs to the name
    (
        "The report was written by\nS. Martin Newberry, Clerk.\n",
        {"S. Martin Newberry": ("Clerk", PersonKind.OFFICER)},
        {"Martin Newberry"},
    ),
    # a given name opening a place's name is no person: "San Jose", "Fort Collins"
    (
        "The San Jose Water Board and the Fort Collins Utilities met. Jose Ruiz spoke for the residents.\n",
        {"Jose Ruiz": (None, PersonKind.OTHER)},
        {"Jose Water", "Jose Water Board", "Collins Utilities"},
    ),
    # near miss: a given name after a surname's particle is that surname's end, no person of its own
    (
        "The Society of St Vincent De Paul Midwest wrote in.\n",
        {},
        {"Paul Midwest"},
    ),
    # a role after a name and a spaced dash: "Eric Dane - City Manager."
    (
        "96-7 (e) Carla Moss - City Manager.\n96-8 (f) Brent Lyle - 7 pm\n",
        {"Carla Moss": ("City Manager", PersonKind.OFFICER), "Brent Lyle": (None, PersonKind.OTHER)},
        set(),
    ),
    # a role after a series of names is every name's: a plural role, or a role after a dash
    (
        "(j) Carla Moss, Brent Lyle and Sonia Perl, City Solicitors.\n"
        "(k) Trevor Pike and Amber Nole -\nAssistant City Attorney II.\n",
        {
            "Carla Moss": ("City Solicitors", PersonKind.OFFICER),
            "Brent Lyle": ("City Solicitors", PersonKind.OFFICER),
            "Sonia Perl": ("City Solicitors", PersonKind.OFFICER),
            "Trevor Pike": ("Assistant City Attorney II", PersonKind.OFFICER),
            "Amber Nole": ("Assistant City Attorney II", PersonKind.OFFICER),
        },
        set(),
    ),
    # near miss: a singular role after a comma is the last name's alone
    (
        "Present were Carla Moss and Brent Lyle, Clerk.\n",
        {"Carla Moss": (None, PersonKind.OTHER), "Brent Lyle": ("Clerk", PersonKind.OFFICER)},
        set(),
    ),
    # members named by surname alone after "Present:", no honorific before them
    (
        "ROLL CALL:\nPresent: Marsh, Quill, Vodden and\nPelt.\nMoved by Quill to adopt.\n",
        {"Marsh": (None, PersonKind.COUNCILLOR), "Pelt": (None, PersonKind.COUNCILLOR)},
        set(),
    ),
    # near miss: single words that are no surnames make no list of members
    (
        "Present: Staff, Public, Press.\n",
        {},
        {"Staff", "Public", "Press"},
    ),
    # a role after a spaced dash opens the role, not the agenda item before it
    (
        "Adopt Resolution - Industrial Disability Retirement - Fire Marshal Sonia Perl\n",
        {"Sonia Perl": ("Fire Marshal", PersonKind.OFFICER)},
        set(),
    ),
    # a meeting system's attendance table as a text layer gives it: members a line by their titles, the label after
    # them and run onto the last name of its group ("SnelgroveCall In:"); a board's "Director" is a member; near
    # miss: "Director of Finance Jane Doe" is a director of services
    (
        "Meeting Minutes\n1. Call to Order - Chair Arlyn Bradshaw\nDirector Aimee Winder Newton\nDirector Jim Bradley\n"
        "Chair Arlyn Bradshaw\nDirector Dea Theodore\nPresent:\nDirector Richard SnelgroveCall In:\n"
        "2. Approval of Minutes\nDirector of Finance Jane Doe presented the budget.\n",
        {
            "Aimee Winder Newton": ("Director", PersonKind.COUNCILLOR),
            "Dea Theodore": ("Director", PersonKind.COUNCILLOR),
            "Arlyn Bradshaw": ("Chair", PersonKind.COUNCILLOR),
            "Richard Snelgrove": ("Director", PersonKind.OFFICER),
            "Jane Doe": ("Director of Finance", PersonKind.OFFICER),
        },
        {"Richard SnelgroveCall"},
    ),
    # the label run onto a name with no blank ("BradleyExcused:"); near miss: a name that only ends like a label, no
    # colon after it
    (
        "Meeting Minutes\nCouncil Member Suzanne Harrison\nCouncil Chair Laurie Stringham\n"
        "Council Member Dea Theodore\nPresent:\nCouncil Member Jim BradleyExcused:\n2. Items\n"
        "Mr. Tom McPresent spoke.\n",
        {
            "Jim Bradley": ("Council Member", PersonKind.COUNCILLOR),
            "Laurie Stringham": ("Council Chair", PersonKind.COUNCILLOR),
            "Tom McPresent": (None, PersonKind.OTHER),
        },
        {"Jim BradleyExcused"},
    ),
    # an office before each name in a comma list run on over lines: each office the next name's, never the one's
    # before it ("CFO" an office though in capitals; "Tech" a technician's); near miss: a list a person a line
    (
        "MINUTES\nPresent:      Mayor Dawn Ramsey, Communications Manager Rachael Van Cleave, CFO Sunil Naidu,\n"
        "              Director of Public Works Jason Rasmussen, Director of Administrative Services\n"
        "              Melinda Seager, Senior IS Tech Phill Brown, City\n"
        "              Engineer Brad Klavano, Fire Chief Chris Dawson\n\n"
        "Others:       County Council Member Suzanne Harrison, Dan Ramsey\n\n"
        "Staff:\nMs. Linda Keich, Clerk\nMr. Tom Roe, Treasurer\n",
        {
            "Dawn Ramsey": ("Mayor", PersonKind.COUNCILLOR),
            "Rachael Van Cleave": ("Communications Manager", PersonKind.OFFICER),
            "Sunil Naidu": ("CFO", PersonKind.OFFICER),
            "Jason Rasmussen": ("Director of Public Works", PersonKind.OFFICER),
            "Melinda Seager": ("Director of Administrative Services", PersonKind.OFFICER),
            "Phill Brown": ("Senior IS Tech", PersonKind.OFFICER),
            "Brad Klavano": ("City Engineer", PersonKind.OFFICER),
            "Chris Dawson": ("Fire Chief", PersonKind.OFFICER),
            "Suzanne Harrison": ("County Council Member", PersonKind.COUNCILLOR),
            "Dan Ramsey": (None, PersonKind.OTHER),
            "Linda Keich": ("Clerk", PersonKind.OFFICER),
            "Tom Roe": ("Treasurer", PersonKind.OFFICER),
        },
        {"Works Jason Rasmussen", "Tech Phill Brown"},
    ),
    # a blank before the comma after a name, as some text layers leave it; an office before a name after a preposition
    # or after another person by title and surname; near miss: the role after a comma with a comma after it stays
    (
        "MINUTES\nMr. Mitchell Park , Legal Counsel, stated the Mayor is the President.\n"
        "A. Welcome - By Mayor Dawn Ramsey\nHe works with Manager Lewis and Attorney Ryan Loose every day.\n"
        "Present: Jo Ash, Clerk, Kim Lee\n",
        {
            "Mitchell Park": ("Legal Counsel", PersonKind.OFFICER),
            "Dawn Ramsey": ("Mayor", PersonKind.COUNCILLOR),
            "Ryan Loose": ("Attorney", PersonKind.OFFICER),
            "Jo Ash": ("Clerk", PersonKind.OFFICER),
        },
        set(),
    ),
    # a plural title after an acronym names a thing ("the PHA Commissioners Handbook"); near miss: the members after
    # "and Commissioners" are a list
    (
        "MINUTES\nShe received the PHA Commissioners Handbook from a training.\n"
        "Present: Chair Moffat and Commissioners Johnson and Nguyen\n",
        {"Johnson": ("Commissioner", PersonKind.COUNCILLOR), "Nguyen": ("Commissioner", PersonKind.COUNCILLOR)},
        {"Handbook"},
    ),
    # a double surname by title alone joins the one fuller name it ends ("Trustee Winder Newton"), a surname
    # misprinted by one letter beside the same given name joins it; near misses: "Ann Smith" beside "Mary Ann
    # Smith", "John Smyth" beside "John Smith" stay two
    (
        "MINUTES\nPresent: Trustee Aimee Winder Newton, Trustee Jim Bradley, Cllr Mary Ann Smith, Cllr Ann Smith,\n"
        "Cllr John Smith, Cllr John Smyth, Chair Spencer Moffat\n\nA motion was made by Trustee Bradley, seconded by "
        "Trustee Winder Newton, to open the hearing. Chair Spencer Moffatl closed it.\n"
        "Chair Spencer Moffat thanked all.\n",
        {
            "Aimee Winder Newton": ("Trustee", PersonKind.COUNCILLOR),
            "Mary Ann Smith": (None, PersonKind.COUNCILLOR),
            "Ann Smith": (None, PersonKind.COUNCILLOR),
            "John Smyth": (None, PersonKind.COUNCILLOR),
            "Spencer Moffat": ("Chair", PersonKind.COUNCILLOR),
        },
        {"Winder Newton", "Spencer Moffatl"},
    ),
    # near misses of the rules above: a surname with a prefix of its own ("O'Reilly" beside "Reilly") stays two; a
    # role after a comma followed by a name in another column, or by a name on a line of its own, stays the name's
    # before it; "Others" heading a list is no name; a signature in capitals, a post after the name (near miss: a
    # heading in capitals, no post)
    (
        "MINUTES\nPresent: Cllr Sarah Reilly, Cllr Sarah O'Reilly\nAttest:\n"
        "Gage Froerer, Chair                          Ricky D. Hatch, CPA\n"
        "Reporting Officer:\nSera Chambers, Transportation\nTeam Administrator\nKevin Murphy, Event Manager\n"
        "COUNCIL MEMBERS PRESENT:   KATHLEEN BAILEY\n   DAVE OLSEN\n\nOTHERS IN ATTENDANCE: NATHAN BRACKEN, LEGAL "
        "COUNSEL\nThe meeting was adjourned at 6:28 PM.\nLANNIE CHAPMAN, COUNTY CLERK\n"
        "PUBLIC COMMENT, PLANNING AND ZONING\n",
        {
            "Sarah Reilly": (None, PersonKind.COUNCILLOR),
            "Sarah O'Reilly": (None, PersonKind.COUNCILLOR),
            "Gage Froerer": ("Chair", PersonKind.COUNCILLOR),
            "Sera Chambers": ("Transportation Team Administrator", PersonKind.OFFICER),
            "Kevin Murphy": ("Event Manager", PersonKind.OFFICER),
            "LANNIE CHAPMAN": ("County Clerk", PersonKind.OFFICER),
        },
        {"Others", "OTHERS", "PUBLIC COMMENT", "Public Comment"},
    ),
    # a board's members under "BOARD:", its staff under "STAFF:", each office before its name, a name wrapped onto
    # the next line; near miss: a title wrapped after the line's last word ("Board" / "Member Ellen Birrell") is
    # no row of a roster of its own
    (
        "MINUTES\n      BOARD:   Chairperson Chris McConnehey, Vice Chairperson Pamela Bloom, Board Member Kelvin\n"
        "               Green, Board Member Zach Jacob\n"
        "      STAFF:   Council Office Director Alan Anderson, Mayor Dirk Burton, Budget & Management Analyst\n"
        "               Rebecca Condie, Policy Analyst Cassidy Hansen\n\n"
        "Members Present:     Board Chair Mike Weichers, Board Member Scott Bracken, Board\n"
        "                     Member Ellen Birrell\n\n4. ADJOURN\nBoard Member McConnehey moved to adjourn.\n",
        {
            "Chris McConnehey": ("Chairperson", PersonKind.COUNCILLOR),
            "Kelvin Green": ("Board Member", PersonKind.COUNCILLOR),
            "Zach Jacob": ("Board Member", PersonKind.COUNCILLOR),
            "Dirk Burton": ("Mayor", PersonKind.COUNCILLOR),
            "Rebecca Condie": ("Budget & Management Analyst", PersonKind.OFFICER),
            "Ellen Birrell": ("Board Member", PersonKind.COUNCILLOR),
        },
        set(),
    ),
    # a body's verb after its name in a heading's capitals is no given name; near miss: a post before the name
    (
        "MINUTES\n3.1 The RDA Board Will Hold a Public Hearing to Receive Comments\n"
        "Board Chair Will Smith opened it.\n",
        {"Will Smith": ("Board Chair", PersonKind.COUNCILLOR)},
        {"Will Hold"},
    ),
    # a bare surname titled as a member joins the one person of that surname listed among the others present; near
    # miss: a councillor by the council's title ("Cllr Carroll") stays apart from the other of that surname
    (
        "MINUTES\nPresent: Council Member Ann Lee, Council Member Tom Ash\nOthers: Sally Beesley, and Gordon "
        "Willardson, Jennifer Carroll\n\n5. Appointments\nCommissioners Wright and Willardson had both done excellent "
        "jobs.\nCllr Carroll asked a question.\n",
        {
            "Gordon Willardson": ("Commissioner", PersonKind.OTHER),
            "Sally Beesley": (None, PersonKind.OTHER),
            "Carroll": (None, PersonKind.COUNCILLOR),
            "Jennifer Carroll": (None, PersonKind.OTHER),
        },
        {"Willardson"},
    ),
    # the members' list under "THE FOLLOWING MEMBERS WERE PRESENT:", each "Name, <seat title and its seat>": the
    # seat title after a comma is the role, with its seat; near miss: the title before a name is that name's title
    (
        "THE MEETING WAS CALLED TO ORDER BY MAYOR KAREN LANG.\n\nTHE FOLLOWING MEMBERS WERE PRESENT:\n\n"
        "      Karen Lang, Mayor\n      Don Christensen, Councilmember At-Large\n"
        "      Tom Huynh, Councilmember District 1\n\nSTAFF PRESENT:\n\n      Nichole Camac, City Recorder\n\n"
        "1. MINUTES\nCouncilmember Scott Harmon moved to approve the minutes.\n",
        {
            "Karen Lang": ("Mayor", PersonKind.COUNCILLOR),
            "Don Christensen": ("Councilmember At-Large", PersonKind.COUNCILLOR),
            "Tom Huynh": ("Councilmember District 1", PersonKind.COUNCILLOR),
            "Nichole Camac": ("City Recorder", PersonKind.OFFICER),
            "Scott Harmon": ("Councilmember", PersonKind.COUNCILLOR),
        },
        {"Tom Huynh Nichole Camac"},
    ),
    # the council's members under its label "COUNCIL:", a note of when one joined in brackets after her name, the
    # list run on over lines; near miss: "Council" alone on its line is a heading, the sentence under it no list
    (
        " 1. CALL TO ORDER\n     COUNCIL: Chair Chris McConnehey, Vice Chair Pamela Bloom (joined at 6:07 pm), Zach\n"
        "              Jacob, David Pack, Kelvin Green, Kayleen\n              Whitelock\n"
        "     STAFF:   Council Office Director Alan Anderson\n\n2. REPORTS\nCouncil\n"
        "Ann Roe, Elm Road, asked about the budget.\n",
        {
            "Chris McConnehey": ("Chair", PersonKind.COUNCILLOR),
            "Pamela Bloom": ("Vice Chair", PersonKind.COUNCILLOR),
            "Zach Jacob": (None, PersonKind.COUNCILLOR),
            "Kelvin Green": (None, PersonKind.COUNCILLOR),
            "Kayleen Whitelock": (None, PersonKind.COUNCILLOR),
            "Alan Anderson": ("Council Office Director", PersonKind.OFFICER),
            "Ann Roe": (None, PersonKind.OTHER),
        },
        set(),
    ),
    # two columns under their headings, a scanned page's words spread apart by its layout (gaps inside the cells as
    # wide as some between them; the right column's cells start at one offset), a note of how a member attended
    # after the name; near miss: the sentence after the list, its words spread too, is no entry
    (
        "PRESENT:\n\nBoard       Members                                            City     Staff\n"
        "Jeff Silvestrini,          Chair                               John Brems,            City Attorney\n"
        "Silvia      Catten                                             Elyse      Sullivan,       Agency    Recorder\n"
        "Thom        DeSirant         (electronic)                      Kurt    Hansen,         Facilities   Director\n"
        "                                                              Laurie       Johnson,        HR-Finance  "
        "Coordinator\n\nChair      Silvestrini        called    the meeting         to order.\n",
        {
            "Jeff Silvestrini": ("Chair", PersonKind.COUNCILLOR),
            "John Brems": ("City Attorney", PersonKind.OFFICER),
            "Silvia Catten": (None, PersonKind.COUNCILLOR),
            "Elyse Sullivan": ("Agency Recorder", PersonKind.OFFICER),
            "Thom DeSirant": (None, PersonKind.COUNCILLOR),
            "Kurt Hansen": ("Facilities Director", PersonKind.OFFICER),
            "Laurie Johnson": ("HR-Finance Coordinator", PersonKind.OFFICER),
        },
        {"Board Members", "City Staff", "Catten Elyse Sullivan"},
    ),
    # two columns whose gutter the text lost, each row's cells run together under the two headings on one line,
    # blank lines between rows, notes in brackets after a seat; near miss: the next list ("Attendees:") is its own,
    # a given name no list knows read as a person's by the note after it
    (
        "PRESENT:\n\nCouncil Members City Staff\n\nJeff Silvestrini, Mayor Francis Lilly, Assistant City Manager\n"
        "Silvia Catten, District 1 (excused) Elyse Sullivan, City Recorder\n\n"
        "Thom DeSirant, District 2 Kurt Hansen, Facilities Director\n\nCarlos Estudillo, Planner\n\n"
        "Attendees: Tariq Mughal (electronic), Rick Hansen, Oak Grove (Phase 2)\n\nWORK MEETING - 6:45 p.m.\n",
        {
            "Jeff Silvestrini": ("Mayor", PersonKind.COUNCILLOR),
            "Francis Lilly": ("Assistant City Manager", PersonKind.OFFICER),
            "Silvia Catten": ("District 1", PersonKind.COUNCILLOR),
            "Elyse Sullivan": ("City Recorder", PersonKind.OFFICER),
            "Thom DeSirant": ("District 2", PersonKind.COUNCILLOR),
            "Kurt Hansen": ("Facilities Director", PersonKind.OFFICER),
            "Carlos Estudillo": ("Planner", PersonKind.OFFICER),
            "Rick Hansen": (None, PersonKind.OTHER),
            "Tariq Mughal": (None, PersonKind.OTHER),  # (a note of how he attended makes the entry a person's)
        },
        {"Oak Grove"},  # (a note of another kind does not)
    ),
    # near miss: a comma list under one heading is read as a list of offices before names, not split as columns
    (
        "PRESENT:\n\nCouncil Members\nMayor Ann Lee, Council Member Tom Roe, Council Member Jo Ash\n\n1. MINUTES\n",
        {
            "Ann Lee": ("Mayor", PersonKind.COUNCILLOR),
            "Tom Roe": ("Council Member", PersonKind.COUNCILLOR),
            "Jo Ash": ("Council Member", PersonKind.COUNCILLOR),
        },
        set(),
    ),
    # labels in capitals down the left of the attendance block, each with its names after it on the line and no
    # colon, no blank line between them (the next label ends the list before it); near miss: "STAFF REPORT", a
    # heading in capitals with no name after it
    (
        "CITY COUNCIL MEETING\nCONDUCTING Mayor David A. Young\nELECTED OFFICIALS Jeff Lambson, David Spencer, LaNae\n"
        "Millett\nAPPOINTED STAFF Brenn Bybee, Acting City Manager; Steve Earl, City Attorney\n"
        "STAFF REPORT\nAnn Roe, Elm Road, asked about the budget.\n",
        {
            "David A. Young": ("Mayor", PersonKind.COUNCILLOR),
            "Jeff Lambson": (None, PersonKind.COUNCILLOR),
            "LaNae Millett": (None, PersonKind.COUNCILLOR),
            "Brenn Bybee": ("Acting City Manager", PersonKind.OFFICER),
            "Steve Earl": ("City Attorney", PersonKind.OFFICER),
            "Ann Roe": (None, PersonKind.OTHER),
        },
        set(),
    ),
    # public speakers named with their ZIP code or a description between commas, then what they did; near misses:
    # a street and a place in the same form are no people
    (
        "MINUTES\nPublic input.\n\nMelyssa Davidson, Lakeside HOA representative, stated they did not see the\n"
        "traffic mitigation.\n\nEd Parigian, 84060, did not support granting the ROW.\n\n"
        "Main Street, 84060, was closed for the parade.\nSnow Park, Deer Valley resort, was discussed.\n",
        {"Melyssa Davidson": (None, PersonKind.OTHER), "Ed Parigian": (None, PersonKind.OTHER)},
        {"Main Street", "Snow Park"},
    ),
    # a member of the public named with "resident" in lower case before the name; near misses: "resident Park City
    # businesses", "Resident Parking Permits" (no person)
    (
        "MINUTES\nLink to comments from resident Kimball Willard: 00:26:06\nLink to comments from resident Aros "
        "Mackey: 00:37:56\nThe resident Park City businesses were discussed. Resident Parking Permits were issued.\n",
        {"Kimball Willard": ("resident", PersonKind.OTHER), "Aros Mackey": ("resident", PersonKind.OTHER)},
        {"Park City", "Parking Permits"},
    ),
    # a table without rulings listing two people side by side, each a name and a role in the cell after it (a title
    # that is also an honorific, "Mayor", a role too); near miss: a line whose second column is no person ("Ann Roe
    # Elm Vale Gazette        Citizens" gives no "Citizens")
    (
        "MINUTES\nAttendance:\n"
        "Brett Hale      Mayor                         Jenny Kenner        City Council Executive Director\n"
        "Tammy Kiku Chief Communications Officer       Brooke Smyth            City Recorder\n"
        "Phil Marsh     CED Director                   Craig Burnet           Police Chief\n"
        "Ann Roe Elm Vale Gazette                      Citizens\n\nThe meeting opened.\n",
        {
            "Brett Hale": ("Mayor", PersonKind.COUNCILLOR),
            "Jenny Kenner": ("City Council Executive Director", PersonKind.OFFICER),
            "Tammy Kiku": ("Chief Communications Officer", PersonKind.OFFICER),
            "Brooke Smyth": ("City Recorder", PersonKind.OFFICER),
            "Phil Marsh": ("CED Director", PersonKind.OFFICER),
            "Craig Burnet": ("Police Chief", PersonKind.OFFICER),
        },
        {"Citizens", "Police Chief"},
    ),
    # a board's attendance table run into one line, each member's title, name and the place they represent, then
    # the next member: the name alone; near misses: two given names first ("Mary Kay Harris") stay whole, a name of
    # two words before the next title is untouched
    (
        "MINUTES\nAttending: Representing: Mayor Jim Miller Saratoga Springs Mayor Kurt Ostler Highland Mayor Mary "
        "Kay Harris Mayor Tom Westmoreland Eagle Mountain Commissioner Ann Lee Commissioner Jo Ash Utah County\n",
        {
            "Jim Miller": ("Mayor", PersonKind.COUNCILLOR),
            "Kurt Ostler": ("Mayor", PersonKind.COUNCILLOR),
            "Mary Kay Harris": ("Mayor", PersonKind.COUNCILLOR),
            "Tom Westmoreland": ("Mayor", PersonKind.COUNCILLOR),
            "Ann Lee": ("Commissioner", PersonKind.COUNCILLOR),
        },
        {"Jim Miller Saratoga Springs", "Kurt Ostler Highland"},
    ),
    # a meeting system's list of who joined online, each name with a note in brackets; near misses: a user name and
    # initials in the same list are no people
    (
        "MINUTES\nRemaining online attendees:\nGin Ando (Guest)\nHunter Warren (Guest)\nJordan Lightstone (Guest)\n"
        "cwatanabe (Guest)\nDMS (Guest)\nClaire Parsons (she/her) (Guest)\n\nThe meeting opened.\n",
        {
            "Gin Ando": (None, PersonKind.OTHER),
            "Hunter Warren": (None, PersonKind.OTHER),
            "Jordan Lightstone": (None, PersonKind.OTHER),
            "Claire Parsons": (None, PersonKind.OTHER),
        },
        {"cwatanabe", "DMS"},
    ),
    # a list of appointments, each name beside the body it is named to in a column; near miss: a name beside a
    # street in such a column is no role
    (
        "MINUTES\nMayor Kaufusi recommended the following for appointment:\n\n"
        "     Jennifer Bruton          Library Board\n     Laureen Urquiaga         Board of Adjustment\n"
        "     Hal Thacker              Building Inspection Board of Appeals\n\nAnn Roe          Elm Road\n",
        {
            "Jennifer Bruton": ("Library Board", PersonKind.OTHER),
            "Laureen Urquiaga": ("Board of Adjustment", PersonKind.OTHER),
            "Hal Thacker": ("Building Inspection Board of Appeals", PersonKind.OTHER),
            "Ann Roe": (None, PersonKind.OTHER),
        },
        set(),
    ),
    # a building named for a person, a word of its use before its kind, and a zoo's aviary named for one; near miss:
    # a person's workplace after a comma leaves the person
    (
        "MINUTES\nThe meeting was held at the Thomas M. Rees Justice Center.\nPresent: Mayor Ann Lee\n"
        "He referred to Tracey Aviary in Salt Lake City. Mr. John Smith, Justice Center staff, spoke.\n",
        {"Ann Lee": ("Mayor", PersonKind.COUNCILLOR), "John Smith": (None, PersonKind.OTHER)},
        {"Thomas M. Rees", "Tracey Aviary"},
    ),
    # a seat title after a name's comma, with its ward after a second comma; near misses: a pair of titles with a
    # slash is read whole, a title wrapped at a line's end belongs to the name on the next line
    (
        "ROLL CALL:\nGene Phillips, Council Member, Ward Four\nAnn Lee, Councilmember/Member\n\n"
        "The vote was unanimous in favor. Council Member\nRoe seconded it.\n",
        {
            "Gene Phillips": ("Council Member, Ward Four", PersonKind.COUNCILLOR),
            "Ann Lee": ("Councilmember/Member", PersonKind.COUNCILLOR),
            "Roe": ("Council Member", PersonKind.COUNCILLOR),
        },
        set(),
    ),
    # the commissioners "in attendance" are the members (near miss: "In Attendance" alone heads officers), the
    # officers "ex officio" take their kind from their roles; a given name that is also a word of business
    # ("Bill") opens a name when a surname follows (near miss: "the Bill Committee")
    (
        "PLANNING COMMISSION MEETING MINUTES\nCOMMISSIONERS IN ATTENDANCE: Chair Sarah Hall, John Frontero, Henry "
        "Sigg,\nBill Johnson\n\nEX OFFICIO: Rebecca Ward, Planning Director\n\nIn Attendance: Ann Lee\n\n"
        "The Bill Committee met.\n",
        {
            "Sarah Hall": ("Chair", PersonKind.COUNCILLOR),
            "Henry Sigg": ("Commissioner", PersonKind.COUNCILLOR),
            "Bill Johnson": ("Commissioner", PersonKind.COUNCILLOR),
            "Rebecca Ward": ("Planning Director", PersonKind.OFFICER),
            "Ann Lee": (None, PersonKind.OFFICER),
        },
        {"Bill Committee"},
    ),
    # speakers named without honorific: an agent "representing" a firm (a surname that is also a common word),
    # a speaker's turn after a dash (a known given name first); a meeting's verb printed with a capital after a
    # name is no part of it; near misses: a project's name before a dash, "The Town Hall, representing ..."
    (
        "MINUTES OF THE PLANNING COMMISSION\n\nRussell Key, representing General Properties LLC, is requesting "
        "approval.\n\nMary Jenkins – I don’t know if we have that in the budget.\n\nDesert Color – The applicant "
        "is here.\n\nChair Steve Kemp opened the hearing. Chair Kemp Closed the public hearing.\n",
        {
            "Russell Key": (None, PersonKind.OTHER),
            "Mary Jenkins": (None, PersonKind.OTHER),
        },
        {"Desert Color", "Kemp Closed"},
    ),
    # a public hearing's speaker cards give the capacity printed on them; a motion's verb in capitals before a
    # titled name is no part of a role; near misses: a card with no "Name:" line, a role all in capitals
    (
        "MINUTES OF THE PLANNING COMMISSION\nSpeaker # 1: Applicant\nName: Dan Ford\nAddress: Not provided\n\n"
        "Speaker # 2: Citizen\nAddress: Magna\n\nChair Cragun moved to APPOINT Commissioner Debbie Cragun as "
        "Planning Commission Chair. PUBLIC WORKS DIRECTOR Wesley McCoy reported.\n",
        {
            "Dan Ford": ("Applicant", PersonKind.OTHER),
            "Debbie Cragun": ("Chair", PersonKind.COUNCILLOR),
        },
        {"Magna", "Citizen"},
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), US_FORM_CASES)
def test_people_us_forms(text: str, expected: dict[str, tuple[str | None, PersonKind]], absent: set[str]) -> None:
    found = people(text)
    for name, (role, kind) in expected.items():
        assert name in found, (name, sorted(found))
        assert found[name].role == role, (name, found[name].role)
        assert found[name].kind is kind, (name, found[name].kind)
    assert not absent & set(found), sorted(found)
