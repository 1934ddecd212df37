"""The typed records `parse` returns.

Every record is a frozen, slotted `attrs` class: records never change after they
are made (use `attrs.evolve` for a changed copy) and know nothing of JSON, which
lives at the edge in `minutes_parser.serialize`.

Every extracted record carries a `Span`: the character offsets into
`Document.text`, the page it starts on and, for PDFs, a bounding box.  For any
record with a span and a text, ``normalise_space(document.text[span.start:span.end])
== record.text`` holds (see `minutes_parser.text.normalise_space`).
"""

from __future__ import annotations

import datetime as _dt
from enum import StrEnum
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "AgendaItem",
    "Attendance",
    "BBox",
    "DateMention",
    "DatePrecision",
    "DateRole",
    "DiffOp",
    "Document",
    "DocumentKind",
    "Item",
    "ItemKind",
    "Mention",
    "Motion",
    "MotionOutcome",
    "NamedVote",
    "Pair",
    "Person",
    "PersonKind",
    "RoleMention",
    "Span",
    "Status",
    "VoteChoice",
    "Warning",
]


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
class Warning:
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
    asked to:"), when there is one.
    """

    kind: ItemKind
    label: str | None
    text: str
    span: Span
    children: tuple[Item, ...] = ()
    preamble: str | None = None
    agenda_item: AgendaItem | None = None

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
    precision: DatePrecision
    span: Span
    end: str | None = None
    role: DateRole | None = None
    season: str | None = None

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
    kind: PersonKind
    honorifics: tuple[str, ...] = ()
    post_nominals: tuple[str, ...] = ()
    role: str | None = None
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
    span: Span
    person: str | None = None


@frozen(kw_only=True)
class DiffOp:
    """One run of a word-level diff: "equal", "insert" or "delete"."""

    op: str
    words: tuple[str, ...]


@frozen(kw_only=True)
class Pair:
    """A recommendation and the resolution that enacts it (either may be None)."""

    recommendation: Item | None
    resolution: Item | None
    status: Status
    similarity: float
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
    span: Span
    is_amendment: bool = False
    mover: str | None = None
    mover_span: Span | None = None
    seconder: str | None = None
    seconder_span: Span | None = None
    outcome: MotionOutcome | None = None
    outcome_span: Span | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    named_votes: tuple[NamedVote, ...] = ()
    resolution: tuple[int, ...] | None = None


@frozen(kw_only=True)
class Document:
    """Everything `parse` took out of one document."""

    text: str = field(repr=False)
    kind: DocumentKind
    source: str | None = None
    title: str | None = None
    body: str | None = None
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
    warnings: tuple[Warning, ...] = ()

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

    def _repr_html_(self) -> str:
        """Jupyter's view: fields, item trees and the comparison (drawn by `minutes_parser.notebook`)."""
        from .notebook import document_html

        return document_html(self)
