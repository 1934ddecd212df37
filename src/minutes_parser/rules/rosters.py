"""Roster rules: people listed one a line, and public speakers listed in a sentence.

Pure data, read by `minutes_parser.extract.people.rosters`.  A *roster* is a run of
lines that each open with a person's name, then (perhaps) a column gap, a
spaced dash or a comma and what they are ("Jane Doe        Director",
"J Roe – Group Manager Finance", "Ann Lee, District 4"), under a heading that
says who they are ("BOARD OF DIRECTORS", "STAFF PRESENT", "OTHER ATTENDEES").
"""

from __future__ import annotations

from .people import TITLE_ROLES

#: A roster's heading, and the kind of person it lists.  Tried in this order, as whole words,
#: case-insensitively: "Other Attendees" is other before "Attendees"; "Management and Staff" officer.
ROSTER_HEADING_KINDS: tuple[tuple[str, str], ...] = (
    ("other attendees", "other"),
    ("others present", "other"),
    ("also present", "other"),
    ("members of the public", "other"),
    ("public", "other"),
    ("guests", "other"),
    ("visitors", "other"),
    ("speakers", "other"),
    ("staff", "officer"),
    ("management", "officer"),
    ("officers", "officer"),
    ("officials", "officer"),
    ("employees", "officer"),
    ("in attendance", "officer"),
    ("board of directors", "councillor"),
    ("board of trustees", "councillor"),
    ("board of education", "councillor"),
    ("board of commissioners", "councillor"),
    ("board members", "councillor"),
    ("directors", "councillor"),
    ("trustees", "councillor"),
    ("commissioners", "councillor"),
    ("council members", "councillor"),
    ("councilmembers", "councillor"),
    ("councillors", "councillor"),
    ("members present", "councillor"),
    ("roll call", "councillor"),
    # Irish, as a bilingual council's minutes head their lists: "Comhairleoir:" (Councillor), "Oifigigh" (Officials)
    ("comhairleoirí", "councillor"),
    ("comhairleoiri", "councillor"),
    ("comhairleoir", "councillor"),
    ("oifigigh", "officer"),
)

#: How a sentence listing public speakers opens; the names follow, split at commas and "and".
SPEAKER_LIST_LEADS: tuple[str, ...] = (
    # "Addressing the Council on this item were", "Speaking to the Board was"
    r"(?:Addressing|Speaking\s+to|Speaking\s+before|Appearing\s+before)\s+(?:the\s+)?\p{Lu}\p{Ll}+[^.;:]{0,160}?"
    r"\s(?:were|was)(?:\s+from)?",
    # "Public comment was received from", "Comments were heard from"
    r"(?:Public\s+)?(?i:comments?|testimony)\s+(?:was|were)\s+(?:received|heard|given|provided)\s+from",
    # "The following people spoke:", "The following persons addressed the Board:"
    r"The\s+following\s+(?:people|persons|individuals|speakers|members\s+of\s+the\s+public)\s+"
    r"(?:spoke|addressed\s+the\s+\p{Lu}\p{Ll}+|commented)[^.:]{0,60}?:?",
)

#: A member's title printed before the name on a roster line of its own ("Director Aimee Winder Newton",
#: "Council Chair Laurie Stringham", "Trustee Jim Bradley"), as a meeting system's attendance table gives its
#: members; longest first.  The seat titles of `minutes_parser.rules.people` are added where they are built.
ROSTER_MEMBER_TITLES: tuple[str, ...] = (
    "Council Chair", "Council Vice Chair", "Vice Chair", "Vice-Chair", "Chair", "Chairman", "Chairwoman",
    "Chairperson", "Vice President", "President", "Board Member", "Director", "Member",
)  # fmt: skip

#: An attendance table's label that a text layer ran onto the last name of its group, no blank between them
#: ("Council Member Jim BradleyExcused:", "Director Richard SnelgroveCall In:"), and what it says.
GLUED_ATTENDANCE_LABELS: dict[str, str] = {
    "Present": "present",
    "Absent": "absent",
    "Excused": "absent",
    "Call In": "remote",
    "Called In": "remote",
    "Remote": "remote",
    "Virtual": "remote",
}


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one alternation, longest first, each blank a run of blanks (built once, never compiled here)."""
    return "|".join(w.replace(" ", "[ ]+").replace("-", r"\-") for w in sorted(set(words), key=len, reverse=True))


PIECES: dict[str, str] = {
    "roster_member_title": "(?:" + _alternation(ROSTER_MEMBER_TITLES + TITLE_ROLES) + ")",
    "glued_attendance_label": "(?:" + _alternation(tuple(GLUED_ATTENDANCE_LABELS)) + ")",
    # the first word of such a label, as a name's last word ends with it ("BradleyExcused", "SnelgroveCall")
    "glued_attendance_first_word": "(?:" + _alternation(tuple({k.split()[0] for k in GLUED_ATTENDANCE_LABELS})) + ")",
    # a token of a listed name: "Jane", "O'Neill", "Vanderwall-Cook", "R", "R.", "AJ", "DeMeyer"
    "roster_name_token": r"""(?-i:{person_word}|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|\p{Lu}\.?(?:\p{Lu}\.?)?(?![\p{L}'’]))""",
}

PATTERNS: dict[str, str] = {
    # ---- a table the text layer printed one cell a line, under its column headings ("NAME SURNAME" /
    # "Representative Body" / "In Attendance Yes/No"): the name column's heading ...
    "cell_roster_name_head": r"""^ (?: (?:full \s+)? name (?: \s+ (?:and \s+)? surname)? | names? \s+ of \s+ members?
        | members? (?: \s+ name)? ) \s* :? $""",
    # ... the column printed beside each name: who the member represents, or their position ...
    "cell_roster_role_head": r"""^ (?: representative \s+ body | representing | organi[sz]ations? | nominating \s+ body
        | body | sector | role | position | title | designation | office ) \s* :? $""",
    # ... and a mark of attendance ("In Attendance Yes/No", "Present", "Attended"), each row's cell "Y" or "N"
    "cell_roster_mark_head": r"""^ (?: in \s+ attendance | attendance | attended | present )
        (?: \s+ (?:yes|y) \s* / \s* (?:no|n) )? \s* :? $""",
    "cell_roster_mark": r"""^ (?: y | n | yes | no | present | absent | apologies | \u2713 | \u2714 | x ) \s* $""",
    # the gap between a table's columns, which a name never crosses: three spaces or more, a tab
    # a body's name in the column beside a name, as a list of appointments prints it ("Jennifer Bruton   Library
    # Board", "Hal Thacker   Building Inspection Board of Appeals", "Laureen Urquiaga   Board of Adjustment"); near
    # misses: "Insurance" after a dash (no body), "Board meeting" (no body's name)
    "people_body_name_cell": r"""(?-i)(?:\p{Lu}[\p{L}'’\-]*[ \t]+(?:(?:of|and|&)[ \t]+)?){0,5}
        (?:Board|Commission|Committee|Council|Authority|Trust|Agency)
        (?:[ \t]+of[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]*){1,3})?""",
    "people_column_gap": r"""(?-i)[ \xa0]{3,}|\t""",
    # a cell of a list printed in columns: a name, a comma and capitalised words ("Jeff Smith, Utah County
    # Recorder", "Mike Stansfield, Fairways Media"); near miss: "Commissioner Ellertson called the meeting to
    # order" (no comma after a name)
    "people_column_cell": r"""(?-i)[ \t]*\p{Lu}[\p{L}'’\-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){1,3}[ \t]*,[ \t]*
        \p{Lu}[^\n;:]{1,60}""",
    # a line that opens with a name and perhaps says what the person is after a column gap, a spaced
    # dash or a comma: "Jane Doe        Director", "J Roe – Group Manager", "Ann Lee, District 4", "P Bailey"
    # a row whose role is glued to the surname by a dash: "Katy Staley-Secretary", "Helen Strachan-County Attorney"
    # (the reader checks the words after it are a role; near miss: "Mary-Jane Smith", "Ann Smith-Jones", no role)
    "roster_glued_dash_line": r"""(?-i)[ \t\xa0]*(?P<name>\p{Lu}[\p{Ll}'’]+(?:[ ]{1,2}\p{Lu}[\p{L}'’]*\.?){1,2})
        [\-–](?=[ \t]*\p{Lu})[ \t]*(?P<rest>[^\n]*?)[ \t\xa0]*$""",
    # a line that is only a time, in brackets, under a roster's heading ("(6:00 P.M.)"); near miss: "(Guest)"
    "roster_time_line": r"""\(?[ \t]*\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.?[ \t]*m\.?)?[ \t]*\)?""",
    # a heading that says its rows attended, alone on its line, perhaps after the meeting's opening ("Attendance",
    # "Welcome/Attendance", "ATTENDANCE:"); near miss: "Attendance Policy" (words after it)
    "roster_attendance_heading": r"""(?:[\p{L} ]{1,20}[ \t]*/[ \t]*)?
        (?:attendance|attendees|in[ \t]+attendance)[ \t]*:?""",
    "roster_line": r"""
        (?-i)[ \t\xa0]*(?P<name>{roster_name_token}(?:[ ]{1,2}(?:{name_particle}[ ])?{roster_name_token}){1,3}\.?)
        # (or a note in brackets after one blank, as a meeting system lists who joined online: "Dave Fields (Guest)")
        (?:(?P<sep>[ \xa0]*\t[ \t\xa0]*|[ \xa0]{3,}|[ \t\xa0]+[\-–—](?=[ \t\xa0]|$)|,(?=[ \t])
                   |[ ](?=\(\p{Lu})
                   # (or an attendance table's marks after the name, its columns closed up: "James Palmer  x x",
                   # "Burke Staker (Vice Chair) x x"; near miss: "Ann Lee extra", a word)
                   |[ \t\xa0]+(?=(?:[xX\u2713\u2714][ \t\xa0]*){1,4}$))[ \t\xa0]*
        (?P<rest>[^\n]*?))?[ \t\xa0]*$
    """,
    # such a note, the whole rest of the row: "(Guest)", "(she/her) (Guest)"
    "roster_bracket_note": r"""(?:\([\p{L}/ \-]{1,20}\)[ \t]*){1,3}""",
    # a name and the rest of its line parted by single blanks, words only ("Watson Robinson Convenor CC")
    "roster_spaced_line": r"""(?-i)[ \t\xa0]*
        (?P<all>{roster_name_token}(?:[ ](?:{roster_name_token}|[\p{L}&'’/\-]+)){2,8})[ \t]*$""",
    # a member's title and name alone on the line, perhaps an attendance label run onto the name's end:
    # "Director Aimee Winder Newton", "Trustee Richard SnelgroveCall In:" (near misses: "Director of Finance Jane
    # Doe", a post of its own words; "Chair Report", one word after the title)
    "roster_title_first_line": r"""
        (?-i)[ \t\xa0]*(?P<role>{roster_member_title})[ \t]+
        (?P<name>{roster_name_token}(?:[ ]{1,2}(?:{name_particle}[ ])?{roster_name_token}){1,3}?)
        (?:(?<=\p{Ll})(?P<label>{glued_attendance_label})[ \t]*:)?[ \t]*$
    """,
    # a name's last word with an attendance label run onto it, and what follows such a label ("BradleyExcused" /
    # ":", "SnelgroveCall" / " In:")
    "roster_member_title_whole": r"""(?-i){roster_member_title}""",
    "people_glued_label_end": r"""(?-i)(?<=\p{Ll}){glued_attendance_first_word}$""",
    "people_glued_label_after": r"""(?-i)(?:[ \t]+In)?[ \t]*:""",
    # a role, a spaced dash and a name, then what else: "Chair – Jane Doe, District C"
    "roster_role_first_line": r"""
        (?-i)[ \t\xa0]*(?P<role>\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*|of|and|&)){0,4})[ \t]+[\-–—][ \t]+
        (?P<name>{roster_name_token}(?:[ ]{1,2}(?:{name_particle}[ ])?{roster_name_token}){1,3})
        (?:,[ \t]*(?P<rest>[^\n]*?))?[ \t]*$
    """,
    # a role that names the area a member is elected for, lower-cased: "director, district c", "member for ward 4"
    "people_elected_seat": r"""
        (?:^|,|\bfor|\bof)[ \t]*(?:district|ward|division|precinct|seat)[ \t]+(?:[a-z]|\d{1,3})[ \t]*$
    """,
    # what a roster line's remainder goes on with after its role: " – 31 years", " (remote)"
    "roster_rest_tail": r"""(?-i)[ \t]+[\-–—][ \t]|[ \t]*\(""",
    # a continuation of the line before: "– CE of the Trust", "Manager Strategic Planning"
    "roster_dash_start": r"""(?-i)^[ \t]*[\-–—][ \t]*""",
    # a sentence listing public speakers, up to where its names begin
    "speaker_list_lead": r"(?-i)(?<![\p{L}])(?:" + "|".join(SPEAKER_LIST_LEADS) + r")[ \t]*\n?[ \t]*",
    # where a list of names in a sentence ends: a full stop not after an initial, a blank line
    "speaker_list_end": r"""(?-i)(?<![\s.]\p{Lu})\.(?=\s|$)|\n[ \t]*\n|;""",
    # a separator between listed names: ", ", ", and ", " and ", " & "
    "speaker_list_separator": r"""(?-i),(?:[ \t\n]+and)?[ \t\n]*|[ \t\n]+(?:and|&)[ \t\n]+""",
}
