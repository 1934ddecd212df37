"""Roles given over the candidates a document's finders read, once they are all found: a role printed after a
series of names given to each (`share_series_roles`), the position a line's label names (`label_roles`), a
plural label's post in the singular (`plural_label_roles`) and a title office read out of a name
(`office_after_name`)."""

from __future__ import annotations

import regex

from ... import patterns
from ...records import PersonKind
from ...rules import people as R
from ...text import normalise_space
from .kinds import _role_kind, _title_roles
from .roles import _read_role, _seat_office, _singular_role
from .vocab import _HONORIFIC, _LIST, _PROSE_ROLE, _Cand, _split_hon, _Vocab


def share_series_roles(text: str, cands: list[_Cand], v: _Vocab) -> None:
    """Give a role printed after a series of names to every name of it: "Ann Lee, Tom Roe and Jo Ash,
    City Solicitors" (a plural role), "Ann Lee and Tom Roe - Assistant City Attorney" (a role after a
    dash).  The series is joined by commas and a last "and" (a plural role needs none; "Directors of
    Services" is then each one's in the singular); a singular role after a comma ("Ann Lee and Tom Roe,
    Clerk", "Ann Lee, Tom Roe, Clerk") is the last name's alone.  `cands` is sorted by start; changed in
    place."""
    gap_rx, and_rx = patterns.get("people_series_gap"), patterns.get("people_series_and")
    dash = patterns.get("people_dash_after")
    for i, last in enumerate(cands):
        if not last.role or last.role_rank < _PROSE_ROLE or i == 0:
            continue
        # "Directors of Services": each holds a "Director of Services" post (the golds' reading); a plural
        # that ends the role ("City Solicitors") is kept as printed
        governed = regex.search(r"\s(?:of|for)\s", last.role) is not None
        single = _singular_label(last.role, v) if governed else None
        plural = single is not None or _singular_role(last.role, v) is not None
        if not plural and not dash.match(text, last.end):
            continue
        series: list[_Cand] = []
        j = i
        while j > 0:
            prev, nxt = cands[j - 1], cands[j]
            gap = _without_honorifics(text[prev.end : nxt.start], v)  # ", Ms. " -> ", "
            # (a plural role needs no "and": "Mr. C. Flynn, Ms. P. Monahan, Ms. O. McConnon, Directors of Services")
            if prev.role or not gap_rx.fullmatch(gap) or (j == i and not and_rx.search(gap) and not plural):
                break
            series.append(prev)
            j -= 1
        if single:
            last.role = single  # each holds one of the posts ("Mr. G. McMahon, A/Directors of Services" too)
        for c in series:
            c.role, c.role_rank = last.role, _PROSE_ROLE
            rk = _role_kind(_singular_role(last.role, v) or last.role)
            if rk and c.kind_rank <= _PROSE_ROLE and not any(h in R.COUNCILLOR_HONORIFICS for h in c.honorifics):
                c.kind, c.kind_rank = rk, _PROSE_ROLE


def _without_honorifics(gap: str, v: _Vocab) -> str:
    """A gap between two names without the honorifics that open the second (", Ms. " -> ", ")."""
    words = gap.split()
    cut = len(gap)
    while words and _split_hon(words[-1].rstrip("."), v):
        cut = gap.rfind(words.pop(), 0, cut)
    return gap[:cut] + " " if cut < len(gap) else gap


def label_roles(text: str, cands: list[_Cand], v: _Vocab) -> None:
    """Give a roleless person the seat their letters name ("Ann Roe MP"), or the position a label before
    their name gives, when they are the one person named on the label's line: "Applicant: Jo Ash, 4 Elm
    Road", "Chair: Cllr Kim Lee", "Minute taker: Ann Roe" (a label of `LABEL_ROLES`, or one that reads
    whole as a position), two such on a line included ("CHAIRPERSON: Chris Wilton CLERK: Jenny Hollington").
    Not a list's opener ("Present:"), a mover's or a contact block's label.  Changed in place."""
    label_rx, after_rx = patterns.get("people_line_label"), patterns.get("people_after_labelled_name")
    openers = {o[0].lower() for o in v.openers} - {r.lower() for r in R.LABEL_ROLES}
    never = {n.lower() for n in R.NOT_LABEL_ROLES} | openers
    table = {r.lower() for r in R.LABEL_ROLES}
    for c in cands:
        seat = next((p for p in c.post_nominals if p in R.OFFICE_POST_NOMINALS), None)
        if seat and not c.role:
            c.role, c.role_rank = seat, 1  # "Dr Ann Roe MP": the seat she holds
        if c.role:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        m = label_rx.match(text[line_start : c.start])
        if m is None and text.count(":", line_start, c.start) > 1:
            # the second of two on a letterhead's line: "CHAIRPERSON: Chris Wilton CLERK: Jenny Hollington"
            before = [d.end for d in cands if line_start < d.end <= c.start]
            m = label_rx.match(text[max(before) : c.start]) if before else None
            if m is None:
                # labelled names run together after an opener, a colon between them: "Present: Chair: Mr B de
                # Smid : Secretary: Mr G M Beat: Treasurer: ..." (the label is what the last colon but one ends)
                last = text.rfind(":", line_start, c.start)
                m = label_rx.match(text[text.rfind(":", line_start, last) + 1 : c.start])
        if m is None:
            shared = _slash_shared_label(text, cands, c)
            if shared is not None:
                c.role, c.role_rank = shared, 1  # "Treasurer: Mr J Kinnear/ Ms R MacCallam": the post of both
            continue
        if m.group("hon").strip() and not _split_hon(m.group("hon"), v):
            continue
        label = normalise_space(m.group("label"))
        low = label.lower()
        if low in never or not after_rx.match(text, c.end):
            continue
        if low not in table:
            got = _read_role(label, 0, v)
            if got is None or got[2] - got[1] < len(label):
                continue
        c.role, c.role_rank = label, 1  # the kind stays what the rest says: a "Manager:" may be a licensee's


def _slash_shared_label(text: str, cands: list[_Cand], c: _Cand) -> str | None:
    """The label's position of the person a slash joins to the one before ("Treasurer: Mr J Kinnear/ Ms R
    MacCallam": the outgoing and the incoming holder), when that one was given it from a label; near miss:
    words between them ("Treasurer: Mr J Kinnear, and Ms R MacCallam spoke")."""
    if "/" not in text[max(0, c.start - 40) : c.start]:
        return None  # no slash just before: every candidate would be searched for nothing
    prev = max((d for d in cands if d.end <= c.start and d is not c), key=lambda d: d.end, default=None)
    if prev is None or not prev.role or prev.role_rank != 1:
        return None
    if prev.role in prev.honorifics:
        return None  # the title of the one before, not a label's: "Mayor Hazlehurst/Councillor Nixon" (mover/seconder)
    if not patterns.get("people_slash_join").fullmatch(text, prev.end, c.start):
        return None
    return prev.role


def _singular_label(label: str, v: _Vocab) -> str | None:
    """The one member's position a plural label names ("Directors of Service" -> "Director of Service",
    "Senior Engineers" -> "Senior Engineer", an acting post "A/Directors of Services" -> "A/Director of
    Services"), or None.  The plural is the word an "of"/"for" follows, or the last; near miss: "Apologies",
    "Members Present" (no position in the singular)."""
    words = label.split()
    head = next((k - 1 for k, w in enumerate(words) if k and w.lower() in ("of", "for")), len(words) - 1)
    word = words[head] if words else ""
    low = word.lower()
    acting = patterns.get("people_acting_prefix").match(low)
    low = low[acting.end() :] if acting else low
    if len(word) > 3 and low.endswith("s") and low not in v.role_words and low[:-1] in v.strong_role_words:
        return " ".join([*words[:head], word[:-1], *words[head + 1 :]])
    return None


def plural_label_roles(text: str, cands: list[_Cand], v: _Vocab) -> None:
    """Give each name of a list under a plural position's label the position in the singular: "Directors of
    Service: Des Foley, Fiona Lawless, Barry\nLynch." gives each "Director of Service"; the list runs while
    only commas, "and" and line breaks stand between the names.  Near miss: a name after a sentence on the
    label's line ("Senior Engineers: Jo Ash. The Chair thanked Kim Lee") is none of the list.  `cands` is
    sorted by start; changed in place."""
    label_rx, gap_rx = patterns.get("people_line_label"), patterns.get("people_series_gap")
    i = 0
    while i < len(cands):
        c = cands[i]
        line_start = text.rfind("\n", 0, c.start) + 1
        m = label_rx.match(text[line_start : c.start])
        if m is not None and m.group("hon").strip() and not _split_hon(m.group("hon"), v):
            m = None  # words other than an honorific between the label and the name
        role = _singular_label(normalise_space(m.group("label")), v) if m else None
        if role is None or m is None:
            i += 1
            continue
        j = i
        while True:
            got = cands[j]
            if not got.role or got.role == normalise_space(m.group("label")):
                got.role, got.role_rank = role, _PROSE_ROLE
                rk = _role_kind(role)
                if rk and got.kind_rank <= _PROSE_ROLE:
                    got.kind, got.kind_rank = rk, _PROSE_ROLE
            if j + 1 >= len(cands) or not gap_rx.fullmatch(text[got.end : cands[j + 1].start]):
                break
            j += 1
        i = j + 1


def office_after_name(text: str, cands: list[_Cand], v: _Vocab) -> None:
    """A title office printed straight after a name, with no comma, read into the name: "Cllr. M. Ash Mayor
    of the City of Elm" gives "M. Ash", its role "Mayor of the City of Elm".  Only an office the name then
    governs ("Mayor of ...", "Cathaoirleach of ...") is cut; near miss: "Mrs C Mayor" (a surname) and "J. Lee
    Chair and M. Ross" (read by the list's own rules) stay as they are."""
    offices = _title_roles() | frozenset(r.lower() for r in R.STANDALONE_ROLES)
    of = patterns.get("people_office_of_after")
    for c in cands:
        words = c.name.split()
        if len(words) < 3 or words[-1].lower() not in offices:
            continue
        if of.match(text, c.end) is None:
            continue
        at = c.start + text[c.start : c.end].rfind(words[-1])
        c.name = c.name[: c.name.rfind(words[-1])].rstrip()
        c.end = c.start + len(text[c.start : at].rstrip())
        if not c.role:
            role = _read_role(text, at, v)
            c.role = role[0] if role else words[-1]


def roles_naming_others(cands: list[_Cand], v: _Vocab) -> None:
    """Drop a role that holds another person the document names: read on past its end into the next name of a
    list ("Vice President Susana Reyes" as the role of the commissioner printed below her, "Management Analyst
    Bobbi Phagura and Deputy City Clerk" as the City Manager's), by their full name or by a title and their
    surname ("Tica, Vice-Mayor Woten").  Near misses: a role naming a place or a body ("Director of Parks",
    with a Ms Parks present: no title before the word), the person's own name.  Changed in place."""
    full: set[str] = set()
    surnames: set[str] = set()
    for c in cands:
        words = c.name.split()
        if len(words) >= 2:
            full.add(normalise_space(c.name))
        if words and len(words[-1]) >= MIN_SURNAME_IN_ROLE:
            surnames.add(words[-1])
    if not full and not surnames:
        return
    titles = {h.lower() for h in v.honorifics} | {t.lower() for t in R.TITLE_ROLES} | _role_titles()
    for c in cands:
        if not c.role:
            continue
        own = set(c.name.split())
        role_words = c.role.replace(",", " ").split()
        named = any(
            name != normalise_space(c.name) and not (set(name.split()) & own) and _has_words(c.role, name)
            for name in full
        )
        if not named:
            for i, w in enumerate(role_words[1:], 1):
                if w in surnames and w not in own and role_words[i - 1].lower().strip(".") in titles:
                    named = True  # "Vice-Mayor Woten", "Chair Irwin"
                    break
        if named:
            # the title printed before their own name stands instead ("Commissioner Jill Banks Barad-Hopkins")
            title = next((h for h in c.honorifics if h in R.TITLE_ROLES), None)
            if any(h in R.COUNCILLOR_HONORIFICS for h in c.honorifics) and c.kind is _role_kind(c.role):
                # a member's honorific says what they are, not the kind the other person's role gave (the kind
                # is kept otherwise: the next in a staff list is staff too)
                c.kind, c.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
            c.role, c.role_rank = title, (1 if title else 0)


MIN_SURNAME_IN_ROLE = 3  # the shortest surname looked for after a title inside another person's role


def _role_titles() -> set[str]:
    """Titles a person is named by before their surname inside a run-on role ("Vice-Mayor", "Chair")."""
    return {"chair", "vice-chair", "chairman", "chairperson", "vice-mayor", "mayor", "clerk"}


def _has_words(text: str, words: str) -> bool:
    """`words` stand in `text` as a name of their own, ending it or a member of its series ("... Susana Reyes",
    "Bobbi Phagura and ..."); near miss: a name-like run inside a longer name ("Lowell High" of "Lowell High
    School")."""
    own = rf"(?<![\p{{L}}]){regex.escape(words)}(?=[ \t]*(?:$|[,;&]|and(?![\p{{L}}])))"
    return regex.search(own, text) is not None


def staff_label_entry(text: str, cand: _Cand, default_hons: tuple[str, ...], v: _Vocab) -> None:
    """An entry on a line of its own under a staff post's label, after a members' list ("Present: Councillors A,
    B" / "Clerk: Madeleine King"): the council's officer, not a member the list's title names.  Near misses: a
    member's office as the label ("Chair: Jo Ash", a member's post), the list's own line.  Changed in place."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    if line_start == 0:
        return
    m = patterns.get("people_line_label").match(text[line_start : cand.start])
    if m is None or m.group("hon").strip():
        return
    label = normalise_space(m.group("label"))
    got = _read_role(label, 0, v)
    if got is None or got[2] - got[1] < len(label) or _role_kind(label) is not PersonKind.OFFICER:
        return
    cand.honorifics = tuple(h for h in cand.honorifics if h not in default_hons)
    cand.kind, cand.kind_rank = PersonKind.OFFICER, _LIST
    if not cand.role:
        cand.role, cand.role_rank = label, _LIST


def seat_from_honorifics(cand: _Cand) -> None:
    """A councillor's seat printed before a personal honorific is the person's position, not part of
    their title ("Parish Councillor Mrs F. Chapman": role "Parish Councillor", honorific "Mrs").  Near
    miss: "Councillor Mrs F. Chapman" (the bare "Councillor" stays an honorific)."""
    if cand.role or len(cand.honorifics) < 2 or not _seat_office(cand.honorifics[0]):
        return
    cand.role, cand.role_rank = cand.honorifics[0], _LIST
    cand.honorifics = cand.honorifics[1:]


def seat_down_column(text: str, cand: _Cand, seat: str | None, gap: str) -> str | None:
    """The seat printed once at the head of a column of members, carried down it: "Parish Councillor Mrs F.
    Chapman" / "Mrs E. Chubb" / "J. Harris" are all parish councillors.  Returns the seat that goes on
    to the next entry.  The column ends at an entry with a role or a note of its own ("Ms J. Layton (CDC)"),
    where two entries share a line (a comma list after it is no column), or at a line that goes on as a
    sentence ("Cllr Stuart opened the meeting").  Near miss: an office at the
    head ("Chairman M. Stuart" / "Vice Chairman P. Nicholas") is one person's, never carried."""
    if cand.role:
        return cand.role if _seat_office(cand.role) else None
    line_end = text.find("\n", cand.end)
    rest = text[cand.end : line_end if line_end >= 0 else len(text)]
    if seat is None or "\n" not in gap or rest.strip(" \t.,;"):
        return None  # (a bracketed note of its own, "Ms J. Layton (CDC)", or the sentence after the list)
    cand.role, cand.role_rank = seat, _LIST
    return seat
