"""The scan's outputs, rebuilt from the journal at the end of every run.

``documents.jsonl``, ``errors.jsonl`` and the Parquet tables hold one row per
input, in input order, written under temporary names and renamed into place,
so they are always whole and the same as an uninterrupted run would write.
Every string written is valid UTF-8: a file name whose bytes are not UTF-8
is written with those bytes as ``\\xNN`` (see `inputs.shown`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from . import tables as _tables
from .identities import Resolved, identities, slim, voters
from .inputs import Input, shown
from .journal import Journal, Record
from .metadata import CallerMetadata

__all__ = ["Written", "check_document", "document_object", "error_object", "error_record", "write_outputs"]


@frozen(kw_only=True)
class Written:
    documents: int
    failed: int
    pages: int
    tables: tuple[Path, ...]


def error_record(sha256: str | None, cause: str, error_type: str, message: str, seconds: float | None) -> Record:
    """A journal record for a content that failed outside the parse (timeout, crash, unreadable)."""
    from .._version import __version__

    return {
        "t": "err",
        "sha256": sha256,
        "library_version": __version__,
        "cause": cause,
        "error_type": error_type,
        "code": None,
        "message": message,
        "seconds": None if seconds is None else round(seconds, 4),
    }


def _clean(value: Any) -> Any:
    """`value` with every string made valid UTF-8 (`shown`)."""
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _line(obj: Record) -> tuple[str, Record]:
    """The JSON line of `obj` and the object itself, both valid UTF-8."""
    text = json.dumps(obj, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a surrogate-escaped file name somewhere in it
        obj = _clean(obj)
        text = json.dumps(obj, ensure_ascii=False)
    return text, obj


def document_object(record: Record, item: Input) -> Record:
    """The ``documents.jsonl`` object for one input from its journal record."""
    return {
        **record["document"],
        "source": item.path,
        "size": item.size,
        "sha256": item.sha256,
        "seconds": record.get("seconds"),
        "library_version": record.get("library_version"),
        "url": None,
        "metadata": None,
    }


def error_object(record: Record, item: Input, version: str) -> Record:
    """The ``errors.jsonl`` object (the errors table's columns) for one input."""
    return {
        "sha256": item.sha256,
        "source": item.path,
        "size": item.size,
        **{k: record.get(k) for k in ("cause", "error_type", "code", "message", "seconds")},
        "library_version": record.get("library_version") or version,
    }


def check_document(record: Record) -> None:
    """Raise if the outputs cannot be built from this journal document record (the journal's check)."""
    sha = record.get("sha256")
    _text, obj = _line(document_object(record, Input(path="", sha256=sha if isinstance(sha, str) else None, size=0)))
    int(obj.get("pages") or 0)
    _tables.rows_for(obj)


def _identities(items: Sequence[tuple[Input, Record | None]], journal: Journal) -> Resolved:
    """The people of every document read, joined across documents (`identities`): a first pass
    over the journal, keeping only what the joining reads of each document."""
    slims = []
    for item, read_error in items:
        record = journal.read(item.sha256 or "") if read_error is None else None
        if record is not None and record["t"] == "doc":
            slims.append(slim({**record["document"], "sha256": item.sha256 or ""}))
    return identities(slims)


def write_outputs(
    target: Path,
    items: Sequence[tuple[Input, Record | None]],
    journal: Journal,
    version: str,
    *,
    tables: bool,
    caller: CallerMetadata | None = None,
) -> Written:
    """Rebuild documents.jsonl, errors.jsonl and the tables for these inputs, atomically.

    `items` pairs each input with its read error record (None when it was read:
    its record is the journal's for its content).  `caller`'s values (``scan(authority=...,
    metadata=...)``) win over the parse's.
    """
    writer = _tables.TableWriter(target) if tables else None
    resolved = _identities(items, journal) if tables else None
    written = failed = pages = 0
    jsonl = target / "documents.jsonl"
    errors_path = target / "errors.jsonl"
    docs_tmp, errs_tmp = jsonl.with_name(jsonl.name + ".tmp"), errors_path.with_name(errors_path.name + ".tmp")
    with docs_tmp.open("w", encoding="utf-8") as docs, errs_tmp.open("w", encoding="utf-8") as errs:
        for item, read_error in items:
            record = read_error if read_error is not None else journal.read(item.sha256 or "")
            if record is None:  # cannot happen: every task ends in the journal
                record = error_record(item.sha256, "exception", "Missing", "no result was recorded", None)
            if record["t"] == "doc":
                obj = document_object(record, item)
                text, obj = _line(caller.apply(obj) if caller is not None else obj)
                docs.write(text + "\n")
                written += 1
                pages += int(obj.get("pages") or 0)
                if writer is not None:
                    rows = _tables.rows_for(obj)
                    if resolved is not None:
                        sha = item.sha256 or ""
                        for row in rows["people"]:
                            row["identity"] = resolved.of_row.get((sha, row["index"]))
                        for row, person in zip(rows["votes"], voters(obj), strict=True):
                            row["identity"] = None if person is None else resolved.of_row.get((sha, person))
                    writer.add(rows)
            else:
                text, row = _line(error_object(record, item, version))
                errs.write(text + "\n")
                failed += 1
                if writer is not None:
                    writer.add(_tables.error_rows(row))
        for handle in (docs, errs):
            handle.flush()
            os.fsync(handle.fileno())
    paths: list[Path] = []
    if writer is not None:
        if resolved is not None:
            writer.add(_tables.identity_rows(resolved))
        writer.close()
        paths = writer.commit()
    errs_tmp.replace(errors_path)
    docs_tmp.replace(jsonl)
    return Written(documents=written, failed=failed, pages=pages, tables=tuple(paths))
