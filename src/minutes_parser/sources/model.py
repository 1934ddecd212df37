"""One document text with a map back to pages, boxes and type weight.

Every source (PDF backends, text, HTML) reads its input into `RawPage`s of
`RawLine`s; `assemble` then drops running headers, footers and page numbers,
repairs line-end hyphenation, and lays the remaining lines end to end into one
`SourceText`.  Later steps only ever see a `SourceText`.

`build` also holds the text to the `Limits` it is given: a line longer than
`max_line_chars` is split into several, and the text stops at the line that
reaches `max_chars`; each is noted as a `Doubt` the pipeline turns into a warning.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Sequence

from attrs import frozen

from ..records import BBox, Span, Table
from ..settings import Limits
from .tables import RawTable, place

__all__ = ["LIGATURES", "Doubt", "Line", "RawLine", "RawPage", "SourceText"]

_START = operator.attrgetter("start")  # a line's start, for bisecting the lines by offset

# Typeset ligatures, spelt out: a reader sees "fi" in "ﬁnance", and so must every rule.  And the no-break spaces a
# web page or a word processor lays out with ("ROLL CALL:\u00a0\u00a0\u00a0 Present"), as plain ones: a reader sees
# a space, and every rule's blank must match it (one character for one: the offsets stay as they were).
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
    }
)


@frozen(kw_only=True)
class RawLine:
    """A line as a source read it, before clean-up."""

    text: str
    bbox: BBox | None = None
    bold: bool = False
    size: float | None = None
    indent: float = 0.0


@frozen(kw_only=True)
class RawPage:
    """A page as a source read it; `unreadable` when the reader failed on it (a damaged page)."""

    number: int
    lines: tuple[RawLine, ...]
    width: float | None = None
    height: float | None = None
    unreadable: bool = False
    unmapped: bool = False  # most of its text is glyph numbers from fonts without a map to Unicode
    tables: tuple[RawTable, ...] = ()  # the tables the source saw on the page, over its `lines`


@frozen(kw_only=True)
class Doubt:
    """Something the reader had to do that a caller should know of: a coded warning to be."""

    code: str
    message: str


@frozen(kw_only=True)
class Line:
    """A line of the document text: ``SourceText.text[start:end]``.

    `indent` is the left edge in points for PDFs and the count of leading
    blanks (a tab counts four) for text; `joined` says the line was glued to
    the one before it because that one ended in a broken word; `after_blank` that
    the source had a blank line (or more) just before it on its page (text,
    Markdown, HTML and Word paragraphs do; the document text keeps no blank line).
    """

    start: int
    end: int
    page: int
    bbox: BBox | None = None
    bold: bool = False
    size: float | None = None
    indent: float = 0.0
    joined: bool = False
    after_blank: bool = False


@frozen(kw_only=True)
class SourceText:
    """The text of a whole document and where each part of it came from."""

    text: str
    lines: tuple[Line, ...]
    page_count: int
    format: str
    name: str | None = None
    removed: int = 0  # lines dropped as headers, footers, page numbers
    empty_pages: tuple[int, ...] = ()  # pages with no text at all (scanned images)
    unreadable_pages: tuple[int, ...] = ()  # pages the reader failed on (damaged), left out of `text`
    doubts: tuple[Doubt, ...] = ()  # limits applied and repairs made while reading
    tables: tuple[Table, ...] = ()  # the tables, each cell placed in `text` (which they never change)

    def cell_at(self, offset: int) -> tuple[Table, int, int] | None:
        """The table, row and column of the cell holding the character at `offset`, if any."""
        for table in self.tables:
            for cell in table.cells:
                if any(s.start <= offset < s.end for s in cell.spans):
                    return table, cell.row, cell.column
        return None

    def line_text(self, line: Line) -> str:
        return self.text[line.start : line.end]

    def page_at(self, offset: int) -> int:
        """The 1-based page a character offset falls on."""
        if not self.lines:
            return 1
        return self.lines[self.line_at(offset)].page

    def line_at(self, offset: int) -> int:
        """Index of the line holding `offset` (or the last line before it)."""
        return max(0, bisect.bisect_right(self.lines, offset, key=_START) - 1)

    def span(self, start: int, end: int) -> Span:
        """A `Span` for ``text[start:end]`` with its page and (for PDFs) box."""
        if not self.lines:
            return Span(start=start, end=end, page=1)
        first = self.line_at(start)
        last = self.line_at(max(start, end - 1))
        box: BBox | None = None
        for line in self.lines[first : last + 1]:
            if line.bbox is not None and line.page == self.lines[first].page:
                box = line.bbox if box is None else box.union(line.bbox)
        return Span(start=start, end=end, page=self.lines[first].page, bbox=box)


def build(
    pages: Iterable[RawPage],
    *,
    format: str,
    name: str | None,
    drop: Sequence[set[int]] | None = None,
    limits: Limits | None = None,
    doubts: Sequence[Doubt] = (),
) -> SourceText:
    """Lay pages of lines end to end into one text.

    `drop[i]` holds the indices of page i's lines to leave out (headers,
    footers).  A line ending in a hyphen after a letter or digit, followed by
    a line that starts with a letter or a digit, is joined to it without a line break
    (the hyphen stays: "decision-" + "making" reads "decision-making").  Ligatures are
    spelt out ("ﬁ" → "fi").  `doubts` (the reader's) are kept, and the limits' own added.
    """
    limits = limits or Limits()
    notes = list(doubts)
    split_lines = 0
    truncated = False
    parts: list[str] = []
    lines: list[Line] = []
    offset = 0
    page_count = 0
    removed = 0
    prev_hyphen = False
    pending: list[tuple[RawPage, int, int, dict[int, list[int]]]] = []  # pages with tables, placed at the end
    empty: list[int] = []
    unreadable: list[int] = []
    for index, page in enumerate(pages):
        page_count += 1
        if page.unreadable:
            unreadable.append(page.number)
        elif not any(raw.text.strip() for raw in page.lines):
            empty.append(page.number)
        skip = drop[index] if drop is not None and index < len(drop) else set()
        blank = False
        first_line = len(lines)
        by_index: dict[int, list[int]] = {}
        for li, raw in enumerate(page.lines):
            if li in skip:
                removed += 1
                continue
            whole = raw.text.replace("\n", " ").rstrip().translate(LIGATURES)
            pieces = _split(whole, limits.max_line_chars)
            split_lines += len(pieces) > 1
            for piece, text in enumerate(pieces):
                if not text.strip():
                    blank = True
                    continue
                if offset >= limits.max_chars:
                    truncated = True
                    break
                head = text.lstrip()[:1]
                joined = prev_hyphen and head.isalnum() and piece == 0
                if joined:
                    text = text.lstrip()
                elif lines:
                    parts.append("\n")
                    offset += 1
                start = offset
                by_index.setdefault(li, []).append(len(lines) - first_line)
                parts.append(text)
                offset += len(text)
                lines.append(
                    Line(
                        start=start,
                        end=offset,
                        page=page.number,
                        bbox=raw.bbox,
                        bold=raw.bold,
                        size=raw.size,
                        indent=raw.indent,
                        joined=joined,
                        after_blank=blank and not joined,
                    )
                )
                blank = False
                prev_hyphen = len(text) >= 2 and text.endswith("-") and text[-2].isalnum()
            if truncated:
                break
        if page.tables:
            pending.append((page, first_line, len(lines), by_index))
        if truncated:
            notes.append(
                Doubt(
                    code="W011",
                    message=(
                        f"the text reached max_chars={limits.max_chars:,} on page {page.number}: "
                        "the rest of the document is left out"
                    ),
                )
            )
            break
    if split_lines:
        notes.append(
            Doubt(
                code="W012",
                message=(
                    f"{split_lines} line(s) longer than max_line_chars={limits.max_line_chars:,} "
                    "were split into lines of at most that length"
                ),
            )
        )
    text = "".join(parts)
    placed = [
        table
        for page, first, last, by_index in pending
        for raw in page.tables
        if (table := place(raw, page.number, text, lines[first:last], by_index)) is not None
    ]
    return SourceText(
        text=text,
        lines=tuple(lines),
        page_count=max(page_count, 1),
        format=format,
        name=name,
        removed=removed,
        empty_pages=tuple(empty),
        unreadable_pages=tuple(unreadable),
        doubts=tuple(notes),
        tables=tuple(placed),
    )


def _split(text: str, width: int) -> list[str]:
    """`text` in pieces of at most `width` characters, cut after a blank where there is one."""
    if len(text) <= width:
        return [text]
    out: list[str] = []
    while len(text) > width:
        cut = text.rfind(" ", width // 2, width + 1)
        cut = width if cut <= 0 else cut + 1
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        out.append(text)
    return out
