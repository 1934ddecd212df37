"""Restatements and assembly: a recommendation restated later (on a cover sheet and again in the
body) or a prose decision a formal resolution restates counts once; the nodes left become `Item`
records with their spans and agenda items.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Sequence

from ... import patterns
from ...records import AgendaItem, DocumentKind, Item
from ...text import fold, normalise_space
from .cues import MAX_ITEM_LABEL_LINES
from .lines import _Lines
from .nodes import _Node, _walk

DUPLICATE_SIMILARITY = 0.85  # a recommendation restated this closely counts once


class _Merging(_Lines):
    """Dropping restatements and turning nodes into `Item` records."""

    def _dedupe(self, blocks: list[list[_Node]], *, decided: Sequence[int] = ()) -> list[_Node]:
        """Drop recommendations restated later (on a cover sheet and again in the body).

        A later list most of whose entries restate earlier ones is a restatement
        as a whole, even where one entry is worded a little differently.  An agenda's "Receive and
        file." under item D and again under item F is two recommendations: one printed without a
        label under another item than the earlier one's is no restatement.  Nor is one printed after a
        decision (``decided``: in minutes, the resolutions' starts): minutes that record each case's staff
        recommendations and then its decision start a new matter after each decision, and the same
        standard wording under the next case is that case's own.
        """
        seen: list[tuple[str, str | None]] = []
        out: list[_Node] = []
        last_end = -1
        for block in blocks:
            if block and self._decided_between(decided, last_end, block[0].start):
                seen = []
            last_end = max([last_end, *(n.end for n in block)])
            repeats = [self._restated(node, seen) for node in block]
            whole = len(block) >= 2 and sum(repeats) * 2 >= len(block)
            kept = [] if whole else [node for node, again in zip(block, repeats, strict=True) if not again]
            for node in block:
                item = self._item_label(node.line) if node.label is None else None
                seen.extend((fold(self.text[n.start : n.end]), item) for n in _walk([node]))
            out.extend(kept)
        return out

    @staticmethod
    def _decided_between(decided: Sequence[int], start: int, end: int) -> bool:
        """Whether a decision starts between ``start`` and ``end`` (``decided`` sorted)."""
        k = bisect.bisect_right(decided, start)
        return k < len(decided) and decided[k] < end

    def _restated(self, node: _Node, seen: list[tuple[str, str | None]]) -> bool:
        texts = [fold(self.text[n.start : n.end]) for n in _walk([node])]
        item = self._item_label(node.line) if node.label is None and not node.children else None
        return bool(seen) and all(
            any(_similar(t, old) and (item is None or where in (None, item)) for old, where in seen) for t in texts
        )

    def _item_label(self, line: int) -> str | None:
        """The label of the agenda item a recommendation printed without one stands under: an agenda
        numbers its items ("8. Appointments" / "Recommendation: Staff recommends ..."), and the item's
        label is the recommendation's (the nearest labelled line above it, or its own line's, not a
        bullet; none past a numbered resolution, and none in a report, whose sections are no items)."""
        if self.ctx.kind not in (DocumentKind.AGENDA, DocumentKind.MINUTES):
            return None
        field = patterns.get("item_field_number")
        for k in range(line, max(-1, line - MAX_ITEM_LABEL_LINES), -1):
            fm = field.match(self.text, self.lines[k].line.start, self.lines[k].line.end)
            if fm is not None:
                return fm.group("label")  # a record's field: "Subject : 3. Conference with Legal Counsel"
            label = self.lines[k].label
            if label is None or label.scheme == "bullet":
                continue
            if label.scheme in ("word", "number"):
                return None
            return label.text
        return None

    def _finish(self, nodes: list[_Node]) -> list[Item]:
        return [self._item(node) for node in nodes if self._nonempty(node)]

    def _nonempty(self, node: _Node) -> bool:
        """An item holds a word or a number, or entries of its own: a heading's lone full stop after it
        ("And Resolved." closing a roll-call table) is no decision."""
        return any(c.isalnum() for c in self.text[node.start : node.end]) or bool(node.children)

    def _item(self, node: _Node) -> Item:
        agenda: AgendaItem | None = self.agenda[node.line] if node.line < len(self.agenda) else None
        return Item(
            kind=node.kind,
            label=node.label.strip() if node.label else None,
            text=normalise_space(self.text[node.start : node.end]),
            span=self.ctx.source.span(node.start, node.end),
            children=tuple(self._item(child) for child in node.children if self._nonempty(child)),
            preamble=node.preamble,
            agenda_item=agenda,
        )


def _bare(folded: str) -> str:
    """A decision's words without the "that" that opens them ("that the plan be approved")."""
    return folded[5:] if folded.startswith("that ") else folded


def _similar(a: str, b: str) -> bool:
    """Whether two decisions are one restated: nearly the same words and the same numbers (minutes of
    the 16th and of the 18th, or contracts of $5,000 and $8,000, are two)."""
    if a == b:
        return True
    if _numbers(a) != _numbers(b):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # the quick ratios are upper bounds of ratio(): most pairs fail them without the full comparison
    return (
        matcher.real_quick_ratio() >= DUPLICATE_SIMILARITY
        and matcher.quick_ratio() >= DUPLICATE_SIMILARITY
        and matcher.ratio() >= DUPLICATE_SIMILARITY
    )


def _numbers(text: str) -> list[str]:
    return patterns.get("number_in").findall(text)
