"""Attendance lists: their openers and how their entries are read into people (where a list ends and how it
splits into entries: `list_parts`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ... import patterns
from ...records import Attendance, PersonKind
from ...rules import people as R
from ...text import normalise_space
from .entries import (
    _entry,
    _list_honorific_rx,
    _member_honorific,
    _name_comma_role,
    _name_dash_role,
    _role_dash_name,
    _starts_with_honorific,
)
from .kinds import _role_kind
from .list_parts import (
    _bracketed_names,
    _list_end,
    _split_entries,
    _top_level_lines,
)
from .names import _surname_ok, is_name_suffix, printed_form, titled_capitals
from .role_passes import seat_down_column, seat_from_honorifics, staff_label_entry
from .roles import _has_role_word, _read_role, _role_like, _singular_role, _title_and_surname
from .spread import column_rows_end, joined_view, map_back, spread_view
from .vocab import _LIST, _PROSE_ROLE, _alt, _Cand, _given_set, _place_set, _Rx, _Vocab

MAX_OFFICE_WORDS = 10  # the longest office a line of "Office, Name" may print
_LABEL_ONLY = frozenset(o.lower() for o in R.LABEL_ONLY_OPENERS)
_NOTE_WORDS = frozenset(R.BRACKET_NOTE_WORDS)


def _list_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    for m in rx.opener.finditer(text):
        opener = normalise_space(m.group("opener")).lower()
        # an opener is a list opener at a line start, or a phrase ending "from"/"by"
        ls = text.rfind("\n", 0, m.start()) + 1
        before = text[ls : m.start()].strip()
        # (or the members' "were": "... in the Council Chambers. Council members present were Mayor Ash, Ben Birch
        # and Cy Oak."; near miss: "Present were Carla Moss and Brent Lyle, Clerk.", who they are unsaid)
        phrase = opener.endswith((" from", " by")) or (opener.endswith(" were") and opener != "present were")
        after = text[m.end() : m.end() + 1]
        if not phrase:
            seps = text[m.start() + len(m.group("opener")) : m.end()]
            labelled = ":" in seps or "-" in seps or "–" in seps
            # (or a label in capitals at a line's start with a name after it on the line: "ELECTED OFFICIALS David
            # Young, ..."; near miss: "STAFF REPORT", a heading in capitals)
            column_label = not before and m.group("opener").isupper() and _name_after(text, m.end())
            if not (labelled or column_label or after == "\n" or m.end() >= len(text)):
                # "Present" alone on a line, or followed by ":" / "-"
                continue
            if not labelled and not column_label and opener in _LABEL_ONLY:
                continue  # "Council" alone on its line is a heading, not a list's label
            colon = ":" in seps
            if colon and patterns.get("people_sentence_before_opener").search(before):
                # "... called to order by the Chair. Board members present: ...": a sentence ends before it
                before = patterns.get("people_sentence_before_opener").split(before)[-1]
            qualifier = colon and patterns.get("people_opener_qualifier").fullmatch(before + " ")
            # "ROLL CALL: Present - Corson, Eggers ...": an opener under another one's label on its line
            under_opener = bool(before) and _opener_label(before, v)
            listed = patterns.get("people_list_label").fullmatch(before)
            if before and not qualifier and not under_opener and not listed:
                continue  # "SPC Members Present:" is an opener; "the members present" is not
        attendance, kind = next(((a, k) for o, a, k in v.openers if o.lower() == opener), ("present", None))
        plural = next((sg for pl, sg in R.PLURAL_HONORIFICS.items() if opener.startswith(pl.lower() + " ")), None)
        if not phrase and not (":" in m.group(0) or "-" in m.group(0) or "–" in m.group(0)):
            # "Present" alone on its line: the next line must open with a name
            nxt = text[m.end() : m.end() + 80].lstrip()
            bm = patterns.get("people_entry_bullet").match(nxt)
            nxt = nxt[bm.end() :] if bm else nxt  # a bulleted list under "Present"
            if not (
                rx.hon_name.match(nxt)
                or rx.hon_plural.match(nxt)
                # (or the mayor by the style of the office: "Her Worship the Mayor (Clr Lam), Councillors ...")
                or patterns.get("people_worship_start").match(nxt)
                or patterns.get("people_name_then_comma").match(nxt)
                or (bm and patterns.get("people_name_start").match(nxt))
            ):
                continue
        opener_role = next((r for o, r in R.OPENER_ROLES.items() if o.lower() == opener), None)
        listed_in = text
        if opener.endswith(" were"):
            # a sentence's list ends with the sentence ("... Jerry Foy and Jack Sparling. Council member Lynn
            # Carmichael present after 10:00 a.m.": the next sentence is no entry of it)
            stop = patterns.get("people_sentence_list_end").search(text, m.end())
            listed_in = text if stop is None else text[: stop.start()]
        yield from _parse_list(
            listed_in,
            m.end(),
            Attendance(attendance) if attendance else None,
            PersonKind(kind) if kind else None,
            v,
            rx,
            plural=plural,
            opener_role=opener_role,
        )


def _name_after(text: str, pos: int) -> bool:
    """Whether a name in mixed case follows on the line at `pos`, after blanks: "Mayor David", "David Young"."""
    return patterns.get("people_name_after_label").match(text, pos) is not None


def _title_surname_entry(text: str, a: int, b: int, v: _Vocab) -> bool:
    """A list entry that is a person by title and surname ("Clerk Price"), not a role whose words "&" or "and"
    carry on into the next entry ("Director Roads &" / "Transportation")."""
    return _title_and_surname(text[a:b], v) and patterns.get("people_and_after").match(text, b) is None


def _opener_label(before: str, v: _Vocab) -> bool:
    """Whether the words before an opener on its line are themselves an opener's label ending in a colon
    ("ROLL CALL:"); near miss: "The Board members" (a sentence's words)."""
    label = normalise_space(before)
    return label.endswith(":") and any(label[:-1].strip().lower() == o[0].lower() for o in v.openers)


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
        if patterns.get("people_comma_after_title").match(text, m.end()) and patterns.get(
            "people_comma_before_title"
        ).search(text, max(ls, m.start() - 3), m.start()):
            continue  # the title is itself an entry of a list ("Transportation, Supervisors, Teachers and ...";
            # near miss: "Online: Cllrs, J Beard, L Blaney")
        after = patterns.get("people_word_after").match(text, m.end())
        if after is not None and after.group(1) in R.ORGANISATION_WORDS:
            continue  # a body's name ("San Juan Supervisors Association"), not a list
        if patterns.get("people_body_of_before").search(text, max(ls, m.start() - 20), m.start()):
            continue  # a body's name ("the Board of Supervisors, Building Inspection Commission"), not a list
        if not m.group(0).isupper() and patterns.get("people_acronym_before").search(
            text, max(ls, m.start() - 12), m.start()
        ):
            # a thing's name ("the PHA Commissioners Handbook"), not a list (near misses: "and Commissioners", a
            # heading in capitals: "WEBER COUNTY COMMISSIONERS: Gage Froerer, ...")
            continue
        yield from _parse_list(text, m.start(), None, None, v, rx)


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
    heads = patterns.get("people_column_heading_rest").match(text, pos)
    if heads is not None:
        # "Council Members:          City Staff:" over two columns of names: the rows below are the list
        pos = heads.end()
    lead = patterns.get("people_space").match(text[pos : pos + 200])
    pos += lead.end() if lead else 0
    end = column_rows_end(text, pos, _list_end(text, pos, rx))  # (rows under two column headings run past blanks)
    body = text[pos:end]
    if not body.strip() or patterns.get("people_list_none").match(body):
        return
    # a list printed in capitals ("MS. E. O’GORMAN, CHIEF EXECUTIVE") is read as titles, its names
    # and roles then given back as printed
    titled = titled_capitals(text, pos, end)
    # a list in two columns whose words an OCR's layout spread apart is read closed up (`spread`)
    spread = spread_view(titled, pos, end) or joined_view(titled, pos, end)
    view, first = (spread.view, spread.start) if spread is not None else (titled, pos)
    for cand in _parse_entries(view, first, end, attendance, kind, v, rx, plural=plural, opener_role=opener_role):
        if spread is not None:
            cand.start, cand.end = spread.back(cand.start), spread.back(cand.end - 1) + 1
            cand.extra_mentions = map_back(spread, cand.extra_mentions)
        if titled is not text:
            cand.name = printed_form(text, titled, cand.start, cand.name)
            if cand.role:
                cand.role = printed_form(text, titled, cand.start, cand.role)
        yield cand


def _councillor_seat(role: str | None) -> bool:
    """A councillor's seat as the role ("Ward Councillor", "County Councillor"): a councillor whatever
    list it is printed in ("In Attendance: P. Stoddart (PS) Ward Councillor; K. Phillips (Clerk)"); near
    miss: "Chair" in an officers' list stays with the list."""
    return bool(role) and patterns.get("people_councillor_seat").search(role or "") is not None


def _parse_entries(
    text: str,
    pos: int,
    end: int,
    attendance: Attendance | None,
    kind: PersonKind | None,
    v: _Vocab,
    rx: _Rx,
    *,
    plural: str | None = None,
    opener_role: str | None = None,
) -> Iterator[_Cand]:
    surname_first = _surname_first_entries(text, pos, end, v, rx)
    if surname_first:
        for row in surname_first:
            row.attendance = attendance
            if kind is not None:
                row.kind, row.kind_rank = kind, _LIST
            yield row
        return
    default_hons: tuple[str, ...] = ()
    plural_role: str | None = None
    if plural:
        plural_role = plural if plural in R.TITLE_ROLES else None
        if not _office_title(plural):
            default_hons = (plural,)
    role_first = _role_first_run(text, pos, end, v, rx)
    entries = _split_entries(
        text,
        pos,
        end,
        # (a list of "Office Name" entries run on over lines has no line that is one entry: "..., Director of
        # Administrative Services" / "Melinda Seager, Senior IS Tech Phill Brown, City" / "Engineer Brad Klavano")
        lambda a, b: not role_first and _whole_entry_line(text, a, b, v, rx),
    )
    # an entry holding a line break may be two entries ("M Armstrong\nClerk J Connelly")
    expanded: list[tuple[int, int]] = []
    exp_hons = default_hons
    if not exp_hons and entries and rx.hon_plural.match(text[entries[0][0] : entries[0][1]].lstrip()):
        exp_hons = ("Councillor",)
    bracket_mode = len(_bracketed_names(text, pos, end)) >= 2
    one_line = [text[a:b].split() for a, b in entries if "\n" not in text[a:b].strip()]
    full_names = len(one_line) >= 2 and sum(len(w) >= 2 for w in one_line) * 2 >= len(one_line)
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
                words[-1] in _given_set()
                or patterns.get("people_initial").fullmatch(words[-1]) is not None
                or patterns.get("people_prefix_word").fullmatch(words[-1]) is not None
            )
            if full_names and len(parts) == 2 and len(words) == 1 and len(text[parts[1][0] : parts[1][1]].split()) == 1:
                broken = True  # a full name broken over a line in a list of full names: "Breda\nHanaphy"
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
    surnames = not default_hons and _surname_list(text, expanded, v, rx)
    found: list[_Cand] = []
    role_end = -1
    pending: str | None = None  # a role printed before the next entry's name ("Meetings Administrator, Ms M Roe")
    seat: str | None = None  # a councillor's seat at the head of a column of members, carried down it
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
            and not (prev is not None and not prev.role and "," in text[b : expanded[idx + 1][0]])
            # not the role the entry before was given ("Mr. R. Burns, Chief Executive, Mr. C. Flynn")
            and not (prev is not None and prev.role and normalise_space(seg).strip(" .,").lower() == prev.role.lower())
            and not _title_surname_entry(text, a, b, v)
            and _entry(text, a, b, v, rx, default_hons) is None
            and not rx.post_nominal.match(text[a:b].strip().rstrip("."))
            and _entry(text, a, expanded[idx + 1][1], v, rx, default_hons) is not None
        ):
            # "Land Planning & Technology Administrator Jane Smith": the split was inside a role (near miss:
            # "Jane Smith, Chief Executive, Tom Roe": a role after a comma belongs to the name before it)
            b = expanded[idx + 1][1]
            idx += 1
        seg = text[a:b]
        stripped = seg.strip().rstrip(".")
        own_line = (
            _name_comma_role(text, a, b, v, rx)
            if default_hons and idx and not text[text.rfind("\n", 0, a) + 1 : a].strip(" \t")
            else None
        )
        if own_line is not None and _role_kind(own_line.role) is PersonKind.OFFICER:
            # a line of its own, "David Roe, Chief Executive", after "Councillors: A, B, C": the plural
            # heading's honorific ends with its entries (near miss: "John Tarn, Chair" stays a member)
            default_hons, plural_role, own_line = (), None, None
        if prev is not None and rx.post_nominal.match(stripped):
            prev.post_nominals = (*prev.post_nominals, stripped)
            continue
        if prev is not None and is_name_suffix(stripped) and prev.end <= a:
            prev.name, prev.end = f"{prev.name}, {seg.strip()}", a + len(seg.rstrip())  # "Comrie, Jr."
            continue
        cand = _entry(
            text, a, b, v, rx, default_hons, trust=prev is not None and not prev.honorifics, surnames=surnames
        )
        if cand is None and own_line is not None:
            cand = _entry(text, a, b, v, rx, ())  # "John Tarn, Chair" on its own line after "Councillors: A, B"
            if cand is not None:
                cand.honorifics = (*default_hons, *cand.honorifics)
        if cand is None and _title_surname_entry(text, a, b, v):
            # "Also Present - Clerk Price, Ryan Bump, Attorney Fuller": a person by title and surname
            lead = len(seg) - len(seg.lstrip())
            title, surname = seg.split()[:2]
            s_at = a + lead + seg.lstrip().index(surname, len(title))
            cand = _Cand(start=s_at, end=s_at + len(surname.rstrip(",.")), name=surname.rstrip(",."))
            cand.role, cand.role_rank, cand.mention_only = title, _LIST, True
        last = False
        nm = patterns.get("people_name_before_attendance").match(seg) if cand is None else None
        if nm is not None and rx.name_only.match(nm.group(1)) and _surname_ok(nm.group(1), rx):
            # the list's sentence ends in its verb: "..., and Joe Roe were present."
            cand = _entry(text, a + nm.start(1), a + nm.end(1), v, rx, default_hons)
            last = True
        if cand is None and default_hons:
            # the list runs into the sentence: "Councillors Rees and Dunn moved the motion"
            nm = patterns.get("people_name_before_verb").match(seg)
            if nm and rx.name_only.match(nm.group(1)) and _surname_ok(nm.group(1), rx):
                cand = _entry(text, a + nm.start(1), a + nm.end(1), v, rx, default_hons)
                last = True
        if cand is None:
            if prev is None and not stripped:
                continue
            if a + len(seg) - len(seg.lstrip()) < role_end:
                continue  # read already, inside the role before
            if patterns.get("people_initial").fullmatch(stripped.strip(" ,")):
                continue  # a lone initial, the rest of its name cut off by a stray comma: no entry, no department
            got = _read_role(text, a, v)
            flat = normalise_space(stripped)
            gap = text[expanded[idx - 1][1] : a] if idx else ""
            joined = patterns.get("people_and_separator").fullmatch(gap)  # split at "and": join back with it
            if prev is not None and prev.role and flat.lower() == prev.role.lower():
                continue  # the role the entry before was read with ("Mr Pat Gallagher, Chief Executive, Pat ...")
            if (
                prev is not None
                and prev.role
                and flat.lower() not in prev.role.lower()  # the role the entry before was given already
                and _role_before_entry(text, expanded, idx, v, rx)
            ):
                pending = flat  # "A/Director of Services, Meetings Administrator, Ms. M McGarvey": hers, not his
                continue
            if (
                prev is not None
                and prev.role
                and prev.role_rank >= _PROSE_ROLE
                and 0 < len(flat.split()) <= 6
                and _role_like(flat)
                and not rx.hon_name.match(flat)
                and flat.split()[0] not in _given_set()  # a name the list goes on with: "Chief Fuller, Harold"
                and flat.lower() not in prev.role.lower()
                and ";" not in gap
                and not patterns.get("people_blank_line").search(gap)
            ):
                # the department after a role: "Staff Officer, Housing"; "Head of Administration and Law"
                prev.role = f"{prev.role} {gap.strip()} {flat}" if joined else f"{prev.role}, {flat}"
                continue
            if (
                prev is not None
                and got
                and not prev.role
                and got[2] >= a + len(seg.rstrip().rstrip(".")) - 1
                and not _title_surname_entry(text, a, b, v)  # "Ryan Bump, Attorney Fuller": two people
            ):
                prev.role, prev.role_rank = got[0], _LIST
                role_end = got[2]  # the role may run over the next entries ("Director Roads &\nTransportation")
                rk = _role_kind(got[0])
                if rk is not None and (rk != PersonKind.COUNCILLOR or kind is None):
                    prev.kind, prev.kind_rank = rk, _LIST
                continue
            if prev is not None and got and not prev.role and "\n" in seg.strip() and _role_like(flat):
                # a role wrapped inside its entry of a comma list: "M Mc Garvey, Director\nEnvironment & ..."
                # (read alone, a role ending on its head word stops at the line's end)
                prev.role, prev.role_rank = flat, _LIST
                role_end = a + len(seg.rstrip())
                continue
            if _names_go_on(text, expanded, idx, v, rx, default_hons) and len(flat.split()) <= LIST_MISPRINT_WORDS:
                continue  # one misprinted entry ("l. Byrne" for "I. Byrne") in a list of names: the list goes on
            break
        if default_hons and cand.kind is PersonKind.COUNCILLOR:
            staff_label_entry(text, cand, default_hons, v)
        cand.attendance = attendance
        if pending is not None:
            if not cand.role:
                cand.role, cand.role_rank = pending, _LIST
            pending = None
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
        office = [h for h in cand.honorifics if _office_title(h)]
        if office and cand.role and normalise_space(cand.role).lower() in _meeting_chairs():
            cand.role, cand.role_rank = office[0], _LIST  # "Mayor Hazlehurst (Chair)": the Mayor
        if plural_role and not cand.role:
            # a seat over the list ("Councilmembers") gives way to an office printed elsewhere ("Mayor Ash")
            cand.role, cand.role_rank = plural_role, (_LIST if _office_title(plural_role) else 1)
        if opener_role and (not cand.role or cand.role_rank < _PROSE_ROLE):
            cand.role, cand.role_rank = opener_role, _LIST  # "In the Chair: Alderman S Reid" (not "Alderman")
        rk = _role_kind(cand.role)
        if any(h in R.POLICE_RANKS for h in cand.honorifics):
            cand.kind, cand.kind_rank = PersonKind.OTHER, _LIST  # "Apologies: Constable Ian Mustarde MOD Police"
        elif any(h in R.COUNCILLOR_HONORIFICS for h in cand.honorifics) and kind != PersonKind.COUNCILLOR:
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _LIST
        elif (
            rk is not None
            and (rk != PersonKind.COUNCILLOR or kind is None or _councillor_seat(cand.role))
            and not (kind is PersonKind.COUNCILLOR and _office_bearer(cand.role))
        ):
            cand.kind, cand.kind_rank = rk, _LIST
        elif kind is not None:
            cand.kind, cand.kind_rank = kind, _LIST
            cand.member_heading = cand.member_heading or (kind is PersonKind.COUNCILLOR and _office_bearer(cand.role))
        elif cand.kind is None:
            cand.kind, cand.kind_rank = PersonKind.OTHER, 1
        seat_from_honorifics(cand)
        seat = seat_down_column(text, cand, seat, text[expanded[idx - 1][1] : a] if idx else "")
        prev = cand
        found.append(cand)
        if last:
            break
    if not default_hons and kind is PersonKind.COUNCILLOR:
        _unmarked_not_members(found)
    yield from found


MIN_MARKED_MEMBERS = 3  # entries carrying a member's honorific that make an unmarked entry a non-member


def _unmarked_not_members(found: list[_Cand]) -> None:
    """In a members' list whose members each carry their honorific ("Cllr Ger Ward, John Foster,
    Farron Flaherty"), an entry without one is no member: the opener's kind is not given to it.  Near
    misses: a list where none carries one ("Present: Ann Lee, Tom Roe"), or only a few do (fewer than
    three, or under half of the list)."""
    marked = [c for c in found if _member_honorific(c)]
    if len(marked) < MIN_MARKED_MEMBERS or 2 * len(marked) < len(found):
        return
    for c in found:
        if not c.honorifics and c.kind is PersonKind.COUNCILLOR and c.kind_rank == _LIST and not c.role:
            c.kind, c.kind_rank = PersonKind.OTHER, 1


LIST_MISPRINT_WORDS = 3  # a misprinted entry a list of names goes on past is this short at most


def _role_before_entry(text: str, entries: list[tuple[int, int]], idx: int, v: _Vocab, rx: _Rx) -> bool:
    """The entry at `idx` is a whole role and the next one a name after its honorific with no role of its own:
    the role printed before the name ("..., Meetings Administrator, Ms. M McGarvey").  Near miss: a department
    after a role, no name after it ("Staff Officer, Housing")."""
    if idx + 1 >= len(entries):
        return False
    a, b = entries[idx]
    flat = normalise_space(text[a:b]).strip(" .")
    got = _read_role(flat, 0, v)
    if got is None or got[1] != 0 or got[2] < len(flat):
        return False
    na, nb = entries[idx + 1]
    seg = text[na:nb].strip().split("\n")[0].rstrip(" .")  # its first line: the list may end inside it
    hm = rx.hon_name.match(seg)
    return hm is not None and hm.end() >= len(seg)


def _names_go_on(
    text: str, entries: list[tuple[int, int]], idx: int, v: _Vocab, rx: _Rx, hons: tuple[str, ...]
) -> bool:
    """Whether the two entries after `idx` are names, so that the one at `idx` is a misprint inside the
    list rather than the sentence the list runs into (near miss: "Councillors Ash, Birch and the Clerk
    reported" ends at "the Clerk reported", no names after it)."""
    after = entries[idx + 1 : idx + 3]
    return len(after) == 2 and all(_entry(text, a, b, v, rx, hons) is not None for a, b in after)


MIN_SURNAMES = 3  # a list of members named by surname alone holds this many at least


MAX_PLACE_SHARE = 4  # one entry in this many may be a word that also names a place ("Wood")


def _surname_list(text: str, entries: list[tuple[int, int]], v: _Vocab, rx: _Rx) -> bool:
    """Whether a list is of members named by surname alone, no honorific before them ("Present:
    Davis, Phillips, Flagg and Vlassis."): three entries at least, each one capitalised word that
    is no stop, place, organisation or role word ("Present: Staff, Public" is no such list)."""
    if len(entries) < MIN_SURNAMES:
        return False
    word = patterns.get("people_lone_surname")
    places = 0
    for a, b in entries:
        w = text[a:b].strip().rstrip(".")
        if not word.fullmatch(w) or w.lower() in rx.stop or w in R.ORGANISATION_WORDS:
            return False
        if _has_role_word(w, v) or w in _given_set():
            return False
        places += w in _place_set()
    # a surname that is also a place's name ("Wood", "Ashford") among the others, not a list of places
    return places <= len(entries) // MAX_PLACE_SHARE


MIN_SURNAME_FIRST_LINES = 3  # a list of members printed surname first runs over this many lines at least


def _surname_first_entries(text: str, start: int, end: int, v: _Vocab, rx: _Rx) -> list[_Cand]:
    """A list printed one member a line, surname first: "Boland, Cathal" / "Byrne, Mark", perhaps
    under plural honorifics ("Councillors:").  Each is read given name first ("Cathal Boland").
    It needs three such lines at least, half of them with a known given name after the comma, and
    no role, place or stop word in them ("Smith, Clerk", "Portland, Oregon" are no such lines); a
    line without its comma is taken inside such a run ("Kelly Darren Jack").  An empty list
    when the list is not of that form."""
    lines = _top_level_lines(text, start, end)
    hons: tuple[str, ...] = ()
    i = 0
    while i < len(lines):
        pm = rx.hon_plural.match(text, lines[i][0], lines[i][1])
        if not pm or text[pm.end() : lines[i][1]].strip(" \t:"):
            break
        hons = (_singular(pm.group("hon")),)  # "Councillors:" heading the list
        i += 1
    given_names, comma, bare = (
        _given_set(),
        patterns.get("people_surname_first"),
        patterns.get("people_surname_first_bare"),
    )
    rows: list[tuple[int, int, str, str, bool]] = []
    for ls, le in lines[i:]:
        m = comma.match(text, ls, le)
        with_comma = m is not None
        m = m or bare.match(text, ls, le)
        if m is None:
            break
        sur, given = normalise_space(m.group("sur")), normalise_space(m.group("given"))
        words = f"{sur} {given}".split()
        if any(w.lower() in rx.stop or w in _place_set() for w in words) or _has_role_word(f"{sur} {given}", v):
            break
        if not with_comma and given.split()[0] not in given_names:
            break  # "Kelly Darren Jack" only when the second word is a given name
        rows.append((ls, le, sur, given, with_comma))
    while rows and not rows[-1][4]:
        rows.pop()  # the run ends on a line with its comma
    known = sum(1 for r in rows if r[3].split()[0] in given_names)
    if len(rows) < MIN_SURNAME_FIRST_LINES or known * 2 < len(rows) or sum(r[4] for r in rows) * 2 < len(rows):
        return []
    out = []
    for ls, le, sur, given, _ in rows:
        cand = _Cand(start=ls, end=le, name=f"{given} {sur}", honorifics=hons)
        if any(h in R.COUNCILLOR_HONORIFICS for h in hons):
            cand.kind, cand.kind_rank = PersonKind.COUNCILLOR, _LIST
        out.append(cand)
    return out


def _office_bearer(role: str | None) -> bool:
    """A member's office in the body itself, printed alone in its members' list ("Treasurer",
    "Secretary"): the member stays a member ("Treasurer of the Trust" or "Clerk" is not one)."""
    return bool(role) and normalise_space(role or "").lower() in {r.lower() for r in R.OFFICE_BEARER_ROLES}


@functools.cache
def _meeting_chairs() -> frozenset[str]:
    return frozenset(r.lower() for r in R.MEETING_CHAIR_ROLES)


def _office_title(title: str) -> bool:
    """A plural title over a list that is the members' office ("Trustees:"), not their seat ("Council Members
    Present:", whose names keep the honorific, its role giving way to any other)."""
    return title in R.TITLE_ROLES and title not in R.SEAT_TITLES


def _whole_entry_line(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> bool:
    """The whole of ``text[a:b]`` is one entry of a list printed one person a line: "Name, Role", with or
    without an honorific ("Ms. Linda Keich, Clerk"), "Role - Name", "Name - Role", or a table's row
    ("Chairman M. Stuart").  Near misses: two people on the line ("Ms. A. Roe, Clerk; Mr B. Ash"), a
    sentence ("Ms. Keich, the Clerk, read the minutes")."""
    note = patterns.get("people_bracket_note_tail").search(text, a, b)
    if note is not None and note.start() > a and note.group("word").title() in _NOTE_WORDS:
        # "Thom DeSirant (electronic)": the note aside, the name is the entry
        return _whole_entry_line(text, a, note.start(), v, rx) or (
            _entry(text, a, note.start(), v, rx, (), trust=True) is not None
        )
    if ";" not in text[a:b]:
        if (
            _name_comma_role(text, a, b, v, rx)
            or _role_dash_name(text, a, b, v, rx)
            or _name_dash_role(text, a, b, v, rx)
        ) is not None:
            return True
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        hm = _list_honorific_rx()[0].match(text, a + lead, b)
        if hm is not None and _name_comma_role(
            text, hm.end() + len(text[hm.end() : b]) - len(text[hm.end() : b].lstrip()), b, v, rx
        ):
            return True
    return (
        _one_person_line(text, a, b, v)
        or _given_name_line(text, a, b, v, rx)
        or _office_then_name(text, a, b, v, rx)
        or _office_comma_name(text, a, b, v, rx)
        or _name_spaced_title(text, a, b, v, rx)
    )


def _name_spaced_title(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> bool:
    """A roll call's line, a name and the member's title in the next column ("John M. Rusinski     Councilman",
    "Sheila M. Meegan    Supervisor"): one entry, the title this name's (not the next line's honorific).  Near
    misses: one blank between ("Ann Ash Clerk", read as words of a line), a second name after the title."""
    m = patterns.get("people_name_spaced_title").fullmatch(text, a, b)
    if m is None or rx.name_only.fullmatch(m.group("name")) is None:
        return False
    title = m.group("title")
    return title in v.honorifics or _has_role_word(title, v)


def _office_comma_name(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> bool:
    """A line that is an office, a comma and a name, as a meeting platform prints its staff a line each ("•
    Director of Community Services, C. Catania", "Manager of Legislative Services / Municipal Clerk, J. Bunn").
    Near misses: "Chief Administrative Officer, reported that ..." (no name after the comma), "Planning, Housing
    and Transport" (no office word)."""
    line = text[a:b]
    bullet = patterns.get("people_entry_bullet").match(line)
    line = line[bullet.end() :] if bullet is not None else line
    office, comma, name = line.strip().rpartition(",")
    if not comma or not office.strip() or "," in office:
        return False
    words = office.split()
    capitalised = all(w[:1].isupper() or w in R.ROLE_CONNECTORS or w in ("&", "/", "-", "\u2013") for w in words)
    if not (_has_role_word(office, v) and capitalised and len(words) <= MAX_OFFICE_WORDS):
        return False  # (an office's first word may be a title too: "Supervisor of IT, K. Jeffreys")
    return rx.name_only.fullmatch(name.strip()) is not None


def _role_first_run(text: str, pos: int, end: int, v: _Vocab, rx: _Rx) -> bool:
    """Whether a list's first line is a run of entries, each an office and then a name, parted by commas ("Mayor
    Dawn Ramsey, Council Member Patrick Harris, Council Member Brad"), and the list goes on over the next lines:
    then each office is the next name's, never the name's before it.  Near miss: a list printed a person a line
    ("Ms. Linda Keich, Clerk" / "Mr. Tom Roe, Treasurer"), whose first line is one name and its role."""
    nl = text.find("\n", pos, end)
    if nl == -1:
        return False
    offices = 0
    at = pos
    for seg in text[pos:nl].split(","):
        a = at + len(seg) - len(seg.lstrip())
        b = at + len(seg.rstrip())
        at += len(seg) + 1
        if b <= a:
            continue
        cand = _entry(text, a, b, v, rx, ())
        if cand is not None and cand.role and cand.start > a and text[a : cand.start].strip():
            offices += 1  # the office printed before the name: "Mayor Dawn Ramsey", "CFO Sunil Naidu"
    return offices >= 2


def _office_then_name(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> bool:
    """The whole of ``text[a:b]`` is an office, then a full name opening with a known given name ("Council Chair
    Bob Knudsen", "Council Vice Chair Curt Cochran"): one entry, as a column of members prints it.  Near misses:
    an office with no name after it ("Council Chair"), a sentence ("Council Chair Bob Knudsen called ...")."""
    words = normalise_space(text[a:b]).split()
    for k in range(len(words) - 2, 0, -1):
        name = words[k:]
        if len(name) > 3 or name[0] not in _given_set():
            continue
        office = " ".join(words[:k])
        return (
            _has_role_word(office, v)
            and _role_like(office)
            and rx.name_only.fullmatch(" ".join(name)) is not None
            and not _has_role_word(" ".join(name), v)
        )
    return False


def _given_name_line(text: str, a: int, b: int, v: _Vocab, rx: _Rx) -> bool:
    """The whole of ``text[a:b]`` is one full name, perhaps after a title, and nothing else, its first word a known
    given name ("Dan Peay", "AUDREY PIERCE" read as titles, "Councilmember Anna Barbieri"): a line of a list
    printed a person a line.  Near misses: two names
    on the line ("Ann Lee, Tom Roe"), a name with words after it ("Ann Lee spoke")."""
    if patterns.get("people_wrapped_tail_next").match(text, b):
        return False  # "Cr Tony Jeffery" / "– NCC – Deputy Co Chair": the entry goes on below
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    hm = _list_honorific_rx()[0].match(text, a + lead, b)  # "Councilmember Anna Barbieri": the title, then the name
    line = normalise_space(text[hm.end() if hm is not None else a : b]).rstrip(".")
    words = line.split()
    return (
        2 <= len(words) <= 4
        and "," not in line
        and words[0].title() in _given_set()
        and rx.name_only.fullmatch(line.title() if line.isupper() else line) is not None
        and not _has_role_word(line, v)
    )


def _one_person_line(text: str, a: int, b: int, v: _Vocab) -> bool:
    """The whole of ``text[a:b]`` is one person as a table's row prints them, with no separator: a name
    with initials or an honorific, perhaps a position before it and a note in brackets after it ("Chairman
    M. Stuart", "Parish Councillor Mrs F. Chapman", "Ms J. Layton (CDC)", "J. Harris").  Near misses: a
    sentence ("Cllr Stuart opened the meeting"), two names ("J. Harris P. Jay"), words before the name that
    are no position ("Thanks to J. Harris")."""
    m = _one_person_rx().fullmatch(text, a, b)
    if m is None:
        return False
    role = m.group("role")
    return not role or _read_role(role, 0, v) is not None or _councillor_seat(role)


@functools.cache
def _one_person_rx() -> regex.Pattern[str]:
    hons = _alt(h for h in R.HONORIFICS if " " not in h)
    return patterns.build(
        rf"""(?-i)[ \t]*(?P<role>(?:\p{{Lu}}[\p{{Ll}}\-]+[ \t]+){{1,3}}?)??
        (?:(?:{hons})\.?[ \t]+(?:\p{{Lu}}\.?[ \t]*){{0,3}}|(?:\p{{Lu}}\.[ \t]*){{1,3}})
        \p{{Lu}}[\p{{Ll}}'’\-]+(?:\p{{Lu}}[\p{{Ll}}'’\-]+)?
        (?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*""",
        regex.V1 | regex.VERBOSE,
    )
