"""Issue 11, measured: on Kent County Council's papers (../shared/corpus/raw/kent_cc, read in place),
each of 30 hand-checked members and officers (tests/corpus/people/kent_identity.tsv) is one identity,
no identity joins two of them, and the identity's kind is theirs.

Run as a script for the numbers (identities per person before and after, wrong joins, kind agreement):
    python tests/test_people_identity_corpus.py
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conftest import SHARED  # noqa: E402

KENT = SHARED / "corpus" / "raw" / "kent_cc"
LIST = HERE / "corpus" / "people" / "kent_identity.tsv"


def listed() -> list[dict[str, Any]]:
    lines = [line for line in LIST.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        out.append({**row, "forms": set(row["forms"].split("|"))})
    return out


def _gender(hons: list[str]) -> str | None:
    from minutes_parser.extract.people.names import _gender as gender_of

    return gender_of(tuple(hons))


def _rows(objects: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], int, dict[str, Any]]]:
    for obj in objects:
        for index, p in enumerate(obj["people"]):
            yield obj, index, p


def measure(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """Per listed person: distinct names printed (before) and identities (after); wrong joins; kinds."""
    from minutes_parser.scan.identities import identities

    resolved = identities(objects)
    kinds = {i.id: i.kind.value for i in resolved.identities}
    people = listed()
    report: dict[str, Any] = {"people": {}, "owners": {}}
    for who in people:
        rows = [
            (obj, index, p)
            for obj, index, p in _rows(objects)
            if p["name"] in who["forms"]
            and (who["gender"] == "-" or _gender(p.get("honorifics") or []) in (None, who["gender"]))
        ]
        ids = {resolved.of_row[(obj["sha256"], index)] for obj, index, _p in rows}
        for ident in ids:
            report["owners"].setdefault(ident, set()).add(who["person"])
        report["people"][who["person"]] = {
            "rows": len(rows),
            "before": len({p["name"] for _o, _i, p in rows}),
            "row_kinds_agree": sum(p["kind"] == who["kind"] for _o, _i, p in rows),
            "after": len(ids),
            "kinds": {kinds[i] for i in ids},
            "kind": who["kind"],
        }
    report["wrong_joins"] = {i: sorted(o) for i, o in report["owners"].items() if len(o) > 1}
    return report


@pytest.fixture(scope="module")
def kent() -> dict[str, Any]:
    if not KENT.is_dir():
        pytest.skip(f"the shared Kent papers are not at {KENT} (a fresh clone without ../shared)")
    import minutes_parser
    from minutes_parser.serialize import to_dict

    objects = []
    for path in sorted(KENT.iterdir()):
        obj = to_dict(minutes_parser.parse(path))
        objects.append({**obj, "sha256": path.name})
    return measure(objects)


def test_every_listed_person_is_named_in_the_papers(kent: dict[str, Any]) -> None:
    assert len(kent["people"]) == 30
    assert [p for p, r in kent["people"].items() if not r["rows"]] == []


def test_every_listed_person_is_one_identity(kent: dict[str, Any]) -> None:
    assert {p: r["after"] for p, r in kent["people"].items() if r["after"] != 1} == {}


def test_no_identity_joins_two_listed_people(kent: dict[str, Any]) -> None:
    assert kent["wrong_joins"] == {}


def test_identities_have_the_listed_kind(kent: dict[str, Any]) -> None:
    assert {p: r["kinds"] for p, r in kent["people"].items() if r["kinds"] != {r["kind"]}} == {}


if __name__ == "__main__":
    import minutes_parser
    from minutes_parser.serialize import to_dict

    objs = [{**to_dict(minutes_parser.parse(p)), "sha256": p.name} for p in sorted(KENT.iterdir())]
    rep = measure(objs)
    print("person\trows\tnames before\tidentities after\trow kinds agreeing\tidentity kind\tlisted kind")
    for name, r in rep["people"].items():
        print(
            f"{name}\t{r['rows']}\t{r['before']}\t{r['after']}\t{r['row_kinds_agree']}/{r['rows']}"
            f"\t{','.join(sorted(r['kinds']))}\t{r['kind']}"
        )
    people = rep["people"].values()
    print("total names before", sum(r["before"] for r in people), "identities after", sum(r["after"] for r in people))
    print("rows whose kind agrees", sum(r["row_kinds_agree"] for r in people), "/", sum(r["rows"] for r in people))
    print("identities whose kind agrees", sum(r["kinds"] == {r["kind"]} for r in people), "/", len(rep["people"]))
    print("wrong joins", rep["wrong_joins"])
