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
made lazily (in `vocab`), once per vocabulary.

The package, by concern: `vocab` (vocabularies, built patterns, the candidate
record), `names` (names as printed), `kinds` (the kind a role belongs to),
`roles` (role phrases), `affiliations` (a party or an organisation after a
name), `prose`, `lists` with `list_parts` (a list's bounds and
entries) and `entries`, `rosters`, `tables` and `contacts` (the finders),
`role_passes` (roles given over all the candidates found), `merging`
(candidates into persons); this module runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ... import nlp as _nlp
from ... import patterns
from ...records import Person, PersonKind, RoleMention
from ...rules import people as R
from ...text import normalise_space
from ..context import Context
from .contacts import _contact_mentions
from .lists import _list_mentions, _plural_mentions
from .merging import _dedupe, _merge, _person
from .names import _tokens, glued_label_off, suffix_after_name
from .prose import (
    _given_name_mentions,
    _honorific_mentions,
    _mover_mentions,
    _ner_mentions,
    _resident_mentions,
    _role_first_mentions,
    _role_name_mentions,
    _speaker_card_mentions,
    _speaker_mentions,
)
from .role_passes import label_roles, office_after_name, plural_label_roles, roles_naming_others, share_series_roles
from .roles import _read_role
from .rosters import (
    appointee_mentions,
    caps_roster_mentions,
    cell_roster_mentions,
    roster_mentions,
    speaker_list_mentions,
)
from .tables import crossing_cells, table_mentions
from .vocab import _HONORIFIC, _Cand, _place_set, _rx, _settings_vocab

__all__ = ["extract_people", "extract_role_mentions"]


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
        lambda: _resident_mentions(text, v, rx),
        lambda: _speaker_card_mentions(text, v, rx),
        lambda: _ner_mentions(ctx, rx),
        lambda: roster_mentions(text, v, rx),
        lambda: speaker_list_mentions(text, v, rx),
        lambda: caps_roster_mentions(text, v, rx),
        lambda: appointee_mentions(text, v, rx),
        lambda: cell_roster_mentions(text, v, rx),
        lambda: table_mentions(ctx, v, rx),
    )
    for finder in finders:
        try:
            cands.extend(finder())
        except Exception:  # a finder's bug must not cost the whole document
            if ctx.settings.strict:
                raise
    if ctx.source.tables:  # a name read across a table's cell border is two cells' words, not a name
        cands = [c for c in cands if not crossing_cells(c, ctx.source.tables)]
    cands = [c for c in cands if not _address(text, c) and not _institution(text, c)]
    office_after_name(text, cands, v)
    suffix_after_name(text, cands)
    glued_label_off(text, cands)
    cands = _dedupe(cands)
    share_series_roles(text, cands, v)
    plural_label_roles(text, cands, v)
    label_roles(text, cands, v)
    roles_naming_others(cands, v)
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


def _institution(text: str, cand: _Cand) -> bool:
    """A name that is part of an institution's, after its "of" ("Church of Jesus Christ of Latter-Day Saints").
    Near miss: "Director of Finance Jane Smith" (the name not straight after the "of")."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    return patterns.get("people_institution_of_before").search(text, line_start, cand.start) is not None


def _address(text: str, cand: _Cand) -> bool:
    """A street named after a person, printed as an address: a house number before the name and a place
    word ending it ("1 Dr. Carlton B. Goodlett Place"); near miss: "Dr. Ann Place" (no number before)."""
    words = cand.name.split()
    if len(words) < 2 or words[-1] not in _place_set():
        return False
    line_start = text.rfind("\n", 0, cand.start) + 1
    return patterns.get("people_house_number_before").search(text, line_start, cand.start) is not None
