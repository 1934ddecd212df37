"""Small text helpers shared by every step: the one normaliser of white space and of typography."""

from __future__ import annotations

import unicodedata

from . import patterns

__all__ = ["TYPOGRAPHY", "fold", "fold_typography", "normalise_space"]

# Typographic quotes, primes, dashes and the no-break space onto their plain forms.
TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ",
    }
)  # fmt: skip


def normalise_space(text: str) -> str:
    """The documented normalisation between a span and a record's text:
    runs of white space (line breaks included) become one space, ends trimmed."""
    if "  " not in text and text.isprintable():
        return text.strip()  # no white space but single plain spaces (any other is unprintable): nothing to join
    return patterns.get("space_run").sub(" ", text).strip()


def fold_typography(text: str) -> str:
    """For comparing wordings: NFKC, straight quotes and dashes, no markdown bold, single spaces, lower case."""
    return normalise_space(unicodedata.normalize("NFKC", text).replace("**", "").translate(TYPOGRAPHY)).lower()


fold = fold_typography  # the name `items` compares restated recommendations by
