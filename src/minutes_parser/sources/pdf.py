"""PDF sources: two backends behind one interface.

* ``pdfium`` (default) reads the text layer with `pypdfium2`: fast, with a box,
  size and weight for every line.
* ``pdfplumber`` is the reference: pdfminer's layout analysis, slower.

Both yield `RawPage`s page by page and close each page as they go, so memory
stays flat in the page count.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import frozen

from .. import patterns
from ..errors import CorruptFileError, EncryptedPDFError, MinutesParserError
from ..records import BBox
from ..settings import BACKENDS
from .model import LIGATURES, RawLine, RawPage
from .pdf_tables import find_tables, plumber_tables

__all__ = ["BACKENDS", "iter_pages"]

REOPEN_EVERY = 32  # pages read from one open pdfium document before it is reopened

PdfInput = str | Path | bytes


def iter_pages(data: PdfInput, *, backend: str = "pdfium", name: str | None = None) -> Iterator[RawPage]:
    if backend == "pdfium":
        return _pdfium_pages(data, name)
    if backend == "pdfplumber":
        return _plumber_pages(data, name)
    raise ValueError(f"unknown PDF backend {backend!r} (choose from {', '.join(BACKENDS)})")


# ------------------------------------------------------------------ pdfium


def _pdfium_open(data: PdfInput, name: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data if isinstance(data, bytes) else str(data))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        # pdfium's last error outlives the document it was about: after a password-protected
        # file, a damaged one reports a password too.  The file must say it is encrypted.
        if "password" in message.lower() and _declares_encryption(data):
            raise EncryptedPDFError("the PDF is password-protected", source=name) from exc
        raise CorruptFileError(f"not a readable PDF ({message})", source=name) from exc


def _declares_encryption(data: PdfInput) -> bool:
    """The file holds an /Encrypt entry (read in chunks, only when pdfium asked for a password)."""
    if isinstance(data, bytes):
        return b"/Encrypt" in data
    tail = b""
    with Path(data).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if b"/Encrypt" in tail + chunk:
                return True
            tail = chunk[-16:]
    return False


def _pdfium_pages(data: PdfInput, name: str | None) -> Iterator[RawPage]:
    import pypdfium2 as pdfium

    pdf = _pdfium_open(data, name)
    try:
        for index in range(len(pdf)):
            if index and index % REOPEN_EVERY == 0:
                # pdfium keeps what it parsed (fonts, shared objects) for the document's
                # lifetime: ~0.12 MB a page on real packs. Reopening drops it; memory stays flat.
                pdf.close()
                pdf = _pdfium_open(data, name)
            try:
                read = _pdfium_read(pdf, index)
            except pdfium.PdfiumError:  # a damaged page: the others are still worth reading
                read = RawPage(number=index + 1, lines=(), unreadable=True)
            yield read
    finally:
        pdf.close()


def _pdfium_read(pdf: Any, index: int) -> RawPage:
    """Page `index` (0-based) of an open document, read and closed."""
    page = pdf[index]
    try:
        return _pdfium_page(page, index + 1)
    finally:
        page.close()


def _pdfium_page(page: Any, number: int) -> RawPage:
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        handle = textpage.raw
        charbox = _CharBoxes(handle)
        weight_of, info_of, size_of = raw.FPDFText_GetFontWeight, raw.FPDFText_GetFontInfo, raw.FPDFText_GetFontSize
        bold_font = patterns.get("pdf_bold_font")
        fonts: dict[int, bool] = {}
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        flags_ref = ctypes.byref(flags)
        glued = patterns.get("pdf_glued_pair")
        lines: list[RawLine] = []
        edges: list[_Edge] = []  # each line's first and last characters: box and size
        pos = 0
        for m in [*patterns.get("line_break").finditer(text), None]:
            end = m.start() if m is not None else len(text)
            line = text[pos:end]
            stripped = line.strip()
            if stripped:
                first = pos + (len(line) - len(line.lstrip()))
                last = pos + len(line.rstrip()) - 1
                # (left, bottom, right, top) of the first, middle and last characters, each asked once
                boxes = [charbox(i) for i in (first, (first + last) // 2, last)]
                left = boxes[0][0]
                right = boxes[2][2]
                tops = [b[3] for b in boxes]
                bottoms = [b[1] for b in boxes]
                box = BBox(
                    x0=round(left, 2),
                    top=round(height - max(tops), 2),
                    x1=round(max(right, left), 2),
                    bottom=round(height - min(bottoms), 2),
                )
                # a majority of up to nine inked characters sampled along the line; pdfium is asked
                # only until the vote is decided
                samples = [i for i in range(first, last + 1, max(1, (last - first) // 8 or 1)) if not text[i].isspace()]
                sampled = len(samples)
                bold_votes = 0
                for asked, i in enumerate(samples):
                    if bold_votes * 2 > sampled or (bold_votes + sampled - asked) * 2 <= sampled:
                        break
                    if weight_of(handle, i) >= 600:
                        bold_votes += 1
                        continue
                    info_of(handle, i, buf, 256, flags_ref)
                    key = hash(buf.value)
                    if key not in fonts:
                        fonts[key] = bool(bold_font.search(buf.value.decode("latin-1")))
                    bold_votes += fonts[key]
                size = size_of(handle, first)
                # only where a number or bracket touches a letter may a blank be missing ("1.1On")
                spaced = _spaced(textpage, line, pos) if glued.search(line) else line
                read = RawLine(
                    text=_clean_chars(" ".join(spaced.split())),
                    bbox=box,
                    bold=sampled > 0 and bold_votes * 2 > sampled,
                    size=round(size, 1) if size else None,
                    indent=round(left, 1),
                )
                edge = _Edge(boxes[0], size, boxes[2], size_of(handle, last))
                if lines and _superscript_break(edges[-1], edge):
                    lines[-1] = _joined(lines[-1], read, edges[-1], edge)
                    edges[-1] = _Edge(edges[-1].first, edges[-1].first_size, edge.last, edge.last_size)
                else:
                    lines.append(read)
                    edges.append(edge)
            if m is not None:
                pos = m.end()
        return RawPage(
            number=number,
            lines=tuple(lines),
            width=width,
            height=height,
            unmapped=_unmapped_chars(handle, text),
            tables=find_tables(page, textpage, height, _clean_cell) if lines else (),
        )
    finally:
        textpage.close()


Box = tuple[float, float, float, float]  # pdfium's (left, bottom, right, top), y upwards


@frozen
class _Edge:
    first: Box
    first_size: float
    last: Box
    last_size: float


SUPERSCRIPT_RATIO = 0.8  # a character this much smaller than its neighbour, raised, is a superscript


def _superscript_break(before: _Edge, after: _Edge) -> bool:
    """pdfium broke one printed line where a superscript starts or ends ("1" / "st: MR. X 2" / "nd:").

    The two pieces touch on one baseline band: the second starts where the first
    ends (within half a character), and where they meet one side is smaller and
    raised.  Near miss: a table's next cell on the same row starts well to the
    right, in the same size, and stays a line of its own.
    """
    end, start = before.last, after.first
    size = max(before.last_size, after.first_size, 1.0)
    if not -0.1 * size <= start[0] - end[2] <= 0.5 * size:
        return False
    if min(end[3], start[3]) - max(end[1], start[1]) <= 0:  # no vertical overlap
        return False
    if after.first_size < SUPERSCRIPT_RATIO * before.last_size:
        return start[1] > end[1]  # the small one is raised
    if before.last_size < SUPERSCRIPT_RATIO * after.first_size:
        return end[1] > start[1]
    return False


def _joined(before: RawLine, after: RawLine, left: _Edge, right: _Edge) -> RawLine:
    gap = right.first[0] - left.last[2]
    blank = " " if gap > 0.15 * max(left.last_size, right.first_size, 1.0) else ""
    a, b = before.bbox, after.bbox
    box = (
        BBox(x0=min(a.x0, b.x0), top=min(a.top, b.top), x1=max(a.x1, b.x1), bottom=max(a.bottom, b.bottom))
        if a is not None and b is not None
        else a or b
    )
    return RawLine(
        text=before.text + blank + after.text, bbox=box, bold=before.bold, size=before.size, indent=before.indent
    )


class _CharBoxes:
    """`textpage.get_charbox(i)` (the tight box: left, bottom, right, top), asked of pdfium directly
    with four doubles made once per page instead of once per call."""

    def __init__(self, handle: Any) -> None:
        import pypdfium2.raw as raw

        self.handle, self.get = handle, raw.FPDFText_GetCharBox
        self.values = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.values]

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        import pypdfium2 as pdfium

        left, right, bottom, top = self.values
        if not self.get(self.handle, index, *self.refs):  # pdfium's order: left, right, bottom, top
            raise pdfium.PdfiumError("Failed to get charbox.")
        return left.value, bottom.value, right.value, top.value


UNMAPPED_SAMPLE = 64  # characters of a page asked whether their font maps them to Unicode


def _unmapped_chars(handle: Any, text: str) -> bool:
    """Most of a sample of the page's characters come from fonts with no map to Unicode."""
    import pypdfium2.raw as raw

    inked = [i for i in range(0, len(text), max(1, len(text) // UNMAPPED_SAMPLE)) if not text[i].isspace()]
    errors: int = sum(raw.FPDFText_HasUnicodeMapError(handle, i) == 1 for i in inked)
    return bool(errors * 2 > len(inked) > 0)


def _spaced(textpage: Any, line: str, pos: int) -> str:
    """Put back the blank pdfium leaves out where a label meets its words ("1.1On").

    Only where a number or closing bracket touches a letter is the gap between
    the two characters' boxes measured: a gap that opens both between the inked
    boxes and between the advance boxes is a blank.
    """
    import pypdfium2.raw as raw

    out: list[str] = []
    last = 0
    for m in patterns.get("pdf_glued_label").finditer(line):
        i = m.start()
        if i == 0:
            continue
        left, right = textpage.get_charbox(pos + i - 1), textpage.get_charbox(pos + i)
        loose_left = textpage.get_charbox(pos + i - 1, loose=True)
        loose_right = textpage.get_charbox(pos + i, loose=True)
        size = max(
            raw.FPDFText_GetFontSize(textpage.raw, pos + i - 1),
            raw.FPDFText_GetFontSize(textpage.raw, pos + i),
            1.0,
        )
        # Both the ink gap and the gap between advance boxes must open: a
        # superscript ("21st") has an ink gap but touching advances.
        if right[0] - left[2] > 0.15 * size and loose_right[0] - loose_left[2] > 0.05 * size:
            out.append(line[last:i])
            out.append(" ")
            last = i
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


def _clean_chars(text: str) -> str:
    # pdfium marks a hyphen it joined across a line end as U+FFFE; NUL and other
    # controls come from broken font maps.
    return text.replace("\ufffe", "-").replace("\u00ad", "-").replace("\x00", "").replace("\x02", "-")


def _clean_cell(text: str) -> str:
    return _clean_chars(text).translate(LIGATURES)


# -------------------------------------------------------------- pdfplumber


def _plumber_pages(data: PdfInput, name: str | None) -> Iterator[RawPage]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    source: Any = io.BytesIO(data) if isinstance(data, bytes) else str(data)
    try:
        pdf = pdfplumber.open(source)
    except MinutesParserError:
        raise
    except Exception as exc:  # pdfminer raises its own, and builtins, on damaged files
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(exc).lower():
            raise EncryptedPDFError("the PDF is password-protected", source=name) from exc
        raise CorruptFileError(f"not a readable PDF ({type(exc).__name__}: {exc})"[:400], source=name) from exc
    try:
        _check_page_tree(pdf.doc, name)
        pages = pdf.pages
    except BaseException as exc:
        pdf.stream.close()  # not pdf.close(): it makes every page again, and would loop as well
        if isinstance(exc, MinutesParserError) or not isinstance(exc, Exception):
            raise
        raise CorruptFileError(
            f"the PDF's page tree cannot be read ({type(exc).__name__}: {exc})"[:400], source=name
        ) from exc
    with pdf:
        for index, page in enumerate(pages):
            try:
                read = _plumber_page(page, index + 1)
            except MinutesParserError:  # the deadline, above all: never taken for a damaged page
                raise
            except Exception:  # a damaged page (pdfminer's errors, and builtins from bad values): read the others
                read = RawPage(number=index + 1, lines=(), unreadable=True)
            finally:
                page.close()
            yield read


MAX_REFERENCE_CHAIN = 32  # an object that is a reference to a reference ... this deep is a loop


def _check_page_tree(doc: Any, name: str | None) -> None:
    """Refuse a page tree whose page attributes are references that loop (6 0 R -> 7 0 R -> 6 0 R).

    pdfminer follows such a chain for ever when it makes the pages; pdfium does not read them
    that way.  Only the page tree's own objects are looked at, each once.
    """
    from pdfminer.pdftypes import PDFObjRef

    def follow(value: Any, what: str) -> Any:
        for _ in range(MAX_REFERENCE_CHAIN):
            if not isinstance(value, PDFObjRef):
                return value
            value = value.resolve()
        raise CorruptFileError(f"the PDF's {what} is a loop of references: refused", source=name)

    seen: set[int] = set()
    stack: list[Any] = [doc.catalog.get("Pages")]
    while stack:
        value = stack.pop()
        if isinstance(value, PDFObjRef):
            if value.objid in seen:
                continue
            seen.add(value.objid)
        node = follow(value, "page tree")
        if not isinstance(node, dict):
            continue
        for key in ("Resources", "MediaBox", "CropBox", "Rotate", "Contents", "Parent", "Count"):
            if key in node:
                follow(node[key], f"/{key} of a page")
        kids = follow(node.get("Kids"), "/Kids of the page tree")
        if isinstance(kids, list):
            stack.extend(kids)


def _plumber_page(page: Any, number: int) -> RawPage:
    """Lines from pdfplumber's characters, in content-stream order.

    Reading order follows the stream, as pdfium's does, so two-column blocks
    come out the same way from both backends: a new line starts where the
    next character no longer overlaps the row or the pen goes back.  A gap
    wider than a fifth of an em is a blank; runs of blanks fold to one, as
    pdfium writes them.
    """
    lines: list[RawLine] = []
    row: list[dict[str, Any]] = []

    def flush() -> None:
        chars = [c for c in row if not c["text"].isspace()]
        if chars:
            parts: list[str] = []
            prev: dict[str, Any] | None = None
            for c in row:
                if (
                    prev is not None
                    and not c["text"].isspace()
                    and not prev["text"].isspace()
                    and c["x0"] - prev["x1"] > 0.2 * max(c["size"], prev["size"], 1.0)
                ):
                    parts.append(" ")
                parts.append(c["text"])
                prev = c
            bold_font = patterns.get("pdf_bold_font")
            bold = sum(bool(bold_font.search(c.get("fontname", ""))) for c in chars) * 2 > len(chars)
            x0 = min(c["x0"] for c in chars)
            lines.append(
                RawLine(
                    text=_clean_chars(" ".join("".join(parts).split())),
                    bbox=BBox(
                        x0=round(x0, 2),
                        top=round(min(c["top"] for c in chars), 2),
                        x1=round(max(c["x1"] for c in chars), 2),
                        bottom=round(max(c["bottom"] for c in chars), 2),
                    ),
                    bold=bold,
                    size=round(chars[0].get("size", 0.0), 1) or None,
                    indent=round(x0, 1),
                )
            )
        row.clear()

    for c in page.chars:
        if row:
            prev = row[-1]
            size = max(float(prev["size"]), 1.0)
            overlap = min(c["bottom"], prev["bottom"]) - max(c["top"], prev["top"])
            same_row = overlap > 0.3 * min(size, max(float(c["size"]), 1.0))
            if not same_row or c["x0"] - prev["x1"] < -size:
                flush()
        row.append(c)
    flush()
    return RawPage(
        number=number,
        lines=tuple(lines),
        width=float(page.width),
        height=float(page.height),
        tables=plumber_tables(page, _clean_cell) if lines else (),
    )
