"""The small parts the motions reader is built from: where resolutions and spans lie, what a
match's groups hold, and the blanks and joining punctuation around a motion's words."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex
from attrs import frozen

from .. import patterns
from ..records import Item, Motion, MotionOutcome
from ..rules.motions import _HONORIFIC_WORDS, CAPITALS_LOWER_WORDS, OUTCOME_WORDS
from ..text import normalise_space


class _ResolutionIndex:
    """The top-level resolutions by where they start, to link a motion to what it produced."""

    def __init__(self, resolutions: Sequence[Item]) -> None:
        self.items = sorted(((r.span.start, r.span.end, i) for i, r in enumerate(resolutions)))
        self.starts = [s for s, _, _ in self.items]
        self.texts = [r.text for r in resolutions]

    def find(self, start: int, end: int, after: int, limit: int, wording: str = "") -> tuple[int, ...] | None:
        k = bisect.bisect_left(self.starts, start)
        if k > 0 and self.items[k - 1][1] > start:  # an item that began before the wording and covers it
            return (self.items[k - 1][2],)
        while k < len(self.items) and self.items[k][0] < max(end, limit):
            s, e, i = self.items[k]
            if s < end:
                return (i,)
            if s < after <= e:
                return (i,)  # the decision told in the sentence that gives the outcome ("All members ... voted in
                # support, and the Consent Agenda was approved.")
            if after <= s:
                return None if _own_decision(self.texts[i], wording) else (i,)
            k += 1
        return None


LINK_OVERLAP = 0.3  # the least share of a motion's words a decision of its own after it restates


def _own_decision(decision: str, wording: str) -> bool:
    """A decision after a motion that is one of its own, not the motion's: it names its deciding subject
    ("The Board rejected the bid from ...", after "... made a motion to ask George McDonald for a proposal
    ... Motion carried.") and restates few of the motion's words.  Near misses: "RESOLVED that the minutes
    be approved" (no subject), "The Board agreed to approve the minutes" after "to approve the minutes"
    (most of the motion's words)."""
    if not wording or not patterns.get("decision_own_subject").match(decision):
        return False
    mine = _stems(wording)
    return bool(mine) and len(mine & _stems(decision)) < LINK_OVERLAP * len(mine)


def _stems(words: str) -> set[str]:
    return {w.lower()[:5] for w in patterns.get("decision_content_word").findall(words)}


class _Spans:
    """Sorted, non-overlapping-enough intervals with cover and overlap queries."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and self.spans[k][1] > start:
            return True
        return k + 1 < len(self.spans) and self.spans[k + 1][0] < end


def _lead(text: str, pos: int) -> regex.Match[str]:
    lead = patterns.get("motion_text_lead").match(text, pos)
    assert lead is not None  # every part of the lead is optional
    return lead


def _group(m: regex.Match[str], name: str) -> tuple[str | None, tuple[int, int] | None]:
    try:
        value = m.group(name)
    except IndexError:
        return None, None
    if not value:
        return None, None
    return normalise_space(value), m.span(name)


def _has(m: regex.Match[str], name: str) -> bool:
    try:
        return m.group(name) is not None
    except IndexError:
        return False


def _word(m: regex.Match[str]) -> str:
    return normalise_space(m.group("word")).lower()


def _outcome_of(m: regex.Match[str]) -> MotionOutcome:
    word = _word(m)
    key = word.split()[-1] if word.startswith("in ") else word
    return MotionOutcome(OUTCOME_WORDS[key])


def _is_clause(text: str, pos: int) -> bool:
    """The words after the movers are a clause that reports the decision ("the minutes were
    approved", "this item was deferred", "it was agreed to ..."), not the motion's own wording."""
    return (
        pos < len(text)
        and text[pos].islower()
        # ("to" and its verb, a line break between them too: "makes a motion to" / "approve ...")
        and not (text.startswith("to", pos) and text[pos + 2 : pos + 3].isspace())
        # "motioned for Bump to rebuild the motor ...": the motion's own words, naming who is to act
        and patterns.get("motion_for_subject_to").match(text, pos) is None
        # "moved the public hearing be closed": the motion's own clause, its "that" left out
        and patterns.get("motion_thatless_clause_start").match(text, pos) is None
    )


def _fold_label(label: str) -> str:
    return normalise_space(label).lower()


def _skip_space(text: str, pos: int, end: int | None = None) -> int:
    end = len(text) if end is None else end
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    """`end` moved back over blanks and the punctuation that joins a motion to what follows."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-\u2013(["):
        end -= 1
    # the relative clause that brings the seconder in: "... as presented, which was" / "seconded by Y"
    tail = patterns.get("motion_relative_tail").search(text, max(start, end - 20), end)
    if tail is not None and tail.start() > start:
        return _trim_end(text, start, tail.start())
    return end


def _evolve(motion: Motion, **changes: object) -> Motion:
    import attrs

    return attrs.evolve(motion, **changes)  # type: ignore[arg-type]


@frozen
class _Mark:
    """A match of one of the motion patterns: where, which form, and the match itself."""

    start: int
    end: int
    form: str
    match: regex.Match[str]


def _mark(m: regex.Match[str], form: str) -> _Mark:
    return _Mark(m.start(), m.end(), form, m)


#: How many words printed in capitals one after another make a run that is read as a sentence in mixed case.
CAPITALS_RUN_WORDS = 4
#: How many words after a member's title are read as the member's name.
NAME_WORDS_AFTER_TITLE = 2


@functools.cache
def _title_words() -> frozenset[str]:
    return frozenset(w.upper() for title in _HONORIFIC_WORDS for w in title.split())


def capitals_view(text: str) -> str:
    """`text` with its runs of words printed in capitals written as a sentence in mixed case would print them,
    offsets kept: a member's title and the name after it capitalised ("COUNCIL MEMBER WHITE THEN MOVED TO
    APPROVE" -> "Council Member White then moved to approve"), names listed after a plural title too ("VOTING
    AYE — COUNCIL MEMBERS BLAIR, HYER, AND ..."), a sentence's first word capitalised, every other word in lower
    case; words in mixed case as printed.  Minutes printed in capitals, whole or from the middle of a sentence
    ("There being no further business, COUNCIL MEMBER HYER MOVED THE MEETING ADJOURN"), then read as the motion
    patterns expect a record to (a name capitalised, a verb not).  `text` itself where no capitals tell of a
    motion.  Near miss: a heading of fewer than four words in capitals ("REGULAR AGENDA") is left as printed."""
    cue = patterns.get("motion_capitals_cue")
    if cue.search(text) is None:
        return text
    titles = _title_words()
    out = list(text)
    for run in patterns.get("motion_capitals_run").finditer(text):
        if cue.search(text, run.start(), run.end()) is None:
            continue  # a run that tells of no motion moved or seconded ("MOTION CARRIED. 4. ADOPTION OF MINUTES")
        names_left, listing = 0, False
        for m in patterns.get("motion_capitals_word").finditer(text, run.start(), run.end()):
            word = m.group()
            before = text[max(0, m.start() - 40) : m.start()].rstrip()
            starts = not before or before[-1] in ".!?:;\n"
            if listing and (before.endswith(",") or before.endswith((" AND", " and"))):
                names_left = NAME_WORDS_AFTER_TITLE  # a list of names after a plural title: "MEMBERS BLAIR, HYER"
            if word in titles:
                new, names_left, listing = word.title(), NAME_WORDS_AFTER_TITLE, word.endswith("S")
            elif names_left and word not in CAPITALS_LOWER_WORDS:
                new, names_left = word.title(), names_left - 1
            else:
                new, names_left = (word.title() if starts and len(word) > 1 else word.lower()), 0
                listing = listing and word == "AND"
            if len(new) == len(word):
                out[m.start() : m.end()] = new
    return "".join(out)


HEARING_REACH = 300  # how far after a motion to open or close a hearing the minutes may print that it was


def hearing_state(motion: Motion, text: str, end: int) -> tuple[int, int] | None:
    """Where the minutes print that a hearing was opened or closed as a motion with no outcome moved it ("...
    motioned to open the public Hearing, Commissioner Omer seconded that motion." / "PUBLIC HEARING OPENED"): the
    motion carried, this line its outcome.  Near misses: a motion to approve a plan over "PUBLIC HEARING OPENED" (not
    what it moved), a hearing closed after a motion to open one."""
    moved = patterns.get("motion_hearing_words").match(motion.text)
    if moved is None or motion.outcome is not None:
        return None
    verb = moved.group("verb").lower()
    reach = min(end, motion.span.end + HEARING_REACH)
    for m in patterns.get("hearing_state_line").finditer(text, motion.span.end, reach):
        # the first such line decides: "opened" for a motion to open, "closed" for one to close
        return (m.start("state"), m.end("state")) if m.group("state").lower().startswith(verb[:4]) else None
    return None
