"""Accuracy on the shared dev corpus, scored by the shared scorer.

The floors are a ratchet: raise them as the parser improves, never lower
them.  The targets are the issues' numbers; the floors only stop a change
from quietly making things worse.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import DEV, needs_corpus, shared_scorer

pytestmark = [needs_corpus(), pytest.mark.corpus]

# field -> floor (ratchet: only ever raised)
FLOORS: dict[tuple[str, str], float] = {
    ("recommendations", "f1"): 0.98,
    ("recommendations", "label_accuracy"): 0.98,
    ("recommendations", "structure_accuracy"): 0.98,
    ("resolutions", "f1"): 0.98,
    ("resolutions", "label_accuracy"): 0.98,
    ("resolutions", "structure_accuracy"): 0.98,
    ("people", "f1"): 0.97,
    ("people", "role_accuracy"): 0.93,
    ("people", "kind_accuracy"): 0.96,
    ("dates", "f1"): 0.98,
    ("document_fields", "kind"): 0.95,
    ("document_fields", "body"): 0.95,
    ("document_fields", "meeting_date"): 0.95,
    ("comparison", "pair_accuracy"): 0.95,
    ("comparison", "status_accuracy"): 0.95,
}


@pytest.fixture(scope="module")
def summary(dev_parsed: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from minutes_parser import to_dict

    out = tmp_path_factory.mktemp("predictions")
    for name, document in dev_parsed.items():
        (out / f"{Path(name).stem}.json").write_text(json.dumps(to_dict(document)), encoding="utf-8")
    result: dict[str, Any] = shared_scorer().score(DEV / "gold", out)
    return result


@pytest.mark.parametrize(("section", "key"), sorted(FLOORS))
def test_accuracy_floor(summary: dict[str, Any], section: str, key: str) -> None:
    value = summary[section][key]
    assert value is not None, f"{section} {key}: the scorer measured nothing"
    assert value >= FLOORS[section, key], f"{section} {key} fell to {value:.3f} (floor {FLOORS[section, key]})"


def test_every_document_parsed(summary: dict[str, Any]) -> None:
    assert summary["missing_predictions"] == []
