"""One entry of an attendance list: an honorific name, a bare name, a role and a name."""

from __future__ import annotations

import functools

import regex

from ... import patterns
from ...records import PersonKind
from ...rules import people as R
from ...text import normalise_space
from .affiliations import with_affiliation
from .kinds import _role_kind
from .names import _find_words_start, _prefix_len, _surname_ok, _tokens
from .prose import _honorific_mentions
from .roles import _affiliation, _bare_full_name, _has_role_word, _own_initials, _read_role, _role_like
from .vocab import _HONORIFIC, _LIST, _PROSE_ROLE, _alt, _Cand, _given_set, _Rx, _split_hon, _Vocab

_NOTE_WORDS = frozenset(R.BRACKET_NOTE_WORDS)


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


def _blank_initials_tag(seg: str) -> str:
    """An entry with the member's initials in brackets after the name, the tag the minutes use for them
    later ("N Shaw (NS) (Chair)", "P. Wood (PDW)", "P. Stoddart (PS) Ward Councillor"), read without the
    tag (blanked, so that positions hold); the tag fits when it opens with the name's first letter and
    ends with its surname's.  Near miss: "Ann Lee (CEO)" keeps its bracket (no fit)."""
    m = patterns.get("people_initials_tag_after").search(seg)
    if m is None:
        return seg
    words = patterns.get("people_name_words").findall(seg[: m.start()])
    tag = m.group("tag")
    if len(words) < 2 or words[0][0].upper() != tag[0] or words[-1][0].upper() != tag[-1]:
        return seg
    return seg[: m.start()] + " " * (m.end() - m.start()) + seg[m.end() :]


def _member_honorific(c: _Cand) -> bool:
    return any(h in R.COUNCILLOR_HONORIFICS for h in c.honorifics)


def _entry(
    text: str,
    a: int,
    b: int,
    v: _Vocab,
    rx: _Rx,
    default_hons: tuple[str, ...],
    *,
    trust: bool = False,
    surnames: bool = False,
) -> _Cand | None:
    """One list entry: "Mr R W Gough (Chairman)", "Head of Finance (Mr. T. Gilligan)",
    "Fire Chief-MLEO-CEMC Will Bateman", "Keary" after "Councillors" (or in a list of `surnames`)."""
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    a += lead
    bm = patterns.get("people_entry_bullet").match(text, a, b)
    if bm:
        a = bm.end()  # a bulleted entry: "* Alan Brodie — Chair"
    seg = text[a:b].strip()
    seg_end = a + len(seg)
    spaced = patterns.get("people_name_spaced_title").fullmatch(text, a, seg_end)
    if spaced is not None and spaced.group("title") in v.honorifics and "  " not in spaced.group("name"):
        # a roll call's column of titles after the names ("John M. Rusinski     Councilman"): the title is this
        # member's office, not the next line's honorific
        cand = _entry(text, spaced.start("name"), spaced.end("name"), v, rx, default_hons, trust=trust)
        if cand is not None and not cand.role:
            cand.role, cand.role_rank = spaced.group("title"), _LIST
        return cand
    while seg.endswith((".", ",")) and not patterns.get("people_ends_with_initial").search(seg):
        seg = seg[:-1].rstrip()
        seg_end = a + len(seg)
    if not seg or len(seg) > 220:
        return None
    after = patterns.get("people_entry_sentence_after").search(seg)
    if after is not None:
        # the list's last entry, then a sentence of the minutes: "K. Phillips (Clerk). No members of the public"
        seg = seg[: after.start() + 1]
        seg_end = a + len(seg)
    tail = patterns.get("people_entry_absence_tail").search(seg) or patterns.get("people_entry_time_note").search(seg)
    note = patterns.get("people_bracket_note_tail").search(seg)
    if tail is None and note is not None and "," in seg[: note.start()] and note.group("word").title() in _NOTE_WORDS:
        tail = note  # "Silvia Catten, District 1 (excused)": the note is no part of the role
    cell_end = seg_end  # (where the cell ends, its note with it: a column gap may follow)
    if tail is not None:
        seg = seg[: tail.start()]
        seg_end = a + len(seg)
    wm = patterns.get("people_with_entry_tail").search(seg)
    if wm is not None and wm.start() > 0:
        org = with_affiliation(text, a + wm.start())
        if org is not None:
            # "Steve Haring with MSA": the entry is the name; the body it is with, its affiliation
            cand = _entry(text, a, a + wm.start(), v, rx, default_hons, trust=trust, surnames=surnames)
            if cand is not None and not cand.role:
                cand.organisation = org
            return cand
    seg = _blank_initials_tag(seg)
    # role first, honorific name in brackets: "Chief Executive (Mr. P. Daly)"
    rm = patterns.get("people_role_then_bracket").match(seg)
    if rm:
        inner_start = a + rm.start("inner")
        inner_cands = list(_honorific_mentions(text, v, rx, inner_start, inner_start + len(rm.group("inner"))))
        if inner_cands and inner_cands[0].start == inner_start:
            cand = inner_cands[0]
            role = _read_role(text, a, v)
            # (the article or style of address before it is no part of the post: "Her Worship the Mayor (Clr Lam)")
            cand.role = normalise_space(patterns.get("people_role_lead").sub("", rm.group("role"), count=1))
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
            if not cand.role and patterns.get("people_space_bracket").match(rest) and _bracket_role(inner_text, v):
                cand.role, cand.role_rank = normalise_space(inner_text), _LIST
            dash = patterns.get("people_dash_affiliation_rest").fullmatch(rest) if not cand.role else None
            if dash is not None:
                cand.role, cand.role_rank = normalise_space(dash.group("role")), _LIST  # "Cr Ann Redstone –" / "HDC"
            held = patterns.get("people_acronym_then_office").fullmatch(cand.role or "")
            if held is not None:
                cand.role = held.group("office")  # "NCC – Deputy Co Chair": the office, not the body it sits for
            return cand
    # bare name, with default honorifics or none: "Keary", "Collins (J)", "Rich Lehmann (Chair)"
    nm = patterns.get("people_name_then_bracket").match(seg)
    if nm:
        inner: str | None = nm.group("inner")
        n_text = nm.group("n")
        if inner is not None and patterns.get("people_capital").fullmatch(inner.strip()):
            n_text = seg
            inner = None
        if inner is not None and _own_initials(n_text, inner):
            inner = None  # the name's initials, a tag for the action column: "Kate Green (KG)"
        nmm = rx.name_only.match(normalise_space(n_text))
        first_word = n_text.split()[0] if n_text.split() else ""
        single = (
            len(n_text.split()) == 1 and not default_hons and not surnames and not (inner and _bracket_role(inner, v))
        )
        # (a note of how or when the person attended is a person's: "Tariq Mughal (electronic)", "Jo Roe (Left 8pm)")
        noted = inner is not None and inner.split()[:1] != [] and inner.split()[0].title() in _NOTE_WORDS
        single = single or (
            not trust
            and not noted
            and not surnames
            and not default_hons
            and not (inner and _bracket_role(inner, v))
            and first_word not in _given_set()
            and not patterns.get("people_initials").fullmatch(first_word)
            and not patterns.get("people_middle_initial").match(normalise_space(n_text))
        )
        if nmm and not single and _surname_ok(nmm.group("name"), rx) and not _has_role_word(n_text, v):
            name = normalise_space(n_text)
            cand = _Cand(start=a, end=a + len(n_text.rstrip()), name=name, honorifics=default_hons)
            if inner and (_bracket_role(inner, v) or _affiliation(inner, n_text)):
                cand.role, cand.role_rank = normalise_space(inner), _LIST  # (or the body they sit for, "(HB DHB)")
            if default_hons and any(h in R.COUNCILLOR_HONORIFICS for h in default_hons):
                cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
            given, _, _ = _tokens(name)
            cand.mention_only = not given
            return cand
    if (default_hons or surnames) and patterns.get("people_surname_initial").fullmatch(seg):
        # a member by surname and initial in a list of surnames: "Collins J" (near miss: "Collins" alone is read
        # above; outside such a list "Ash A" is no name)
        cand = _Cand(start=a, end=seg_end, name=normalise_space(seg), honorifics=default_hons)
        if default_hons and any(h in R.COUNCILLOR_HONORIFICS for h in default_hons):
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
        cand.mention_only = True
        return cand
    office = _name_then_office(text, a, seg_end, v, rx, default_hons)
    if office is not None:
        return office
    if default_hons:
        # an office printed after a member's name in a list of members ("Council Members Present:" / "DAN PEAY,
        # Chair", "JOE SMOLKA, Mayor"): the office is the role, the list's honorific still theirs
        office_held = _name_comma_role(text, a, seg_end, v, rx)
        if office_held is not None and office_held.role and _office_after_member(office_held.role, v):
            office_held.honorifics, office_held.role_rank = default_hons, _LIST
            if any(h in R.COUNCILLOR_HONORIFICS for h in default_hons):
                office_held.kind, office_held.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
            return office_held
    if not default_hons:
        # "W. Walters, Chief Executive"; "Chief Executive Officer - Mr Peter Lucas"
        whole = (
            _name_comma_role(text, a, seg_end, v, rx)
            or _role_dash_name(text, a, seg_end, v, rx)
            or _name_dash_role(text, a, seg_end, v, rx)
        )
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
        if role_part.split()[-1].lower() in R.ROLE_CONNECTORS:
            continue  # the role runs on into the words after it: "Deputy Chief of Police Cody Stromberg"
        if _has_role_word(name_part, v) or patterns.get("people_grade_numeral").fullmatch(words[-k]):
            continue  # (a post's grade ends the role: "Administrative Assistant II Ian Roberts")
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
        if not hons and k >= 3 and first not in _given_set() and words[-k + 1] in _given_set():
            continue  # the role's last word, then a known given name: "Director of Public Works Jason Rasmussen"
        nstart = _find_words_start(text, a, seg_end, words[-k:])
        if not _role_like(role_part) or patterns.get("people_starts_with_initial").match(role_part):
            continue
        cand = _Cand(start=nstart, end=seg_end, name=bare, honorifics=hons)
        role_part = patterns.get("people_role_lead").sub("", role_part, count=1).rstrip(" ,")  # "the Mayor, "
        cand.role, cand.role_rank = role_part, _LIST
        return cand
    return _column_cell_entry(text, a, seg_end, v, rx, cell_end)


def _office_after_member(role: str, v: _Vocab) -> bool:
    """Whether a role after a member's name is an office of the body ("Chair", "Mayor", "Deputy Mayor"): one
    word of a post, or a weak word before one.  Near miss: "Smith Road" (no post)."""
    words = role.lower().split()
    if not 0 < len(words) <= 2 or words[-1] not in v.strong_role_words:
        return False
    return all(w in v.role_words or w == "vice" for w in words)


def _column_cell_entry(text: str, a: int, b: int, v: _Vocab, rx: _Rx, cell_end: int | None = None) -> _Cand | None:
    """A cell of a list printed in columns, a column gap beside it on its line: a name, a comma and what
    the person is, as printed ("Jeff Smith, Utah County Recorder", "Mike Stansfield, Fairways Media"),
    the whole rest being theirs.  Near miss: the same words with no column beside them ("Ann Lee, Elm
    Road" on a line of its own), where the rest may be an address: no entry here."""
    gap = patterns.get("people_column_gap")
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    beside = gap.search(text[line_start:a].rstrip("\n")[-8:] or "") is not None or (
        gap.match(text, cell_end or b, line_end) is not None and text[cell_end or b : line_end].strip() != ""
    )
    if not beside or not patterns.get("people_column_cell").fullmatch(text, a, b):
        return None
    name, _, rest = text[a:b].partition(",")
    n_text = normalise_space(name)
    if not _bare_full_name(n_text, v, rx):
        return None
    role = normalise_space(rest).rstrip(" .")
    cand = _Cand(start=a + len(name) - len(name.lstrip()), end=a + len(name.rstrip()), name=n_text)
    cand.role, cand.role_rank = role, _LIST
    rk = _role_kind(role)
    if rk is not None:
        cand.kind, cand.kind_rank = rk, _LIST
    cand.mention_only = not _tokens(n_text)[0]
    return cand


def _name_then_office(text: str, a: int, b: int, v: _Vocab, rx: _Rx, default_hons: tuple[str, ...]) -> _Cand | None:
    """A member's name then their office with no comma between, in a list of members after a
    plural honorific: "P. Byrne Cathaoirleach", "Ann Lee Chair" (an office standing alone, not
    any role: "J. Lee Finance" is no such entry); in any list when the name opens on an initial or a
    given name ("P. Stoddart Ward Councillor"; near miss: "Parks Committee Chair" is no name)."""
    words = normalise_space(_blank_initials_tag(text[a:b])).split()
    offices = {w.lower() for w in (*R.STANDALONE_ROLES, *R.COUNCILLOR_ROLES, *R.SEAT_OFFICES)}
    seats = {w.lower() for w in R.SEAT_OFFICES}
    for k in (2, 1):
        if len(words) <= k:
            continue
        office, name = " ".join(words[-k:]), " ".join(words[:-k])
        if office.lower() not in offices or _has_role_word(name, v):
            continue
        if not default_hons and (
            len(words) - k < 2 or not (patterns.get("people_initial").fullmatch(words[0]) or words[0] in _given_set())
        ):
            continue  # with no plural honorific, only "K. Phillips Clerk", "Ann Lee Chair": a name's form
        if not rx.name_only.match(name) or not _surname_ok(name, rx):
            continue
        nstart = a + len(text[a:b]) - len(text[a:b].lstrip())
        cand = _Cand(start=nstart, end=nstart + _prefix_len(text[nstart:b], name.split()), name=name)
        cand.honorifics = default_hons
        cand.role, cand.role_rank = office, _LIST
        if any(h in R.COUNCILLOR_HONORIFICS for h in default_hons) or office.lower() in seats:
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _HONORIFIC
        cand.mention_only = not _tokens(name)[0]
        return cand
    return None


def _name_comma_role(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """The whole of ``text[a:b]`` is a bare name, a comma and its role: "Heather Lindqvist, CAO/Clerk"."""
    seg = text[a:b]
    cm = patterns.get("people_name_comma_role").match(seg)
    if not cm:
        return None
    n_text = normalise_space(cm.group("n"))
    if not _bare_full_name(n_text, v, rx):
        return None
    role_at = cm.start("role")
    degree = patterns.get("people_degree_then_comma").match(seg, role_at)
    if degree is not None:
        role_at = degree.end()  # letters after the name before the role: "Michael McKibbin, Ed.D., vice president"
    got = _read_role(seg, role_at, v) or _lower_case_role(seg, role_at, v)
    if not got or (
        got[2] < len(seg.rstrip(" .,;")) - 1 and not patterns.get("people_trailing_note").match(seg, got[2])
    ):
        return None  # the role, perhaps with a note after it, is the rest: "Deputy Clerk (Recording Secretary)"
    cand = _Cand(start=a, end=a + len(cm.group("n").rstrip()), name=n_text, role=got[0], role_rank=_PROSE_ROLE)
    if degree is not None:
        cand.post_nominals = (degree.group("degree"),)
    cand.mention_only = not _tokens(n_text)[0]
    return cand


def _lower_case_role(seg: str, pos: int, v: _Vocab) -> tuple[str, int, int] | None:
    """A short position printed in lower case after a name and a comma, the whole rest of the entry
    ("Pam Costa, member", "Michael McKibbin, vice president"): read as its capitalised form would be.
    Near misses: "Ann Lee, left at 8pm" (no position), "Ann Lee, member of the public" (longer than
    a position's few words)."""
    rest = seg[pos:].rstrip(" .,;")
    words = rest.split()
    if not 0 < len(words) <= BRACKET_ROLE_WORDS or rest != rest.lower() or "\n" in rest:
        return None
    got = _read_role(rest.title(), 0, v)
    if got is None or got[2] < len(rest):
        return None
    return normalise_space(rest), pos, pos + len(rest)


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


def _name_dash_role(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> _Cand | None:
    """The whole of ``text[a:b]`` is a bare name, a spaced dash and its role, perhaps after a
    bullet: "Alan Brodie — Chair", "* Petra Ingle - Treasurer" (not "Alan Brodie - 7 pm")."""
    bm = patterns.get("people_entry_bullet").match(text, a, b)
    a = bm.end() if bm else a
    dm = patterns.get("people_name_dash_role").match(text, a, b)
    if not dm:
        return None
    n_text = normalise_space(dm.group("n"))
    if not _bare_full_name(n_text, v, rx):
        return None
    got = _read_role(text, dm.start("role"), v)
    role_line = text[dm.start("role") : dm.end("role")].split("\n", 1)[0].rstrip()
    if not got and _affiliation(role_line, n_text):
        got = (normalise_space(role_line), dm.start("role"), dm.start("role") + len(role_line))
    if not got or got[2] < dm.end("role") - 1:
        return None  # the role is the whole rest of the entry
    cand = _Cand(start=dm.start("n"), end=dm.end("n"), name=n_text, role=got[0], role_rank=_PROSE_ROLE)
    rk = _role_kind(got[0])
    if rk:
        cand.kind, cand.kind_rank = rk, _PROSE_ROLE
    cand.mention_only = not _tokens(n_text)[0]
    return cand


BRACKET_ROLE_WORDS = 3  # a position printed in lower case in brackets is this short ("(chair)", "(vice chair)")


def _bracket_role(inner: str, v: _Vocab) -> bool:
    """Whether the words in brackets after a name are a position: as printed ("(Chair)", "(Head of Finance)"),
    or a short one in lower case ("Charlotte Tilsley (chair)"; near miss: "(left at 8pm)", no role word)."""
    if _read_role(inner, 0, v) is not None:
        return True
    words = inner.split()
    return (
        0 < len(words) <= BRACKET_ROLE_WORDS and inner == inner.lower() and _read_role(inner.title(), 0, v) is not None
    )
