"""Named officers and councillors with their roles.

How it works, in plain steps:

1. *Candidates*.  Each finder yields `_Cand`s (a mention with what the place
   says about the person):
   - attendance lists after an opener ("PRESENT:", "Apologies were received
     from", "IN ATTENDANCE:", "Staff:"...), split on commas, "and",
     semicolons and line breaks, with plural honorifics ("Councillors Keary,
     McMahon") distributed over the names;
   - officer and author blocks in reports ("Contact Officer:", "Report
     Author:", "From:", "Relevant Director:"), a name line then a role line,
     phone and e-mail;
   - honorific + name anywhere, with ", role" or "(role)" after it;
   - a known given name + surname (found with the spaCy span ruler), with a
     role after it where there is one;
   - movers and seconders written as initials ("M. Prest (motion)").
2. *People*.  Candidates naming the same person are merged: same surname and
   compatible given names or initials ("Mr R W Gough" = "Roger Gough"), a
   bare surname ("Cllr Aziz") joins the one fuller name it can mean.  The
   fullest printed name, the most specific role and the strongest evidence of
   kind win.

Vocabularies and the fixed patterns (``people_*``, fetched with
`minutes_parser.patterns.get`) are data in `minutes_parser.rules.people`; the
user extends the vocabularies through `Settings.extra_honorifics`,
`extra_role_words`, `extra_list_openers`, so the patterns built from them are
made here, lazily, once per vocabulary.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex

from . import nlp as _nlp
from . import patterns
from .context import Context
from .records import Attendance, Mention, Person, PersonKind, RoleMention
from .rules import people as R
from .text import normalise_space

__all__ = ["extract_people", "extract_role_mentions"]

# Ranks of evidence: a later, stronger source overrides a weaker one.
_LIST, _BLOCK, _PROSE_ROLE, _HONORIFIC, _PROSE = 5, 4, 3, 2, 1
CAPS_HEADING_CHARS = 300  # a line longer than this is a paragraph, never a heading in capitals


@dataclass
class _Cand:
    start: int
    end: int
    name: str
    honorifics: tuple[str, ...] = ()
    post_nominals: tuple[str, ...] = ()
    role: str | None = None
    role_rank: int = 0
    kind: PersonKind | None = None
    kind_rank: int = 0
    attendance: Attendance | None = None
    phone: str | None = None
    email: str | None = None
    organisation: str | None = None
    party: str | None = None
    extra_mentions: list[tuple[int, int]] = field(default_factory=list)
    mention_only: bool = False  # a bare surname or initials: joins a fuller name, never stands alone if ambiguous


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class _Vocab:
    honorifics: tuple[str, ...]
    role_words: frozenset[str]
    openers: tuple[tuple[str, str, str | None], ...]
    strong_role_words: frozenset[str] = frozenset()  # role words that make a position alone (not "Deputy")


@functools.cache
def _vocab(extra_hon: tuple[str, ...], extra_roles: tuple[str, ...], extra_openers: tuple[str, ...]) -> _Vocab:
    hons = tuple(sorted({*R.HONORIFICS, *extra_hon}, key=lambda h: (-len(h), h)))
    roles = frozenset(w.lower() for w in (*R.ROLE_WORDS, *extra_roles))
    openers = [(k, v[0], v[1]) for k, v in R.LIST_OPENERS.items()]
    openers += [(o, "present", None) for o in extra_openers]
    openers.sort(key=lambda o: -len(o[0]))
    strong = roles - {w.lower() for w in R.WEAK_ROLE_WORDS}
    return _Vocab(honorifics=hons, role_words=roles, openers=tuple(openers), strong_role_words=strong)


def _alt(words: Iterable[str]) -> str:
    """An alternation of `words`, longest first, a blank matching any white space."""
    return _alt_of(frozenset(words))


@functools.lru_cache(maxsize=256)
def _alt_of(words: frozenset[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Rx:
    hon_name: regex.Pattern[str]
    hon_plural: regex.Pattern[str]
    name_only: regex.Pattern[str]
    opener: regex.Pattern[str]
    contact_label: regex.Pattern[str]
    post_nominal: regex.Pattern[str]
    stop: frozenset[str]
    role_first: regex.Pattern[str]


@functools.cache
def _rx(v: _Vocab) -> _Rx:
    word = patterns.expand("{person_word}")
    initial = r"(?-i:\p{Lu}\.(?:\p{Lu}\.){0,2}|\p{Lu})(?!\p{L})"  # "R", "R.", "P.J.", "H.A.L."
    sep = r"(?:\.?[ \t]+|\.?[ \t]*\n[ \t]*(?:\n[ \t]*)?|(?<=\.))"
    stop = _alt(R.NOT_NAME_WORDS)
    surname_stop = _alt(w for w in R.NOT_NAME_WORDS if w not in R.SURNAME_WORDS)
    token = rf"(?:{initial}|(?!(?:{stop})(?!\p{{L}}|['’])){word})"
    hon_surname = rf"(?!(?:{surname_stop})(?!\p{{L}}|['’])){word}"
    particle = patterns.expand("{name_particle}")
    surname = rf"(?:{particle}[ \t]+(?=\p{{Lu}}))?{hon_surname}"  # "Smith", "de la Cruz"
    hon_name = rf"(?P<name>(?:{token}{sep}){{0,3}}{surname}(?:[ \t]*\((?-i:\p{{Lu}})\))?)"
    hon_words = list(v.honorifics)
    upper_hon = _alt(h.upper() for h in hon_words if h.upper() not in R.POST_NOMINALS)
    gap = r"(?:\.[ \t]*\n?[ \t]*|[ \t]+\n?[ \t]*|[ \t]*\n[ \t]*)"
    hon_any = rf"(?P<hon>(?:(?:{_alt(hon_words)}|{upper_hon}){gap}){{1,2}})"
    plural = _alt(R.PLURAL_HONORIFICS)
    openers = _alt(o[0] for o in v.openers)
    labels = _alt(R.CONTACT_LABELS)
    posts = _alt(R.POST_NOMINALS)
    return _Rx(
        hon_name=patterns.build(rf"(?<![\p{{L}}])(?-i:{hon_any}){hon_name}", regex.V1),
        hon_plural=patterns.build(rf"(?<![\p{{L}}])(?-i:(?P<hon>{plural}|{plural.upper()}))(?!\p{{L}})", regex.V1),
        name_only=patterns.build(rf"^{hon_name}$", regex.V1),
        opener=patterns.build(
            rf"(?<![\p{{L}}])(?P<opener>{openers})(?![\p{{L}}])[ \t]*(?:[:\-–—][ \t]*)?", regex.V1 | regex.I
        ),
        contact_label=patterns.build(
            rf"(?:^[ \t]*(?:\d+\.?\s+)?(?P<label>{labels})[ \t]*(?::|$)"
            rf"|(?<=[ \t])(?P<label2>Ask\s+for|Contact|Enquiries\s+to):)[ \t]*",
            regex.V1 | regex.I | regex.M,
        ),
        post_nominal=patterns.build(rf"^(?-i:{posts})$", regex.V1),
        stop=frozenset(w.lower() for w in R.NOT_NAME_WORDS),
        role_first=patterns.build(_role_first_source(v, word, particle), regex.V1),
    )


def _role_first_source(v: _Vocab, word: str, particle: str) -> str:
    """A role printed before a bare name in running text, US style: "Road Superintendent Wesley McCoy
    reported", "Public Works Director Vasquez presented" (a role word ends the role)."""
    heads = _alt(w[:1].upper() + w[1:] for w in v.strong_role_words)
    cap = r"\p{Lu}[\p{L}'’\-]*"
    role = rf"(?P<role>(?:{cap}[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{0,4}}(?:{heads}))"
    name = rf"(?P<name>{word}(?:[ \t]+(?:{particle}[ \t]+)?{word})?)"
    after = r"(?=[ \t]*[,;:.]|(?:[ \t]+|[ \t]*\n[ \t]*)\p{Ll})"  # a stop, or a lower-case word (next line too)
    return rf"(?-i)(?=\p{{Lu}})(?<![\p{{L}}\-’'])(?<!\p{{Lu}}\p{{L}}*[ \t]){role}[ \t]+{name}{after}"


# ------------------------------------------------------------------ helpers

_HON_CANON = {h.lower(): h for h in R.HONORIFICS}
_HON_CANON.update({"cllr": "Cllr", "prof": "Prof"})


def _split_hon(text: str, v: _Vocab) -> tuple[str, ...]:
    """The honorifics of "Councillor Dr " as printed, without full stops."""
    return _split_hon_cached(normalise_space(text), v)


@functools.lru_cache(maxsize=4096)
def _split_hon_cached(rest: str, v: _Vocab) -> tuple[str, ...]:
    out: list[str] = []
    canon = {h.lower(): h for h in v.honorifics}
    one = _hon_rx(v)
    while rest:
        m = one.match(rest)
        if not m:
            break
        printed = normalise_space(rest[: m.end()]).rstrip(".").strip()
        out.append(canon.get(printed.lower(), printed) if printed.isupper() else printed)
        rest = rest[m.end() :]
    return tuple(out)


@functools.cache
def _hon_rx(v: _Vocab) -> regex.Pattern[str]:
    return patterns.build(r"(?i)(?:" + _alt(v.honorifics) + r")\.?(?:\s+|$)", regex.V1)


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


@functools.cache
def _particles() -> frozenset[str]:
    """Surname particles as printed: lower-case ones, and the capitalised forms that are never given names."""
    return frozenset((*R.NAME_PARTICLES, *R.SECOND_PARTICLES, *R.CAPITAL_PARTICLES))


def _gender(hons: tuple[str, ...]) -> str | None:
    for h in hons:
        if h in R.MALE_HONORIFICS:
            return "m"
        if h in R.FEMALE_HONORIFICS:
            return "f"
    return None


def _role_kind(role: str | None) -> PersonKind | None:
    return _role_kind_of(role.lower()) if role else None


@functools.lru_cache(maxsize=4096)
def _role_kind_of(low: str) -> PersonKind | None:
    """The kind of person a role (lower-cased) belongs to."""

    def has(words: tuple[str, ...]) -> bool:
        return bool(_any_word_rx(words).search(low))

    if low in _title_roles():
        return PersonKind.COUNCILLOR  # a council's own title alone: "Warden", "Deputy Reeve"
    outside = _any_word_rx(R.OTHER_ROLES).search(low)
    qualifier = patterns.get("people_role_qualifier").search(low)
    if (
        outside
        and qualifier
        and outside.start() >= qualifier.end()
        and _role_kind_of(low[: qualifier.start()].strip()) is PersonKind.OFFICER
    ):
        # an officer's post is the council's whatever it is of: "Director of ... Resident Experience"
        # (a chair of an outside body stays outside: "Chairman of the Community Council")
        return PersonKind.OFFICER
    if outside:
        return PersonKind.OTHER
    if has(("cabinet member", "portfolio holder", "executive member", "lead member")):
        return PersonKind.COUNCILLOR
    if has(("leader",)) and not has(("team leader",)):
        return PersonKind.COUNCILLOR
    if has(R.OFFICER_ROLES):
        return PersonKind.OFFICER
    if has(R.COUNCILLOR_ROLES):
        return PersonKind.COUNCILLOR
    return None


@functools.cache
def _title_roles() -> frozenset[str]:
    return frozenset(t.lower() for t in R.TITLE_ROLES)


@functools.cache
def _any_word_rx(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of `words`, lower-cased, as a whole word."""
    return patterns.build(rf"(?<!\p{{L}})(?:{_alt(w.lower() for w in words)})(?!\p{{L}})", regex.V1)


def _role_score(role: str) -> tuple[int, int]:
    words = role.split()
    specific = 1 if patterns.get("people_role_specific").search(role) or len(words) >= 3 else 0
    return specific, len(role)


# -------------------------------------------------------------- role phrases

_ROLE_STOP_CHARS = ".;:)\n"


def _read_role(text: str, pos: int, v: _Vocab, *, limit: int = 160) -> tuple[str, int, int] | None:
    """A role phrase starting at `pos` ("Head of Finance, Motor Tax and ICT"):
    (role as printed and space-normalised, start, end) or None.

    It runs over capitalised words and the connectors of `ROLE_CONNECTORS`,
    across a comma when a capitalised word follows, across a line break when
    the next line starts with a connector, and stops at a lower-case word.
    """
    m = patterns.get("people_role_lead").match(text, pos)
    start = m.end() if m else pos
    if _looks_like_name_start(text, start, v) or _is_honorific_at(text, start, v):
        return None
    i = start
    end = start
    words: list[str] = []
    connectors = set(R.ROLE_CONNECTORS)
    n = len(text)
    role_token, blanks = patterns.get("people_role_token"), patterns.get("people_blanks")
    while i < n and i - start < limit:
        tm = role_token.match(text, i)
        if not tm:
            break
        w = tm.group(0)
        bare = w.strip("-–/")
        if not bare:
            if words and patterns.get("people_blanks_capital").match(text, i + len(w)):
                i += len(w)  # "Assistant Director Education – West Kent"
                sm = blanks.match(text, i)
                i = sm.end() if sm else i
                continue
            break
        if bare in R.ROLE_STOP_WORDS or (bare.isdigit() and len(bare) >= 4):
            break  # a telephone number follows
        if len(bare) == 1 and bare.isupper() and words:
            break  # an initial: the next person's name ("Clerk J Smith")
        is_cap = bare[0].isupper() or bare[0].isdigit() or w in ("&",)
        if not is_cap and not words:
            break  # a role opens with a capital: ", and the Chair of ..." is the next person's
        if not is_cap and bare.lower() not in connectors:
            if words and words[-1].lower() in ("acting", "interim"):
                pass
            break
        if (
            bare.lower() == "and"
            and words
            and patterns.get("people_and_name").match(text, i + len(w))
            and _looks_like_name_start(text, _skip_space(text, i + len(w)), v)
        ):
            break
        if _is_honorific_at(text, i, v):
            break
        words.append(bare)
        i += len(w)
        if is_cap:
            end = i
        # what follows the word
        sm = blanks.match(text, i)
        j = sm.end() if sm else i
        if j >= n:
            break
        c = text[j]
        if c == ",":
            nm = patterns.get("people_comma_break").match(text, j)
            k = nm.end() if nm else j + 1
            if (
                k < n
                and text[k].isupper()
                and not _is_honorific_at(text, k, v)
                and not _looks_like_name_start(text, k, v)
            ):
                i = k
                continue
            break
        if c == "\n":
            nm = patterns.get("people_line_break").match(text, j)
            k = nm.end() if nm else j + 1
            nxt = patterns.get("people_word_or_amp").match(text, k)
            no_head_yet = not any(w.lower() in v.strong_role_words for w in words)
            if words[-1] in connectors or (nxt and nxt.group(0) in connectors):
                i = k
                continue
            if (
                no_head_yet
                and nxt
                and nxt.group(0)[:1].isupper()
                and nxt.group(0).lower().removesuffix("s") in v.role_words
            ):
                i = k  # "the General\nRepresentative of Flanders"
                continue
            if not no_head_yet and _role_goes_on(text, k, words[-1], v):
                i = k  # "Cabinet Member for Integrated\nChildren’s Services"
                continue
            break
        if c in "(" and words:
            break
        if c in _ROLE_STOP_CHARS or c in ")":
            break
        i = j
    if end <= start:
        return None
    raw = text[start:end]
    # trim trailing connectors
    raw = patterns.get("people_trailing_connectors").sub("", raw)
    end = start + len(raw)
    role = normalise_space(raw)
    block_label = patterns.get("people_contact_block_words").search(role)
    if block_label and not patterns.get("people_contact_officer").fullmatch(role):
        return None  # a contact block's labels, not a position
    low_words = {w.lower() for w in patterns.get("people_letters_hyphens").findall(role)}
    plurals = {w[:-1] for w in low_words if w.endswith("s") and w not in v.role_words}  # "Representatives"
    strong = (low_words | plurals) & v.strong_role_words
    if not strong and role not in R.POST_NOMINALS:
        # a hyphenated role word ("Chief-MLEO-CEMC", "Administrator-Clerk-Treasurer")
        parts = {p.lower() for w in low_words for p in w.split("-")}
        if not parts & v.strong_role_words:
            return None
    return role, start, end


def _role_goes_on(text: str, pos: int, last: str, v: _Vocab) -> bool:
    """Whether the line at `pos` carries on a role broken after `last`: the role does not
    end on its head word, and the line is a short run of capitalised words and connectors
    naming a service ("Children’s Services", "People and Education"), not a name or a label."""
    if last.lower() in v.role_words or last.lower() in {w.lower() for w in R.ORGANISATION_WORDS}:
        return False
    end = text.find("\n", pos)
    line = text[pos : len(text) if end == -1 else end].strip()
    words = line.split()
    if not words or len(line) > 60 or not patterns.get("people_role_line").fullmatch(line):
        return False
    if _looks_like_name_start(text, pos, v) or _is_honorific_at(text, pos, v):
        return False
    if any(w.lower() in v.strong_role_words for w in words):
        return False  # a second role in a column beside the first ("Director of Education")
    anchors = {w.lower() for w in (*R.ROLE_CONNECTORS, *R.ORGANISATION_WORDS)}
    return any(w.strip("–-").lower() in anchors for w in words)


def _skip_space(text: str, pos: int) -> int:
    """The first offset at or after `pos` that is not white space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _is_honorific_at(text: str, pos: int, v: _Vocab) -> bool:
    same_line, next_line = _honorific_at_rx(v)
    return bool(same_line.match(text, pos, pos + 60) or next_line.match(text, pos, pos + 60))


@functools.cache
def _honorific_at_rx(v: _Vocab) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An honorific before a capital on its line ("Cllr Ash"), or before a name on the next line."""
    plain = [h for h in v.honorifics if h not in R.TITLE_ROLES]
    return (
        patterns.build(rf"(?:{_alt(v.honorifics)})(?:\.[ \t]*|[ \t]+)\p{{Lu}}", 0),
        patterns.build(rf"(?:{_alt(plain)})\.?[ \t]*\n\s*\p{{Lu}}\p{{Ll}}", 0),
    )


def _looks_like_name_start(text: str, pos: int, v: _Vocab) -> bool:
    m = patterns.get("people_capitalised_word").match(text, pos)
    return bool(m and m.group(1) in _given_set() and patterns.get("people_name_start").match(text, pos))


@functools.cache
def _given_set() -> frozenset[str]:
    return frozenset(R.GIVEN_NAMES)


def _role_after(text: str, end: int, v: _Vocab) -> tuple[str, int] | None:
    """A role printed right after a name: ", Leader of the Council" or " (Chairman)"."""
    m = patterns.get("people_bracket_after").match(text, end)
    if m:
        close = text.find(")", m.end())
        if close != -1 and close - end < 200:
            inner = text[m.end() : close]
            got = _read_role(inner, 0, v, limit=200)
            if got and not patterns.get("people_mover_note").search(inner.strip()):
                role = normalise_space(inner)
                return role, close + 1
        return None
    m = patterns.get("people_comma_break").match(text, end)
    if m:
        got = _read_role(text, m.end(), v)
        if got:
            return got[0], got[2]
    return None


def _role_before(text: str, start: int, v: _Vocab) -> str | None:
    """A role printed right before a name: "The Leader of the Labour Group, Mr Brady",
    "Minister of State for Care, Stephen Kinnock", "Culture Secretary Lisa Nandy"."""
    lo = max(0, start - 90)
    window = text[lo:start]
    m = patterns.get("people_gap_before_name").search(window)
    if not m:
        return None
    head = window[: m.start()]
    if not head or not (head[-1].isalpha() or head[-1] in ")’'"):
        return None
    starts = [wm.start() for wm in patterns.get("people_word_capital").finditer(head)]
    boundary = patterns.get("people_boundary_before_role")
    for st in reversed(starts):
        seg = head[st:]
        if "\n" in seg.strip() and not patterns.get("people_line_break_connector").search(seg):
            break
        if not boundary.search(head[:st]):
            continue
        if not _role_like(seg) or not _has_role_word(seg, v):
            continue
        got = _read_role(head, st, v)
        if got and got[2] >= len(head) - 1:
            return normalise_space(head[got[1] :])  # without a leading "The"
    return None


def _affiliation_after(text: str, end: int) -> tuple[str | None, str | None]:
    """A party or an organisation printed right after a name: (party, organisation)."""
    m = patterns.get("people_bracketed_affiliation").match(text, end)
    if m:
        inner = normalise_space(m.group(1))
        if inner.lower() in {p.lower() for p in R.PARTIES}:
            return inner, None
        if patterns.get("people_acronym").fullmatch(inner) or (
            _role_like(inner) and any(w in R.ORGANISATION_WORDS for w in inner.split())
        ):
            return None, inner  # "Ryan Warsing (LSRCC)"
        return None, None
    m = patterns.get("people_comma_affiliation").match(text, end)
    if m:
        phrase = normalise_space(m.group(1))
        if _role_like(phrase) and any(w in R.ORGANISATION_WORDS for w in phrase.split()):
            return None, phrase  # "Mr. Dermot Donovan, Roadplan Consulting,"
    return None, None


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
    """Trim a matched name: never across a line break after a surname-like word."""
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


# -------------------------------------------------------------------- finders


def _honorific_mentions(
    text: str, v: _Vocab, rx: _Rx, lo: int = 0, hi: int | None = None, *, whole: bool = False
) -> Iterator[_Cand]:
    """Honorific + name anywhere in ``text[lo:hi]``; with `whole` (a list entry), a name that fills
    the rest of the entry is kept across its line break ("Cr Mere\n   Hohaia")."""
    for m in rx.hon_name.finditer(text, lo, len(text) if hi is None else hi):
        hons = _split_hon(m.group("hon"), v)
        if not hons:
            continue
        if len(hons[-1]) > 4 and patterns.get("people_title_sentence_end").search(m.group("hon")):
            continue  # "... by the Mayor.\nUpon resumption": a sentence ends after a title
        fills = whole and hi is not None and not text[m.end("name") : hi].strip()
        name = normalise_space(m.group("name")) if fills else _clean_name(m.group("name"))
        if not name or not _surname_ok(name, rx):
            continue
        start = m.start()
        nstart = m.start("name")
        end = nstart + len(m.group("name").rstrip())
        # recompute end after cleaning
        end = _end_of(text, nstart, name)
        if _followed_by_place(text, end):
            continue
        posts, pend = _post_nominals_after(text, end, rx)
        cand = _Cand(start=start, end=end, name=name, honorifics=hons, post_nominals=posts)
        role = _role_after(text, pend, v)
        if role:
            cand.role, cand.role_rank = role[0], _PROSE_ROLE
        if not role:
            before = _role_before(text, start, v)
            if before:
                cand.role, cand.role_rank = before, _PROSE_ROLE
        if not role:
            cand.party, cand.organisation = _affiliation_after(text, pend)
        title_roles = [h for h in hons if h in R.TITLE_ROLES]
        if title_roles and not cand.role:
            cand.role, cand.role_rank = title_roles[0], 1
        if any(h in R.COUNCILLOR_HONORIFICS for h in hons):
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
        rk = _role_kind(cand.role)
        if rk and cand.role_rank >= _PROSE_ROLE:
            cand.kind, cand.kind_rank = rk, max(cand.kind_rank, _PROSE_ROLE)
        given, _, _ = _tokens(name)
        cand.mention_only = not given
        yield cand


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


@functools.cache
def _place_set() -> frozenset[str]:
    return frozenset(R.PLACE_SUFFIXES)


def _given_name_mentions(ctx: Context, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Names without an honorific that start with a known given name (spaCy span ruler)."""
    text = ctx.text
    full, pair = patterns.get("people_name_from_given"), patterns.get("people_given_pair")
    for label, s, _end in _nlp.ruler_spans(text, tuple(ctx.settings.extra_role_words)):
        if label != _nlp.GIVEN_NAME_LABEL:
            continue
        im = patterns.get("people_initials_before_name").search(text[max(0, s - 8) : s])
        if im:
            s -= len(im.group(0))  # "S. Martin Newberry": the initial belongs to the name
        if s > 1 and text[s - 1] in "-‐" and text[s - 2].isalpha():
            hm = patterns.get("people_capitalised_word_end").search(text[max(0, s - 30) : s - 1])
            if not hm:
                continue
            s = s - 1 - len(hm.group(0))
        if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-'’"):
            continue
        pm = pair.match(text, s)
        if pm and pm.group("a") in _given_set() and pm.group("b") in _given_set():
            surname = pm.group("s")
            if surname.lower() in rx.stop or _followed_by_place(text, pm.end()):
                continue
            yield _Cand(
                start=pm.start("a"),
                end=pm.end("a"),
                name=f"{pm.group('a')} {surname}",
                kind=PersonKind.OTHER,
                kind_rank=_PROSE,
            )
            yield _Cand(
                start=pm.start("b"),
                end=pm.end("s"),
                name=f"{pm.group('b')} {surname}",
                kind=PersonKind.OTHER,
                kind_rank=_PROSE,
            )
            continue
        m = full.match(text, s)
        if not m:
            continue
        raw = m.group("name")
        words = raw.split()
        # stop at the first word that cannot be part of a name
        cut = len(words)
        for idx, w in enumerate(words[1:], start=1):
            if w.lower() in rx.stop or w in _place_set():
                cut = idx
                break
        words = words[:cut]
        if len(words) < 2 or patterns.get("people_initial").fullmatch(words[-1]):
            continue
        name = _clean_name(raw[: _prefix_len(raw, words)])
        if not name or len(name.split()) < 2:
            continue
        end = _end_of(text, s, name)
        if _followed_by_place(text, end) or _inside_caps_heading(text, s, end):
            continue
        cand = _Cand(start=s, end=end, name=name, kind=PersonKind.OTHER, kind_rank=_PROSE)
        posts, pend = _post_nominals_after(text, end, rx)
        cand.post_nominals = posts
        role = _role_after(text, pend, v)
        if not role:
            cand.party, cand.organisation = _affiliation_after(text, pend)
        below = None if role else _role_below(text, s, pend, v)
        role_text = role[0] if role else _role_before(text, s, v) or below
        if below:
            # a signature: phone and e-mail may follow on the next lines
            tail = text[pend : pend + 200]
            pm = patterns.get("people_phone").search(tail)
            em = patterns.get("people_email").search(tail)
            cand.phone = normalise_space(pm.group(0)) if pm else None
            cand.email = em.group(0).rstrip(".") if em else None
        if role_text:
            cand.role, cand.role_rank = role_text, _PROSE_ROLE
            rk = _role_kind(role_text)
            if rk:
                cand.kind, cand.kind_rank = rk, _PROSE_ROLE
        yield cand


def _role_below(text: str, start: int, end: int, v: _Vocab) -> str | None:
    """A signature: the name alone on its line and a role alone on the next ("Jane Smith\nGeneral Counsel")."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if le == -1 or text[ls:start].strip() or text[end:le].strip():
        return None
    ne = text.find("\n", le + 1)
    ne = len(text) if ne == -1 else ne
    got = _read_role(text, le + 1, v)
    if got and got[2] >= ne - 1 - (len(text[le + 1 : ne]) - len(text[le + 1 : ne].rstrip())) and _role_like(got[0]):
        return got[0]
    return None


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


# ----------------------------------------------------------- attendance lists


def _list_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    for m in rx.opener.finditer(text):
        opener = normalise_space(m.group("opener")).lower()
        # an opener is a list opener at a line start, or a phrase ending "from"/"by"
        ls = text.rfind("\n", 0, m.start()) + 1
        before = text[ls : m.start()].strip()
        phrase = opener.endswith((" from", " by"))
        after = text[m.end() : m.end() + 1]
        if not phrase:
            seps = text[m.start() + len(m.group("opener")) : m.end()]
            if not (":" in seps or "-" in seps or "–" in seps or after == "\n" or m.end() >= len(text)):
                # "Present" alone on a line, or followed by ":" / "-"
                continue
            colon = ":" in seps
            qualifier = colon and patterns.get("people_opener_qualifier").fullmatch(before + " ")
            if before and not qualifier and not patterns.get("people_list_label").fullmatch(before):
                continue  # "SPC Members Present:" is an opener; "the members present" is not
        attendance, kind = next(((a, k) for o, a, k in v.openers if o.lower() == opener), ("present", None))
        plural = next((sg for pl, sg in R.PLURAL_HONORIFICS.items() if opener.startswith(pl.lower() + " ")), None)
        if not phrase and not (":" in m.group(0) or "-" in m.group(0) or "–" in m.group(0)):
            # "Present" alone on its line: the next line must open with a name
            nxt = text[m.end() : m.end() + 80].lstrip()
            if not (
                rx.hon_name.match(nxt) or rx.hon_plural.match(nxt) or patterns.get("people_name_then_comma").match(nxt)
            ):
                continue
        opener_role = next((r for o, r in R.OPENER_ROLES.items() if o.lower() == opener), None)
        yield from _parse_list(
            text,
            m.end(),
            Attendance(attendance),
            PersonKind(kind) if kind else None,
            v,
            rx,
            plural=plural,
            opener_role=opener_role,
        )


def _singular(plural: str) -> str:
    """The singular of a plural honorific as printed ("COUNCILLORS", "Council\nMembers")."""
    key = normalise_space(plural).lower()
    return next((sg for pl, sg in R.PLURAL_HONORIFICS.items() if pl.lower() == key), "Councillor")


def _plural_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Plural honorifics in running text: "Councillors J. Sheahan (Proposer), M. Collins and F. Foley"."""
    for m in rx.hon_plural.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        if patterns.get("people_capitalised_words").fullmatch(text, ls, m.start()):
            continue  # the end of a name ("Market Trustees", "Parish Councillors"), not a list
        yield from _parse_list(text, m.start(), None, None, v, rx)


def _list_end(text: str, pos: int, rx: _Rx) -> int:
    """Where an attendance list stops: the next opener at a line start, a blank
    line, a numbered heading, or a full stop at the end of a line."""
    n = len(text)
    i = pos
    depth = 0
    initial_before_stop, bullet = patterns.get("people_initial_before_stop"), patterns.get("people_bullet")
    heading = patterns.get("people_heading_start")
    while i < n:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0:
            nxt = text[i + 1 : i + 2]
            prev = text[i - 2 : i]
            if (nxt in ("\n", "") or text[i + 1 : i + 3] == " \n") and not initial_before_stop.search(prev):
                wm = patterns.get("people_word_before_stop").search(text, max(pos, i - 12), i)
                if not (wm and rx.post_nominal.match(wm.group(0)) and nxt):
                    return i  # a sentence ends, not an abbreviation after a name ("Marchetti, Esq.")
        elif c == "\n":
            rest = text[i + 1 : i + 120]
            bm = bullet.match(rest)
            if bm:
                rest = rest[bm.end() :]
            if not rest.strip():
                return i
            if rest.startswith("\n"):
                # a blank line ends the list unless the entry plainly goes on after it
                before_blank = text[max(pos, i - 40) : i].rstrip()
                after_blank = rest.lstrip()
                goes_on = before_blank.endswith((",", ";", "(")) or patterns.get("people_connector_end").search(
                    before_blank
                )
                starts_low = patterns.get("people_list_goes_on").match(after_blank)
                if not (goes_on or starts_low):
                    return i
            if rx.opener.match(rest) and patterns.get("people_opener_tail").match(rest):
                om = rx.opener.match(rest)
                if om and (
                    ":" in om.group(0)
                    or "-" in om.group(0)
                    or "–" in om.group(0)
                    or rest[om.end() : om.end() + 1] in ("\n", "")
                ):
                    return i
            first_line = rest.split("\n", 1)[0]
            if heading.match(first_line):
                return i
            om2 = rx.opener.search(first_line[:50])
            lead = first_line[: om2.start()] if om2 else ""
            if om2 and ":" in om2.group(0) and patterns.get("people_opener_lead").fullmatch(lead):
                return i
        i += 1
    return n


def _split_entries(
    text: str, start: int, end: int, whole_line: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Entries of a list: split at top-level commas, semicolons, " and ", "&"."""
    out: list[tuple[int, int]] = []
    lines = _top_level_lines(text, start, end)
    run = 0
    while whole_line is not None and run < len(lines) and whole_line(*lines[run]):
        run += 1
    if run >= 2:
        # one person a line, each "Name, Role" or "Role - Name": a comma or an "and" is inside a line's role;
        # what follows the run is left whole (the list ends in it unless it is one more entry)
        return lines[:run] + ([(lines[run][0], end)] if run < len(lines) else [])
    hon_lines = [ln for ln in lines if _starts_with_honorific(text, ln[0])]
    inner_hon = _list_honorific_rx()[1]
    crowded = [ln for ln in lines if inner_hon.search(text[ln[0] : ln[1]])]
    if (
        len(lines) >= 3
        and len(hon_lines) >= 0.6 * len(lines)
        and len(crowded) <= 0.2 * len(lines)
        and _starts_with_honorific(text, lines[0][0])
    ):
        # one person a line: "Ms. Jane Smith, Director of Service"; other lines continue the one before
        for ln in lines:
            if _starts_with_honorific(text, ln[0]) or not out:
                out.append(ln)
            else:
                out[-1] = (out[-1][0], ln[1])
        return out
    bracketed = _bracketed_names(text, start, end)
    if len(bracketed) >= 2:
        # role first, name in brackets: "Head of Finance, Motor Tax and ICT (Mr. T. Gilligan), Director..."
        seg = start
        for bm in bracketed:
            out.append((seg, start + bm.end()))
            sm = patterns.get("people_entry_separator").match(text[start + bm.end() : end])
            seg = start + bm.end() + (sm.end() if sm else 0)
        out.append((seg, end))
        return [(a, b) for a, b in out if text[a:b].strip()]
    semi = ";" in text[start:end]
    if not semi:
        return _split_flat(text, start, end, semi=False)
    out = []
    for a, b in _split_flat(text, start, end, semi=True):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        if _plural_start_rx().match(text, a + lead, b):
            out.extend(_split_flat(text, a, b, semi=False))  # "...(Chair); Councillors: A, B and C;"
        else:
            out.append((a, b))
    return out


@functools.cache
def _plural_start_rx() -> regex.Pattern[str]:
    return patterns.build(rf"(?:{_alt(R.PLURAL_HONORIFICS)})(?!\p{{L}})", regex.V1)


def _split_flat(text: str, start: int, end: int, *, semi: bool) -> list[tuple[int, int]]:
    """Split at top-level semicolons (and commas unless `semi`), " and " and "&"."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = start
    i = start
    while i < end:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c == ";" or (c == "," and not semi)):
            out.append((seg, i))
            seg = i + 1
        elif depth == 0 and c in " \n\t":
            am = patterns.get("people_and_separator").match(text[i:end])
            if am:
                out.append((seg, i))
                seg = i + am.end()
                i = seg
                continue
        i += 1
    out.append((seg, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _bracketed_names(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """Honorific names in brackets: the role-first form "Head of Finance (Mr. T. Gilligan)"."""
    return list(_list_honorific_rx()[2].finditer(text[start:end]))


def _starts_with_honorific(text: str, pos: int) -> bool:
    return bool(_list_honorific_rx()[0].match(text, pos, pos + 30))


@functools.cache
def _list_honorific_rx() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The built-in honorifics in a list: opening an entry ("Cllr "), after a separator
    inside a line ("; Mrs "), and opening a bracket after a role ("(Mr. T. Gilligan)")."""
    hons = _alt(R.HONORIFICS)
    return (
        patterns.build(rf"(?:{hons})(?:\.|[ \t])", regex.V1),
        patterns.build(rf"[,;&]\s*(?:and\s+)?(?:{hons})\.?\s", regex.V1),
        patterns.build(rf"\((?:{hons})\.?\s[^()]*\)", regex.V1),
    )


def _top_level_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of ``text[a:b]``, never splitting inside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = a
    for i in range(a, b):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "\n" and depth == 0:
            out.append((seg, i))
            seg = i + 1
    out.append((seg, b))
    trimmed = []
    for x, y in out:
        piece = text[x:y]
        if piece.strip():
            x += len(piece) - len(piece.lstrip())
            y = x + len(piece.strip())
            trimmed.append((x, y))
    return trimmed


def _parse_list(
    text: str,
    pos: int,
    attendance: Attendance | None,
    kind: PersonKind | None,
    v: _Vocab,
    rx: _Rx,
    *,
    plural: str | None = None,
    opener_role: str | None = None,
) -> Iterator[_Cand]:
    lead = patterns.get("people_space").match(text[pos : pos + 200])
    pos += lead.end() if lead else 0
    end = _list_end(text, pos, rx)
    body = text[pos:end]
    if not body.strip() or patterns.get("people_list_none").match(body):
        return
    default_hons: tuple[str, ...] = ()
    plural_role: str | None = None
    if plural:
        plural_role = plural if plural in R.TITLE_ROLES else None
        if plural not in R.TITLE_ROLES:
            default_hons = (plural,)
    entries = _split_entries(
        text,
        pos,
        end,
        lambda a, b: (
            ";" not in text[a:b]
            and (_name_comma_role(text, a, b, v, rx) or _role_dash_name(text, a, b, v, rx)) is not None
        ),
    )
    # an entry holding a line break may be two entries ("M Armstrong\nClerk J Connelly")
    expanded: list[tuple[int, int]] = []
    exp_hons = default_hons
    if not exp_hons and entries and rx.hon_plural.match(text[entries[0][0] : entries[0][1]].lstrip()):
        exp_hons = ("Councillor",)
    bracket_mode = len(_bracketed_names(text, pos, end)) >= 2
    for a, b in entries:
        chunk = text[a:b]
        if "\n" not in chunk.strip() or bracket_mode:
            expanded.append((a, b))
            continue
        parts = _top_level_lines(text, a, b)
        if len(parts) < 2:
            expanded.append((a, b))
            continue
        good: list[tuple[int, int]] = []
        i = 0
        while i < len(parts):
            pa, pb = parts[i]
            if rx.post_nominal.match(text[pa:pb].strip().rstrip(".")):
                good.append((pa, pb))  # "Steven Marchetti, Esq.\nCode Enforcement Officer Nate Rubio"
                i += 1
                continue
            words = text[pa:pb].split()
            broken = bool(words) and (
                words[-1] in _given_set() or patterns.get("people_initial").fullmatch(words[-1]) is not None
            )
            if len(words) == 2 and _starts_with_honorific(text, pa) and i + 1 < len(parts):
                broken = broken or not _starts_with_honorific(text, parts[i + 1][0])  # "Cllr. Eddie\nRyan"
            hons = (
                exp_hons
                if good or i
                else (exp_hons or (("Councillor",) if rx.hon_plural.match(text[pa:pb].lstrip()) else ()))
            )
            if not (broken and i + 1 < len(parts)) and _entry(text, pa, pb, v, rx, hons) is not None:
                good.append((pa, pb))
                i += 1
                continue
            if i + 1 < len(parts) and _entry(text, pa, parts[i + 1][1], v, rx, hons) is not None:
                good.append((pa, parts[i + 1][1]))
                i += 2
                continue
            break
        if i >= len(parts):
            expanded.extend(good)
            continue
        if not good or _entry(text, a, b, v, rx, exp_hons) is not None:
            expanded.append((a, b))
            continue
        expanded.extend(good)
        break  # the list ends inside this entry
    prev: _Cand | None = None
    idx = -1
    while idx + 1 < len(expanded):
        idx += 1
        a, b = expanded[idx]
        seg = text[a:b]
        pm = rx.hon_plural.match(seg.lstrip())
        if pm:
            singular = _singular(pm.group("hon"))
            default_hons = (singular,)
            plural_role = singular if singular in R.TITLE_ROLES else None
            a = a + (len(seg) - len(seg.lstrip())) + pm.end()
            cm = patterns.get("people_label_colon").match(text, a, b)
            a = cm.end() if cm else a  # "Councillors:\nL.D. Evans"
        if (
            idx + 1 < len(expanded)
            and _entry(text, a, b, v, rx, default_hons) is None
            and not rx.post_nominal.match(text[a:b].strip().rstrip("."))
            and _entry(text, a, expanded[idx + 1][1], v, rx, default_hons) is not None
        ):
            # "Land Planning & Technology Administrator Jane Smith": the split was inside a role
            b = expanded[idx + 1][1]
            idx += 1
        seg = text[a:b]
        stripped = seg.strip().rstrip(".")
        if prev is not None and rx.post_nominal.match(stripped):
            prev.post_nominals = (*prev.post_nominals, stripped)
            continue
        cand = _entry(text, a, b, v, rx, default_hons, trust=prev is not None and not prev.honorifics)
        last = False
        if cand is None and default_hons:
            # the list runs into the sentence: "Councillors Rees and Dunn moved the motion"
            nm = patterns.get("people_name_before_verb").match(seg)
            if nm and rx.name_only.match(nm.group(1)) and _surname_ok(nm.group(1), rx):
                cand = _entry(text, a + nm.start(1), a + nm.end(1), v, rx, default_hons)
                last = True
        if cand is None:
            if prev is None and not stripped:
                continue
            got = _read_role(text, a, v)
            flat = normalise_space(stripped)
            gap = text[expanded[idx - 1][1] : a] if idx else ""
            joined = patterns.get("people_and_separator").fullmatch(gap)  # split at "and": join back with it
            if (
                prev is not None
                and prev.role
                and prev.role_rank >= _PROSE_ROLE
                and 0 < len(flat.split()) <= 6
                and _role_like(flat)
                and not rx.hon_name.match(flat)
                and flat.lower() not in prev.role.lower()
                and ";" not in gap
                and not patterns.get("people_blank_line").search(gap)
            ):
                # the department after a role: "Staff Officer, Housing"; "Head of Administration and Law"
                prev.role = f"{prev.role} {gap.strip()} {flat}" if joined else f"{prev.role}, {flat}"
                continue
            if prev is not None and got and not prev.role and got[2] >= a + len(seg.rstrip().rstrip(".")) - 1:
                prev.role, prev.role_rank = got[0], _LIST
                rk = _role_kind(got[0])
                if rk is not None and (rk != PersonKind.COUNCILLOR or kind is None):
                    prev.kind, prev.kind_rank = rk, _LIST
                continue
            break
        cand.attendance = attendance
        single = _singular_role(cand.role, v) if cand.role else None
        if single:
            # "Ms Anne Duguid and Reverend Colin Fraser (Religious Representatives)": the role of both
            cand.role = single
            gap = text[expanded[idx - 1][1] : a] if idx else ""
            if prev is not None and not prev.role and patterns.get("people_and_separator").fullmatch(gap):
                prev.role, prev.role_rank = single, cand.role_rank
                rk = _role_kind(single)
                if rk is not None and rk != PersonKind.COUNCILLOR and not _member_honorific(prev):
                    prev.kind, prev.kind_rank = rk, _LIST
        if plural_role and not cand.role:
            cand.role, cand.role_rank = plural_role, _LIST
        if opener_role and (not cand.role or cand.role_rank < _PROSE_ROLE):
            cand.role, cand.role_rank = opener_role, _LIST  # "In the Chair: Alderman S Reid" (not "Alderman")
        rk = _role_kind(cand.role)
        if any(h in R.COUNCILLOR_HONORIFICS for h in cand.honorifics) and kind != PersonKind.COUNCILLOR:
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _LIST
        elif rk is not None and (rk != PersonKind.COUNCILLOR or kind is None):
            cand.kind, cand.kind_rank = rk, _LIST
        elif kind is not None:
            cand.kind, cand.kind_rank = kind, _LIST
        elif cand.kind is None:
            cand.kind, cand.kind_rank = PersonKind.OTHER, 1
        prev = cand
        yield cand
        if last:
            break


def _singular_role(role: str, v: _Vocab) -> str | None:
    """The singular of a plural role ("Religious Representatives"), or None if it is not one."""
    last = role.split()[-1] if role.split() else ""
    low = last.lower()
    if len(last) > 3 and low.endswith("s") and low not in v.role_words and low[:-1] in v.strong_role_words:
        return role[:-1]
    return None


def _member_honorific(c: _Cand) -> bool:
    return any(h in R.COUNCILLOR_HONORIFICS for h in c.honorifics)


def _entry(
    text: str, a: int, b: int, v: _Vocab, rx: _Rx, default_hons: tuple[str, ...], *, trust: bool = False
) -> _Cand | None:
    """One list entry: "Mr R W Gough (Chairman)", "Head of Finance (Mr. T. Gilligan)",
    "Fire Chief-MLEO-CEMC Will Bateman", "Keary" after "Councillors"."""
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    a += lead
    seg = seg.strip()
    seg_end = a + len(seg)
    while seg.endswith((".", ",")) and not patterns.get("people_ends_with_initial").search(seg):
        seg = seg[:-1].rstrip()
        seg_end = a + len(seg)
    if not seg or len(seg) > 220:
        return None
    # role first, honorific name in brackets: "Chief Executive (Mr. P. Daly)"
    rm = patterns.get("people_role_then_bracket").match(seg)
    if rm:
        inner_start = a + rm.start("inner")
        inner_cands = list(_honorific_mentions(text, v, rx, inner_start, inner_start + len(rm.group("inner"))))
        if inner_cands and inner_cands[0].start == inner_start:
            cand = inner_cands[0]
            role = _read_role(text, a, v)
            cand.role = normalise_space(rm.group("role"))
            cand.role_rank = _LIST if role else _PROSE_ROLE
            cand.kind_rank = 0
            cand.kind = None
            return cand
    # honorific + name (+ role)
    hm = rx.hon_name.match(text, a, seg_end)
    if hm:
        cands = list(_honorific_mentions(text, v, rx, a, seg_end, whole=True))
        if cands and cands[0].start == a:
            cand = cands[0]
            rest = text[cand.end : seg_end]
            cand.role_rank = _LIST if cand.role and cand.role_rank >= _PROSE_ROLE else cand.role_rank
            inner_text = rest.strip()[1:].rstrip(")")
            if not cand.role and patterns.get("people_space_bracket").match(rest) and _read_role(inner_text, 0, v):
                cand.role, cand.role_rank = normalise_space(inner_text), _LIST
            return cand
    # bare name, with default honorifics or none: "Keary", "Collins (J)", "Rich Lehmann (Chair)"
    nm = patterns.get("people_name_then_bracket").match(seg)
    if nm:
        inner: str | None = nm.group("inner")
        n_text = nm.group("n")
        if inner is not None and patterns.get("people_capital").fullmatch(inner.strip()):
            n_text = seg
            inner = None
        nmm = rx.name_only.match(normalise_space(n_text))
        first_word = n_text.split()[0] if n_text.split() else ""
        single = len(n_text.split()) == 1 and not default_hons and not (inner and _read_role(inner, 0, v))
        single = single or (
            not trust
            and not default_hons
            and not (inner and _read_role(inner, 0, v))
            and first_word not in _given_set()
            and not patterns.get("people_initials").fullmatch(first_word)
        )
        if nmm and not single and _surname_ok(nmm.group("name"), rx) and not _has_role_word(n_text, v):
            name = normalise_space(n_text)
            cand = _Cand(start=a, end=a + len(n_text.rstrip()), name=name, honorifics=default_hons)
            if inner and _read_role(inner, 0, v):
                cand.role, cand.role_rank = normalise_space(inner), _LIST
            if default_hons and any(h in R.COUNCILLOR_HONORIFICS for h in default_hons):
                cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
            given, _, _ = _tokens(name)
            cand.mention_only = not given
            return cand
    if not default_hons:
        # "W. Walters, Chief Executive"; "Chief Executive Officer - Mr Peter Lucas"
        whole = _name_comma_role(text, a, seg_end, v, rx) or _role_dash_name(text, a, seg_end, v, rx)
        if whole is not None:
            whole.role_rank = _LIST
            return whole
    # role first, then a name: "Operations Superintendent Dan MacInnis", "Clerk J Connelly"
    flat = normalise_space(seg)
    words = flat.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        name_part = " ".join(words[-k:])
        role_part = " ".join(words[:-k])
        if not role_part or not _has_role_word(role_part, v):
            continue
        if _has_role_word(name_part, v):
            continue
        hons = _split_hon(name_part, v)
        bare = name_part
        if hons:
            hm2 = rx.hon_name.match(name_part)
            if not hm2:
                continue
            bare = normalise_space(hm2.group("name"))
        nm2 = rx.name_only.match(bare)
        if not nm2 or not _surname_ok(bare, rx):
            continue
        if k == 1 and not hons:
            continue
        if k >= 2 and not hons and len(bare.split()) < 2:
            continue
        first = bare.split()[0]
        if not hons and not (first in _given_set() or patterns.get("people_initial").fullmatch(first) or k >= 2):
            continue
        nstart = _find_words_start(text, a, seg_end, words[-k:])
        if not _role_like(role_part) or patterns.get("people_starts_with_initial").match(role_part):
            continue
        cand = _Cand(start=nstart, end=seg_end, name=bare, honorifics=hons)
        role_part = patterns.get("people_role_lead").sub("", role_part, count=1).rstrip(" ,")  # "the Mayor, "
        cand.role, cand.role_rank = role_part, _LIST
        return cand
    return None


def _bare_full_name(n_text: str, v: _Vocab, rx: _Rx) -> bool:
    """A name of two words or more with no honorific, a real surname and no role word in it."""
    return (
        len(n_text.split()) >= 2
        and rx.name_only.match(n_text) is not None
        and _surname_ok(n_text, rx)
        and not _has_role_word(n_text, v)
    )


def _name_comma_role(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """The whole of ``text[a:b]`` is a bare name, a comma and its role: "Heather Lindqvist, CAO/Clerk"."""
    seg = text[a:b]
    cm = patterns.get("people_name_comma_role").match(seg)
    if not cm:
        return None
    n_text = normalise_space(cm.group("n"))
    if not _bare_full_name(n_text, v, rx):
        return None
    got = _read_role(seg, cm.start("role"), v)
    if not got or (
        got[2] < len(seg.rstrip(" .,;")) - 1 and not patterns.get("people_trailing_note").match(seg, got[2])
    ):
        return None  # the role, perhaps with a note after it, is the rest: "Deputy Clerk (Recording Secretary)"
    cand = _Cand(start=a, end=a + len(cm.group("n").rstrip()), name=n_text, role=got[0], role_rank=_PROSE_ROLE)
    cand.mention_only = not _tokens(n_text)[0]
    return cand


def _role_dash_name(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """The whole of ``text[a:b]`` is a role, a spaced dash and a name, perhaps with a note in
    brackets: "Chief Executive Officer - Mr Peter Lucas", "Recreation Officer – Josh Pearce"."""
    dm = patterns.get("people_role_dash_name").match(text, a, b)
    if not dm:
        return None
    got = _read_role(text, a, v)
    if not got or got[2] < dm.end("role") - 1 or not _role_like(dm.group("role")):
        return None
    role = normalise_space(dm.group("role"))  # the role read on runs over the dash
    ns, ne = dm.start("n"), dm.end("n")
    if rx.hon_name.match(text, ns, ne):
        cands = list(_honorific_mentions(text, v, rx, ns, ne))
        if not cands or cands[0].start != ns or text[cands[0].end : ne].strip():
            return None
        cand = cands[0]
    else:
        n_text = normalise_space(dm.group("n"))
        if not _bare_full_name(n_text, v, rx):
            return None
        cand = _Cand(start=ns, end=ne, name=n_text)
    cand.role, cand.role_rank = role, _PROSE_ROLE
    rk = _role_kind(role)
    if rk and not any(h in R.COUNCILLOR_HONORIFICS for h in cand.honorifics):
        cand.kind, cand.kind_rank = rk, _PROSE_ROLE
    return cand


def _role_like(text: str) -> bool:
    """Every word capitalised or a connector: "Land Planning and Technology Administrator"."""
    connectors = set(R.ROLE_CONNECTORS)
    if "(" in text or ")" in text or ":" in text:
        return False
    words = text.split()
    for i, w in enumerate(words):
        low = w.strip(".,").lower()
        if low in _HON_CANON and not (i and low in _title_roles()):
            return False  # an honorific, but a title after a word is a post: "Dog Warden"
    for w in text.split():
        bare = w.strip(",.;:()")
        if not bare:
            continue
        if not (bare[0].isupper() or bare[0].isdigit() or bare in connectors or bare in ("&", "-", "–", "/")):
            return False
    return True


def _find_words_start(text: str, a: int, b: int, words: list[str]) -> int:
    pat = r"\s+".join(regex.escape(w) for w in words) + r"\s*$"
    m = regex.search(pat, text[a:b])
    return a + m.start() if m else a


def _has_role_word(text: str, v: _Vocab) -> bool:
    for w in patterns.get("people_word").findall(text):
        low = w.lower()
        if low in v.strong_role_words and not (w.isupper() and len(w) > 2 and low != "mp"):
            return True
    for w in patterns.get("people_hyphenated_word").findall(text):
        if any(p.lower() in v.strong_role_words for p in w.split("-")):
            return True
    return False


# ---------------------------------------------------------- contact blocks


def _contact_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    phone_rx = patterns.get("people_phone")
    email_rx = patterns.get("people_email")
    consumed = 0
    for m in rx.contact_label.finditer(text):
        if m.start() < consumed:
            continue
        label = normalise_space(m.group("label") or m.group("label2"))
        label_role = next((r for k, r in R.CONTACT_LABELS.items() if k.lower() == label.lower()), None)
        pos = m.end()
        columns = _two_column_block(text, pos, v, rx)
        if columns:
            consumed = columns[1]
            yield from columns[0]
            continue
        # up to 3 people, each a name line (", role" on it or on the next line), then phone/e-mail lines
        lines = _next_lines(text, pos, 12)
        idx = 0
        people_found = 0
        while idx < len(lines) and people_found < 3:
            ls, le = lines[idx]
            line = text[ls:le]
            if not line.strip():
                idx += 1
                continue
            if rx.contact_label.match(line + "\n") and people_found:
                break
            cand = _name_line(text, ls, le, v, rx)
            if cand is None:
                if people_found:
                    idx += 1
                    if idx > 8:
                        break
                    continue
                break
            people_found += 1
            cand.kind, cand.kind_rank = PersonKind.OFFICER, _BLOCK
            idx += 1
            if not cand.role and idx < len(lines):
                rs, re_ = lines[idx]
                got = _read_role(text, rs, v)
                nxt_text = text[rs:re_].strip()
                if got and got[2] >= re_ - 1 and not rx.contact_label.match(nxt_text + "\n"):
                    role = normalise_space(text[got[1] : max(re_, got[2])].rstrip(" ,"))
                    while idx + 1 < len(lines) and lines[idx + 1][0] < got[2]:
                        idx += 1  # the role ran on over its next line
                    cont = lines[idx + 1] if idx + 1 < len(lines) else None
                    if cont and patterns.get("people_connector_start").match(text[cont[0] : cont[1]]):
                        role = normalise_space(role + " " + text[cont[0] : cont[1]])
                        idx += 1
                    cand.role, cand.role_rank = role, _BLOCK
                    idx += 1
            elif cand.role:
                cand.role_rank = _BLOCK
            if not cand.role and label_role:
                cand.role, cand.role_rank = label_role, _BLOCK - 1
            rk = _role_kind(cand.role)
            if rk and cand.role_rank >= _BLOCK - 1 and cand.role != label_role:
                cand.kind = rk
            # phone and e-mail in the next few lines
            k = idx
            tail = ""
            while k < len(lines) and k < idx + 6:
                t = text[lines[k][0] : lines[k][1]]
                if _name_line(text, lines[k][0], lines[k][1], v, rx) is not None or rx.contact_label.match(t + "\n"):
                    break  # the next person, or the next label's block ("Report author: ...")
                tail += t + "\n"
                k += 1
            joined = patterns.get("people_email_line_break").sub("", tail)
            pm = phone_rx.search(joined)
            em = email_rx.search(joined)
            cand.phone = normalise_space(pm.group(0)) if pm else None
            cand.email = em.group(0).rstrip(".") if em else None
            yield cand
            idx = max(idx, k)
            if not patterns.get("people_plural_contact_label").search(label):
                break  # one person per label, unless the label is plural


def _two_column_block(text: str, pos: int, v: _Vocab, rx: _Rx) -> tuple[list[_Cand], int] | None:
    """A contact block printed in columns whose lines were read across ("Report Author:" /
    "Relevant Director:" / name / name / role / role ...): the k-th name takes the k-th role,
    phone and e-mail."""
    lines = [ln for ln in _next_lines(text, pos, 24) if text[ln[0] : ln[1]].strip()]
    i = 0
    while i < len(lines) and rx.contact_label.match(text[lines[i][0] : lines[i][1]].strip() + "\n"):
        i += 1
    columns = i + 1  # the label just read, and those straight after it
    if columns < 2 or i + columns > len(lines):
        return None
    names = [_name_line(text, s, e, v, rx) for s, e in lines[i : i + columns]]
    if any(c is None for c in names):
        return None
    found = [c for c in names if c is not None]
    j = i + columns
    for c in found:
        if j < len(lines) and c.role is None:
            got = _read_role(text, lines[j][0], v)
            if got and got[2] >= lines[j][1] - 1:
                c.role, c.role_rank = got[0], _BLOCK
                j += 1
    phones: list[str] = []
    emails: list[str] = []
    end = lines[min(j, len(lines) - 1)][1]
    for s, e in lines[j:]:
        line = text[s:e]
        if _name_line(text, s, e, v, rx) is not None:
            break
        phones += [normalise_space(p.group(0)) for p in patterns.get("people_phone").finditer(line)]
        emails += [x.group(0).rstrip(".") for x in patterns.get("people_email").finditer(line)]
        end = e
    for k, c in enumerate(found):
        c.kind, c.kind_rank = _role_kind(c.role) or PersonKind.OFFICER, _BLOCK
        c.phone = phones[k] if k < len(phones) else None
        c.email = emails[k] if k < len(emails) else None
    return found, end


def _next_lines(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < count and i <= len(text):
        j = text.find("\n", i)
        if j == -1:
            j = len(text)
        out.append((i, j))
        if j >= len(text):
            break
        i = j + 1
    return out


def _name_line(text: str, ls: int, le: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """A line that is a name, or a name and its role: "Jackie Mould, Head of Policy"."""
    line = text[ls:le]
    lead = len(line) - len(line.lstrip())
    s = ls + lead
    body = line.strip()
    if not body or len(body) > 160:
        return None
    # honorific name
    hm = rx.hon_name.match(text, s, le)
    if hm:
        cands = list(_honorific_mentions(text, v, rx, s, le))
        if cands and cands[0].start == s:
            return cands[0]
    dashed = _role_dash_name(text, s, s + len(body), v, rx)
    if dashed is not None:
        return dashed  # "Senior Strategic Planner - Hayley Moss"
    head, _, rest = body.partition(",")
    head = head.strip()
    nm = rx.name_only.match(head)
    if not nm or _has_role_word(head, v) or not _surname_ok(head, rx):
        return None
    words = head.split()
    if len(words) < 2 or len(words) > 4:
        return None
    if words[0] not in _given_set() and not patterns.get("people_initial").fullmatch(words[0]) and not rest:
        return None
    end = s + len(head)
    cand = _Cand(start=s, end=end, name=normalise_space(head))
    if rest.strip():
        got = _read_role(text, end + 1, v)
        if not got:
            return None
        cand.role = got[0]
    return cand


# ------------------------------------------------------------- movers


def _mover_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    mover = patterns.get("people_mover")
    for m in mover.finditer(text):
        name = normalise_space(m.group("name"))
        yield _Cand(start=m.start("name"), end=m.end("name"), name=name, mention_only=True)
    res = patterns.get("people_resolution_movers")
    for m in patterns.get("people_line").finditer(text):
        rm = res.match(m.group(0))
        if not rm:
            continue
        base = m.start() + rm.start("names")
        for nm in patterns.get("people_initials_name").finditer(rm.group("names")):
            yield _Cand(
                start=base + nm.start(), end=base + nm.end(), name=normalise_space(nm.group(0)), mention_only=True
            )


# ---------------------------------------------------------------- merging


@dataclass
class _Group:
    """The candidates taken for one person.  What merging asks of a group (the fullest given
    names, the surname, gender, strongest kind) is kept up to date as candidates join: a person
    named a thousand times in a pack was otherwise reread for every candidate (quadratic)."""

    cands: list[_Cand] = field(default_factory=list)
    given: tuple[str, ...] = ()
    surname: str = ""
    gender: str | None = None
    strongest: _Cand | None = None  # the first candidate of the highest kind rank

    @classmethod
    def of(cls, c: _Cand) -> _Group:
        grp = cls(surname=_tokens(c.name)[1])
        grp.add(c)
        return grp

    def add(self, c: _Cand) -> None:
        self.cands.append(c)
        g = _tokens(c.name)[0]
        if len(g) > len(self.given) or (len(g) == len(self.given) and sum(map(len, g)) > sum(map(len, self.given))):
            self.given = g
        if self.gender is None:
            self.gender = _gender(c.honorifics) or None
        if self.strongest is None or c.kind_rank > self.strongest.kind_rank:
            self.strongest = c

    @property
    def kind_rank(self) -> int:
        return self.strongest.kind_rank if self.strongest is not None else 0

    @property
    def kind(self) -> PersonKind | None:
        return self.strongest.kind if self.strongest is not None and self.strongest.kind_rank else None


@functools.cache
def _nicknames() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for full, shorts in R.NICKNAMES.items():
        names = {full.lower(), *(x.lower() for x in shorts)}
        for n in names:
            out.setdefault(n, set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) > 1 and len(y) > 1:
        if x != y and y not in _nicknames().get(x, ()):
            return False
    elif x[0] != y[0]:
        return False
    # further initials must agree where both have them
    return all(p[0] == q[0] for p, q in zip(a[1:], b[1:], strict=False))


def _merge(cands: list[_Cand]) -> list[_Group]:
    # full-named candidates first, so bare surnames can join them
    order = sorted(range(len(cands)), key=lambda i: (cands[i].mention_only, not _tokens(cands[i].name)[0], i))
    groups: list[_Group] = []
    for i in order:
        c = cands[i]
        given, surname, _ = _tokens(c.name)
        if not surname:
            continue
        g = _gender(c.honorifics)
        fits = [
            grp
            for grp in groups
            if grp.surname == surname
            and _given_compatible(given, grp.given)
            and (g is None or grp.gender is None or g == grp.gender)
        ]
        if given:
            # exact given names first
            exact = [grp for grp in fits if grp.given and grp.given[0] == given[0]]
            if exact:
                fits = exact
        if c.kind == PersonKind.COUNCILLOR and c.kind_rank >= _HONORIFIC and len(fits) > 1:
            members = [grp for grp in fits if grp.kind in (PersonKind.COUNCILLOR, None)]
            fits = members or fits
        if not given and fits and c.kind == PersonKind.COUNCILLOR and c.kind_rank >= _HONORIFIC:
            # a bare surname: prefer a councillor group for a councillor mention
            members = [grp for grp in fits if grp.kind == PersonKind.COUNCILLOR]
            weak = [grp for grp in fits if grp.kind is None or grp.kind_rank < _PROSE_ROLE]
            if members:
                fits = members
            elif not any(h in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir") for h in c.honorifics):
                fits = weak
            elif all(grp.kind == PersonKind.OTHER for grp in fits) and not any(
                any(h in ("Mr", "Mrs", "Ms", "Miss") for x in grp.cands for h in x.honorifics) for grp in fits
            ):
                fits = []
        if not fits and not given and c.role:
            # a misprinted surname with the same role and honorific: "Dr Gosh (Director of Public Health)"
            fits = [
                grp
                for grp in groups
                if any(x.role and x.role.lower() == c.role.lower() for x in grp.cands)
                and (g is None or grp.gender is None or g == grp.gender)
                and _surname_close(surname, grp.surname)
            ]
        if not fits and len(given) >= 2 and len(given[-1]) > 1:
            # "S. Martin Newberry" is "Simone Martin-Newberry"
            alt_surname, alt_given = f"{given[-1]}-{surname}", given[:-1]
            fits = [grp for grp in groups if grp.surname == alt_surname and _given_compatible(alt_given, grp.given)]
        if not fits and c.mention_only and given:
            # initials and a misprinted surname ("L. Chapalenko" for Lisa Chalapenko), when only one fits
            close = [
                grp
                for grp in groups
                if grp.given
                and _given_compatible(given, grp.given)
                and _surname_close(surname, grp.surname)
                and len(surname) >= 5
            ]
            fits = close if len(close) == 1 else []
        if fits:
            fits[0].add(c)
        else:
            groups.append(_Group.of(c))
    return groups


def _surname_close(a: str, b: str) -> bool:
    import difflib

    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def _person(grp: _Group, text: str, ctx: Context) -> Person | None:
    cands = sorted(grp.cands, key=lambda c: c.start)
    if all(c.mention_only for c in cands) and not any(c.attendance or c.honorifics for c in cands):
        given, _, _ = _tokens(cands[0].name)
        if not given:
            return None

    # name: the fullest printed form
    base_surname = grp.surname

    def name_key(c: _Cand) -> tuple[int, int, int, int, int, int, int]:
        g, sur, _ = _tokens(c.name)
        full = sum(1 for t in g if len(t) > 1)
        return (
            int(sur == base_surname),
            len(g),
            full,
            -int("(" in c.name),
            sum(map(len, g)),
            -int(c.mention_only),
            -c.start,
        )

    best = max(cands, key=name_key)
    hons = next((c.honorifics for c in cands if c.attendance and c.honorifics), ())
    if not hons:
        hons = next((c.honorifics for c in cands if c.honorifics), ())
    roles = [c for c in cands if c.role]
    role: str | None = None
    if roles:
        # the role of the strongest source (an attendance list), unless it only says
        # "Chairman" and the text elsewhere gives a fuller position ("Leader of the Council")
        top = max(c.role_rank for c in roles)
        role = max((c for c in roles if c.role_rank == top), key=lambda c: _role_score(c.role or "")).role
        if not _role_score(role or "")[0]:
            fuller = [c for c in roles if c.role_rank >= _PROSE_ROLE - 1 and _role_score(c.role or "")[0]]
            if fuller:
                role = max(fuller, key=lambda c: (c.role_rank, _role_score(c.role or ""))).role
    if role:
        role = role.rstrip(" ,;:") or None
    kc = max(cands, key=lambda c: (c.kind_rank, c.start * -1))
    kind = kc.kind if kc.kind_rank else None
    if kind is None or kc.kind_rank < _LIST:
        rk = _role_kind(role)
        if rk and (kind is None or kc.kind_rank <= _PROSE_ROLE):
            kind = rk if not (kind == PersonKind.COUNCILLOR and kc.kind_rank >= _HONORIFIC) else kind
    if kind is None:
        kind = PersonKind.OTHER
    if kind == PersonKind.COUNCILLOR and role:
        rk = _role_kind(role)
        member_hon = any(h in R.COUNCILLOR_HONORIFICS for c in cands for h in c.honorifics)
        if rk in (PersonKind.OFFICER, PersonKind.OTHER) and not member_hon:
            kind = rk  # a "Present" list names officers and guests too
    attendance = next((c.attendance for c in cands if c.attendance), None)
    posts = tuple(dict.fromkeys(p for c in cands for p in c.post_nominals))
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        for s, e in [(c.start, c.end), *c.extra_mentions]:
            if (s, e) in seen or e <= s:
                continue
            seen.add((s, e))
            mentions.append(Mention(text=normalise_space(text[s:e]), span=ctx.source.span(s, e)))
    mentions.sort(key=lambda m: m.span.start)
    return Person(
        name=best.name,
        kind=kind,
        honorifics=hons,
        post_nominals=posts,
        role=role,
        organisation=next((c.organisation for c in cands if c.organisation), None),
        party=next((c.party for c in cands if c.party), None),
        phone=next((c.phone for c in cands if c.phone), None),
        email=next((c.email for c in cands if c.email), None),
        attendance=attendance,
        mentions=tuple(mentions),
    )


# ------------------------------------------------------------------ public


def _settings_vocab(ctx: Context) -> _Vocab:
    s = ctx.settings
    return _vocab(tuple(s.extra_honorifics), tuple(s.extra_role_words), tuple(s.extra_list_openers))


def extract_people(ctx: Context) -> Iterator[Person]:
    """Every distinct named person in the document, with all their mentions."""
    text = ctx.text
    if not text.strip():
        return
    v = _settings_vocab(ctx)
    rx = _rx(v)
    cands: list[_Cand] = []
    finders: tuple[Callable[[], Iterable[_Cand]], ...] = (
        lambda: _list_mentions(text, v, rx),
        lambda: _plural_mentions(text, v, rx),
        lambda: _contact_mentions(text, v, rx),
        lambda: _honorific_mentions(text, v, rx),
        lambda: _given_name_mentions(ctx, v, rx),
        lambda: _mover_mentions(text, v, rx),
        lambda: _role_name_mentions(text, v, rx),
        lambda: _role_first_mentions(text, v, rx),
        lambda: _speaker_mentions(text, v, rx),
        lambda: _ner_mentions(ctx, rx),
    )
    for finder in finders:
        try:
            cands.extend(finder())
        except Exception:  # a finder's bug must not cost the whole document
            if ctx.settings.strict:
                raise
    cands = _dedupe(cands)
    groups = _merge(cands)
    # where the member lists call members "Mr"/"Mrs" (Kent), a bare "Ms Grehan" with nothing else said is a member
    plain = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir")
    listed = sum(
        1 for c in cands if c.attendance and c.kind == PersonKind.COUNCILLOR and any(h in plain for h in c.honorifics)
    )
    for grp in groups:
        if (
            listed >= 3
            and grp.kind_rank < _HONORIFIC
            and all(not _tokens(c.name)[0] and not c.role and any(h in plain for h in c.honorifics) for c in grp.cands)
        ):
            for c in grp.cands:
                c.kind, c.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
        person = _person(grp, text, ctx)
        if person is not None:
            yield person


def _ner_mentions(ctx: Context, rx: _Rx) -> Iterator[_Cand]:
    """Names an installed English NER pipeline finds (only with `Settings.use_ner`): they only
    add people the rules missed, as 'other' with no role, and never override what the rules found."""
    if not ctx.settings.use_ner:
        return
    ner = _nlp.ner_pipeline()
    if ner is None:
        return
    text = ctx.text
    for label, es, ee in _nlp.ner_spans(ner, text):
        if label != "PERSON":
            continue
        printed = text[es:ee]
        name = normalise_space(printed).strip(" ,.;:")
        words = name.split()
        if len(words) < 2 or len(words) > 4 or not rx.name_only.match(name) or not _surname_ok(name, rx):
            continue
        if any(w.lower() in rx.stop and w not in R.SURNAME_WORDS for w in words):
            continue
        start = es + (len(printed) - len(printed.lstrip()))
        yield _Cand(start=start, end=_end_of(text, start, name), name=name, kind=PersonKind.OTHER, kind_rank=0)


def _role_name_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Names without honorific or known given name, followed by "(role)" or ", role"."""
    pat = patterns.get("people_name_before_role")
    for m in pat.finditer(text):
        name = m.group("name")
        words = name.split()
        if any(w.lower() in rx.stop for w in words) or words[0] in _given_set():
            continue
        if _split_hon(name, v):
            continue  # "Elder Tobias Brown": the honorific finder reads it
        if _has_role_word(name, v):
            continue
        if words[-1] in _place_set() and words[-1] not in R.SURNAME_WORDS:
            continue  # "In relation to Rathmore Estate, the Director said"
        role = _role_after(text, m.end(), v)
        if not role:
            continue
        rk = _role_kind(role[0])
        ls = text.rfind("\n", 0, m.start()) + 1
        if _inside_caps_heading(text, m.start(), m.end()) or text[ls : m.start()].strip().endswith(("the", "The")):
            continue
        yield _Cand(
            start=m.start(),
            end=m.end(),
            name=name,
            role=role[0],
            role_rank=_PROSE_ROLE,
            kind=rk,
            kind_rank=_PROSE_ROLE if rk else 0,
        )


def _bare_prose_name(name: str, v: _Vocab, rx: _Rx) -> bool:
    """A name read from running text with nothing to vouch for it: no stop, place or organisation
    word in it, no role word or honorific, and a real surname."""
    if any(w.lower() in rx.stop or w in _place_set() or w in R.ORGANISATION_WORDS for w in name.split()):
        return False
    return not (_has_role_word(name, v) or _split_hon(name, v) or not _surname_ok(name, rx))


def _role_first_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Bare names after their role in running text: "Emergency Management Director Carla Haynes presented"."""
    for m in rx.role_first.finditer(text):
        name = m.group("name")
        if not _bare_prose_name(name, v, rx):
            continue
        role = normalise_space(m.group("role"))
        if not _role_like(role) or _inside_caps_heading(text, m.start(), m.end()):
            continue
        if any(w in _place_set() for w in role.split()[1:]):
            continue  # "Springfield Road and Chief Peguis Trail": places, not a post ("Road Superintendent" is)
        if any(role == h or role.endswith(" " + h) for h in v.honorifics):
            continue  # "Council Member Delgado": an honorific, which its own finder reads
        if _followed_by_place(text, m.end()):
            continue
        rk = _role_kind(role)
        given, _, _ = _tokens(name)
        yield _Cand(
            start=m.start("name"),
            end=m.end("name"),
            name=normalise_space(name),
            role=role,
            role_rank=_PROSE_ROLE,
            kind=rk,
            kind_rank=_PROSE_ROLE if rk else 0,
            mention_only=not given,
        )


def _speaker_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Members of the public named without honorific where they speak: "Hemi Walker, on behalf of
    the Residents Association, spoke", "Gail Henderson of Ridge Road asked"."""
    for m in patterns.get("people_public_speaker").finditer(text):
        name = m.group("name")
        if not _bare_prose_name(name, v, rx):
            continue
        if not patterns.get("people_plain_given").fullmatch(name.split()[0]):
            continue  # a given name has no capital inside ("ClIr Butler" is a misprinted "Cllr")
        if _inside_caps_heading(text, m.start("name"), m.end("name")):
            continue
        yield _Cand(
            start=m.start("name"), end=m.end("name"), name=normalise_space(name), kind=PersonKind.OTHER, kind_rank=1
        )


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """Keep one candidate per place: the one from the strongest finder, merging what the others add."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Cand] = []
    live = 0  # out[:live] end before the current candidate starts, and so before every later one
    for c in cands:
        while live < len(out) and out[live].end <= c.start:
            live += 1
        # sorted by start, a kept candidate overlaps c exactly when it ends after c starts
        at = next((i for i in range(live, len(out)) if out[i].start < c.end and c.start < out[i].end), None)
        if at is None:
            out.append(c)
            continue
        clash = out[at]
        keep, drop = (clash, c) if _strength(clash) >= _strength(c) else (c, clash)
        if not keep.role and drop.role:
            keep.role, keep.role_rank = drop.role, drop.role_rank
        if keep.kind_rank < drop.kind_rank:
            keep.kind, keep.kind_rank = drop.kind, drop.kind_rank
        if not keep.honorifics and drop.honorifics:
            keep.honorifics = drop.honorifics
        keep.attendance = keep.attendance or drop.attendance
        keep.phone = keep.phone or drop.phone
        keep.party = keep.party or drop.party
        keep.organisation = keep.organisation or drop.organisation
        keep.email = keep.email or drop.email
        keep.post_nominals = keep.post_nominals or drop.post_nominals
        if len(_tokens(drop.name)[0]) > len(_tokens(keep.name)[0]) and _tokens(drop.name)[1] == _tokens(keep.name)[1]:
            keep.name = drop.name
        keep.mention_only = keep.mention_only and drop.mention_only
        if keep is c:
            out[at] = c
    return out


def _strength(c: _Cand) -> tuple[int, int]:
    return (max(c.kind_rank, c.role_rank, 1 if c.honorifics else 0), c.end - c.start)


def extract_role_mentions(ctx: Context, people: tuple[Person, ...]) -> Iterator[RoleMention]:
    """Roles named without a person ("The Head of Community Services said"),
    linked to the named person holding that role in the document."""
    text = ctx.text
    if not text.strip():
        return
    v = _settings_vocab(ctx)
    named = [(p, m.span.start, m.span.end) for p in people for m in p.mentions]
    seen: set[int] = set()
    for label, start, _end in _nlp.ruler_spans(text, tuple(ctx.settings.extra_role_words)):
        if label != _nlp.ROLE_LABEL:
            continue
        if start in seen:
            continue
        got = _read_role(text, start + 3, v)  # after "the"
        if not got:
            continue
        role, rs, re_ = got
        if patterns.get("people_possessive").search(role):
            continue  # "the Mayor's Draft Budget", "the Chief Executive's Department"
        if " " not in role and role not in R.STANDALONE_ROLES:
            continue  # "the Chief", "the Lead"
        tail = patterns.get("people_and_members").search(role)
        if tail:
            role = role[: tail.start()]
            re_ = rs + len(patterns.get("people_and_word_end").sub("", text[rs:re_]))
        if any(s <= re_ and rs <= e + 3 for _, s, e in named):
            continue  # the role of a named person printed beside the name
        seen.add(start)
        if patterns.get("people_chair").fullmatch(role) and _furniture(text, re_):
            continue
        holder = _holder(role, people)
        yield RoleMention(role=role, span=ctx.source.span(rs, re_), person=holder)


def _furniture(text: str, end: int) -> bool:
    return bool(patterns.get("people_furniture").match(text[end : end + 40]))


def _holder(role: str, people: tuple[Person, ...]) -> str | None:
    """The one named person whose role is this role ("the Leader" = "Leader of the Council")."""
    low = _fold_role(role)
    exact = [p.name for p in people if p.role and _fold_role(p.role) == low]
    if len(set(exact)) == 1:
        return exact[0]
    if exact:
        return None
    longer = [p.name for p in people if p.role and _fold_role(p.role).startswith(low + " ")]
    return longer[0] if len(set(longer)) == 1 else None


def _fold_role(role: str) -> str:
    return normalise_space(patterns.get("people_apostrophe").sub("'", role)).lower()
