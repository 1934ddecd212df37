"""What the caller knows about the documents: an authority for the whole scan, and a CSV of metadata
per path (``path,authority,meeting_date,url,...``, as civic-scraper and city-scrapers users hold).

Caller-given values win over what the parse inferred: they replace ``authority`` and
``meeting_date`` in ``documents.jsonl`` and the tables, and ``url`` and every other column (as
strings, under ``metadata``) are carried through.  They are applied when the outputs are written,
not when documents are parsed, so changing them needs no re-parse.  A metadata row whose path
names no input is reported in `ScanResult.warnings`, never dropped silently.
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import SettingsError

__all__ = ["CallerMetadata", "read_metadata"]

KNOWN = ("authority", "meeting_date", "url")


@frozen(kw_only=True)
class CallerMetadata:
    """The caller's values: `authority` for every document, `rows` by absolute path."""

    authority: str | None = None
    rows: Mapping[str, Mapping[str, str]] = {}

    def apply(self, obj: dict[str, Any]) -> dict[str, Any]:
        """The ``documents.jsonl`` object with the caller's values over the parse's."""
        row = self.rows.get(_key(str(obj.get("source") or "")), {})
        out = {**obj, "url": None, "metadata": None}
        if self.authority:
            out["authority"] = self.authority
        if row:
            out["metadata"] = dict(row)
            for name in KNOWN:
                if row.get(name):
                    out[name] = row[name]
        return out

    def unmatched(self, paths: Iterable[str]) -> list[str]:
        """Warnings for the metadata rows whose path is none of `paths`."""
        seen = {_key(p) for p in paths}
        return [f"metadata row for {p} matches no input; it is not used" for p in self.rows if p not in seen]


def _key(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):  # a looping link, a name the system refuses
        return path


def read_metadata(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]] | None, authority: str | None = None
) -> CallerMetadata:
    """The caller's metadata from a CSV file (relative paths taken from its folder) or from rows (dicts
    with a ``path``; relative paths taken from the working folder).

    Raises `SettingsError` for a file without a ``path`` column, a row without a path, two rows for
    one path, or a ``meeting_date`` that is not an ISO date (YYYY-MM-DD)."""
    if source is None:
        return CallerMetadata(authority=authority or None)
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                reader = csv.DictReader(handle)
                if "path" not in (reader.fieldnames or ()):
                    raise SettingsError("the metadata CSV has no 'path' column", source=str(path))
                raw: list[Mapping[str, Any]] = list(reader)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise SettingsError(f"cannot read the metadata CSV: {exc}", source=str(path)) from exc
        base, label = path.parent, str(path)
    else:
        raw, base, label = list(source), Path.cwd(), "metadata"
    rows: dict[str, dict[str, str]] = {}
    for number, row in enumerate(raw, 1):
        where = row.get("path")
        if not where:
            raise SettingsError(f"metadata row {number} has no path", source=label)
        values = {str(k): "" if v is None else str(v) for k, v in row.items() if k != "path" and k is not None}
        date = values.get("meeting_date")
        if date:
            try:
                _dt.date.fromisoformat(date)
            except ValueError:
                raise SettingsError(
                    f"metadata row {number}: meeting_date {date!r} is not a date (YYYY-MM-DD)", source=label
                ) from None
        key = _key(str(base / Path(str(where)).expanduser()))
        if key in rows:
            raise SettingsError(f"metadata row {number}: a second row for {where}", source=label)
        rows[key] = values
    return CallerMetadata(authority=authority or None, rows=rows)
