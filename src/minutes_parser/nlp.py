"""The shared spaCy pipeline: built once per process, lazily, never at import.

`pipeline()` is ``spacy.blank("en")`` with a sentencizer and a span ruler whose
token patterns come from the people vocabularies (given names, role words).
The extractors use it for tokens, sentence boundaries and candidate spans; the
exact extent of a name or a role is then read with the rules' regexes.

An installed English pipeline with NER (``en_core_web_sm``) is only loaded
when asked (`ner_pipeline`), and never downloaded.
"""

from __future__ import annotations

import functools
from typing import Any

from .rules import people as R

__all__ = ["GIVEN_NAME_LABEL", "ROLE_LABEL", "ner_pipeline", "pipeline"]

GIVEN_NAME_LABEL = "GIVEN_NAME"
ROLE_LABEL = "ROLE"
RULER_KEY = "people"

# A capitalised word: "Gough", "McMahon", "O’Brien" (spaCy's IS_TITLE misses the last two).
_CAPITALISED: dict[str, Any] = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ][\w'’]*[a-zß-ÿ]"}}

_ROLE_HEADS = ("Head", "Director", "Manager", "Leader", "Clerk", "Chairman", "Chair", "Chief", "Officer",
               "Cathaoirleach", "Mayor", "Counsel", "Administrator", "Engineer", "Secretary", "Treasurer",
               "Member", "Minister", "Solicitor", "Lead")  # fmt: skip


def _patterns(extra_role_words: tuple[str, ...]) -> list[dict[str, Any]]:
    heads = sorted({*_ROLE_HEADS, *extra_role_words})
    out: list[dict[str, Any]] = [
        # "Jane Smith", "Marie-Ann Jackson": a known given name and a capitalised word.
        {
            "label": GIVEN_NAME_LABEL,
            "pattern": [{"TEXT": {"IN": list(R.GIVEN_NAMES)}}, {"IS_SPACE": True, "OP": "?"}, _CAPITALISED],
        },
        {
            "label": GIVEN_NAME_LABEL,
            "pattern": [{"TEXT": {"IN": list(R.GIVEN_NAMES)}}, {"IS_UPPER": True, "LENGTH": 1}],
        },
        {
            "label": GIVEN_NAME_LABEL,
            "pattern": [
                {"TEXT": {"IN": list(R.GIVEN_NAMES)}},
                {"LOWER": {"IN": ["and", "&"]}},
                {"IS_SPACE": True, "OP": "?"},
                {"TEXT": {"IN": list(R.GIVEN_NAMES)}},
            ],
        },
    ]
    # "The Head of Community Services said", "the Leader", "The Cathaoirleach".
    out.append(
        {
            "label": ROLE_LABEL,
            "pattern": [
                {"LOWER": "the"},
                {"IS_TITLE": True, "OP": "*"},
                {"TEXT": {"IN": heads}},
            ],
        }
    )
    return out


@functools.cache
def pipeline(extra_role_words: tuple[str, ...] = ()) -> Any:
    """The blank English pipeline with a sentencizer and the people span ruler."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler: Any = nlp.add_pipe("span_ruler", config={"spans_key": RULER_KEY, "validate": False})
    ruler.add_patterns(_patterns(extra_role_words))
    return nlp


@functools.cache
def ner_pipeline() -> Any | None:
    """An installed English pipeline with NER, or None (never downloads)."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"):
        if spacy.util.is_package(name):
            try:
                return spacy.load(name, exclude=["lemmatizer", "parser"])
            except (OSError, ValueError):  # a broken install: work without it
                return None
    return None
