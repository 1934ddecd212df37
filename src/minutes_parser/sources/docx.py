"""Word .docx source, read with the standard library only (zipfile + ElementTree).

The body of ``word/document.xml`` is read in order.  Each paragraph is one
line (a ``w:br`` or ``w:cr`` inside it starts another), laid out as the HTML
reader lays out its blocks: a table gives one line per paragraph of each cell,
row by row.  Automatic list numbers, which Word draws but does not store in the
text, are computed from ``word/numbering.xml`` and put in front of the line
("1.", "(a)", "ii."; bullets read "•"), since list labels carry the structure.

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

import io
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from attrs import define, field, frozen

from ..errors import CorruptFileError, EmptyDocumentError, UnsupportedFormatError
from ..settings import Limits
from .model import Doubt, RawLine, RawPage
from .numerals import roman as roman_numeral

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
_TRUE = frozenset({"1", "true", "on"})
_BULLET = "\u2022"


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
    reader = _Reader(ns=ns, styles=_Styles.read(styles, ns), numbering=_Numbering.read(numbering, ns))
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


def _on(element: ET.Element | None, ns: str) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``): on, off, or not set."""
    if element is None:
        return None
    value = element.get(f"{{{ns}}}val")
    return value is None or value.lower() in _TRUE


MAX_NUMBER = 10**15  # numbers in OOXML attributes are clamped to this (a float's 1e308 is no list start)


def _int(value: str | None, default: int = 0) -> int:
    try:
        number = int(float(value)) if value is not None else default
    except (ValueError, OverflowError):  # "abc", "nan", "inf", "1e999"
        return default
    return max(-MAX_NUMBER, min(MAX_NUMBER, number))


# ---------------------------------------------------------------- styles


@frozen(kw_only=True)
class _Indent:
    left: int | None = None  # twentieths of a point
    first: int | None = None  # first line offset: positive first line, negative hanging

    @classmethod
    def read(cls, ppr: ET.Element | None, ns: str) -> _Indent:
        ind = ppr.find(f"{{{ns}}}ind") if ppr is not None else None
        if ind is None:
            return cls()
        left = ind.get(f"{{{ns}}}left", ind.get(f"{{{ns}}}start"))
        first: int | None = None
        if ind.get(f"{{{ns}}}hanging") is not None:
            first = -_int(ind.get(f"{{{ns}}}hanging"))
        elif ind.get(f"{{{ns}}}firstLine") is not None:
            first = _int(ind.get(f"{{{ns}}}firstLine"))
        return cls(left=_int(left) if left is not None else None, first=first)

    def over(self, base: _Indent) -> _Indent:
        return _Indent(
            left=self.left if self.left is not None else base.left,
            first=self.first if self.first is not None else base.first,
        )

    def points(self) -> float:
        return max(0.0, ((self.left or 0) + (self.first or 0)) / 20.0)


@frozen(kw_only=True)
class _Style:
    bold: bool | None = None
    size: float | None = None
    heading: bool = False
    num_id: str | None = None
    level: int | None = None
    indent: _Indent = _Indent()
    page_break_before: bool = False


def _run_props(rpr: ET.Element | None, ns: str) -> tuple[bool | None, float | None, bool]:
    """(bold, size in points, hidden) set by a ``w:rPr``."""
    if rpr is None:
        return None, None, False
    sz = rpr.find(f"{{{ns}}}sz")
    size = _int(sz.get(f"{{{ns}}}val")) / 2.0 if sz is not None and sz.get(f"{{{ns}}}val") else None
    return _on(rpr.find(f"{{{ns}}}b"), ns), size, bool(_on(rpr.find(f"{{{ns}}}vanish"), ns))


@define
class _Styles:
    by_id: dict[str, _Style] = field(factory=dict)
    default_paragraph: str | None = None
    default: _Style = _Style()

    @classmethod
    def read(cls, root: ET.Element | None, ns: str) -> _Styles:
        out = cls()
        if root is None:
            return out
        raw: dict[str, ET.Element] = {}
        for style in root.iter(f"{{{ns}}}style"):
            sid = style.get(f"{{{ns}}}styleId")
            if sid is None:
                continue
            raw[sid] = style
            if style.get(f"{{{ns}}}type") == "paragraph" and (style.get(f"{{{ns}}}default") or "").lower() in _TRUE:
                out.default_paragraph = sid
        defaults = root.find(f"{{{ns}}}docDefaults")
        if defaults is not None:
            bold, size, _ = _run_props(defaults.find(f"{{{ns}}}rPrDefault/{{{ns}}}rPr"), ns)
            out.default = _Style(bold=bold, size=size)

        def resolve(sid: str, seen: frozenset[str]) -> _Style:
            if sid in out.by_id:
                return out.by_id[sid]
            element = raw[sid]
            based = element.find(f"{{{ns}}}basedOn")
            base_id = based.get(f"{{{ns}}}val") if based is not None else None
            base = resolve(base_id, seen | {sid}) if base_id in raw and base_id not in seen else out.default
            bold, size, _ = _run_props(element.find(f"{{{ns}}}rPr"), ns)
            ppr = element.find(f"{{{ns}}}pPr")
            num_id, level = base.num_id, base.level
            numpr = ppr.find(f"{{{ns}}}numPr") if ppr is not None else None
            if numpr is not None:
                nid = numpr.find(f"{{{ns}}}numId")
                lvl = numpr.find(f"{{{ns}}}ilvl")
                num_id = nid.get(f"{{{ns}}}val") if nid is not None else num_id
                level = _int(lvl.get(f"{{{ns}}}val")) if lvl is not None else None
            name_el = element.find(f"{{{ns}}}name")
            style_name = (name_el.get(f"{{{ns}}}val") or "") if name_el is not None else ""
            outline = ppr.find(f"{{{ns}}}outlineLvl") if ppr is not None else None
            pbb = ppr.find(f"{{{ns}}}pageBreakBefore") if ppr is not None else None
            resolved = _Style(
                bold=bold if bold is not None else base.bold,
                size=size if size is not None else base.size,
                heading=base.heading
                or style_name.lower().startswith(("heading", "title"))
                or "bold" in style_name.lower()
                or (outline is not None and _int(outline.get(f"{{{ns}}}val"), 9) < 9),
                num_id=num_id,
                level=level,
                indent=_Indent.read(ppr, ns).over(base.indent),
                page_break_before=bool(_on(pbb, ns)) if pbb is not None else base.page_break_before,
            )
            out.by_id[sid] = resolved
            return resolved

        for sid in raw:
            resolve(sid, frozenset())
        return out

    def get(self, sid: str | None) -> _Style:
        if sid is None:
            sid = self.default_paragraph
        return self.by_id.get(sid, self.default) if sid is not None else self.default


# ------------------------------------------------------------- numbering


@frozen(kw_only=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None
    indent: _Indent = _Indent()


def _level(lvl: ET.Element, ns: str) -> _Level:
    def val(tag: str) -> str | None:
        element = lvl.find(f"{{{ns}}}{tag}")
        return element.get(f"{{{ns}}}val") if element is not None else None

    legal = lvl.find(f"{{{ns}}}isLgl")
    return _Level(
        start=_int(val("start"), 1),
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "",
        legal=bool(_on(legal, ns)) if legal is not None else False,
        suffix=val("suff") or "tab",
        style=val("pStyle"),
        indent=_Indent.read(lvl.find(f"{{{ns}}}pPr"), ns),
    )


@define
class _Numbering:
    """The list definitions and the counters of the lists met so far.

    Lists (``w:num``) built on one abstract definition count on together, as
    Word shows them, unless a list restarts a level (``w:startOverride``): it
    does so the first time it is used at that level.
    """

    abstract: dict[str, dict[int, _Level]] = field(factory=dict)
    nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = field(factory=dict)
    links: dict[str, str] = field(factory=dict)  # abstract list -> the list style it takes its levels from
    counters: dict[str, list[int | None]] = field(factory=dict)
    restarted: set[tuple[str, int]] = field(factory=set)
    max_label: int = Limits().max_label_chars
    too_long: int = 0  # labels written in digits because the printed form would be too long

    @classmethod
    def read(cls, root: ET.Element | None, ns: str) -> _Numbering:
        out = cls()
        if root is None:
            return out
        links: dict[str, str] = {}
        for abstract in root.iter(f"{{{ns}}}abstractNum"):
            aid = abstract.get(f"{{{ns}}}abstractNumId") or ""
            out.abstract[aid] = {
                _int(lvl.get(f"{{{ns}}}ilvl")): _level(lvl, ns) for lvl in abstract.findall(f"{{{ns}}}lvl")
            }
            link = abstract.find(f"{{{ns}}}numStyleLink")
            if link is not None and link.get(f"{{{ns}}}val"):
                links[aid] = link.get(f"{{{ns}}}val") or ""
        for num in root.iter(f"{{{ns}}}num"):
            nid = num.get(f"{{{ns}}}numId") or ""
            ref = num.find(f"{{{ns}}}abstractNumId")
            aid = (ref.get(f"{{{ns}}}val") or "") if ref is not None else ""
            starts: dict[int, int] = {}
            levels: dict[int, _Level] = {}
            for override in num.findall(f"{{{ns}}}lvlOverride"):
                ilvl = _int(override.get(f"{{{ns}}}ilvl"))
                start = override.find(f"{{{ns}}}startOverride")
                if start is not None:
                    starts[ilvl] = _int(start.get(f"{{{ns}}}val"), 1)
                lvl = override.find(f"{{{ns}}}lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl, ns)
            out.nums[nid] = (aid, starts, levels)
        out.links = links
        return out

    def _abstract_id(self, num_id: str, styles: _Styles, depth: int = 0) -> str | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid = entry[0]
        link = self.links.get(aid)
        if link is not None and depth < 3:  # a list style: its own list holds the levels
            linked = styles.get(link).num_id
            if linked is not None and linked != num_id:
                return self._abstract_id(linked, styles, depth + 1)
        return aid

    def levels(self, num_id: str, styles: _Styles) -> dict[int, _Level]:
        aid = self._abstract_id(num_id, styles)
        if aid is None:
            return {}
        levels = dict(self.abstract.get(aid, {}))
        levels.update(self.nums[num_id][2])
        return levels

    def level_for_style(self, num_id: str, style_id: str | None, styles: _Styles) -> int:
        for ilvl, lvl in self.levels(num_id, styles).items():
            if style_id is not None and lvl.style == style_id:
                return ilvl
        return 0

    def indent(self, num_id: str, level: int, styles: _Styles) -> _Indent:
        lvl = self.levels(num_id, styles).get(level)
        return lvl.indent if lvl is not None else _Indent()

    def label(self, num_id: str, level: int, styles: _Styles) -> tuple[str, str]:
        """Advance the list's counter at `level`; the label Word shows and what follows it."""
        levels = self.levels(num_id, styles)
        aid = self._abstract_id(num_id, styles)
        if aid is None or level not in levels or not 0 <= level < _LEVELS:
            return "", ""
        counters = self.counters.setdefault(aid, [None] * _LEVELS)
        starts = self.nums[num_id][1]
        if level in starts and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            counters[level] = starts[level]
        else:
            current = counters[level]
            counters[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = None
        lvl = levels[level]
        sep = {"tab": " ", "space": " "}.get(lvl.suffix, "")
        if lvl.fmt == "bullet":
            return _BULLET, " "
        if lvl.fmt == "none" and "%" not in lvl.text:
            return lvl.text.strip(), sep
        text = lvl.text
        for k in range(9, 0, -1):
            token = f"%{k}"
            if token not in text:
                continue
            ref = levels.get(k - 1)
            value = counters[k - 1]
            if value is None:
                value = ref.start if ref is not None else 1
            fmt = "decimal" if (lvl.legal and k - 1 != level) or ref is None else ref.fmt
            if _printed_length(value, fmt) > self.max_label:
                self.too_long += 1
                fmt = "decimal"
            text = text.replace(token, _format(value, fmt))
        if len(text) > self.max_label + 20:
            self.too_long += 1
            text = text[: self.max_label]
        return text.strip(), sep


_LEVELS = 9  # Word's list levels, 0 to 8


def _printed_length(value: int, fmt: str) -> int:
    """How long `value` is when written in `fmt`, known before writing it."""
    if fmt in {"lowerLetter", "upperLetter"} and value > 0:
        return (value - 1) // 26 + 1
    if fmt in {"lowerRoman", "upperRoman"} and value > 0:
        return value // 1000 + 16
    return len(str(value)) + 2


def _format(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else str(value)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = roman_numeral(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    if fmt == "none":
        return ""
    return str(value)


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
    styles: _Styles
    numbering: _Numbering
    pages: list[RawPage] = field(factory=list)
    lines: list[RawLine] = field(factory=list)
    new_page: bool = False
    emitted: int = 0
    row_start: int | None = None  # lines emitted when the outermost table row began
    row_break: bool = False

    def q(self, tag: str) -> str:
        return f"{{{self.ns}}}{tag}"

    def finish(self) -> list[RawPage]:
        if self.lines or not self.pages:
            self.pages.append(RawPage(number=len(self.pages) + 1, lines=tuple(self.lines)))
            self.lines = []
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
        """As the HTML reader does: one line per paragraph of each cell, row after row."""
        for row in self._children(table, "tr"):
            outermost = self.row_start is None
            if outermost:
                self.row_start, self.row_break = self.emitted, False
            for cell in self._children(row, "tc"):
                self.blocks(cell)
            if outermost:
                self.row_start = None
                if self.row_break:
                    self._break_page()

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
        if (_on(pbb, self.ns) if pbb is not None else style.page_break_before) and self.row_start is None:
            self._break_page()  # (Word ignores it inside a table)
        num_id, level = style.num_id, style.level
        numpr = ppr.find(self.q("numPr")) if ppr is not None else None
        if numpr is not None:
            nid = numpr.find(self.q("numId"))
            lvl = numpr.find(self.q("ilvl"))
            if nid is not None:
                num_id = nid.get(self.q("val"))
            if lvl is not None:
                level = _int(lvl.get(self.q("val")))
        label, sep = "", ""
        indent = style.indent
        if num_id is not None and num_id != "0":
            if level is None:
                level = self.numbering.level_for_style(num_id, style_id, self.styles)
            indent = self.numbering.indent(num_id, level, self.styles).over(indent)
            label, sep = self.numbering.label(num_id, level, self.styles)
        indent = _Indent.read(ppr, self.ns).over(indent)
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

    def _inline(self, parent: ET.Element, style: _Style, para: _Para) -> None:
        for child in parent:
            tag = _local(child.tag)
            if tag == "r":
                self._run(child, style, para)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, style, para)

    def _run(self, run: ET.Element, style: _Style, para: _Para) -> None:
        rpr = run.find(self.q("rPr"))
        bold, size, hidden = _run_props(rpr, self.ns)
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
