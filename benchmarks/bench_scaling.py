"""How parse time grows on long, repetitive inputs: linear, or worse?

    python benchmarks/bench_scaling.py [--size 500] [--only NAME ...]

Each case is a phrase that councils' papers repeat — dates in a paragraph, a
roll of members, decisions, a double-barrelled name — laid into one text `n`
times and `4n` times (a Word or HTML paragraph is one line, so most cases are
one long line).  The script prints the seconds for both and their ratio: about
4 is linear, about 16 quadratic; anything far above 4 is a rule or a loop that
rereads what it has read.  Nothing here is timed by the test suite; a hang
caught here becomes a regression test with a fixed input.
"""

from __future__ import annotations

import argparse
import time

CASES = {
    "dates in a paragraph": "On 1 January 2024 and 2 February 2024, ",
    "members on one line": "Councillor Smith, ",
    "a name repeated": "Jane Smith-Jones-Brown ",
    "honorifics": "Cllr Mr Dr ",
    "recommended-that preambles": "It is recommended that ",
    "spaced capitals": "R E S O L V E D ",
    "decisions, a line each": "RESOLVED that the item be approved.\n",
    "numbered minutes": "12. Apologies\nApologies were received from Councillor A Bell.\n",
    "a list of (a) entries": "(a) note the report;\n",
}


def seconds(text: str) -> float:
    import minutes_parser

    started = time.perf_counter()
    minutes_parser.parse_text(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=500, help="repeats in the small text (the large has 4x)")
    parser.add_argument("--only", nargs="*", default=None, help="case names to run (default: all)")
    opts = parser.parse_args()
    seconds("RESOLVED that the minutes be approved.")  # build the rules and spaCy once, outside the timings
    print(f"{'case':28s} {'n chars':>9s} {'s':>7s} {'4n chars':>9s} {'s':>7s}  ratio (4 = linear)")
    for name, unit in CASES.items():
        if opts.only and name not in opts.only:
            continue
        small, large = unit * opts.size, unit * (4 * opts.size)
        a, b = seconds(small), seconds(large)
        print(f"{name:28s} {len(small):9d} {a:7.2f} {len(large):9d} {b:7.2f}  {b / max(a, 1e-6):5.1f}", flush=True)


if __name__ == "__main__":
    main()
