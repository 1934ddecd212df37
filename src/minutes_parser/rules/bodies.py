"""Body rules: a body's name completed from the rest of the document, where its heading names it
only in part ("Regular Board Meeting" for the "Board of Directors", "Colfax Township" over minutes
of its "Township Board").  Pure data; `minutes_parser.patterns` compiles it,
`minutes_parser.extract.bodies` applies it.
"""

from __future__ import annotations

# A body named by a bare word that a board's full name completes ("Board", "the Board", "Commissioners").
BARE_BOARD_NAMES: tuple[str, ...] = ("board", "the board", "commissioners", "trustees", "directors", "governors")

# Whom a US board is named for: "Board of Directors", "Board of Water and Power Commissioners".
BOARD_MEMBERS: tuple[str, ...] = (
    "directors",
    "trustees",
    "education",
    "supervisors",
    "commissioners",
    "governors",
    "health",
    "selectmen",
    "aldermen",
    "freeholders",
    "regents",
)

# A local council named by its kind alone, which the document names in full elsewhere with its place before
# it ("Parish Council" for "South Cerney Parish Council"). Only the kinds whose readers always name the place:
# a US "City Council" or an English "County Council" is the body as printed (its authority, the city or the
# county, is named apart), so those stay as they are.
GENERIC_BODY_NAMES: tuple[str, ...] = ("parish council", "community council")

# Words that open a heading or a sentence, never a place's name before a council's kind ("MINUTES OF THE
# MEETING OF THE PARISH COUNCIL", "Dear Parish Council", "Full Council").
NOT_PLACE_WORDS: frozenset[str] = frozenset(
    {
        "minutes",
        "meeting",
        "of",
        "the",
        "agenda",
        "notice",
        "held",
        "annual",
        "special",
        "ordinary",
        "extraordinary",
        "full",
        "this",
        "that",
        "to",
        "dear",
        "a",
        "an",
        "our",
        "your",
        "each",
        "every",
        "all",
        "any",
        "by",
        "for",
        "and",
        "from",
        "with",
        "at",
        "in",
        "on",
        "draft",
        "monthly",
        "regular",
        "summons",
        "members",
        "new",
        "former",
    }
)

PIECES: dict[str, str] = {
    "board_members": r"(?:" + "|".join(BOARD_MEMBERS) + r")",
}

PATTERNS: dict[str, str] = {
    # A place's capitalised words, then a local council's kind: "South Cerney Parish Council", "Wroxton &
    # Balscote Parish Council", "ELM VALE COMMUNITY COUNCIL" (near misses, by NOT_PLACE_WORDS: "MINUTES OF THE
    # PARISH COUNCIL", "Dear Parish Council")
    "place_then_generic_body": r"""(?-i:
        (?<![\p{L}'\u2019\-]) (?P<place> \p{Lu}[\p{L}'\u2019\-]+ (?: [ \t]+ (?: \p{Lu}[\p{L}'\u2019\-]+ | & ) ){0,3} )
        [ \t]+ (?P<kind> (?i: (?:parish|community) [ \t]+ council ) ) (?![\p{L}]) )
    """,
    # A US board's full name, as the document prints it in a heading or a sentence: "Board of Directors",
    # "BOARD OF TRUSTEES", "Board of Water and Power Commissioners" (a remit of one or two capitalised
    # words before the members' word); near misses: "board of the district", "board members".
    "board_in_full": r"""
        (?-i: \b (?:Board|BOARD) \s+ (?:of|OF) \s+ )
        (?P<name> (?: (?-i:[A-Z][A-Za-z]+) \s+ (?: (?:and|&) \s+ (?-i:[A-Z][A-Za-z]+) \s+ )? )?
                  (?=(?-i:[A-Z])) {board_members} ) \b
    """,
    # A US township's or town's letterhead over its board's minutes: "Colfax Township", "Town of North Star"
    # (a letter misread as a digit by a scan still reads: "Co1fax Township").  Near misses: "Township Hall",
    # "Crete Township Annual Town Meeting" (the line names more than the township).
    "township_letterhead": r"""
        ^ [\W_]* (?: (?P<township> (?-i:[A-Z])[\w'\-]* (?: \s+ (?-i:[A-Z])[\w'\-]* ){0,2} \s+
                                   (?:charter \s+)? township )
                 | (?P<town> town \s+ of \s+ (?-i:[A-Z])[\w'\-]* (?: \s+ (?-i:[A-Z])[\w'\-]* ){0,2} ) ) [\W_]* $
    """,
    # What a township's minutes say of its board: "Board Members Present", "board members present were".
    "board_members_present": r"\b board \s+ members? \b",
    # A line of a web page's front matter: a lower-case key and its value ("title: Minutes (Apr., 2020)",
    # "blog_post: true", "tags:"); near miss: "Venue: Village Hall" (a label the page prints, capitalised).
    "front_matter_line": r"^ (?-i:[a-z][a-z0-9_]*) : (?: [ \t] .* )? $",
}
