"""The kind of person a role belongs to (councillor, officer, other), and how specific a role is."""

from __future__ import annotations

import functools

import regex

from ... import patterns
from ...records import PersonKind
from ...rules import people as R
from .vocab import _alt


def _grade_initials(token: str) -> bool:
    """A staff grade printed by its initials ("S.E.", "A/S.E.E.", "SEO"): see `GRADE_INITIALS`."""
    bare = token.removeprefix("A/")
    letters = bare.replace(".", "")
    if "." not in bare:
        return letters in R.GRADE_INITIALS_UNDOTTED
    return letters in R.GRADE_INITIALS


def _role_kind(role: str | None) -> PersonKind | None:
    return _role_kind_of(role.lower()) if role else None


@functools.lru_cache(maxsize=4096)
def _role_kind_of(low: str) -> PersonKind | None:
    """The kind of person a role (lower-cased) belongs to."""

    def has(words: tuple[str, ...]) -> bool:
        return bool(_any_word_rx(words).search(low))

    if low in _title_roles():
        return PersonKind.COUNCILLOR  # a council's own title alone: "Warden", "Deputy Reeve"
    if patterns.get("people_elected_seat").search(low):
        return PersonKind.COUNCILLOR  # a seat elected by an area: "Director, District C", "Member for Ward 4"
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
    grade = patterns.get("people_grade_initials").match(low.upper())
    if grade and _grade_initials(grade.group(0)):
        return PersonKind.OFFICER  # a staff grade by its initials: "S.E., Operations & Safety"
    if has(R.COUNCILLOR_ROLES):
        return PersonKind.COUNCILLOR
    if patterns.get("people_unit_role").search(low):
        return PersonKind.OFFICER  # the office or department a person works in: "Utah County Assessor's Office"
    if low.endswith("s") and not low.endswith("ss"):
        return _role_kind_of(low[:-1])  # a plural role shared by a series of names: "City Solicitors"
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
