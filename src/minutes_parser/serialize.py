"""The JSON edge: one `cattrs` converter turns records into plain data and back.

The keys the shared scorer reads (``kind``, ``title``, ``body``,
``meeting_date``, ``recommendations``, ``resolutions``, ``dates``, ``people``,
``comparison``, ``motions``) are part of the public contract; `schema/document.schema.json`
describes the whole object and the tests validate output against it.

cattrs generates the hooks for every record from its fields (the records list
their fields in the order of the JSON keys); the overrides below are the few
places where the JSON is not the record field by field:

* an `Item` has no ``kind`` key (its list says it: ``recommendations`` or
  ``resolutions``), and an ``agenda_item`` and a ``reference`` key only when it has one;
* a `Person` also has ``honorific``, its honorifics as one string (derived);
* a `Pair`'s two sides are the items' ``label``, ``text`` and ``span`` only
  (the items themselves are in the document's lists);
* a `Motion`'s counts are ``for``, ``against`` and ``abstain`` (the scorer's
  keys), and a `NamedVote`'s choice is ``vote``;
* a `BBox` is a list ``[x0, top, x1, bottom]``, a date an ISO string, an enum
  its value;
* the document's ``text`` is written only when asked (``include_text``), and a
  ``schema_version`` comes first.

`from_dict`/`from_json` structure that JSON back with the same converter:
``from_json(to_json(doc, include_text=True)) == doc``.  A pair's sides are
looked up among the document's items by their span (so they are the very
items, children included); without ``text`` a document comes back with an
empty ``text``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import Enum
from importlib import resources
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import records
from .records import (
    AgendaItem,
    BBox,
    Comparison,
    Document,
    Item,
    ItemKind,
    Motion,
    NamedVote,
    Pair,
    Person,
    Span,
)
from .views import diff_text

__all__ = [
    "COMPARISON_ROW_COLUMNS",
    "ITEM_ROW_COLUMNS",
    "SCHEMA_VERSION",
    "comparison_to_dict",
    "converter",
    "from_dict",
    "from_json",
    "schema",
    "to_csv",
    "to_dict",
    "to_frame",
    "to_json",
    "to_records",
]

SCHEMA_VERSION = "1"

# Structuring refuses keys a record does not have (a typo must not vanish silently).
converter = cattrs.Converter(omit_if_default=False, forbid_extra_keys=True)

# ----------------------------------------------------------------------------- leaves

converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
converter.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))
converter.register_unstructure_hook(BBox, lambda b: [b.x0, b.top, b.x1, b.bottom])
converter.register_structure_hook(BBox, lambda v, _: BBox(*(float(x) for x in v)))


def _enum(value: Enum) -> Any:
    return value.value


# Every enum as its plain value (cattrs would pass a StrEnum member through as it is, a `str` subclass).
for _name in records.__all__:
    _type = getattr(records, _name)
    if isinstance(_type, type) and issubclass(_type, Enum):
        converter.register_unstructure_hook(_type, _enum)


# ----------------------------------------------------------------------------- records with overrides
# (a record's hook is registered before the hooks of the records that hold it: those capture it)

converter.register_unstructure_hook(
    AgendaItem, make_dict_unstructure_fn(AgendaItem, converter, span=override(omit_if_default=True))
)
converter.register_unstructure_hook(
    Item,
    make_dict_unstructure_fn(
        Item,
        converter,
        kind=override(omit=True),
        agenda_item=override(omit_if_default=True),
        reference=override(omit_if_default=True),
    ),
)

_person_fields = make_dict_unstructure_fn(Person, converter)


def _person(person: Person) -> dict[str, Any]:
    fields = _person_fields(person)
    return {"name": fields.pop("name"), "honorific": person.honorific, **fields}


converter.register_unstructure_hook(Person, _person)


def _side(item: Item | None) -> dict[str, Any] | None:
    return None if item is None else {"label": item.label, "text": item.text, "span": converter.unstructure(item.span)}


def _side_structure(kind: ItemKind) -> Callable[[Any, Any], Item | None]:
    def structure(value: Mapping[str, Any] | None, _: Any) -> Item | None:
        if value is None:
            return None
        span = converter.structure(value["span"], Span)
        return Item(kind=kind, label=value["label"], text=value["text"], span=span)

    return structure


converter.register_unstructure_hook(
    Pair,
    make_dict_unstructure_fn(
        Pair, converter, recommendation=override(unstruct_hook=_side), resolution=override(unstruct_hook=_side)
    ),
)
converter.register_structure_hook(
    Pair,
    make_dict_structure_fn(
        Pair,
        converter,
        recommendation=override(struct_hook=_side_structure(ItemKind.RECOMMENDATION)),
        resolution=override(struct_hook=_side_structure(ItemKind.RESOLUTION)),
    ),
)

# A motion's counts are the scorer's "for", "against" and "abstain"; a named vote's choice is "vote".
_vote = override(rename="vote")
_for, _against, _abstain = override(rename="for"), override(rename="against"), override(rename="abstain")
converter.register_unstructure_hook(NamedVote, make_dict_unstructure_fn(NamedVote, converter, choice=_vote))
converter.register_structure_hook(NamedVote, make_dict_structure_fn(NamedVote, converter, choice=_vote))
converter.register_unstructure_hook(
    Motion,
    make_dict_unstructure_fn(Motion, converter, votes_for=_for, votes_against=_against, votes_abstain=_abstain),
)
converter.register_structure_hook(
    Motion,
    make_dict_structure_fn(Motion, converter, votes_for=_for, votes_against=_against, votes_abstain=_abstain),
)

_document_fields = make_dict_unstructure_fn(Document, converter)
_document_structure = make_dict_structure_fn(Document, converter)


# ----------------------------------------------------------------------------- documents


def to_dict(document: Document, *, include_text: bool = False) -> dict[str, Any]:
    """The document as the JSON object `minutes-parser parse --format json` prints."""
    fields = _document_fields(document)
    text = fields.pop("text")
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, **fields}
    if include_text:
        out["text"] = text
    return out


def to_json(document: Document, *, indent: int | None = 2, include_text: bool = False) -> str:
    return json.dumps(to_dict(document, include_text=include_text), ensure_ascii=False, indent=indent)


def _with_kind(items: Sequence[Mapping[str, Any]], kind: ItemKind) -> list[dict[str, Any]]:
    return [{**item, "kind": kind.value, "children": _with_kind(item.get("children", ()), kind)} for item in items]


def _walk(items: Sequence[Item]) -> Iterator[Item]:
    for item in items:
        yield from item.walk()


def from_dict(data: Mapping[str, Any]) -> Document:
    """The `Document` a `to_dict` object describes (the inverse of `to_dict`).

    Raises `cattrs` errors (`ClassValidationError`, a `ValueError`) for data that
    is not such an object; ``schema_version`` must be this package's."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise ValueError(f"schema_version {version!r} is not {SCHEMA_VERSION!r}")
    fields = {k: v for k, v in data.items() if k != "schema_version"}
    fields.setdefault("text", "")
    fields["recommendations"] = _with_kind(fields.get("recommendations", ()), ItemKind.RECOMMENDATION)
    fields["resolutions"] = _with_kind(fields.get("resolutions", ()), ItemKind.RESOLUTION)
    # `honorific` is derived from `honorifics`: written for readers, not read back
    fields["people"] = [{k: v for k, v in p.items() if k != "honorific"} for p in fields.get("people", ())]
    document = _document_structure(fields, Document)
    return document.evolve(comparison=_pairs_in(document, document.comparison))


def _pairs_in(document: Document, pairs: Sequence[Pair]) -> tuple[Pair, ...]:
    """The pairs with their sides replaced by the document's own items (same span, kind and text)."""
    known = {(i.kind, i.span, i.label, i.text): i for i in _walk((*document.recommendations, *document.resolutions))}

    def own(item: Item | None) -> Item | None:
        return None if item is None else known.get((item.kind, item.span, item.label, item.text), item)

    return tuple(
        p if p.recommendation is p.resolution is None else _evolve_pair(p, own(p.recommendation), own(p.resolution))
        for p in pairs
    )


def _evolve_pair(pair: Pair, recommendation: Item | None, resolution: Item | None) -> Pair:
    return Pair(
        recommendation=recommendation,
        resolution=resolution,
        status=pair.status,
        similarity=pair.similarity,
        diff=pair.diff,
    )


def from_json(text: str | bytes) -> Document:
    """The `Document` a `to_json` text describes (the inverse of `to_json`)."""
    return from_dict(json.loads(text))


# ----------------------------------------------------------------------------- comparisons

# The columns of `to_records` (and of ``minutes-parser compare --format csv``), in order.
COMPARISON_ROW_COLUMNS = (
    "status",
    "similarity",
    "recommendation_label",
    "recommendation",
    "resolution_label",
    "resolution",
    "diff",
    "recommendation_source",
    "recommendation_start",
    "resolution_source",
    "resolution_start",
)


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON-ready data (``minutes-parser compare --format json``); its ``comparison``
    list has the shape of `Document.comparison` in ``parse`` output."""
    return {
        "report": comparison.report.source if comparison.report else None,
        "minutes": comparison.minutes.source if comparison.minutes else None,
        "counts": comparison.counts(),
        "comparison": [converter.unstructure(p) for p in comparison.pairs],
        "warnings": [converter.unstructure(w) for w in comparison.warnings],
    }


def to_records(comparison: Comparison) -> list[dict[str, Any]]:
    """One plain dict per pair: labels, wordings, status, similarity, the diff as text, sources."""
    rec_source = comparison.report.source if comparison.report else None
    res_doc = comparison.minutes or comparison.report
    res_source = res_doc.source if res_doc else None
    rows = []
    for p in comparison.pairs:
        rec, res = p.recommendation, p.resolution
        values = (
            p.status.value,
            p.similarity,
            rec.label if rec else None,
            rec.text if rec else None,
            res.label if res else None,
            res.text if res else None,
            diff_text(p.diff),
            rec_source if rec else None,
            rec.span.start if rec else None,
            res_source if res else None,
            res.span.start if res else None,
        )
        rows.append(dict(zip(COMPARISON_ROW_COLUMNS, values, strict=True)))
    return rows


def to_frame(comparison: Comparison) -> Any:
    """The rows of `to_records` as a pandas DataFrame (needs the optional ``pandas`` extra)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_frame() needs pandas: pip install 'minutes-parser[pandas]' (or use to_records() for plain dicts)"
        ) from exc
    return pd.DataFrame.from_records(to_records(comparison), columns=list(COMPARISON_ROW_COLUMNS))


# ----------------------------------------------------------------------------- CSV

# The columns of ``minutes-parser parse --format csv``: one row per recommendation or resolution,
# sub-items included (depth first, `parent` naming the row of the item it hangs from).
ITEM_ROW_COLUMNS = (
    "source",
    "document_kind",
    "authority",
    "meeting_date",
    "kind",
    "index",
    "parent",
    "depth",
    "label",
    "text",
    "preamble",
    "agenda_number",
    "agenda_title",
    "reference",
    "page",
    "start",
    "end",
)


def item_rows(document: Document) -> list[dict[str, Any]]:
    """One row per recommendation and resolution (sub-items included), as ``parse --format csv`` writes."""
    rows: list[dict[str, Any]] = []

    def add(item: Item, depth: int, parent: int | None) -> None:
        index = len(rows)
        agenda = item.agenda_item
        values = (
            document.source,
            document.kind.value,
            document.authority,
            document.meeting_date.isoformat() if document.meeting_date else None,
            item.kind.value,
            index,
            parent,
            depth,
            item.label,
            item.text,
            item.preamble,
            agenda.number if agenda else None,
            agenda.title if agenda else None,
            item.reference,
            item.span.page,
            item.span.start,
            item.span.end,
        )
        rows.append(dict(zip(ITEM_ROW_COLUMNS, values, strict=True)))
        for child in item.children:
            add(child, depth + 1, index)

    for item in (*document.recommendations, *document.resolutions):
        add(item, 0, None)
    return rows


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, header: bool = True) -> str:
    """Rows as CSV text (RFC 4180 quoting, ``\\r\\n`` line ends as the csv module writes; None as empty)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="raise")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


# ----------------------------------------------------------------------------- schemas


def schema(name: str = "document") -> dict[str, Any]:
    """A JSON Schema shipped in the package: ``document`` (`to_dict`), ``comparison``
    (`comparison_to_dict`) or ``scan`` (the scan's table rows)."""
    text = resources.files("minutes_parser").joinpath(f"schema/{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
