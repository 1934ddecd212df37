"""The vocabularies a document's settings extend, the patterns built from them, and the candidate record."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from ... import patterns
from ...records import Attendance, PersonKind
from ...rules import people as R
from ...text import normalise_space
from ..context import Context

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
    member_heading: bool = False  # listed under a heading naming the members ("BOARD OF DIRECTORS"): its role is theirs


@dataclass(frozen=True)
class _Vocab:
    honorifics: tuple[str, ...]
    role_words: frozenset[str]
    openers: tuple[tuple[str, str | None, str | None], ...]  # (opener, attendance, kind)
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
    # "R", "R.", "P.J.", "H.A.L.", and a Gaelic prefix printed apart with its apostrophe ("O’ Donovan")
    # ... and two initials run together before a surname ("PJ O'Hanlon", "JP Murphy")
    initial = (
        r"(?-i:\p{Lu}\.(?:\p{Lu}\.){0,2}|\p{Lu}|O['’](?=[ \t]+\p{Lu}\p{Ll})"
        r"|\p{Lu}{2}(?=[ \t]+(?:\p{Lu}\p{Ll}|O['’]\p{Lu})))(?!\p{L})"
    )
    # a stop after a name's word only where the word is short enough to be abbreviated ("Wm.", "Chas."):
    # after "Shannon." a sentence ends ("Cllr Terry Shannon. Laura Smith thanked them.")
    dot = r"(?:(?<=(?<!\p{L})\p{L}{1,4})\.)?"
    sep = rf"(?:{dot}[ \t]+|{dot}[ \t]*\n[ \t]*(?:\n[ \t]*)?|(?<=\.))"
    stop = _alt(R.NOT_NAME_WORDS)
    surname_stop = _alt(w for w in R.NOT_NAME_WORDS if w not in R.SURNAME_WORDS)
    # a word that names a council's place is no part of a name before it: "Allan Armstrong Eden District Council"
    council = patterns.expand("{not_council_place}")
    # a given name that is also a word of council business ("Bill") opens a name where a surname follows it
    # ("Bill Johnson"); near miss: "Bill Committee" (the next word is no name's)
    given_stops = [w for w in R.NOT_NAME_WORDS if w in R.GIVEN_NAMES]
    plain_stop = _alt(w for w in R.NOT_NAME_WORDS if w not in R.GIVEN_NAMES)
    given_stop = rf"|(?:{_alt(given_stops)})(?![ \t]+(?!(?:{stop})(?!\p{{L}}))\p{{Lu}}\p{{Ll}})" if given_stops else ""
    token = rf"(?:{initial}|(?!(?:{plain_stop})(?!\p{{L}}|['’]){given_stop}){word}{council})"
    hon_surname = rf"(?!(?:{surname_stop})(?!\p{{L}}|['’])){word}{council}"
    particle = patterns.expand("{name_particle}")
    surname = rf"(?:{particle}[ \t]+(?=\p{{Lu}}))?{hon_surname}"  # "Smith", "de la Cruz"
    hon_name = rf"(?P<name>(?:{token}{sep}){{0,4}}{surname}(?:[ \t]*\((?-i:\p{{Lu}})\))?)"
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
    # a word of the role: capitalised, or an acronym of two to four capitals ("MSD Planner"); never a longer word
    # all in capitals, a verb of a motion printed so ("moved to APPOINT Commissioner Debbie Cragun as Chair")
    cap = r"(?:\p{Lu}(?=[\p{L}'’\-]*\p{Ll})[\p{L}'’\-]*|\p{Lu}{2,4}(?![\p{L}]))"
    role = rf"(?P<role>(?:{cap}[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{0,4}}(?:{heads}))"
    # (or an initial and a surname: "Chairperson L Updike called ...", "Treasurer C Yelk were present")
    name = rf"(?P<name>(?-i:\p{{Lu}})\.?[ \t]+{word}(?![ \t]+{word})|{word}(?:[ \t]+(?:{particle}[ \t]+)?{word})?)"
    after = r"(?=[ \t]*[,;:.]|(?:[ \t]+|[ \t]*\n[ \t]*)\p{Ll})"  # a stop, or a lower-case word (next line too)
    # (or the role in apposition before a comma, after an article: "the County Councillor, Russell Oppenheimer.",
    # "A new Planning Officer, Katherine Pang, has taken over")
    apposed = r"(?<=\b(?:the|a|an|new|our|their|its)[ \t]+)"
    seats = _alt(w for w in R.COUNCILLOR_HONORIFICS if " " not in w and len(w) > 4)  # "County Councillor, X"
    role_apposed = rf"(?P<role>(?:{cap}[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{0,4}}(?:{heads}|{seats}))"
    return (
        rf"(?-i)(?=\p{{Lu}})(?<![\p{{L}}\-’'])(?<!\p{{Lu}}\p{{L}}*[ \t])"
        rf"(?:{role}[ \t]+|{apposed}{role_apposed}[ \t]*(?P<comma>,)[ \t]*){name}{after}"
    )


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


@functools.cache
def _particles() -> frozenset[str]:
    """Surname particles as printed: lower-case ones, and the capitalised forms that are never given names."""
    return frozenset((*R.NAME_PARTICLES, *R.SECOND_PARTICLES, *R.CAPITAL_PARTICLES))


@functools.cache
def _given_set() -> frozenset[str]:
    return frozenset(R.GIVEN_NAMES)


@functools.cache
def _place_set() -> frozenset[str]:
    return frozenset(R.PLACE_SUFFIXES)


def _settings_vocab(ctx: Context) -> _Vocab:
    s = ctx.settings
    return _vocab(tuple(s.extra_honorifics), tuple(s.extra_role_words), tuple(s.extra_list_openers))
