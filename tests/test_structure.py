"""Structure rules as tables: list labels in every scheme, with the lines that
only look like labels beside them, and roman numerals told from letters by
their neighbours.  All text is invented."""

from __future__ import annotations

import pytest

from minutes_parser.sources import read_text
from minutes_parser.structure import analyse, parse_label, roman_value

# (line, label text, scheme, style, ordinal, depth)
LABELS = [
    ("1. Approve the plan", "1.", "decimal", "dot", 1, 1),
    ("12) Approve the plan", "12)", "decimal", "paren", 12, 1),
    ("(3) Approve the plan", "(3)", "decimal", "parens", 3, 1),
    ("2.2 The budget be noted", "2.2", "multilevel", "none", 2, 2),
    ("3.1.4 Officers will report", "3.1.4", "multilevel", "none", 4, 3),
    ("a. The strategy is approved", "a.", "alpha", "dot", 1, 1),
    ("(b) Note the risks", "(b)", "alpha", "parens", 2, 1),
    ("c) Agree the budget", "c)", "alpha", "paren", 3, 1),
    ("A) Note the forecast", "A)", "alpha", "paren", 1, 1),
    ("i. Agree the terms", "i.", "roman", "dot", 1, 1),
    ("(iii) continue the work", "(iii)", "roman", "parens", 3, 1),
    ("iv) Approve option two", "iv)", "roman", "paren", 4, 1),
    ("\u2022 The firm shall report", "\u2022", "bullet", "none", None, 1),
    ("- The need to support groups", "-", "bullet", "none", None, 1),
    ("Recommendation 1: That the Council publishes", "Recommendation 1", "word", "none", 1, 1),
    ("Recommendation No. 3", "Recommendation No. 3", "word", "none", 3, 1),
    ("R2031-044 A. Brown, C. Dale:", "R2031-044", "number", "none", None, 1),
    # a New Zealand register number after "Committee Resolved" / "Resolution number": the code is the label
    ("Committee Resolved FPCO/2031/00006", "FPCO/2031/00006", "number", "none", None, 1),
    ("Resolution number GB/2031/45", "GB/2031/45", "number", "none", None, 1),
    ("FPCO/2031/00006 That the apology be accepted.", "FPCO/2031/00006", "number", "none", None, 1),
    ("Motion 31-061", "Motion 31-061", "number", "none", None, 1),  # Alberta motion numbers
    ("RC1/31 That the apologies be accepted", "RC1/31", "number", "none", None, 1),  # a one-digit register number
    # a dash before a label (lists in converted documents) is not part of it
    ("- b. The process is approved", "b.", "alpha", "dot", 2, 1),
    ("- 4.2 The plan be noted", "4.2", "multilevel", "none", 2, 2),
    # a number's stop typed with no space before a capitalised word
    ("2.John C. Perez, Waldport", "2.", "decimal", "dot", 2, 1),
]

NOT_LABELS = [
    "The Council approved the plan.",
    "Apples and pears",
    "2031 was a busy year for the parish",
    "I will move at the next meeting",
    "Item 3 was taken next",
    "(Item 4)",
    "Committee Resolved to note the report",  # no register number after it
    "Council resolved fpco/2031/00006",  # a code is written in capitals
    # a planning application's reference, its subject after
    "DM/2031/00026 \u2013 New dwelling at Glebe Lane - approved.",
    "Motion 3 was lost",  # a motion numbered without its year is prose
    "Q1/2031 figures were reported",  # one capital and one digit: a quarter, not a register number
    "1.a",  # a lower-case letter after the stop: no label typed without its space
    "",
]


@pytest.mark.parametrize(("line", "text", "scheme", "style", "ordinal", "depth"), LABELS)
def test_label(line: str, text: str, scheme: str, style: str, ordinal: int | None, depth: int) -> None:
    parsed = parse_label(line)
    assert parsed is not None
    label, words = parsed
    assert (label.text, label.scheme, label.style, label.ordinal, label.depth) == (text, scheme, style, ordinal, depth)
    assert not line[words:].startswith(" ")


@pytest.mark.parametrize("line", NOT_LABELS)
def test_not_a_label(line: str) -> None:
    assert parse_label(line) is None


@pytest.mark.parametrize(("numeral", "value"), [("i", 1), ("iv", 4), ("ix", 9), ("xiv", 14), ("XL", 40), ("q", None)])
def test_roman_value(numeral: str, value: int | None) -> None:
    assert roman_value(numeral) == value


# (document lines, index of the line to look at, scheme, ordinal)
SEQUENCES = [
    (["g. seven", "h. eight", "i. nine", "j. ten"], 2, "alpha", 9),  # after h, i is a letter
    (["i. one", "ii. two", "iii. three"], 0, "roman", 1),  # before ii, i is a numeral
    (["(u) twenty-one", "(v) twenty-two"], 1, "alpha", 22),
    (["(iv) four", "(v) five"], 1, "roman", 5),
    (["(x) ten", "(y) eleven"], 0, "alpha", 24),  # x before y is a letter
    (["(ix) nine", "(x) ten"], 1, "roman", 10),
    (["b) two", "c) three"], 1, "alpha", 3),
    (["(k) eleven", "(l) twelve", "(m) thirteen"], 1, "alpha", 12),
]


@pytest.mark.parametrize(("lines", "index", "scheme", "ordinal"), SEQUENCES)
def test_roman_or_letter_by_neighbours(lines: list[str], index: int, scheme: str, ordinal: int) -> None:
    structure = analyse(read_text("\n".join(lines)))
    label = structure.lines[index].label
    assert label is not None
    assert (label.scheme, label.ordinal) == (scheme, ordinal)


def test_body_starts_after_the_label() -> None:
    source = read_text("Minutes\n(a) Adopt the plan\n- c. Note the report")
    structure = analyse(source)
    assert source.text[structure.lines[1].body_start :].startswith("Adopt the plan")
    assert source.text[structure.lines[2].body_start :].startswith("Note the report")
    assert structure.lines[0].label is None
