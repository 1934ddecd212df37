#!/usr/bin/env python3
"""Score the authority each document names against the manifest's ``council`` column.

The gold files (ANNOTATION.md) have no authority; the manifest says which council or body
each real document is from ("City of Chico City Council (California)").  A predicted authority
is right when it names that council: its distinctive words (all but "council", "city", "of",
"the" and the like) are all among the manifest entry's words, after folding case, accents,
apostrophes and "&"/"and".  None predicted is a miss; anything else is wrong.

    python tests/corpus/real/score_authority.py PRED_DIR [--round N] [--list]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERIC = frozenset(
    [
        "the",
        "of",
        "and",
        "council",
        "city",
        "county",
        "borough",
        "district",
        "town",
        "township",
        "parish",
        "community",
        "board",
        "metropolitan",
        "municipal",
        "london",
        "royal",
    ]
)


def words(text: str) -> set[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    return set(re.findall(r"[a-z0-9]+", text))


def right(predicted: str, council: str) -> bool:
    own = words(predicted) - GENERIC
    return bool(own) and own <= words(council)


def score(pred_dir: Path, rows: list[dict[str, str]], *, listing: bool = False) -> dict[str, float]:
    """Right, wrong and none over the rows that have a prediction, and the share right."""
    tally = {"right": 0, "wrong": 0, "none": 0}
    for row in rows:
        pred = pred_dir / (Path(row["name"]).stem + ".json")
        if not pred.is_file():
            continue
        authority = json.loads(pred.read_text(encoding="utf-8")).get("authority")
        verdict = "none" if not authority else "right" if right(authority, row["council"]) else "wrong"
        tally[verdict] += 1
        if listing and verdict != "right":
            print(f"{verdict:5} {authority!r:45} | {row['council']}")
    total = sum(tally.values())
    named = tally["right"] + tally["wrong"]
    return {
        **tally,
        "total": total,
        "accuracy": tally["right"] / max(total, 1),
        "precision": tally["right"] / max(named, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("--round", dest="round_")
    parser.add_argument("--list", action="store_true", help="print each wrong or missing document")
    args = parser.parse_args(argv)
    with (HERE / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    rows = [row for row in rows if not args.round_ or row["round"] == args.round_]
    t = score(args.pred_dir, rows, listing=args.list)
    print(
        f"authority: {t['right']}/{t['total']} right ({t['accuracy']:.2f}), "
        f"{t['wrong']} wrong, {t['none']} none; precision {t['precision']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
