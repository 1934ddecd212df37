"""The pipeline end to end on a tiny invented text."""

from __future__ import annotations

import minutes_parser


def test_parse_text_end_to_end() -> None:
    doc = minutes_parser.parse("RESOLVED that the minutes be approved.")
    assert [i.text for i in doc.resolutions] == ["the minutes be approved."]
    span = doc.resolutions[0].span
    assert doc.text[span.start : span.end] == "the minutes be approved."
