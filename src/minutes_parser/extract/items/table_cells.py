"""Dispositions printed in a table's cells: minutes that set out each application or item in a row and
what the meeting decided in a column of outcomes.

A town council's grants table ("Organisation | Project Summary | Amount Requested | Recommendation")
whose last column says "Approved. Meets the criteria of ..." or "Rejected. Does not meet ...", a city
council's disposition of items ("1 | Pilot Project for ... | ADOPTED"): each such cell is a decision
(``table_disposition_cell`` in `minutes_parser.rules.agendas`).  A cell that says more than the
disposition is the item; a cell that says only "ADOPTED" decides the row's title, so the item runs from
the title's cell (the row's number, printed in a cell of its own, is the label) to the disposition.
A prose decision found inside the cell ("Committee resolved to fund from ...") gives way to the whole
cell.

Near misses that stay out: a report's or an agenda's status column ("Approved" beside a scheme already
decided elsewhere), a single outcome cell in the whole document (a table of one row is as likely a
form's field), a cell whose words wrap round another cell's in the text (no one span holds it), a bare
"CARRIED" in a row that holds more than a title (a motion with its mover's cell, found as a motion
already; a recorded vote's lists of names).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import patterns
from ...records import DocumentKind, Item, ItemKind, Table, TableCell
from ...text import normalise_space
from ..context import Context

__all__ = ["table_dispositions"]

_KINDS = (DocumentKind.MINUTES, DocumentKind.DECISION)
MIN_CELLS = 2  # outcome cells a document prints at least: a column of them, not a stray word
MAX_TITLE = 250  # characters of the row's title a bare outcome decides at most


def table_dispositions(ctx: Context, found: Sequence[Item]) -> tuple[Item, ...]:
    """`found` with each outcome cell of a table added as a resolution, and the prose decisions
    found inside those cells dropped for them."""
    if ctx.kind not in _KINDS or not ctx.source.tables:
        return tuple(found)
    cell = patterns.get("table_disposition_cell")
    cells = [
        (table, row, k)
        for table in ctx.source.tables
        for row in table.rows
        for k, c in enumerate(row)
        if c.spans and cell.match(normalise_space(c.text))
    ]
    if len(cells) < MIN_CELLS:
        return tuple(found)
    text = ctx.source.text
    added: list[Item] = []
    for table, row, k in cells:
        outcome = row[k]
        bare = cell.match(normalise_space(outcome.text))
        start, end, label = outcome.start, outcome.end, None
        if bare is not None and bare.end() >= len(normalise_space(outcome.text)):
            # "ADOPTED" alone decides its row's title, unless the row holds a decision found already
            titled = _row_start(row, k)
            if titled is None or any(start > item.span.start >= titled[0] for item in found):
                continue
            start, label = titled
        if not _one_span(table, start, end):
            continue
        added.append(
            Item(
                kind=ItemKind.RESOLUTION,
                label=label,
                text=normalise_space(text[start:end]),
                span=ctx.source.span(start, end),
            )
        )
    # a row its outcome decides: its other cells are the matter decided, no decisions of their own (a header
    # cell "Decision" read as a heading over the first row's "Friends of Glebe Park")
    matter = [(c.start, c.end) for _, row, k in cells for j, c in enumerate(row) if j != k and c.spans]
    taken = [(a.span.start, a.span.end) for a in added] + matter
    kept = [item for item in found if not any(s <= item.span.start and item.span.end <= e for s, e in taken)]
    return tuple(sorted([*kept, *added], key=lambda item: item.span.start))


def _row_start(row: Sequence[TableCell], k: int) -> tuple[int, str | None] | None:
    """Where the row a bare outcome decides begins, and its number: its one cell of words, a title (after a
    cell holding only the row's number, the label); None where the row holds more (a mover's cell and the
    motion, a vote's lists of names, an application's summary in sentences)."""
    words = [c for c in row[:k] if c.spans and normalise_space(c.text)]
    label = None
    if words and patterns.get("table_number_cell").match(normalise_space(words[0].text)):
        label = normalise_space(words[0].text)
        words = words[1:]
    if len(words) != 1:
        return None
    title = normalise_space(words[0].text)
    if len(title) > MAX_TITLE or patterns.get("sentence_end").search(title[:-1]) or title.lower().startswith("that "):
        return None
    return words[0].start, label


def _one_span(table: Table, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` holds only the row's cells (no other row's words wrap in)."""
    return start < end and not any(
        s.start < end and start < s.end and not (start <= s.start and s.end <= end)
        for c in table.cells
        for s in c.spans
    )
