"""Names as printed: their tokens, their ends, and what a name is not."""

from __future__ import annotations

import functools
import unicodedata

import regex

from ... import patterns
from ...rules import people as R
from ...text import normalise_space
from .vocab import CAPS_HEADING_CHARS, _given_set, _particles, _place_set, _Rx


@functools.lru_cache(maxsize=8192)
def _tokens(name: str) -> tuple[tuple[str, ...], str, str | None]:
    """Given names/initials (lower-case, no dots), surname (folded) and a bracketed initial."""
    paren = patterns.get("people_bracketed_initial").search(name)
    bracket = paren.group(1).lower() if paren else None
    core = name[: paren.start()] if paren else name
    core = "".join(ch for ch in unicodedata.normalize("NFKD", core) if not unicodedata.combining(ch))
    core = core.replace("’", "'")
    parts: list[str] = []
    particle_at: set[int] = set()
    for tok in core.split():
        tok = tok.strip(".,")
        if tok in _particles():
            particle_at.add(len(parts))  # "de", "van", "Van", "St.": the start of the surname
        if patterns.get("people_dotted_initials").fullmatch(tok + "." if not tok.endswith(".") else tok):
            parts.extend(c.lower() for c in tok if c.isalpha())
        elif tok:
            parts.append(tok.lower())
    if not parts:
        return (), "", bracket
    # a particle belongs to the surname: "de la Cruz", "Van Etten", "St. Pierre"
    while len(parts) >= 2 and len(parts) - 2 in particle_at:
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    given = parts[:-1]
    if bracket:
        given = [bracket, *given]
    return tuple(given), parts[-1], bracket


def _gender(hons: tuple[str, ...]) -> str | None:
    for h in hons:
        if h in R.MALE_HONORIFICS:
            return "m"
        if h in R.FEMALE_HONORIFICS:
            return "f"
    return None


def _post_nominals_after(text: str, end: int, rx: _Rx) -> tuple[tuple[str, ...], int]:
    found: list[str] = []
    pos = end
    while True:
        m = patterns.get("people_post_nominal_after").match(text, pos)
        if not m or not rx.post_nominal.match(m.group(1)):
            break
        found.append(m.group(1))
        pos = m.end()
    return tuple(found), pos


def _clean_name(raw: str) -> str | None:
    """Trim a matched name: never across a column gap ("Jane Doe        General Manager": a table's
    name and role columns), nor across a line break after a surname-like word."""
    gap = patterns.get("people_column_gap").search(raw)
    if gap:
        raw = raw[: gap.start()]
    lines = raw.split("\n")
    if len(lines) > 1:
        keep = [lines[0]]
        for line in lines[1:]:
            last = keep[-1].split()[-1].rstrip(".") if keep[-1].split() else ""
            if len(last) <= 2 or last in _given_set() or last.isupper():
                keep.append(line)
            else:
                break
        raw = "\n".join(keep)
    name = normalise_space(raw)
    return name or None


def _surname_ok(name: str, rx: _Rx) -> bool:
    words = name.replace("(", " ").replace(")", " ").split()
    if not words:
        return False
    last = words[-1] if not patterns.get("people_capital").fullmatch(words[-1]) else words[-2] if len(words) > 1 else ""
    return bool(last) and (last.lower() not in rx.stop or last in R.SURNAME_WORDS) and len(last) > 1


def _end_of(text: str, start: int, name: str) -> int:
    """The end offset of `name` (space-normalised) printed from `start`."""
    i, k = start, 0
    while k < len(name) and i < len(text):
        if name[k] == " ":
            while i < len(text) and text[i].isspace():
                i += 1
            k += 1
            continue
        if text[i] == name[k]:
            i += 1
            k += 1
        elif text[i].isspace():
            i += 1
        else:
            break
    return i


def _followed_by_place(text: str, end: int) -> bool:
    m = patterns.get("people_next_word").match(text[end : end + 40])
    return bool(m and m.group(1) in _place_set())


def _prefix_len(raw: str, words: list[str]) -> int:
    pos = 0
    for w in words:
        pos = raw.index(w, pos) + len(w)
    return pos


def _inside_caps_heading(text: str, start: int, end: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = le if le != -1 else len(text)
    if le - ls > CAPS_HEADING_CHARS:  # a paragraph (one line in Word or HTML), not a heading
        return False
    letters = [c for c in text[ls:le] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _find_words_start(text: str, a: int, b: int, words: list[str]) -> int:
    pat = r"\s+".join(regex.escape(w) for w in words) + r"\s*$"
    m = regex.search(pat, text[a:b])
    return a + m.start() if m else a
