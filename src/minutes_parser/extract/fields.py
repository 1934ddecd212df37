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
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex
from attrs import frozen

from .. import patterns
from ..records import DocumentKind
from ..rules.fields import SMALL_WORDS
from ..text import normalise_space
from .context import Context

__all__ = ["HEAD_CHARS", "Fields", "extract_fields", "meeting_heading_lines", "title_case"]

HEAD_CHARS = 3000  # the part of a document where its fields are printed
HEAD_LINES = 40


@frozen(kw_only=True)
class Fields:
    kind: DocumentKind = DocumentKind.OTHER
    title: str | None = None
    body: str | None = None
    agenda_item: str | None = None


def extract_fields(ctx: Context) -> Fields:
    """Kind, title, body and agenda item number of the document."""
    lines = _head_lines(ctx)
    block = _heading_block(lines)
    kind = _kind(lines)
    if kind is DocumentKind.OTHER and block is not None:
        kind = block.kind
    body = _labelled_body(lines)
    announced = None  # the body a minutes or notice sentence names
    if body is None:
        body = _sentence_body(lines)
        if body is not None:
            body = announced = _fuller_heading(lines, body)
    if body is None and block is not None:
        body = block.body
    title = _title(lines, kind, body)
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
    if kind is DocumentKind.AGENDA and announced is not None and title and not _names(title, announced):
        # "A meeting of the X Committee will be held ...": a letterhead above the notice is not its title
        title = announced
    if title:
        title = patterns.get("title_noise").sub("", title).strip() or None
    if body is None:
        body = _implied_body(lines, title)
    if body is not None:
        body = _plain_body(body, lines)
    return Fields(
        kind=kind,
        title=_tidy(title) if title else None,
        body=_tidy(body) if body else None,
        agenda_item=_agenda_item(lines),
    )


# ---------------------------------------------------------------- helpers


def _head_lines(ctx: Context) -> list[str]:
    text = ctx.text[:HEAD_CHARS]
    out = []
    for raw in text.split("\n")[:HEAD_LINES]:
        line = raw.replace("**", "").strip()
        if line:
            out.append(line)
    return out


def _names(title: str, body: str) -> bool:
    """Whether a title names the body ("Ashcombe District Council Planning Committee" names "Planning Committee")."""
    return normalise_space(body).lower() in normalise_space(title).lower()


def _search(name: str, line: str) -> regex.Match[str] | None:
    return patterns.get(name).search(line)


def title_case(text: str) -> str:
    """An ALL-CAPS heading in title case ("MUNICIPAL DISTRICT OF ADARE-RATHKEALE" →
    "Municipal District of Adare-Rathkeale"); other text unchanged."""
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in SMALL_WORDS:
            out.append(low)
        elif len(word) > 1 and word.isalpha() and not any(c in "AEIOUY" for c in word):
            out.append(word)  # an acronym ("SPC", "CCTV") has no vowel to read it by
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _tidy(text: str) -> str | None:
    text = normalise_space(text.replace("**", ""))
    text = text.strip(" ,;:-\u2013\u2014=")
    return title_case(text) or None


def _strip_dates(text: str) -> str:
    """A heading line without the dates in it ("CABINET 10TH MARCH 2017" → "CABINET")."""
    out = patterns.get("date_mention").sub("", text)
    return _clean_heading(out)


# ---------------------------------------------------------------- kind


MIN_RECORD_CUES = 3  # motions made, seconded, counted, all present: how many make a record of a meeting


def _kind(lines: Sequence[str]) -> DocumentKind:
    top = lines[:8]
    if any(_search("kind_decision", line) for line in top):
        return DocumentKind.DECISION
    if any(_search("kind_minutes_other_name", line) for line in lines[:12]):
        return DocumentKind.MINUTES  # "Summary of X Council Meeting", "Action Minutes"
    if sum(len(patterns.get("kind_record_cue").findall(line)) for line in lines) >= MIN_RECORD_CUES and not any(
        _search("kind_agenda", line) for line in top[:3]
    ):
        return DocumentKind.MINUTES  # motions made, seconded and counted: a record, whatever its heading says
    if any(_search("kind_agenda", line) for line in top) or _search("kind_summons", "\n".join(lines[:30])):
        return DocumentKind.AGENDA
    if any(_search("kind_minutes", line) for line in top[:6]):
        return DocumentKind.MINUTES
    if any(_search("kind_report", line) for line in lines[:15]):
        return DocumentKind.REPORT
    if any(line.lower().rstrip(":") == "minutes" for line in lines):
        return DocumentKind.MINUTES
    if any(_search("kind_minutes_lists", line) for line in lines[:20]):
        return DocumentKind.MINUTES
    if any(_search("kind_called_to_order", line) for line in lines):
        return DocumentKind.MINUTES  # "Chair X called the meeting to order at 5:31 p.m."
    # A front sheet: the letterhead, the meeting's "Date: / Time: / Venue:" and only then "AGENDA".
    notice = lines[:30]
    if any(_search("kind_agenda_heading", line) for line in notice) or (
        any(_search("label_time", line) for line in notice) and any(_search("label_venue", line) for line in notice)
    ):
        return DocumentKind.AGENDA
    if any(regex.search(r"\brecommendations?\b", line, regex.I) for line in lines):
        return DocumentKind.REPORT
    return DocumentKind.OTHER


# ---------------------------------------------------------------- body


def _labelled(lines: Sequence[str], name: str) -> str | None:
    """The value of a labelled field: the rest of its line, or the next line."""
    for i, line in enumerate(lines):
        m = _search(name, line)
        if m is None:
            continue
        value = line[m.end() :].strip()
        if not value and i + 1 < len(lines) and not _search("any_label", lines[i + 1]):
            value = lines[i + 1]
        if value:
            return value
    return None


def _labelled_body(lines: Sequence[str]) -> str | None:
    """The body a labelled field names ("Decision Maker:", "To:", "Meeting: date - Cabinet")."""
    value = _labelled(lines, "label_body")
    if value:
        value = patterns.get("members_of").sub("", _strip_dates(value))
        if value:
            return value
    for line in lines[:6]:
        m = _search("decisions_taken_by", line)
        if m is not None:
            return m.group("body")
    value = _labelled(lines, "label_meeting")
    if value:
        value = regex.sub(r"\s*\(\s*item\b[^)]*\)\s*$", "", _strip_dates(value), flags=regex.I)
        if value:
            return value
    return None


def _sentence_body(lines: Sequence[str]) -> str | None:
    """The body the minutes sentence names ("MINUTES of a meeting of the Cabinet held ...")."""
    m = patterns.get("minutes_sentence").search("\n".join(lines))
    if m is None:
        return None
    body = normalise_space(m.group("body"))
    committee = patterns.get("committee_of_council").fullmatch(body)
    return committee.group("body") if committee is not None else body


def _fuller_heading(lines: Sequence[str], body: str) -> str:
    """A heading line that names the body in full ("EASTON PARISH COUNCIL" for "Parish Council")."""
    folded = normalise_space(body).lower()
    if any(_strip_dates(line).lower() == folded for line in lines[:5]):
        return body  # "COUNTY COUNCIL" printed as such under "KENT COUNTY COUNCIL"
    for line in lines[:5]:
        cleaned = _strip_dates(line)
        low = cleaned.lower()
        if (
            len(cleaned) <= 80
            and low != folded
            and low.endswith(" " + folded)
            and not _search("spaced_dash", cleaned)  # "Vale Council - Cabinet": a running header
            and not _search("any_label", line)
            and not _search("not_a_name", cleaned)
        ):
            return cleaned
    return body


def _implied_body(lines: Sequence[str], title: str | None) -> str | None:
    """The body a heading names, or a preamble.

    The title when it is a body's name ("... Commission Meeting Minutes"); else
    the heading line above the date nearest to it that is a body's name
    ("NORTH VALE COUNCIL" / "CABINET" / "5 March 2024" gives "CABINET");
    else the body a preamble names ("That the Executive accept ...").
    """
    if title:
        named = _body_name(title)
        if named:
            return named
    candidates: list[str] = []
    for line in lines[:10]:
        if _search("generic_heading", line):
            continue
        named = _body_name(line)
        if named:
            candidates.append(named)
        if patterns.get("date_mention").search(line) and candidates:
            break
    if candidates:
        return candidates[-1]
    pm = patterns.get("preamble_body").search("\n".join(lines))
    if pm is not None:
        return pm.group("body")
    return None


def _body_name(line: str) -> str | None:
    cleaned = patterns.get("minutes_suffix").sub("", _strip_dates(line))
    cleaned = patterns.get("meeting_of_prefix").sub("", cleaned)
    kind_line = patterns.get("meeting_kind_line").fullmatch(cleaned)
    if kind_line is not None:
        cleaned = kind_line.group("name")
    if not cleaned or len(cleaned) > 90 or cleaned.endswith((".", ",")):
        return None
    hm = patterns.get("body_heading").fullmatch(cleaned)
    return hm.group("body") if hm is not None else None


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


def _is_title_line(line: str, body: str | None) -> bool:
    """Not furniture, a label, a bare date, the body's name or a council's letterhead."""
    if (
        _search("generic_heading", line)
        or _search("any_label", line)
        or _search("heading_noise", line)
        or _search("section_heading", line)
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


def _labelled_title(lines: Sequence[str]) -> str | None:
    """A labelled title: "Subject: X" (with its wrapped lines, up to the next label or section
    heading), or "Title of Report:" alone on its line with the title on the next one."""
    for i, line in enumerate(lines):
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
    for line in lines[:8]:
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
        date = patterns.get("date_mention").search(joined)
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
            if normalise_space(line).lower() == normalise_space(body).lower() and not any(
                _search("heading_last_line", later) for later in heading[i + 1 :]
            ):
                return line
    if len(heading) > 1 and _search("heading_last_line", heading[-1]):
        return " ".join(heading)  # "CITY OF X" / "ORDINARY COUNCIL MEETING MINUTES" over its opening sentence
    m = patterns.get("proceedings_title").search(head)
    if m is not None:
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


def _clean_heading(text: str) -> str:
    text = patterns.get("heading_tail").sub("", normalise_space(text))
    return text.strip(" ,;:-\u2013\u2014=")


# ---------------------------------------------------------------- the meeting's heading block


BLOCK_LINES = 60  # a cover may print a roster, a notice or a print stamp above the meeting's heading
_SPACED_WORD = r"\b(?:\w ){2,}\w\b"  # "A G E N D A"


@frozen(kw_only=True)
class _Block:
    """The heading that names the meeting: its lines, the kind its words give, its body."""

    title: str | None
    body: str | None
    kind: DocumentKind


def _column(line: str) -> str:
    """The first column of a line laid out in columns ("Regular Meeting of X      Jane Doe, Clerk")."""
    return regex.split(r"\s{3,}", line.strip(), maxsplit=1)[0]


def _unspaced(text: str) -> str:
    return regex.sub(_SPACED_WORD, lambda m: m.group(0).replace(" ", ""), text)


def _meeting_heading(line: str) -> str | None:
    """The meeting's name a heading line prints, without the date or time after it; None if it is no
    meeting heading ("REGULAR MEETING AGENDA", "Board of Education Minutes", "AGENDA – April 24, 2019",
    "Minutes of Council Meeting - 28 February 2019" gives "Council Meeting")."""
    bare = patterns.get("time_tail").sub("", line)  # "... Meeting Agenda at 6:30 p.m." ends in a time, not a sentence
    if len(line) > 110 or bare.endswith((".", ",")) or _search("any_label", line):
        return None
    if _search("heading_noise", line) or _search("not_meeting_heading", line):
        return None
    m = patterns.get("meeting_heading").fullmatch(line)
    if m is None:
        return None
    tail = m.group("tail") or ""
    if tail and patterns.get("time_tail").sub("", _strip_dates(tail)).strip(" ,;:-\u2013\u2014@*"):
        return None  # more than a date and a time after it: a sentence
    name = m.group("name") or line[: m.start("tail")] if tail else m.group("name") or line
    if not _heading_case(name):
        return None  # "The City Council took the following action on items listed in the attached meeting"
    name = regex.sub(r"^\s*minutes\s+of\s+(?!(?:an?|the)\b)", "", _unspaced(name), flags=regex.I)
    return _clean_heading(name) or None


def meeting_heading_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines that name a meeting ("REGULAR MEETING AGENDA", "Board of Education Minutes",
    "AGENDA – April 24, 2019") stand in a document's first characters, past any roster, notice or print
    stamp above them: their start and end offsets, in order."""
    out = []
    at = 0
    for raw in text[:HEAD_CHARS].split("\n")[: BLOCK_LINES + HEAD_LINES]:
        end = at + len(raw)
        line = raw.replace("**", "").strip()
        if line and _meeting_heading(_column(line)) is not None:
            out.append((at, end))
        at = end + 1
    return out


def _names_a_meeting(title: str) -> bool:
    """Whether a title names a meeting or a body ("City Council Regular Meeting"), not a venue or an item."""
    return bool(regex.search(r"\b(?:meeting|agenda|minutes|proceedings|summary)\b", title, flags=regex.I)) or (
        bool(patterns.get("body_heading").search(title)) and not _search("heading_furniture", title)
    )


def _runs_over(title: str, heading: str) -> bool:
    """Whether a title is the meeting's heading with a line that is neither letterhead nor a body's name before
    it ("Member PLANNING COMMISSION REGULAR MEETING": a roster's last line)."""
    at = title.lower().find(heading.lower())
    prefix = title[:at].strip() if at > 0 else ""
    if not prefix:
        return False
    return not (_search("authority_line", prefix) or patterns.get("body_heading").search(prefix))


def _heading_case(line: str) -> bool:
    """Every word capitalised but the small ones ("Board of Education Minutes", "REGULAR MEETING")."""
    words = regex.findall(r"[^\W\d_][\w'\-]*", line)
    return not any(w[0].islower() and w.lower() not in SMALL_WORDS for w in words)


def _block_line(line: str) -> bool:
    """A line that continues a meeting's heading: a meeting's kind ("REGULAR MEETING") or a body's name,
    in a heading's case ("Excerpts from procedural rules of X Council" is a sentence)."""
    if _search("meeting_kind_only", line):
        return True
    return _heading_case(line) and _block_body(line) is not None


def _block_body(line: str) -> str | None:
    cleaned = patterns.get("time_tail").sub("", _strip_dates(_unspaced(line)))
    cleaned = patterns.get("meeting_suffix").sub("", cleaned)
    cleaned = patterns.get("body_kind_prefix").sub("", cleaned)
    return _body_name(cleaned)


def _heading_block(lines: Sequence[str]) -> _Block | None:
    """The block of heading lines around the first line that names a meeting.

    Above it, the body's name ("CUYAHOGA COUNTY BOARD OF HEALTH" over "AGENDA – April 24, 2019") and the
    meeting's kind are kept, the venue, address and time passed over, and the authority's letterhead ("City
    of X", "X Water District") ends it; below it, lines naming the body or the meeting's kind are kept up to
    the date ("AGENDA" / "PLANNING COMMISSION" / "MEETING" / date).
    """
    columns = [_column(line) for line in lines[:BLOCK_LINES]]
    for i, line in enumerate(columns):
        name = _meeting_heading(line)
        if name is None:
            continue
        block = [name]
        for up in reversed(columns[max(0, i - 6) : i]):
            if _search("heading_furniture", up) or _search("heading_noise", up):
                continue
            if _search("authority_line", up) or patterns.get("date_mention").search(up):
                break
            if not _block_line(up):
                # a name broken over two lines: "Lincoln Square Special Service Area #21" / "Commission Meeting Minutes"
                joinable = (
                    "," not in up
                    and not regex.search(r"\b(?:of|for|to|on|in)\b", up, flags=regex.I)
                    and up.isupper() == block[0].isupper()  # "Member" over "PLANNING COMMISSION": no one name
                )
                if len(block) == 1 and joinable and _block_body(f"{up} {block[0]}") is not None:
                    block[0] = f"{up} {block[0]}"
                break
            block.insert(0, up)
        if name.lower() in ("agenda", "minutes") or _clean_heading(line) == name:  # no date on the line
            for down in columns[i + 1 : i + 5]:
                if _search("authority_line", down) or _search("heading_furniture", down):
                    break
                if not _block_line(down) and _meeting_heading(down) is None:
                    break
                block.append(_meeting_heading(down) or down)
        parts = [title_case(_clean_heading(_unspaced(part))) for part in block]
        parts = [
            p for j, p in enumerate(parts) if p and not any(p.lower() in q.lower() for q in parts[:j] + parts[j + 1 :])
        ]
        named = [p for p in parts if not _search("generic_heading", p)]
        if not named:
            return _Block(title=None, body=None, kind=_block_kind(" ".join(parts)))
        # "AGENDA" alone on its line is no part of the meeting's name ("AGENDA" / "PLANNING COMMISSION" / "MEETING")
        parts = named
        # a bare "Council" or "Board" in a heading ("Council Meeting") is no body's name
        body = next((b for part in parts if (b := _block_body(part)) is not None and " " in b.strip()), None)
        return _Block(title=" ".join(parts) or None, body=body, kind=_block_kind(" ".join(block)))
    return None


def _block_kind(heading: str) -> DocumentKind:
    """Minutes when the heading says "Minutes" or "Summary", else an agenda ("BOARD OF DIRECTORS MEETING")."""
    if regex.search(r"\b(?:minutes|summary)\b", _unspaced(heading), flags=regex.I):
        return DocumentKind.MINUTES
    return DocumentKind.AGENDA


def _plain_body(body: str, lines: Sequence[str]) -> str:
    """The body without the meeting's kind around it ("Special Planning Commission", "the City Council",
    "Ordinary Council") nor words read with it ("above Council", "Cabinet Date", "Board of Directors
    Meeting"); a US city's council without its city ("Baldwin Park City Council", "Council of the City
    of Portland") and a US township's or district's board without its authority ("Crete Township Board
    of Trustees") where the document writes its dates month first."""
    plain = patterns.get("body_kind_prefix").sub("", body).strip() or body
    plain = patterns.get("body_lead_noise").sub("", plain, count=1).strip() or plain
    bare = patterns.get("body_tail_noise").sub("", plain).strip()
    if bare and patterns.get("body_heading").fullmatch(bare):
        plain = bare
    m = patterns.get("city_council_of").fullmatch(normalise_space(_unspaced(plain)))
    if m is not None and _month_first(lines):
        return "City Council"
    board = patterns.get("authority_board").fullmatch(normalise_space(plain))
    if board is not None and _month_first(lines):
        return board.group("body")
    return plain


def _month_first(lines: Sequence[str]) -> bool:
    """Whether the document's heading writes its dates month first ("December 6, 2022", "12/06/2022")."""
    mdy = dmy = 0
    for m in patterns.get("date_mention").finditer("\n".join(lines)):
        if m.group("mdy") is not None and m.group("mdy_y"):
            mdy += 1
        elif m.group("dmy") is not None and m.group("dmy_y"):
            dmy += 1
    return mdy > dmy


# ---------------------------------------------------------------- agenda item


def _agenda_item(lines: Sequence[str]) -> str | None:
    for line in lines[:10]:
        m = patterns.get("agenda_item").search(line)
        if m is not None:
            return m.group("n").rstrip(".")
    return None
