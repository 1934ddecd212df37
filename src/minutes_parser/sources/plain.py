"""Text, Markdown and HTML sources.

Text is decoded as UTF-8 (with or without a BOM), then cp1252, then whatever
`charset_normalizer` finds.  A form feed starts a new page.  Markdown loses
its markup (emphasis, links, rules, inline HTML); a line that was bold or a
heading keeps ``bold=True``.  HTML keeps its visible text, one line per block.
"""

from __future__ import annotations

import html
import html.parser

from .. import patterns
from ..errors import CorruptFileError, EmptyDocumentError
from .model import RawLine, RawPage

__all__ = ["decode", "html_pages", "markdown_pages", "text_pages"]

_TAB = 4


def decode(data: bytes, *, name: str | None = None) -> str:
    """Bytes to text: UTF-8 (BOM or not), then cp1252, then a detected encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CorruptFileError("the bytes are not text in any encoding found", source=name)
    return str(best)


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


def text_pages(text: str) -> list[RawPage]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    if not text.strip():
        raise EmptyDocumentError("the document holds no text")
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = tuple(RawLine(text=line.strip(), indent=_indent(line)) for line in chunk.split("\n"))
        pages.append(RawPage(number=number, lines=lines))
    return pages


# ---------------------------------------------------------------- markdown


def markdown_pages(text: str) -> list[RawPage]:
    """Markdown: horizontal rules between scanned pages start a new page."""
    pages = text_pages(text)
    out: list[RawPage] = []
    number = 1
    current: list[RawLine] = []
    for page in pages:
        for line in page.lines:
            raw = line.text
            if patterns.get("md_rule").fullmatch(raw):
                if any(x.text for x in current):
                    out.append(RawPage(number=number, lines=tuple(current)))
                    number += 1
                    current = []
                continue
            bold = False
            heading = patterns.get("md_heading").match(raw)
            if heading:
                raw = raw[heading.end() :]
                bold = True
            raw = patterns.get("md_link").sub(r"\1", raw)
            raw = patterns.get("md_tag").sub("", raw)
            stripped = raw.strip()
            if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) and len(stripped) > 4:
                bold = True
            raw = patterns.get("md_emphasis").sub(r"\2", raw)
            raw = patterns.get("md_emphasis_single").sub(r"\1", raw)
            raw = raw.replace("\\", "") if "\\" in raw else raw
            if raw.strip() in {"*", "**", "_"}:
                raw = ""
            current.append(RawLine(text=raw.strip(), bold=bold, indent=line.indent))
    if current:
        out.append(RawPage(number=number, lines=tuple(current)))
    return out


# -------------------------------------------------------------------- html

_BLOCK = {
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
}
_BOLD = {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"}
_SKIP = {"script", "style", "head", "noscript", "template"}


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self._buf: list[str] = []
        self._bold_chars = 0
        self._chars = 0
        self._bold_depth = 0
        self._skip_depth = 0
        self._list_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.lines.append(
                RawLine(text=text, bold=self._bold_chars * 2 > self._chars, indent=2.0 * self._list_depth)
            )
        self._buf, self._bold_chars, self._chars = [], 0, 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        if tag in _BLOCK:
            self._flush()
        if tag in {"ul", "ol"}:
            self._list_depth += 1
        if tag in _BOLD:
            self._bold_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip_depth:
            self._skip_depth -= 1
        if tag in _BLOCK:
            self._flush()
        if tag in {"ul", "ol"} and self._list_depth:
            self._list_depth -= 1
        if tag in _BOLD and self._bold_depth:
            self._bold_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._buf.append(data)
        n = len(data.strip())
        self._chars += n
        if self._bold_depth:
            self._bold_chars += n


def html_pages(text: str) -> list[RawPage]:
    collector = _Collector()
    collector.feed(text)
    collector.close()
    collector._flush()
    lines = [
        RawLine(text=html.unescape(x.text).replace("\u00a0", " ").strip(), bold=x.bold, indent=x.indent)
        for x in collector.lines
    ]
    if not any(x.text for x in lines):
        raise EmptyDocumentError("the HTML page holds no visible text")
    return [RawPage(number=1, lines=tuple(lines))]
