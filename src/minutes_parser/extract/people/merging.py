"""Candidates naming the same person are merged into one `Person`."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

import regex

from ... import patterns
from ...records import Attendance, Mention, Person, PersonKind
from ...rules import people as R
from ...text import normalise_space
from ..context import Context
from .kinds import _role_kind, _role_score
from .names import NameForm, _gender, _tokens, ambiguous_forms, given_compatible
from .vocab import _HONORIFIC, _LIST, _PROSE_ROLE, _Cand, _given_set


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
    forms: set[NameForm] = field(default_factory=set)  # the given names and genders its candidates print

    @classmethod
    def of(cls, c: _Cand) -> _Group:
        grp = cls(surname=_tokens(c.name)[1])
        grp.add(c)
        return grp

    def add(self, c: _Cand) -> None:
        self.cands.append(c)
        g = _tokens(c.name)[0]
        self.forms.add((g, _gender(c.honorifics)))
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


def _merge(cands: list[_Cand]) -> list[_Group]:
    # full-named candidates first, so bare surnames can join them
    order = sorted(range(len(cands)), key=lambda i: (cands[i].mention_only, not _tokens(cands[i].name)[0], i))
    blocked = _ambiguous(cands)
    groups: list[_Group] = []
    for i in order:
        c = cands[i]
        given, surname, _ = _tokens(c.name)
        if not surname:
            continue
        g = _gender(c.honorifics)
        form = (given, g)
        fits = [
            grp
            for grp in groups
            if grp.surname == surname
            and given_compatible(given, grp.given)
            and (g is None or grp.gender is None or g == grp.gender)
        ]
        if not fits and given == ("o",):
            # "Ms O Connell" beside "Laura O'Connell": the lone O is the surname's prefix (names._tokens
            # reads it as an initial when it comes first); near miss: "Mr O Richardson" with no
            # "ORichardson" in the document keeps its initial
            prefixed = [
                grp
                for grp in groups
                if grp.surname == "o" + surname and (g is None or grp.gender is None or g == grp.gender)
            ]
            if prefixed:
                fits, given, surname = prefixed, (), "o" + surname
                form = (given, g)
        if (surname, form) in blocked:
            # "J Smith" beside "John Smith" and "Jane Smith": either; it joins only its own form
            fits = [grp for grp in fits if form in grp.forms]
        elif given:
            fits = [grp for grp in fits if not any((surname, f) in blocked for f in grp.forms)]
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
                # (the one person of that surname, listed among the others present, titled here: "Others: ...,
                # Gordon Willardson" and "Commissioners Wright and Willardson"; near miss: an officer of that surname)
                lone_other = (
                    len(fits) == 1
                    and fits[0].kind is PersonKind.OTHER
                    # "Cllr O'Brien": a council's member, not the minister of that name
                    and not any(h in R.SEAT_TITLES or h in _COUNCIL_MEMBER_TITLES for h in c.honorifics)
                )
                fits = weak or (fits if lone_other else [])
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
        if not fits and not given and c.honorifics and len(surname) >= 6:
            # a bare surname with two letters swapped, when only one person's is so: "Mr Streatfield"
            # for "Mr R G Streatfeild", "Councillor Qunilivan" for "M. Quinlivan"
            close = [
                grp
                for grp in groups
                if grp.given
                and grp.surname != surname
                and sorted(grp.surname) == sorted(surname)
                and _surname_close(surname, grp.surname)
                and (g is None or grp.gender is None or g == grp.gender)
            ]
            fits = close if len(close) == 1 else []
        if not fits and len(given) >= 2 and len(given[-1]) > 1:
            # "S. Martin Newberry" is "Simone Martin-Newberry"
            alt_surname, alt_given = f"{given[-1]}-{surname}", given[:-1]
            fits = [grp for grp in groups if grp.surname == alt_surname and given_compatible(alt_given, grp.given)]
        if not fits and c.mention_only and given:
            # initials and a misprinted surname ("L. Chapalenko" for Lisa Chalapenko), when only one fits
            close = [
                grp
                for grp in groups
                if grp.given
                and given_compatible(given, grp.given)
                and _surname_close(surname, grp.surname)
                and len(surname) >= 5
            ]
            fits = close if len(close) == 1 else []
        if not fits and given and all(len(w) > 1 and w not in _given_lower() for w in given):
            # a double surname with a title before it, no given name ("Trustee Winder Newton" beside "Aimee Winder
            # Newton"): the trailing words of one fuller name; near miss: "Ann Smith" beside "Mary Ann Smith"
            # ("Ann" is a given name of its own)
            tail = [grp for grp in groups if len(grp.given) > len(given) and grp.given[-len(given) :] == given]
            fits = tail if len(tail) == 1 else []
        if not fits and given and len(given[0]) > 1 and len(surname) >= MIN_TYPO_SURNAME:
            # a surname misprinted by one letter beside the same given name ("Chair Spencer Moffatl" for Spencer
            # Moffat); near miss: "John Smyth" beside "John Smith" (a letter changed inside, two people)
            typo = [
                grp
                for grp in groups
                if grp.given[:1] == given[:1] and grp.surname != surname and _one_letter_more(surname, grp.surname)
            ]
            fits = typo if len(typo) == 1 else []
        if not given and len(fits) > 1 and g is not None:
            # "Mr Griffin" beside "Mr Eugene Griffin" and "Elizabeth Griffin": the one known to be a man
            fits = [grp for grp in fits if grp.gender == g] or fits
        if not given and len(fits) > 1:
            # a bare surname that can still be two people: it joins another bare one, or stands alone
            fits = [grp for grp in fits if not grp.given]
        if fits:
            fits[0].add(c)
        else:
            groups.append(_Group.of(c))
    return groups


_COUNCIL_MEMBER_TITLES = ("Cllr", "Councillor", "Councilor", "Cr", "Clr", "Cllrs", "Councillors")
MIN_TYPO_SURNAME = 5  # the shortest surname a misprint of one letter is read past


def _one_letter_more(a: str, b: str) -> bool:
    """Whether one of two surnames is the other with one letter added after its first two ("moffatl", "moffat";
    near miss: "oreilly", "reilly", a prefix of its own)."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(long_[:k] + long_[k + 1 :] == short for k in range(2, len(long_)))


@functools.cache
def _given_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in _given_set())


def _surname_close(a: str, b: str) -> bool:
    import difflib

    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def _titled_surname(cands: list[_Cand], text: str) -> bool:
    """Whether a bare surname stands alone after the title of the post its bearer holds ("Director Costa",
    "Deputy Chief Mitchell presented"): not a given name, nor a word the document prints in lower case
    elsewhere ("General Manager Oversight", "City Manager Reports": a heading's words)."""
    name = cands[0].name
    if " " in name or name in _given_set():
        return False
    if not any(c.role and c.role_rank >= _PROSE_ROLE and _titled_in_prose(c, text) for c in cands):
        return False
    return not patterns.build(rf"(?<!\p{{L}}){regex.escape(name.lower())}(?!\p{{L}})", regex.V1).search(text)


def _titled_in_prose(c: _Cand, text: str) -> bool:
    """Whether a post's title and a surname after it stand in running text as a person's mention: not after an
    article ("a Property Portfolio Proposal"), not a heading's words ("VII. General Manager Oversight"), not
    the first words of a longer name ("Manager Communications and Marketing", "Chair Person:"), not a list of
    posts or a service after a post ("Directors and Portfolio Holders", "Service Manager Safeguarding")."""
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[line_start : c.start].rstrip()
    role = c.role or ""
    if not before.endswith(role):
        return False
    before = before[: len(before) - len(role)]
    back = text[max(0, c.start - len(role) - 80) : c.start].rstrip()
    back = back[: len(back) - len(role)] if back.endswith(role) else back
    if patterns.get("people_article_end").search(back) or patterns.get("people_name_runs_on").match(text, c.end):
        return False  # (over a line break too: "Directors and" / "Portfolio Holders")
    if patterns.get("people_not_a_titled_surname").search(f"{role} {c.name}"):
        return False  # "Directors and Portfolio Holders", "Service Manager Safeguarding": posts and a service
    line_end = text.find("\n", c.end)
    rest = text[c.end : len(text) if line_end == -1 else line_end]
    return not (patterns.get("people_list_label").fullmatch(before) and not rest.strip(" .:"))


def _person(grp: _Group, text: str, ctx: Context) -> Person | None:
    cands = sorted(grp.cands, key=lambda c: c.start)
    if all(c.mention_only for c in cands) and not any(c.attendance or c.honorifics for c in cands):
        given, _, _ = _tokens(cands[0].name)
        if not given and not _titled_surname(cands, text):
            return None

    # name: the fullest printed form, of the surname printed most often (a misprint joined by one letter is the rarer)
    printed = Counter(_tokens(c.name)[1] for c in cands)
    base_surname = max(printed, key=lambda s: (printed[s], len(s), s == grp.surname))  # (a letter dropped, the rarer)

    def name_key(c: _Cand) -> tuple[int, int, int, int, int, int, int, int]:
        g, sur, _ = _tokens(c.name)
        full = sum(1 for t in g if len(t) > 1)
        return (
            int(sur == base_surname),
            len(g),
            full,
            -int("(" in c.name),
            int(bool(patterns.get("people_gaelic_joined").search(c.name))),
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
        role = max(
            (c for c in roles if c.role_rank == top),
            # an office ("Vice Mayor Ash") over the seat ("Councilmember Ash") the same person is given elsewhere
            key=lambda c: (c.role_rank > 1 or c.role not in R.SEAT_TITLES, _role_score(c.role or "")),
        ).role
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
        member_hon = member_hon or any(c.member_heading for c in cands)  # a board's "Treasurer" is a member
        # ... and so is one a members' list names under an office-bearer's label ("Present: Chair: Mr B de Smid :
        # Secretary: Mr G M Beat: Treasurer: ..."), the label read after the list
        member_hon = member_hon or (
            normalise_space(role).lower() in {r.lower() for r in R.OFFICE_BEARER_ROLES}
            and any(c.attendance is Attendance.PRESENT and c.kind is PersonKind.COUNCILLOR for c in cands)
        )
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
    organisation = next((c.organisation for c in cands if c.organisation), None)
    status = patterns.get("people_role_attendance_tail").search(role) if role else None
    if role and status is not None:
        role = role[: status.start()] or None  # "Vice Chair  - Present": the post, the attendance after it dropped
    employer = patterns.get("people_role_employer").search(role) if role else None
    if role and employer is not None and employer.start() > 0:
        # "Sewer Network Manager at Southern Water": the position, and the employer as the organisation
        organisation = organisation or normalise_space(employer.group("org"))
        role = role[: employer.start()].rstrip(" ,")
    return Person(
        # a double name broken after its hyphen is given whole: "L Kennedy- Dalby" -> "L Kennedy-Dalby"
        name=patterns.get("people_hyphen_blank").sub("", best.name),
        kind=kind,
        honorifics=hons,
        post_nominals=posts,
        # an affiliation printed in place of a position ("Cllr Ann Ash (SBC)") is the role as printed
        role=role or organisation,
        organisation=organisation,
        party=next((c.party for c in cands if c.party), None),
        phone=next((c.phone for c in cands if c.phone), None),
        email=next((c.email for c in cands if c.email), None),
        attendance=attendance,
        mentions=tuple(mentions),
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
        if (
            len(_tokens(drop.name)[0]) > len(_tokens(keep.name)[0])
            and _tokens(drop.name)[1] == _tokens(keep.name)[1]
            and not _role_word_before_given(drop.name, keep.name)
        ):
            keep.name = drop.name
        keep.mention_only = keep.mention_only and drop.mention_only
        keep.member_heading = keep.member_heading or drop.member_heading
        if keep is c:
            out[at] = c
    return out


def _role_word_before_given(longer: str, shorter: str) -> bool:
    """Whether a longer reading of a name only adds a word before a known given name: the end of a role ("Works
    Jason Rasmussen" of "Director of Public Works Jason Rasmussen"); near miss: "Mary Ann Smith" over "Ann Smith"
    ("Mary" a given name)."""
    extra = longer.split()[: len(longer.split()) - len(shorter.split())]
    first = shorter.split()[0] if shorter.split() else ""
    return (
        bool(extra) and first in _given_set() and not any(w in _given_set() or len(w.rstrip(".")) == 1 for w in extra)
    )


def _strength(c: _Cand) -> tuple[int, int]:
    return (max(c.kind_rank, c.role_rank, 1 if c.honorifics else 0), c.end - c.start)


def _ambiguous(cands: list[_Cand]) -> set[tuple[str, NameForm]]:
    """(surname, form) of every printed form that could be two of the people named (`ambiguous_forms`).
    Initials seen in passing ("M. Prest (motion)") can be ambiguous but never make another form so."""
    named: dict[str, set[NameForm]] = {}
    passing: dict[str, set[NameForm]] = {}
    for c in cands:
        given, surname, _ = _tokens(c.name)
        if surname:
            (passing if c.mention_only else named).setdefault(surname, set()).add((given, _gender(c.honorifics)))
    out = {(surname, f) for surname, forms in named.items() for f in ambiguous_forms(forms)}
    for surname, forms in passing.items():
        out.update((surname, f) for f in forms if f in ambiguous_forms({*named.get(surname, ()), f}))
    return out
