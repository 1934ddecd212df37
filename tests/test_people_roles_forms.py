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
    # a consultant is engaged from outside, not the council's staff (near miss: the council's coordinator)
    (
        "Officers present: Ms. D. Black, Council Committee Coordinator.\n"
        "Also present: Ms. C. Vance, Consultant.\n\nCall to Order\n",
        {
            "D. Black": ("Council Committee Coordinator", OFF),
            "C. Vance": ("Consultant", OTH),
        },
        set(),
    ),
    # a role in brackets wrapped onto the next line is one role
    (
        "IN ATTENDANCE:\nOrla Venn (Land\nTransport Manager)\nTeo Marsh (Group\nManager, Corporate Services)\n",
        {"Orla Venn": ("Land Transport Manager", OFF), "Teo Marsh": ("Group Manager, Corporate Services", OFF)},
        set(),
    ),
    # a plural position's label gives each name of its list the position in the singular
    (
        "Officials in attendance:\nChief Executive: David Harlow\nDirectors of Service: Mary Pell, John Quill, Anne\n"
        "Frean and Sarah Tobin.\nMeetings Administrator: Mark Dane\n",
        {
            "David Harlow": ("Chief Executive", OFF),
            "Mary Pell": ("Director of Service", OFF),
            "John Quill": ("Director of Service", OFF),
            "Anne Frean": ("Director of Service", OFF),
            "Sarah Tobin": ("Director of Service", OFF),
            "Mark Dane": ("Meetings Administrator", OFF),
        },
        set(),
    ),
    # near miss: a name after a sentence on the label's line is none of the list; a label that is no
    # position ("Apologies") gives none
    (
        "Senior Engineers: Mary Pell and John Quill. The Chair thanked Mark Dane.\n"
        "Apologies: Sarah Tobin, Anne Frean\n",
        {
            "Mary Pell": ("Senior Engineer", OFF),
            "John Quill": ("Senior Engineer", OFF),
            "Mark Dane": (None, None),
            "Sarah Tobin": (None, None),
        },
        set(),
    ),
    # after a name and its comma: a contact label's word that opens a role ("Mobile Technologies Supervisor"),
    # and a position in lower case with the body it serves
    (
        "The Chair thanked the scouts, Mark Dane, Mobile Technologies Supervisor, and the parents.\n"
        "Mary Pell, president of the Elm Teachers Association, spoke on the budget.\n",
        {
            "Mark Dane": ("Mobile Technologies Supervisor", None),
            "Mary Pell": ("president of the Elm Teachers Association", None),
        },
        set(),
    ),
    # near misses: a telephone after "Mobile", a plural, a speaker's errand are no positions
    (
        "Contact: John Quill, Clerk, Mobile: 087 123 4567\n"
        "Sarah Tobin, members of the Arts Commission, spoke.\n"
        "Anne Frean, speaking for the Residents Association, objected.\n",
        {"John Quill": ("Clerk", None), "Sarah Tobin": (None, None), "Anne Frean": (None, None)},
        set(),
    ),
    # a column of bare names under "Welcome/Attendance" and the meeting's time; a staff list's roles glued to the
    # surname by a dash; near misses: a name in an institution's ("Church of Jesus Christ ..."), a double-barrelled
    # surname with no role after its dash
    (
        "MINUTES\nWelcome/Attendance\n(6:00 P.M.)\nJohn Kucera\nMakena Hawley\nDJ Hubler\nRegular Session\n\n"
        "STAFF PRESENT:\nKirsten Whetstone – County Planner\nKaty Staley-Secretary\nHelen Strachan-County Attorney\n"
        "Peter Barnes – Director of Zoning\nChi Ha-Ly              Finance Manager\n\n"
        "INVOCATION BY: Frank Jackman, Church of Jesus Christ of Latter-Day Saints\n"
        "Commissioner Kucera moved to approve the minutes. Ann Smith-Jones spoke in favour.\n",
        {
            "John Kucera": ("Commissioner", C),
            "Makena Hawley": (None, None),
            "DJ Hubler": (None, None),
            "Katy Staley": ("Secretary", OFF),
            "Helen Strachan": ("County Attorney", OFF),
        },
        {"Jesus Christ", "Katy Staley-Secretary", "Helen Strachan-County", "Chi Ha"},
    ),
    # an attendance table whose columns are closed up: its header wrapped over short lines says who the rows are by
    # its first cell ("Commissioners Public" / "Mtg" / "Business" / "Mtg Absent": the commissioners, not the public),
    # each row a name and its marks; near miss: the staff table's header below it
    (
        "MINUTES\nCommissioners Public\nMtg\nBusiness\nMtg Absent\nJames Palmer  x x\nNicole Omer x x\n"
        "Sarah Reale   x\nPlanning Staff / DA Public\nMtg\nBusiness\nMtg\nWendy Gurr x x\nHelen Peters x x\n"
        "Ryan Anderson x x\nThe meeting began.\n",
        {
            "James Palmer": (None, C),
            "Nicole Omer": (None, C),
            "Sarah Reale": (None, C),
            "Wendy Gurr": (None, OFF),
            "Helen Peters": (None, OFF),
        },
        {"Mtg Absent"},
    ),
    # a roster in capitals under the body's name, its president's post after a comma; "Supervisors Chan, Dorsey"
    # gives the members their seat; a house number before a street named after a person, a body's name ending
    # in a plural title and an attendance mark after a title are no people
    (
        "BOARD OF SUPERVISORS AGENDA\nCity Hall, 1 Dr. Carlton B. Goodlett Place\nDAVID HARLOW, PRESIDENT\n"
        "MARY PELL, JOHN QUILL, ANNE FREAN,\nSARAH TOBIN\nPresent: Supervisors Pell, Quill\n"
        "The Board of Supervisors Sitting as a Committee of the Whole.\n",
        {
            "DAVID HARLOW": ("President", None),
            "MARY PELL": ("Supervisor", C),
            "JOHN QUILL": ("Supervisor", C),
            "ANNE FREAN": (None, None),
            "SARAH TOBIN": (None, None),
        },
        {"Carlton B. Goodlett Place", "Sitting"},
    ),
    (
        "Members Present\nDavid Leonard, Supervisor X\nShelby Branch, Treasurer X\n"
        "Negotiations with the Transportation, Supervisors, Teachers and Clerical units were noted.\n",
        {"David Leonard": ("Supervisor", None), "Shelby Branch": ("Treasurer", None)},
        {"Teachers", "X Shelby Branch"},
    ),
    # "Ab" for one absent is a mark too, not a name read with the next line's word; near miss: a role's own
    # word that begins so ("Head of Abs Services")
    (
        "Members Present\nStuart Overway, Trustee Ab\nOpen, Trustee\nPresent: Jo Ash, Head of Abs Services\n",
        {"Stuart Overway": ("Trustee", None), "Jo Ash": ("Head of Abs Services", None)},
        {"Ab Open", "Trustee Ab"},
    ),
    # signatures side by side: the next holder's middle initial is no acronym that makes them a role's words;
    # near miss: an acronym inside the role ("Director UK Property Services") is no holder
    (
        "Board Minutes\nKathleen Mack, President Jeff M. Hall, Treasurer/CFO\n"
        "Present: Jo Ash, Director UK Property Services\n",
        {"Kathleen Mack": ("President", None), "Jo Ash": ("Director UK Property Services", None)},
        {"President Jeff"},
    ),
    # a post's grade in Roman numerals ends the role before the name; near miss: a name's own initials
    (
        "Minutes\nStaff Present: District Administrator Mike Aho, Administrative Assistant II Ian Roberts, "
        "Recreation Manager J V Davison\n",
        {"Ian Roberts": ("Administrative Assistant II", None), "J V Davison": ("Recreation Manager", None)},
        {"II Ian Roberts"},
    ),
    # a body's initials printed in place of a position, bracketed or after a dash, are copied as the role; near
    # misses: a party's initials, the name's own initials
    (
        "Minutes\nPresent:                     G Cowie (Independent Chair)\nA Apatu (HB DHB)\nS Nixon (HDC\n"
        "alternate)\nIn Attendance:          T Skerman \u2013 HBRC\nC Edmonds \u2013 HBRC\n"
        "Also present: Cllr Jo Ash (SNP), Kate Green (KG)\n",
        {"A Apatu": ("HB DHB", None), "S Nixon": ("HDC alternate", None), "T Skerman": ("HBRC", None),
         "Jo Ash": (None, None), "Kate Green": (None, None)},
        set(),
    ),
    # how the member attends is no word of the role; near miss: the same word heading a role
    (
        "Minutes\nIn attendance: A. Sweeney, Senior Planner Remotely\nJ. Roe, Clerk\n"
        "Also present: Jo Ash, Remote Working Officer\n",
        {"A. Sweeney": ("Senior Planner", None), "J. Roe": ("Clerk", None), "Jo Ash": ("Remote Working Officer", None)},
        set(),
    ),
    # a role's possessive heads a thing of theirs, not a role ("Clerk's October Salary"); near miss: a role
    # that a possessive opens ("Mayor's Office Manager")
    (
        "Minutes\n5. Payments\niii) Mrs Jane Davies, Clerk’s October Salary and Expenses, Chq No 1336 490.68\n"
        "In attendance: Tom Ash, Mayor’s Office Manager\n",
        {"Jane Davies": (None, None), "Tom Ash": ("Mayor’s Office Manager", None)},
        set(),
    ),
    # a role in brackets after the name, wrapped before its head; near miss: a name wrapped so is no role
    (
        "Staff recommended approval of the budget. (Scott Dowell, Administrative\nServices Director)\n"
        "The item was presented (Tom Roe, Clerk, with\nJane Smith)\n",
        {"Scott Dowell": ("Administrative Services Director", None), "Jane Smith": (None, None)},
        set(),
    ),
    # the person an appointment names, whatever their given name; near misses: one word, a body's words
    (
        "Motion approving the nomination for the appointment of Obai Rambo to the Oversight Commission.\n"
        "- o Zelig Quarrender - term ending January 17, 2031\n"
        "The appointment of Auditors was deferred.\nMotion appointing the Finance Committee as the panel.\n",
        {"Obai Rambo": (None, OTH), "Zelig Quarrender": (None, OTH)},
        {"Auditors", "Finance Committee"},
    ),
    # near miss: a heading of capitals with no given names is no roster
    (
        "AGENDA\nPUBLIC COMMENT, ADJOURNMENT, CLOSED SESSION\nCouncillor Rhea Mott spoke.\n",
        {"Rhea Mott": (None, C)},
        {"PUBLIC COMMENT", "CLOSED SESSION"},
    ),
    # near miss: the bare honorific of a council's own members is no position
    (
        "Councillor Rhea Mott proposed and Cllr Tam Ossory seconded the motion.\n",
        {"Rhea Mott": (None, C), "Tam Ossory": (None, C)},
        set(),
    ),
    # a plural seat over a list is each member's; the council's own "Councillors" is no position
    (
        "Council Members Present: Ugo Brandt, Wilma Quaye\n",
        {"Ugo Brandt": ("Council Member", C), "Wilma Quaye": ("Council Member", C)},
        set(),
    ),
    (
        "Councillors Present: Ugo Brandt, Wilma Quaye\n",
        {"Ugo Brandt": (None, C), "Wilma Quaye": (None, C)},
        set(),
    ),
    # a cover's roster under a seat heading: the seat, an office printed above winning
    (
        "City Council\nMayor\nRay Jackson\nCouncilmembers\nDean Francois\nRobert Saemann\nRegular Meeting Agenda\n",
        {"Ray Jackson": ("Mayor", C), "Dean Francois": ("Councilmember", C), "Robert Saemann": ("Councilmember", C)},
        set(),
    ),
    # a position after the name's initials tag, bracketed or not; the next line's name is no part of it
    (
        "Present:\nPeter Olin (PO) [Chair]\nKaren Fern (KF)\nSarah Finch (SF) CLERK\n",
        {"Peter Olin": ("Chair", C), "Karen Fern": (None, None), "Sarah Finch": ("CLERK", OFF)},
        set(),
    ),
    (
        "Present: Cllr Peter Olin (PO) (Chairman), Cllr Karen Fern (KF) - Vice-Chairman\n",
        {"Peter Olin": ("Chairman", C), "Karen Fern": ("Vice-Chairman", C)},
        set(),
    ),
    # near miss: initials tags alone give no position
    (
        "Present: Cllr Peter Olin (PO), Cllr Karen Fern (KF)\nApologies: Cllr Anne Bell (AB)\n",
        {"Peter Olin": (None, C), "Karen Fern": (None, C), "Anne Bell": (None, C)},
        set(),
    ),
    # a standing before the bracketed position is kept with it
    (
        "Present: Mr Ed Lane, Mrs Susan Pike (former Clerk), Mr Tom Hale (outgoing Treasurer)\n",
        {"Susan Pike": ("former Clerk", None), "Tom Hale": ("outgoing Treasurer", None)},
        set(),
    ),
    # a label giving the position of the one person named after it on its line
    (
        "Item 4. Rear addition\nApplicant: Michael Dorsey, 12 Oak Drive, Rivertown\nOwner: Robert Haskell\n"
        "Staff: Susan Varga\nChair: Peter Olin\nMinute taker: John Brody\n",
        {
            "Michael Dorsey": ("Applicant", OTH),
            "Robert Haskell": ("Owner", OTH),
            "Susan Varga": ("Staff", OFF),
            "Peter Olin": ("Chair", None),
            "John Brody": ("Minute taker", None),
        },
        set(),
    ),
    # near misses: a label over two names, a mover's label, a list's opener give no position
    (
        "Staff: Susan Varga and Robert Haskell\nMoved: Cllr Peter Olin\nPresent: Cllr Anne Bell\n"
        "Seconded: Cllr John Brody\n",
        {"Susan Varga": (None, None), "Robert Haskell": (None, None), "Peter Olin": (None, C), "Anne Bell": (None, C)},
        set(),
    ),
    # letters after a name that are a seat held give it when nothing else does
    (
        "Also present: Chris Moyle MP and Anne Tell MSP\nDr Ruth Vane MP, Minister for Housing, spoke.\n",
        {"Chris Moyle": ("MP", OTH), "Anne Tell": ("MSP", None), "Ruth Vane": ("Minister for Housing", OTH)},
        set(),
    ),
    # a longer title read whole: "Mayor Pro Tem" ending a roll call's line is a role, not "Mayor" before a
    # name "Pro"; a title opening the line after another member's is read again
    (
        "2. ROLL CALL\nNorm Zezula, Mayor Pro Tem\nBrian Bergman, Council Member\n",
        {"Norm Zezula": ("Mayor Pro Tem", C), "Brian Bergman": ("Council Member", C)},
        {"Pro Tem"},
    ),
    (
        "Council:\nMayor Laura Eckhart\nMayor Pro Tem Steve Freed\nCouncil Member Eniko Gold\n",
        {"Laura Eckhart": ("Mayor", C), "Steve Freed": ("Mayor Pro Tem", C), "Eniko Gold": ("Council Member", C)},
        set(),
    ),
    # near miss: a title ending a line over a label names no one
    (
        "Councillor Joe Conway\nPlenary Mayor\nWitnessed:\n________\n",
        {"Joe Conway": (None, C)},
        {"Witnessed"},
    ),
    # members named by surname alone, one of them a word that also names a place; the opener after a sentence's
    # end on its line; the list ends where the next sentence opens with a label
    (
        "The meeting was called to order at 6:01 pm by the Chair. Board members present:\nAbbot, Costa, Rendle, "
        "Saylors, Webber and Wood. Remotely on Zoom: Jones.\n",
        dict.fromkeys(("Abbot", "Costa", "Rendle", "Saylors", "Webber", "Wood"), (None, C)),
        {"Wood. Remotely", "Remotely"},
    ),
    # near misses: an opener inside a sentence; a list of which two in four are places' words
    (
        "We thanked the members present: their work was good.\nPresent: Hall, Green, Abbot and Rendle.\n",
        {},
        {"Hall", "Green", "Abbot", "Rendle"},
    ),
    # a surname alone after the title of the post held, in running text
    (
        "Moved by Director Quarrie, seconded by Director Abbot, and carried.\nDeputy Chief Mallinson reported on "
        "staffing.\nFire Marshal Nygaard said the event was held.\n",
        {"Quarrie": ("Director", None), "Mallinson": ("Deputy Chief", None), "Nygaard": ("Fire Marshal", None)},
        set(),
    ),
    # near misses: a heading's words, a phrase after an article, a longer name, a word printed in lower case too
    (
        "VII. General Manager Oversight and Performance\n2. Committee Chair Reports.\n"
        "She presented a Property Portfolio Proposal today.\nThe City Manager Webinars were held; webinars help.\n"
        "Service Manager Safeguarding attended. Directors and Portfolio Holders were consulted.\n"
        "Chief Officers and\nPortfolio Holders must agree.\n",
        {},
        {"Oversight", "Reports", "Proposal", "Webinars", "Safeguarding", "Holders"},
    ),
    # a role wrapped over a line: its head on the next line ("Community\nFunding Advisor"), the whole role on
    # the line after the name's comma, ending in a seat title ("Supervisor"), an executive's initials in
    # brackets on the next line; near misses: the next line a name ("Ada Penn") or a heading ("2.1 Purpose")
    (
        "Reporting Officer: Belinda Marr, Community\nFunding Advisor\n2.1 Purpose\n"
        "Memorandum from Alexa Dunn, Assistant City Manager and Rosa Pirelli,\nCommunity Services Supervisor\n"
        "Recommendation: That the Council adopt it.\n"
        "IN ATTENDANCE:\nMonique Darrow\n(CEO)\nBronda Smyth (Group Manager, Corporate Support)\n\n"
        "Report of Tom Kell, Senior\nAda Penn, Clerk\n",
        {
            "Belinda Marr": ("Community Funding Advisor", OFF),
            "Rosa Pirelli": ("Community Services Supervisor", OFF),
            "Monique Darrow": ("CEO", OFF),
            "Ada Penn": ("Clerk", OFF),
        },
        {"Senior Ada Penn", "Purpose"},
    ),
    # a style of address before an office is no part of the role ("His Worship the Mayor Vince Cocurullo": the
    # Mayor); near miss: "Worshipful Master" is the post's own words
    (
        "Members Present: Cr Paul Yovich (Chairperson)\nHis Worship the Mayor Vince Cocurullo\nCr Ken Couper\n",
        {"Vince Cocurullo": ("Mayor", C), "Paul Yovich": ("Chairperson", C)},
        {"His Worship the Mayor"},
    ),
    # a role broken at a line's end before its head, the head opening the next line ("Assistant Arts" /
    # "Officer", "Chief" / "Financial Officer", "Principal" / "Planner)", "Disaster" / "Recovery Director and
    # ..."); near misses: a role ending on its head before a place ("Principal" / "Lucknow School"), the next
    # line a name ("Senior" / "Ada Penn")
    (
        "In attendance:\nLibrary Services: Ms. Fiona Flavin, Assistant Arts\nOfficer\nMr John Ryan, Chief\n"
        "Financial Officer\n(Report - Katie Simmons, Disaster\nRecovery Director and Marc Mattox, Public Works "
        "Director)\nIt was reviewed. (Bruce Amby, Principal\nPlanner)\nAnn Lee, Principal\nLucknow School\n"
        "Report of Tom Kell, Senior\nAda Penn, Clerk\n",
        {
            "Fiona Flavin": ("Assistant Arts Officer", OFF),
            "John Ryan": ("Chief Financial Officer", OFF),
            "Katie Simmons": ("Disaster Recovery Director", OFF),
            "Marc Mattox": ("Public Works Director", OFF),
            "Bruce Amby": ("Principal Planner", OFF),
            "Ann Lee": ("Principal", None),
            "Ada Penn": ("Clerk", OFF),
        },
        {"Senior Ada Penn", "Principal Lucknow School"},
    ),
    # near miss: a role that has its head before a word that is none ("Remotely") does not run on into the next
    # line's sentence
    (
        "In attendance:\nMr. T. Madden, Senior Executive Officer Remotely\nMr. B. Knowles, Senior Executive Officer "
        "Remotely\nThe Cathaoirleach welcomed everyone to the meeting.\n",
        {"B. Knowles": ("Senior Executive Officer", OFF)},
        {"Remotely The Cathaoirleach"},
    ),
    # a members' list whose officers hold the board's offices stays members; its sentence ends in "were
    # present"; a position given with the body in the possessive; a middle initial after a known given name
    (
        "Commissioners Present:  President Rob Banks, Vice-President Jan Pole, Secretary / Treasurer Buster Penn, "
        "and Joe Rolland were present.\nAnn Shern, the Port’s bond attorney, had sent a resolution. John C. Perry "
        "spoke. Cullen read emails from Nasby Hugg, the Port’s insurance company.\n",
        {
            "Rob Banks": ("President", C),
            "Jan Pole": ("Vice-President", C),
            "Buster Penn": ("Secretary / Treasurer", C),
            "Joe Rolland": ("Commissioner", C),
            "Ann Shern": ("bond attorney", None),
            "John C. Perry": (None, OTH),
        },
        {"Joe Rolland were", "Nasby Hugg"},
    ),
    # a list's opener and its title-and-surname entries are no role of the next name; near miss: a role
    # printed right before a name after a comma ("Minister of State for Care, Stephen Kinnock")
    (
        "Also Present – President Rankin, Clerk Price, Attorney Fuller, Ryan Bump, and Sarah Ford.\n",
        {"Ryan Bump": (None, OTH), "Price": ("Clerk", OFF)},
        set(),
    ),
    (
        "The letter from the Minister of State for Care, Stephen Kinnock, was noted.\n",
        {"Stephen Kinnock": ("Minister of State for Care", None)},
        set(),
    ),
    # a councillor's seat printed as a position after a name, before it after a comma, or in lower case before
    # it; near miss: the seat before a name with no comma is its title, and a bare "Councillor" no role at all
    (
        "Minutes\nAPOLOGIES – Cllrs. Kate Ashfield and Simon Bridger, Russell Oppenheimer, County Councillor\n"
        "And Nick Drew, District Councillor\nIn Attendance: District Councillor, Ann Field.\n"
        "Also: County councillor Stephen Davis, District Councillor Dave Moss and Cllr Jo Ryder, Councillor\n",
        {
            "Russell Oppenheimer": ("County Councillor", C),
            "Nick Drew": ("District Councillor", C),
            "Ann Field": ("District Councillor", C),
            "Stephen Davis": ("County councillor", C),
            "Dave Moss": ("District Councillor", C),
            "Jo Ryder": (None, C),
        },
        set(),
    ),
    # what a member sits for after a dash, the entry wrapped at the dash either side of the line break, and the
    # office held there rather than the body's acronym; near misses: the office on the line above a member is not
    # hers (the line above's, wrapped), and a dash before a sentence in lower case is no role
    (
        "MINUTES OF A meeting of the Elm Coastal Joint Committee\nDate: Monday 18 March 2031\n"
        "Present:   Cr Peter Beaven \u2013 HBRC - Chair\nCr Tony Jeffery\n\u2013 NCC \u2013 Deputy Co Chair\n"
        "Cr Annette Brosnan\n\u2013 NCC\nCr Ann Redstone \u2013\nHDC\nCr Ben Ash \u2013 apologies were received\n"
        "1. Welcome\nThe Chair welcomed everyone.\n",
        {
            "Peter Beaven": ("Chair", C),
            "Tony Jeffery": ("Deputy Co Chair", C),
            "Annette Brosnan": ("NCC", C),
            "Ann Redstone": ("HDC", C),
            "Ben Ash": (None, C),
        },
        set(),
    ),
    # a seat printed once at the head of a column of members, before a personal honorific, carried down the
    # column; near misses: the offices above it stay each one's, an entry with its own note keeps it, and the
    # bare "Councillor" before "Mrs" stays an honorific
    (
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 14TH JANUARY 2031\nPresent: Chairman M. Stuart\n"
        "Vice Chairman P. Nicholas\nParish Councillor Mrs F. Chapman\nMrs E. Chubb\nJ. Harris\n"
        "Ms J. Layton (CDC)\nCllr Stuart opened the meeting at 7.30pm.\nApologies: Councillor Mrs Ann Roe.\n",
        {
            "M. Stuart": ("Chairman", C),
            "P. Nicholas": ("Vice Chairman", C),
            "F. Chapman": ("Parish Councillor", C),
            "E. Chubb": ("Parish Councillor", C),
            "J. Harris": ("Parish Councillor", C),
            "J. Layton": ("CDC", C),
            "Ann Roe": (None, C),
        },
        set(),
    ),
    # a staff post's label on its own line after a members' list: the council's officer, not a member; near miss:
    # a member's office as the label keeps the list's kind
    (
        "Minutes of the Parish Council Meeting\nPresent: Councillors Charlotte Tilsley (chair), Fiona Bevan, Jenny "
        "Knight\nClerk: Madeleine King    e-mail: hpc@example.org\n",
        {"Madeleine King": ("Clerk", OFF), "Jenny Knight": (None, C)},
        set(),
    ),
    (
        "Minutes\nPresent: Councillors Ann Bee, Jo Cee,\nChair: John Smith\n",
        {"John Smith": ("Chair", C)},
        set(),
    ),
    # a role read on into the next person of a list names that person: it is no role (the title before the name
    # stands instead, and a member's honorific keeps the kind); near miss: a role naming a place a person present
    # shares a name with, no title before it
    (
        "AGENDA\nBoard of Commissioners\nPresident Cynthia McClain-Hill\nVice President Susana Reyes\n"
        "Commissioner Jill Banks Barad-Hopkins\nSPECIAL NOTICE\nPresent: Cllr Ann Bee, Management Analyst Bobbi "
        "Phagura and Deputy City Clerk Jo Roe\nThe Director of Parks, John Smith, reported. Ms Ann Parks spoke.\n",
        {
            "Susana Reyes": ("Vice President", None),
            "Jill Banks Barad-Hopkins": ("Commissioner", C),
            "Ann Bee": (None, C),
            "Bobbi Phagura": ("Management Analyst", OFF),
            "John Smith": ("Director of Parks", OFF),
        },
        set(),
    ),
    # a role printed before a colon and the name after it, the name on the next line; an abbreviated grade
    # ("Admin.") is no name; near miss: a list's opener before a colon is no role of the names after it
    (
        "Agenda\nTo request an accommodation, contact the ADA Coordinator:\nFrances N. Nwajei at 781-393-2439.\n"
        "Space: Executive Admin. Assistant (150 sf)\nPresent: John Smith, Mary Jones\n",
        {"Frances N. Nwajei": ("ADA Coordinator", OFF), "John Smith": (None, None)},
        {"Admin"},
    ),
    # a plural role after a series of names with no "and" is each one's, in the singular; the last role of a
    # run is printed before the next name; a list under "Via Teams:" ends at a line of blanks; near miss: a
    # singular role after the series is the last name's alone
    (
        "Minutes\nVia Teams: \nCllr Aughey, P. Conlon \n \nMr. R. Burns, Chief Executive, Mr. C. Flynn, Ms. P. "
        "Monahan, Ms. O. McConnon, Directors of Services, Mr. G. Roe, Senior Engineer, Meetings Administrator, "
        "Ms. M McGarvey\n \nThe Chief Executive welcomed all present.\n",
        {
            "R. Burns": ("Chief Executive", OFF),
            "C. Flynn": ("Director of Services", OFF),
            "P. Monahan": ("Director of Services", OFF),
            "O. McConnon": ("Director of Services", OFF),
            "G. Roe": ("Senior Engineer", OFF),
            "M McGarvey": ("Meetings Administrator", OFF),
        },
        set(),
    ),
    (
        "Minutes\nPresent: Mr. C. Flynn, Ms. P. Monahan, Ms. O. McConnon, Clerk\n\n1. Welcome\n",
        {"C. Flynn": (None, None), "O. McConnon": ("Clerk", None)},
        set(),
    ),
    # initials and a surname before a role in brackets, a blank after the stop or none
    (
        "Minutes\nScribe D.Garner (Democracy Adviser)\nThe report by K. Olsen (Senior Engineer) was noted.\n",
        {"D.Garner": ("Democracy Adviser", OFF), "K. Olsen": ("Senior Engineer", OFF)},
        set(),
    ),
    # an acting post's plural after one name is that name's post in the singular; near miss: a plural that ends
    # the role is kept as printed
    (
        "Minutes\nMs. O. Roe, Director of Finance, Mr. G. Lee, A/Directors of Services, Ms. M Ash, Clerk\n\n1. X\n",
        {"G. Lee": ("A/Director of Services", OFF)},
        set(),
    ),
    # the US spelling "Councilor" is a member's title, its name wrapped to the next line too; near miss: the
    # word in a sentence with no name after it
    (
        "Agenda\nSent for Discussion: By Councilor Link, Councilor\nStrezo and Councilor Mbah\nThe Councilor "
        "present spoke.\n",
        {"Link": (None, C), "Strezo": (None, C), "Mbah": (None, C)},
        {"present"},
    ),
    # how a member attended, printed after the name, is no part of it
    (
        "Minutes\nPresent:\nCouncillor A. Dalton  Remotely \nCouncillor J. Pender\n\n1. Welcome\n",
        {"A. Dalton": (None, C), "J. Pender": (None, C)},
        {"A. Dalton Remotely"},
    ),
    # letters after a name ("Sudie Joint, CPA"); two initials run together ("PJ O'Hanlon")
    (
        "AGENDA\nFinancial Report:\nLarry Jacobi and/or Sudie Joint, CPA\n* Presentation of Financial Statement\n",
        {"Sudie Joint": ("CPA", None)},
        set(),
    ),
    (
        "Minutes\nOn the proposal of Cllr PJ O’Hanlon, seconded by Cllr D. Maxwell, it was agreed to adopt.\n",
        {"PJ O’Hanlon": (None, C)},
        {"O’Hanlon"},
    ),
    # role first, name in brackets, a note bracketed after one entry, a role wrapped over two lines, a surname
    # that is also a country's name; a plural title's own line after the chair; near misses: a councillor
    # chairing keeps "Chair", and the slash between mover and seconder shares no title
    (
        "MINUTES\nPresent:    Mayor Hazlehurst (Chair)\nCouncillors\nBarber, Dixon, Kerr.\nIN ATTENDANCE:  Acting\n"
        "Chief Executive (Mr N Taylor)\nChief Financial Officer (Mr B Allan) – (present only for Item\n16)\n"
        "Acting Group\nManager: Community Facilities (Ms D Elers)\nParking\nTransportation Officer (Mr M England)\n"
        "Committee Secretary (Mrs C Hunt)\n1. Seal Register\nMayor Hazlehurst/Councillor Dixon\nThat the Seal "
        "Register lie on the table.\nCARRIED\n",
        {
            "Hazlehurst": ("Mayor", C),
            "Barber": (None, C),
            "Dixon": (None, C),
            "B Allan": ("Chief Financial Officer", OFF),
            "D Elers": ("Acting Group Manager: Community Facilities", OFF),
            "M England": ("Parking Transportation Officer", OFF),
            "C Hunt": ("Committee Secretary", OFF),
        },
        set(),
    ),
    # a staff grade printed by its initials, with stops, an acting one's "A/", or undotted where no word
    # spells it; near misses: a word in capitals ("SEE"), a name's initials ("P.J.")
    (
        "MINUTES\nIN ATTENDANCE\nMs. Moira Murrell, Chief Executive\nMr. D. Doyle, S.E., Operations & Safety\n"
        "Mr. B. Lennon, A/S.E.E., Operations & Safety\nMs. K. Lynch, SEO Finance\nMs. C. Leahy, A.S.O, Operations "
        "& Safety\n\n1. Business\nSEE ATTACHED the note from Mr P.J. Ash on the plan.\n",
        {
            "D. Doyle": ("S.E., Operations & Safety", OFF),
            "B. Lennon": ("A/S.E.E., Operations & Safety", OFF),
            "K. Lynch": ("SEO Finance", OFF),
            "C. Leahy": ("A.S.O, Operations & Safety", OFF),
            "P.J. Ash": (None, None),
        },
        set(),
    ),
    # a plural post's label over a comma list, one given name that is also a particle ("Des"); near miss: the
    # particle of a place ("Des Moines")
    (
        "MINUTES\nOfficials in attendance:\nDirectors of Service: Dara McGowan, Des Foley, Martin Murray.\n"
        "The Des Moines Register was noted.\n",
        {
            "Dara McGowan": ("Director of Service", OFF),
            "Des Foley": ("Director of Service", OFF),
            "Martin Murray": ("Director of Service", OFF),
        },
        {"Des Moines Register", "Des Moines"},
    ),
    # a school named for a person is a place, its grade's word wrapped to the next line or not; near miss: a
    # surname that is a grade's word with no place word after it ("Tom Ash High spoke")
    (
        "MINUTES\nMarisol Arkin, Principal of the school, spoke. Students of Cesar Chavez Elementary School "
        "attended.\nApproval of Student Travel for Abraham Lincoln\nHigh School students.\nTom Ash High spoke.\n",
        {"Marisol Arkin": ("Principal", None), "Tom Ash High": (None, None)},
        {"Cesar Chavez", "Abraham Lincoln"},
    ),
    # how each public speaker attended, a label over the names ("In person:", "Zoom:"); near miss: the words in a
    # sentence ("In person meetings will resume")
    (
        "MINUTES\nRE: Budget Cuts\nIn person: Alyssa Arno, Holly Coombs, Rasheq Zarif, John Varga, Nancy Seavers, "
        "Naomi Perlman.\nZoom: Meredith Dodson, Yvette Edwards\n\nIn person meetings will resume in May.\n",
        {"Rasheq Zarif": (None, OTH), "Alyssa Arno": (None, OTH), "Meredith Dodson": (None, OTH)},
        {"In person", "Zoom"},
    ),
    # a roster's attendance after each post is no part of it; near miss: words after the attendance word
    (
        "Minutes\nPresent:\nAnn Ash, Vice Chair - Present\nBo Birch, Member - Absent\nCal Cedar, Director - Present "
        "Operations\n",
        {
            "Ann Ash": ("Vice Chair", C),
            "Bo Birch": ("Member", None),
            "Cal Cedar": ("Director - Present Operations", None),
        },
        set(),
    ),
    (
        "Minutes\nPresent: Councillor Ash (Chair), Councillors Barber and Dixon.\n",
        {"Ash": ("Chair", C), "Barber": (None, C)},
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
