"""Decision and reference numbers of items, read after the items are found.

    >>> from minutes_parser.records import Item, ItemKind, Span
    >>> text = "DECISION NO:\\n24/00096\\nDecision:\\nCabinet agree to adopt the plan."
    >>> item = Item(kind=ItemKind.RESOLUTION, label=None, text="adopt the plan.", span=Span(start=49, end=64))
    >>> [i.reference for i in with_references(text, (item,))]
    ['24/00096']

A top-level item's reference is, in this order:

1. its label, when the label is a number in a decision's own format ("R2025-193");
2. the number its agenda item's title opens with ("24/00108 - Revenue and Capital Budget");
3. the nearest labelled number above it ("Decision No: 24/00096", "Resolution No. 2021-45",
   "Minute 291", "Ordinance No. 1234", or a bare "R2025-193" / "24/00108") on a line of its
   own or opening its line, looking back no further than the item's agenda item (its
   minute) or the item before it;
4. the reference of the item before it in the same list (same preamble, same agenda item).

Sub-items take their parent's.  The reference is the number alone ("2021-45", "291").
The rules are data in `minutes_parser.rules.references`.  Items are changed with
`attrs.evolve`; nothing here reads or edits how items are found.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .. import patterns
from ..records import Item

__all__ = ["MAX_LOOKBACK", "find_reference", "with_references"]

MAX_LOOKBACK = 3000  # characters above an item searched for its number when nothing bounds the search sooner


def with_references(text: str, items: Sequence[Item]) -> tuple[Item, ...]:
    """The items (top level, in document order) with `reference` set where one is printed."""
    out: list[Item] = []
    previous_end = 0
    previous: Item | None = None
    for item in items:
        reference = _label_reference(item) or _agenda_reference(item)
        if reference is None:
            start = previous_end
            if item.agenda_item is not None and item.agenda_item.span is not None:
                start = max(start, item.agenda_item.span.start)
            start = max(start, item.span.start - MAX_LOOKBACK)
            reference = find_reference(text[start : item.span.start])
        if reference is None and previous is not None and _siblings(previous, item):
            reference = previous.reference  # "Decision No: 24/00115 ... Cabinet propose to: a) ... b) ... c)"
        changed = _set(item, reference) if reference else item
        out.append(changed)
        previous_end = max(previous_end, item.span.end)
        previous = changed
    return tuple(out)


def _siblings(previous: Item, item: Item) -> bool:
    """Two items of one list: the same preamble and the same agenda item."""
    return (
        previous.preamble is not None
        and previous.preamble == item.preamble
        and previous.agenda_item == item.agenda_item
    )


def find_reference(above: str) -> str | None:
    """The number of the nearest labelled (or bare, own-format) reference line in `above`, or None."""
    found: tuple[int, str] | None = None
    for name in ("reference_line", "reference_bare_line"):
        for m in patterns.get(name).finditer(above):
            if found is None or m.start() > found[0]:
                found = (m.start(), _clean(m.group("number")))
    return found[1] if found else None


def _label_reference(item: Item) -> str | None:
    if item.label is None:
        return None
    m = patterns.get("reference_bare_line").match(item.label.strip())
    return _clean(m.group("number")) if m and m.end() >= len(item.label.strip().rstrip(":.")) else None


def _agenda_reference(item: Item) -> str | None:
    title = item.agenda_item.title if item.agenda_item else None
    if not title:
        return None
    m = patterns.get("reference_bare_line").match(title) or patterns.get("reference_line").match(title)
    return _clean(m.group("number")) if m else None


def _clean(number: str) -> str:
    return " ".join(number.split())


def _set(item: Item, reference: str) -> Item:
    return attrs.evolve(item, reference=reference, children=tuple(_set(c, reference) for c in item.children))
