"""Text, Markdown and HTML sources.

Text is decoded as UTF-8 (with or without a BOM), UTF-16 when a BOM says so,
then cp1252, then whatever `charset_normalizer` finds; bytes that are not valid
in the encoding a BOM names become U+FFFD, with warning W014.  A form feed starts
a new page.

Markdown is read by `markdown-it-py` (CommonMark with tables), in linear time:
its markup goes (emphasis, links, inline HTML), list items keep the label they
were written with ("1.", "a)", "-"), each table cell is a line, as in the HTML
and Word readers, and a line that is a heading or wholly strong keeps
``bold=True``.  Each source line stays one line (a blank one too), so line
counts near page edges are as the author wrote them.  A thematic break
(``---``) between scanned pages starts a new page; so that one is never read as
a heading underline, setext headings are off, and so are indented code blocks
(minutes are not code: an indented line is text).

HTML is parsed by `selectolax` (the Lexbor engine, an HTML5 parser as browsers
have): entities are decoded once, by the parser; what a browser would not show
is left out (``<head>``, ``<script>``, ``<style>``, ``<template>``,
``<noscript>``, the ``hidden`` attribute, ``display:none`` and
``visibility:hidden``); an ordered list's items read the label a browser
prints ("1.", "c.", "iv."), honouring ``start``, ``type``, ``reversed`` and
``value``; every block is one line.  No entity, DTD or URL is ever fetched.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any

from .. import patterns
from ..errors import CorruptFileError, EmptyDocumentError, LimitExceededError
from .model import Doubt, RawLine, RawPage
from .numerals import roman
from .tables import RawCell, RawTable

__all__ = [
    "decode",
    "decode_noting",
    "has_surrogates",
    "html_lines",
    "html_pages",
    "markdown_pages",
    "replace_surrogates",
    "text_pages",
]

_TAB = 4
MIN_BREAK_TAGS = 3  # literal "<br />" tags in a text that make it a page's text saved with its line breaks as tags
BREAK_TAG_LOOK = 20_000  # characters searched for them (a page's worth)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode(data: bytes, *, name: str | None = None) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, then cp1252, then a detected encoding."""
    return decode_noting(data, name=name)[0]


def decode_noting(data: bytes, *, name: str | None = None) -> tuple[str, tuple[Doubt, ...]]:
    """`decode`, with a `Doubt` (W014) when bytes had to be replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(encoding), ()
            except UnicodeDecodeError as exc:
                text = body.decode(encoding, errors="replace")
                doubt = Doubt(
                    code="W014",
                    message=(
                        f"the file says it is {encoding.upper()} (a byte order mark) but holds bytes that are not "
                        f"({exc.reason} at byte {exc.start + len(bom)}): they read as U+FFFD"
                    ),
                )
                return text, (doubt,)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        try:
            return data.decode("cp1252"), ()
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CorruptFileError("the bytes are not text in any encoding found", source=name)
    return str(best), ()


def has_surrogates(text: str) -> bool:
    """The string holds a lone UTF-16 surrogate (it cannot be written as UTF-8)."""
    return patterns.get("lone_surrogate").search(text) is not None


def replace_surrogates(text: str) -> str:
    return patterns.get("lone_surrogate").sub("\ufffd", text)


def _indent(line: str) -> float:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += _TAB
        elif ch in "\u00a0\u2007\u202f":
            width += 1
        else:
            break
    return float(width)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")


def text_pages(text: str) -> list[RawPage]:
    text = _normalise(text)
    if not text.strip():
        raise EmptyDocumentError("the document holds no text")
    breaks = patterns.get("text_break_tag")
    if len(breaks.findall(text, 0, BREAK_TAG_LOOK)) >= MIN_BREAK_TAGS:
        # a page's text saved with its HTML line breaks left in ("the minutes as <br />the official record"): each
        # tag ends a line, as it did on the page (near miss: one "<br>" quoted in a sentence, left as it is)
        text = breaks.sub("\n", text)
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = tuple(RawLine(text=line.strip(), indent=_indent(line)) for line in chunk.split("\n"))
        pages.append(RawPage(number=number, lines=lines))
    return pages


# ---------------------------------------------------------------- markdown


def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").disable(["lheading", "code"])


def markdown_pages(text: str) -> list[RawPage]:
    """Markdown: thematic breaks between scanned pages, and the form feeds a converter kept from the PDF's text,
    start a new page (so a running header repeated on each is found and skipped)."""
    source = _normalise(text)
    front = patterns.get("md_front_matter").match(source)
    if front is not None and source[front.end() :].strip():
        # the file's metadata, not the paper's words, its title and dates included (ANNOTATION.md: "take neither
        # title nor dates from them")
        source = source[front.end() :]
    source = source[_converter_header_end(source) :]
    appendix = patterns.get("md_converter_appendix").search(source)
    if appendix is not None and source[: appendix.start()].strip():
        # what a converter derived from the paper and appended after it is not the paper's words either
        source = source[: appendix.start()]
    if not source.strip():
        raise EmptyDocumentError("the document holds no text")
    rule = patterns.get("md_rule")
    md = _markdown()
    out: list[RawPage] = []
    chunk: list[str] = []

    def flush() -> None:
        if any(line.strip() for line in chunk):
            lines, tables = _markdown_lines(md, chunk)
            out.append(RawPage(number=len(out) + 1, lines=tuple(lines), tables=tables))
        chunk.clear()

    for line in source.split("\n"):
        *before, last = line.split("\f")
        for part in before:
            if part.strip():
                chunk.append(part)
            flush()
        if rule.fullmatch(last):
            flush()
        else:
            chunk.append(last)
    flush()
    if not out:
        raise EmptyDocumentError("the document holds no text")
    return out


def _converter_header_end(source: str) -> int:
    """Where the header a converter wrote over a converted paper ends: blocks at the file's head of quoted or bold
    "Key: value" lines and comments (a heading of the converter's may open the first), each closed by a rule
    ("---") or a blank line, each holding a key of the file's provenance ("> Source: https://...", "**Format:**
    pdf-text").  0 where the file opens with the paper ("# Minutes" / "**Date:** 5 May 2024" / "**Venue:** Hall":
    no provenance key).  The paper's text follows unchanged."""
    meta, heading = patterns.get("md_converter_meta_line"), patterns.get("md_converter_heading")
    key_rx, rule = patterns.get("md_converter_provenance_key"), patterns.get("md_rule")
    end = pos = 0
    first = True
    while True:
        lines: list[str] = []
        at = pos
        provenance = False
        while at < len(source):
            nl = source.find("\n", at)
            line = source[at : len(source) if nl == -1 else nl]
            stripped = line.strip()
            step = len(source) if nl == -1 else nl + 1
            if not stripped:
                at = step
                if lines and any(lines):
                    # a blank line closes a block that has lines, and the rule after it, if any
                    after = _skip_blank_lines(source, at)
                    nl2 = source.find("\n", after)
                    if rule.fullmatch(source[after : len(source) if nl2 == -1 else nl2]):
                        at = len(source) if nl2 == -1 else nl2 + 1
                    break
                continue
            if rule.fullmatch(line):
                at = step
                break
            if first and not lines and heading.fullmatch(stripped):
                lines.append("")
                at = step
                continue
            m = meta.fullmatch(stripped)
            if m is None:
                return end
            key = m.group("key")
            provenance = provenance or (key is not None and key_rx.fullmatch(key.strip()) is not None)
            lines.append(stripped)
            at = step
        if not provenance or not any(lines):
            return end
        end = pos = at
        first = False
        if at >= len(source):
            return end


def _skip_blank_lines(source: str, pos: int) -> int:
    """The start of the first line at or after `pos` that is not blank (or the text's end)."""
    while pos < len(source):
        nl = source.find("\n", pos)
        if source[pos : len(source) if nl == -1 else nl].strip():
            return pos
        if nl == -1:
            return len(source)
        pos = nl + 1
    return pos


def _markdown_lines(md: Any, source: list[str]) -> tuple[list[RawLine], tuple[RawTable, ...]]:
    """One page of Markdown: every source line in order, its markup gone (a blank one stays),
    and its pipe tables, each cell the line it was written as."""
    at: dict[int, list[RawLine]] = {}
    grids: list[list[list[list[RawLine]]]] = []  # tables of rows of cells of the lines put in them
    in_cell = False

    def put(row: int, text: str, bold: bool) -> None:
        row = min(max(row, 0), len(source) - 1)
        written = source[row].strip()
        # A line the author wrapped in bold markers is bold, even where CommonMark reads its
        # broken markup otherwise ("***Council*** ***and Agendas**, as***").
        wrapped = len(written) > 4 and written.startswith(("**", "__")) and written.endswith(("**", "__"))
        line = RawLine(text=text.strip(), bold=bold or wrapped, indent=_indent(source[row]))
        at.setdefault(row, []).append(line)
        if in_cell and grids and grids[-1]:
            grids[-1][-1][-1].append(line)

    label, label_row = "", 0
    heading = False
    cell_bold = False
    for token in md.parse("\n".join(source)):
        kind = token.type
        if kind == "list_item_open":
            if label:  # the item before said nothing: its label stands alone
                put(label_row, label, False)
            label = f"{token.info}{token.markup} "
            label_row = token.map[0] if token.map else 0
        elif kind == "list_item_close" and label:
            put(label_row, label, False)
            label = ""
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "table_open":
            grids.append([])
        elif kind == "tr_open" and grids:
            grids[-1].append([])
        elif kind in {"th_open", "td_open"} and grids and grids[-1]:
            grids[-1][-1].append([])
            in_cell, cell_bold = True, kind == "th_open"
        elif kind in {"th_close", "td_close"}:
            in_cell = cell_bold = False
        elif kind == "inline" and token.map:
            for offset, (text, bold) in enumerate(_inline_lines(token.children or [])):
                if label:
                    text, label = label + text, ""
                put(token.map[0] + offset, text, bold or heading or cell_bold)
        elif kind in {"html_block", "fence", "code_block"} and token.map:
            if kind == "html_block":
                for offset, line in enumerate(html_lines(token.content)):
                    put(token.map[0] + offset, line.text, line.bold)
            else:
                first = token.map[0] + (kind == "fence")
                for offset, text in enumerate(token.content.split("\n")):
                    put(first + offset, text, False)
    lines: list[RawLine] = []
    for row in range(len(source)):
        lines.extend(at.get(row) or [RawLine(text="", indent=_indent(source[row]))])
    index = {id(line): i for i, line in enumerate(lines)}
    tables = tuple(
        RawTable(rows=tuple(tuple(RawCell(lines=tuple(index[id(x)] for x in cell)) for cell in row) for row in grid))
        for grid in grids
    )
    return lines, tables


def _inline_lines(children: list[Any]) -> Iterator[tuple[str, bool]]:
    """The lines of one inline run (a soft or hard break starts the next), each with whether
    all its words are strong."""
    parts: list[str] = []
    strong = 0
    plain_chars = 0
    strong_chars = 0
    hidden: list[str] = []  # the inline HTML elements open around the text that hide it (a site's filter tags)
    for child in children:
        kind = child.type
        if kind == "html_inline":
            tag = patterns.get("md_inline_tag").match(child.content)
            if tag is not None and tag.group("close") and hidden and tag.group("name").lower() == hidden[-1]:
                hidden.pop()
            elif tag is not None and not tag.group("close") and patterns.get("md_hidden_style").search(child.content):
                hidden.append(tag.group("name").lower())  # '<span style="display:none;">Regular</span>'
            continue
        if hidden and kind not in {"softbreak", "hardbreak"}:
            continue
        if kind in {"softbreak", "hardbreak"}:
            yield "".join(parts), strong_chars > 0 and plain_chars == 0
            parts, plain_chars, strong_chars = [], 0, 0
            continue
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong = max(0, strong - 1)
        elif kind in {"text", "code_inline", "image"}:
            content = child.content
            if kind == "text" and "**" in content:
                # Converters write bold around punctuation ("Present**:**", "1**st**") where CommonMark
                # cannot read it as emphasis; a run of asterisks is never meant as text in minutes.
                content = patterns.get("md_stray_strong").sub("", content)
            parts.append(content)
            n = len(content.strip())
            if strong:
                strong_chars += n
            else:
                plain_chars += n
    yield "".join(parts), strong_chars > 0 and plain_chars == 0


# -------------------------------------------------------------------- html

_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dt",
        "dd",
        "td",
        "th",
        "title",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "dl",
        "hr",
        "caption",
        "details",
        "summary",
        "option",
    }
)
_BOLD = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"})
# What a browser does not show.
_SKIP = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "select",
        "textarea",
        "button",
        "input",
        "-comment",
        "!doctype",
    }
)
MAX_LIST_NUMBER = 10**6  # an <ol start> or <li value> beyond this is read as written, in digits
# HTML5 tree building looks through the open elements at each tag: nesting n deep costs n^2
# (100,000 nested <div>s took 28 s).  Browsers cap the depth too; pages nest a few dozen deep.
MAX_HTML_DEPTH = 4096
_OPTIONAL_END = frozenset(
    {
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rt",
        "rp",
        "html",
        "head",
        "body",
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
        "basefont",
        "frame",
        "isindex",
    }
)


# A site's own chrome around the paper a page publishes: its menus, banner, sidebar widgets and footer
# ("Skip to content" / "Home" / "About" / "Council Meeting Dates, Agendas and Minutes" ... before the minutes
# on a township's WordPress page).  Read, they give the body and title from a menu entry.  Near misses: a
# <header> or <footer> inside the paper (an article's "entry-header" with its title) is kept; only the site's
# banner and contentinfo roles, and navigation and sidebars, are left out.
_CHROME_TAGS = frozenset({"nav", "aside"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})


def _hidden(node: Any) -> bool:
    if node.tag in _SKIP or node.tag in _CHROME_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    if (attrs.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    style = attrs.get("style")
    if style:
        folded = "".join(style.lower().split())
        return "display:none" in folded or "visibility:hidden" in folded
    return False


def _number(value: str | None) -> int | None:
    if value is None:
        return None
    digits = value.strip()
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    end = 0
    while end < len(digits) and end < 12 and digits[end].isdigit():
        end += 1
    return sign * int(digits[:end]) if end else None


def _list_label(value: int, kind: str) -> str:
    if kind in {"a", "A"} and 0 < value <= MAX_LIST_NUMBER:
        letters = ""
        n = value
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return (letters.upper() if kind == "A" else letters) + "."
    if kind in {"i", "I"} and 0 < value < 4000:
        numeral = roman(value)
        return (numeral.upper() if kind == "I" else numeral) + "."
    return f"{value}."


class _List:
    def __init__(self, node: Any, ordered: bool) -> None:
        attrs = node.attributes or {}
        self.ordered = ordered
        self.kind = (attrs.get("type") or "1").strip()[:1] or "1"
        self.step = -1 if "reversed" in attrs else 1
        start = _number(attrs.get("start"))
        if start is None and self.step < 0:
            start = sum(1 for child in node.iter() if child.tag == "li")
        self.next = 1 if start is None else start

    def label(self, item: Any) -> str:
        value = _number((item.attributes or {}).get("value"))
        if value is not None:
            self.next = value
        value = self.next
        self.next += self.step
        return _list_label(value, self.kind) if self.ordered else ""


class _Collector:
    def __init__(self) -> None:
        self.lines: list[RawLine] = []
        self.buf: list[str] = []
        self.bold_chars = 0
        self.chars = 0
        self.bold_depth = 0
        self.lists: list[_List] = []
        self.tables: list[RawTable] = []
        self.open_tables: list[list[list[RawCell]]] = []  # rows of cells of each table being read
        self.cell_starts: list[int] = []  # the line each open cell began at

    def flush(self) -> None:
        text = " ".join("".join(self.buf).replace("\u00a0", " ").split())
        if text:
            self.lines.append(RawLine(text=text, bold=self.bold_chars * 2 > self.chars, indent=2.0 * len(self.lists)))
        self.buf, self.bold_chars, self.chars = [], 0, 0

    def text(self, data: str) -> None:
        self.buf.append(data)
        n = len(data.strip())
        self.chars += n
        if self.bold_depth:
            self.bold_chars += n

    def enter(self, node: Any) -> None:
        tag = node.tag
        if tag in _BLOCK:
            self.flush()
        if tag in {"ul", "ol", "menu"}:
            self.lists.append(_List(node, ordered=tag == "ol"))
        if tag == "li" and self.lists:
            label = self.lists[-1].label(node)
            if label:
                self.buf.append(label + " ")
        if tag in _BOLD:
            self.bold_depth += 1
        if tag == "table":
            self.open_tables.append([])
        elif tag == "tr" and self.open_tables:
            self.open_tables[-1].append([])
        elif tag in {"td", "th"} and self.open_tables:
            self.cell_starts.append(len(self.lines))

    def leave(self, node: Any) -> None:
        tag = node.tag
        if tag in _BLOCK:
            self.flush()
        if tag in {"ul", "ol", "menu"} and self.lists:
            self.lists.pop()
        if tag in _BOLD and self.bold_depth:
            self.bold_depth -= 1
        if tag in {"td", "th"} and self.open_tables and self.cell_starts:
            rows = self.open_tables[-1]
            if not rows:
                rows.append([])
            rows[-1].append(RawCell(lines=tuple(range(self.cell_starts.pop(), len(self.lines)))))
        elif tag == "table" and self.open_tables:
            rows = self.open_tables.pop()
            self.tables.append(RawTable(rows=tuple(tuple(row) for row in rows if row)))


def _depth(text: str) -> int:
    """How deep the page's elements nest at most, counted from its tags in one pass (elements
    whose end tag may be left out, and void ones, do not count)."""
    depth = deepest = 0
    for m in patterns.get("html_tag_open").finditer(text):
        if m.group(2).lower() in _OPTIONAL_END:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def html_lines(text: str) -> list[RawLine]:
    """The visible lines of an HTML page or fragment, one per block (an empty list when none)."""
    return _html_read(text).lines


def _html_read(text: str) -> _Collector:
    """The page read: its lines, and its tables over them (each cell one or more lines)."""
    from selectolax.lexbor import LexborHTMLParser

    if _depth(text) > MAX_HTML_DEPTH:
        raise LimitExceededError(f"the HTML nests elements more than {MAX_HTML_DEPTH:,} deep: refused")

    root: Any = LexborHTMLParser(text).root
    collector = _Collector()
    if root is None:
        return collector
    node: Any = root
    top = root.mem_id  # (each access makes a new wrapper: nodes are compared by their id)
    # A walk by child, sibling and parent links, never recursion: deep nesting cannot overflow
    # the stack.  Only an element that was entered is descended into, so each parent met on the
    # way back up is left once.
    while node is not None:
        entered = False
        if node.is_text_node:
            collector.text(node.text_content or "")
        elif node.is_element_node and not _hidden(node):
            collector.enter(node)
            entered = True
        if entered and node.child is not None:
            node = node.child
            continue
        if entered:
            collector.leave(node)
        while node.mem_id != top and node.next is None:
            node = node.parent
            collector.leave(node)
        node = None if node.mem_id == top else node.next
    collector.flush()
    return collector


def html_pages(text: str) -> list[RawPage]:
    read = _html_read(text)
    if not read.lines:
        raise EmptyDocumentError("the HTML page holds no visible text")
    return [RawPage(number=1, lines=tuple(read.lines), tables=tuple(read.tables))]
