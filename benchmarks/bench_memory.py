"""Peak memory of one parse: a 100-page against a 500-page PDF made from real pages.

    python benchmarks/bench_memory.py [--corpus DIR] [--pages 100 500] [--backend pdfium] [--repeat 3]

Assembles each PDF by importing pages of the corpus PDFs in turn
(pypdfium2 `PdfDocument.new()` + `import_pages`), then parses it in a fresh
child process — reading only (`sources.read`) and the whole `parse` —
and has the child report its own peak RSS: ``VmHWM`` from
``/proc/self/status``, read just before it exits.  (Not `os.wait4`'s or
``getrusage``'s ru_maxrss: on Linux a forked child's ru_maxrss starts at the
parent's peak, so a 300 MB parent made an 8.7 MB child report 318 MB.)  A
child that only imports the library gives the baseline.  Every measurement
is repeated `--repeat` times (at least 3), the runs interleaved, and the
median is printed with the spread.
Target: under 200 MB and flat in the page count.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import corpus_args, median_spread, pdfs

CHILD = """
import sys
from pathlib import Path
import minutes_parser
from minutes_parser import sources
if len(sys.argv) > 1:
    path, backend, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    try:
        if mode == "read":
            text = sources.read(path, backend=backend)
            print(f"{text.page_count} pages, {len(text.text)} characters")
        else:
            doc = minutes_parser.parse(path, backend=backend)
            print(f"{doc.pages} pages, {len(doc.text)} characters")
    except Exception as exc:
        print(f"FAILED: {type(exc).__name__}: {str(exc)[:100]}")
peak = None
try:
    with open("/proc/self/status") as status:  # this process's own peak, not its parent's
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    import resource  # not Linux: ru_maxrss, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)
print(f"PEAK_KB {peak}")
"""


def assemble(sources: list[Path], pages: int, target: Path) -> int:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    try:
        while len(out) < pages:
            for path in sources:
                try:
                    src = pdfium.PdfDocument(str(path))
                except pdfium.PdfiumError:
                    continue
                try:
                    take = min(len(src), pages - len(out))
                    if take > 0:
                        out.import_pages(src, list(range(take)), index=len(out))
                finally:
                    src.close()
                if len(out) >= pages:
                    break
        out.save(str(target))
        return len(out)
    finally:
        out.close()


def peak_rss_mb(args: list[str]) -> tuple[float, str]:
    """Run a child; return its own peak RSS in MB (as it reported it) and its other output."""
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode:
        sys.exit(f"the child failed with exit code {proc.returncode}")
    lines = proc.stdout.strip().splitlines()
    peak = next(int(line.split()[1]) for line in lines if line.startswith("PEAK_KB "))
    return peak / 1024, " ".join(line for line in lines if not line.startswith("PEAK_KB "))


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--pages", type=int, nargs="+", default=[100, 500])
    args.add_argument("--backend", default="pdfium", choices=("pdfium", "pdfplumber"))
    args.add_argument("--repeat", type=int, default=3, help="runs of each measurement, interleaved (at least 3)")
    opts = args.parse_args()
    from minutes_parser import MinutesParserError, parse

    sources = []
    for path in pdfs(opts.corpus):  # pages with a text layer only
        try:
            parse(path)
        except MinutesParserError:
            continue
        sources.append(path)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        cases: list[tuple[str, list[str]]] = [("baseline (import minutes_parser)", [])]
        for pages in opts.pages:
            target = Path(tmp) / f"assembled-{pages}.pdf"
            made = assemble(sources, pages, target)
            size = target.stat().st_size / 2**20
            for mode in ("read", "parse"):
                cases.append((f"{made:4d} pages ({size:5.1f} MB file, {opts.backend}) {mode:<5}",
                              [str(target), opts.backend, mode]))
        peaks: dict[str, list[float]] = {label: [] for label, _ in cases}
        outputs: dict[str, str] = {}
        for _run in range(max(3, opts.repeat)):  # interleaved: each run measures every case once
            for label, argv in cases:
                rss, output = peak_rss_mb(argv)
                peaks[label].append(rss)
                outputs[label] = output
        for label, _argv in cases:
            extra = f"  [{outputs[label]}]" if outputs[label] else ""
            print(f"{label}: peak RSS {median_spread(peaks[label], '.1f')} MB{extra}", flush=True)
    print("target: parse under 200 MB and flat in the page count")


if __name__ == "__main__":
    main()
