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
  agenda"), the order of business;
* ``agenda_entry_stop``: a line that ends an entry's wording although it has no label: the
  presenter or staff line, a "Recommendation:" line, a divider, a heading ending in a colon.
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
)

PIECES: dict[str, str] = {
    "agenda_action_verb": r"(?:" + "|".join(ACTION_VERBS) + r")\b",
}

PATTERNS: dict[str, str] = {
    # Minutes that record each item's disposition on a labelled line, in a verb of deciding
    # ("Action: Adopted the Debt Management Policy.", "Board Action: Approved as submitted.",
    # "Disposition: Denied.", "Action: Presentation received."); near misses: "Action: None, ..."
    # (nothing decided), an action point's task ("Action: Ask ML for the figures (PB)"), "Action:
    # Moved by X ..." (a motion, read as one), "Recommended Action:" (a proposal)
    "action_line": r"""
        [ \t]*(?<!recommended[ \t])(?:(?:board|council|committee|commission)[ \t]+)?
        (?:action(?:[ \t]+taken)?|disposition)
        [ \t]*:[ \t]*
        (?=(?-i:\p{Lu}))
        (?=(?:[\w'’]+[ \t]+){0,2}(?:adopted|approved|authori[sz]ed|denied|granted|received|accepted|awarded
            |ratified|confirmed|continued|tabled|deferred|referred|filed|passed|carried|rejected|appointed)\b)
    """,
    "agenda_action_start": r"""
        [ \t]*(?=(?-i:\p{Lu}\p{Ll}))
        {agenda_action_verb}
        [ \t]+\S
    """,
    "agenda_action_not": r"""
        [ \t]*(?:(?:approv(?:e|ing)|adopt(?:ing)?)\s+(?:the\s+)?(?:amended\s+|revised\s+|consent\s+)?agenda\b
              |(?:set|order)\s+(?:of|the\s+order)\b)
    """,
    "agenda_entry_stop": r"""
        [ \t]*(?:presenters?\s*:|presented\s+by\s*:|staff\s*:|recommendation\s*:|recommended\s+action\s*:
              |(?:[*_=\-–][ \t]*){3,}
              |[^\n]{0,60}:[ \t]*$)
    """,
}
