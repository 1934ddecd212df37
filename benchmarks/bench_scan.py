"""Scan throughput with --jobs 1 and --jobs 2, and their ratio.

    python benchmarks/bench_scan.py [--corpus DIR] [--jobs 1 2]

Runs `minutes-parser scan` in a fresh process over the whole corpus (every
file, recursive) into a fresh temporary folder for each job count and prints documents/s, pages/s
and the speed-up of the last job count over the first (target >= 1.7x for 2
jobs on a 2-core machine).  Wall time includes starting the workers,
hashing and writing the tables: what a user waits for.  The load average is
printed before and after, the seconds the workers spent parsing (they grow
when the workers share cores with other work), and a control (a pure CPU loop in as many processes) shows
what parallelism the machine gives right now: the ratio only means something on an idle machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus_args, rate


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ratio(jobs: int, n: int = 10_000_000) -> float:
    """What `jobs` processes give a pure CPU loop here: the ceiling for the scan's ratio right now."""
    import multiprocessing

    started = time.perf_counter()
    for _ in range(jobs):
        _burn(n)
    serial = time.perf_counter() - started
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        pool.map(_burn, [n] * jobs)  # start the processes first
        started = time.perf_counter()
        pool.map(_burn, [n] * jobs)
        parallel = time.perf_counter() - started
    return serial / parallel


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=1, help="runs per job count; the fastest is kept")
    opts = args.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    results: list[tuple[int, float, float]] = []
    for jobs in opts.jobs:
        seconds = float("inf")
        for _ in range(max(1, opts.repeat)):
            with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
                command = [sys.executable, "-m", "minutes_parser.cli", "scan", str(opts.corpus),
                           "--out", str(Path(tmp) / "out"), "--jobs", str(jobs), "--quiet"]
                started = time.perf_counter()
                subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
                seconds = min(seconds, time.perf_counter() - started)
                docs = len((Path(tmp) / "out" / "documents.jsonl").read_text("utf-8").splitlines())
                failed = len((Path(tmp) / "out" / "errors.jsonl").read_text("utf-8").splitlines())
                objs = [json.loads(line) for name in ("documents.jsonl", "errors.jsonl")
                        for line in (Path(tmp) / "out" / name).read_text("utf-8").splitlines()]
                pages = sum(o.get("pages") or 0 for o in objs if "pages" in o)
                busy = sum(o.get("seconds") or 0.0 for o in objs)
        total = docs + failed
        print(f"--jobs {jobs}: {total} inputs ({failed} failed), {pages} pages in {seconds:6.2f} s"
              f" = {rate(total, seconds)} docs/s {rate(pages, seconds)} pages/s;"
              f" {busy:.1f} s parsing in the workers", flush=True)
        results.append((jobs, total / seconds, pages / seconds))
    if len(results) > 1:
        (j0, _d0, p0), (j1, _d1, p1) = results[0], results[-1]
        print(f"\nspeed-up --jobs {j1} / --jobs {j0} (pages/s): {p1 / p0:.2f}x  (target >= 1.7x)")
        print(f"control: a pure CPU loop in {j1} processes runs {machine_ratio(j1):.2f}x one process on this"
              " machine now (the ceiling for the ratio above)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews this)")


if __name__ == "__main__":
    main()
