"""Small text helpers shared by every step."""

from __future__ import annotations

from . import patterns

__all__ = ["fold", "normalise_space"]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise_space(text: str) -> str:
    """The documented normalisation between a span and a record's text:
    runs of white space (line breaks included) become one space, ends trimmed."""
    return patterns.get("space_run").sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case, straight quotes and dashes, single spaces: for comparing wordings."""
    return normalise_space(text.translate(_QUOTES)).lower()
