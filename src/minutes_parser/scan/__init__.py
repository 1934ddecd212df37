"""Scan whole archives: parallel, resumable, with JSON lines and Parquet tables.

    >>> import minutes_parser
    >>> result = minutes_parser.scan(["archive/"], "out/", jobs=2)   # doctest: +SKIP

`scan` expands its inputs (folders walked recursively, globs, text files
listing paths), hashes every file, and parses each distinct content once in a
pool of worker processes (or on a Dask cluster).  Every input ends as exactly
one row of ``documents.jsonl`` / ``documents.parquet`` or one row of
``errors.parquet``.

How nothing is lost and nothing is done twice:

* Each finished document (or failure) is appended to ``scan-journal.jsonl`` in
  ``DIR`` as one complete line, flushed and fsync'd, keyed by the file's
  SHA-256.  A re-run skips every content already in the journal; a torn last
  line (the scan was killed while writing it) is cut off, and a damaged line
  is set aside with a warning and its content parsed again.
* ``documents.jsonl`` and the Parquet tables are rebuilt from the journal at
  the end of every run, under temporary names renamed into place, so they
  are always whole and the same as an uninterrupted run would write.
* Workers run one document at a time.  A document that raises becomes an
  error row; one that takes longer than `timeout` seconds gets its worker
  killed; one that exhausts the worker's memory cap (RLIMIT_AS) or crashes
  the worker becomes an error row too, and a fresh worker takes its place.
  Workers leave when the scan dies, even by ``kill -9``.

The modules: `inputs` (walking, hashing, odd files), `journal`, `workers`
(worker processes and their warm-up), `dask`, `progress`, `outputs`,
`columns` (every table's columns) and `tables` (their rows), `metadata` (the
caller's authority and per-path metadata), `run` (`scan()` itself) and `read`
(`read_scan`, the tables loaded back).  See ``docs/scan.md`` for the output and
the table schemas.

``minutes_parser.scan`` is this package, and it can be called: calling it
calls its function `scan` (so ``minutes_parser.scan(paths, out=...)`` and
``from minutes_parser import scan`` work as they always did, and
``import minutes_parser.scan.journal`` cannot shadow the function).
"""

from __future__ import annotations

import sys
import types
from typing import Any

from ..errors import ScanLockedError, WorkerStartError
from .inputs import expand_inputs
from .journal import JOURNAL
from .read import ScanTables, read_scan
from .run import LOCK, ScanResult, scan
from .workers import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT, WARM_UP

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "JOURNAL",
    "LOCK",
    "WARM_UP",
    "ScanLockedError",
    "ScanResult",
    "ScanTables",
    "WorkerStartError",
    "expand_inputs",
    "read_scan",
    "scan",
]


class _CallablePackage(types.ModuleType):
    """This package, callable as `scan` (see the module docstring)."""

    def __call__(self, *args: Any, **kwargs: Any) -> ScanResult:
        return scan(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
