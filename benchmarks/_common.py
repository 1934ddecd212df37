"""Shared helpers for the benchmark scripts (run by hand; they print figures, never assert)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT.parent / "shared" / "corpus" / "raw"


def corpus_args(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=RAW, help=f"folder of documents (default {RAW})")
    return parser


def pdfs(folder: Path) -> list[Path]:
    """Every PDF under `folder`, recursively, sorted; exit with a message when there is none."""
    found = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    if not found:
        sys.exit(f"no PDFs under {folder}: pass --corpus DIR")
    return found


def plumber_text(path: Path) -> int:
    """pdfplumber's own text extraction of every page (closing each page): the reference cost."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:8.1f}" if seconds > 0 else "     inf"


def median_spread(values: list[float], fmt: str = ".2f") -> str:
    """'median (min–max, n runs)': what a benchmark quotes of its interleaved runs."""
    import statistics

    if not values:
        return "-"
    return (f"{statistics.median(values):{fmt}} ({min(values):{fmt}}–{max(values):{fmt}},"
            f" {len(values)} runs)")
