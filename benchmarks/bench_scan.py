"""Scan throughput with --jobs 1 and --jobs 2, and their ratio.

    python benchmarks/bench_scan.py [--corpus DIR] [--jobs 1 2]

Runs `minutes-parser scan` in a fresh process over the whole corpus (every
file, recursive) into a fresh temporary folder for each job count and prints documents/s, pages/s
and the speed-up of the last job count over the first (target >= 1.7x for 2
jobs on a 2-core machine).  Wall time includes starting the workers,
hashing and writing the tables: what a user waits for.  On a small corpus the
one-off start-up is a large share of it, so the script also measures the steady
rate: the extra pages over the extra seconds when the corpus is scanned
`--copies` times (each copy differs by a trailing byte, so none is skipped as a
duplicate) — the rate an archive of thousands of files runs at.  Every figure is the median
of `--repeat` (at least 3) interleaved runs, printed with its spread (min–max).  The load average is
printed before and after, the seconds the workers spent parsing (they grow
when the workers share cores with other work), and a control (a pure CPU loop in as many processes) shows
what parallelism the machine gives right now: the ratio only means something on an idle machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus_args, median_spread, pdfs, plumber_text


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


def run_scan(folder: Path, jobs: int) -> tuple[float, int, int, int, float]:
    """One scan of `folder` in a fresh process into a fresh folder: (seconds, documents, failed, pages, busy)."""
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        out = Path(tmp) / "out"
        command = [sys.executable, "-m", "minutes_parser.cli", "scan", str(folder),
                   "--out", str(out), "--jobs", str(jobs), "--quiet"]
        started = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        docs = (out / "documents.jsonl").read_text("utf-8").splitlines()
        errors = (out / "errors.jsonl").read_text("utf-8").splitlines()
        objs = [json.loads(line) for line in docs + errors]
        pages = sum(o.get("pages") or 0 for o in objs)
        busy = sum(o.get("seconds") or 0.0 for o in objs)
    return seconds, len(docs), len(errors), pages, busy


def copies(corpus: Path, count: int, target: Path) -> Path:
    """`count` copies of the corpus whose files differ by a trailing byte or comment (so none is a
    duplicate by sha256) but parse the same: a workload long enough to measure the steady rate."""
    for n in range(count):
        for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
            suffix = path.suffix.lower()
            if n and suffix not in (".pdf", ".txt", ".md", ".html", ".htm"):
                continue  # other formats are read once
            data = path.read_bytes()
            if n:
                data += f"\n%copy {n}\n".encode() if suffix == ".pdf" else b"\n" * n
            dest = target / f"copy{n}" / path.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
    return target


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args.add_argument("--repeat", type=int, default=3, help="interleaved runs of each measurement (at least 3)")
    args.add_argument("--copies", type=int, default=4, help="copies of the corpus for the steady rate (0: skip)")
    opts = args.parse_args()
    runs = max(3, opts.repeat)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores;"
          f" every figure is the median of {runs} interleaved runs (min–max)")
    plain: dict[int, list[tuple[float, int, int, int, float]]] = {jobs: [] for jobs in opts.jobs}
    for _run in range(runs):
        for jobs in opts.jobs:
            plain[jobs].append(run_scan(opts.corpus, jobs))
    for jobs, results in plain.items():
        _seconds, docs, failed, pages, _busy = results[0]
        total = docs + failed
        print(f"--jobs {jobs}: {total} inputs ({failed} failed), {pages} pages in"
              f" {median_spread([r[0] for r in results])} s = {median_spread([pages / r[0] for r in results], '.1f')}"
              f" pages/s; {median_spread([r[4] for r in results], '.1f')} s parsing in the workers", flush=True)
    if len(opts.jobs) > 1:
        j0, j1 = opts.jobs[0], opts.jobs[-1]
        ratios = [a[0] / b[0] for a, b in zip(plain[j0], plain[j1], strict=True)]
        print(f"\nspeed-up --jobs {j1} / --jobs {j0}, wall clock: {median_spread(ratios)}x  (target >= 1.7x)")
    if opts.copies > 1:
        # Start-up (importing spaCy, warming the rules: ~1.4 s, once per scan) is a large share of a
        # 4-second scan; the steady rate is the extra pages over the extra seconds of a longer scan.
        print(f"\nsteady rate: the corpus once and {opts.copies} times (each copy differs by a byte)")
        steady: dict[int, list[float]] = {jobs: [] for jobs in opts.jobs}
        with tempfile.TemporaryDirectory(prefix="bench-copies-") as tmp:
            folder = copies(opts.corpus, opts.copies, Path(tmp))
            for _run in range(runs):
                for jobs in opts.jobs:
                    once = run_scan(folder / "copy0", jobs)
                    many = run_scan(folder, jobs)
                    steady[jobs].append((many[3] - once[3]) / (many[0] - once[0]))
        for jobs, rates in steady.items():
            print(f"--jobs {jobs}: {median_spread(rates, '.1f')} pages/s steady", flush=True)
        if len(opts.jobs) > 1:
            j0, j1 = opts.jobs[0], opts.jobs[-1]
            ratios = [b / a for a, b in zip(steady[j0], steady[j1], strict=True)]
            print(f"speed-up --jobs {j1} / --jobs {j0}, steady rate: {median_spread(ratios)}x")
    # Overhead: the whole scan (hashing, workers, tables) of the corpus's PDFs against pdfplumber's
    # text extraction alone of the same files, interleaved in each run.
    print("\noverhead: a scan of the corpus's PDFs against pdfplumber's extract_text of the same files")
    cores = os.cpu_count() or 1
    ratios_by: dict[int, list[float]] = {1: [], cores: []}
    plumber_rates: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-pdfs-") as tmp:
        files = pdfs(opts.corpus)
        for i, path in enumerate(files):
            (Path(tmp) / f"{i:04d}-{path.name}").symlink_to(path.resolve())
        for _run in range(runs):
            started = time.perf_counter()
            plumber_pages = 0
            for path in files:
                with contextlib.suppress(Exception):  # a file pdfplumber cannot open costs what it cost
                    plumber_pages += plumber_text(path)
            plumber_seconds = time.perf_counter() - started
            plumber_rates.append(plumber_pages / plumber_seconds)
            for jobs in ratios_by:
                seconds = run_scan(Path(tmp), jobs)[0]
                ratios_by[jobs].append(plumber_seconds / seconds)
    print(f"pdfplumber extract_text: {median_spread(plumber_rates, '.1f')} pages/s", flush=True)
    for jobs, ratios in ratios_by.items():
        label = "--jobs 1" if jobs == 1 else f"default jobs ({cores})"
        print(f"scan, {label}: {median_spread(ratios, '.1f')}x faster than pdfplumber's extraction alone"
              " (target >= 5x)", flush=True)
    if len(opts.jobs) > 1:
        j1 = opts.jobs[-1]
        controls = [machine_ratio(j1) for _ in range(runs)]
        print(f"control: a pure CPU loop in {j1} processes runs {median_spread(controls)}x one process on this"
              " machine now (the ceiling for the ratios above)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews this)")


if __name__ == "__main__":
    main()
