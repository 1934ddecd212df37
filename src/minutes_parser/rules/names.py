"""Person-name rules: the words and pieces that make or unmake a person's name.

Pure data, apart from honorifics and roles (`minutes_parser.rules.people`, which
re-exports the word lists here, so the people extractor reads them as
``R.GIVEN_NAMES`` as before) and from the short forms of given names
(`minutes_parser.rules.given_names`): words that are never part of a name,
given names, surname particles, what a named member of the public does, and the
regex pieces and patterns that read a name and its initials.
"""

from __future__ import annotations

from .census_names import CENSUS_GIVEN_NAMES

# ------------------------------------------------------------------- names

#: Capitalised words that are never part of a person's name.
NOT_NAME_WORDS: tuple[str, ...] = (
    "The", "This", "That", "These", "Those", "A", "An", "And", "Or", "Of", "For", "In", "On", "At", "To",
    "By", "With", "From", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "All",
    "Council", "Councils", "Cabinet", "Committee", "Committees", "County", "Borough", "District", "City",
    "Town", "Parish", "Member", "Members", "Minutes", "Minute", "Item", "Items", "Agenda", "Report",
    "Page", "Appendix", "Section", "Paragraph", "Meeting", "Meetings", "Motion", "Question", "Notice",
    "Ordinance", "Ordinances", "Pursuant", "Hearing",
    "Resolved", "Resolution", "Recommendation", "Recommendations", "Proposed", "Seconded", "Agreed",
    "Present", "Apologies", "Absent", "Regrets", "Staff", "Officers", "Officials", "Attendance",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Government", "Department", "Directorate", "Service", "Services", "Board", "Group", "Team", "Office",
    "Authority", "Authorities", "Partnership", "Strategy", "Plan", "Policy", "Programme", "Project",
    "Fund", "Budget", "Act", "Bill", "Order", "Regulations", "Chamber", "Hall", "House", "Centre",
    "School", "Schools", "Church", "Library", "Road", "Street", "Lane", "Avenue", "Close", "Park",
    "Way", "Drive", "Court", "Square", "Place", "Crescent", "Terrace", "Green", "Bridge", "Hill",
    "Kent", "England", "Ireland", "Scotland", "Wales", "UK", "Limerick", "Moines", "Plaines",
    "Yea", "Yeas", "Nay", "Nays",  # a roll call's votes ("Patrick Yea Lakin Yea")
    "Chair", "Chairman", "Mayor", "Mayors",
    "Leader", "Deputy", "Director", "Directors", "Head", "Manager", "Officer", "Clerk", "Chief", "Executive",
    "Councillor", "Councillors", "Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Professor",
    # a US board member's title printed after the name in a roll call's column ("John M. Rusinski     Councilman")
    "Councilman", "Councilwoman", "Councilmember", "Councilor", "Councilperson", "Councilpersons",
    "Commissioner", "Commissioners", "Assistant", "Secretary", "Minister", "Treasurer", "Administrator",
    "Admin",  # the abbreviation of a post's grade ("Executive Admin. Assistant")
    "Cathaoirleach", "Counsel", "Engineer", "Public", "Health", "Education", "Social", "Care", "Adult",
    "Children", "Finance", "Planning", "Housing", "Transport", "Highways", "Environment", "Community",
    "Communities", "Corporate", "Economic", "Development", "Strategic", "National", "Regional", "Local",
    "New", "North", "South", "East", "West", "Central", "Upper", "Lower", "Great", "Little", "Old",
    "Labour", "Conservative", "Liberal", "Democrat", "Democrats", "Independent", "Independents",
    "Reform", "Party", "Total", "Yes", "No", "None", "Not", "Carried", "Lost", "Approved", "Signed",
    "Dated", "Date", "Time", "Tel", "Telephone", "Email", "Phone", "Mobile", "Web", "Ask", "Contact",
    "Background", "Papers", "Purpose", "Summary", "Introduction", "Conclusion", "Reasons", "Decision",
    "Key", "Part", "Exempt", "Unrestricted", "Restricted", "Annex", "Table", "Figure", "Option",
    "Options", "Risk", "Risks", "Legal", "Financial", "Implications", "Equality", "Equalities",
    "Thanks", "Welcome", "Chairs", "Votes", "For", "Against", "Abstain", "Abstained", "Aye", "Nay",
    "Following", "Further", "After", "Before", "During", "Having", "Once", "When", "Where", "While",
    "Teams", "Zoom", "Microsoft", "Remotely", "Remote", "Virtually", "Online",
    "Dame", "Lord", "Lady", "Rt", "Hon", "Revd", "Reverend", "Prof",
    "Seconder", "Proposer", "Mover", "Príomh", "Chomhairleoir", "Co-Chair", "Vice-Chair", "Vice",
    "Members'", "Mayor's", "Council's", "Chairman's", "Leader's", "Cathaoirleach's",
    # the rest of a title ("Mayor Pro Tem"), agenda section words, street abbreviations
    "Pro", "Tem", "Tempore", "Remarks", "Comments", "Selection", "Session", "Blvd", "Boulevard", "Parkway",
    "Rd", "Ave", "Pkwy", "Hwy",
    # a sentence's first word after a stop ("... Commissioners. Also included ...") and a meeting's verbs
    # printed with a capital ("Chair Kemp Closed the public hearing.")
    "Also", "Closed", "Opened", "Reopened",
    # an agenda section headed by members' title ("Council Member Business", "Council Member Reports")
    "Business", "Reports", "Others",
    # a bill's history after the body that acted: "Mayor Hearing Held by Mayor", "Committee Laid Over"
    "Hearing", "Held", "Laid", "Introduced", "Referred",
    # an attendance heading and a district's kind ("Presiding", "Other Members:", "West Clare Municipal
    # District")
    "Presiding", "Other", "Municipal",
    # an agenda's headings ("B. Recommended Actions")
    "Recommended", "Actions", "Action",
    # the functions a director's post names ("Director Human Resources, ... & Information Systems")
    "Resources", "Systems", "Information", "Human", "Emergency", "Operations", "Infrastructure", "Management",
    "Scheme", "Schemes",
    # a place or an event named after a given name ("the Auld Kirk Tower", "the Christmas Carol Concert",
    # "Grace Memorial"): words that are hardly ever surnames
    "Tower", "Towers", "Concert", "Concerts", "Festival", "Carnival", "Fete", "Gala", "Gardens",
    "Memorial", "Monument", "Cemetery", "Cathedral", "Museum", "Theatre", "Cinema", "Stadium",
    "Pavilion", "Surgery", "Pharmacy", "Station", "Airport", "Harbour", "Quay", "Estate", "Canal",
    "Playground", "Allotments", "Foodbank",
    # a position's last word after its title ("Clerk Designate", "Mayor Elect")
    "Designate", "Elect", "Emeritus", "Emerita",
)  # fmt: skip

#: Words of `NOT_NAME_WORDS` that are also surnames: taken as one after an honorific ("Mrs C Head").
SURNAME_WORDS: tuple[str, ...] = (
    "Head", "Hill", "Green", "Little", "Hall", "House", "Church", "Bridge", "Park", "Lane", "Young",
    "Bell", "Field", "Wood", "Marsh", "Chambers", "Day", "King", "Law", "Mayor", "Parish", "Street",
    "Court", "Place", "Close", "Dean", "Booth", "New", "Little", "Short", "Long", "Rich", "West", "North",
    "South", "East", "Walker", "Care", "Service", "Chief", "Love", "Game", "Page", "Dance", "Cannon",
    "England", "Wales", "Kent", "Ireland", "Key",
)  # fmt: skip

#: A school's grade before "School" or "Academy", after the person the school is named for ("Abraham Lincoln
#: High School", "Cesar Chavez Elementary School"): with the place word after it, the name is a place's.
SCHOOL_GRADES: tuple[str, ...] = (
    "High", "Middle", "Elementary", "Primary", "Secondary", "Junior", "Senior", "Infant", "Infants", "Grammar",
    "Intermediate", "Preparatory", "Community", "Memorial", "Charter", "Catholic", "National",
)  # fmt: skip

#: Words that, straight after a name-like phrase, show it names a place, a
#: building, a body or a thing ("Mill Road", "Michael Hartnett Close").
PLACE_SUFFIXES: tuple[str, ...] = (
    "Road", "Street", "St", "Lane", "Avenue", "Ave", "Close", "Park", "Way", "Drive", "Court", "Square",
    "Place", "Crescent", "Terrace", "Gardens", "Grove", "Mews", "Row", "Walk", "Green", "Hill", "Bridge",
    "Centre", "Center", "Hall", "House", "School", "College", "Academy", "University", "Hospital",
    "Library", "Church", "Stadium", "Field", "Fields", "Estate", "Foundation", "Trust", "Fund", "Award",
    "Awards", "Prize", "Memorial", "Building", "Cottages", "Farm", "Wood", "Woods", "Corner", "Cross",
    "Quay", "Wharf", "Ltd", "Limited", "LLP", "plc", "Inc", "Associates", "Partnership", "Consulting",
    "model", "Model", "all-weather", "playing", "facility", "Report", "Review", "Act", "Lecture",
    "Theatre", "Museum", "Gallery", "Arena", "Pavilion", "Institute", "Scheme", "Programme", "Trail", "Boulevard",
    "Highway", "Parkway", "Studios", "Studio", "Plaza", "Fountain", "Aviary", "Zoo",
    # a landform or a department named for its place ("Alta Canyon Recreation Center", "Sandy Fire Department";
    # near miss: "Scott Earl, District 4", a seat after a comma)
    "Canyon", "Creek", "Valley", "Department",
    # a thing named after a person, its kind in lower case ("the Brian Boru bridge", "the de Valera library")
    "bridge", "library", "road", "street", "park", "statue", "building", "centre", "hall", "room",
)  # fmt: skip

#: Words that make the given name after them a place's name: "San Juan", "Santa Rosa", "St Helens",
#: "Fort Collins", "Port Elizabeth", "Mount Vernon", "Lake Louise".
PLACE_PREFIXES: tuple[str, ...] = (
    "San", "Santa", "Santo", "St", "Saint", "Fort", "Ft", "Port", "Mount", "Mt", "Lake", "Cape",
)  # fmt: skip

#: Given names: a capitalised word from this list followed by a surname is
#: taken as a person even without an honorific or a role.
HAND_GIVEN_NAMES: tuple[str, ...] = (
    # common in English-speaking councils; extend freely
    "Aaron", "Abigail", "Adam", "Adrian", "Aelwen", "Aidan", "Aileen", "Aisling", "Alan", "Alastair",
    "Albert", "Alex", "Alexander", "Alexandra", "Alice", "Alison", "Amanda", "Amy", "Andrew", "Andy",
    "Angela", "Anita", "Anjan", "Ann", "Anna", "Anne", "Annette", "Anthony", "Antony", "Aoife", "Arthur",
    "Barbara", "Barry", "Ben", "Benjamin", "Bernadette", "Bernard", "Beth", "Bethany", "Bill", "Bob",
    "Brendan", "Brian", "Bridget", "Bruce", "Carl", "Carol", "Caroline", "Catherine", "Cath", "Charles",
    "Charlie", "Charlotte", "Chewe", "Chris", "Christina", "Christine", "Christopher", "Ciara", "Claire",
    "Clare", "Colin", "Colm", "Conor", "Craig", "Dan", "Daniel", "Danny", "Darren", "Dave", "David",
    "Dean", "Debbie", "Deborah", "Declan", "Denis", "Dennis", "Derek", "Dermot", "Desmond", "Des", "Diane", "Donal",
    "Donna", "Dorothy", "Douglas", "Earl", "Edward", "Eileen", "Eleanor", "Elizabeth", "Ellen", "Emily",
    "Emma", "Eoin", "Eric", "Fern", "Fiona", "Frances", "Francis", "Frank", "Gary", "Gavin", "Gemma",
    "Geoffrey", "George", "Georgina", "Gerard", "Gillian", "Gordon", "Graham", "Grace", "Hannah",
    "Harry", "Helen", "Henry", "Hugh", "Ian", "Irene", "Isabel", "Jack", "Jackie", "Jacqueline",
    "James", "Jamie", "Jane", "Janet", "Jason", "Jean", "Jennifer", "Jeremy", "Jessica", "Jill", "Jim",
    "Joan", "Joanne", "Joe", "John", "John-Paul", "Jon", "Jonathan", "Joseph", "Josh", "Joshua",
    "Joyce", "Judith", "Julia", "Julie", "Justin", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn",
    "Katie", "Keith", "Kelly", "Kenneth", "Kevin", "Kieran", "Kim", "Kimberly", "Kris", "Kristin",
    "Laura", "Lauren", "Leo", "Leslie", "Liam", "Linda", "Lindsay", "Lisa", "Liz", "Louise", "Lucy",
    "Luke", "Lynn", "Lyndon", "Maeve", "Mairead", "Malcolm", "Margaret", "Maria", "Marie", "Marie-Ann",
    "Mark", "Martin", "Mary", "Matt", "Matthew", "Maureen", "Megan", "Melaina", "Melanie", "Michael",
    "Michelle", "Mick", "Mike", "Neil", "Niamh", "Nicholas", "Nick", "Nicola", "Nigel", "Noel", "Nora",
    "Norman", "Oliver", "Owen", "Padraig", "Pat", "Patricia", "Patrick", "Paul", "Paula", "Pauline",
    "Peter", "Philip", "Phil", "Rachel", "Ralph", "Randal", "Ray", "Raymond", "Rebecca", "Rich",
    "Richard", "Rob", "Robert", "Robin", "Roger", "Ronan", "Rory", "Rosemary", "Ruth", "Ryan", "Sally",
    "Sam", "Samantha", "Samuel", "Sandra", "Sarah", "Scott", "Sean", "Seamus", "Shaista", "Sharon",
    "Sheila", "Shelley", "Shelly", "Simon", "Simone", "Siobhan", "Sophie", "Stephanie", "Stephen",
    "Steve", "Steven", "Stuart", "Susan", "Suzanne", "Teresa", "Terry", "Thomas", "Tim", "Timothy",
    "Todd", "Tom", "Tony", "Tracey", "Tracy", "Trevor", "Valerie", "Victoria", "Vincent", "Wendy",
    "Will", "William", "Yvonne", "Zach", "Zoe", "Eddie", "Fergus", "Brigid", "Triona", "Una", "Orla",
    "Noelle", "Seán", "Alice", "Alister", "Alistair", "Antony", "Dylan", "Gary", "Shellina", "Roz", "Partha",
    "Natalia", "Christy", "Robin", "Nancy", "Claire", "Sue", "Teresa", "Gerry", "Dermot", "Niall", "Tadhg",
    "Pádraig", "Cathal", "Ciaran", "Ciarán", "Darragh", "Emer", "Grainne", "Gráinne", "Kathy", "Lorraine",
    "Sinead", "Sinéad", "Eamon", "Eamonn", "Gearoid", "Dee", "Ger", "Jurate", "Mairéad", "Lesley", "Joanne",
    "Amy", "Jason", "Tracy",
    # common in US boards and councils (no month, state, place or common word: "May", "Virginia",
    # "Austin", "Shannon", "Grant", "Guy" and "Lee" stay out)
    "Allison", "Allyson", "Alicia", "Amber", "Andrea", "Angie", "Ashley", "Audrey", "Beverly", "Bonnie",
    "Brenda", "Brittany", "Candace", "Carla", "Carmen", "Carolyn", "Cassandra", "Cathy", "Cheryl", "Cindy",
    "Claudia", "Colleen", "Connie", "Courtney", "Cynthia", "Dana", "Danielle", "Darlene", "Debra",
    "Deanna", "Denise", "Diana", "Doris", "Edith", "Elaine", "Elena", "Erica", "Erin", "Esther", "Evelyn",
    "Gail", "Gayle", "Gina", "Gloria", "Gwen", "Heather", "Heidi", "Janice", "Jeanne", "Jenny",
    "Jessie", "Joann", "Jodi", "Josephine", "Juanita", "Judy", "Kara", "Karla", "Katharine", "Kayla",
    "Kerry", "Kristen", "Kristina", "Laurie", "Leah", "Lillian", "Lois", "Loretta", "Lori", "Lorna",
    "Lucia", "Lydia", "Lynda", "Marcia", "Marian", "Marilyn", "Marjorie", "Marlene", "Martha", "Meredith",
    "Michele", "Miranda", "Monica", "Natalie", "Nicole", "Norma", "Olivia", "Pamela", "Peggy", "Phyllis",
    "Regina", "Renee", "Rhonda", "Rita", "Roberta", "Robyn", "Sara", "Sherri", "Sherry",
    "Shirley", "Sonia", "Sonya", "Stacey", "Stacy", "Sylvia", "Tamara", "Tammy", "Tania", "Tanya", "Tara",
    "Theresa", "Tiffany", "Tina", "Tonya", "Vanessa", "Veronica", "Vicki", "Vicky", "Wanda", "Yolanda",
    "Alberto", "Alejandro", "Alfred", "Allen", "Alvin", "Andre", "Antonio", "Arnold", "Bobby", "Brad",
    "Bradley", "Brandon", "Brent", "Brett", "Bryan", "Byron", "Calvin", "Carlos", "Chad", "Chuck",
    "Clarence", "Clifford", "Cody", "Corey", "Cory", "Curtis", "Dale", "Damon", "Darrell", "Darryl",
    "Derrick", "Dominic", "Don", "Donald", "Doug", "Duane", "Dwayne", "Dwight", "Edgar", "Eduardo", "Edwin",
    "Elliot", "Elliott", "Enrique", "Erik", "Ernest", "Eugene", "Evan", "Felix", "Fernando", "Francisco",
    "Fred", "Frederick", "Gabriel", "Garrett", "Gerald", "Gilbert", "Glen", "Glenn", "Greg", "Gregory",
    "Harold", "Harvey", "Hector", "Herbert", "Howard", "Isaac", "Jacob", "Jake", "Jared", "Javier", "Jeff",
    "Jeffrey", "Jerome", "Jerry", "Jesse", "Jimmy", "Joel", "Johnny", "Jorge", "Jose", "Juan", "Julian",
    "Kurt", "Kyle", "Larry", "Lawrence", "Leon", "Leonard", "Leroy", "Lloyd", "Louis", "Luis", "Manuel",
    "Marc", "Marcus", "Mario", "Marvin", "Maurice", "Melvin", "Miguel", "Mitchell", "Nate", "Nathan",
    "Nathaniel", "Oscar", "Pedro", "Perry", "Rafael", "Ramon", "Randall", "Randy", "Raul", "Ricardo",
    "Rick", "Ricky", "Roberto", "Rodney", "Roland", "Ron", "Ronald", "Ross", "Roy", "Ruben", "Russ",
    "Russell", "Sergio", "Seth", "Shane", "Shawn", "Sheldon", "Stanley", "Stewart", "Ted", "Terrence",
    "Theodore", "Tommy", "Travis", "Troy", "Tyler", "Victor", "Vince", "Walter", "Warren", "Wayne",
    "Wesley", "Willie", "Zachary",
)  # fmt: skip

#: The hand list and the common given names of the 1990 US census (`census_names`), one tuple.
GIVEN_NAMES: tuple[str, ...] = HAND_GIVEN_NAMES + tuple(n for n in CENSUS_GIVEN_NAMES if n not in HAND_GIVEN_NAMES)


#: Generational suffixes printed after a surname, part of the name but never the surname:
#: "Leroy G. Comrie, Jr.", "Herb Wesson Jr", "John Ash III".
NAME_SUFFIXES: tuple[str, ...] = ("Jr", "Jnr", "Sr", "Snr", "JR", "SR", "II", "III", "IV")

#: Particles printed before a surname, part of it: "Maria de la Cruz", "Jan van der Berg", "A ap Gwilym".
#: Lower-case as printed; `CAPITAL_PARTICLES` are those also printed capitalised ("Van Etten", "St. Pierre").
NAME_PARTICLES: tuple[str, ...] = (
    "de", "da", "di", "du", "del", "della", "der", "den", "des", "dos", "van", "von", "le", "la", "ter", "ten", "ap",
)  # fmt: skip
#: The second word of a two-word particle: the "la" of "de la", the "der" of "van der".
SECOND_PARTICLES: tuple[str, ...] = ("la", "le", "der", "den", "de", "los", "las")
CAPITAL_PARTICLES: tuple[str, ...] = ("Van", "Von", "De", "Du", "Da", "Der", "Den", "St", "Ter", "La", "Le", "Des")

#: What a member of the public does when named in the minutes ("Hemi Walker ... spoke about").
SPEAKER_VERBS: tuple[str, ...] = (
    "spoke", "asked", "addressed", "raised", "queried", "questioned", "presented", "objected", "requested",
    "expressed", "thanked", "read",
)  # fmt: skip
#: What a speaker did after their ZIP code or description between commas ("Ed Parigian, 84060, did not support
#: ...", "Becky Robertson, Fawngrove resident, indicated ..."): verbs too common to mark a speaker by themselves.
SPEAKER_COMMA_VERBS: tuple[str, ...] = (
    "stated", "said", "supported", "opposed", "felt", "indicated", "commented", "noted", "urged", "suggested",
    "did", "was", "is", "wanted", "hoped", "believed", "thought", "explained", "shared", "voiced",
)  # fmt: skip
#: What follows a speaker's name and comma: ", on behalf of ...", ", representing ...".
SPEAKER_LEADS: tuple[str, ...] = (
    "on behalf of",
    "representing",
    "speaking on behalf of",
    "a local resident",
    "a resident of",
)

# ----------------------------------------------------------------- patterns

PIECES: dict[str, str] = {
    # a councillor's seat printed as a position ("District Councillor", "County councillor")
    "seat_office": r"""(?:Ward|County|District|Borough|City|Parish|Town|Unitary)[ \t]+Councill?or|Ward[ \t]+Member""",
    "place_prefix": "|".join(PLACE_PREFIXES),
    "capital_particle": "|".join(CAPITAL_PARTICLES),
    # a particle of a surname: "de", "de la", "van der" (lower-case as printed)
    "name_particle": r"(?-i:(?:" + "|".join(NAME_PARTICLES) + r")(?:[ \t]+(?:" + "|".join(SECOND_PARTICLES) + r"))?)",
    # An Irish or Scottish surname's prefix printed apart from it, without its apostrophe: "O Flaherty",
    # "Mc Neilis", "Mac Giolla", "Ní Bhriain" (the same surname as "O'Flaherty", "McNeilis").
    "gaelic_prefix": r"{gaelic_prefix_word}(?=[ \t]+\p{Lu}\p{Ll})",
    # the prefix words themselves: "O", "O’", "Ó", "Mc", "Mac", "Ní", "Nic", "Uí"
    "gaelic_prefix_word": r"(?-i:O['’]?|Ó|Mc|Mac|Ní|Nic|Uí)",
    # a surname's prefix printed apart from it, Gaelic or capitalised: "Mc" of "John Mc Laughlin", "O’", "Van"
    "people_prefix": r"(?-i:{gaelic_prefix_word}|{capital_particle})",
    # A word of a name: "Gough", "McMahon", "O'Neill", "O’Brien", "Marie-Ann", "Uí", "MacInnis", "Dalton-O’Sullivan".
    # (a double name broken after its hyphen, "Kennedy- Dalby", is one word; near miss: "Ash- Chairman", a
    # position after a dash)
    # (a field's label run onto the name by the text layer is none of it: "Made By: Ann PetersonSeconded: ...")
    "person_word": r"""(?-i:\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)"""
    r"""(?:(?!(?:Seconded|Second|Outcome)[ \t]*:)\p{Lu}\p{Ll}+)?"""
    r"""(?:[-‐](?:[ \t](?!{hyphen_break_not_name}))?\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+))*)""",
    "hyphen_break_not_name": r"""(?:Chair|Vice|Clerk|Treasurer|Secretary|Mayor|Deputy|Leader|Member|Council|Cllr"""
    r"""|Apologies|Present|Absent|Item|Minutes|Proposed|Seconded|Agreed|Resolved|Carried|Ward|Parish|County"""
    r"""|District|Borough|Town|City|Community|The|This|Part|Left|Arrived|Report|Officer|Manager|Director)""",
    # Not a word naming a council's place: "Eden" of "Allan Armstrong Eden District Council".
    "not_council_place": r"""(?!\p{L})"""
    r"""(?![ \t]+(?-i:District|County|Borough|City|Parish|Town|Community)[ \t]+(?-i:Council)\b)""",
    # An initial: "R", "R.", "P.J." (up to three in a row are separate tokens).
    "person_initial": r"""(?-i:\p{Lu}\.?(?:\p{Lu}\.)?)""",
}

PATTERNS: dict[str, str] = {
    # a bare name opening a sentence, then what a speaker does: "Hemi Walker, on behalf of the Residents
    # Association, spoke", "Gail Henderson of Ridge Road asked", "Alan Brierley asked"
    # a member of the public with "resident" in lower case before the name: "comments from resident Kimball
    # Willard" (near miss: "Resident Parking Permits", capitalised, a title)
    "people_resident_name": r"""(?-i)\bresident[ \t]+
        (?P<name>{person_word}[ \t]+(?:{name_particle}[ \t]+)?{person_word})(?![ \t]+\p{Lu})""",
    "people_public_speaker": r"""
        (?-i)(?:(?<![^\n])|(?<=[.:][ \t]))[ \t]*(?P<name>{person_word}[ \t]+(?:{name_particle}[ \t]+)?{person_word})
        (?=,[ \t]*(?i:"""
    + "|".join(SPEAKER_LEADS).replace(" ", r"[ \t]+")
    + r""")\b|[ \t]+of[ \t]+(?:\d+[ \t]+)?(?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,4}(?:"""
    + "|".join(SPEAKER_VERBS)
    + r""")\b|[ \t]+(?:"""
    + "|".join(SPEAKER_VERBS)
    # (or a speaker's ZIP code or description between commas, then what they did: "Ed Parigian, 84060, did not
    # support ...", "Melyssa Davidson, Lakeside HOA representative, stated ..."; near miss: "Ann Lee, Elm Road,
    # 84060" with no verb after)
    + r""")\b|,[ \t]*(?:\d{5}(?:-\d{4})?|[^,\n]{3,60}?)[ \t]*,[ \t]*(?:"""
    + "|".join((*SPEAKER_VERBS, *SPEAKER_COMMA_VERBS))
    + r""")\b)
    """,
    # a public hearing's speaker card: "Speaker # 1: Applicant" / "Name: Dan Ford" (the capacity the speaker came in,
    # then the name); near miss: "Speaker # 2: Citizen" over no "Name:" line
    "people_speaker_card": r"""(?-i)(?m)^[ \t]*(?i:speaker)[ \t]*\#?[ \t]*\d{1,3}[ \t]*:[ \t]*
        (?P<role>\p{L}[\p{L} /\-]{1,38}?)[ \t]*\n[ \t]*(?i:name)[ \t]*:[ \t]*
        (?P<name>{person_word}(?:[ \t]+{person_word}){1,2})[ \t]*$""",
    # a speaker's turn as summary minutes print it, the name opening its line and a dash before what was said
    # ("Wes Jenkins – I don’t know if we have that in the budget."); the first word must be a known given name
    # (near miss: "Desert Color – The applicant ...", a project's name)
    "people_speaker_turn": r"""(?-i)(?<![^\n])[ \t]*(?P<name>{person_word}[ \t]+(?:{name_particle}[ \t]+)?{person_word})
        [ \t]+[\u2013\u2014][ \t]+(?=\p{Lu})""",
    # ---- names and initials
    # a word printed in capitals (two letters or more, apostrophes and hyphens inside): "O’BRIEN", "FENELON-GASKIN"
    "people_capitals_word": r"""(?-i)(?<![\p{L}'’])\p{Lu}[\p{Lu}'’\-]*\p{Lu}(?![\p{L}])""",
    # a member printed surname first, one a line: "Boland, Cathal", "Carbone-Mangan, Eimear", "Nwosu, JK"
    "people_surname_first": r"""
        (?-i)(?P<sur>(?:{name_particle}[ \t]+)?{person_word}(?:[ \t]+{person_word})?),[ \t]*
        (?P<given>(?:{person_word}|\p{Lu}{1,2}\.?)(?:[ \t]+(?:{person_word}|\p{Lu}\.?))?)[ \t]*$
    """,
    # the same without its comma, surname then given names: "Kelly Darren Jack"
    "people_surname_first_bare": r"""
        (?-i)(?P<sur>{person_word})[ \t]+(?P<given>{person_word}(?:[ \t]+{person_word})?)[ \t]*$
    """,
    # a given name, a middle initial and a surname: "Gale A. Brewer" (a person's name, whatever the given name)
    "people_middle_initial": r"""(?-i)^{person_word}[ \t]+\p{Lu}\.[ \t]+{person_word}""",
    # a bracketed initial ending a name: "Jones (J)"
    "people_bracketed_initial": r"""(?-i)\((\p{Lu})\)\s*$""",
    # An Irish or Scottish surname prefix and what joins it to the surname ("O'", "O ", "Mc "), on the
    # name's accent-free form; near miss: an initial with its stop ("M. O. Connor") is no prefix.
    "people_gaelic_surname": r"""(?-i)(?<![\p{L}'])(O|Mc|Mac|Ni|Nic|Ui)(?:'[ \t]*|[ \t]+)(?=\p{Lu}\p{Ll})""",
    # the prefix joined to its surname by an apostrophe, as the name is spelt ("O'Connell", "O’Shea"),
    # not spaced apart by a text extraction ("O Connell", "O’ Shea"): the form a person's name is given in
    "people_gaelic_joined": r"""(?-i)(?<![\p{L}'’])O['’]\p{Lu}\p{Ll}""",
    # a surname's prefix ending a line, its surname on the next: "Mc" of "M Mc\nMahon", "O’", "Van"
    "people_prefix_word": r"""(?-i){people_prefix}""",
    # initials written with stops: "P.J."
    "people_dotted_initials": r"""(?-i)(?:\p{Lu}\.){2,}""",
    # one initial, with or without its stop: "R", "R."
    "people_initial": r"""(?-i)\p{Lu}\.?""",
    # one or two initials: "R", "RW", "R.W."
    "people_initials": r"""(?-i)\p{Lu}\.?(?:\p{Lu}\.?)?""",
    # a single capital: "J"
    "people_capital": r"""(?-i)\p{Lu}""",
    # text opening with an initial: "J Connelly"
    "people_starts_with_initial": r"""(?-i)\p{Lu}\.?(?:\s|$)""",
    # text ending with an initial: "Smith J."
    "people_ends_with_initial": r"""(?-i)(?:^|\s)\p{Lu}\.$""",
    # an initial before a full stop (not a sentence end): "Mr J."
    "people_initial_before_stop": r"""(?-i)(?:^|[\s.])\p{Lu}$""",
    # initials just before a given name: "A. " of "A. Martin Jones"
    "people_initials_before_name": r"""(?-i)(?<![\p{L}.])(?:\p{Lu}\.[ \t]?){1,2}[ \t]*$""",
    # a line opened by a lettered list label: "B. " of "B. Jane Smith, Clerk", "C) "
    "people_letter_label_line": r"""(?-i)(?:^|(?<=\n))[ \t]*(?P<l>\p{Lu})(?P<p>[.)])[ \t]+""",
    # a place's first word ending the text: "San " of "San Juan Water", "St. " of "St. Helens"
    "people_place_prefix_before": r"""(?-i)(?<!\p{L})(?:{place_prefix})\.?[ \t]+$""",
    # a capitalised surname particle ending the text: "De " of "Vincent De Paul" (the given name is a surname's)
    "people_particle_before": r"""(?-i)(?<!\p{L})(?:{capital_particle})\.?[ \t]+$""",
    # a surname alone as a list entry: "Vlassis", "McPherson", "O'Neill", "Boetel-Baker"
    "people_lone_surname": r"""{person_word}""",
    # a capitalised word: "Smith", "D'arcy"
    "people_capitalised_word": r"""(?-i)(\p{Lu}[\p{Ll}'’\-]+)""",
    # a capitalised word ending the text: the "Martin" before "-Jones"
    "people_capitalised_word_end": r"""(?-i)\p{Lu}\p{Ll}+$""",
    # a capitalised word then another: "Jane Smith"
    "people_name_start": r"""(?-i)\p{Lu}[\p{Ll}'’\-]+[ \t\n]+\p{Lu}""",
    # a capital starting a word: the "H" of "Head"
    "people_word_capital": r"""(?-i)(?<![\p{L}\p{N}'’\-])\p{Lu}""",
    # a word with its apostrophes: "Children’s"
    "people_word": r"""(?-i)[\p{L}'’]+""",
    # a hyphenated word: "Administrator-Clerk-Treasurer"
    "people_hyphenated_word": r"""(?-i)[\p{L}]+(?:-[\p{L}]+)+""",
    # the word after a name: " Road"
    "people_next_word": r"""(?-i)[ \t]+([\p{L}\-]+)""",
    # a building named for a person, a word of its use between the name and the building's kind ("Thomas M. Rees
    # Justice Center", "John Smith Memorial Hall"); near miss: "Ann Lee, Community Center" (a comma: her workplace)
    "people_next_use_building": r"""(?-i)[ \t]+\p{Lu}[\p{Ll}\-]+[ \t]+(?:Center|Centre|Building|Hall|Park|Library|Museum
        |Stadium|Arena|Institute|Complex|Plaza|Theatre|Theater|Pavilion|School|Academy|College|Hospital|Courthouse)
        (?![\p{L}])""",
    "people_next_word_wrapped": r"""(?-i)(?:[ \t]+|[ \t]*\n[ \t]*)([\p{L}\-]+)""",
    # an acronym: "ACME", "R&D"
    "people_acronym": r"""(?-i)\p{Lu}[\p{Lu}&]{1,9}""",
    # letters after a name: ", OBE", " JP"
    "people_post_nominal_after": r"""(?-i)(?:,[ \t]*|[ \t]+)(\p{Lu}[\p{L}]{1,5})(?!\p{L})""",
    # a sentence ending after a title: "Mayor.\n"
    "people_title_sentence_end": r"""(?-i)\.[ \t]*\n""",
    # a name from its given name on: "Jane Smith", "A. Martin Jones", "Jane A Smith"
    "people_name_from_given": r"""
        (?-i)(?P<name>(?:\p{Lu}\.[ \t]?){0,2}[ \t]*{person_word}
        (?:[ \t]+(?:{name_particle}[ \t]+(?=\p{Lu}))?(?:{person_word}{not_council_place}|\p{Lu}\.?(?!\p{L}))){0,2}
        (?:[ \t]*\n[ \t]*{person_word})?)
    """,
    # two given names sharing a surname: "Jane and John Smith"
    "people_given_pair": r"""(?-i)(?P<a>{person_word})[ \t]+(?:and|&)\s+(?P<b>{person_word})\s+(?P<s>{person_word})""",
    # a name with a role after it: "Jane Smith (Chair)", "Jane Smith, Clerk"
    "people_name_before_role": r"""
        (?-i)(?<![\p{L}.'’\-])
        # (or initials and a surname, a blank after the stop or none: "D. Garner (Democracy Adviser)", "D.Garner")
        (?P<name>{person_word}(?:[ \t]+{person_word}){1,2}|(?:\p{Lu}\.[ \t]?){1,2}{person_word})(?=[ \t]*\(|,[ \t])
    """,
}
