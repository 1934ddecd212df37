"""Structure rules: list labels, section headings and the preambles that open
recommendations; the forms of decisions are in `decisions`.  Pure data;
`minutes_parser.patterns` compiles it.

Patterns named ``*_start`` are matched at the start of a line's words (after
any list label and opening quotes); patterns named ``*_in`` are searched
anywhere in a sentence.
"""

from __future__ import annotations

# Words a full stop follows without ending a sentence ("Mr.", "Co.", "No.", "etc.").
ABBREVIATIONS: tuple[str, ...] = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "nos",
    "co",
    "st",
    "cllr",
    "cllrs",
    "cmhlr",  # Irish "Comhairleoir" (Councillor)
    "clir",  # "Cllr." as a scan often reads it
    "rev",
    "revd",
    "prof",
    "ltd",
    "inc",
    "etc",
    "eg",
    "ie",
    "vs",
    "approx",
    "dept",
    "sr",
    "jr",
    "gov",
    "hon",
    "esq",
    "fig",
    "para",
    "paras",
)

# Words a sentence cannot end on: a line that stops on one of them ("a. Note that", "approve the")
# is wrapped, however short, and the next line carries on its sentence.
DANGLING_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "of",
    "to",
    "and",
    "or",
    "that",
    "for",
    "in",
    "on",
    "with",
    "by",
    "from",
    "at",
    "as",
    "be",
    "is",
    "are",
    "its",
    "their",
    "which",
    "whose",
)

# Times of day written with stops ("6:31 p.m."): before a capital they end the sentence.
CLOCK_ABBREVIATIONS: tuple[str, ...] = ("a.m", "p.m")

PIECES: dict[str, str] = {
    # the statutory grounds after a resolution to exclude the public ("The general subject of the matter to be
    # considered while the public is excluded, the reason for passing this Resolution ..."): not its words
    "statutory_grounds": r"the \s+ general \s+ subject \s+ of \s+ (?:the|each) \s+ matters? \b",
    # the item number a meeting system's "Subject :" field opens on, then the item's title: "4.6 Scholarship"
    "item_field_number": r"\d{1,2} (?: \.\d{1,2} ){1,2} \.? [ \t]+ (?-i: \p{Lu} )",
    "bullet_char": r"""[\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219\u00b7
                       \uf0b7\uf0a7\uf076\uf0d8\u27a2\u25a0\u25a1o\-\*\u2013]""",
    # A decision-making body as it opens a preamble ("Cabinet", "The Executive",
    # "County Council", "The Planning Committee", "The Cabinet Member").
    # A deciding body's members named together, as the subject of a decision in prose: "the commissioners",
    # "Councillors", "the board members", "the trustees"
    "deciding_members": r"""
        (?:the\s+)?
        (?:commissioners|councillors|council\s*members|board\s+members|members|trustees|directors|supervisors
           |aldermen|selectmen|governors)
    """,
    "deciding_body": r"""
        (?:the\s+)?
        (?:[A-Z][\w'&-]*\s+){0,4}?
        (?:mayor\s+and\s+cabinet|cabinet(?:\s+member)?|council|committee|sub-committee|executive|board|commission|panel
           |governing\s+body|leader|mayor|assembly|authority|trustees|governors|forum)
    """,
    # Whoever makes a recommendation in a US agenda or minutes: staff, an officer, a department, or
    # a board, commission or committee ("Staff", "The City Manager", "Planning Department",
    # "The Planning Board"); not a document ("the report").
    "recommender": r"""
        (?:the \s+)? (?:[\p{L}'\u2019\-]+ \s+){0,3}?
        (?: staff | administration | superintendent | manager | director | department | officers? | management
          | executive | attorney | clerk | engineer | planner | treasurer | chief | board | commission | committee
          | chair (?:man|woman|person)? )
    """,
    # A resolution's register number as New Zealand minutes print it after "Committee Resolved"
    # or "Resolution number": "FPCO/2024/00006", "CNCL/2023/00123", "GB/2024/45".
    "resolution_code": r"(?-i: [A-Z]{2,6} / \d{4} / \d{1,5} )",
    # What minutes say before the body's list of decisions: "After consideration, ",
    # "Following discussion, ", "Having considered the report, ".
    "deliberation_lead": r"""
        (?: after | following | having \s+ considered | on \s+ consideration \s+ of | thereafter )
        (?: \s+ (?:due|full|further|some|a|brief) )? (?: \s+ (?:consideration|discussion|debate|deliberation) )?
        [^.:,\n]{0,40}? ,? \s+
    """,
    "motion_field": r"(?-i: (?:ACTION|Action|MOTION|Motion) \s* : \s* )",
    # Consent without a motion: "Without objection", "There being no objection", "By general consent".
    "general_consent": r"""(?: without \s+ (?:any \s+)? objections? | there \s+ being \s+ no \s+ objections?
        | with \s+ no \s+ objections? | by \s+ (?:general|unanimous) \s+ consent )""",
    # Who moved or seconded, as a motion sentence names them: up to a comma, through an honorific's
    # stop ("Ms. Creason", "Dr. McKibbin").
    "mover_name": r"(?: [^,.\n] | \.(?=[ ]\p{Lu}) ){1,60}?",
    # a motion moved as the approval of a matter: "moved approval of the agreement", "I move adoption of ..."
    "approval_of": r"""(?:approval|adoption|acceptance|ratification) \s+ of \s""",
    "motion_verb": r"""
        (?:approve|adopt|accept|authori[sz]e|award|(?:re-?)?appoint|(?:re-?)?elect|renew|reinstate|hire|adjourn|receive|ratify|enter|table|pass|amend
          |come(?=\s+out\b)|go(?=\s+(?:into|in\s+to)\b)|reconvene|recess|exit|resume
          |introduce|direct|deny|uphold|waive|allocate|accept|continue|set|place|refer|grant|authori[sz]e)
    """,
    # The other-language words a bilingual heading prints beside its English one
    # (Māori in New Zealand, Welsh in Wales): "Ngā tūtohunga", "Whakataunga", "Argymhellion", "Penderfyniad".
    "heading_gloss": r"""
        (?i: ng[\u0101a] \s+ t[\u016bu]tohu(?:nga)? | argymhelli(?:ad|on) | penderfyniad(?:au)?
          | te \s+ whakatau | whakataunga )
    """,
    # A member named with the title of the office: "Cr Denise Eaglesome-Karekare",
    # "His Worship the Mayor Craig Little", "Councillor Michael (Mike) Bird".
    "member_name": r"""(?-i:
        (?: (?i:his|her) \s+ (?i:worship) \s+ (?i:the) \s+ )?
        (?i:councillors?|crs?|cllrs?|mayor|deputy[ ]mayor) \.? \s+
        \p{Lu}[\p{L}'\u2019\-]+ (?: [ ]+ (?: \p{Lu}[\p{L}'\u2019\-]+ | \( \p{Lu}[\p{L}'\u2019\-]+ \) ) ){0,4} )""",
}

PATTERNS: dict[str, str] = {
    # A list label at the start of a line, then at least one blank (or a tab).
    # Alternatives are tried in order: multilevel before decimal, roman before alpha.
    # A leading bullet or dash before another label ("- a. text", "- 2.2 text",
    # markdown lists of converted documents) is not part of the label.
    "list_label": r"""
        (?: (?P<lead> [\-\*\u2022\u2013] ) [ \t]+ (?= \(? [0-9a-zA-Z] ) )?
        # a meeting system's item field whose value opens on the item's number: "Subject : 4.6 Scholarship
        # Fund Report" (BoardDocs; near miss: "Subject: 4.6 million for roads" names no item)
        (?: (?-i: Subject ) [ \t]* : [ \t]* (?= {item_field_number} ) )?
        (?: (?: (?:{deciding_body} \s+)? resolved | resolution \s+ (?:number|no\.?) )
            (?: [ \t]+ (?= {resolution_code} (?: [ \t] | $ ) )
            # "Resolved:  19.7" alone on its line over the mover and the words (New Zealand minutes)
              | [ \t\u00a0]* : [ \t\u00a0]+ (?= \d{1,4} [./\-] \d{1,4} [ \t\u00a0]* $ ) ) )?
        (?P<label>
            (?P<word_label> (?:recommendation|resolution) \s+ (?:no\.?\s*)?
                (?P<word_number>\d{2,4}[-/]\d{1,4}|\d{1,3}(?:\.\d{1,2})?|[a-z]) \s* [:.\-\u2013]?
              | motion \s+ (?:no\.?\s*|\#\s*)? (?P<word_number>\d{2,4}[-/]\d{1,4}) \s* [:.\-\u2013]? )
          | (?P<number_label> (?-i:[A-Z]{1,3}) \d{2,4} [-/] \d{1,4} | (?-i:[A-Z]{2,3}) \d [-/] \d{2,4}
                              # (not a register number a spaced dash and its subject follow: a planning
                              # application's reference is the topic's first words, "DM/2031/00026 – New dwelling
                              # ... - approved."; near miss: "FPCO/2031/00006 That the apology be accepted.")
                              | {resolution_code} (?! [ \t\u00a0]+ [\-\u2013] [ \t\u00a0] )
                              | (?<= : [ \t\u00a0]+ ) \d{1,4} [./\-] \d{1,4} (?= [ \t\u00a0]* $ ) ) :?
          | \(? (?P<multilevel> \d{1,2} (?: \.\d{1,2}){1,3} ) \.? \)?
          | \( (?P<decimal>\d{1,3}) \) | (?P<decimal>\d{1,3}) [.)]
          | \( (?P<roman>{roman_lower}|{roman_upper}) \) | (?P<roman>{roman_lower}|{roman_upper}) [.)]
          | \( (?P<alpha>[a-zA-Z]) \) | (?P<alpha>[a-zA-Z]) [.)]
          | (?P<bullet> {bullet_char} )
        )
        # a number's stop typed with no space before a capitalised word ("1.Mark St. John, Alsea"; near misses:
        # "2.5 million", "1.a" stay unlabelled)
        (?: [ \t\u00a0]+ | $ | (?<= (?<![\d.])\d{1,2} \. ) (?= (?-i:\p{Lu}\p{Ll}) ) )
    """,
    # ---------------------------------------------------------------- recommendations
    # A heading alone on its line: "Recommendations", "9 Recommendation(s):",
    # "RECOMMENDATION", "Recommendations to Cabinet:".
    # "Recommendation/s", "Officer Recommendations Ngā Tūtohu" (a bilingual heading),
    # "RECOMMENDED ACTION:" (US agenda reports).
    "reco_heading": r"""
        ^ (?: \d{1,2} (?:\.\d{1,2})* \.? \s+ )?
        (?: {heading_gloss} \s* [/\u2013\-]? \s* )?
        (?: (?:officers?|key|staff|department(?:al)?|management|administration|committee|executive|director|manager)
              ['\u2019]?s? \s+ )?
        (?: recommendations? (?:\(s\)|/s)? | recommended \s+ (?:actions?|motions?) )
        # ... to whom, not what: "Recommendations to Cabinet" (near miss: "Recommendation to Exclude the Public",
        # an item's title naming what is recommended, its report below it)
        (?: \s+ to \s+ (?! (?:exclude|adopt|approve|note|receive|accept|defer|establish|appoint|amend)\b )
            [\w\s]{1,40}? )?
        (?: \s* [/\u2013\-]? \s* {heading_gloss} )?
        \s* [:.]? \s* $
    """,
    # A motion an agenda prints for the meeting to make, under its item: "Motion: to accept the report of the
    # Rules Management Subcommittee", "MOTION: To accept all federal entitlement ... grants" (read in agendas
    # only: in minutes the line records a motion made; near miss: "Motion to Adjourn", an item's title); the
    # member who is to move it may be named: "Motion by Chair Lynch to allow licensees to extend hours ..."
    # (near miss: "Motion by Councilor Ewen regarding parking", a title that proposes no wording)
    "agenda_motion_line": r"""
        ^ (?-i:Motion|MOTION) (?: [ \t]* : [ \t]* | \s+ by \s+ (?-i: (?:[A-Z][\w.'\u2019-]* \s+){1,4}? ) )
        (?P<rest> (?:to|that) \s+ \S.* )
    """,
    # "Recommendation: text" / "Recommendations - text" on one line; a US agenda's "RECOMMENDED
    # ACTION: Approve minutes." / "Recommended Motion - Adopt the resolution." likewise.  A side heading run
    # into its text with no mark reads the same where the text opens a proposal, "That ..." or an action
    # verb: "RECOMMENDATION      That the Board approves the budget.", "I. Recommendation Approve the
    # transfer of $6,500 ..." (near misses: "Recommendation Approved by Cabinet", "Recommendation Report").
    "reco_inline": r"""
        ^ (?: \d{1,2} (?:\.\d{1,2})* \.? \s+ )?
        (?: recommendations? (?:\(s\))? | recommended \s+ (?:actions?|motions?) )
        (?: \s* [:\-\u2013] \s*
          | [ \t\u00a0]+ (?= (?-i: That | THAT ) \s | (?= (?-i:\p{Lu}) ) {agenda_action_verb} )
          # ... or run into the motion it proposes, under that motion's label: "I. Recommendation Board Motion:
          # “Approve the reclassification ...”" (the words in the quotes)
          | [ \t\u00a0]+ (?: (?:board|council|recommended|suggested|proposed) \s+ )? motion \s* : \s* [\u201c"]? )
        (?P<rest> \S.* )
    """,
    # Preambles that open recommendations: "It is recommended that:", "It is recommended by the
    # Finance Committee that the Board ..." (who recommends named: the whole sentence is the item),
    # "Cabinet is asked to:", "The Executive is recommended to:",
    # "Members are asked to:", "RECOMMENDED that", "RECOMMENDED to Council that",
    # "RESOLVED to recommend to the County Council:".
    "reco_preamble_start": r"""
        ^ (?:
            it \s+ is \s+ (?:therefore\s+|further\s+)? recommended \s+ (?: by \s+ [^.:;\n]{3,120}? \s+ )? (?:that|to)\b
          # (not the reason a late item is taken: "The Committee are asked to consider Item 4.3 at today's
          # meeting ...", "Council are asked to consider this matter at today's meeting")
          | {deciding_body} \s+ (?:is|are) \s+ (?:therefore\s+|now\s+|also\s+)?
              (?:asked|recommended|requested|invited|advised) \s+ to\b
              (?! \s+ consider \s+ (?:item \s+ [\d.]+ | this \s+ (?:matter|item|report)) \s+ at \s+ (?:today|this) )
              # (nor a ceremony the chair calls for: "The Council is invited to stand for a minute's silence in
              # tribute to ...", "... invited to observe a minute's silence")
              (?! \s+ (?:stand|rise|observe) \b )
          | (?:the\s+)? members \s+ (?:are|is) \s+ (?:therefore\s+)? (?:asked|recommended) \s+ to\b
          | (?-i:RECOMMENDED|Recommended) \b (?: \s* [:\-\u2013] | \s+ that | \s+ to \s+ [^:]{1,60}? \s+ that \b )
          | (?:and\s+)? (?:resolved|agreed) \s* [:\-\u2013\u2014,]? \s*
              (?: to \s+ recommend \b | that \s+ it \s+ be \s+ recommended \b )
          | that \s+ {deciding_body} \s+ (?:accepts?|notes?|receives?|considers?) \s+ the \s+ report
              \s+ and \s* [:\-\u2013]? \s* $
          # a committee's report transmitting the matters under it to the council: "Transmits the Following
          # with Recommendation the Same be Severally Approved:" (near miss: "Transmits the following
          # communication", nothing recommended)
          | (?: transmits? \s+ (?:the \s+ following \s+)? )? with \s+ (?:the \s+ | a \s+)? recommendation \s+
              (?: that \s+ )? (?: the \s+ same | they | it ) \s+ (?: be | do \s+ pass ) \b
        )
    """,
    # A recommendation written as one sentence by whoever makes it, the whole sentence the item (US
    # agendas and staff reports): "Staff recommends that the Council approve ...", "Action: The
    # superintendent is recommending that the board ...", "The City Manager recommends adoption of ...",
    # and an agenda entry that is itself the recommendation: "Recommendation for approval of the
    # minutes of ...".  Read in agendas and minutes only.  A document recommending ("the report
    # recommends that") is prose, not this.  Two who recommend together name both ("Planning Board and
    # Planning Department recommend approval of ...", "Staff and the Parks Commission recommend ...").
    # An entry worded as what the body is asked to do is the same: "For the Board of Directors to
    # authorize the General Manager to ...", "For the Council to adopt ..." (an action verb follows).
    # What the body is asked to deliberate on, not to decide ("Council is asked to consider issuing an RFP ...",
    # "... is asked to review the updated agreement"): no recommendation where the item's own "Recommendation:"
    # line follows it (the reader checks); near miss: "Council is asked to approve ..." (a verb of deciding)
    # An agenda record's field naming its item by number (a board-management system's export: "Subject : 3.
    # Conference with Legal Counsel", then "Category : B. Closed Session" and "Recommended Action : ..."): the
    # item's label, "3." or "1.2" as printed; a record with no number has none (the search stops at it)
    "item_field_number": r"""
        [ \t]* (?:subject|item|agenda \s+ item) [ \t]* : [ \t]*
        (?: (?P<label> \d{1,3} (?: \. \d{1,3} )* \.? ) [ \t]+ )? \S
    """,
    "asked_to_deliberate_start": r"""
        ^ {deciding_body} \s+ (?:is|are) \s+ (?:also\s+)? asked \s+ to \s+ (?:consider|review|discuss|note|receive)\b
    """,
    "reco_sentence_start": r"""
        ^ (?: (?:recommended \s+)? action \s* : \s*
            # the field naming what the item is for, action one of them: "Public Comment/Action: The
            # superintendent is recommending that ...", "Discussion/Action:" (near miss: "Public Comment: The
            # superintendent is recommending ..." names no action, a report of what was said)
            | (?: public \s+ comment | discussion | information | review ) \s* (?: / | and | & ) \s* action \s* : \s*
            # the item's title in capitals before a dash: "1. MEETING MINUTES – Staff recommends the Housing
            # Authority approve ..." (near miss: "MEETING MINUTES – The minutes were approved", no recommender)
            | (?-i: [\p{Lu}\d][\p{Lu}\d \t&,'\u2019/]{2,60}? ) \s+ [\u2013\u2014\-] \s+ )?
          (?P<rest>
            {recommender} (?: \s* (?:,|and|&) \s* {recommender} )*
            \s+ (?: (?:further|also|therefore) \s+ )?
            (?: recommends? | (?:is|are) \s+ recommending | (?:has|have) \s+ recommended ) \s+
            # (or the course recommended as a verb's -ing form: "Staff recommends awarding the bid to ...",
            # "recommends purchasing the equipment"; near miss: "Staff recommends nothing further")
            (?: that | to | the | approval | adoption | (?-i:\p{Ll}{3,}ing) ) \b
          # a committee's decision, in minutes, to recommend to another body: "The Committee agreed to recommend
          # to the Finance Committee that R.O.W. Berry's quotation ... is accepted"; near miss: "The Committee
          # agreed to recommend a contractor later" (no "that" clause: no recommendation yet)
          | {recommender} \s+ (?:unanimously \s+)? (?:agreed|decided|resolved) \s+ to \s+ recommend \s+
              (?: to \s+ [^.;:\n]{3,60}? \s+ )? that \b
          | recommendations? \s+ (?:for|to) \s+ (?:approv|adopt|award|authori|accept|receiv|ratif)\w* \b
          | for \s+ {deciding_body} (?: \s+ of \s+ (?:directors|trustees|supervisors|education) )?
              \s+ to \s+ {agenda_action_verb} )
    """,
    # In minutes, the recommendation put to the meeting (Northern Irish minutes print it before the
    # proposer): "It was recommended that the Committee approve ...".
    # A paragraph under a label that joins the item's background to its recommendation, as US city staff write
    # them into an agenda or its minutes: "BACKGROUND and RECOMMENDATION: The existing restroom ... Staff
    # recommends awarding the bid to ..." (the recommending sentence is the item, the background is not; near
    # miss: "BACKGROUND: The existing restroom ...", no recommendation named)
    "reco_background_label": r"""
        ^ (?: background | summary | discussion | analysis ) \s* (?: and | & | / ) \s*
          (?: staff \s+ )? recommendations? \s* : \s*
    """,
    "reco_minutes_start": r"""
        ^ it \s+ was \s+ (?:therefore\s+|further\s+)? recommended \s+ that \s+ {deciding_body} \s+ (?! had \b )
    """,
    # In minutes, the recommendations moved as a motion before the list of them: "The Leader moved and
    # the Deputy Leader seconded the recommendations of the Cabinet set out in the report, namely that
    # the County Council:" (the paragraph must end in the colon that opens the list).
    "reco_moved_in": r"""
        \b (?:moved|proposed) \b .{0,120}? \b recommendations? \b (?! \s+ (?:was|were|be)\b )
    """,
    # The purpose a report's heading is put to the meeting for, on its own line under the heading
    # ("RECOMMENDATION" / "for consideration" / "That having considered ..."): not an item.  The whole line
    # only: "for consideration by the Finance Committee in May." is a sentence's end.
    # ... or the form the recommendation takes, a sub-heading alone on its line under it, as a legislation page
    # prints it ("Recommendation" / "Suggested Action" / "Staff requests Council's review ..."); near miss:
    # "Suggested Action: approve the plan" (its words on the line)
    "heading_purpose": r"""
        ^ (?: for \s+ (?:consideration|decision|information|noting|approval|adoption|endorsement|agreement
                   |discussion|determination|resolution)
            | (?:suggested|recommended|requested|proposed) \s+ (?:actions?|motions?) ) \s* [:.]? \s* $
    """,
    # Headings that close a recommendations section.
    "reco_stop_start": r"""
        ^ (?:
            reasons? \s+ for \s+ (?:the\s+)? (?:recommendations?|decisions?|proposals?)
          | options? \s+ (?:considered|appraisal)
          | alternative \s+ options?
          | background \b
          | minutes \s* :
          | additional \s+ documents
          | reason \s* \(s\)
          | (?:report|contact) \s+ (?:author|officer)
          | appendices \b
          | summary \s* :?\s*$
          | {statutory_grounds}
        )
    """,
    "statutory_grounds_line": r"(?<=\n) [ \t]* {statutory_grounds}",
}
