"""Read any supported input into one `SourceText`.

`read` decides the format from the file name and the first bytes: PDF, Word
(.docx), HTML, Markdown or plain text.  Anything else is an `UnsupportedFormatError`.

Reading is bounded by `Limits`: only a regular file is opened (a device, a FIFO
or a socket is refused before it is opened: ``/dev/zero`` never ends and a FIFO
blocks); at most `max_bytes` of a file are held in memory; at most `max_pages`
pages are read; the `Deadline` is checked after each page.  Whatever a reader
raises that is not one of our typed errors (a library's own, or a bug met on a
damaged file) becomes a `CorruptFileError` naming the file and the cause.
"""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import patterns
from ..errors import (
    CorruptFileError,
    DocumentNotFoundError,
    EmptyDocumentError,
    LimitExceededError,
    MinutesParserError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from ..settings import Deadline, Limits
from . import docx, pdf, plain
from .cleanup import lines_to_drop
from .model import Doubt, Line, RawLine, RawPage, SourceText, build

__all__ = [
    "FORMATS",
    "Doubt",
    "Line",
    "RawLine",
    "RawPage",
    "SourceText",
    "detect_format",
    "read",
    "read_text",
]

FORMATS = ("pdf", "docx", "html", "markdown", "text")
HEAD_BYTES = 64 * 1024  # read to tell a file's format; a PDF is then read by path, page by page
_SUFFIX = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    "": "text",
}
ZIP_MAGIC = b"PK\x03\x04"
# First bytes of formats people put in council archives that we do not read.
_FOREIGN = {
    b"PK\x03\x04": "a ZIP container (Word .docx, Excel .xlsx or similar)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc, .xls)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"{\\rtf": "an RTF file",
}


def detect_format(data: bytes, name: str | None = None) -> str:
    """ "pdf", "docx", "html", "markdown" or "text" for these bytes, or raise `UnsupportedFormatError`.

    A ZIP is "docx" when it holds ``word/document.xml`` (whatever its name says).
    """
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(ZIP_MAGIC) and docx.is_docx(data):
        return "docx"
    for magic, what in _FOREIGN.items():
        if data.startswith(magic):
            raise UnsupportedFormatError(f"unsupported format: {what}", source=name)
    suffix = Path(name).suffix.lower() if name else ""
    if suffix == ".pdf":
        raise CorruptFileError("named .pdf but does not start like a PDF", source=name)
    lowered = head[:512].lower()
    if suffix in {".html", ".htm", ".xhtml"} or lowered.startswith((b"<!doctype html", b"<html", b"<div", b"<?xml")):
        return "html"
    if (suffix == "" or suffix not in _SUFFIX) and patterns.get("html_start").match(
        head[:512].decode("utf-8", errors="replace")
    ):
        return "html"  # a page saved as "minutes.php" or "ieDecisionDetails.aspx"
    if suffix in _SUFFIX:
        return _SUFFIX[suffix]
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormatError("unsupported format: binary data", source=name)
    return "text"


def read(
    data: bytes | Path,
    *,
    name: str | None = None,
    backend: str = "pdfium",
    format: str | None = None,
    limits: Limits | None = None,
    deadline: Deadline | None = None,
) -> SourceText:
    """Read a file (a path, or its bytes) into a `SourceText`.

    A PDF named by its path is handed to the PDF reader by path, never held in
    memory whole: only its first bytes are read here, to tell its format.
    """
    limits = limits or Limits()
    deadline = deadline or Deadline(limits.max_seconds, name=name)
    if isinstance(data, Path):
        name = name or str(data)
        size = _regular_file_size(data, name)
        raw = _read_bytes(data, name, limit=HEAD_BYTES)
        if len(raw) == HEAD_BYTES and (raw.startswith(ZIP_MAGIC) or (format or detect_format(raw, name)) != "pdf"):
            if size > limits.max_bytes:
                raise _too_big(size, limits, name)
            raw = _read_bytes(data, name, limit=limits.max_bytes + 1)  # not a PDF: read the rest
    else:
        raw = data
    if len(raw) > limits.max_bytes:
        raise _too_big(len(raw), limits, name)
    if not raw.strip():
        raise EmptyDocumentError("the file is empty", source=name)
    fmt = format or detect_format(raw, name)
    try:
        if fmt == "pdf":
            source: bytes | Path = data if isinstance(data, Path) else raw
            return _read_pdf(pdf.iter_pages(source, backend=backend, name=name), name, limits, deadline)
        if fmt == "docx":
            pages, doubts = docx.read_docx(raw, name=name, limits=limits)
            deadline.check("reading the Word document")
            # Headers and footers are parts of their own, never in the body: no furniture to drop.
            kept, more = _first_pages(pages, limits, deadline)
            return build(kept, format=fmt, name=name, limits=limits, doubts=[*doubts, *more])
        text, replaced = plain.decode_noting(raw, name=name)
        return read_text(text, name=name, format=fmt, limits=limits, deadline=deadline, doubts=replaced)
    except MinutesParserError as exc:
        named = _named(exc, name)
        if named is exc:
            raise
        raise named from exc
    except MemoryError as exc:
        raise LimitExceededError(f"reading the {fmt} file ran out of memory", source=name) from exc
    except Exception as exc:  # a reader's own error on a damaged file (RecursionError included)
        cause = f"{type(exc).__name__}: {exc}"
        raise CorruptFileError(f"not a readable {fmt} file ({cause[:300]})", source=name) from exc


def _read_pdf(pages: Iterator[RawPage], name: str | None, limits: Limits, deadline: Deadline) -> SourceText:
    try:
        kept, more = _first_pages(pages, limits, deadline)
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()
    if not kept:
        raise CorruptFileError("the PDF has no pages", source=name)
    unmapped = [page.number for page in kept if _unmapped(page)]
    if unmapped:
        listed = ", ".join(map(str, unmapped[:20])) + (" ..." if len(unmapped) > 20 else "")
        message = (
            f"page(s) {listed} are written in fonts without a map to Unicode: "
            "their text reads as (cid:NN) or control codes (OCR may read them)"
        )
        more = [*more, Doubt(code="W015", message=message)]
    text = _assemble(kept, "pdf", name, limits, more)
    if not text.lines and text.unreadable_pages:
        raise CorruptFileError(
            f"{len(text.unreadable_pages)} of its {len(kept)} page(s) could not be read (damaged)"
            + (" and the others have no text layer" if len(text.unreadable_pages) < len(kept) else ""),
            source=name,
        )
    if not text.lines:
        raise NoTextLayerError(f"none of its {len(kept)} page(s) has a text layer (a scan: run OCR first)", source=name)
    return text


def _unmapped(page: RawPage) -> bool:
    """Most of the page's characters are glyph numbers, not text: "(cid:18)" (pdfminer) or
    control codes (pdfium), what a font without a ToUnicode map reads as."""
    if page.unmapped:
        return True
    text = "".join(line.text for line in page.lines)
    if not text:
        return False
    glyphs = sum(len(m.group(0)) for m in patterns.get("pdf_unmapped_glyph").finditer(text))
    return glyphs * 2 > len(text) - text.count(" ")


def _first_pages(pages: Iterable[RawPage], limits: Limits, deadline: Deadline) -> tuple[list[RawPage], list[Doubt]]:
    """The pages up to `max_pages` (the deadline checked after each), and a doubt when there were more."""
    kept: list[RawPage] = []
    for page in itertools.islice(pages, limits.max_pages + 1):
        if len(kept) == limits.max_pages:
            return kept, [
                Doubt(
                    code="W010",
                    message=(
                        f"the document has more than max_pages={limits.max_pages:,} pages: "
                        f"only the first {limits.max_pages:,} are read"
                    ),
                )
            ]
        kept.append(page)
        deadline.check(f"reading page {page.number}")
    return kept, []


def _too_big(size: int, limits: Limits, name: str | None) -> LimitExceededError:
    return LimitExceededError(
        f"the file is {size:,} bytes, more than max_bytes={limits.max_bytes:,}: refused", source=name
    )


def _named(exc: MinutesParserError, name: str | None) -> MinutesParserError:
    """The same error, naming the file (readers deep down may not know its name)."""
    if exc.source is not None or name is None:
        return exc
    return type(exc)(exc.message, source=name)


def _regular_file_size(path: Path, name: str) -> int:
    """The size of the regular file at `path`; anything else is a typed error, raised before opening it."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise DocumentNotFoundError("no such file", source=name) from exc
    except (OSError, ValueError) as exc:  # a loop of links, a name too long, a NUL in the name
        raise CorruptFileError(f"cannot read the file ({getattr(exc, 'strerror', None) or exc})", source=name) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedFormatError("is a directory, not a document", source=name)
    if not stat.S_ISREG(info.st_mode):
        kind = (
            "a FIFO (named pipe)"
            if stat.S_ISFIFO(info.st_mode)
            else "a socket"
            if stat.S_ISSOCK(info.st_mode)
            else "a device"
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "not a regular file"
        )
        raise UnsupportedFormatError(f"is {kind}, not a document file: refused", source=name)
    return info.st_size


def _read_bytes(path: Path, name: str, *, limit: int = -1) -> bytes:
    """The file's bytes (its first `limit` bytes when given), or a typed error naming it.

    Opened without blocking, so a file swapped for a FIFO after it was checked cannot hang the read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise UnsupportedFormatError("is not a regular file: refused", source=name)
            return handle.read(limit)
    except FileNotFoundError as exc:
        raise DocumentNotFoundError("no such file", source=name) from exc
    except IsADirectoryError as exc:
        raise UnsupportedFormatError("is a directory, not a document", source=name) from exc
    except OSError as exc:
        raise CorruptFileError(f"cannot read the file ({exc.strerror or exc})", source=name) from exc


def read_text(
    text: str,
    *,
    name: str | None = None,
    format: str = "text",
    limits: Limits | None = None,
    deadline: Deadline | None = None,
    doubts: Iterable[Doubt] = (),
) -> SourceText:
    """Read a document already held as a string."""
    limits = limits or Limits()
    deadline = deadline or Deadline(limits.max_seconds, name=name)
    notes = list(doubts)
    if len(text) > limits.max_chars:
        # The readers' own cost grows with the text: cut before reading, at a line end where there is one.
        cut = text.rfind("\n", 0, limits.max_chars + 1)
        text = text[: cut if cut > 0 else limits.max_chars]
        notes.append(
            Doubt(
                code="W011",
                message=(f"the text is longer than max_chars={limits.max_chars:,} characters: the rest is left out"),
            )
        )
    if plain.has_surrogates(text):
        text = plain.replace_surrogates(text)
        notes.append(Doubt(code="W014", message="the text holds lone UTF-16 surrogates: they read as U+FFFD"))
    try:
        if format == "html":
            pages = plain.html_pages(text)
        elif format == "markdown":
            pages = plain.markdown_pages(text)
        elif format == "text":
            pages = plain.text_pages(text)
        else:
            raise UnsupportedFormatError(f"unknown text format {format!r}", source=name)
    except MinutesParserError as exc:
        named = _named(exc, name)
        if named is exc:
            raise
        raise named from exc
    deadline.check(f"reading the {format}")
    kept, more = _first_pages(pages, limits, deadline)
    return _assemble(kept, format, name, limits, [*notes, *more])


def _assemble(
    pages: list[RawPage], fmt: str, name: str | None, limits: Limits | None = None, doubts: Iterable[Doubt] = ()
) -> SourceText:
    return build(pages, format=fmt, name=name, drop=lines_to_drop(pages), limits=limits, doubts=list(doubts))
