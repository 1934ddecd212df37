"""minutes_parser: council reports, minutes and decision notices as typed records.

    >>> import minutes_parser
    >>> doc = minutes_parser.parse("RESOLVED that the minutes be approved.")
    >>> [item.text for item in doc.resolutions]
    ['the minutes be approved.']

The public API is what this module exports: `parse` (and `parse_pdf`,
`parse_text`), `compare`, `scan`, the records, `Settings`, the errors, and
`to_dict`/`to_json` for the JSON edge.
"""

from __future__ import annotations

from typing import Any

from .comparisons import Comparison, compare
from .errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPDFError,
    MinutesParserError,
    NoTextLayerError,
    SettingsError,
    UnsupportedFormatError,
)
from .pipeline import parse, parse_pdf, parse_text
from .records import (
    AgendaItem,
    Attendance,
    BBox,
    DateMention,
    DatePrecision,
    DateRole,
    DiffOp,
    Document,
    DocumentKind,
    Item,
    ItemKind,
    Mention,
    Pair,
    Person,
    PersonKind,
    RoleMention,
    Span,
    Status,
    Warning,
)
from .serialize import to_dict, to_json
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "AgendaItem",
    "Attendance",
    "BBox",
    "Comparison",
    "CorruptFileError",
    "DateMention",
    "DatePrecision",
    "DateRole",
    "DiffOp",
    "Document",
    "DocumentKind",
    "EmptyDocumentError",
    "EncryptedPDFError",
    "Item",
    "ItemKind",
    "Mention",
    "MinutesParserError",
    "NoTextLayerError",
    "Pair",
    "Person",
    "PersonKind",
    "RoleMention",
    "Settings",
    "SettingsError",
    "Span",
    "Status",
    "UnsupportedFormatError",
    "Warning",
    "__version__",
    "compare",
    "parse",
    "parse_pdf",
    "parse_text",
    "scan",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    # `scan` pulls in multiprocessing and optional table writers: load it on first use.
    if name == "scan":
        from .batch import scan

        return scan
    raise AttributeError(f"module 'minutes_parser' has no attribute {name!r}")
