"""Document fields: kind, title, decision-making body and agenda item number.

All are read from the document's first lines, where councils print them:

* **kind**: a decision notice / record of decision / ModernGov "Decision
  details" or "Issue - meetings" page is a decision; an "AGENDA" heading an
  agenda; a "MINUTES ..." heading (or attendance lists at the top) minutes;
  labelled cover fields ("To:", "Subject:", "REPORT OF ...") a report.
* **body**: a labelled field ("Decision Maker:", "DECISION TO BE TAKEN BY:",
  "To: Cabinet – 30 January 2025", "Meeting: 14/12/2022 - Cabinet"), else the
  body the minutes sentence names ("MINUTES of a meeting of the Cabinet held
  ...", "A regular meeting of the Township of Nipissing Council was held"),
  else a heading line ending in a body word ("Milburn Parish Council",
  "POLICY, FINANCE AND ADMINISTRATION COMMITTEE"), else the body a preamble
  names ("That the Executive accept ...").
* **title**: "Subject:", "Title of Report:", "Title of Decision:", the line
  after "REPORT OF ..." or after a ModernGov page heading, a minutes heading
  sentence up to "held", or the heading lines above the date.

The meeting's heading block on a cover (its lines, the kind and body they give) and the body's
clean-up are read by `minutes_parser.extract.headings`.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Sequence

import regex
from attrs import frozen

from .. import patterns
from ..records import DateMention, DatePrecision, DocumentKind
from ..text import normalise_space
from .bodies import (
    MINUTES_HEADING_LINES,
    _fuller_heading,
    _implied_body,
    _labelled_body,
    _referred_body,
    _sentence_body,
    completed_body,
)
from .context import Context
from .headings import (
    HEAD_CHARS,
    HEAD_LINES,
    _body_name,
    _clean_heading,
    _heading_block,
    _heading_case,
    _names_a_meeting,
    _owned_body,
    _plain_body,
    _runs_over,
    _search,
    _strip_dates,
    meeting_heading_lines,
    title_case,
)

__all__ = ["HEAD_CHARS", "Fields", "extract_fields", "meeting_heading_lines", "title_case"]


@frozen(kw_only=True)
class Fields:
    kind: DocumentKind = DocumentKind.OTHER
    title: str | None = None
    body: str | None = None
    agenda_item: str | None = None


def extract_fields(ctx: Context) -> Fields:
    """Kind, title, body and agenda item number of the document."""
    lines = _head_lines(ctx)
    enactment = _enactment(lines, ctx.text)
    if enactment is not None:
        return enactment
    # the approval stamped on minutes at a later meeting ("Adopted by the X Board on October 17, 2013") names
    # neither this meeting nor its kind (the body's name is still read from it)
    heads = [line for line in lines if not _approval_stamp_line(line)] or lines
    block = _heading_block(heads)
    kind = _kind(heads, ctx.text)
    if kind is DocumentKind.OTHER and block is not None:
        kind = block.kind
    body = _labelled_body(lines)
    announced = None  # the body a minutes or notice sentence names
    if body is None:
        body = _sentence_body(lines)
        if body is not None and _search("referring_body", body):
            # "Minutes of a meeting of the above Council": the body is the heading that the sentence points back to
            body = _referred_body(lines)
        if body is not None and (kind is not DocumentKind.MINUTES or " " in body.strip()):
            # minutes "of a Meeting of the Council" under "X District Council" keep the body as printed; a summons
            # to "a Meeting of the Council" under "X PARISH COUNCIL" names the council in full
            body = _fuller_heading(lines, body)
        announced = body
    if body is None and block is not None:
        body = block.body
        body = (_owned_body(body) if body else None) or body  # the board, not the authority it serves
    title = _title(heads, kind, body)
    if (
        block is not None
        and block.title
        and kind in (DocumentKind.AGENDA, DocumentKind.MINUTES)
        and (
            title is None
            or not _names_a_meeting(title)
            or _search("time_tail", title)
            or len(title) > 90
            or _runs_over(title, block.title)
        )
    ):
        # the heading rules above found a venue, a roster, an item or a run of lines, not the meeting
        title = block.title
    heading_title = _minutes_heading_title(heads) if kind is DocumentKind.MINUTES else None
    if heading_title is not None:
        # "Minutes of Special Meeting of Full Council held at ...": the heading names the meeting in full
        title = heading_title
    if kind is DocumentKind.AGENDA and announced is not None and title and not _names(title, announced):
        # "A meeting of the X Committee will be held ...": a letterhead above the notice is not its title
        title = announced
    if kind is DocumentKind.AGENDA:
        notice = patterns.get("notice_meeting").search("\n".join(lines))
        if notice is not None:
            # "A Meeting of Elm Parish Council will be held ...": the notice names the meeting in full
            title = notice.group("title")
            body = body or normalise_space(notice.group("body"))
    if title:
        title = patterns.get("title_noise").sub("", title).strip() or None
    if title is None and kind is DocumentKind.MINUTES:
        # minutes that print no heading of their meeting: the authority's line at their head ("May 14, 2013" /
        # "Village of Rapids City" / "Rock Island County, Illinois") is the title they carry
        title = next((normalise_space(line) for line in heads[:4] if _search("authority_name_line", line)), None)
    if body is None and kind is DocumentKind.DECISION:
        # a bill's record page: the body that passed it, from its action history
        body = next((m.group("body") for line in lines if (m := _search("legislation_passed_row", line))), None)
    if body is None:
        body = _implied_body(lines, title)
        if body is not None and (heading_title is not None or not _search("proper_body_name", body)):
            # (a body named by its kind alone, "PARISH COUNCIL", is the one the heading names in full:
            # "NOTICE OF THE PARISH COUNCIL MEETING OF WROXTON & BALSCOTE" / "PARISH COUNCIL")
            # "Minutes of the Annual County Council Meeting held" under "Fingal County Council"
            body = _fuller_heading(lines, body)
    if body is None and kind is DocumentKind.MINUTES:
        # no heading names the body: the minutes sentence's subject ("X Community Council held their meeting")
        held = patterns.get("body_held_meeting").search("\n".join(lines))
        body = normalise_space(held.group("body")) if held is not None else None
    if body is not None:
        body = _plain_body(body, lines)
    if (
        kind in (DocumentKind.AGENDA, DocumentKind.MINUTES)
        and body is not None
        and (not title or _search("bare_kind_title", title))
    ):
        # a legislative system's cover ("Committee on Finance" over its roster, then "Meeting Minutes" or
        # "Agenda - Final"): the meeting is named by its body's heading
        title = body
    if body is not None:
        body = _stamped_body(body, lines)
    body = completed_body(body, kind, lines, ctx.text)
    if body is None:
        # no board named: a special district alone at the head is the body ("HOMOSASSA SPECIAL WATER DISTRICT")
        district = next((m for line in lines[:6] if (m := _search("special_district_heading", line))), None)
        body = district.group("body") if district is not None else None
    if title and (
        kind is DocumentKind.MINUTES
        or (kind is DocumentKind.AGENDA and not _search("kind_summons", "\n".join(lines[:30])))
    ):
        # (a summons names the council it summons in its heading: "X COMMUNITY COUNCIL / ANNUAL MEETING")
        title = _without_letterhead(title, lines)
    return Fields(
        kind=kind,
        title=_tidy(title) if title else None,
        body=_tidy(body) if body else None,
        agenda_item=_agenda_item(lines),
    )


def minutes_after_agenda(text: str, dates: Sequence[DateMention], meeting: _dt.date | None) -> bool:
    """Whether an agenda is followed in the same file by the minutes of the same meeting: a minutes heading
    ("MEETING MINUTES", "Minutes") with the meeting's own date within the lines under it ("BOARD OF CANVASSERS
    MEETING AGENDA" / "Tuesday, September 19, 2023" ... "MEETING MINUTES" / "Tuesday, September 19,2023"): the
    file is the meeting's record.  Near misses: an agenda packet enclosing an earlier meeting's minutes (another
    date under their heading), an agenda item "Approval of Minutes" (no heading)."""
    if meeting is None:
        return False
    heading = patterns.get("minutes_heading_alone")
    for m in heading.finditer(text):
        window_end = m.end()
        for _ in range(MINUTES_DATE_LINES):
            nxt = text.find("\n", window_end + 1)
            window_end = len(text) if nxt < 0 else nxt
        if any(
            m.end() <= d.span.start < window_end and d.precision is DatePrecision.DAY and d.to_date() == meeting
            for d in dates
        ):
            return True
    return False


# ---------------------------------------------------------------- helpers


MINUTES_DATE_LINES = 3  # lines under a minutes heading where the meeting's date is printed
SIDEBAR_SEATS = 4  # name and seat lines in a row that make a letterhead's sidebar roster


def _head_lines(ctx: Context) -> list[str]:
    """The first non-blank lines, where a document prints its fields; a letterhead's sidebar roster of names
    and seats ("Devender Sandhu" / "Chair" / ... twenty more) does not count against the allowance, so
    the heading printed below it is still read (its lines are kept)."""
    lines = [line for raw in ctx.text[: HEAD_CHARS * 2].split("\n") if (line := raw.replace("**", "").strip())]
    seat = patterns.get("sidebar_seat_line")
    roster = [i for i in range(1, len(lines)) if seat.search(lines[i]) and not seat.search(lines[i - 1])]
    in_run: set[int] = set()
    run: list[int] = []
    for i in roster:
        if run and i - run[-1] != 2:
            if len(run) >= SIDEBAR_SEATS:
                in_run.update(k for j in run for k in (j - 1, j))
            run = []
        run.append(i)
    if len(run) >= SIDEBAR_SEATS:
        in_run.update(k for j in run for k in (j - 1, j))
    out: list[str] = []
    counted = chars = 0
    notice = patterns.get("draft_notice_line")
    for i, line in enumerate(lines):
        if counted >= HEAD_LINES or chars >= HEAD_CHARS:
            break
        drafted = notice.search(line)
        if drafted is not None:
            # "DRAFT ONLY – THESE MINUTES WILL NOT BE CONSIDERED APPROVED UNTIL" / "TUESDAY, 5 September 2017":
            # a draft's notice above the heading, neither its title nor its meeting (its date line goes too)
            if i + 1 < len(lines) and drafted.group("open") is not None:
                lines[i + 1] = ""
            continue
        if not line or _search("translation_link_line", line):
            continue  # "Para traducción al español HAGA CLIC AQUÍ": a web page's link to a translation
        out.append(line)
        if i not in in_run:
            counted += 1
            chars += len(line) + 1
    return _past_front_matter(out)


MIN_ORDER_ITEMS = 3  # standing items of an order of business that make a list of items an agenda

SKIP_LINK_LINES = 4  # where a saved web page prints its skip link, under the browser's title


def _past_front_matter(lines: list[str]) -> list[str]:
    """The lines after a web page's front matter ("title: Minutes (Apr., 2020)" / "date: 2020-04-20" /
    "tags:" / "- Road"), which a site's generator reads and the page does not print, or after the skip
    link a saved web page opens with ("Minutes of X | Council" / "Skip to main content")."""
    n = 0
    while n < len(lines) and (_search("front_matter_line", lines[n]) or (n and lines[n].startswith("- "))):
        n += 1
    if n >= 2 and n < len(lines):
        return lines[n:]
    # a saved web page's browser title and skip link ("Minutes of X | Council" / "Skip to main content")
    skip = next((k for k, line in enumerate(lines[:SKIP_LINK_LINES]) if _search("skip_link_line", line)), None)
    return lines[skip + 1 :] if skip is not None and skip + 1 < len(lines) else lines


def _approval_stamp_line(line: str) -> bool:
    """ "Adopted by the Vaughan Public Library Board on October 17, 2013", "APPROVED DECEMBER 11 2019": a later
    meeting's approval, stamped on the minutes.  Near miss: "Approved Budget 2024-25" holds no date."""
    date = patterns.get("date_mention").search(line)
    return date is not None and patterns.get("date_approval_stamp_before").search(line[: date.start()]) is not None


def _stamped_body(body: str, lines: Sequence[str]) -> str:
    """The body's full name from an approval stamp ("Adopted by the Vaughan Public Library Board on ...") when
    it ends with the shorter name read from the heading ("Library Board")."""
    short = normalise_space(body).lower()
    for line in lines:
        m = _search("stamp_body", line) if _approval_stamp_line(line) else None
        full = normalise_space(m.group("body")) if m is not None else ""
        if full.lower().endswith(" " + short):
            return full
    return body


def _names(title: str, body: str) -> bool:
    """Whether a title names the body ("Ashcombe District Council Planning Committee" names "Planning Committee")."""
    return normalise_space(body).lower() in normalise_space(title).lower()


def _tidy(text: str) -> str | None:
    text = normalise_space(text.replace("**", ""))
    text = text.strip(" ,;:-\u2013\u2014=")
    return title_case(text) or None


# ---------------------------------------------------------------- kind


ENACTMENT_HEAD_LINES = 3  # where a signed resolution or ordinance prints its number


def _enactment(lines: Sequence[str], text: str) -> Fields | None:
    """A signed US resolution or ordinance: its numbered heading in the first lines ("RESOLUTION NO.
    2024-20") is the title, the body its caption names ("A RESOLUTION OF THE CITY COMMISSION ...") the
    body, and a record of its adoption ("PASSED AND ADOPTED THIS ...") makes it a decision; a draft
    or an unsigned one is no decision."""
    heading = next((m for line in lines[:ENACTMENT_HEAD_LINES] if (m := _search("enactment_heading", line))), None)
    if heading is None or not _search("enactment_adopted", text):
        return None
    body = next((m.group("body") for line in lines[:12] if (m := _search("enactment_body", line))), None)
    title = regex.sub(r"(?<=\d[\-/.])\s+(?=\d)", "", normalise_space(heading.group("title")))  # "2024- 06"
    return Fields(
        kind=DocumentKind.DECISION,
        title=title,
        body=_tidy(body) if body else None,
        agenda_item=_agenda_item(lines),
    )


MIN_ITEM_FIELDS = 2  # numbered "Subject :" fields of a meeting system's export that make an agenda
MIN_RECORD_CUES = 3  # motions made, seconded, counted, all present: how many make a record of a meeting
MIN_BODY_RECORD_CUES = 5  # ... and how many in the whole text, where the heading says nothing of its kind


def _kind(lines: Sequence[str], text: str = "") -> DocumentKind:
    kind = _kind_of_head(lines, text)
    if kind in (DocumentKind.AGENDA, DocumentKind.REPORT) and _own_minutes_below(lines, text):
        return DocumentKind.MINUTES
    return kind


def _own_minutes_below(lines: Sequence[str], text: str) -> bool:
    """Whether a file that opens with its meeting's agenda holds that meeting's minutes below it, as councils post
    them ("MEETING AGENDA ***AMENDED***" / "Wednesday, September 3, 2025" / ... / "MEETING MINUTES" / "Wednesday,
    September 3, 2025" / "Present: ..." / motions seconded and passed): the file is the record.  The minutes'
    heading must carry the agenda's own first date within a few lines and be followed by a record (motions
    seconded, votes counted).  Near miss: an agenda pack enclosing an earlier meeting's minutes for approval
    (another date)."""
    head_date = next((m.group() for line in lines[:12] if (m := patterns.get("kind_heading_date").search(line))), None)
    if head_date is None:
        return False
    for m in patterns.get("kind_minutes_heading_line").finditer(text):
        after = text[m.end() : m.end() + 300]
        own = patterns.get("kind_heading_date").search(after)
        if own is None or _folded_date(own.group()) != _folded_date(head_date):
            continue
        if len(patterns.get("kind_record_cue").findall(text, m.end())) >= MIN_RECORD_CUES:
            return True
    return False


def _folded_date(value: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in value.lower()).split())


def _kind_of_head(lines: Sequence[str], text: str = "") -> DocumentKind:
    top = lines[:8]
    if any(_search("kind_decision", line) for line in top):
        return DocumentKind.DECISION
    if any(_search("kind_minutes_other_name", line) for line in lines[:12]):
        return DocumentKind.MINUTES  # "Summary of X Council Meeting", "Action Minutes"
    if sum(len(patterns.get("kind_record_cue").findall(line)) for line in lines) >= MIN_RECORD_CUES and not any(
        _search("kind_agenda", line) for line in top[:3]
    ):
        return DocumentKind.MINUTES  # motions made, seconded and counted: a record, whatever its heading says
    if sum(1 for line in lines if _search("kind_transcript_turn", line)) >= MIN_RECORD_CUES:
        return DocumentKind.MINUTES  # a verbatim transcript of the meeting: speakers' turns
    if any(_search("kind_minutes_lists", line) for line in lines[:40]) and any(
        _search("kind_called_to_order", line) for line in lines[:60]
    ):
        # who was present, then the meeting opened in the past tense: a record, under a notice's heading
        # ("NOTICE OF MEETING ... will hold a Planning Commission meeting" / "PRESENT: Chair Steve Kemp ..." /
        # "Chair Kemp opened the meeting."); near miss: an agenda's "Roll Call" and "Call to Order" (no names
        # present, no past tense)
        return DocumentKind.MINUTES
    if any(_search("kind_agenda_and_minutes", line) for line in top) and any(
        line.strip().lower() == "minutes:" for line in lines
    ):
        return DocumentKind.MINUTES  # a meeting page's agenda with each item's minutes under it
    if any(_search("kind_agenda", line) for line in top) or _search("kind_summons", "\n".join(lines[:30])):
        return DocumentKind.AGENDA
    if any(_search("kind_minutes", line) for line in top[:6]):
        return DocumentKind.MINUTES
    if any(_search("kind_report_heading", line) for line in top[:2]):
        return DocumentKind.REPORT  # "TIM BRETT'S REPORT" over the meeting it is written for
    if any(_search("kind_minutes_heading_capitals", line) for line in lines):
        return DocumentKind.MINUTES  # the heading below a note printed above it
    if sum(1 for line in lines if _search("kind_agenda_item_field", line)) >= MIN_ITEM_FIELDS:
        return DocumentKind.AGENDA  # items exported one by one: "Subject : 1.1 Call to Order"
    if any(_search("kind_report", line) for line in lines[:15]):
        return DocumentKind.REPORT
    if any(line.lower().rstrip(":") == "minutes" for line in lines):
        return DocumentKind.MINUTES
    if any(_search("kind_minutes_lists", line) for line in lines[:20]):
        return DocumentKind.MINUTES
    if any(_search("kind_meeting_was_held", line) for line in lines[:10]):
        return DocumentKind.MINUTES  # "A Monthly Meeting of X Council was held in the Council Chamber on ..."
    if _search("kind_body_met", "\n".join(lines[:40])):
        return DocumentKind.MINUTES  # "THE X COUNCIL, STATE OF UTAH, MET ON ..."
    if any(_search("kind_called_to_order", line) for line in lines):
        return DocumentKind.MINUTES  # "Chair X called the meeting to order at 5:31 p.m."
    if len(patterns.get("kind_record_cue").findall(text)) >= MIN_BODY_RECORD_CUES and not any(
        _search("kind_agenda_word", line) for line in lines
    ):
        # a heading that names only the meeting ("CITY OF OREM / CITY COUNCIL MEETING / June 13 2023") over a
        # record of it: motions seconded and passed all through the text (near miss: a packet whose first page
        # speaks of its agenda anywhere, "Meeting Agenda at 6:30 p.m.": its enclosed minutes of an earlier
        # meeting do not make it minutes)
        return DocumentKind.MINUTES
    # A front sheet: the letterhead, the meeting's "Date: / Time: / Venue:" and only then "AGENDA".
    notice = lines[:30]
    if any(_search("kind_agenda_heading", line) for line in notice) or (
        any(_search("label_time", line) for line in notice) and any(_search("label_venue", line) for line in notice)
    ):
        return DocumentKind.AGENDA
    if any(regex.search(r"\brecommendations?\b", line, regex.I) for line in lines):
        return DocumentKind.REPORT
    if sum(1 for line in lines if _search("kind_order_of_business", line)) >= MIN_ORDER_ITEMS:
        return DocumentKind.AGENDA  # an order of business under the meeting's heading: "2. Apologies", ...
    return DocumentKind.OTHER


# ---------------------------------------------------------------- title


def _title(lines: Sequence[str], kind: DocumentKind, body: str | None) -> str | None:
    labelled = _labelled_title(lines)
    if labelled:
        return labelled
    head = "\n".join(lines)
    if kind is DocumentKind.AGENDA:
        title = _meeting_title(lines, head, body)
        if title is None or _search("title_ocr_noise", title):
            # a scanned letterhead gives no heading: the summons names the meeting
            m = patterns.get("summons_meeting").search(head)
            if m is not None:
                return normalise_space(m.group("title"))
        return title
    if kind is DocumentKind.MINUTES:
        return _meeting_title(lines, head, body)
    if kind is DocumentKind.DECISION:
        for line in lines[:6]:
            m = _search("decisions_taken_by", line)
            if m is not None:
                return _clean_heading(m.group("title"))
            m = _search("planning_decision_title", line)
            if m is not None:
                return normalise_space(m.group(0))  # "GRANT OF PLANNING PERMISSION", as printed
    if kind is DocumentKind.REPORT:
        for i, line in enumerate(lines[:10]):
            if _search("report_of", line):
                below = itertools.takewhile(lambda nxt: not _search("section_heading", nxt), lines[i + 1 : i + 4])
                following = [nxt for nxt in below if _is_title_line(nxt, body)]
                if following:
                    return following[0]
                if i and _is_title_line(lines[i - 1], body):
                    return lines[i - 1]  # "COUNCIL TAX SUPPORT SCHEME" over "Report of the Director of Finance"
    for line in lines[:6]:
        if _is_title_line(line, body):
            return patterns.get("title_noise").sub("", line).strip()
    return None


def _minutes_heading_title(lines: Sequence[str]) -> str | None:
    """A minutes heading in a heading's case naming the meeting, up to "held", over up to four lines."""
    for i, line in enumerate(lines[:MINUTES_HEADING_LINES]):
        if _search("heading_last_line", line):
            return None  # "ORDINARY COUNCIL MEETING MINUTES" above: the heading, the sentence below it
        if not line.lower().startswith("minutes of"):
            continue
        m = patterns.get("minutes_heading_title").match("\n".join(lines[i : i + 4]))
        if m is None or not _heading_case(m.group("title")):
            continue  # a running header ("Minutes of X Council Special Meeting 22.09.2025 Page 1 of 2")
        named = _body_name(m.group("title"))
        if (
            not _search("names_meeting_kind", m.group("title"))
            and not (named and _search("proper_body_name", named))
            and any(_body_name(above) for above in lines[:i])
        ):
            # "X PARISH COUNCIL" over "Minutes of the Parish Council Meeting held": the letterhead (near miss: a
            # heading naming the body in full, "MINUTES OF THE MEETING OF THE TAYPORT ... COMMUNITY COUNCIL HELD")
            return None
        return normalise_space(m.group("title"))
    return None


def _is_title_line(line: str, body: str | None) -> bool:
    """Not furniture, a label, a bare date, the body's name or a council's letterhead."""
    if (
        _search("generic_heading", line)
        or _search("any_label", line)
        or _search("heading_noise", line)
        or _search("section_heading", line)
        or _search("agenda_item", line)  # "Agenda Item 166" over the report's title
    ):
        return False
    stripped = _strip_dates(line)
    if not stripped or not patterns.get("title_noise").sub("", line).strip():
        return False
    if body is not None and stripped.lower() == normalise_space(body).lower():
        return False
    if _search("meeting_name_line", stripped) and patterns.get("date_mention").search(line):
        return False  # "Ordinary Council Meeting 28 November 2023": the meeting, not the report
    return patterns.get("body_heading").fullmatch(stripped) is None


def _without_letterhead(title: str, lines: Sequence[str]) -> str:
    """A meeting's title without the authority's letterhead its heading lines were joined with: "SAN JUAN WATER
    DISTRICT" over "BOARD MEETING AGENDA" gives "BOARD MEETING AGENDA", "Regular Meeting of the Board of
    Trustees" over "Ash Community College District" the first; only where the rest names the meeting."""
    folded = normalise_space(title)
    for i, line in enumerate(lines[:8]):
        head = normalise_space(line)
        if not _search("authority_letterhead", head) or _search("meeting_line", head):
            continue
        # the letterhead is a line of its own, the title's rest the line after it (or before it)
        after = normalise_space(lines[i + 1]).lower() if i + 1 < len(lines) else ""
        before = normalise_space(lines[i - 1]).lower() if i else ""
        if folded.lower().startswith(head.lower() + " ") and _same_start(folded[len(head) + 1 :], after):
            rest = folded[len(head) + 1 :]
        elif before and folded.lower().endswith(f"{before} {head.lower()}"):
            rest = folded[: -len(head) - 1]
        else:
            continue
        if patterns.get("dangling_of").search(rest):
            continue  # "MINUTES OF THE MEETING OF" / "THE TAYPORT ... COMMUNITY COUNCIL": the heading runs on into it
        if _search("meeting_line", rest) and not patterns.get("bare_kind_title").search(rest):
            return rest
    return title


def _same_start(rest: str, line: str) -> bool:
    """Whether the rest of a title is the next line or its start, or runs on from it ("GENERAL MEETING" of
    "GENERAL MEETING MONDAY 4 MARCH"; not "Annual Meeting" of "ELM TOWNSHIP ANNUAL MEETING")."""
    low = rest.lower()
    return bool(line) and (line.startswith(low) or low.startswith(line))


def _labelled_title(lines: Sequence[str]) -> str | None:
    """A labelled title: "Subject: X" (with its wrapped lines, up to the next label or section
    heading), or "Title of Report:" alone on its line with the title on the next one."""
    for i, line in enumerate(lines):
        row = _search("label_title_row", line)
        if row is not None:
            return row.group("value").strip()
        m = _search("label_title", line)
        if m is None:
            continue
        value = line[m.end() :].strip()
        if value:
            parts = [value]
            for nxt in lines[i + 1 : i + 4]:
                if _search("any_label", nxt) or _search("generic_heading", nxt) or _search("section_heading", nxt):
                    break
                parts.append(nxt)
            return " ".join(parts)
        if i + 1 < len(lines) and not _search("any_label", lines[i + 1]):
            return lines[i + 1]
    return None


def _meeting_title(lines: Sequence[str], head: str, body: str | None) -> str | None:
    """The heading line naming the body ("CABINET" above "MINUTES of a meeting of the Cabinet held");
    else the minutes sentence up to "held"; else the heading lines above the meeting's date."""
    heading: list[str] = []
    above: list[str] = []  # the letterhead above a "MINUTES" line, kept when nothing names the meeting below it
    closed = False
    within = 0  # where in the joined heading to look for its date: past a date the title names ("OF THE JUNE 2023")
    for line in lines[:8]:
        if _search("attendance_opener", line):
            break  # "PRESENT" / "Cllrs A, B": the attendance list, below the heading
        if heading and _search("heading_address", line):
            break  # "TINTERN VALE COUNCIL" / "To the Chairman and Members of the Council": the summons begins
        if not heading and not above and _search("paper_kind_first_line", line):
            continue
        if _search("generic_heading", line):
            if heading:
                # "SHIRE OF X" / "MINUTES" / "Ordinary Meeting of Council" / date: the meeting is named below
                if above:
                    break
                above, heading = heading, []
            continue
        if _search("any_label", line) or _search("heading_noise", line) or _search("heading_furniture", line):
            if heading:
                break  # "PARKS AND RECREATION BOARD" / "City Council Chambers": the venue ends the heading
            continue
        if len(line) > 90 or line.endswith((".", ",")):
            break
        if _search("heading_sentence", line) and any(c.islower() for c in line):
            break  # "Minutes of a meeting of ... held" is a sentence; the same words in capitals are a heading
        heading.append(line)
        joined = " ".join(heading)
        date = patterns.get("date_mention").search(joined, within)
        if date is not None and date.end() == len(joined) and _search("dangling_of", joined[: date.start()]):
            # "MINUTES OF THE JUNE 2023" / "REGULAR MEETING": the month names the meeting, the title goes on below
            # (near miss: "MINUTES OF THE MEETING HELD ON" / "June 21, 2023", a date after "on", not "of the")
            within = len(joined) + 1
            continue
        if date is not None:
            closed = not line[: date.start() - len(joined) + len(line)].strip()  # the date opens its own line
            heading = [joined[: date.start()]] if joined[: date.start()].strip() else []
            break
        if _search("heading_last_line", line):
            closed = True
            break
    if above and not (closed and heading):
        heading = above  # the lines below "MINUTES" are its heading only when a date line closes them
    heading = [cleaned for h in heading if (cleaned := _clean_heading(h))]
    if body is not None:
        for i, line in enumerate(heading):
            # not when a line below names the meeting ("CITY OF X" over "ORDINARY COUNCIL MEETING MINUTES")
            # nor when a line below is the meeting's name ("X COMMUNITY COUNCIL" over "ANNUAL GENERAL MEETING")
            if normalise_space(line).lower() == normalise_space(body).lower() and not any(
                _search("heading_last_line", later) or _search("meeting_kind_heading", later)
                for later in heading[i + 1 :]
            ):
                return line
    if len(heading) > 1 and _search("heading_last_line", heading[-1]):
        return " ".join(heading)  # "CITY OF X" / "ORDINARY COUNCIL MEETING MINUTES" over its opening sentence
    m = patterns.get("proceedings_title").search(head)
    # not "... of the above Council": the heading names that
    if m is not None and not _search("referring_sentence", m.group("title")):
        return _capitals_only(m.group("title"))
    named = [line for line in heading if patterns.get("body_heading").fullmatch(line)]
    if (
        len(heading) > 1
        and named
        and all(
            (line in named or _search("welsh_body_heading", line)) and not _search("spaced_dash", line)
            for line in heading
        )
    ):
        # the council's letterhead over the committee's name: "X DISTRICT COUNCIL" / "CABINET"; in Wales
        # each name may come first in Welsh ("PWYLLGOR CRAFFU" / "SCRUTINY COMMITTEE")
        return named[-1]
    return " ".join(heading) if heading else None


def _capitals_only(title: str) -> str:
    """A title in capitals stops before a line in ordinary case (the opening sentence below it)."""
    lines = title.split("\n")
    if any(c.islower() for c in lines[0]):
        return title
    return "\n".join(itertools.takewhile(lambda line: not any(c.islower() for c in line), lines))


# ---------------------------------------------------------------- agenda item


def _agenda_item(lines: Sequence[str]) -> str | None:
    for line in lines[:10]:
        m = patterns.get("agenda_item").search(line)
        if m is not None:
            return m.group("n").rstrip(".")
    return None
