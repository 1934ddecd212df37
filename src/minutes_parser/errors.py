"""Typed errors for input that cannot be read.

Doubts about content are not errors: they become `Document.warnings`.  Every
error names the file (when there is one) and the cause, and each is also a
builtin exception a caller may already catch.
"""

from __future__ import annotations

__all__ = [
    "CorruptFileError",
    "DocumentNotFoundError",
    "EmptyDocumentError",
    "EncryptedPDFError",
    "ExtractionError",
    "LimitExceededError",
    "MinutesParserError",
    "NoTextLayerError",
    "ParseTimeoutError",
    "ScanLockedError",
    "SettingsError",
    "UnsupportedFormatError",
    "WorkerStartError",
]


class MinutesParserError(Exception):
    """Base of every error this library raises on purpose.

    `code` is stable (tests and batch tables use it); `source` names the file.
    """

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class UnsupportedFormatError(MinutesParserError, ValueError):
    """The input is not a PDF, Word .docx, HTML, Markdown or text document."""

    code = "E001"


class CorruptFileError(MinutesParserError, ValueError):
    """The file cannot be opened or read (damaged, truncated, not what its name says)."""

    code = "E002"


class EncryptedPDFError(MinutesParserError, PermissionError):
    """The PDF is password-protected."""

    code = "E003"


class NoTextLayerError(MinutesParserError, ValueError):
    """The PDF has pages but no text layer: a scan that needs OCR first."""

    code = "E004"


class EmptyDocumentError(MinutesParserError, ValueError):
    """The input holds no text at all."""

    code = "E005"


class SettingsError(MinutesParserError, ValueError):
    """A setting has a value it cannot take."""

    code = "E006"


class ExtractionError(MinutesParserError, RuntimeError):
    """An extractor failed on this document (a defect of the parser's, not of the file): with
    ``strict``; otherwise its field is left empty with warning W016."""

    code = "E010"


class ScanLockedError(MinutesParserError, RuntimeError):
    """Another scan is writing to the same output folder."""

    code = "E100"


class WorkerStartError(MinutesParserError, RuntimeError):
    """The scan's worker processes die before they can take a document (a broken installation?)."""

    code = "E101"


class LimitExceededError(MinutesParserError, ValueError):
    """The input is larger than a limit of `Settings` allows (bytes held in memory; with
    ``strict``, also pages, characters, line length or a list label)."""

    code = "E007"


class ParseTimeoutError(MinutesParserError, TimeoutError):
    """The parse took longer than ``Settings.max_seconds``."""

    code = "E008"


class DocumentNotFoundError(MinutesParserError, FileNotFoundError):
    """A path (or a string that can only be one, such as ``"reprot.pdf"``) names no file."""

    code = "E009"
