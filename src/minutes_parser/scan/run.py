"""`scan()` itself: expand and hash the inputs, parse what is new, rebuild the outputs.

The steps, each in its own module of this package: `inputs` (walk, hash, odd
files), `journal` (what is done), `workers` or `dask` (the parse),
`progress`, `outputs` and `tables` (what is written).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import attrs
from attrs import frozen

from ..errors import ScanLockedError, SettingsError
from ..settings import Settings
from . import workers as _workers
from .inputs import Input, expand_inputs, hash_file
from .journal import JOURNAL, Journal, Record
from .metadata import read_metadata
from .outputs import check_document, error_record, write_outputs
from .progress import Progress, duration, interactive, note
from .workers import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT, Parser

__all__ = ["LOCK", "ScanResult", "scan"]

LOCK = ".scan.lock"


@frozen(kw_only=True)
class ScanResult:
    """What a scan did.

    `total` inputs = `documents` rows + `failed` rows.  Of the contents
    behind them, `parsed` were parsed in this run and `skipped` were found in
    the journal from an earlier run; `duplicates` inputs had the same bytes
    as another input and were reported without a parse of their own.
    `warnings` say what the scan set aside of its own damaged state.
    """

    out: Path
    total: int
    documents: int
    failed: int
    parsed: int
    skipped: int
    duplicates: int
    pages: int
    seconds: float
    tables: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        return (
            f"scan: {self.total} input(s): {self.documents} document(s), {self.failed} failed; "
            f"{self.parsed} parsed, {self.skipped} skipped (done before), {self.duplicates} duplicate(s); "
            f"{self.pages} page(s) in {duration(self.seconds)} -> {self.out}"
        )


def _cores() -> int:
    """The cores this process may run on (the affinity mask where there is one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on macOS or Windows
        return os.cpu_count() or 1


def _settings_key(settings: Settings) -> Record:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in attrs.asdict(settings).items()}


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Windows
        yield
        return
    with (out / LOCK).open("a") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ScanLockedError(f"another scan is writing to {out}", source=str(out)) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def scan(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    client: Any = None,
    settings: Settings | Mapping[str, Any] | None = None,
    progress: bool | str | None = "auto",
    stream: TextIO | None = None,
    parser: Parser | None = None,
    retry_errors: bool = False,
    tables: bool | None = None,
    authority: str | None = None,
    metadata: str | os.PathLike[str] | Iterable[Mapping[str, Any]] | None = None,
    **overrides: Any,
) -> ScanResult:
    """Parse every document the inputs name into ``out``; resume where a run stopped.

    * `inputs`: folders (recursive), globs, ``@list`` files or text files listing
      paths, or files (see `expand_inputs`).
    * `jobs`: worker processes (default: the number of cores).  With a Dask
      `client` the cluster decides and `jobs` is ignored.
    * `timeout`: seconds one document may take (None: no limit);
      `memory_limit`: address-space cap per worker in bytes (None: none).
    * `settings` and keyword overrides as for `minutes_parser.parse`.
    * `progress`: "auto" (a bar on a terminal or in Jupyter, periodic lines
      otherwise), "bar", "lines", or False/None; written to `stream` (default stderr).
    * `parser`: a picklable ``(path, settings) -> Document`` to use in place
      of `minutes_parser.parse` (to wrap it, or in tests).
    * `retry_errors`: parse again the contents that failed in earlier runs.
    * `tables`: write Parquet tables (default: when pyarrow is installed).
    * `authority`: the council or authority of every document, over the one each
      document names; `metadata`: a CSV file (or rows) of ``path, authority,
      meeting_date, url`` and any other columns, per document, over both (see
      `minutes_parser.scan.metadata`).  A metadata row that matches no input is
      reported in `ScanResult.warnings`.

    Returns a `ScanResult`; raises `SettingsError` when ``out`` holds a scan
    made with other settings, `ScanLockedError` when another scan is running
    there.  On Ctrl-C the workers are stopped, a partial summary is written
    to `stream` (or stderr), and `KeyboardInterrupt` goes on up; the journal
    keeps what was done, and the same call goes on from there.
    """
    from .._version import __version__

    resolved = Settings.resolve(settings, **overrides)
    caller = read_metadata(metadata, authority)
    began = time.monotonic()
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    if tables is None:  # found, not imported: importing pyarrow here would delay the workers' start
        tables = importlib.util.find_spec("pyarrow") is not None
    paths = expand_inputs(inputs, exclude=target)
    jobs = max(1, jobs or _cores())

    with _locked(target):
        for stale in target.glob("*.tmp"):
            stale.unlink()
        journal = Journal(target / JOURNAL, check_document=check_document)
        try:
            key = _settings_key(resolved)
            if journal.settings is not None and journal.settings != key:
                changed = sorted(k for k in key if journal.settings.get(k) != key[k])
                raise SettingsError(
                    f"{target} holds a scan made with other settings ({', '.join(changed)}): "
                    "use another output folder, or delete it to start over",
                    source=str(target),
                )
            journal.append(
                {
                    "t": "settings",
                    "settings": key,
                    "library_version": __version__,
                    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                }
            )

            def done_before(sha: str) -> bool:
                return sha in journal.index and not (retry_errors and journal.index[sha][2] == "err")

            show = progress
            if show == "auto":
                show = "bar" if interactive(stream or sys.stderr) else "lines"
            out_stream = (stream or sys.stderr) if show else None
            for warning in journal.warnings:
                note(stream or sys.stderr, f"scan: warning: {warning}")
            note(out_stream, f"scan: {len(paths)} input(s); hashing them to find what is done already")

            # Hash every input; group paths by content.  The workers' forkserver starts with the
            # first content to parse, so its warm-up overlaps the hashing of the rest, and a re-run
            # with nothing new starts none (it would hold the caller's stdout while it warms up).
            files: list[Input] = []
            first: dict[str, str] = {}
            warming = client is not None
            for path in paths:
                item = hash_file(path)
                files.append(item)
                if item.sha256 is None:
                    continue
                first.setdefault(item.sha256, path)
                if not warming and not done_before(item.sha256):
                    _workers.start_forkserver()
                    warming = True

            skipped = {sha for sha in first if done_before(sha)}
            # Largest files first: the long documents start early and do not trail at the end.
            sizes = {item.sha256: item.size or 0 for item in files if item.sha256 is not None}
            tasks = sorted(
                ((path, sha) for sha, path in first.items() if sha not in skipped),
                key=lambda task: (-sizes[task[1]], task[0]),
            )
            duplicates = sum(1 for item in files if item.sha256 is not None) - len(first)
            unreadable = sum(1 for item in files if item.sha256 is None)
            note(
                out_stream,
                f"scan: {len(tasks)} to parse, {len(skipped)} done before, {duplicates} duplicate(s),"
                f" {unreadable} unreadable",
            )
            meter = Progress(len(tasks), out_stream, bar=show == "bar")

            def done(record: Record) -> None:
                journal.append(record)
                pages = int(record.get("document", {}).get("pages") or 0) if record["t"] == "doc" else 0
                meter.update(documents=1, pages=pages, errors=int(record["t"] == "err"))

            try:
                if tasks:
                    if tables:
                        # Load the table writer while the workers' forkserver warms up: this process
                        # only waits for it, and would otherwise import pyarrow after the last document.
                        try:
                            import pyarrow.parquet  # noqa: F401
                        except ImportError:  # installed but broken: JSON lines only, as without it
                            tables = False
                    meter.update(force=True)
                    if client is not None:
                        from .dask import run_dask

                        run_dask(
                            client,
                            tasks,
                            settings=resolved,
                            parser=parser,
                            timeout=timeout,
                            memory_limit=memory_limit,
                            done=done,
                        )
                    else:
                        _workers.run_pool(
                            tasks,
                            jobs=min(jobs, len(tasks)),
                            settings=resolved,
                            parser=parser,
                            timeout=timeout,
                            memory_limit=memory_limit,
                            done=done,
                        )
                meter.finish()
            except KeyboardInterrupt:
                meter.close()
                note(
                    stream or sys.stderr,
                    f"scan: interrupted after {duration(time.monotonic() - began)}: {meter.done} of {len(tasks)}"
                    f" to parse done in this run ({meter.errors} failed, {meter.pages} page(s)),"
                    f" {len(tasks) - meter.done} left, {len(skipped)} done before; the journal {target / JOURNAL}"
                    " keeps them: run the same scan again to go on",
                )
                raise
            read_errors = [
                (
                    item,
                    None
                    if item.sha256 is not None
                    else error_record(None, "read", item.error_type or "OSError", item.error or "", None),
                )
                for item in files
            ]
            written = write_outputs(target, read_errors, journal, __version__, tables=bool(tables), caller=caller)
            unmatched = caller.unmatched(item.path for item in files)
            for warning in unmatched:
                note(stream or sys.stderr, f"scan: warning: {warning}")
        finally:
            journal.close()
    return ScanResult(
        out=target,
        total=len(files),
        documents=written.documents,
        failed=written.failed,
        parsed=len(tasks),
        skipped=len(skipped),
        duplicates=duplicates,
        pages=written.pages,
        seconds=time.monotonic() - began,
        tables=written.tables,
        warnings=(*journal.warnings, *unmatched),
    )
