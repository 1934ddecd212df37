"""Attribution rules: the sentence in parish and community council minutes that only says who
proposed and seconded the words before it ("Village Hall - Cllr Ash. Proposed by Cllr Birch,
seconded by Cllr Cedar.").  Pure data; `minutes_parser.patterns` compiles it.
"""

from __future__ import annotations

PIECES: dict[str, str] = {
    # Who an attribution sentence names: a few words, initials or an honorific with its stop, and no
    # clause of its own ("Cllr. Ash", "AB", "Councillors Birch and Cedar"; not "Cllr Ash that the ...").
    "attribution_name": r"""
        (?: (?! \b (?:that|to|and \s+ (?:was|were|it|unanimously|duly|agreed|approved|carried|resolved
                   |adopted|accepted)) \b ) [^,;:\n] ){1,60}?
    """,
}

PATTERNS: dict[str, str] = {
    # A sentence that only says who proposed and seconded what the sentences before it in the same
    # paragraph or list entry name (parish minutes: "Village Hall - Cllr Ash. Proposed by Cllr Birch,
    # seconded by Cllr Cedar.", "Jane Doe to join the council. Proposed by AB, seconded by CD and
    # unanimously approved."); an outcome after it ("and agreed") is named in `outcome`.  A "that" or
    # "to" clause in it is wording of its own (a motion), not an attribution.
    "attribution_sentence": r"""
        ^ (?:proposed|nominated) (?: \s+ as \s+ (?:a \s+)? (?:true|correct|accurate) \s+ record )?  # (the minutes)
          (?: \s+ by \b | \s* : | (?=\s) ) \s* {attribution_name} \s* [,;]? \s*
          (?: and \s+ | & \s* )? seconded (?: \s+ by \b | \s* : | (?=\s) ) \s* {attribution_name}
          (?: \s* ,? \s+ (?:and|&) \s+ (?:was \s+ |were \s+ |it \s+ was \s+ )? (?:unanimously \s+ |duly \s+ )?
              (?P<outcome> agreed | approved | carried | resolved | adopted | accepted )
              (?: \s+ (?:unanimously|by \s+ all|nem \.? \s* con \.?) )? )?
          \s* [.;]? \s* $
    """,
    # An attribution that opens what it decides, printed after it: "It was proposed by Cllr A,
    # seconded by Cllr B and agreed:" / "Proposed by Cllr A and seconded by Cllr B, it was resolved
    # that:" then the decision (often quoted) in the next paragraph.
    "attribution_opener": r"""
        ^ (?: it \s+ was \s+ )? (?:proposed|moved) \s+ by \b \s* {attribution_name} \s* [,;]? \s*
          (?: and \s+ | & \s* )? seconded \s+ by \b \s* {attribution_name}
          \s* ,? \s+ (?: and | it \s+ was ) \s+ (?:unanimously \s+ )?
          (?: agreed | resolved | carried | approved ) (?: \s+ (?:unanimously|by \s+ all) )? (?: \s+ that )?
          \s* : [ \t]* [\-\u2013\u2014]? \s* $
      # the proposer named first, the outcome as a clause: "On the proposition of Cllr. A, seconded by Cllr. B, it
      # was unanimously agreed :" (near miss: "On the proposition of Cllr. A, it was agreed to defer the item."
      # holds its decision)
      | ^ on \s+ the \s+ (?:proposition|proposal|motion) \s+ of \b \s* {attribution_name} \s* [,;]? \s*
          (?: (?: and \s+ )? seconded \s+ by \b \s* {attribution_name} \s* ,? \s+ )?
          it \s+ was \s+ (?:unanimously \s+ )? (?: agreed | resolved ) (?: \s+ (?:unanimously|by \s+ all) )?
          (?: \s+ that )? \s* : [ \t]* [\-\u2013\u2014]? \s* $
      # the vote and its result alone, the movers on the lines above: "Following a show of hands, it was agreed:-"
      # (near miss: "Following a show of hands, it was agreed to defer the item." is the decision itself)
      | ^ (?: and \s+ )? following \s+ a \s+ (?: show \s+ of \s+ hands | vote ) \s* ,? \s* (?: it \s+ was \s+ )?
          (?: unanimously \s+ )? (?: agreed | resolved | carried ) (?: \s+ that )? \s* : [ \t]* [\-\u2013\u2014]? \s* $
    """,
    # A vote the minutes report with what it decided: "the Board of Trustees voted 7 to 0 to approve a
    # settlement ...", "Council voted unanimously to adopt the budget.", "The Commission voted 4-1 to
    # deny the appeal."; the decision is its words from "to" (as a moved motion's are).  The voting
    # body names itself; "voted against", "voted on" and "voted in favour" decide nothing here.
    "voted_to_in": r"""
        \b (?:council|board|commission|committee|trustees|members|supervisors|aldermen|councilmembers
             |commissioners|directors|selectmen|cabinet) \b
        (?: \s+ (?:of|for) \s+ (?:the \s+)? [\w'\u2019&\- ]{1,40}? )? ,? \s+
        (?: then \s+ | also \s+ | subsequently \s+ )? voted ,? \s+
        (?: (?: \d{1,2} | one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve ) \s*
              (?: to | - | \u2013 | : ) \s* (?: \d{1,2} | zero|none|nil|one|two|three|four|five ) ,? \s+
          | unanimously ,? \s+ )?
        (?: \( [^()\n]{1,40} \) ,? \s+ )?
        (?P<wording> to \s+ (?:not \s+)? (?-i:[a-z])\w+ )
    """,
    # A vote taken at another meeting, reported: "At its meeting of 2/2/21, Council voted to ...",
    # "Council previously voted to ...".
    "another_meeting_in": r"""
        \b (?:at|during) \s+ (?:its|their|the|a) \s+ (?:previous \s+ |last \s+ |earlier \s+ |prior \s+ )?
            (?:[\w\-]+ \s+)? meeting \s+ (?:of|on|held) \b
      | \b (?:previously|earlier) \s+ voted \b
      # another body's vote reported to the meeting, named by its own name: "Councilor Hanneke reported that the
      # Community Resources Committee voted unanimously to recommend ...", "the committee voted to recommend
      # appointments 3-1" told in a member's report (near misses: "The Council voted to adopt the budget." reports
      # nothing, it decides; "Ms. Creason reported that the board voted unanimously to accept ..." reports the
      # meeting's own body's vote in closed session)
      | \b (?:reported|reports|said|stated|explained|noted) \s+ (?:that \s+)? the \s+
          (?-i: (?:\p{Lu}[\p{L}'’\-]*|and|of|&) \s+ ){1,6} (?:committee|board|commission|panel|council) \s+
          (?:\( [^()]{1,20} \) \s+ )? voted \b
      | \b (?:spoke|spoke \s+ about) \b [^.;]{0,160}? ; \s* the \s+ committee \s+ voted \b
    """,
    # A vote's words that only name the motion just made: "... and the Commission voted to approve it, 7-0."
    # (the motion holds the decision; near miss: "voted to approve the minutes" decides in its own words)
    "voted_on_pronoun": r"""
        ^ \s* to \s+ \w+ \s+ (?: it | them | the \s+ (?: same | motion | nomination ) ) \b
        (?: [ \t]* ,? [ \t]* \d{1,3} [ \t]* [\-\u2013/] [ \t]* \d{1,3} )? [ \t]* [.;]? \s* $
    """,
}
