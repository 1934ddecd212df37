"""Agenda rules: which entries of a US-style agenda propose an action for the meeting.

Many agendas print no "Recommendation:" line: the entry itself is worded as the action the
body is asked to take ("3. Approve Board member compensation for ...", "7. Accept and File
Treasurer's Report ...", "6. Approving Supplemental Agreement No. 1 ..."), as consent
calendars are.  Pure data;
`minutes_parser.patterns` compiles it lazily.

* ``agenda_action_start``: an entry that opens with an action verb in the imperative or as a
  gerund ("Approve", "Approving", "Authorize the General Manager to", "Adopt Resolution",
  "Accept and File"), capitalised as the entry's first word; near misses: an entry titled by a
  noun ("Approval of Educational Grants", "Acceptance of real estate documents": a title, as the
  blind readers of rounds 1 and 2 read it), a heading in capitals ("APPROVING CONSENT AGENDA"),
  "Discussion and possible action on ..." (no action named);
* ``agenda_action_not``: the agenda's own approval ("Approve the Agenda", "Approving consent
  agenda", "APPROVE Consent Calendar Items 3 and 4"), the order of business;
* ``agenda_capital_action_start``: the proposed action printed with its verb in capitals
  ("AUTHORIZE the Chief Executive Officer to ...", "RECEIVE AND FILE ...", "APPROVE:" then
  lettered entries), with ``agenda_side_number`` for the item number printed beside it;
* ``enacting_clause_in``, ``enacted_section_start``, ``enactment_close_start``: a signed US
  resolution's, ordinance's or local law's operative sections ("NOW, THEREFORE, BE IT RESOLVED
  ...:" then "SECTION 1. ...", "Section 2. ...", "§ 3. ..."), which are its resolutions; the
  WHEREAS recitals before the enacting clause are not, nor a code's own sections it amends
  ("Section 15-102. Notice."), nor the signature block;
* ``table_disposition_cell``: a table cell whose first words are a disposition ("Approved.",
  "£2500 approved. Meets the criteria ...", "ADOPTED"), minutes printing a column of outcomes;
* ``agenda_entry_stop``: a line that ends an entry's wording although it has no label: the
  presenter or staff line, a "Recommendation:" line, a "Subject:" or "Attachments" line, a
  divider, a heading ending in a colon.
"""

from __future__ import annotations

#: Verbs an agenda entry proposing an action opens with (imperative and gerund forms).
ACTION_VERBS: tuple[str, ...] = (
    "approv(?:e|ing)",
    "adopt(?:ing)?",
    "accept(?:ing)?",
    "authori[sz](?:e|ing)",
    "award(?:ing)?",
    "ratif(?:y|ying)",
    "receiv(?:e|ing)",
    "appoint(?:ing)?",
    "nominat(?:e|ing)",
    "den(?:y|ying)",
    "direct(?:ing)?",
    "declar(?:e|ing)",
    "waiv(?:e|ing)",
    "order(?:ing)?",
    "amend(?:ing)?",
    "establish(?:ing)?",
    "grant(?:ing)?",
    "renew(?:ing)?",
    # (a contract or agreement the entry proposes: "Enter into a Memorandum of Understanding with ...", "Contract
    # with Rocky River City School District for ..."; near miss: "Contract awards" is a title, no "with")
    "enter(?:ing)?[ \t]+into",
    "contract(?:ing)?[ \t]+with",
    "execut(?:e|ing)",
    "extend(?:ing)?",
    "allocat(?:e|ing)",
    "designat(?:e|ing)",
    "certif(?:y|ying)",
    "confirm(?:ing)?",
    "reject(?:ing)?",
    "introduc(?:e|ing)",
    "set(?:ting)?",
    "file",
    "acknowledg(?:e|ing)",  # "Acknowledge receipt of Accountant's reports." (near miss: "Acknowledgements")
)

PIECES: dict[str, str] = {
    "agenda_action_verb": r"(?:" + "|".join(ACTION_VERBS) + r")\b",
}

PATTERNS: dict[str, str] = {
    # A table cell that holds a disposition, its first words (minutes printing a column of outcomes:
    # "Approved.", "£2500 approved. Meets the criteria of ...", "Rejected. Does not meet ...", "ADOPTED");
    # near misses: "Approved by Council in 2019" (no stop after the word: an earlier decision's date),
    # "Agreed actions" (a heading), "Withdrawn" (nothing decided), "Noted" (received, not decided)
    "table_disposition_cell": r"""
        ^ (?: [£$€] \s? \d[\d,.]* k? \s+ )?
          (?: not \s+ )? (?:approved|rejected|refused|granted|agreed|deferred|declined|awarded|accepted|denied
                          |carried|adopted|ratified|confirmed)
          (?: \s+ (?:unanimously|as \s+ amended|as \s+ submitted|as \s+ presented) )?
          (?: \s* [.;:] | \s* $ )
    """,
    # A cell holding only its row's number: "1", "12.", "3)" (near miss: "1 Pilot Project", a cell of words)
    "table_number_cell": r"^ \d{1,3} [.)]? $",
    # Minutes that record each item's disposition on a labelled line, in a verb of deciding
    # ("Action: Adopted the Debt Management Policy.", "Board Action: Approved as submitted.",
    # "Disposition: Denied.", "Action: Presentation received."); near misses: "Action: None, ..."
    # (nothing decided), an action point's task ("Action: Ask ML for the figures (PB)"), "Action:
    # Moved by X ..." (a motion, read as one), "Recommended Action:" (a proposal)
    "action_line": r"""
        [ \t]*(?<!recommended[ \t])(?:(?:board|council|committee|commission)[ \t]+)?
        (?:action(?:[ \t]+taken)?|disposition)
        [ \t]*:[ \t]*
        # "Action: 1) Passed Motion No. 065-2019 approving ..." (the number is kept)
        (?=(?:\d{1,2}\)[ \t]*)?(?-i:\p{Lu}))
        (?=(?:\d{1,2}\)[ \t]*)?(?:[\w'’]+[ \t]+){0,2}
            (?:adopted|approved|authori[sz]ed|denied|granted|received|accepted|awarded|ratified|confirmed
              |continued|tabled|deferred|referred|filed|passed|carried|rejected|appointed)\b)
    """,
    # The same disposition on a line of its own under the item's movers and vote, a numbered motion or
    # resolution passed: "Passed Motion No. 2019-08 adopting the Consent Calendar", "Adopted Planning
    # Commission Resolution No. 2019-01 approving ..." (capitalised, at the line's start; near misses:
    # "Resolution No. 2019-01 was adopted", the subject first, read as prose; "Adopted" alone)
    "numbered_action_line": r"""(?-i:
        [ \t]* (?: Passed | Adopted | Approved | Introduced | Denied )
        [ \t]+ (?: \p{Lu}\p{Ll}+ [ \t]+ ){0,3} (?: Motion | Resolution | Ordinance ) [ \t]+ (?: No\. | Number | \# )
        [ \t]* [\w\-]+ )""",
    # A disposition that recommends to the body that decides, not a decision of its own: "Passed Motion No.
    # 2019-09 recommending Council adoption of ...", "... recommending that the City Council approve ..."
    "action_recommending_in": r"""\b recommending \s+ (?: that \s+ )? (?: the \s+ )? (?: city \s+ | town \s+ )?
        (?: council | board | commission ) \b""",
    "agenda_action_start": r"""
        [ \t]*(?=(?-i:\p{Lu}\p{Ll}))
        {agenda_action_verb}
        [ \t]+\S
    """,
    # A proposed resolution's number printed before the entry's action: "A. RESOLUTION (2019-37) Accept the Ohio
    # Department of Transportation grant ...", "Resolution No. 2031-12 Authorize ..." (the number is the item's
    # label; near miss: "RESOLUTION (2019-40) of the Board honoring ..." names no action, so no item)
    "agenda_resolution_number": r"""
        [ \t]* (?-i: RESOLUTION | Resolution ) [ \t]* (?: (?i: no\. ) [ \t]* )?
        \(? (?P<number> \d{2,4} [-/] \d{1,4} ) \)? [ \t]+ (?=(?-i:\p{Lu}\p{Ll}))
    """,
    # The action after a proposed resolution's number in the infinitive: "RESOLUTION (2019-21) To grant a
    # variance from Section ..." (near miss: "To the Board" names no action)
    "agenda_to_action": r"""[ \t]* (?-i:To) [ \t]+ (?=(?-i:\p{Ll})) {agenda_action_verb} [ \t]+ \S""",
    # An agenda entry titled by whom it is recommended, its action on the lines under it: "1. Recommended by
    # Corporate Services" / "Approval of Amendment No. 1 to Contract No. 01803 ..." (near miss: "Recommended by
    # staff for discussion at a later meeting." is a sentence, a stop at its end)
    "agenda_recommended_by": r"""[ \t]* recommended [ \t]+ by [ \t]+ (?-i:\p{Lu}) [^\n.:;]{1,80} $""",
    # The action an agenda proposes on the item above it, on a line of its own after the item's particulars:
    # "Approval of this Special Alcohol License.", "Denial of these applications." (agendas only: the words
    # point back at the item; near miss: "Approval of the minutes of the Regular Meeting", an item's title)
    "agenda_action_line": r"""
        ^ (?-i: Approval | Denial | Adoption | Acceptance | Approve | Deny | Adopt | Accept )
        \s+ (?: of \s+ )? (?: this | these | the \s+ (?: above | foregoing | said ) ) \s+ \S.*
    """,
    # The spaced dash between an agenda entry's title in capitals and the action it proposes ("1. PUBLIC
    # SAFETY COMMITTEE REPORT - Authorize the City Manager to ..."); the title's capitals are checked by the
    # reader.
    "agenda_title_dash": r"""[ \t]+[\-\u2013\u2014][ \t]+(?=(?-i:\p{Lu}))""",
    # The action after such a dash: a verb of deciding ("Authorize", "Waive the second reading ...", "Continue
    # with the current support ..."), the body that is to act ("City Council to receive and file this
    # report.", "City Council make the following findings"), or a matter and the action it is to undergo
    # ("Ordinance No. 299-23, titled '...', be introduced by title only"); near misses: "Conference with Legal
    # Counsel", "Members of the public may address the Council" (no action proposed)
    "agenda_titled_action_words": r"""
        (?: {agenda_action_verb} | continue \b )
      | (?: the \s+ )? (?: (?-i:\p{Lu}\p{L}+) \s+ ){0,2} (?: council | board | commission | committee | trustees )
        \s+ (?: to \s+ )? (?-i:\p{Ll}{3,}) \b (?<! \b (?:may|will|shall|can|has|have|is|are|was|were) )
      | (?s: .{0,200}? ) \b be \s+ (?: introduced | adopted | approved | received | accepted | awarded | waived
        | ratified | authori[sz]ed | continued | denied | granted ) \b
    """,
    "agenda_action_not": r"""
        # a gerund that is a sentence's subject, a finding's words: "Granting the variance is necessary for
        # ...", "Granting the variance does not result in ..." (near miss: "Approving the contract which is due")
        [ \t]*\p{Lu}\p{Ll}+ing (?:[ \t]+(?!(?:which|that|who)\b)[\w\-'\u2019]+){1,4}
            [ \t]+(?:is|are|does|do|will|would|shall|may|has|have)\b
        | [ \t]*(?:(?:approv(?:e|ing)|adopt(?:ing)?)\s+(?:the\s+)?(?:amended\s+|revised\s+|consent\s+)?agenda\b
              |(?:approv(?:e|ing)|adopt(?:ing)?)\s+(?:the\s+)?consent\s+(?:calendar|agenda|items?)\b
              |(?:set|order)\s+(?:of|the\s+order)\b)
    """,
    # An agenda's proposed action printed with its verb in capitals and no "Recommendation" heading:
    # "AUTHORIZE the Chief Executive Officer to execute ...", "RECEIVE AND FILE the quarterly report.",
    # "APPROVE:" or "CONSIDER:" then lettered entries.  The verb's capitals are checked by the reader
    # (the pattern is read without case); near misses: a heading all in capitals ("RECEIVE AND FILE
    # ITEMS", "APPROVING CONSENT AGENDA items"), a verb in capitals followed by nothing.
    "agenda_capital_action_start": r"""
        [ \t]*(?P<verb>(?:{agenda_action_verb}|consider\b)(?:[ \t]+(?:and|&)[ \t]+{agenda_action_verb})?)
        (?:[ \t]*:[ \t]*$|[ \t]+(?=[^\s]*(?-i:\p{Ll})))
    """,
    # A line holding only an item's number and its file number, printed in a side column and read
    # into the middle of the item's words: "44. 2017-0426".
    "agenda_side_number": r"[ \t]*(?P<number>\d{1,3}\.)[ \t]+\d{2,4}-\d{2,6}[ \t]*$",
    # The clause that enacts what follows: "NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSION ...",
    # "BE IT ORDAINED", "Be it enacted by the Council as follows:", "THE CITY COUNCIL DOES ORDAIN AS
    # FOLLOWS:"; near miss: a recital ("WHEREAS, the Council resolved in 2020 ...").
    "enacting_clause_in": r"""
        \b be \s+ it \s+ (?:further \s+)? (?:resolved|ordained|enacted) \b
      | \b (?:does|do) \s+ (?:hereby \s+)? (?:ordain|resolve|enact) \s+ as \s+ follows \b
      # "THEREFORE, IT IS HEREBY RESOLVED that ..." (near miss: "it is resolved to meet monthly" in a recital's
      # words has no "therefore")
      | \b therefore \s* ,? \s+ it \s+ is \s+ (?:hereby \s+)? (?:resolved|ordained|ordered) \b
    """,
    # An operative section as printed at the start of a line: "SECTION 1.", "Section 2:", "Sec. 3.",
    # "§ 4."; near misses: a code's own section numbers ("Section 15-102.", "Section 48(1) of the
    # Act"), a section's number without its dot or colon ("Section 1 SO Plan").
    "enacted_section_start": r"""
        [ \t]* (?P<label> (?: section | sec\. | \u00a7 ) [ \t]* (?P<number> \d{1,2} ) [ \t]* [.:] ) (?! \d | - )
        [ \t]*
    """,
    # A recital: "WHEREAS, the City owns ...".
    "recital_in": r"(?-i: \b (?:WHEREAS|Whereas) \b )",
    # What closes the operative sections: the passing line, the signature block, the attestation.
    "enactment_close_start": r"""
        [ \t]* (?: passed \s+ and \s+ adopted | (?-i:PASSED|ADOPTED|APPROVED|ATTEST) \b
                 | (?:signed|attest(?:ed)?) \s* : | in \s+ witness \s+ whereof )
    """,
    # A legislative agenda's section of a committee's recommendations (Legistar agendas of US boards
    # and councils): "Recommendation of the Budget and Finance Committee", "Recommendations of the Rules
    # Committee" over the items the committee sends on; near miss: "Referred Without Recommendation From
    # the Land Use Committee" (the committee recommends nothing).
    "agenda_committee_recommendation_heading": r"""(?-i)
        ^ [ \t]* (?i:recommendations?) [ \t]+ (?i:of|from) [ \t]+ (?i:the) [ \t]+
        (?: \p{Lu}[\p{L}'’\-]* | and | of | & | , | [ \t] )+? (?i:committee|commission|board) [ \t]* $
    """,
    # A legislative item's head: its number, the file number and the bracketed short title
    # ("4. 250972 [Apply for Grant and Accept Funds ...]"); the words are the legislation's description
    # after the title and the sponsor line.
    "agenda_legislative_item_start": r"""
        ^ [ \t]* (?: \d{1,3} \. [ \t]+ )? (?P<number> \d{1,3} ) \. [ \t]+ (?P<file> \d{5,8} ) [ \t]+ \[
    """,
    # Where a legislative item's description begins: the kind of legislation, then what it does in
    # lower case ("Ordinance amending ...", "Resolution approving ...", "Motion appointing ...").
    "agenda_legislation_words": r"""(?-i)
        \b (?: Ordinance | Resolution | Motion | Hearing ) [ \t]+ (?= \p{Ll} )
    """,
    # What closes a legislative item's description: a note in brackets on a line of its own ("(Fiscal
    # Impact)"), the item's history ("10/28/2025; PASSED ON FIRST READING."), the question put.
    "agenda_legislation_end_start": r"""
        [ \t]* (?: [\-\u2022*] [ \t]+ )? (?: \( | \d{1,2}/\d{1,2}/\d{2,4} [ \t]* ; | question [ \t]* : )
    """,
    # A department's name in brackets after the description's stop: "... housing. (Human Services Agency)".
    "agenda_legislation_source_end": r"""(?<= [.;] ) [ \t]* \( (?-i:\p{Lu}) [^()\n]{2,60} \) [ \t]* $""",
    # What ends a committee's section of recommendations: a heading in capitals ("NEW BUSINESS", "SPECIAL
    # ORDER 3:00 P.M."; not an item's history, "2/24/2031; PASSED ON FIRST READING."), or a section whose
    # items are sent on otherwise ("Referred Without Recommendation From ...", "Referred to the Board",
    # "Committee of the Whole Adjourn and Report").
    "agenda_section_break": r"""
        ^ [ \t]* (?: referred \b
                 | (?:board \s+ of \s+ \w+ \s+ sitting \s+ as \s+ a \s+)? committee \s+ of \s+ the \s+ whole \b
                 | (?-i: \p{Lu} [^\p{Ll}\n]* \p{Lu}{3} [^\p{Ll}\n]* ) $ )
    """,
    "agenda_entry_stop": r"""
        [ \t]*(?:presenters?\s*:|presented\s+by\s*:|staff\s*:|recommendation\s*:|recommended\s+action\s*:
              |subject\s*:|attachments?\b
              |(?:[*_=\-–][ \t]*){3,}
              |[^\n]{0,60}:[ \t]*$)
    """,
}
