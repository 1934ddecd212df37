"""Date mentions with their value, precision and role.

(First cut: "14 December 2022" and "14/12/2022".)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import regex

from .context import Context
from .records import DateMention, DatePrecision, DateRole

__all__ = ["extract_dates", "meeting_date"]

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_LONG = regex.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTHS) + r"),?\s+(\d{4})\b", regex.I)
_NUM = regex.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def extract_dates(ctx: Context) -> Iterator[DateMention]:
    text = ctx.text
    for m in _LONG.finditer(text):
        day, month, year = int(m.group(1)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(3))
        try:
            value = _dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        yield DateMention(text=m.group(0), value=value, precision=DatePrecision.DAY,
                          span=ctx.source.span(m.start(), m.end()))
    for m in _NUM.finditer(text):
        try:
            value = _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            continue
        yield DateMention(text=m.group(0), value=value, precision=DatePrecision.DAY,
                          span=ctx.source.span(m.start(), m.end()))


def meeting_date(mentions: tuple[DateMention, ...], ctx: Context) -> _dt.date | None:
    for mention in mentions:
        if mention.role is DateRole.MEETING:
            return mention.to_date()
    days = [m for m in mentions if m.precision is DatePrecision.DAY]
    return days[0].to_date() if days else None
