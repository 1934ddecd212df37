"""Date forms met in real papers: a day in words in an adoption clause, a bill's action-history row.
Invented cases, negatives beside positives."""

from __future__ import annotations

import pytest

import minutes_parser
from minutes_parser.records import DateRole

HEAD = "Town of Elmwood\nMinutes of the meeting held on 5 January 2019\n"


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("PASSED AND ADOPTED THIS FOURTH DAY OF APRIL, A.D., 2023.", "2023-04-04", DateRole.MEETING),
        ("Adopted this twenty-first day of March, 2023 by the Board.", "2023-03-21", DateRole.MEETING),
        ("PASSED, APPROVED AND ADOPTED this 9th day of May, A.D. 2022.", "2022-05-09", DateRole.MEETING),
        ("signed on the thirtieth day of April 2021", "2021-04-30", None),
        ("the thirty first day of December, 2020", "2020-12-31", None),
        # near misses: an ordinal word that is no day of a month
        ("He came second in May 2020.", "2020-05", None),
        ("the first day of the hearing, 4 June 2021", "2021-06-04", None),
        ("Resolution 25-03, adopted March 20, 2025, set the fee.", "2025-03-20", None),
    ],
)
def test_formal_day_words(text: str, value: str, role: DateRole | None) -> None:
    document = minutes_parser.parse_text(HEAD + "\n".join(["Recital."] * 14) + "\n" + text)
    found = [(d.value, d.role) for d in document.dates if d.value != "2019-01-05"]
    assert found == [(value, role)]


@pytest.mark.parametrize(
    ("row", "role"),
    [
        ("3/23/2021 A City Council Approved by Council Pass", DateRole.MEETING),
        ("3/23/2021 1 Board of Supervisors Adopted by the Board Pass", DateRole.MEETING),
        ("3/23/2021 A Committee on Parks Approved by Committee Pass", None),
        ("3/23/2021 * City Council Referred to Comm by Council", None),
        ("3/23/2021 A City Council Approved by Council Fail", None),
    ],
)
def test_bill_history_row(row: str, role: DateRole | None) -> None:
    document = minutes_parser.parse_text(HEAD + "\n".join(["Field: value"] * 14) + "\n" + row)
    assert [(d.value, d.role) for d in document.dates if d.value != "2019-01-05"] == [("2021-03-23", role)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Welsh and Irish months after a day's number, with Welsh ordinals; an ordinal set apart in capitals
        ("Cynhaliwyd y cyfarfod ar y 9fed Hydref 2031 yn y neuadd.", ["2031-10-09"]),
        ("Derbyniwyd llythyr dyddiedig 1af Mawrth 2031 a 21ain Rhagfyr 2031.", ["2031-03-01", "2031-12-21"]),
        ("Beidh an cruinniú ar siúl Dé Luain, 9 Meitheamh 2031 ag 4.00.", ["2031-06-09"]),
        ("Cruinniú 14 Meán Fómhair 2031.", ["2031-09-14"]),
        ("HELD ON 12 TH APRIL 2031 AT 19.30", ["2031-04-12"]),
        # near misses: a planning application's reference; a name after a number; an English date kept
        ("The Chairman declared an interest in Planning Application 3/18/0586/FUL.", []),
        ("Planning ref: 3/18/1963/HH 20 Elm Green.", []),
        ("Table 2 mai be revised.", []),
        ("Received on 3/18/2031.", ["2031-03-18"]),
        # a resolution's or ordinance's number is no date; near miss: the same figures after "on"
        ("Pankey moved that the Board adopt Resolution 01-16-2031 today.", []),
        ("The Council read Ordinance No. 12-3-2031 again.", []),
        ("The Council met on 01-16-2031.", ["2031-01-16"]),
        # a scan's text with blanks lost or misplaced; near miss: a month and a year run together (no day)
        ("MINUTES-TOWN OF ELMWOOD\nApril21,2031 @ 6:30 P.M.", ["2031-04-21"]),
        ("February 17 ,2031 @ 6:30 P.M.", ["2031-02-17"]),
        ("The April2031 budget.", []),
        # a range of two numeric dates joined by a hyphen (a contract's term); near miss: a reference's numbers
        ("Contract term 1/8/19-31/7/20 for the pool.", ["2019-08-01", "2020-07-31"]),
        ("Account 1/2/3-4/5/6 was closed.", []),
    ],
)
def test_other_languages_and_references(text: str, values: list[str]) -> None:
    document = minutes_parser.parse_text(HEAD + "\n".join(["Recital."] * 14) + "\n" + text)
    assert [d.value for d in document.dates if d.value != "2019-01-05"] == values
