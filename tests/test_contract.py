"""The public contract: the JSON Schema, the provenance rule, the top-level API."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

import minutes_parser
from conftest import EXAMPLES, needs_corpus
from minutes_parser import Document, to_dict
from minutes_parser.serialize import schema
from minutes_parser.text import normalise_space

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


def _spanned(document: Document) -> list[tuple[str, Any]]:
    """(text, span) of every record that carries both."""
    out: list[tuple[str, Any]] = [(i.text, i.span) for i in document.items()]
    out += [(d.text, d.span) for d in document.dates]
    out += [(m.text, m.span) for p in document.people for m in p.mentions]
    return out


def check_document(document: Document) -> None:
    jsonschema.validate(to_dict(document), schema())
    for text, span in _spanned(document):
        assert normalise_space(document.text[span.start : span.end]) == text, (text, span)
        assert span.page is not None and 1 <= span.page <= document.pages


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_follow_the_contract(path: Any) -> None:
    check_document(minutes_parser.parse(path))


@needs_corpus()
@pytest.mark.corpus
def test_dev_corpus_follows_the_contract(dev_parsed: dict[str, Document]) -> None:
    for name, document in dev_parsed.items():
        try:
            check_document(document)
        except AssertionError as exc:  # name the document that broke the rule
            raise AssertionError(f"{name}: {exc}") from exc


def test_records_are_frozen() -> None:
    import attrs

    document = minutes_parser.parse("RESOLVED that the minutes be approved.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        document.title = "x"  # type: ignore[misc]


def test_public_api_is_small_and_importable() -> None:
    for name in minutes_parser.__all__:
        assert getattr(minutes_parser, name) is not None, name
    assert callable(minutes_parser.scan)


@pytest.mark.parametrize(
    ("source", "kwargs"),
    [
        ("RESOLVED that the minutes be approved.", {}),
        (b"RESOLVED that the minutes be approved.", {"name": "m.txt"}),
    ],
)
def test_parse_takes_text_and_bytes(source: str | bytes, kwargs: dict[str, str]) -> None:
    document = minutes_parser.parse(source, **kwargs)
    assert [i.text for i in document.resolutions] == ["the minutes be approved."]
