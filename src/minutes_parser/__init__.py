"""minutes_parser: council reports, minutes and decision notices as typed records.

    >>> import minutes_parser
    >>> doc = minutes_parser.parse("RESOLVED that the minutes be approved.")
    >>> [item.text for item in doc.resolutions]
    ['the minutes be approved.']

The public API is what this module exports: `parse` (and `parse_pdf`,
`parse_text`), `compare`, `scan`, the records, `Settings`, the errors,
`to_dict`/`to_json` and `from_dict`/`from_json` for the JSON edge, and
`to_records`/`to_frame` for a comparison's rows.

The records, errors and settings are imported here; the pipeline, the
comparison, the scan and the converter load on first use (PEP 562
``__getattr__``).  Type checkers read their signatures from ``__init__.pyi``,
which imports them for real: this module itself imports nothing from the
layers above it, not even under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import importlib
from typing import Any

from . import views as _views  # noqa: F401  (it registers the HTML views `_repr_html_` draws with)
from ._version import __version__
from .errors import (
    CorruptFileError,
    DocumentNotFoundError,
    EmptyDocumentError,
    EncryptedPDFError,
    ExtractionError,
    LimitExceededError,
    MinutesParserError,
    NoTextLayerError,
    ParseTimeoutError,
    ScanLockedError,
    SettingsError,
    UnsupportedFormatError,
    WorkerStartError,
)
from .records import (
    AgendaItem,
    Attendance,
    BBox,
    Comparison,
    DateMention,
    DatePrecision,
    DateRole,
    DiffOp,
    DiffOpKind,
    Document,
    DocumentKind,
    Item,
    ItemKind,
    Mention,
    Motion,
    MotionOutcome,
    NamedVote,
    Pair,
    ParseWarning,
    Person,
    PersonKind,
    RoleMention,
    Span,
    Status,
    Table,
    TableCell,
    VoteChoice,
)
from .settings import Settings

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
    "DiffOpKind",
    "Document",
    "DocumentKind",
    "DocumentNotFoundError",
    "EmptyDocumentError",
    "EncryptedPDFError",
    "ExtractionError",
    "Item",
    "ItemKind",
    "LimitExceededError",
    "Mention",
    "MinutesParserError",
    "Motion",
    "MotionOutcome",
    "NamedVote",
    "NoTextLayerError",
    "Pair",
    "ParseTimeoutError",
    "ParseWarning",
    "Person",
    "PersonKind",
    "RoleMention",
    "ScanLockedError",
    "Settings",
    "SettingsError",
    "Span",
    "Status",
    "Table",
    "TableCell",
    "UnsupportedFormatError",
    "VoteChoice",
    "WorkerStartError",
    "__version__",
    "compare",
    "from_dict",
    "from_json",
    "parse",
    "parse_pdf",
    "parse_text",
    "read_scan",
    "scan",
    "to_dict",
    "to_frame",
    "to_json",
    "to_records",
]


# The pipeline (its rules, dates, people, comparisons) and the JSON converter load on first use,
# so that `import minutes_parser` is quick for a process that only scans: the scan's main process
# starts its workers' forkserver, which imports them, sooner.
_LAZY = {
    "compare": "compare",
    "from_dict": "serialize",
    "from_json": "serialize",
    "parse": "pipeline",
    "parse_pdf": "pipeline",
    "parse_text": "pipeline",
    "read_scan": "scan",
    "scan": "scan",
    "to_dict": "serialize",
    "to_frame": "serialize",
    "to_json": "serialize",
    "to_records": "serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes_parser' has no attribute {name!r}")
    value = importlib.import_module(f".{module}", __name__)
    if module != name:  # `scan` and `compare` are packages that can be called, as their function
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
