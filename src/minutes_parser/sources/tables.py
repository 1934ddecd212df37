"""Tables: rows of cells, each cell placed in the document text.

A source that sees a table hands it over as a `RawTable` beside its page's
lines: a cell is either whole lines of the page (Markdown, HTML and Word write
each cell as lines of its own) or, for a PDF, a box with the pieces of text
the box holds.  `place` then finds every cell in the document text, so a
`TableCell` (a record: `Document.tables` holds them) knows its spans:
``text[span.start:span.end]`` for each span is a piece of the cell as
printed, and the cell's `text` is those pieces joined by line breaks.  The
document text itself is never changed by a table: in a PDF one line of the
text may cross several cells ("Peter Oakford  Insurance"), and the cells say
where each one's part of that line starts and ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from attrs import frozen

from ..records import BBox, Span, Table, TableCell

__all__ = ["RawCell", "RawTable", "place"]


@frozen(kw_only=True)
class RawCell:
    """A cell as a source saw it: whole lines of its page (by index), or a box and its pieces of text."""

    lines: tuple[int, ...] = ()
    bbox: BBox | None = None
    pieces: tuple[str, ...] = ()


@frozen(kw_only=True)
class RawTable:
    rows: tuple[tuple[RawCell, ...], ...]
    bbox: BBox | None = None


class _PlacedLine(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def page(self) -> int: ...
    @property
    def bbox(self) -> BBox | None: ...


def place(
    raw: RawTable, page: int, text: str, page_lines: Sequence[_PlacedLine], by_index: dict[int, list[int]]
) -> Table | None:
    """`raw` found in the document text: `page_lines` are the page's lines in the text, `by_index`
    maps a line index of the source's page to the positions in `page_lines` of what became of it.

    A PDF cell's pieces are looked for, in order, in the lines whose box meets the cell's
    box, blanks aside ("1.1On" in the cell is "1.1 On" in the text); a line holding pieces of
    several cells is read from left to right.  None when no two cells of two rows were found.
    """
    cursor: dict[int, int] = {}  # position in page_lines -> offset up to which its text is taken
    rows: list[tuple[TableCell, ...]] = []
    inside = _lines_inside(raw.bbox, page_lines) if raw.bbox is not None else []
    for row in raw.rows:
        cells: list[TableCell] = []
        for column, rc in enumerate(row):
            spans: list[Span] = []
            if rc.lines:
                for index in rc.lines:
                    for pos in by_index.get(index, ()):
                        line = page_lines[pos]
                        spans.append(Span(start=line.start, end=line.end, page=page, bbox=line.bbox))
            elif rc.bbox is not None:
                spans = _find_pieces(rc, page, text, page_lines, inside, cursor)
            if not spans:
                continue
            cells.append(
                TableCell(
                    row=len(rows),
                    column=column,
                    text="\n".join(text[s.start : s.end] for s in spans),
                    spans=tuple(spans),
                    page=page,
                    bbox=rc.bbox,
                )
            )
        if cells:
            rows.append(tuple(cells))
    if len(rows) < 2 or not any(len(r) >= 2 for r in rows):
        return None
    return Table(page=page, rows=tuple(rows), bbox=raw.bbox)


def _lines_inside(box: BBox, page_lines: Sequence[_PlacedLine]) -> list[int]:
    """Positions of the lines whose middle lies within the box's height and that meet it across."""
    return [
        pos
        for pos, line in enumerate(page_lines)
        if line.bbox is not None
        and box.top - 1 <= (line.bbox.top + line.bbox.bottom) / 2 <= box.bottom + 1
        and line.bbox.x0 < box.x1
        and line.bbox.x1 > box.x0
    ]


def _find_pieces(
    rc: RawCell,
    page: int,
    text: str,
    page_lines: Sequence[_PlacedLine],
    inside: list[int],
    cursor: dict[int, int],
) -> list[Span]:
    box = rc.bbox
    assert box is not None
    near = [inside[k] for k in _lines_inside(box, [page_lines[i] for i in inside])]  # (the table's lines only)
    spans: list[Span] = []
    for piece in rc.pieces:
        for loose in (False, True):  # as printed in any line first; blanks aside only then
            found = None
            for pos in near:
                line = page_lines[pos]
                found = _find_in(text, piece, cursor.get(pos, line.start), line.end, loose=loose)
                if found is not None:
                    cursor[pos] = found[1]
                    spans.append(Span(start=found[0], end=found[1], page=page, bbox=line.bbox))
                    break
            if found is not None:
                break
    return spans


def _find_in(text: str, piece: str, lo: int, hi: int, *, loose: bool) -> tuple[int, int] | None:
    """Where `piece` stands in ``text[lo:hi]``, with blanks left out of both when `loose`; None if not there."""
    want = piece.strip()
    if not want:
        return None
    if not loose:
        where = text.find(want, lo, hi)
        return (where, where + len(want)) if where >= 0 else None
    want = "".join(want.split())
    squeezed: list[str] = []
    at: list[int] = []
    for i in range(lo, hi):
        if not text[i].isspace():
            squeezed.append(text[i])
            at.append(i)
    k = "".join(squeezed).find(want)
    if k < 0:
        return None
    return at[k], at[k + len(want) - 1] + 1
