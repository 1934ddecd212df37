"""Document-field rules: what makes a document a report, minutes, an agenda or a
decision, the labels that carry its title and decision-making body, and the
words a body's name ends with.  Pure data; `minutes_parser.patterns` compiles it.
"""

from __future__ import annotations

# The last word of a decision-making body's name: "Policy Committee", "Milburn Parish Council".
BODY_WORDS: tuple[str, ...] = (
    "cabinet",
    "executive",
    "council",
    "committee",
    "sub-committee",
    "subcommittee",
    "commission",
    "board",
    "panel",
    "authority",
    "forum",
    "assembly",
    "group",
    "partnership",
    "trust",
    # a US city's redevelopment or reinvestment agency, its council sitting as its board ("City of West Jordan
    # Redevelopment Agency")
    "agency",
    # US boards named for their members: "Board of County Commissioners", "Board of Supervisors".
    "commissioners",
    "supervisors",
    "trustees",
    "selectmen",
    "aldermen",
    "freeholders",
)
# Small words kept lower-case when an ALL-CAPS heading is turned to title case.
SMALL_WORDS: tuple[str, ...] = ("of", "and", "the", "for", "in", "on", "at", "to", "by", "a", "an", "&")

PIECES: dict[str, str] = {
    # the words of a heading around a body's name, never part of it ("NOTICE OF THE ... MEETING OF", "The Annual
    # Parish Council Meeting of ...")
    "body_heading_word": r"""(?: notice | of | the | meeting | minutes | agenda | summons | to | a | an | for | at
        | annual | special | ordinary | extraordinary | regular | monthly | emergency | general | joint | adjourned
        | full )""",
    "body_word": r"(?:" + "|".join(w.replace("-", r"\-") for w in BODY_WORDS) + r")",
    # A capitalised name ending in a body word: "Executive", "Planning Committee".
    "body_name": r"(?=(?-i:[A-Z]))[\w ,&'\-]{0,60}? {body_word}",
    "meeting_kind_word": r"(?:annual|general|special|ordinary|monthly|statutory|adjourned|extraordinary)",
    "field_sep": r"(?:\s*[:\-\u2013\u2014]\s*|\s+)",
    # the decision a planning authority's notice gives on an application ("GRANT OF PLANNING PERMISSION", "REFUSAL OF
    # LISTED BUILDING CONSENT")
    "planning_decision": r"""(?-i: (?:GRANT|REFUSAL|Grant|Refusal) \s+ (?:OF|of) ) \s+ (?:[\w\-]+ \s+){0,3}?
        (?: planning \s+ permission | (?:listed \s+ building|advertisement|conservation \s+ area) \s+ consent )""",
}

PATTERNS: dict[str, str] = {
    # ---- kind, read from the first lines
    # ... a legislative system's record page of a bill ("Legislation Details (With Text)": its history of
    # actions, the body's vote among them) is a decision's record too.
    "kind_decision": r"""
        record \s+ of \s+ (?:officer \s+ |executive \s+ |key \s+ )?decisions?
      | ^ \s* notice \s+ of \s+ (?:(?:key|executive|cabinet|officer) \s+)? decisions? \b
      | decision \s+ details | decision \s+ notice | issue \s* {dash} \s* (?:meetings|items \s+ at \s+ meetings)
      | ^ \s* decision \s* {dash} \s* \w
      | ^ \s* decision \s+ maker \s* : | decision \s+ to \s+ be \s+ taken \s+ by
      | (?:officer|executive|delegated) \s+ decision \s+ (?:notice|record|report \s+ form)
      | ^ \s* legislation \s+ details \b
      # a planning authority's notice of its decision on an application: "GRANT OF PLANNING PERMISSION", "REFUSAL
      # OF LISTED BUILDING CONSENT", "Part II - Particulars of Decision" (near miss: a report's "Recommendation:
      # Grant planning permission subject to conditions", the decision still to take)
      | {planning_decision} \b
      | \b particulars \s+ of \s+ (?:the \s+)? decision \b
    """,
    # "AGENDA" as a heading, not "AGENDA ITEM 13".
    # the word "agenda" anywhere on a line of the heading
    "kind_agenda_word": r"""\b agenda \b""",
    "kind_agenda": r"""
        ^ [\W_]* (?: agenda | a \s g \s e \s n \s d \s a | summons \s+ to | notice \s+ of \s+ meeting ) \b (?! \s* item)
      # a short line ending in "agenda", its blank lost in the PDF's text or not ("Infrastructure Committee
      # SupplementaryAgenda"; near miss: a numbered item's title in minutes, "7. Consent Agenda", "3. Approval of
      # the agenda")
      # (a status after it: "MEETING AGENDA ***AMENDED***", "Agenda (Revised)")
      | ^ (?! [^:]* :) (?! \s* \d{1,2} [.)] \s ) .{0,60} (?: \b | (?<= \p{Ll} ) (?= (?-i:A) ) ) agenda
          (?: [\W_]* (?:amended|revised|updated|supplementary|supplemental) )? [\W_]* $
      # the meeting's heading run into "Agenda for <date>" on one line ("... DIRECTORS' REGULAR MEETING Agenda for
      # February 10, 2026 The regular meeting ..."; near miss: "3. Approval of the agenda for the meeting")
      | \b meeting \s+ agenda \s+ for \s+ {month_name}
    """,
    # The minutes' own heading in capitals further down, below a note printed above it ("Before the meeting
    # Cllr X welcomed ..." / "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN ..."); near misses: an
    # agenda's "3. Minutes of the meeting held on ..." (numbered), "Minutes of the last meeting" (an item)
    "kind_minutes_heading_capitals": r"""(?-i: ^ \s* MINUTES \s+ OF \s+ (?:THE|A|AN) \s+ (?!LAST\b|PREVIOUS\b)
        [A-Z ,&'’\-]{0,60}? MEETING \b )""",
    # a date in words printed under a heading ("Wednesday, September 3, 2025", "3 September 2025")
    "kind_heading_date": r"""(?: \b {month_name} \s+ \d{1,2} (?:st|nd|rd|th)? ,? \s+ \d{4}
        | \b \d{1,2} (?:st|nd|rd|th)? \s+ {month_name} ,? \s+ \d{4} )""",
    # the meeting's own minutes heading in capitals on a line of its own, below its agenda in one file ("BLUFFDALE
    # CITY PLANNING COMMISSION" / "MEETING MINUTES" / "Wednesday, September 3, 2025"); near miss: "MINUTES OF THE
    # LAST MEETING" (an item), a heading in lower case inside a sentence
    "kind_minutes_heading_line": r"""(?m)^ [ \t*]*
        (?-i: (?:[A-Z][A-Z ,&'’\-]{0,60} [ \t])? (?:MEETING [ \t]+)? MINUTES ) [ \t*]* $""",
    # (a bilingual Irish council's heading may open in Irish: "Miontuairiscí Chruinniú Míosúil ...", minutes of a
    # monthly meeting)
    # The minutes' opening sentence telling the meeting in the past: "A Monthly Meeting of Limerick City Council was
    # held in the Council Chamber ..." (near misses: "A Meeting of X will be held", a notice; read only in a paper's
    # first lines, where a report's account of another meeting does not stand)
    "kind_meeting_was_held": r"""
        ^ \s* (?:an? | the) \s+ (?:[\w\-]+ \s+){0,2}? meeting \s+ of \s+ (?:the \s+)? (?-i:[A-Z]) [^.;:\n]{2,120}?
        \s+ (?:was|were) \s+ held \b
    """,
    "kind_minutes": r"""
        ^ \s* (?:\*\*)? \s* (?:draft \s+ |printed \s+ |confirmed \s+ )?(?:minutes|miontuairisc[íi]) \b
          (?! \s+ of \s+ the \s+ (?:last|previous))
      | ^ (?! \s* \d) (?! [^:]* :) .{0,40} \b minutes \s* (?:\*\*)? \s* $
      | ^ \s* minutes \s* : \s* $
      | ^ \s* minute \s+ of \s+ (?:the \s+ |an? \s+ )? (?:\w+ \s+)? meeting \s+ of \b
      | ^ \s* (?:official \s+)? proceedings \s+ of \s+ (?:the \s+)? (?!\s*$) \w
    """,
    # A report's own heading: a short line ending in "report" ("TIM BRETT'S REPORT", "Annual Report", "Chief
    # Executive's Report"); near misses: a numbered item ("7. Treasurer's Report"), a label ("Report: ...")
    "kind_report_heading": r"""^ (?! [\W_]* (?:\d{1,3}|[ivx]{1,4}|[a-z]) [.)] \s ) [^\n:]{0,50}? \b report [\W_]* $""",
    # A standing item of an order of business, numbered, alone on its line with no record of it ("2.
    # Apologies", "3. Approval of minutes from 4 July 2017 meeting", "Any Other Business"); near misses: the
    # minutes' record ("2. Apologies: were received from ...", "3. The minutes were approved")
    "kind_order_of_business": r"""
        ^ [\W_]* \d{1,2} [.)] \s+
        (?: (?:chair(?:man|person)?['’]?s? \s+)? (?:opening \s+)? (?:remarks|welcome)
          | apologies (?: \s+ for \s+ absence)?
          | (?:approval \s+ of \s+ (?:the \s+)?)? minutes \b [^\n:]{0,60}
          | declarations? \s+ of \s+ interests? | matters \s+ arising (?: \s+ from \s+ [^\n:]{0,40})?
          | correspondence | any \s+ other \s+ (?:competent \s+)? business | a\.?o\.?c?\.?b\.?
          | date \s+ (?:and \s+ (?:time|venue) \s+)? of \s+ (?:the \s+)? next \s+ meeting
          | public \s+ (?:forum|participation|questions?)
          | treasurer['’]?s \s+ report | finance | planning (?: \s+ applications)? ) [ \t.]* $""",
    "kind_report": r"""
        ^ \s* (?: to | subject | title \s+ of \s+ report | report \s+ title | report \s+ of | report \s+ author
                 | report \s+ to | purpose \s+ of \s+ (?:the\s+)?report )
        \s* : | ^ \s* report \s+ (?:of|to|for|by) \s+ [a-z]
    """,
    # The meeting a summons names: "You are requested to attend a Meeting of the District Council to be held ..."
    "summons_meeting": r"""
        \b attend \s+ (?:an? \s+ | the \s+)?
        (?P<title> (?:(?-i:[A-Z])\w+ \s+)? (?-i:Meeting|MEETING) \s+ of \s+ [^.;:]{2,120}? )
        \s+ (?:to \s+ be \s+ held | on | at) \b
    """,
    # A notice or summons naming the meeting and its body in full: "A Meeting of Elm Parish Council will be held",
    # "attend an Extraordinary Meeting of Elm Parish Council to be held", "The Annual Parish Council Meeting of Elm
    # Parish Council will be held" ("a Meeting of the Council" names no body: the heading is the title then).
    "notice_meeting": r"""
        (?P<title> (?: (?-i:[A-Z]) [\w\-]* [ \t]+ ){0,4}? (?-i:Meeting|MEETING) \s+ of \s+ (?! (?:the|this|our) \b )
          (?P<body> (?-i:[A-Z]) [^.;:]{2,100}? \b {body_word} ) )
        \s+ (?: will | is \s+ to | shall | to ) \s+ be \s+ held \b
    """,
    # Scanning debris in a heading: underlines, trade-mark signs, rules of dashes.
    "title_ocr_noise": r"_{2,} | [\u2122\u00a9\u00ae] | (?: ^ | \s ) [\-\u2013\u2014]{2,}",
    # An "AGENDA" heading further down a front sheet (under the letterhead and the meeting's details), with
    # its version ("Agenda - Final", "Agenda – Final Revised", "Amended Agenda"), spaced ("A G E N D A") or
    # after its Irish name on a bilingual cover ("CLÁR - AGENDA", "Clár / Agenda"); near misses: "Agenda
    # Item 4", "Agenda - Item 4", "Agenda Final Review" (no dash: a heading of something else).
    "kind_agenda_heading": r"""
        ^ [\W_]* (?: cl[áa]r \s* (?:{dash}|/|:|\|) \s* )? (?: agenda | a \s g \s e \s n \s d \s a )
          (?: \s* {dash} \s* (?:final|revised|amended|updated|supplementa[lr]|draft)
              (?: \s+ (?:final|revised|amended|updated) )? )? [\W_]* $
      | ^ [\W_]* (?:revised|amended|final|updated|supplementa[lr]) \s+ agenda [\W_]* $
    """,
    # A meeting notice's labelled details: "Time: 7.00 pm", "Venue: Council Chamber".
    "label_time": r"^ [ \t]* time [ \t]* : ",
    "label_venue": r"^ [ \t]* (?:venue|place \s+ of \s+ meeting) [ \t]* : ",
    "kind_summons": r"""
        \b you \s+ are \s+ (?:hereby \s+)? (?:requested|summoned|invited|required) \s+ to \s+ attend \b
      | \b (?:members|councillors) \b [^.]{0,60}? \b (?:are|is) \s+ (?:hereby \s+)? summoned \b
      | \b notice \s+ is \s+ (?:hereby \s+)? given \s+ that \s+ (?:an? \s+ |the \s+)? (?:[\w\-&]+ \s+){0,7} meeting \b
        [^.]{0,200}? \b (?:will|is \s+ to|shall) \s+ be \s+ held \b
    """,
    # An agenda item as a meeting system exports it, its subject field opening on the item's number:
    # "Subject : 1.1 Call to Order" / "Meeting : Jan 22, 2024 - BUSINESS MEETING" (BoardDocs); a report's
    # "Subject: Budget 2025" names no item
    "kind_agenda_item_field": r"^ \s* (?:subject|item) \s* : \s* {item_field_number}",
    # (or who was present by their place in the meeting: "COUNCIL MEMBERS PRESENT:", "STAFF PRESENT:", "Board Members
    # Present:"; near miss: an agenda's "Presentation:" item)
    "kind_minutes_lists": r"""^ \s* (?: (?:present|members \s+ present|apologies|in \s+ attendance|attendees|regrets) \b
        | (?:(?:council|board|commission|committee|staff|others|also|members?|directors|trustees)\s+){1,3}
          present \s* : )""",
    # Minutes narrate the opening in the past tense ("Chair X called the meeting to order at 5:31 p.m.",
    # "The meeting was called to order"); an agenda lists "Call to Order".
    # What only a record of a meeting prints: a motion made and seconded, a vote counted, everyone
    # present, the adjournment's time ("Linda made a motion to ...", "2nd by Sam", "5 yay 0 nay",
    # "All present.", "Meeting adjourned at 8:12pm"); an agenda lists "Roll Call" and "Adjournment"
    # but records none of these
    "kind_record_cue": r"""
        \b (?: made \s+ (?:a \s+|the \s+)? (?:1st \s+)? motion | motion \s+ (?:made \s+)? by
            | motion \s+ (?:carried|carries|passed|passes)
            | seconded \s+ by | 2nd \s+ by | \d{1,2} \s+ (?:yays?|yeas?|ayes?) \b | all \s+ (?:members \s+)? present \b
            | meeting \s+ (?:was \s+)? adjourned \s+ at )
    """,
    # A verbatim transcript's turn: a speaker named by office or honorific and a colon opening the line ("Mayor
    # Lago: Moving to Public Comment.", "City Clerk Urquia: First speaker ...", "Mr. Garcia: Yes."); near
    # misses: "Mayor: Jane Roe" (a roster's label), "Chair Report: ..." (an item).
    "kind_transcript_turn": r"""
        ^ [ \t]* (?: (?:vice \s+)? mayor | (?:vice \s+)? chair(?:man|woman|person)? | commissioner | council \s? member
                  | councillor | alderman | city \s+ (?:clerk|manager|attorney) | mr | mrs | ms | dr ) \.?
          [ \t]+ (?-i:[A-Z])[\w'’\-]+ (?: [ \t]+ (?-i:[A-Z])[\w'’\-]+ )? [ \t]* : [ \t]+ \S
    """,
    "kind_called_to_order": r"""
        (?<! \b (?:be|being|is|are|will|shall) \s+ ) \b called \s+ (?:the \s+ (?:\w+ \s+)? meeting \s+)? to \s+ order
      | \b meeting \s+ was \s+ called \b
      # ("Chair Kemp opened the meeting."; near miss: "The Chair will open the meeting", not yet done)
      | \b opened \s+ the \s+ meeting \b
    """,
    # A record of what a meeting did under another name: "Summary of X Council Meeting", "Action Minutes",
    # "Summary of Actions", "Council Meeting Summary", "Official Minutes" inside a long first line.
    "kind_minutes_other_name": r"""
        ^ [\W_]* summary \s+ of \s+ (?: actions? \b | .{2,80} \b meeting \b )
      | \b action \s+ minutes \b | \b summary \s+ of \s+ actions? \b | \b meeting \s+ summary [\W_]* $
      | \b (?-i:OFFICIAL \s+ MINUTES|Official \s+ Minutes) \b
      | ^ [\W_]* disposition \s+ of \s+ (?:agenda \s+)? items \b
      # a commission's "Report of Action" (each item's disposition and vote), a heading alone on its line (near miss:
      # "Staff report of actions to be taken", words before it)
      | ^ [\W_]* (?:report|record) \s+ of \s+ actions? [\W_]* $
      # the minutes naming themselves in a note above their heading: "Please Note – These minutes have been
      # prepared with a timestamp ..." (near miss: "3. Approval of the minutes", an agenda's item)
      | \b these \s+ minutes \s+ (?:have|has|were|are|was|will|shall) \b
    """,
    # A meeting system's page of a meeting held, its minutes printed under each item of the agenda: "Agenda and
    # minutes", "Agenda and draft minutes", "Agenda, decisions and minutes" over "1. Welcome / Minutes: The Chairman
    # welcomed ..." (read with a "Minutes:" label below; near miss: "Agenda and reports", the meeting still to come)
    "kind_agenda_and_minutes": r"""^ [\W_]* agenda \s* (?: , \s* (?:decisions|reports) \s* )? (?:and|&) \s+
        (?: draft \s+ | printed \s+ | confirmed \s+ )? minutes [\W_]* $""",
    # ---- a signed enactment: a US resolution or ordinance as adopted ("RESOLUTION NO. 2024-20" over "A
    # RESOLUTION OF THE CITY COMMISSION ..." and, at its end, "PASSED AND ADOPTED THIS 13TH DAY OF ...").
    # Its numbered heading in the first lines (near misses: a draft's "RESOLUTION NO. ____", "Resolution
    # 25-03-03, adopted March 20" in a sentence, "RESOLUTION NO. 2024-20 TO BE ADOPTED BY ...").
    "enactment_heading": r"""
        ^ [\W_]* (?P<title> (?:resolution|ordinance) \s+ (?:no\.? | number | \#)? \s*
          [A-Z]{0,3} {dash}? \s* \d{1,4} (?: \s* [\-/.] \s* \d{1,4} ){0,2} [A-Z]? ) [\W_]* $
    """,
    # The record of its adoption: "PASSED AND ADOPTED THIS ...", "PASSED, APPROVED AND ADOPTED ...", "ADOPTED
    # this 4th day of ...", "Duly adopted at a meeting ..."; near miss: "to be adopted", "adopted on first
    # reading" alone.
    "enactment_adopted": r"""
        \b (?: passed \s* ,? \s* (?:approved \s* ,? \s*)? and \s+ adopted
              | (?-i:ADOPTED|Adopted) \s+ (?:and \s+ approved \s+)? this \s+ \w+ (?: [\-\s] \w+ )? \s+ day \s+ of
              | duly \s+ (?:passed \s+ and \s+)? adopted \s+ (?:at|by|on) ) \b
    """,
    # The body its caption names: "A RESOLUTION OF THE CITY COMMISSION RESCINDING ...", "AN ORDINANCE OF
    # THE BOARD OF SUPERVISORS OF ..." (near miss: "A RESOLUTION AUTHORIZING ...": no body named).
    "enactment_body": r"""
        ^ \s* an? \s+ (?:resolution|ordinance) \s+ of \s+ (?:the \s+)?
          (?P<body> (?: [\w&'\-]+ \s+ ){0,4}? {body_word}
            (?: (?<= board ) \s+ of \s+ (?: (?:directors|trustees|supervisors|education|commissioners|aldermen) \b
                                     | [\w\-]+ \s+ (?:and \s+ [\w\-]+ \s+)? commissioners \b ) )? ) \b
    """,
    # A bill's record page: the body that passed it, from its action-history row ("4/25/2013 A City Council
    # Approved by Council Pass" gives "City Council").
    "legislation_passed_row": r"^ [ \t]* \d{1,2}/\d{1,2}/\d{2,4} {passed_row_rest}",
    # ---- the meeting's heading block (US agenda and minutes covers, NZ running heads)
    # The line that names the meeting: "REGULAR MEETING AGENDA", "BOARD OF DIRECTORS MEETING",
    # "Board of Education Minutes", "AGENDA – April 24, 2019", "Regular Meeting of the Board of Trustees",
    # "Summary of X Council Meeting", "Minutes of Council Meeting - 28 February 2019"; what may follow it
    # on its line (a date, a time) is checked by the caller.
    "meeting_heading": r"""
        ^ [\W_]* (?: agenda | minutes | a \s g \s e \s n \s d \s a | m \s i \s n \s u \s t \s e \s s ) [\W_]*
        (?P<tail> (?<= [\s\-\u2010-\u2015:,]) (?: {dash} | : | , )? \s* (?: {weekday} | \d | {month_name} ) .* )? $
      | ^ (?! [\W_]* (?: \d | [a-z] [.)] ) ) (?P<name> [^.:;]{2,90}? \b (?: meeting | agenda | minutes ) )
          (?P<tail> \s* [^\w\s'(].* | \s+ (?:at|on) \b .* )? $
      | ^ (?P<name> (?: minutes \s+ of \s+ )?
          (?:(?:regular|special|adjourned|ordinary|extraordinary|annual|monthly|joint) \s+)+
          meeting \s+ of \s+ .{2,80}? )
          (?P<tail> \s+ {dash} \s* (?:{weekday}|\d) .* )? $
      | ^ minutes \s+ of \s+ (?P<name> (?! (?:an?|the) \b ) .{2,80}? ) (?P<tail> \s+ {dash} \s* (?:{weekday}|\d) .* ) $
      | ^ (?P<name> summary \s+ of \s+ .{2,80} ) $
      | ^ (?P<name> minutes \s+ of \s+ the \s+ (?! .* \b (?:meeting|proceedings|held) \b ) .{2,60} ) $
    """,
    # Heading lines that name another business, not this meeting: an item, a consent calendar, earlier minutes.
    "not_meeting_heading": r"""
        \b (?: consent | approv\w* | adopt\w* | previous | prior | next | last | closed \s+ session | public
             | upcoming | future | special \s+ presentations? | packet | documents | link | notice | posted
             | study \s+ session | the \s+ minutes ) \b
      | https?:// | www\.
      | \b (?: was | were | is | are | will | would | shall | be | been | being | had | has | have | held | can
             | must | should | did | does | during | before | after | this | these | its | their | our | your | you
             | we | they | it ) \b
      | \b (?: the | a | an | on | to | in | per | \d+ ) \s+ (?: meeting | agenda | minutes ) [\W_]* $
    """,
    # A line that is only a meeting's kind, continuing its heading: "REGULAR MEETING", "MEETING", "SPECIAL
    # MEETING AGENDA".
    "meeting_kind_only": r"""
        ^ [\W_]* (?:(?:regular|special|adjourned|ordinary|extraordinary|annual|monthly|joint|board|council)
          \s+){0,3} (?: meeting (?: \s+ (?:agenda|minutes))? | agenda | minutes ) [\W_]* $
    """,
    # The authority's letterhead above a meeting's heading, not the meeting: "City of X", "CITY OF",
    # "X Water District", "Department of Water and Power of the City of Los Angeles", "C I T Y  O F  X".
    "authority_line": r"""
        ^ [\W_]* (?: (?:the \s+)? (?:city|town|village|county|borough|township|shire|department|office) \s+ of \b
                   | .{0,60} \b (?:district|department|office \s+ of \s+ education) [\W_]* $
                   | (?: \w \s ){3,} \w )
    """,
    # An authority's name alone on its line: "Village of Rapids City", "Town of Elm", "City of Ash"; near misses:
    # "City of Ash Council Minutes" (more words after the name), "Department of Transport" (no place's kind)
    "authority_name_line": r"""^ [\W_]* (?: city | town | village | borough | township | county ) \s+ of \s+
        (?-i:\p{Lu}) [\w'’\-]* (?: \s+ (?-i:\p{Lu}) [\w'’\-]* ){0,3} [\W_]* $""",
    # Lines a heading block passes over (and leaves out): the venue, a time, a parenthesis, an address.
    "heading_furniture": r"""
        \b (?: chambers? | room | hall | boardroom | building | auditorium | centre | center | via | conference
             | teleconference | remote | hybrid | zoom ) \b
      | ^ [\W_]* \d{1,2} (?: [:.] \d\d )? \s* (?: a\.? \s? m\.? | p\.? \s? m\.? ) [\W_]* $
      | ^ \s* \( .* \) \s* $
      | \b \d+ \s+ (?: [\w.]+ \s+ ){1,4}
        (?: street | st | avenue | ave | road | rd | drive | dr | boulevard | blvd | way | lane | parkway | plaza ) \b
      | \b [A-Za-z]+ ,? \s+ \d{5} (?: -\d{4} )? [\W_]* $
    """,
    # What trails a meeting's name on its heading line: a time ("at 6:30 p.m.", "- 7:00 PM").
    "time_tail": r"""
        \s* (?: (?:at|@|{dash}|,) \s* )? \d{1,2} (?: [:.] \d\d )? \s* (?: a\.? \s? m\.? | p\.? \s? m\.? ) (?![a-z]) .* $
    """,
    # Meeting-kind words around a body's name in a heading: "Regular Meeting Lomita City Council",
    # "Special Planning Commission", "Ordinary Council", "Summary of X", "the City Council".
    "body_kind_prefix": r"""
        # (a year before the meeting's kind: "2025 Annual General Meeting of X County Council")
        ^ \s* (?: (?:19|20) \d\d \s+
                   (?= (?:regular|special|adjourned|ordinary|extraordinary|annual|monthly|joint) \b ) )?
        # ("of the" opening the line: the tail of a heading wrapped after its meeting, "REGULAR MEETING" / "OF THE
        # BOARD OF COMMISSIONERS"; near miss: "Board of Education" keeps its "of")
        # (or the minutes' own name for themselves over the body: "MEETING MINUTE SUMMARY" / "KEARNS PLANNING
        # COMMISSION MEETING")
        (?: (?:summary \s+ of | the | of (?: \s+ the)? | (?:meeting \s+)? minutes? \s+ summary) \s+
                | (?:(?:regular|special|adjourned|ordinary|extraordinary|annual|monthly|joint) \s+
                    | general \s+ (?= meeting \b ) )+  # ("General Purposes Committee" keeps its "General")
                  (?: meeting \s+ (?:of \s+ (?:the \s+)?)? )? )+
    """,
    # "X Planning Commission Meeting Agenda", "Board of Education Minutes": the words after the body.
    "meeting_suffix": r"""
        \s+ (?:(?:regular|special|adjourned|ordinary|extraordinary|annual|monthly|joint|board) \s+)*
        (?: meeting (?: \s+ (?:agenda|minutes|summary|report))? | agenda | minutes ) \s* $
    """,
    # Words a body's name was read with that are not its name: a clause before it ("... Act, 1984,
    # that the Oxfordshire County Council"), lower-case words or "HELD AT THE" before it ("above
    # Council"), a field label or the meeting after it ("Cabinet Date", "Board of Directors
    # Meeting", "Parish Council - Meeting of the Parish Council"); near miss: "Council of the City
    # of Portland" (a body's own "of the"), "Annual Town Meeting" (a meeting that is the body); a hearing or
    # session the body holds ("Board of Trustees Budget Hearing", "City Council Work Session").
    "body_lead_noise": r"""
        ^ (?: .*? \b (?-i:that|by|to) \s+ the \s+ (?=(?-i:[A-Z]))
            | (?: (?-i:[a-z][\w,]*) \s+ )+ (?=(?-i:[A-Z]))
            | (?-i:HELD \s+ AT \s+ THE|Held \s+ at \s+ the) \s+ )
    """,
    "body_tail_noise": r"""
        (?: \s* [-–—] \s* meeting \b .* | \s+ (?:regular \s+ |special \s+ )? meeting
          | \s+ (?:budget \s+ |public \s+ )? hearing | \s+ (?:work|study) \s+ session
          | \s+ (?-i:Date|Time|Venue|Location) ) \s* $
    """,
    # A US township's, district's or city's board named with the authority before it ("Crete
    # Township Board of Trustees", "Los Rios Community College District Board"): the board is the
    # body; near miss: a county's board keeps the county ("Cuyahoga County Board of Health" is the
    # board's own name).
    "authority_board": r"""
        ^ (?: (?-i:[A-Z]) [\w'’.\-]* \s+ ){1,5} (?: (?P<township> township ) |town|village|district|city) \s+
          (?P<body> board \b .* ) $
    """,
    # A US district's or town's board named after "<Kind> of <Place>" and the meeting's kind ("Port of Alsea
    # Regular Commission", "Town of Elm Special Board of Selectmen"): the board is the body; near miss: "City of
    # Elm Planning Commission" (no meeting's kind between: "Planning" may be the place's last word or the body's)
    "authority_of_board": r"""
        ^ (?:port|town|township|village|city|county|district) \s+ of \s+ (?: (?-i:[A-Z]) [\w'’.\-]* \s+ ){1,3}?
          (?: (?:regular|special|adjourned|annual|monthly|joint) \s+ )+
          (?P<body> (?:board|commission|council|committee) \b .* ) $
    """,
    # A US city council named with its city ("Baldwin Park City Council", "Council of the City of X"):
    # the body is the City Council.
    "city_council_of": r"""
        ^ (?: (?-i:[A-Z]) [\w'.\-]* \s+ ){1,4} (?P<body> city \s+ council ) $
      | ^ council \s+ of \s+ the \s+ (?P<city> city ) \s+ of \s+ .{2,60} $
    """,
    # ---- meeting titles
    # A heading line that is already the minutes' opening sentence.
    "heading_sentence": r"^ \s* (?: minutes? \b | an? \s+ (?:\w+ \s+)? meeting \b ) .{30,}",
    # A summons's address or call under the meeting's heading, no part of its title: "To the Chairman and
    # Members of the Council", "To all Councillors", "You are summoned to a meeting of ...".
    "heading_address": r"""
        ^ \s* (?: to \s+ (?:the \s+ | all \s+ )? (?:chair\w* | mayor | members | councillors) \b
               | (?: you | (?:the \s+)? (?:members|councillors) \b .{0,80}? ) \s+ are \s+ (?:hereby \s+)?
                 (?:summoned|requested|invited|required) \b )
    """,
    # A line that is only the meeting's kind, naming the meeting under the body's heading: "ANNUAL GENERAL
    # MEETING", "Extraordinary Meeting" (not "NOTICE OF AN EXTRAORDINARY MEETING").
    "meeting_kind_heading": r"""
        ^ [\W_]* (?:(?:annual|general|extraordinary|special|regular|ordinary|statutory|adjourned|monthly|joint)
                   \s+){1,3} meeting [\W_]* $
    """,
    # A minutes heading naming the meeting, up to "held" (over up to four lines): "Minutes of Special Meeting of
    # Full Council held at ...", "MINUTES OF AN EXTRAORDINARY MEETING OF X PARISH / COUNCIL / HELD ON ...",
    # "Minutes of the Annual County Council Meeting held on"; the caller wants it in a heading's case (near
    # misses: "MINUTES of a meeting of the Cabinet held in ...", a sentence under the body's heading; "Minutes
    # of a Meeting held on", which names no meeting; "MINUTES OF X District Council / Ordinary Council Meeting
    # HELD AT", whose meeting is its second line; "approve the minutes of the meeting held on ...").
    "minutes_heading_title": r"""
        ^ [ \t]* (?P<title> minutes \s+ of \s+ (?! (?:the \s+)? (?:last|previous|next) \b | (?:an? \s+)? meeting \b )
          # (a session or hearing names the meeting too: "MINUTES OF THE X CITY COUNCIL WORK SESSION" / "HELD ...")
          (?= (?:the|an?) \s | {meeting_kind_word} \s ) [^.;:]{0,80}? \b (?:meeting|session|hearing) \b
          (?: [ \t]* \( [^()\n]{1,30} \) )? (?: \s+ of \s+ [^.;:]{2,100}? )? ) \s+ held \b
    """,
    # A meeting's own kind, which sets a minutes heading apart from the letterhead above it ("Minutes of the
    # Annual County Council Meeting" under "X County Council"; near miss: "Minutes of the Parish Council Meeting").
    # A title's words ending on "of", the body's name to follow: "Minutes of the Meeting of"
    "dangling_of": r"\b of (?: \s+ the )? \s* $",
    "names_meeting_kind": r"\b {meeting_kind_word} \b",
    # A body's own name before its kind: "Wroxton and Balscote Parish Council", "WROXTON & BALSCOTE PARISH
    # COUNCIL", "Burton cum Walden Parish Council"; the heading's own words ("NOTICE OF THE") are no name, and
    # the name crosses a line break only after "and" or "&" or right before its kind (near miss: a line of its
    # own above, "Comhairle Contae Bhaile Thuaidh" / "Northtown County Council")
    "body_named_before_kind": r"""
        (?<! \w ) (?! {body_heading_word} \b ) (?-i:\p{Lu}) [\w'’\-]*
        (?: (?: [ \t]+ | (?<= \band | & ) \s+ )
            (?: (?! {body_heading_word} \b ) (?-i:\p{Lu}) [\w'’\-]* | & | and | with | on | upon | cum | le | de | by
              | in ) ){0,5}?
        (?: [ \t]+ | [ \t]* \n [ \t]* )
        (?P<kind> (?:parish|town|community|city|county|district|borough|village) \s+ council ) \b""",
    # A body's name holding a word of its own beyond its kind: "Tayport Ferryport on Craig Community Council";
    # near miss: "Parish Council", "the Town Council"
    "proper_body_name": r"""\b (?! (?:the|parish|town|community|city|county|district|borough|village|council|of|and)\b )
        (?-i:\p{Lu}) \w+""",
    # A title that is only the paper's kind, naming no meeting: "Meeting Minutes", "Agenda - Final", "MINUTES"
    # (near misses: "Regular Meeting Agenda", "Council Meeting", "Special Meeting": a meeting's name).
    "bare_kind_title": r"""
        ^ [\W_]* (?: (?:meeting \s+)? (?:agenda|minutes) (?: \s* {dash} \s* (?:final|revised|amended|draft)
                    (?: \s+ (?:final|revised|amended))? )? | meeting ) [\W_]* $
    """,
    # A heading line that closes the title: "Commission Meeting Minutes", "Annual Parish Meeting Agenda".
    "heading_last_line": r"\b (?: minutes | agenda ) \s* $",
    # What trails a heading cut before its date: "Milburn Parish Council - 1st", "... Meeting on Thursday,",
    # "CITY COUNCIL AGENDA FOR".
    "heading_tail": r"""
        (?: \s* {dash} \s* \d{1,2} (?:st|nd|rd|th)? | \s+ (?:held \s+)? (?:on|at|of|dated) | \s* [,@]
          | \s+ {weekday} ,? | \s+ for )+ \s* $
    """,
    # Words that make a heading line more than a body's name.
    "not_a_name": r"\b (?: minutes | meeting | report | agenda | to | held | of \s+ the \s+ meeting ) \b",
    "proceedings_title": r"""
        (?: ^ | (?<=\n) ) \s*
        (?P<title> minutes? \s+ of \s+ (?! the \s+ (?:last|previous) ) [^.;:]{0,60}? \b of \s+ [^.;:]{2,150}? )
        \s+ held \b
    """,
    # ---- labelled fields: a label opening a line, its value on the same line or the next one
    "label_body": r"""
        ^ [ \t]* (?: decision [\s\-]+ maker | decision \s+ (?:to \s+ be \s+ )?(?:taken|made) \s+ by | decision \s+ taker
                   | (?:report \s+)? to | report \s+ for | committee | decision \s+ by ) [ \t]* : [ \t]*
      | ^ [ \t]* report \s+ to \s+ (?:the \s+)? (?= [A-Z] )
    """,
    "label_meeting": r"^ [ \t]* (?: decided \s+ at \s+ meeting | meeting ) [ \t]* : [ \t]*",
    "label_title": r"""
        ^ [ \t]* (?: subject (?: \s+ matter)? (?: \s* / \s* title \s+ of \s+ decision)?
                   | title \s+ of \s+ (?:report|decision) | report \s+ title | decision \s+ title | title )
          [ \t]* :? [ \t]* $
      | ^ [ \t]* (?: subject | title \s+ of \s+ (?:report|decision) | report \s+ title | decision \s+ title | title )
          [ \t]* : [ \t]*
      # a memo's "RE:" field over a staff report's subject ("RE:          REQUEST FOR TENDER FOR SUPPLY ..."); near
      # miss: "Re-zoning of the site" (no colon)
      | ^ [ \t]* (?-i: RE | Re ) [ \t]* : [ \t]*
    """,
    # A report's section heading alone on its line ("Recommendation", "1. Purpose of Report"):
    # where a labelled title's wrapped lines stop.
    "section_heading": r"""
        ^ [ \t]* (?: \d{1,2} (?:\.\d{1,2})* \.? \s+ )?
        (?: recommendations? (?:\(s\))? | purpose (?: \s+ of \s+ (?:the \s+)? report)? | (?:executive \s+)? summary
          | report \s+ summary | background (?: \s+ information)? | introduction | key \s+ issues?
          | decisions? \s+ required | reasons? \s+ for \s+ (?:the \s+)? (?:recommendations?|decision) )
        [ \t]* :? [ \t]* $
    """,
    # Any "Label:" line: where a labelled value stops.
    # A header table's row that names the meeting, its label and value one line with no colon ("Title of Meeting
    # Suffolk Libraries IPS - Board Meeting" beside "Date 26th May 2016"): the value alone is the title (near
    # miss: "Title of Meeting:" with a colon is `label_title`'s, its wrapped lines kept).
    "label_title_row": r"""^ [ \t]* (?: title | name ) \s+ of \s+ (?:the \s+)? meeting [ \t]+
        (?P<value> [^:\s] [^:]* ) $""",
    "any_label": r"^ [ \t]* [A-Za-z][A-Za-z /()&'\-]{1,40} [ \t]* : ",
    "report_of": r"^ [ \t]* report \s+ of \b",
    # ---- the body named in a minutes heading sentence
    "minutes_sentence": r"""
        (?: minutes? \s+ of \s+ (?:proceedings \s+ (?:at|of) \s+)? (?:an? \s+ |the \s+ )? (?:[\w\-]+ \s+){0,2}? meeting
            (?: \s* \( [^()\n]{1,30} \) )? \s+ of
          | (?:an? | the) \s+
            (?:(?:regular|special|ordinary|annual|extraordinary|adjourned|monthly|inaugural|statutory) \s+)?
            (?:board \s+ |council \s+ |commission \s+ )? meeting \s+ of )
        \s+ (?:the \s+)? (?P<body> (?: (?! \b (?:was|were|is) \b ) [^.;:] ){2,120}? ) ,?
        \s+ (?: (?:was|were) \s+ (?:held|called|convened|opened)
              | (?:(?:which|that) \s+)? (?:(?:to|will) \s+ be \s+)? held | convened
              | on \s+ (?:{weekday}|\d) | at \s+ )
      | minutes \s+ of \s+ the \s+ (?! (?:last|previous|next|same|above|said|special|annual) \b)
        # not the month's meeting ("the minutes of the May Meeting held on ...")
        (?! {month_name} \s+ meeting \b )
        (?P<body> [^\n.]{2,80}? ) \s+ meeting \s+ held
      | (?: ^ | (?<=\n) | (?<=\.\s) ) \s* the \s+ (?P<body> (?-i:[A-Z]) [^.;:\n]{2,120}? ) \s+ met \s+ in \s+
        (?:regular|special|adjourned|emergency|ordinary|extraordinary) \s+ session \b
    """,
    # The body as a minutes sentence's subject, opening its line (after the date perhaps): "Elm and Ash
    # Community Council held their meeting via Zoom", "The Parish Council held its Annual Meeting on ...";
    # read only where no heading names the body.
    # minutes' opening sentence naming the body that met in session: "THE WEST VALLEY CITY COUNCIL MET IN REGULAR
    # ELECTRONIC SESSION ON TUESDAY, ...", "The Board of Trustees met in special session" (near misses: "the
    # Council met the applicant", "The Council met in the library": no session)
    "body_met_in_session": r"""
        (?: ^ | (?<=\n) ) [ \t]* (?:the \s+)?
        (?P<body> (?: (?-i:[A-Z])[\w'’\-]* [ \t]+ | (?-i:and|of|the|&|OF|THE|AND) [ \t]+ ){0,8}?
          (?=(?-i:[A-Z])) {body_word} (?: [ \t]+ (?-i:of|OF) [ \t]+ (?-i:[A-Z])[\w'’\-]* ){0,2} )
        \s+ met \s+ in \s+ (?:[\w\-]+ \s+){0,3}? session \b
    """,
    "body_held_meeting": r"""
        (?: ^ | (?<=\n) ) [ \t]* (?: [^\n]{0,30}? \d{4} \s+ )? (?:the \s+)?
        (?P<body> (?: (?-i:[A-Z])[\w'’\-]* [ \t]+ | (?-i:and|of|the|&) [ \t]+ ){0,8}? (?=(?-i:[A-Z])) {body_word} )
        \s+ held \s+ (?:its|their|an?) \s+ (?:[\w\-]+ \s+){0,2}? meeting \b
      # ... or the body that met, with its state after a comma: "THE MAGNA METRO TOWNSHIP COUNCIL, STATE OF UTAH,
      # MET ON TUESDAY, JUNE 19, 2023" (near miss: "the Council met the applicant", no comma, no date after)
      | (?: ^ | (?<=\n) ) [ \t]* (?:the \s+)?
        (?P<body> (?: (?-i:[A-Z])[\w'’\-]* [ \t]+ | (?-i:and|of|the|&|OF|THE|AND) [ \t]+ ){0,8}?
          (?=(?-i:[A-Z])) {body_word} )
        \s* , \s* (?:state|county|commonwealth|province) \s+ of \s+ [\w ]{2,30}? , \s* (?:was \s+ to \s+ meet|met) \b
    """,
    # minutes' opening sentence, the body that met and its state ("THE MAGNA METRO TOWNSHIP COUNCIL, STATE OF
    # UTAH, MET ON TUESDAY ...", "..., WAS TO MEET ON MONDAY ... THE MEETING WAS CANCELLED"): a record of the
    # meeting; near miss: "The Council will meet on Tuesday" (a notice, no state, no past)
    # a minutes heading alone on its line, in capitals or as the word alone ("MEETING MINUTES", "BOARD OF CANVASSERS
    # MINUTES", "Minutes"); near misses: "3. Approval of Minutes", "Minutes of the last meeting were approved"
    "minutes_heading_alone": r"""(?m) ^ [ \t]*
        (?: (?-i: [A-Z][A-Z ,&'\-]{0,60} [ ] )? (?-i: MINUTES ) | (?-i: Minutes ) ) [ \t]* $""",
    "kind_body_met": r"""
        \b (?:council|board|commission|committee|authority) \s* , \s* (?:state|county|commonwealth|province) \s+ of
        \s+ [\w ]{2,30}? , \s* (?:was \s+ to \s+ meet|met) \b""",
    # New Zealand minutes name the meeting without an article, over several lines: "MINUTES OF X District
    # Council / Ordinary Council Meeting / HELD AT ...", "MINUTES OF X District Council / Finance Committee Meeting
    # HELD ON ...".
    "minutes_of_named_meeting": r"""
        (?: ^ | (?<=\n) ) [ \t]* minutes \s+ of \s+ (?! (?:an?|the|proceedings) \b )
        (?P<name> [^.:;]{2,150}? ) \s+ meeting \s+ held \b
    """,
    # A council's name and the meeting's own body after it: "X District Council Finance Committee" (the
    # committee), "X District Council Ordinary Council" (the council).
    "council_then_body": r"""
        ^ (?P<council> .{2,80}? \b council ) \s+
          (?: (?:(?:ordinary|extraordinary|special|regular|annual|monthly|statutory|adjourned) \s+)* council
            | (?P<body> .{2,80}? \b (?:committee|sub\-committee|subcommittee|panel|board|forum|group|commission) ) )
        $
    """,
    # An Irish municipal district named as a meeting's body, with the meeting's kind after it: "Municipal
    # District of Adare / Annual General Meeting", "Ballymore Municipal District Special" (near miss: "Municipal
    # District Offices", "the district's municipal services").
    "municipal_district": r"""
        ^ (?P<body> (?:the \s+)? (?: municipal \s+ district \s+ of \s+ (?-i:[A-Z])[\w'\-]+
                                   (?: [\s\-]+ (?! {meeting_kind_word} \b ) (?-i:[A-Z])[\w'\-]+ ){0,3}
                                 | (?: (?-i:[A-Z])[\w'\-]+ [\s\-]+ ){1,4} municipal \s+ district ) )
          (?: \s+ (?:{meeting_kind_word} \s*)+ )? $
    """,
    # A body named by pointing back to the heading above it: "a meeting of the above Council", "the said Council".
    "referring_body": r"^ \s* (?:the \s+)? (?:above | said | aforesaid | above[\s\-]named) \s+ {body_word} \b",
    "referring_sentence": r"\b (?:the \s+)? (?:above | said | aforesaid | above[\s\-]named) \s+ {body_word} \b",
    # The body that a recommendation or decision preamble names.
    "preamble_body": r"""
        (?: \b that \s+ (?:the \s+)? (?P<body>{body_name}) \s+ (?:accept|agree|approve|note|adopt|endorse|consider)s? \b
          | \b (?:the \s+)? (?P<body>{body_name}) \s+ (?:is|are) \s+ (?:asked|recommended|requested|invited) \s+ to
          | \b (?:the \s+)? (?P<body>{body_name}) \s+ resolved \b )
    """,
    # A person and the post they hold printed as a heading line: "Angela Calvillo, Clerk of the Board" (no body).
    "person_role_line": r"""(?-i)
        ^ \p{Lu}\p{Ll}+ (?: [ ]\p{Lu}\.? )? [ ]\p{Lu}[\p{L}'\u2019\-]+ , [ \t]+ (?i:the[ \t]+)?
        (?i: clerk | secretary | director | manager | chair(?:man|woman|person)? | president | officer
           | administrator | executive | treasurer | solicitor ) \b
    """,
    # The authority a body serves, printed after the body's name on its heading line: " City and County of San
    # Francisco" of "Board of Supervisors City and County of San Francisco" (the body is what stands before it).
    # ... or the county and the state after commas: ", UTAH COUNTY, UTAH" of "BOARD OF COUNTY COMMISSIONERS, UTAH
    # COUNTY, UTAH" (near miss: "Board of Supervisors, Chair" names no county)
    "owning_authority_tail": r"""
        [ \t,\-\u2013]+ (?:the[ \t]+)? (?:city[ \t]+and[ \t]+county | city | county | town | village | borough
            | township | district) [ \t]+ of [ \t]+ (?-i:\p{Lu}) [\p{L}'\u2019. \-]{1,40} $
      | [ \t]* , [ \t]+ (?-i:\p{Lu}) [\p{L}'\u2019.\-]+ (?: [ \t]+ (?-i:\p{Lu}) [\p{L}'\u2019.\-]+ ){0,2} [ \t]+ county
            (?: [ \t]* , [ \t]+ (?-i:\p{Lu}) [\p{L}'\u2019.\-]+ (?: [ \t]+ (?-i:\p{Lu}) [\p{L}'\u2019.\-]+ )? )?
            [ \t]* $
    """,
    # A heading line that names a body, perhaps with the meeting's date after it.
    # ... or a board, committee or commission "of" or "on" its remit: "County Board of Health",
    # "Board of Education", "Committee on School District Organization" (capitalised words only).
    "body_heading": r"""
        ^ [ \t]* (?:\*\*)? [ \t]* (?P<body> (?:the \s+)? [\w ,&'\-\#]{0,80}? \b {body_word}
          (?: (?<= board | committee | commission ) \s+ (?:of|on) \s+ (?:the \s+)?
              (?-i:[A-Z][\w'\-]*) (?: \s+ (?:(?-i:[A-Z][\w'\-]*)|and|&|of|for) ){0,5} )? \b
          (?: \s* \( (?-i:[A-Z]{2,6}) \) )? )
    """,
    # The council a body belongs to, written as its owner: "X City and County Council's Travel Committee"
    # is the committee's (near miss: "Council's" followed by a lower-case word is left alone).
    "body_owner_prefix": r"""
        ^ .{0,80}? \b (?:council|authority|corporation) ['’] s \s+ (?=(?-i:[A-Z]))
    """,
    # What the meeting was called for, after its body: "Special Meeting of X County Council to consider
    # the 2017 Service Delivery Plan" (near miss: "Committee to the Board" is no purpose: a verb must follow).
    "body_purpose_tail": r"""
        \s+ to \s+ (?:consider|discuss|review|receive|approve|adopt|elect|agree|note|hear|debate|strike|set|fix)
        \b .* $
    """,
    # A dated heading before the body: "November 16, 2021 Meeting Jan 11, 2022 - SACRAMENTO COUNTY
    # COMMITTEE ..." (the part before the dash must hold a date or end in "Meeting": "Planning - Committee"
    # is left alone).
    "body_dated_prefix": r"^ (?P<head> .{0,80}? (?: \d | \b meeting ) ) \s+ {dash} \s+ (?=\S)",
    "spaced_dash": r"\s {dash} \s",
    # "the Planning Committee of Mid Vale District Council": the committee is the body, not its council.
    # A US special district named alone at the head, the body when no board or council is named ("AGENDA" /
    # "HOMOSASSA SPECIAL WATER DISTRICT" / "Regular Meeting", "X COUNTY EMERGENCY SERVICES DISTRICT NO. 2"); a district
    # alone ("North Planning District", "West Clare Municipal District", "Central Business District") is a place
    "special_district_heading": r"""
        ^ [ \t]* (?P<body> (?-i:\p{Lu}) [\w ,&'\-]{0,60}? \b
          (?:water|fire(?:\s+protection)?|sanitary|sanitation|utility|irrigation|library|park|hospital|port
            |emergency\s+services|security|school|conservation|drainage|transit|recreation|cemetery|levee
            |mosquito(?:\s+abatement)?|community\s+services)
          \s+ district (?: \s+ (?:no\.?|number|\#) [ \t]* \d{1,3} )? )
        [ \t]* $
    """,
    # A board named with the authority it serves, as a minutes sentence names it ("a regular meeting of the
    # Board of Commissioners of the Homosassa Special Water District was held"): the board; near misses:
    # "Board of Supervisors" alone, "Board of Health" of no authority named
    "board_of_owner": r"""
        ^ (?P<body> (?:the \s+)? board \s+ of \s+ (?:[\w&]+ \s+){0,3}?
            (?:commissioners|directors|trustees|supervisors|governors|education|health) ) ,? \s+
          of \s+ (?:the \s+)? (?-i:\p{Lu}) [^,]{1,80}? \b
          (?:district|authority|agency|port|township|county|city|town|village|corporation) $
    """,
    "committee_of_council": r"""
        ^ (?P<body> .+? \b (?:committee|sub\-committee|subcommittee|panel|board|forum|group|commission|cabinet
                          |executive) ) ,? \s+ of \s+ (?:the \s+)? [^,]+? \b council $
    """,
    # "NOTICE OF DECISIONS TAKEN BY THE CABINET ON 12 SEPTEMBER 2023": the notice's title and decision-maker.
    # the decision a planning authority's notice gives, its title as printed: "GRANT OF PLANNING PERMISSION"
    "planning_decision_title": r"""{planning_decision} \b""",
    "decisions_taken_by": r"""
        ^ \s* (?P<title> (?:notice \s+ of \s+)? (?:(?:key|executive|cabinet|officer) \s+)? decisions? \s+
          (?:taken|made) \s+ by \s+ (?:the \s+)? (?P<body> [^\n,;:]{2,80}? ) ) \s* (?: \s (?:on|at) \b .* )? $
    """,
    # A line naming a meeting, with its date ("Ordinary Council Meeting 28 November 2023", a running
    # header): not a report's title.
    "meeting_name_line": r"\b meeting \s* $",
    # Welsh names put the body word first: "Pwyllgor Craffu" (Scrutiny Committee), "Cyngor Sir X" (X County Council).
    "welsh_body_heading": r"^ [ \t]* (?:cyngor|pwyllgor|is\-bwyllgor|bwrdd|panel|cabinet) \b",
    # A meeting's kind around a body's name: "Ordinary Council Meeting" names the "Council".
    # The meeting named after a body's name, its kind perhaps before it: "... Meeting", "... public meeting",
    # "... Ordinary Meeting" (the body's name is what stands before it)
    "meeting_word_end": r"""
        \s+ (?: (?:public|ordinary|extraordinary|special|regular|annual|general|monthly|full|open) \s+ )? meeting $
      # (a work session or a retreat names the meeting too: "Cottonwood Heights City Council Work Session")
      | \s+ (?:work|study|budget|special|joint|closed|executive) \s+ session $""",
    "meeting_kind_line": r"""
        ^ \s* (?:ordinary|extraordinary|special|regular|annual|monthly|statutory|adjourned) \s+
        (?P<name> \S .{0,60}? ) \s+ meeting \s* $
    """,
    # A body's name, then a dash or a colon and the meeting: "Gridley City Council —Regular City Council Meeting
    # Minutes", "GRIDLEY CITY COUNCIL AGENDA: Regular Meeting of 8-5-19" (the head is read as a body's name; near
    # miss: "Budget – Regular review" names no meeting after the mark)
    # A council's committee named after the council and a dash: "TULSA CITY COUNCIL - Public Works Committee
    # Meeting" (near misses: "Gridley City Council - Regular City Council Meeting", the meeting after the dash;
    # "Planning Committee - Minutes", no parent before the dash)
    "parent_then_committee": r"""
        (?P<parent> [^\-\u2013\u2014:]{3,60}? \b (?:council|authority|board) ) \s* (?: [\u2013\u2014] | \s - \s ) \s*
        (?P<body> [^\-\u2013\u2014:]{3,60}? \b (?:committee|sub-?committee|panel|commission) )
        (?: \s+ (?:regular \s+ |special \s+ )? (?:meeting|minutes|agenda) )* \s*
    """,
    "body_then_meeting": r"""
        (?P<head> [^:\u2013\u2014]{3,60}? ) \s* (?: [\u2013\u2014] | \s - \s | : ) \s*
        (?: (?:regular|special|ordinary|extraordinary|annual|adjourned|joint|work|study) \b .{0,80}
          | .{0,60}? \b (?:meeting|session|minutes) \b .{0,60}
          # ... or the paper's kind: "CABINET – PUBLIC QUESTION", "Planning Committee - Record of Decisions"
          | (?:public \s+ |members' \s+ )?
            (?: questions? | decisions? | record \s+ of \s+ decisions? | decision \s+ notice
              | agenda (?: \s+ pack )? | reports? (?: \s+ pack )? ) \s* $ )
    """,
    # "MINUTES OF THE BOARD OF SUPERVISORS" names the "BOARD OF SUPERVISORS".
    "meeting_of_prefix": r"""
        ^ \s* (?: (?:minutes|agenda) \s+ (?:of|for) \s+ (?:the \s+ |an? \s+)? )?
        (?: (?:\w+ \s+){0,2} meeting \s+ of \s+ (?:the \s+)? )?
    """,
    # "Commission Meeting Minutes" names the "Commission", "CITY COUNCIL AGENDA" the "CITY COUNCIL".
    # ... the agenda's kind before it, perhaps run into it ("Infrastructure Committee SupplementaryAgenda")
    # (the meeting's kind before it goes too: "Garelochhead Community Council Public Meeting Agenda"; near miss:
    # "Public Library Board Agenda", "Public" no meeting's kind there)
    "minutes_suffix": r"""
        \s+ (?: (?:public|ordinary|extraordinary|special|regular|annual|general|monthly|full|open) \s+ meeting \s+
               | meeting \s+ )?
        (?: (?:supplementary|revised|draft|amended) \s* )? (?:minutes|agenda) \s* $
    """,
    # a page's number printed after the heading on its line ("Commission on Aging 1")
    "heading_page_number_end": r"\s+ \d{1,3} \s* $",
    # Noise around a title: a leading item number, a trailing "PDF 789 KB", "(Item 102)".
    "title_noise": r"""
        # a field's label alone, a form's heading cell and no title ("DATE" over "TUESDAY" / "APRIL" / "12, 2023")
        ^ \s* (?: date | time | place | location | venue | page | day ) \s* :? \s* $
      | ^ \s* \d{1,3} (?:\.\d{1,3})* \.? \s+ (?=[A-Za-z])
      | ^ \s* (?: agenda \s+ item | issue (?: \s+ details)? | decision (?: \s+ details)? ) \s* {dash} \s*
      | \s+ (?:pdf \s+ icon \s+)? pdf \s+ \d[\d.,]* \s* [kmg]b \s* $
      | \s* \( \s* item \s+ [\w.]+ \s* \) \s* $
      # what the paper is, before the meeting's name ("MEETING MINUTE SUMMARY" / "EMIGRATION CANYON PLANNING
      # COMMISSION MEETING"); near miss: "Summary of the Budget Workshop" (a title of its own)
      | ^ \s* (?: meeting \s+ )? (?: minute \s+ summary | minutes \s+ summary | summary \s+ minutes ) \s+ (?=\S)
    """,
    "agenda_item": r"(?:^ \s* agenda \s+ item \s+ (?:no\.?\s*)? (?P<n>[\w.]+) | \( \s* item \s+ (?P<n>[\w.]+) \s* \))",
    # "To: All Members of the County Council" addresses the body's members.
    "members_of": r"""
        ^ (?: (?:the \s+)? (?:mayor|chair(?:man|person)?|cathaoirleach) \s+ and \s+ )?
          (?: (?: all | each | every | the ) \s+ )? (?:the \s+)? members? \s+ of \s+ (?:the \s+)?
    """,
    # A web page's link past its navigation: "Skip to main content", "Skip to content", "Jump to navigation"
    # (near miss: "We skip to the main item" is a sentence, not a line of its own).
    "skip_link_line": r"""^ \s* (?: skip \s+ to \s+ (?:the \s+)? (?:main \s+)? content
        | jump \s+ to \s+ (?:main \s+)? (?:content|navigation) ) \s* $""",
    # A letterhead's sidebar roster, one line a name and the next its seat ("Devender Sandhu" / "Chair" /
    # "Rose Savage" / "Vice Chair" / ... "Trustee"): the seat's line.  Such a run is no part of the heading
    # (`extract.fields._head_lines` reads past it), and a name never runs on into its seat's line
    # (`extract.people.names._clean_name`); near miss: a single "Chair" line under a name.
    "sidebar_seat_line": r"""^ (?: vice[ \t-]+ | deputy[ \t]+ )?
        (?: chair(?:man|woman|person)? | trustee | member | councillor | director | secretary | treasurer | president
          | mayor | clerk ) \s* $""",
    # The body an approval stamp names ("Adopted by the Vaughan Public Library Board on October 17, 2013"): its
    # full name, where the heading prints a shorter one ("LIBRARY BOARD MEETING"); near miss: "Approved by
    # the Chair" names no body the heading's ends.
    "stamp_body": r"""^ [\W_]* (?:approved|adopted|confirmed|ratified) \s+ by \s+ (?:the \s+)?
        (?P<body> (?-i:\p{Lu})[\w&'’.\- ]{2,80}? ) \s+ (?:on|at) \s""",
    # Letterhead lines: addresses, telephone numbers, web and mail addresses.
    # A draft's notice printed above the heading: "DRAFT ONLY – THESE MINUTES WILL NOT BE CONSIDERED APPROVED
    # UNTIL", "Draft minutes, subject to approval at the next meeting"; "open" when the line ends where its date
    # follows on the next line.  Near miss: "Draft Local Plan consultation" (no approval named)
    "draft_notice_line": r"""
        ^ [\W_]* draft \b [^\n]{0,80}? \b
          (?: until | subject \s+ to (?: \s+ (?:formal \s+)? approval)? | not \s+ (?:yet \s+)?
            (?:be \s+ | been \s+)? (?:considered \s+)? (?:approved|confirmed|agreed) ) \b [^\n]*?
        (?P<open> (?<= \b until ) [ \t]* )? $
    """,
    "heading_noise": r"""
        telephone | \b tel \b | \b fax \b | www\. | @ | https?:// | \b [A-Z]\d[A-Z] \s? \d[A-Z]\d \b
      | (?-i: \b [A-Z]{1,2} \d [A-Z\d]? \s \d [A-Z]{2} \b )
      | \b \d{3} [\-.\s] \d{3} [\-.\s] \d{4} \b
      | ^ \s* \d+ \s+ (?:\w+ \s+){1,3} (?:street|st|road|rd|avenue|ave|lane|drive|way) \b
    """,
    # A letterhead line naming the authority, not a meeting: "SAN JUAN WATER DISTRICT", "Elm Township", "ASH
    # COMMUNITY COLLEGE DISTRICT", "ELM PARISH COUNCIL", "Ash Community Council" (not "Ash Township Board", "City
    # Council", "Planning Commission"; "City of Elm" over its council's meeting is kept as the title's first words).
    "authority_letterhead": r"""
        ^ [ \t]* (?-i:[A-Z])[\w.'’&\- ]{1,50}? \s (?: township | (?:[\w\-]+ \s+){0,3} district
                                                | (?:parish|town|community|village) \s+ council ) [ \t]* $
    """,
    # what a letterhead's next line names when it names the meeting: "BOARD MEETING AGENDA", "Annual General
    # Meeting", "Budget Hearing", "Planning Commission Meeting Agenda", "Board Meeting Minutes"
    "meeting_line": r"\b (?: meeting | hearing | agenda | minutes ) \b",
    # An attendance list's opener: the meeting's heading is above it, never it or below it ("PRESENT",
    # "Apologies for absence:", "Members present: ...").
    "attendance_opener": r"""
        ^ [\W_]* (?: (?:members \s+ |councillors \s+ |those \s+ )? present | apologies (?: \s+ for \s+ absence)?
                 | in \s+ attendance | also \s+ present | absent | roll \s+ call ) [ \t]* (?: : | $ )
    """,
    # A link to the page in another language above a document's heading ("Para traducción al español HAGA CLIC
    # AQUÍ", "Para tradução em português CLIQUE AQUI", "Memodiksyon Kreyòl Ayisyen KLIKE ISIT"), or a line in a
    # script with no Latin letter (the Arabic link's words); near miss: "Click Here for the agenda" is English
    # the document keeps (no other language named)
    "translation_link_line": r"""
        \b (?: haga \s+ clic | clique \s+ aqui | klike \s+ isit | cliquez \s+ ici ) \b
      | ^ [^\p{Latin}]* \p{Arabic} [^\p{Latin}]* $
    """,
    # a word in small letters that joins no name ("moves", "regular"; not "of", "the", "and", "for", "on", "to")
    "lower_word": r"""(?-i)(?<![\p{L}\-'’])(?!(?:of|the|and|for|on|to|in|at|a|an|&)\b)\p{Ll}[\p{L}'’\-]*""",
    # "MEETING MINUTES" alone above the meeting's name (": MEETING MINUTES | :" / "ALTA PLANNING COMMISSION MEETING"):
    # no part of the title; under the name ("X COUNTY COMMISSION" / "MEETING MINUTES") it ends it
    "paper_kind_first_line": r"""^ [\W_]* meeting \s+ minutes [\W_]* $""",
    "generic_heading": r"""
        # (or what the paper is, in so many words: "MEETING MINUTE SUMMARY", "Summary Minutes"; near miss: "PLANNING
        # COMMISSION MEETING MINUTES", which names the meeting)
        ^ [\W_]* (?: minutes | agenda | decision \s+ details | issue \s* {dash} \s* meetings
               | (?: meeting \s+ )? (?: minute \s+ summary | summary \s+ minutes | minutes \s+ summary )
               | notice \s+ of \s+ (?:the \s+)? meeting | summons (?: \s+ to \s+ attend)?
               | record \s+ of \s+ decision
               | (?: \w+ (?:[ ]+ \w+)* \s+ {dash} \s+ )? proposed \s+ record \s+ of \s+ decision
               | original \s+ file .* | --- | page \s+ \d+ .*
               | unrestricted | restricted | public (?: \s+ document \s+ pack)? | part \s+ [ab1i]+
               | scanned \s+ page .*
               # a report's banner saying what it is for, over its title ("REPORT FOR ACTION", "STAFF REPORT"; near
               # miss: "Report for Action on Housing", words after it)
               | (?: staff \s+ | information \s+ | decision \s+ )? report
                 (?: \s+ for \s+ (?:action|information|decision) (?: \s+ with \s+ confidential \s+ attachments? )? )?
               # a logo's word set off by a mark, a city's wordmark over a report ("~TORONTO"; near miss: "Budget"
               # alone, a title)
               | (?<= [~\u00ae\u00a9\u2122] ) \p{L}+
               # the roll call's heading names the body it calls, not a body of its own ("ROLL CALL OF COUNCIL")
               | roll \s+ call (?: \s+ (?:of|vote) \b .* )? ) [\W_]* $
    """,
}
