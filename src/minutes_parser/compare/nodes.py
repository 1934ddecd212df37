"""The pieces pairing and statuses share: the item trees flattened into numbered nodes, labels
without their words, a pair's score, and a match before it becomes a `Pair`.

A pair's score is its content similarity (`diffs.content_similarity`) plus
hints from the labels and the layout: the same label on both sides, the same
depth in the tree, and a resolution printed after (not before) the
recommendation it enacts.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from attrs import field, frozen

from .. import patterns
from ..records import Item, Status
from ..text import fold_typography
from . import diffs

MATCH_THRESHOLD = 0.3  # a pair needs at least this score (content similarity plus label and layout hints)
LOOSE_MATCH = 0.6  # an out-of-order pair needs this much content similarity
LABEL_BONUS = 0.25
DEPTH_PENALTY = 0.1
BEFORE_PENALTY = 0.15  # a resolution printed before the recommendation it would enact


@frozen
class Node:
    item: Item
    order: int
    depth: int
    parent: int | None
    top: int  # the order of its top-level ancestor (itself when top level)


def flatten(items: Sequence[Item]) -> list[Node]:
    out: list[Node] = []

    def walk(item: Item, depth: int, parent: int | None, top: int | None) -> None:
        here = len(out)
        out.append(Node(item, here, depth, parent, here if top is None else top))
        for child in item.children:
            walk(child, depth + 1, here, here if top is None else top)

    for item in items:
        walk(item, 0, None, None)
    return out


def norm_label(label: str | None) -> str:
    """A label without brackets, dots and the words "Recommendation", "Resolution", "No"."""
    if not label:
        return ""
    t = patterns.get("cmp_label_words").sub(" ", fold_typography(label))
    return "".join(ch for ch in t if ch not in "()[].: ")


@frozen
class Match:
    rec: int
    res: int | None
    status: Status
    similarity: float
    by_reference: bool = False


def score(rec: Node, res: Node, across: bool) -> float:
    score = diffs.content_similarity(rec.item.text, res.item.text)
    a, b = norm_label(rec.item.label), norm_label(res.item.label)
    if a and b:
        score += LABEL_BONUS if a == b else -LABEL_BONUS / 2
    if rec.depth != res.depth:
        score -= DEPTH_PENALTY
    if not across and res.item.span.start < rec.item.span.start:
        score -= BEFORE_PENALTY
    return score


def preamble_only(node: Node) -> bool:
    """An item whose own words only introduce its entries ("RESOLUTION 2024/32 That Council:"):
    it enacts nothing by itself, so it is no part of a split or a merge; its entries pair."""
    return bool(node.item.children) and bool(patterns.get("that_body_preamble").match(node.item.text.strip()))


def agenda_key(item: Item) -> tuple[str | None, str | None] | None:
    a = item.agenda_item
    if a is None or (a.number is None and a.title is None):
        return None
    return (a.number, diffs.folded(a.title) if a.title else None)


@frozen
class Sections:
    """Where one document's minute or agenda item headings start ("7.5   Use of the Common Seal"), so that
    a recommendation and a resolution in different items are kept apart.

    Minutes that print an officer's recommendation and then the meeting's resolution do so within one
    item; a recommendation whose item has no resolution is `not_resolved`, not paired with the next item's
    decision.  A heading is a line that `cmp_minute_heading` reads and that lies inside no item (a list
    entry of a recommendation or resolution is not a heading).  Without the document's text (two
    documents, or a caller that has none) nothing is kept apart."""

    starts: tuple[int, ...] = field(factory=tuple)
    # labelled item headings (`cmp_item_heading`): where each starts, its label ("B", "3", "5.1") and title
    heads: tuple[tuple[int, str, str], ...] = field(factory=tuple)

    @classmethod
    def of(cls, text: str | None, items: Iterable[Item]) -> Sections:
        if not text:
            return cls()
        spans = sorted((i.span.start, i.span.end) for i in items)
        inside_starts = [s for s, _ in spans]
        ends = list(itertools.accumulate((e for _, e in spans), max))

        def inside(at: int) -> bool:
            k = bisect.bisect_right(inside_starts, at) - 1
            return k >= 0 and at < ends[k]

        out = [m.start() for m in patterns.get("cmp_minute_heading").finditer(text) if not inside(m.start())]
        heads = []
        for m in patterns.get("cmp_item_heading").finditer(text):
            if inside(m.start()):
                continue
            title = m.group("title").strip()
            if not title:  # "B." alone on its line: the title is the next line with words
                title = next((ln.strip() for ln in text[m.end() : m.end() + 400].split("\n") if ln.strip()), "")
            heads.append((m.start(), norm_label(m.group("label")), title))
        return cls(starts=tuple(out), heads=tuple(heads))

    def heading(self, item: Item) -> tuple[int, str, str] | None:
        """Where the labelled item heading `item` is printed under starts, its label and title, if any."""
        k = bisect.bisect_right(self.heads, (item.span.start, "\uffff", "")) - 1
        return self.heads[k] if k >= 0 else None

    def names_title(self, rec: Item, res: Item) -> bool:
        """Whether `res` decides the matter of the item heading both are printed under by naming its title
        ("to approve the Board Expense Reductions for 2031" under "L. Approval of Board Expense Reductions
        for 2031"): every content word of the resolution is in the title (at least two)."""
        head = self.heading(res)
        if head is None or head != self.heading(rec) or self.apart(rec, res):
            return False
        own = diffs.substance(res.text)
        return len(own.words) >= 2 and diffs.containment(own, diffs.substance(head[2])) == 1.0

    def apart(self, a: Item, b: Item) -> bool:
        """Whether a heading is printed between the two items."""
        if not self.starts:
            return False
        lo, hi = min(a.span.end, b.span.end), max(a.span.start, b.span.start)
        if lo >= hi:
            return False
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi
