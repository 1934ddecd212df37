"""The decision-making body a document names: where it is printed, and its name completed.

Where it is printed (`minutes_parser.extract.fields` tries these in turn):

* a labelled field ("Decision Maker:", "To: Cabinet – 30 January 2025", "Meeting: 14/12/2022 - Cabinet");
* the minutes sentence ("MINUTES of a meeting of the Cabinet held ...", "MINUTES OF X District Council /
  Ordinary Council Meeting HELD AT"), or the heading a sentence points back to ("... of the above
  Council"), or a heading line naming it in full ("EASTON PARISH COUNCIL" for "Parish Council");
* a heading line or title that is a body's name, its last line where a heading names the body's owner
  first ("X PENSION FUND" / "PENSIONS ADVISORY PANEL"); else the body a preamble names.

Its name completed from the rest of the document, where the heading names it only in part:

* A bare board ("Regular Board Meeting" gives "Board"; "BOARD OF WATER AND POWER / COMMISSIONERS"
  broken over two lines gives "Commissioners" or the first line) takes the board's full name the
  document prints most often in its first pages ("The Board of Directors of the X Water District
  holds ...").
* Minutes or an agenda under a US township's or town's letterhead ("Colfax Township", "Town of
  North Star") that name no body but speak of its "Board members" are the Township Board's or the
  Town Board's.

The rules are data in `minutes_parser.rules.fields` and `minutes_parser.rules.bodies`; a name's clean-up
(`_plain_body`) is in `minutes_parser.extract.headings`.
"""

from __future__ import annotations

import collections
from collections.abc import Sequence

import regex

from .. import patterns
from ..records import DocumentKind
from ..rules.bodies import BARE_BOARD_NAMES, GENERIC_BODY_NAMES, NOT_PLACE_WORDS
from ..text import normalise_space
from .headings import _body_name, _owned_body, _search, _strip_dates

__all__ = ["MINUTES_HEADING_LINES", "completed_body"]

BOARD_CHARS = 8000  # where a board's full name is looked for: its agenda's or minutes' first pages
LETTERHEAD_LINES = 4  # where a township's letterhead stands


def completed_body(body: str | None, kind: DocumentKind, lines: Sequence[str], text: str) -> str | None:
    """The body in full where the heading named it in part (see the module docstring), else `body`."""
    if body is not None and normalise_space(body).lower() in BARE_BOARD_NAMES:
        return _board_in_full(text) or body
    if body is not None and normalise_space(body).lower().startswith("board of "):
        # a name broken over two lines: "BOARD OF HARBOR AND PORT" / "COMMISSIONERS"
        full = _board_in_full(text)
        if (
            full is not None
            and full.lower().startswith(normalise_space(body).lower() + " ")
            # not the authority the board serves printed after it ("... City and County of Elmville")
            and _owned_body(full) is None
        ):
            return full
    if body is None and kind in (DocumentKind.MINUTES, DocumentKind.AGENDA):
        return _township_board(lines, text)
    if body is not None and normalise_space(body).lower() in GENERIC_BODY_NAMES:
        return _placed_body(normalise_space(body).lower(), text) or body
    return body


def _placed_body(kind: str, text: str) -> str | None:
    """The council a generic name ("Parish Council") stands for, as the document names it in full: the place
    printed before that kind most often ("South Cerney Parish Council" three times over "THE PARISH
    COUNCIL" in the heading), the first on a tie.  Near miss: another kind of council the minutes mention
    ("Cotswold District Council" in parish minutes) is never the parish's."""
    counts: dict[str, int] = {}
    for m in patterns.get("place_then_generic_body").finditer(text):
        if normalise_space(m.group("kind")).lower() != kind:
            continue
        words = m.group("place").split()
        while words and words[0].lower() in NOT_PLACE_WORDS:
            words = words[1:]
        if not words or any(w.lower() in NOT_PLACE_WORDS - {"and"} for w in words):
            continue
        name = f"{' '.join(words)} {normalise_space(m.group('kind'))}"
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda n: counts[n])  # (dicts keep the first seen first: a tie goes to it)


def _board_in_full(text: str) -> str | None:
    """The board's full name printed most often (the first of equals) in the document's first pages."""
    names = [normalise_space(m.group(0)) for m in patterns.get("board_in_full").finditer(text[:BOARD_CHARS])]
    if not names:
        return None
    counts = collections.Counter(name.lower() for name in names)
    best = max(counts.values())
    return next(name for name in names if counts[name.lower()] == best)


def _township_board(lines: Sequence[str], text: str) -> str | None:
    """ "Township Board" or "Town Board" under a township's or town's letterhead whose board is spoken of."""
    for line in lines[:LETTERHEAD_LINES]:
        m = patterns.get("township_letterhead").search(line)
        if m is None:
            continue
        if not patterns.get("board_members_present").search(text[:BOARD_CHARS]):
            return None
        return "Township Board" if m.group("township") else "Town Board"
    return None


# ---------------------------------------------------------------- the body a heading names

MINUTES_HEADING_LINES = 6  # where a minutes heading stands (under a running header or the letterhead)


def _labelled(lines: Sequence[str], name: str) -> str | None:
    """The value of a labelled field: the rest of its line, or the next line."""
    for i, line in enumerate(lines):
        m = _search(name, line)
        if m is None:
            continue
        value = line[m.end() :].strip()
        at = i  # the line the value ends on
        if not value and i + 1 < len(lines) and not _search("any_label", lines[i + 1]):
            value, at = lines[i + 1], i + 1
        wraps = value and regex.search(r"(?:,|\s(?:and|&))$", value) and at + 1 < len(lines)
        if wraps and not _search("any_label", lines[at + 1]):
            value = f"{value} {lines[at + 1]}"  # "Cabinet Member for Regeneration," / "Planning and Transport"
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
        # a time after the label is no body ("... for part of meeting:" / "3:30pm")
        value = patterns.get("time_tail").sub("", value).strip()
        if value:
            return value
    return None


def _sentence_body(lines: Sequence[str]) -> str | None:
    """The body the minutes sentence names ("MINUTES of a meeting of the Cabinet held ...")."""
    head = "\n".join(lines)
    m = patterns.get("minutes_sentence").search(head)
    if m is None:
        return _named_meeting_body(head) or _met_in_session_body(head)
    body = normalise_space(m.group("body"))
    committee = patterns.get("committee_of_council").fullmatch(body) or patterns.get("board_of_owner").fullmatch(body)
    return committee.group("body") if committee is not None else body


def _met_in_session_body(head: str) -> str | None:
    """The body minutes' opening sentence says met ("THE WEST VALLEY CITY COUNCIL MET IN REGULAR SESSION ON ...")."""
    m = patterns.get("body_met_in_session").search(head)
    return normalise_space(m.group("body")) if m is not None else None


def _named_meeting_body(head: str) -> str | None:
    """The body of a meeting named without an article ("MINUTES OF X District Council / Ordinary Council Meeting
    HELD AT" gives "X District Council"; "... District Council / Audit Committee Meeting HELD ON" the committee)."""
    m = patterns.get("minutes_of_named_meeting").search(head)
    if m is None:
        return None
    name = normalise_space(m.group("name"))
    split = patterns.get("council_then_body").fullmatch(name)
    if split is not None:
        return split.group("body") or split.group("council")
    district = patterns.get("municipal_district").fullmatch(name)
    if district is not None:
        return district.group("body")  # "Municipal District of X / Annual General Meeting"
    return _body_name(name)


def _referred_body(lines: Sequence[str]) -> str | None:
    """The body a heading line names above a sentence that points back to it ("TINTERN VALE COMMUNITY COUNCIL"
    over "You are summoned to a meeting of the above Council")."""
    for line in lines[:4]:
        if _search("referring_body", line) or patterns.get("referring_sentence").search(line):
            break
        named = _body_name(line)
        if named:
            return named
    return None


def _fuller_heading(lines: Sequence[str], body: str) -> str:
    """A heading line that names the body in full ("EASTON PARISH COUNCIL" for "Parish Council", "Fingal County
    Council" for the "Annual County Council" a minutes heading names)."""
    folded = normalise_space(patterns.get("body_kind_prefix").sub("", body).strip() or body).lower()
    named = [] if _search("proper_body_name", body) else _named_before(lines, folded)
    for i, line in enumerate(lines[:5]):
        if _strip_dates(line).lower() != folded:
            continue
        above = normalise_space(lines[i - 1]).lower() if i else ""
        if not any(above.endswith(n[: -len(folded)].strip().lower()) for n in named):
            return body  # "COUNTY COUNCIL" printed as such under "KENT COUNTY COUNCIL"
    if named:
        # "... MEETING OF WROXTON & BALSCOTE" / "PARISH COUNCIL", "a meeting of Wroxton and Balscote Parish Council":
        # a mention in running text (the case the body prints its name in) before one in capitals
        return next((n for n in named if not n.isupper()), named[0])
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


def _named_before(lines: Sequence[str], folded: str) -> list[str]:
    """A body named by its kind alone ("parish council") in full, where the head's lines print its own name
    before the kind, across a line break or in a summons's sentence.  Near miss: "NOTICE OF THE PARISH
    COUNCIL MEETING" (no name before)."""
    joined = "\n".join(lines[:MAX_NAMED_LINES])
    return [
        normalise_space(m.group(0))
        for m in patterns.get("body_named_before_kind").finditer(joined)
        if m.group("kind").lower() == folded
    ]


MAX_NAMED_LINES = 8


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
            return _last_heading_line(lines, named)
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


def _last_heading_line(lines: Sequence[str], named: str) -> str:
    """The body a heading's last line names by itself, where the heading runs over lines that name
    its owner or its name in another language first ("LONDON BOROUGH OF X PENSION FUND" / "PENSIONS
    ADVISORY PANEL", "COMHAIRLE CATHRACH ..." / "WATERFORD CITY AND COUNTY COUNCIL"); else `named`.
    Near miss: a last line of one word ("X VALE COMMUNITY" / "COUNCIL", "BOARD OF HARBOR" /
    "COMMISSIONERS") is the end of a name broken over two lines."""
    folded = normalise_space(named).lower()
    for line in lines[:MINUTES_HEADING_LINES]:
        low = normalise_space(line).lower()
        if low == folded:
            return named  # printed on one line
        if low and folded.endswith(" " + low) and len(low.split()) >= 2:
            own = _body_name(line)
            if own is not None and normalise_space(own).lower() == low:
                return own
    return named
