"""Decision rules: the forms in which minutes and decision notices record what a meeting decided — formal
resolutions ("RESOLVED that ..."), prose decisions ("It was agreed that ...", "The commissioners decided to
..."), motions moved, seconded, carried or lost inside the items' text, roll-call action summaries.  Pure
data; `minutes_parser.patterns` compiles it.  Split from `structure` (list labels, headings and the
preambles of recommendations), whose pieces (``deciding_body``, ``resolution_code`` ...) these use.

Patterns named ``*_start`` are matched at the start of a line's words (after any list label and opening
quotes); patterns named ``*_in`` are searched anywhere in a sentence.
"""

from __future__ import annotations

PIECES: dict[str, str] = {}

PATTERNS: dict[str, str] = {
    # ---------------------------------------------------------------- resolutions
    # "RESOLVED that", "Resolved – That:", "And Resolved:", "RESOLVED:",
    # "AGREED:", "DECISION:", "Decision: Cabinet propose to:".  ("It was resolved
    # that ..." is prose: the whole sentence is the item, see reso_prose_in.)
    "reso_formal_start": r"""
        ^ (?:
            (?: and \s+ (?:further\s+|unanimously\s+)? resolved | (?-i:RESOLVED|Resolved) )
            (?! \s+ (?:all\s+)? to \s+ (?:pay|sign|recommend)\b )
            (?! \s* [:\-\u2013\u2014,]? \s* that \s+ it \s+ be \s+ recommended \b )
            (?: \s* (?:unanimously|accordingly|further) )?
            (?: \s* [:\-\u2013\u2014,] )? (?: \s* that \b \s* [:,]? )?
          # the enacting clause of a resolution, its decision after "that": "NOW, THEREFORE, BE IT RESOLVED that
          # the Planning Commission ... does hereby ..." (near miss: "be it resolved" inside a sentence; in minutes
          # the clause is read with its resolution's number and outcome, a tabled one no decision)
          | (?P<enacting>
            # (an ordinance's "BE IT ORDAINED BY THE COUNCIL as follows:"; "THEREFORE," with no "NOW")
            (?-i: (?: (?: NOW | Now ) ,? \s+ )? (?:THEREFORE|Therefore|therefore) ,? \s+ )? (?-i:BE|Be) \s+ it \s+
            # ("Be it therefore resolved that ...", the adverb after "it")
            (?:further \s+ | (?-i:therefore|THEREFORE) \s+)?
            (?: (?-i:RESOLVED|Resolved|resolved) | (?P<ordained> (?-i:ORDAINED|Ordained|ordained) ) )
            (?: ,? \s+ by \s+ [^,:\n]{3,80}? )? \s* [:,]? \s*
            (?: (?-i: that | THAT ) \b \s* [:,]? | as \s+ follows \s* :
              # (the body named after "by", then its decision as a sentence of its own: "BE IT RESOLVED by the X
              # Council, the Council approves the appointment of ..."; near miss: "BE IT RESOLVED by the Council,"
              # then a recital, "WHEREAS ...")
              # (the verb may wrap onto the next line: "the Council" / "approves ...")
              | (?<= \s by \s+ [^,:\n]{3,80} , \s* ) (?= (?:the \s+)? (?=(?-i:\p{Lu})) [^\n]{0,60}?
                    (?: \s (?:approves|adopts|appoints|authori[sz]es|directs|amends|accepts|grants|hereby) \b
                      | \b (?:council|board|commission|committee) [ \t]* $ ) )
              # (the body's name wrapping the clause, its "that:" on the next line: "BE IT RESOLVED, by the
              # Emigration Canyon Metro Township" / "Council that:")
              | (?P<wrapped> (?<= \s by \s+ [^,:\n]{3,80} ) \s* $ ) ) )
          | (?-i:AGREED) (?: \s* [:\-\u2013\u2014,] )? (?: \s* that \b )?  (?= \s* \S )
          | (?-i:DECISION|Decision|Decisions|DECISIONS) (?:\(s\))? \s* : (?! \s* (?:status|maker|date|no)\b )
          | (?-i:DECIDED|Decided) (?: \s* [:\-\u2013,] (?: \s* that \b )? | \s+ that \b )
        )
    """,
    # Who proposed and seconded a resolution, as Irish minutes print it before the decision's words
    # (matched over the paragraph): "Resolved on the proposal of Cllr. Ash, seconded by Cllr. Birch
    # and agreed by the members present that ..." (the sentence after "that" is the resolution);
    # near miss: no "that" (the proposal's outcome is told, not its words).
    # ... or on its motion, "unanimously" before it and the seconder named with no "by", as New South Wales
    # minutes print it: "RESOLVED unanimously on the motion of Clr Ash, seconded Clr Birch that ..." (near miss:
    # "RESOLVED on the motion of Clr Ash, seconded Clr Birch, the item be deferred" has no "that")
    "reso_proposal_lead": r"""
        (?-i:Resolved|RESOLVED) \s+ (?:unanimously \s+)? on \s+ the \s+ (?:proposal|proposition|motion) \s+ of \s+
        [^\n]{3,160}? (?:\n[^\n]{0,160}?)?
        \b seconded \s+ (?:by \s+)? [^\n]{0,200}? (?:\n[^\n]{0,200}?)? \s that \b \s*
    """,
    # The formal word inside the prose opening, in capitals: "It was RESOLVED that Cllr Porter be elected Chair."
    # keeps what was resolved, as "RESOLVED that X" does (near miss: "It was resolved that ...", lower case, is a
    # prose decision whose whole sentence is the item)
    "capital_resolved_lead": r"""
        ^ \s* (?-i: (?:It|IT) \s+ (?:was|WAS) \s+ (?:(?:unanimously|UNANIMOUSLY) \s+)? RESOLVED ) (?: \s+ unanimously )?
        \s* [:,\-\u2013]? \s* (?: that \b \s* [:,]? )? \s*
    """,
    # Who moved and seconded a decision told before its words, its assent last: "Moved Cr Bailey, seconded Deputy
    # Mayor Duffy and resolved" / "That Council confirms the minutes ..." (a paragraph the prose reader takes
    # whole); the words after it are the decision.  Near miss: "Moved Cr Bailey, seconded Cr Duffy that the
    # minutes be confirmed. Carried." has no assent before the words (a motion, read as one); "It was proposed by
    # Cllr Ash, seconded by Cllr Birch and agreed that ..." on one line is a prose decision, the whole sentence).
    "movers_resolved_lead": r"""
        ^ \s* (?:it \s+ was \s+)? (?:moved|proposed) \b [^\n.;]{3,120}? \b seconded \b [^\n.;]{3,100}?
        \b and \s+ (?:it \s+ was \s+)? (?:unanimously \s+)? (?:resolved|agreed) [ \t]* [:,\-\u2013]? [ \t]*
        (?= \n [ \t]* (?-i:That|THAT) \b ) \s*
    """,
    # A line that opens a minute's decision, as Irish minutes print one under the item's title (a
    # title with no stop, no blank line between): "On the proposal of Cllr. Ash, seconded by ...",
    # "Resolved on the proposal of ...".  Capitalised: mid-sentence "on the proposal of" is not one.
    # ... and "It was proposed by ..." at a line's start (capitalised: a wrapped "... the motion was" /
    # "proposed by Cllr Ash" goes on the sentence).
    "proposal_opening_start": r"""(?-i: \s* (?: (?:On|Resolved \s+ on) \s+ the \s+ proposal \s+ of
        | It \s+ was \s+ proposed \s+ by ) \b )""",
    # "Proposed by ..." at a line's start, which opens the minute when the line before is a title
    # with no stop ("Disposal at Ash Grove" / "Proposed by Cllr A, seconded by Cllr B and agreed:");
    # after a sentence it attributes that sentence's words and stays with them.
    "proposed_by_start": r"(?-i: \s* Proposed \s+ by \b )",
    # A decision heading alone on its line, as Scottish and Australian minutes print one
    # over each item's decision: "Decision", "COUNCIL DECISION", "Committee Decision".
    # (Capitalised: a wrapped line "decision." is the end of a sentence.)
    "reso_heading": r"""(?-i:
        ^ (?: {heading_gloss} \s* [/\u2013\-] \s* )?
          (?: (?:COUNCIL|Council|COMMITTEE|Committee|CABINET|Cabinet|BOARD|Board) \s+ )?
          (?: DECISIONS? | Decisions? ) (?: \s* [/\u2013\-] \s* {heading_gloss} )? \s* $
      # "Council resolution", "Committee Resolution", "Resolution" (New Zealand minutes print one over
      # each decision)
      | ^ (?: (?: COUNCIL | Council | COMMITTEE | Committee | BOARD | Board ) \s+ )?
          (?: RESOLUTIONS? | [Rr]esolutions? ) \s* $ )
    """,
    # "Cabinet resolved to:", "The Committee agreed:", "Council RESOLVED that:".
    # Scottish minutes: "the committee agreed:-" and "After consideration, the committee" over its list.
    "reso_body_start": r"""
        ^ (?: {deliberation_lead} )?
          {deciding_body} \s+ (?:unanimously\s+)? (?:resolved|agreed|decided) (?: \s+ (?:to|that) )?
          \s* [:\-\u2013]+ \s* $
      | ^ {deliberation_lead} {deciding_body} \s* [:\-\u2013]* \s* $
      # the body after a clause of what it considered, wrapped onto this line: "Having considered an officer report
      # and a presentation by the Cabinet" / "Member for Democracy, Councillor Kevin Ash, the Mayor and Cabinet agreed
      # that:" (near miss: "... the Committee agreed that the report was clear." goes on after "that": no list)
      | ^ [^\n]{0,200}? , \s+ {deciding_body} \s+ (?:unanimously\s+)? (?:resolved|agreed|decided)
          (?: \s+ (?:to|that) )? \s* [:\-\u2013]+ \s* $
    """,
    # A sentence telling that what was put to the meeting was carried, over the decision's numbered clauses with no
    # "RESOLVED" printed (a meeting system's decision page): "The proposals were put to the vote and carried
    # unanimously by those members present ..." / "(1) that the minutes ... are re-submitted ...;" (read with
    # the clauses after it, each opening "that"; near miss: the same sentence over prose, no clauses)
    "carried_over_clauses": r"""
        ^ (?:the \s+)? (?:proposals?|recommendations?|motion|motions|resolutions?) \s+ (?:was|were) \s+
          (?: put \s+ to \s+ the \s+ (?:vote|meeting) \s+ and \s+ )? (?:carried|agreed|approved|adopted) \b
          [^\n]{0,160} [.:] \s* $
    """,
    # Prose decisions, one sentence each ("It was agreed that ...",
    # "the Councillors resolved to ...", "Invoice ... resolved to pay").
    "reso_prose_in": r"""
        (?:
            # a topic and the meeting's one-word assent to it: "Minutes of Meeting on 2nd September: accepted",
            # "Accounts for payment – Approved."; near misses: "Declarations of Interest: None", "Minutes:
            # accepted by the District Council" (words after the assent)
            ^ (?: \d{1,4} (?: [/.] \d{1,4} )? [.)]? [ \t]+ )? (?-i:\p{Lu}) [^\n:.;]{2,80}?
              \s* (?: : | \s [\-\u2013] ) \s*
              (?:accepted|approved|agreed|adopted|ratified|confirmed|carried) (?: \s+ unanimously )? \s* \.? \s* $
          # the meeting's assent printed in capitals, the minute's formal word, in a sentence of its own: "Members
          # AGREED that no items required this", "Unanimously AGREED to recommend APPROVAL", "No Comments and
          # AGREED to go with decision of Planning Officer" (near misses: "Members agreed that the report was
          # clear", an opinion in lower case; "AGREED" opening a line, read as the formal lead)
          | ^ (?: (?:the \s+)? (?:members|councillors|council|committee) \s+ (?:unanimously \s+)?
                | unanimously \s+ | all \s+ | no \s+ comments? \s+ and \s+ )
              (?-i:AGREED|RESOLVED) \s+ (?: that | to ) \b
          |
            \b it \s+ was \s+ (?:[\w,]+\s+){0,4}? (?:agreed|resolved|decided|concluded) \b
          | ^ (?:the\s+)? recommendations? \b .{0,80}? \b (?:was|were) \s+ (?:unanimously\s+)?
              (?:agreed|approved|adopted|carried|accepted) \b
          | \b (?:councillors|members|council|committee|cabinet|commission|board) \s+
              (?:then\s+|also\s+|unanimously\s+)?
              (?:\w+ \s+ and \s+)? resolved \b
          | \b resolved \s+ (?:all\s+|unanimously\s+)? (?:not\s+)? to \s+ (?!recommend\b) \w+
          | ^ all \s+ (?:members\s+|councillors\s+)? agreed \b
          # a decision by general consent, no motion put: "Without objection, Council exited Executive Session at
          # 5:02 P.M.", "There being no objection, items 6.a - 6.n were forwarded to the next meeting." (near
          # miss: "Without objection from the residents, the plan was discussed": words before the comma)
          | ^ {general_consent} \s* , \s* \w
          # the meeting's decision with no subject, a note's first word ("• Agreed to use existing mission
          # statement", "Decided to continue as we are doing", "Agreed that we should expand ..."); near
          # misses: "Bob agreed to advertise" (a member's undertaking), "Agreed on 19th June" (no course)
          | ^ [\u2022\u00b7*\-\u2013]? [ \t]* (?-i:Agreed|AGREED|Decided|DECIDED) \s+ (?:unanimously \s+)?
              (?:to|not \s+ to|that) \s+ \w
          | ^ (?-i:Resolved|RESOLVED) (?: \s* [:\-\u2013] )? \s+
              (?! (?:at|by|in|on|earlier|previously|above|below)\b ) \w
          | ^ (?: (?:following|after) \s+ (?:a \s+ |the \s+ |some \s+ |further \s+ |brief \s+ |short \s+ )*
                  discussions? \s* , \s* )?  # "Following a short discussion, the members agreed to ..."
              (?:the\s+)? (?:councillors|members) \s+ (?:then\s+|also\s+|unanimously\s+)? agreed \s+
              (?! with \b | that \b )  # "Members agreed that ..." is mostly an opinion shared
          # the body itself as the one agreeing, in minutes of a board or commission: "The commission agreed to
          # revisit the topic at the June 18th meeting ...", "The Commission agreed that the Redevelopment chapter
          # should reflect ..." (near misses: "the commission agreed with staff", "the Council agreed to a point
          # raised by a member" is no course; "members agreed that", an opinion, above)
          | ^ (?: (?:following|after) \s+ (?:a \s+ |the \s+ |some \s+ |further \s+ |brief \s+ |short \s+ )*
                  discussions? \s* , \s* )?
              the \s+ (?:council|commission|committee|board) \s+ (?:then\s+|also\s+|unanimously\s+)? agreed \s+
              # (not an agreement only to talk: "The Board agreed to discuss it later")
              (?: to \s+ (?!a\b|an\b|the\b|this\b|that\b|discuss|talk|consider|think|look\b) \w | that \s+ \w )
          | \b (?:councillors|members|council) \s+ (?:had|have|has) \s+ no \s+ objections? \b
          # the body's direction by a counted show of support, as US minutes tell a straw vote: "A majority of the
          # Council indicated support for amending page 2 ...", "A majority of the Council also indicated support to
          # remove ..." (near misses: "Council Member Whitelock indicated support for the plan", one member's view;
          # "The Council expressed support for six weeks' leave", a view with no majority counted)
          | ^ (?:a \s+)? majority \s+ of \s+ the \s+ (?:council|board|commission|committee|members)
              \s+ (?:also \s+)? (?:indicated|expressed|voiced|gave|showed) \s+ (?:its \s+ |their \s+)? support
              \s+ (?:for|to) \b
          # the members approving a matter named after the verb: "Councillors approved a request for a rise of 20%
          # in the precept ..." (near misses: "Highways engineers have agreed to inspect", not the members; "the
          # councillors approved of the idea", no matter approved)
          | ^ (?:the\s+)? (?:councillors|members) \s+ (?:then\s+|also\s+|unanimously\s+)?
              (?:approved|adopted|ratified|accepted|endorsed) \s+ (?:the|a|an|this|these|its|their) \b
          # a body's disposition told with its vote, as a commission's report of action prints it: "On a vote of 5:0,
          # the Planning Commission approved the above noted application, with the following conditions:", "On a
          # vote of 5:0, the Planning Commission recommended that the Municipal Council approve ..." (near misses:
          # "the Commission approved of the idea"; the same with no vote told, a report of a past meeting)
          | ^ on \s+ a \s+ vote \s+ of \s+ \d{1,2} \s* [:\-–] \s* \d{1,2} \s* , \s*
              the \s+ (?:[\p{L}]+ \s+){0,3}? (?:commission|council|board|committee) \s+
              (?:approved|adopted|denied|continued|approved \s+ with \s+ conditions) \s+ (?:the|a|an|this|these|its) \b
          # the members as the subject of a verb of deciding, in the past ("The commissioners decided to
          # use ...", "the trustees, by consensus, instructed ...", "The commissioners chose to increase
          # ...", "selected", "so the commissioners agreed that flood insurance should be dropped");
          # near misses: "The commissioners discussed ...", "had opted for" (an earlier decision),
          # "will decide", "Members agreed that the report was clear", "Members agreed that it was
          # important that ...", "agreed that commitment would be a key factor", "agreed that reinstating the
          # line would be the best outcome however ... would be welcomed" (an opinion; the course of action,
          # "flood insurance should be dropped", follows its subject at once)
          | \b {deciding_members}
              (?: \s+ (?:then|also|unanimously) | \s* , \s* by \s+ consensus \s* , )? \s+
              (?: decided \s+ (?:to|that|not|on|against) \b
                | chose \s+ (?:to|not) \b | selected \b | opted \s+ (?:to|for) \b
                # (a date or a named option chosen: "The Selectmen chose September 25th @ 7:00 p.m. for the
                # meeting"; near miss: "chose their words carefully", lower case)
                | chose \s+ (?: (?-i:\p{Lu}) \w* | \d )
                | instructed \b | directed \b
                | agreed \s+ that \s+ (?! (?:it|this|there|they|we)\b )
                  (?: [\w'’-]+ \s+ ){1,5} (?:should|shall|would|will) \s+ (?:not \s+)? be \s+ \w+ed \b
                # ... or that their officer act ("Members agreed that the clerk order grit.", "... that the Clerk
                # should write to the police"; near miss: "Members agreed that the clerk had done well", a view)
                | agreed \s+ that \s+ (?:the \s+)? (?:clerk|chair(?:man|person)?|treasurer|secretary|rfo)
                  \s+ (?:should \s+ | would \s+ | will \s+ | shall \s+ )?
                  (?! (?:be|is|was|were|had|has|have|did|does|felt|thought|seemed|appeared)\b ) (?-i:\p{Ll})\w+ \b )
          # the meeting as the subject that agreed to act on what was put to it: "The Board agreed unanimously to
          # accept this proposal.", "The Council unanimously agreed to adopt this updated policy.", "The Board
          # agreed unanimously with this review.", "The Board agreed these proposals", "The Board endorsed the
          # proposed documents"; near misses: "The Board agreed to discuss it later" (no verb of deciding),
          # "Members agreed with the speaker's comments" (an opinion, not a proposal), "The Board approved the
          # plan in 2019" (an earlier decision)
          | ^ (?:the \s+)? (?:{deciding_members} | (?:(?:parish|town|community|city|district|county) \s+)? council
                          | board | committee | cabinet | commission | panel | governing \s+ body )
              \s+ (?:unanimously \s+ | also \s+ | then \s+)?
              (?: decided (?: \s+ unanimously)? \s+ (?:to|not \s+ to) \s+ \w
                # ("The Council decided to cancel its July Work Session meeting ..."; near miss: "The Council will
                # decide", not past)
                | agreed (?: \s+ unanimously)? \s+
                  (?: to \s+ (?:accept|adopt|approve|endorse|ratify|support|appoint|award|grant|confirm|extend|renew
                             |fund|purchase|proceed|defer|share|release|allocate|amend|implement|establish|set|hand
                             |pay|spend|retain|continue|sign|join|write|invite
                             # (a purchase or a works order the meeting commits to: "The Council agreed to buy sand.")
                             |buy|order|install|repair|replace|donate|contribute|hire|commission|reimburse|erect
                             |plant|remove|insure|renew|object|oppose|cancel
                             # (a course of action or a date the meeting settles: "The Council agreed to go through a
                             # trial first.", "... agreed to add this item to the next city council meeting", "...
                             # agreed to hold the meeting on 5 May"; near miss: "agreed to discuss it later")
                             |go|add|hold|use|keep|move|schedule|place|put|try|trial)\b
                    | (?:to \s+ | with \s+)? (?:this|the|these|that) \s+ (?:[\w-]+ \s+){0,3}?
                      (?:review|proposals?|recommendations?|report|policy|changes|plan|approach|request|document
                        |format|terms|budget|arrangement|structure|paper|documents)\b
                    | to \s+ (?:£|\$)? \d[\d,.]* k? \s+ (?:funding|budget|grant|spend) \b )
                | (?:endorsed|approved|adopted|ratified|accepted|rejected|declined|refused) \s+ (?:the|this|these)
                  \s+ (?:[\w£$€,.-]+ \s+){0,3}?
                  (?:proposals?|recommendations?|report|policy|changes|plan|documents?|budget|terms|accounts|minutes
                    |bids?|quotes?|quotations?|tenders?|offers?|applications?|requests?|contract|allocations?
                    |grants?|payments?|expenditure|invoices?|precept|estimates?)\b
                  (?! [^.]*? \b (?:on|in|since|from) \s+ (?:[\w,]+ \s+){0,3}? (?:19|20)\d\d \b ) )
          # the meeting telling its staff what to do ("Board asked staff from now on to include any notes ...",
          # "The Council directed the Clerk to write ..."); near misses: "The Chair asked staff to explain"
          # (one member, not the meeting), "The Board asked staff questions" (no course of action)
          | ^ (?:the \s+)? (?:{deciding_members} | board | council | committee | commission | panel)
              \s+ (?:unanimously \s+ | also \s+ | then \s+)? (?:asked|directed|instructed|requested)
              \s+ (?:the \s+)? (?:staff|clerk|manager|superintendent|attorney|officers?|administrator)
              \b [^.]{0,40}? \b to \s+ (?!be\b) \w
          # a vote held on a proposal, its result below (a roll-call table closed by "And Resolved."):
          # "A roll-call vote took place to accept the Chief Executive's recommendation ..."; near misses:
          # "A vote was requested", and one the sentence itself says was lost
          | ^ a \s+ (?:roll[\s\-]?call \s+ | recorded \s+ | named \s+ | show \s+ of \s+ hands \s+)? vote \s+
              (?:took \s+ place | was \s+ (?:taken|held)) \s+ to \s+
              (?:accept|adopt|approve|agree|amend|make|reject|confirm|note) \b
              (?! .* \b (?:lost|defeated|fell|not \s+ carried) \b )
          # the matter as a passive sentence's subject, its movers and assent after it: "The minutes for January
          # 14, 2025 were moved by Commissioner Fisher, seconded, and approved by a vote of 7 ayes.", "The
          # Consent Calendar was motioned by Fisher to be taken up ..., it was seconded and approved by 7 ayes."
          # (near miss: "... was moved by X and seconded by Y." names no outcome)
          | \b (?:was|were) \s+ (?:moved|motioned) \s+ by \b .{0,160}? \b seconded \b .{0,60}?
              \b (?:approved|adopted|carried|passed|accepted) \b
          # the outcome with its count: "With no item withdrawn or corrected, the Consent Calendar was adopted by
          # 7 ayes." (near miss: "The plan was adopted by the Council in 2019", no count of this meeting's votes)
          | \b (?:was|were) \s+ (?:unanimously \s+)? (?:adopted|approved|passed|carried|ratified) \s+ (?:by|with) \s+
              (?:a \s+ vote \s+ of \s+)? \d{1,2} \s+ (?:ayes?|yeas?|votes?) \b
          # the meeting deciding by a vote it counts: "In 3 matters of anticipated litigation, the Board by a
          # vote of 7 ayes, gives direction to the General Counsel." (near miss: "The board by a vote of 7 ayes
          # approved this expulsion agreement", which points back at the motion printed above it)
          | \b (?:board|council|committee|commission|panel|{deciding_members}) \s* ,? \s+ by \s+ a \s+
              (?:unanimous \s+ vote | vote \s+ of \s+ \d{1,2} \s+ (?:ayes?|yeas?)
                  (?: \s* (?:,|and) \s* \d{1,2} \s+ (?:nays?|noes|abstentions?) )* ) \s* ,? \s+
              (?! (?:\w+ \s+)? (?:this|that|it|the \s+ (?:motion|item|same))\b ) (?-i:\p{Ll})\w+
          | \b noted \s+ and \s+ (?:approved|agreed|adopted) \b
          # a matter the meeting "considered and approved" ("The Council considered and approved the
          # draft scheme for publication."); not one that will be ("to be considered and approved")
          | (?<! \b (?:will|to|shall|must|may|can|could|would|should) \s+ be \s+ )
              \b considered \s+ and \s+ (?:approved|adopted|agreed) \b
          # the chair's declaration of who was elected ("The Mayor then DECLARED Councillor Jane Doe
          # elected Mayor.", "The Chair declared Cllr. Ash to be duly elected as Vice-Chair", "The
          # Mayor declared Councillor Ash as Area Chair of ..."); not a declared interest
          | \b declared \s+ (?:councillor|cllr\.?|mr\.?|mrs\.?|ms\.?|dr\.?)? \s* (?-i:\p{Lu})[\w'\u2019\-.]*
              (?: \s+ (?-i:\p{Lu})[\w'\u2019\-.]* ){0,3} \s+ (?:to \s+ be \s+)? (?:duly \s+)?
              (?: elected | appointed | co-opted | returned ) \b
          | \b declared \s+ (?:councillor|cllr\.?) \s+ [^.]{1,60}? \s as \s+ (?:the \s+)? (?-i:\p{Lu})
          # "On the proposal of Cllr. Ash, seconded by Cllr. Birch, and agreed by all, Jane Doe was
          # co-opted ...": the whole sentence
          | ^ on \s+ the \s+ proposal \s+ of \b .{3,160}? \b seconded \s+ by \b .{3,160}? \b
              (?:and|&) \s+ (?:unanimously \s+)? agreed \s+ by \s+ (?:all|the \s+ members|those \s+ present) \b
          | ^ on \s+ the \s+ proposal \s+ of \b .* \b (?:was|were) \s+ (?:unanimously\s+|duly\s+)?
              (?:agreed|deferred|adopted|approved|carried) \b
          # the proposal as the record of what was done, its verb of deciding left out: "On the proposal of Cllr
          # Ash, seconded by Cllr Birch, that Cllr Lee be appointed to the position of Chair." (near miss: "On the
          # proposal of Cllr Ash, seconded by Cllr Birch, the motion was put and lost" has no "that")
          | ^ on \s+ the \s+ proposal \s+ of \s+ [^,;\n]{3,60}? \s* , \s* seconded \s+ by \s+ [^,;\n]{3,60}? \s* , \s*
              that \s+ (?! it \s+ was \b ) \w
          | \b (?:proposed|moved) \b .{0,200}? \b seconded \b .{0,80}? \b (?:and|&) \s+ (?:it \s+ was \s+)?
              (?:unanimously\s+)? (?:resolved|agreed|carried) \b
          # the outcome first, then who proposed and seconded it: "The Climate Action Plan was adopted on the
          # proposal of Cllr Ash, seconded by Cllr Birch ...", "The minutes were confirmed on the proposal of
          # Cllr Ash and seconded by Cllr Birch." (near miss: "... will be adopted on the proposal of the
          # Chief Executive" names no seconder; "The motion was agreed on the proposal of ..." points back at
          # a motion printed above it, which is the decision)
          | ^ (?! (?:the \s+)? (?:motion|this|that|it) \b ) .*? \b (?:was|were) \s+ (?:unanimously \s+ | duly \s+)?
              (?:agreed|adopted|approved|carried|confirmed|accepted|passed) \s+
              on \s+ the \s+ (?:proposal|motion) \s+ of \b .{3,160}? \b seconded \s+ by \b
          # the seconding and agreement of the proposal before it: "This was seconded by Mayor B. Birch and
          # agreed by Council." (the sentence before it joins the item: `anaphoric_agreement_start`)
          | ^ (?:this|that) \s+ (?:proposal \s+ | motion \s+)? (?:was|were) \s+ seconded \b .{0,80}? \b
              (?:and|&) \s+ (?:unanimously \s+)? (?:agreed|carried|approved) \b
          # a proposal the meeting agreed to at once: "The Mayor proposed a break at 5pm and all agreed."
          # (near miss: "... proposed a break and asked whether all agreed" holds no "and all agreed" close)
          | \b (?:proposed|moved|suggested) \b .{0,200}? \b (?:and|&) \s+
              (?:all|everyone|all \s+ present|all \s+ members|the \s+ members|members) \s+ agreed \s* [.;]? \s* $
          # a minute that records who proposed and seconded it, the outcome unwritten ("Election of
          # Chairman: Cllr Ash, proposed by Cllr Birch, seconded by Cllr Cedar."); lost ones are excluded
          # (the minute has words of its own before the proposer: a bare "Proposed by X, seconded by Y"
          # line only attributes the decision printed after it)
          | ^ (?:\S+ \s+){3,} .*? \b (?:proposed|nominated) \s+ (?:by \s+)? (?-i:\p{Lu}) .{0,80}?
              \b seconded \s+ (?:by \s+)? (?-i:\p{Lu})
          # a nomination, the nominee first and the office after the movers: "WH was proposed by TD and seconded
          # by MD to be Vice-Chairperson." (near miss: "The report was proposed by TD and seconded by MD as read")
          | ^ (?:\S+ \s+){1,4}? (?:was|were) \s+ (?:duly \s+)? (?:proposed|nominated) \s+ by \s+ (?-i:\p{Lu}) .{0,60}?
              \b seconded \s+ by \s+ (?-i:\p{Lu}) .{0,30}?
              \b (?:to \s+ be (?: \s+ (?:a|an|the))? | as (?: \s+ (?:a|an|the))? )
              \s+ (?-i:\p{Lu})
          # an election the minutes record, the named person first ("Cllr Ash was re-elected as Chair.",
          # "Jane Doe unanimously elected to continue as Treasurer", "Bob Birch was duly elected
          # Vice-Chairman"): the office follows as "as ..." or a capitalised office word; not "elected
          # to the District Council in May", "the newly elected members", "Councillors elected at ..."
          # (the person: an honorific and a name, or two to four capitalised words, never a heading in
          # capitals: "APPOINTED OFFICIALS", "Newly appointed Mayor"; one appointed or co-opted is so
          # "was" or "duly", never a firm's name over a report: "Flagstaff appointed as advisor")
          | ^ (?: (?:cllr|councillor|mr|mrs|ms|miss|dr)\.? \s+ (?-i:\p{Lu}[\w'\u2019\-.]*)
                | (?-i:\p{Lu}[\w'\u2019\-.]*) (?: \s+ (?-i:\p{Lu}[\w'\u2019\-.]*) ) )
              (?: \s+ (?-i:\p{Lu}[\w'\u2019\-.]*) ){0,2}
              \s+ (?: (?:was|were) \s+ (?:unanimously \s+ | duly \s+ )? (?-i: (?:re-?)? (?:elected|appointed|co-opted) )
                   | (?:unanimously|duly) \s+ (?-i: (?:re-?)? (?:elected|appointed|co-opted) )
                   | (?-i: (?:re-?)? elected ) )
              \s+ (?: (?:to \s+ continue \s+)? as \s+ (?:the \s+)? \w | (?-i:\p{Lu}) )
              (?! [^.]*? \b (?:on|in|since|from|until) \s+ (?:[\w,]+ \s+){0,3}? (?:19|20)\d\d \b )
          # who proposed and seconded "that" the matter, and its outcome after it ("Cllr Ash proposed,
          # and Cllr Birch seconded, that Cllr Cedar be elected as Chairman, and this resolution was passed
          # unanimously."): the whole sentence
          | \b (?:proposed|moved) ,? \s+ (?:and \s+)? .{1,80}? \b seconded ,? \s+ that \b .* \b
              (?:this|the) \s+ (?:resolution|motion|proposal) \s+ was \s+ (?:unanimously \s+)?
              (?:passed|carried|agreed|adopted) \b
          | \b (?:minutes|accounts|financials|budget|calendar) \b [^.]{0,100}? \b (?:were\s+|was\s+)?
              (?:approved|confirmed \s+ (?:and|&) \s+ signed)
              (?! \s+ (?:in|at|on|last|previously|earlier)\b )
          # the minutes recorded as a true record, the verb after other doings ("The minutes ... were checked for
          # accuracy and content, agreed as a true record of the meeting and signed", "The minutes were taken as
          # read and signed as a correct record"); near miss: "The minutes will be signed as a true record at the
          # next meeting", "To approve the minutes as a true record" (no past verb)
          | \b minutes \b (?: (?! \b (?:will|would|should|shall|can|could|may|to \s+ be) \b ) [^.] ){0,200}?
              \b (?:agreed|approved|accepted|signed|adopted|confirmed) \s+ as \s+
              (?:a \s+ | the \s+ | being \s+ a \s+ )? (?:true|correct|accurate|fair) \b
          # the passive decision a parish or community council minutes: the matter, then what the
          # meeting did with it ("The Report was approved.", "These were presented by the outgoing
          # chair and approved.", "The Register ... was circulated and confirmed as still accurate.");
          # the subject holds no "that" (reported speech), and approval "by" anyone but the meeting
          # is another body's decision ("approved by the District Council")
          # (an abbreviation's stop inside the subject: "Consent Agenda Item Nos. 2, 3, and 4 were approved")
          # (nor a time gone by: "This parcel came in last year and was approved for the uses", "A 6-lot
          # version of this was approved two years ago"; near miss: "The minutes of the last meeting were approved")
          | ^ (?: (?! \b (?: that | ago | last \s+ (?:year|month|week|summer|spring|fall|autumn|winter) ) \b )
                  (?: [^.;:\n] | (?<= \b (?:Cllrs?|Mrs?|Ms|Dr|St|Nos?|Co|Ltd) ) \. ) ){1,200}?
              \b (?:was|were) \s+
              # (not "was not approved", "was yet to be approved", "was adopted allowing the Board to ..."; but
              # "was approved to be sent", "was authorised to arrange" are decisions: "to" straight after the verb)
              (?! (?: (?! (?:approved|authori[sz]ed) \s+ to \b ) [\w\u2019']+ \s+){0,6}?
                  (?:not|never|yet|to|be|being)\b )
              (?: (?:[\w\u2019']+ [,]? \s+){1,6}? (?:and|&) \s+ )?
              (?:duly\s+|unanimously\s+|formally\s+|then\s+|also\s+)?
              (?: approved | agreed | adopted | accepted | ratified | endorsed | authori[sz]ed
                | confirmed \s+ (?: as | and \s+ signed | & \s+ signed ) )
              # ("authorised in respect of the following invoices" is this meeting's; "in 2019" is not)
              \b (?! \s+ (?: in (?! \s+ (?:respect|relation) \s+ (?:of|to) \b ) | at | on | last | previously
                          | earlier | for \s+ consultation )\b )
              # (a date with its year after the verb tells of the past: "was approved and established
              # for a term beginning January 1, 2018", "agreed by Council Assembly on 25th February 2015")
              (?! [^.]*? \b (?:on|in|from|since|beginning|until|through) \s+ (?:[\w,]+ \s+){0,3}? (?:19|20)\d\d \b )
              (?! [^.]*? \b (?: ago | last \s+ (?:year|month|week) ) \b )
              (?! \s+ by \s+ (?! (?:the\s+)? (?:meeting|members|all|councillors|those\s+present|council|committee)\b ) )
          | ^ (?-i:APPROVED|CARRIED|ADOPTED) \s* [:\-\u2013]
          # an action summary's disposition under the item's heading, its verb of deciding first and in the past,
          # the council its unwritten subject ("Adopted an ordinance that amends ...", "Accepted the annual report
          # for ...", "Approved a minute order authorizing ..."); near misses: "Adopted by the Council in 2019",
          # "Approved." alone, "Received a presentation" (no verb of deciding)
          | ^ (?-i: Adopted | Approved | Accepted | Authori[sz]ed | Awarded | Denied | Ratified ) \s+
              (?: an? | the | resolution | ordinance | minute \s+ order ) \s+ (?-i:[\p{L}\d])
              (?! [^.]*? \b (?:on|in|since|from) \s+ (?:[\w,]+ \s+){0,3}? (?:19|20)\d\d \b )
          | \( \s* motion \s* \) .{0,40} \( \s* second(?:ed)? \s* \)
          # a consent item and its disposition after a dash: "Warrants and payroll — approved as submitted."
          | ^ [^.\n]{3,240}? \s [\-\u2013\u2014] \s+ (?:approved|adopted|accepted|ratified|received \s+ and \s+ filed)
              (?: \s+ as \s+ (?:submitted|presented|amended|read|recommended) )? \s* \.? $
        )
    """,
    # Sentences that look like decisions but record none, or another meeting's.
    "reso_not_in": r"""
        (?:
            # the minutes' own approval stamp under their signatures: "Minutes approved:   November 21, 2024",
            # "Approved: 4.25.2024" (the later meeting's act; near miss: "Minutes approved as circulated.")
            # (or with the date straight after the word: "Meeting minutes approved April 28, 2022"; near miss: "Minutes
            # approved as read")
            (?: ^ | \b minutes \s+ ) (?:approved|adopted) \s* (?:on \s+ | : \s* ) (?:\d|(?-i:\p{Lu}\p{Ll}+) \s+ \d)
          | \b minutes \s+ (?:approved|adopted) \s+ {month_name} \s+ \d{1,2} (?:st|nd|rd|th)? ,? \s+ \d{4} \s* \.? \s* $
            # (or naming who approved them before the date: "Minutes approved by the Alta Planning Commission on April
            # 24, 2024"; near miss: "The minutes were approved by the Commission as presented.")
          | ^ [\s*]* (?:meeting \s+)? minutes \s+ (?:approved|adopted) \s+ by \s+ [^.\n]{3,80}? \s+ on \s+ {month_name}
            # a meeting system's result line under a motion, the motion's outcome and not a decision of its own:
            # "RESULT: APPROVED", "**Final Result:** 6 – 0 Pass" (near miss: "RESOLVED: that the result be noted")
          | ^ [\s*]* (?:final \s+)? result [\s*]* : [\s*]* (?: \d{1,2} \s* [-\u2013] \s* \d{1,2} \s+ )?
              (?:pass|passed|approved|adopted|carried|failed|denied|defeated|continued) \b
            # ... or its blank for the date beside a signature, the blank read by OCR as marks: "APPROVED: — Da> Date
            # | = }- 204", "Approved: ________ Date: ______" (near miss: "APPROVED: the budget as presented.")
          | ^ approved \s* : [^\p{L}\n]{0,12} (?:\p{L}{1,3} [^\p{L}\n]{1,6})? date \b
          |
            # who proposed a motion printed elsewhere: "The Motion was proposed by X and seconded by Y."
            ^ (?:the \s+)? (?:motion|amendment|proposal|recommendations?) \s+ (?:was|were) \s+
              (?:duly \s+)? (?:proposed|nominated|moved) \b
          |
            # the outcome of a motion printed above it, told as a sentence of its own: "Vote: The motion was approved
            # 5:0 with Councilors ..." (the motion's words are the decision; near miss: "The motion to approve the
            # budget was approved.", its words inside)
            ^ (?:vote \s* : \s*)? the \s+ motion \s+ (?:was|were) \s+ (?:unanimously \s+)?
              (?:approved|carried|passed|adopted) \b
          |
            \b (?:as|had\s+been|previously|already|earlier) \s+ (?:agreed|resolved|approved|decided) \b
          # (not an agenda's items none withdrawn: "With no item withdrawn or corrected, the Consent Calendar was
          # adopted by 7 ayes.")
          | \b (?<! \b (?:no|none) \s+ (?:\w+ \s+){0,2} ) (?:withdrawn|lost|defeated|fell) \b
          | \b approved \s+ (?:in|at|on|last|previously|earlier) \b
          | \b (?:was|were) \s+ not \s+ (?:agreed|approved|carried|adopted)\b
          # a draft's notice: "THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL ...", "draft until approved"
          | \b not \s+ (?:yet \s+)? (?:be \s+ | been \s+)? (?:considered \s+ | deemed \s+ | formally \s+)?
              (?:agreed|approved|adopted|confirmed) \b
          | \b (?:agreed|approved|adopted|confirmed) \s+ until \b
          | \b until \s+ (?:they \s+ are \s+)? (?:approved|agreed|adopted|confirmed) \b
          # a time told by another adoption, not this meeting's: "the need to have a Tentative Budget until a final
          # budget was adopted", "once the plan is approved" (near miss: "The final budget was adopted.")
          | \b (?:until|once|before) \s+ [^.;]{0,40}? \b (?:is|was|were|are|has \s+ been|had \s+ been) \s+
              (?:approved|agreed|adopted|confirmed) \b
          | \b (?:if|should|would|whether|could|(?-i:may)) \b [^.]{0,30} \b (?:agreed|resolved|approved) \b
            # (the modal "may" in lower case: the month "May" is none, "held on Monday 8th May 2017 were approved")
          # an amendment moved or voted on (near miss: minutes "approved as an accurate record after 1
          # amendment", "approved subject to one minor amendment": the matter's correction, not a motion)
          | (?<! \b (?:with|after|subject \s+ to|following) \s+ (?:(?:an|one|a|the|1|minor|small|one \s+ minor) \s+)? )
            \b amendment \b
          | \b put \b .{0,60} \b to \s+ the \s+ vote \b
          | \b (?:agreed|resolved|decided|approved) \s+ (?:by \s+ [\w\s]{1,30}? \s+)?
              at \s+ (?:the|its|a) \s+ [\w\s]{0,30}? meeting \b
          | \b meeting \s+ (?:where|when|at\s+which) \b
          # another meeting's decision reported: "At the Regulatory Committee meeting held on Tuesday, 30 April 2019
          # the following committee recommendation was ratified as a DECISION OF COUNCIL."
          | ^ at \s+ (?:the|its|a) \s+ [\w\s]{0,60}? meeting \s+ (?:held \s+)? on \b
          # a standing rule in the present tense, no decision: "Consent items are approved by one
          # motion unless removed for discussion", "Such requests are granted only if ..."
          | \b (?:are|is) \s+ (?:approved|adopted|granted|agreed) \s+
              (?:by \s+ (?:one|a \s+ single) \s+ motion | only) \b
          | \b unless \s+ (?:held|removed|pulled) \b
          # a recital, the reason a resolution gives before it enacts ("WHEREAS, the Board resolved in
          # 2030 to ...; and"): not what it decides
          | ^ whereas \b
          # a signature block: "APPROVED: JANE Q. DOE", "ATTEST: JOHN ROE" (a name in capitals, no words), the
          # signer's office or a line to sign on ("APPROVED: Mayor ATTEST:", "APPROVED: Planning Commission
          # Chairperson", "APPROVED: ________"; near miss: "APPROVED: the minutes of 4 May")
          | ^ (?-i:APPROVED|ATTEST|ATTESTED) \s* : \s*
              (?-i: \p{Lu}[\p{Lu}.'\u2019\-]* (?: \s+ \p{Lu}[\p{Lu}.'\u2019\-]* ){1,3} ) \s* $
          | ^ (?: (?-i:APPROVED|ATTEST|ATTESTED) \s* : \s*
                (?: _+ \s* | (?-i: \p{Lu}[\p{Ll}\-]+ (?: \s+ (?:of \s+ the \s+ )? \p{Lu}[\p{Ll}\-]+ ){0,4} ) \s* )?
              )+ $
          | \b had \s+ (?:\w+ \s+)? (?:resolved|agreed|decided|approved) \b  # another meeting's, reported
          # a speaker's account, reported: "He noted that while this was a fairly simple process, the full budget
          # process will begin in the Fall (in order for the budget to be approved before December 31)." (near miss:
          # "It was agreed that the budget be approved": an agreement, not an account)
          | ^ (?:he|she|they) \s+ (?:noted|explained|said|stated|reported|advised|mentioned|added) \s+ that \b
          # a resolution's dated adoption line over its signatures: "APPROVED and ADOPTED this 21st day of June,
          # 2022." (near miss: "The resolution was approved and adopted." tells this meeting's decision)
          | \b (?:approved|passed) \s+ (?:,\s*)? and \s+ adopted \s+ this \s+ \d{1,2} (?:st|nd|rd|th)? \s+ day \s+ of \b
        )
    """,
    # A motion or amendment whose outcome was a defeat.
    "motion_lost_in": r"""
        \b (?:motion|amendment) \s+ (?:was\s+)? (?:lost|withdrawn|defeated|fell|not\s+carried) \b
    """,
    # The same, said of the motion itself (a lost amendment leaves its motion to be voted on).
    "motion_itself_lost_in": r"""
        \b motion \s+ (?:was\s+)? (?:lost|withdrawn|defeated|fell|not\s+carried) \b
      | \b declared \s+ the \s+ motion \s+ (?:lost|defeated|withdrawn) \b
    """,
    "motion_carried_in": r"""
        (?: \b seconded \b .{0,80}? \b and \s+ (?:unanimously\s+)? (?:agreed|adopted|carried|passed) \b
          | \b motion \s+ (?:was\s+)? (?:unanimously\s+)? (?:agreed|adopted|carried|passed) \b
          | \b declared \s+ the \s+ motion \b .{0,120}? \b carried \b )
    """,
    # A resolution's further clause on a line of its own: "AND THAT, the Budget be adopted ...".
    "resolution_continuation_start": r"(?-i: ^ (?:AND|And) \s+ (?:FURTHER \s+ |further \s+ )? (?:THAT|that) \b )",
    # A draft resolution's clause opening its line in capitals, as Ontario staff reports print each after the last
    # one's semicolon ("...;" / "AND THAT ...", "THAT ...", "AND WHEREAS ...", "THEREFORE LET IT BE RESOLVED THAT");
    # near miss: "AND THAT ..." after a line ending in a comma or a word goes on with the same resolution
    "clause_opener_start": r"""(?-i: ^ (?: AND \s+ (?:FURTHER \s+)? THAT | THAT | (?:AND \s+)? WHEREAS
        | THEREFORE \s+ (?:LET \s+ IT \s+ BE | BE \s+ IT) \s+ RESOLVED ) \b )""",
    "notice_of_motion_start": r"^ (?:I|!|\||We) \s+ (?:will|shall) \s+ move \b",
    "amendment_context_in": r"\b (?:amendment|amend) \b",
    # An outcome on a line of its own, capitalised: "Adopted", "CARRIED", "Agreed." (near miss: "adopted by
    # the Board in 2018", a sentence)
    "outcome_alone_line": r"""(?-i:
        (?:Adopted|ADOPTED|Carried|CARRIED|Agreed|AGREED|Approved|APPROVED)
        (?: \s+ (?:unanimously|as\s+amended|UNANIMOUSLY) )? \.? ) \s* $""",
    # A heading naming the meeting itself as the one recommending, onward to another body: "Committee's
    # recommendation", "Executive Recommendation" (near miss: "RECOMMENDATION", "Officer's Recommendation")
    "onward_reco_heading": r"\b (?:committee|sub-committee|executive|cabinet|board|panel) ['\u2019]?s? \s+ recommend",
    # The end of a numbered resolution ("Carried.", "CARRIED", "Carried unanimously").
    # (its subject before it, as a meeting platform prints the outcome: "Motion Carried Unanimously, By All Members
    # Present": the words end before "Motion")
    "carried_in": r"""(?-i:
        (?: \b (?:Motion|MOTION) \s+ )?
        \b (?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST) \b (?: \s+ (?:unanimously|as\s+amended) )? \.?
      # ... "Resolution adopted." (near miss: "... changed by a" / "Resolution passed by the Council": the
      # noun of a sentence wrapped after its article)
      | (?<! \b (?i:a|an|the|any|each|every|this|that|such|new|further) \s+ )
        \b (?:Resolution|RESOLUTION) \s+ (?:adopted|ADOPTED|passed|PASSED) \b \.? )""",
    # A vote recorded after a resolution's words: "Upon a roll call vote, ...", "Ayes: ...", "VOTING IN FAVOUR:".
    "vote_record_start": r"""
        ^ (?: (?:upon|on) \s+ (?:a \s+)? (?:roll \s+ call \s+ |recorded \s+ )? vote \b | roll \s+ call \b
            | (?:ayes?|nays?|yeas?) \s* [:\-\u2013]
            | voting \s+ (?:in \s+ favou?r|for|against) \s* : )
    """,
    "defeated_in": r"(?-i: \b (?:Defeated|DEFEATED|Lost|LOST|Withdrawn|WITHDRAWN) \b )",
    # A clerk's note closing a resolution: "Time: 7:15 p.m.", "Next regular meeting ...".
    "clerk_note_in": r"""
        \s* (?: \b time \s* : \s* \d{1,2} [:.] \d{2} \s* (?:[ap]\.?\s?m\.?)? )?
        \s* (?: \b next \s+ (?:regular\s+)? meeting \s+ (?:to\s+be|will\s+be|is) \s+ held \b [^\n]*
              # the next meeting's date as a note of its own, a capital after the time ("Time: 8:19 p.m. Next
              # regular meeting December 18, 2018."); near miss: "That the next regular meeting be moved ..."
              | (?<= [.] \s+ ) (?-i:Next) \s+ (?:regular\s+)? meeting \s+ (?-i:\p{Lu}) [^\n]* )?
        \s* $
    """,
    "motion_attribution_in": r"\s* [\-\u2013\u2014] \s* [^\-\u2013\u2014]{0,60} \( \s* motion \s* \) .*$",
    # A sentence after a decision that only says who proposed (and seconded) it, pointing back at it: "RESOLVED:
    # Schedule of dates agreed. This was proposed by Cllr Spurr." (the decision ends before it).  Near misses: "It
    # was proposed by Cllr Ash that the hall be booked." (its own words after the name), a decision that is only
    # that sentence (nothing before it).
    "trailing_proposer_sentence": r"""(?-i:
        (?<= [.;!?] [\"'\u201d\u2019)]* ) \s+ (?:This|That|It) \s+ (?:was|were) \s+ (?:also \s+)?
        (?:proposed|moved|seconded) \s+ (?i:by) \s+ (?: {motion_honorific} \.? [ \t]+ )?
        (?: \p{Lu} \.? [ \t]+ ){0,2} {person_word}
        (?: [ \t]+ {person_word} )?
        (?: \s+ (?i:and) \s+ (?i:seconded) \s+ (?i:by) \s+ (?: {motion_honorific} \.? [ \t]+ )?
            (?: \p{Lu} \.? [ \t]+ ){0,2}
            {person_word} (?: [ \t]+ {person_word} )? )?
        [ \t]* \.? \s* $ )""",
    # Lines that only say who proposed and seconded, or an outcome with no wording.
    "procedural_start": r"""
        ^ (?: (?:proposed|seconded|moved) (?: \s+ by \b | \s* : ) | mover \b | seconder \b
            | (?:motion|amendment) \s+ (?:carried|lost|agreed|withdrawn) \b
            | agreed \s+ unanimously \.? \s* $ | carried \b | for \s* \( | against \s* \( | abstain )
    """,
    # The words a numbered resolution opens with ("THAT ...", "BE IT RESOLVED", "WHEREAS ...").
    # The mover's and seconder's initials and surnames between a resolution's number and its words on the
    # same line: "R2018-200 J. Scott, L. Andersen: THAT we pass By-Law ..." (Ontario townships' Web pages);
    # near misses: "J. Scott reported: the road is open" (no second name, no resolution's words after it)
    "numbered_movers_prefix": r"""(?-i:
        (?:\p{Lu}\.[ ]?){1,2} {person_word} [ ]*,[ ]* (?:\p{Lu}\.[ ]?){1,2} {person_word} [ ]*:[ ]*
        (?= (?i:that|be \s+ it|whereas) \b ) )""",
    "reso_words_start": r"""
        ^ (?: that | be \s+ it | whereas | now \s+ therefore | resolved | closed \s+ session ) \b
    """,
    # A table's column headings printed as a line: "Chq No. Amount Payee Service", "Date Payee Amount"
    # (capitalised words, no figure); near miss: "Petersfield Town Council" (no column word)
    "table_header_row": r"""(?-i: (?= .* \b (?:No|Amount|Payee|Service|Date|Description|Ref|Reference|Cost|Supplier
        |Details|Total|VAT|Net|Gross|Item|Invoice|Cheque|Chq|Method) \b )
        (?: [\p{Lu}][\p{L}.]* | [`'’&/\-] ) (?: [ \t]+ (?: [\p{Lu}][\p{L}.]* | [`'’&/\-] ) ){1,8} )""",
    # A table's row opening with its number or amount: "301598 £80.40 Elite ...", "£40.00 Village Hall"
    # (near miss: "12 Main Street", a number too short for a cheque's and no amount after it)
    "table_row_start": r"""(?: \d{4,} [ \t]+ [£$€]? [ \t]? \d | [£$€] [ \t]? \d[\d,]*(?:\.\d\d)? [ \t]+ \S )""",
    # A table's closing total: "Total: £884.07", "TOTAL £1,204.00"
    "table_total_row": r"""(?: (?:grand \s+)? total \b )""",
    # A line opening with a bracketed note that goes on in lower case, the sentence above wrapped before it:
    # "(£160) for delivery to all residents"; near misses: "(a) The Clerk", "(1) to note" (a label)
    "wrapped_bracket_start": r"""(?-i: \( (?! [\dA-Za-z]{1,4} \) ) [^()\n]*? [\d£$€%] [^()\n]*? \) [ \t]+ \p{Ll} )""",
    # Where a sentence may end: a stop, then blanks or the end.
    # An entry that lists things by name, not decisions, under its own words: "Delegates Financial Authority to
    # Spend up to $250,000 to the following additional roles:" / "a. General Manager – Transport ...", "Approve
    # the appointment of the following members to the working group:", "... on the following dates:"; its list is
    # part of its words.  Near misses: "the following recommendations:", "That the Council:" (decisions below).
    # a number in brackets, as a sentence's enumeration prints it ("(1) to work with ...; and (2) if ...")
    "paren_number_label": r"""\( \d{1,2} \)""",
    # a line that carries on the clause above it, after a semicolon: "and (3) while the funding model ..."
    # (near miss: "and b) The Mayor ...", a label after the word)
    "clause_goes_on_start": r"""(?-i: (?:and|or|but|provided|including|together) \b
        (?! [ \t]* (?: \(? [a-z0-9]{1,3} [.)] ) [ \t]+ \p{Lu} ) )""",
    "lists_named_things": r"""
        \b the \s+ following \s+ (?: (?:additional|named|new|further) \s+ )?
          (?: roles | posts | positions | members | people | persons | individuals | officers | councillors
            | representatives | nominees | appointees | roads | streets | dates | times | venues | locations
            | sites | properties | plots | parcels | areas | organisations | organizations | bodies | groups )
          \b [^:\n]{0,100}? [ \t]* (?: :- | : | :[ \t]*[\-\u2013] ) [ \t]* $""",
    "sentence_end": r"""
        # (not the stop of a number a small word follows: "Standing Order 39.1. the members meet ...")
        [.!?] [\"'\u201d\u2019)\]]* (?= \s | $ ) (?! (?<= \d \. ) [ \t]+ (?-i:\p{Ll}) )
      # a stop typed with no blank after it, between a word and the next sentence's ("... to this project
      # .The Meeting with ..."); near misses: "U.S.A", "e.g.The" (no word of two small letters before)
      | (?<= (?-i:\p{Ll}{2}) [ \t]? ) \. (?= (?-i:\p{Lu}\p{Ll}) )
      # a decision's sentence opening where the stop before it was never typed ("... appeal for Volunteers It
      # was agreed that ..."); near miss: "... and it was agreed" (a clause of the same sentence, lower case)
      | (?<= \p{L} ) (?= [ \t]+ (?-i:It) [ \t]+ was [ \t]+ (?:unanimously [ \t]+)? (?:agreed|resolved|decided) \b )""",
    # A topic written before a prose decision: "Audit of Accounts - The Accounts were approved ...", with a
    # place or a year after another dash ("Buy A Brick Campaign – Petersfield Museum – It was agreed ...",
    # "Precept 24-25 – It was unanimously agreed ..."); near miss: "The Chair reported – it was agreed"
    # (the words before the dash are a sentence's, lower case after the first)
    "topic_prefix": r"""(?-i:
        ^ [A-Z][\w&'’ \-]{0,40}? (?: \s [\-\u2013] \s+ [A-Z][\w&'’ \-]{0,40}? ){0,2}
          \s [\-\u2013] \s+ (?= (?:The|It|All|Councillors|Members)\b )
      # ... or a label before a colon, its words no decision's ("Minutes: The Minutes of the meeting held on
      # ... were agreed.", "Minutes of the previous Meeting – 2nd October 2017 : The Minute was approved ...");
      # near miss: "Agreed: The hall will be let." (the label is the decision's own word)
      | ^ [A-Z] (?: (?! (?i: agreed | resolved | decided | approved | carried ) \b ) [^\n:.;] ){0,80}?
          [ \t]* : [ \t]+ (?= (?:The|It|All|Councillors|Members)\b ) )""",
    # A title line over a decision's sentence in the same paragraph, with no stop after it: "Transfer from
    # Business Savings Account to Current Account" over "The Councillors resolved to transfer £1000 ...";
    # every word capitalised but the joining ones, the sentence opening the next line with a capital.  Near
    # misses: a sentence wrapped after its first line ("The Councillors resolved to transfer\n£1000 ..."),
    # a one-word line, a line ending in a stop or a colon.
    "title_line_start": r"""(?-i:
        ^ [ \t]* \p{Lu}[\w'’&/\-]*
          (?: [ \t]+ (?: \p{Lu}[\w'’&/\-]* | \d[\w/\-]* | of|and|the|to|for|from|in|on|at|with|&|[\-\u2013] ) ){1,11}
        [ \t]* \n [ \t]* (?= \p{Lu} ) )""",
    # A decision that ends its line, as in a list of payments: "Village Hall Fees £ 40.00 resolved to pay".
    # A line of its own that is a topic and the meeting's one-word assent: "68/24 Minutes of Meeting on 2nd
    # September: accepted" (near miss: "67/24 Declarations of Interest: None")
    "topic_assent_line": r"""
        (?: \d{1,4} (?: [/.] \d{1,4} )? [.)]? [ \t]+ )? (?-i:\p{Lu}) [^\n:.;]{2,80}? [ \t]* : [ \t]*
        (?:accepted|approved|agreed|adopted|ratified|confirmed) [ \t]* \.?""",
    "decision_line_end": r"""
        \b resolved \s+ (?:all\s+)? (?:not\s+)? to \s+ \w+ (?: \s* £? \s* [\d.,]+ )? (?: \s* \( [^)\n]* \) )? [ \t]* $
      # ... or a topic and the meeting's one-word assent: "Minutes of Meeting on 2nd September: accepted"
      | [^\n:]{3} : [ \t]* (?:accepted|approved|agreed|adopted|ratified|confirmed) [ \t]* \.? [ \t]* $
    """,
    # A motion's wording after its mover and seconder: "THAT Council approve ...".
    "motion_words_start": r"(?-i: ^ (?:THAT|That|BE\s+IT\s+RESOLVED|WHEREAS) \b )",
    # A consent item's decision printed under its title in US minutes: "B. Curriculum Proposals" /
    # "That the Board of Trustees approve the curriculum proposals ..." (the body and a verb).
    "that_body_decides_start": r"""(?-i: ^ (?:THAT|That) \s+ ) {deciding_body} (?: \s+ of \s+ [\w\s]{1,40}? )?
        \s+ (?i: approves? | authori[sz]es? | adopts? | ratif(?:y|ies) | accepts? | awards? | receives?
              | transfers? | confirms? | appoints? | endorses? | declares? | certif(?:y|ies) | directs?
              | notes? ) \b""",
    # A line naming who moved or seconded a motion.
    "mover_line_in": r"\b (?:moved|seconded|mover|seconder) \b",
    # The mover and seconder printed between a decision's heading and its words: "Councillors White /
    # Hague", "Cr Smith / Cr Jones", "Moved: Cr Smith", "Seconded: Mayor Little" (New Zealand and
    # Australian minutes).  Matched against a whole short paragraph.
    "mover_attribution": r"""(?-i:
        (?: (?: (?i:councillors?|crs?|cllrs?|mayor|deputy[ ]mayor) \.? \s+ )?
            \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
            \s* / \s*
            (?: (?i:councillors?|crs?|cllrs?|mayor|deputy[ ]mayor) \.? \s+ )?
            \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
        | (?i:moved|seconded|mover|seconder) \s* (?:by)? \s* [:\-\u2013]? \s*
            (?: (?i:councillors?|crs?|cllrs?|mayor|deputy[ ]mayor) \.? \s+ )?
            \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
        # both movers in one line over the decision's words, its assent after them, as New Zealand minutes print
        # them under "Resolution": "Moved Cr Bailey, seconded Deputy Mayor Duffy and resolved" / "That Council ..."
        # (near miss: "Moved Cr Bailey, seconded Cr Duffy that the minutes be confirmed" holds the words: a motion)
        | (?i:moved|proposed) \s* (?i:by)? \s* [:\-\u2013]? \s*
            (?: (?i:councillors?|crs?|clrs?|cllrs?|mayor|deputy[ ]mayor|member|chairperson
                |deputy[ ]chairperson) \.? \s+ )?
            (?: \p{Lu}{1,3} [ ] )? \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
            \s* ,? \s* (?:(?i:and) \s+)? (?i:seconded|seconder) \s* (?i:by)? \s* [:\-\u2013]? \s*
            (?: (?i:councillors?|crs?|clrs?|cllrs?|mayor|deputy[ ]mayor|member|chairperson
                |deputy[ ]chairperson) \.? \s+ )?
            (?: \p{Lu}{1,3} [ ] )? \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
            (?: \s* ,? \s* (?i:and) \s+ (?:(?i:it) \s+ (?i:was) \s+)? (?i:resolved|carried|agreed) )? \s* :?
        # the labels of a two-column table read row by row, the mover's name printed below them
        # ("Moved:" / "Seconded:  Cr Michael (Mike) Bird"): an empty label, then the other's name
        | (?i:moved|mover|proposed|proposer) \s* (?i:by)? \s* : \s+
            (?i:seconded|seconder) \s* (?i:by)? \s* : \s* {member_name}? )
        \s* \.? )""",
    # A table's mover and seconder cell, the two surnames alone on a line: "Lukes / Schreyer".
    "mover_pair_line": r"""(?-i:
        \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)?
        [ ]? / [ ]?
        \p{Lu}[\p{L}'\u2019\-]+ (?:[ ]\p{Lu}[\p{L}'\u2019\-]+)? )""",
    # A label that is a register's resolution number: "RESOLUTION 2019/14", "Committee Resolved FPCO/2024/6"
    # (not "Motion 24-064", a motion's number).
    "resolution_number_label": r"^ (?: \w+ \s+ )? (?: resolution | resolved ) \b",
    # A resolution's number alone on its line over the resolution printed whole in minutes ("RESOLUTION NO.
    # 2023-04-01"), and the carried motion below that adopts it by that number ("... moved to approve Resolution
    # No. 2023-04-01. The motion passed unanimously."): then the enacting clause under the number is the decision
    # (see forms._adopted_by_number).  Near misses: a number with a title after it on its line ("RESOLUTION NO.
    # 40-20 - RESOLUTION OF THE CITY COUNCIL"), a motion that tables it ("moved to table Resolution No. ...").
    # (or an ordinance's: "ORDINANCE NO. 2023-O-01"; the date printed beside it in a column, "RESOLUTION NO.
    # 2023-06-01      Date: June 1, 2023"; near miss: "Resolution No. 5 was tabled", words after it)
    "resolution_number_line": r"""^ \s* (?-i:RESOLUTION|Resolution|ORDINANCE|Ordinance) \s+ (?:no\.?|number|\#) \s*
        (?P<number>\d[\w\-/.]*\w) (?P<date> \s+ date \s* : [^\n]{0,40} )? \s* $""",
    # a motion's words adopting a resolution by its number and nothing else ("to approve Resolution No.
    # 2023-04-01."); near miss: "to approve Resolution No. 2023-04-01 as amended" (words of its own)
    # (or an ordinance, and a comma and what it does as its title says: "to approve Ordinance No. 2023-O-01,
    # repealing and replacing Titles 18 & 19.")
    "adopting_motion_words": r"""^ \s* to \s+ (?:approve|adopt|pass) \s+ (?:the \s+)? (?:resolution|ordinance) \s+
        (?:no\.?|number|\#) \s*
        (?P<number>\d[\w\-/.]*\w) (?: \s* , \s* (?-i:[a-z]+ing) \b [^;]{0,200}? )? [\s.]* $""",
    # an enacting clause in which the body resolves in its own name, over one line or two: "NOW, THEREFORE, the
    # Governing Board of the Salt Lake County Municipal Building Authority, Utah, resolves as follows:" (read, as
    # "BE IT RESOLVED" is, only under a resolution's number that minutes adopt); near miss: "NOW, THEREFORE, the
    # parties agree as follows:" (a contract's words: no resolving verb)
    "enacting_body_resolves": r"""^ \s* (?-i: (?:NOW|Now) ,? \s+ (?:THEREFORE|Therefore|therefore) ,? \s+ )
        (?: the \s+ )? (?-i:\p{Lu}) [^:\n]{3,160}? ,? \s+ (?: does \s+ )? (?: hereby \s+ )?
        (?: resolves | ordains | resolve | ordain ) (?: \s* ,? \s* as \s+ follows )? \s* :""",
    # a carried motion after a resolution printed whole that adopts it by pointing at it, not by its number:
    # Legistar's "A motion was made by Trustee X, seconded by Trustee Y, that this agenda item be approved. The
    # motion carried by a unanimous vote.", "moved to adopt the resolution. The motion passed." (near misses: "moved
    # to table this item", "that this agenda item be continued": no adopting verb)
    "adopting_motion_anaphoric": r"""
        \b (?:moved|motion|motioned) \b [^.]{0,160}? \b
        (?: that \s+ (?:this|the) \s+ (?:agenda \s+)? (?:item|resolution) \s+ be \s+ (?:approved|adopted)
          | to \s+ (?:approve|adopt|pass) \s+ (?:this|the) \s+ (?:agenda \s+)? (?:item|resolution) \b )
        [^.]{0,60}? \. \s* (?: the \s+ motion \s+ )? (?:was \s+ )? (?:unanimously \s+ )?
        (?:passed|carried|approved|adopted) \b""",
    # a carried motion's words that adopt what it points at: "that this agenda item be approved.", "to adopt the
    # resolution." (near miss: "to approve the resolution as amended", words of its own)
    "adopting_motion_pointing_words": r"""^ \s* (?: (?:that \s+)? (?:this|the) \s+ (?:agenda \s+)? (?:item|resolution)
        \s+ be \s+ (?:approved|adopted)
      | to \s+ (?:approve|adopt|pass) \s+ (?:this|the) \s+ (?:agenda \s+)? (?:item|resolution) ) [\s.]* $""",
    "adopting_motion_by_number": r"""
        \b (?:moved|motion|motioned) \b [^.\n]{0,40}? \b to \s+ (?:approve|adopt|pass) \s+ (?:the \s+)?
        (?:resolution|ordinance) \s+ (?:no\.?|number|\#) \s* (?P<number>\d[\w\-/.]*\w)
        # (its title's words after it, over a line or two, then the outcome)
        (?:[^\n]|\n(?![ \t]*\n)){0,240}? \b (?:passed|carried|approved|adopted) \b""",
    # One to three capitalised words alone on a line: the rest of a mover's name that wrapped
    # ("Burne-Field", "Kelly Annand").  Case-sensitive: "That the minutes" is not one.
    "name_words_alone": r"(?-i: \p{Lu}[\p{L}'\u2019\-]+ (?: [ ]+ \p{Lu}[\p{L}'\u2019\-]+ ){0,2} )",
    # The mover's name printed alone below the "Moved:" and "Seconded:" labels (see mover_attribution).
    "member_name_alone": r"{member_name} \s* \.?",
    "withdrawn_in": r"\b withdrawn \b",
    # A line moving an amendment: "Councillor X moved an amendment that ...", "... as an amendment".
    "moved_amendment_in": r"\b (?:moved|proposed) \s+ (?:an \s+ |the \s+ following \s+ |as \s+ an \s+ )? amendment \b",
    # A motion that amends the one before it: "THAT the motion be amended by adding ...".
    "amendment_motion_in": r"""
        \b (?:main \s+)? (?:motion|resolution|recommendation) \s+ be \s+ amended \b
      | \b amends? \s+ the \s+ (?:main \s+)? motion \b
    """,
    # Cheap first looks: a line with none of these words opens no block, and a
    # sentence with none of the second set is no prose decision.
    "trigger_words_in": r"""
        (?: recommend | resolv | agree | decision | decided | asked | invited | requested | advised
          | consideration | discussion | debate | thereafter
          | \bmove | \bthat\b | whereas | be \s+ it | ^ for \s | ^ motion (?: [ \t]* : | \s+ by \s )
          | ^ \s* now ,? \s+ therefore \b
          | ^ (?: approv | deni | adopt | accept ) \w* \s+ (?: of \s+ )?
            (?: this | these | the \s+ (?:above|foregoing|said) ) \b )
    """,
    # A prose decision that is only the preamble of what follows: "The following payments were agreed:".
    "following_preamble_start": r"^ the \s+ following \b",
    # A decision that points back to the proposal before it: "This was agreed by all.", "This was seconded
    # by Cllr Birch and agreed by Council.", "This proposal was unanimously approved."
    "anaphoric_agreement_start": r"""
        (?: this | that | which ) \s+ (?: proposal \s+ | motion \s+ | request \s+ | suggestion \s+ )?
        (?: was | were ) \s+ (?: seconded \b .{0,80}? \b (?: and | & ) \s+ )? (?: unanimously \s+ )?
        (?: agreed | approved | accepted | adopted | carried | supported \s+ by \s+ all ) \b
    """,
    # A sentence that proposes something to the meeting: "Cllr Ash proposed a 15-minute break.", "The Mayor
    # proposed that ...", "It was suggested that ...", "Cllr Ash requested that contact be made ...".
    "proposal_made_in": r"\b (?: proposed | moved | suggested | requested ) \b",
    # A sentence that puts a matter to the meeting for its assent: proposing, suggesting, requesting,
    # recommending, or asking whether it may ("VT asked if she could purchase more paint", "She asked if the
    # CC wanted a Just Giving page", "It was recommended that the CC keep the lawnmower"); near miss: "asked
    # about the bins" (a question, no request)
    "put_to_meeting_in": r"""\b (?: proposed | moved | suggested | requested | recommended
        | asked \s+ (?:if|whether|that|for \s+ (?:approval|permission|agreement)) ) \b""",
    # The meeting's assent alone, as a sentence of its own: "Agreed.", "Agreed", "All agreed.", "Approved."
    "bare_assent_sentence": r"""(?: all \s+ )? (?-i: Agreed | AGREED | Approved | APPROVED | agreed )
        (?: \s+ by \s+ all )?
        \s* [.!]?""",
    # A decision by general consent opening a line, a sentence of its own whatever the line before it ended
    # with ("... [CC 10/25/23] 23-901-2" / "Without objection, items 6.a - 6.n ... were forwarded ...")
    "general_consent_start": r"(?= (?-i: \p{Lu} ) ) {general_consent} \s* , \s* \w",
    "prose_words_in": r"""
        (?: agreed | resolved | decided | concluded | objection | approved | carried | adopted | deferred | motion
          | ratified | [:\-\u2013] \s* accepted
          | moved | (?-i:I) \s+ move \b | seconded | confirmed | declared | elected | appointed | co-opted
          | authori[sz]ed | voted | support
          | chose | selected | opted | instructed | directed | asked | requested | rejected | declined | refused
          | vote \s+ (?:took \s+ place|was \s+ (?:taken|held)) | by \s+ a \s+ (?:unanimous \s+)? vote \b
          | signed \s+ as \s+ (?:a \s+ | the \s+ )? (?:true|correct|accurate|fair) \b
          | (?-i: Accepted | Awarded | Denied ) \s+ (?: an? | the ) \b )
    """,
    # A preamble that is only the deciding body: "That Council:", "That the Governing Body:",
    # "That the Committee:-", "That Council, by Absolute Majority:".
    "that_body_preamble": r"""
        ^ that \s+ {deciding_body} (?: \s* , [^:,\n]{1,60} ,? )? \s* : [ \t]* [\-\u2013\u2014]? \s* $
      # what the meeting had before it, and then the list of its decisions: "That having considered all
      # matters raised in the report:" (near miss: "That, having considered the report, the report be
      # noted." decides in its own words)
      | ^ that \s* ,? \s+ having \s+ (?:considered|received|read|noted|regard) \b [^:;.]{0,160}? : [ \t]*
          [\-\u2013\u2014]? \s* $
    """,
    # The deciding body alone, with no colon or with a semicolon, over a list: "That the Board" / "• Notes
    # ...", "It is recommended that the HBDHB Board;" / "1. Note ..." (read only where a labelled entry
    # follows; near miss: "That the Board" over a paragraph, one decision)
    "that_body_bare": r"""
        ^ (?: it \s+ is \s+ recommended \s+ )? that \s+ {deciding_body} [ \t]* ;? [ \t]* $
    """,
    # The colon that opens a list, with the dash some councils add: "That the Committee:-",
    # "RESOLVED that for the reasons in the report: -", "agreed:–".
    "list_colon_end": r": [ \t]* [\-\u2013\u2014]? [ \t]* $",
    # A sentence that already decides something ("... approval be given to ...").
    "passive_decision_in": r"\b be \s+ \w+",
    # The words a preamble ends on before the colon that opens its list.
    # A sentence that recommends or decides a course and ends on the grounds listed below it: "Staff recommends that
    # the Planning Commission approve the request ... based on the following findings and conditions:", "...
    # and recommends that the Planning Commission approve a one-year extension based on the following
    # findings:" (near misses: "Staff has the following comments about the proposal:", no course; "It is
    # recommended that:", the course below)
    "course_on_grounds": r"""
        \b (?: recommends? | recommending ) \s+
          (?: that \s+ \S[^:]{0,400}? \s+ (?:approve|adopt|deny|grant|accept|authori[sz]e)
            | (?:approval|adoption|denial) \s+ of ) \b
        [^:]{0,400}? \b (?: based \s+ (?:up)?on | subject \s+ to | with | for ) \s+ the \s+ following \s+
        (?: \w+ \s+ ){0,2}? (?: findings | conditions | reasons ) \b [^:.;\n]{0,60} : \s* $
    """,
    # A heading over the facts and law a decision rests on, each entry a fact, no decision: "Findings of Fact:",
    # "Conclusions of Law:", "Findings:", "Staff Findings:" (near misses: "Conditions of Approval:" entries are terms
    # imposed, "RESOLVED:")
    "findings_heading": r"""(?:\*\*)?(?:[\p{L}]+[ \t]+)?
        (?:findings(?:[ \t]+of[ \t]+fact)?|conclusions?[ \t]+of[ \t]+law)
        (?:[ \t]*(?:and|&)[ \t]*(?:findings(?:[ \t]+of[ \t]+fact)?|conclusions?[ \t]+of[ \t]+law))?[ \t]*:(?:\*\*)?""",
    "list_opener_end": r"""
        \b (?: to | that | following | below | as \s+ follows | and | resolved | agreed | recommended | decided
              | decision | recommendations? | resolutions? | asked | requested | propose[sd]? | directs? | council
              | cabinet | committee | executive | board | it )
        \s* [:\-\u2013]+ \s* $
      # an adviser's words that only introduce the list below: "Staff has the following comments about
      # the proposal:", "The panel makes the following recommendations to Council:" (near miss: "That the
      # application be refused for the following reasons:" decides, its reasons kept in its text)
      | \b the \s+ following \s+ (?: \w+ \s+ )?
          (?: comments | recommendations | observations | suggestions | findings | remarks | points )
          \b [^:.;\n]{0,60} : \s* $
    """,
    # A US-style motion sentence: "Motion by Smith, seconded by Jones, to approve the minutes."
    # Also "It was moved by X and seconded by Y to approve ...", "ACTION: Motion by ...", and a
    # "that" clause after a named mover and seconder: "A motion was made by Trustee X, seconded by
    # Trustee Y, that the Board approve ...".  `wording` is what was moved, the resolution's text
    # (as "RESOLVED that X" keeps X).
    "motion_to_start": r"""
        ^ (?: {motion_field} )?
          (?: (?:a \s+)? motion \s+ (?:was \s+ made \s+)? (?:by \s+ {mover_name} ,? \s+)?
            | it \s+ was \s+ (?:duly \s+)? moved \s+ by \s+ {mover_name} ,? \s+
            | moved \s+ by \s+ {mover_name} ,? \s+
            # the mover named first, by title and name: "Director Rich moved to approve ...",
            # "Councilmember Ash moved to adopt ..." (its outcome follows: "... seconded the motion and
            # it carried unanimously."), "Director Folska made the motion to approve items A through C"
            # (or to the approval of a matter: "President Alexander moved approval of the Stipulated Expulsion
            # agreement ...", and the member's own words, "I move approval of ..."; near miss: "moved to a new
            # office", no verb of deciding)
            | (?-i:\p{Lu}[\w.'\u2019\-]*) (?: \s+ (?-i:\p{Lu}[\w.'\u2019\-]*) ){0,3} \s+
              (?: moved | made \s+ (?:a|the) \s+ motion ) \s+ (?=to \s | {approval_of} )
            | (?-i:I) \s+ move \s+ (?=to \s | {approval_of} ) )
          (?: (?P<seconded> (?:and\s+)? second(?:ed)? \s+ by \s+ {mover_name} ,? \s+ ) )?
          (?P<wording> to \s+ {motion_verb} \b | {approval_of} | (?(seconded) that \s+ (?=\w) | (?!)) )
    """,
    # The movers named after a motion's words: "A motion to approve the salary range was made by Director
    # Carhart and seconded by ..." (near miss: "to approve the plan made by the consultant", no "was")
    # (and the movers after the words with no verb: "Motion to approve the Consent Agenda by Councilmember
    # Torres, seconded by Vice Mayor Williams"; near miss: "Motion to approve the plan prepared by the
    # engineer." names no seconder)
    "motion_made_by_in": r"""
        \s+ (?:was|were) \s+ (?:made|moved|offered|introduced) \s+ by \b
      | (?<! \b (?:motion|moved|made|proposed) ) [ \t]+ by \s+ [^,;.\n]{2,60}? (?: \n [^,;.\n]{1,40}? )? ,? \s*
        (?:and \s+)? (?:seconded|second) \s+ by \b
    """,
    # A motion that names no matter of its own, only what to do with the item before it (US action
    # summaries: the item, then "Moved by Smith to adopt. Motion Carried 7-0."): the item is the decision.
    "bare_motion_wording": r"""
        to \s+ (?: adopt | approve | accept | concur | receive (?: \s+ and \s+ file )? | grant )
        (?: \s+ (?: the \s+ (?: same | item | items | request | recommendations? | resolution | ordinance
                              | application | report ) | it | same ) )?
        \s* [.;]?
    """,
    # The outcome sentence that closes such a motion: "Motion Carried 7-0.", "Carried 6-1. Absent: X."
    "outcome_sentence_start": r"""
        \s* (?:the \s+)? (?:motion \s+)? (?:carried|passed|adopted|approved|failed|lost|defeated)
        (?: \s+ (?:unanimously | \d{1,2} \s* [-\u2013:/] \s* \d{1,2} (?: \s* [-\u2013:/] \s* \d{1,2} )? ) )?
        [^.\n]{0,80} \.?
    """,
    # An action summary's item number before the item's words: "99-479 (A) ", "16. ", "99-487 19. ".
    # a motion in words of its own, opening "That ..." or "RESOLVED": its movers and outcome stay out of
    # the decision (`decisions._assented_minute`)
    # a decision that names the meeting deciding it as its subject ("The Board rejected ...", "Board agreed
    # to ...", "The Parish Council agreed that ..."); near miss: "The minutes were approved" (the matter)
    "decision_own_subject": r"""\s*(?:the\s+)?(?:{deciding_members}|(?:[A-Z][\w'&-]*\s+){0,2}?
        (?:board|council|committee|commission|panel|cabinet))\s+(?:\w+\s+)?
        (?:agreed|resolved|decided|rejected|declined|refused|approved|adopted|accepted|asked|directed|instructed)\b""",
    # a word that carries a decision's content (three letters or more, not a joining word)
    "decision_content_word": r"""\b(?!(?:the|and|for|that|this|with|from|into|its|their|all|any|are|was|were|be|been
        |to|of|on|in|at|by|as|or|an|a)\b)[\p{L}\d][\p{L}\d'’-]{2,}""",
    # a motion's words that only point at the matter above them ("that this application should be
    # supported", "these be approved"); near miss: "that the hall be let" (words of their own)
    # a numbered entry's opening, as minutes print the matter a motion then points at on the lines under it
    # ("1. An Ordinance Of The ... City Council To Adopt The General Fund Budget" / "For The City ...")
    "decision_entry_title": r"""(?m)^[ \t]*(?P<label>\d{1,2}\.|[a-z]\.|\(\w{1,3}\))[ \t]+(?P<title>(?-i:\p{Lu}))""",
    "decision_pointing_wording": r"""\s*(?:that\s+)?(?:this|these|the\s+(?:above|foregoing|same))\b""",
    "decision_own_wording": r"""\s*["\u201c']?(?:that|resolved|be\s+it)\b""",
    # A minute's reference opening its line, the number and the year: "68/24 Minutes of ...", "23/209 Apologies";
    # near misses: a planning reference "24/02670/F Wroxton" (a third part), a year range "2017/18 Financials"
    # An agenda item's words printed over its minute, in the infinitive with no stop: "To ratify the allocation
    # decision taken for the two village halls" (the minute's sentence opens the next line)
    # an item's heading closed by the time the meeting took it up, after a colon or a dash ("Item D. 2 Approval
    # of Board Minutes for January 14, 2025: 6:45pm", "G. CONSENT CALENDAR -10:08pm"): the line is a heading,
    # never the start of the sentence under it (near miss: "... adjourned at 6:45pm", a sentence's time)
    "heading_time_end": r"""[:\-\u2013\u2014] [ \t]* \d{1,2} [:.] \d{2} [ \t]* (?:a\.?m\.?|p\.?m\.?) [ \t]* $""",
    "agenda_words_line": r"""(?-i: (?: [\u2022\u25cf\u25cb\u00b7*\-\u2013] [ \t]* )? To [ \t]+ \p{Ll}+ \b [^\n]* $ )""",
    # A sentence of a minute opening its line: its subject and, for a name, a verb of reporting ("Councillors
    # ratified ...", "Cllr Robarts reported ...", "An offer had been received ..."); near miss: a wrapped
    # line going on with a name ("To approve payment to" / "Southern Water for ...")
    "minute_sentence_start": r"""(?-i:
        (?: The | It | An? | This | These | Following | After | Councillors | Members
          | Cllrs? \.? [ \t]+ \p{Lu}\w+ | Clerk
          | Chair (?:man|person)? | Council | Committee | Board ) \b
        (?! [^\n]{0,40}? \b (?:for|of|to) [ \t]*$ ) )""",
    # A decisions heading alone: "DECISIONS", "Decision", "Items for decision", "Matters for Decision"
    "bare_decisions_heading": r"""(?: (?:items?|matters?|business) \s+ for \s+ )? decisions?""",
    "minute_reference_start": r"""(?-i: [ \t]* (?! (?:19|20) \d\d / \d\d \b )
        \d{1,4} / \d{2,4} [.:]? [ \t]+ (?= \p{Lu} ) )""",
    "entry_number_start": r"""
        \s* (?P<number> \d{2,4} - \d{1,5} )? \s* (?: (?: \( [A-Za-z0-9]{1,3} \) | [A-Za-z0-9]{1,3} [.)] ) \s+ )*
    """,
    # ---- roll-call action summaries (US council "meeting reports"): each entry opens with the roll-call
    # number the clerk gives it, then the agenda item's number or letter and the item's words; the
    # motion that disposed of it ("Moved by Smith to adopt. Motion Carried 6-1.") follows, sometimes
    # printed in a column beside the item.  The item's words are the decision.
    "roll_call_entry_start": r"""(?-i:
        ^ (?P<number> \d{2} - \d{1,5} ) [ \t]+
          (?: (?: \( [A-Za-z0-9]{1,3} \) | (?:[IVX]{1,4}|[a-z]|\d{1,3}) [.)] | [A-Z] \) ) [ \t]+ )*
          (?= [\p{L}\d"'\u201c$(] ) )""",
    # Where an entry's own words end: the motion that disposed of it begins ("Moved by", a clipped
    # "Mo by", "Motion Carried", "Mot Carried"), or a vote or outcome stands alone.
    "roll_call_motion_in": r"""(?-i:
        (?: ^ | (?<= \s ) ) (?: Moved | MOVED | Mo (?= \s+ by \b ) | Motion | MOTION | Mot (?= \s+ Carried \b )
                               | Carried | CARRIED ) \b )""",
    # The entry is no decision: the roll call itself, an item withdrawn or only discussed.
    "roll_call_not_decision_in": r"""
        ^ roll \s+ call \b | \b withdrawn \b | \b no \s+ vote \s+ taken \b | \b discussion \s+ only \b
    """,
    # The motion under an entry, its mover named ("Moved by Smith to delay final consideration until
    # May 23.", a clipped "Moved Smith that the rule be waived."): `wording` is what it moved.
    "roll_call_moved_start": r"""(?-i:
        ^ \s* (?:Moved|MOVED|Mo) \s+ (?:by \s+)? \p{Lu}[\p{L}'\u2019\-]* ,? \s+ (?P<wording> (?:to|that) \b .* ) )""",
    # A motion that disposes of the item otherwise than as printed (deferred, denied, adjourned): its
    # wording is part of what was decided ("to delay final consideration until May 23").
    "roll_call_own_motion": r"""
        ^ (?: to \s+ (?:defer|delay|deny|table|continue|postpone|adjourn|convene|recess)
            | that \s+ (?:the \s+)? (?:council|board|commission) \s+ (?:adjourn|convene|recess) ) \b
    """,
    # Outcomes in an entry's motion: carried, or failed.
    "roll_call_carried_in": r"(?-i: \b (?:Carried|CARRIED|Passed|PASSED|Adopted|ADOPTED) \b )",
    "roll_call_failed_in": r"\b (?:failed|lost|defeated|died) \b",
    # A motion that approves the consent agenda as a whole, naming none of its items: "to approve the consent
    # agenda as read", "that the Consent Calendar be approved" (near miss: "to approve consent items 3 and 5"
    # names its items; "to approve the agenda as amended" is no consent agenda).
    "consent_whole_in": r"""\b consent \s+ (?:agenda|calendar) \b (?! \s+ items? \b )""",
    # The heading over a consent agenda's entries: "5. Consent Agenda", "CONSENT CALENDAR", "Consent Items:".
    "consent_heading_in": r"""\b consent \s+ (?:agenda|calendar|items) \b""",
    # A list's divider printed as an entry: "3. ----- GENERAL CONSENT ITEMS -----" (no matter of its own)
    "divider_entry_start": r"""[ \t]* [\-\u2013\u2014=_*]{2,}""",
    # The field label some US minutes print before a motion: "ACTION:", "MOTION:".
    "motion_field_start": r"^ {motion_field}",
    # A line that ends inside a phrase, on an article or a preposition ("... the Planning Commission of the"):
    # the paragraph goes on to the next line (near miss: "... the matter was discussed." / "Present:", and
    # a line ending on a capitalised word such as a title "Item A")
    "mid_phrase_end": r"""(?-i: \s (?: the | of | a | an | and | or | to | for | in | on | by | with | at | from | that
        | of \s+ the )
        # a provision's name whose number wrapped onto the next line: "... resolve pursuant to Clause" / "5.3.1(a)(i)
        # of Chapter 5" (near miss: a heading "5. Appendix" alone, no word of reference before it)
        | \s (?: to | under | of | in | with | by ) \s+ (?: [Cc]lause | [Ss]ection | [Pp]art | [Cc]hapter | [Ss]chedule
              | [Aa]ppendix | [Pp]aragraph | [Rr]egulation | [Rr]ule | [Ss]tanding \s+ [Oo]rder ) ) \s* $""",
    # A preamble that decides in its own words, its list the terms: "... does hereby APPROVE a variance ...
    # subject to the following conditions:", "... hereby makes the following findings:" (near miss: "RESOLVED
    # that the following be approved:", whose entries are the decisions)
    "hereby_decides_in": r"""\b (?:does|do|doth)? \s* hereby \s+ (?:\w+ \s+){0,2}?
        (?: approve | adopt | make | makes | find | finds | grant | grants | deny | denies | authori[sz]e | determine
          | declare | establish | amend | appoint | approves | adopts | authori[sz]es | determines | declares ) \b""",
    # A preamble that decides a course in its own words over a list of what it acts on: "to receive the minutes of
    # the following Committee meetings held between 1 October 2021 and 24 January 2022:" over "a) Planning &
    # Transport Committee 4 October 2021", "b) ..." (its entries name things, each no decision: read with
    # `named_entry`; near miss: "RESOLVED that the following be approved:", whose entries are the decisions)
    "course_over_named_list": r"""^ \s* (?:that \s+ (?:the \s+)? \w+ \s+)? to \s+
        (?: receive | note | accept | approve | adopt | confirm | ratify | endorse | appoint ) \s+ [^:]{0,160}?
        \b the \s+ following \b [^:]{0,160} : \s* [\-\u2013]? \s* $""",
    # A list entry that only names a thing, no verb of its own: capitalised words, "&", a date ("Planning &
    # Transport Committee 4 October 2021", "Policy & Finance Committee 22 November 2021"); near miss: "That the
    # budget be approved" (lower-case words of a clause)
    "named_entry": r"""^ [\W_]* (?: (?-i:\p{Lu}) [\w'’\-]* | & | and | of | the | for | \d{1,4} (?:st|nd|rd|th)?
        | [,.()/\-\u2013] ) (?: \s+ (?: (?-i:\p{Lu}) [\w'’\-]* | & | and | of | the | for | \d{1,4} (?:st|nd|rd|th)?
        | [,.()/\-\u2013] ) ){0,14} [\s.;,]* $""",
    # A meeting page's field labels before an item's minutes, when the page is flattened into a table's cells:
    # "Additional documents: Minutes: The minutes ... were approved." (near miss: "Minutes of the last meeting were
    # approved", no colon: the words of the decision; "Minutes: accepted", a topic and its assent, no page's
    # "Additional documents:" before it)
    "page_field_labels_start": r"""(?: additional | supporting ) \s+ documents [ \t]* : [ \t]*
        (?: (?: minutes | decision ) [ \t]* : [ \t]* )*""",
    # A planning application's reference, then its site and what it proposes, each ended by a colon, before the
    # meeting's words on it: "172267: Fayreburn Lucton, single storey side extension: It was agreed that ...",
    # "20/501261/FULL: 5 River Close: Unanimously AGREED ..." (near miss: "Item 5: The minutes were approved", no
    # reference with a number of at least four digits; "RESOLVED: That ...", a formal lead)
    "application_heading_start": r"""(?-i: (?=[\w/.\-]*\d{4}) [\w/.\-]{4,30} [ \t]* : [ \t]+ [^:\n]{3,160}? : [ \t]+
        (?=\p{Lu}) )""",
    # A minute's number and title alone on a line, no stop, over a prose decision's opening on the next ("2307.03
    # Minutes of the Meeting of the Parish Council (PC) on 12th June 2023" / "It was resolved that ..."); near
    # miss: a list entry wrapped over two lines ("1. Approve the budget for" / "the year"), no decision's opening
    "minute_heading_over_prose": r"""(?-i: \d{1,4} (?: [./] \d{1,4} )* [.)]? [ \t]+ [^\n.:;]{3,120} [ \t]* \n [ \t]*
        (?= It [ \t]+ was [ \t]+ (?:unanimously [ \t]+)? (?:resolved|agreed|decided|RESOLVED|AGREED)
          | (?:The [ \t]+)? (?:Council|Councillors|Members|Committee) [ \t]+ (?:unanimously [ \t]+)?
            (?:resolved|agreed|decided|RESOLVED|AGREED) ) )""",
    # A decision's clause opening "That" in capitals or title case ("That the recommendations ... are approved.")
    "that_clause_start": r"(?-i: \s* (?:THAT|That) \s )",
    # A formal opener set off as one ("Resolved:", "RESOLVED -", "Resolved that"), not a verb in prose.
    "formal_lead_end": r"[:\-\u2013\u2014] | \b that \s* [:,]? \s* $",
    # The outcome recorded after such a motion.
    "motion_outcome_in": r"\b (?:motion \s+)? (?:carried|passed|approved|adopted) \b",
    # A motion moved as the approval of a matter ("moved approval of ...", "I move approval of ..."): its words
    # run on over the sentences that set its terms, up to the seconding or outcome sentence ("... Matter No.
    # 2024-2025-#09 for the rest of the semester. During the suspended expulsion period, student will return
    # to Denman Middle School." / "It was seconded by Commissioner Sanchez and adopted by 7 ayes.")
    "approval_of_start": r"{approval_of}",
    # A motion whose terms follow its colon ("to approve 5.i with the following addition to the development
    # standards: No building permit shall ...."): they run on to its seconding (near misses: "the following" with
    # no colon after it, "to approve the following items."; "to adopt the following resolution:" at a line's end,
    # the resolution printed below it)
    "terms_follow_in": r"""\b the \s+ following \b [^.:;]{0,80} : [ \t]+ \S""",
    "bullet_line_in": r"""\n [ \t]* [\-\u2013\u2022\u25cf*] [ \t]+""",
    "motion_tail_sentence_in": r"""\b (?:seconded|second|moved \s+ this|carried|adopted|approved|passed|failed|motion)
        \b""",
    "motion_failed_in": r"\b (?:failed|defeated|lost|withdrawn|not \s+ carried|died) \b",
    # Where the next motion begins: "Motion by ...", "Commissioner Vogt moved to ...".
    "next_motion_in": r"(?-i: \b (?:A \s+)? (?:Motion|MOTION) \s+ (?:by|was \s+ made) \b ) | \b moved \s+ to \b",
    # The outcome said of the motion itself, looked for further on (after a roll call):
    # "Roll call vote: Ayes - ...; Nays - .... Motion carried 4-1."
    "motion_named_outcome_in": r"""
        \b motion \s+ (?:was \s+)? (?:unanimously \s+)? (?:carried|passed|approved|adopted|failed|defeated|lost|died) \b
      # the meeting's vote on the item just moved: "The board by a vote of 7 ayes approved this expulsion agreement."
      | \b (?:board|council|committee|commission|panel) \s+ by \s+ a \s+ vote \s+ of \s+ \d{1,2} \s+ (?:ayes?|yeas?)
          [^.]{0,30}? \s+ (?:approved|adopted|passed|failed|rejected|defeated) \s+ (?:this|the|it) \b
    """,
    # The numbers in a decision's words (dates, sums, item numbers): two decisions whose numbers differ
    # are two, however alike their words.
    "number_in": r"\d+",
    # Agenda items and minute headings: "(Item 3)", "Agenda Item 5", "Minute 17".
    "agenda_item_ref": r"^ \( \s* item \s+ (?P<number> [\w.]+ ) \s* \) \s* $",
}
