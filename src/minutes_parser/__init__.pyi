"""Type information for `minutes_parser`: the names `__init__.py` loads lazily, imported for real.

Only type checkers read this file; keep it in step with `__init__.__all__` (a test checks).
"""

from . import views as _views  # noqa: F401  (it registers the HTML views `_repr_html_` draws with)
from ._version import __version__
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
    Pair,
    ParseWarning,
    Person,
    PersonKind,
    RoleMention,
    Span,
    Status,
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
    "EmptyDocumentError",
    "EncryptedPDFError",
    "Item",
    "ItemKind",
    "Mention",
    "MinutesParserError",
    "NoTextLayerError",
    "Pair",
    "ParseWarning",
    "Person",
    "PersonKind",
    "RoleMention",
    "Settings",
    "SettingsError",
    "Span",
    "Status",
    "UnsupportedFormatError",
    "__version__",
    "compare",
    "from_dict",
    "from_json",
    "parse",
    "parse_pdf",
    "parse_text",
    "scan",
    "to_dict",
    "to_frame",
    "to_json",
    "to_records",
]

from .comparisons import compare as compare
from .pipeline import parse as parse
from .pipeline import parse_pdf as parse_pdf
from .pipeline import parse_text as parse_text
from .scan import scan as scan
from .serialize import from_dict as from_dict
from .serialize import from_json as from_json
from .serialize import to_dict as to_dict
from .serialize import to_frame as to_frame
from .serialize import to_json as to_json
from .serialize import to_records as to_records
