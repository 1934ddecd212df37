"""Compile the rule tables in `minutes_parser.rules` into `regex` patterns, lazily.

A rule table maps a name to a pattern written in `regex`'s VERBOSE syntax; a
pattern may use a named piece as ``{piece}``, and pieces may use each other.
Nothing is compiled at import: `get(name)` compiles on first use and caches.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Iterator

import regex

from .rules import FORMS, PATTERNS, PIECES

__all__ = ["NEAR_REACH", "build", "expand", "finditer_forms", "finditer_near", "forms", "get", "names"]

FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION1
CASE_SENSITIVE_PREFIX = "(?-i)"
# VERSION1 folds case fully when ignoring it ("ß" matches "ss"), which makes each character
# class and alternation many times slower (a preamble rule took 2.7 s on a 3,000-character roll
# of members, 0.04 s with simple folding).  English council papers need only simple folding;
# the one thing full folding caught, ligatures ("ﬁ" for "fi"), the sources spell out.
SIMPLE_CASE_FOLDING = "(?-f)"


def expand(source: str, _depth: int = 0) -> str:
    """Replace every ``{piece}`` in a pattern by the piece, recursively."""
    if _depth > 20:
        raise ValueError(f"pieces nest too deep (a cycle?) in {source[:60]!r}")

    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in PIECES:
            return m.group(0)  # a quantifier such as {2} or {1,3} is not a piece
        return "(?:" + expand(PIECES[name], _depth + 1) + ")"

    return _piece_ref().sub(sub, source)


@functools.cache
def _piece_ref() -> regex.Pattern[str]:
    return regex.compile(r"\{([a-z_][a-z0-9_]*)\}")


@functools.cache
def get(name: str) -> regex.Pattern[str]:
    """The compiled pattern called `name` (case-insensitive unless it starts with ``(?-i)``)."""
    try:
        source = PATTERNS[name]
    except KeyError:
        raise KeyError(f"no pattern named {name!r}") from None
    return regex.compile(SIMPLE_CASE_FOLDING + expand(source), FLAGS)


def build(source: str, flags: int = regex.VERSION1) -> regex.Pattern[str]:
    """Compile a pattern made at run time (from vocabularies users may extend), with the rule
    tables' simple case folding.  Callers cache what they build."""
    return regex.compile(SIMPLE_CASE_FOLDING + source, flags)


def names() -> tuple[str, ...]:
    return tuple(sorted(PATTERNS))


#: How far a pattern searched with `finditer_near` may run: its matches start at most this many
#: characters before the cue they hold, end at most this many after it, and look no further than
#: this many past their end.  A mover or seconder statement is a line or two (the longest over the
#: dev and raw corpora is 82 characters); 250 is three times that.
NEAR_REACH = 250


def finditer_near(
    pattern: regex.Pattern[str], cue: regex.Pattern[str], text: str, reach: int = NEAR_REACH
) -> Iterator[regex.Match[str]]:
    """The matches of `pattern` in `text`, as ``pattern.finditer(text)`` yields them, searching only near `cue`.

    For a pattern that every match of holds a match of `cue` (a word such as "seconded"),
    tried at every position of the text but matching at few: the text is searched only
    within `reach` of each cue, so a long paper with a handful of cues costs a handful of
    short searches.  Matches longer than `reach`, or looking further past their end, are
    the bound (`NEAR_REACH`); a match the cut at a region's end might have made up (a
    no-letter-after assertion at the cut) is never kept: a real one ends `reach` before the cut.
    """
    regions: list[list[int]] = []
    for m in cue.finditer(text):
        start, end = max(0, m.start() - reach), min(len(text), m.end() + 2 * reach)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    last = 0  # where the last match ended: matches do not overlap, as with finditer
    for start, end in regions:
        pos = max(start, last)
        while pos <= end:
            found = pattern.search(text, pos, end)
            if found is None:
                break
            if end < len(text) and found.end() > end - reach:  # near the cut: no real match ends here
                pos = found.start() + 1
                continue
            yield found
            last = found.end()
            pos = last if found.end() > found.start() else last + 1


@functools.cache
def forms(name: str) -> tuple[regex.Pattern[str], ...]:
    """The forms of the pattern called `name`, each compiled alone (`rules.FORMS`); the pattern
    itself is their alternation, in this order."""
    try:
        sources = FORMS[name]
    except KeyError:
        raise KeyError(f"no forms for a pattern named {name!r}") from None
    return tuple(regex.compile(SIMPLE_CASE_FOLDING + expand(source), FLAGS) for source in sources)


def finditer_forms(name: str, text: str) -> Iterator[regex.Match[str]]:
    """The matches of the pattern called `name` in `text`, as ``get(name).finditer(text)`` yields
    their spans, found form by form.

    An alternation is tried form after form at every position; each form alone is found by the
    engine's own fast search.  Each form's match at every position (``overlapped``) is merged
    as the alternation chooses: the leftmost, the first form at one position, then on from
    where it ended.  A match is its form's: groups of other forms are not in it.
    """
    heads: list[tuple[int, int, regex.Match[str]]] = []
    found = [pattern.finditer(text, overlapped=True) for pattern in forms(name)]
    for index, matches in enumerate(found):
        first = next(matches, None)
        if first is not None:
            heads.append((first.start(), index, first))
    heapq.heapify(heads)
    pos = 0
    while heads:
        start, index, match = heapq.heappop(heads)
        if start >= pos:
            yield match
            pos = match.end() if match.end() > match.start() else match.end() + 1
        following = next(found[index], None)
        while following is not None and following.start() < pos:
            following = next(found[index], None)
        if following is not None:
            heapq.heappush(heads, (following.start(), index, following))
