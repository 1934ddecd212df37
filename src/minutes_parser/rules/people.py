"""People rules: honorifics, roles, list openers and contact labels, and their patterns.

Pure data.  The words of names themselves (given names, particles, words that
are never a name) are in `minutes_parser.rules.names`, re-exported here.  Word
lists are matched as whole words, case-insensitively unless said otherwise;
`minutes_parser.extract.people` builds the patterns made of them lazily, adding
the user's `Settings.extra_honorifics`, `extra_role_words` and
`extra_list_openers`.  The fixed patterns of the extractor are in `PATTERNS`
below and in `minutes_parser.rules.names` (most are case-sensitive: they start
with ``(?-i)``).
"""

from __future__ import annotations

from .names import (
    CAPITAL_PARTICLES as CAPITAL_PARTICLES,
)
from .names import (
    GIVEN_NAMES as GIVEN_NAMES,
)
from .names import (
    NAME_PARTICLES as NAME_PARTICLES,
)
from .names import (
    NAME_SUFFIXES as NAME_SUFFIXES,
)
from .names import (
    NOT_NAME_WORDS as NOT_NAME_WORDS,
)
from .names import (
    PLACE_SUFFIXES as PLACE_SUFFIXES,
)
from .names import (
    SCHOOL_GRADES as SCHOOL_GRADES,
)
from .names import (
    SECOND_PARTICLES as SECOND_PARTICLES,
)
from .names import (
    SPEAKER_LEADS as SPEAKER_LEADS,
)
from .names import (
    SPEAKER_VERBS as SPEAKER_VERBS,
)
from .names import (
    SURNAME_WORDS as SURNAME_WORDS,
)

# ---------------------------------------------------------------- honorifics

#: Honorifics as printed (a trailing full stop is allowed after each).  Longer
#: forms first so that "County Councillor" wins over "Councillor".
HONORIFICS: tuple[str, ...] = (
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "City Councillor",
    "Town Councillor",
    "Parish Councillor",
    "Councillor",
    "Councilor",  # the US spelling ("Councilor Link", Massachusetts)
    "Council Member",
    "Council member",  # as US minutes print it in a sentence ("Council member Lynn Carmichael present after ...")
    "Councilmember",
    "Councilman",
    "Councilwoman",
    "Cllr",
    "Cr",
    "Clr",  # New South Wales minutes' abbreviation ("Her Worship the Mayor (Clr Lam)", "seconded Clr Simms")
    "Professor",
    "Prof",
    "Dr",
    "Mrs",
    "Mr",
    "Ms",
    "Miss",
    "Mx",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Revd",
    "Rev",
    "Reverend",
    "Alderman",
    "Mayor Pro Tempore",
    "Mayor pro tempore",
    "Mayor Pro Tem",
    "Mayor pro tem",
    "Deputy Mayor",
    "Mayor",
    "Commissioner",
    "Alderperson",
    "Trustee",
    # a US county's or township's elected board member ("Supervisor Chan", "Supervisors Chan, Dorsey")
    "Supervisor",
    "Vice Mayor",
    "Lord Provost",
    "Provost",
    "Bailie",
    "Selectman",
    "Selectwoman",
    "Deputy Reeve",
    "Reeve",
    "Deputy Warden",
    "Warden",
    # Irish: "Comhairleoir" (Councillor), "Ardmhéara" (Lord Mayor), "Leas-Ardmhéara" (Deputy Lord Mayor),
    # "Méara" (Mayor), printed before a name as the English ones are ("Ardmhéara Comhairleoir D. Boyle")
    "Leas-Ardmhéara",
    "Ardmhéara",
    "Leas-Mhéara",
    "Méara",
    "Comhairleoir",
)

#: A police officer's rank before the name, as a council's minutes report the local police ("Insp Nicola
#: Taylor", later "Sgt Taylor"; "Chief Inspector Des Kennedy"): honorifics of people who are never the
#: council's members, whatever list they are printed in.  "PC" and "Garda" stay out (a parish council's
#: and the Irish force's names as often as ranks), and so do "Inspector" and "Superintendent", ending staff
#: titles printed before a name ("Operations Superintendent Dan MacInnis").
POLICE_RANKS: tuple[str, ...] = ("Supt", "Chief Inspector", "Insp", "Sergeant", "Sgt", "Constable")

#: A serving officer's rank before the name, as minutes report a garrison's liaison ("Col Dominic Coombes"):
#: honorifics of people outside the council.  "Major", "Captain" and "General" stay out ("Major Projects
#: Manager", a fire service's "Captain" as a position, "General Manager").
MILITARY_RANKS: tuple[str, ...] = ("Lieutenant Colonel", "Lt Col", "Colonel", "Col", "Brigadier", "Brig")

HONORIFICS += POLICE_RANKS
HONORIFICS += MILITARY_RANKS

#: Plural honorifics that distribute over the names after them
#: ("Councillors Keary, McMahon and Sheahan"), with their singular.
PLURAL_HONORIFICS: dict[str, str] = {
    "County Councillors": "County Councillor",
    "Councillors": "Councillor",
    "Councilors": "Councilor",
    "Council Members": "Council Member",
    "Councilmembers": "Councilmember",
    "Cllrs": "Cllr",
    "Crs": "Cr",
    "Clrs": "Clr",
    "Commissioners": "Commissioner",
    "Aldermen": "Alderman",
    "Trustees": "Trustee",
    "Supervisors": "Supervisor",
    # "Mrs R Dawson, Messrs D Myles, N Sneddon, E MacDonald": "Mr" for each of the men named after it
    "Messrs": "Mr",
    "Messrs.": "Mr",
    "Comhairleoirí": "Comhairleoir",
    "Comhairleoiri": "Comhairleoir",
    # the singular as a list's label, its colon part of it: "Councillor: Bambury, Coleman, Collins J"
    "Councillor:": "Councillor",
    "Cllr:": "Cllr",
}

#: Honorifics that are also the person's position ("Mayor Dave Yemm" is the Mayor).
TITLE_ROLES: tuple[str, ...] = (
    "Mayor", "Deputy Mayor", "Vice Mayor", "Commissioner", "Alderman", "Alderperson", "Trustee", "Provost",
    "Lord Provost", "Bailie", "Selectman", "Selectwoman", "Mayor Pro Tem", "Mayor pro tem", "Mayor Pro Tempore",
    "Reeve", "Deputy Reeve", "Warden", "Deputy Warden", "Ardmhéara", "Leas-Ardmhéara", "Méara", "Leas-Mhéara",
)  # fmt: skip

#: A member's title naming the seat, printed before the name ("Councilmember Ash", "Council Member Lee",
#: "County Councillor Ann Day" at a parish meeting): the position the document gives when it gives no
#: other; an office printed as a title elsewhere ("Vice Mayor Ash", "Mayor Lee") wins over it.  The bare
#: "Councillor" / "Cllr" of a council's own members stays an honorific.
SEAT_TITLES: tuple[str, ...] = (
    "Council Member", "Councilmember", "Councilman", "Councilwoman", "County Councillor", "Borough Councillor",
    "District Councillor", "City Councillor", "Supervisor",
)  # fmt: skip

TITLE_ROLES += SEAT_TITLES

#: The meeting's chair, printed in brackets after a name ("Mayor Hazlehurst (Chair)"): where the name's title
#: is an office (TITLE_ROLES, not a seat), the office is the position and the chair only the meeting's;
#: "Councillor Ash (Chair)" keeps "Chair".
MEETING_CHAIR_ROLES: tuple[str, ...] = ("Chair", "Chairman", "Chairwoman", "Chairperson", "In the Chair")

#: Honorifics that make a person an elected member whatever else is said.
COUNCILLOR_HONORIFICS: tuple[str, ...] = (
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "City Councillor",
    "Town Councillor",
    "Parish Councillor",
    "Councillor",
    "Councilor",  # the US spelling ("Councilor Link", Massachusetts)
    "Council Member",
    "Council member",  # as US minutes print it in a sentence ("Council member Lynn Carmichael present after ...")
    "Councilmember",
    "Councilman",
    "Councilwoman",
    "Cllr",
    "Cr",
    "Clr",
    "Mayor",
    "Deputy Mayor",
    "Vice Mayor",
    "Provost",
    "Lord Provost",
    "Bailie",
    "Selectman",
    "Selectwoman",
    "Alderman",
    "Alderperson",
    "Commissioner",
    "Trustee",
    "Mayor Pro Tempore",
    "Mayor pro tempore",
    "Mayor Pro Tem",
    "Mayor pro tem",
    "Reeve",
    "Deputy Reeve",
    "Warden",
    "Deputy Warden",
    "Comhairleoir",
    "Ardmhéara",
    "Leas-Ardmhéara",
    "Méara",
    "Leas-Mhéara",
)

MALE_HONORIFICS: tuple[str, ...] = ("Mr", "Sir", "Lord")
FEMALE_HONORIFICS: tuple[str, ...] = ("Mrs", "Ms", "Miss", "Dame", "Lady")

#: Letters after a name: kept apart from the name.
POST_NOMINALS: tuple[str, ...] = (
    "KBE", "DBE", "CBE", "OBE", "MBE", "BEM", "KC", "QC", "JP", "DL", "MP", "MEP", "MSP", "MS", "AM",
    "PhD", "FRICS", "FCA", "CPFA", "MRTPI", "FRSA", "RIBA", "MRICS", "BSc", "MA", "MBA", "LLB", "CPA", "AICP",
    "Esq",
)  # fmt: skip

# --------------------------------------------------------------------- roles

#: Words that head a position: a phrase holding one of them after a name is a role.
ROLE_WORDS: tuple[str, ...] = (
    "Member", "Members", "Leader", "Head", "Director", "Manager", "Officer", "Chair", "Chairman",
    "Chairwoman", "Chairperson", "Vice-Chair", "Vice-Chairman", "Cathaoirleach", "Leas-Chathaoirleach",
    "Chief", "Executive", "Clerk", "Mayor", "Counsel", "Administrator", "Engineer", "Secretary",
    "Treasurer", "Minister", "Commissioner", "Superintendent", "Assistant", "Lead", "Representative",
    "Accountant", "Analyst", "Teacher", "MP", "President", "Solicitor", "Planner", "Coordinator",
    "Co-ordinator", "Advisor", "Adviser", "Inspector", "Surveyor", "Architect", "Auditor", "Controller",
    "Principal", "Monitoring", "Consultant", "Specialist", "Strategist", "Team", "Portfolio",
    "Spokesperson", "Deputy", "Interim", "Acting", "Lawyer", "Ranger", "Warden", "Steward",
    "Governor", "Trustee", "Administrator-Clerk-Treasurer", "Registrar", "Caretaker", "Chomhairleoir",
    "Headteacher", "Economist", "Archivist", "Librarian", "Coroner", "Attorney", "Supervisor", "Convener",
    "Convenor", "Reeve", "Provost", "Chancellor", "Curator",
    # a US city's or county's keeper of records ("Jamie Brooks, City Recorder", "Deputy Recorder")
    "Recorder",
    # a body's staff named as such in brackets after a name ("Teresa Olds (HSWD Staff)")
    "Staff",
    # the trades and ranks of a body's staff, heading a job title after a name ("Bus Operator",
    # "General Repair Mechanic", "Purchasing Agent", "Social Worker", "Fire Marshal"; ranks printed as
    # titles before a name, "Captain", "Sergeant", stay out)
    "Operator", "Mechanic", "Agent", "Worker", "Technician", "Electrician", "Dispatcher", "Firefighter",
    "Paramedic", "Marshal", "Chaplain", "Investigator", "Custodian", "Instructor", "Reporter",
    # a technician's post shortened, as US staff lists print it ("Senior IS Tech Phill Brown")
    "Tech",
    # an executive's post printed by its initials ("Monique Davis (CEO)")
    "CEO", "CFO", "COO",
)  # fmt: skip

#: The grades of a council's staff printed by their initials after a name, as Irish councils print them
#: ("Mr. D. Doyle, S.E., Operations & Safety", "Ms. C. Leahy, A.S.O, Operations & Safety", "A/S.E.E." for an
#: acting one): Senior Engineer, Senior Executive Engineer, Executive Engineer, Assistant Engineer, Senior
#: Executive Officer, Administrative Officer, Staff Officer, Senior Staff Officer, Assistant Staff Officer,
#: Senior Executive Planner, Senior Executive Architect.  Read with their stops; undotted only the ones no
#: word spells ("SEO", "ASO", "SSO"); near miss: "SEE ATTACHED" (a word in capitals), "P.J. Ash" (a name's
#: initials, no grade).
GRADE_INITIALS: tuple[str, ...] = ("SE", "SEE", "EE", "AE", "SEO", "AO", "SO", "SSO", "ASO", "SEP", "SEA")
GRADE_INITIALS_UNDOTTED: tuple[str, ...] = ("SEO", "ASO", "SSO")

#: Words that open a post and seldom end one ("Chief Financial Officer", "Assistant Arts Officer", "Principal
#: Planner", "Staff Officer"): a role broken at a line's end after one of them goes on to a head word at the
#: start of the next line (see roles._role_head_run).  Near miss: "Executive", "Manager", which end posts.
ROLE_PRE_HEAD_WORDS: tuple[str, ...] = (
    "Chief", "Assistant", "Senior", "Principal", "Staff", "Deputy", "Acting", "Interim", "Station",
)  # fmt: skip

#: Role words that alone (with "Deputy", "Acting"...) are not yet a position.
WEAK_ROLE_WORDS: tuple[str, ...] = ("Deputy", "Interim", "Acting", "Team", "Monitoring", "Members")

#: One-word positions that stand alone in a role mention ("the Chairman said").
#: A councillor's seat printed after the name as its role, in a list entry with no comma ("P. Stoddart Ward
#: Councillor"): a position that stands alone, as `STANDALONE_ROLES`.
SEAT_OFFICES: tuple[str, ...] = (
    "Ward Councillor", "County Councillor", "District Councillor", "Borough Councillor", "City Councillor",
    "Parish Councillor", "Town Councillor", "Unitary Councillor", "Ward Member",
)  # fmt: skip

STANDALONE_ROLES: tuple[str, ...] = (
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Mayor", "Leader", "Clerk", "Cathaoirleach", "Treasurer",
    "Secretary", "Minister", "Director", "Solicitor", "Clerk-Treasurer", "Commissioner", "Convener", "Convenor",
    "Provost", "Reeve", "Warden",
)  # fmt: skip

#: Positions of elected members.
COUNCILLOR_ROLES: tuple[str, ...] = (
    "Cabinet Member", "Portfolio Holder", "Executive Member", "Leader", "Deputy Leader", "Mayor",
    "Deputy Mayor", "Lord Mayor", "Cathaoirleach", "Leas-Chathaoirleach", "Commissioner", "Chair",
    "Chairman", "Chairwoman", "Chairperson", "Vice-Chair", "Vice-Chairman", "Vice Chairman",
    "Committee Chair", "Lead Member", "Spokesperson", "Alderman", "Councillor", "Príomh Chomhairleoir",
    "Convener", "Convenor", "Vice Convener", "Vice-Convener", "Provost", "Bailie", "Reeve", "Deputy Reeve",
    "Mayor Pro Tem", "Mayor Pro Tempore", "Ward Member", "Council Member", "Councilmember", "Board Member",
)  # fmt: skip

#: A member's office in the body itself: printed alone against a name in a list of the members
#: present ("Present: Ann Lee - Treasurer"), it leaves the member a member, not an officer.
OFFICE_BEARER_ROLES: tuple[str, ...] = (
    "Secretary", "Treasurer", "Vice Chair", "Vice-Chair", "Chair", "President", "Vice President", "Vice-President",
    "Secretary / Treasurer", "Secretary/Treasurer", "Secretary-Treasurer", "Chairman", "Vice Chairman",
    "Vice-Chairman", "Chairperson", "Vice Chairperson",
)  # fmt: skip

#: Positions outside the council (ministers, MPs, head teachers...).
OTHER_ROLES: tuple[str, ...] = (
    "Minister", "MP", "Secretary of State", "Foreign Secretary", "Home Secretary", "Culture Secretary",
    "Chancellor", "Prime Minister", "Head Teacher", "Headteacher", "Head of School", "pupil",
    "Representative", "Ambassador", "President", "Resident", "Bishop", "Community Council",
    "Member of the Public", "Members of the Public", "Parishioner", "student", "Applicant", "Applicants",
    "Owner", "Owners", "Appellant", "Presenter", "Facilitator", "Moderator", "Consultant", "Consultants",
)  # fmt: skip

#: Labels that give the position of the one person named after them on their line ("Applicant: Jo Ash,
#: 4 Elm Road", "Staff: Kim Lee", "Minute taker: Ann Roe"), beside any label that is itself a position
#: ("Chair: Jo Ash", "Clerk to the Council: Kim Lee").  As printed; matched without case.
LABEL_ROLES: tuple[str, ...] = (
    "Applicant", "Applicants", "Owner", "Owners", "Property Owner", "Property Owners", "Appellant", "Agent",
    "Staff", "Staff Contact", "Minute Taker", "Minute Secretary", "Minute Clerk", "Presenter", "Presenters",
    "Facilitator", "Moderator",
)  # fmt: skip

#: Labels never a position, whatever words they hold ("Moved: Cllr Ash", "Contact Officer: Kim Lee").
NOT_LABEL_ROLES: tuple[str, ...] = (
    "Moved", "Moved by", "Seconded", "Seconded by", "Proposed", "Proposed by", "Proposer", "Seconder", "Mover",
    "Motion", "Second", "Contact", "Contact Officer", "Report Author", "Author", "Lead Officer", "From", "To",
    "Attendees", "Officers", "Members", "Committee Members", "Sponsors", "Sponsor", "Relevant Director",
)  # fmt: skip

#: Letters after a name that are a seat held ("Ann Roe MP"): the position, when nothing else gives one.
OFFICE_POST_NOMINALS: tuple[str, ...] = ("MP", "MSP", "MEP")

#: Positions of council staff.
OFFICER_ROLES: tuple[str, ...] = (
    "Director", "Head of", "Manager", "Officer", "Clerk", "Counsel", "Chief Executive", "Administrator",
    "Engineer", "Accountant", "Analyst", "Superintendent", "Treasurer", "Secretary", "Fire Chief",
    "Lead", "Solicitor", "Planner", "Coordinator", "Co-ordinator", "Advisor", "Adviser", "Inspector",
    "Surveyor", "Architect", "Auditor", "Controller", "Consultant", "Specialist", "Assistant",
    "Registrar", "Caretaker", "Ranger", "Warden", "Attorney", "Supervisor", "Team Leader", "Chief of Police", "Staff",
    "Police Chief", "Operator", "Mechanic", "Agent", "Worker", "Technician", "Electrician", "Dispatcher",
    "Firefighter", "Paramedic", "Marshal", "Chaplain", "Investigator",
    "Custodian", "CEO", "CFO", "COO", "Recorder", "Tech",
)  # fmt: skip

#: Titles that open a new person in an attendance entry printed with no separator before them ("P Moran
#: Clerk J Connelly" is two people); honorifics do the same ("... P Moran Mr L Page").
RUN_ON_TITLES: tuple[str, ...] = (
    "Clerk", "Parish Clerk", "Town Clerk", "Deputy Clerk", "Assistant Clerk", "Treasurer", "Secretary",
    "Responsible Financial Officer", "RFO", "Minute Taker", "Minute Secretary",
)  # fmt: skip

#: Capitalised words that end a position after its title ("Mayor Elect", "Clerk Designate"), not a surname.
ROLE_SUFFIX_WORDS: tuple[str, ...] = ("Elect", "Designate", "Emeritus", "Emerita", "General", "Adjunct")

#: Lower-case words a role may hold between its capitalised words.
ROLE_CONNECTORS: tuple[str, ...] = ("of", "for", "and", "the", "&", "to", "in", "on", "at", "with")

#: Words that end a role phrase: what follows is contact detail ("Chairman, Townhead Farm Tel 61430").
ROLE_STOP_WORDS: tuple[str, ...] = (
    "Tel", "Telephone", "Phone", "Mobile", "Mob", "Fax", "Email", "E-mail", "Ext",
)  # fmt: skip

#: Political parties as printed after a member's name ("Cllr Jane Smith (Labour)").
PARTIES: tuple[str, ...] = (
    "Conservative", "Conservatives", "Con", "Labour", "Lab", "Labour and Co-operative", "Liberal Democrat",
    "Liberal Democrats", "Lib Dem", "LD", "Green", "Green Party", "Greens", "Independent", "Ind", "Reform UK",
    "Reform", "SNP", "Plaid Cymru", "UKIP", "Fianna Fáil", "Fine Gael", "Sinn Féin", "Social Democrats",
    "Labour Party", "Aontú", "People Before Profit", "Democrat", "Republican", "DUP", "UUP", "SDLP", "Alliance",
    "Residents' Association", "Independent Group",
)  # fmt: skip

#: Words that make a phrase after a name an organisation ("Mr Dermot Donovan, Roadplan Consulting").
ORGANISATION_WORDS: tuple[str, ...] = (
    "Consulting", "Consultants", "Council", "Ltd", "Limited", "Association", "School", "Group", "Partnership",
    "Trust", "Society", "Club", "Company", "Board", "Authority", "Department", "University", "College",
    "Chamber", "Agency", "NHS", "Foundation", "Federation", "Forum", "Network", "Commission", "Office",
    "Service", "Services", "Police", "Constabulary", "Church", "Academy", "Inc", "LLP", "plc", "Consulting",
)  # fmt: skip

#: Words opening a bracket after a name that make it a note on the entry, not an affiliation printed in
#: place of a position ("Ann Ash (Item 5 only)", "Jo Roe (Left 8.15pm)", "Kim Lee (Remote)").
BRACKET_NOTE_WORDS: tuple[str, ...] = (
    "Item", "Items", "Part", "Minutes", "Minute", "Left", "Arrived", "Arriving", "Leaving", "From", "Until",
    "To", "Till", "After", "Before", "Joined", "Joining", "Departed", "Remote", "Remotely", "Electronic",
    "Electronically", "Excused", "Virtual", "Virtually", "Online", "Via", "By",
    "For", "Zoom", "Teams", "Phone", "Telephone", "Apologies", "Absent", "Present", "Late", "Substitute",
    "Substituting", "Deputising", "Sub", "Observer", "Observing", "Retired", "Ret", "Retd", "Deceased",
    "Vacancy", "Vacant", "Non", "Not", "No", "Also", "In", "On", "At", "And", "See", "Page", "Agenda", "Tel",
    "Email", "Mobile", "Ward", "Division", "District", "Acting", "Interim", "Elect", "Designate",
)  # fmt: skip

# ------------------------------------------------------------- list openers

#: Openers of one word that open a list only as a label, with their colon or dash ("BOARD:", "Council -",
#: "Others:"); alone on a line they are a heading ("Council" over "Cllr Smith said ...").
LABEL_ONLY_OPENERS: tuple[str, ...] = ("Board", "Council", "Others", "Guests")

#: A line or sentence opening an attendance list, with what being listed there
#: means: (attendance, kind).  kind None: decided from the honorific and role; attendance None: a
#: list of the body's members or of a bill's sponsors, which says nothing of who attended.
LIST_OPENERS: dict[str, tuple[str | None, str | None]] = {
    "Present in the Chair": ("present", "councillor"),
    "Roll Call": ("present", "councillor"),
    "Council Members Present": ("present", "councillor"),
    "In the Chair": ("present", "councillor"),
    "Members Present": ("present", "councillor"),
    "Councillors Present": ("present", "councillor"),
    "Commissioners Present": ("present", "councillor"),
    # the members "in attendance" (near miss: "In Attendance" alone heads the officers)
    "Commissioners in Attendance": ("present", "councillor"),
    "Members in Attendance": ("present", "councillor"),
    "Council Members in Attendance": ("present", "councillor"),
    "Councillors in Attendance": ("present", "councillor"),
    "Trustees in Attendance": ("present", "councillor"),
    # officers who sit with a board by virtue of their office ("EX OFFICIO: Rebecca Ward, Planning Director;
    # ..."): kind from their roles
    "Ex Officio": ("in_attendance", None),
    "Trustees Present": ("present", "councillor"),
    # US minutes' sentence form, the list on the lines after it ("Present were:" / "Commissioner Bitter ...")
    "Members present were": ("present", "councillor"),
    # ... or inside a paragraph after the meeting's place ("... in the Council Chambers. Council members present
    # were Mayor Clarence Barnett, Henry Beauchamp, Pat Berndt and Jack Sparling.")
    "Council members present were": ("present", "councillor"),
    "Commissioners present were": ("present", "councillor"),
    "Board members present were": ("present", "councillor"),
    "Present were": ("present", "councillor"),
    "Present": ("present", "councillor"),
    "Sederunt": ("present", "councillor"),
    "Attendees": ("present", None),
    "Members Absent": ("absent", "councillor"),
    # members excused from attending, as US minutes head them ("COUNCIL MEMBERS EXCUSED:" / "CATHERINE HARRIS")
    "Council Members Excused": ("absent", "councillor"),
    "Members Excused": ("absent", "councillor"),
    "Commissioners Excused": ("absent", "councillor"),
    "Excused": ("absent", "councillor"),
    "Commissioners Absent": ("absent", "councillor"),
    "Absent": ("absent", "councillor"),
    "Apologies for Absence were received from": ("apologies", "councillor"),
    "Apologies for absence were received from": ("apologies", "councillor"),
    "Apologies were received from": ("apologies", "councillor"),
    "Apologies for absence were submitted by": ("apologies", "councillor"),
    "reported apologies from": ("apologies", "councillor"),
    "Apologies for Absence": ("apologies", "councillor"),
    "Apologies": ("apologies", "councillor"),
    "Regrets": ("apologies", "councillor"),
    # the members' sentence over their list, as US minutes print it in capitals ("THE FOLLOWING MEMBERS WERE
    # PRESENT:" / "Karen Lang, Mayor" / "Don Christensen, Councilmember At-Large")
    "The following Members were present": ("present", "councillor"),
    "The following Officers were in attendance": ("in_attendance", "officer"),
    "The following Officers were present": ("in_attendance", "officer"),
    "The following Officers attended": ("in_attendance", "officer"),
    "Officials in Attendance": ("in_attendance", "officer"),
    "Officials Present": ("in_attendance", "officer"),
    "Officials": ("in_attendance", "officer"),
    "Officers in Attendance": ("in_attendance", "officer"),
    "In Attendance Virtually": ("remote", "officer"),
    "In Attendance Remotely": ("remote", "officer"),
    "Attending Virtually": ("remote", None),
    "Attending Online": ("remote", None),
    "Present Online": ("remote", None),
    "Online": ("remote", None),
    "Attending Remotely": ("remote", None),
    # the platform a member joined by, as a heading over their names ("Via Teams:" / "Cllr Aughey, P. Conlon")
    "Via Microsoft Teams": ("remote", None),
    "Via MS Teams": ("remote", None),
    "Via Teams": ("remote", None),
    "Via Zoom": ("remote", None),
    "Via Video Link": ("remote", None),
    # how each speaker of a public comment attended, a label over their names ("In person: Rasheq Zarif, Alyssa
    # Arno, ..." / "Zoom: Meredith Dodson, ..."); the kind is what the names say, else "other"
    "In person": ("present", None),
    "In Person": ("present", None),
    "Virtual": ("remote", None),
    "Zoom": ("remote", None),
    "In Attendance": ("in_attendance", "officer"),
    "Officers Present": ("in_attendance", "officer"),
    "Officers": ("in_attendance", "officer"),
    "Staff Present": ("in_attendance", "officer"),
    "Staff": ("in_attendance", "officer"),
    # a board's members under its name as the label, beside "STAFF:" ("BOARD:   Chairperson Chris McConnehey, Vice
    # Chairperson Pamela Bloom, Board Member Kelvin Green"); a list opener only with its colon or dash
    "Board": ("present", "councillor"),
    # (the council's members the same way: "COUNCIL: Chair Chris McConnehey, Vice Chair Pamela Bloom, Zach Jacob")
    "Council": ("present", "councillor"),
    # a US city's labels in capitals down the left of its attendance block ("CONDUCTING Mayor David A. Young",
    # "ELECTED OFFICIALS David Young, Jeff Lambson, ...", "APPOINTED STAFF Brenn Bybee, Acting City Manager; ...")
    "Elected Officials": ("present", "councillor"),
    "Conducting": ("present", "councillor"),
    "Appointed Staff": ("in_attendance", "officer"),
    "Also present were": ("also_present", None),
    "Also Present": ("also_present", None),
    "Also in Attendance": ("also_present", None),
    "Others Present": ("also_present", "other"),
    # the others at the meeting, as a US roster's label prints them ("Others:  County Council Member Suzanne
    # Harrison, Dan Ramsey"); a list opener only at a line's start with its colon or dash
    "Others": ("also_present", "other"),
    "Guests": ("also_present", "other"),
    "Members of the Public Present": ("also_present", "other"),
    "Visitors": ("also_present", "other"),
    "Other Invitees": ("also_present", "other"),
    "Invitees": ("also_present", "other"),
    # a committee's or a bill's members, listed in a heading ("Members: Ann Lee, Tom Roe and Joe Ash")
    "Members": (None, "councillor"),
    "Committee Members": (None, "councillor"),
    "Sponsors": (None, "councillor"),
}

#: List openers that give the role of whoever they list, unless the entry prints a fuller one
#: ("In the Chair: Alderman S Reid" is the Chair; "Present in the Chair: Councillor F Foley, Mayor" the Mayor).
OPENER_ROLES: dict[str, str] = {
    "In the Chair": "Chair",
    "Present in the Chair": "Chair",
}

#: Labels of officer and author blocks in reports ("Contact Officer: Jane Smith").
#: The value is the role the label gives when the block prints none.
CONTACT_LABELS: dict[str, str | None] = {
    "Contact Officer": "Contact Officer",
    "Contact Officers": None,
    "Officers to contact": None,
    "Officer to contact": None,
    "Officer Contact": None,
    "Contact details": None,
    "Contact": None,
    "Report Author": None,
    "Report Authors": None,
    "Author": None,
    "Authors": None,
    "Lead Officer": None,
    "Responsible Officer": None,
    "Relevant Director": None,
    "Director": None,
    "From": None,
    "Ask for": None,
    "Enquiries to": None,
    # a Canadian staff report's closing block ("Report prepared by: Hyacinth Bouchard", "For Information contact:
    # Mike Puusa, (647) 212-2941")
    "Report prepared by": None,
    "Prepared by": None,
    "For Information contact": None,
    "For further information contact": None,
    "For more information contact": None,
    "Cabinet Member": None,
    "Lead Member": None,
    "Scrutiny Lead Member": None,
    "Executive Member": None,
    "Portfolio Holder": None,
}

# ----------------------------------------------------------------- patterns

PIECES: dict[str, str] = {
    # a word of a body's name: capitalised or an acronym, maybe ending in an abbreviation's stop ("Assn.")
    "people_org_word": r"""(?-i)\p{Lu}[\p{L}\p{N}&'’\-]*\.?""",
    # an attendance mark ending its line after a title ("X" of "Supervisor X", "Ab" of "Trustee Ab" for one
    # absent), not a name's initial or a name
    "attendance_mark_end": r"""(?:[x\u2713\u2714]|(?-i:Ab|AB|Abs|ABS))[ \t]*(?:\r?\n|$)""",
    "people_phone_number": r"""(?:\(?\+?\d[\d ()]{7,16}\d)""",
    "people_email_address": r"""(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)""",
}

#: A cell heading a column of a list ("Council Members", "City Staff", "Board Members", "Staff Present"); near
#: miss: "Silvia Catten" (a name, no heading word).  (The words are matched whatever their case.)
_COLUMN_HEADING = r"""(?:\p{Lu}[\p{L}\-]*[ ]){0,2}
        (?:members|staff|officials|officers|attendees|commissioners|councillors|councilmembers|trustees|directors
          |present|absent|excused)
        (?:[ ]+(?:present|absent|excused))?[ ]*:?"""


PATTERNS: dict[str, str] = {
    # A generational suffix just after a name: ", Jr.", " Jr", ", III" (not run on into a word: "Jrs").
    "people_name_suffix_after": r"""(?-i: ,? [ ]? (?: Jr | Jnr | Sr | Snr | JR | SR | III | II | IV ) \.? )
        (?! [\p{L}\d] )""",
    # A roll call's opener on its own line: "ROLL CALL:", "Roll call vote:", "Yeas: 8 Nays: 0 Absent: 1".
    "people_roll_call_line": r"""(?: roll \s+ call (?: \s+ vote )? \s* :? \s* $ | (?:yeas|ayes) \s* : \s* \d )""",
    # One member and their vote in a roll call's row: "Hall-Harper Yea", "Decter Wright Present" (the name's
    # words capitalised, the vote one of a roll call's words)
    "people_vote_pair": r"""(?-i:
        (?P<name> \p{Lu}[\p{L}'\u2019\-]+ (?: [ ] \p{Lu}[\p{L}'\u2019\-]+ ){0,2}? )
        [ \t]+ (?: Yea | Yeas | Nay | Nays | Aye | Ayes | No | Yes | Present | Absent | Abstain | Abstained
                  | Recused | Excused ) (?! [\p{L}\-] ) [ \t]* )""",
    # what an office printed after a name governs: "Mayor of the City of Elm", "Cathaoirleach of X District"
    "people_office_of_after": r"[ \t]+of[ \t]+(?:the[ \t]+)?(?-i:\p{Lu})",
    "people_phone": r"""(?<![\w/.-])(?:\+44\s?|0)\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?![\w/.-])""",
    # a telephone number opening what follows a contact's name, British or North American ("(647) 212-2941",
    # "416-397-5202"); near miss: "2024-25 budget" (no third group)
    "people_contact_phone": r"""(?:\+44\s?|0)\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?![\w/.-])
        | (?:\+?1[ .\-]?)?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}(?![\w/.-])""",
    "people_email": r"""{people_email_address}""",
    # "M. Prest (motion)", "C. Dallas (second)"
    "people_mover": r"""
        (?-i:(?P<name>(?:\p{Lu}\.\s?){1,2}\s?{person_word}))
        \s*\((?i:motion|moved|mover|second|seconded|seconder)\)
    """,
    # "R2025-191 S. Foote, L. Chalapenko:" (a numbered resolution and its movers)
    "people_resolution_movers": r"""
        (?-i:^[A-Z]{0,3}\d{2,4}[-/]\d+\s+
        (?P<names>(?:\p{Lu}\.\s?)+{person_word}(?:,\s*(?:\p{Lu}\.\s?)+{person_word})*)\s*:?\s*$)
    """,
    # ---- roles
    # where a role's head ends and what it is of begins: " of ", " for ", ","
    "people_role_qualifier": r"""(?-i)[ \t]+(?:of|for)[ \t]+|,""",
    # what makes a role specific: "Head of Finance", "Clerk, Planning"
    "people_role_specific": r"""\b(?:of|for)\b|,""",
    # a name, a run of blanks (a column's gap), a title or office and nothing after it: "John M. Rusinski
    # Councilman" (a roll call's columns)
    "people_name_spaced_title": r"""(?-i)[ \t]*(?:(?:Present|Absent)[ \t]*[\-\u2013:][ \t]*)?
        (?P<name>\p{Lu}[^\n]*?\p{L})[ \t]{3,}(?P<title>\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+){0,3})[ \t]*""",
    # a list's first entry opening with a style of address ("Her Worship the Mayor (Clr Lam), Councillors Au ...")
    "people_worship_start": r"""(?-i)(?:His|Her|HIS|HER)[ \t]+(?:Worship|WORSHIP)\b""",
    # blanks and "the" before a role: " the "
    # what goes before a role and is not part of it: an article, a style of address ("His Worship the Mayor",
    # "Her Honour the Judge": the role is "Mayor"); near miss: "Worshipful Master" (words of the post)
    "people_role_lead": r"""(?-i)[ \t]*(?:(?:His|Her|Your)[ \t]+(?:Worship|Honou?r)[ \t]+)?(?:(?i:the)[ \t]+)?""",
    # a word of a role: "Children’s", "Co-ordinator", "&", "–"
    "people_role_token": r"""(?-i)[\p{L}\p{N}&'’/\-–]+""",
    # a role that is the office or department a person works in, the council's staff ("Utah County Commission
    # Office", "Clerk/Auditor's Office", "Community Development Department"); near misses: "Fairways Media" (a
    # firm), "Office Manager" (a post, read as one), "Post Office", an outside body's office (OTHER_ROLES, read
    # first)
    "people_unit_role": r"""(?:(?<!\bpost)\s|['’]s\s|^)(?:office|department)(?:\s*[\-–,].{0,40})?$""",
    # a grade printed by its initials, an acting one's "A/" before it ("S.E.", "A/S.E.E.", "A.S.O", "SEO")
    "people_grade_initials": r"""(?-i)(?:A/)?(?:\p{Lu}\.(?:\p{Lu}\.?){1,3}|\p{Lu}{3})(?![\p{L}\p{N}])""",
    # spaces and tabs: "  "
    "people_blanks": r"""(?-i)[ \t]*""",
    # blanks then a capital: " North" of "Education – North Area"
    "people_blanks_capital": r"""(?-i)[ \t]+\p{Lu}""",
    # a name after "and": " Jane Smith (", " Mr J Smith,"
    # a name of two or three capitalised words (an initial between) and a comma or a spaced dash: "Kent Kern, " of
    # "President Kent Kern, Executive Secretary" (the next person and their role)
    "people_holder_comma": r"""
        (?-i)(?P<n>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})
        (?:[ \t]*,|[ \t]+[\-–—])[ \t]*
    """,
    "people_and_name": r"""(?-i)[ \t]+(?:\p{Lu}[\p{Ll}.]*[ \t]+)?(?:\p{Lu}\.?[ \t]+)*\p{Lu}\p{Ll}+[ \t]*(?:\(|,|$)""",
    # a comma, perhaps at a line end: ",\n  "
    # (a blank before the comma, as some text layers leave one: "Mr. Mitchell Park , Legal Counsel")
    # a preposition a role read before a name opened with, capitalised in a heading ("By Mayor Dawn Ramsey")
    "people_role_preposition_lead": r"""(?-i)(?:By|From|To|With|For|And)[ ]+(?=\p{Lu})""",
    # another person by title and surname, then "and", before the role of the name read ("Manager Lewis and
    # Attorney Loose"); see prose._role_first_mentions
    "people_title_surname_and": r"""(?-i)(?P<pair>\p{Lu}\p{Ll}+[ ]\p{Lu}[\p{L}'’\-]+)[ ]+and[ ]+(?=\p{Lu})""",
    # a body's word just before a given name, no mark between: the name is a verb of the body's ("The RDA Board Will
    # Hold a Public Hearing", "Council May Consider"); near miss: "Board Chair Will Smith" (a post before the name)
    "people_body_word_before": r"""(?-i)(?<![\p{L}])(?:Board|Council|Committee|Commission|Agency|Authority)[ ]+$""",
    # an acronym just before a plural title, naming what the title belongs to ("the PHA Commissioners Handbook")
    "people_acronym_before": r"""(?-i)(?<![\p{L}])\p{Lu}{2,6}[ ]+$""",
    "people_comma_break": r"""(?-i)[ ]?,[ \t]*\n?[ \t]*""",
    # a line break and the next line's indent: "\n  "
    "people_line_break": r"""(?-i)\n[ \t]*""",
    # the first word of a line: "Children", "&"
    "people_word_or_amp": r"""(?-i)[\p{L}&]+""",
    # connectors ending a role: " of the"
    "people_trailing_connectors": r"""(?-i)(?:[\s,]+(?:of|for|and|the|&|to|in|on|at|with))+$""",
    # a contact block's labels in a role: "Report Author", "Telephone" (simple case folding, as
    # before: with (?-f) a ligature "ﬃ" is not "ffi")
    "people_contact_block_words": r"""
        (?-f)\b(?:report\s+author|relevant\s+director|contact\s+officer|telephone|e-?mail)\b
    """,
    # the label that is also a role: "Contact Officer" (simple case folding)
    "people_contact_officer": r"""(?-f)contact\s+officer""",
    # a word of letters and hyphens: "Vice-Chair"
    "people_letters_hyphens": r"""(?-i)[\p{L}\-]+""",
    # an opening bracket after a name: " (", "\n("
    "people_bracket_after": r"""(?-i)[ \t]*\n?[ \t]*\(""",
    # what joins the names of a series: ", ", " and ", ", and " (perhaps over a line break)
    "people_series_gap": r"""(?-i)(?:[ \t]*,[ \t]*\n?[ \t]*(?:and[ \t]+)?|[ \t\n]+(?:and|&)[ \t\n]+)""",
    "people_series_and": r"""(?-i)(?<![\p{L}])(?:and|&)(?![\p{L}])""",
    # after a contact label's word, a capitalised word of a role: " Technologies" of "Mobile Technologies
    # Supervisor" (not " 087 ...", ": ", " jo@elm.ie")
    "people_role_word_after_label": r"""(?-i)[ \t]+\p{Lu}[\p{L}'’\-]*(?=[ \t,.\n]|$)""",
    # a position printed in lower case after a name and its comma, the body it serves named after "of" or
    # "for": "president of the San Juan Teachers Association", "vice president for Big Brothers"; it ends
    # the clause (a comma, a stop or the line's end follows)
    "people_lower_role_after": r"""(?-i)
        (?P<role> (?: (?:vice|assistant|deputy|former|outgoing|acting|interim) [ ]+ )?
            (?P<head> \p{Ll}[\p{Ll}\-]+ )
            [ ]+ (?:of|for) [ ]+ (?:the[ ]+)? \p{Lu}[\p{L}'’&\-]*
            (?: [ ]+ (?: \p{Lu}[\p{L}'’&\-]* | of | and | the | for | & ) ){0,8}? )
        (?= [ \t]* (?: [,.;] | \n | $ ) )
    """,
    # a position given with the body it serves in the possessive, after a name's comma: "the Port’s bond
    # attorney" of "Ann Sherman, the Port’s bond attorney, had sent ...", "the City’s auditor"; the role is the
    # lower-case words up to their head (checked by the reader); near miss: "the Port’s insurance company"
    "people_possessive_role_after": r"""(?-i)
        the [ ]+ (?: \p{Lu}[\p{L}\-]* [ ]+ ){0,4}? \p{Lu}[\p{L}\-]* ['’]s [ ]+
        (?P<role> (?: \p{Ll}[\p{Ll}\-]+ [ ]+ ){0,2}? (?P<head> \p{Ll}[\p{Ll}\-]+ ) )
        (?= [ \t]* (?: [,.;] | \n | $ ) | [ ]+ (?:for|of|on|at|to|in)\b )
    """,
    # a house number standing before a name on its line, an address's: "1 Dr. " of "1 Dr. Carlton B. Goodlett
    # Place", "25 " of "25 Van Ness Avenue"
    # an institution named for a person, the name after its "of" ("Church of Jesus Christ of Latter-Day Saints",
    # "University of ...", "Sisters of St Joseph"); near miss: "Director of Finance Jane Smith" (a word between)
    "people_institution_of_before": r"""(?-i)\b(?:Church|Cathedral|Chapel|Parish|University|College|School|Academy
        |Order|Sisters|Brothers|Knights|Friends|Society|Foundation)[ \t]+of[ \t]+(?:the[ \t]+)?$""",
    "people_house_number_before": r"""(?-i)(?:^|[\s,])\d{1,5}[A-Za-z]?[ \t]+(?:[\p{L}.]{1,4}[ \t]+)?$""",
    # a name in a roster printed in capitals: two or three words, a middle initial allowed ("MATT DORSEY",
    # "CARLTON B GOODLETT")
    "people_caps_roster_entry": r"""(?-i)\p{Lu}[\p{Lu}'’\-]+(?:[ ]\p{Lu}\.?)?(?:[ ]\p{Lu}[\p{Lu}'’\-]+){1,2}""",
    "people_caps_roster_separator": r"""[ \t]*(?:,|\band\b|&)[ \t]*""",
    # a body's name ending in a plural title: "Board of " of "Board of Supervisors", "Court of " of "Court of
    # Aldermen" (not "the support of " before "Councillors Ash and Birch")
    "people_body_of_before": r"""(?-i)\b(?:Board|Court|Bench|College|Panel|Council|Body)[ \t]+of[ \t]+$""",
    # an attendance mark ending its line after a title, not an initial: "X" of "Supervisor X" (near miss: "(Mr C"
    # / "Cameron)", an initial whose surname wrapped)
    "people_mark_then_line": r"""{attendance_mark_end}""",
    # a body's initials printed in place of a position after a name: "HB DHB", "HBRC", "NCC", "HDC alternate"
    # (two to six capitals a word, one to three words; the reader checks it is no party)
    "people_affiliation_initials": r"""(?-i:(?=[A-Z \t]{3})[A-Z]{2,6}(?:[ \t][A-Z]{2,6}){0,2}(?:[ \t]alternate)?)""",
    # a post's grade in Roman numerals after its title ("Administrative Assistant II"), never a name's first word
    "people_grade_numeral": r"""(?-i:II|III|IV|VI|VII|VIII)""",
    # how a member attends, printed after the role in an attendance list ("A. Sweeney, Senior Planner Remotely"):
    # not a word of the role (near miss: "Remote Working Officer", the word heading the role)
    "people_attendance_mode_end": r"""[ \t]+(?-i:Remotely|Virtually|Online|Absent|\(Remote(?:ly)?\))$""",
    # a comma straight after a plural title: the title is an entry of a list, no list of names opens
    "people_comma_after_title": r"""[ \t]*,""",
    "people_comma_before_title": r""",[ \t]*$""",
    # the word straight after a title ("Association" of "Supervisors Association")
    "people_word_after": r"""[ \t]+(\p{L}+)""",
    # the person an appointment names: "appointment of Obai Rambo to", "appointing Thomas James Rocca, term
    # ending", "Lucas Liang - term ending" (the name: two to four capitalised words, a middle initial allowed)
    "people_appointee": r"""(?-i)
        (?: \b (?:appointment|reappointment|nomination|appointing|reappointing) [ \t]+ (?:of [ \t]+)?
            (?P<name> \p{Lu}\p{Ll}[\p{L}'’\-]* (?:[ \t]+ (?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’\-]*)){1,3} )
            (?= [ \t]* (?: , | \bto\b | \bas\b | $ ) )
        | (?: \A | (?<=\n) ) [ \t]* (?: [\-\u2022*o] [ \t]+ )*
            (?P<name> \p{Lu}\p{Ll}[\p{L}'’\-]* (?:[ \t]+ (?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’\-]*)){1,3} )
            [ \t]+ [\-\u2013] [ \t]+ (?:term[ \t]+ending | indefinite[ \t]+term) \b )
    """,
    # a spaced dash after a name, a role after it: " - City Manager", " – Bus Operator"
    "people_dash_after": r"""(?-i)[ \t]+[–—-](?:[ \t]+|[ \t]*\n[ \t]*)""",
    # a bracket naming a mover, not a role: "(motion)", "(seconded)"
    "people_mover_note": r"""^(?:motion|second)""",
    # a label opening a line, then what stands before a name after it: "Applicant: ", "2. Chair:  Cllr "
    "people_line_label": r"""
        (?-i)^[ \t]*(?:[\d.()•*\-–]+[ \t]+)?(?P<label>\p{Lu}[\p{L}'’ /&\-]{1,40}?)[ \t]*:[ \t]*
        (?P<hon>[\p{L}. ]*?)[ \t]*$
    """,
    # what may follow the one name a label gives a position to: the line's end, an address after a comma,
    # a bracket or a dash ("Applicant: Jo Ash, 4 Elm Road"; not "Staff: Jo Ash and Kim Lee"), or the next
    # label on a letterhead's line ("CHAIRPERSON: Chris Wilton CLERK: Jenny Hollington")
    "people_after_labelled_name": r"""(?-i)[ \t]*(?:\r?\n|$|[,(/]|[-–][ \t]
        |(?::[ \t]*)?\p{Lu}[\p{L}'’ /&\-]{1,40}?[ \t]*:)""",
    # a slash and an honorific between two people sharing one post ("Mr J Kinnear/ Ms R MacCallam")
    # the blank after a double name's hyphen where the line broke it: "Kennedy- Dalby"
    "people_hyphen_blank": r"""(?-i)(?<=\p{L}[-‐])[ \t]+(?=\p{Lu})""",
    # a list's separator after an entry: a comma, a semicolon, "and" or the line's end
    # "&" or "and" carrying a role's words on after a list's split: "Director Roads &" / "Transportation"
    "people_and_after": r"""(?-i)[ \t]*(?:&|and\b)""",
    "people_list_separator_after": r"""(?-i)[ \t]*(?:[,;]|\band\b|&|\r?\n|$)""",
    "people_slash_join": r"""(?-i)[ \t]*/[ \t]*(?:\p{Lu}\p{Ll}{0,3}\.?[ \t]+)?""",
    # a sentence's end on the line before an opener: ". " of "... by the Chair. Board members present:"
    "people_sentence_before_opener": r"""(?-i)(?<=\p{Ll}{2}|\d)\.[ \t]+""",
    # after a full stop in a list, the next sentence opening with a label on its line: " Remotely on Zoom: ",
    # " Absent: "
    # where a sentence listing the members ends ("Council members present were Mayor Ash, Ben Birch and Cy Oak.
    # Council member Lee present after 10:00 a.m."): a stop before a capitalised word or the line's end, not an
    # initial's ("J. Smith") nor a short title's ("Mr. Oak")
    "people_sentence_list_end": r"""(?-i)(?<![\p{L}]\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Cllr|Cr|St|Jr|Sr))\."""
    r"""(?=[ \t]+\p{Lu}\p{Ll}|[ \t]*\n|[ \t]*$)""",
    "people_next_label_sentence": r"""(?-i)[ \t]+\p{Lu}[\p{L}'’\-]*(?:[ \t]+[\p{L}'’\-]+){0,4}[ \t]*:""",
    # an article or a conjunction ending the text before a title: "presented a " (of "a Property Portfolio
    # Proposal"), "Directors and " (of "Directors and Portfolio Holders")
    "people_article_end": r"""(?i)(?<!\p{L})(?:a|an|the|and|or|&)\s*$""",
    # a name that runs on into a longer one: " and Marketing", " of Works", ":" (of "Chair Person:")
    "people_name_runs_on": r"""(?-i)[ \t]*(?::|[ \t](?:and|of|&)[ \t]+\p{Lu})""",
    # a title and word that are no post and surname: posts joined by "and" ("Directors and Portfolio Holders"),
    # a service's name in "-ing" ("Service Manager Safeguarding")
    "people_not_a_titled_surname": r"""(?i)(?<!\p{L})(?:and|&)(?!\p{L})|ing$""",
    # a label's colon right after a word: ":" of "Witnessed:"
    "people_label_after_name": r"""(?-i)[ \t]*:""",
    # a standing printed before a position in brackets, kept with it: "(former Clerk)", "(outgoing Chair)"
    # a councillor's seat printed whole as a position and not as the title of a name after it
    # (and a US member's seat title after a name's comma, with the seat it names: "Don Christensen, Councilmember
    # At-Large", "Tom Huynh, Council Member District 1", "Gene Phillips, Council Member, Ward Four"; near misses:
    # "Councilmember Tom Huynh", the title before a name; "... in favor. Council Member" / "McGuire", a title
    # wrapped before its name; "Councilmember/Member", a pair of titles read whole)
    "people_seat_office_alone": r"""(?P<seat>{seat_office}
        |(?<=,[ \t]{0,3})(?:council[ \t]*member|councilman|councilwoman|councilperson)
         (?:,?[ \t]+(?:at[ \t]*[-–][ \t]*large|at[ \t]+large
                     |(?:district|ward|seat|position)[ \t]+
                      (?:\d{1,2}|(?-i:\p{Lu}\p{Ll}+)(?![ \t]+(?-i:\p{Lu}\p{Ll})))))?
         (?![ \t]*/))
        (?![\p{L}\d])(?![ \t]+(?-i:\p{Lu}\p{Ll}))""",
    "people_role_standing": r"""(?i)[ \t]*(?:former|outgoing|retiring|incoming|retired|newly[ \t]+elected)[ \t]+""",
    # a position after a name's initials tag, on its line: " [Chair]", " (Chairman)", " - Clerk", " CLERK"
    "people_role_after_tag": r"""(?-i)[ \t]*(?:[\[(](?P<inner>[^\[\]()\n]{2,80})[\])]|(?:[-–,][ \t]*)?(?=\p{Lu}))""",
    # what separates a role from the name after it: ", ", " "
    # (a spaced dash too: "First Vice Chair – Lynn Guissinger")
    # (or a colon: "please contact the ADA Coordinator: Frances N. Nwajei")
    "people_gap_before_name": r"""(?-i)(?:[,:][ \t]*\n?[ \t]*|[ \t]+[–—-][ \t]+|[ \t]+|[ \t]*\n[ \t]*)$""",
    # a role going on over a line break: "\n of Finance"
    "people_line_break_connector": r"""(?-i)\n[ \t]*(?:and|of|for|&)\b|(?<!\p{L})(?:and|of|for|&|the)[ \t]*\n""",
    # a bracket after a name: " (Labour)", " (ACME)"
    # a bracket after a name, wrapped over one line break at most: "Toni Goodlass (Napier\nCity Council)"
    # a word as a body's name spells it, three small letters running ("Cratus", "Mercer"); near miss: a tag of
    # initials ("HMcG")
    "people_word_of_a_name": r"""(?-i)\p{Ll}{3}""",
    "people_bracketed_affiliation": r"""(?-i)[ \t]*\(((?=[^()]{2,60}\))[^()\n]+(?:\n[^()\n]+)?)\)""",
    # a phrase after a name's comma: ", Acme Consulting,"
    "people_comma_affiliation": r"""(?-i),[ \t]*([^,.;:()\n]{3,80}?)[ \t]*(?=[,.;]|\n)""",
    # "with" and a body's name after a name, the affiliation printed in place of a position: "Steve Haring with
    # MSA,", "Diane Christensen with Eagle Pointe Homeowners Assn." (capitalised words to a mark or the line's
    # end; near misses: "Jo Ash with her husband", "Ann Lee with regard to", "Jo Ash with the Chair's consent")
    # where an entry's "with" tail begins ("Steve Haring with MSA"): checked whole by people_with_affiliation
    # an acting post's mark before its title: "A/" of "A/Directors of Services"
    "people_acting_prefix": r"""(?-i)a/|A/""",
    "people_with_entry_tail": r"""(?-i)[ \t]+with[ \t]+\p{Lu}[^\n]*$""",
    # after a body's name ending in a stop, a mark showing the stop is an abbreviation's ("Assn., and")
    "people_abbreviation_kept": r"""[ \t]*[,;)]""",
    "people_with_affiliation": r"""
        (?-i)[ \t]+with[ \t]+(?P<org>{people_org_word}(?:[ \t]+(?:{people_org_word}|of|and|&|for|the)){0,5})
        (?=[ \t]*(?:[,;)\n]|\.(?:\s|$)|$))""",
    # the head of a role broken at a line's end, opening the next line: a few capitalised words, then a comma,
    # a stop, a bracket, a lower-case word or the line's end ("Officer.", "Planner)", "Engineer, attended",
    # "Recovery Director and Marc ..."); the words are checked against the role heads in code
    "people_role_head_run": r"""
        (?-i)(?!The[ \t])(?P<words>\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3})
        (?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+\p{Ll})
    """,
    # a line of capitalised words and connectors, a role's second line: "Children’s Services and Skills"
    "people_role_line": r"""
        (?-i)\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:[\p{Lu}\d][\p{L}\p{N}'’\-]*|and|of|for|the|&|in|on|at|to|[\-–]))*
    """,
    # a blank or two, on the same line, between a name and a role printed with no mark before it (see
    # _role_after); a wider gap is a column's edge ("John Costa        Mather, California")
    "people_plain_gap_after": r"""(?-i)[ ]{1,2}(?=\p{Lu})""",
    # what ends such a role: a comma, a stop, a semicolon or the line's end, then the list's next entry
    "people_plain_role_close": r"""(?-i)[ \t]*(?:[,;]|\.(?:[ \t]|$)|\n|$)""",
    # where a role printed before a name may begin: line start, "; ", ". ", " and "
    # (a stop after a lone capital is an initial, not a sentence's end: in "Ms. E. Ruane Director of
    # Services, Mr. D Troy" no role begins at "Ruane")
    "people_boundary_before_role": r"""
        (?-i)(?:^|\n|(?<!\p{L})(?:the|The|and|of|with|by|to|from)[ \t]+|[;:(][ \t]*|(?:(?<!\b\p{Lu})\.|\))[ \t]+)$
    """,
    # a spaced dash, where a role right before a name (no comma between) may begin too:
    # "Disability Retirement - Fire Marshal Jane Doe" (not "Ann Roe – Clerk, Jo Ash")
    "people_dash_before_role": r"""(?-i)[ \t][–—-][ \t]+$""",
    # ---- attendance lists
    # capitalised words before an opener: "Area " of "Area Members Present:"
    "people_opener_qualifier": r"""(?-i)(?:\p{Lu}[\p{L}'’]*[ \t]+){1,3}""",
    # a list label or bullet before an opener: "1.", "(a)", "•"
    "people_list_label": r"""(?-i)[\d.()\s\-–•o*]*""",
    # a name then a comma or a bracket: "Jane Smith,", "Jane Smith ("
    # (or an initial for the given name, and a semicolon: "S. Knowles (SK); P. Wood (PDW); ...")
    "people_name_then_comma": r"""(?-i)(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.?)\s+(?:{people_prefix}\s+)?
        \p{Lu}[\p{Ll}'’\-]+\s*[,(;]""",
    # a cell heading a column of a list, as a scanned page's two columns print it ("Council Members", "City Staff",
    # "Board Members", "Staff Present"); near miss: "Silvia Catten" (a name, no heading word)
    "people_column_headings_row": _COLUMN_HEADING,
    # a note in brackets closing a list's line, its first word the note's kind: "(electronic)", "(Left 8.15pm)"
    "people_bracket_note_tail": r"""[ \t]*\((?P<word>\p{L}+)\b[^()\n]{0,40}\)[ \t]*$""",
    # two column headings on one line, run together ("Council Members City Staff", "Board Members Staff Present")
    "people_two_column_headings": rf"""[ \t]*(?:{_COLUMN_HEADING})[ \t]+(?:{_COLUMN_HEADING})[ \t]*""",
    # a row of a list in columns: a name of two to four capitalised words, then its comma ("Thom DeSirant, District
    # 2 Kurt Hansen, ..."); near miss: "WORK MEETING - 6:45 p.m." (no name and comma)
    "people_column_row_start": r"""(?-i)[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){1,3}[ \t]*,""",
    # a list's two columns as a scanned page's layout spreads them (see extract.people.spread): the gap before the
    # right column (eight blanks or more: a gap inside a spread cell may be as wide, the rows' shared offset tells
    # them apart), a gap inside a cell wider than a printed list's (three blanks), a word, and the blank before a
    # second cell run onto the first when the gutter was lost ("Mayor Francis Lilly, ...")
    "people_spread_gutter": r"""[ ]{8,}""",
    "people_spread_cell_gap": r"""\S[ ]{3,}\S""",
    "people_spread_word": r"""\S+""",
    "people_joined_cell_break": r"""(?<=\S)[ ](?=(?-i:\p{Lu}))""",
    # a note in brackets at an entry's end telling when the member came or went: "Vice Chair Pamela Bloom (joined
    # at 6:07 pm)", "(left at 8.15pm)"; near miss: "(Chair)", a role in brackets, stays with the entry
    # a word in mixed case after a label's blanks, on the label's line ("ELECTED OFFICIALS David Young"); near miss:
    # "STAFF REPORT" (capitals)
    "people_name_after_label": r"""(?-i)[ \t]*\p{Lu}\p{Ll}""",
    "people_entry_time_note": r"""[ \t]*\((?:joined|arrived|arriving|left|leaving|departed|entered)\b[^()\n]{0,40}\)
        [ \t]*\.?[ \t]*$""",
    # what the last entry of an apologies list says of them all: "J. Bromley (JB) were not in attendance."
    "people_entry_absence_tail": r"""(?-i)[ \t]+(?:(?:were|was)[ \t]+(?:not[ \t]+(?:in[ \t]+attendance|present)|absent)
        |(?:sent|gave|tendered|offered)[ \t]+(?:their[ \t]+)?apologies)[ \t]*\.?[ \t]*$""",
    # capitalised words before a plural honorific: "Harbour " of "Harbour Trustees"
    "people_capitalised_words": r"""(?-i)(?:\p{Lu}[\p{L}'’\-]*[ \t]+)+""",
    # the word before a full stop: "Esq" of "Esq."
    "people_word_before_stop": r"""(?-i)\p{L}+$""",
    # a plain given name: "Gail", "Marie-Ann" (not "ClIr")
    "people_plain_given": r"""(?-i)\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?""",
    # a blank line: "\n  \n"
    "people_blank_line": r"""(?-i)\n[ \t]*\n""",
    # the colon (or the stop of an abbreviation) after a plural honorific heading a list: "Councillors:", "Cllrs."
    "people_label_colon": r"""(?-i)[ \t]*:|\.""",
    # a bare name, a comma and its role: "W. Walters, Chief Executive", "Heather Lindqvist, CAO/Clerk"
    "people_name_comma_role": r"""(?-i)^(?P<n>[^,()]+?),[ \t]*\n?[ \t]*(?P<role>\S.*)$""",
    # an academic degree between a name and its role, with its comma: "Ed.D., " in "Ann Lee, Ed.D., vice president"
    # (near miss: "Ann Lee, E. Smith": initials and a name, no degree)
    "people_degree_then_comma": r"""(?-i)(?P<degree>(?:Ph|Ed|Psy|D|M|J)\.?[ \t]?(?:D|A|S|Sc)\.?|Esq\.?)[ \t]*,[ \t]*""",
    # a role, a spaced dash and a name: "Chief Executive Officer - Mr Peter Lucas (Minute Taker)"
    "people_role_dash_name": r"""
        (?-i)(?P<role>\p{Lu}[^\n()\-–—]*?)[ \t]+[\-–—][ \t]+(?P<n>\p{Lu}[^\n()]*?)
        [ \t]*(?:\([^()\n]*\))?[ \t]*[.;,]?[ \t]*$
    """,
    # a note in brackets ending an entry: " (Recording Secretary)."
    "people_trailing_note": r"""(?-i)[ \t]*\([^()\n]*\)[ \t]*[.;,]?[ \t]*$""",
    # a bullet opening a line: "• ", "- "
    # a bullet opening a list entry: "* ", "- ", "• " (not "o ", which may be a word in a name list)
    "people_entry_bullet": r"""(?-i)[^\S\n]*[•·*\-–—▪◦][^\S\n]+""",
    # a bare name, a spaced dash and a role: "Alan Brodie — Chair"
    "people_name_dash_role": r"""
        (?-i)(?P<n>\p{Lu}[^\n()\-–—,]*?)[^\S\n]+[\-–—][^\S\n]+
        (?P<role>\p{Lu}[^\n]*?)[^\S\n]*[.;,]?[^\S\n]*$
    """,
    # a name's initials as a tag: "KG", "JRS"
    "people_initials_tag": r"""(?-i)\p{Lu}{2,3}""",
    # the words of a name: "Kate", "Green"
    "people_name_words": r"""(?-i)\p{Lu}[\p{L}'’\-]*""",
    # a name (perhaps with a bracketed affiliation) then its initials: "Ann Lee (LCC) AL"
    "people_name_initials": r"""
        (?-i)(?P<n>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})
        (?P<b>[ \t]*\([^()\n]*\))?[ \t]+(?P<i>\p{Lu}{2,3})(?![\p{L}])
    """,
    "people_bullet": r"""(?-i)[ \t]*[o•·*\-–][ \t]+""",
    # text ending with a connector: "Head of"
    "people_connector_end": r"""(?-i)(?:^|\s)(?:and|of|for|&)$""",
    # a line carrying on a list: "and Jane Smith", "(Chair)", "smith"
    "people_list_goes_on": r"""(?-i)(?:and\b|&|\(|\p{Ll})""",
    # an opener ending within the line: "Present:", "Apologies -"
    "people_opener_tail": r"""(?-i)[^\n]{0,40}(?::|-|–|\n)""",
    # a numbered heading or a capitals line ending a list: "2. ", "(b) ", "MINUTES OF"
    # what follows a list's label on its line when the list is printed in two columns: the second column's label
    # beyond a gap ("Council Members:          City Staff:"), then blank lines up to the rows; near miss: a name
    # after the gap ("Present:     Ann Lee"), a label's words with no colon
    # the next line carrying on an entry: a dash or a bracket opening it ("Cr Tony Jeffery" / "– NCC – Deputy Co
    # Chair", "Ann Lee" / "(Chair)")
    "people_wrapped_tail_next": r"""[ \t]*\n[ \t]*[\-\u2013\u2014(]""",
    "people_column_heading_rest": r"""(?-i)[ \t]*\p{Lu}[\p{L}'’ \-]{1,30}:[ \t]*\n(?:[ \t]*\n)*""",
    # (an item's number alone on its line, "1.", its title on the lines after it, as a meeting platform prints it)
    # (near miss: a page's number alone, "2", with no stop)
    "people_heading_start": r"""(?-i)\d+(?:\.\d+)*\.?\s|\d+(?:\.\d+)*\.$|\(?[a-z]\)\s|[A-Z][A-Z ]{6,}$""",
    # what may precede an opener on its line: "Area ", "**"
    "people_opener_lead": r"""(?-i)(?:\p{Lu}[\p{L}'’]*[ \t]+){0,3}|[*\s]*""",
    # what separates bracketed entries: ", ", " and "
    "people_entry_separator": r"""(?-i)\s*(?:,|;|\band\b|&)?\s*""",
    # "and" between entries: " and ", " & "
    "people_and_separator": r"""(?-i)[ \t\n]+(?:and|&)[ \t\n]+""",
    # a bracketed role closing an entry with no separator after it: ") R Healey" of "D Richardson (Chair)
    # R Healey, M Dixon"; near misses: ") and", ") from 7pm" (lower case), ") -", ") (Chair)"
    "people_close_then_name": r"""(?-i)[ \t]+(?=\p{Lu}(?:\p{Ll}+|\.?)[ \t.]*\p{Lu})(?!And\b)""",
    # a roster's attendance printed after the post, read into the role: "Vice Chair  - Present", "Member - Absent",
    # or all that was read ("Councillor Ash - Present"), or the dash left of it ("Member -"); near miss: "Director -
    # Present Operations", words after it
    "people_role_attendance_tail": r"""(?:^|[ \t]*[\-\u2013\u2014])[ \t]*(?:present|absent|excused|remote)[ \t]*$
        | [ \t]*[\-\u2013\u2014][ \t]*$""",
    # a name alone, to the point where a run-on entry's next person starts: "P Moran", "Peter J Moran"
    # the employer after a position ("Sewer Network Manager at Southern Water", "Lead Cabinet Member for
    # Highways at HCC"); near misses: "Officer at large", "Member at Large" (lower case or a fixed phrase)
    "people_role_employer": r"""(?-i)[ \t]+at[ \t]+
        (?P<org>(?:the[ \t]+)?(?!Large\b)\p{Lu}[\p{L}&'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’.\-]*|of|and|&))*)[ \t]*$""",
    # the words of an entry that may be a row of names: a capitalised name word ("Biddlecombe", "MacRae",
    # "Cllrs.") or anything else, which ends the row's names ("(HSWD Attorney)")
    "people_row_word": r"""(?-i)(?P<word>\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)?\.?(?=[\s]|$))|\S+""",
    "people_run_on_name": r"""(?-i)[ \t\n]*(?:\p{Lu}[\p{Ll}'’-]*\.?[ \t\n]+){1,3}\p{Lu}[\p{Ll}'’-]+[ \t\n]*""",
    # a surname and one initial after it, in a list of members by surname: "Collins J", "O’Sullivan M."
    "people_surname_initial": r"""(?-i){person_word}(?:-{person_word})?[ \t]+\p{Lu}\.?""",
    # white space: "\n  "
    "people_space": r"""(?-i)\s*""",
    # an empty list: "None", "Nil."
    "people_list_none": r"""(?-i)\s*(?i:none|nil)\b""",
    # a list running into its sentence: "Patel" of "Jones and Patel moved"
    "people_name_before_verb": r"""
        (?-i)[ \t]*((?:\p{Lu}\.[ \t]?)*\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)(?=[ \t]+\p{Ll})
    """,
    # the list's last name before the sentence's verb of attendance: "Joe Roe" of "..., and Joe Roe were
    # present."; near miss: "Joe Roe presented the report" (no attendance)
    "people_name_before_attendance": r"""
        (?-i)[ \t]*((?:\p{Lu}\.[ \t]?)*\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){0,2})
        (?=[ \t]+(?:(?:were|was)[ \t]+(?:(?:also|all)[ \t]+)?(?:present|in[ \t]+attendance|absent)|attended)\b)
    """,
    # a role then a bracketed name: "Chief Executive (Mr. P. Smith)"
    "people_role_then_bracket": r"""(?-i)(?P<role>[^()]+?)\s*\((?P<inner>[^()]+)\)$""",
    # a bracket after a name: " ("
    "people_space_bracket": r"""(?-i)\s*\(""",
    # the rest of a list entry after its titled name: a dash and what the member sits for, perhaps wrapped at the
    # dash ("Cr Ann Redstone –" / "HDC", "Cr Tony Jeffery" / "– NCC – Deputy Co Chair"); near misses: a dash and a
    # sentence ("Cr Ash – apologies were received", lower case), a dash typed against the name ("Cllr Ann Ash-
    # Chairman", left as it was read)
    "people_dash_affiliation_rest": r"""(?-i)
        (?:[ \t]+|[ \t]*\n[ \t]*)[–—-][ \t]*\n?[ \t]*(?P<role>\p{Lu}[^\n]{0,60}?)[ \t.]*""",
    # an affiliation's acronym and the office the member holds there: "NCC – Deputy Co Chair", "HBRC - Chair"
    "people_acronym_then_office": r"""(?-i)
        \p{Lu}{2,6}[ \t]+[–—-][ \t]+(?P<office>(?:Deputy[ \t]+)?(?:Co[ \t-]?)?Chair(?:man|person)?)""",
    # a name and perhaps a bracket: "Jones (J)", "Sam Patel (Chair)"
    # the first bracket of an entry when it holds only capitals, a member's initials ("N Shaw (NS) (Chair)")
    "people_initials_tag_inner": r"""(?-i)\p{Lu}{2,4}""",
    # a bracket closing an entry, then a stop and a new sentence ("(Clerk). No members of the public")
    "people_entry_sentence_after": r"""(?-i)\)\.[ \t]+(?=\p{Lu}\p{Ll})""",
    # (and the US form of the seat: "County Council Member Suzanne Harrison", "Councilmember"; near miss: "Council
    # Clerk", an officer)
    "people_councillor_seat": r"""\b(?:councillor|councilor|ward\s+member|council\s*member|councilman
        |councilwoman)\b""",
    "people_initials_tag_after": r"""(?-i)(?<=\p{L}\.?)[ \t]*\((?P<tag>\p{Lu}{2,4})\)""",
    "people_name_then_bracket": r"""(?-i)(?P<n>[^()]+?)(?P<paren>\s*\((?P<inner>[^()]*)\))?$""",
    # ---- contact blocks
    # a line opening with a connector: "and Culture"
    "people_connector_start": r"""(?-i)\s*(?:and|of|for|&)\b""",
    # a line break inside an e-mail address: "jane.smith@example\n.org"
    "people_email_line_break": r"""(?-i)(?<=@[\w.-]*)\n(?=\.)""",
    # a label naming more than one person: "Contact Officers", "Contact details"
    "people_plural_contact_label": r"""s$|details|from|to\s+contact""",
    # ---- movers
    # a line: "R2024-12 A. Jones, B. Patel:"
    "people_line": r"""(?-i)(?m)^.*$""",
    # initials and a surname: "A. Jones"
    "people_initials_name": r"""(?-i)(?:\p{Lu}\.\s?)+[\p{L}'’\-]+""",
    # ---- role mentions
    # a possessive: "the Mayor's Budget"
    "people_possessive": r"""(?-i)['’]s\b""",
    # a role with its colleagues: "Leader and Members"
    "people_and_members": r"""(?-i)\s+and\s+(?:Members|Officers|Councillors|Staff)$""",
    # the last " and Members" of a role
    "people_and_word_end": r"""(?-i)\s+and\s+\S+$""",
    # a chair: "Chairman"
    "people_chair": r"""(?:chair|chairman)""",
    # a chair that is furniture: " was broken", " were replaced"
    "people_furniture": r"""(?-i)\s*(?:was|were)?\s*(?:broken|moved|placed|repaired|replaced|purchased|bought)""",
    # an apostrophe: "’"
    "people_apostrophe": r"""(?-i)[’']""",
}
