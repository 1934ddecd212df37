"""Results load back, and every output kind follows a strict JSON Schema.

* ``from_json(to_json(doc, include_text=True)) == doc`` for the project's
  examples and every dev-corpus document (parsed once per session);
* the document, comparison and scan-row schemas are strict: an extra key, an
  impossible date (``2026-13-45``, ``2026-02-30``) or a span that ends before
  it starts is rejected (the span order by `check_spans` and by `from_dict`,
  since JSON Schema cannot compare two fields).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import cattrs
import jsonschema
import pytest

import minutes_parser
from conftest import EXAMPLES, needs_corpus
from minutes_parser import Document, from_dict, from_json, to_dict, to_json
from minutes_parser.scan.tables import COLUMNS, rows_for
from minutes_parser.serialize import comparison_to_dict, schema

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


def validator(name: str) -> jsonschema.protocols.Validator:
    cls = jsonschema.Draft202012Validator
    return cls(schema(name), format_checker=cls.FORMAT_CHECKER)


def _spans(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if {"start", "end", "page"} <= value.keys():
            yield value
        for v in value.values():
            yield from _spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from _spans(v)


def check_spans(data: dict[str, Any]) -> None:
    """Every span in an output object starts no later than it ends."""
    for span in _spans(data):
        assert span["start"] <= span["end"], span


def check_output(data: dict[str, Any], name: str = "document") -> None:
    validator(name).validate(data)
    check_spans(data)


# One document with recommendations, resolutions and the pairs between them.
BOTH = (
    "Recommendations:\n1. Agree the terms of reference.\n2. Approve a grant of £5,000.\n\n"
    "RESOLVED that:\n1. The terms of reference be agreed.\n2. A grant of £7,500 be approved.\n"
)


@pytest.fixture(scope="session")
def examples_parsed() -> dict[str, Document]:
    parsed = {p.name: minutes_parser.parse(p) for p in EXAMPLE_FILES}
    parsed["both"] = minutes_parser.parse(BOTH)
    return parsed


# ----------------------------------------------------------------------------- round trip


def _round_trip(document: Document) -> None:
    text = to_json(document, include_text=True)
    again = from_json(text)
    assert again == document
    assert to_json(again, include_text=True) == text


@pytest.mark.parametrize("name", [p.name for p in EXAMPLE_FILES])
def test_examples_round_trip(examples_parsed: dict[str, Document], name: str) -> None:
    _round_trip(examples_parsed[name])


@needs_corpus()
@pytest.mark.corpus
def test_dev_corpus_round_trips(dev_parsed: dict[str, Document]) -> None:
    for name, document in dev_parsed.items():
        try:
            _round_trip(document)
        except AssertionError as exc:  # name the document that broke
            raise AssertionError(f"{name}: {exc}") from exc


def test_both_round_trips(examples_parsed: dict[str, Document]) -> None:
    _round_trip(examples_parsed["both"])


def test_pair_sides_are_the_documents_own_items(examples_parsed: dict[str, Document]) -> None:
    document = examples_parsed["both"]
    again = from_dict(to_dict(document, include_text=True))
    assert again.comparison and all(
        p.recommendation is None or any(p.recommendation is i for i in again.items()) for p in again.comparison
    )


def test_without_text_a_document_comes_back_with_empty_text(examples_parsed: dict[str, Document]) -> None:
    document = examples_parsed["cabinet_report.txt"]
    again = from_json(to_json(document))
    assert again.text == "" and again.evolve(text=document.text) == document


def test_from_dict_does_not_change_its_argument(examples_parsed: dict[str, Document]) -> None:
    data = to_dict(examples_parsed["cabinet_minutes.txt"])
    before = copy.deepcopy(data)
    from_dict(data)
    assert data == before


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda d: d.update(extra=1), cattrs.errors.ClassValidationError),
        (lambda d: d["resolutions"][0]["span"].update(start=10**6), cattrs.errors.ClassValidationError),
        (lambda d: d.update(meeting_date="2026-13-45"), cattrs.errors.ClassValidationError),
        (lambda d: d.update(kind="memo"), cattrs.errors.ClassValidationError),
        (lambda d: d.update(schema_version="2"), ValueError),
    ],
    ids=["extra-key", "span-ends-before-it-starts", "impossible-date", "unknown-kind", "other-schema-version"],
)
def test_from_dict_rejects_what_no_document_holds(
    examples_parsed: dict[str, Document], change: Any, error: type[Exception]
) -> None:
    data = copy.deepcopy(to_dict(examples_parsed["cabinet_minutes.txt"]))
    change(data)
    with pytest.raises(error):
        from_dict(data)


def test_from_dict_accepts_what_to_dict_writes_unchanged(examples_parsed: dict[str, Document]) -> None:
    data = to_dict(examples_parsed["cabinet_minutes.txt"])
    assert from_dict(json.loads(json.dumps(data))).resolutions == examples_parsed["cabinet_minutes.txt"].resolutions


# ----------------------------------------------------------------------------- the schemas


@pytest.mark.parametrize("name", ["document", "comparison", "scan"])
def test_schemas_are_valid_json_schemas(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(name))


@pytest.mark.parametrize("name", [p.name for p in EXAMPLE_FILES])
def test_examples_follow_the_schema(examples_parsed: dict[str, Document], name: str) -> None:
    check_output(to_dict(examples_parsed[name]))
    check_output(to_dict(examples_parsed[name], include_text=True))


@needs_corpus()
@pytest.mark.corpus
def test_dev_corpus_output_follows_every_schema(dev_parsed: dict[str, Document]) -> None:
    rows = validator("scan")
    for name, document in dev_parsed.items():
        data = to_dict(document)
        check_output(data)
        check_output(comparison_to_dict(minutes_parser.compare(document)), "comparison")
        scan_object = {**data, "sha256": "0" * 64, "size": 1, "seconds": 0.1, "library_version": "0"}
        for table, table_rows in rows_for(scan_object).items():
            for row in table_rows:
                errors = list(rows.evolve(schema={**schema("scan"), "$ref": f"#/$defs/{table}"}).iter_errors(row))
                assert not errors, (name, table, errors[0].message)


def test_comparison_across_documents_follows_its_schema(examples_parsed: dict[str, Document]) -> None:
    result = minutes_parser.compare(examples_parsed["cabinet_report.txt"], examples_parsed["cabinet_minutes.txt"])
    check_output(comparison_to_dict(result), "comparison")


def _document_case(examples_parsed: dict[str, Document]) -> dict[str, Any]:
    data = copy.deepcopy(to_dict(examples_parsed["cabinet_minutes.txt"]))
    data["comparison"] = to_dict(examples_parsed["both"])["comparison"]
    return data


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        (lambda d: None, True),
        (lambda d: d.update(meeting_date="2026-03-12"), True),
        (lambda d: d.update(meeting_date="2026-13-45"), False),
        (lambda d: d.update(meeting_date="2026-02-30"), False),
        (lambda d: d.update(meeting_date="12/03/2026"), False),
        (lambda d: d["dates"][0].update(value="2026-02"), True),
        (lambda d: d["dates"][0].update(value="2026"), True),
        (lambda d: d["dates"][0].update(value="2026-13"), False),
        (lambda d: d["dates"][0].update(value="2026-13-45"), False),
        (lambda d: d["dates"][0].update(end="2026-04-31"), False),
        (lambda d: d.update(extra=1), False),
        (lambda d: d["resolutions"][0].update(extra=1), False),
        (lambda d: d["resolutions"][0]["span"].update(extra=1), False),
        (lambda d: d["people"][0].update(extra=1), False),
        (lambda d: d["comparison"][0].update(extra=1), False),
        (lambda d: d["comparison"][0]["diff"][0].update(extra=1), False),
        (lambda d: d["resolutions"][0].update(agenda_item={"number": "1", "title": None}), True),
        (lambda d: d["resolutions"][0].update(agenda_item={"number": "1", "title": None, "x": 1}), False),
        (lambda d: d["comparison"][0].update(status="maybe"), False),
        (lambda d: d["resolutions"][0]["span"].update(start=-1), False),
    ],
    ids=[
        "as-written", "real-date", "impossible-date", "february-30", "not-iso", "month", "year", "month-13",
        "value-impossible", "end-april-31", "extra-top-key", "extra-item-key", "extra-span-key", "extra-person-key",
        "extra-pair-key", "extra-diff-key", "agenda-item", "extra-agenda-key", "unknown-status", "negative-start",
    ],
)
def test_the_document_schema_is_strict(examples_parsed: dict[str, Document], change: Any, valid: bool) -> None:
    data = _document_case(examples_parsed)
    change(data)
    assert validator("document").is_valid(data) is valid


@pytest.mark.parametrize(("start", "end", "valid"), [(3, 3, True), (3, 9, True), (9, 3, False)])
def test_spans_start_no_later_than_they_end(
    examples_parsed: dict[str, Document], start: int, end: int, valid: bool
) -> None:
    data = _document_case(examples_parsed)
    data["resolutions"][0]["span"].update(start=start, end=end)
    if valid:
        check_output(data)
    else:
        with pytest.raises(AssertionError):
            check_output(data)


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        (lambda d: None, True),
        (lambda d: d.update(extra=1), False),
        (lambda d: d["counts"].update(maybe=1), False),
        (lambda d: d["comparison"][0].update(similarity=1.5), False),
    ],
    ids=["as-written", "extra-key", "extra-count", "similarity-above-1"],
)
def test_the_comparison_schema_is_strict(examples_parsed: dict[str, Document], change: Any, valid: bool) -> None:
    result = minutes_parser.compare(examples_parsed["cabinet_report.txt"], examples_parsed["cabinet_minutes.txt"])
    data = copy.deepcopy(comparison_to_dict(result))
    change(data)
    assert validator("comparison").is_valid(data) is valid


def test_the_scan_schema_has_every_table_column_with_its_type() -> None:
    tables = {k: v for k, v in schema("scan")["$defs"].items() if k in COLUMNS}
    assert set(tables) == set(COLUMNS)
    kinds = {"string": "string", "int64": "integer", "float64": "number", "bool": "boolean"}
    for table, columns in COLUMNS.items():
        props = tables[table]["properties"]
        assert list(props) == [name for name, _t, _m in columns]
        assert tables[table]["additionalProperties"] is False
        for name, kind, _meaning in columns:
            if kind in kinds:
                assert props[name]["type"] == [kinds[kind], "null"], (table, name)


@pytest.mark.parametrize(
    ("row", "valid"),
    [
        ({"meeting_date": "2026-03-12"}, True),
        ({"meeting_date": "2026-13-45"}, False),
        ({"pages": "many"}, False),
        ({"warnings": ["W001"]}, True),
        ({"surplus": 1}, False),
    ],
)
def test_a_scan_row_is_checked(row: dict[str, Any], valid: bool) -> None:
    base = {name: None for name, _t, _m in COLUMNS["documents"]}
    check = validator("scan").evolve(schema={**schema("scan"), "$ref": "#/$defs/documents"})
    assert check.is_valid({**base, **row}) is valid
