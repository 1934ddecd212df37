"""The meeting's heading on a cover: its lines, the kind and body they give, and the body's name cleaned.

A cover prints the meeting's heading somewhere in its first lines, often below a letterhead, a
roster, a notice or a print stamp ("CITY OF WESTVALE / REGULAR MEETING OF THE CITY COUNCIL /
December 6, 2022"); `meeting_heading_lines` finds those lines (the dates step reads the meeting's
date from them), `_heading_block` the block they form, and `_plain_body` cleans a body's name of the
meeting's kind and of words read with it.  `minutes_parser.extract.fields` uses them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from .. import patterns
from ..records import DocumentKind
from ..rules.fields import SMALL_WORDS
from ..text import normalise_space

__all__ = ["HEAD_CHARS", "HEAD_LINES", "meeting_heading_lines", "title_case"]


HEAD_CHARS = 3000  # the part of a document where its fields are printed
HEAD_LINES = 40


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
        elif len(core := word.strip("()[]")) > 1 and core.isalpha() and not any(c in "AEIOUY" for c in core):
            out.append(word)  # an acronym ("SPC", "(CCTV)") has no vowel to read it by
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def _strip_dates(text: str) -> str:
    """A heading line without the dates in it ("CABINET 10TH MARCH 2017" → "CABINET")."""
    out = patterns.get("date_mention").sub("", text)
    return _clean_heading(out)


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
MAX_LOWER_WORDS = 4  # small words other than joining ones a heading naming a body holds at most


def _body_name(line: str) -> str | None:
    line = line.translate(_HYPHENS)  # a text layer's U+2010 hyphen ("TULSA CITY COUNCIL \u2010 Public Works ...")
    committee = patterns.get("parent_then_committee").fullmatch(normalise_space(line))
    if committee is not None:
        # "TULSA CITY COUNCIL - Public Works Committee Meeting": the committee meets, not the council
        return _body_name(committee.group("body"))
    cleaned = patterns.get("minutes_suffix").sub("", _strip_dates(line))
    cleaned = patterns.get("meeting_of_prefix").sub("", cleaned)
    kind_line = patterns.get("meeting_kind_line").fullmatch(cleaned)
    if kind_line is not None:
        cleaned = kind_line.group("name")
    if not cleaned or len(cleaned) > 90 or cleaned.endswith((".", ",")):
        return None
    if patterns.get("person_role_line").match(cleaned):
        return None  # "Angela Calvillo, Clerk of the Board": a person and the post they hold, no body
    if len(patterns.get("lower_word").findall(cleaned)) > MAX_LOWER_WORDS:
        return None  # a sentence with no stop: "Mayor X moves to the roll call of council for the session of council"
    owned = _owned_body(cleaned)
    if owned is not None:
        return owned
    hm = patterns.get("body_heading").fullmatch(cleaned)
    if hm is None:
        # "Elm Vale Town Council Meeting", "Elm Vale Community Council public meeting" (a running head): the body
        # named in full; a bare "Council Meeting" is no name
        hm = patterns.get("body_heading").fullmatch(patterns.get("meeting_word_end").sub("", cleaned))
        if hm is not None and " " not in hm.group("body").strip():
            return None
    if hm is None:
        # "Commission on Aging 1": the page's number after the body's name on its line
        hm = patterns.get("body_heading").fullmatch(patterns.get("heading_page_number_end").sub("", cleaned))
    if hm is not None:
        return hm.group("body")
    split = patterns.get("body_then_meeting").fullmatch(cleaned)
    if split is not None:
        # "Gridley City Council —Regular City Council Meeting Minutes", "GRIDLEY CITY COUNCIL AGENDA: Regular
        # Meeting of 8-5-19": the body before a dash or a colon, the meeting after it
        return _body_name(split.group("head"))
    return None


def _owned_body(line: str) -> str | None:
    """The body a heading names before the authority it serves ("Board of Supervisors City and County of San
    Francisco" gives "Board of Supervisors"), or None when no such authority ends the line."""
    owner = patterns.get("owning_authority_tail").search(line)
    if owner is None or owner.start() == 0:
        return None
    hm = patterns.get("body_heading").fullmatch(line[: owner.start()].rstrip(" ,-\u2013"))
    return hm.group("body") if hm is not None else None


def _clean_heading(text: str) -> str:
    text = patterns.get("heading_tail").sub("", normalise_space(text))
    return text.strip(" ,;:-\u2013\u2014=")


def _search(name: str, line: str) -> regex.Match[str] | None:
    return patterns.get(name).search(line)


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
                block.append(_meeting_heading(down) or _strip_dates(down))  # the meeting's name, not its date
        parts = [title_case(_clean_heading(_unspaced(part))) for part in block]
        parts = [
            p for j, p in enumerate(parts) if p and not any(p.lower() in q.lower() for q in parts[:j] + parts[j + 1 :])
        ]
        named = [p for p in parts if not _search("generic_heading", p)]
        # the kind from the heading as printed: "MINUTES OF REGULAR LIBRARY BOARD MEETING" names the meeting
        # "Regular Library Board Meeting", and is its minutes
        kind = _block_kind(" ".join([*block, line]))
        if not named:
            return _Block(title=None, body=None, kind=kind)
        # "AGENDA" alone on its line is no part of the meeting's name ("AGENDA" / "PLANNING COMMISSION" / "MEETING")
        parts = named
        # a bare "Council" or "Board" in a heading ("Council Meeting") is no body's name
        body = next((b for part in parts if (b := _block_body(part)) is not None and " " in b.strip()), None)
        return _Block(title=" ".join(parts) or None, body=body, kind=kind)
    return None


def _block_kind(heading: str) -> DocumentKind:
    """Minutes when the heading says "Minutes" or "Summary", else an agenda ("BOARD OF DIRECTORS MEETING")."""
    if regex.search(r"\b(?:minutes|summary)\b", _unspaced(heading), flags=regex.I):
        return DocumentKind.MINUTES
    return DocumentKind.AGENDA


def _plain_body(body: str, lines: Sequence[str]) -> str:
    """The body without the meeting's kind around it ("Special Planning Commission", "the City Council",
    "Ordinary Council") nor words read with it ("above Council", "Cabinet Date", "Board of Directors
    Meeting"), its council written as its owner ("X Council's Travel Committee"), a dated heading before
    it nor the purpose after it ("X County Council to consider ..."); a US city's council without its
    city ("Baldwin Park City Council", "Council of the City of Portland") and a US township's or
    district's board without its authority ("Crete Township Board of Trustees") where the document
    writes its dates month first."""
    body = patterns.get("body_owner_prefix").sub("", body, count=1).strip() or body  # "X Council's Committee"
    dated = patterns.get("body_dated_prefix").match(body)
    if dated is not None and (
        dated.group("head").lower().endswith("meeting") or patterns.get("date_mention").search(dated.group("head"))
    ):
        body = body[dated.end() :]  # "November 16, 2021 Meeting Jan 11, 2022 - X COMMITTEE"
    body = patterns.get("body_purpose_tail").sub("", body).strip() or body  # "X Council to consider ..."
    plain = patterns.get("body_kind_prefix").sub("", body).strip() or body
    plain = patterns.get("body_lead_noise").sub("", plain, count=1).strip() or plain
    bare = patterns.get("body_tail_noise").sub("", plain).strip()
    if bare and patterns.get("body_heading").fullmatch(bare):
        plain = bare
    m = patterns.get("city_council_of").fullmatch(normalise_space(_unspaced(plain)))
    if m is not None and _month_first(lines):
        return "City Council"
    owned = patterns.get("authority_of_board").fullmatch(normalise_space(plain))
    if owned is not None and _month_first(lines):
        return owned.group("body")  # "Port of Alsea Regular Commission": the Commission
    board = patterns.get("authority_board").fullmatch(normalise_space(plain))
    if board is not None and (_month_first(lines) or board.group("township")):
        return board.group("body")  # a township is American whatever order its dates are written in
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
