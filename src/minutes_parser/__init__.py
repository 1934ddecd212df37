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

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPDFError,
    MinutesParserError,
    NoTextLayerError,
    SettingsError,
    UnsupportedFormatError,
)
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
from .settings import Settings

if TYPE_CHECKING:
    from .comparisons import Comparison, compare
    from .pipeline import parse, parse_pdf, parse_text
    from .scan import scan
    from .serialize import to_dict, to_json

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


# The pipeline (its rules, dates, people, comparisons) and the JSON converter load on first use,
# so that `import minutes_parser` is quick for a process that only scans: the scan's main process
# starts its workers' forkserver, which imports them, sooner.
_LAZY = {
    "Comparison": "comparisons",
    "compare": "comparisons",
    "parse": "pipeline",
    "parse_pdf": "pipeline",
    "parse_text": "pipeline",
    "scan": "scan",
    "to_dict": "serialize",
    "to_json": "serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes_parser' has no attribute {name!r}")
    value = importlib.import_module(f".{module}", __name__)
    if module != name:  # `scan` is the package itself: it can be called, as its `scan`
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
