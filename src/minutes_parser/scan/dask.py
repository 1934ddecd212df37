"""The scan on a Dask cluster: the client hashes, journals and writes; the cluster's workers parse.

Each Dask task parses one file in a child process of the Dask worker (kept
per worker thread and reused), with the same time limit and memory cap as a
local scan.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from typing import Any

from ..settings import Settings
from .journal import Record
from .outputs import error_record
from .workers import ATTEMPTS, Parser, Worker, context, run_one

__all__ = ["run_dask"]

_local = threading.local()


def _dask_task(
    path: str, sha256: str, settings: Settings, parser: Parser | None, timeout: float | None, memory_limit: int | None
) -> Record:
    """A Dask task: parse one file in a child process of the Dask worker.

    A daemonic Dask worker (the default ``distributed.worker.daemon: true``)
    may not start processes: there the parse runs in the worker itself, and
    Dask's own memory limit and restarts stand guard (a crash becomes a
    ``crash`` row).
    """
    if multiprocessing.current_process().daemon:
        return run_one(path, sha256, settings, parser, memory_limit)
    key = (settings, memory_limit, getattr(parser, "__module__", None), getattr(parser, "__qualname__", None))
    crashes = 0
    for _attempt in range(2 * ATTEMPTS):
        worker: Worker | None = getattr(_local, "worker", None)
        if worker is None or getattr(_local, "key", None) != key or not worker.alive or worker.retiring:
            if worker is not None:
                worker.kill()
            worker = Worker(context(), settings, parser, memory_limit)
            _local.worker, _local.key = worker, key
        record = worker.run(path, sha256, timeout)
        if record is None:  # the worker left without taking the task: not the document's doing
            continue
        if record.get("cause") != "crash":
            return record
        crashes += 1
        if crashes >= ATTEMPTS:
            return record
    return error_record(sha256, "crash", "WorkerDied", "the worker processes kept leaving", None)


def run_dask(
    client: Any,
    tasks: Sequence[tuple[str, str]],
    *,
    settings: Settings,
    parser: Parser | None,
    timeout: float | None,
    memory_limit: int | None,
    done: Callable[[Record], None],
) -> None:
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
                done(error_record(sha, cause, type(exc).__name__, " ".join(str(exc).split())[:2000], None))
            future.release()
    finally:
        client.cancel(list(futures))
