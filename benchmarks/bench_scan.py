"""Scan throughput with --jobs 1 and --jobs 2, and their ratio.

    python benchmarks/bench_scan.py [--corpus DIR] [--jobs 1 2]

Runs `minutes_parser.scan` over the whole corpus (every file, recursive) into
a fresh temporary folder for each job count and prints documents/s, pages/s
and the speed-up of the last job count over the first (target >= 1.7x for 2
jobs on a 2-core machine).  Wall time includes starting the workers,
hashing and writing the tables: what a user waits for.  The load average is
printed before and after: the ratio only means something on an idle machine.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from _common import corpus_args, rate


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=1, help="runs per job count; the fastest is kept")
    opts = args.parse_args()
    from minutes_parser import batch

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    results: list[tuple[int, float, float]] = []
    for jobs in opts.jobs:
        seconds = float("inf")
        for _ in range(max(1, opts.repeat)):
            with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
                started = time.perf_counter()
                result = batch.scan([opts.corpus], Path(tmp) / "out", jobs=jobs, progress=False)
                seconds = min(seconds, time.perf_counter() - started)
        docs = result.documents + result.failed
        print(f"--jobs {jobs}: {docs} inputs ({result.failed} failed), {result.pages} pages in {seconds:6.2f} s"
              f" = {rate(docs, seconds)} docs/s {rate(result.pages, seconds)} pages/s", flush=True)
        results.append((jobs, docs / seconds, result.pages / seconds))
    if len(results) > 1:
        (j0, _d0, p0), (j1, _d1, p1) = results[0], results[-1]
        print(f"\nspeed-up --jobs {j1} / --jobs {j0} (pages/s): {p1 / p0:.2f}x  (target >= 1.7x)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews this)")


if __name__ == "__main__":
    main()
