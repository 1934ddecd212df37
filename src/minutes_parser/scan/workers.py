"""The scan's worker processes: one document at a time each, under a time limit and a memory cap.

Workers are forked from a forkserver that imported and warmed up the library
once (`minutes_parser._warm`), so a new worker is ready at once.  A worker
parses one document, sends back its journal record, and waits for the next.

What can go wrong, and what each becomes:

* the parse raises: an error row (``input`` for the library's typed errors,
  ``exception`` for anything else);
* it takes longer than the time limit: the worker is killed, a ``timeout`` row;
* it exhausts the worker's address-space cap (RLIMIT_AS): a ``memory`` row;
  the worker then leaves (its heap may be in a poor state) and takes no
  further document: the next one goes to a fresh worker;
* the worker dies: its document is tried once more on a fresh worker (the
  death may not be the document's doing), then gets a ``crash`` row.  A worker
  that leaves cleanly (exit code 0) never took its document: it goes back to
  the queue, so a worker's death takes no other document's row with it;
* the scan itself dies (even ``kill -9``): every worker sees its lifeline
  pipe close and exits, and on Linux the kernel kills it when its parent (the
  forkserver, which leaves when the scan is gone) dies (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import MinutesParserError, WorkerStartError
from ..settings import Settings
from .journal import Record
from .outputs import error_record

if TYPE_CHECKING:
    from ..records import Document

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "WARM_UP",
    "WARM_UP_MINUTES",
    "Parser",
    "Worker",
    "context",
    "run_one",
    "run_pool",
    "start_forkserver",
]

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # address space per worker (RLIMIT_AS), bytes
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
# ... and a record of a meeting, so that the motion rules (which a report skips) are built too: without it a
# worker's first minutes paid their start-up against its time limit (4 s on a 2-core machine)
WARM_UP_MINUTES = (
    "MINUTES of the Parish Council meeting held on 3 March 2031\n\nPresent: Cllr A Bell (Chair), Cllr B Ash\n\n"
    "1. Minutes\nCllr Ash proposed and Cllr Bell seconded that the minutes be approved. CARRIED 5-0.\n"
    "Motion: To adopt the plan.\n   Motion by: Commissioner Ash\n   2nd by: Commissioner Bell\n"
    "   Vote: Commissioners voted unanimous in favor\n"
)
START_LIMIT = 300.0  # seconds a new worker may take to import and warm up
START_FAILURES = 3  # workers dying before they are ready, in a row, before the scan gives up
ATTEMPTS = 2  # a document whose worker dies is tried this many times in all
PR_SET_PDEATHSIG = 1  # linux/prctl.h

Parser = Callable[[str, Settings], "Document"]


def _default_parser(path: str, settings: Settings) -> Document:
    from ..pipeline import parse

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


def run_one(path: str, sha256: str, settings: Settings, parser: Parser | None, memory_limit: int | None) -> Record:
    """Parse one file and return its journal record (a document or an error)."""
    from .._version import __version__
    from ..serialize import to_dict

    started = time.perf_counter()
    base: Record = {"sha256": sha256, "library_version": __version__}
    try:
        document = (parser or _default_parser)(path, settings)
        obj = to_dict(document)
        return {"t": "doc", **base, "seconds": round(time.perf_counter() - started, 4), "document": obj}
    except MemoryError:
        limit = f" (limit {memory_limit // 2**20} MiB per worker)" if memory_limit else ""
        return {
            "t": "err",
            **base,
            "cause": "memory",
            "error_type": "MemoryError",
            "code": None,
            "message": f"ran out of memory{limit}",
            "seconds": round(time.perf_counter() - started, 4),
        }
    except Exception as exc:  # every failure becomes an error row
        known = isinstance(exc, MinutesParserError)
        message = exc.message if isinstance(exc, MinutesParserError) else str(exc)
        return {
            "t": "err",
            **base,
            "cause": "input" if known else "exception",
            "error_type": type(exc).__name__,
            "code": getattr(exc, "code", None) if known else None,
            "message": " ".join(message.split())[:2000],
            "seconds": round(time.perf_counter() - started, 4),
        }


def _die_with_parent(lifeline: Connection) -> None:
    """Leave when the scan is gone, even if it was killed with SIGKILL and cannot say so."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # the lifeline below still stands guard
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        with contextlib.suppress(Exception):
            lifeline.poll(None)  # the scan never writes: readable means closed, the scan is gone
        os._exit(70)

    threading.Thread(target=watch, name="minutes-parser-lifeline", daemon=True).start()


def worker_main(
    conn: Connection, lifeline: Connection, settings: Settings, parser: Parser | None, memory_limit: int | None
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _die_with_parent(lifeline)
    _limit_memory(memory_limit)
    with contextlib.suppress(Exception):
        from ..pipeline import parse_text

        parse_text(WARM_UP, settings=settings)
        parse_text(WARM_UP_MINUTES, settings=settings)
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
        record = run_one(path, sha256, settings, parser, memory_limit)
        try:
            conn.send(record)
        except MemoryError:
            conn.send(error_record(sha256, "memory", "MemoryError", "ran out of memory sending the result", 0.0))
            return
        if record.get("cause") == "memory":
            return  # start afresh: the heap may be in a poor state


def context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["minutes_parser._warm", "minutes_parser.serialize"])
    return ctx


def start_forkserver() -> None:
    """Start the workers' forkserver now, without waiting for it: it imports spaCy and warms the
    rules (~1.5 s) while this process goes on hashing the inputs."""
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


class Worker:
    """One worker process running one document at a time.

    A new worker imports the library and warms it up, then says it is ready;
    only then does it get a task, and the task's clock starts.
    """

    def __init__(self, ctx: Any, settings: Settings, parser: Parser | None, memory_limit: int | None) -> None:
        parent, child = ctx.Pipe()
        watched, self._lifeline = ctx.Pipe(duplex=False)  # this end is held, never written
        self.process = ctx.Process(
            target=worker_main,
            args=(child, watched, settings, parser, memory_limit),
            daemon=True,
            name="minutes-parser-worker",
        )
        self.process.start()
        child.close()
        watched.close()
        self.conn: Connection = parent
        self.memory_limit = memory_limit
        self.task: tuple[str, str] | None = None
        self.ready = False
        self.retiring = False  # it leaves after its current record: no more tasks
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
        """The finished task's record, or None while it is busy.

        When the worker died instead, the record is a ``crash`` error, or None
        with `task` cleared when it left cleanly (exit code 0) without taking the task.
        """
        assert self.task is not None
        sha256 = self.task[1]
        try:
            if self.conn.poll():
                record: Record = self.conn.recv()
                self.task = None
                if record.get("cause") == "memory":
                    self.retiring = True
                return record
        except (EOFError, OSError):
            pass
        if self.process.is_alive():
            return None
        self.process.join(1)
        self.task = None
        self.retiring = True
        if self.process.exitcode == 0:
            return None
        return error_record(sha256, "crash", "WorkerDied", self._death(), time.monotonic() - self.started)

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
        return (
            timeout is not None and timeout > 0 and self.task is not None and time.monotonic() - self.started > timeout
        )

    def kill(self) -> None:
        self.task = None
        self.retiring = True
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(5)
        for conn in (self.conn, self._lifeline):
            with contextlib.suppress(Exception):
                conn.close()

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

    def run(self, path: str, sha256: str, timeout: float | None) -> Record | None:
        """Run one task to its end (used by Dask tasks); None if the worker left without taking it."""
        while not self.check_ready():
            wait(self.waitables, 1.0)
        self.send(path, sha256)
        while True:
            left = None if not timeout else max(0.0, timeout - (time.monotonic() - self.started))
            wait(self.waitables, left)
            record = self.collect()
            if record is not None or self.task is None:
                return record
            if self.timed_out(timeout):
                self.kill()
                return _timeout(sha256, timeout)


def _timeout(sha256: str, timeout: float | None) -> Record:
    return error_record(
        sha256, "timeout", "Timeout", f"took longer than {timeout:g} s; the worker was stopped", timeout
    )


def run_pool(
    tasks: Sequence[tuple[str, str]],
    *,
    jobs: int,
    settings: Settings,
    parser: Parser | None,
    timeout: float | None,
    memory_limit: int | None,
    done: Callable[[Record], None],
) -> None:
    """Run every (path, sha256) task on `jobs` worker processes; call `done` with each record.

    A worker that dies or times out is replaced.  Workers that die before they
    are ready (START_FAILURES in a row) stop the scan with `WorkerStartError`:
    every document would fail the same way.
    """
    ctx = context()
    queue = list(reversed(tasks))
    attempts: dict[str, int] = {}
    workers: list[Worker] = []
    start_failures = 0
    try:
        while queue or any(w.task for w in workers):
            for w in [w for w in workers if w.retiring and not w.task]:
                w.kill()  # it leaves by itself; make sure and reap it
                workers.remove(w)
            # Keep the dead that never got ready: check_ready counts them as start failures.
            workers = [w for w in workers if w.alive or w.task or not w.ready]
            busy_count = sum(1 for w in workers if w.task)
            while len(workers) < min(jobs, len(queue) + busy_count):
                workers.append(Worker(ctx, settings, parser, memory_limit))
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
                assert task is not None
                record = w.collect()
                if record is None and w.task is None:  # left cleanly without taking it: not its doing
                    queue.append(task)
                    continue
                if record is not None and record.get("cause") == "crash":
                    attempts[task[1]] = attempts.get(task[1], 0) + 1
                    if attempts[task[1]] < ATTEMPTS:
                        queue.append(task)  # once more, on a fresh worker
                        continue
                if record is None and w.timed_out(timeout):
                    w.kill()
                    record = _timeout(task[1], timeout)
                if record is not None:
                    done(record)
    finally:
        for w in workers:
            if w.task is None and w.alive and not w.retiring:
                w.stop()
            else:
                w.kill()
