"""People across documents: one identity per person per authority.

`parse` gives one `Person` per person *within* a document.  A scan of a
council's papers names the same member or officer in many documents, in many
forms ("Benjamin Watts", "Ben Watts", "Mr B Watts"; "Roger Gough", "Mr R W
Gough").  `identities` joins the people of many documents into identities:

1. *Authority.*  People are joined only within one authority: the document's
   ``authority`` where it has one, else the `authority` given, else the only
   authority the scan's other documents name (None: the whole scan is one authority).
2. *Forms.*  Every person row is a printed form: given names or initials (as
   `minutes_parser.extract.people.names._tokens` reads them), surname and the gender
   its honorifics say ("Mr", "Mrs"...; None when they say nothing).
3. *Joining.*  Forms of one surname join when their given names can be one
   person's (`given_compatible`: the same name, a full name and its short form
   from ``rules/given_names.py``, a name and its initial, further initials
   agreeing) and their genders do not differ; a form that could be two of the
   people named under that surname (`ambiguous_forms`: "J Smith" beside John
   and Jane Smith; "Chris" beside Christopher and Christine) stays an identity
   of its own.  A bare surname ("Mr Beaney" in a list of apologies) joins the
   one identity of that surname and gender there is (and of its kind, when a
   role is printed beside it), else stays apart; a
   bare surname no one else has joins the one identity whose surname is a near
   spelling of it ("Mr Streatfield" = "R G Streatfeild").  Two people of one
   document are never joined (the document kept them apart).
4. *Kind*, from the evidence of every document: councillor when any document
   gives a councillor's honorific (Cllr, Councillor...); else officer when any
   of their roles is a staff post; else councillor when a document lists them
   as a member (kind councillor with an attendance); else the kind most
   documents give (ties: councillor, officer, other).
5. *Roles*: each distinct role (compared without case, punctuation and small
   words: "Director of Finance" = "Director, Finance") with the first and last
   date of the documents giving it (the document's meeting date).

The input is what the scan journal holds: one JSON object per document (the
``to_dict`` output plus ``sha256``), so a scan's tables can be rebuilt without
parsing again; `document_objects` makes such objects from `Document`s.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from ..extract.people.kinds import _role_kind
from ..extract.people.names import NameForm, _gender, _tokens, ambiguous_forms, forms_compatible, given_compatible
from ..records import Document, PersonKind
from ..rules import people as R

__all__ = ["Identity", "IdentityRole", "Resolved", "document_objects", "identities", "slim", "voters"]

_MEMBER_ATTENDANCE = frozenset({"present", "apologies", "absent", "remote"})
_ROLE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "a", "an"})


@frozen(kw_only=True)
class IdentityRole:
    """One role an identity held, with the first and last date of the documents giving it."""

    role: str
    first_date: str | None = None
    last_date: str | None = None
    documents: int = 0


@frozen(kw_only=True)
class Identity:
    """One person of one authority across the documents of a scan."""

    id: str
    authority: str | None = None
    name: str  # the fullest form printed
    forms: tuple[str, ...] = ()  # every name printed for them, most often printed first
    kind: PersonKind
    roles: tuple[IdentityRole, ...] = ()
    documents: int = 0
    mentions: int = 0
    first_date: str | None = None
    last_date: str | None = None


@frozen(kw_only=True)
class Resolved:
    """What `identities` found: the identities, and the identity of each person row,
    keyed by (document sha256, index of the person in the document)."""

    identities: tuple[Identity, ...]
    of_row: Mapping[tuple[str, int], str]


@frozen
class _Row:
    doc: str  # the document's key (its sha256, or its position when it has none)
    index: int
    name: str
    honorifics: tuple[str, ...]
    role: str | None
    kind: str | None
    attendance: str | None
    date: str | None
    mentions: int
    given: tuple[str, ...]
    surname: str
    gender: str | None

    @property
    def form(self) -> NameForm:
        return (self.given, self.gender)


def document_objects(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """The JSON objects `identities` reads, for parsed documents (keyed by position)."""
    from ..serialize import to_dict

    out = []
    for n, doc in enumerate(documents):
        obj = to_dict(doc)
        obj.setdefault("sha256", f"#{n}")
        out.append(obj)
    return out


def identities(objects: Iterable[Mapping[str, Any]], *, authority: str | None = None) -> Resolved:
    """Join the people of many documents (journal objects: ``to_dict`` output plus ``sha256``)
    into one identity per person per authority; see the module's docstring for the rules.
    A document's own ``authority`` wins over `authority`; a content seen twice counts once."""
    rows_by_authority: dict[str | None, list[_Row]] = {}
    seen: set[str] = set()
    for n, obj in enumerate(objects):
        doc = str(obj.get("sha256") or f"#{n}")
        if doc in seen:
            continue
        seen.add(doc)
        where = obj.get("authority") or authority
        for index, p in enumerate(obj.get("people") or []):
            name = str(p.get("name") or "")
            given, surname, _ = _tokens(name)
            hons = tuple(p.get("honorifics") or ())
            rows_by_authority.setdefault(where, []).append(
                _Row(
                    doc=doc,
                    index=index,
                    name=name,
                    honorifics=hons,
                    role=p.get("role"),
                    kind=p.get("kind"),
                    attendance=p.get("attendance"),
                    date=obj.get("meeting_date"),
                    mentions=_count(p.get("mentions")),
                    given=given,
                    surname=surname or name.lower(),
                    gender=_gender(hons),
                )
            )
    named = [where for where in rows_by_authority if where is not None]
    if None in rows_by_authority and len(named) == 1:
        # a document that names no authority belongs to the only one the scan's documents name (a
        # council's agenda frontsheet beside its letterheaded minutes); with two or more it stays apart
        rows_by_authority[named[0]].extend(rows_by_authority.pop(None))
    found: list[Identity] = []
    of_row: dict[tuple[str, int], str] = {}
    used: Counter[str] = Counter()
    for where, rows in rows_by_authority.items():
        for cluster in _clusters(rows):
            ident = _identity(cluster, where, used)
            found.append(ident)
            for r in cluster:
                of_row[(r.doc, r.index)] = ident.id
    return Resolved(identities=tuple(found), of_row=of_row)


def _count(mentions: Any) -> int:
    return mentions if isinstance(mentions, int) else len(mentions or ())


def slim(obj: Mapping[str, Any]) -> dict[str, Any]:
    """What `identities` reads of one document object (the rest, the text above all, is not kept)."""
    keep = ("name", "honorifics", "role", "kind", "attendance")
    return {
        "sha256": obj.get("sha256"),
        "authority": obj.get("authority"),
        "meeting_date": obj.get("meeting_date"),
        "people": [
            {**{k: p.get(k) for k in keep}, "mentions": _count(p.get("mentions"))} for p in obj.get("people") or []
        ],
    }


def voters(obj: Mapping[str, Any]) -> list[int | None]:
    """For each named vote of a document object (motion by motion, as the votes table lists them),
    the index of the document's person it names, so the vote takes that person's identity: the one
    person with a mention where the vote's name is printed; else the one person (of those, when
    several are) whose name the vote's can be (same surname, given names compatible, as
    `given_compatible` reads them); else None."""
    people = list(obj.get("people") or [])
    mentions = sorted(
        (span["start"], span["end"], index)
        for index, p in enumerate(people)
        for m in p.get("mentions") or []
        if isinstance(span := m.get("span"), Mapping) and span.get("start") is not None
    )
    names = [_tokens(str(p.get("name") or "")) for p in people]
    out: list[int | None] = []
    for motion in obj.get("motions") or []:
        for vote in motion.get("named_votes") or []:
            span = vote.get("span") or {}
            start, end = span.get("start"), span.get("end")
            found: set[int] = set()
            if start is not None and end is not None:
                found = {i for a, b, i in mentions if a < end and start < b}
            if len(found) != 1:  # no mention there, or several: the name decides, among those or among all
                given, surname, _ = _tokens(str(vote.get("name") or ""))
                found = {
                    i
                    for i in (found or range(len(people)))
                    if surname and names[i][1] == surname and given_compatible(names[i][0], given)
                }
            out.append(found.pop() if len(found) == 1 else None)
    return out


# ------------------------------------------------------------------ joining


def _clusters(rows: list[_Row]) -> list[list[_Row]]:
    """The rows of one authority, joined into people, in order of first appearance."""
    by_surname: dict[str, list[_Row]] = {}
    for r in rows:
        by_surname.setdefault(r.surname, []).append(r)
    clusters: list[list[_Row]] = []
    for same in by_surname.values():
        clusters.extend(_join_surname(same))
    clusters = _join_misspelt(clusters)
    first = {id(r): n for n, r in enumerate(rows)}
    clusters.sort(key=lambda c: min(first[id(r)] for r in c))
    return clusters


def _join_surname(rows: list[_Row]) -> list[list[_Row]]:
    forms: dict[NameForm, list[_Row]] = {}
    for r in rows:
        forms.setdefault(r.form, []).append(r)
    named = [f for f in forms if f[0]]
    blocked = ambiguous_forms(named)
    # among the forms that are not ambiguous, compatibility is transitive (a form compatible with two
    # incompatible ones would be ambiguous), so joining each to the first compatible group is enough
    groups: list[list[NameForm]] = []
    for f in named:
        home = None
        if f not in blocked:
            home = next(
                (
                    g
                    for g in groups
                    if g[0] not in blocked
                    and all(forms_compatible(f, h) for h in g)
                    and not _share_document(forms, [f], g)
                ),
                None,
            )
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    # bare surnames: the one group of that surname, gender and kind there is, else a group of their own
    for f in (f for f in forms if not f[0]):
        bare = forms[f]
        kinds = {r.kind for r in bare}
        fits = [g for g in groups if all(forms_compatible(f, h) for h in g) and not _share_document(forms, [f], g)]
        if any(r.role for r in bare):  # "Mr Carter, Executive Head Teacher" is not the member Sir Paul Carter
            fits = [g for g in fits if kinds & {r.kind for h in g for r in forms[h]}]
        if len(fits) == 1:
            fits[0].append(f)
        else:
            groups.append([f])
    return [[r for f in g for r in forms[f]] for g in groups]


def _join_misspelt(clusters: list[list[_Row]]) -> list[list[_Row]]:
    """A bare surname no one else has ("Mr Streatfield" in a list of apologies) joins the one
    identity whose surname is a near spelling of it ("R G Streatfeild"), of its gender and kind."""
    surnames = Counter(c[0].surname for c in clusters)
    out = list(clusters)
    for bare in [c for c in clusters if all(not r.given for r in c) and surnames[c[0].surname] == 1]:
        sur, kinds = bare[0].surname, {r.kind for r in bare}
        docs = {r.doc for r in bare}
        fits = [
            c
            for c in out
            if c is not bare
            and any(r.given for r in c)
            and _near_spelling(sur, c[0].surname)
            and all(forms_compatible(bare[0].form, r.form) for r in c)
            and kinds & {r.kind for r in c}
            and not docs & {r.doc for r in c}
        ]
        if len(fits) == 1:
            fits[0].extend(bare)
            out = [c for c in out if c is not bare]
    return out


def _near_spelling(a: str, b: str) -> bool:
    """Two surnames a misprint apart: same first letter, length within one, and close (difflib)."""
    import difflib

    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _share_document(forms: Mapping[NameForm, list[_Row]], a: list[NameForm], b: list[NameForm]) -> bool:
    docs = {r.doc for f in a for r in forms[f]}
    return any(r.doc in docs for f in b for r in forms[f])


# ------------------------------------------------------------------ one identity


def _identity(rows: list[_Row], authority: str | None, used: Counter[str]) -> Identity:
    names = Counter(r.name for r in rows)
    name = max(names, key=lambda n: (*_fullness(n), names[n], n))
    dates = sorted(r.date for r in rows if r.date)
    slug = _slug(name)
    base = f"{_slug(authority)}/{slug}" if authority else slug
    used[base] += 1
    ident = base if used[base] == 1 else f"{base}-{used[base]}"
    return Identity(
        id=ident,
        authority=authority,
        name=name,
        forms=tuple(sorted(names, key=lambda n: (-names[n], n))),
        kind=_kind(rows),
        roles=_roles(rows),
        documents=len({r.doc for r in rows}),
        mentions=sum(r.mentions for r in rows),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def _fullness(name: str) -> tuple[int, int, int]:
    given = _tokens(name)[0]
    return (sum(1 for g in given if len(g) > 1), len(given), len(name))


def _kind(rows: list[_Row]) -> PersonKind:
    if any(h in R.COUNCILLOR_HONORIFICS for r in rows for h in r.honorifics):
        return PersonKind.COUNCILLOR
    role_kinds = {_role_kind(r.role) for r in rows if r.role}
    if PersonKind.OFFICER in role_kinds and PersonKind.COUNCILLOR not in role_kinds:
        return PersonKind.OFFICER  # a staff post: a list that names officers among members does not outweigh it
    if any(r.kind == PersonKind.COUNCILLOR and r.attendance in _MEMBER_ATTENDANCE for r in rows):
        return PersonKind.COUNCILLOR
    votes = Counter(r.kind for r in rows if r.kind)
    order = (PersonKind.COUNCILLOR, PersonKind.OFFICER, PersonKind.OTHER)
    return max(order, key=lambda k: (votes[k], -order.index(k)))


def _roles(rows: list[_Row]) -> tuple[IdentityRole, ...]:
    by_key: dict[str, list[_Row]] = {}
    for r in rows:
        if r.role:
            by_key.setdefault(_role_key(r.role), []).append(r)
    out = []
    for same in by_key.values():
        printed = Counter((r.role or "").rstrip(" .,;:") for r in same)
        dates = sorted(r.date for r in same if r.date)
        out.append(
            IdentityRole(
                role=max(printed, key=lambda x: (printed[x], len(x))),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                documents=len({r.doc for r in same}),
            )
        )
    out.sort(key=lambda x: (x.first_date or "9999", -x.documents, x.role))
    return tuple(out)


def _role_key(role: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in role.lower().replace("&", " and ")).split()
    return " ".join(w for w in words if w not in _ROLE_SMALL_WORDS)


def _slug(text: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in folded.lower()).split())
    return slug or hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
