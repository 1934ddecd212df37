"""Agenda entries worded as actions: what an agenda proposes where it prints no recommendation.

A US-style agenda's consent calendar and action items are often worded as the action the body is
asked to take, with no "Recommendation:" line ("3. Approve Board member compensation for ...",
"2. Accept and File Treasurer's Report for the month of May 2025", "6. Approving Supplemental
Agreement No. 1 ..."): each such entry is a recommendation, labelled by its number, its text the
entry's wording up to the next entry, a blank line, a presenter line or a heading.  Rules as data
in `minutes_parser.rules.agendas`.

Near misses that stay out: the same wording in minutes or a report (decided or discussed, not
proposed); "Approval of the Agenda"; "Discussion and possible action on ..." (no action named);
an entry whose section already prints a recommendation (that one is the proposal); an agenda
with a single such entry (a stray line, not a calendar of actions).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ... import patterns
from ...records import DocumentKind, Item, ItemKind
from ...structure import LineInfo
from ...text import normalise_space
from ..context import Context

__all__ = ["MIN_ENTRIES", "agenda_actions"]

MIN_ENTRIES = 2  # the fewest action-worded entries that make an agenda's calendar of actions
_LABELLED_SCHEMES = ("decimal", "number", "multilevel", "alpha", "roman")


def agenda_actions(ctx: Context, found: Sequence[Item]) -> list[Item]:
    """The action-worded entries of an agenda that no recommendation already covers."""
    if ctx.kind != DocumentKind.AGENDA:
        return []
    text, lines = ctx.source.text, ctx.structure.lines
    taken = sorted(item.span.start for item in found)
    entries: list[tuple[int, int, str]] = []  # (start, end, label)
    for k, info in enumerate(lines):
        label = info.label
        if label is None or label.scheme not in _LABELLED_SCHEMES:
            continue
        body = text[info.body_start : info.line.end]
        if not patterns.get("agenda_action_start").match(body) or patterns.get("agenda_action_not").match(body):
            continue
        end = info.line.end
        nxt = k + 1
        while nxt < len(lines) and _continues(text, end, lines[nxt]):
            end = lines[nxt].line.end
            nxt += 1
        after = nxt
        while after < len(lines) and lines[after].label is None:
            after += 1
        section_end = lines[after].line.start if after < len(lines) else len(text)  # up to the next entry
        i = bisect.bisect_left(taken, info.line.start)
        if i < len(taken) and taken[i] < section_end:
            continue  # the section prints its own recommendation
        entries.append((info.body_start, end, label.text))
    if len(entries) < MIN_ENTRIES:
        return []
    return [
        Item(
            kind=ItemKind.RECOMMENDATION,
            label=label.strip(),
            text=normalise_space(text[start:end]),
            span=ctx.source.span(start, end),
        )
        for start, end, label in entries
    ]


def _continues(text: str, end: int, line: LineInfo) -> bool:
    """Whether `line` goes on with the entry ending at `end`: unlabelled, no blank line between,
    and no presenter line, recommendation line, divider or heading."""
    words = text[line.line.start : line.line.end]
    return (
        line.label is None
        and text.count("\n", end, line.line.start) <= 1
        and bool(words.strip())
        and not patterns.get("agenda_entry_stop").match(words)
    )
