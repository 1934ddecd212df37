"""Type information for `minutes_parser`: the names `__init__.py` loads lazily, imported for real.

Only type checkers read this file; keep it in step with `__init__.__all__` (a test checks).
"""

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

from .compare import compare as compare
from .pipeline import parse as parse
from .pipeline import parse_pdf as parse_pdf
from .pipeline import parse_text as parse_text
from .scan import read_scan as read_scan
from .scan import scan as scan
from .serialize import from_dict as from_dict
from .serialize import from_json as from_json
from .serialize import to_dict as to_dict
from .serialize import to_frame as to_frame
from .serialize import to_json as to_json
from .serialize import to_records as to_records
