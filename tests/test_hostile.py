"""Hostile and careless input: every case ends in a `Document` or a typed error, in bounded time.

Each file is made here (no binary fixtures).  Every case is counted by `fixtures.battery`,
whose figures close the test run.  A case that hangs in C code, where no timer reaches,
is stopped by the `faulthandler` guard with a traceback instead of hanging the suite.
"""

from __future__ import annotations

import faulthandler
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import minutes_parser
from fixtures import battery, hostile, pdfs
from fixtures import docx as make_docx
from minutes_parser import Document, errors

HANG_GUARD_SECONDS = 240  # far above any case here: only a real hang reaches it
BACKENDS = ("pdfium", "pdfplumber")


@pytest.fixture(autouse=True)
def _hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_GUARD_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _parse(source: object, **settings: object) -> Callable[[], Document]:
    return lambda: minutes_parser.parse(source, **settings)  # type: ignore[arg-type]


def _codes(outcome: object) -> list[str]:
    assert isinstance(outcome, Document), outcome
    return [w.code for w in outcome.warnings]


# ------------------------------------------------------------------ files


def _cut_docx() -> bytes:
    data = make_docx.build(make_docx.p("RESOLVED that the minutes be approved. " * 200))
    return data[: data.index(b"word/document.xml") + 200]


FILE_CASES: list[tuple[str, Callable[[], bytes], type[errors.MinutesParserError] | None]] = [
    ("empty", lambda: b"", errors.EmptyDocumentError),
    ("blanks", lambda: b" \n\t\r\n ", errors.EmptyDocumentError),
    ("truncated pdf", pdfs.truncated, errors.CorruptFileError),
    ("pdf header only", lambda: b"%PDF-1.7\n", errors.CorruptFileError),
    ("encrypted pdf", pdfs.encrypted, errors.EncryptedPDFError),
    ("image-only pdf", pdfs.scanned, errors.NoTextLayerError),
    ("zero pages", hostile.zero_pages, errors.CorruptFileError),
    ("page tree loop", hostile.page_tree_loop, None),
    ("page whose /Parent is itself", hostile.self_parent_page, None),
    ("inherited attributes from itself", hostile.inherited_self_parent, None),
    ("nested arrays 100,000 deep", hostile.nested_arrays, None),
    ("nested dictionaries 50,000 deep", hostile.nested_dicts, None),
    ("(cid:NN) text", hostile.cid_text, None),
    ("zip bomb", lambda: hostile.zip_bomb(size=60 * 1024 * 1024), errors.CorruptFileError),
    ("zip with no Word part", lambda: make_docx.other_zip({"xl/workbook.xml": "<x/>"}), errors.UnsupportedFormatError),
    ("truncated docx", lambda: make_docx.build(make_docx.p("RESOLVED that x."))[:300], errors.MinutesParserError),
    ("docx cut inside its document part", lambda: _cut_docx(), errors.CorruptFileError),
    ("docx, XML not well-formed", lambda: hostile.docx_with("<w:document><w:body>"), errors.CorruptFileError),
    ("random bytes", lambda: os.urandom(0) + bytes(range(256)) * 64, None),
    ("NUL bytes", lambda: b"\x00" * 4096, None),
]


@pytest.mark.parametrize(("case", "make", "expected"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
@pytest.mark.parametrize("backend", BACKENDS)
def test_every_bad_file_is_a_document_or_a_typed_error_naming_it(
    tmp_path: Path, case: str, make: Callable[[], bytes], expected: type[errors.MinutesParserError] | None,
    backend: str,
) -> None:
    path = tmp_path / "input.pdf" if make().startswith(b"%PDF") else tmp_path / "input.bin"
    path.write_bytes(make())
    outcome = battery.check(f"{case} ({backend})", _parse(path, backend=backend))
    if isinstance(outcome, errors.MinutesParserError):
        assert str(path) in str(outcome)
        assert expected is None or isinstance(outcome, expected), outcome
    else:
        assert expected is None, f"{case}: a document where {expected} was expected"


def test_a_reference_loop_in_a_page_is_refused_by_the_pdfplumber_backend() -> None:
    # pdfminer follows /Resources 6 0 R -> 7 0 R -> 6 0 R for ever; pdfium reads the page's text.
    data = hostile.reference_loop()
    outcome = battery.check("reference loop (pdfplumber)", _parse(data, backend="pdfplumber", name="loop.pdf"))
    assert isinstance(outcome, errors.CorruptFileError) and "loop of references" in str(outcome)
    assert "loop.pdf" in str(outcome)
    assert isinstance(battery.check("reference loop (pdfium)", _parse(data, name="loop.pdf")), Document)


@pytest.mark.parametrize("backend", BACKENDS)
def test_text_without_a_unicode_map_is_read_with_a_warning(backend: str) -> None:
    outcome = battery.check(f"(cid:NN) ({backend})", _parse(hostile.cid_text(), backend=backend, name="cid.pdf"))
    assert _codes(outcome) == ["W015"]
    strict = battery.check("(cid:NN) strict", _parse(hostile.cid_text(), backend=backend, strict=True))
    assert isinstance(strict, errors.NoTextLayerError)
    assert _codes(battery.check(f"mapped ({backend})", _parse(hostile.one_page(), backend=backend))) == []


def test_two_thousand_pages_read_whole_and_max_pages_cuts_with_a_warning() -> None:
    data = hostile.many_pages(2000)
    whole = battery.check("2,000 pages", _parse(data))
    assert isinstance(whole, Document) and whole.pages == 2000 and not whole.warnings
    cut = battery.check("2,000 pages, max_pages=100", _parse(data, max_pages=100))
    assert isinstance(cut, Document) and cut.pages == 100 and _codes(cut) == ["W010"]
    strict = battery.check("2,000 pages, max_pages=100, strict", _parse(data, max_pages=100, strict=True))
    assert isinstance(strict, errors.LimitExceededError)


@pytest.mark.parametrize("backend", BACKENDS)
def test_pdfs_with_flipped_bytes_never_crash(backend: str) -> None:
    base = pdfs.render("RESOLVED that the minutes be approved.\nCouncillor Jane Smith proposed.", lines_per_page=1)
    for seed in range(40):
        battery.check(f"flipped pdf {seed} ({backend})", _parse(hostile.flip(base, seed), backend=backend))


# ------------------------------------------------------- paths and files


def test_paths_that_are_not_documents(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (tmp_path / "loop.pdf").symlink_to(tmp_path / "loop.pdf")
    cases: list[tuple[object, type[errors.MinutesParserError]]] = [
        ("/dev/zero", errors.UnsupportedFormatError),  # never ends: refused before it is opened
        (fifo, errors.UnsupportedFormatError),  # would block for ever
        (str(fifo), errors.UnsupportedFormatError),
        (tmp_path, errors.UnsupportedFormatError),
        (tmp_path / "dangling.pdf", errors.DocumentNotFoundError),
        (tmp_path / "loop.pdf", errors.CorruptFileError),
        ("reprot.pdf", errors.DocumentNotFoundError),
        (tmp_path / "missing.docx", errors.DocumentNotFoundError),
    ]
    for given, expected in cases:
        outcome = battery.check(f"path {given}", _parse(given))
        assert isinstance(outcome, expected), (given, outcome)
        assert str(given) in str(outcome)


def test_max_bytes_refuses_a_large_file_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"RESOLVED that the minutes be approved.\n" * 30_000)
    outcome = battery.check("file over max_bytes", _parse(path, max_bytes=1_000_000))
    assert isinstance(outcome, errors.LimitExceededError) and "max_bytes" in str(outcome)


# --------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xff\xfeh\x00i\x00x", "hi\ufffd"),  # a BOM, and an odd byte count
        (b"\xff\xfeh\x00\x00\xd8i\x00", "h\ufffdi"),  # a lone surrogate
        (b"\xfe\xff\x00h\xdc\x00\x00i", "h\ufffdi"),  # big-endian, a lone low surrogate
    ],
)
def test_utf16_that_breaks_its_own_rules_reads_with_a_warning(data: bytes, text: str) -> None:
    outcome = battery.check(f"utf-16 {data!r}", _parse(data))
    assert isinstance(outcome, Document) and outcome.text == text and _codes(outcome) == ["W014"]
    assert isinstance(battery.check("utf-16 strict", _parse(data, strict=True)), errors.CorruptFileError)


def test_lone_surrogates_in_a_string_are_replaced_with_a_warning() -> None:
    outcome = battery.check("str with a lone surrogate", lambda: minutes_parser.parse_text("RESOLVED \ud800 x."))
    assert isinstance(outcome, Document) and "\ud800" not in outcome.text and _codes(outcome) == ["W014"]


# ------------------------------------------------------------ long inputs


def test_a_long_line_of_names_is_split_and_read() -> None:
    line = "Councillor John Smith, " * (100_000 // 23)
    outcome = battery.check("100,000-character line of names", lambda: minutes_parser.parse_text(line))
    assert isinstance(outcome, Document) and _codes(outcome) == ["W012"]
    assert max(len(x) for x in outcome.text.split("\n")) <= 20_000
    assert any(p.name == "John Smith" for p in outcome.people)


def test_a_million_character_line_of_names_ends_within_max_seconds() -> None:
    # The case: the people finder takes ~40 s over it; the deadline stops it inside that step.
    line = "Councillor John Smith, " * (1_000_000 // 23)
    outcome = minutes_parser.pipeline.parse_text  # (a Document or a timeout: both are typed and bounded)
    try:
        result: object = outcome(line, max_seconds=3)
    except errors.ParseTimeoutError as exc:
        result = exc
    battery.TALLY["cases"] += 1
    battery.TALLY["typed errors" if isinstance(result, errors.MinutesParserError) else "documents"] += 1
    assert isinstance(result, Document | errors.ParseTimeoutError)
    if isinstance(result, errors.ParseTimeoutError):
        assert "max_seconds=3" in str(result)


@pytest.mark.parametrize(
    ("unit", "fmt"),
    [
        ("[a](", "markdown"),  # unclosed links: 500 KB took 123 s with the regex stripper
        ("![a](", "markdown"),
        ("[", "markdown"),
        ("<a ", "markdown"),  # unclosed inline tags
        ("**a ", "markdown"),
        ("<div>", "html"),
        ("<b>", "html"),
        ("&amp;", "html"),
        ("<!--", "html"),
    ],
)
def test_a_megabyte_of_unclosed_markup_is_read_in_bounded_time(unit: str, fmt: str) -> None:
    size = 1_000_000 if unit in {"[a](", "<a ", "<div>"} else 200_000  # the cases whole; kin smaller
    text = unit * (size // len(unit))
    outcome = battery.check(f"1 MB of {unit!r} ({fmt})", lambda: minutes_parser.parse_text(text, format=fmt))
    assert isinstance(outcome, Document | errors.EmptyDocumentError | errors.LimitExceededError)


@pytest.mark.parametrize("seconds", [float("inf"), 1e12, 120])
def test_any_positive_budget_is_accepted(seconds: float) -> None:
    assert minutes_parser.parse_text("RESOLVED that the minutes be approved.", max_seconds=seconds).resolutions


@pytest.mark.parametrize(("setting", "value"), [("max_pages", 1.5), ("max_pages", 0), ("max_seconds", float("nan")),
                                                ("max_chars", "many"), ("max_bytes", True)])
def test_a_limit_that_is_not_a_positive_number_is_a_settings_error(setting: str, value: object) -> None:
    with pytest.raises(errors.SettingsError, match=setting):
        minutes_parser.parse_text("RESOLVED that x.", **{setting: value})


def test_max_chars_cuts_the_text_with_a_warning() -> None:
    text = "RESOLVED that the minutes be approved.\n" * 1000
    outcome = battery.check("max_chars", lambda: minutes_parser.parse_text(text, max_chars=1000))
    assert isinstance(outcome, Document) and len(outcome.text) <= 1000 and _codes(outcome) == ["W011"]


# ------------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<p>&amp;pound;5 and &pound;6</p>", ["&pound;5 and £6"]),  # unescaped once, by the parser
        ("<p>&lt;b&gt;not bold&lt;/b&gt;</p>", ["<b>not bold</b>"]),
        ("<ol><li>Agree</li><li>Note</li></ol>", ["1. Agree", "2. Note"]),
        ('<ol start="4" type="a"><li>x</li><li value="9">y</li></ol>', ["d. x", "i. y"]),
        ('<ol type="I" reversed><li>x</li><li>y</li></ol>', ["II. x", "I. y"]),
        ('<ol start="99999999999999999999"><li>x</li></ol>', ["999999999999. x"]),
        ("<ul><li>one</li></ul>", ["one"]),
        ('<p>Seen</p><p style="display: none">RESOLVED that this is hidden.</p>', ["Seen"]),
        ('<p>Seen</p><div hidden><p>RESOLVED that x.</p></div>', ["Seen"]),
        ('<p>Seen</p><span style="VISIBILITY:hidden">gone</span>', ["Seen"]),
        ("<p>Seen</p><script>RESOLVED = 1</script><style>p{}</style><template>T</template>", ["Seen"]),
        ("<p>Seen</p><noscript>no</noscript><!-- RESOLVED that x. -->", ["Seen"]),
        ("<h2>Decision</h2>text<br>more", ["Decision", "text", "more"]),
    ],
)
def test_html_reads_what_a_browser_shows(html: str, lines: list[str]) -> None:
    outcome = battery.check(f"html {html[:40]}", lambda: minutes_parser.parse_text(html, format="html"))
    assert isinstance(outcome, Document) and outcome.text.split("\n") == lines


def test_html_external_entities_are_never_resolved() -> None:
    html = ('<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>RESOLVED that &xxe; be noted.</p>')
    outcome = battery.check("html XXE", lambda: minutes_parser.parse_text(html, format="html"))
    assert isinstance(outcome, Document) and "root:" not in outcome.text


@pytest.mark.parametrize(("depth", "expected"), [(3000, Document), (100_000, errors.LimitExceededError)])
def test_deep_html(depth: int, expected: type) -> None:
    html = "<div>" * depth + "RESOLVED that x." + "</div>" * depth
    outcome = battery.check(f"html {depth} deep", _parse(html.encode(), name="deep.html"))
    assert isinstance(outcome, expected)


# ---------------------------------------------------------------- Word


def _numbered(fmt: str, start: str) -> bytes:
    numbering = (
        f'<w:numbering xmlns:w="{make_docx.W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    body = make_docx.p("Agree the plan.", num=(1, 0)) + make_docx.p("Note the report.", num=(1, 0))
    return make_docx.build(body, numbering=numbering)


@pytest.mark.parametrize(
    ("fmt", "start", "first", "codes"),
    [
        ("lowerLetter", "3", "c) Agree the plan.", []),
        ("lowerLetter", "10000000000", "10000000000) Agree the plan.", ["W013"]),  # was 384 million letters
        ("upperRoman", "999999999", "999999999) Agree the plan.", ["W013"]),
        ("decimal", "1e999", "1) Agree the plan.", []),  # not a number Word writes: the default
        ("decimal", "inf", "1) Agree the plan.", []),
        ("decimal", "-5", "-5) Agree the plan.", []),
    ],
)
def test_word_list_numbers_are_bounded(fmt: str, start: str, first: str, codes: list[str]) -> None:
    outcome = battery.check(f"docx {fmt} from {start}", _parse(_numbered(fmt, start), name="list.docx"))
    assert isinstance(outcome, Document)
    assert outcome.text.split("\n")[0] == first and _codes(outcome) == codes


@pytest.mark.parametrize(
    "document_xml",
    [
        # external entities and DTDs: refused, never fetched
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
        # nesting deeper than any reader recurses
        f'<w:document xmlns:w="{make_docx.W}"><w:body>' + "<w:sdt><w:sdtContent>" * 5000
        + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 5000 + "</w:body></w:document>",
        # a list level outside Word's nine
        f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/>'
        "</w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>",
    ],
    ids=["external entity", "entity expansion", "deep nesting", "level 99"],
)
def test_word_parts_that_attack_the_reader(document_xml: str) -> None:
    data = hostile.docx_with(document_xml, {"word/numbering.xml": make_docx.NUMBERING})
    outcome = battery.check(f"docx {document_xml[:30]}", _parse(data, name="attack.docx"))
    if isinstance(outcome, Document):
        assert "root:" not in outcome.text
    else:
        assert "attack.docx" in str(outcome)


# ----------------------------------------------------------------------------- a defect in an extractor


@pytest.mark.parametrize("strict", [False, True])
def test_a_defect_in_one_extractor_leaves_its_field_empty_with_w016(
    monkeypatch: pytest.MonkeyPatch, strict: bool
) -> None:
    """An extractor's own bug is no reason to lose the document: its field is empty, the others are
    read, and a coded warning names the step and the cause (with ``strict``, a typed error)."""
    from minutes_parser import errors
    from minutes_parser.extract import items

    def broken(ctx: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(items, "extract_resolutions", broken)
    text = "Minutes of the Council held on 3 March 2031\nRESOLVED that the budget be approved.\n"
    if strict:
        with pytest.raises(errors.ExtractionError, match="finding resolutions failed"):
            minutes_parser.parse_text(text, settings=minutes_parser.Settings(strict=True))
        return
    doc = minutes_parser.parse_text(text)
    assert doc.resolutions == ()
    assert doc.meeting_date is not None  # the other fields are still read
    assert [w.code for w in doc.warnings] == ["W016"]
    assert "finding resolutions failed (IndexError" in doc.warnings[0].message
