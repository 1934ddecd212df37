"""One test per real document that once broke, named after it.

These read the shared corpus (``../shared``) and skip, with the reason, where
it is absent.  The rule each one guards is tested on invented text in the
rule-family tables; these only pin that the real document stays mended.
"""

from __future__ import annotations

import pytest

import minutes_parser
from conftest import RAW, needs_corpus
from minutes_parser import Document

pytestmark = [needs_corpus()]


def _flat(items: tuple[minutes_parser.Item, ...]) -> list[minutes_parser.Item]:
    out: list[minutes_parser.Item] = []
    for item in items:
        out.append(item)
        out.extend(_flat(item.children))
    return out


def _raw(relative: str) -> Document:
    path = RAW / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in {RAW}")
    return minutes_parser.parse(path)


def _person(document: Document, name: str) -> minutes_parser.Person:
    found = [p for p in document.people if p.name == name]
    assert found, f"{name} not found among {[p.name for p in document.people]}"
    return found[0]


def test_nipissing_minutes_october_28_2025_running_header_stays_out_of_a_resolution(
    dev_parsed: dict[str, Document],
) -> None:
    """'Page 2 – Minutes – October 28, 2025' heads page 2 once; it was read into a resolution."""
    document = dev_parsed["Minutes-October-28-2025.pdf"]
    texts = [item.text for item in _flat(document.resolutions)]
    assert any("Plan 42R-11490" in t for t in texts)
    assert not any("Page 2" in t for t in texts)


def test_chicago_ssa21_minutes_keeps_a_quotation_closed_inside_the_resolution(dev_parsed: dict[str, Document]) -> None:
    document = dev_parsed["chi_ssa21_minutes_2018-01-29.pdf"]
    logo = [item.text for item in _flat(document.resolutions) if "logo" in item.text]
    assert logo and logo[0].endswith("\u201d")


def test_kent_cabinet_report_24_00109_roles_run_over_their_line_break() -> None:
    document = _raw(
        "kent_cc/cabinet_2025-01-30__24-00109_-_Transfer_the_18-25_section_of_the_"
        "Strengthening_Independence_Service_-_Report.pdf"
    )
    assert _person(document, "Sue Chandler").role == "Cabinet Member for Integrated Children\u2019s Services"
    assert _person(document, "Sarah Hammond").role == "Corporate Director, Children, Young People and Education"


def test_limerick_budget_minutes_29_november_2024_a_title_ending_a_sentence_is_no_person() -> None:
    document = _raw(
        "limerick/27-_202501_Minutes_-_Budget_Meeting_Limerick_City_and_County_Council_-_29th_November_2024.md"
    )
    assert "Upon" not in {p.name for p in document.people}


def test_every_raw_document_parses_or_fails_with_a_typed_error() -> None:
    """The whole raw corpus: a Document, or a MinutesParserError naming the file; never anything else."""
    paths = sorted(p for p in RAW.rglob("*") if p.is_file())
    if not paths:
        pytest.skip(f"no raw corpus at {RAW}")
    for path in paths:
        try:
            minutes_parser.parse(path)
        except minutes_parser.MinutesParserError as exc:
            assert str(path) in str(exc)


def test_winnipeg_disposition_2016_04_27_a_council_meeting_heading_names_no_body() -> None:
    """'City Clerk's Department / Disposition of Items / Council Meeting' once gave that whole heading as the body."""
    document = _raw("winnipeg/DISPOSITION-2016-04-27.docx")
    assert document.body is None
    assert document.meeting_date is not None and document.meeting_date.isoformat() == "2016-04-27"
