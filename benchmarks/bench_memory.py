"""Peak memory of one parse: a 100-page against a 500-page PDF made from real pages.

    python benchmarks/bench_memory.py [--corpus DIR] [--pages 100 500] [--backend pdfium]

Assembles each PDF by importing pages of the corpus PDFs in turn
(pypdfium2 `PdfDocument.new()` + `import_pages`), then parses it in a fresh
child process — reading only (`sources.read`) and the whole `parse` —
and reads that child's own peak RSS (`os.wait4` rusage,
ru_maxrss).  A child that only imports the library gives the baseline.
Target: under 200 MB and flat in the page count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import corpus_args, pdfs

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
    """Run a child; return its own peak RSS in MB and its output."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"the child failed with exit code {proc.returncode}")
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    return usage.ru_maxrss / scale, output.strip()


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--pages", type=int, nargs="+", default=[100, 500])
    args.add_argument("--backend", default="pdfium", choices=("pdfium", "pdfplumber"))
    opts = args.parse_args()
    from minutes_parser import MinutesParserError, parse

    sources = []
    for path in pdfs(opts.corpus):  # pages with a text layer only
        try:
            parse(path)
        except MinutesParserError:
            continue
        sources.append(path)
    base, _ = peak_rss_mb([])
    print(f"baseline (import minutes_parser): {base:7.1f} MB")
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        for pages in opts.pages:
            target = Path(tmp) / f"assembled-{pages}.pdf"
            made = assemble(sources, pages, target)
            size = target.stat().st_size / 2**20
            for mode in ("read", "parse"):
                rss, output = peak_rss_mb([str(target), opts.backend, mode])
                print(f"{made:4d} pages ({size:5.1f} MB file, {opts.backend}) {mode:<5}: peak RSS {rss:7.1f} MB"
                      f"  [{output}]", flush=True)
    print("target: parse under 200 MB and flat in the page count")


if __name__ == "__main__":
    main()
