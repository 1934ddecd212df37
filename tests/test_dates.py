"""Date mentions: tables of invented cases per pattern family, negatives beside positives."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import attrs
import pytest

from conftest import DEV, dev_documents, needs_corpus
from minutes_parser import sources, structure
from minutes_parser.extract.context import Context
from minutes_parser.extract.dates import extract_dates, meeting_date, month_number
from minutes_parser.records import DateMention, DatePrecision, DateRole, Document
from minutes_parser.settings import Settings
from minutes_parser.text import normalise_space

# A heading that fixes the document's date (for dates printed without a year).
HEAD = "Minutes of the Grantham Vale Parish Council\nTuesday, 14 January 2025\n"


def _ctx(text: str, date_order: str = "auto") -> Context:
    source = sources.read_text(text)
    return Context(source=source, settings=Settings(date_order=date_order), structure=structure.analyse(source))


def _dates(text: str, date_order: str = "auto") -> list[DateMention]:
    return list(extract_dates(_ctx(text, date_order)))


def _values(text: str) -> set[str]:
    """Distinct values and range ends of the mentions in `text`, the document head aside."""
    out: set[str] = set()
    for d in _dates(HEAD + text):
        if d.span.start < len(HEAD):
            continue
        out.add(d.value)
        if d.end:
            out.add(d.end)
    return out


# ---------------------------------------------------------------- day-first words

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report of 14 December 2022 was noted.", {"2022-12-14"}),
        ("CABINET 10TH MARCH 2017", {"2017-03-10"}),
        ("held on Wednesday, 5th February 2025 at noon", {"2025-02-05"}),
        ("on Thursday, 30th January, 2025, at 10.00 am", {"2025-01-30"}),
        ("passed this 17th day of September, 2024.", {"2024-09-17"}),
        ("the 21st of January", {"2025-01-21"}),
        ("ON TUESDAY, 8\" SEPTEMBER, 2015, AT 9.00 A.M.", {"2015-09-08"}),  # OCR: a quote mark for 'th'
        ("on 14\u201d July, 2015 and 21* July, 2015 and 3\u00b0 September, 2015",
         {"2015-07-14", "2015-07-21", "2015-09-03"}),
        ("ON FRIDAY, 16\u2122 MAY, 2014, AT 9.30 A.M.", {"2014-05-16"}),  # OCR: a trade mark sign for a raised 'th'
        ("the \u2122 sign alone, May 2014", {"2014-05"}),  # near miss: the sign with no day before it is no ordinal
        ("on 2 Sept. 2019", {"2019-09-02"}),
        ("Printed minutes 30th-Jan-2025 10.00 Cabinet", {"2025-01-30"}),
        ("Clerks Direct Jan. 18, 2018 issue", {"2018-01-18"}),
        # no year: the year that puts it nearest the meeting (14 January 2025)
        ("on 8th March", {"2025-03-08"}),
        ("on 3rd December", {"2024-12-03"}),
        # ranges and lists
        ("on the 2nd & 3rd May", {"2025-05-02", "2025-05-03"}),
        ("from 12th and 13th December", {"2024-12-12", "2024-12-13"}),
        ("26 November to 27th January 2025", {"2024-11-26", "2025-01-27"}),
        ("6th November \u2013 17th December 2024", {"2024-11-06", "2024-12-17"}),
        ("on 6, 8 and 11 March 2025", {"2025-03-06", "2025-03-08", "2025-03-11"}),
        ("Monday 1st April to Friday 5th April 2024", {"2024-04-01", "2024-04-05"}),
        ("closed Monday 6th - Friday 10th November 2023", {"2023-11-06", "2023-11-10"}),  # a weekday on each end
        ("from Monday 6 - Friday 10 January", {"2025-01-06", "2025-01-10"}),
        # a two-digit year after an abbreviated month, near the meeting's year
        ("closes on 13 Oct. 23.", {"2023-10-13"}),
        ("signed 3rd Oct '24", {"2024-10-03"}),
        # ... not a count, a time, a full month name's number, or a year far from the meeting
        ("on 3 Oct 23 members attended", {"2024-10-03"}),
        ("at 13 Oct 23:00", {"2024-10-13"}),
        ("on 3 October 23 visitors came", {"2024-10-03"}),
        ("a photo of 13 Oct. 98.", set()),
        # words after a date without a year: "last year" / "next year" give it; "each year" makes no date
        ("it ran from Oct. 31 to Nov. 18 last year", {"2024-10-31", "2024-11-18"}),
        ("the fair on 3 June next year", {"2026-06-03"}),
        ("returns are due by 30 September each year", set()),
        ("on 30 September, the year before", {"2024-09-30"}),
        ("on 30 September 2023 last year", {"2023-09-30"}),
        # negatives
        ("Recommendation 2 May be deferred.", set()),
        ("A 12-month pilot over 18 months.", set()),
        ("the 18-25 section and 5-Mayfield Road", set()),
        ("see pp 86-90 and Page 1 of 3", set()),
        ("the 3 Junction Road depot", set()),
    ],
)
def test_day_first_words(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


# ---------------------------------------------------------------- month-first words (US, Canada)

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on Tuesday, October 28, 2025, starting at 6:30 p.m.", {"2025-10-28"}),
        ("to be held October 1, 2024.", {"2024-10-01"}),
        ("on October 6, 8, 11, 20, 21, and 22, 2025", {f"2025-10-{d:02d}" for d in (6, 8, 11, 20, 21, 22)}),
        ("on November 13th & 14th 2025", {"2025-11-13", "2025-11-14"}),
        ("the next meeting, Saturday, February 15th", {"2025-02-15"}),  # 15 Feb 2025 is a Saturday
        ("a letter dated December 18th", {"2024-12-18"}),
        # negatives
        ("the May Meeting will decide", set()),
        ("Council may 2 times a year review it", set()),
    ],
)
def test_month_first_words(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


# ---------------------------------------------------------------- months, seasons, years

@pytest.mark.parametrize(
    ("text", "value", "end", "precision"),
    [
        ("by September 2024", "2024-09", None, DatePrecision.MONTH),
        ("in June\u2013July 2017", "2017-06", "2017-07", DatePrecision.MONTH),
        ("in January and February 2023", "2023-01", "2023-02", DatePrecision.MONTH),
        ("during April/May 2023", "2023-04", "2023-05", DatePrecision.MONTH),
        ("at the end of September, 2015", "2015-09", None, DatePrecision.MONTH),
        ("late January 2025", "2025-01", None, DatePrecision.MONTH),
        ("Budget Monitoring \u2013 November 2024-25", "2024-11", None, DatePrecision.MONTH),
        ("in Autumn 2017", "2017", None, DatePrecision.SEASON),
        ("in the autumn of 2024", "2024", None, DatePrecision.SEASON),
        ("over Winter 2024/25", "2024", None, DatePrecision.SEASON),
        ("since mid-2015", "2015", None, DatePrecision.YEAR),
    ],
)
def test_months_seasons_years(text: str, value: str, end: str | None, precision: DatePrecision) -> None:
    found = [d for d in _dates(HEAD + text) if d.span.start >= len(HEAD)]
    assert [(d.value, d.end, d.precision) for d in found] == [(value, end, precision)]


def test_season_keeps_its_name() -> None:
    (found,) = [d for d in _dates(HEAD + "from Fall 2024") if d.span.start >= len(HEAD)]
    assert found.season == "fall"


# ---------------------------------------------------------------- numeric dates

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publication date: 14/12/2022", {"2022-12-14"}),
        ("dated 05.12.22", {"2022-12-05"}),
        ("on 2024-11-30 the scheme", {"2024-11-30"}),
        ("polc2 - 23.09.2015 PDF 119 KB", {"2015-09-23"}),
        ("ref. 23.09.15", set()),
        # negatives: financial years, plan periods, decision numbers, money, times, sections
        ("Revenue Budget 2025-26 and the plan for 2023-2027", set()),
        ("Strategic Plan 2017/20 and Plan 2020/2021", set()),
        ("Decision 24/00115 and 24-00096", set()),
        ("a cost of \u00a31.9 million", set()),
        ("at 10.00 am, 9.00 A.M.", set()),
        ("see section 10.2 and s.17.73", set()),
        ("the Health and Care Act 2022", set()),
        ("Tel 773.728.3890", set()),
    ],
)
def test_numeric(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 05.12.22\nThe plan.", {"2022-12-05"}),  # no other date: the two-digit year stands
        ("Minutes of 3 March 2024\nSee note 05.12.02 for details.", {"2024-03-03"}),  # 2002: too far from 2024
    ],
)
def test_two_digit_years(text: str, expected: set[str]) -> None:
    assert {d.value for d in _dates(text)} == expected


US_HEAD = "Minutes of the Eastvale City Council\nTuesday, January 14, 2025\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month-first numbers in a US document, after words that end in "s" or "p" (no reference word)
        ("a license that expires 12-31-24 (with Sunday sales)", {"2024-12-31"}),
        ("At its 2/12/24 meeting the board agreed", {"2024-02-12"}),
        ("The new completion date is 6/3/2025.", {"2025-06-03"}),
        ("Date Approved: /abc 2/4/25", {"2025-02-04"}),
        ("see s 3/4/24 and p 4/1/24", set()),  # near misses: a section, a page
        # a browser's print stamp (page counter, date, time) is front matter; a date with a time is not
        ("1 of 4 1/20/25, 9:55 PM", set()),
        ("Page 2 of 7 1/21/25, 10:02 AM", set()),
        ("approved 1/20/25, 6:00 PM", {"2025-01-20"}),
        ("1 of 4 items on 1/20/25", {"2025-01-20"}),
        # "through" joins a range
        ("Quarterly Report \u2013 July 1 through September 30, 2024", {"2024-07-01", "2024-09-30"}),
        ("for the calendar year January through December 2025.", {"2025-01", "2025-12"}),
        # a month closing a line and a number opening the next: a date only with its year
        ("Financial Report - April\n3rd quarter results", set()),
        ("Building Permit Report - October\n7. Meeting Schedule", set()),
        ("Schedule: May\n16 July 2024", {"2024-07-16"}),
        ("the meeting of October\n28, 2024", {"2024-10-28"}),
        ("Committee minutes\n2024\nOct\n28\nOngoing\nStanding item\nNext row\n", {"2024-10-28"}),  # cells
        # the end of a number range over a date is no day
        ("Permit #1-18\nNovember 1, 2024", {"2024-11-01"}),
        ("Conference 5-7\nNovember", {"2024-11-05", "2024-11-07"}),
    ],
)
def test_us_numbers_stamps_ranges_and_cells(text: str, expected: set[str]) -> None:
    assert {v for d in _dates(US_HEAD + text) if d.span.start >= len(US_HEAD) for v in (d.value, d.end) if v} == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and report back to the 15 May committee meeting.", {"2025-05-15"}),
        ("a report on 15 May Eastfield will consider", {"2025-05-15"}),
        ("Recommendation 2 May be deferred", set()),  # the verb
        ("Option 3 May not be needed", set()),
    ],
)
def test_may_the_month_and_the_verb(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the printed weekday picks the year: 6 Sep 2025 is a Saturday (2024's a Friday)
        ("The fair takes place Saturday, September 6 to Sunday, September 7.", {"2025-09-06", "2025-09-07"}),
        ("on Friday, 6 September", {"2024-09-06"}),
        # near misses: no weekday, or a weekday that fits no year near: the nearest year
        ("The fair takes place September 6 to September 7.", {"2024-09-06", "2024-09-07"}),
        ("on Thursday, 6 September", {"2024-09-06"}),
    ],
)
def test_weekday_gives_the_year(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that ends in its year gives it to the yearless dates before it (the year before when later)
        ("Bookings: 20 December and 4 January 2026 in the hall", {"2025-12-20", "2026-01-04"}),
        ("Hall hire on 3 March, 10 March and 17 March 2026", {"2026-03-03", "2026-03-10", "2026-03-17"}),
        # a schedule under a heading naming its year; the list then runs on in calendar order
        ("Dates for 2026:\n30 April, 21 May (AGM 7pm), 25 June, 29 Oct, 26 Nov",
         {"2026-04-30", "2026-05-21", "2026-06-25", "2026-10-29", "2026-11-26"}),
        ("Meetings in 2025/26:\n\u2022 10 September\n\u2022 12 November\n\u2022 14 January",
         {"2025-09-10", "2025-11-12", "2026-01-14"}),
        # three or more yearless dates, one to a bulleted line: the first is the nearest, the rest follow on
        ("Leave of absence:\n\u00b7\n1-2 April\n\u00b7\n10-12 June\n\u00b7\n5-7 August\n\u00b7\n5 December",
         {"2025-04-01", "2025-04-02", "2025-06-10", "2025-06-12", "2025-08-05", "2025-08-07", "2025-12-05"}),
        # a schedule one entry a line that ends in its year: every entry takes it (not the nearest year)
        ("dates as follows:\nJune 4 and 18\nJuly 9\nDecember 3 and 17, 2026",
         {"2026-06-04", "2026-06-18", "2026-07-09", "2026-12-03", "2026-12-17"}),
        # near misses: two yearless dates of a sentence, a year in a heading of other words, a dated line
        # above a yearless one: each keeps the year nearest the meeting (14 January 2025)
        ("on 5 August and 3 March the group met", {"2024-08-05", "2025-03-03"}),
        ("Budget 2026:\n30 April", {"2025-04-30"}),
        ("Audit signed 2 December 2025\n30 April", {"2025-12-02", "2025-04-30"}),
        # a raised ordinal the text puts on its own line; near miss: an amount after a month
        ("The next meeting will be held on Wednesday 12\nth December 2025", {"2025-12-12"}),
        ("Payroll - October 30.00 332", set()),
        # a number ending a line (a page's) is no day of the month that opens the next with its own day; near
        # miss: a day before its month across the break, no day after the month
        ("Commission on Aging 1\nDecember 4, 2025 Elm Center", {"2025-12-04"}),
        ("The meeting will be held on Wednesday 12\nDecember 2025", {"2025-12-12"}),
        # an invoice's periods, days joined by a slash before their month; near misses: a numeric date, a
        # fraction, days with no month after them
        ("Ground maintenance 14/16 & 28/30 August \u00a31,358.00",
         {"2024-08-14", "2024-08-16", "2024-08-28", "2024-08-30"}),
        ("Minutes of 14/12/2024, 3/4 of members, unit 12/16 Elm Road", {"2024-12-14"}),
        ("Accounts for 24/25 to 7 Jan 2025 were presented", {"2025-01-07"}),
        # a range of days before a numeric date, the year on its last day; near misses: a year range, a
        # "range" whose first day is not before the last, a reference of three numbers
        ("CC members 13-14.07.24. Road closed 7-25.8.24", {"2024-07-13", "2024-07-14", "2024-08-07", "2024-08-25"}),
        ("Budget 2025-26, ref 5-3.4.24, section 12-3.4.5", set()),
        # an instrument's number written like an ISO date is no date; near miss: the same figures as a date
        ("The Council approved Resolution No. 2023-04-01 and Ordinance #2024-01-15", set()),
        ("The agreement was signed on 2023-04-01", {"2023-04-01"}),
    ],
)
def test_lists_of_dates_share_their_year(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


def test_minute_number_is_not_a_date() -> None:
    text = "Eastfield Parish Council\n7th March 2017\n17.03.12 Any Other Business\n17.03.13 - Close\nNone\n"
    assert {d.value for d in _dates(text)} == {"2017-03-07"}


# ---------------------------------------------------------------- day-first or month-first

@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("Date: 10/12/2025", "auto", {"2025-12-10"}),
        ("Date: 10/12/2025", "mdy", {"2025-10-12"}),
        ("Minutes from 11/30/17 approved. Next: 10/12/2017", "auto", {"2017-11-30", "2017-10-12"}),
        ("Meeting of January 29, 2018. Next 02/03/2018", "auto", {"2018-01-29", "2018-02-03"}),
        ("Meeting of 29 January 2018. Next 02/03/2018", "auto", {"2018-01-29", "2018-03-02"}),
        ("Meeting of January 29, 2018. Next 02/03/2018", "dmy", {"2018-01-29", "2018-03-02"}),
        # dates in words (three) outweigh one number read day first (it counts twice); a file's number after "#"
        # is no date (near miss: with no words, the number over 12 decides)
        ("Tuesday, June 24, 2025. Approvals (Conceptual: 10/4/22, Preliminary: 1/10/23). File 22-1-11. "
         "Next: January 6, 2026. Approved on July 1, 2025.", "auto",
         {"2025-06-24", "2022-10-04", "2023-01-10", "2026-01-06", "2025-07-01"}),
        ("Approvals (Conceptual: 10/4/22). File #22-1-11.", "auto", {"2022-04-10"}),
    ],
)
def test_date_order(text: str, order: str, expected: set[str]) -> None:
    assert {d.value for d in _dates(text, date_order=order)} == expected


def test_month_and_short_year_in_a_day_first_document() -> None:
    # "from April 25" in a UK document of 2025 is April 2025
    assert _values("charges apply from April 25") == {"2025-04"}


# ---------------------------------------------------------------- roles and the meeting date

@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Date of decision: 19/10/2015", DateRole.DECISION),
        ("Decided at meeting: 19/10/2015 - Policy Committee", DateRole.MEETING),
        ("Meeting: 14/12/2022 - Cabinet (Item 102)", DateRole.MEETING),
        ("To: Cabinet \u2013 30 January 2025", DateRole.MEETING),
        ("Publication date: 22/10/2015", DateRole.PUBLICATION),
        ("Date of despatch: Friday, 6 March 2026", DateRole.PUBLICATION),
        ("Issued on 6 March 2026", DateRole.PUBLICATION),
        ("Date:\n14 December 2022", DateRole.REPORT),
        ("Responses are due by 31st March 2025", DateRole.DEADLINE),
        ("The scheme opened on 31st March 2025", None),
        ("Date of next meeting: 4th July 2017", None),
        ("Next Meeting: Tuesday, 4 July 2017", None),
    ],
)
def test_roles(text: str, role: DateRole | None) -> None:
    (found,) = [d for d in _dates(HEAD + text) if d.span.start >= len(HEAD)]
    assert found.role is role


def test_roles_in_a_long_paragraph_of_dates() -> None:
    # A Word or HTML paragraph is one line: each date's cue is read from the words just before it
    # (not from the paragraph's start for every date, which made 2,000 dates take 80 s).
    paragraph = "Responses are due by 31st March 2025; " + "the works ran on 2 May 2024 and 3 June 2024, " * 400
    found = [d for d in _dates(HEAD + paragraph) if d.span.start >= len(HEAD)]
    assert len(found) == 801
    assert [d.role for d in found[:2]] == [DateRole.DEADLINE, None]
    assert {d.role for d in found[1:]} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision details\nPublication date: 22/10/2015\nDate of decision: 19/10/2015\n", _dt.date(2015, 10, 19)),
        ("From: A Writer\nTo: Cabinet, 30 January 2025\nSubject: Things\nOn 1 May 2024 we met.", _dt.date(2025, 1, 30)),
        ("MINUTES of a meeting of the Board held at the Hall on Thursday, 9 January 2025.\n"
         "The minutes of the meeting held on 12 December 2024 were approved.", _dt.date(2025, 1, 9)),
        ("Agenda item 3\nThe minutes of the meeting held on 12 December 2024 were approved.", None),
        ("Background\n" + "Text line\n" * 30 + "It was decided by Cabinet on 30 January 2025.", _dt.date(2025, 1, 30)),
        ("No dates at all.", None),
        ("Agenda\nDate of despatch: 6 March 2026\nCabinet\nThursday, 12 March 2026\n", _dt.date(2026, 3, 12)),
        ("EASTON PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Monday 8th January 2024 at 7.30pm\n",
         _dt.date(2024, 1, 8)),
        ("Agenda\n2. Minutes of the Meeting held on 9th January 2025\n", None),
        ("Corporate Services\n12 July, 2023.\nTo: The Mayor and each Member\nYou are requested to attend a Meeting of"
         " the Council to be held in the Chamber, on Monday, 17th July, 2023, at 3pm.\n", _dt.date(2023, 7, 17)),
        ("Vale Parish Council\n7th March 2017\nPresent: Cllr A\nThe next meeting will be held on 4th July 2017.\n",
         _dt.date(2017, 3, 7)),
        ("Eastfield Parish Council\n7th March 2017\nPresent\nNext meeting: 4th July 2017\n", _dt.date(2017, 3, 7)),
        # minutes saying what "will be held": a workshop is not this meeting, a notice's meeting is
        ("CITY COUNCIL\nMINUTES OF THE REGULAR MEETING\nMarch 7, 2031\nThe meeting was called to order on Tuesday,"
         " March 7, 2031.\nBudget workshops will be held on April 11, 2031.\n", _dt.date(2031, 3, 7)),
        ("Westvale Council\n29 August 2031\nNOTICE OF MEETING\nA meeting of the Education Committee will be held"
         " in the Chamber on Thursday, 7 September 2031.\n", _dt.date(2031, 9, 7)),
        # a decision notice's own date, not the date its decision takes effect
        ("RECORD OF EXECUTIVE DECISION\nDecision taken by: Cabinet Member for Roads\nDate of decision: 21 August 2031"
         "\nDecision\nTo implement the scheme from 2 October 2031.\n", _dt.date(2031, 8, 21)),
        ("Cabinet\nThursday, 12 March 2026\nDate of decision: 1 March 2026 (the Leader's, noted)\n",
         _dt.date(2026, 3, 12)),
        # the approval stamped on the minutes at a later meeting is not this meeting's date (near miss: a
        # "Date of decision:" line, above, is the notice's own)
        ("Adopted by the Elm Vale Library Board on October 17, 2031\n" + "Ann Ash\nTrustee\n" * 12
         + "MINUTES OF REGULAR LIBRARY BOARD MEETING\nThursday, September 12, 2031\n", _dt.date(2031, 9, 12)),
    ],
)
def test_meeting_date(text: str, expected: _dt.date | None) -> None:
    ctx = _ctx(text)
    assert meeting_date(tuple(extract_dates(ctx)), ctx) == expected


_ROSTER = "".join(f"Member {name}, District {n}\n" for n, name in enumerate(["Ann Ash", "Bo Birch", "Cy Cole"] * 8))
_NOTICE = "".join(f"Notice line {n} about how to take part in the meeting from home\n" for n in range(14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a revision, print or approval stamp above the heading is not the meeting's date
        ("UPDATED\n3/14/31\nEASTVALE BOARD OF HEALTH\nAGENDA \u2013 March 19, 2031\n1. Call to Order.\n",
         _dt.date(2031, 3, 19)),
        ("X\n04/02/2031\nEastvale School District\nBoard of Education Minutes\nMarch 19, 2031\nRegular Meeting\n",
         _dt.date(2031, 3, 19)),
        # the heading under a roster or a notice, past the head's lines; its date a few lines under it
        ("Eastvale Transit District\nBoard of Directors\n" + _ROSTER + "BOARD OF DIRECTORS MEETING\n"
         "Tuesday, March 18, 2031\n5:30 PM\n", _dt.date(2031, 3, 18)),
        (_NOTICE + "CITY OF EASTVALE\nREGULAR CITY COUNCIL MEETING\n(IN PERSON AND ONLINE)\n12 Any Road\n"
         "Monday, March 17, 2031\n5:30 PM\nAGENDA\n", _dt.date(2031, 3, 17)),
        # a heading without a date: the next heading with one
        ("Eastvale School District\nRegular Meeting of the Board of Education\n12 Any Avenue\n" + _NOTICE
         + "Board of Education Agenda\nMarch 11, 2031\n", _dt.date(2031, 3, 11)),
        # near misses: an agenda item or a sentence under the heading ends its block
        (_NOTICE + "BOARD OF DIRECTORS MEETING\n1. Approve the minutes of March 4, 2031\n", None),
        (_NOTICE + "BOARD OF DIRECTORS MEETING\nThe members reviewed the budget adopted in the spring.\n"
         "It takes effect on March 4, 2031\n", None),
        # a heading in the head's lines with no date under it leaves the first date in the head
        ("Council Meeting Agenda\n1. Welcome\n2. Reports\nTuesday, 4 March 2031\n", _dt.date(2031, 3, 4)),
        # "held ... on" stops at a clause naming another act and its date
        ("Board Meeting Minutes\nWednesday, March 19, 2031\nThis meeting was held online under the orders issued"
         " by the Governor on March 2, 2031.\n", _dt.date(2031, 3, 19)),
        ("Board Meeting Minutes\nThe meeting was held in the Town Hall on March 19, 2031.\n", _dt.date(2031, 3, 19)),
        ("MINUTES of a meeting of the Board held by video link on Thursday, 9 January 2031.\n", _dt.date(2031, 1, 9)),
    ],
)
def test_meeting_heading_date(text: str, expected: _dt.date | None) -> None:
    ctx = _ctx(text)
    assert meeting_date(tuple(extract_dates(ctx)), ctx) == expected


# ---------------------------------------------------------------- records

def test_heading_date_is_the_meeting_date() -> None:
    found = _dates(HEAD + "The minutes of 3 December 2024 were approved.")
    assert [(d.value, d.role) for d in found] == [("2025-01-14", DateRole.MEETING), ("2024-12-03", None)]


def test_sentence_full_stop_is_not_part_of_the_date() -> None:
    (found,) = [d for d in _dates(HEAD + "Comments are due by 31st January.") if d.span.start >= len(HEAD)]
    assert found.text == "31st January"


def test_provenance_and_lists_share_a_span() -> None:
    text = HEAD + "Dates: September 3, 9, and 10, 2024 and\n14 December\n2022."
    found = _dates(text)
    for d in found:
        assert normalise_space(text[d.span.start : d.span.end]) == d.text
    listed = [d for d in found if d.text == "September 3, 9, and 10, 2024"]
    assert [d.value for d in listed] == ["2024-09-03", "2024-09-09", "2024-09-10"]


@pytest.mark.parametrize(("word", "number"), [("January", 1), ("SEPT.", 9), ("dec", 12), ("May", 5)])
def test_month_number(word: str, number: int) -> None:
    assert month_number(word) == number


# ---------------------------------------------------------------- the shared dev corpus (skipped without it)

def _gold_values(dates: list[dict[str, str]]) -> set[str]:
    return {v for d in dates for v in (d.get("value"), d.get("end")) if v and len(v) >= 7}


@needs_corpus()
@pytest.mark.corpus
@pytest.mark.parametrize("path", dev_documents(), ids=lambda p: p.stem)
def test_dev_dates_and_meeting_date(path: Path, dev_parsed: dict[str, Document]) -> None:
    gold = json.loads((DEV / "gold" / f"{path.stem}.json").read_text("utf-8"))
    document = dev_parsed[path.name]
    found = {v for d in document.dates for v in (d.value, d.end) if v and len(v) >= 7}
    expected = _gold_values(gold["dates"])
    assert found == expected, f"missed {sorted(expected - found)}, extra {sorted(found - expected)}"
    if gold.get("meeting_date"):
        assert str(document.meeting_date) == gold["meeting_date"]


def test_a_month_and_a_two_digit_year_naming_papers_in_month_first_minutes() -> None:
    """"9/12 minutes", "4/13 Treasurer's Report", "5/13 bills" in minutes that write dates month first: a month
    and a year.  Near misses: the same in a day-first document, and a fraction before other words."""
    from minutes_parser import parse_text

    us = parse_text(
        "May 14, 2013\nVillage of Elm\nCorson motioned to approve 4/9/13 regular meeting minutes, 4/13\n"
        "Treasurer\u2019s Report, and 5/13 bills. 3/4 of members agreed.\n"
    )
    assert {(d.text, d.value) for d in us.dates} == {
        ("May 14, 2013", "2013-05-14"), ("4/9/13", "2013-04-09"), ("4/13", "2013-04"), ("5/13", "2013-05")
    }
    uk = parse_text("Minutes of 14 May 2013\nThe 9/12 minutes were approved.\n")
    assert {d.value for d in uk.dates} == {"2013-05-14"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where nothing names the meeting's date, the day printed most often (a running header's) is the meeting's
        ("Receipts for October 17, 2031 were filed.\nNovember 14, 2031\nThe Council met.\nNovember 14, 2031\n",
         _dt.date(2031, 11, 14)),
        # near misses: two days printed as often, a day printed once
        ("Invoices of May 2, 2031 and June 3, 2031 were paid.\nMay 2, 2031 and June 3, 2031 again.\n", None),
        ("Receipts for October 17, 2031 were filed.\n", None),
    ],
)
def test_most_printed_day_is_the_last_resort(text: str, expected: _dt.date | None) -> None:
    from minutes_parser.extract.dates import _most_printed

    days = [attrs.evolve(m, role=None) for m in extract_dates(_ctx(text))]
    chosen = _most_printed(days)
    assert (chosen.to_date() if chosen is not None else None) == expected
