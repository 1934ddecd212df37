"""The rows of the Parquet tables a scan writes, and the writer.

The tables' columns are `columns.COLUMNS` (re-exported here with `TABLES`,
`SCAN_TABLES` and `schema`).  The row builders turn one `documents.jsonl` object (the JSON edge's
`to_dict` output plus the scan's own keys) into rows, so the tables can be
rebuilt at any time from the scan journal without re-parsing.

pyarrow is only needed to *write* the tables (the optional extra ``tables``);
everything here except `schema` and `TableWriter` works without it.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .columns import COLUMNS, SCAN_TABLES, TABLES, schema

if TYPE_CHECKING:
    from .identities import Resolved

__all__ = [
    "COLUMNS",
    "CSV_TABLES",
    "SCAN_TABLES",
    "TABLES",
    "TableWriter",
    "csv_columns",
    "csv_rows",
    "error_rows",
    "identity_rows",
    "rows_for",
    "schema",
]

# ------------------------------------------------------------------ rows

Row = dict[str, Any]


def _span(span: Mapping[str, Any] | None) -> Row:
    if not span:
        return {"page": None, "span_start": None, "span_end": None}
    return {"page": span.get("page"), "span_start": span.get("start"), "span_end": span.get("end")}


def _bbox(span: Mapping[str, Any] | None) -> Row:
    box = (span or {}).get("bbox") or [None, None, None, None]
    return dict(zip(("x0", "top", "x1", "bottom"), box, strict=True))


def _count(items: list[Mapping[str, Any]]) -> int:
    return sum(1 + _count(i.get("children") or []) for i in items)


def _items(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for kind, field in (("recommendation", "recommendations"), ("resolution", "resolutions")):
        index = 0

        def walk(
            items: list[Mapping[str, Any]], parent: str | None, labels: list[str], kind: str = kind
        ) -> Iterator[Row]:
            nonlocal index
            for position, item in enumerate(items, 1):
                path = f"{parent}.{position}" if parent else str(position)
                here = [*labels, item.get("label") or ""]
                agenda = item.get("agenda_item") or {}
                yield {
                    **key,
                    "kind": kind,
                    "index": index,
                    "path": path,
                    "parent_path": parent,
                    "depth": len(labels),
                    "label": item.get("label"),
                    "label_path": here,
                    "text": item.get("text"),
                    "preamble": item.get("preamble"),
                    "agenda_number": agenda.get("number"),
                    "agenda_title": agenda.get("title"),
                    "reference": item.get("reference"),
                    **_span(item.get("span")),
                    **_bbox(item.get("span")),
                }
                index += 1
                yield from walk(item.get("children") or [], path, here, kind)

        yield from walk(list(obj.get(field) or []), None, [])


def _people(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for index, p in enumerate(obj.get("people") or []):
        mentions = p.get("mentions") or []
        yield {
            **key,
            "index": index,
            "name": p.get("name"),
            "honorific": p.get("honorific"),
            "post_nominals": list(p.get("post_nominals") or []),
            "role": p.get("role"),
            "kind": p.get("kind"),
            "organisation": p.get("organisation"),
            "party": p.get("party"),
            "phone": p.get("phone"),
            "email": p.get("email"),
            "attendance": p.get("attendance"),
            "mentions": len(mentions),
            **_span(mentions[0].get("span") if mentions else None),
            "identity": None,  # set by the scan once every document is read (`identity_rows`)
        }


def _dates(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for index, d in enumerate(obj.get("dates") or []):
        yield {
            **key,
            "index": index,
            "text": d.get("text"),
            "value": d.get("value"),
            "end": d.get("end"),
            "precision": d.get("precision"),
            "role": d.get("role"),
            "season": d.get("season"),
            **_span(d.get("span")),
        }


def _comparisons(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for index, pair in enumerate(obj.get("comparison") or []):
        rec = pair.get("recommendation") or {}
        res = pair.get("resolution") or {}
        yield {
            **key,
            "index": index,
            "status": pair.get("status"),
            "similarity": pair.get("similarity"),
            "recommendation_label": rec.get("label"),
            "recommendation_text": rec.get("text"),
            "recommendation_start": (rec.get("span") or {}).get("start"),
            "resolution_label": res.get("label"),
            "resolution_text": res.get("text"),
            "resolution_start": (res.get("span") or {}).get("start"),
            "diff": json.dumps(pair.get("diff") or [], ensure_ascii=False),
        }


def _motions(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    resolutions = list(obj.get("resolutions") or [])
    around = _AgendaByPosition(obj)
    for index, m in enumerate(obj.get("motions") or []):
        span = m.get("span")
        path, agenda = _produced(resolutions, m.get("resolution"))
        if agenda is None:
            agenda = around.at((span or {}).get("start"))
        yield {
            **key,
            "index": index,
            "text": m.get("text"),
            "is_amendment": m.get("is_amendment"),
            "mover": m.get("mover"),
            "seconder": m.get("seconder"),
            "outcome": m.get("outcome"),
            "votes_for": m.get("for"),
            "votes_against": m.get("against"),
            "votes_abstain": m.get("abstain"),
            "resolution_path": path,
            "agenda_number": (agenda or {}).get("number"),
            "agenda_title": (agenda or {}).get("title"),
            **_span(span),
        }


def _produced(
    resolutions: list[Mapping[str, Any]], link: list[int] | None
) -> tuple[str | None, Mapping[str, Any] | None]:
    """The items-table path of the resolution a motion produced (its 0-based indices, 1-based per
    level as `_items` numbers them) and the agenda item of that resolution (or of the nearest
    item above it that has one)."""
    if link is None:
        return None, None
    agenda = None
    items = resolutions
    for i in link:
        if not 0 <= i < len(items):  # a link the document does not hold: the path as recorded, no agenda
            agenda = None
            break
        agenda = items[i].get("agenda_item") or agenda
        items = list(items[i].get("children") or [])
    return ".".join(str(i + 1) for i in link), agenda


class _AgendaByPosition:
    """The agenda item a place in the text is under, as the top-level items around it tell: the
    item that covers it, else the items just before and just after it when both are under the same
    agenda item (agenda items do not interleave).  Anything less certain gives None."""

    def __init__(self, obj: Mapping[str, Any]) -> None:
        items: list[tuple[int, int, Mapping[str, Any] | None]] = []
        for field in ("recommendations", "resolutions"):
            for item in obj.get(field) or []:
                span = item.get("span") or {}
                if span.get("start") is not None:
                    items.append((span["start"], span.get("end") or span["start"], item.get("agenda_item")))
        items.sort(key=lambda t: (t[0], t[1]))
        self.items = items
        self.starts = [start for start, _end, _agenda in items]

    def at(self, pos: int | None) -> Mapping[str, Any] | None:
        if pos is None or not self.items:
            return None
        k = bisect.bisect_right(self.starts, pos)
        before = self.items[k - 1] if k > 0 else None
        if before is not None and before[1] > pos:
            return before[2]
        after = self.items[k] if k < len(self.items) else None
        if before is None or after is None or not before[2] or before[2] != after[2]:
            return None
        return before[2]


def _votes(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for index, m in enumerate(obj.get("motions") or []):
        for v in m.get("named_votes") or []:
            yield {
                **key,
                "motion_index": index,
                "name": v.get("name"),
                "choice": v.get("vote"),
                **_span(v.get("span")),
                "identity": None,  # set by the scan once every document is read (`identities.voters`)
            }


def _cells(obj: Mapping[str, Any], key: Row) -> Iterator[Row]:
    for index, table in enumerate(obj.get("tables") or []):
        for row in table.get("rows") or []:
            for cell in row:
                spans = cell.get("spans") or []
                box = cell.get("bbox") or [None, None, None, None]
                yield {
                    **key,
                    "table": index,
                    "page": cell.get("page"),
                    "row": cell.get("row"),
                    "column": cell.get("column"),
                    "text": cell.get("text"),
                    "span_start": spans[0].get("start") if spans else None,
                    "span_end": spans[-1].get("end") if spans else None,
                    **dict(zip(("x0", "top", "x1", "bottom"), box, strict=True)),
                }


def _document(obj: Mapping[str, Any], key: Row) -> Row:
    return {
        **key,
        "size": obj.get("size"),
        "kind": obj.get("kind"),
        "title": obj.get("title"),
        "body": obj.get("body"),
        "authority": obj.get("authority"),
        "meeting_date": obj.get("meeting_date"),
        "agenda_item": obj.get("agenda_item"),
        "pages": obj.get("pages"),
        "recommendations": _count(list(obj.get("recommendations") or [])),
        "resolutions": _count(list(obj.get("resolutions") or [])),
        "people": len(obj.get("people") or []),
        "dates": len(obj.get("dates") or []),
        "comparisons": len(obj.get("comparison") or []),
        "motions": len(obj.get("motions") or []),
        "warnings": [w.get("code") for w in obj.get("warnings") or []],
        "seconds": obj.get("seconds"),
        "library_version": obj.get("library_version"),
        "url": obj.get("url"),
        "metadata": None if obj.get("metadata") is None else json.dumps(obj["metadata"], ensure_ascii=False),
    }


def rows_for(obj: Mapping[str, Any]) -> dict[str, list[Row]]:
    """Rows of every table but `errors` for one `documents.jsonl` object."""
    key = {"sha256": obj.get("sha256"), "source": obj.get("source")}
    return {
        "documents": [_document(obj, key)],
        "items": list(_items(obj, key)),
        "people": list(_people(obj, key)),
        "dates": list(_dates(obj, key)),
        "comparisons": list(_comparisons(obj, key)),
        "motions": list(_motions(obj, key)),
        "votes": list(_votes(obj, key)),
        "cells": list(_cells(obj, key)),
    }


# ``minutes-parser parse --format csv --table motions|votes|cells``: a table's rows for one document, with the
# document's kind, authority and meeting date beside its source (as the items CSV has them), without
# sha256 (nothing is hashed) and identity (that takes a scan of many documents).
CSV_TABLES = ("motions", "votes", "cells")
_CSV_CONTEXT = ("source", "document_kind", "authority", "meeting_date")


def csv_columns(table: str) -> tuple[str, ...]:
    """The columns of ``parse --format csv --table TABLE`` (a table of `CSV_TABLES`)."""
    return _CSV_CONTEXT + tuple(n for n, _t, _m in COLUMNS[table] if n not in ("sha256", "source", "identity"))


def csv_rows(obj: Mapping[str, Any], table: str) -> list[Row]:
    """The rows of `table` for one document object (`to_dict` output), with `csv_columns`."""
    context = {
        "source": obj.get("source"),
        "document_kind": obj.get("kind"),
        "authority": obj.get("authority"),
        "meeting_date": obj.get("meeting_date"),
    }
    columns = csv_columns(table)
    key = {"sha256": None, "source": obj.get("source")}
    build = {"motions": _motions, "votes": _votes, "cells": _cells}[table]
    return [{name: {**row, **context}[name] for name in columns} for row in build(obj, key)]


def identity_rows(resolved: Resolved) -> dict[str, list[Row]]:
    """The rows of `identities` and `identity_roles` for the people of a whole scan."""
    people: list[Row] = []
    roles: list[Row] = []
    for ident in resolved.identities:
        people.append(
            {
                "identity": ident.id,
                "authority": ident.authority,
                "name": ident.name,
                "forms": list(ident.forms),
                "kind": ident.kind.value,
                "roles": [r.role for r in ident.roles],
                "documents": ident.documents,
                "mentions": ident.mentions,
                "first_date": ident.first_date,
                "last_date": ident.last_date,
            }
        )
        roles.extend(
            {
                "identity": ident.id,
                "role": r.role,
                "first_date": r.first_date,
                "last_date": r.last_date,
                "documents": r.documents,
            }
            for r in ident.roles
        )
    return {"identities": people, "identity_roles": roles}


def error_rows(error: Mapping[str, Any]) -> dict[str, list[Row]]:
    """The `errors` row for one error object (keys as the table's columns)."""
    return {"errors": [{name: error.get(name) for name, _t, _m in COLUMNS["errors"]}]}


# ------------------------------------------------------------------ writing


class TableWriter:
    """Write every table to ``DIR/<table>.parquet`` in row groups, memory bounded.

    Rows are buffered and flushed every `batch` rows; `close` writes the files
    (empty tables get a file with the schema and no rows).  Files are written
    under a temporary name and renamed by `commit`, so a reader never sees a
    half-written table.
    """

    def __init__(self, directory: Path, *, batch: int = 5000, suffix: str = ".tmp") -> None:
        import pyarrow.parquet as pq

        self._pq = pq
        self.directory = directory
        self.batch = batch
        self.suffix = suffix
        self._rows: dict[str, list[Row]] = {t: [] for t in TABLES}
        self._writers: dict[str, Any] = {}

    def path(self, table: str) -> Path:
        return self.directory / f"{table}.parquet"

    def add(self, rows: Mapping[str, list[Row]]) -> None:
        for table, new in rows.items():
            buffer = self._rows[table]
            buffer.extend(new)
            if len(buffer) >= self.batch:
                self._flush(table)

    def _flush(self, table: str) -> None:
        import datetime as _dt

        import pyarrow as pa

        rows = self._rows[table]
        dates = [name for name, kind, _m in COLUMNS[table] if kind == "date32"]
        for row in rows:
            for name in dates:
                if isinstance(row.get(name), str):
                    row[name] = _dt.date.fromisoformat(row[name])
        batch = pa.Table.from_pylist(rows, schema=schema(table))
        writer = self._writers.get(table)
        if writer is None:
            writer = self._pq.ParquetWriter(str(self.path(table)) + self.suffix, schema(table))
            self._writers[table] = writer
        writer.write_table(batch)
        rows.clear()

    def close(self) -> None:
        for table in TABLES:
            if self._rows[table] or table not in self._writers:
                self._flush(table)
            self._writers.pop(table).close()

    def commit(self) -> list[Path]:
        """Rename the finished files into place; return their paths."""
        out: list[Path] = []
        for table in TABLES:
            final = self.path(table)
            final.with_name(final.name + self.suffix).replace(final)
            out.append(final)
        return out
