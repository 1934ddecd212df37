"""The JSON edge: one `cattrs` converter turns records into plain data.

The keys the shared scorer reads (``kind``, ``title``, ``body``,
``meeting_date``, ``recommendations``, ``resolutions``, ``dates``, ``people``,
``comparison``, ``motions``) are part of the public contract; `schema/document.schema.json`
describes the whole object and the tests validate output against it.
"""

from __future__ import annotations

import datetime as _dt
import json
from enum import Enum
from importlib import resources
from typing import Any

import cattrs

from .records import BBox, DateMention, Document, Item, Mention, Motion, Pair, Person, RoleMention, Span, Warning

__all__ = ["SCHEMA_VERSION", "converter", "schema", "to_dict", "to_json"]

SCHEMA_VERSION = "1"

converter = cattrs.Converter(omit_if_default=False)
converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
converter.register_unstructure_hook(BBox, lambda b: [b.x0, b.top, b.x1, b.bottom])


def _enum(value: Enum) -> Any:
    return value.value


converter.register_unstructure_hook_func(lambda t: isinstance(t, type) and issubclass(t, Enum), _enum)


def _span(span: Span) -> dict[str, Any]:
    return {
        "start": span.start,
        "end": span.end,
        "page": span.page,
        "bbox": converter.unstructure(span.bbox) if span.bbox else None,
    }


def _item(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "label": item.label,
        "text": item.text,
        "children": [_item(c) for c in item.children],
        "preamble": item.preamble,
        "span": _span(item.span),
    }
    if item.agenda_item is not None:
        out["agenda_item"] = {"number": item.agenda_item.number, "title": item.agenda_item.title}
    return out


def _date(d: DateMention) -> dict[str, Any]:
    return {
        "text": d.text,
        "value": d.value,
        "end": d.end,
        "precision": d.precision.value,
        "role": d.role.value if d.role else None,
        "season": d.season,
        "span": _span(d.span),
    }


def _mention(m: Mention) -> dict[str, Any]:
    return {"text": m.text, "span": _span(m.span)}


def _person(p: Person) -> dict[str, Any]:
    return {
        "name": p.name,
        "honorific": p.honorific,
        "honorifics": list(p.honorifics),
        "post_nominals": list(p.post_nominals),
        "role": p.role,
        "kind": p.kind.value,
        "organisation": p.organisation,
        "party": p.party,
        "phone": p.phone,
        "email": p.email,
        "attendance": p.attendance.value if p.attendance else None,
        "mentions": [_mention(m) for m in p.mentions],
    }


def _side(item: Item | None) -> dict[str, Any] | None:
    return None if item is None else {"label": item.label, "text": item.text, "span": _span(item.span)}


def _pair(p: Pair) -> dict[str, Any]:
    return {
        "recommendation": _side(p.recommendation),
        "resolution": _side(p.resolution),
        "status": p.status.value,
        "similarity": round(p.similarity, 4),
        "diff": [{"op": d.op, "words": list(d.words)} for d in p.diff],
    }


def _role(r: RoleMention) -> dict[str, Any]:
    return {"role": r.role, "person": r.person, "span": _span(r.span)}


def _motion(m: Motion) -> dict[str, Any]:
    """A motion as the shared scorer reads it (text, mover, seconder, outcome, for, against,
    abstain), with its spans, named votes and the path of the resolution it produced."""
    return {
        "text": m.text,
        "mover": m.mover,
        "seconder": m.seconder,
        "outcome": m.outcome.value if m.outcome else None,
        "for": m.votes_for,
        "against": m.votes_against,
        "abstain": m.votes_abstain,
        "is_amendment": m.is_amendment,
        "named_votes": [
            {"name": v.name, "vote": v.choice.value, "span": _span(v.span) if v.span else None} for v in m.named_votes
        ],
        "resolution": list(m.resolution) if m.resolution is not None else None,
        "span": _span(m.span),
        "mover_span": _span(m.mover_span) if m.mover_span else None,
        "seconder_span": _span(m.seconder_span) if m.seconder_span else None,
        "outcome_span": _span(m.outcome_span) if m.outcome_span else None,
    }


def _warning(w: Warning) -> dict[str, Any]:
    return {"code": w.code, "message": w.message, "span": _span(w.span) if w.span else None}


converter.register_unstructure_hook(Span, _span)
converter.register_unstructure_hook(Item, _item)
converter.register_unstructure_hook(DateMention, _date)
converter.register_unstructure_hook(Person, _person)
converter.register_unstructure_hook(Pair, _pair)
converter.register_unstructure_hook(RoleMention, _role)
converter.register_unstructure_hook(Motion, _motion)
converter.register_unstructure_hook(Warning, _warning)


def to_dict(document: Document, *, include_text: bool = False) -> dict[str, Any]:
    """The document as the JSON object `minutes-parser parse --format json` prints."""
    u = converter.unstructure
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": document.source,
        "kind": document.kind.value,
        "title": document.title,
        "body": document.body,
        "meeting_date": document.meeting_date.isoformat() if document.meeting_date else None,
        "agenda_item": document.agenda_item,
        "pages": document.pages,
        "recommendations": [u(i) for i in document.recommendations],
        "resolutions": [u(i) for i in document.resolutions],
        "dates": [u(d) for d in document.dates],
        "people": [u(p) for p in document.people],
        "role_mentions": [u(r) for r in document.role_mentions],
        "comparison": [u(p) for p in document.comparison],
        "motions": [u(m) for m in document.motions],
        "warnings": [u(w) for w in document.warnings],
    }
    if include_text:
        out["text"] = document.text
    return out


def to_json(document: Document, *, indent: int | None = 2, include_text: bool = False) -> str:
    return json.dumps(to_dict(document, include_text=include_text), ensure_ascii=False, indent=indent)


def schema() -> dict[str, Any]:
    """The JSON Schema of `to_dict`'s output, as shipped in the package."""
    text = resources.files("minutes_parser").joinpath("schema/document.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
