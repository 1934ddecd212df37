"""The council or authority a document is from, where the document names itself.

    >>> find_authority("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION\\nDECISION NO:\\n24/00115")
    'Kent County Council'

Only the heading counts: the first `HEAD_LINES` non-blank lines.  A name there is the
authority when it is

* a letterhead: the name fills its line, or opens it followed by a separator, a date
  or the heading's words ("Milburn Parish Council - 14th July 2020",
  "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION");
* or the meeting a heading records, with the heading's lines joined
  ("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND COUNTY / COUNCIL HELD ...").

When the heading names none, the authority is the one

* acting in its own paper ("Notice is hereby given ... that the Oxfordshire County Council",
  "That X Council hereby gives notice", "X Community Council held their meeting", "Response
  from X Parish Council");
* or named anywhere in the document whose place its own web or mail address spells ("Gloucester
  City Council" with "@gloucester.gov.uk"; the address given most often, not a link to another).

A name in prose ("Kent County Council's policy", "... Allan Armstrong Eden District
Council") is not one, nor is a body ("Planning Committee", "Full Council").  An e-mail
domain (``@kent.gov.uk``) is never enough by itself.  Names printed in capitals are
given in title case.  The rules are data in `minutes_parser.rules.authority`.

Self-contained: it reads only the text (`extract_authority` takes the pipeline's context).
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from .. import patterns
from ..rules.authority import GENERIC_WORDS, IRISH_GENERIC_WORDS, NAME_WORDS
from ..rules.fields import SMALL_WORDS

if TYPE_CHECKING:
    from .context import Context

__all__ = ["HEAD_LINES", "extract_authority", "find_authority"]

HEAD_LINES = 25  # how many non-blank lines from the top count as the heading
JOINED_LINES = 8  # how many of them are joined to read a heading that wraps
VENUE_LINES = 5  # lines after a "Venue" label that name the place of the meeting, not the authority
LETTERHEAD_CHARS = 100  # a letterhead line is short
CAPITALS_LINES = 5  # the first lines, where a name in capitals opens the letterhead whatever follows it
ACTING_REACH = 200  # how far before or after a name the sentence in which the authority acts is read
ADDRESS_CHARS = 50_000  # where the document's own web and mail addresses are looked for
MIN_ADDRESS_KEY = 4  # a place's letters that an address must spell ("elmton"), not a short run ("ely")


def extract_authority(ctx: Context) -> str | None:
    """The authority the document names in its heading, or None."""
    return find_authority(ctx.text)


def find_authority(text: str) -> str | None:
    """The authority named in the heading of `text` (see the module docstring), or None."""
    lines = _head(text)
    return _heading(lines) or _acting(lines) or _by_address(text)


def _heading(lines: list[str]) -> str | None:
    """The authority a letterhead or the meeting's heading names."""
    skip = 0
    for i, line in enumerate(lines):
        if patterns.get("kind_minutes_lists").match(line):
            break  # the attendance lists: names past here are members' and guests'
        if patterns.get("authority_venue_label").match(line):
            skip = VENUE_LINES
        if skip:
            skip -= 1
            continue
        found = _letterhead(line, capitals=i < CAPITALS_LINES) or _heading_of(line) or _spaced(line)
        if not found and _column(line) != line:  # "X School District      Jane Roe, President"
            found = _letterhead(_column(line))
        if not found and i + 1 < len(lines) and not _letterhead(lines[i + 1]):
            # a letterhead set on two lines ("Limerick City / & County Council"), not a word over a letterhead
            found = _letterhead(line + " " + lines[i + 1], crossing=len(line))
        if found and found.lower().startswith("comhairle"):
            # a bilingual letterhead: the English name further down is the one a reader uses
            # ("Comhairle Contae Fhine Gall" / "Fingal County Council")
            english = next((e for e in map(_letterhead, lines[i + 1 :]) if e), None)
            if english and not english.lower().startswith("comhairle"):
                return english
        if found:
            return found
    joined = " ".join(line.strip() for line in lines[:JOINED_LINES])
    return _heading_of(joined)


def _column(line: str) -> str:
    """The first column of a line laid out in columns."""
    return regex.split(r"\s{3,}", line.strip(), maxsplit=1)[0]


def _spaced(line: str) -> str | None:
    """A letter-spaced letterhead: "C I T Y O F E L M T O N" is the City of Elmton."""
    if not regex.fullmatch(r"[\W_]*(?:[A-Z]\s+){5,}[A-Z][\W_]*", line):
        return None
    m = patterns.get("authority_spaced_of").match(regex.sub(r"\s+", "", line))
    return f"{m.group('kind').title()} of {m.group('place').title()}" if m is not None else None


def _acting(lines: list[str]) -> str | None:
    """The authority acting in its own paper: "Notice is hereby given ... that the X County Council", "X Council
    hereby gives notice", "X Community Council held their meeting", "Response from X Parish Council"."""
    joined = "\n".join(lines)
    for m in _names(joined):
        before = joined[max(0, m.start() - ACTING_REACH) : m.start()]
        if patterns.get("authority_acts_before").search(before) or patterns.get("authority_acts_after").match(
            joined[m.end() : m.end() + ACTING_REACH]
        ):
            return tidy(_name(m))
    return None


def _by_address(text: str) -> str | None:
    """The council named anywhere whose place the document's own web or mail address spells ("Elmton City
    Council" with "clerk@elmtoncity.gov"); the one named most often when several do."""
    head = text[:ADDRESS_CHARS]
    hosts = collections.Counter(
        regex.sub(r"^www\.", "", m.group("host").lower()) for m in patterns.get("authority_address").finditer(head)
    )
    if not hosts:
        return None
    most = max(hosts.values())  # the document's own address is the one it gives most often, not a link to another
    labels = {label for host, n in hosts.items() if n == most for label in host.split(".")}
    counts: dict[str, int] = {}
    for m in _names(head):
        words = (m.group("place") or "").lower().split()
        while words and words[-1] in _generic():
            words.pop()  # "Gloucester City" (Council): the place is Gloucester
        key = regex.sub(r"[^a-z]", "", "".join(words))
        if len(key) >= MIN_ADDRESS_KEY and any(key in label for label in labels):
            name = tidy(_name(m))
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _head(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        if line.strip():
            out.append(line.strip(" \t*#_>|"))
            if len(out) >= HEAD_LINES:
                break
    return out


def _names(line: str) -> list[regex.Match[str]]:
    """Every authority name in the line with a place that names somewhere (not "County Council")."""
    return list(_cached_names(line))


@functools.lru_cache(maxsize=256)
def _cached_names(line: str) -> tuple[regex.Match[str], ...]:
    """`_names`, remembered: the heading's lines are read alone, in pairs and as the next line's lookahead."""
    return tuple(_find_names(line))


def _find_names(line: str) -> list[regex.Match[str]]:
    return _kept_names(_name_matches(line))


def _name_matches(text: str) -> Iterator[regex.Match[str]]:
    """``finditer(text, overlapped=True)`` of the authority's name, searched only in the runs of `text` a name
    may lie in (no name holds a comma, a full stop, a bracket ...) that hold one of its words (`NAME_WORDS`);
    each run is searched with the character after it, so what the pattern looks at around a name is as in
    `text`.  Most heading lines, and most of a heading's joined lines, are never searched."""
    pattern = patterns.get("authority_name")
    for run in patterns.get("authority_name_run").finditer(text):
        folded = run.group().casefold()  # folds at least what the pattern's simple case folding does
        if any(word in folded for word in NAME_WORDS):
            yield from pattern.finditer(text, run.start(), min(len(text), run.end() + 1), overlapped=True)


def _kept_names(matches: Iterable[regex.Match[str]]) -> list[regex.Match[str]]:
    out: list[regex.Match[str]] = []
    for m in matches:
        place = m.group("place") or ""
        first = place.split()[0].lower() if place.split() else ""
        if first in _generic() and not _of_form(m.group("name")) and not _new_place(place):
            continue
        if m.group("name").lower().startswith("comhairle") and all(
            w.lower() in IRISH_GENERIC_WORDS for w in place.split()
        ):
            continue  # "Comhairle Cathrach": a city council, of no place
        if out and m.start() < out[-1].end():
            continue  # a shorter name inside one already found
        out.append(m)
    return out


def _new_place(place: str) -> bool:
    """ "New York", "New Elmfield": a place whose first word is "New" and whose next is no generic word."""
    words = place.lower().split()
    return len(words) > 1 and words[0] == "new" and words[1] not in _generic()


def _of_form(name: str) -> bool:
    """ "City of Chico": the place is named after the kind, and may itself be a generic word ("Town of Parish")."""
    return bool(regex.search(r"\s of \s", name, regex.IGNORECASE | regex.VERBOSE)) and not name.lower().startswith(
        ("comhairle",)
    )


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(GENERIC_WORDS)


def _letterhead(line: str, crossing: int = 0, *, capitals: bool = False) -> str | None:
    """The name a letterhead line opens (after the meeting's kind or a department's name at most), followed
    by nothing or the heading's words; a line in capitals near the top may go on with any words ("LONDON
    BOROUGH OF X PENSION FUND")."""
    if len(line) > LETTERHEAD_CHARS * (2 if crossing else 1):
        return None
    for m in _names(line):
        if crossing and not m.start() < crossing < m.end():
            continue
        before = line[: m.start()]
        if (
            before.strip(" \t-–—|:•·*_")
            and not _only_noise(before)
            and not patterns.get("authority_lead_words").match(before)
        ):
            continue  # the name does not open the line
        tail = line[m.end() :]
        if patterns.get("authority_letterhead_tail").match(tail) or (
            capitals and line.isupper() and not regex.search(r"\d", tail)
        ):
            return tidy(_name(m))
    return None


def _only_noise(before: str) -> bool:
    """OCR debris before a letterhead ("_e Comhairle", "——> Limerick"): no word of two letters."""
    return regex.search(r"[A-Za-z]{2}", before) is None


def _heading_of(joined: str) -> str | None:
    for m in _names(joined):
        if patterns.get("authority_heading_of").search(joined[max(0, m.start() - 120) : m.start()]) and patterns.get(
            "authority_heading_after"
        ).match(joined[m.end() :]):
            return tidy(_name(m))
    return None


def _name(m: regex.Match[str]) -> str:
    """The authority a match names: a county for its board ("Board of Supervisors of Kern County")."""
    name = m.group("name")
    return m.group("place") if name.lower().startswith("board") else name


def tidy(name: str) -> str:
    """The name on one line, without "the", in title case when it was printed in capitals."""
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    if name.isupper() or any(len(w) > 3 and w.isupper() for w in name.split(" ")):
        small = set(SMALL_WORDS)
        words = name.split(" ")
        name = " ".join(
            w.lower() if i and w.lower() in small else "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
            for i, w in enumerate(words)
        )
    return name
