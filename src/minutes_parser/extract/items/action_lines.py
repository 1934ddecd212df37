"""Dispositions on labelled lines: minutes that record what became of each item on an "Action:" line.

US action minutes reprint each item's recommendation and then its disposition ("Recommendation:
Approve the amendments to the Debt Management Policy." / "Action: Adopted the Debt Management
Policy."; "Board Action: Approved as submitted."; "Disposition: Denied."): the words after the
label are a resolution, labelled by the item's number where the item has one.  The line runs on
over wrapped lines up to a blank line, the next labelled entry or the next label line.  Rules as
data in `minutes_parser.rules.agendas` (``action_line``).

Near misses that stay out: "Action: None, item to be voted on after ..." (nothing decided),
"Action required:" (a report's heading), "Recommended Action:" (a proposal), "Action: Moved by X
..." (a motion: the motions step reads its wording), any such line in a report, a disposition that
recommends to the council ("Passed Motion No. 2019-09 recommending Council adoption of ..."). An agenda
packet's enclosed minutes are read (their past tense is a decision taken; an agenda's own "Action:
Approve ..." is not past tense). A disposition may also stand on its own line under the item's movers
and vote, a numbered motion or resolution passed ("Passed Motion No. 2019-08 adopting the Consent
Calendar", ``numbered_action_line``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ... import patterns
from ...records import DocumentKind, Item, ItemKind
from ...structure import LineInfo
from ...text import normalise_space
from ..context import Context

__all__ = ["action_lines"]

# an agenda packet encloses the last meeting's minutes: their dispositions in the past tense are decisions
_KINDS = (DocumentKind.MINUTES, DocumentKind.DECISION, DocumentKind.AGENDA)
_TITLE_WORDS = 4
_STOP = ("recommendation", "action", "presenter", "moved", "motion")


def action_lines(ctx: Context, found: Sequence[Item]) -> list[Item]:
    """The dispositions printed on "Action:" lines that no resolution already holds."""
    if ctx.kind not in _KINDS:
        return []
    text, lines = ctx.source.text, ctx.structure.lines
    taken = sorted((item.span.start, item.span.end) for item in found)
    starts = [s for s, _ in taken]
    out: list[Item] = []
    label: str | None = None
    for k, info in enumerate(lines):
        if info.label is not None and info.label.scheme not in ("bullet", "word"):
            label = info.label.text.strip()
        words = text[info.body_start : info.line.end]
        m = patterns.get("action_line").match(words)
        if m is not None:
            start = info.body_start + m.end()
        elif patterns.get("numbered_action_line").match(words) is not None:
            start = info.body_start
        else:
            continue
        end = info.line.end
        nxt = k + 1
        while nxt < len(lines) and _continues(text, end, lines[nxt]):
            end = lines[nxt].line.end
            nxt += 1
        i = bisect.bisect_right(starts, end)
        if i and taken[i - 1][1] > start:
            continue  # a resolution already holds these words
        if patterns.get("action_recommending_in").search(text, start, end):
            continue  # what a committee recommends to the council decides nothing
        out.append(
            Item(
                kind=ItemKind.RESOLUTION,
                label=label,
                text=normalise_space(text[start:end]),
                span=ctx.source.span(start, end),
            )
        )
    return out


def _title_line(words: str) -> bool:
    """A short line of capitalised words, a section's heading ("Public Hearing", "Consent Items")."""
    parts = words.split()
    if words.endswith("."):
        return False  # "Excess Workers' Compensation Insurance.": a sentence's end
    return 0 < len(parts) <= _TITLE_WORDS and all(p[:1].isupper() or p.lower() in ("of", "and", "the") for p in parts)


def _continues(text: str, end: int, line: LineInfo) -> bool:
    """Whether `line` wraps the disposition ending at `end`: unlabelled, no blank line between,
    and not the next label line ("Recommendation:", "Action:", "Presenter:")."""
    printed = text[line.line.start : line.line.end].strip()
    words = printed.lower()
    before = text[max(0, end - 80) : end]
    if before.rstrip()[-1:] not in ",;" and not patterns.get("mid_phrase_end").search(before) and _title_line(printed):
        return False  # "Passed Motion No. 2019-08 adopting the Consent Calendar" / "Public Hearing": the next heading
    return (
        line.label is None
        and text.count("\n", end, line.line.start) <= 1
        and bool(words)
        and not words.startswith(_STOP)
        and ":" not in words[:25]
    )
