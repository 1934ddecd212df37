"""`read_scan`: a scan's output folder loaded back as tables.

    >>> tables = minutes_parser.read_scan("scan-out/")      # doctest: +SKIP
    >>> tables.documents[["source", "authority", "meeting_date"]]   # doctest: +SKIP

Every table of `columns.COLUMNS` the folder holds comes back as a pandas DataFrame (when pandas
is installed; ``frames="arrow"`` for `pyarrow.Table`), with the columns and types the scan
wrote: dates as `datetime.date`, counts and offsets as integers (pandas' nullable ``Int64``,
so a missing offset stays missing and the rest stay integers), booleans as ``bool[pyarrow]``,
lists as lists.  Tables are read
from the Parquet files; a folder scanned without pyarrow (JSON lines only) has them rebuilt
from ``documents.jsonl`` and ``errors.jsonl`` by the same row builders the scan uses.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import DocumentNotFoundError
from . import tables as _tables

__all__ = ["ScanTables", "read_scan"]


@frozen(kw_only=True)
class ScanTables(Mapping[str, Any]):
    """The tables of one scan by name (``tables["items"]`` or ``tables.items_``... see below).

    A mapping of table name to frame, in the order of `tables.TABLES`; each table is also an
    attribute (``tables.documents``, ``tables.people``).  ``tables.items`` is the mapping's
    method, as on any mapping: the items table is ``tables["items"]``."""

    out: Path
    frames: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.frames[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.frames)

    def __len__(self) -> int:
        return len(self.frames)

    def __getattr__(self, name: str) -> Any:
        frames = object.__getattribute__(self, "frames")
        if name in frames:
            return frames[name]
        raise AttributeError(f"{type(self).__name__} has no table {name!r}")

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {_rows(frame)} row(s)" for name, frame in self.frames.items())
        return f"ScanTables({str(self.out)!r}; {sizes})"


def _rows(frame: Any) -> int:
    return int(frame.num_rows) if hasattr(frame, "num_rows") else len(frame)


def read_scan(directory: str | os.PathLike[str], *, frames: str = "auto") -> ScanTables:
    """The tables a scan wrote to `directory`.

    `frames`: ``"pandas"`` (DataFrames), ``"arrow"`` (`pyarrow.Table`), or ``"auto"`` (pandas
    when it is installed, else arrow).  Needs pyarrow.  Raises `DocumentNotFoundError` when
    the folder holds no scan output."""
    if frames not in ("auto", "pandas", "arrow"):
        raise ValueError(f"frames must be 'auto', 'pandas' or 'arrow', not {frames!r}")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("read_scan() needs pyarrow: pip install 'minutes-parser[tables]'") from exc
    pd: Any = None
    if frames != "arrow":
        try:
            import pandas

            pd = pandas
        except ImportError as exc:
            if frames == "pandas":
                raise ImportError(
                    "read_scan(frames='pandas') needs pandas: pip install 'minutes-parser[pandas]'"
                ) from exc
    folder = Path(directory)
    parquet = {t: folder / f"{t}.parquet" for t in _tables.TABLES}
    if not any(p.is_file() for p in parquet.values()) and not (folder / "documents.jsonl").is_file():
        raise DocumentNotFoundError("no scan output here (no documents.jsonl, no tables)", source=str(folder))
    rebuilt: dict[str, list[dict[str, Any]]] | None = None
    out: dict[str, Any] = {}
    for table, path in parquet.items():
        if path.is_file():
            arrow = pq.read_table(path, schema=_tables.schema(table))
        else:
            if rebuilt is None:
                rebuilt = _rows_from_jsonl(folder)
            arrow = pa.Table.from_pylist(rebuilt[table], schema=_tables.schema(table))
        out[table] = arrow if pd is None else _to_pandas(arrow, table, pd)
    return ScanTables(out=folder, frames=out)


def _rows_from_jsonl(folder: Path) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in _tables.TABLES}
    for name, build in (("documents.jsonl", _tables.rows_for), ("errors.jsonl", _tables.error_rows)):
        path = folder / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    for table, new in build(json.loads(line)).items():
                        rows[table].extend(new)
    for row in rows["documents"]:
        if isinstance(row.get("meeting_date"), str):
            row["meeting_date"] = _dt.date.fromisoformat(row["meeting_date"])
    return rows


def _to_pandas(arrow: Any, table: str, pd: Any) -> Any:
    """The table as a DataFrame with the scan's types: nullable integers, floats and booleans, strings,
    `datetime.date` values, lists as lists.  Booleans are Arrow's (``bool[pyarrow]``), the type a
    string column's comparisons give under pandas 3: pandas' own ``boolean`` refuses to be combined
    with such a comparison where it has a missing value (``is_amendment & (outcome == "lost")``)."""
    import pyarrow as pa

    frame = arrow.to_pandas(date_as_object=True)
    kinds = {
        "int64": "Int64",
        "float64": "Float64",
        "bool": pd.ArrowDtype(pa.bool_()),
        "string": "string",
    }
    for name, kind, _meaning in _tables.COLUMNS[table]:
        if kind in kinds:
            frame[name] = frame[name].astype(kinds[kind])
        elif kind == "list<string>":
            frame[name] = pd.Series(
                [None if v is None else list(v) for v in frame[name]], index=frame.index, dtype=object
            )
    return frame
