"""Two wordings side by side: a word-level diff, their substance, and how they differ.

A recommendation and the resolution that enacts it are compared on three levels:

* **verbatim**: the same words once typography, case, a leading "That" and list
  punctuation are folded away (`folded`);
* **reworded**: the same *substance* (`substance`): the content-word lemmas,
  after dropping function words, decision verbs that only frame the decision
  ("Agree X" / "X be agreed" / "Notes X") and procedural phrases ("as
  circulated", "dated January 2023", "be submitted to Council for adoption");
* **amended**: anything else: a content word added, dropped or changed (an
  option chosen, a figure or a date changed, a condition added), or the
  decision verb moved to another class ("note" where "approve" was asked).

Lemmas.  Tokens come from spaCy's blank English tokenizer (built once, lazily).
When the ``spacy-lookups-data`` package is installed its English lookup table
gives the lemma; either way the lemma then goes through a small suffix
stemmer of our own (`lemma`), so both set-ups give the same keys for the
regular forms that matter here (agree / agrees / agreed / agreeing; adopt /
adoption).  We do not depend on ``spacy-lookups-data``: it is a large
multi-language wheel, and a status only needs word forms to fall into the same
class, not dictionary headwords; no model is ever downloaded at run time.
"""

from __future__ import annotations

import difflib
import functools
from collections import Counter
from collections.abc import Sequence

import regex
from attrs import frozen

from .. import nlp as _nlp
from .. import patterns
from ..records import DiffOp, DiffOpKind, Status
from ..rules import comparisons as R
from ..text import fold_typography

__all__ = [
    "Substance",
    "classify",
    "content_similarity",
    "folded",
    "frames_agree",
    "lemma",
    "substance",
    "word_diff",
]


def folded(text: str) -> str:
    """The wording as `verbatim` compares it: typography and case folded, a leading "That" (and "the"
    before the deciding body: "That the Council adopt" = "That Council adopt"),
    trailing list punctuation (";", ", and", ".") and quotation marks around it removed."""
    t = patterns.get("cmp_quotes_around").sub("", fold_typography(text)).strip()
    t = patterns.get("cmp_leading_that").sub("", t)
    t = patterns.get("cmp_leading_to").sub("", t)
    t = patterns.get("cmp_leading_the_body").sub("", t)
    for _ in range(3):
        t = patterns.get("cmp_trailing_punctuation").sub("", t)
        t = patterns.get("cmp_trailing_conjunction").sub("", t)
    return t


# ----------------------------------------------------------------- tokens and lemmas


def _stem(word: str) -> str:
    """A light suffix stemmer: inflections and -ion/-al nouns onto one key (agreed, agrees -> agre)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    w = patterns.get("cmp_ize").sub("is", word)  # organize -> organise
    for suffix, repl, keep in (
        ("ies", "y", 3), ("ied", "y", 3), ("sses", "ss", 3), ("ing", "", 3), ("ed", "", 3),
        ("ations", "ate", 3), ("ation", "ate", 3), ("ions", "", 4), ("ion", "", 4), ("als", "", 4),
        ("al", "", 4), ("es", "", 4), ("s", "", 3),
    ):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh")):
                w = w[:-1]  # "notes" -> "note": only the "s" is the inflection
                break
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "submitted" -> "submitt" -> "submit"
    if w.endswith("eed") and len(w) > 5:
        w = w[:-2]  # "proceeded" -> "proceed" -> "proce"
    while w.endswith("e") and len(w) > 3:
        w = w[:-1]  # "agree", "agreed" -> "agr"
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w


_PROTECTED = frozenset({"note", "not", "no", "be", "have", "do", "us"})


def lemma(word: str) -> str:
    """The key a word form is compared by: "agreed", "Agrees", "agreeing" -> "agre"."""
    w = word.lower()
    if w in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[w]
    base = R.IRREGULAR_LEMMAS.get(w) or str(_nlp.lemma_lookup().get(w, w))
    return base if base in _PROTECTED else _stem(base)


@functools.cache
def _framing() -> dict[str, str]:
    return {lemma(k): v for k, v in R.FRAMING_VERBS.items()}


@functools.cache
def _ignored() -> frozenset[str]:
    return frozenset(lemma(w) for w in R.FUNCTION_WORDS | R.STATE_WORDS) | R.FUNCTION_WORDS


@frozen
class Substance:
    """What a wording decides: its content-word lemmas (a multiset) and the decision verbs framing it."""

    words: tuple[str, ...]
    frames: frozenset[str]

    @property
    def counts(self) -> Counter[str]:
        return Counter(self.words)


def _strip_procedural(text: str) -> tuple[str, set[str]]:
    frames: set[str] = set()

    def refer(m: regex.Match[str]) -> str:
        frames.add("approve")
        return " "

    t = patterns.get("cmp_ocr_junk").sub("", text)
    t = patterns.get("cmp_mover").sub("", t, count=1)
    t = patterns.get("cmp_subject").sub(" ", t.lstrip(), count=1)
    t = patterns.get("cmp_ordinal").sub("", t)
    t = patterns.get("cmp_refer_for_decision").sub(refer, t)
    t = patterns.get("cmp_procedural").sub(" ", t)
    return t, frames


@functools.lru_cache(maxsize=4096)
def substance(text: str) -> Substance:
    """The content lemmas of a wording and the classes of its framing verbs."""
    t, frames = _strip_procedural(fold_typography(text))
    words: list[str] = []
    framing = _framing()
    ignored = _ignored()
    for token in _nlp.tokenizer()(t):
        raw = token.text
        if not any(ch.isalnum() for ch in raw):
            continue
        key = raw if any(ch.isdigit() for ch in raw) else lemma(raw)
        key = key.strip(".,;:")
        if not key or key in ignored or raw in ignored:
            continue
        if key in framing:
            frames.add(framing[key])
            continue
        words.append(key)
    return Substance(words=tuple(words), frames=frozenset(frames))


@functools.lru_cache(maxsize=256)
def mentioned(text: str) -> frozenset[str]:
    """Every word of a text keyed as `substance` keys its content words, procedural phrases ("with the
    following findings") and function words included: what a text says in any words."""
    out: set[str] = set()
    for token in _nlp.tokenizer()(fold_typography(text)):
        raw = token.text
        if any(ch.isalnum() for ch in raw):
            key = raw if any(ch.isdigit() for ch in raw) else lemma(raw)
            out.add(key.strip(".,;:"))
    return frozenset(out)


def content_similarity(a: Substance | str, b: Substance | str) -> float:
    """Dice overlap of two wordings' content lemmas (multisets), 0..1."""
    sa = substance(a) if isinstance(a, str) else a
    sb = substance(b) if isinstance(b, str) else b
    ca, cb = sa.counts, sb.counts
    total = sum(ca.values()) + sum(cb.values())
    if not total:
        return 1.0 if sa.frames == sb.frames else 0.5
    return 2 * sum((ca & cb).values()) / total


def containment(part: Substance, whole: Substance) -> float:
    """How much of `part`'s content is found in `whole`, 0..1."""
    cp = part.counts
    n = sum(cp.values())
    return sum((cp & whole.counts).values()) / n if n else 0.0


def classify(recommended: str, resolved: str) -> tuple[Status, float]:
    """`verbatim`, `reworded` or `amended`, and the content similarity that led to it."""
    sa, sb = substance(recommended), substance(resolved)
    score = content_similarity(sa, sb)
    if folded(recommended) == folded(resolved):
        return Status.VERBATIM, 1.0
    if not frames_agree(sa.frames, sb.frames):
        return Status.AMENDED, score
    if _same_words(sa.counts, sb.counts) or shorter_name(recommended, resolved):
        return Status.REWORDED, score
    return Status.AMENDED, score


NEAR_WORD = 6  # a word this long or longer, one letter off another, is the same word misread ("Westchester")


def _same_words(a: Counter[str], b: Counter[str]) -> bool:
    """The same content lemmas, a word misread by text recognition (one letter off, long words only) counting
    as the word."""
    only_a, only_b = list((a - b).elements()), list((b - a).elements())
    if len(only_a) != len(only_b):
        return False
    for word in only_a:
        near = next((w for w in only_b if _one_letter_off(word, w)), None)
        if near is None:
            return False
        only_b.remove(near)
    return True


def _one_letter_off(a: str, b: str) -> bool:
    if min(len(a), len(b)) < NEAR_WORD or not (a.isalpha() and b.isalpha()) or abs(len(a) - len(b)) > 1:
        return False
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    return len(changed) == 1 and max(changed[0]) == 1


def _core(text: str) -> list[str]:
    """A wording's words after its framing: "Adopted the Debt Policy." -> [the, debt, policy]; "the Debt
    Policy be adopted" -> the same."""
    words = [w.strip(".,;:") for w in folded(text).lower().split()]
    words = [w for w in words if w]
    framing = _framing()
    if words and lemma(words[0]) in framing:
        words = words[1:]
    if len(words) > 2 and lemma(words[-1]) in framing and words[-2] in {"be", "is", "are", "was", "were"}:
        words = words[:-2]
    return words


def shorter_name(recommended: str, resolved: str) -> bool:
    """Whether the resolution adopts what the recommendation names, by a shorter name of the same object
    (reworded, not amended): its words are one run of the recommendation's, and what it leaves out is a head
    noun governing that run ("Approve the amendments to the Debt Policy" -> "Adopted the Debt Policy") or a
    phrase identifying it ("Approve the minutes for the meeting of 4 May 2031" -> "Adopted the minutes");
    never another conjunct, a condition or a sum ("Approve the lease and the licence" -> "Approve the
    lease" is amended).  Both frame the decision with verbs of one class."""
    rec, res = _core(recommended), _core(resolved)
    if res and res[0] in {"the", "a", "an"}:
        res = res[1:]
    ignored = _ignored()
    if len([w for w in res if lemma(w) not in ignored]) < 2 or len(res) >= len(rec):
        return False
    n = len(res)
    at = next((i for i in range(len(rec) - n + 1) if rec[i : i + n] == res), None)
    if at is None:
        return False
    head, tail = " ".join(rec[:at]), " ".join(rec[at + n :])
    if head in {"the", "a", "an"}:
        head = ""
    if head and not patterns.get("cmp_governing_head").match(head + " "):
        return False
    if tail and (
        not patterns.get("cmp_identifying_tail").match(tail) or patterns.get("cmp_substantive_tail").search(tail)
    ):
        return False
    return bool(head or tail)


def frames_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Decision verbs agree unless both sides have some and share no class ("note" for "approve")."""
    return not a or not b or bool(a & b)


def same_substance(parts: Sequence[str], whole: str) -> bool:
    """Whether several wordings together say what `whole` says (a split or merged item)."""
    joined = Counter[str]()
    frames: set[str] = set()
    for p in parts:
        s = substance(p)
        joined.update(s.words)
        frames |= s.frames
    w = substance(whole)
    return joined == w.counts and frames_agree(frozenset(frames), w.frames)


# ----------------------------------------------------------------- the word-level diff


def _diff_key(word: str) -> str:
    """Typography and case folded, list punctuation at the ends dropped ("Reference." = "reference")."""
    return fold_typography(word).strip(".,;:") or word


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """Runs of equal, deleted (only in `a`) and inserted (only in `b`) words, as printed.

    Words are compared with typography and case folded; an equal run shows `b`'s
    words (the resolution's, as the meeting resolved them)."""
    wa, wb = a.split(), b.split()
    ka, kb = [_diff_key(w) for w in wa], [_diff_key(w) for w in wb]
    ops: list[DiffOp] = []
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(DiffOp(op=DiffOpKind.EQUAL, words=tuple(wb[j1:j2])))
            continue
        if i2 > i1:
            ops.append(DiffOp(op=DiffOpKind.DELETE, words=tuple(wa[i1:i2])))
        if j2 > j1:
            ops.append(DiffOp(op=DiffOpKind.INSERT, words=tuple(wb[j1:j2])))
    return tuple(ops)
