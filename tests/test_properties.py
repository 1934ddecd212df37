"""Properties of the parse over generated input (Hypothesis): totality (a `Document` or a typed
`MinutesParserError`), spans inside the text and equal to the record text, determinism, and
bounded time (each example runs under a `max_seconds` budget; a `ParseTimeoutError` there is
counted as a hang and fails).

The "ci" profile (the CI variable set) runs 2,000 examples a property; "dev" runs 100
(see conftest).  Every example is counted in the battery's figures.
"""

from __future__ import annotations

import functools
import io
import zipfile

from hypothesis import given
from hypothesis import strategies as st

import minutes_parser
from fixtures import battery, hostile, pdfs
from fixtures import docx as make_docx
from minutes_parser import Document, errors

BUDGET = 30.0  # seconds an example may take: far above what any needs; reaching it is a hang

# Words the rules react to, so generated text reaches the extractors, not only the readers.
WORDS = [
    "RESOLVED", "that", "Recommendation", "1.", "(a)", "ii.", "Councillor", "Cllr.", "John", "Smith", "Mayor",
    "Present:", "Apologies", "Minutes", "of", "the", "meeting", "held", "on", "3rd", "March", "2024", "12/05/2023",
    "Agenda", "Item", "4", "approved", "noted", "Chair", "Proposed", "by", "Seconded", "—", "Ms", "Dr", ":", ";",
    "&amp;", "<b>", "</b>", "**", "[x](y)", "#", "-", "|", "\t", "\f", "\u00a0", "ﬁ", "\u00ad",
]
documentish = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(
    lambda words: "".join(w + (" " if i % 7 else "\n") for i, w in enumerate(words))
)


def _run(case: str, call: functools.partial[Document]) -> Document | errors.MinutesParserError:
    return battery.check(case, call)


def _deterministic(first: Document | errors.MinutesParserError, again: Document | errors.MinutesParserError) -> None:
    if isinstance(first, Document):
        assert isinstance(again, Document)
        assert minutes_parser.to_json(first) == minutes_parser.to_json(again)
        assert first.text == again.text
    else:
        assert type(first) is type(again) and str(first) == str(again)


@given(text=st.one_of(st.text(max_size=400), documentish), fmt=st.sampled_from(["text", "markdown", "html"]))
def test_any_text_is_a_document_or_a_typed_error(text: str, fmt: str) -> None:
    call = functools.partial(minutes_parser.parse_text, text, format=fmt, max_seconds=BUDGET)
    _deterministic(_run(f"text ({fmt})", call), _run(f"text again ({fmt})", call))


@given(data=st.binary(max_size=2000), name=st.sampled_from([None, "x.txt", "x.md", "x.html", "x.pdf", "x.docx"]))
def test_any_bytes_are_a_document_or_a_typed_error(data: bytes, name: str | None) -> None:
    call = functools.partial(minutes_parser.parse, data, name=name, max_seconds=BUDGET)
    outcome = _run(f"bytes named {name}", call)
    if isinstance(outcome, errors.MinutesParserError) and name:
        assert name in str(outcome)


@functools.cache
def _base_pdf() -> bytes:
    return pdfs.render(
        "Minutes of the meeting held on 3rd March 2024\nPresent: Councillor Jane Smith (Chair)\n"
        "1. Budget\nRESOLVED that the budget be approved.\nRecommendation: that the report be noted.",
        lines_per_page=3,
    )


@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), min_size=1,
                   max_size=12),
    cut=st.one_of(st.none(), st.integers(min_value=1)),
    backend=st.sampled_from(["pdfium", "pdfplumber"]),
)
def test_mutated_pdfs_are_a_document_or_a_typed_error(flips: list[tuple[int, int]], cut: int | None,
                                                      backend: str) -> None:
    data = bytearray(_base_pdf())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data) or 1]
    call = functools.partial(minutes_parser.parse, bytes(data), name="mutated.pdf", backend=backend,
                             max_seconds=BUDGET)
    first = _run(f"mutated pdf ({backend})", call)
    _deterministic(first, _run(f"mutated pdf again ({backend})", call))
    if isinstance(first, errors.MinutesParserError):
        assert "mutated.pdf" in str(first)


W = make_docx.W
_tags = st.sampled_from([
    "w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:hyperlink", "w:ins", "w:br",
    "w:tab", "w:numPr", "w:ilvl", "w:numId", "w:pPr", "w:rPr", "w:b", "w:vanish", "w:pStyle", "w:ind",
    "w:lastRenderedPageBreak", "w:sz", "x:odd",
])
_attrs = st.dictionaries(
    st.sampled_from(["w:val", "w:type", "w:left", "w:hanging", "w:firstLine", "w:start"]),
    st.one_of(st.sampled_from(["0", "1", "99", "-1", "1e999", "nan", "page", "on", ""]), st.text(max_size=5)),
    max_size=3,
)


def _xml_text(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or " " <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd").replace(
        "&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_quoted = {"&": "&amp;", "<": "&lt;", '"': "&quot;"}
_elements = st.recursive(
    st.text(max_size=20).map(_xml_text),
    lambda children: st.builds(
        lambda tag, attrs, kids: f"<{tag}"
        + "".join(f' {k}="{"".join(_quoted.get(c, c) for c in _xml_text(v))}"' for k, v in attrs.items())
        + f">{''.join(kids)}</{tag}>",
        _tags, _attrs, st.lists(children, max_size=4),
    ),
    max_leaves=30,
)


@given(body=st.lists(_elements, max_size=6), numbering=st.booleans(), raw=st.binary(max_size=200),
       mangle=st.booleans())
def test_generated_word_documents_are_a_document_or_a_typed_error(body: list[str], numbering: bool, raw: bytes,
                                                                  mangle: bool) -> None:
    document = f'<w:document xmlns:w="{W}" xmlns:x="urn:x"><w:body>{"".join(body)}</w:body></w:document>'
    parts = {"word/numbering.xml": make_docx.NUMBERING} if numbering else {}
    if mangle:  # a valid zip whose document part is not what it should be
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", raw)
            for name, part in parts.items():
                archive.writestr(name, part)
        data = buffer.getvalue()
    else:
        data = hostile.docx_with(document, parts)
    call = functools.partial(minutes_parser.parse, data, name="generated.docx", max_seconds=BUDGET)
    _deterministic(_run("generated docx", call), _run("generated docx again", call))
