"""Authority rules: how a council or other local authority names itself in a document's heading
("Kent County Council", "London Borough of Southwark", "Township of Nipissing", "Comhairle Contae
Luimnigh", "Board of Supervisors of Kern County").  Pure data; `minutes_parser.patterns` compiles it,
`minutes_parser.extract.authority` applies it to the heading lines.

A name needs a proper name in it: "County Council", "Full Council" and "the Council" are not
authorities, nor is a committee ("Planning Committee" is a body, see `rules.fields`).
"""

from __future__ import annotations

# Words that open a council's name without naming a place: "Full Council", "County Council".
GENERIC_WORDS: tuple[str, ...] = (
    "the",
    "full",
    "county",
    "district",
    "borough",
    "city",
    "town",
    "parish",
    "community",
    "village",
    "regional",
    "unitary",
    "metropolitan",
    "municipal",
    "executive",
    "special",
    "ordinary",
    "extraordinary",
    "annual",
    "regular",
    # how often the body meets: "Monthly City Council Meeting" names no place
    "monthly",
    "quarterly",
    "weekly",
    "statutory",
    "inaugural",
    "joint",
    "budget",
    "cabinet",
    "this",
    "each",
    "every",
    "our",
    "your",
    "local",
    "new",
    "national",
    "and",
    "of",
    "minutes",
    "agenda",
    "meeting",
    "report",
    "notice",
    "summons",
    "members",
    "present",
    "proposed",
)

# Irish words of a council's kind ("Comhairle Cathrach agus Contae Luimnigh"): a name needs one more.
IRISH_GENERIC_WORDS: tuple[str, ...] = ("cathrach", "contae", "agus", "na", "nan", "an", "&", "baile", "ceantair")

# Kinds of council: the words between the place and "Council".
COUNCIL_KINDS: tuple[str, ...] = (
    r"city \s+ and \s+ county",
    r"county \s+ borough",
    r"metropolitan \s+ borough",
    r"metropolitan \s+ district",
    r"borough",
    r"county",
    r"district",
    r"city",
    r"town",
    r"parish",
    r"community",
    r"village",
    r"regional",
    r"unitary",
    r"municipal",
    r"shire",
    r"island",
    r"islands",
)

# "<Kind> of <Place>": "London Borough of Southwark", "City of Chico", "Township of Nipissing".
PLACE_OF_KINDS: tuple[str, ...] = (
    r"(?: london | royal ) \s+ borough",
    r"metropolitan \s+ borough",
    r"county \s+ borough",
    r"municipal \s+ district",
    r"corporation \s+ of \s+ the \s+ city",
    r"city \s+ and \s+ county",
    r"borough",
    r"city",
    r"county",
    r"town",
    r"township",
    r"village",
    r"municipality",
    r"district",
    # a US port district, a local government of its own ("Port of Alsea", "Port of Seattle")
    r"\b port",
)

# Words that are never part of a place's name, though a heading prints them in capitals
# ("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK ...", "Adjourned Regular Chico City Council").
NOT_PLACE_WORDS: tuple[str, ...] = (
    "minutes",
    "minute",
    "agenda",
    "meeting",
    "meetings",
    "proceedings",
    "summary",
    "notice",
    "record",
    "report",
    "held",
    "at",
    "in",
    "on",
    "of",
    "the",
    "to",
    "for",
    "from",
    "by",
    "with",
    "a",
    "an",
    "and",
    "please",
    "note",
    "that",
    "adjourned",
    "regular",
    "ordinary",
    "special",
    "extraordinary",
    "annual",
    "full",
    "draft",
    "unconfirmed",
    "open",
    "response",
    "pension",
    "fund",
    "planning",
    "committee",
    "council",
    "cabinet",
    "board",
    "panel",
)

# Every match of "authority_name" holds one of these words (each of its forms spells one: "of", "Comhairle",
# "Council", "District", "Township", "Authority", "Agency"): a line with none is not searched.  A new form
# must hold one of them or add its own word here (a test reads the forms and checks).
NAME_WORDS: tuple[str, ...] = ("of", "comhairle", "council", "district", "township", "authority", "agency")

PIECES: dict[str, str] = {
    # One word of a place's name, capitalised as printed ("Kent", "Hawke's", "Burton-cum-Walden", "KENT"); a
    # letter alone is a logo's or a list's debris ("I Sacramento ..."), never a place's first word.
    "authority_word": r"""(?<! [\w'\u2019\-] ) (?! (?:"""
    + "|".join(NOT_PLACE_WORDS)
    + r""") (?! [\w'\u2019] ) )
        (?-i: [A-Z][A-Za-z'\u2019]+(?:-[A-Za-z][A-Za-z'\u2019]*)* ) (?! [\w'\u2019] )""",
    # A place: capitalised words, joined by small words ("Manordeilo and Salem", "Stratford-upon-Avon").
    "authority_place": r"""
        {authority_word} (?: [ \t]+ (?: (?-i:and|upon|on|under|le|cum|&|de) [ \t]+ )? {authority_word} ){0,4}
    """,
    "authority_kind": r"(?:" + "|".join(COUNCIL_KINDS) + r")",
    "authority_place_of_kind": r"(?:" + "|".join(PLACE_OF_KINDS) + r")",
    # What may end an authority's name: not a possessive, not a word that goes on the same name.
    "authority_end": r"(?! ['\u2019] s\b | [\w'\u2019-] )",
}

PATTERNS: dict[str, str] = {
    # A name of an authority, anywhere (the callers decide whether where it stands makes it a letterhead).
    "authority_name": r"""
        (?P<name>
            (?: (?:the \s+)? {authority_place_of_kind} \s+ of \s+ (?:the \s+)? (?P<place> {authority_place} )
                (?: \s+ (?:council|corporation) )? )
          | (?: comhairle \s+ (?P<place> (?:(?-i:[A-Z])[\w\u00c0-\u017f'\u2019]* \s*){1,4}? )
              (?= \s* $ | \s+ (?-i:[a-z&]) ) )
          | (?: board \s+ of \s+ (?:county \s+)? (?:supervisors|commissioners) \s+ of \s+ (?:the \s+)?
                (?P<place> {authority_place} \s+ county ) )
          | (?: (?P<place> {authority_place} ) \s+ (?: {authority_kind} \s+ )? council )
          | (?: (?P<place> {authority_place} ) \s+ (?:unified \s+ school | community \s+ college | school
                | regional \s+ transportation | water | (?:metropolitan \s+)? fire (?:\s+ protection)?
                | park \s+ and \s+ recreation | sanitation | irrigation | (?:municipal \s+)? utility) \s+ district )
          # a US township named for its place ("Mueller Township Board of Trustees", "COLFAX TOWNSHIP")
          | (?: (?P<place> {authority_place} ) \s+ (?:charter \s+)? township (?! \s+ (?:hall|office|road|offices)\b ) )
          | (?: greater \s+ (?P<place> london ) \s+ authority )
          # a county's own board ("Sacramento County Board of Education", "CUYAHOGA COUNTY BOARD OF HEALTH")
          | (?: (?P<place> {authority_place} ) \s+ county \s+ board \s+ of \s+ (?:education|health) )
          # a transport authority or district ("Elm County Metropolitan Transportation Authority"), also named
          # without a place ("Regional Transportation District")
          | (?: (?:metropolitan|regional) \s+ (?:transportation|transit) \s+ district )
          | (?: (?P<place> {authority_place} ) \s+ (?:county \s+)? (?:(?:metropolitan|regional) \s+)?
                (?:transportation|transit) \s+ (?:authority|district|agency) )
        )
        {authority_end}
    """,
    # A run of characters an authority's name may lie in: none of its forms holds any of these (a test reads them).
    "authority_name_run": r"""[^,.;:()/|!?"]+""",
    # What may follow a letterhead's name on its line: nothing, a separator and anything, an address
    # after a comma, or the heading words of the document ("KENT COUNTY COUNCIL – PROPOSED RECORD OF
    # DECISION", "Milburn Parish Council - 14th July 2020", "Hertingfordbury Parish Council Minutes").
    "authority_letterhead_tail": r"""
        ^ [\s*_#|:.]* $
      | ^ \s* (?: [\-\u2013\u2014|:] | \s{3,} ) .*
      | ^ \s* , \s* (?-i:[A-Z0-9]) .*
      | ^ \s+ city \s+ hall \b .*
      | ^ \s* \( [^)]{1,40} \) \s* $
      | ^ \s+ (?: minutes | agenda | notice | summons | meeting | record | decision | report | cabinet | planning
               | annual | extraordinary | special | ordinary | regular | full | council | proceedings
               | board ) \b .*
      | ^ \s+ (?: \d | {weekday} | {month_name} ) .*
    """,
    # A label whose next lines are a place, not the letterhead: "Venue: Council Chamber / Hawke's Bay Regional
    # Council / 159 Dalton Street".
    "authority_venue_label": r"^ \s* (?: venue | location | place (?:\s+of\s+meeting)? | where | address ) \b",
    # A heading that names the authority whose meeting it records: "MINUTES OF PROCEEDINGS AT MEETING OF
    # LIMERICK CITY AND COUNTY COUNCIL HELD ...", "Minutes of the Meeting of Hertingfordbury Parish Council".
    "authority_heading_of": r"""
        \b (?: minutes | meeting | proceedings | agenda | summons | session | summary ) \b [^.\n]{0,80}? \b of \s+
        (?:the \s+)? $
    """,
    # What may follow such a heading's name: "held", "on", "at", a comma, a date, the end.
    "authority_heading_after": r"""
        ^ (?: \s* $ | \s* [,\-\u2013\u2014(:] | \s+ (?:held|on|at|in|for|to \s+ be) \b | \s+ \d
            # "Minutes of Kildare County Council Special Meeting 22.09.2025"
            | \s+ (?:special|ordinary|annual|extraordinary|regular|full|statutory|budget|monthly) \s+ (?:council \s+)?
              meeting \b
            # "MINUTES OF THE DRAPER CITY COUNCIL MEETING HELD ON ...", "... CITY COUNCIL WORK SESSION HELD ..." (near
            # miss: "Minutes of the Council Meeting Room" - the name is read whole first, a room no meeting)
            | \s+ (?:meeting|(?:work|study) \s+ session) \s+ (?:held|on|of) \b )
    """,
    # Words a letterhead's name may follow on its line: the meeting's kind ("REGULAR CHICO CITY COUNCIL MEETING",
    # "Adjourned Regular ..."), "The" ("The Elmtown City Council", after "City Hall" on a legislative system's
    # cover), or the department whose letterhead it is
    # ("DEPARTMENT OF WATER AND POWER OF THE CITY OF X"); near miss: "in the London Borough of X" (where a site is).
    "authority_lead_words": r"""
        ^ \s* (?: (?: city \s+ hall \s+ )? the
               | (?: (?:regular|special|adjourned|ordinary|extraordinary|annual|joint|emergency) \s+ )+
               | (?:department|office|bureau) \s+ of \s+ [^,;:]{2,60}? \s+ of ) \s* $
    """,
    # A letter-spaced letterhead ("C I T Y O F E L M T O N"), read as "City of Elmton".
    "authority_spaced_of": r"""
        ^ [\W_]* (?P<kind> (?-i:CITY|TOWN|COUNTY|VILLAGE|BOROUGH|TOWNSHIP) ) (?-i:OF)
          (?P<place> (?-i:[A-Z]{3,}) ) [\W_]* $
    """,
    # A sentence in which the authority acts in its own paper: "Notice is hereby given ... that the X County
    # Council ...", "That X Council hereby gives notice", "X Community Council held their meeting", a response
    # headed "Response from X Parish Council"; near misses: "Kent County Council has consulted ...", "a response
    # from X Council was received" (a sentence about another council).
    "authority_acts_before": r"""
        (?: \b notice \s+ is \s+ (?:hereby \s+)? given \b [^.]{0,160}? \b that \s+ (?:the \s+)?
          | (?: ^ | (?<= \n ) ) [ \t]* (?: response | representations? | comments | submission | objection ) \s+
            (?:from|by|of) \s+ (?:the \s+)? ) $
    """,
    "authority_acts_after": r"""
        ^ \s+ (?: hereby \s+ (?:gives?|grants?|refuses?|makes?) \b
               | (?:held|holds) \s+ (?:its|their) \s+ (?:\w+ \s+)? meeting \b )
    """,
    # A web or mail address: its host's labels ("clerk@elmtoncity.gov", "www.ci.elmton.or.us").
    "authority_address": r"(?: @ | \b www\. | https?:// ) (?P<host> [a-z0-9\-]+ (?: \. [a-z0-9\-]+ )+ )",
}
