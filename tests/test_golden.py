"""Golden JSON for the project's own example documents, as text and as PDF.

Run ``pytest tests/test_golden.py --update-golden`` after a deliberate change
and review the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import minutes_parser
from conftest import EXAMPLES, GOLDEN
from fixtures import pdfs

CASES = [(p, "text") for p in sorted(EXAMPLES.glob("*.txt"))] + [
    (p, "pdf") for p in sorted(EXAMPLES.glob("*.txt"))
]


def _parse(path: Path, form: str) -> dict[str, Any]:
    if form == "text":
        document = minutes_parser.parse(path)
    else:
        document = minutes_parser.parse(pdfs.render(path.read_text("utf-8")), name=f"{path.stem}.pdf")
    data = minutes_parser.to_dict(document)
    data["source"] = f"{path.stem}.{'txt' if form == 'text' else 'pdf'}"
    return data


@pytest.mark.parametrize(("path", "form"), CASES, ids=[f"{p.stem}-{f}" for p, f in CASES])
def test_golden(path: Path, form: str, update_golden: bool) -> None:
    got = _parse(path, form)
    golden = GOLDEN / f"{path.stem}.{form}.json"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {golden.name}: run pytest --update-golden and review it"
    assert got == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_text_and_pdf_give_the_same_records(path: Path) -> None:
    """Records from the text and from its PDF rendering agree (spans aside)."""
    a, b = _parse(path, "text"), _parse(path, "pdf")
    assert _without_positions(a) == _without_positions(b)


def _without_positions(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_positions(v)
            for k, v in value.items()
            if k not in {"span", "source", "pages"} and not k.endswith("_span")  # a motion's mover_span, ...
        }
    if isinstance(value, list):
        return [_without_positions(v) for v in value]
    return value
