"""Compile the rule tables in `minutes_parser.rules` into `regex` patterns, lazily.

A rule table maps a name to a pattern written in `regex`'s VERBOSE syntax; a
pattern may use a named piece as ``{piece}``, and pieces may use each other.
Nothing is compiled at import: `get(name)` compiles on first use and caches.
"""

from __future__ import annotations

import functools

import regex

from .rules import PATTERNS, PIECES

__all__ = ["build", "expand", "get", "names"]

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
