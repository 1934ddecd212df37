"""Names as printed: their tokens, their ends, and what a name is not."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence

import regex

from ... import patterns
from ...rules import people as R
from ...text import normalise_space
from .vocab import CAPS_HEADING_CHARS, _Cand, _given_set, _particles, _place_set, _Rx


@functools.lru_cache(maxsize=8192)
def _tokens(name: str) -> tuple[tuple[str, ...], str, str | None]:
    """Given names/initials (lower-case, no dots), surname (folded) and a bracketed initial."""
    paren = patterns.get("people_bracketed_initial").search(name)
    bracket = paren.group(1).lower() if paren else None
    core = name[: paren.start()] if paren else name
    if paren is None and patterns.get("people_surname_initial").fullmatch(name.strip()):
        # a member printed surname first with an initial, "Collins J": the initial reads as "Collins (J)"
        core, _, initial = name.strip().rpartition(" ")
        bracket = initial.rstrip(".").lower()
    core = "".join(ch for ch in unicodedata.normalize("NFKD", core) if not unicodedata.combining(ch))
    core = core.replace("’", "'")
    # an Irish or Scottish surname's prefix printed apart or without its apostrophe is one surname:
    # "T. O Flaherty", "O'Flaherty" and "OFlaherty" fold alike, as do "Mc Neilis" and "McNeilis"; a lone
    # "O" is a prefix where the name's initials carry stops or a given name written out comes before it
    # ("Laura O Connell"); first in the name it is an initial ("Mr O Richardson")
    dotted = "." in core

    def prefix(m: regex.Match[str]) -> str:
        before = core[: m.start()].split()
        given_word = bool(before) and len(before[-1]) > 1 and before[-1].isalpha()
        return m.group(1) if m.group(1) != "O" or "'" in m.group(0) or dotted or given_word else m.group(0)

    core = patterns.get("people_gaelic_surname").sub(prefix, core)
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
    while len(parts) >= 2 and parts[-1] in _suffixes():
        parts.pop()  # "Comrie, Jr.": the surname is "comrie"
    if not parts:
        return (), "", bracket
    # a particle belongs to the surname: "de la Cruz", "Van Etten", "St. Pierre"
    while len(parts) >= 2 and len(parts) - 2 in particle_at:
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    given = parts[:-1]
    if bracket:
        given = [bracket, *given]
    return tuple(given), parts[-1], bracket


@functools.cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.lower() for s in R.NAME_SUFFIXES)


def suffix_after_name(text: str, cands: list[_Cand]) -> None:
    """A generational suffix printed just after a name that was read without it ("James Alexander, Jr. - 2. d.",
    "Paul McTighe, Jr.; term expires ..."): part of the name.  Near misses: a suffix already read, a word
    that only begins like one ("James Alexander, Jrs Ltd"), a suffix on the next line."""
    for cand in cands:
        words = cand.name.split()
        if not words or is_name_suffix(words[-1]):
            continue
        m = patterns.get("people_name_suffix_after").match(text, cand.end)
        if m is None:
            continue
        cand.name = cand.name + text[cand.end : m.end()]
        cand.end = m.end()


def glued_label_off(text: str, cands: list[_Cand]) -> None:
    """An attendance table's label that the text layer ran onto a name's end, no blank between them ("Jim
    BradleyExcused:", "Richard SnelgroveCall In:"): not part of the name, which ends before it.  Near misses:
    "McPresent" alone (no colon after it), a name that only ends like a label ("Jo Absentee:")."""
    rx = patterns.get("people_glued_label_end")
    for cand in cands:
        m = rx.search(cand.name)
        if m is None or not patterns.get("people_glued_label_after").match(text, cand.end):
            continue
        cut = len(cand.name) - m.start()
        cand.name = cand.name[: m.start()]
        cand.end -= cut


def is_name_suffix(word: str) -> bool:
    """A generational suffix as printed after a name: "Jr.", "JR", "III"."""
    return word.strip().rstrip(".").lower() in _suffixes()


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
            if patterns.get("sidebar_seat_line").match(line.strip()):
                break  # "Jane Kelly" over "Trustee": the seat under the name, never its end
            if len(last) <= 2 or last in _given_set() or last.isupper():
                keep.append(line)
            else:
                break
        raw = "\n".join(keep)
    name = normalise_space(raw)
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and len(last) > 3 and last[:-1].isalpha() and last[:-1].lower() not in _suffixes():
        name = name[:-1]  # a sentence's stop after the surname ("from Cllr Ciara Smith."), not an initial's
    return name or None


#: A line whose letters are at least this share capitals is printed in capitals ("MS. E. O’GORMAN, CHIEF EXECUTIVE").
CAPITALS_LINE_SHARE = 0.8


def titled_capitals(text: str, start: int, end: int) -> str:
    """`text` with the words of its lines printed in capitals between `start` and `end` written as
    titles ("COUNCILLORS P. O’BRIEN, D. ALVEY" -> "Councillors P. O’Brien, D. Alvey"), so that a
    list printed in capitals reads as one printed in mixed case.  Offsets are kept (a word whose
    title form has another length is left as printed), and so are letters after a name ("MBE")
    and parties printed as acronyms ("SNP").  Only the run of capitals lines opening the span is
    read so: from the first line in mixed case or ending with a colon on, the text is as printed."""
    keep = frozenset((*R.POST_NOMINALS, *R.PARTIES))
    connectors = frozenset(w.upper() for w in R.ROLE_CONNECTORS)
    out = list(text[start:end]) if start < end else []
    changed = False
    pos = start
    for line in text[start:end].split("\n"):
        letters = [c for c in line if c.isalpha()]
        if not letters:
            pos += len(line) + 1
            continue
        # (a name in capitals with its role in mixed case after a comma is a capitals line: "DAN PEAY, Chair")
        named = [c for c in line.split(",", 1)[0] if c.isalpha()]
        share = max(
            sum(c.isupper() for c in letters) / len(letters), sum(c.isupper() for c in named) / max(1, len(named))
        )
        if share < CAPITALS_LINE_SHARE or line.rstrip().endswith(":"):
            break  # the capitals run from the list's first line; a heading ("RECYCLING DAY:") ends them
        if len(letters) >= 4:
            for m in patterns.get("people_capitals_word").finditer(line):
                word = m.group(0)
                titled = word.lower() if word in connectors else word.title()  # "AND" -> "and"
                honorific = line[m.end() : m.end() + 1] == "." or not line[: m.start()].strip()
                if (word in keep and not honorific) or len(titled) != len(word):  # "MS." is "Ms."
                    continue
                out[pos - start + m.start() : pos - start + m.end()] = titled
                changed = True
        pos += len(line) + 1
    return text[:start] + "".join(out) + text[end:] if changed else text


def printed_form(original: str, titled: str, start: int, value: str) -> str:
    """`value` (read from `titled`, a `titled_capitals` view, from about `start`) as `original`
    prints it: the same characters at the same offsets, when they are found there."""
    m = regex.compile(r"\s+".join(regex.escape(w) for w in value.split())).search(titled, start, start + 400)
    return normalise_space(original[m.start() : m.end()]) if m else value


LETTER_LABEL_WINDOW = 600  # how far around a lettered line its list's other labels are looked for


def letter_label_at(text: str, pos: int) -> bool:
    """Whether the capital at `pos` opens its line as a lettered list label, not an initial: "B. " of
    "B. Jane Smith, Clerk" where a line near it opens with "A. " or "C. " printed the same way
    (an "A. " label with such a list above it too).  "A. Martin Jones" alone is an initial."""
    ls = text.rfind("\n", 0, pos) + 1
    label = patterns.get("people_letter_label_line")
    m = label.match(text, ls)
    if not m or m.start("l") != pos:
        return False
    letter, mark = m.group("l"), m.group("p")
    near = {chr(ord(letter) - 1), chr(ord(letter) + 1)}
    lo, hi = max(0, ls - LETTER_LABEL_WINDOW), min(len(text), pos + LETTER_LABEL_WINDOW)
    for other in label.finditer(text, lo, hi):
        if other.start("l") == pos or other.group("p") != mark:
            continue
        if other.group("l") in near or (letter == "A" and other.start() < ls):
            return True
    return False


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
    """A place's word after the name ("Mill Road", "Cesar Chavez Elementary School", "Abraham Lincoln High
    School": a school named for a person is a place; "Thomas M. Rees Justice Center", a word of its use before
    the building's kind)."""
    m = patterns.get("people_next_word").match(text[end : end + 40])
    if m is not None and m.group(1) in _place_set():
        return True
    if patterns.get("people_next_use_building").match(text, end, end + 60):
        return True  # "Thomas M. Rees Justice Center": a building named for a person
    m = patterns.get("people_next_word_wrapped").match(text[end : end + 40])  # (the school's words may wrap)
    if m is not None and m.group(1) in R.SCHOOL_GRADES:
        m2 = patterns.get("people_next_word").match(text[end + m.end() : end + m.end() + 40])
        return bool(m2 and m2.group(1) in _place_set())
    return False


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


# ------------------------------------------------------------------ one person, two printed names


@functools.cache
def _hypocorisms() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The short forms of each full given name, and the full names of each short form."""
    from ...rules.given_names import HYPOCORISMS

    shorts: dict[str, set[str]] = {}
    fulls: dict[str, set[str]] = {}
    for full, forms in HYPOCORISMS.items():
        for short in forms:
            shorts.setdefault(full, set()).add(short)
            fulls.setdefault(short, set()).add(full)
    return ({k: frozenset(v) for k, v in shorts.items()}, {k: frozenset(v) for k, v in fulls.items()})


def same_given_name(x: str, y: str) -> bool:
    """Whether two given names (lower case, accents folded, as `_tokens` gives them) can be one
    person's: the same, a full name and one of its short forms ("benjamin"/"ben"), or a short form
    and its own pet form ("dan"/"danny").  Two different full names never are ("christopher"/"christine")."""
    if x == y:
        return True
    shorts, fulls = _hypocorisms()
    if y in shorts.get(x, ()) or x in shorts.get(y, ()):
        return True
    return (x.startswith(y) or y.startswith(x)) and bool(fulls.get(x, frozenset()) & fulls.get(y, frozenset()))


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two given-name tuples (`_tokens`) can name one person: the first names agree
    (`same_given_name`) or one is the other's initial, and further initials agree where both have them.
    No given name at all (a bare surname) is compatible with any."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) > 1 and len(y) > 1:
        if not same_given_name(x, y):
            return False
    elif x[0] != y[0]:
        return False
    return all(p[0] == q[0] for p, q in zip(a[1:], b[1:], strict=False))


NameForm = tuple[tuple[str, ...], str | None]  # given names (`_tokens`) and gender ("m", "f" or None)


def forms_compatible(a: NameForm, b: NameForm) -> bool:
    """`given_compatible`, and the genders (from honorifics) do not differ."""
    return given_compatible(a[0], b[0]) and (a[1] is None or b[1] is None or a[1] == b[1])


def ambiguous_forms(forms: Iterable[NameForm]) -> set[NameForm]:
    """The forms of one surname that could each be either of two different people named among
    `forms`: "J" beside "John" and "Jane", "Chris" beside "Christopher" and "Christine".  Such a
    form joins only its own kind (the same form), never a fuller name.  Bare surnames (no given
    name) are left to the caller, which has more to go on (the role, the kind, the list)."""
    found = {f for f in forms if f[0]}
    out: set[NameForm] = set()
    for f in found:
        partners = [g for g in found if g != f and forms_compatible(f, g)]
        if any(not forms_compatible(p, q) for i, p in enumerate(partners) for q in partners[i + 1 :]):
            out.add(f)
    return out


def given_name_pairs(words: Sequence[str], honorifics: frozenset[str] = frozenset()) -> bool:
    """Four or more words that pair off as given name and surname, as the cells of a table without rulings
    print them with single blanks ("Alan Biddlecombe Brian Bird", "Chris Laycock Jeff Graham Nick Hurst");
    near misses: three words ("Mary Ann Smith"), a pair not opened by a known given name ("John Paul Jones
    Smith"), an honorific where a surname stands."""
    if len(words) < 4 or len(words) % 2:
        return False
    given = _given_set()
    return all(words[k] in given and words[k + 1] not in honorifics for k in range(0, len(words), 2))
