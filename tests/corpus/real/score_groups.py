#!/usr/bin/env python3
"""Score the real corpus with the shared scorer, overall and per council group.

    python tests/corpus/real/score_groups.py PRED_DIR [--round N] [--json]
    python tests/corpus/real/score_groups.py --parse PRED_DIR   # parse the restored docs first

The groups are the manifest's ``group`` column (UK principal, UK parish, UK
other, Ireland, North America, other); ``--round N`` keeps the documents of
round N only (the manifest's ``round`` column), which is how a round's
first-sight figure is taken.  Only documents with a gold file are scored.
The shared scorer (``../shared/eval/score.py``) is used in place.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
SHARED = Path(os.environ.get("MINUTES_PARSER_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(HERE))

from restore import DOCS, read_manifest  # noqa: E402

GOLD = HERE / "gold"

# (label, section, key) printed per group
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("reco F1", "recommendations", "f1"),
    ("reso F1", "resolutions", "f1"),
    ("reco lab", "recommendations", "label_accuracy"),
    ("reso lab", "resolutions", "label_accuracy"),
    ("reco str", "recommendations", "structure_accuracy"),
    ("reso str", "resolutions", "structure_accuracy"),
    ("peop F1", "people", "f1"),
    ("roles", "people", "role_accuracy"),
    ("kinds", "people", "kind_accuracy"),
    ("date F1", "dates", "f1"),
    ("kind", "document_fields", "kind"),
    ("body", "document_fields", "body"),
    ("mdate", "document_fields", "meeting_date"),
    ("title", "document_fields", "title"),
    ("cmp pair", "comparison", "pair_accuracy"),
    ("cmp stat", "comparison", "status_accuracy"),
    ("mot F1", "motions", "f1"),
    ("mover", "motions", "mover_accuracy"),
    ("outcome", "motions", "outcome_accuracy"),
    ("counts", "motions", "counts_accuracy"),
)


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def annotated(round_: str | None = None) -> list[dict[str, str]]:
    rows = [r for r in read_manifest() if (GOLD / f"{Path(r['name']).stem}.json").is_file()]
    return [r for r in rows if round_ is None or r.get("round") == round_]


def parse_all(rows: list[dict[str, str]], out: Path) -> list[str]:
    """Parse each restored document once; the names that failed."""
    import minutes_parser

    out.mkdir(parents=True, exist_ok=True)
    failed = []
    for row in rows:
        doc = DOCS / row["name"]
        try:
            text = minutes_parser.to_json(minutes_parser.parse(doc))
        except Exception as exc:  # a failure is scored as an empty prediction, and named
            failed.append(f"{row['name']}: {type(exc).__name__}: {exc}")
            continue
        (out / f"{Path(row['name']).stem}.json").write_text(text, encoding="utf-8")
    return failed


def score_rows(rows: list[dict[str, str]], pred: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp)
        for row in rows:
            stem = Path(row["name"]).stem
            (gold / f"{stem}.json").symlink_to(GOLD / f"{stem}.json")
        result: dict[str, Any] = scorer().score(gold, pred)
    return result


def by_group(rows: list[dict[str, str]], pred: Path) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, str]]] = {"all": rows}
    for row in rows:
        groups.setdefault(row["group"], []).append(row)
    return {name: score_rows(members, pred) for name, members in groups.items() if members}


def table(results: dict[str, dict[str, Any]], rows: list[dict[str, str]]) -> str:
    counts = {"all": (len(rows), len({r["council"] for r in rows}))}
    for group in results:
        if group != "all":
            members = [r for r in rows if r["group"] == group]
            counts[group] = (len(members), len({r["council"] for r in members}))
    head = "| group | docs | bodies | " + " | ".join(c[0] for c in COLUMNS) + " |"
    lines = [head, "|" + "---|" * (3 + len(COLUMNS))]
    for group, summary in results.items():
        cells = []
        for _, section, key in COLUMNS:
            value = summary.get(section, {}).get(key)
            cells.append("–" if value is None else f"{value:.2f}")
        docs, bodies = counts[group]
        lines.append(f"| {group} | {docs} | {bodies} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--parse", action="store_true", help="parse the restored documents into PRED_DIR first")
    ap.add_argument("--round", dest="round_", help="score only this round's documents")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = annotated(args.round_)
    if args.parse:
        for failure in parse_all(rows, args.pred_dir):
            print(f"failed: {failure}", file=sys.stderr)
    results = by_group(rows, args.pred_dir)
    if args.json:
        print(json.dumps(results, indent=1, default=str))
    else:
        print(table(results, rows))
        print()
        print(scorer().headline(results["all"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
