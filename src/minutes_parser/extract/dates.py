"""Date mentions with their value, precision and role, and the meeting date.

One pass of one combined pattern (`rules.dates`, ``date_mention``) finds every
candidate; each match is then read into values (the match itself by
`minutes_parser.extract.date_reading`, the years and roles here):

* day-first by default; month-first where `Settings.date_order` says so or,
  with ``"auto"``, where the document plainly writes US dates (a numeric date
  whose second part is over 12, or more "October 28, 2025" than "28 October
  2025");
* a date without its own year ("8th March") takes the year that puts it
  nearest the document's reference date (its meeting or report date), or the
  year "last year" / "next year" after it names; "by 30 September each year"
  is no calendar date;
* a list of days ("October 6, 8 and 22, 2025") gives one mention per day,
  all with the list's span; a range gives `value` and `end`;
* the role comes from the label printed before the date ("Date of decision:",
  "Meeting:", "To: Cabinet – ", "Publication date:", "by ...").
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from .. import patterns
from ..records import DateMention, DatePrecision, DateRole
from ..sources import SourceText
from ..text import normalise_space
from .context import Context
from .date_reading import Found, date_order, has_year, month_number, read
from .headings import meeting_heading_lines

__all__ = ["HEAD_CHARS", "HEAD_LINES", "extract_dates", "meeting_date", "month_number"]

HEAD_LINES = 12  # the lines where a document prints its own date ...
HEAD_CHARS = 500  # ... or at least its first characters (a heading broken one word a line)
OWN_HEADING_CHARS = 3000  # how far down the minutes' own heading may stand, below a note printed above it
SUMMONS_CHARS = 3000  # where a summons says when the meeting "will be held"
HEADING_DATE_LINES = 4  # the meeting's date stands on its heading line or in the few lines under it
PREFIX_CHARS = 300  # how far before a date on its line its role cue ("Date of meeting:", "held on") is sought
_NEAR_YEARS = 5  # a two-digit year further than this from the document's year is not a year
_SCHEDULE_DATES = 3  # a list of this many yearless dates is a schedule, read in calendar order
MIN_PRINTED = 2  # the times a day is printed that make it the meeting's, where nothing else names one


def extract_dates(ctx: Context) -> Iterator[DateMention]:
    """Every date mention of the document, in text order."""
    source = ctx.source
    text = source.text
    matches = list(patterns.get("date_mention").finditer(text))
    order = date_order(ctx.settings.date_order, matches)
    found = [f for m in matches if (f := read(m, order, text)) is not None]
    # The reference date: the meeting date as far as full dates tell, else the first full date.
    full = [mention for f in found if has_year(f) for mention in _mentions(f, None, source)]
    ref = meeting_date(tuple(full), ctx)
    if ref is None:
        days = [d for d in full if d.precision is DatePrecision.DAY]
        ref = days[0].to_date() if days else None
    run_years = _run_years(found, text, ref)
    out: list[DateMention] = []
    for i, f in enumerate(found):
        out.extend(_mentions(f, ref, source, order, run_years.get(i)))
    # The heading's date, when it is the meeting's, says so.
    chosen = _meeting_mention(out, ctx)
    if chosen is not None and chosen.role is None:
        out = [attrs.evolve(d, role=DateRole.MEETING) if d.span == chosen.span else d for d in out]
    yield from out


def meeting_date(mentions: tuple[DateMention, ...], ctx: Context) -> _dt.date | None:
    """The date of the meeting the document is for, from the dates' roles and places.

    In order: a date labelled as the meeting's ("Meeting:", "To: Cabinet – ",
    "held ... on" in the heading, a summons's "A meeting of X will be held
    on"); the first full date in the document's heading lines (a decision
    notice's "Date of decision:" among them); a date labelled as the
    decision's; a date labelled as the report's.  None when the document
    prints none of these.
    """
    chosen = _meeting_mention(mentions, ctx)
    return chosen.to_date() if chosen is not None else None


def _meeting_mention(mentions: Sequence[DateMention], ctx: Context) -> DateMention | None:
    days = [m for m in mentions if m.precision is DatePrecision.DAY]
    head_end = _head_end(ctx.source)
    own = _own_heading_date(days, ctx, OWN_HEADING_CHARS)
    if own is not None:
        # "MINUTES OF THE MEETING ... ON WEDNESDAY 14TH JANUARY 2015", below a note that names another meeting
        return own
    labelled = [m for m in days if m.role is DateRole.MEETING]
    for mention in labelled:
        if mention.span.start < head_end:
            return mention
    headings = [_heading_window(ctx.text, heading) for heading in meeting_heading_lines(ctx.text)]
    for start, end in headings:
        if start < head_end and (found := _first_in(days, ctx.text, start, end)):
            return found  # the heading's date beats a print or approval stamp above it ("4/23/19", "02/11/2020")
    if labelled:
        # a date labelled as a meeting's past the head: the meeting's own, unless the head's heading printed one
        # (a packet's enclosed staff report of the last meeting, "Meeting Date: January 21st, 2026")
        return labelled[0]
    for mention in days:
        if mention.span.start >= head_end:
            break
        if (
            mention.role in (None, DateRole.REPORT, DateRole.DECISION)
            and not _is_previous(ctx.text, mention.span.start)
            and not _approval_stamp(ctx.text, mention.span.start)
            and not patterns.get("date_posted_before").search(
                ctx.text, max(0, mention.span.start - 220), mention.span.start
            )
        ):
            return mention  # a decision notice's "Date of decision:" beats the dates its decision names
    for start, end in headings:
        if start >= head_end and (found := _first_in(days, ctx.text, start, end)):
            return found  # a heading under a roster, a notice or a print stamp, past the head's lines
    for role in (DateRole.DECISION, DateRole.REPORT):
        for mention in days:
            if mention.role is role:
                return mention
    return _most_printed(days)


def _most_printed(days: Sequence[DateMention]) -> DateMention | None:
    """The last resort, where no heading or label gives the meeting's date (a heading's date misspelt by a
    scan, "NOBEMBER 14,2023"): the day the document prints most often, at least `MIN_PRINTED` times and more
    often than any other (a running header's date, "November 14, 2023", on each page), its first mention.  Near
    miss: two days printed equally often decide nothing."""
    counts = Counter(m.to_date() for m in days if m.role not in (DateRole.DEADLINE,))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_PRINTED or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return next(m for m in days if m.to_date() == ranked[0][0])


def _heading_window(text: str, heading: tuple[int, int]) -> tuple[int, int]:
    """A meeting's heading line and the few lines under it that may print its date ("REGULAR CITY COUNCIL
    MEETING" / "(IN PERSON)" / "6165 Any Road" / "Monday, December 12, 2022"), up to an agenda item or a
    sentence."""
    start, end = heading
    for _ in range(HEADING_DATE_LINES):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if line.strip() and patterns.get("date_heading_stop").search(line):
            break
        end = nxt
    return start, end


def _own_heading_date(days: Sequence[DateMention], ctx: Context, head_end: int) -> DateMention | None:
    """The date in the minutes' own heading in capitals and the line under it ("MINUTES OF THE MEETING OF THE
    PARISH COUNCIL HELD IN THE VILLAGE" / "HALL, SOUTH CERNEY ON WEDNESDAY 14TH JANUARY 2015"), where a note
    above the heading names other days; near miss: a heading with no date of its own gives none."""
    lines = ctx.source.lines
    heading = patterns.get("kind_minutes_heading_capitals")
    for k, line in enumerate(lines):
        if line.start >= head_end:
            break
        if heading.match(ctx.text[line.start : line.end]):
            end = lines[k + 1].end if k + 1 < len(lines) else line.end
            return next(
                (
                    m
                    for m in days
                    if line.start <= m.span.start < end
                    and m.role in (None, DateRole.MEETING)
                    and not _is_previous(ctx.text, m.span.start)
                ),
                None,
            )
    return None


def _first_in(days: Sequence[DateMention], text: str, start: int, end: int) -> DateMention | None:
    for mention in days:
        if (
            start <= mention.span.start < end
            and mention.role in (None, DateRole.REPORT, DateRole.DECISION)
            and not _is_previous(text, mention.span.start)
        ):
            return mention
    return None


# ---------------------------------------------------------------- values and roles


def _nearest(month: int, day: int | None, ref: _dt.date) -> int:
    best, best_gap = ref.year, None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            when = _dt.date(year, month, day or 15)
        except ValueError:
            continue
        gap = abs((when - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _weekday_year(month: int, day: int | None, weekday: int, ref: _dt.date) -> int | None:
    """The year, of the three around the reference date, whose calendar puts the printed weekday on the day
    ("Saturday, September 2" in a paper of January 2023 is 2023's); None when none or several do."""
    if day is None:
        return None
    fits = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            if _dt.date(year, month, day).weekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _yearless(f: Found) -> bool:
    """A date with no year of its own, nor one from the end of its range."""
    return (
        f.precision in (DatePrecision.DAY, DatePrecision.MONTH)
        and f.values[0][0] is None
        and (f.end_value is None or f.end_value[0] is None)
    )


def _runs(found: Sequence[Found], text: str, *, lines: bool) -> Iterator[list[int]]:
    """Runs of dates printed as one list: consecutive matches with only list punctuation, bullets,
    "and" or a short bracketed note between them ("30 April, 20 May (7pm), 25 June"); with `lines`,
    also one to a (bulleted) line."""
    joiner = patterns.get("date_run_joiner")
    run: list[int] = []
    for i, f in enumerate(found):
        gap = joiner.fullmatch(text, found[run[-1]].end, f.start) if run else None
        if run and (gap is None or (not lines and "\n" in gap.group(0))):
            if len(run) > 1:
                yield run
            run = []
        run.append(i)
    if len(run) > 1:
        yield run


def _run_years(found: Sequence[Found], text: str, ref: _dt.date | None) -> dict[int, int]:
    """The years of the dates printed without one in a list of dates (by index into `found`).

    * A list that ends in its year ("January 24 and January 31, 2026", "5 March, 12 April 2025"):
      the yearless dates before a dated one take its year, the year before when they fall later in
      the calendar; those after the last dated one follow it in order.
    * A schedule one entry a line, three or more, that ends in its year ("January 8 and 22" / ... /
      "December 3 and 17, 2019"): each entry takes the year of the one after it, the year before when
      it falls later in the calendar.
    * A schedule under a heading that names its year ("Dates for 2026:", "Meetings in 2026"): the
      first date takes that year.  Otherwise, in a list of three or more yearless dates, the first
      takes the year nearest the reference date.  The rest then follow in calendar order: the same year,
      or the next when the month and day go back ("29 Oct, 26 Nov, 28 Jan").
    Near miss: two yearless dates in a sentence ("on 5 August and 3 March") each keep their nearest year.
    """
    years: dict[int, int] = {}
    for run in _runs(found, text, lines=False):
        dated = [i for i in run if not _yearless(found[i]) and found[i].values[0][0] is not None]
        if dated and any(_yearless(found[i]) for i in run):
            for i in run:
                if not _yearless(found[i]):
                    continue
                later = [j for j in dated if j > i]
                _, mo, d = found[i].values[0]
                if later:
                    ly, lmo, ld = found[later[0]].values[0]
                    assert ly is not None
                    years[i] = ly if (mo, d or 0) <= (lmo, ld or 0) else ly - 1
                else:
                    py, pmo, pd = found[max(j for j in dated if j < i)].values[0]
                    assert py is not None
                    years[i] = py if (mo, d or 0) >= (pmo, pd or 0) else py + 1
    for run in _runs(found, text, lines=True):
        if len(run) >= _SCHEDULE_DATES and all(_yearless(found[i]) for i in run[:-1]) and not _yearless(found[run[-1]]):
            # a schedule one entry a line that ends in its year ("January 8 and 22" / "February 5 and 19" / ... /
            # "December 3 and 17, 2019"); near miss: "Audit signed 2 December 2025" over "30 April" (two lines,
            # the year first)
            ly, lmo, ld = found[run[-1]].values[0]
            if ly is not None:
                for i in reversed(run[:-1]):
                    _, mo, d = found[i].values[0]
                    if i not in years:
                        years[i] = ly if (mo, d or 0) <= (lmo, ld or 0) else ly - 1
                    ly, lmo, ld = years[i], mo, d or 0
            continue
        if not all(_yearless(found[i]) for i in run):
            continue
        heading = patterns.get("date_schedule_year").search(_lines_before(text, found[run[0]].start))
        if heading is not None:
            year = int(heading.group("y"))
        elif len(run) >= _SCHEDULE_DATES and ref is not None:
            _, mo, d = found[run[0]].values[0]
            year = _nearest(mo, d, ref)
        else:
            continue
        previous: tuple[int, int] | None = None
        for i in run:
            _, mo, d = found[i].values[0]
            if previous is not None and (mo, d or 0) < previous:
                year += 1
            years[i] = year
            previous = (mo, d or 0)
    return years


def _lines_before(text: str, start: int) -> str:
    """The text of the date's line before it and of the line above (where a list's heading stands)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    return text[above:start]


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        when = _dt.date(year, month, day or 1)
    except ValueError:
        return None
    return when.isoformat() if day else when.isoformat()[:7]


Full = tuple[int, int, int | None]


def _two_digit_year(encoded: int) -> int:
    """The full year of a two-digit year, kept as ``-yy - 1`` until the document's year is known."""
    full = 2000 + (-encoded - 1)
    return full - 100 if full > _dt.date.today().year + 20 else full


def _resolve(f: Found, ref: _dt.date | None, year: int | None = None) -> tuple[list[Full], Full | None] | None:
    """Fill in missing years: the `year` the words after the date give ("last year"), else from the
    range end, else nearest the reference date."""
    if year is not None:
        f = attrs.evolve(
            f,
            values=tuple((year if y is None else y, mo, d) for y, mo, d in f.values),
            end_value=None
            if f.end_value is None
            else (year if f.end_value[0] is None else f.end_value[0], f.end_value[1], f.end_value[2]),
        )
    end_value = f.end_value
    end_full: Full | None = None
    if end_value is not None:
        ey, em, ed = end_value
        if ey is not None and ey < 0:  # a two-digit year, as its start's ("13-14.07.17")
            ey = _two_digit_year(ey)
        if ey is None:
            year_from = f.values[0][0]
            if year_from is not None and year_from >= 0:
                ey = year_from if (em, ed or 0) >= (f.values[0][1], f.values[0][2] or 0) else year_from + 1
            elif ref is not None:
                ey = _nearest(em, ed, ref)
            else:
                return None
        end_full = (ey, em, ed)
    values: list[Full] = []
    for y, mo, d in f.values:
        if y is not None and y < 0:  # a two-digit year: kept only near the document's year, if it has one
            full = _two_digit_year(y)
            if ref is not None and abs(full - ref.year) > _NEAR_YEARS:
                return None
            y = full
        if y is None:
            if end_full is not None:
                y = end_full[0] if (mo, d or 0) <= (end_full[1], end_full[2] or 0) else end_full[0] - 1
            elif ref is not None:
                y = _nearest(mo, d, ref)
            else:
                return None
        values.append((y, mo, d))
    return values, end_full


def _mentions(
    f: Found, ref: _dt.date | None, source: SourceText, order: str = "dmy", run_year: int | None = None
) -> list[DateMention]:
    text = source.text
    span_text = normalise_space(text[f.start : f.end])
    span = source.span(f.start, f.end)
    role = _role(text, f.start, source)
    if f.short_year_candidate and ref is not None:
        (_, month, day) = f.values[0]
        if day is not None and abs(2000 + day - ref.year) <= 2:
            return [
                DateMention(
                    text=span_text,
                    value=f"{2000 + day:04d}-{month:02d}",
                    precision=DatePrecision.MONTH,
                    span=span,
                    role=role,
                )
            ]
    if f.precision in (DatePrecision.SEASON, DatePrecision.YEAR):
        year = f.values[0][0]
        assert year is not None
        return [
            DateMention(
                text=span_text, value=f"{year:04d}", precision=f.precision, span=span, role=role, season=f.season
            )
        ]
    year = None
    if any(y is None for y, _, _ in f.values) and (
        after := patterns.get("date_year_word_after").match(text, f.end, min(len(text), f.end + 40))
    ):
        word = after.group("w").lower()
        if word in ("each", "every"):
            return []  # "by 30 September each year": a date of every year, not a calendar date
        if ref is not None:
            year = ref.year + {"last": -1, "next": 1}.get(word, 0)
    if year is None and ref is not None and f.weekday is not None and f.values[0][0] is None:
        year = _weekday_year(f.values[0][1], f.values[0][2], f.weekday, ref)
    if year is None and f.values[0][0] is None:
        year = run_year
    resolved = _resolve(f, ref, year)
    if resolved is None:
        return []
    values, end_full = resolved
    end_iso = _iso(*end_full) if end_full is not None else None
    if end_full is not None and end_iso is None:
        return []
    out: list[DateMention] = []
    for y, mo, d in values:
        value = _iso(y, mo, d)
        if value is None:
            continue
        out.append(DateMention(text=span_text, value=value, precision=f.precision, span=span, end=end_iso, role=role))
    return out


def _head_end(source: SourceText) -> int:
    lines = source.lines
    if not lines:
        return min(len(source.text), HEAD_CHARS)
    return max(lines[min(HEAD_LINES, len(lines)) - 1].end, min(len(source.text), HEAD_CHARS))


def _prefix(text: str, start: int) -> str:
    """The text before a date on its line, or the line before when the date opens its line."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    # A role's cue stands close before its date; a long paragraph (Word, HTML) holding many
    # dates would otherwise be searched from its start for each of them.
    return text[max(line_start, start - PREFIX_CHARS) : start]


def _approval_stamp(text: str, start: int) -> bool:
    """Whether the date is a later meeting's approval stamped on the minutes ("Adopted by the X Board on
    October 17, 2013", "APPROVED DECEMBER 11 2019"), not the meeting's own.  Near miss: "Date of decision:"."""
    line_start = text.rfind("\n", 0, start) + 1
    return patterns.get("date_approval_stamp_before").search(text[line_start:start]) is not None


def _is_previous(text: str, start: int) -> bool:
    window = text[max(0, start - 250) : start]
    return patterns.get("date_role_held").search(window) is not None and (
        patterns.get("date_role_previous").search(window) is not None
    )


def _role(text: str, start: int, source: SourceText) -> DateRole | None:
    if start == 0 or text[start - 1] == "\n":
        line_end = text.find("\n", start)
        line = text[start : line_end if line_end >= 0 else len(text)]
        rest = line[len(line.split(None, 1)[0]) :] if line.strip() else ""
        if patterns.get("date_role_passed_row").search(rest):
            return DateRole.MEETING  # a bill's action-history row: the meeting where the body passed it
    prefix = _prefix(text, start)
    if patterns.get("date_role_other_meeting").search(prefix):
        return None
    for name, role in (
        ("date_role_decision", DateRole.DECISION),
        ("date_role_effective", DateRole.EFFECTIVE),
        ("date_role_meeting", DateRole.MEETING),
        ("date_role_publication", DateRole.PUBLICATION),
        ("date_role_report", DateRole.REPORT),
        ("date_role_deadline", DateRole.DEADLINE),
    ):
        if patterns.get(name).search(prefix):
            return role
    window = text[max(0, start - 250) : start]
    # "... will be held on" / "to be held on": a summons, for this meeting only when it names one
    summons = patterns.get("date_role_summons").search(window) if start < SUMMONS_CHARS else None
    if (
        summons is None
        and start < _head_end(source)
        and patterns.get("date_role_held").search(window)
        and not patterns.get("date_role_previous").search(window)
    ):
        return DateRole.MEETING
    if summons is not None:
        sentence = window[: summons.start()].rsplit(".", 1)[-1] + summons.group(0)
        if patterns.get("date_role_summons_subject").search(sentence) and not patterns.get(
            "date_role_not_this_meeting"
        ).search(sentence):
            return DateRole.MEETING
    return None
