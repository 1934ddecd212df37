"""Attendance lists in two columns whose words an OCR engine's layout spread apart.

A scanned page read back with its layout kept prints each line's words where they stood on the page, so a
list set in two columns comes out with wide gaps inside its cells as well as between them::

    Council      Members                                        City      Staff
    Silvia    Catten,     District         1                    Elyse      Sullivan,       City    Recorder

`spread_view` finds the gutter the rows share (the gap each row's right cell opens after, at one offset
give or take `ALIGN`) and gives a view of the text with each cell's words closed up to single blanks at
the cell's start, the rest of the cell blank: the list then reads as one printed in columns ("Silvia
Catten, District 1 ... Elyse Sullivan, City Recorder").  The view keeps every line's length, so offsets
outside the list are the text's own; `Spread.back` takes an offset in the view to the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ... import patterns

__all__ = ["Spread", "column_rows_end", "joined_view", "map_back", "spread_view"]

#: How far past a list's two column headings its rows are looked for.
ROWS_REACH = 1500

#: How far from one another the right column's cells may start (an OCR's layout is not exact).  The gutter's
#: fewest blanks and the gap that marks a cell as spread are the patterns "people_spread_gutter" and
#: "people_spread_cell_gap".
ALIGN = 3


@attrs.frozen
class Spread:
    """A view of the text with a spread list's cells closed up, and the way back to the text's offsets."""

    view: str
    start: int  # where the list's rows start in both (its column headings skipped)
    offsets: dict[int, int]  # view offset -> text offset, for the closed-up cells' characters

    def back(self, pos: int) -> int:
        return self.offsets.get(pos, pos)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        le = end if nl == -1 else nl
        if text[pos:le].strip():
            out.append((pos, le))
        pos = le + 1
    return out


def _widest_gap(line: str) -> tuple[int, int] | None:
    """Where the widest gap inside `line` starts and ends (a gap of eight blanks or more), or its indent when
    the line holds only a right-hand cell; None for a line with no such gap."""
    gaps = [m for m in patterns.get("people_spread_gutter").finditer(line) if m.end() < len(line.rstrip())]
    if not gaps:
        return None
    widest = max(gaps, key=lambda m: m.end() - m.start())
    return widest.start(), widest.end()


def _cells(ls: int, le: int, split: int | None) -> list[tuple[int, int]]:
    if split is None:
        return [(ls, le)]
    return [(ls, ls + split), (ls + split, le)]


def spread_view(text: str, start: int, end: int) -> Spread | None:
    """The closed-up view of the list at ``text[start:end]`` when its rows stand in two columns on one
    gutter and a cell of them has a gap of more than `TIGHT` blanks inside it; else None.  Near misses: a
    list a person a line ("Jane Doe        Director", one gap, no second column's rows aligned on it),
    two columns whose cells are printed tight ("Ann Lee, Mayor          Tom Roe, Clerk": read as they are)."""
    lines = _lines(text, start, end)
    gaps = [_widest_gap(text[ls:le]) for ls, le in lines]
    found = sorted(g[1] for g in gaps if g is not None)
    if len(found) < 2:
        return None
    column = found[len(found) // 2]
    aligned = [s for s in found if abs(s - column) <= ALIGN]
    if len(aligned) < max(2, (len(lines) + 1) // 2):
        return None  # the gaps do not line up: no second column
    rows: list[list[tuple[int, int]]] = []
    for (ls, le), gap in zip(lines, gaps, strict=True):
        # (a row's gutter is its widest gap where that gap takes in the column's start: a long left-hand cell
        # leaves a narrower gutter that ends a little past it)
        own = gap[1] if gap is not None and gap[0] - ALIGN <= column <= gap[1] + ALIGN else None
        if own is None and len(text[ls:le]) - len(text[ls:le].lstrip()) >= column - ALIGN:
            own = len(text[ls:le]) - len(text[ls:le].lstrip())  # a right-hand cell alone on its row
        if own is None and len(text[ls:le].rstrip()) > column - ALIGN:
            rows.append([])  # a row that runs into the right-hand column with no gutter: left as printed
            continue
        rows.append(_cells(ls, le, own))
    cells = [c for row in rows for c in row]
    spread = patterns.get("people_spread_cell_gap")
    if not any(spread.search(text, a, b) for row in rows if len(row) == 2 for a, b in row):
        return None  # the cells of the rows parted by the gutter are printed tight: the list reads as it is
    view = list(text)
    offsets: dict[int, int] = {}
    for a, b in cells:
        at = a
        first = True
        for m in patterns.get("people_spread_word").finditer(text[a:b]):
            if not first:
                view[at] = " "
                offsets[at] = a + m.start() - 1
                at += 1
            first = False
            for k in range(m.start(), m.end()):
                view[at] = text[a + k]
                offsets[at] = a + k
                at += 1
        for k in range(at, b):
            view[k] = " "
    rows_start = start
    heads = patterns.get("people_column_headings_row")
    if rows and all(heads.fullmatch("".join(view[a:b]).strip()) for a, b in rows[0]):
        rows_start = lines[0][1] + 1  # "Council Members ... City Staff": the columns' headings, no entry
    return Spread(view="".join(view), start=rows_start, offsets=offsets)


def joined_view(text: str, start: int, end: int) -> Spread | None:
    """A view of a list in two columns whose gutter the text lost, each row's two cells run together on one line
    under a row of two column headings ("Council Members City Staff" / "Jeff Silvestrini, Mayor Francis Lilly,
    Assistant City Manager"): each row parted by a tab (a column gap) before the second cell, where both sides
    read as "Name, what they are" (the first such place: "Mayor" stays the first cell's).  None without the two
    headings over the rows.  Near miss: a comma list under one heading ("Council Members" / "Ann Lee, Mayor Tom
    Roe, Clerk") is left as it is."""
    lines = _lines(text, start, end)
    if len(lines) < 3 or not patterns.get("people_two_column_headings").fullmatch(text, *lines[0]):
        return None
    cell = patterns.get("people_column_cell")
    view = list(text)
    parted = 0
    for ls, le in lines[1:]:
        comma = text.find(",", ls, le)
        if comma < 0:
            continue
        for m in patterns.get("people_joined_cell_break").finditer(text[comma:le]):
            at = comma + m.start()
            if cell.fullmatch(text, ls, at) and cell.fullmatch(text, at + 1, le):
                view[at] = "\t"
                parted += 1
                break
    if parted < 2:
        return None
    return Spread(view="".join(view), start=lines[0][1] + 1, offsets={})


def column_rows_end(text: str, pos: int, end: int) -> int:
    """Where the rows under two column headings on one line end (`pos` at the headings' line, `end` where the
    list was found to end): past blank lines between rows, over each line that opens "Name, what they are" and
    holds no label's colon; `end` where the line at `pos` is no such headings' row.  Near miss: "Attendees:
    Tariq Mughal, ..." under the rows is another list."""
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    if not patterns.get("people_two_column_headings").fullmatch(text, pos, le):
        return end
    row = patterns.get("people_column_row_start")
    last = end
    for ls, line_end in _lines(text, le + 1, min(len(text), le + 1 + ROWS_REACH)):
        if ":" in text[ls:line_end] or not row.match(text, ls, line_end):
            break
        last = max(last, line_end)
    return last


def map_back(spread: Spread, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in the view as spans of the text (a span's last character taken back, its end after it)."""
    return [(spread.back(a), spread.back(b - 1) + 1) for a, b in spans]
