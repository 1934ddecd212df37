"""Both PDF backends give the same records on the dev corpus."""

from __future__ import annotations

from typing import Any

import pytest

import minutes_parser
from conftest import DEV, needs_corpus

pytestmark = [needs_corpus(), pytest.mark.corpus]


def _records(document: minutes_parser.Document) -> dict[str, Any]:
    data = minutes_parser.to_dict(document)

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in {"span", "mentions", "similarity", "diff"}}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {k: strip(data[k]) for k in ("kind", "title", "body", "meeting_date", "recommendations",
                                        "resolutions", "dates", "people", "comparison")}


PDFS = sorted((DEV / "docs").glob("*.pdf")) if (DEV / "docs").is_dir() else []


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name[:60])
def test_backends_agree(path: Any, dev_parsed: dict[str, minutes_parser.Document]) -> None:
    fast = _records(dev_parsed[path.name])
    reference = _records(minutes_parser.parse(path, backend="pdfplumber"))
    assert fast == reference
