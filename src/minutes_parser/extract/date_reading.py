"""Reading one date match into values: day, month and year as printed, before years are filled in.

`minutes_parser.extract.dates` finds every candidate with the combined ``date_mention`` pattern
(`rules.dates`) and hands each match here: `read` gives a `Found` (the values as printed, the
precision, a range's end, the weekday printed before it) or None for a match that is no date
("October 30.00", a day that the month has not).  The order of numeric dates (day first, or month
first where the setting or the document says so) is `date_order`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from .. import patterns
from ..records import DatePrecision
from ..rules.dates import DAY_ORDINALS, MONTH_ABBREVIATIONS, MONTHS, OTHER_MONTHS
from ..settings import DATE_ORDERS, DEFAULT_DATE_ORDER

__all__ = ["Found", "Ymd", "date_order", "has_year", "month_number", "read"]

Ymd = tuple[int | None, int, int | None]  # year (None: not printed), month, day (None: month precision)


@frozen(kw_only=True)
class Found:
    """One match read into values, before years are filled in."""

    start: int
    end: int
    precision: DatePrecision
    values: tuple[Ymd, ...]
    end_value: Ymd | None = None
    season: str | None = None
    short_year_candidate: bool = False  # "from April 25": April 2025 in a day-first document
    weekday: int | None = None  # the weekday printed before a day-precision date (Monday 0)


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "MARCH")."""
    key = word.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS.index(key) + 1
    folded = " ".join(key.split())
    if folded in OTHER_MONTHS:
        return OTHER_MONTHS[folded]  # "Awst", "HYDREF", "Meán Fómhair"
    return MONTH_ABBREVIATIONS[key]


NUMBER_WEIGHT = 2  # how much more a numeric date's order counts than a date in words (see date_order)


def date_order(setting: str, matches: Sequence[regex.Match[str]]) -> str:
    if setting in DATE_ORDERS and setting != DEFAULT_DATE_ORDER:
        return setting  # a fixed order the caller chose; "auto" reads the document
    num_dmy = num_mdy = words_dmy = words_mdy = 0
    for m in matches:
        if m.group("num") is not None:
            a, b = int(m.group("n1")), int(m.group("n2"))
            if a > 12 >= b:
                num_dmy += 1
            elif b > 12 >= a:
                num_mdy += 1
        elif m.group("dmy") is not None and m.group("dmy_y"):
            words_dmy += 1
        elif m.group("mdy") is not None and m.group("mdy_y"):
            words_mdy += 1
    # a number over 12 tells the order most surely, so it counts twice; dates in words count too, so that several
    # ("June 24, 2025", "January 6, 2026") outweigh one stray number read as a date (an ordinance's "22-1-11"); with
    # no evidence at all a date reads day first
    mdy, dmy = NUMBER_WEIGHT * num_mdy + words_mdy, NUMBER_WEIGHT * num_dmy + words_dmy
    return "mdy" if mdy > dmy else "dmy"


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(word[:3].lower())


def _day_word(word: str) -> int:
    """1-31 for a day written as an ordinal word ("thirteenth", "twenty-first")."""
    word = word.lower()
    for tens, prefix in ((20, "twenty"), (30, "thirty")):
        unit = word.removeprefix(prefix).lstrip(" -\t\n")
        if unit != word and unit in DAY_ORDINALS:
            return tens + DAY_ORDINALS[unit]
    return DAY_ORDINALS[word]


def _year(word: str | None) -> int | None:
    return int(word) if word else None


def _is_range_join(join: str) -> bool:
    return not regex.search(r"[,&]|\band\b", join)


def _days(m: regex.Match[str], branch: str, month: int, year: int | None) -> tuple[tuple[Ymd, ...], Ymd | None]:
    """The values of a day list or a two-day range."""
    days = [int(d) for d in m.captures(f"{branch}_d")]
    joins = m.captures(f"{branch}_j")
    if len(days) == 2 and (_is_range_join(joins[0]) or days[1] == days[0] + 1):
        return ((year, month, days[0]),), (year, month, days[1])
    return tuple((year, month, d) for d in days), None


def read(m: regex.Match[str], order: str, text: str) -> Found | None:
    start, end = m.start(), m.end()
    if m.group("dmy") is not None or m.group("mdy") is not None:
        branch = "dmy" if m.group("dmy") is not None else "mdy"
        month = month_number(m.group(f"{branch}_m"))
        year = _year(m.group(f"{branch}_y"))
        if branch == "dmy" and m.group("dmy_sy"):
            year = -int(m.group("dmy_sy").lstrip("'")) - 1  # a two-digit year, checked against the document's later
        if (
            branch == "dmy"
            and year is None
            and not m.group("dmy_o")
            and not m.group("dmy_r")
            and m.group("dmy_m").lower() == "may"
            and len(m.captures("dmy_d")) == 1
            and patterns.get("date_may_verb_after").match(text, end)
            and not patterns.get("date_may_date_before").search(text[max(0, start - 20) : start])
        ):
            return None  # "Recommendation 2 May be deferred": the verb, not the month
        values, end_value = _days(m, branch, month, year)
        if m.group(f"{branch}_r"):
            values = values[:1]
            end_value = (
                _year(m.group(f"{branch}_y2")),
                month_number(m.group(f"{branch}_m2")),
                int(m.group(f"{branch}_d2")),
            )
        short = (
            branch == "mdy"
            and order == "dmy"
            and year is None
            and end_value is None
            and len(values) == 1
            and not m.group("mdy_o")
            and len(m.captures("mdy_d")[0]) == 2
            and m.group("wd") is None
        )
        return Found(
            start=start,
            end=end,
            precision=DatePrecision.DAY,
            values=values,
            end_value=end_value,
            short_year_candidate=short,
            weekday=_weekday(m.group("wd")),
        )
    if m.group("fd") is not None:
        return Found(
            start=start,
            end=end,
            precision=DatePrecision.DAY,
            values=((_year(m.group("fd_y")), month_number(m.group("fd_m")), _day_word(m.group("fd_d"))),),
            weekday=_weekday(m.group("wd")),
        )
    if m.group("my") is not None:
        year = int(m.group("my_y"))
        month = month_number(m.group("my_m"))
        if m.group("my_m2"):
            month2 = month_number(m.group("my_m2"))
            first_year = year if month2 >= month else year - 1
            return Found(
                start=start,
                end=end,
                precision=DatePrecision.MONTH,
                values=((first_year, month, None),),
                end_value=(year, month2, None),
            )
        return Found(
            start=m.start("my") if m.group("wd") else start,
            end=end,
            precision=DatePrecision.MONTH,
            values=((year, month, None),),
        )
    if m.group("mmyy") is not None:
        if order != "mdy":
            return None  # "9/12 minutes" of a day-first document: the ninth of December, or nothing sure
        return Found(
            start=m.start("mmyy"),
            end=m.end("mmyy"),
            precision=DatePrecision.MONTH,
            values=((-int(m.group("mm_y")) - 1, int(m.group("mm_m")), None),),
        )
    if m.group("num") is not None:
        return _read_numeric(m, order, text)
    if m.group("iso") is not None:
        return Found(
            start=start,
            end=end,
            precision=DatePrecision.DAY,
            values=((int(m.group("iy")), int(m.group("im")), int(m.group("id"))),),
        )
    if m.group("sea") is not None:
        return Found(
            start=m.start("sea"),
            end=end,
            precision=DatePrecision.SEASON,
            values=((int(m.group("sea_y")), 1, None),),
            season=m.group("sea_s").lower(),
        )
    if m.group("qy") is not None:
        return Found(
            start=m.start("qy"), end=end, precision=DatePrecision.YEAR, values=((int(m.group("qy_y")), 1, None),)
        )
    return None


def _read_numeric(m: regex.Match[str], order: str, text: str) -> Found | None:
    start = m.start("num")
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 20)
    before = text[lo:start]
    if patterns.get("date_reference_before").search(text, lo, start):  # whole words: "its 2/12/20" is a date
        return None
    if patterns.get("date_print_stamp_before").search(before) and patterns.get("date_print_stamp_after").match(
        text, m.end()
    ):
        return None  # a browser's print stamp: front matter
    if m.group("ns") == "." and patterns.get("date_minute_number").match(text, line_start, start + 12):
        return None
    a, b, y = int(m.group("n1")), int(m.group("n2")), m.group("n3")
    day, month = (b, a) if order == "mdy" else (a, b)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    first = int(m.group("n0")) if m.group("n0") is not None else None
    if first is not None:
        # "13-14.07.17": the days of a range in one month, the year on the last (day first only)
        if order == "mdy" or not 1 <= first < day:
            return None
        year = -int(y) - 1 if len(y) == 2 else int(y)
        return Found(
            start=start,
            end=m.end(),
            precision=DatePrecision.DAY,
            values=((year, month, first),),
            end_value=(year, month, day),
        )
    if len(y) == 2:
        # A two-digit year is checked against the document's other dates later.
        return Found(start=start, end=m.end(), precision=DatePrecision.DAY, values=((-int(y) - 1, month, day),))
    return Found(start=start, end=m.end(), precision=DatePrecision.DAY, values=((int(y), month, day),))


def has_year(f: Found) -> bool:
    return all(v[0] is not None and v[0] >= 0 for v in f.values) and not f.short_year_candidate
