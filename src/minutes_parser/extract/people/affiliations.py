"""Affiliations printed after a name: a party or an organisation in brackets or after a comma ("Cllr Jane Smith
(Labour)", "Lottie Platten (Cratus)", "Mr. Dermot Donovan, Roadplan Consulting,"), read where no position is
printed there."""

from __future__ import annotations

from ... import patterns
from ...rules import people as R
from ...text import normalise_space
from .roles import _own_initials, _role_like
from .vocab import _given_set, _place_set


def _affiliation_after(text: str, end: int) -> tuple[str | None, str | None]:
    """A party or an organisation printed right after a name: (party, organisation)."""
    m = patterns.get("people_bracketed_affiliation").match(text, end)
    if m and _own_initials(text[max(0, end - 60) : end], m.group(1)):
        return None, None  # the name's initials, a tag for the action column: "Kate Green (KG)"
    if m:
        inner = normalise_space(m.group(1))
        if inner.lower() in {p.lower() for p in R.PARTIES}:
            return inner, None
        if patterns.get("people_acronym").fullmatch(inner) or (
            _role_like(inner) and any(w in R.ORGANISATION_WORDS for w in inner.split())
        ):
            return None, inner  # "Ryan Warsing (LSRCC)"
        if _bracket_affiliation(inner):
            return None, inner  # "David Cullinan (State Street)", "Vince Christian (Regions Bank)"
        return None, None
    m = patterns.get("people_comma_affiliation").match(text, end)
    if m:
        phrase = normalise_space(m.group(1))
        if _role_like(phrase) and any(w in R.ORGANISATION_WORDS for w in phrase.split()):
            return None, phrase  # "Mr. Dermot Donovan, Roadplan Consulting,"
    org = with_affiliation(text, end)
    return (None, org) if org else (None, None)


def with_affiliation(text: str, end: int) -> str | None:
    """The body named after "with" right after a name ("Steve Haring with MSA", "Diane Christensen with Eagle
    Pointe Homeowners Assn."), or None.  Near misses: a person ("Jo Ash with Tom Roe", "... with Cllr Lee"), a
    place the vocabulary knows alone, lower-case words ("with her husband")."""
    m = patterns.get("people_with_affiliation").match(text, end)
    if m is None:
        return None
    words = m.group("org").split()
    first = words[0].rstrip(".")
    if first in _given_set() or first.lower() in {h.lower().rstrip(".") for h in R.HONORIFICS}:
        return None
    if all(w.rstrip(".") in _place_set() for w in words):
        return None
    org = normalise_space(m.group("org"))
    if org.endswith(".") and not patterns.get("people_abbreviation_kept").match(text, m.end()):
        org = org[:-1]  # the sentence's stop, not an abbreviation's ("with Harbour Engineering.")
    return org


def _bracket_affiliation(inner: str) -> bool:
    """A bracket after a name holding an affiliation printed in place of a position: one to five words,
    each capitalised or a connector, with no digit, opening with no word of a note and not a person's name
    ("Lottie Platten (Cratus)", "Jo Holden (Mercer)", "Troy Brockbank (WSP Opus)").  Near misses: notes
    ("(Item 5)", "(Left 8.15pm)", "(Remote)"), a tag of initials ("(HMcG)"), a ward ("(Abbey Ward)"), a
    person's name ("(Ann Lee)", for whom someone stood in)."""
    words = inner.split()
    if not 1 <= len(words) <= 5 or not _role_like(inner) or any(ch.isdigit() for ch in inner):
        return False
    if not words[0][0].isupper() or any(ch in inner for ch in ",;/"):
        return False
    notes = {w.lower() for w in R.BRACKET_NOTE_WORDS}
    if any(w.strip(".").lower() in notes for w in words):
        return False
    if words[0] in _given_set() and len(words) >= 2:
        return False  # a person's name
    if len(words) == 1 and not patterns.get("people_word_of_a_name").search(words[0]):
        return False  # a tag of initials ("(HMcG)", "(JdB)"), not a name of a body
    return not all(w in _place_set() for w in words)
