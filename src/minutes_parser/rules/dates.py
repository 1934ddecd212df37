"""Date rules: named pieces (month names, ordinals, separators) and the one
combined pattern that finds every date mention in a single pass, plus the
labels that give a date its role.  Pure data; `minutes_parser.patterns`
compiles it lazily.

Branches of ``date_mention`` (tried left to right at each position):

* ``dmy``  "14 December 2022", "8th March", "12th and 13th December",
  "26 November to 27th January 2025", OCR ordinals "8\" SEPTEMBER, 2015";
* ``fd``   "thirteenth day of February, A.D., 2024" (a day in words, as adoption clauses write it);
* ``mdy``  "October 28, 2025", "October 6, 8, and 22, 2025", "February 15th";
* ``my``   "September 2024", "June–July 2017", "April/May 2023", "late January 2025";
* ``num``  "14/12/2022", "05.12.22", "11/30/17" (order decided afterwards);
* ``iso``  "2024-11-30";
* ``sea``  "Autumn 2017", "autumn of 2024";
* ``qy``   "mid-2015", "early 2016" (year precision).

What is *not* a date is kept out by the pieces themselves: a day needs a month
word or two more numeric parts, so "2025-26", "24/00115", "10.00", "£1.9
million" and "section 10.2" never match; "May" matches only capitalised.
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Abbreviations (and "sept") map to the month of the same first three letters.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names of the other languages councils in Wales and Ireland print ("15fed Awst 2019", "3 Meitheamh 2025"),
# read after a day's number only and capitalised: "Mai" and "Medi" are names too.
OTHER_MONTHS: dict[str, int] = {
    # Welsh
    "ionawr": 1,
    "chwefror": 2,
    "mawrth": 3,
    "ebrill": 4,
    "mai": 5,
    "mehefin": 6,
    "gorffennaf": 7,
    "awst": 8,
    "medi": 9,
    "hydref": 10,
    "tachwedd": 11,
    "rhagfyr": 12,
    # Irish
    "eanáir": 1,
    "feabhra": 2,
    "márta": 3,
    "aibreán": 4,
    "bealtaine": 5,
    "meitheamh": 6,
    "iúil": 7,
    "lúnasa": 8,
    "meán fómhair": 9,
    "deireadh fómhair": 10,
    "samhain": 11,
    "nollaig": 12,
}
SEASONS: tuple[str, ...] = ("spring", "summer", "autumn", "fall", "winter")
# A day of the month written as an ordinal word; 21st-29th and 31st are "twenty-" or "thirty-" and a unit.
DAY_ORDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        (
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ),
        start=1,
    )
} | {"thirtieth": 30}
_UNIT_ORDINALS = "|".join(w for w, n in DAY_ORDINALS.items() if n < 10)
_DAY_ORDINAL_WORDS = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))

PIECES: dict[str, str] = {
    # "May" only capitalised: "the Council may 2 ..." is a verb.
    "month_name": r"""
        (?: (?: january | february | march | april | (?-i:May|MAY) | june | july | august
              | september | october | november | december ) (?![a-z])
          | (?: jan | feb | mar | apr | jun | jul | aug | sept | sep | oct | nov | dec ) (?: \.(?!\d) | (?![a-z.]) ) )
    """,
    "month_name_other": r"(?=(?-i:[A-Z\u00c1\u00c9\u00cd\u00d3\u00da]))(?:"
    + "|".join(sorted((m.replace(" ", r"\s+") for m in OTHER_MONTHS), key=len, reverse=True))
    + r")(?![\w])",
    # A Welsh ordinal's ending ("1af", "2il", "3ydd", "5ed", "9fed", "11eg", "21ain").
    "ordinal_cy": r"(?:fed|af|il|ydd|ed|eg|ain)(?![a-z])",
    "weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    # A day of the month standing alone: not inside a larger number, an amount or a reference.
    # Near miss: a day-like number with decimals after it is an amount ("Payroll - October 30.00").
    "day_num": r"(?<![\d.,/£$€\#:])(?:[12]\d|3[01]|0?[1-9])(?!\d|\.\d)",
    # "th", and OCR's readings of a raised "th": 8" 14” 21* 3° 8'.
    # (a scan's misreadings of a raised "th" included: "16™ MAY, 2014", "April 2™")
    "ordinal": r"""(?:st|nd|rd|th|["\u201c\u201d*\u00b0'\u2019\u2122])""",
    "ordinal_word": r"(?:st|nd|rd|th)(?![a-z])",
    # A raised ordinal the PDF's text puts on a line of its own after the day ("Wednesday 12" / "th December
    # 2018"); near miss: a line opening with a word ("12" / "the December report").
    "ordinal_raised": r"\n(?:st|nd|rd|th)(?=[ \t]+{month_name})",
    "year": r"(?:1[89]\d\d|20\d\d)(?!\d)",
    # A day of the month in words, as a signed resolution's adoption clause writes it ("this thirteenth day of
    # February, A.D., 2024", "the twenty-first day of March").
    "day_ordinal_word": r"(?:(?:twenty|thirty)[\s\-]?(?:" + _UNIT_ORDINALS + r")|" + _DAY_ORDINAL_WORDS + r")(?![a-z])",
    # The rest of a bill's action-history row after its date, where the body passed it at its meeting
    # ("4/25/2013 A City Council Approved by Council Pass", "06/04/2024 1 Board of Supervisors Adopted by
    # the Board Pass"); near misses: "Approved by Committee Pass" (a committee's recommendation), "Referred to
    # Comm by Council", "Hearing Held by Council".
    "passed_row_rest": r"""
        [ \t]+ (?: [A-Z*\d]{1,2} [ \t]+ )? (?P<body> [^\n]{2,60}? ) [ \t]+
        (?:approved|adopted|passed|enacted) [ \t]+ by [ \t]+ (?:the [ \t]+)?
        (?:council|board|commission|assembly|legislature|senate) \b [^\n]*? \b pass(?:ed)? [ \t]* $
    """,
    # "A.D." between a formal date's month and year ("13th day of February, A.D., 2024").
    "anno_domini": r"(?:a\.\s?d\.\s*,?\s*)",
    "range_sep": r"(?:\s*{dash}\s*|\s+(?:to|until|till|through|thru)\s+)",
    "list_sep": r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)",
    "day_join": r"(?:{range_sep}|{list_sep})",
    "month_join": r"(?:\s*(?:{dash}|/|&)\s*|\s+(?:and|to|or|through|thru)\s+)",
    # Where a date can start: a word boundary before a digit or a word a date can open with.
    # A cheap gate that lets the scan skip most positions (about ten times faster).
    "date_start": r"""
        \b (?= \d | jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec | mon|tue|wed|thu|fri|sat|sun
              | spr|sum|aut|fal|win | ear|mid|lat|end|the|beg|sta
              | fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe )
    """,
    # A two-digit year after an abbreviated month ("13 Oct. 23", "3 Oct '23"): not a count
    # ("3 Oct 23 members"), a time ("23:00"), an amount or a longer number.
    "short_year": r"""(?<= \b (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec) \.? \s+ ) '? \d\d
                     (?! \d | [:.,/\-]\d | \s* (?:%|[a-z]) )""",
    # A verb naming another act with its own date, between "held" and "on".
    "other_act": r"(?:issued|signed|dated|adopted|approved|enacted|declared|ordered|passed|published|announced)",
    "qualifier": r"(?:(?:early|mid|late|(?:the\s+)?end|beginning|start)(?:\s+of)?[\s\-]+)",
}

PATTERNS: dict[str, str] = {
    "date_mention": r"""
        {date_start}
        (?: (?P<wd>{weekday}) ,? \s+ (?:the\s+)? )?
        (?:
            (?P<dmy>
                (?<! \d {dash} )  # "#1-18" over "November 1, 2022": the end of a number range, no day
                # a number ending a line is no day of a month that opens the next with its own day ("Commission
                # on Aging 1" / "December 4, 2019": a page's number; near miss: "Wednesday 12" / "December 2018")
                (?! {day_num} [ \t]* \n [ \t]* {month_name} [ \t]+ {day_num} (?: {ordinal_word} )?
                    (?: [ \t]* , | [ \t]+ {year} ) )
                (?P<dmy_d>{day_num}) (?P<dmy_o>{ordinal}|{ordinal_cy}|[ ](?-i:ST|ND|RD|TH)(?=[ ])|{ordinal_raised})?
                # (days joined by a slash before their month are a range, as an invoice's period prints it:
                # "14/16 & 28/30 August"; near miss: "14/12/2022", "3/4 of members", no month after the days)
                (?: (?P<dmy_j>{day_join}) (?:{weekday},?\s+)? (?P<dmy_d>{day_num}) (?:{ordinal}|{ordinal_cy})?
                  | (?P<dmy_j>/) (?P<dmy_d>(?:[12]\d|3[01]|0?[1-9])(?!\d|\.\d|/))
                    # (the month straight after, or after one more such pair: not a year's "24/25 to 7 Jan")
                    (?= \s* (?: & \s* \d{1,2} / \d{1,2} \s+ )? {month_name} ) )*
                (?: \s* (?:day\s+of\s+|of\s+)? (?P<dmy_m>{month_name}|{month_name_other})
                    (?: ,? \s* {anno_domini}? (?P<dmy_y>{year}) | \s+ (?P<dmy_sy>{short_year}) )?
                  | - (?P<dmy_m>{month_name}) (?: - (?P<dmy_y>{year}) )? )
                (?: (?P<dmy_r>{range_sep}) (?:{weekday},?\s+)? (?P<dmy_d2>{day_num}) (?:{ordinal})? \s* (?:of\s+)?
                    (?P<dmy_m2>{month_name}) (?: ,? \s* (?P<dmy_y2>{year}) )? )?
            )
          | (?P<mdy>
                # a month ending one line and a number opening the next ("April" / "3rd quarter", "May" /
                # "16 July 2019": table cells) is a date only with its year after it or the day alone on
                # its line ("2019" / "Feb" / "26")
                (?P<mdy_m>{month_name})
                (?: [ \t]+
                  | \s+ (?= (?:the\s+)? {day_num} (?:{ordinal_word})? (?: ,? [ \t]* {year} | [ \t]* (?:\n|$) ) )
                  # a scan's text with its blanks lost: "April21,2026" (the day, a comma and the year after; near
                  # miss: "April2026" reads no day)
                  | (?<= [a-z] ) (?= {day_num} , [ \t]* {year} ) )
                (?:the\s+)?
                (?P<mdy_d>{day_num}) (?P<mdy_o>{ordinal_word})?
                (?: (?P<mdy_j>{day_join}) (?P<mdy_d>{day_num}) (?:{ordinal_word})? )*
                (?: [ \t]* ,? \s* (?P<mdy_y>{year}) )?  # ("February 17 ,2026": a scan's blank before the comma)
                (?: (?P<mdy_r>{range_sep}) (?:{weekday},?\s+)? (?P<mdy_m2>{month_name}) \s+ (?P<mdy_d2>{day_num})
                    (?:{ordinal_word})? (?: ,? \s* (?P<mdy_y2>{year}) )? )?
            )
          | (?P<fd>
                # a day in words: "thirteenth day of February, A.D., 2024"
                (?P<fd_d>{day_ordinal_word}) \s+ day \s+ of \s+ (?P<fd_m>{month_name})
                (?: ,? \s* {anno_domini}? (?P<fd_y>{year}) )?
            )
          | (?P<my>
                (?P<my_q>{qualifier})?
                (?P<my_m>{month_name}) (?: {month_join} (?P<my_m2>{month_name}) )?
                ,? \s+ (?:of\s+)? (?P<my_y>{year})
            )
          # a month and a two-digit year naming a month's papers, as US minutes approve them: "9/12 minutes", "5/13
          # bills", "4/13 Treasurer's Report" (read only where the document writes its dates month first)
          | (?P<mmyy>
                (?<![\d/.\-$£€]) (?P<mm_m>1[0-2]|0?[1-9]) / (?P<mm_y>\d{2}) (?![\d/.\-])
                (?= \s+ (?:(?:regular|special|closed|monthly|board|council)\s+)? (?:meeting\s+)?
                    (?:minutes|bills|treasurer['\u2019]?s\s+reports?|financials?|financial\s+statements?|claims
                      |payroll|invoices|warrants) \b )
            )
          | (?P<num>
                # (or the second of a range of two such dates: "8/1/25-7/31/26", a contract's term)
                # (never a file's number after "#": "File #22-1-11")
                (?: (?<![\d/.\-\#]) | (?<= (?<![\d/.\-]) \d{1,2} [/.] \d{1,2} [/.] \d{2,4} [\-\u2013] ) )
                # a range of days before the date's own day: "13-14.07.17", "7-25.8.17" (near miss: "2025-26")
                (?: (?P<n0>\d{1,2}) [\-\u2013] (?= \d{1,2} [/.] \d{1,2} [/.] ) )?
                (?P<n1>\d{1,2}) (?P<ns>[/.\-]) (?P<n2>\d{1,2}) (?P=ns) (?P<n3>(?:1[89]|20)\d\d|\d{2})
                (?! \d | (?! [\-\u2013] \d{1,2} [/.] \d{1,2} [/.] \d{2,4} (?![\d/.\-]) ) [/.\-][\dA-Za-z] )
                # ("3/18/0586/FUL": a planning application's reference; "8/1/25-7/31/26": a range of two dates)
            )
          | (?P<iso>
                # (never an instrument's number written like a date: "Resolution No. 2023-04-01", "Ordinance
                # #2024-01-15"; near miss: "adopted on 2023-04-01")
                (?<! \b (?:no|nos|number|\#) \.? [ \t]* ) (?<! \#[ \t]* )
                (?<![\d/.\-]) (?P<iy>(?:19|20)\d\d) - (?P<im>0[1-9]|1[0-2]) - (?P<id>0[1-9]|[12]\d|3[01]) (?!\d)
            )
          | (?P<sea>
                (?:{qualifier})? (?P<sea_s>spring|summer|autumn|fall|winter) (?:\s+of)? ,? \s+ (?P<sea_y>{year})
            )
          | (?P<qy>
                (?P<qy_q>early|mid|late|(?:the\s+)?end\s+of|beginning\s+of) [\s\-]+ (?P<qy_y>{year}) (?! [\-/]\d )
            )
        )
    """,
    # What follows a date without its own year and gives it one ("Oct. 31 to Nov. 18 last year"),
    # or makes it a date of every year ("by 30 September each year"), not a calendar date.
    "date_year_word_after": r"[ \t]* ,? [ \t]* (?:of \s+)? (?P<w> last | next | this | each | every ) \s+ year \b",
    # The approval stamped on minutes at a later meeting, before its date on the line: "Adopted by the X Board
    # on ", "Approved ", "APPROVED DECEMBER 11 2019" (`extract.dates._approval_stamp`); near miss: "Date of
    # decision: " and "Meeting held on ".
    # An agenda's posting notice over its heading: "THIS AGENDA WAS POSTED ON THE BULLETIN BOARD ... BY 5:00 PM
    # ON THE 10th DAY OF MAY 2019": the day it was posted, not the meeting's (near miss: "the meeting held on 5
    # May 2019 ... was posted online", the date before the word)
    "date_posted_before": r"""\b (?:posted|published|displayed) \b [^.;]{0,200} $""",
    "date_approval_stamp_before": r"""
        ^ [\W_]* (?:minutes \s+)? (?:approved|adopted|confirmed|ratified) \b [^\n]{0,80} $""",
    # A browser's print stamp in a page's header or footer ("1 of 4 11/15/22, 9:55 PM"): the page counter
    # before the date, the time after it; front matter, not a date of the document.
    "date_print_stamp_before": r"\b \d{1,4} \s+ of \s+ \d{1,4} [ \t]+ $",
    "date_print_stamp_after": r",? [ \t]* \d{1,2}:\d\d [ \t]* [ap]\.?m\b",
    # "May" after a day is the verb ("Recommendation 2 May be deferred") when a lowercase word follows it and
    # no preposition or article stands before the day ("to the 15 May RPC meeting" is a date).
    "date_may_verb_after": r"[ \t]+ (?-i:[a-z])",
    "date_may_date_before": r"\b (?:the|on|by|from|until|till|before|after|since|of|and|or|to) \s+ $",
    # A number label opening a line ("17.03.02 Register of Interests"): a minute number, not a date.
    "date_minute_number": r"[ \t]*\d{1,2}\.\d{1,2}\.\d{1,2}(?:\.\d+)?[ \t]+(?:{dash}[ \t]+)?[A-Za-z]",
    # Words just before a numeric triple that make it a reference, not a date ("s. 12.3.4", "p 4/1/2",
    # "Resolution 20-01-16", "Ordinance No. 12-3-19"); whole
    # words only: "its 2/12/20 meeting", "Expires 12-31-95", "date is 6/3/2020" are dates.
    "date_reference_before": r"""\b(?:section|paragraph|para|clause|s|ss|page|pages|pp|p|item|no|number|ref
        |resolution|ordinance|bylaw|by-law|minute)\.?\s*(?:no\.?\s*)?$""",
    # Role labels, matched against the text just before a date (up to its line start,
    # or the line before when the date opens its line).
    "date_role_decision": r"""
        (?: date \s+ of \s+ decision | decision \s+ date | decided \s+ on | date \s+ decided
          | decision \s+ (?:to \s+ be \s+ )?(?:taken \s+ |made \s+ )?by \s+ [\w&,'\- ]{1,60}? \s+ on
          | ^ \s* decision \s+ (?:taken|made) (?: \s* : | \s+ on ) | date \s+ (?:of \s+ )?decision \s+ (?:taken|made) )
        \s* :? \s* (?:on\s+)? $
    """,
    # When a decision takes effect: "Decision effective:", "Effective date:", "Call-in expires:",
    # "Date decision comes into force:", "Last date for call-in:" (the day it may be implemented).
    "date_role_effective": r"""
        (?: decision \s+ (?:will \s+ )?(?:be \s+ |become \s+ )?effective (?: \s+ (?:date|from|on) )?
          | effective \s+ date (?: \s+ of \s+ (?:the \s+)? decision )? | ^ \s* effective (?: \s+ (?:from|on) )? \s* :
          | date \s+ (?:the \s+ |of \s+ )?decision \s+ (?:comes \s+ into \s+ force|takes \s+ effect|effective)
          | call [\s\-]* in \s+ (?:period \s+ )? (?:expires|expiry (?: \s+ date)?|ends|deadline) (?: \s+ (?:on|at))?
          | (?:last \s+ (?:date|day)|deadline) \s+ for \s+ call [\s\-]* in
          | (?:implementation|implemented) \s+ (?:date|from|on) )
        \s* :? \s* $
    """,
    # ... and the day a body passed a resolution or ordinance at its meeting: "PASSED AND ADOPTED THIS",
    # "ADOPTED this" (near miss: "Resolution 25-03, adopted March 20": another act named in a recital).
    "date_role_meeting": r"""
        (?: date \s+ of \s+ (?:the\s+)? meeting | meeting \s+ date | (?<!\w\s)meeting \s* :
          | passed \s* ,? \s* (?:approved \s* ,? \s*)? and \s+ adopted \s+ (?:this|on) (?: \s+ the)?
          | (?-i:ADOPTED|Adopted) \s+ this (?: \s+ the)?
          | decided \s+ at \s+ meeting \s* : | ^ \s* to \s* : [^\n]{1,80}? (?:{dash}|,)
          # "... REGULAR MEETING Agenda for February 10, 2026" (near miss: "items for the agenda for" a later
          # meeting's date has no meeting word before it)
          | \b meeting \s+ agenda \s+ for )
        \s* :? \s* $
    """,
    # A date opening a bill's action-history row where the body passed it: the meeting's date.
    "date_role_passed_row": r"^ {passed_row_rest}",
    # What stands between two dates of one printed list: list punctuation, bullets, "and"/"&", line
    # breaks, a short bracketed note ("20 May (APM 7pm), 25 June"); near miss: any other word.
    "date_run_joiner": r"""
        (?: [\s,;\u00b7\u2022\u25aa\u25cf*\-\u2013\u2014/|&] | \b and \b | \( [^()\n]{0,30} \) )*
    """,
    # A schedule's heading that names the year of the dates under it ("Dates for 2026:", "Meeting dates
    # 2026", "Schedule of meetings for 2026/27"); near miss: a year in other words ("Budget 2026:").
    "date_schedule_year": r"""
        \b (?:dates? | meetings? | schedule | calendar | timetable | programme | program) \b
        [^\n\d]{0,30}? (?P<y>{year}) (?: [/\-] \d{2,4} )? [ \t]* :? [ \t]* (?: \n [ \t\u00b7\u2022*\-]* )? \Z
    """,
    # "Next meeting:", "Date of the next meeting:": another meeting's date, no role.
    "date_role_other_meeting": r"""
        \b (?:next|future|following|forthcoming|previous|last|special|subsequent) \s+ (?:\w+ \s+)? meetings? \b
        [^\n]{0,30} $
    """,
    "date_role_report": r"(?:date \s+ of \s+ report | report \s+ date | ^ \s* date) \s* : \s* $",
    "date_role_publication": r"""
        (?: publication \s+ date | date \s+ of \s+ (?:publication|issue|despatch|dispatch) | published (?:\s+on)?
          | (?:issued|despatched|dispatched|circulated|printed|last \s+ updated) (?:\s+on)? | print \s+ date )
        \s* :? \s* $
    """,
    "date_role_deadline": r"""
        (?: deadline (?:\s+date)? | target \s+ date | no \s+ later \s+ than | by \s+ (?:the\s+)?
          | due \s+ (?:by|on) | closing \s+ date
          # a draft's notice: "THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL TUESDAY, 5 September 2017"
          # (near miss: "will close from 4 May 2026 until the end of July 2026", a period's end)
          | \b (?:approved|agreed|adopted|confirmed|ratified) \s+ until
            (?: \s+ (?:the \s+)? (?:meeting \s+ (?:on|of) \s+)? )? )
        \s* :? \s* $
    """,
    # "MINUTES of a meeting of the Cabinet held in ..., Maidstone on Thursday,": the meeting itself; not
    # past a clause that names another act and its date ("held by video under the orders issued by the
    # Governor on 12 March", "... signed on", "... adopted on").
    "date_role_held": r"""
        (?: \b held \b (?: (?! \b {other_act} \b ) [^.] ){0,200}? \b on | minutes \s+ from
          | meeting \s+ (?:was\s+)? held \s+ on
          # "Minutes From The Regular Board Meeting – January 21, 2026" (near miss: "The Minutes of the Policy
          # Committee meeting on 23 September", a decision notice's words, read with its own labels)
          | minutes \s+ (?:from|of) \s+ (?:the \s+)? (?:[\w-]+ \s+){0,4} meeting \s* [\u2013\u2014-] )
        \s* (?:the\s+)? $
    """,
    # A line under a meeting's heading that ends the heading block: an agenda item ("1. Call to Order",
    # "A. Roll Call", "IV. Minutes") or a sentence ("The meeting was called to order at 5:30 p.m.").
    "date_heading_stop": r"""
        ^ \s* (?: \d{1,2} | [a-z] | [ivx]{1,4} ) [.)] \s | ^ [^\n]{80,} $ | (?-i: \b [a-z]{3,} \. ) \s* $
    """,
    # A summons: "You are requested to attend a Meeting of X to be held in ... on Monday, 17 July".
    "date_role_summons": r"""
        \b (?:to|will|shall) \s+ be \s+ held \b [^;]{0,200}? \b on \s* (?:the\s+)? $
    """,
    # What a summons sentence holds: a meeting ("A meeting of X will be held on"), not a workshop,
    # a consultation event or a hearing that minutes say "will be held on".
    "date_role_summons_subject": r"\b (?: meetings? | summon\w* | requested \s+ to \s+ attend | agenda ) \b",
    "date_role_not_this_meeting": r"\b (?:next|following|future|further|subsequent|previous|last) \b",
    # A date that opens a line of minutes "Minutes from Monday, ..." is covered above; the
    # minutes of an earlier meeting are not this meeting.
    "date_role_previous": r"""
        (?: previous | last | earlier | prior ) \b [^.]{0,80} $
      | (?: \b (?:the|approve[ds]?|confirm(?:ed|s)?|adopt(?:ed|s)?|sign(?:ed|s)?) | \d+ [.)]? ) \s+
        minutes \s+ of \s+ the \s+ (?:\w+\s+){0,4} meeting \s+ held \s+ on \s* (?:the\s+)? $
      # an item approving the minutes of an earlier meeting: "3. Approval of minutes from 4 July 2017 meeting"
      # (near miss: "Minutes from the Regular Meeting of April 5" heading the minutes themselves)
      | \b (?: approv(?:al|e|ed) | confirm(?:ation|ed)? | adopt(?:ion|ed)? | sign(?:ing|ed)? ) \s+
        (?:of \s+)? (?:the \s+)?
        minutes \s+ (?:from|of) \s* (?:the\s+)?
        (?: (?:[\w-]+ \s+){0,4} meeting \s* [\u2013\u2014-] \s* )? $
    """,
}
