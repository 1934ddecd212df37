"""Pages per second of `parse` with each backend against the raw text extractors.

    python benchmarks/bench_parse.py [--corpus DIR] [--limit N] [--repeat 3]

Over the PDFs of the corpus (recursive): pdfplumber's own `extract_text` (each
page closed as read), pypdfium2's raw `get_text_range`, and
`minutes_parser.parse` with each backend.  Prints pages/s for each and the
ratio default-backend parse / pdfplumber extraction (target >= 5x).  Files a
reader cannot open (scans, encrypted) are left out of every row alike.  Each
run measures every row once (the runs interleaved, `--repeat` of them); the
summary gives the median and the spread (min–max) of each rate and of the
ratio, computed run by run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from _common import corpus_args, median_spread, pdfs, plumber_text, rate


def pdfium_text(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def parser(backend: str) -> Callable[[Path], int]:
    from minutes_parser import parse

    def run(path: Path) -> int:
        return parse(path, backend=backend).pages

    return run


def measure(name: str, fn: Callable[[Path], int], files: list[Path]) -> tuple[int, float]:
    pages = 0
    started = time.perf_counter()
    for path in files:
        pages += fn(path)
    seconds = time.perf_counter() - started
    print(f"{name:<28} {pages:6d} pages {seconds:8.2f} s {rate(pages, seconds)} pages/s", flush=True)
    return pages, seconds


def main() -> None:
    args = corpus_args(__doc__.splitlines()[0])
    args.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    args.add_argument("--repeat", type=int, default=3, help="runs, each measuring every row once (interleaved)")
    opts = args.parse_args()
    from minutes_parser import MinutesParserError, parse

    files = pdfs(opts.corpus)[: opts.limit]
    usable = []
    for path in files:  # leave out what the parser refuses (scans, encrypted): no reader gets them
        try:
            parse(path)
        except MinutesParserError:
            continue
        usable.append(path)
    print(f"{len(usable)} readable PDFs of {len(files)} under {opts.corpus} (warm-up parse done)\n")
    rows: dict[str, Callable[[Path], int]] = {
        "pdfplumber extract_text": plumber_text,
        "pypdfium2 get_text_range": pdfium_text,
        "parse (pdfium, default)": parser("pdfium"),
        "parse (pdfplumber)": parser("pdfplumber"),
    }
    rates: dict[str, list[float]] = {name: [] for name in rows}
    ratios: list[float] = []
    for run in range(max(1, opts.repeat)):
        print(f"run {run + 1}:")
        for name, fn in rows.items():
            pages, seconds = measure(name, fn, usable)
            rates[name].append(pages / seconds)
        ratios.append(rates["parse (pdfium, default)"][-1] / rates["pdfplumber extract_text"][-1])
        print()
    for name, values in rates.items():
        print(f"{name:<28} {median_spread(values, '.1f')} pages/s")
    print(f"\nratio parse(default) / pdfplumber extract_text: {median_spread(ratios, '.1f')}x  (target >= 5x)")


if __name__ == "__main__":
    main()
