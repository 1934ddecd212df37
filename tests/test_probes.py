"""Accuracy on the project's own invented corpus of other councils' house styles.

`tests/corpus/<family>/` holds documents this project wrote, each imitating a
tradition the shared dev corpus lacks (Welsh, Scottish, Northern Irish,
Australian, New Zealand, US and Canadian councils, English districts, towns and
parishes), with gold files in the shared annotation format.  Each family was
annotated for its own fields only: `items` for recommendations, resolutions and
their comparison, `people` for people, `fields` for dates and document fields.
The rules were tuned on these documents after the gold was written, so the
floors guard against regressions; they do not measure accuracy on unseen papers.

Scored with the shared scorer, in place (skipped where ``../shared`` is absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SHARED, shared_scorer

CORPUS = ROOT / "tests" / "corpus"

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").is_file(), reason=f"the shared scorer is not at {SHARED / 'eval'}"
)

# family -> (section, key) -> floor (a ratchet: only ever raised)
FLOORS: dict[str, dict[tuple[str, str], float]] = {
    "items": {
        ("recommendations", "f1"): 0.95,
        ("resolutions", "f1"): 0.97,
        ("recommendations", "label_accuracy"): 0.95,
        ("resolutions", "label_accuracy"): 0.95,
        ("comparison", "pair_accuracy"): 0.9,
        ("comparison", "status_accuracy"): 0.9,
    },
    "people": {
        ("people", "f1"): 0.97,
        ("people", "role_accuracy"): 0.9,
        ("people", "kind_accuracy"): 0.95,
    },
    "fields": {
        ("dates", "f1"): 0.98,
        ("document_fields", "kind"): 0.97,
        ("document_fields", "body"): 0.97,
        ("document_fields", "meeting_date"): 0.97,
        ("document_fields", "title"): 0.97,
    },
    "motions": {
        ("motions", "f1"): 0.97,
        ("motions", "mover_accuracy"): 0.97,
        ("motions", "seconder_accuracy"): 0.97,
        ("motions", "outcome_accuracy"): 0.97,
        ("motions", "counts_accuracy"): 0.97,
    },
}


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each family parsed once and scored."""
    import minutes_parser

    score = shared_scorer().score
    out: dict[str, dict[str, Any]] = {}
    for family in FLOORS:
        predictions = tmp_path_factory.mktemp(f"probes-{family}")
        for doc in sorted((CORPUS / family / "docs").iterdir()):
            obj = minutes_parser.to_dict(minutes_parser.parse(doc))
            (predictions / f"{doc.stem}.json").write_text(json.dumps(obj), encoding="utf-8")
        out[family] = score(CORPUS / family / "gold", predictions)
    return out


@pytest.mark.parametrize(
    ("family", "section", "key"), [(f, s, k) for f, floors in FLOORS.items() for s, k in sorted(floors)]
)
def test_probe_floor(summaries: dict[str, dict[str, Any]], family: str, section: str, key: str) -> None:
    value = summaries[family][section][key]
    floor = FLOORS[family][section, key]
    assert value is not None, f"{family}: {section} {key}: the scorer measured nothing"
    assert value >= floor, f"{family}: {section} {key} fell to {value:.3f} (floor {floor})"


def test_every_gold_file_names_a_document() -> None:
    for family in FLOORS:
        docs = {p.name for p in (CORPUS / family / "docs").iterdir()}
        golds = sorted((CORPUS / family / "gold").glob("*.json"))
        assert golds, family
        for gold in golds:
            name = json.loads(gold.read_text("utf-8"))["document"]
            assert name in docs and Path(name).stem == gold.stem, (family, gold.name)
