"""Tables: rows of cells from a PDF's rulings and from Markdown, HTML and Word markup, each cell
placed in the document text, and people read cell by cell.

Every PDF here is drawn by the test with fpdf2 from invented text.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import minutes_parser
from fixtures import docx as make_docx
from fixtures.docx import p, table
from minutes_parser.sources import SourceText, pdf, read, read_text
from minutes_parser.sources.pdf_tables import find_tables

LEFT, TOP, HIGH = 20.0, 40.0, 10.0  # mm: where the drawn table starts, and a row's height


def drawn(
    rows: list[list[str]],
    *,
    widths: tuple[float, ...] = (60.0, 80.0),
    ruling: str = "lines",
    heading: str = "Cabinet Member Decision",
    under_heading: bool = False,
) -> bytes:
    """A one-page PDF: a heading, then `rows` set in columns of `widths` mm, ruled with `ruling`:
    "lines" (a grid of lines), "boxes" (each cell's own border) or "none" (text in columns only)."""
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=11)
    doc.set_xy(LEFT, 20)
    doc.cell(text=heading)
    if under_heading:
        doc.line(LEFT, 27, LEFT + sum(widths), 27)
    for r, row in enumerate(rows):
        x = LEFT
        for c, text in enumerate(row):
            doc.set_xy(x, TOP + r * HIGH)
            doc.cell(w=widths[c], h=HIGH, text=text, border=1 if ruling == "boxes" else 0)
            x += widths[c]
    if ruling == "lines":
        right, bottom = LEFT + sum(widths), TOP + len(rows) * HIGH
        for r in range(len(rows) + 1):
            doc.line(LEFT, TOP + r * HIGH, right, TOP + r * HIGH)
        x = LEFT
        for w in (0.0, *widths):
            x += w
            doc.line(x, TOP, x, bottom)
    return bytes(doc.output())


def grid(source: SourceText) -> list[list[list[str]]]:
    """Each table's rows of cell texts, after checking every cell's spans against the text."""
    out = []
    for t in source.tables:
        for cell in t.cells:
            assert cell.text == "\n".join(source.text[s.start : s.end] for s in cell.spans)
            assert all(s.page == cell.page == t.page for s in cell.spans)
        out.append([[cell.text for cell in row] for row in t.rows])
    return out


ROSTER = [["Name", "Role"], ["Jane Hollis", "Clerk"], ["Cllr Tom Brady", "Chair"]]


# ---------------------------------------------------------------------- PDFs


@pytest.mark.parametrize("ruling", ["lines", "boxes"])
def test_a_ruled_pdf_table_is_rows_of_cells_in_the_text(ruling: str) -> None:
    source = read(drawn(ROSTER, ruling=ruling))
    assert grid(source) == [ROSTER]
    (t,) = source.tables
    assert t.page == 1 and t.bbox is not None
    assert [c.column for c in t.rows[1]] == [0, 1]
    assert all(c.bbox is not None and c.bbox.x0 < c.bbox.x1 for c in t.cells)
    # a cell's place in the text leads back to it
    clerk = source.text.index("Clerk")
    assert source.cell_at(clerk) == (t, 1, 1)
    assert t.cell_at(clerk) is t.rows[1][1]
    assert source.cell_at(source.text.index("Cabinet")) is None


def test_cells_on_one_line_of_text_are_told_apart() -> None:
    """pdfium reads a row as one line ("Forest of Dean Income Band"): each cell is its own part."""
    rows = [["District", "Scheme"], ["Forest of Dean", "Income Band"], ["Stroud", "Default Scheme"]]
    source = read(drawn(rows))
    assert grid(source) == [rows]
    dean, band = source.tables[0].rows[1]
    assert dean.end <= band.start
    assert not dean.holds(dean.start, band.end)


def test_tables_never_change_the_document_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = drawn(ROSTER)
    with_tables = read(data)
    monkeypatch.setattr(pdf, "find_tables", lambda *args: ())
    without = read(data)
    assert without.tables == () and with_tables.tables
    assert with_tables.text == without.text and with_tables.lines == without.lines


@pytest.mark.parametrize(
    ("rows", "ruling", "under_heading"),
    [
        (ROSTER, "none", True),  # a single rule under a heading is no table
        ([["Planning", "Licensing"], ["Ann Ash", "Bob Birch"], ["Cy Cole", "Di Dunn"]], "none", False),  # two columns
        ([["Apologies were received from Cllr Ash."]], "boxes", False),  # one box round a paragraph
        ([["One row only", "of two cells"]], "lines", False),  # a ruled line of cells is not rows
    ],
)
def test_what_is_not_a_pdf_table(rows: list[list[str]], ruling: str, under_heading: bool) -> None:
    source = read(drawn(rows, ruling=ruling, under_heading=under_heading))
    assert source.tables == ()
    assert "Cabinet Member Decision" in source.text


def test_the_finder_is_not_asked_about_a_page_without_rulings() -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(drawn(ROSTER, ruling="none", under_heading=True))
    try:
        page = doc[0]
        textpage = page.get_textpage()
        assert find_tables(page, textpage, page.get_height(), str) == ()
        textpage.close()
        page.close()
    finally:
        doc.close()


# ----------------------------------------------------------- text sources


MARKDOWN = """# Minutes

| Name | Role |
|------|------|
| Jane Hollis | Clerk |
| Cllr Tom Brady | Chair |

Present: all members.
"""

HTML = (
    "<html><body><h1>Minutes</h1><table><tr><th>Name</th><th>Role</th></tr>"
    "<tr><td>Jane Hollis</td><td>Clerk</td></tr><tr><td>Cllr Tom Brady</td><td><p>Chair</p></td></tr>"
    "</table><p>Present: all members.</p></body></html>"
)


@pytest.mark.parametrize(("text", "fmt"), [(MARKDOWN, "markdown"), (HTML, "html")])
def test_markup_tables_are_rows_of_cells(text: str, fmt: str) -> None:
    source = read_text(text, format=fmt)
    assert grid(source) == [ROSTER]
    assert source.text.endswith("Present: all members.")


def test_a_word_table_is_rows_of_cells() -> None:
    body = p("Minutes") + table([["Name", "Role"], ["Jane Hollis", "Clerk"], ["Cllr Tom Brady", "Chair"]]) + p("After")
    source = read(make_docx.build(body), format="docx")
    assert grid(source) == [ROSTER]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("# Minutes\n\nThe vote was 5 | 3 with one abstention.\n", "markdown"),  # a pipe in a sentence
        ("Name | Role\nJane Hollis | Clerk\n", "text"),  # plain text has no tables
        ("<html><body><p>Jane Hollis</p><p>Clerk</p></body></html>", "html"),
    ],
)
def test_what_is_not_a_markup_table(text: str, fmt: str) -> None:
    assert read_text(text, format=fmt).tables == ()


# ------------------------------------------------------------------ people


@pytest.mark.parametrize(
    ("rows", "named", "not_named"),
    [
        # a name cell and a role cell in one row: the role is the cell's
        (ROSTER, {"Jane Hollis": "Clerk", "Tom Brady": "Chair"}, set()),
        # a label cell before the name: never "Author Jane Hollis"
        (
            [["Lead Officer", "Mark Tedder, Head of Housing"], ["Report Author", "Jane Hollis"]],
            {"Mark Tedder": "Head of Housing"},
            {"Author Jane Hollis"},
        ),
        # two cells' words are no name: "Forest of Dean | Income Band" is not "Dean Income"
        ([["District", "Scheme"], ["Forest of Dean", "Income Band"], ["Stroud", "Default"]], {}, {"Dean Income"}),
    ],
)
def test_people_are_read_cell_by_cell(rows: list[list[str]], named: dict[str, str], not_named: set[str]) -> None:
    for data in (drawn(rows), make_docx.build(table(rows))):
        people = {person.name: person.role for person in minutes_parser.parse(data).people}
        assert {name: people.get(name) for name in named} == named
        assert not not_named & set(people)


def test_a_name_broken_over_two_lines_of_one_cell_is_kept() -> None:
    html = (
        "<html><body><table><tr><td>Date:</td><td>21 April 2015</td></tr>"
        "<tr><td>Attendees:</td><td>Attendees: Fiona Cole; Eliza Mann; Fay<br>Hammond; Chris Cooper</td></tr>"
        "</table></body></html>"
    )
    names = {person.name for person in minutes_parser.parse_text(html, format="html").people}
    assert {"Fiona Cole", "Fay Hammond", "Chris Cooper"} <= names


def test_the_reference_backend_finds_the_same_table() -> None:
    data = drawn(ROSTER)
    assert grid(read(data, backend="pdfplumber")) == grid(read(data)) == [ROSTER]


# ----------------------------------------------------------- the document's tables


@pytest.mark.parametrize("form", ["pdf", "markdown", "html"])
def test_a_parsed_document_holds_its_tables(form: str) -> None:
    if form == "pdf":
        doc = minutes_parser.parse(drawn(ROSTER))
    else:
        doc = minutes_parser.parse_text(MARKDOWN if form == "markdown" else HTML, format=form)
    assert [[[cell.text for cell in row] for row in t.rows] for t in doc.tables] == [ROSTER]
    for cell in doc.tables[0].cells:
        assert cell.text == "\n".join(doc.text[s.start : s.end] for s in cell.spans)
    assert (doc.tables[0].bbox is not None) == (form == "pdf")


def test_tables_go_to_json_and_come_back() -> None:
    doc = minutes_parser.parse(drawn(ROSTER))
    data = minutes_parser.to_dict(doc)
    cells = [[cell["text"] for cell in row] for row in data["tables"][0]["rows"]]
    assert cells == ROSTER
    first = data["tables"][0]["rows"][0][0]
    assert set(first) == {"row", "column", "text", "spans", "page", "bbox"}
    assert len(first["bbox"]) == 4
    assert minutes_parser.from_json(minutes_parser.to_json(doc, include_text=True)) == doc


def test_a_document_without_tables_says_so() -> None:
    doc = minutes_parser.parse_text("Minutes\n\nRESOLVED: That the report be noted.")
    assert doc.tables == ()
    assert minutes_parser.to_dict(doc)["tables"] == []


# ----------------------------------------------------------- the scan's cells table and the CSV


def test_the_cells_table_is_one_row_per_cell() -> None:
    from minutes_parser.scan.tables import COLUMNS, rows_for

    rows = rows_for({**minutes_parser.to_dict(minutes_parser.parse(drawn(ROSTER))), "sha256": "x"})["cells"]
    assert [(r["table"], r["row"], r["column"], r["text"]) for r in rows] == [
        (0, i, j, text) for i, row in enumerate(ROSTER) for j, text in enumerate(row)
    ]
    assert all(list(r) == [name for name, _t, _m in COLUMNS["cells"]] for r in rows)
    assert all(r["x0"] is not None and r["span_start"] < r["span_end"] for r in rows)
    plain = minutes_parser.to_dict(minutes_parser.parse_text("Minutes\n\nRESOLVED: That the report be noted."))
    assert rows_for(plain)["cells"] == []  # near miss: no table, no rows


def test_parse_csv_table_cells(tmp_path: Path) -> None:
    import csv
    import io

    from minutes_parser.cli import main
    from minutes_parser.scan.tables import csv_columns

    path = tmp_path / "roster.md"
    path.write_text(MARKDOWN, "utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["parse", "--format", "csv", "--table", "cells", str(path)]) == 0
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == csv_columns("cells")
    assert [(r["row"], r["column"], r["text"]) for r in rows] == [
        (str(i), str(j), text) for i, row in enumerate(ROSTER) for j, text in enumerate(row)
    ]
    assert all(r["x0"] == "" for r in rows)  # markup has no boxes


# ------------------------------------------------------- outcomes in a column

GRANTS = """# Minutes of the Amenities Committee held on 12 March 2031

Present: Cllr Ann Ash (Chair), Cllr Ben Birch.

## 4. Community grants

| Organisation | Project Summary | Amount | Decision |
|---|---|---|---|
| Friends of Glebe Park | New benches for the park. The group fits them. | £900 | £800 approved. Meets the criteria. |
| Hilltop Bowls Club | Bulbs round the green. | £300 | Rejected. A private club. |
"""

DISPOSITIONS = """# Minutes of the Council held on 12 March 2031

| No. | Subject | Disposition |
|---|---|---|
| 1. | Rezoning – 12 Mill Lane | ADOPTED |
| 2. | Whistleblower Protection | ADOPTED |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cell that says more than the outcome is the item
        (GRANTS, [(None, "£800 approved. Meets the criteria."), (None, "Rejected. A private club.")]),
        # a bare outcome decides its row's title, numbered by the row's first cell
        (DISPOSITIONS, [("1.", "Rezoning – 12 Mill Lane ADOPTED"), ("2.", "Whistleblower Protection ADOPTED")]),
    ],
)
def test_outcomes_in_a_tables_column_are_resolutions(text: str, expected: list[tuple[str | None, str]]) -> None:
    document = minutes_parser.parse_text(text, format="markdown")
    assert [(item.label, item.text) for item in document.resolutions] == expected
    assert all(
        document.text[item.span.start : item.span.end].split() == item.text.split() for item in document.resolutions
    )


@pytest.mark.parametrize(
    "text",
    [
        # a report's status column: schemes decided elsewhere
        DISPOSITIONS.replace("# Minutes of the Council held on", "# Report to Cabinet on"),
        # one outcome cell in the whole document: a form's field as likely as a decision
        GRANTS.split("| Hilltop")[0].replace("| Decision |", "| Outcome |"),
        # an earlier decision's date after the word, and a heading: no outcome of this meeting
        DISPOSITIONS.replace("| ADOPTED |", "| Approved by Council in 2019 |"),
        DISPOSITIONS.replace("| Disposition |", "| Agreed actions |").replace("| ADOPTED |", "| Noted |"),
        # a bare outcome in a row that holds more than a title: a recorded vote's lists of names
        "# Minutes of the Council held on 12 March 2031\n\n| Motion | Yeas | Nays | Result |\n|---|---|---|---|\n"
        "| Item 12 | Ash, Birch | Cole | CARRIED |\n| Item 14 | Ash | Birch, Cole | CARRIED |\n",
    ],
)
def test_what_is_no_outcome_in_a_table(text: str) -> None:
    assert minutes_parser.parse_text(text, format="markdown").resolutions == ()
