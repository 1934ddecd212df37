"""Recommended versus resolved: the words and phrases that decide a comparison.

Pure data.  `minutes_parser.compare.diffs` reads the word lists; the regexes are
compiled lazily by `minutes_parser.patterns`.
"""

from __future__ import annotations

PIECES: dict[str, str] = {
    "cmp_month": r"""(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
                       |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)""",
    "cmp_be": r"(?:be|is|are|was|were|being|been)(?:\s+and\s+(?:is|are)\s+hereby)?",
    "cmp_rec_word": r"recommendations?",
    # "Recommendation No. 3", "recommendation 2", "recommendations (a) and (c)"
    "cmp_rec_label": r"""(?:no\.?\s*|number\s+)?(?P<label>\(?[0-9ivxlc]{1,6}[.)]?(?:\.\d+)*\)?|\(?[a-h]\))""",
    # What comes before a label a decision names: "Recommendation 2", "paragraph (b)", "item No. 3"
    # (`compare.statuses.names_label` adds the label itself).
    "cmp_label_naming": r"(?:recommendation|paragraph|item)\s*(?:no\.?\s*)?",
    # One item label or a range of them as a consent motion names them: "B through I", "1 and 2", "3",
    # "5.1 to 5.6", "A-C", "1, 2 and 4" (`compare.statuses.item_labels` expands a range).
    "cmp_item_label": r"\b(?:[A-Z]|\d{1,3}(?:\.\d{1,3}){0,2})\b",
    "cmp_item_labels": r"""{cmp_item_label}(?:\s*(?:,|and|&|through|thru|to|-|–)\s*{cmp_item_label})*""",
}

PATTERNS: dict[str, str] = {
    # The words around a label that are not the label: "Recommendation No. 2" -> "2" (`compare.nodes.norm_label`).
    "cmp_label_words": r"\b(?:recommendations?|resolutions?|resolved|item|no)\b\.?",
    # What `diffs.folded` trims from a folded wording: quotation marks around it, a leading "That",
    # trailing list punctuation and a trailing "and" / "or".
    "cmp_quotes_around": r"""^["']+|["']+$""",
    "cmp_leading_that": r"^that\s*,?\s+",
    # A motion's infinitive marker before the decision verb: "(moved ...) to nominate Director Ash" is the
    # wording "Nominate Director Ash" (`diffs.folded`).  Only at the start and only before a word.
    "cmp_leading_to": r"^to\s+(?=[^\W\d_]{3,}\b)",
    # A stray symbol between two letters of one word, left by text recognition ("We~tchester"): no word of
    # its own (`diffs.substance` drops it, so the word's pieces stay one word).
    "cmp_ocr_junk": r"(?<=[^\W\d_])[~^|\\](?=[^\W\d_])",
    # A shorter name for the object a recommendation names (`diffs.shorter_name`): the words it drops
    # before the name are a head noun governing it ("the amendments to [the Debt Policy]", "the revised
    # [Fees Schedule]" is not this: nothing governs it), and the words it drops after are a prepositional
    # phrase that identifies it ("[the minutes] for the meeting of 4 May 2031", "[the plan] dated ...").
    "cmp_governing_head": r"^(?:(?:the|a|an)\s+)?(?:[^\W\d_]+\s+){1,2}(?:to|of|for)\s+(?:the\s+)?$",
    "cmp_identifying_tail": r"^(?:for|of|at|on|from|held|dated|dates?)\b",
    # What the dropped words must not hold for the shorter name to be the same decision: another conjunct,
    # a condition or an exception, a sum of money or a share.
    "cmp_substantive_tail": r"\b(?:and|or|but|subject|except|excluding|provided|unless|if|not)\b|[$£€%]",
    # "That Council adopt ..." and "That the Council adopt ...": the article before the deciding body at the
    # start is no word of the decision (`diffs.folded`).  Only the body words, only at the start.
    "cmp_leading_the_body": r"^the\s+(?=(?:council|board|committee|cabinet|executive|commission)\b)",
    "cmp_trailing_punctuation": r"""[\s;:,."']+$""",
    "cmp_trailing_conjunction": r"[;,]?\s+(?:and|or)$",
    # American -ize spellings onto British -ise before stemming (organize -> organise), in a lower-case word.
    "cmp_ize": r"(?<=\w{3})iz(?=(?:e|es|ed|ing|ation|ations|er|ers)$)",
    # Phrases that identify a paper or say how it was handled, not what was decided.  Each is removed
    # from both wordings before their substance is compared (`diffs.substance`).
    "cmp_procedural": r"""
        \b(?:as\s+)?(?:circulated|presented|tabled|attached|appended)(?:\s+(?:at|to|with)\s+the\s+(?:meeting|agenda|report))?\b
      | \bdated\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?{cmp_month}\b(?:\s*,?\s*\d{4})?
      | \bdated\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}
      | \b(?:be\s+and\s+)?(?:is|are)\s+hereby\b
      | \bhereby\b
      | ,?\s*(?:including|incorporating|namely|as\s+follows|with)?(?:\s*the\s+following(?:\s+\w+){0,2})?\s*:\s*$
      | \bfor\s+the\s+reasons?\s+(?:set\s+out|given|stated|outlined|detailed)\s+in\s+the\s+(?:report|minute)\b
      | \bas\s+(?:recommended|submitted)\b(?!\s+(?:by|in)\b)
      | \b(?:as\s+)?(?:set\s+out|detailed|outlined|contained|described)\s+in\s+the\s+
        (?:attached\s+)?(?:report|appendix)\b(?!\s+(?:at|in)\s)
    """,
    # Who moved and seconded a motion, where the motion's wording names them: "Councillor Haynes moved
    # that Council approve ...", "Motion by Ash, seconded by Birch, to approve ...", "It was proposed by
    # Cllr Ash, seconded by Cllr Birch and RESOLVED that ...".  Removed before comparing substance.
    "cmp_mover": r"""
        ^\s*(?:
            (?:it\s+was\s+)?(?:then\s+)?(?:proposed|moved)\s+by\s+[^,]{1,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^,]{1,60}?
              ,?\s+(?:and\s+(?:resolved|agreed|carried)\s+)?
          | (?:a\s+)?motion\s+by\s+[^,]{1,60}?,\s+second(?:ed)?\s+by\s+[^,]{1,60}?,\s+
          | (?:councill?or|cllr|commissioner|councilmember|alderman|mayor|cr)\.?\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?
              \s+moved(?:\s*,\s*seconded\s+by\s+[^,]{1,60}?,)?\s+
        )(?=(?:that|to)\b)
    """,
    # The decision-maker named at the start, and the ask: "Cabinet is asked to agree X", "Cabinet agree to X",
    # "It is recommended that the Committee", "The Executive resolved to".  Removed before comparing substance.
    "cmp_subject": r"""
        ^\s*(?:that\s*,?\s+)?(?:it\s+is\s+(?:recommended|proposed|requested)\s+that\s+)?
        (?:(?:the|this)\s+)?(?:(?:county|city|district|borough|full|town|parish)\s+)?
        (?:cabinet(?:\s+member)?|council|executive(?:\s+member)?|committee|sub-committee|board|panel|leader|members?)
        (?=\s+(?:(?:is|are)\s+(?:asked|recommended|requested|invited)|resolved?|decided?|agreed?|agrees
                |approved?|approves|noted?|notes|endorsed?|endorses|adopt(?:s|ed)?|accept(?:s|ed)?|will|should
                |[a-z]+ed)\b)
        (?:\s+(?:is|are)\s+(?:(?:hereby|therefore)\s+)?(?:asked|recommended|requested|invited))?(?:\s+to\b)?
    """,
    # A committee's "be submitted to Full Council for adoption" is enacted by Council's "be adopted".
    "cmp_refer_for_decision": r"""
        \b(?:be\s+)?(?:submitted|referred|recommended|forwarded)\s+to\s+(?:the\s+)?(?:full\s+|county\s+|city\s+)?
        (?:council|cabinet|executive|board)(?:\s+meeting)?\s+for\s+(?:its\s+)?(?P<verb>adoption|approval|endorsement|ratification)\b
    """,
    # A resolution that adopts recommendations by reference instead of restating them:
    # "the recommendations in the report be agreed", "Recommendation No. 3 was agreed",
    # "the recommendations set out in paragraph 2 be approved", "... with the following amendment".
    "cmp_reference": r"""
        (?:^|\b)(?:that\s*,?\s+)?(?:the\s+)?(?:(?:officer|officers|report)[’']s?\s+)?
        (?P<plural>{cmp_rec_word})
        (?:\s+{cmp_rec_label}(?:\s*(?:,|and|&)\s*{cmp_rec_label})*)?
        (?:\s+(?:as\s+)?(?:set\s+out|contained|detailed|outlined|listed|made)?\s*(?:in|of|at|within)\s+
             (?:the\s+)?(?:(?:report|paragraph|section|appendix)s?(?:\s+(?P<para>\d+(?:\.\d+)*))?(?:\s+of\s+the\s+report)?
                          |(?:officer|officers)[’']?s?\s+report|agenda\s+item|minute))?
        \s*,?\s+(?:{cmp_be}\s+)?(?:(?:agreed|approved|adopted|accepted|endorsed|ratified|confirmed)\b|carried\b)
    """,
    # A recommendation that only points at a decision printed elsewhere:
    # "agree to the proposed decision, as detailed in the attached PROD".
    "cmp_rec_reference": r"""
        \b(?:agree|approve|endorse|take|make)\s+(?:to\s+)?the\s+(?:proposed\s+|draft\s+)?(?:key\s+)?decisions?\b
        (?:\s*,?\s*(?:as\s+)?(?:set\s+out|detailed|attached|shown|contained|outlined)\b|\s*[.;]?\s*$)
    """,
    # The same in the active voice: "Cabinet agreed the recommendations", "approve recommendations 1 and 3",
    # "agreed the recommendations set out in paragraph 2 of the report".
    "cmp_reference_active": r"""
        \b(?:agreed?|agrees|approved?|approves|adopted?|adopts|accepted?|accepts|endorsed?|endorses)\s+
        (?:to\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:officer|officers|report)[’']?s?\s+)?
        (?P<plural>{cmp_rec_word})
        (?:\s+{cmp_rec_label}(?:\s*(?:,|and|&)\s*{cmp_rec_label})*)?
        (?:\s+(?:as\s+)?(?:set\s+out|contained|detailed|outlined|listed|made)?\s*(?:in|of|at|within)\s+
             (?:the\s+)?(?:(?:report|paragraph|section|appendix)s?(?:\s+(?P<para>\d+(?:\.\d+)*))?(?:\s+of\s+the\s+report)?
                          |(?:officer|officers)[’']?s?\s+report))?
        (?!\s+(?:of|from|by)\s+(?:the\s+)?(?!report)[A-Z]?\w+)
        (?=\s*(?:[.;,:]|$|with\b|subject\b|as\s+amended\b|and\b))
    """,
    "cmp_reference_amended": r"""\b(?:with|subject\s+to)\s+the\s+following\s+amendments?\b|\bas\s+amended\b
                                 |\bsubject\s+to\b|\bamended\s+(?:to\s+read|as\s+follows)\b""",
    # A decision that did not enact what was recommended: "this item was deferred", "withdrawn".
    "cmp_not_resolved": r"""
        \b(?:item|matter|report|recommendations?|motion|proposal|decision)\s+(?:was|were|be|is|are)\s+
        (?:deferred|withdrawn|postponed|not\s+(?:agreed|approved|adopted|carried)|refused|rejected|lost|defeated)\b
      | \b(?:deferred|postponed)\s+(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|later|\w+\s+meeting)
    """,
    # A decision that is a verdict on its matter and nothing else: "APPLICATION FOR REAR ADDITION – APPROVED
    # WITH CONDITIONS.", "Decision: Refused", "GRANTED subject to conditions".  The matter before the dash is
    # only its name; the verdict is the decision (`compare.statuses.verdict_decision`).  Near miss: "The
    # application be approved subject to the conditions in the report" has words of its own and pairs by them.
    "cmp_verdict_decision": r"""(?-i:^(?:[^.;\n]{0,160}?\s*[–—:-]{1,2}\s*)?)
        (?:(?P<approve>approved|granted|accepted|adopted)|(?P<deny>denied|refused|rejected|declined))
        (?:\s+(?:with|subject\s+to)\s+(?:the\s+)?(?:\w+\s+)?conditions?
          |\s+as\s+(?:recommended|submitted|presented|proposed|amended)
          |\s+with\s+an?\s+[\w\s-]{1,30})?\W*$""",
    # A recommendation that asks for a verdict on the matter: "Staff recommends Approval of the project",
    # "Officers recommend that the application be refused", "Recommendation: Grant permission".  Near miss:
    # "recommends that the Board note the report" asks for no verdict.
    "cmp_verdict_recommended": r"""
        \brecommend(?:s|ed|ation)?\s*:?\s+(?:that\s+(?:the\s+)?(?:\w+\s+){0,3}(?:be|is)\s+)?
        (?:(?P<approve>approv(?:al|e|ed)|grant(?:ed)?)|(?P<deny>denial|deny|denied|refus(?:al|e|ed)|reject(?:ion|ed)?))\b
    """,
    # An ordinal's letters, printed apart or not: "13 th February", "13th February" -> "13 February".
    "cmp_ordinal": r"""(?<=\d)\s*(?:st|nd|rd|th)\b""",
    # A minute or agenda item's heading that starts a line: "7.5   Use of the Common Seal", "285. Allotment Rents",
    # "6.2.1 Adoption" (the title may wrap onto the next line).  Within one document a recommendation and a
    # resolution with such a heading printed between them are in different items and do not pair
    # (`compare.nodes.Sections`).  A heading is short and title-like: a numbered paragraph of prose ("4) Mr Ash
    # said ...", "1.2 On 16 December the Government published the ...") is not one, nor a list entry ("1. That
    # ...", "2. Agree ..."); a line inside a recommendation or resolution is never a heading (checked there).
    "cmp_minute_heading": r"""(?-i)(?m)^[^\S\n]*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)[^\S\n]+
        (?!(?:That|THAT|The|Resolved|RESOLVED|Recommend|RECOMMEND|Moved|MOVED|Agree|Approve|Note|Receive)\b)
        [A-Z][^\n.;:,]{0,50}$""",
    # An agenda item's heading with the label a consent motion names it by: "B." alone on a line (its title
    # on the next line), "3. 2025 Water Plan Update", "### E. Recommended Changes to Services", "XIV. Action
    # Items".  Read only to know under which labelled item (and title) a recommendation or resolution is
    # printed (`compare.nodes.Sections`); a line inside a recommendation or resolution is never one.
    "cmp_item_heading": r"""(?-i)(?m)^[^\S\n]*(?:\#{1,4}[^\S\n]*)?
        (?P<label>[A-Z]|\d{1,3}(?:\.\d{1,3}){0,2}|[IVXL]{1,5})[.)](?=[^\S\n]|$)[^\S\n]*
        (?P<title>(?:[A-Z0-9(][^\n]{0,118})?)[^\S\n]*$""",
    # One label of those a consent motion names (`compare.statuses.item_labels` reads them one by one).
    "cmp_item_label_one": r"{cmp_item_label}",
    # A consent (omnibus) motion naming the items it approves: "to approve Items B through I on the unanimous
    # consent agenda", "approve the Consent Calendar item 3", "items 1 and 2 of the Consent Calendar", "Consent
    # agenda items 5.1 to 5.6 were approved".  Each item named resolves the recommendation printed under it.
    "cmp_consent_items": r"""
        \b(?:approve|approved|adopt|adopted|accept|accepted|pass|passed)\s+(?:the\s+)?
        (?:(?:unanimous\s+)?consent\s+(?:agenda|calendar)\s+items?\s+(?P<labels>{cmp_item_labels})
          | items?\s+(?P<labels>{cmp_item_labels})\s+(?:on|of|from|in)\s+the\s+(?:unanimous\s+)?
            consent\s+(?:agenda|calendar))
      | \bconsent\s+(?:agenda|calendar)\s+items?\s+(?P<labels>{cmp_item_labels})\s+(?:were|was|be|are|is)\s+
        (?:approved|adopted|accepted|agreed)\b
    """,
    # A minute heading between two decisions: "13. Allotment Rents", "(b) Play Strategy" on a line of its own.
    "cmp_heading_line": r"""(?-i)(?m)^[ \t]*(?:\d{1,3}[.)]?|\(?[a-z]\))[ \t]+[A-Z][^\n.;:]{2,100}$""",
    # Report references shared by a report and the minute on it: "24/00096", "CAB-2025-01", "R2025-193".
    # Not a date: "30/01/2025" and "2025-01-30" are neither.
    "cmp_paper_ref": r"""(?-i)(?<![\d/.-])\b(?:[A-Z]{1,5}[-/ ]?)?\d{2,4}[-/]\d{2,6}\b(?![-/.]\d)""",
}

# Words that carry no substance of their own: articles, prepositions, auxiliaries, and the light verb
# of "authority be given to" / "approval be given".  Compared after
# lemmatising (see `diffs.lemma`), so only base forms are needed here.
_FUNCTION_WORDS = """
    a an the this that these those it its their our his her them they we us you your which who whom whose
    of to in on at for by with from into onto upon within about as than so such also then there here
    and or nor but both either whether
    be is are was were been being am do does did have has had shall should will would
    hereby herein thereof therein wherein whereby any all each other same
    give given gave
    unanimously unanimous accordingly duly nem con carried majority
    ' ’ 's
"""
FUNCTION_WORDS: frozenset[str] = frozenset(_FUNCTION_WORDS.split())

# Decision verbs that frame a decision ("Agree the terms" / "the terms be agreed") without being its
# substance.  A class name each: swapping within a class is rewording, across classes an amendment
# ("note the report" is not "approve the report").
FRAMING_VERBS: dict[str, str] = {
    "agree": "approve", "approve": "approve", "endorse": "approve", "adopt": "approve",
    "accept": "approve", "support": "approve", "confirm": "approve", "ratify": "approve",
    "authorise": "approve", "authorize": "approve", "resolve": "approve", "decide": "approve",
    "note": "note", "receive": "note", "welcome": "note", "acknowledge": "note",
    "recommend": "recommend",
}  # fmt: skip

# Paper-state words that drop away when a paper is adopted ("the draft scheme" becomes "the scheme").
STATE_WORDS: frozenset[str] = frozenset({"draft", "proposed", "attached", "circulated", "enclosed"})

# Irregular forms a suffix rule cannot reach.
IRREGULAR_LEMMAS: dict[str, str] = {
    "taken": "take", "took": "take", "undertaken": "undertake", "undertook": "undertake",
    "chosen": "choose", "chose": "choose", "given": "give", "gave": "give", "made": "make",
    "held": "hold", "brought": "bring", "sought": "seek", "met": "meet", "written": "write",
    "wrote": "write", "done": "do", "did": "do", "does": "do", "has": "have", "had": "have",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
    "set": "set", "put": "put", "led": "lead", "paid": "pay", "laid": "lay", "sent": "send",
    "spent": "spend", "built": "build", "kept": "keep", "left": "leave", "sold": "sell", "bought": "buy",
    "children": "child", "people": "people", "data": "data", "criteria": "criterion",
    # "note" would otherwise fold onto the negation "not".
    "note": "note", "notes": "note", "noted": "note", "noting": "note",
    "news": "news", "us": "us", "its": "its", "this": "this", "thus": "thus",
}  # fmt: skip

NUMBER_WORDS: dict[str, str] = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "fifty": "50", "hundred": "100",
}  # fmt: skip
