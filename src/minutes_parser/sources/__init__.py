"""Read any supported input into one `SourceText`.

`read` decides the format from the file name and the first bytes: PDF, Word
(.docx), HTML, Markdown or plain text.  Anything else is an `UnsupportedFormatError`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import CorruptFileError, EmptyDocumentError, NoTextLayerError, UnsupportedFormatError
from . import docx, pdf, plain
from .cleanup import lines_to_drop
from .model import Line, RawLine, RawPage, SourceText, build

__all__ = ["FORMATS", "Line", "RawLine", "RawPage", "SourceText", "detect_format", "read", "read_text"]

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
) -> SourceText:
    """Read a file (a path, or its bytes) into a `SourceText`.

    A PDF named by its path is handed to the PDF reader by path, never held in
    memory whole: only its first bytes are read here, to tell its format.
    """
    if isinstance(data, Path):
        name = name or str(data)
        raw = _read_bytes(data, name, limit=HEAD_BYTES)
        if len(raw) == HEAD_BYTES and (raw.startswith(ZIP_MAGIC) or (format or detect_format(raw, name)) != "pdf"):
            raw = _read_bytes(data, name)  # not a PDF: read the rest
    else:
        raw = data
    if not raw.strip():
        raise EmptyDocumentError("the file is empty", source=name)
    fmt = format or detect_format(raw, name)
    if fmt == "pdf":
        source: bytes | Path = data if isinstance(data, Path) else raw
        pages = list(pdf.iter_pages(source, backend=backend, name=name))
        if not pages:
            raise CorruptFileError("the PDF has no pages", source=name)
        text = _assemble(pages, fmt, name)
        if not text.lines and text.unreadable_pages:
            raise CorruptFileError(
                f"{len(text.unreadable_pages)} of its {len(pages)} page(s) could not be read (damaged)"
                + (" and the others have no text layer" if len(text.unreadable_pages) < len(pages) else ""),
                source=name,
            )
        if not text.lines:
            raise NoTextLayerError(
                f"none of its {len(pages)} page(s) has a text layer (a scan: run OCR first)", source=name
            )
        return text
    if fmt == "docx":
        # Headers and footers are parts of their own, never in the body: no furniture to drop.
        return build(docx.docx_pages(raw, name=name), format=fmt, name=name)
    return read_text(plain.decode(raw, name=name), name=name, format=fmt)


def _read_bytes(path: Path, name: str, *, limit: int = -1) -> bytes:
    """The file's bytes (its first `limit` bytes when given), or a typed error naming it."""
    try:
        with path.open("rb") as handle:
            return handle.read(limit)
    except IsADirectoryError as exc:
        raise UnsupportedFormatError("is a directory, not a document", source=name) from exc
    except OSError as exc:
        raise CorruptFileError(f"cannot read the file ({exc.strerror or exc})", source=name) from exc


def read_text(text: str, *, name: str | None = None, format: str = "text") -> SourceText:
    """Read a document already held as a string."""
    try:
        if format == "html":
            pages = plain.html_pages(text)
        elif format == "markdown":
            pages = plain.markdown_pages(text)
        elif format == "text":
            pages = plain.text_pages(text)
        else:
            raise UnsupportedFormatError(f"unknown text format {format!r}", source=name)
    except EmptyDocumentError as exc:
        raise EmptyDocumentError(exc.message, source=name) from None
    return _assemble(pages, format, name)


def _assemble(pages: list[RawPage], fmt: str, name: str | None) -> SourceText:
    return build(pages, format=fmt, name=name, drop=lines_to_drop(pages))
