"""The shared spaCy pipeline: built once per process, lazily, never at import.

`pipeline()` is ``spacy.blank("en")`` with a span ruler whose token patterns
come from the people vocabularies (given names, role words). `ruler_spans`
runs it over a document: the tokenizer and the ruler see only the lines that
hold a word the patterns start from (a known given name, or "the" with a role
head) and the lines beside them, in chunks, so the cost follows the names in a
document rather than its length, and a 1,000-page pack never meets spaCy's
`max_length`. The exact extent of a name or a role is then read with the
rules' regexes.

An installed English pipeline with NER (``en_core_web_sm``) is only loaded
when asked (`ner_pipeline`), and never downloaded; `ner_spans` runs it in
chunks of whole lines.

spaCy is imported here only, by `spacy_module()`, with its command line held
back: spaCy 3's ``__init__`` imports ``spacy.cli`` for ``spacy.info``, and the
command line pulls typer, ``requests``/``urllib3`` (for ``spacy download``),
weasel and the training loop: a third of spaCy's import time, and a network
library in a parser that never downloads anything.  See docs/design.md.
"""

from __future__ import annotations

import functools
import re
import sys
import types
from collections.abc import Iterator
from typing import Any

from .rules import people as R

__all__ = [
    "GIVEN_NAME_LABEL",
    "ROLE_LABEL",
    "lemma_lookup",
    "ner_pipeline",
    "ner_spans",
    "pipeline",
    "ruler_spans",
    "spacy_module",
    "tokenizer",
]

GIVEN_NAME_LABEL = "GIVEN_NAME"
ROLE_LABEL = "ROLE"
RULER_KEY = "people"
CONTEXT_LINES = 1  # lines kept on each side of a line with a trigger word (a name may run onto the next line)
NER_CHUNK = 100_000  # characters handed to an NER pipeline at a time (whole lines)

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
        # "John C. Perez": a middle initial with its stop
        {
            "label": GIVEN_NAME_LABEL,
            "pattern": [{"TEXT": {"IN": list(R.GIVEN_NAMES)}}, {"TEXT": {"REGEX": r"^[A-Z]\.$"}}, _CAPITALISED],
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


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from spaCy's command line when someone calls it."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@functools.cache
def spacy_module() -> Any:
    """The `spacy` package, imported without its command line (`spacy.cli`) when it is not loaded yet.

    While spaCy's ``__init__`` runs, ``spacy.cli`` and ``spacy.cli.info`` are placeholders in
    `sys.modules` (its one use of them is ``from .cli.info import info``); they are taken out again
    at once, so a later ``import spacy.cli`` loads the real command line, and ``spacy.info``
    forwards to it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []
    info.info = _info  # type: ignore[attr-defined]
    held = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(held)
    try:
        import spacy
    finally:
        for name, module in held.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")
    return spacy


@functools.cache
def lemma_lookup() -> Any:
    """spaCy's English lemma lookup table when ``spacy-lookups-data`` is installed, else an empty dict.

    (A spaCy `Table` is keyed by string hashes: look words up with its own ``get``.)"""
    spacy_module()
    try:
        from spacy.lookups import load_lookups

        return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ImportError, ValueError, OSError, KeyError):  # not installed: our own rules alone
        return {}


@functools.cache
def pipeline(extra_role_words: tuple[str, ...] = ()) -> Any:
    """The blank English pipeline with the people span ruler."""
    spacy = spacy_module()

    nlp = spacy.blank("en")
    # a list number typed without its space, "2.John C. Perez": the number's stop parts it from the name
    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])\.(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    ruler: Any = nlp.add_pipe("span_ruler", config={"spans_key": RULER_KEY, "validate": False})
    ruler.add_patterns(_patterns(extra_role_words))
    return nlp


def tokenizer() -> Any:
    """spaCy's English tokenizer: the one of `pipeline()`, so a process builds English once (~0.2 s)."""
    return pipeline().tokenizer


@functools.cache
def ner_pipeline() -> Any | None:
    """An installed English pipeline with NER, or None (never downloads)."""
    spacy = spacy_module()

    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"):
        if spacy.util.is_package(name):
            try:
                return spacy.load(name, exclude=["lemmatizer", "parser"])
            except (OSError, ValueError):  # a broken install: work without it
                return None
    return None


@functools.cache
def _triggers(extra_role_words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The words a ruler pattern starts or ends on: given names, and role heads (after "the")."""
    return frozenset(R.GIVEN_NAMES), frozenset({*_ROLE_HEADS, *extra_role_words}), re.compile(r"[^\W\d_]+")


def _chunks(text: str, extra_role_words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """[start, end) runs of whole lines worth handing to the ruler."""
    given, heads, word = _triggers(extra_role_words)
    starts: list[int] = []
    hits: list[int] = []
    pos = 0
    for k, line in enumerate(text.split("\n")):
        starts.append(pos)
        pos += len(line) + 1
        words = set(word.findall(line))
        if not words.isdisjoint(given) or (not words.isdisjoint(heads) and not words.isdisjoint(("the", "The", "THE"))):
            hits.append(k)
    starts.append(pos)  # one past the end of the last line
    last = len(starts) - 2
    run: tuple[int, int] | None = None
    for k in hits:
        a, b = max(0, k - CONTEXT_LINES), min(last, k + CONTEXT_LINES)
        if run is not None and a <= run[1] + 1:
            run = (run[0], max(run[1], b))
            continue
        if run is not None:
            yield starts[run[0]], starts[run[1] + 1] - 1
        run = (a, b)
    if run is not None:
        yield starts[run[0]], starts[run[1] + 1] - 1


@functools.lru_cache(maxsize=4)
def ruler_spans(text: str, extra_role_words: tuple[str, ...] = ()) -> tuple[tuple[str, int, int], ...]:
    """(label, start, end) of every ruler match in `text`, in text order."""
    nlp = pipeline(extra_role_words)
    bounds = list(_chunks(text, extra_role_words))
    out: list[tuple[str, int, int]] = []
    for (a, _), doc in zip(bounds, nlp.pipe(text[a:b] for a, b in bounds), strict=True):
        out.extend((span.label_, a + span.start_char, a + span.end_char) for span in doc.spans.get(RULER_KEY, ()))
    return tuple(out)


def ner_spans(nlp: Any, text: str) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of the entities an NER pipeline finds, `text` read in chunks of whole lines."""
    a = 0
    while a < len(text):
        b = len(text) if len(text) - a <= NER_CHUNK else text.rfind("\n", a, a + NER_CHUNK) + 1 or a + NER_CHUNK
        for ent in nlp(text[a:b]).ents:
            yield ent.label_, a + ent.start_char, a + ent.end_char
        a = b
