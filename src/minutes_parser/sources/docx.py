"""Word .docx source, read with the standard library only (zipfile + ElementTree).

The body of ``word/document.xml`` is read in order.  Each paragraph is one
line (a ``w:br`` or ``w:cr`` inside it starts another), laid out as the HTML
reader lays out its blocks: a table gives one line per paragraph of each cell,
row by row.  Automatic list numbers, which Word draws but does not store in the
text, are computed from ``word/numbering.xml`` and put in front of the line
("1.", "(a)", "ii."; bullets read "•"), since list labels carry the structure.
This module reads the container and the body; what the styles and list
definitions say, and the list labels, are in `minutes_parser.sources.docx_styles`.

A line is bold when most of its characters are (run, character style or
paragraph style) or its paragraph style is a heading; `indent` is where the
line's first character sits, in points, as for PDFs.  A page begins with the
first line Word last laid out on it (``w:lastRenderedPageBreak``) or after an
explicit page break: a paragraph is never split across two pages.  Headers,
footers, footnotes, comments, text boxes, field codes, hidden and deleted text
are left out; inserted text is kept.

A list number whose label would be longer than `Limits.max_label_chars` (a
list lettered from 10^10 would draw 384 million letters) is written in digits,
with warning W013; levels outside Word's nine get no label.  Whatever else a
damaged part makes the reader stumble on becomes a `CorruptFileError` (in
`sources.read`).
"""

from __future__ import annotations

import bisect
import io
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree import ElementTree as ET

import attrs
from attrs import define, field

from ..errors import CorruptFileError, EmptyDocumentError, UnsupportedFormatError
from ..settings import Limits
from .docx_styles import Indent, Numbering, Style, Styles, clamped_int, on, run_props
from .model import Doubt, RawLine, RawPage
from .tables import RawCell, RawTable

__all__ = ["DOCUMENT_PART", "MAX_PART_BYTES", "docx_pages", "is_docx", "read_docx"]

DOCUMENT_PART = "word/document.xml"
NUMBERING_PART = "word/numbering.xml"
STYLES_PART = "word/styles.xml"
MAX_PART_BYTES = 50 * 1024 * 1024  # a larger XML part is refused (a ZIP bomb, not minutes)
NOT_WORD = "unsupported format: a ZIP container (Word .docx, Excel .xlsx or similar)"

_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO strict
)
_LOCAL_HEADER = b"PK\x03\x04"


def is_docx(data: bytes) -> bool:
    """These bytes are a ZIP holding ``word/document.xml``.

    When the ZIP's directory cannot be read (a truncated file, or only the
    first bytes of it), the local file headers are looked through instead.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return DOCUMENT_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        pass
    name = DOCUMENT_PART.encode()
    at = data.find(_LOCAL_HEADER)
    while at >= 0:
        length = int.from_bytes(data[at + 26 : at + 28], "little")
        if length == len(name) and data[at + 30 : at + 30 + length] == name:
            return True
        at = data.find(_LOCAL_HEADER, at + 4)
    return False


def docx_pages(data: bytes, *, name: str | None = None) -> list[RawPage]:
    """The pages of lines of a Word document, or a typed error naming the file."""
    return read_docx(data, name=name)[0]


def read_docx(
    data: bytes, *, name: str | None = None, limits: Limits | None = None
) -> tuple[list[RawPage], list[Doubt]]:
    """The pages of lines of a Word document and the reader's doubts, or a typed error naming the file."""
    limits = limits or Limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if DOCUMENT_PART not in names:
                raise UnsupportedFormatError(NOT_WORD, source=name)
            document = _xml(archive, DOCUMENT_PART, name)
            numbering = _xml(archive, NUMBERING_PART, name) if NUMBERING_PART in names else None
            styles = _xml(archive, STYLES_PART, name) if STYLES_PART in names else None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        if isinstance(exc, UnsupportedFormatError | CorruptFileError):
            raise
        raise CorruptFileError(f"not a readable Word document ({exc})", source=name) from exc
    ns = document.tag[1 : document.tag.index("}")] if document.tag.startswith("{") else _NAMESPACES[0]
    reader = _Reader(ns=ns, styles=Styles.read(styles, ns), numbering=Numbering.read(numbering, ns))
    reader.numbering.max_label = limits.max_label_chars
    body = document.find(reader.q("body"))
    if body is not None:
        reader.blocks(body)
    pages = reader.finish()
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise EmptyDocumentError("the Word document holds no text", source=name)
    doubts = []
    if reader.numbering.too_long:
        doubts.append(
            Doubt(
                code="W013",
                message=(
                    f"{reader.numbering.too_long} list label(s) would be longer than max_label_chars="
                    f"{limits.max_label_chars}: their numbers are written in digits"
                ),
            )
        )
    return pages, doubts


def _xml(archive: zipfile.ZipFile, part: str, name: str | None) -> ET.Element:
    """One XML part, refused when it would unpack to more than `MAX_PART_BYTES`."""
    info = archive.getinfo(part)
    too_big = f"{part} unpacks to more than {MAX_PART_BYTES // (1024 * 1024)} MB (a ZIP bomb?): refused"
    if info.file_size > MAX_PART_BYTES:
        raise CorruptFileError(too_big, source=name)
    with archive.open(info) as handle:
        raw = handle.read(MAX_PART_BYTES + 1)  # never trust the declared size alone
    if len(raw) > MAX_PART_BYTES:
        raise CorruptFileError(too_big, source=name)
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise CorruptFileError(f"{part} declares a DTD, which Word never writes: refused", source=name)
    try:
        return ET.fromstring(raw)  # no DTD (checked above), so no entity expansion
    except ET.ParseError as exc:
        raise CorruptFileError(f"{part} is not well-formed XML ({exc})", source=name) from exc


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# ---------------------------------------------------------------- body


@define
class _Piece:
    """The text of one line of a paragraph so far."""

    page_before: bool = False
    parts: list[str] = field(factory=list)
    chars: int = 0
    bold_chars: int = 0
    sizes: dict[float, int] = field(factory=dict)

    def add(self, text: str, bold: bool, size: float | None) -> None:
        self.parts.append(text)
        n = len(text.strip())
        self.chars += n
        if bold:
            self.bold_chars += n
        if size is not None and n:
            self.sizes[size] = self.sizes.get(size, 0) + n

    @property
    def text(self) -> str:
        return "".join(self.parts)


@define
class _Para:
    """A paragraph being read: its lines, and whether Word broke the page inside it."""

    pieces: list[_Piece] = field(factory=lambda: [_Piece()])
    break_after: bool = False

    @property
    def started(self) -> bool:
        return any(piece.chars for piece in self.pieces)


@define
class _Reader:
    ns: str
    styles: Styles
    numbering: Numbering
    pages: list[RawPage] = field(factory=list)
    lines: list[RawLine] = field(factory=list)
    new_page: bool = False
    emitted: int = 0
    row_start: int | None = None  # lines emitted when the outermost table row began
    row_break: bool = False
    grids: list[list[list[tuple[int, int]]]] = field(factory=list)  # outermost tables: rows of cells' lines

    def q(self, tag: str) -> str:
        return f"{{{self.ns}}}{tag}"

    def finish(self) -> list[RawPage]:
        if self.lines or not self.pages:
            self.pages.append(RawPage(number=len(self.pages) + 1, lines=tuple(self.lines)))
            self.lines = []
        if self.grids:
            self.pages = _with_tables(self.pages, self.grids)
        return self.pages

    def _break_page(self) -> None:
        """The next line starts a new page (a page never starts empty).

        Cells are read one after the other, but they stand side by side: a row
        that runs over a page end holds a break in each cell.  It counts once,
        before the row when no cell had said anything yet, else after the row.
        """
        if not self.lines:
            return
        if self.row_start is not None and self.emitted > self.row_start:
            self.row_break = True
        else:
            self.new_page = True

    def _emit(self, line: RawLine) -> None:
        if self.new_page:
            self.pages.append(RawPage(number=len(self.pages) + 1, lines=tuple(self.lines)))
            self.lines = []
            self.new_page = False
        self.lines.append(line)
        self.emitted += 1

    def blocks(self, parent: ET.Element) -> None:
        """Paragraphs and tables in reading order."""
        for child in parent:
            tag = _local(child.tag)
            if tag == "p":
                self.paragraph(child)
            elif tag == "tbl":
                self.table(child)
            elif tag in _BLOCK_WRAPPERS:
                self.blocks(child)

    def table(self, table: ET.Element) -> None:
        """As the HTML reader does: one line per paragraph of each cell, row after row; an
        outermost table's cells are noted by the lines they emitted."""
        grid: list[list[tuple[int, int]]] | None = None if self.row_start is not None else []
        for row in self._children(table, "tr"):
            outermost = self.row_start is None
            if outermost:
                self.row_start, self.row_break = self.emitted, False
            cells: list[tuple[int, int]] = []
            for cell in self._children(row, "tc"):
                first = self.emitted
                self.blocks(cell)
                cells.append((first, self.emitted))
            if grid is not None:
                grid.append(cells)
            if outermost:
                self.row_start = None
                if self.row_break:
                    self._break_page()
        if grid:
            self.grids.append(grid)

    def _children(self, parent: ET.Element, tag: str) -> Iterator[ET.Element]:
        for child in parent:
            local = _local(child.tag)
            if local == tag:
                yield child
            elif local in _BLOCK_WRAPPERS:
                yield from self._children(child, tag)

    def paragraph(self, element: ET.Element) -> None:
        ppr = element.find(self.q("pPr"))
        style_el = ppr.find(self.q("pStyle")) if ppr is not None else None
        style_id = style_el.get(self.q("val")) if style_el is not None else None
        style = self.styles.get(style_id)
        pbb = ppr.find(self.q("pageBreakBefore")) if ppr is not None else None
        if (on(pbb, self.ns) if pbb is not None else style.page_break_before) and self.row_start is None:
            self._break_page()  # (Word ignores it inside a table)
        num_id, level = style.num_id, style.level
        numpr = ppr.find(self.q("numPr")) if ppr is not None else None
        if numpr is not None:
            nid = numpr.find(self.q("numId"))
            lvl = numpr.find(self.q("ilvl"))
            if nid is not None:
                num_id = nid.get(self.q("val"))
            if lvl is not None:
                level = clamped_int(lvl.get(self.q("val")))
        label, sep = "", ""
        indent = style.indent
        if num_id is not None and num_id != "0":
            if level is None:
                level = self.numbering.level_for_style(num_id, style_id, self.styles)
            indent = self.numbering.indent(num_id, level, self.styles).over(indent)
            label, sep = self.numbering.label(num_id, level, self.styles)
        indent = Indent.read(ppr, self.ns).over(indent)
        para = _Para()
        self._inline(element, style, para)
        first = True
        for piece in para.pieces:
            if piece.page_before:
                self._break_page()
            text = piece.text.replace("\n", " ").strip()
            if not text:
                continue  # Word numbers an empty paragraph too, but it says nothing
            if first and label:
                text = f"{label}{sep}{text}"
            bold = style.heading or piece.bold_chars * 2 > piece.chars
            size = max(piece.sizes, key=lambda s: piece.sizes[s]) if piece.sizes else style.size
            where = indent.points() if first else (indent.left or 0) / 20.0
            self._emit(RawLine(text=text, bold=bold, size=size, indent=where))
            first = False
        if para.break_after:
            self._break_page()

    def _inline(self, parent: ET.Element, style: Style, para: _Para) -> None:
        for child in parent:
            tag = _local(child.tag)
            if tag == "r":
                self._run(child, style, para)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, style, para)

    def _run(self, run: ET.Element, style: Style, para: _Para) -> None:
        rpr = run.find(self.q("rPr"))
        bold, size, hidden = run_props(rpr, self.ns)
        if hidden:
            return
        rstyle_el = rpr.find(self.q("rStyle")) if rpr is not None else None
        if rstyle_el is not None:
            rstyle = self.styles.by_id.get(rstyle_el.get(self.q("val")) or "")
            if rstyle is not None:
                bold = rstyle.bold if bold is None else bold
                size = rstyle.size if size is None else size
        bold = bool(style.bold) if bold is None else bold
        size = style.size if size is None else size
        for child in run:
            tag = _local(child.tag)
            piece = para.pieces[-1]
            if tag == "t":
                piece.add(child.text or "", bold, size)
            elif tag in {"tab", "ptab"}:
                piece.add("\t", bold, size)
            elif tag == "noBreakHyphen":
                piece.add("-", bold, size)
            elif tag == "cr" or (tag == "br" and child.get(self.q("type")) in {None, "textWrapping"}):
                para.pieces.append(_Piece())
            elif tag == "br" and child.get(self.q("type")) == "page":
                para.pieces.append(_Piece(page_before=True))
            elif tag == "br":
                piece.add(" ", bold, size)  # a column break
            elif tag == "lastRenderedPageBreak":
                # Where Word last broke the page: a paragraph stays whole on the page it began on.
                if para.started:
                    para.break_after = True
                else:
                    piece.page_before = True


# Elements whose children are read as if they stood in their place.
_BLOCK_WRAPPERS = frozenset({"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"})
_INLINE_WRAPPERS = frozenset(
    {
        "ins",
        "moveTo",
        "hyperlink",
        "smartTag",
        "customXml",
        "fldSimple",
        "sdt",
        "sdtContent",
        "bdo",
        "dir",
    }
)


def _with_tables(pages: list[RawPage], grids: list[list[list[tuple[int, int]]]]) -> list[RawPage]:
    """The pages with their tables: a cell's lines, counted over the document as they were
    emitted, become lines of the page its row starts on (a table broken by a page is two)."""
    firsts: list[int] = []
    total = 0
    for page in pages:
        firsts.append(total)
        total += len(page.lines)
    found: dict[int, list[RawTable]] = {}
    for grid in grids:
        by_page: dict[int, list[tuple[RawCell, ...]]] = {}
        for row in grid:
            starts = [a for a, b in row if b > a]
            if not starts:
                continue
            k = bisect.bisect_right(firsts, starts[0]) - 1
            lo, hi = firsts[k], firsts[k] + len(pages[k].lines)
            by_page.setdefault(k, []).append(
                tuple(RawCell(lines=tuple(i - lo for i in range(a, b) if lo <= i < hi)) for a, b in row)
            )
        for k, rows in by_page.items():
            found.setdefault(k, []).append(RawTable(rows=tuple(rows)))
    return [attrs.evolve(page, tables=tuple(found[k])) if k in found else page for k, page in enumerate(pages)]
