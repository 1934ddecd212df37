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
  line (the scan was killed while writing it) is cut off and ignored.
* ``documents.jsonl`` and the Parquet tables are rebuilt from the journal at
  the end of every run, under temporary names renamed into place, so they
  are always whole and the same as an uninterrupted run would write.
* Workers run one document at a time.  A document that raises becomes an
  error row; one that takes longer than `timeout` seconds gets its worker
  killed; one that exhausts the worker's memory cap (RLIMIT_AS) or crashes
  the worker becomes an error row too, and a fresh worker takes its place.

See ``docs/scan.md`` for the output and the table schemas.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import importlib.util
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import attrs
from attrs import frozen

from .errors import MinutesParserError, SettingsError
from .settings import Settings

if TYPE_CHECKING:
    import argparse

    from .records import Document

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "JOURNAL",
    "ScanLockedError",
    "ScanResult",
    "WorkerStartError",
    "expand_inputs",
    "run_cli",
    "scan",
]

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # address space per worker (RLIMIT_AS), bytes
JOURNAL = "scan-journal.jsonl"
LOCK = ".scan.lock"
PROGRESS_EVERY = 10.0  # seconds between plain progress lines when not on a terminal
GLOB_CHARS = frozenset("*?[")
LIST_SUFFIXES = frozenset({".txt", ".lst", ".list", ""})

Parser = Callable[[str, Settings], "Document"]
Record = dict[str, Any]


@frozen(kw_only=True)
class ScanResult:
    """What a scan did.

    `total` inputs = `documents` rows + `failed` rows.  Of the contents
    behind them, `parsed` were parsed in this run and `skipped` were found in
    the journal from an earlier run; `duplicates` inputs had the same bytes
    as another input and were reported without a parse of their own.
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

    def summary(self) -> str:
        return (
            f"scan: {self.total} input(s): {self.documents} document(s), {self.failed} failed; "
            f"{self.parsed} parsed, {self.skipped} skipped (done before), {self.duplicates} duplicate(s); "
            f"{self.pages} page(s) in {_duration(self.seconds)} -> {self.out}"
        )


# ------------------------------------------------------------------ inputs


def expand_inputs(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                  *, exclude: Path | None = None) -> list[str]:
    """Every file the inputs name, as absolute paths, sorted, each once.

    An input is a folder (walked recursively; hidden files and folders are
    left out), a glob (``**`` recurses), ``@FILE`` or a text file listing
    paths (one a line; blank lines and ``#`` comments ignored; relative paths
    are taken from the list's folder), or a file.  A path that does not
    exist is kept: it becomes an error row.  Files under `exclude` (the
    output folder) are left out of folder walks and globs.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    found: dict[str, None] = {}
    skip = exclude.absolute() if exclude is not None else None

    def add(path: Path, walked: bool) -> None:
        path = path.absolute()
        if walked and skip is not None and (path == skip or skip in path.parents):
            return
        found[str(path)] = None

    for raw in inputs:
        text = os.fspath(raw)
        listed = text[1:] if text.startswith("@") and not Path(text).exists() else None
        path = Path(listed if listed is not None else text)
        if path.is_dir():
            for child in _walk(path):
                add(child, True)
        elif listed is not None or (path.is_file() and _is_list(path)):
            for line in _list_lines(path):
                entry = Path(line)
                if not entry.is_absolute() and (path.parent / entry).exists():
                    entry = path.parent / entry
                add(entry, False)
        elif not path.exists() and GLOB_CHARS & set(text):
            for match in sorted(glob.glob(text, recursive=True)):  # noqa: PTH207 - absolute and ** patterns
                if Path(match).is_file():
                    add(Path(match), True)
        else:
            add(path, False)
    return sorted(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                full = Path(root) / name
                if full.is_file():
                    yield full


def _list_lines(path: Path) -> list[str]:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


def _is_list(path: Path) -> bool:
    """A small text file whose every line names an existing file is a list of paths."""
    if path.suffix.lower() not in LIST_SUFFIXES:
        return False
    try:
        if path.stat().st_size > 8 * 1024 * 1024:
            return False
    except OSError:
        return False
    lines = _list_lines(path)
    if not lines:
        return False
    for line in lines:
        entry = Path(line)
        if not (entry.is_file() or (not entry.is_absolute() and (path.parent / entry).is_file())):
            return False
    return True


def _hash(path: str) -> tuple[str, int]:
    with Path(path).open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        return hashlib.file_digest(handle, "sha256").hexdigest(), size


# ------------------------------------------------------------------ journal


class Journal:
    """The append-only record of finished work, one fsync'd JSON line each.

    Lines: ``{"t": "settings", ...}`` at the start of each run, then
    ``{"t": "doc", "sha256": ..., "document": {...}, "seconds": ..., ...}``
    or ``{"t": "err", "sha256": ..., "cause": ..., ...}`` per content.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.index: dict[str, tuple[int, int, str]] = {}  # sha256 -> (offset, length, "doc"|"err")
        self.settings: Record | None = None
        self._reader: IO[bytes] | None = None
        size = self._load()
        self._handle: IO[bytes] = path.open("ab")  # held open for the whole run
        if self._handle.tell() != size:
            self._handle.truncate(size)  # a torn last line from a killed run
            self._handle.seek(size)

    def _load(self) -> int:
        """Index the complete lines; return the length of the good part."""
        good = 0
        if not self.path.exists():
            return 0
        with self.path.open("rb") as handle:
            offset = 0
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                try:
                    record = json.loads(line)
                except ValueError:
                    break
                kind = record.get("t")
                if kind == "settings":
                    self.settings = record.get("settings")
                elif kind in ("doc", "err") and record.get("sha256"):
                    self.index[record["sha256"]] = (offset, len(line), kind)
                offset += len(line)
                good = offset
        return good

    def append(self, record: Record) -> None:
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
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


# ------------------------------------------------------------------ workers


def _default_parser(path: str, settings: Settings) -> Document:
    from .pipeline import parse

    return parse(Path(path), settings=settings, name=path)


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource
    except ImportError:  # not on Windows
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _run_one(path: str, sha256: str, settings: Settings, parser: Parser | None,
             memory_limit: int | None) -> Record:
    """Parse one file and return its journal record (a document or an error)."""
    from . import __version__
    from .serialize import to_dict

    started = time.perf_counter()
    base: Record = {"sha256": sha256, "library_version": __version__}
    try:
        document = (parser or _default_parser)(path, settings)
        obj = to_dict(document)
        return {"t": "doc", **base, "seconds": round(time.perf_counter() - started, 4), "document": obj}
    except MemoryError:
        limit = f" (limit {memory_limit // 2**20} MiB per worker)" if memory_limit else ""
        return {"t": "err", **base, "cause": "memory", "error_type": "MemoryError", "code": None,
                "message": f"ran out of memory{limit}", "seconds": round(time.perf_counter() - started, 4)}
    except Exception as exc:  # every failure becomes an error row
        known = isinstance(exc, MinutesParserError)
        message = exc.message if isinstance(exc, MinutesParserError) else str(exc)
        return {"t": "err", **base, "cause": "input" if known else "exception",
                "error_type": type(exc).__name__, "code": getattr(exc, "code", None) if known else None,
                "message": " ".join(message.split())[:2000], "seconds": round(time.perf_counter() - started, 4)}


READY = "ready"
# A few lines that wake every step of the pipeline (vocabularies, compiled rules, any spaCy
# pipeline) before the worker takes its first document, so start-up does not count against
# a document's time limit.
WARM_UP = (
    "Report of the Head of Parks to the Leisure Committee, 1 March 2031\n\n"
    "Recommendations\n\nIt is recommended that the Committee:\n\n1. approve the plan;\n2. note the cost.\n\n"
    "Contact officer: Jo Smith, Parks Manager\n\nPresent: Councillor A Bell (Chair)\n\n"
    "RESOLVED that the plan be approved.\n"
)
START_LIMIT = 300.0  # seconds a new worker may take to import and warm up
START_FAILURES = 3  # workers dying before they are ready, in a row, before the scan gives up


def _worker_main(conn: Connection, settings: Settings, parser: Parser | None, memory_limit: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _limit_memory(memory_limit)
    with contextlib.suppress(Exception):
        from .pipeline import parse_text

        parse_text(WARM_UP, settings=settings)
    try:
        conn.send(READY)
    except (EOFError, OSError):
        return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        path, sha256 = message
        record = _run_one(path, sha256, settings, parser, memory_limit)
        try:
            conn.send(record)
        except MemoryError:
            conn.send(_error(sha256, "memory", "MemoryError", "ran out of memory sending the result", 0.0))
            return
        if record.get("cause") == "memory":
            return  # start afresh: the heap may be in a poor state


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["minutes_parser._warm", "minutes_parser.serialize"])
    return ctx


def _start_forkserver() -> None:
    """Start the workers' forkserver now, without waiting for it: it imports spaCy and warms the
    rules (~1.5 s) while this process goes on hashing the inputs."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _error(sha256: str | None, cause: str, error_type: str, message: str, seconds: float | None) -> Record:
    from . import __version__

    return {"t": "err", "sha256": sha256, "library_version": __version__, "cause": cause,
            "error_type": error_type, "code": None, "message": message,
            "seconds": None if seconds is None else round(seconds, 4)}


class ScanLockedError(MinutesParserError, RuntimeError):
    """Another scan is writing to the same output folder."""

    code = "E100"


class WorkerStartError(RuntimeError):
    """Worker processes die before they can take a document (a broken installation?)."""


class _Worker:
    """One worker process running one document at a time.

    A new worker imports the library and warms it up, then says it is ready;
    only then does it get a task, and the task's clock starts.
    """

    def __init__(self, ctx: Any, settings: Settings, parser: Parser | None, memory_limit: int | None) -> None:
        parent, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, settings, parser, memory_limit),
                                   daemon=True, name="minutes-parser-worker")
        self.process.start()
        child.close()
        self.conn: Connection = parent
        self.memory_limit = memory_limit
        self.task: tuple[str, str] | None = None
        self.ready = False
        self.started = time.monotonic()

    def check_ready(self) -> bool:
        """Take the worker's ready message if it came; raise if the worker died or hangs starting."""
        if self.ready:
            return True
        try:
            if self.conn.poll():
                self.ready = self.conn.recv() == READY
                return self.ready
        except (EOFError, OSError):
            pass
        if not self.process.is_alive():
            self.process.join(1)
            raise WorkerStartError(f"a worker process could not start ({self._death()})")
        if time.monotonic() - self.started > START_LIMIT:
            self.kill()
            raise WorkerStartError(f"a worker process was not ready after {START_LIMIT:g} s")
        return False

    def send(self, path: str, sha256: str) -> None:
        self.task = (path, sha256)
        self.started = time.monotonic()
        self.conn.send((path, sha256))

    def collect(self) -> Record | None:
        """The finished task's record, an error record if the worker died, or None if still busy."""
        assert self.task is not None
        sha256 = self.task[1]
        try:
            if self.conn.poll():
                record: Record = self.conn.recv()
                self.task = None
                return record
        except (EOFError, OSError):
            pass
        if self.process.is_alive():
            return None
        self.process.join(1)
        self.task = None
        return _error(sha256, "crash", "WorkerDied", self._death(), time.monotonic() - self.started)

    def _death(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (possibly out of memory)" if name in ("SIGKILL", "SIGABRT", "SIGSEGV") else ""
            return f"the worker process died of {name}{hint}"
        return f"the worker process exited with code {code}"

    def timed_out(self, timeout: float | None) -> bool:
        return timeout is not None and timeout > 0 and self.task is not None \
            and time.monotonic() - self.started > timeout

    def kill(self) -> None:
        self.task = None
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()

    def stop(self) -> None:
        """Ask an idle worker to leave, then make sure it has."""
        with contextlib.suppress(Exception):
            self.conn.send(None)
            self.process.join(2)
        self.kill()

    @property
    def alive(self) -> bool:
        return bool(self.process.is_alive())

    @property
    def waitables(self) -> list[Any]:
        return [self.conn, self.process.sentinel]

    def run(self, path: str, sha256: str, timeout: float | None) -> Record:
        """Run one task to its end (used by Dask tasks)."""
        while not self.check_ready():
            wait(self.waitables, 1.0)
        self.send(path, sha256)
        while True:
            left = None if not timeout else max(0.0, timeout - (time.monotonic() - self.started))
            wait(self.waitables, left)
            record = self.collect()
            if record is not None:
                return record
            if self.timed_out(timeout):
                self.kill()
                return _error(sha256, "timeout", "Timeout",
                              f"took longer than {timeout:g} s; the worker was stopped", timeout)


def _run_pool(tasks: Sequence[tuple[str, str]], *, jobs: int, settings: Settings, parser: Parser | None,
              timeout: float | None, memory_limit: int | None, done: Callable[[Record], None]) -> None:
    """Run every (path, sha256) task on `jobs` worker processes; call `done` with each record.

    A worker that dies or times out is replaced.  Workers that die before they
    are ready (START_FAILURES in a row) stop the scan with `WorkerStartError`:
    every document would fail the same way.
    """
    ctx = _context()
    queue = list(reversed(tasks))
    workers: list[_Worker] = []
    start_failures = 0
    try:
        while queue or any(w.task for w in workers):
            # Keep the dead that never got ready: check_ready counts them as start failures.
            workers = [w for w in workers if w.alive or w.task or not w.ready]
            busy_count = sum(1 for w in workers if w.task)
            while len(workers) < min(jobs, len(queue) + busy_count):
                workers.append(_Worker(ctx, settings, parser, memory_limit))
            for w in list(workers):
                if w.task is None:
                    try:
                        ready = w.check_ready()
                    except WorkerStartError:
                        start_failures += 1
                        workers.remove(w)
                        if start_failures >= START_FAILURES:
                            raise
                        continue
                    if ready:
                        start_failures = 0
                        if queue:
                            next_task = queue.pop()
                            try:
                                w.send(*next_task)
                            except OSError:  # it died just now: the task goes back to the queue
                                w.kill()
                                queue.append(next_task)
            busy = [w for w in workers if w.task]
            deadline = min((w.started + timeout for w in busy), default=None) if timeout else None
            left = 1.0 if deadline is None else min(max(0.0, deadline - time.monotonic()), 1.0)
            wait([c for w in workers for c in w.waitables], left)
            for w in busy:
                task = w.task
                record = w.collect()
                if record is None and task is not None and w.timed_out(timeout):
                    w.kill()
                    record = _error(task[1], "timeout", "Timeout",
                                    f"took longer than {timeout:g} s; the worker was stopped", timeout)
                if record is not None:
                    done(record)
    finally:
        for w in workers:
            if w.task is None and w.alive:
                w.stop()
            else:
                w.kill()


# ------------------------------------------------------------------ Dask

_local = threading.local()


def _dask_task(path: str, sha256: str, settings: Settings, parser: Parser | None,
               timeout: float | None, memory_limit: int | None) -> Record:
    """A Dask task: parse one file in a child process of the Dask worker.

    The child is kept per worker thread and reused; it gives the task the
    same time limit and memory cap as a local scan.  A daemonic Dask worker
    (the default ``distributed.worker.daemon: true``) may not start
    processes: there the parse runs in the worker itself, and Dask's own
    memory limit and restarts stand guard (a crash becomes a ``crash`` row).
    """
    if multiprocessing.current_process().daemon:
        return _run_one(path, sha256, settings, parser, memory_limit)
    key = (settings, memory_limit, getattr(parser, "__module__", None), getattr(parser, "__qualname__", None))
    worker: _Worker | None = getattr(_local, "worker", None)
    if worker is None or getattr(_local, "key", None) != key or not worker.alive:
        if worker is not None:
            worker.kill()
        worker = _Worker(_context(), settings, parser, memory_limit)
        _local.worker, _local.key = worker, key
    return worker.run(path, sha256, timeout)


def _run_dask(client: Any, tasks: Sequence[tuple[str, str]], *, settings: Settings, parser: Parser | None,
              timeout: float | None, memory_limit: int | None, done: Callable[[Record], None]) -> None:
    from distributed import as_completed

    completed: Any = as_completed

    futures = {
        client.submit(_dask_task, path, sha, settings, parser, timeout, memory_limit, pure=False): sha
        for path, sha in tasks
    }
    try:
        for future in completed(futures):
            sha = futures[future]
            if future.status == "finished":
                done(future.result())
            else:
                exc = future.exception()
                cause = "crash" if type(exc).__name__ == "KilledWorker" else "exception"
                done(_error(sha, cause, type(exc).__name__, " ".join(str(exc).split())[:2000], None))
            future.release()
    finally:
        client.cancel(list(futures))


# ------------------------------------------------------------------ progress


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def _note(stream: TextIO | None, line: str) -> None:
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()


class Progress:
    """Documents, pages/s, errors and ETA: a bar on a terminal, plain lines otherwise."""

    def __init__(self, total: int, stream: TextIO | None, *, bar: bool, every: float = PROGRESS_EVERY) -> None:
        self.total = total
        self.stream = stream
        self.bar = bar
        self.every = every if not bar else 0.2
        self.done = 0
        self.pages = 0
        self.errors = 0
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, *, documents: int = 0, pages: int = 0, errors: int = 0, force: bool = False) -> None:
        self.done += documents
        self.pages += pages
        self.errors += errors
        now = time.monotonic()
        if self.stream is None or (not force and now - self._last < self.every):
            return
        self._last = now
        self.stream.write(self.line(now))
        self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.pages / elapsed
        left = self.total - self.done
        eta = _duration(left * elapsed / self.done) if self.done and left else ("-" if left else "0s")
        figures = (f"{self.done}/{self.total} docs  {rate:.1f} pages/s  {self.errors} errors  ETA {eta}")
        if not self.bar:
            return f"scan: {figures}\n"
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        return f"\r[{'#' * filled}{'-' * (width - filled)}] {figures}\x1b[K"

    def finish(self) -> None:
        if self.stream is not None and self.total:
            self.update(force=True)
            if self.bar:
                self.stream.write("\n")
                self.stream.flush()


# ------------------------------------------------------------------ scan


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
    * `progress`: "auto" (a bar on a terminal, periodic lines otherwise),
      "bar", "lines", or False/None; written to `stream` (default stderr).
    * `parser`: a picklable ``(path, settings) -> Document`` to use in place
      of `minutes_parser.parse` (to wrap it, or in tests).
    * `retry_errors`: parse again the contents that failed in earlier runs.
    * `tables`: write Parquet tables (default: when pyarrow is installed).

    Returns a `ScanResult`; raises `SettingsError` when ``out`` holds a scan
    made with other settings or another scan is running there.
    """
    from . import __version__

    resolved = Settings.resolve(settings, **overrides)
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
        journal = Journal(target / JOURNAL)
        try:
            key = _settings_key(resolved)
            if journal.settings is not None and journal.settings != key:
                changed = sorted(k for k in key if journal.settings.get(k) != key[k])
                raise SettingsError(
                    f"{target} holds a scan made with other settings ({', '.join(changed)}): "
                    "use another output folder, or delete it to start over", source=str(target))
            journal.append({"t": "settings", "settings": key, "library_version": __version__,
                            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})

            def done_before(sha: str) -> bool:
                return sha in journal.index and not (retry_errors and journal.index[sha][2] == "err")

            show = progress
            if show == "auto":
                show = "bar" if (stream or sys.stderr).isatty() else "lines"
            out_stream = (stream or sys.stderr) if show else None
            _note(out_stream, f"scan: {len(paths)} input(s); hashing them to find what is done already")

            # Hash every input; group paths by content.  The workers' forkserver starts with the
            # first content to parse, so its warm-up overlaps the hashing of the rest, and a re-run
            # with nothing new starts none (it would hold the caller's stdout while it warms up).
            files: list[tuple[str, str | None, int | None, Record | None]] = []  # path, sha, size, read error
            first: dict[str, str] = {}
            warming = client is not None
            for path in paths:
                try:
                    if not Path(path).is_file():
                        raise IsADirectoryError(f"not a regular file: {path}") if Path(path).exists() \
                            else FileNotFoundError(f"no such file: {path}")
                    sha, size = _hash(path)
                except OSError as exc:
                    why = exc.strerror if exc.strerror else str(exc)
                    files.append((path, None, None, {**_error(None, "read", type(exc).__name__,
                                                              f"cannot read the file ({why})", None)}))
                    continue
                files.append((path, sha, size, None))
                first.setdefault(sha, path)
                if not warming and not done_before(sha):
                    _start_forkserver()
                    warming = True

            skipped = {sha for sha in first if done_before(sha)}
            # Largest files first: the long documents start early and do not trail at the end.
            sizes = {sha: size or 0 for _p, sha, size, _e in files if sha is not None}
            tasks = sorted(((path, sha) for sha, path in first.items() if sha not in skipped),
                           key=lambda task: (-sizes[task[1]], task[0]))
            duplicates = sum(1 for _p, sha, _s, _e in files if sha is not None) - len(first)

            unreadable = sum(1 for _p, _sha, _s, error in files if error is not None)
            _note(out_stream, f"scan: {len(tasks)} to parse, {len(skipped)} done before, {duplicates} duplicate(s),"
                              f" {unreadable} unreadable")
            meter = Progress(len(tasks), out_stream, bar=show == "bar")

            def done(record: Record) -> None:
                journal.append(record)
                pages = int(record.get("document", {}).get("pages") or 0) if record["t"] == "doc" else 0
                meter.update(documents=1, pages=pages, errors=int(record["t"] == "err"))

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
                    _run_dask(client, tasks, settings=resolved, parser=parser, timeout=timeout,
                              memory_limit=memory_limit, done=done)
                else:
                    _run_pool(tasks, jobs=min(jobs, len(tasks)), settings=resolved, parser=parser,
                              timeout=timeout, memory_limit=memory_limit, done=done)
            meter.finish()
            written, failed, pages, table_paths = _write_outputs(target, files, journal, __version__,
                                                                 tables=bool(tables))
        finally:
            journal.close()
    return ScanResult(out=target, total=len(files), documents=written, failed=failed, parsed=len(tasks),
                      skipped=len(skipped), duplicates=duplicates, pages=pages,
                      seconds=time.monotonic() - began, tables=tuple(table_paths))


def _write_outputs(target: Path, files: Sequence[tuple[str, str | None, int | None, Record | None]],
                   journal: Journal, version: str, *, tables: bool) -> tuple[int, int, int, list[Path]]:
    """Rebuild documents.jsonl and the tables from the journal, for these inputs, atomically."""
    from . import tables as _tables

    writer = _tables.TableWriter(target) if tables else None
    written = failed = pages = 0
    jsonl = target / "documents.jsonl"
    errors_path = target / "errors.jsonl"
    docs_tmp, errs_tmp = jsonl.with_name(jsonl.name + ".tmp"), errors_path.with_name(errors_path.name + ".tmp")
    with docs_tmp.open("w", encoding="utf-8") as docs, errs_tmp.open("w", encoding="utf-8") as errs:
        for path, sha, size, read_error in files:
            record = read_error if read_error is not None else journal.read(sha or "")
            if record is None:  # cannot happen: every task ends in the journal
                record = _error(sha, "exception", "Missing", "no result was recorded", None)
            if record["t"] == "doc":
                obj = {**record["document"], "source": path, "size": size, "sha256": sha,
                       "seconds": record.get("seconds"), "library_version": record.get("library_version")}
                docs.write(json.dumps(obj, ensure_ascii=False) + "\n")
                written += 1
                pages += int(obj.get("pages") or 0)
                if writer is not None:
                    writer.add(_tables.rows_for(obj))
            else:
                row = {"sha256": sha, "source": path, "size": size,
                       **{k: record.get(k) for k in ("cause", "error_type", "code", "message", "seconds")},
                       "library_version": record.get("library_version") or version}
                errs.write(json.dumps(row, ensure_ascii=False) + "\n")
                failed += 1
                if writer is not None:
                    writer.add(_tables.error_rows(row))
        for handle in (docs, errs):
            handle.flush()
            os.fsync(handle.fileno())
    paths: list[Path] = []
    if writer is not None:
        writer.close()
        paths = writer.commit()
    errs_tmp.replace(errors_path)
    docs_tmp.replace(jsonl)
    return written, failed, pages, paths


# ------------------------------------------------------------------ CLI


def run_cli(args: argparse.Namespace, out: TextIO) -> int:
    """`minutes-parser scan`: 0 when every input parsed, 1 when some failed, 2 on usage errors."""
    settings: dict[str, Any] = {}
    for key in ("backend", "date_order", "strict"):
        value = getattr(args, key, None)
        if value is not None:
            settings[key] = value
    if args.jobs is not None and args.jobs < 1:
        print("minutes-parser: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.timeout is not None and args.timeout <= 0:
        print("minutes-parser: --timeout must be positive", file=sys.stderr)
        return 2
    client = None
    try:
        if args.scheduler:
            try:
                from distributed import Client
            except ImportError:
                print("minutes-parser: --scheduler needs Dask: pip install 'minutes-parser[dask]'", file=sys.stderr)
                return 2
            client = Client(args.scheduler)  # type: ignore[no-untyped-call]
        result = scan(
            args.inputs,
            args.out,
            jobs=args.jobs,
            timeout=args.timeout if args.timeout is not None else DEFAULT_TIMEOUT,
            client=client,
            settings=settings,
            progress=False if args.quiet else "auto",
            retry_errors=args.retry_errors,
        )
    except MinutesParserError as exc:
        print(f"minutes-parser: {exc.message} [{type(exc).__name__} {exc.code}]", file=sys.stderr)
        return 2
    except WorkerStartError as exc:
        print(f"minutes-parser: scan: {exc} (the journal keeps what was done)", file=sys.stderr)
        return 1
    except OSError as exc:
        if getattr(args, "debug", False):
            raise
        print(f"minutes-parser: scan: {exc}", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()  # type: ignore[no-untyped-call]
    if result.total == 0:
        print("minutes-parser: scan: the inputs name no files", file=sys.stderr)
        return 2
    out.write(result.summary() + "\n")
    if not result.tables:
        print("minutes-parser: scan: no Parquet tables without pyarrow: pip install 'minutes-parser[tables]'",
              file=sys.stderr)
    return 1 if result.failed else 0
