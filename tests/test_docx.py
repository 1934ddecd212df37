"""Word .docx: reading the body, list numbers from numbering.xml, detection, typed errors.

Every .docx here is built by `fixtures.docx` from invented text.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

import minutes_parser
from conftest import RAW, needs_corpus
from fixtures import docx as make
from fixtures.docx import p, run, table
from minutes_parser import errors, scan
from minutes_parser.cli import main
from minutes_parser.records import Item
from minutes_parser.sources import FORMATS, detect_format, docx_styles, read
from minutes_parser.sources import docx as reader
from minutes_parser.text import normalise_space

ZIP_MESSAGE = "unsupported format: a ZIP container (Word .docx, Excel .xlsx or similar)"


def lines(body: str, **kwargs: object) -> list[str]:
    pages = reader.docx_pages(make.build(body, **kwargs), name="x.docx")  # type: ignore[arg-type]
    return [line.text for page in pages for line in page.lines]


def numbered(*paras: tuple[int, int]) -> list[str]:
    """The labels Word would show on paragraphs with these (numId, ilvl)."""
    return [line.split(" ", 1)[0] for line in lines("".join(p("x", num=n) for n in paras))]


# ------------------------------------------------------------------ reading


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (p("Minutes of the Cabinet"), ["Minutes of the Cabinet"]),
        (p("Item\tDecision"), ["Item\tDecision"]),
        (p(run("Agenda", extra="<w:br/>"), run("Item one")), ["Agenda", "Item one"]),
        (p(run("Agenda", extra="<w:cr/>"), run("Item one")), ["Agenda", "Item one"]),
        (p(run("part"), run(extra="<w:noBreakHyphen/>"), run("time")), ["part-time"]),
        # a table: one line per cell paragraph, row after row, as the HTML reader does
        (table([["Item", "Decision"], ["1", "Adopted"]]), ["Item", "Decision", "1", "Adopted"]),
        (table([[p("First") + p("Second"), "Right"]]), ["First", "Second", "Right"]),
        # tracked changes: inserted text stays, deleted text goes
        (p(run("Fees be "), '<w:del><w:r><w:delText>raised</w:delText></w:r></w:del>',
           '<w:ins><w:r><w:t>frozen</w:t></w:r></w:ins>'), ["Fees be frozen"]),
        # field codes go, their results stay; hidden text goes
        (p(run(extra='<w:fldChar w:fldCharType="begin"/>'), run(extra="<w:instrText> PAGE </w:instrText>"),
           run(extra='<w:fldChar w:fldCharType="separate"/>'), run("4"), run(extra='<w:fldChar w:fldCharType="end"/>')),
         ["4"]),
        (p(run("Shown"), run(" secret", hidden=True)), ["Shown"]),
        (p('<w:hyperlink><w:r><w:t>linked text</w:t></w:r></w:hyperlink>'), ["linked text"]),
        (p("") + p("   ") + p("Text"), ["Text"]),
        # negatives: nothing but structure
        (p(run(extra="<w:commentReference/>")) + p("Body"), ["Body"]),
    ],
)
def test_body_lines(body: str, expected: list[str]) -> None:
    assert lines(body) == expected


def test_headers_footers_and_comments_are_not_read() -> None:
    header = f'<w:hdr xmlns:w="{make.W}">{p("Brambleford Council – Cabinet")}</w:hdr>'
    comments = f'<w:comments xmlns:w="{make.W}"><w:comment>{p("Check this")}</w:comment></w:comments>'
    data = make.build(p("Body text"), parts={"word/header1.xml": header, "word/comments.xml": comments})
    assert read(data, name="x.docx").text == "Body text"


@pytest.mark.parametrize(
    ("para", "bold"),
    [
        (p("All bold", bold=True), True),
        (p(run("Mostly bold text", bold=True), run(" and")), True),
        (p(run("A"), run(" little bit of it", bold=False), run(" bold", bold=True)), False),
        (p("Heading", style="Heading1"), True),  # a heading is bold whatever its type weight
        (p("Strong paragraph", style="Strong"), True),  # bold from the paragraph style
        (p("Named bold", style="BoldTitle"), True),  # a style named bold, whatever it sets
        (p(run("Not bold", bold=False), style="Strong"), False),  # the run switches it off
        (p("Plain"), False),
    ],
)
def test_bold(para: str, bold: bool) -> None:
    page = reader.docx_pages(make.build(para), name="x.docx")[0]
    assert page.lines[0].bold is bold


def test_indent_is_where_the_line_starts_in_points() -> None:
    page = reader.docx_pages(make.build(p("Flush") + p("Hanging", indent=(1440, 720)) + p("a", num=(1, 1))))[0]
    assert [line.indent for line in page.lines] == [0.0, 36.0, 54.0]  # 1440-720 twips; level 1: 1440-360


def test_page_breaks_start_pages_and_a_page_never_starts_empty() -> None:
    body = (
        p(run("One", extra='<w:br w:type="page"/>'), run("Two"))
        + p(run(extra="<w:lastRenderedPageBreak/>"), run("Three"))
        + p(run("Four and", extra="<w:lastRenderedPageBreak/>"), run(" five"))  # the paragraph stays whole
        + p("Six")
        + p("Seven", ppr="<w:pageBreakBefore/>")
    )
    pages = reader.docx_pages(make.build(p(run(extra='<w:br w:type="page"/>')) + body))
    assert [[line.text for line in page.lines] for page in pages] == [
        ["One"], ["Two"], ["Three", "Four and five"], ["Six"], ["Seven"],
    ]


def test_a_table_row_over_a_page_end_breaks_the_page_once() -> None:
    def cell(text: str) -> str:
        return p(run(text), run(extra="<w:lastRenderedPageBreak/>"), run(" more"))

    body = p("Before") + table([[cell("Left"), cell("Right")]]) + p("After")
    pages = reader.docx_pages(make.build(body))
    assert [[line.text for line in page.lines] for page in pages] == [["Before", "Left more", "Right more"], ["After"]]


# ---------------------------------------------------------------- numbering


@pytest.mark.parametrize(
    ("paras", "labels"),
    [
        ([(1, 0), (1, 0), (1, 0)], ["1.", "2.", "3."]),
        # a deeper level restarts when a higher one advances
        ([(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (1, 2), (1, 2)], ["1.", "(a)", "(b)", "2.", "(a)", "i.", "ii."]),
        # lists built on one definition count on; a startOverride restarts
        ([(1, 0), (1, 0), (2, 0), (2, 0), (1, 0)], ["1.", "2.", "1.", "2.", "3."]),
        ([(3, 0), (3, 1)], ["\u2022", "\u2022"]),  # bullets read "•" whatever their symbol font
        ([(4, 0), (4, 1), (4, 1), (4, 0), (4, 1)], ["1.", "1.1", "1.2", "2.", "2.1"]),
        ([(5, 0), (5, 1), (5, 1), (5, 0)], ["Recommendation", "(IV)", "(V)", "Recommendation"]),
        # negatives: numId 0 takes numbering away; an unknown list has no label
        ([(0, 0), (99, 0)], ["x", "x"]),
    ],
)
def test_list_labels(paras: list[tuple[int, int]], labels: list[str]) -> None:
    assert numbered(*paras) == labels


def test_word_label_and_suffix() -> None:
    assert lines(p("Approve the plan", num=(5, 0)) + p("Note it", num=(5, 0))) == [
        "Recommendation A: Approve the plan",
        "Recommendation B: Note it",
    ]


def test_numbering_from_the_paragraph_style() -> None:
    assert lines(p("first", style="ListNumber") + p("second", style="ListNumber")) == ["1. first", "2. second"]


def test_an_empty_numbered_paragraph_counts_but_says_nothing() -> None:
    assert lines(p("one", num=(1, 0)) + p("", num=(1, 0)) + p("three", num=(1, 0))) == ["1. one", "3. three"]


def test_without_numbering_part_the_text_stands_alone() -> None:
    assert lines(p("one", num=(1, 0)), numbering=None, styles=None) == ["one"]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1, "decimal", "1"), (12, "decimal", "12"), (3, "decimalZero", "03"),
        (1, "lowerLetter", "a"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"), (2, "upperLetter", "B"),
        (4, "lowerRoman", "iv"), (9, "upperRoman", "IX"), (14, "lowerRoman", "xiv"),
        (2, "ordinal", "2nd"), (11, "ordinal", "11th"), (5, "chicago", "5"), (3, "none", ""),
    ],
)
def test_number_formats(value: int, fmt: str, expected: str) -> None:
    assert docx_styles.format_number(value, fmt) == expected


# ------------------------------------------------- parsing end to end

REPORT = "".join([
    p("Brambleford District Council", style="Heading1"),
    p("Report of the Head of Parks to Cabinet, 12 March 2025: Millpond Play Area"),
    p("Recommendations", style="Heading1"),
    p("Cabinet is recommended to:"),
    p("approve the renewal of the Millpond play area at a cost of £120,000;", num=(1, 0)),
    p("delegate to the Head of Parks, after consulting the Cabinet Member:", num=(1, 0)),
    p("the choice of contractor; and", num=(1, 1)),
    p("the final design of the equipment;", num=(1, 1)),
    p("note the consultation results in Appendix A.", num=(1, 0)),
    p("Background", style="Heading1"),
    table([["Site", "Cost"], ["Millpond", "£120,000"]]),
    p(run("The play area at the Millpond site "), run("was built", bold=True), run(" in 1998.")),
])

MINUTES = "".join([
    p("Brambleford District Council", style="Heading1"),
    p("Minutes of the meeting of the Cabinet held on 12 March 2025"),
    p("Present: Councillor Ann Hale (Chair), Councillor Tom Reed"),
    p("14.\tMillpond Play Area", bold=True),
    p("Cabinet considered the report of the Head of Parks."),
    p("RESOLVED that:"),
    p("the renewal of the Millpond play area be approved;", num=(2, 0)),
    p("the choice of contractor be delegated to the Head of Parks.", num=(2, 0)),
    p("15.\tAllotment Rents", bold=True),
    p("RESOLVED that the allotment rents for 2025/26 be frozen."),
])


def flat(items: tuple[Item, ...]) -> list[tuple[str | None, str, int]]:
    out: list[tuple[str | None, str, int]] = []

    def walk(entries: tuple[Item, ...], depth: int) -> None:
        for item in entries:
            out.append((item.label, item.text, depth))
            walk(item.children, depth + 1)

    walk(items, 0)
    return out


def assert_provenance(document: minutes_parser.Document) -> None:
    for label, text, _depth in flat(document.recommendations) + flat(document.resolutions):
        assert text, label
    for item in [*document.recommendations, *document.resolutions]:
        for one in [item, *item.children]:
            assert normalise_space(document.text[one.span.start : one.span.end]) == one.text


def test_report_recommendations_with_auto_numbered_labels() -> None:
    document = minutes_parser.parse(make.build(REPORT), name="report.docx")
    assert document.kind == "report"
    assert flat(document.recommendations) == [
        ("1.", "approve the renewal of the Millpond play area at a cost of £120,000;", 0),
        ("2.", "delegate to the Head of Parks, after consulting the Cabinet Member:", 0),
        ("(a)", "the choice of contractor; and", 1),
        ("(b)", "the final design of the equipment;", 1),
        ("3.", "note the consultation results in Appendix A.", 0),
    ]
    assert document.resolutions == ()
    assert_provenance(document)


def test_minutes_resolutions() -> None:
    document = minutes_parser.parse(make.build(MINUTES), name="minutes.docx")
    assert document.kind == "minutes"
    assert document.meeting_date is not None and document.meeting_date.isoformat() == "2025-03-12"
    assert [(label, text) for label, text, _ in flat(document.resolutions)] == [
        ("1.", "the renewal of the Millpond play area be approved;"),
        ("2.", "the choice of contractor be delegated to the Head of Parks."),
        (None, "the allotment rents for 2025/26 be frozen."),
    ]
    assert_provenance(document)


def test_source_text_records_format_and_bold(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make.build(REPORT))
    source = read(path)
    assert source.format == "docx" and "docx" in FORMATS
    bold = [source.line_text(line) for line in source.lines if line.bold]
    assert bold == ["Brambleford District Council", "Recommendations", "Background"]


def test_large_docx_read_by_path(tmp_path: Path) -> None:
    """The document part comes after 100 KB of picture: past the bytes read to tell the format."""
    picture = random.Random(7).randbytes(100 * 1024)  # test data, not secrets
    path = tmp_path / "minutes"  # no suffix either: told by its content
    path.write_bytes(make.build(MINUTES, first={"word/media/image1.png": picture}))
    assert path.stat().st_size > 64 * 1024
    document = minutes_parser.parse(path)
    assert len(document.resolutions) == 3


# ------------------------------------------------------- detection, errors


@pytest.mark.parametrize("name", ["minutes.docx", "minutes.zip", "minutes", None])
def test_detected_by_content(name: str | None) -> None:
    assert detect_format(make.build(p("RESOLVED that x.")), name) == "docx"


@pytest.mark.parametrize(
    ("entries", "name"),
    [
        ({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}, "budget.xlsx"),
        ({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<presentation/>"}, "slides.pptx"),
        ({"minutes.txt": "RESOLVED that x."}, "archive.zip"),
        ({"word/document2.xml": "<x/>"}, "nearly.docx"),
    ],
)
def test_other_zips_are_unsupported(entries: dict[str, str], name: str) -> None:
    data = make.other_zip(entries)
    with pytest.raises(errors.UnsupportedFormatError) as info:
        detect_format(data, name)
    assert info.value.message == ZIP_MESSAGE and name in str(info.value)
    with pytest.raises(errors.UnsupportedFormatError, match=name):
        minutes_parser.parse(data, name=name)
    with pytest.raises(errors.UnsupportedFormatError, match=name):  # told to read it as Word anyway
        reader.docx_pages(data, name=name)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (make.build(MINUTES)[:1500], "not a readable Word document"),  # truncated: its directory is gone
        (b"RESOLVED that the minutes be signed.", "not a readable Word document"),  # named .docx, is text
        (make.build("<w:p><w:r><w:t>unclosed</w:r></w:p>"), "not well-formed"),
        (make.build(p("x"), numbering="<w:numbering"), "numbering.xml is not well-formed"),
    ],
)
def test_corrupt_docx(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(errors.CorruptFileError, match=why) as info:
        minutes_parser.parse(path)
    assert str(path) in str(info.value) and info.value.code == "E002"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    huge = make.document(p("x")).replace("<w:sectPr/>", " " * (reader.MAX_PART_BYTES + 1) + "<w:sectPr/>")
    data = make.other_zip({"[Content_Types].xml": make.CONTENT_TYPES, "word/document.xml": huge})
    assert len(data) < 1024 * 1024  # a small file that unpacks past the limit
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    with pytest.raises(errors.CorruptFileError, match="ZIP bomb") as info:
        minutes_parser.parse(path)
    assert str(path) in str(info.value)


def test_the_size_limit_holds_for_every_part_read(monkeypatch: pytest.MonkeyPatch) -> None:
    big_numbering = make.NUMBERING.replace("</w:numbering>", " " * 5000 + "</w:numbering>")
    data = make.build(p("x"), numbering=big_numbering)
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 4000)
    with pytest.raises(errors.CorruptFileError, match=r"numbering\.xml unpacks to more than"):
        reader.docx_pages(data, name="x.docx")


def test_a_dtd_is_refused() -> None:
    entity = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]>'
    body = make.document(p("&a;")).replace("<w:document", entity + "<w:document", 1)
    data = make.other_zip({"[Content_Types].xml": make.CONTENT_TYPES, "word/document.xml": body})
    with pytest.raises(errors.CorruptFileError, match="DTD"):
        reader.docx_pages(data, name="x.docx")


def test_a_docx_without_text_is_empty() -> None:
    with pytest.raises(errors.EmptyDocumentError, match=r"empty\.docx"):
        minutes_parser.parse(make.build(p("") + table([["", ""]])), name="empty.docx")


# ------------------------------------------------------------ CLI, scan


def test_cli_parses_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(make.build(MINUTES))
    out = io.StringIO()
    assert main(["parse", "--format", "json", str(path)], out=out) == 0
    data = json.loads(out.getvalue())
    assert [r["label"] for r in data["resolutions"]] == ["1.", "2.", None]


def test_scan_reads_docx_and_refuses_other_zips(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.docx").write_bytes(make.build(REPORT))
    (folder / "budget.xlsx").write_bytes(make.other_zip({"xl/workbook.xml": "<workbook/>"}))
    scan([folder], tmp_path / "out", jobs=1, progress=False, tables=False)
    docs = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text("utf-8").splitlines()]
    errs = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [Path(d["source"]).name for d in docs] == ["report.docx"]
    assert [(Path(e["source"]).name, e["error_type"]) for e in errs] == [("budget.xlsx", "UnsupportedFormatError")]


# ------------------------------------------------------------------ corpus

WINNIPEG = sorted((RAW / "winnipeg").glob("*.docx")) if (RAW / "winnipeg").is_dir() else []


@needs_corpus()
@pytest.mark.skipif(not WINNIPEG, reason=f"no .docx files in {RAW / 'winnipeg'}")
@pytest.mark.parametrize("path", WINNIPEG, ids=lambda path: path.name)
def test_corpus_docx_files_parse(path: Path) -> None:
    document = minutes_parser.parse(path)
    assert document.text.strip()
    assert read(path).format == "docx"
    assert_provenance(document)
