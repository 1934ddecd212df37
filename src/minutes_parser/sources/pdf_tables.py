"""Ruled tables of a PDF page, from pdfium's path objects and pdfplumber's table finder.

A page is looked at cheaply first: its path objects are walked once (pdfium has
already parsed the page for its text) and the thin ones kept as rulings, a
horizontal one where a path is at most `THIN` points high and a vertical one
where it is at most that wide.  Only a page with at least two rulings each way,
enough for one cell, goes on to pdfplumber's finder: its edges are merged
(`merge_edges`), crossed (`edges_to_intersections`), and made into cells and
tables (`intersections_to_cells`, `cells_to_tables`), the same functions
`Page.find_tables` runs, fed with pdfium's rulings so pdfminer never parses the
page.  A cell's text is what pdfium holds inside the cell's box, line by line.

A single rule under a heading, or text set in two columns with no rules, has
no two rulings each way and is never taken for a table.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from ..records import BBox
from .tables import RawCell, RawTable

__all__ = ["find_tables", "plumber_tables"]

THIN = 3.0  # points: a path this thin (and longer than `MIN_RULE`) is a ruling
MIN_RULE = 6.0  # points: a shorter path is a tick, a bullet or a glyph, not a ruling
MAX_PATHS = 4000  # a page drawn with more paths than this (a map, a chart) is not read for tables
MAX_SEGMENTS = 2000  # segments of larger paths read on one page, at most (a grid drawn as one path)
MAX_FORM_OBJECTS = 20000  # objects inside forms looked at on one page, at most (a form drawn again and again)
SNAP = 3.0  # points: rulings this close are one (pdfplumber's default snap and join tolerances)
MIN_CELL = 4.0  # points: a cell lower or narrower than this is the gap between double rules


def find_tables(page: Any, textpage: Any, height: float, clean: Callable[[str], str]) -> tuple[RawTable, ...]:
    """The ruled tables of an open pdfium page (boxes with the origin at the top-left); `clean`
    mends a cell's text as the page's lines were mended."""
    edges = _rulings(page, height)
    if edges is None:
        return ()
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    merged = merge_edges(edges, SNAP, SNAP, SNAP, SNAP)
    cells = [c for c in intersections_to_cells(edges_to_intersections(merged, SNAP, SNAP)) if _sized(c)]
    out: list[RawTable] = []
    for group in cells_to_tables(cells):
        table = _table(group, textpage, height, clean)
        if table is not None:
            out.append(table)
    return tuple(out)


def _sized(cell: tuple[float, float, float, float]) -> bool:
    return cell[2] - cell[0] >= MIN_CELL and cell[3] - cell[1] >= MIN_CELL


Matrix = tuple[float, float, float, float, float, float]  # (a, b, c, d, e, f) as in PDF
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_FORM_DEPTH = 3  # form XObjects inside forms looked into, at most (a page's content is often one form)


def _rulings(page: Any, height: float) -> list[dict[str, Any]] | None:
    """The page's thin paths (and the sides of its drawn boxes) as pdfplumber edges; None when
    they cannot make a cell.  A path object bounded like a rule is one; a larger one is read
    segment by segment (one path often draws a whole grid), up to `MAX_SEGMENTS` for the page.
    Paths inside form XObjects count too, moved by the form's matrix."""
    import pypdfium2.raw as raw

    edges: list[dict[str, Any]] = []
    budget = {"paths": MAX_PATHS, "segments": MAX_SEGMENTS, "objects": MAX_FORM_OBJECTS}
    handle = page.raw
    get = raw.FPDFPage_GetObject  # (bound once: the loops below run over every object of the page)
    objects = [get(handle, i) for i in range(raw.FPDFPage_CountObjects(handle))]
    if not _walk(objects, IDENTITY, 0, height, edges, budget):
        return None
    across = sum(e["orientation"] == "h" for e in edges)
    if across < 2 or len(edges) - across < 2:
        return None
    return edges


def _walk(
    objects: list[Any], outer: Matrix, depth: int, height: float, edges: list[dict[str, Any]], budget: dict[str, int]
) -> bool:
    """Add the rulings of `objects` (in a form moved by `outer`); False when the page has too many paths."""
    import pypdfium2.raw as raw

    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    get_type, path, form = raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    for obj in objects:
        kind = get_type(obj)
        if kind == form and depth < MAX_FORM_DEPTH:
            m = raw.FS_MATRIX()
            count = raw.FPDFFormObj_CountObjects(obj)
            budget["objects"] -= max(count, 0)
            if budget["objects"] < 0:
                return False
            if raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
                inner = [raw.FPDFFormObj_GetObject(obj, i) for i in range(count)]
                if not _walk(inner, _then(outer, (m.a, m.b, m.c, m.d, m.e, m.f)), depth + 1, height, edges, budget):
                    return False
            continue
        if kind != path:
            continue
        budget["paths"] -= 1
        if budget["paths"] < 0:
            return False
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        (x0, y0), (x1, y1) = _apply(outer, left.value, bottom.value), _apply(outer, right.value, top.value)
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = height - max(y0, y1), height - min(y0, y1)
        if not _edge(edges, x0, y0, x1, y1) and x1 - x0 >= MIN_RULE and y1 - y0 >= MIN_RULE:
            _path_edges(obj, outer, height, edges, budget)
    return True


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _then(outer: Matrix, inner: Matrix) -> Matrix:
    """The matrix that applies `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        oa * a + oc * b,
        ob * a + od * b,
        oa * c + oc * d,
        ob * c + od * d,
        oa * e + oc * f + oe,
        ob * e + od * f + of,
    )


def _edge(edges: list[dict[str, Any]], x0: float, y0: float, x1: float, y1: float) -> bool:
    """Add the box (origin top-left) as an edge if it is a rule; say whether it was."""
    if y1 - y0 <= THIN and x1 - x0 >= MIN_RULE:
        y = (y0 + y1) / 2
        edges.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "orientation": "h"})
        return True
    if x1 - x0 <= THIN and y1 - y0 >= MIN_RULE:
        x = (x0 + x1) / 2
        edges.append({"x0": x, "x1": x, "top": y0, "bottom": y1, "height": y1 - y0, "orientation": "v"})
        return True
    return False


def _path_edges(obj: Any, outer: Matrix, height: float, edges: list[dict[str, Any]], budget: dict[str, int]) -> None:
    """The rules and box sides of a path drawn with several straight sub-paths ("re" boxes, lines)."""
    import pypdfium2.raw as raw

    n = raw.FPDFPath_CountSegments(obj)
    if n <= 0 or n > budget["segments"]:
        budget["segments"] = 0
        return
    budget["segments"] -= n
    own = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(own)):
        return
    m = _then(outer, (own.a, own.b, own.c, own.d, own.e, own.f))
    fx, fy = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    curved = False

    def close() -> None:
        if len(points) >= 2 and not curved:
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            if not _edge(edges, min(xs), min(ys), max(xs), max(ys)) and len(points) in (4, 5):
                _box(edges, min(xs), min(ys), max(xs), max(ys))

    for k in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        kind = raw.FPDFPathSegment_GetType(seg)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(fx), ctypes.byref(fy))
        x, y = fx.value, fy.value
        px, py = _apply(m, x, y)
        point = (px, height - py)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            close()
            points, curved = [point], False
        else:
            points.append(point)
            curved = curved or kind == raw.FPDF_SEGMENT_BEZIERTO
    close()


def _box(edges: list[dict[str, Any]], x0: float, y0: float, x1: float, y1: float) -> None:
    """The four sides of a drawn box, as pdfplumber takes a rectangle's."""
    if x1 - x0 < MIN_RULE or y1 - y0 < MIN_RULE:
        return
    for y in (y0, y1):
        edges.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "orientation": "h"})
    for x in (x0, x1):
        edges.append({"x0": x, "x1": x, "top": y0, "bottom": y1, "height": y1 - y0, "orientation": "v"})


def _table(
    group: list[tuple[float, float, float, float]], textpage: Any, height: float, clean: Callable[[str], str]
) -> RawTable | None:
    """Cells grouped into rows by their top edge, left to right, each with its text."""
    rows: dict[float, list[tuple[float, float, float, float]]] = {}
    for cell in group:
        rows.setdefault(round(cell[1], 1), []).append(cell)
    if len(rows) < 2:
        return None
    out: list[tuple[RawCell, ...]] = []
    for key in sorted(rows):
        row: list[RawCell] = []
        for x0, y0, x1, y1 in sorted(rows[key]):
            got = textpage.get_text_bounded(left=x0, bottom=height - y1, right=x1, top=height - y0)
            pieces = tuple(clean(" ".join(p.split())) for p in got.splitlines() if p.strip())
            row.append(
                RawCell(
                    bbox=BBox(x0=round(x0, 2), top=round(y0, 2), x1=round(x1, 2), bottom=round(y1, 2)), pieces=pieces
                )
            )
        out.append(tuple(row))
    x0 = min(c[0] for c in group)
    y0 = min(c[1] for c in group)
    x1 = max(c[2] for c in group)
    y1 = max(c[3] for c in group)
    return RawTable(rows=tuple(out), bbox=BBox(x0=round(x0, 2), top=round(y0, 2), x1=round(x1, 2), bottom=round(y1, 2)))


def plumber_tables(page: Any, clean: Callable[[str], str]) -> tuple[RawTable, ...]:
    """The ruled tables of a pdfplumber page (the reference backend): its own finder, asked only
    when the page has two rulings each way."""
    edges = page.edges
    across = sum(e["orientation"] == "h" for e in edges)
    if across < 2 or len(edges) - across < 2:
        return ()
    out: list[RawTable] = []
    for found in page.find_tables():
        rows: list[tuple[RawCell, ...]] = []
        for row in found.rows:
            cells: list[RawCell] = []
            for box in row.cells:
                if box is None or not _sized(box):
                    cells.append(RawCell())  # covered by a merged cell: the columns keep their places
                    continue
                got = page.crop(box).extract_text() or ""
                pieces = tuple(clean(" ".join(p.split())) for p in got.splitlines() if p.strip())
                cells.append(RawCell(bbox=_box_of(box), pieces=pieces))
            if any(cell.bbox for cell in cells):
                rows.append(tuple(cells))
        if len(rows) >= 2:
            out.append(RawTable(rows=tuple(rows), bbox=_box_of(found.bbox)))
    return tuple(out)


def _box_of(box: tuple[float, float, float, float]) -> BBox:
    return BBox(x0=round(box[0], 2), top=round(box[1], 2), x1=round(box[2], 2), bottom=round(box[3], 2))
