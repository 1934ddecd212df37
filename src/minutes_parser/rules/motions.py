"""Motion rules: how minutes print who moved and seconded a motion, what became of it and
how the meeting voted.  Pure data; `minutes_parser.patterns` compiles it lazily.

Each pattern names the general form it reads:

* ``motion_moved_by``: a mover introduced by a phrase, with an optional seconder: "Proposed by
  Cllr X, seconded by Cllr Y" (ModernGov/CMIS), "Proposed by Councillor X; Seconded by
  Councillor Y;" (Irish), "Moved by: Councillor X / Seconded by: Councillor Y" (Canadian),
  "Moved: Cr X / Seconded: Cr Y" (Australian, New Zealand), "MOVED Director X, SECONDED
  Director Y" (British Columbia), "Motion by X, second by Y, to ..." (US), "It was moved by X
  and seconded by Y that", "On the proposal of X, seconded by Y, ...", "An amendment was
  moved by X";
* ``motion_name_moves``: the mover's name first, "Mr X proposed, and Mr Y seconded the motion
  that", "Councillor X moved to adopt ...", "Cllr X proposed that" (a name needs an honorific
  here, and "moved" needs a motion after it: "moved to a new office" is not one);
* ``motion_bracketed``: "X (motion), Y (second)" after a decision line (US boards);
* ``motion_slash``: "(Cr X/Cr Y)" after the motion's text (Australian);
* ``motion_numbered_movers``: a resolution number and two names on one line, "R2025-191
  S. Foote, L. Chalapenko:" (Ontario townships);
* ``motion_notice``: "I will move at the next Meeting that ..." (Irish notices of motion);
* ``motion_attach``: a mover or seconder named for a motion already printed: "The Motion was
  proposed by X and seconded by Y", "The Motion was seconded by X", "Cllr X seconded.",
  "Councillor X, in proposing the Motion", "; seconded by X";
* ``motion_outcome``: what became of it: "On being put to the vote the motion was CARRIED",
  "Amendment lost.", "declared the motion carried", "Motion carried 5-0", "Motion Passed
  (11 to 3)", a line ending "Carried." / "CARRIED" / "DEFEATED" / "(Carried)", "this Motion
  was withdrawn", "the proposal fell", "All in favour";
* ``motion_vote_intro``: where a motion's wording has ended and the voting begins;
* ``motion_count`` / ``motion_count_after`` / ``motion_score``: printed counts: "For (12)",
  "Against: 3", "4 members voted in favour and 2 against", "carried 5-0", "CARRIED 4/3",
  "(11 to 3)", "by 12 votes to 3";
* ``motion_vote_label``: a named-vote list's label ("For (14)", "Ayes:", "Opposed:").
"""

from __future__ import annotations

from .people import HONORIFICS

#: Words members are named with in motions besides the people rules' honorifics (a regional
#: district's "Director", a board's "Supervisor", "Chair Smith").
MOTION_HONORIFICS: tuple[str, ...] = (
    "Councillors",
    "Cllrs",
    "Crs",
    "Directors",
    "Director",
    "Supervisor",
    "Board Member",
    # a commission's members and officers by the commission's name ("Planning Commission Member Rob Voye
    # introduced a motion ...", "Planning Commission Vice-Chair Jeff Niermeyer moved ...")
    "Planning Commission Member",
    "Planning Commission Chair",
    "Planning Commission Vice-Chair",
    "Planning Commission Vice Chair",
    "Commission Member",
    "Council Members",
    "Councilmembers",
    "Commissioners",
    "Vice Chair",
    "Vice-Chair",  # the hyphenated spelling ("seconded by Vice-Chair Mounts")
    "Vice President",
    "Vice-President",
    "President",
    "Chairperson",
    "Chairman",
    "Chair",
    "Member",
    "Lord Mayor",
    "Deputy Lord Mayor",
    "Cathaoirleach",
    "Leas-Chathaoirleach",
    "Clir",  # how OCR reads a printed "Cllr"
)

#: Words of a line printed in capitals that a sentence in mixed case prints in lower case even after a member's
#: title (where a name stands): the verbs and small words of a motion ("COUNCIL MEMBER WHITE THEN MOVED TO
#: APPROVE ..." is read as "Council Member White then moved to approve ...").  See motion_parts.capitals_view.
CAPITALS_LOWER_WORDS: frozenset[str] = frozenset({
    "THEN", "ALSO", "MOVED", "MOVES", "SECONDED", "SECONDS", "MADE", "MAKES", "MOTIONED", "PROPOSED", "VOTED",
    "VOTING", "AND", "THE", "TO", "A", "AN", "OF", "ON", "BY", "WAS", "WERE", "IS", "ALL", "AYE", "AYES", "NAY",
    "THAT", "IN", "AT", "FOR", "WITH", "AS", "MOTION", "OR", "NOT", "BE", "IT",
})  # fmt: skip

#: What a word of an outcome means.
OUTCOME_WORDS: dict[str, str] = {
    "carried": "carried",
    "carries": "carried",
    "passed": "carried",
    "passes": "carried",
    "pass": "carried",  # "Final Result: 6 – 0 Pass"
    "adopted": "carried",
    "agreed": "carried",
    "approved": "carried",
    "resolved": "carried",
    "accepted": "carried",
    "confirmed": "carried",
    "received": "carried",
    "favour": "carried",
    "favor": "carried",
    "support": "carried",  # "all Board members present voted in support"
    "favorably": "carried",
    "favourably": "carried",
    "unanimous": "carried",  # "Motion was unanimous. 3-0"
    "yes": "carried",
    "aye": "carried",
    "ayes": "carried",
    "yea": "carried",
    "yeas": "carried",
    "lost": "lost",
    "defeated": "lost",
    "denied": "lost",
    "failed": "lost",
    "fails": "lost",
    "fail": "lost",
    "fell": "lost",
    "not pass": "lost",  # "the motion does not pass"
    "not carry": "lost",
    "rejected": "lost",
    "reject": "lost",  # "the Board voted to reject it"
    "approve": "carried",  # "the Commission voted to approve it"
    "withdrawn": "withdrawn",
    "withdrew": "withdrawn",
    "voted": "carried",  # "VOTED 11-0-2 by roll call": carried unless its count says otherwise (motions._draft)
    "deferred": "deferred",
    "postponed": "deferred",
    "tabled": "deferred",
    "noted": "noted",
}

#: What a named-vote or count label means.
#: Counts of votes written as words ("two votes against").
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}

VOTE_LABELS: dict[str, str] = {
    "affirmative": "for",  # "15 affirmative votes"
    "negative": "against",
    "for": "for",
    "in favour": "for",
    "in favor": "for",
    "aye": "for",
    "ayes": "for",
    "yea": "for",
    "yeas": "for",
    "yay": "for",
    "yays": "for",
    "yes": "for",
    "voting for": "for",
    "voting aye": "for",  # "VOTING AYE — COUNCIL MEMBERS BLAIR, HYER, ... VOTING NO — NONE."
    "voting yes": "for",
    "voting no": "against",
    "voting nay": "against",
    "voting in favour": "for",
    "voting in favor": "for",
    "against": "against",
    "nay": "against",
    "nays": "against",
    "noes": "against",
    "no": "against",
    "opposed": "against",
    "voting against": "against",
    "abstain": "abstain",
    "abstained": "abstain",
    "abstaining": "abstain",
    "abstention": "abstain",
    "abstentions": "abstain",
    "absent": "absent",
}

#: Verbs a motion "to ..." starts with ("moved to adopt"): what tells a motion from a move
#: ("moved to a new office").
ACTION_VERBS: tuple[str, ...] = (
    "approve",
    "adopt",
    "accept",
    "deny",
    "table",
    "authori[sz]e",
    "receive",
    "direct",
    "award",
    "amend",
    "refer",
    "defer",
    "adjourn",
    "recess",
    "postpone",
    "continue",
    "recommend",
    "waive",
    "ratify",
    "(?:re-?)?appoint",  # "moved to reappoint Nancy Torres ..."
    "grant",
    "reject",
    "suspend",
    "rescind",
    "close",
    "open",  # "moved to open the public hearing"
    "enter",
    "go",
    "allow",
    "support",
    "oppose",
    "request",
    "ask",
    "note",
    "reconsider",
    "extend",
    "forward",
    "endorse",
    "send",
    # a recommendation given or offered to the body above: "moved to give a positive recommendation to the City
    # Council", "to offer a favorable recommendation" (near miss: "moved to give a presentation" has no decision:
    # only "give a ... recommendation" reads)
    r"give\s+(?:a\s+|an\s+|the\s+)?(?:(?:positive|favou?rable|negative|unfavou?rable)\s+)?recommendation",
    r"offer\s+(?:a\s+|an\s+|the\s+)?(?:(?:positive|favou?rable|negative|unfavou?rable)\s+)?recommendation",
    "confirm",
    "remove",
    "add",
    "move",
    "proceed",
    "declare",
    "instruct",
    "refuse",
    "agree",
    "establish",
    "pass",
    "nominate",
    "(?:re-?)?elect",
    "renew",
    "reinstate",
    "hire",
    # leaving or resuming a session: "moved to come out of nonpublic session at 7:20 p.m.", "to reconvene",
    # "to return to open session", "to exit closed session"
    "come(?=\\s+out\\b)",
    "reconvene",
    "return",
    "exit",
    "resume",
)

_HONORIFIC_WORDS = sorted({*HONORIFICS, *MOTION_HONORIFICS}, key=len, reverse=True)

#: The forms of "motion_vote_intro", where the votes on a motion begin.  A search for their
#: alternation tries every form at every position; each form alone is found by the engine's fast
#: literal search, so the motions step searches them one by one and merges what they find in the
#: order the alternation would (`patterns.finditer_forms`, the same matches).
VOTE_INTRO_FORMS: tuple[str, ...] = (
    r"""\bput\s+(?:the\s+|it\s+|this\s+)?[^.\n]{0,80}?to\s+the\s+vote""",
    r"""\bon\s+being\s+put\b""",
    r"""\b(?:a\s+)?recorded\s+vote\b""",
    r"""\bon\s+a\s+show\s+of\s+hands\b""",
    r"""\b(?:roll|role)\s+call\b""",
    r"""[ \t]*,?[ \t]+(?:and\s+)?(?:seconded|second|2nd)[ \t]+by\b""",
    r"""(?<=[.;][ \t]{0,3})(?:2nd|second|seconded)\b""",
    r"""[ \t]+and\s+(?:{motion_honorific}\s*)?(?:{motion_name}|{motion_initials})[ \t]+(?:seconded|seconds)\b""",
    r"""\bthe\s+voting\s+was\b""",
    r"""\bupon\s+a\s+vote\b""",
    r"""\bthe\s+question\s+was\s+called\b""",
    r"""(?<![^\n])[ \t]*votes?[ \t]*:""",
    r"""\bfollowing\s+(?:a\s+)?debate\b""",
    r"""(?<![^\n])[ \t]*reply[ \t]*:""",
)

#: The forms of "motion_outcome", each after a word's start: a motion's outcome ("the motion was
#: carried", "CARRIED", "all in favour").  Searched form by form (`patterns.finditer_forms`), as
#: `VOTE_INTRO_FORMS` are.
OUTCOME_FORMS: tuple[str, ...] = (
    r"""(?<![\p{L}])\b(?:the\s+)?(?P<subject>(?:substantive\s+|main\s+|original\s+|amended\s+|substitute\s+)?
        (?:motion|amendment|resolution|recommendation|proposal)s?
        (?:\s+no\.?[ \t]*\d+)?(?:\s+as\s+amended)?)
        # ("The Chairperson ruled the motion had been adopted unanimously.")
        \s+(?:was|were|is|has\s+been|had\s+been|having\s+been)\s+(?:then\s+|duly\s+|therefore\s+|subsequently\s+)?
        (?:put\s+and\s+)?(?:declared\s+)?(?P<word>{motion_outcome_word})""",
    # (capitalised after a comma too, the fields run on: "Motion, Ms. A, Second, Mr. B, Motion passed."; near miss:
    # "..., motion passed" in lower case, told in a sentence)
    r"""(?<![\p{L}])(?:{motion_line_start}|(?<=\bthe[ \t]+)|(?<=,[ \t]{1,3})(?=(?-i:M)))
        (?P<subject>(?:substantive\s+|main\s+|original\s+|substitute\s+)?(?:motion|amendment|proposal)
          # (several put as one: "The motions passed with the following vote: ..."; near miss: "the motions passed at
          # the last meeting", the motions that were passed then)
          (?:s(?=\s+(?:\*\*)?(?:passed|carried)\b(?!\s+(?:at|in|on|during|earlier|last|previously|by\s+(?!a\b))\b)))?
          (?:\s+as\s+amended)?
          # (or the vote: "THE VOTE CARRIED UNANIMOUSLY."; near miss: "the vote failed to reach the agenda" has
          # words after it that are no outcome's)
          |(?<=\bthe[ \t]+)vote(?=\s+(?:carried|passed|failed)(?:\s+unanimously)?\s*[.;\n]))
        # (the word in a converter's bold: "The motion **passed**")
        \s+(?:\*\*)?(?P<word>carried|passed|lost|defeated|failed|fell|withdrawn|deferred|carries|passes|fails)\b""",
    r"""(?<![\p{L}])\bdeclared\s+the\s+(?P<subject>motion|amendment)\s+(?P<word>carried|lost|defeated|passed)\b""",
    # the body approving the motion just made, its count after it: "The Committee approved the motion 4-0." (near
    # miss: "The Committee approved the plan", a decision of its own words)
    r"""(?<![\p{L}])\bthe\s+(?:committee|board|commission|council|members)\s+(?:unanimously\s+)?(?P<word>approved)\s+
        (?P<subject>the\s+motion)\b""",
    # the vote on its own labelled line: "Vote on Motion: 5-to-0 in favor." (near miss: "Vote on Motion: tabled"
    # names no count in favour)
    r"""(?<![^\n])[ \t]*vote[ \t]+on[ \t]+(?:the[ \t]+)?(?P<subject>motion)[ \t]*:[ \t]*
        (?P<score>\d{1,2}[ \t]*(?:-[ \t]*to[ \t]*-|-|–|to)[ \t]*\d{1,2}[ \t]+)in[ \t]+(?P<word>favou?r)\b""",
    # the seconding and the outcome in one sentence: "The motion was seconded by Jay Thomas and passed 5-1 in favor
    # of ..." (near miss: "The motion was seconded by Jay Thomas and discussed", no outcome)
    r"""(?<![\p{L}])\bthe\s+(?P<subject>motion)\s+was\s+seconded\s+by\s+[^.;\n]{2,60}?\s+and\s+(?:was\s+)?
        (?P<word>passed|carried|failed|approved|defeated)\b""",
    # "Mayor Cauthorne states the motion does not pass." (near miss: "a motion that does not pass the test of ..."
    # has words after it)
    r"""(?<![\p{L}])\bthe\s+(?P<subject>(?:substitute\s+)?(?:motion|amendment))\s+(?:does|did)\s+(?P<word>not\s+(?:pass|carry))\b
        (?=[ \t]*[.;]|[ \t]*$)""",
    # the proposal named by its mover: "the Cathaoirleach declared Cllr O'Hanlon's proposal carried" (near miss:
    # "Cllr Ash's proposal was discussed" has no outcome word)
    r"""(?<![\p{L}])(?-i:\p{Lu}[\p{L}'’\-]*)['’]s\s+(?P<subject>proposal|motion|amendment)\s+(?:was\s+)?(?:declared\s+)?
        (?P<word>carried|passed|lost|defeated|failed|withdrawn|deferred)\b""",
    r"""(?<![\p{L}])\b(?P<word>withdrew)\s+(?:the|his|her|their)\s+(?P<subject>motion|amendment)\b""",
    # the outcome word alone on its line, "unanimously" before or after it ("Unanimously approved",
    # "CARRIED unanimously"), or "Unanimous." alone under a roll call's names; near misses: "Approved the
    # plan." (words of its own after it), "Unanimous consent was given." (the word opens a sentence)
    r"""(?<![\p{L}])(?:(?<![^\n])[ \t]*(?-i:Unanimously|UNANIMOUSLY)[ \t]+)?
        (?-i:(?P<word>CARRIED|Carried|PASSED|Passed|ADOPTED|Adopted|LOST|Lost|DEFEATED|Defeated|FAILED|Failed
        |WITHDRAWN|Withdrawn|DEFERRED|Deferred|AGREED|Agreed|(?<=Unanimously[ \t]+|UNANIMOUSLY[ \t]+)(?i:approved)
        |(?<=(?<![^\n])[ \t]*)(?:Unanimous|UNANIMOUS)))
        (?:\s+(?:unanimously|by\s+consensus))?
        (?=[ \t]*\.?[ \t]*\)?[ \t]*
            (?:\(?[ \t]*\d{1,3}[ \t]*(?:/|-|–|to)[ \t]*\d{1,3}[ \t]*\)?)?[ \t]*\.?[ \t]*(?![^\n]))""",
    r"""(?<![\p{L}])\ball\s+(?:present\s+|presents\s+|members\s+)?(?:were\s+|was\s+|voted\s+)?(?P<word>in\s+favou?r)\b""",
    r"""(?<![\p{L}])\ball\s+(?P<word>(?:yes|ayes?|yeas?))\b""",
    # the New England clerk's record of the vote opening its line, its count after it: "VOTED 11-0-2 by roll call
    # (...) to ...", "VOTED Unanimously 13-0 to call the question.", "VOTED: 7-6 (...)"; near miss: "Voted to adopt
    # the budget" (no count)
    r"""(?<![^\n])[ \t]*(?-i:(?P<word>VOTED|Voted))[ \t]*:?(?:[ \t]+(?i:unanimously))?
        (?=[ \t]*\d{1,2}[ \t]*[\-\u2013][ \t]*\d)""",
    # the members' assent told after the seconding, the sentence ending there: "Ms. Gilman seconds the motion all
    # approve." (near miss: "all approve of the plan", words after it)
    r"""(?<![\p{L}])\ball\s+(?:present\s+|members\s+)?(?P<word>approve|approved)\b(?=[ \t]*(?:[.;]|\n|$))""",
    # the members voting as one told with the word in its adjective form ("Vote: Commissioners voted unanimous in
    # favor (of commissioners present)"); an outcome field ("Outcome: Passed Unanimously"); near misses: "voted
    # unanimous in favor of the developer's plan" (whom a vote favoured), "Outcome: to be reported"
    r"""(?<![\p{L}])\bvoted\s+unanimous(?:ly)?\s+in\s+(?P<word>favou?r)\b(?!\s+of\b)""",
    r"""(?<![\p{L}])\boutcome[ \t]*:[ \t]*(?P<word>passed|carried|approved|failed|denied|defeated)\b""",
    # a meeting system's result line under the motion: "**Final Result:** 6 – 0 Pass", "RESULT: APPROVED",
    # "Result: Failed 2-4" (near miss: "RESULT: CONTINUED TO AUGUST 29, 2023", the item's fate, not the vote's)
    r"""(?<![^\n])[ \t*]*(?:final[ \t]+)?result[ \t*]*:[ \t*]*
        (?P<score>\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+)?
        (?P<word>pass|passed|approved|adopted|carried|failed|fail|denied|defeated)\b""",
    # the vote told after the seconder's clause: "Motion was seconded by Council Member Blair, all voting aye."
    # (near miss: "all voting members were present", no vote told)
    r"""(?<![\p{L}])\ball\s+(?:members\s+)?(?:present\s+)?voting\s+(?P<word>ayes?|yes|yeas?|in\s+favou?r)\b""",
    # the members who voted named in brackets between: "all Board members present (Chair Moffat, Vice Chair Bernal,
    # and Commissioners Johnson ...) voted in support", "All Board members (...) voted favorably" (near miss: "all
    # Board members voted to defer", a decision of its own words)
    r"""(?<![\p{L}])\ball\s+(?:(?:board|council|committee|commission)\s+)?members\s+(?:present\s+)?
        (?:\([^()]{0,300}\)\s*)?voted\s+(?:unanimously\s+)?(?P<word>in\s+support|favou?rably|in\s+favou?r)\b""",
    # the vote told as a clause after the seconding: "Council Member Harris seconded the motion; vote was unanimous
    # in favor.", "Roll Call Vote was 4-0, unanimous in favor." (near miss: "the vote was in favor of the developer"
    # tells whom a vote favoured, not that a motion carried)
    r"""(?<![\p{L}])\b(?:roll[ \t]+call[ \t]+)?vote\s+was\s+(?:\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]*,?[ \t]*)?
        (?:unanimous(?:ly)?\s+)?in\s+(?P<word>favou?r)\b(?!\s+of\b)""",
    # the vote told as unanimous in a sentence of its own: "The affirmative vote was unanimous.", "the vote was
    # unanimous in the affirmative", "Approved unanimously." (near misses: "the vote was unanimous against the
    # motion", "Approved unanimously by the committee last year, the plan ..." runs on as a sentence's opening)
    r"""(?<![\p{L}])\b(?:(?:the|an?)\s+)?(?:affirmative\s+)?vote\s+was\s+(?P<word>unanimous)(?:ly)?
        (?:\s+in\s+the\s+affirmative)?(?![ \t]+(?:against|no|nay|in\s+opposition|to\s+(?:deny|reject))\b)""",
    r"""(?:(?<![^\n])[ \t]*|(?<=[.;][ \t]{1,3}))(?-i:(?P<word>Approved|APPROVED))[ \t]+unanimously(?=[ \t]*[.;])""",
    r"""(?<![\p{L}])\b(?:voice|roll|role)(?:[ \t]*/[ \t]*(?:voice|roll|role))?[ \t]+vote[ \t]*[-–,]?[ \t]*
        (?:motion[ \t]+)?(?P<word>carried|passed|failed|lost)\b""",
    # the outcome as a sentence of its own after the motion's, run on in the paragraph, with the vote's manner:
    # "it was MOVED by X, seconded by Y, to adopt Item A. Unanimously carried by voice vote. Z absent.",
    # "Carried by roll call vote." (near misses: "Carried by the applicant to the site." names no vote; "Passed by
    # voice vote in 2019, the ordinance ..." runs on as a sentence's opening)
    r"""(?:(?<![^\n])[ \t]*|(?<=[.;][ \t]{1,3}))(?:(?-i:Unanimously|UNANIMOUSLY)[ \t]+)?
        (?P<word>carried|passed|approved|adopted|failed|defeated)(?:[ \t]+unanimously)?[ \t]+by[ \t]+(?:a[ \t]+)?
        (?:unanimous[ \t]+)?(?:voice|roll[ \t]+call|show[ \t]+of[ \t]+hands|unanimous|majority)[ \t]+vote\b
        (?=[ \t]*[.;]|[ \t]*$)""",
    r"""(?<![\p{L}])\b(?:adjournment|amendment)\s+(?P<word>passes|carried|passed)\b""",
    # an ordinance, resolution or by-law named by its number as the outcome's subject: "Ordinance 2024-15 was
    # adopted by a unanimous vote.", "Resolution 2023-R-5 was adopted." (near misses: "Ordinance 2019-3 was
    # adopted in 2019 by the last council", an account of the past, not this vote's outcome; "the CUP was
    # approved for 79 units")
    r"""(?<![\p{L}])\b(?P<subject>(?:ordinance|resolution|by-?law)\s+(?:no\.?\s*)?
        (?-i:\d[\dA-Z]*(?:[\-–][ \t]*\n?[ \t]*[\dA-Z]+)*))
        \s+(?:was|were|is|has\s+been)\s+(?:unanimously\s+)?(?P<word>adopted|approved|passed|carried|defeated)
        (?=[ \t]*[.;]|\s+(?:by|with)\s+(?:a\s+)?(?:unanimous|roll[ \t]+call|majority|voice|\d)|\s+unanimously\b)""",
    # the outcome opening the clause after the seconder's, a count after it: "Spackman motioned to open the
    # hearing; Lee seconded; Passed 5, 0." (near miss: "Lee seconded; Passed items were listed", words after it)
    r"""(?<=\bseconded[ \t]*[;,.][ \t]*(?:\n[ \t]*)?)(?-i:(?P<word>Passed|PASSED|Carried|CARRIED|Failed|FAILED))
        (?=[ \t]*(?:\d|[.;(]|(?![^\n])))""",
    # a line saying where a motion was sent on: "Deferred to Transport SPC", "Postponed until the next meeting"
    # (near miss: "Deferred payments were discussed." names no place or time)
    r"""(?<![^\n])[ \t]*(?-i:(?P<word>Deferred|DEFERRED|Postponed|POSTPONED))[ \t]+(?:to|until)\b[^\n.]{1,60}\.?
        [ \t]*(?![^\n])""",
    # (its count after it: "It was seconded by Commissioner Sanchez and adopted by 7 ayes."; or its vote called
    # unanimous: "Motion seconded by Commissioner Almquist and carried by unanimous vote, with ..."; near miss:
    # "and carried by the applicant", no vote)
    # (near miss: "... be received and adopted.", the words of a passive clause, not the meeting's assent)
    r"""(?<![\p{L}])(?<!\bbe\s+\p{L}+\s+)\band\s+(?P<word>agreed|adopted|carried|approved)
        (?=[ \t]*[.;]|\s+(?:by|with)\s+(?:a\s+vote\s+of\s+)?\d{1,2}\s+(?:ayes?|yeas?|votes?)\b
          |\s+(?:by|with)\s+(?:a\s+)?unanimous\s+(?:vote|consent)\b)""",
    # a seconding no one is named for, then the vote called unanimous: "This was seconded and voted unanimously to
    # open the public hearing.", "It was seconded and unanimously voted to close.", "It was unanimously voted to
    # adjourn." (near miss: "It was voted to adjourn", no outcome told)
    r"""(?<![\p{L}])(?:(?:(?:this|it)\s+was\s+)?seconded\s*,?\s+and\s+(?:was\s+)?|\bit\s+was\s+)
        (?:(?P<word>unanimous)ly\s+voted|voted\s+(?P<word>unanimous)ly)\b""",
    # a seconding no one is named for, then the assent: "President Kim made a motion to extend the meeting
    # past 10pm, it was seconded and approved by a vote of 7 ayes" (the motion's words end at its comma);
    # near miss: "it was seconded by Trustee Ash" (a named seconder, read by the movers' forms)
    r"""(?:,[ \t]*)?(?<![\p{L}])(?:and[ \t]+)?(?:it[ \t]+was[ \t]+)?seconded[ \t]*,?[ \t]*and[ \t]+(?:was[ \t]+)?
        (?:unanimously[ \t]+)?(?P<word>approved|adopted|carried|passed)\b""",
    # the meeting's vote on the item just moved: "The board by a vote of 7 ayes approved this expulsion
    # agreement." (near miss: "... approved a Retirement Agreement", a decision of its own)
    r"""(?<![\p{L}])\b(?P<subject>(?:the\s+)?(?:board|council|committee|commission|panel))\s+by\s+a\s+vote\s+of\s+
        \d{1,2}\s+(?:ayes?|yeas?)[^.]{0,30}?\s+(?P<word>approved|adopted|passed|defeated)\s+(?:this|it)\b""",
    # the body's vote on the motion just made, named by a pronoun: "Ms. Y seconded the motion, and the
    # Commission voted to approve it, 7-0." (near miss: "voted to approve the minutes" is a decision of its own)
    r"""(?<![\p{L}])\b(?P<subject>(?:the\s+)?(?:commission|board|council|committee|members|panel))\s+voted\s+
        (?:unanimously\s+)?to\s+(?P<word>approve|reject)\s+(?:it|the\s+(?:motion|nomination))\b[ \t]*,?""",
)

#: Patterns also searched as their separate forms (`patterns.forms`).
FORMS: dict[str, tuple[str, ...]] = {"motion_vote_intro": VOTE_INTRO_FORMS, "motion_outcome": OUTCOME_FORMS}

PIECES: dict[str, str] = {
    # an agenda item's type printed under its title ("ACTION ITEM", "INFORMATION ITEM")
    "motion_item_tag_words": r"""(?:action|information(?:al)?|discussion|consent|presentation|business)[ \t]+item""",
    # "Councillor", "Cllr.", "Deputy Mayor", "Crs": case as printed, an optional stop after a short title (an
    # abbreviation's: "Cllr.", "Mr.", "Cllrs."), never after a whole word, where it ends a sentence ("... to serve
    # as Vice Chair. Rex Mumford seconded the motion": no "Chair" title for the seconder)
    "motion_honorific": r"(?-i:(?:"
    # (a title's words may wrap at a line's end: "... at 9:13 p.m. Board" / "Member Jackson seconded.")
    + "|".join(w.replace(" ", r"(?:[ \t]+|[ \t]*\n[ \t]*)") for w in _HONORIFIC_WORDS)
    + r")(?:(?<=(?<![\p{L}])\p{L}{1,4}|Cllrs|Commr)\.)?)(?![\p{L}])",
    # a name as printed: "Galvin", "Collins (M)", "S. Foote", "P.J. Carey", "Barrington-King",
    # "Hemi Parata", "de Souza", "P. O Reilly"; never a following "Seconded"/"Carried"/"That"
    "motion_name": r"""(?-i:
        (?!{motion_honorific})
        # never a label's word: a blank form's "Moved by:" / "Supported by:" names no one
        (?!(?:Seconded|Supported|Second|Moved|Proposed|Carried|Motion|Vote|Outcome|Yes|No|Ayes|Nays|Be|That|THAT|The|Whereas
              |WHEREAS)\b)
        # initials with or without their stops: "C. Carthy", "C Carthy", "P.J. Lee", "P J Lee", "PJ O'Hanlon"
        (?:\p{Lu}{2}[ \t]+(?=\p{Lu}\p{Ll}|O['’]\p{Lu})|\p{Lu}(?:\.[ \t]?|[ \t])(?:\p{Lu}(?:\.[ \t]?|[ \t]))?)?
        (?:(?:{name_particle}|{gaelic_prefix})[ \t]+)?{person_word}
        (?:
          # a given name at a line's end, its surname opening the next line and ending the name ("seconded by
          # Councillor Cat" / "O’Driscoll that ..."), or the surname a line of its own above the seconder's
          # label ("Moved: Cr Brent" / "Muggeridge" / "Seconded: Cr"); near misses: "... by Cllr Smith" /
          # "Resolved: that" (a mark after the next line's word, not a name's end), "Moved: Cr Brent" /
          # "Muggeridge spoke" (the line goes on)
          [ \t]*\n[ \t]*(?=(?:{gaelic_prefix}[ \t]+)?{person_word}(?:[ \t]*[,.;]|[ \t]+(?:that|and|to|who)\b
            |[ \t]*\n[ \t]*(?-i:Seconded|SECONDED|Second|Carried|CARRIED)\b
            |[ \t]+(?:seconded|seconds|motioned|motions|moved|moves)\b))
            # (nor a sentence's first word on the next line: "Seconded by: Cllr Gradwell" / "Due to the ...")
            (?!(?:Seconded|Second|Moved|Proposed|Carried|Lost|And|That|THAT|The|To|On|In|Due|Owing|Following|Prior
              |Further|This|It|There|All|Members|Councillors)\b)
            (?:(?:{name_particle}|{gaelic_prefix})[ \t]+)?{person_word}
          # (a middle initial without its stop between the names: "Tonja B Hanson made a motion ..."; near
          # miss: "Hanson A motion was made" (a capital and then a lower-case word, no name after it))
          | (?:[ \t]+(?:\p{Lu}\.?[ \t]+(?=\p{Lu}\p{Ll}))?
            # (nor the next field's label: "Seconded: J. Lucero Approved: 7-0"; nor the deciding body opening the
            # words a table row runs on: "Seconded: Cr Leigh Bowden Council adjourn for Open Forum.")
            (?!(?:Seconded|Second|Moved|Proposed|Carried|Lost|And|That|THAT|The|To|On|In|Council|Committee|Board
              |Cabinet|Commission)\b)
            (?!(?:Approved|Passed|Failed|Denied|Vote|Yea|Nay|Outcome)[ \t]*:)
            (?:(?:{name_particle}|{gaelic_prefix})[ \t]+)?{person_word}){0,2}
        )
        (?:\s*\(\p{Lu}\))?
    )""",
    # a title before a name in capitals, as a motion's heading prints it ("MR. RUMSCH", "MS. WALKER")
    "capital_honorific": r"(?:{motion_honorific}|(?-i:MR|MRS|MS|MISS|DR)\.?)",
    # a surname printed in capitals, as a heading prints it ("WOJICK", "SANCHEZ-MYERS", "O'NEILL")
    "capital_surname": r"(?-i:\p{Lu}{2,}(?:[\-'\u2019]\p{Lu}{2,})*)(?![\p{L}])",
    # members named by initials in a motion ("Motion made by SB ..., 2nd by JG") count as names too
    "motion_initials": r"(?-i:\p{Lu}{2,3})(?![\p{L}\d])",
    # ("the Lord Mayor Daithí de Róiste": an office with its article before the name)
    # ... or the mayor by the style of the office alone ("Moved By His Worship the Mayor")
    "motion_worship": r"(?-i:(?:His|Her|HIS|HER)\s+(?:Worship|WORSHIP)\s+(?:the|THE)\s+(?:Deputy\s+)?(?:Mayor|MAYOR))",
    "motion_person_m": r"""(?:(?:the\s+)?{motion_honorific}\s*)?
        (?P<mover>{motion_worship}|{motion_name}|{motion_initials})""",
    "motion_person_s": r"""(?:(?:the\s+)?{motion_honorific}\s*)?
        (?P<seconder>{motion_worship}|{motion_name}|{motion_initials})""",
    "motion_seconded_by": r"""
        (?:seconded[ \t]*\n?[ \t]*by[ \t]*:?|second[ \t]+by[ \t]*:?|2nd[ \t]+by[ \t]*:?
          |seconded[ \t]*:|seconder[ \t]*:|second[ \t]*:
          # "supported by", the seconding in some US boards' minutes ("moved by Mr. Ash, supported by Ms. Lee")
          |supported[ \t]+by[ \t]*:?
          |seconded(?=[ \t]+{motion_honorific})
          # a seconder's initials straight after the word, as parish minutes shorten it ("seconded TH.")
          |seconded(?=[ \t]+{motion_initials})
          # the word and the seconder's title after a comma, as some boards' clerks note it ("Second, Mr. Saiia.");
          # near miss: "second, the hearing" (no title)
          |second(?:ed)?[ \t]*,(?=[ \t]*{motion_honorific}))
    """,
    "motion_action_verb": r"(?:" + "|".join(ACTION_VERBS) + r")\b",
    # a motion's clause with its "that" left out, a matter and what is to be done with it: "the public hearing be
    # closed", "a public hearing on the proposed ordinance be held ...", "the meeting adjourn at 7:42 p.m." (near
    # miss: "the item to the consent agenda", no clause)
    "motion_thatless_clause": r"""(?:the|a)\s+(?:[\p{L}\-]+\s+){0,12}?(?:be\s+(?:held|\p{L}+ed)|adjourn)\b""",
    "motion_outcome_word": r"(?:" + "|".join(sorted(OUTCOME_WORDS, key=len, reverse=True)) + r")\b",
    "motion_vote_word": r"""(?:in[ \t]+favou?r|voting[ \t]+in[ \t]+favou?r|voting[ \t]+for|voting[ \t]+against
        |for|ayes?|yeas?|yays?|yes|against|nays?|noes|no|opposed|abstain(?:ed|ing)?|abstentions?|absent)""",
    # where a sentence or line starts (a variable-length look-behind: `regex` allows it)
    # a line's start, or after a sentence or a label ("Motion:   Director X made the motion ...")
    "motion_line_start": r"(?:(?<![^\n])[ \t]*|(?<=[.;:][ \t]{1,20}))",
    # a count of votes written as a word ("two votes against"); see NUMBER_WORDS
    "motion_number_word": r"(?:\b(?:" + "|".join(NUMBER_WORDS) + r")\b)",
    "motion_abbreviation": r"""(?<!\b(?:No|Nos|Ref|Mr|Mrs|Ms|Dr|St|Cllr|Cllrs|Cr|Co|vs|approx|para|Ltd|a\.m|p\.m|[A-Z]))
        (?<!(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4}))""",
}

PATTERNS: dict[str, str] = {
    "motion_thatless_clause_start": r"""{motion_thatless_clause}""",
    # What is left after the movers when the motion was printed before them: only its outcome
    # ("Reference No. 1515 Lease of land ..., proposed by Cllr X, seconded by Cllr Y and agreed by all.")
    # An outcome word alone before the movers: "Approved on the proposal of Cllr X, seconded by ..."
    # A heading over a motion's wording and its movers: "Motion & Voting", "Motion:", "MOTION" alone on its line
    # an agenda item's type printed on a line of its own under its title ("1. Approval of the July 3 Minutes."
    # / "ACTION ITEM"): no part of the matter the motion under it decides; near miss: "Action item 3 was
    # deferred" (words of its own on the line)
    "motion_item_tag_end": r"""\n[ \t]*{motion_item_tag_words}[ \t]*\Z""",
    "motion_item_tag": r"""{motion_item_tag_words}""",
    # a field's label opening what a list of names would read next ("Abstain:" / "MOTION: Commissioner Ash made
    # ..."); near miss: a name alone ("Peterson")
    "motion_field_label_start": r"""\p{L}[\p{L} ]{0,30}[ \t]*:""",
    # a "Motion:", "Motion by:" or "Made By:" field opening its line (the movers' fields under a motion's words)
    "motion_field_opener": r"""[ \t]*(?:motion(?P<by>[ \t]+by)?|made(?P<by>[ \t]+by)|moved(?P<by>[ \t]+by))[ \t]*:""",
    # a motion's words under a "Motion:" label, over its movers' fields on the lines below ("Motion: To approve
    # the minutes as presented." / "Motion by: Commissioner Spagnuolo" / "2nd by: ..."; "Motion: The motion was
    # made to vacate lots 9, 10 and 11 ..." / "Made By: Karl Brough  Seconded: ..."); near miss: "Motion: carried"
    # (no words of a motion)
    "motion_label_words": r"""(?<![^\n])[ \t]*motion[ \t]*:[ \t]*(?:the[ \t]+motion[ \t]+was[ \t]+made[ \t]+)?
        (?P<words>to[ \t]+\p{L}[^\n]*(?:\n[ \t]*(?!(?:motion|made|moved|mover|2nd|second(?:ed)?)\b)\S[^\n]*){0,10})""",
    # a motion's sentence under its movers' fields, the next paragraph ("Motion: Sullivan Love    Second: Lorraine
    # Davis" / "Motion to approve the minutes of ... The motion passed with the following vote: ..."); near miss: a
    # "Motion to ...:" line ending in a colon (the next motion's words over its own fields)
    "motion_sentence_below": r"""[^\n]*\n(?:[ \t]*(?:second(?:ed)?(?:[ \t]+by)?|2nd(?:[ \t]+by)?)[ \t]*:[^\n]*\n)?
        (?:[ \t]*\n)*[ \t]*motion[ \t]+(?P<words>to[ \t]+\S(?![^\n]*:[ \t]*(?:\n|\Z)))""",
    # a motion's words opening what follows its movers' fields ("THAT Council approve ...", "to approve ...")
    "motion_words_open": r"""[ \t]*(?:that|to)\b""",
    # a word in lower case: a motion's wording has some ("to ADJOURN."), a line of fields and names ("Seconded:
    # J. Lucero Approved: 7-0") none
    "motion_lower_word": r"""(?-i)\b\p{Ll}{2,}\b""",
    # the score in a line of fields ("Approved: 7-0", "Approved: 6-1"); near miss: a date "9-14-23" (three parts)
    "motion_fields_score": r"""(?<![\d\-])(?P<f>\d{1,2})[ \t]*[\-\u2013][ \t]*(?P<a>\d{1,2})(?![\d\-])""",
    # a motion's words on their own line ending in a colon over its fields ("Motion to Approve Agenda:" /
    # "Motion:  Commissioner A" / "Second:  Commissioner B" / "Vote: ..."); the words may wrap onto a second
    # line; near miss: "Motion to approve: carried" (the line goes on after the colon)
    "motion_to_line": r"""(?<![^\n])[ \t]*motion[ \t]+
        (?P<words>to[ \t]+\p{L}[^\n:]{0,200}?(?:\n[ \t]*\S[^\n:]{0,200}?)?)[ \t]*:[ \t]*(?=\n)""",
    "motion_heading_line": r"(?<![^\n])[ \t]*motions?(?:[ \t]*(?:&|and)[ \t]*vot(?:e|es|ing))?[ \t]*:?[ \t]*\n",
    # The movers end their sentence and what follows is no wording of theirs ("..., seconded by Cllr C." /
    # "809. Election ..."); near misses: the movers' sentence goes on ("seconded by Cllr C, that ..."), or
    # the next line gives the wording ("seconded by Cllr C." / "That the report be noted.").
    # ... or end their line and the vote is printed on the next ("... $2100. Made by Bob, Second by Alex" /
    # "Vote: Yes: 100% No: 0")
    "motion_movers_end_entry": r"""[ \t]*\.[ \t.]*(?:\n|$)(?![ \t]*(?:that|resolved|it\s+was|agreed|to)\b)
        | [ \t]*\n(?=[ \t]*vot(?:e|es|ing)[ \t]*:)""",
    # the movers describing a motion named just before them, not opening one ("he declared the Motion
    # proposed by X and seconded by Y carried"): no matter is looked for above them
    "motion_named_before": r"""\b(?:motion|amendment|proposal)\s*$""",
    # a vote label's figure, where a list of names would stand ("Aye: 100%", "Ayes: 5")
    "motion_vote_figure": r"""[ \t]*\d""",
    # every vote for the motion, given as a share: "Vote: Yes: 100% No: 0", "Aye: 100%"; near miss: "Yes: 60%"
    "motion_unanimous_share": r"""\b(?:yes|ayes?|yeas?|for|in\s+fav(?:ou)?r)[ \t]*:?[ \t]*100[ \t]*%""",
    # A numbered entry's label opening its line: "809. ", "(3) ", "(10): ", "a. "
    # the movers opening what follows an entry's label: "Proposed by", "Moved by", "Proposer:"
    # the office a nomination names after its movers: "to be Vice-Chairperson", "to be a CC", "as Treasurer"
    "motion_office_after": r"""(?: to \s+ be (?: \s+ (?:a|an|the))? | as (?: \s+ (?:a|an|the))? ) \s+ (?-i:\p{Lu})""",
    # the person nominated, just before "was proposed by": "Steven Davies was", "WH was", "Cllr Ash was";
    # near miss: "The report was" (no name: a capitalised word that opens a sentence is no name here)
    "motion_nominee_before": r"""(?: (?<= [\u2013\-:] [ \t]* ) | (?<![^\n]) [ \t]* | (?<= [.] [ \t]+ ) )
        (?P<nominee> (?: (?:cllr|councillor|mr|mrs|ms|dr)\.? [ \t]+ )?
            (?! (?-i:The|This|That|It|A|An)\b ) (?-i:\p{Lu}) [\w'\u2019\-.]*
            (?: [ \t]+ (?-i:\p{Lu}) [\w'\u2019\-.]* ){0,3} )
        [ \t]+ (?:was|were) [ \t]+ (?:duly [ \t]+)? $""",
    # the matter as the subject of a passive sentence, its movers and its assent after it: "The minutes for
    # January 14, 2025 were moved by Commissioner Fisher, seconded, and approved by a vote of 7 ayes." (the
    # whole sentence is the motion); near misses: "It was moved by X that ..." (the words follow), "Jo Ash
    # was proposed by TD to be Chair" (a nomination: `motion_nominee_before`)
    "motion_passive_subject": r"""
        (?P<subject> (?-i:The|A|An|Both|All|Each|Items?|Resolution|Ordinance)\b [^\n.:]{2,200}?
            (?: \n [^\n.:]{1,200}? )? )
        \s+ (?:was|were) \s+ $""",
    "motion_subject_start": r"""(?: (?<![^\n]) | (?<= [.;:] ) ) [ \t]*""",
    "motion_passive_assent": r"""[\s,]* (?: to \s+ be \s+ [^,.;\n]{1,80}? , \s* )? (?:and \s+)? (?:it \s+ was \s+)?
        seconded
        (?: \s+ by \s+ [^,.;\n]{2,60}? )? [\s,]* (?:and \s+)? (?:was \s+)? (?:unanimously \s+)?
        (?:approved|adopted|carried|passed|accepted) \b""",
    # a motion's words naming who is to act, then what: "for Bump to rebuild the motor", "for the Clerk to
    # write"; near miss: "for the minutes were approved" (no "to" and a verb)
    # ... or the course itself as a noun: "for POSITIVE recommendation for Title 10 ...", "for approval of the
    # minutes", "for adjournment"
    "motion_for_subject_to": r"""for \s+ (?:the \s+)? [\w'\u2019.\-]+ (?: \s+ [\w'\u2019.\-]+ ){0,3}?
        \s+ to \s+ (?-i:\p{Ll})
      | for \s+ (?:a \s+ | an \s+)? (?:positive|negative|favou?rable|unfavou?rable|approval|denial|adoption
            |adjournment|continuance|recommendation) \b""",
    "motion_movers_open": r"""[ \t]*(?:it\s+was\s+)?(?:proposed|moved|proposer|mover)\b""",
    "motion_entry_label": r"""(?<![^\n])[ \t]*(?:\d{1,4}[.)]|\(\d{1,3}\)|\(?[a-z][.)])[ \t:]+""",
    # ... with the day it was given, before a dash ("Agreed on 19th June 2018 - Proposed by ...")
    # a motion's or resolution's number on a line of its own above its movers, as Ontario townships print it ("Motion
    # No. C120627 -2"); near miss: "Motion No. 5 was withdrawn" (words after the number)
    "motion_number_line": r"""[ \t]*(?-i:Motion|MOTION|Resolution|RESOLUTION)[ \t]+(?:No\.?|NO\.?|Number|\#)[ \t]*
        (?P<number>[A-Z]{0,3}\d[\w/.\-]*(?:[ \t]+-[ \t]*\d+)?)[ \t]*""",
    # the formal word opening the line just before the movers ("RESOLVED unanimously on the motion of Clr A, ...",
    # "Resolved on the proposal of Cllr A, ..."): the motion carried (near miss: "resolved" in lower case mid-line)
    "motion_resolved_before": r"""^[ \t]*(?P<word>(?-i:RESOLVED|Resolved))(?:[ \t]+unanimously)?[ \t]*,?[ \t]*\Z""",
    # a register's resolution number just before a motion's movers, as Australian and New Zealand minutes print each
    # carried motion ("Resolution 449/2019 Moved: Cr A Seconded: Cr B ...", "Resolution number RD/2015/119" / "MOVED
    # by ..."): the number is given only to what was resolved, so the motion carried; near misses: "Motion
    # 24-064" (a motion's number), "Resolution 2019/14 was rescinded." (words after the number)
    "motion_resolution_number_before": r"""(?-i:Resolution|RESOLUTION)(?:[ \t]+(?:number|no\.?|No\.?|NO\.?))?
        [ \t]*:?[ \t]+
        (?P<number>(?-i:\p{Lu}{0,4})[/\-]?\d[\w/\-.]*\w)[ \t]*(?:\n[ \t]*)?\Z""",
    # the pronoun of a proposer's sentence pointing back at the decision before it on its line ("... agreed. This
    # was proposed by Cllr Spurr."); near miss: "This was proposed by" opening a line (what it points at is unsure)
    "motion_points_back": r"""(?<= [.;!?] [\"'\u201d\u2019)]* [ \t]+ ) (?-i:This|That) [ \t]+ (?:was|were) [ \t]+
        (?:also [ \t]+)?""",
    "motion_outcome_word_only": r"""^ \s* (?:approved|agreed|adopted|carried|resolved)
        (?: [ \t]+ on [ \t]+ [\w ,/.]{3,30}? )? [ \t]* [\-\u2013\u2014:,]? \s* $""",
    # ... or on the line after them under a label ("Motion by X, second by Y." / "Final Resolution: Motion
    # Carried", as BoardDocs prints a vote; the wording stands above the movers)
    "motion_outcome_only": r"""^ [\s,;]* (?:and \s+)?
        (?: (?:final \s+)? (?:resolution|result|outcome|disposition|action \s+ taken) [ \t]* : [ \t]* )?
        # (or "Motion passed." after the movers' fields: "ADJOURNMENT: Motion, Ms. A, Second, Mr. B, Motion passed.")
        (?: (?:the \s+)? motion \s+ )?
        (?:was \s+)? (?:agreed|carried|approved|adopted|passed|passes|carries)
        (?: \s+ (?:by \s+ all|unanimously|by \s+ (?:a \s+)? majority(?: \s+ show \s+ of \s+ hands)?) )? [\s.;]* $""",
    # An election between nominations (a mayor's, a chair's, a Cathaoirleach's): each nomination is
    # a motion "That Councillor X be elected (as) Mayor"; the tally prints each nominee's votes
    # ("Councillor Murphy: 21", "Cllr Hopkins - 13"), then who was declared elected.
    "election_nomination": r"""
        ^ (?: [^\n]{0,120}? [:\u201c"] )? [\s\u201c"']* (?:that\s+)? (?:{motion_honorific}\s*)?
        (?P<name>[^,.;:\n]{2,60}?) \s+ (?:be|is)\s+ (?:duly\s+)? (?:elected|appointed) \s+ (?:as\s+)? (?:the\s+)?
        (?P<office>[^;\n]{2,160}?) [\s.\u201d"']* $
    """,
    "election_declared": r"""
        \bdeclared\s+ (?:{motion_honorific}\s*)? (?P<name>[^,.;:\n]{2,60}?) \s+ (?:to\s+be\s+)? (?:duly\s+)?
        (?:elected|appointed|as)\b
    """,
    "election_tally": r"""
        (?<![^\n]) [ \t]* (?:{motion_honorific}\s*) (?P<name>[^\d:\n]{2,60}?) [ \t]* [:\-\u2013] [ \t]*
        (?P<count>\d{1,3}) (?![\d/.:])
    """,
    "election_abstain": r"(?<![^\n])[ \t]*abstain(?:ed|ing|s|tions?)?[ \t]*:[ \t]*(?P<count>\d{1,3})(?![\d/.:])",
    "motion_moved_by": r"""
        (?:
            # (not a plan or a price "as proposed by" someone inside a motion's words: "to continue with the street
            # light project as proposed by Fehr-Graham in three phases")
            # (a sentence's own "As proposed by Councillor X, seconded by ..." opens one: the lower-case "as" only)
            \b(?<!\b(?-i:as)\s)(?:it\s+was\s+)?(?:moved|proposed)\s+by\b[ \t]*:?
          # (what the mover proposed the minutes as, between the verb and "by": "Proposed as a true record by Cllr
          # Smith seconded by Cllr Higgins and unanimously approved."; near miss: "proposed as a true record" with
          # no mover after it)
          | \b(?:moved|proposed)\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record\s+by\b
          # (US minutes' verb "motioned": "The Consent Calendar was motioned by Fisher to be taken up ...")
          | (?<=\b(?:was|were)\s+)motioned\s+by\b
          | \b(?:moved|proposed|mover)[ \t]*:
          # a "Motion:" field opening its line and naming the mover alone ("Motion:   Commissioner Spencer" /
          # "Second:   ..."); near misses: "MOTION: Commissioner Draper made a motion to ..." (a sentence, read
          # by its verb), "Vote on Motion: Council Member Gray-Aye" (a vote, not a field of its own line)
          # ("Motion:" alone on its line over "Director Folska made the motion ...": a heading, not a field)
          | (?<![^\n])[ \t]*motion[ \t]*:(?=[ \t]*\S)(?![^\n]*\b(?:made|makes|moved|moves|motioned|offered|that|to)\b)
          | \bmoved(?=\s+{motion_honorific})
          | \b(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by\b(?:[ \t]*:)?
          | (?<=\bmotion\b[^.\n]{0,160}?)\b(?:was|were)\s+(?:made|moved|proposed)\s+by\b
          | \bon\s+the\s+(?P<clause>proposal|proposition|motion)\s+of\b
          # the word and the mover's title after a comma, the words after the name ("Motion, Ms. Bilotta-Simeone,
          # to approve 4-23-12."); near miss: "the motion, as amended, was put" (no title)
          | (?<![\p{L}])motion[ \t]*,(?=[ \t]*{motion_honorific})
          | \bupon\s+(?:a\s+)?motion\s+(?:of|by)\b
          | \b(?:an\s+|the\s+following\s+)?(?P<amendment>amendment)\s+(?:was\s+)?(?:moved|proposed)\s+by\b
          # the mover's initials straight after the word, then a seconder ("Proposed RJ, seconded TH."); near
          # misses: "proposed MOD changes", "the proposed EIR and specifically ..." (no seconder follows)
          | \b(?:proposed|moved)(?=[ \t]+{motion_initials}[ \t]*[,;]?\s*(?:and\s+)?(?:seconded|second|2nd)\b)
          # "Made by Bob, Second by Alex" after a motion's words, a seconder on the same line; near miss:
          # "a contract made by the Council" (no seconder follows)
          # (or as fields on one line: "Made By: Karl Brough   Seconded: Cory Thompson   Outcome: Passed")
          | (?:{motion_line_start}|(?<=\$?[\d.,]+[ \t]{1,3}))made[ \t]+by\b[ \t]*:?
            (?=[^\n]{1,60}?(?:\b|(?<=\p{Ll}))(?:second|seconded|2nd)(?:[ \t]+by\b|[ \t]*:))
        )
        # (a label left blank, the seconder's label next: "Moved:" / "Seconded: Cr Jeremy Harker", the mover
        # printed elsewhere in a page's scrambled columns; near misses: "Moved:" over no seconder's label, a blank
        # form's "Moved by:" / "Supported by:" with no name under either)
        \s*(?:{motion_person_m}|(?<=:[ \t]*)(?=\s*{motion_seconded_by}\s*{motion_person_s}))
        # the seconder after a comma, a stop or a dash ("Proposed by Andrea Wise – Second by Fiona Robinson")
        (?: [ \t]*[,;.\-\u2013\u2014]?\s*(?:and\s+)?{motion_seconded_by}\s*{motion_person_s} )?
    """,
    # the motion's words between "Motion made" and its movers ("Motion made to accept the nominations as
    # presented by the Nominating Committee by Bob and seconded by Alex."); the movers are the last "by"
    # before the seconder; "made" may be left out ("Motion to approve the Consent Agenda by Councilmember
    # Torres, seconded by Vice Mayor Williams"). Near miss: "Motion made by Alex, seconded by Kathy" (the
    # movers first: moved_by); the seconder may follow in a sentence of its own ("Motion to discuss Property
    # Acquisition by Council Member Birrell. Second by Council Member Petersen."; near miss: "... by Council
    # Member Birrell. Staff answered questions." names no seconder: no motion here)
    "motion_made_words_by": r"""
        \b(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?(?P<words>(?:to|that)\s[^\n;]{2,300}?(?:\n[^\n;]{1,300}?)?)
        (?<!\b(?:was|were)\s+(?:made|moved|offered|introduced))(?<!\bmotion)
        \s+by\s+{motion_person_m}[ \t]*[,.]?\s*(?:and\s+)?{motion_seconded_by}\s*{motion_person_s}
    """,
    # a motion the chair takes from the floor with no mover named, its seconding and vote told after it: "Chairman
    # Edwards accepted a motion to open a public hearing. This was seconded and voted unanimously ...", "Motion to
    # adjourn was offered and seconded." (near misses: "asked for a motion to approve", a call for one; "a motion
    # to adjourn was discussed", no seconding)
    "motion_unnamed": r"""
        \b(?:accepted|entertained|received|took)\s+a\s+motion\s+
          (?P<words>to\s+{motion_action_verb}\b[^\n.;]{0,300}?(?:\n[^\n.;]{1,300}?)?)
          # (its seconding told next: "... the Chair accepted a motion to move into Public Excluded." alone is
          # an account, no motion read)
          (?=\s*[.;]\s+(?:this|it|which)\s+was\s+seconded\b)
      | (?:(?<![^\n])|(?<=[.;][ \t]{1,3}))[ \t]*(?:a\s+)?motion\s+(?P<words>to\s+{motion_action_verb}\b[^\n.;]{0,200}?)
          \s+was\s+(?:offered|made|moved)\s+and\s+seconded\b
    """,
    # a motion under a "Motion:" field named as made with no mover, as a council whose rules make the motion
    # itself prints it: "Motion:   An implied motion to approve Resolution 2023-21, as currently constituted, has
    # been made by council rule." (the words run to "has been made"; near miss: "Motion: A motion to approve the
    # minutes was discussed.", no motion said to be made)
    "motion_field_made": r"""
        (?<![^\n])[ \t]*motion[ \t]*:[ \t]*(?:an?|the)[ \t]+(?:\p{L}+[ \t]+)?motion[ \t]+
        (?P<words>to[ \t]+{motion_action_verb}[^\n]{0,300}?(?:\n[^\n]{1,300}?){0,2}?)
        ,?\s+(?:has|have|had|was|were)\s+(?:been\s+)?made\b
    """,
    # the mover's and seconder's initials in brackets, as parish minutes print them ("it was proposed (MC)
    # and seconded (RJ) that this application should be supported"); near miss: "proposed (see above)"
    "motion_bracket_initials": r"""
        \b(?:proposed|moved)[ \t]*\([ \t]*(?P<mover>{motion_initials})[ \t]*\)[ \t]*,?[ \t]*(?:and[ \t]+)?
        (?:seconded|second)[ \t]*\([ \t]*(?P<seconder>{motion_initials})[ \t]*\)
    """,
    "motion_bracket_initials_cue": r"""propos|moved""",
    # an agenda item's own words opening its entry, "To <verb> ...", with or without its number ("8.1.To
    # approve accounts for payment.", "3. To approve the minutes of ..."): the matter of movers that give
    # only the meeting's assent, further down the entry; near miss: "Together with the Clerk ..." (no verb)
    # a minute's number of two or three levels, with or without a blank after it ("8.3. ", "9.1.To")
    "motion_item_number": r"""[ \t]*\d{1,3}(?:\.\d{1,3}){1,2}[.)]?[ \t]*(?=\p{L})""",
    # the meeting's assent opening what follows the movers, up to the line's end or the next sentence
    # ("Proposed MC, seconded TH. All in favour. Approved. The Chair suggested ..."); near miss: "Agreed
    # to defer the item" (words of its own after the assent word)
    "motion_assent_lead": r"""[ \t.,;:\-\u2013]*
        (?: (?:approved|agreed|adopted|carried|resolved|decided|supported|all\s+(?:were\s+)?in\s+fav(?:ou)?r
              |unanimously(?:\s+(?:agreed|approved|carried|resolved))?|nem\.?\s*con\.?|by\s+all)
            (?:[ \t]*[.,;:!\-\u2013])*[ \t]* )+
        (?= \n | $ | (?<=[.!][ \t]*) \p{Lu} )""",
    # (an agenda line's label of letters or numerals too, its blank lost: "(ii)To approve expenditure as itemised on
    # schedule."; and its verb capitalised as a title: "22. To Approve Minutes from ..."; near miss: "To Whom It May
    # Concern", no verb of a meeting's business)
    "motion_to_heading": r"""(?<![^\n])[ \t]*(?:(?:\d{1,3}(?:\.\d{1,3}){0,2}|\([ivx]{1,4}\)|\([a-z]\))[.)]?[ \t]*)?
        (?P<words>(?-i:To)[ \t]+
          (?:(?-i:\p{Ll})|(?-i:(?:Approve|Agree|Accept|Adopt|Receive|Confirm|Ratify|Elect|Appoint)\b))
        [^\n]*)""",
    # what is left after the movers when it is only the meeting's assent: the motion's words stand above
    # them ("To approve the minutes ..." / "Proposed RJ, seconded TH. Approved. All in favour."); near
    # miss: "Approved the plan for the hall." (words of its own)
    # the assent joined to the movers by "and", all that follows them: "Proposed by Cllr A seconded by Cllr B and
    # unanimously approved.", "Giles Horner - proposed by Cllr A seconded by Cllr B and unanimously appointed."
    # (the matter stands above or before the movers; near miss: "... and unanimously approved the plan", words
    # of its own)
    "motion_assent_joined": r"""^ [\s.,;:\-\u2013]* and \s+ (?:unanimously \s+)?
        (?: approved | agreed | adopted | carried | appointed | co-opted | elected )
        (?: \s+ (?:unanimously|by \s+ all) )? [\s.,;:!]* $""",
    "motion_assent_only": r"""^ [\s.,;:\-\u2013]*
        (?: (?:approved|agreed|adopted|carried|resolved|decided|supported|all\s+(?:were\s+)?in\s+fav(?:ou)?r
              |unanimously(?:\s+(?:agreed|approved|carried|resolved))?|nem\.?\s*con\.?|by\s+all)
            [\s.,;:!\-\u2013]* )+ $""",
    # the label of the outcome's field on the line after the movers, all that stands between them and the
    # outcome: "Motion by X, second by Y." / "Final Resolution: Motion Passes" (the words stand above the movers;
    # near miss: "Resolution No. 5 to adopt the budget", words of a motion)
    # an item's heading in capitals opening the movers' line, a colon after it ("ADJOURNMENT:  Motion, Ms. A, ...",
    # "MINUTES – APPROVAL:"); near misses: "Mr. Ash:" (a speaker), a sentence before the movers
    "motion_heading_on_line": r"""(?-i:[ \t]*(?P<words>\p{Lu}{2,}(?:[ \t]*[\-\u2013&/][ \t]*|[ \t]+)?(?:\p{Lu}{2,}
        (?:[ \t]*[\-\u2013&/][ \t]*|[ \t]+)?){0,6})[ \t]*:[ \t]*)""",
    "motion_outcome_label_only": r"""^ [\s.,;:\-\u2013]* (?:final\s+)? (?:resolution|result|outcome|disposition)
        [\s.,;:\-\u2013]* $""",
    "motion_name_moves": r"""
        (?<![\p{L}])(?=(?-i:\p{Lu})){motion_honorific}\s+(?P<mover>{motion_name})
        # the seconder between commas before the verb ("Council Member Brems, seconded by Council Member Smolka,
        # moved to approve ..."); near miss: "Council Member Brems, seconded by the staff's report, ..." (no name)
        (?: [ \t]*,[ \t]*seconded\s+by\s+{motion_person_s}[ \t]*,(?=\s*(?:moved|proposed)\b) )?
        # the verb on the next line when the line wrapped after the name ("Member Hage" / "moved to approve"), an
        # adverb before it ("Council Member White then moved to approve ..."; near miss: "Council Member White then
        # spoke", no verb of moving)
        (?:[ \t]+(?-i:then|also|subsequently|thereupon))?
        (?:[ \t]*,?\s*(?:moved|proposed|(?P<nominates>nominated))|[ \t]*\n[ \t]*(?-i:moved|proposed))
        (?: [ \t]*,?[ \t]*(?:and\s+)?{motion_honorific}\s+(?P<seconder>{motion_name})[ \t]*,?[ \t]*seconded
          # ("President Griesemer moved, second by Councilor Hanneke, to ...")
          | [ \t]*,?[ \t]*(?:seconded|second)\s+by\s+{motion_person_s}[ \t]*,? )?
        # (or a clause with its "that" left out: "moved the public hearing be closed", "moved a public hearing on
        # the proposed ordinance be held ...", "moved the meeting adjourn at 7:42 p.m."; near miss: "moved the item
        # to the consent agenda", no clause)
        (?= \s*,?\s*(?:that\b|and\s+(?:that|it)\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)\s+that\b
                      |{motion_thatless_clause}
                      # ("moved the previous question", the debate's close)
                      |the\s+(?:motion|following|recommendations?|substantive|adoption|report|previous\s+question)\b
                      |(?P<amendment>an\s+amendment)\b|a\s+motion\b|to\s+{motion_action_verb}|{approval_of}
                      # a member nominated to an office by another ("Cllr Hamer nominated Cllr Chapman as Vice
                      # Chairman, this was seconded by Cllr Wright ..."; near miss: "Cllr Hamer nominated the
                      # charity for the award", no member and office)
                      |(?(nominates){motion_honorific}\s+{motion_name}\s+as\s+(?:the\s+)?(?-i:\p{Lu})|(?!)))
          | (?(nominates)(?!)|[ \t]*[.;]) )
    """,
    # the mover named without an honorific, opening a sentence or after a clause's comma, then "moved" and
    # a motion ("Power moved to approve the consent calendar ...", "After review, Pole moved to adopt the
    # resolution", "Penn moved that the Board adopt ..."); near misses: "The item moved to ...", "Staff
    # moved to a new office" (a word, not a name; no verb of deciding after "to"), "It was moved that"
    "motion_bare_name_moves": r"""
        # (or after a video's timestamp run into the line: "... Minutes March 27, 2023 1:00 Chris Trusty moved to
        # approve ..."; the timestamp may stand between the name and the verb: "Richard Nielson 1:45:40 moved that")
        (?:{motion_line_start}|(?<=,[ \t]{1,3})|(?<=(?<![\d:])\d{1,2}:\d\d(?::\d\d)?[ \t]{1,3})
           |(?<=[ \t])(?=[^\n]{0,60}?[ \t]\d{1,2}:\d\d(?::\d\d)?[ \t]+moved\b))
        (?!(?-i:The|This|That|These|Those|It|He|She|They|We|Council|Staff|Board|Commission|Committee|Item
              |Motion|Everyone|Nobody|Someone|All|Each|Management)\b)
        (?=(?-i:\p{Lu}))(?P<mover>{motion_name})
        (?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?
        [ \t]+moved
        (?=\s+(?:that\b|to\s+{motion_action_verb}))
    """,
    # the mover's name first with a motion word, no honorific needed (the motion word is the cue):
    # "Linda made a motion to accept ...", "Supervisor X makes a motion to approve ...", "Stuart
    # motioned to accept budget", "DL motioned for adjournment", "Linda 1st motion to accept";
    # never "the report made a motion ..." (a lower-case word is no name) nor "Mr X made a point"
    "motion_name_makes": r"""
        # (or after a clause's comma: "Since there were no other comments, Laura Warburton motioned to go into a
        # closed session."; a name is capitalised, so "comments, the board motioned" is none)
        # (or after a video's timestamp in brackets: "[01:43:44] UTA Trustee Carlton Christensen made a substitute
        # motion to ..."; an agency's initials before the title, "UTA Trustee", "UDOT Commissioner")
        # (or after an item's title and a spaced dash: "7) Adjournment - BL made a motion to adjourn ...")
        (?:{motion_line_start}|(?<=[*•·][ \t]{0,3})|(?<=,[ \t]{1,3})|(?<=\d:\d\d\][ \t]{1,3})
          |(?<=\S[ \t]+[\-\u2013][ \t]{1,3}))
        (?:(?-i:[A-Z]{2,6})[ \t]+(?={motion_honorific}))?
        (?:{motion_honorific}\s*)?
        # (a given name and the surname's initial: "John H. made a motion to adjourn")
        (?P<mover>{motion_name}(?:[ \t]+(?-i:\p{Lu})\.(?=[ \t]+(?:made|makes|motioned)\b))?|{motion_initials})
        # (or "introduced" / "offered" one: "Planning Commission Member Rob Voye introduced a motion to approve ...")
        \s+(?:(?:made|makes|make|introduced|introduces|offered|offers)\s+(?:(?:a|the)\s+)?(?:1st\s+|first\s+|substitute\s+)?motion
             |motioned|motions(?=\s+to\b)|1st\s+motion
             |first\s+motion
             # "motion" as the verb ("Dopler motion to give ...", "Hemm motion that ..."); near misses: "Main motion
             # to amend" (a kind of motion, not a name), "Recommended Action Motion to Approve" (a field's label)
             |(?<! \b (?-i:Main|Substantive|Original|Amended|Board|Council|Committee|Consent|Final|Second|The|A|This
                        |Action|Recommended|Staff|Suggested|Proposed|Substitute|Alternate|Each|Any|No|New|Next
                        |Previous|Prior|Such|Said|Approved|Agenda|Item)
                   \s+ )
              # (on the name's own line: "Presentation" / "Motion to approve ..." is a heading over a motion)
              (?<=\S[ \t]+) motion(?=\s+(?:to|that)\b))\b
        # the seconder after a slash before the words: "Corson motioned/ Lack seconded to approve ..."
        (?: [ \t]*/[ \t]*{motion_person_s}\s+seconded(?=\s+(?:to|for|that)\b) )?
        (?=\s*,?\s*(?:to|for|that)\b)
        (?: \s*,?\s*(?:and\s+)?(?:{motion_seconded_by}|2nd\s+by|2nd)\s*{motion_person_s} )?
    """,
    "motion_bracketed": r"""
        (?P<mover>{motion_name})[ \t]*\((?:motion|moved|mover)\)[ \t]*,?[ \t]*
        (?P<seconder>{motion_name})[ \t]*\((?:second|seconded|seconder)\)
    """,
    "motion_slash": r"""
        \([ \t]*{motion_person_m}[ \t]*/[ \t]*{motion_person_s}[ \t]*\)
    """,
    # The movers on a line of their own, mover and seconder parted by a slash, as New Zealand and
    # Australian minutes print them: above the motion ("Councillor Dixon/Councillor Redstone" / "That
    # ..."; the mover's honorific is needed) or between the motion and its outcome ("Barker/Bailey" /
    # "CARRIED").  Near misses: "Planning/Building" in prose, "Officer/Councillor" before a sentence
    # that is no motion, "Dixon/Redstone" with no outcome under it.
    "motion_slash_line": r"""
        (?:(?<![^\n])[ \t]*|(?<=[ \t])(?=\p{Lu}\p{Ll}+[ \t]*/[ \t]*\p{Lu}\p{Ll}+[ \t]+(?-i:THAT)\b))
        (?:
            {motion_honorific}\s*(?P<mover>{motion_name})[ \t]*/[ \t]*{motion_person_s}[ \t]*(?=\n[ \t]*that\b)
          | (?P<after>{motion_person_m}[ \t]*/[ \t]*{motion_person_s})[ \t]*
            (?=\n[ \t]*(?-i:CARRIED|Carried|LOST|Lost|DEFEATED|Defeated)\b)
          # the two surnames alone, the motion's formal "THAT" in capitals after them (on the next line, or on the same
          # one where a transcript ran the lines together), as British Columbia councils print their movers
          # ("Howard/Adomeit" / "THAT the minutes ... be adopted."); near misses: "Planning/Building" before a
          # sentence, a lower-case "that"
          | (?P<mover>{person_word})[ \t]*/[ \t]*(?P<seconder>{person_word})(?=[ \t]*\n?[ \t]*(?-i:THAT)\b)
          # the two surnames in capitals joined by a spaced dash over "Motion to ...", as a county board's minutes
          # print its movers ("KEY - SPRINGER" / "Motion to approve the agenda." / "Adopted Unanimously"); near miss:
          # "OLD BUSINESS - ROADS" over a paragraph (no motion under it)
          | (?P<mover>{capital_surname})[ \t]+[\-\u2013][ \t]+(?P<seconder>{capital_surname})[ \t]*
            (?=\n[ \t]*motion[ \t]+(?:to|that)\b)
        )
    """,
    # The seconder's line printed above the proposer's, the wording under both ("Seconded by: Cllr. A. Ash" /
    # "Proposed by: Cllr. B. Birch" / "That ..."); near miss: a "Seconded by" line alone is no opener.
    "motion_seconded_first": r"""
        (?<![^\n])[ \t]*{motion_seconded_by}[ \t]*{motion_person_s}[ \t]*\n
        [ \t]*(?:proposed|moved)[ \t]+by[ \t]*:?[ \t]*{motion_person_m}[ \t]*(?=\n)
    """,
    "motion_numbered_movers": r"""
        (?<![^\n])[ \t]*(?-i:[A-Z]{0,3}\d{2,4}[-/]\d+)[ \t]+
        (?P<mover>(?-i:\p{Lu}\.[ \t]?){1,2}{person_word})[ \t]*,[ \t]*
        (?P<seconder>(?-i:\p{Lu}\.[ \t]?){1,2}{person_word})[ \t]*
        # (the words on the line below, or after the colon on the same line: "... L. Andersen: THAT we pass")
        (?: [:;]?[ \t]*(?![^\n]) | :[ \t]*(?=(?:that|be[ \t]+it|whereas)\b) )
    """,
    # a motion's heading line naming its mover and seconder by label, the motion's sentence below it
    # ("MOTION: APPROVE WITH CONDITIONS 1st: WOJICK 2nd: BARTH" / "Ms. Wojick moved to approve ...");
    # read for the motion under it only, never as an opener
    "motion_labelled_movers": r"""
        (?<![^\n])[ \t]*motions?[ \t]*:[^\n]*?(?<![\p{L}\d])(?:1st|first)[ \t]*:[ \t]*
        (?:{capital_honorific}[ \t]*)?(?P<mover>{motion_name}|{capital_surname})[ \t]+
        (?:2nd|second)[ \t]*:[ \t]*(?:{capital_honorific}[ \t]*)?(?P<seconder>{motion_name}|{capital_surname})
        [ \t]*(?=\n)
    """,
    "motion_notice": r"""
        (?<![^\n])[ \t]*(?:[I!|/1l]|we)[ \t]+will[ \t]+move[ \t]+at[ \t]+the[ \t]+next[ \t]+
        (?:ordinary[ \t]+|monthly[ \t]+)?meeting\b
    """,
    # a mover or seconder for a motion printed already (never opens one)
    # the member's own words, the minutes naming the mover after them: "I move approval of the Stipulated
    # Expulsion agreement ..." / "- President Kim moved this item and it was seconded." (near miss: "I move
    # on to the next item", no motion)
    # a member's motion quoted in the first person, the speaker named before the quote ("Commissioner Burrows
    # stated, “Based on the information presented and discussion, I move that the Planning Commission ...”");
    # near miss: "Commissioner Burrows stated, “I would like to see the plan first.”" (no motion)
    "motion_stated_quote": r"""
        (?:{motion_honorific}\s+)?(?P<mover>{motion_name})\s+(?:stated|said|moved|read)\s*[,:]?\s*[“"]
        (?:[^”"]{0,250}?,\s*)?(?-i:I)\s+(?:would\s+like\s+to\s+)?move\s+(?=that\b|to\s+{motion_action_verb})
    """,
    "motion_first_person": r"""
        (?<![^\n])[ \t]*(?:[\-\u2022][ \t]*)?(?-i:I)[ \t]+move[ \t]+(?=to\s+{motion_action_verb}|{approval_of}|that\b)
    """,
    "motion_attach": r"""
        # the seconder after a slash that ends the motion's words: "Dopler motioned to approve the budget/Eggers
        # seconded." (near miss: "the dental/vision plan", no "seconded" after the name)
        (?<=\S)/\s*(?:{motion_honorific}\s*)?(?P<seconder>{motion_name})\s+(?:seconded|seconds)\b
      |
        (?<![\p{L}])(?=[ts\n;,.2]|(?-i:\p{Lu}))  # a cheap gate: a word start that can open a branch
        (?:
        \bthe\s+(?:amended\s+)?(?:motion|amendment|proposal)\s+was\s+(?:proposed|moved)\s+by\s+
            {motion_person_m}(?:[ \t]*,?\s*and\s+seconded\s+by\s+{motion_person_s})?
      | \b(?:(?:the\s+)?(?:amended\s+)?(?:motion|amendment|proposal)|this|which|it)\s+was\s+seconded\s+by\s+
            {motion_person_s}
      # (the verb left out at a sentence's start: "... as Outlined. Motion seconded by Commissioner Almquist and
      # carried ..."; near miss: "a motion seconded by Cllr Ash was put", inside a sentence)
      | (?<=[;,.][ \t]{0,3}|\n)[ \t]*(?:the\s+)?motion\s+seconded\s+by\s+{motion_person_s}
      | {motion_honorific}\s+(?P<mover>{motion_name})[ \t]*,?\s+in\s+proposing\s+the\s+(?:motion|amendment)
      | {motion_honorific}\s+(?P<mover>{motion_name})\s+moved\s+this\s+(?:item|motion)\b
      | {motion_honorific}\s+(?P<seconder>{motion_name})\s+seconded
        (?=[ \t]*[.;]|\s+the\s+(?:substitute\s+)?(?:motion|amendment))
      | (?<=[;,.][ \t]{0,3}|\n)[ \t]*seconded\s+by[ \t]*:?[ \t]*{motion_person_s}
      # (or a label line under the motion's sentence: "MOTION: Portia Mila" / "SECOND: LeAnne Huff")
      | (?<=[;,.][ \t]{0,3}|\n)[ \t]*(?:2nd|second|seconded)
            (?:[ \t]+by|[ \t]*:|[ \t]*,(?=[ \t]*{motion_honorific}))?[ \t]+{motion_person_s}
            (?=[ \t]*[.;,\n-])
      # (inside a sentence only with "by" or a colon, or as "seconded": near miss "for the 2nd Development Agreement
      # Amendment," an ordinal before a capitalised name)
      | (?<=[ \t])(?:(?:2nd|second|seconded)(?:[ \t]+by|[ \t]*:)|seconded)[ \t]+{motion_person_s}
            (?=[ \t]*[.;,\n-])
      | (?<=[ \t]and[ \t]+)(?:{motion_honorific}\s*)?(?P<seconder>{motion_name}|{motion_initials})[ \t]+
            (?:seconded|seconds)\b
      # (the name may end its line: "...; Lee" / "seconded; Passed 5, 0."; "..., Commissioner Hatch seconded that
      # motion.")
      # (initials as the name: "BR made motion to accept; BL seconded; all approved"; a given name and the surname's
      # initial: "Damon M. seconded the motion")
      | (?<=[;,.][ \t]{0,3}|\n)[ \t]*(?:{motion_honorific}\s*)?
            (?P<seconder>{motion_name}(?:[ \t]+(?-i:\p{Lu})\.(?=[ \t]+second))?|{motion_initials})
            (?:[ \t]+|[ \t]*\n[ \t]*)
            (?:seconds|seconded|second)(?:\s+(?:the|that)\s+motion)?
            # (or the members' assent run on after it: "Ms. Gilman seconds the motion all approve.")
            (?=[ \t]*[.;,\n]|[ \t]+and[ \t]+the[ \t]+motion\b
              |[ \t]+all\s+(?:present\s+)?(?:approve|approved|in\s+favou?r|ayes?|yes)\b)
        )
    """,
    # ---- cues: a word every match of the pattern holds, so that it is searched only near one
    # (`patterns.finditer_near`); a cue may match more than its pattern needs, never less
    "motion_attach_cue": r"""second|2nd|propos|moved""",
    "motion_moved_by_cue": r"""mov|propos|motion|made""",
    "motion_name_makes_cue": r"""motion""",
    "motion_slash_line_cue": r"""[ \t\p{L}.)]/[ \t]*\p{Lu}|(?-i:\p{Lu}{2})[ \t]+[\-\u2013][ \t]+(?-i:\p{Lu}{2})""",
    # what comes between a mover statement and the motion's words
    "motion_text_lead": r"""
        [ \t]*[:;,.]?\s*
        # the vote and its result before the words: "AND following a show of hands RESOLVED that ...", "Following a
        # show of hands, it was agreed:-" / "“That ...”", "And agreed following a show of hands" / "“To ...”"
        (?: (?:and\s+)?(?:following\s+a\s+show\s+of\s+hands[ \t]*,?\s*)?
            (?P<resolved>and\s+resolved|resolved|and\s+(?:unanimously\s+)?(?:agreed|carried)
              |it\s+was\s+(?:unanimously\s+)?(?:agreed|resolved)
              # (the movers' "that" before it, or "and that was": "Mr. Hook proposed, Mr. Moulton seconded that it
              # was unanimously agreed that option B ...", "Mr Workman proposed, Mrs Allen seconded, and that was
              # unanimously agreed that Mr Hook ... be authorised ...")
              |(?:and\s+)?that\s+(?:it\s+)?was\s+(?:unanimously\s+)?(?:agreed|resolved)(?=\s+that\b)
              # the assent before the words: "Upon motion by Ms. Lang, all voted in favor to adjourn." (near
              # miss: "all voted in favor." names nothing: the words stand above it)
              |all\s+(?:members\s+(?:present\s+)?)?voted\s+(?:unanimously\s+)?in\s+favou?r(?=\s+to\s))\b
            (?:\s+following\s+a\s+show\s+of\s+hands)?
            (?:\s+unanimously)?(?:\s+by\s+(?:the\s+)?(?:elected\s+)?(?:members|those|all)(?:\s+present)?)?
            [ \t]*(?::-|[:,])?\s* )?
        (?: (?:the|a|an)\s+(?:following\s+)?(?:substantive\s+)?(?:(?P<amendment>amendment)|motion)\b
            (?:\s+to\s+the\s+(?:substantive\s+|main\s+|original\s+)?motion
               (?:\s+set\s+out\s+(?:at|in)\s+paragraph\s+\d+)?)?
            (?:\s+to\s+read\s+as\s+follows)?[ \t]*[:,]?\s* )?
        (?: (?:[I!|/1l]|we)\s+will\s+move\s+at\s+the\s+next\s+(?:ordinary\s+)?meeting\b\s* )?
        # the proposed resolution's enacting words, as Ontario townships print each motion under its movers ("Moved
        # by Evans, Seconded by Crawford" / "Be it resolved that the agenda ... be received and adopted.")
        # (near miss: "BE IT RESOLVED:" over a numbered list, the list the motion's words)
        (?: (?:now,?\s+)?(?:therefore,?\s+)?be\s+it\s+(?:further\s+|therefore\s+)?resolved\b
            (?:\s+by\s+[^,:\n]{3,80}?)? [ \t]*,?\s*(?=that\b) )?
        (?P<that>that\b[ \t]*,?\s*)?
    """,
    # one alternation of `FORMS["motion_outcome"]` (searched form by form: `patterns.finditer_forms`)
    "motion_outcome": "|".join(f"(?:{form})" for form in OUTCOME_FORMS),
    # an outcome inside a clause read as the motion ("..., the minutes were approved as a correct record")
    "motion_clause_outcome": r"""
        \b(?:was|were|is|be|been|being)\s+(?P<word>approved|agreed|adopted|accepted|confirmed|carried|deferred
            |postponed|noted|withdrawn|received|lost|defeated)\b
      | \bit\s+was\s+(?P<word>agreed|resolved)\b
    """,
    # one alternation of `FORMS["motion_vote_intro"]` (searched form by form: `patterns.finditer_forms`)
    "motion_vote_intro": "|".join(f"(?:{form})" for form in VOTE_INTRO_FORMS),
    # "For (12)", "Against: 3", "Abstain 1" (a label, then a number that is not a date or a reference)
    "motion_count": r"""
        (?:{motion_line_start}|(?<=,[ \t])|(?<=\([ \t]*)
          # after another label's count or share ("Yes: 100% No: 0"; near miss "Yes: 60% No: 40%", a share)
          # (or after one that says all or none: "Ayes: All      Noes: None")
          |(?<=\b{motion_vote_word}[ \t]*:?[ \t]*(?:\d{1,3}[ \t]*%?|(?-i:O)|all|none)[ \t]+)
          |(?<=\b(?:carried|lost|defeated|passed|agreed|failed)[ \t]*[:\-\u2013,]?[ \t]+))
        (?:(?:votes?|voting)[ \t]*:?[ \t]*)?(?P<label>{motion_vote_word})
        [ \t]*(?:\([ \t]*(?P<n>\d{1,3})[ \t]*\)
                |(?:[:\-–][ \t]*)?(?P<n>\d{1,3})(?![\d/.:\-–]\d|[\d%]|[ \t]*(?:st|nd|rd|th)\b)
                # a nought printed as the letter O by a scan's text ("Against: O"); near miss: "Against: Officers"
                |[:\-–][ \t]*(?P<n>(?-i:O))(?![\p{L}\d\-'’])
                # none at all ("Ayes: All      Noes: None      Motion Carried"); near miss: "Against: none of the
                # options" (words after it)
                |[:\-–][ \t]*(?P<n>none)(?=[ \t]*(?:$|\n|[.;,]|[ \t]{2,}\S|[ \t]+(?-i:\p{Lu}))))
    """,
    # "4 members voted in favour and 2 against", "10 votes for, 5 against, 1 abstention"
    "motion_count_after": r"""
        (?<![\d/.,:\-–$£€])
        # (not the count of the vote word before it, "For 7 Against 2", "In Favour: 17 Against: 0", unless
        # that word has its own count before it, "4 Yea 0 nay")
        (?<!(?<!\d[ \t]*)\b(?:for|in[ \t]+favou?r|against|ayes?|yeas?|nays?|noes|abstain(?:ed|ing)?|abstentions?)
            [ \t]*:?[ \t]*)
        (?: (?P<n>\d{1,3})\s+(?:votes?\s+|members?\s+(?:voted\s+)?|councillors?\s+(?:voted\s+)?|voted\s+)?
            (?P<label>in\s+favou?r|for|against|opposed|abstentions?|abstained|abstaining|ayes?|yeas?|yays?|nays?|noes)\b
          # the votes counted as affirmative or negative, the count perhaps in words: "There were 15 affirmative
          # votes and two votes against the substitute motion" (near misses: "an affirmative vote", no count; "one
          # for the library", a number word with no "votes")
          | (?P<n>\d{1,3}|{motion_number_word})\s+(?P<label>affirmative|negative)\s+votes?\b
          | (?P<n>{motion_number_word})\s+votes?\s+(?P<label>in\s+favou?r|for|against|opposed)\b
          # a hyphen joining the count to "yes" or "no": "Vote 4-yes & 1-no" (near miss: "2 no parking signs",
          # no hyphen)
          | (?P<n>\d{1,3})-(?P<label>yes|no|ayes?|nays?)\b )
    """,
    # the members voting each way named in a list after a dash, the count being how many are named: "VOTING AYE —
    # COMMISSIONERS AABERG, SANDAU, ... AND CHAIR SAFSTEN. VOTING NO — NONE." (near miss: "voting aye on the
    # budget", no dash and no list)
    # (or its line's end, the next line a label or the outcome: "Voting Nay: none" / "Absent: none" / "Motion carried")
    "motion_voting_named_list": r"""\bvoting[ \t]+(?P<label>aye|yes|no|nay)[ \t]*[—–\-:~][ \t]*
        (?P<names>[^.;\n]*(?:\n[^.;\n]*){0,3}?)(?=[ \t]*(?:\.|;|\bvoting\b
          |\n[ \t]*(?:\p{L}[\p{L} ]{0,20}[ \t]*:|motion[ \t]+(?:carried|passed|failed)\b|carried\b)))""",
    # separators between the names of such a list, and the word that says none voted so
    "motion_named_list_separator": r"""[ \t]*,[ \t]*(?:and[ \t]+)?|\s+and\s+""",
    "motion_named_list_none": r"""\A\s*(?:none|nobody|no\s+one)\b""",
    # the counts told in words after the outcome: "Motion passed four in favor, one against." (near miss: "passed
    # one item", no vote word after the number)
    # (or "yes votes" / "no votes": "The motion passed 6 yes votes and 2 no vote."; near miss: "passed 6 yes", no
    # "votes" after the word)
    "motion_count_words_after_outcome": r"""
        (?<=\b(?:passed|carried|failed|approved|favou?r|against|votes?[ \t]+and)[ \t]*,?[ \t]*)
        (?: (?P<n>{motion_number_word})[ \t]+(?P<label>in[ \t]+favou?r|against|opposed|abstaining|abstained)\b
          | (?P<n>\d{1,2}|{motion_number_word})[ \t]+(?P<label>yes|no|aye|nay)(?=[ \t]+votes?\b) )""",
    # a named-vote list whose count closes it: "VOTING IN FAVOUR: Mayor Farbridge, Councillors Bell, ...
    # and Wettstein (11)", "VOTING AGAINST: (0)" (near miss: a bracket inside the list, "Cllr Roe (Chair)",
    # is no count: the names hold no brackets or colons)
    "motion_count_listed": r"""
        {motion_line_start}(?P<label>{motion_vote_word})[ \t]*:[^():\n]*(?:\n[^():\n]*){0,6}?
        [ \t]*\([ \t]*(?P<n>\d{1,3})[ \t]*\)
    """,
    # "5-0", "4/3", "(11 to 3)", "5-0-1", "by 12 votes to 3": read just after an outcome word (and after
    # "unanimously": "the motion carried unanimously, 4-0")
    "motion_score": r"""
        (?:[ \t]+unanimously[ \t]*,?)?
        # (or "by a vote of three-to-one", the counts in words joined by "-to-"; near miss: "passed one of the
        # motions", no second count)
        [ \t]*,?[ \t]*\(?[ \t]*(?:by[ \t]+(?:a[ \t]+vote[ \t]+of[ \t]+)?)?
        (?:(?P<f>\d{1,3})|(?P<f>{motion_number_word})(?=-to-{motion_number_word}))[ \t]*
        # (or a comma between the two counts, the sentence ending after them: "Passed 5, 0.")
        # (or a colon: "The motion was approved 5:0 with Councilors ..."; near miss: "approved 6:00 p.m.", a time)
        (?:(?:votes?[ \t]+)?(?:-|–|/|to|-to-)|,(?=[ \t]*\d{1,2}[ \t]*(?:[.;(]|(?![^\n])))
           |:(?=\d(?!\d)|[1-9]\d[ \t]+(?:with|in|to|vote)))[ \t]*(?P<a>\d{1,3}|{motion_number_word})
        (?:[ \t]*(?:-|–)[ \t]*(?P<ab>\d{1,3}))?(?![\d/.\-–]\d|\d)
    """,
    # a vote line that opens on its score: "VOTE: 6/0 AYES: BARTH, BELL", "Vote: 5-2" (near miss: a date,
    # "Vote: 12/05/2024", is no score); or a clause after the seconding that does: "... seconded the motion;
    # Roll Call vote was 4-0, unanimous in favor."
    "motion_vote_score": r"""
        (?:(?<![^\n])|(?<=[.;][ \t]{1,3}))[ \t]*(?:the[ \t]+)?(?:roll[ \t]+call[ \t]+)?
        # (or the New England clerk's "VOTED 11-0-2 by roll call (...) to ...", "VOTED Unanimously 13-0 ...", "VOTED:
        # 7-6"; near miss: "Voted to adopt the budget", no score)
        (?:votes?[ \t]*(?::|was|were)|(?-i:VOTED|Voted)[ \t]*:?(?:[ \t]+unanimously)?)[ \t]*
        (?P<f>\d{1,3})[ \t]*(?:-|–|/)[ \t]*(?P<a>\d{1,3})(?:[ \t]*(?:-|–)[ \t]*(?P<ab>\d{1,3}))?(?![\d/.\-–]\d|\d)
    """,
    # the label of a named-vote list: "For (14)", "Ayes:", "Against: Crs", "Opposed:"
    # the member whose proposal an outcome closes, named right before it: "declared Cllr O'Hanlon's proposal
    # carried", "Councillor Ash's motion was lost" (near miss: "the Chair's ruling was upheld": no proposal)
    "motion_named_proposal": r"""
        (?-i:(?P<name>\p{Lu}[\p{L}'’\-]*))['’]s[ \t]+(?:proposal|motion|amendment)\b""",
    # a roll call's line, the member's name then the vote ("Cauthorne - Yes", "Kennedy -Yes", "Cllr Ash: Against"),
    # or its entries run on one line between semicolons ("Chair Froerer – aye; Commissioner Harvey – excused;
    # Commissioner Bolos - aye"); near miss: the attendance roll call's "Hall - Here" (no vote)
    # (the first of them may follow a "Vote:" label: "Vote:   Commissioner Pechmann – Yes;")
    "motion_name_vote_line": r"""(?-i)(?:(?<![^\n])(?:[ \t]*(?i:vote)[ \t]*:)?|(?<=;))
        [ \t]*(?:{motion_honorific}[ \t]*)?
        (?P<name>{person_word}(?:[ \t]+{person_word})?)[ \t]*[\-\u2013:][ \t]*
        (?P<label>(?i:yes|no|aye|nay|yea|against|abstain(?:ed)?))[ \t'’.]*
        # (an entry before a semicolon only where the line's last entry ends it on a vote; near miss: "Chairman
        # Daley – yes;" / "Selectman Bailey – yes. Motion passed unanimously.", a sentence)
        # a member a line, each line ending in a semicolon ("Commissioner Southey – Yes;")
        (?=\n|$|;[ \t]*(?:\n|$)
          |;(?=[^\n]*\b(?i:yes|no|aye|nay|yea|against|excused|absent|abstain(?:ed)?)[ \t'’.]*(?:\n|$)))""",
    "motion_vote_label": r"""
        {motion_line_start}(?P<label>{motion_vote_word})[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\))?[ \t]*
        # "Ayes: ...", "AYES" alone on its line, or a dash between spaces ("Ayes – DuRocher, Lezon"; near miss:
        # "Ayes-Nays" is one word)
        # (alone on its line only where it opens the line: "Fiscal Impact : No" ends a field, not a label)
        (?: :
          | (?<=(?<![^\n])[ \t]*{motion_vote_word}[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\))?[ \t]*)(?=\n)
          | (?<=[ \t])[\-\u2013\u2014][ \t]+ )
      # a label in capitals run on after the last list's names: "... Director Tamagni NOES: None ABSTAIN: None"
      # (near miss: "the noes: ..." in a sentence, not in capitals)
      # (or capitalised, a line of fields: "Yea: Heare, Guth, Peterson Nay: Abstain:")
      | (?<=[^\s][ \t]{1,5}) (?P<label>(?-i:AYES|NOES|NAYS|YEAS|ABSTAIN|ABSTENTIONS|ABSENT|RECUSE
                                           |Nay|Nays|Noes|Abstain|Abstentions|Absent)) [ \t]* :
    """,
    # (the next sentence opens on a capital, matched with case: "Standing Order 39.1. the members meet" goes on)
    # (a time's "p.m." ends the sentence only where a member's title follows: "moved to adjourn the meeting at
    # 9:13 p.m. Board Member Jackson seconded."; near miss: "to extend the hours to 9 p.m. Monday to Friday")
    # a line in capitals that tells of a motion, which the motions are read from as mixed case
    # (motion_parts.capitals_view); and a word of such a line
    # ("COMMISSIONER PEARCE MOTIONED TO APPROVE ...", the US verb too)
    "motion_capitals_cue": r"""(?-i)\b(?:MOVED|SECONDED|MOTIONED)\b""",
    "motion_capitals_word": r"""(?-i)\p{L}[\p{L}'’]*""",
    # a run of four words or more in capitals, what lies between them no letter in lower case ("COUNCIL MEMBER
    # HYER MOVED THE PUBLIC" / "HEARING BE CLOSED.")
    # (never across a label's colon: "MOVED BY: M. Chiaromonte" / "SECONDED BY: S. Kerwin" / "MOTION CARRIED."
    # keep the case a form's labels are read in)
    "motion_capitals_run": r"""(?-i)(?<![\p{L}])\p{Lu}[\p{Lu}'’\-]*
        (?:[^\p{L}:]{1,12}\p{Lu}[\p{Lu}'’\-]*){3,}(?![\p{L}])""",
    # (or a table's cell rule after it, a row flattened to a line: "... adjourn for Open Forum. |")
    "motion_sentence_end": r"""{motion_abbreviation}[.?!]["”’']?(?=[ \t]*\n|\s+["“(]?(?-i:\p{Lu})|[ \t]+\|(?:[ \t\n]|$))
        | (?<=\b[ap]\.m)\.(?=\s+(?:(?-i:\p{Lu}\p{Ll}+)\s+)?{motion_honorific})""",
    "motion_paragraph_break": r"\n[ \t]*\n",
    # what carries a motion on past a sentence end: a resolution's next clause ...
    "motion_continues": r"""\s*(?-i:AND|NOW\s+THEREFORE|BE\s+IT|FURTHER)\b""",
    # ... or, in a motion that introduced a list with a colon, the list's next entry
    "motion_continues_list": r"""\s*(?:\(?[a-z]{1,3}[.)]|\(?\d{1,2}[.)]|[•·\-–*][ \t])""",
    # the reasons a motion's list gives, not its terms: "with the following findings:", "based on the following:"
    "motion_reasons_before_colon": r"""\b(?:findings?|based\s+(?:up)?on)\b""",
    # a motion to open or close a hearing, its verb ("to open the public Hearing", "to close public hearing")
    "motion_hearing_words": r"""[ \t]*to[ \t]+(?P<verb>open|close)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:public[ \t]+)?
        hearing\b""",
    # a line saying a hearing was opened or closed, as minutes print it under the motion ("PUBLIC HEARING OPENED",
    # "Public Hearing Closed", "The public hearing was opened at 6:05 p.m."); near miss: "The public hearing will be
    # opened next month"
    "hearing_state_line": r"""(?<![^\n])[ \t*]*(?:the[ \t]+)?(?:public[ \t]+)?(?:portion[ \t]+of[ \t]+)?hearing[ \t]+
        (?:was[ \t]+)?(?P<state>opened|closed)\b""",
    # a motion's colon that ends its line, the entries of its list on the lines after it (or a sentence pointing
    # below at them: "... with recommended changes and amendments as provided below." / "1. Remove ..."; near miss:
    # "... as discussed." over a numbered line, no pointer)
    "motion_colon_before_entries": r"""(?P<stop>:|(?<=\b(?:below|as[ \t]+follows))\.)[ \t]*\n
        (?=[ \t]*(?:\(?[a-z]{1,3}[.)]|\(?\d{1,2}[.)])[ \t])""",
    # the next entry of a motion's list opening a line, and what before it ends the motion (its seconding or outcome)
    "motion_next_entry_line": r"""\n[ \t]*(?:\(?[a-z]{1,3}[.)]|\(?\d{1,2}[.)])[ \t]""",
    "motion_entry_sentence_stop": r"""\b(?:seconded|second|motion|carried|passed|voted)\b""",
    "motion_heading_amendment": r"""
        (?<![^\n])[ \t]*(?:an[ \t]+)?amendment
        (?:[ \t]+(?:to[ \t]+(?:the[ \t]+)?motion|\d+|moved))?[ \t]*:?[ \t]*(?![^\n])
    """,
    "motion_is_amendment_text": r"""
        \A[ \t]*(?:that\s+)?(?:the\s+)?(?:main\s+|original\s+|substantive\s+)?motion\s+be\s+amended\b
      # ("to amend the motion by removing ...", the words of a US amendment; near miss: "to amend the bylaw")
      | \A[ \t]*to\s+amend\s+the\s+(?:main\s+|original\s+)?motion\b
    """,
    # "That ..." opening a line, or after the resolution's number ("RC33/19     That the apology ...");
    # near miss: "that" inside a sentence
    "motion_text_that": r"""
        (?: (?<![^\n])[ \t]* | (?<=(?<![^\n])[ \t]*(?-i:[A-Z]{1,5})[ \t]?\d{1,4}[/\-.]\d{2,4}[ \t]+)
          # under a field label: "MOTION: THAT the agenda be adopted." (near miss: "Motion to adopt that plan")
          | (?<=(?<![^\n])[ \t]*(?-i:MOTION|Motion)[ \t]*:[ \t]*) ) that\b
    """,
    # a mover clause before a motion's wording, all of it ("Moved by Director Rice, seconded by
    # Jones, and carried unanimously by members present "): what a resolution read whole is trimmed
    # of; near miss: "It was proposed by X, seconded by Y and RESOLVED that ..." (a prose decision,
    # kept whole as the parish minutes' readers kept it)
    # the movers of a motion printed as the minutes' own sentence, up to its words: "It was proposed by Cllr
    # A and seconded by Cllr B that", "At the Parish Council it was proposed by ..." (near miss: a motion
    # block, "Proposed by Cllr A Seconded by Cllr B That", names no "it was")
    "impersonal_motion_lead": r"""
        \s* (?: at \s+ [^.;\n]{1,60}? \s+ )? it \s+ was \s+ (?:duly \s+ )? (?:proposed|moved) \b
        [^.;]{0,250}? (?: \b that \s* )?
    """,
    # where such a sentence opens: "It was proposed", "At the Parish Council it was moved"
    "impersonal_motion_opening": r"""
        (?: \b at \s+ [^.;\n]{1,60}? \s+ )? \b it \s+ was \s+ (?:duly \s+ )? (?:proposed|moved) \b
    """,
    # an outcome that names what it carries a motion: "The motion having been put and carried", "Motion carried"
    "motion_named_in": r"""\b motion \b""",
    "decision_mover_lead": r"""
        \s* (?:action\s*:\s*|recommendation\s*:\s*)?
        (?:it\s+was\s+)?(?:moved|motion\s+(?:made\s+)?by|proposed)\b [^.;\n]{0,250}?
        (?:seconded|second|2nd)\b (?:(?!resolved|agreed)[^.;]){0,200}? \s*
      # the movers named before their verbs, then the meeting's assent to what follows it: "In response to the
      # consultation, Mr. Hook proposed, Mr. Moulton seconded that it was unanimously agreed that " (the words after
      # it the decision; near miss: "... seconded that the hall be let", the words the motion's own, read above)
      | [^;\n]{0,200}? \b proposed ,? \s+ [^;\n]{1,60}? \b seconded ,? \s+ (?:and \s+)? that \s+ (?:it \s+)?
          was \s+ (?:unanimously \s+)? (?:agreed|resolved) \s+ that \s*
    """,
    # what follows a motion's wording when a sentence ran on into its seconding and vote
    # (", 2nd by JG.", ", Supervisor Y second, ... aye"): the cue that the sentence is longer than the motion
    "decision_vote_tail": r"""
        \A [\s,.;:\-–]* [^.\n]{0,40}? \b(?:seconded|seconds|second|2nd|ayes?|yeas?|vote|carried|passed)\b
    """,
    # a motion's wording that names no decision of its own but points at an item printed elsewhere:
    # a bare transitive verb ("to adopt.", "to receive and file"; "to adjourn" is a whole
    # decision) or a demonstrative ("this ordinance do now pass", "the above be approved"); a
    # carried one is not a resolution by itself
    # a carried motion whose words pass the matter on to another body as this one's recommendation, not a
    # decision of its own: "to recommend approval to the County Council for the Veibell Rezone", "to forward a
    # positive recommendation to the Board of Supervisors" (near misses: "to recommend that staff review the
    # fees", no body named; "to approve the recommendation of the committee", a decision on one)
    # (the meeting named as the one recommending: "the MPO TAC Committee recommend to the MPO Board, approval of
    # ..."; near misses: "to approve the recommendation of the selection committee" decides, "to recommend that
    # staff review the fees" names no body above the meeting, "the Board approve the plan recommended to the
    # Council" recommends nothing)
    # a sentence reporting a motion's fate, naming it by its words: "With 21 affirmative votes, the motion to adopt
    # the plan ... was approved unanimously.", "The original motion that the Council adopt ... carried" (near
    # miss: "The plan was approved unanimously." names no motion)
    "decision_restates_motion": r"""\A(?:[^.;:\n]{0,80},[ \t]+)?the\s+(?:original\s+|main\s+|substitute\s+)?motion\s+
        (?:to|that)\b""",
    # a relative clause ending a motion's words where its seconding follows: "... as presented, which was" /
    # "seconded by Mayor Y" (near miss: "the budget which was adopted last year" goes on after "was")
    # (or the "and" that joins the motion to "this was seconded by ...": "Cllr Vaughan as Chairman and")
    "motion_relative_tail": r""",?[ \t]+(?:(?:which|that)\s+(?:was|were)|and)[ \t]*\Z""",
    # (or a recommendation passed on in so many words anywhere in the motion's opening: "to give a positive
    # recommendation to the Lehi City Council with the findings ...", "based on the findings ..., to forward a
    # positive recommendation to the City Council for ...", "to deny the verbiage as presented but offer a positive
    # recommendation to the City Council if ..."; or the meeting recommending approval or denial outright: "the
    # Planning Commission recommend APPROVAL of application PLZ-25-4005"; near misses: "to approve the staff
    # recommendation to the Council" adopts a recommendation, "a recommendation to the Council was discussed")
    "motion_onward_recommendation": r"""
        \A[ \t]*(?:to\s+|that\s+)?
        # (not the staff's recommendation taken as the motion's words, the meeting deciding on it: "Staff recommends
        # approval of 2023/24 Unaudited Actuals", "The Superintendent recommends ...")
        (?! (?:the\s+)? (?:staff|superintendent|administration|city\s+manager|county\s+manager|town\s+manager
                         |manager|director|chief\s+\w+\s+officer|clerk|officers?) \s+ recommends? \b )
        (?:(?:the\s+)?(?-i:\p{Lu})[\p{L}&'’\-]*(?:\s+(?-i:\p{Lu})[\p{L}&'’\-]*){0,4}\s+
           (?=recommends?\s+(?:to\s+the\b|(?:approval|denial)\s+of\b)|forward\s+(?:a|the)\s))?
        (?:(?:recommends?|forward\s+(?:a\s+|the\s+)?(?:(?:positive|favou?rable|negative)\s+)?recommendation)\b
           (?=[\s\S]{0,700}?\bto\s+the\s+(?:[\p{L}&'’\-]+\s+){0,5}?
              (?:council|committee|board|commission|cabinet|executive|supervisors|commissioners)\b)
         | recommends?\s+(?:approval|denial)\s+of\b
         # a commission's motion recommending a plan or an application by name, the council left unnamed ("TO
         # RECOMMEND THE PARKS AND RECREATION MASTER PLAN"); near miss: "to recommend that staff review the fees"
         | (?<=\A[ \t]*to\s+)recommend\s+(?:the|an?|application|file|item)\s)
      # (a motion "for" a recommendation with its verdict, the body above it left unnamed: "made a motion for
      # POSITIVE recommendation for Title 10 miscellaneous changes ..."; a verdict is only ever passed on; near
      # miss: "for the recommendation of the committee to be adopted", no verdict)
      | \A[ \t]*for\s+(?:a\s+|an\s+)?(?:positive|favou?rable|negative|unfavou?rable)\s+recommendation\b
      # ("to move forward with a positive recommendation to City Council for ...": the council named bare)
      | \A[^.;]{0,300}?\b(?:move\s+forward\s+with)\s+(?:a\s+|an\s+|the\s+)?
        (?:(?:positive|favou?rable|negative|unfavou?rable)\s+)?recommendation\s+to\s+(?:the\s+)?
        (?:[\p{L}&'’\-]+\s+){0,5}?(?:council|committee|board|commission|cabinet|executive|supervisors|commissioners)\b
      | \A[^.;]{0,300}?\b(?:give|gives|offer|offers|forward|forwards|make|makes|send|sends|transmit)\s+
        (?:a\s+|an\s+|the\s+)?(?:(?:positive|favou?rable|negative|unfavou?rable)\s+)?recommendation\s+
        (?:of\s+(?:approval|denial)\s+)?to\s+the\s+(?:[\p{L}&'’\-]+\s+){0,5}?
        (?:council|committee|board|commission|cabinet|executive|supervisors|commissioners)\b
    """,
    "motion_referring_wording": r"""
        \A[ \t]*(?:
            (?:to\s+)?(?!adjourn|recess){motion_action_verb}
            (?:\s*(?:,|and|&)\s*{motion_action_verb}|\s+file)*
            # (the matter named by a pointer alone: "to pass this Ordinance.", "to approve the item"; near miss:
            # "to approve this Ordinance with the changes discussed" says more)
            (?:\s+(?:this|these|the\s+(?:above|foregoing|same))?\s*(?:ordinance|resolution|item|request|motion|
               application|agreement|contract|report|recommendation)s?)?[ \t]*[.;]?
          | (?:that\s+)?(?:this|these|the\s+(?:above|foregoing|same))\b.*
        )[ \t]*\Z
    """,
    # a motion printed before a passive mover: "A motion that X was moved by Councillor Y"
    "motion_passive_head": r"""\b(?:a|an|the)\s+(?:motion|amendment)\s+(?:that\b\s*|(?=to\b))""",
    "motion_passive_tail": r"""\s+(?:was|were|had\s+been)\s*\Z""",
    "motion_carried_words": r"""\b(?:approved|adopted|accepted|passed|carried|called\s+to\s+order|adjourned)\b""",
    "motion_bracket_line_head": r"""(?<![^\n])[ \t]*(?:[•·o*\-–\uf0b7\uf0a7\u25aa\u25cf\u25e6\u2023][ \t]+)?""",
    "motion_bracket_dash": r"""[ \t]+[-–—][ \t]*\Z""",
    "motion_list_split": r"""[ \t]*(?:,|;|\band\b|&|\n)[ \t]*""",
    # the titles before a listed name, a plural one opening the list included ("Ayes – Trustees DuRocher, Lezon")
    "motion_name_honorific_strip": r"""(?:(?:{motion_honorific}
        |(?-i:Trustees|Councillors|Councilmembers|Council[ \t]+Members|Directors|Commissioners|Members|Supervisors
             |Aldermen|Selectmen|Cllrs|Crs)(?![\p{L}]))[ \t]*)+""",
    "motion_list_none": r"""\A(?:none|nil|n/a|all|unanimous)\b""",
    # a motion's words that name the consent agenda it approves as one ("approve the items of the consent agenda as
    # presented", "the Consent Calendar")
    "motion_consent_words": r"""\bconsent\s+(?:agenda|calendar|items?)\b""",
    # the agenda's next lettered or numbered heading on the line after a list of names ("Aye: A, B, C" / "G.
    # ADJOURNMENT"); near miss: a name with its initial ("J. Smith", "J. SMITH," in a list run over lines)
    "motion_list_next_heading": r"""(?-i:[ \t]*\(?(?:[A-Z]|\d{1,2})[.)][ \t]+\p{Lu}{3,}(?:[ \t]+\p{Lu}+)*[ \t]*$)""",
}
