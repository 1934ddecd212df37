"""What the reader goes by, as data and small tests of text: the distances and sizes it allows, the
quotation marks, and whether a piece of text opens a list, ends a preamble, ends on an abbreviation
or closes its quotation; `_sentences` splits text into sentences.

The words and patterns themselves are rules in `minutes_parser.rules.structure` and `minutes_parser.rules.decisions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import patterns
from ...rules.dates import MONTH_ABBREVIATIONS
from ...rules.structure import ABBREVIATIONS, CLOCK_ABBREVIATIONS, DANGLING_WORDS

HANGING_INDENT = 3.0  # points: a continuation line indented past its label
MAX_MOTION_LINES = 25  # a moved motion's wording and its "CARRIED" lie this close together
# a numbered resolution's block runs to the next number; a list of seven decisions wrapped over 35 lines
# still closes with its outcome ("RC5/19" / "That Council:" / "1. ..." ... "7. ..." / "CARRIED")
MAX_NUMBERED_LINES = 60
AMENDMENT_LINES = 2  # an amendment's outcome follows its wording this closely
MOTION_HEAD_LINES = 4  # a moved motion's wording starts this close after its mover line
MAX_NUMBER_GAP = 2  # a list may skip one number ("1., 2., 4." where 3 was struck out), not more
MAX_TITLE_AFTER_COLON = 60  # "Plan 5: Striking the Balance." — a subtitle, not a list
FIRST_LOOK = 160  # characters of a line searched for the words that open a block
MAX_PREAMBLE = 160  # characters: a preamble is one short sentence
MAX_MOTION_DEBATE_LINES = 80  # a notice of motion's outcome may follow a long reply (blank lines count)
MOTION_OUTCOME_NEAR = 80  # characters after a motion sentence where its bare outcome ("carried") stands
MOTION_OUTCOME_FAR = 240  # ... and where "Motion carried" may stand after a roll call
MAX_LINE_ENTRIES = 30  # one-line entries of an unnumbered list after a decision's preamble, at most
MAX_LINE_ENTRY = 200  # characters: a longer line is a sentence, not a list's entry
MAX_QUOTED_LINES = 30  # a quoted decision after its attribution ("... and agreed:") closes within these lines
MAX_FOLLOWING_LINES = 4  # a prose decision ending in a colon takes a paragraph this short after it
MAX_ITEM_LABEL_LINES = 30  # an agenda's unlabelled recommendation stands this close under its item's label
MIN_ROLL_CALL_ENTRIES = 3  # an action summary numbers at least this many entries by roll call ("99-468")
SHORT_LINE = 0.72  # a PDF line ending before this share of the text width ends its paragraph
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
_CLOSE_QUOTES = "\"'\u201d\u2019\u00bb"
_TERMINAL = ".!?"
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_CLOCK_ABBREVIATIONS = frozenset(CLOCK_ABBREVIATIONS)
_DANGLING_WORDS = frozenset(DANGLING_WORDS)


def _is_amount(word: str) -> bool:
    """A number with a decimal point ("$612,447.19", "6.19"): its stop is not an abbreviation's."""
    digits = word.lstrip("$£€").replace(",", "").replace(".", "")
    return digits.isdigit() and not word.endswith(".")


def _opens_list(text: str) -> bool:
    """Whether ``text`` ends in the colon that opens a list: ":", ":-", ": -", ":–"."""
    return bool(patterns.get("list_colon_end").search(text))


def _preamble_end(text: str) -> bool:
    """Whether ``text`` ends as a preamble does: on an opener word ("... resolved to:") or as the
    deciding body alone ("That the Committee:-", "That Council, by Absolute Majority:")."""
    return bool(patterns.get("list_opener_end").search(text) or patterns.get("that_body_preamble").match(text.strip()))


def _abbreviation_at_end(text: str) -> bool:
    """ "... Foynes, Co." or "... Mr." ends in an abbreviation, not a sentence."""
    word = text[:-1].rsplit(None, 1)[-1] if text[:-1].split() else ""
    word = word.lower().strip("(")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _entry_words(text: str) -> bool:
    """Whether a matter before a bare motion has words of its own (not only a number, a label or a
    heading such as "Consent Agenda")."""
    return sum(ch.isalpha() for ch in text) >= 12 and len(text.split()) >= 3


def _quote_is_closed(text: str) -> bool:
    """Whether the quotation mark ending ``text`` closes one opened inside it ("... de-emphasize “SSA #21.”")."""
    close = text[-1]
    if close == "\u201d":
        return text.count("\u201c") >= text.count("\u201d")
    if close == '"':
        return text.count('"') % 2 == 0
    if close == "\u00bb":
        return text.count("\u00ab") >= text.count("\u00bb")
    if close in "'\u2019":
        opening = "\u2018" if close == "\u2019" else "'"
        # an apostrophe sits inside a word ("Council’s"); a closing quote does not
        body = text[:-1]
        closing = 1 + sum(1 for i, c in enumerate(body) if c == close and not body[i + 1 : i + 2].isalpha())
        opened = sum(1 for i, c in enumerate(body) if c == opening and body[i + 1 : i + 2].isalpha())
        return opened >= closing
    return False


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``; abbreviations and initials do not end one."""
    s = start
    for m in patterns.get("sentence_end").finditer(text, start, end):
        tail = text[max(start, m.start() - 20) : m.start()].split()
        before = (
            tail[-1].lower().lstrip("(\"'\u201c\u2018").rstrip(".")
            if tail and not text[m.start() - 1].isspace()
            else ""
        )
        nxt = text[m.end() : m.end() + 2].lstrip()
        if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        if before in MONTH_ABBREVIATIONS and nxt[:1].isdigit():
            continue  # "the Dec. 14, 2017 minutes" (near miss: "in Dec. The next item" ends its sentence)
        if "." in before and before not in _CLOCK_ABBREVIATIONS and not _is_amount(before):
            continue  # "U.S." or an initial; "at 6:31 p.m. Motion by ..." and "$612,447.19. The" end theirs
        if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in _OPEN_QUOTES or nxt[0] == "("):
            continue
        yield s, m.end()
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        yield s, end
