"""The typed records `parse` and `compare` return.

Every record is a frozen, slotted `attrs` class: records never change after they
are made (use `attrs.evolve` for a changed copy) and know nothing of JSON, which
lives at the edge in `minutes_parser.serialize`, nor of how they are shown, which
lives in `minutes_parser.views`.  The two records Jupyter displays (`Document`,
`Comparison`) have a ``_repr_html_`` because IPython looks for it on the object;
it draws with the function `views` registered in `HTML_VIEWS` when it was
imported (the package's ``__init__`` imports it), so this module imports
nothing of the package, not even inside a function, and no view imports back.

Fields stand in the order of the JSON keys (the records are keyword-only, so
the order is free), so the converter writes them in that order.

Every extracted record carries a `Span`: the character offsets into
`Document.text`, the page it starts on and, for PDFs, a bounding box.  For any
record with a span and a text, ``normalise_space(document.text[span.start:span.end])
== record.text`` holds (see `minutes_parser.text.normalise_space`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Any, overload

import attrs
from attrs import field, frozen

__all__ = [
    "AgendaItem",
    "Attendance",
    "BBox",
    "Comparison",
    "DateMention",
    "DatePrecision",
    "DateRole",
    "DiffOp",
    "DiffOpKind",
    "Document",
    "DocumentKind",
    "Item",
    "ItemKind",
    "Mention",
    "Motion",
    "MotionOutcome",
    "NamedVote",
    "Pair",
    "ParseWarning",
    "Person",
    "PersonKind",
    "RoleMention",
    "Span",
    "Status",
    "Table",
    "TableCell",
    "VoteChoice",
]


# How `Document` and `Comparison` render in Jupyter: filled by `minutes_parser.views` when it is imported.
HTML_VIEWS: dict[type, Callable[[Any], str]] = {}


def _html(record: object) -> str | None:
    """The registered HTML view of a record, or None (Jupyter then shows its repr)."""
    view = HTML_VIEWS.get(type(record))
    return view(record) if view is not None else None


class DocumentKind(StrEnum):
    """What a document is."""

    REPORT = "report"
    MINUTES = "minutes"
    AGENDA = "agenda"
    DECISION = "decision"
    OTHER = "other"


class ItemKind(StrEnum):
    RECOMMENDATION = "recommendation"
    RESOLUTION = "resolution"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class DateRole(StrEnum):
    """What a date is for, where the layout says it."""

    MEETING = "meeting"
    REPORT = "report"
    DECISION = "decision"
    DEADLINE = "deadline"
    PUBLICATION = "publication"
    # when a decision takes effect: "Decision effective:", "Call-in expires:", "Date decision comes into force"
    EFFECTIVE = "effective"


class PersonKind(StrEnum):
    COUNCILLOR = "councillor"
    OFFICER = "officer"
    OTHER = "other"


class Attendance(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    ALSO_PRESENT = "also_present"
    IN_ATTENDANCE = "in_attendance"
    REMOTE = "remote"


class Status(StrEnum):
    """How a resolution relates to the recommendation it enacts."""

    VERBATIM = "verbatim"
    REWORDED = "reworded"
    AMENDED = "amended"
    NOT_RESOLVED = "not_resolved"
    ADDED = "added"


class DiffOpKind(StrEnum):
    """One run of a word-level diff: words both wordings share, or only the resolution's, or only the
    recommendation's."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@frozen
class BBox:
    """A box on a page in PDF points, origin at the page's top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )


@frozen(kw_only=True)
class Span:
    """Where a record stands: ``[start, end)`` into `Document.text`, 1-based page."""

    start: int
    end: int
    page: int | None = None
    bbox: BBox | None = None

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@frozen(kw_only=True)
class ParseWarning:
    """A doubt the parser had: a code tests can assert, and a sentence for people."""

    code: str
    message: str
    span: Span | None = None


@frozen(kw_only=True)
class AgendaItem:
    """The agenda item or minute an item belongs to: "86. Minutes of the Meeting…"."""

    number: str | None
    title: str | None
    span: Span | None = None


@frozen(kw_only=True)
class Item:
    """One recommendation or resolution, with its sub-items.

    `label` is the number or letter as printed ("1)", "(ii)", "2.3",
    "Recommendation 1") or None; `text` is its wording with the label removed
    and lines joined; `preamble` is the sentence it hangs from ("Cabinet is
    asked to:"), when there is one.  `reference` is the decision or reference
    number printed with the item or its heading ("24/00108", "R2025-193",
    "Resolution No. 2021-45" as "2021-45", "Minute 291" as "291"), when there is one.
    """

    kind: ItemKind
    label: str | None
    text: str
    children: tuple[Item, ...] = ()
    preamble: str | None = None
    span: Span
    agenda_item: AgendaItem | None = None
    reference: str | None = None

    def walk(self) -> tuple[Item, ...]:
        """This item and all its descendants, depth first."""
        out: list[Item] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@frozen(kw_only=True)
class DateMention:
    """A date as printed, its value and precision.

    `value` and `end` are ISO strings cut to the precision: "2025-01-30",
    "2025-01" or "2025"; a season keeps its year in `value` and the season
    in `season`.
    """

    text: str
    value: str
    end: str | None = None
    precision: DatePrecision
    role: DateRole | None = None
    season: str | None = None
    span: Span

    def to_date(self) -> _dt.date:
        """The first day the mention can mean (1 January for a year)."""
        parts = [int(p) for p in self.value.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return _dt.date(parts[0], parts[1], parts[2])


@frozen(kw_only=True)
class Mention:
    """One place a person is named."""

    text: str
    span: Span


@frozen(kw_only=True)
class Person:
    """A distinct named person, with every mention of them."""

    name: str
    honorifics: tuple[str, ...] = ()
    post_nominals: tuple[str, ...] = ()
    role: str | None = None
    kind: PersonKind
    organisation: str | None = None
    party: str | None = None
    phone: str | None = None
    email: str | None = None
    attendance: Attendance | None = None
    mentions: tuple[Mention, ...] = ()

    @property
    def honorific(self) -> str | None:
        """The honorifics as one string ("Councillor Dr"), or None."""
        return " ".join(self.honorifics) or None


@frozen(kw_only=True)
class RoleMention:
    """A role named without a person ("The Head of Community Services said")."""

    role: str
    person: str | None = None
    span: Span


@frozen(kw_only=True)
class DiffOp:
    """One run of a word-level diff: "equal", "insert" or "delete"."""

    op: DiffOpKind = field(converter=DiffOpKind)
    words: tuple[str, ...]


SIMILARITY_DIGITS = 4  # a pair's similarity is kept to 4 decimals: finer figures mean nothing


def _similarity(value: float) -> float:
    return round(float(value), SIMILARITY_DIGITS)


@frozen(kw_only=True)
class Pair:
    """A recommendation and the resolution that enacts it (either may be None)."""

    recommendation: Item | None
    resolution: Item | None
    status: Status
    similarity: float = field(converter=_similarity)
    diff: tuple[DiffOp, ...] = ()


class MotionOutcome(StrEnum):
    """What became of a motion or amendment."""

    CARRIED = "carried"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    DEFERRED = "deferred"
    NOTED = "noted"


class VoteChoice(StrEnum):
    """How a member voted in a recorded vote or roll call."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    ABSENT = "absent"


@frozen(kw_only=True)
class NamedVote:
    """One member's vote as printed in a recorded vote ("For (12): Cllrs ...", "Ayes: ...")."""

    name: str
    choice: VoteChoice
    span: Span | None = None


@frozen(kw_only=True)
class Motion:
    """A motion or amendment put to a meeting, and what became of it.

    `text` is its wording without "Moved by ... that" (`span` covers it); `mover` and
    `seconder` are names as printed without honorific; the counts are those printed
    (None where not printed); `resolution` is the path of the item it produced in
    `Document.resolutions` (top-level index, then child indices), or None.
    """

    text: str
    mover: str | None = None
    seconder: str | None = None
    outcome: MotionOutcome | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    is_amendment: bool = False
    named_votes: tuple[NamedVote, ...] = ()
    resolution: tuple[int, ...] | None = None
    span: Span
    mover_span: Span | None = None
    seconder_span: Span | None = None
    outcome_span: Span | None = None


@frozen(kw_only=True)
class TableCell:
    """One cell of a table: its place in the grid, its text as printed and where its pieces stand.

    A cell may be printed over several lines, and in a PDF one line of the document
    text may cross several cells: `spans` are the cell's pieces in `Document.text`,
    and `text` is ``text[span.start:span.end]`` of each joined by a line break."""

    row: int  # 0-based
    column: int  # 0-based; a row may have fewer cells where a cell spans columns
    text: str
    spans: tuple[Span, ...]
    page: int
    bbox: BBox | None = None  # the cell's box (PDFs)

    @property
    def start(self) -> int:
        return self.spans[0].start if self.spans else -1

    @property
    def end(self) -> int:
        return self.spans[-1].end if self.spans else -1

    def holds(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside one of the cell's pieces."""
        return any(s.start <= start and end <= s.end for s in self.spans)


@frozen(kw_only=True)
class Table:
    """A table the document prints: rows of cells (from a PDF's rulings, or Markdown, HTML or Word markup)."""

    page: int
    rows: tuple[tuple[TableCell, ...], ...]
    bbox: BBox | None = None  # the table's box (PDFs)

    @property
    def cells(self) -> tuple[TableCell, ...]:
        return tuple(cell for row in self.rows for cell in row)

    def cell_at(self, offset: int) -> TableCell | None:
        """The cell one of whose pieces holds the character at `offset`."""
        for cell in self.cells:
            if any(s.start <= offset < s.end for s in cell.spans):
                return cell
        return None


@frozen(kw_only=True)
class Document:
    """Everything `parse` took out of one document."""

    source: str | None = None
    kind: DocumentKind
    title: str | None = None
    body: str | None = None
    # the council or authority the document is from ("Kent County Council"), where it names itself
    authority: str | None = None
    meeting_date: _dt.date | None = None
    agenda_item: str | None = None
    pages: int = 1
    recommendations: tuple[Item, ...] = ()
    resolutions: tuple[Item, ...] = ()
    dates: tuple[DateMention, ...] = ()
    people: tuple[Person, ...] = ()
    role_mentions: tuple[RoleMention, ...] = ()
    comparison: tuple[Pair, ...] = ()
    motions: tuple[Motion, ...] = ()
    tables: tuple[Table, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    text: str = field(repr=False)

    def items(self) -> tuple[Item, ...]:
        """Every recommendation and resolution, flattened depth first."""
        out: list[Item] = []
        for item in (*self.recommendations, *self.resolutions):
            out.extend(item.walk())
        return tuple(out)

    def span_text(self, span: Span) -> str:
        """The document text a span covers, exactly as stored."""
        return self.text[span.start : span.end]

    def evolve(self, **changes: Any) -> Document:
        return attrs.evolve(self, **changes)

    def _repr_html_(self) -> str | None:
        """Jupyter's view: fields, item trees and the comparison (drawn by `minutes_parser.views`)."""
        return _html(self)


@frozen(kw_only=True, repr=False)
class Comparison(Sequence[Pair]):
    """The pairs `compare` made, in order, and the documents their spans point into.

    Behaves as a tuple of `Pair` (``len``, iteration, indexing).  Rows, frames and
    JSON are at the edge (`minutes_parser.to_records`, `to_frame`, `comparison_to_dict`);
    in Jupyter it renders as a table with the two wordings side by side."""

    pairs: tuple[Pair, ...] = ()
    report: Document | None = field(default=None, repr=False, eq=False)
    minutes: Document | None = field(default=None, repr=False, eq=False)
    # doubts about the pairing itself: W020 the two are of different meetings, W021 nothing the
    # report recommends is resolved in the minutes (are they about the same matter?)
    warnings: tuple[ParseWarning, ...] = ()

    def __len__(self) -> int:
        return len(self.pairs)

    def __repr__(self) -> str:
        """One line: how many pairs of each status, and the documents ("Comparison(5 pairs: ...)")."""
        counts = ", ".join(f"{status} {n}" for status, n in self.counts().items() if n)
        sources = [f"{k}={d.source!r}" for k, d in (("report", self.report), ("minutes", self.minutes)) if d]
        tail = (": " + counts if counts else "") + ("; " + ", ".join(sources) if sources else "")
        return f"Comparison({len(self)} pairs{tail})"

    def __iter__(self) -> Iterator[Pair]:
        return iter(self.pairs)

    @overload
    def __getitem__(self, index: int) -> Pair: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Pair, ...]: ...

    def __getitem__(self, index: int | slice) -> Pair | tuple[Pair, ...]:
        return self.pairs[index]

    def counts(self) -> dict[str, int]:
        """How many pairs have each status (every status listed, zeros included)."""
        out = {s.value: 0 for s in Status}
        for p in self.pairs:
            out[p.status.value] += 1
        return out

    def _repr_html_(self) -> str | None:
        """Jupyter's view: the pairs as a table (drawn by `minutes_parser.views`)."""
        return _html(self)
