"""Sources: format detection, typed errors, page furniture, hyphenation, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

import minutes_parser
from fixtures import pdfs
from minutes_parser import errors
from minutes_parser.records import BBox
from minutes_parser.sources import detect_format, read, read_text
from minutes_parser.sources.cleanup import lines_to_drop
from minutes_parser.sources.model import RawLine, RawPage
from minutes_parser.text import normalise_space

# --------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "x.pdf", "pdf"),
        (b"%PDF-1.4\n...", None, "pdf"),
        (b"<html><body>RESOLVED</body></html>", None, "html"),
        (b"<div id='modgov'>x</div>", "page.htm", "html"),
        (b"# Minutes\n\nRESOLVED", "minutes.md", "markdown"),
        (b"RESOLVED that", "minutes.txt", "text"),
        (b"RESOLVED that", None, "text"),
        (b"RESOLVED that", "no_suffix", "text"),
        # a page saved under a server's name opens with an element; words with a tag inside are text
        (b"<button class='close'>x</button>\n<div class='minutes'>RESOLVED</div>", "minutes.php", "html"),
        (b"<p>RESOLVED that the plan be approved.</p>", "ieDecisionDetails.aspx", "html"),
        (b"The <b>minutes</b> were RESOLVED", "minutes.php", "text"),
        (b"# Minutes\n<div>RESOLVED</div>", "minutes.md", "markdown"),
    ],
)
def test_detect_format(data: bytes, name: str | None, expected: str) -> None:
    assert detect_format(data, name) == expected


@pytest.mark.parametrize(
    ("data", "name", "error"),
    [
        (b"PK\x03\x04rest-of-a-docx", "minutes.docx", errors.UnsupportedFormatError),
        (b"\x89PNG\r\n\x1a\n", "scan.png", errors.UnsupportedFormatError),
        (b"\xff\xd8\xff\xe0", "scan.jpg", errors.UnsupportedFormatError),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "old.doc", errors.UnsupportedFormatError),
        (b"not a pdf at all", "fake.pdf", errors.CorruptFileError),
        (b"\x00\x01\x02\x03binary", "blob.bin", errors.UnsupportedFormatError),
    ],
)
def test_detect_format_refuses(data: bytes, name: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        detect_format(data, name)
    assert name in str(info.value)


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("make", "error", "code"),
    [
        (pdfs.encrypted, errors.EncryptedPDFError, "E003"),
        (pdfs.scanned, errors.NoTextLayerError, "E004"),
        (pdfs.truncated, errors.CorruptFileError, "E002"),
        (lambda: b"", errors.EmptyDocumentError, "E005"),
        (lambda: b"   \n\n  ", errors.EmptyDocumentError, "E005"),
    ],
)
@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_bad_input_raises_typed_error_naming_the_file(
    tmp_path: Path, make: object, error: type[errors.MinutesParserError], code: str, backend: str
) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(make())  # type: ignore[operator]
    with pytest.raises(error) as info:
        minutes_parser.parse(path, backend=backend)
    assert info.value.code == code
    assert str(path) in str(info.value)
    assert isinstance(info.value, errors.MinutesParserError)


DAMAGED = "RESOLVED that the park be approved.\nMore about the park.\nRESOLVED that the pool be closed.\nMore.\n"


def test_a_damaged_page_is_left_out_with_a_warning_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfs.damaged_pages(DAMAGED, lines_per_page=2, damaged={1}))
    doc = minutes_parser.parse(path)
    assert doc.pages == 2
    assert [item.text for item in doc.resolutions] == ["the pool be closed."]
    assert [(w.code, w.message) for w in doc.warnings] == [
        ("W002", "page(s) 1 could not be read (damaged) and are left out")
    ]
    with pytest.raises(errors.CorruptFileError, match="page\\(s\\) 1 could not be read") as info:
        minutes_parser.parse(path, strict=True)
    assert str(path) in str(info.value)


def test_a_pdf_whose_every_page_is_damaged_is_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(pdfs.damaged_pages(DAMAGED, lines_per_page=2, damaged={1, 2}))
    with pytest.raises(errors.CorruptFileError, match="2 of its 2 page\\(s\\) could not be read") as info:
        minutes_parser.parse(path)
    assert str(path) in str(info.value)


def test_strict_raises_on_pages_without_text() -> None:
    # A text page and a scanned one: a warning, or with strict the error a wholly scanned file gets.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="RESOLVED that the minutes be approved.")
    pdf.add_page()
    pdf.rect(20, 20, 170, 250)
    data = bytes(pdf.output())
    assert [w.code for w in minutes_parser.parse(data).warnings] == ["W001"]
    with pytest.raises(errors.NoTextLayerError, match="page\\(s\\) 2 have no text layer"):
        minutes_parser.parse(data, strict=True)


def test_errors_are_also_builtins() -> None:
    assert issubclass(errors.EncryptedPDFError, PermissionError)
    assert issubclass(errors.CorruptFileError, ValueError)
    assert issubclass(errors.SettingsError, ValueError)


def test_a_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(errors.DocumentNotFoundError) as info:
        minutes_parser.parse(tmp_path / "missing.pdf")
    assert str(tmp_path / "missing.pdf") in str(info.value)
    assert isinstance(info.value, FileNotFoundError)


@pytest.mark.parametrize(
    ("given", "is_path"),
    [
        # strings that can only be file names: a missing one is an error, never the document's text
        ("reprot.pdf", True),
        ("Minutes 3 March 2024.PDF", True),
        ("notes.txt", True),
        ("  report.docx\n", True),  # a name read from a list keeps its blanks
        ("./report", True),
        ("../archive/minutes", True),
        ("/no/such/folder/minutes", True),
        ("~/minutes.md", True),
        ("archive/minutes", True),
        ("C:\\papers\\minutes", True),
        # the document's text: more than one line, blanks and no suffix, or prose with a slash
        ("RESOLVED that the minutes be approved.", False),
        ("Agreed.", False),
        ("Item 4/2024 was deferred", False),
        ("The council met on 3.5.2024", False),
        ("RESOLVED that report.pdf be noted.\nAgreed.", False),
        ("reprot.pdf\nsecond line", False),
        ("x" * 5000 + ".pdf", False),
        ("", False),
    ],
)
def test_a_string_is_a_path_only_when_it_can_only_be_one(given: str, is_path: bool) -> None:
    assert minutes_parser.pipeline.looks_like_path(given.strip()) is is_path
    if is_path:
        with pytest.raises(errors.DocumentNotFoundError, match="no such file") as info:
            minutes_parser.parse(given)
        assert given.strip() in str(info.value)
    elif given:
        assert isinstance(minutes_parser.parse(given), minutes_parser.Document)
        assert minutes_parser.parse_text(given).text == minutes_parser.parse(given).text


def test_parse_text_takes_text_that_looks_like_a_path() -> None:
    assert minutes_parser.parse_text("reprot.pdf").text == "reprot.pdf"


def test_bad_setting_is_a_settings_error() -> None:
    with pytest.raises(errors.SettingsError, match="backend"):
        minutes_parser.parse("RESOLVED that x.", backend="tesseract")
    with pytest.raises(errors.SettingsError, match="unknown setting"):
        minutes_parser.parse("RESOLVED that x.", settings={"colour": "red"})


# ------------------------------------------------------- page furniture


def _pages(*pages: list[str]) -> list[RawPage]:
    return [RawPage(number=i + 1, lines=tuple(RawLine(text=t) for t in lines)) for i, lines in enumerate(pages)]


def _kept(pages: list[RawPage]) -> list[list[str]]:
    drop = lines_to_drop(pages)
    return [[ln.text for i, ln in enumerate(p.lines) if i not in d] for p, d in zip(pages, drop, strict=True)]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # a running header is read once, its repeats go; "Page N of M" always goes
        (
            [
                ["Cabinet - 12 March 2026", "1. Approve the plan;", "Page 1 of 3"],
                ["Cabinet - 12 March 2026", "2. Note the risks.", "Page 2 of 3"],
                ["Cabinet - 12 March 2026", "3. Agree the budget.", "Page 3 of 3"],
            ],
            [["Cabinet - 12 March 2026", "1. Approve the plan;"], ["2. Note the risks."], ["3. Agree the budget."]],
        ),
        # bare page numbers at the top, a numbered item that is not one stays
        (
            [["1", "Minutes", "2. RESOLVED that x"], ["2", "more text", "3. y"]],
            [["Minutes", "2. RESOLVED that x"], ["more text", "3. y"]],
        ),
        # a blank-page notice goes wherever it stands
        (
            [["Text", "This page is intentionally left blank"], ["More"]],
            [["Text"], ["More"]],
        ),
        # a running line built around the page number goes even when it is met once
        (
            [
                ["Minutes of the Council", "1. x"],
                ["Page 2 \u2013 Minutes \u2013 October 28, 2025", "being Part 1 on", "Plan 42R"],
                ["Brambleford Cabinet, 12 March 2026 | Page 3 of 4", "y"],
            ],
            [["Minutes of the Council", "1. x"], ["being Part 1 on", "Plan 42R"], ["y"]],
        ),
        # page words inside a sentence, or a page reference, are text
        (
            [["See page 4 \u2013 the budget table", "Page 2 shows the plan"], ["Pages 3-4 - Appendix A"]],
            [["See page 4 \u2013 the budget table", "Page 2 shows the plan"], ["Pages 3-4 - Appendix A"]],
        ),
        # blank lines take no place at a page's edge: the date under a spaced-out header repeats there
        (
            [
                ["MINUTES", "", " ", "", "30 APRIL 2031", "", "a", "", "Page 1"],
                ["MINUTES", "", " ", "", "30 APRIL 2031", "", "b", "", "Page 2"],
                ["MINUTES", "", " ", "", "30 APRIL 2031", "", "c", "", "30 APRIL 2031 was the date", "", "Page 3"],
            ],
            [
                ["MINUTES", "", " ", "", "30 APRIL 2031", "", "a", ""],
                ["", " ", "", "", "b", ""],
                ["", " ", "", "", "c", "", "30 APRIL 2031 was the date", ""],
            ],
        ),
        # a line that repeats on only one page of four is not furniture
        (
            [["Apologies", "a"], ["b", "c"], ["d", "e"], ["f", "g"]],
            [["Apologies", "a"], ["b", "c"], ["d", "e"], ["f", "g"]],
        ),
        # a header printed a word a line runs past three lines; near miss: a line repeated under the page's own
        # first words is text
        (
            [
                ["DATE", "TUESDAY", "APRIL", "12, 2031", "a", "Carried", "ant", "bee", "cat"],
                ["DATE", "TUESDAY", "APRIL", "12, 2031", "b", "Carried", "dog", "elk", "fox"],
                ["DATE", "TUESDAY", "APRIL", "12, 2031", "c", "Carried", "gnu", "hen", "ibis"],
            ],
            [
                ["DATE", "TUESDAY", "APRIL", "12, 2031", "a", "Carried", "ant", "bee", "cat"],
                ["b", "Carried", "dog", "elk", "fox"],
                ["c", "Carried", "gnu", "hen", "ibis"],
            ],
        ),
        # a running header on the minutes' pages only, fewer than half the pack's pages (its attachments print
        # none): its repeats at a page's top still go; near misses: "Carried" repeated under it on three pages, and
        # the attachments' own first lines, are text
        (
            [
                ["Washington County Commission", "Meeting Minutes of March 15, 2022", "Page 1 of 3", "a", "Carried"],
                ["Washington County Commission", "Meeting Minutes of March 15, 2022", "Page 2 of 3", "Carried", "b"],
                ["Washington County Commission", "Meeting Minutes of March 15, 2022", "Page 3 of 3", "Carried", "c"],
                ["Ash", "x"], ["Birch", "y"], ["Cedar", "z"], ["Damson", "w"],
            ],
            [
                ["Washington County Commission", "Meeting Minutes of March 15, 2022", "a", "Carried"],
                ["Carried", "b"],
                ["Carried", "c"],
                ["Ash", "x"], ["Birch", "y"], ["Cedar", "z"], ["Damson", "w"],
            ],
        ),
        # a footer under every page goes from the first page too, where it would part a sentence's colon from
        # its list; near miss: a footer that dates the paper is read the first time
        (
            [
                ["Minutes", "a", "b", "c", "d", "e", "Staff recommends approval based on the following findings:",
                 "111 East Tabernacle St"],
                ["1. The plat was noticed.", "2. The hearing was held.", "f", "g", "h", "i", "j",
                 "111 East Tabernacle St"],
                ["Carried.", "More text here", "k", "l", "m", "n", "o", "111 East Tabernacle St"],
            ],
            [
                ["Minutes", "a", "b", "c", "d", "e", "Staff recommends approval based on the following findings:"],
                ["1. The plat was noticed.", "2. The hearing was held.", "f", "g", "h", "i", "j"],
                ["Carried.", "More text here", "k", "l", "m", "n", "o"],
            ],
        ),
        (
            [
                ["Minutes", "a", "b", "Souldern PC minutes March 2026"],
                ["c", "d", "e", "Souldern PC minutes March 2026"],
            ],
            [["Minutes", "a", "b", "Souldern PC minutes March 2026"], ["c", "d", "e"]],
        ),
    ],
)
def test_page_furniture(pages: list[list[str]], expected: list[list[str]]) -> None:
    assert _kept(_pages(*pages)) == expected


def _placed(*pages: list[tuple[str, float]]) -> list[RawPage]:
    """Pages of 800 points whose lines carry their top (the text layer's order as listed)."""
    return [
        RawPage(
            number=i + 1,
            height=800.0,
            lines=tuple(RawLine(text=t, bbox=BBox(x0=50.0, top=top, x1=400.0, bottom=top + 8)) for t, top in lines),
        )
        for i, lines in enumerate(pages)
    ]


def test_a_report_header_in_a_pack_goes_where_the_text_layer_wrote_it() -> None:
    """A pack's report prints its running header at the top of its pages ("Board Meeting 24 April 2019 - Finance
    Report") over 3 of 8 pages: fewer than half the pack's, yet furniture; drawn after the page's text, even its
    first is.  Near misses: a long line printed at the top band of only two pages stays; a footer written first
    in the layer's order is read once (it may date the paper); "CARRIED" at the foot of three pages is text."""
    header = "Board Meeting 24 April 2031 - Finance Report"
    pages = _placed(
        [
            ("Summary of the month", 400.0),
            ("1. Note the contents of this report", 420.0),
            (header, 30.0),
            ("Page 1 of 3", 770.0),
            ("CARRIED", 760.0),
        ],
        [(header, 30.0), ("Income rose.", 100.0), ("CARRIED", 760.0)],
        [(header, 30.0), ("Costs fell.", 100.0), ("CARRIED", 760.0)],
        [("Twice at the top of a page only", 30.0), ("a", 100.0)],
        [("Twice at the top of a page only", 30.0), ("b", 100.0)],
        [("Souldern PC minutes March 2031", 760.0), ("c", 100.0)],
        [("Souldern PC minutes March 2031", 760.0), ("d", 100.0)],
        [("Souldern PC minutes March 2031", 760.0), ("e", 100.0)],
    )
    assert _kept(pages) == [
        ["Summary of the month", "1. Note the contents of this report", "CARRIED"],
        ["Income rose.", "CARRIED"],
        ["Costs fell.", "CARRIED"],
        ["Twice at the top of a page only", "a"],
        ["Twice at the top of a page only", "b"],
        ["Souldern PC minutes March 2031", "c"],
        ["d"],
        ["e"],
    ]


# ----------------------------------------------------------- hyphenation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decision-\nmaking was done", "decision-making was done"),
        ("Plan 42R-\n11490 was sold", "Plan 42R-11490 was sold"),
        ("Apologies -\nNone", "Apologies -\nNone"),  # a dash after a blank is not a broken word
        ("well\n- a bullet", "well\n- a bullet"),
        ("the \ufb01nance of\n\ufb00ord and the o\ufb03ce", "the finance of\nfford and the office"),  # ligatures
    ],
)
def test_line_end_hyphens(text: str, expected: str) -> None:
    assert read_text(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's text saved with its line breaks left as tags: each tag ends a line
        (
            "The Board reviewed <br />the minutes. Commissioner Ash moved to approve <br />the minutes. <br />"
            "Aye: Ash and Oak <br />Nay: None <br />",
            "The Board reviewed\nthe minutes. Commissioner Ash moved to approve\nthe minutes.\nAye: Ash and Oak\n"
            "Nay: None",
        ),
        # near miss: one tag quoted in a sentence is left as it is
        ("Use <br /> to break a line in the web page.", "Use <br /> to break a line in the web page."),
    ],
)
def test_break_tags_left_in_a_text(text: str, expected: str) -> None:
    assert read_text(text).text == expected


# ------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Cabinet – £240,000".encode(), "Cabinet – £240,000"),
        (b"\xef\xbb\xbf" + "Cabinet – £240,000".encode(), "Cabinet – £240,000"),
        ("Cabinet – £240,000".encode("cp1252"), "Cabinet – £240,000"),
        ("Cabinet – £240,000".encode("utf-16"), "Cabinet – £240,000"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert read(path).text == expected


# --------------------------------------------------------- HTML, Markdown


def test_html_keeps_visible_text_one_line_per_block() -> None:
    source = read_text(
        "<html><head><style>p{}</style><script>x=1</script></head><body>"
        "<h2>Decision:</h2><p>The plan was <b>approved</b>.</p><p>&nbsp;</p>"
        "<p>Date of decision: 19&#47;10&#47;2015</p></body></html>",
        format="html",
    )
    assert source.text.splitlines() == ["Decision:", "The plan was approved.", "Date of decision: 19/10/2015"]
    assert source.lines[0].bold


@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # a site's menus, banner, sidebar and footer are not the paper the page publishes
        (
            "<body><header role='banner'><p>Township of Elm</p></header><nav><ul><li>Home</li>"
            "<li>Committee of Adjustment</li></ul></nav><div role='main'><article><header><h1>MINUTES</h1></header>"
            "<p>R2031-1 That the minutes be adopted.</p><footer><p>Posted in Minutes</p></footer></article></div>"
            "<aside><p>Search</p></aside><div role='navigation'><p>Next post</p></div>"
            "<footer role='contentinfo'><p>Copyright</p></footer></body>",
            ["MINUTES", "R2031-1 That the minutes be adopted.", "Posted in Minutes"],
        ),
        # near miss: a page with no such roles keeps its header and footer (a decision notice's own)
        (
            "<body><header><p>Decision Notice</p></header><p>RESOLVED that the plan be approved.</p>"
            "<footer><p>Signed: A. Clerk</p></footer></body>",
            ["Decision Notice", "RESOLVED that the plan be approved.", "Signed: A. Clerk"],
        ),
    ],
)
def test_html_leaves_out_the_sites_chrome(page: str, lines: list[str]) -> None:
    assert read_text(page, format="html").text.splitlines() == lines


def test_markdown_loses_markup_and_splits_pages_at_rules() -> None:
    source = read_text(
        "[Original file](https://example.invalid/x.pdf)\n\n---\n## Minutes\n**RESOLVED** that *all* be well.\n"
        "\n---\n\nPage two",
        format="markdown",
    )
    assert source.text.splitlines() == ["Original file", "Minutes", "RESOLVED that all be well.", "Page two"]
    assert source.page_count == 3
    assert source.lines[1].bold
    assert source.lines[-1].page == 3


@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # a site's or converter's front matter, its title and date too, is left out
        (
            "---\ntitle: Minutes for meeting held 7 October 2025\ndate: 2025-10-07\ntags:\n- Road\n---\n\n"
            "Present: Ann Lee\nRESOLVED that the report be noted.\n",
            ["Present: Ann Lee", "RESOLVED that the report be noted."],
        ),
        ("---\nbody: Board of Adjustment\ndate: 2022-09-22\n---\nMINUTES\n", ["MINUTES"]),
        # near miss: a first page's lines closed by a rule are the paper's, not metadata
        ("---\nMINUTES\nPresent: Ann Lee\n---\nPage two\n", ["MINUTES", "Present: Ann Lee", "Page two"]),
        (
            "---\nPresent: Ann Lee\nApologies: Bob Ash\n---\nPage two\n",
            ["Present: Ann Lee", "Apologies: Bob Ash", "Page two"],
        ),
        # a converter's header over the paper: its heading, quoted or bold "Key: value" lines naming where the
        # file came from, closed by a rule or a blank line, one block or two
        (
            "# City Council Meeting\n> Source: https://example.org/files/1.pdf\n> Meeting date: 2023-04-12\n"
            "> Format: pdf-text\n\n---\n\n**Body:** Council\n**Date:** 2023-04-12\n**Source URL:** https://example.org\n"
            "**Raw sha256(16):** 1dc4\n"
            "\n---\n\nMINUTES OF THE TOWN COUNCIL\nPresent: Ann Lee\n",
            ["MINUTES OF THE TOWN COUNCIL", "Present: Ann Lee"],
        ),
        (
            "# Council Meeting\n> Source: https://example.org/m.php\n> Format: text\n\nMINUTES OF THE MEETING\n",
            ["MINUTES OF THE MEETING"],
        ),
        # its "Key: value" lines as a list's entries ("- **Title:** ...") after its heading and quoted lines; near
        # miss: a paper's own bold entries with no key of provenance
        (
            "# Planning Commission\n> Source: https://example.org/f.pdf\n\n---\n\n- **Title:** Agenda and Packet\n"
            "- **Date:** 2025-06-18\n- **Source:** civicplus https://example.org/f.pdf\n\n---\n\n"
            "Minutes of the Commission\n",
            ["Minutes of the Commission"],
        ),
        (
            "- **Date:** 5 May 2024\n- **Venue:** Village Hall\n\n1. Apologies\n",
            ["- Date: 5 May 2024", "- Venue: Village Hall", "1. Apologies"],
        ),
        # ... or as plain list entries ("- Source PDF: https://..."); near miss: a paper's own plain list of fields
        (
            "# 08-31-2031 APPROVED Town Council Minutes\n\n- Meeting date: 2031-08-31\n- Source PDF: "
            "https://example.org/a.pdf\n- Fetched: 2031-09-01T10:00:00Z\n\n---\n\nTown of Elm\nTown Council Meeting\n",
            ["Town of Elm", "Town Council Meeting"],
        ),
        (
            "- Present: Ann Lee\n- Apologies: Bob Ash\n\n1. Minutes\n",
            ["- Present: Ann Lee", "- Apologies: Bob Ash", "1. Minutes"],
        ),
        # near misses: a paper's own bold "Key: value" lines (no key of a file's provenance), a paper's heading
        # over a quotation
        (
            "# Agenda\n**Date:** 5 May 2024\n**Venue:** Village Hall\n\n---\n\n1. Apologies\n",
            ["Agenda", "Date: 5 May 2024", "Venue: Village Hall", "1. Apologies"],
        ),
        (
            "# Minutes\n> Quote: the report said so.\n\nPresent: Ann Lee\n",
            ["Minutes", "Quote: the report said so.", "Present: Ann Lee"],
        ),
        # a section a converter derived from the paper and appended after it ("## Motions (extracted)"); near miss:
        # the paper's own "## Motions" heading
        (
            "MINUTES\nAnn Lee made a motion to adjourn.\n\n## Motions (extracted)\n\n1. **Pass** - Ann Lee made a "
            "motion to adjourn.\n   - mover: Ann Lee; result: passed\n",
            ["MINUTES", "Ann Lee made a motion to adjourn."],
        ),
        (
            "MINUTES\n## Motions\nAnn Lee made a motion to adjourn.\n",
            ["MINUTES", "Motions", "Ann Lee made a motion to adjourn."],
        ),
        # a site's hidden filter tags inline in the Markdown ('<span style="display:none;">Regular</span>') are no
        # text of the paper; near miss: a span shown ("display:inline")
        (
            '<span data-pagefind-filter="Meeting Type" style="display:none;">Regular</span>\n'
            '<span style="display:inline;">Shown</span> note\n\nMINUTES\n',
            ["Shown note", "MINUTES"],
        ),
    ],
)
def test_markdown_front_matter_is_metadata(page: str, lines: list[str]) -> None:
    assert read_text(page, format="markdown").text.splitlines() == lines


# --------------------------------------------------------------- PDF map


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_pdf_pages_boxes_and_bold(backend: str) -> None:
    text = "\n".join(["Recommendations", "**1. Approve the plan;**", *[f"Line {i}" for i in range(60)], "Last line"])
    source = read(pdfs.render(text, lines_per_page=40), backend=backend)
    assert source.page_count == 2
    assert "Page 1 of 2" not in source.text and "Page 2 of 2" not in source.text
    assert source.text.count(pdfs.HEADER) == 1
    first = next(ln for ln in source.lines if source.text[ln.start : ln.end].startswith("1. Approve"))
    assert first.bold and first.page == 1 and first.bbox is not None
    last = source.lines[-1]
    assert source.text[last.start : last.end] == "Last line" and last.page == 2
    span = source.span(first.start, first.end)
    assert span.page == 1 and span.bbox is not None and span.bbox.x0 < span.bbox.x1


def test_backends_read_the_same_words() -> None:
    data = pdfs.render((Path(__file__).parent.parent / "examples" / "cabinet_report.txt").read_text("utf-8"))
    a, b = read(data, backend="pdfium"), read(data, backend="pdfplumber")
    assert normalise_space(a.text) == normalise_space(b.text)


@pytest.mark.parametrize(
    ("text", "fmt", "after_blank"),
    [
        pytest.param("One\n\nTwo\nThree", "text", [False, True, False], id="text-blank-line"),
        pytest.param("One\n   \n\t\nTwo", "text", [False, True], id="text-blanks-of-spaces-and-tabs"),
        pytest.param("**One**  \nTwo\n\nThree", "markdown", [False, False, True], id="markdown-hard-break-vs-blank"),
        pytest.param("One\nTwo", "text", [False, False], id="near-miss-no-blank-line"),
    ],
)
def test_a_line_knows_a_blank_line_stood_before_it(text: str, fmt: str, after_blank: list[bool]) -> None:
    # the document text keeps no blank line; the paragraph break it made is kept on the line after
    source = read_text(text, format=fmt)
    assert [line.after_blank for line in source.lines] == after_blank
    assert "\n\n" not in source.text


# ------------------------------------------------- a printed line pdfium broke

# pdfium's boxes: (left, bottom, right, top), y upwards; a body size of 11 and a superscript of 7
ONE = (288.8, 603.2, 293.1, 610.2)  # "1" on the baseline
ST = (293.9, 607.1, 298.7, 611.3)  # "st", raised, touching it
COLON = (299.7, 603.2, 301.2, 608.3)  # ": MR. X" back on the baseline


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        pytest.param((ONE, 11.0), (ST, 7.0), True, id="superscript-starts"),
        pytest.param((ST, 7.0), (COLON, 11.0), True, id="superscript-ends"),
        pytest.param((ONE, 11.0), ((ONE[2] + 40, 603.2, ONE[2] + 60, 610.2), 11.0), False, id="near-miss-next-cell"),
        pytest.param((ONE, 11.0), ((ONE[2], 603.2, ONE[2] + 6, 610.2), 11.0), False, id="near-miss-same-size"),
        pytest.param((ONE, 11.0), ((ONE[2], 590.0, ONE[2] + 5, 594.0), 7.0), False, id="near-miss-smaller-below"),
        pytest.param((ONE, 11.0), ((20.0, 607.1, 25.0, 611.3), 7.0), False, id="near-miss-starts-left"),
    ],
)
def test_a_superscript_does_not_break_its_line(
    before: tuple[tuple[float, float, float, float], float],
    after: tuple[tuple[float, float, float, float], float],
    joined: bool,
) -> None:
    from minutes_parser.sources.pdf import _Edge, _superscript_break

    (box_a, size_a), (box_b, size_b) = before, after
    assert _superscript_break(_Edge(box_a, size_a, box_a, size_a), _Edge(box_b, size_b, box_b, size_b)) is joined


def test_markdown_form_feeds_are_page_breaks() -> None:
    """A converter's Markdown that kept the PDF's form feeds: each starts a page, so the running header on
    each is read once."""
    text = "MINUTES\nDATE\nTUESDAY\nAPRIL\n12, 2031\nThe meeting opened.\n\fDATE\nTUESDAY\nAPRIL\n12, 2031\n"
    text += "It closed.\n\fDATE\nTUESDAY\nAPRIL\n12, 2031\nThe end.\n"
    source = read_text(text, format="markdown")
    assert source.page_count == 3
    assert source.text.count("TUESDAY") == 1 and source.text.count("12, 2031") == 1
