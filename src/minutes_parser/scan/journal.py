"""The scan's journal: the append-only record of finished work, one fsync'd JSON line each.

Lines: ``{"t": "settings", ...}`` at the start of each run, then
``{"t": "doc", "sha256": ..., "document": {...}, "seconds": ..., ...}`` or
``{"t": "err", "sha256": ..., "cause": ..., ...}`` per content.

The journal survives its own damage.  A torn last line (the scan was killed
while writing it) is cut off.  Any other line that is not a record the
outputs can be built from (not JSON, a JSON array or ``null``, a record
without its document, a SHA-256 that is not 64 hex digits, a document that
is not an object, a document the tables cannot read) is set aside: moved, as
it was, to ``scan-journal.set-aside`` with a warning, so that its content is
parsed again by this very run.  Lines are written as UTF-8; a lone surrogate
(a file name whose bytes are not UTF-8) is written as its JSON escape
(``\\udce9``), which reads back to the same name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

__all__ = ["JOURNAL", "SET_ASIDE", "Journal", "Record", "problem"]

JOURNAL = "scan-journal.jsonl"
SET_ASIDE = "scan-journal.set-aside"
KINDS = ("settings", "doc", "err")
HEX = frozenset("0123456789abcdef")

Record = dict[str, Any]


def encode(record: Record) -> bytes:
    """One journal line: compact JSON, UTF-8, lone surrogates as JSON escapes."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8", "backslashreplace")


def problem(record: Any, check_document: Callable[[Record], None] | None = None) -> str | None:
    """Why `record` cannot be used (None when it can).  `check_document` raises for a document
    record the outputs cannot be built from."""
    if not isinstance(record, dict):
        return f"not a JSON object but {type(record).__name__}"
    kind = record.get("t")
    if kind not in KINDS:
        return f"unknown record kind {kind!r}"[:200]
    if kind == "settings":
        return None if isinstance(record.get("settings"), dict) else "settings that are not an object"
    sha = record.get("sha256")
    if not (isinstance(sha, str) and len(sha) == 64 and HEX.issuperset(sha)):
        return "a sha256 that is not 64 hex digits"
    seconds = record.get("seconds")
    if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, int | float)):
        return "seconds that are not a number"
    if kind == "err":
        if not isinstance(record.get("cause"), str):
            return "an error without its cause"
        return None if isinstance(record.get("message"), str | None) else "a message that is not text"
    if "document" not in record:
        return "a document record without its document"
    if not isinstance(record["document"], dict):
        return f"a document that is {type(record['document']).__name__}, not an object"
    if check_document is not None:
        try:
            check_document(record)
        except Exception as exc:  # any failure to build the rows: the record cannot be used
            return f"a document the tables cannot read ({type(exc).__name__}: {exc})"[:300]
    return None


class Journal:
    """The journal of one output folder, open for the whole run.

    `index` maps a content's SHA-256 to where its last record is (offset,
    length, "doc" or "err"); `settings` are those of the last run; `warnings`
    say what was set aside when the journal was opened.
    """

    def __init__(self, path: Path, *, check_document: Callable[[Record], None] | None = None) -> None:
        self.path = path
        self.index: dict[str, tuple[int, int, str]] = {}
        self.settings: Record | None = None
        self.warnings: list[str] = []
        self._check = check_document
        self._reader: IO[bytes] | None = None
        size = self._load()
        self._handle: IO[bytes] = path.open("ab")  # held open for the whole run
        if self._handle.tell() != size:
            self._handle.truncate(size)  # a torn last line from a killed run
            self._handle.seek(size)

    def _load(self) -> int:
        """Index the good lines, set the bad ones aside; return the length of the good part."""
        if not self.path.exists():
            return 0
        good: list[bytes] = []
        bad: list[tuple[int, bytes, str]] = []
        offset = 0
        with self.path.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.endswith(b"\n"):
                    break  # torn: cut off below
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    why: str | None = f"not JSON ({exc})"
                else:
                    why = problem(record, self._check)
                if why is not None:
                    bad.append((number, line, why))
                    continue
                if record["t"] == "settings":
                    self.settings = record["settings"]
                else:
                    self.index[record["sha256"]] = (offset, len(line), record["t"])
                good.append(line)
                offset += len(line)
        if bad:
            self._set_aside(good, bad)
        return offset

    def _set_aside(self, good: list[bytes], bad: list[tuple[int, bytes, str]]) -> None:
        """Keep the bad lines in SET_ASIDE and rewrite the journal with the good ones only."""
        aside = self.path.with_name(SET_ASIDE)
        with aside.open("ab") as handle:
            for _number, line, _why in bad:
                handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        tmp = self.path.with_name(self.path.name + ".rewrite")
        with tmp.open("wb") as handle:
            handle.writelines(good)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.path)
        for number, _line, why in bad:
            self.warnings.append(
                f"{self.path.name} line {number} set aside in {SET_ASIDE}: {why}; its document is parsed again"
            )

    def append(self, record: Record) -> None:
        line = encode(record)
        offset = self._handle.tell()
        self._handle.write(line)
        self._handle.flush()
        os.fsync(self._handle.fileno())
        if record.get("t") in ("doc", "err"):
            self.index[record["sha256"]] = (offset, len(line), record["t"])

    def read(self, sha256: str) -> Record | None:
        where = self.index.get(sha256)
        if where is None:
            return None
        offset, length, _kind = where
        if self._reader is None:
            self._reader = self.path.open("rb")
        self._reader.seek(offset)
        record: Record = json.loads(self._reader.read(length))
        return record

    def close(self) -> None:
        self._handle.close()
        if self._reader is not None:
            self._reader.close()
