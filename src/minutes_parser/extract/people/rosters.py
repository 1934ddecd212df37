"""Rosters: people listed one a line ("Jane Doe        Director", "J Roe – Group Manager", "P Bailey"
after "Present:"), and public speakers listed in a sentence ("Addressing the Council were A, B and C.")."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ... import patterns
from ...records import Attendance, PersonKind
from ...rules import people as R
from ...rules import rosters as RR
from ...text import normalise_space
from .kinds import _role_kind
from .names import _end_of, _inside_caps_heading, _prefix_len, _surname_ok, given_name_pairs, letter_label_at
from .roles import _has_role_word, _read_role, _role_like
from .vocab import _LIST, _Cand, _given_set, _place_set, _Rx, _split_hon, _Vocab

MAX_CONTINUATION_CHARS = 60  # a line carrying on the role of the line before is short
MIN_MEMBER_TITLE_ROWS = 3  # rows of "Title Name" that make a roster a column of the body's members
MAX_SPEAKERS = 400  # names read from one speaker sentence, at most
HEADING_BLANKS = 2  # blank lines a run of rows may stand below the heading that says who they are
MIN_PAIRED_CELLS = 3  # cells on a line that may list people side by side: "Name  Role  Name  Role" (or "Name Role")
MIN_PAIRED_PEOPLE = 2
MIN_NOTED_ROWS = 3  # rows of a name and a bracketed note that make a list of people


@dataclass
class _Row:
    start: int  # of the name
    end: int
    name: str
    rest: str  # what follows the name's separator, space-normalised ("" if none)
    rest_start: int
    dashed: bool  # the separator was a spaced dash (the role may run on over the next line)
    role: str | None = None  # a role printed before the name ("Chair – Jane Doe")
    opener: tuple[Attendance | None, PersonKind | None] | None = None
    member_title: bool = False  # the role is a member's title before the name ("Director Aimee Winder Newton")


def _roster_name_ok(name: str, v: _Vocab, rx: _Rx) -> bool:
    """A listed name: two to four words, the last a real surname, no stop, place, organisation or role word."""
    words = name.split()
    if not 2 <= len(words) <= 4 or len(words[-1].rstrip(".")) < 2 or _split_hon(name, v):
        return False  # an honorific opens it ("Cr J Doe"): the honorific finder reads it
    if given_name_pairs(words):
        return False  # two names run together, a row of a table without rulings ("Alan Biddlecombe Brian Bird")
    for w in words:
        bare = w.rstrip(".")
        if len(bare) > 1 and ((bare.lower() in rx.stop and bare not in R.SURNAME_WORDS) or bare in _place_set()):
            return False
        if bare in R.ORGANISATION_WORDS:
            return False
    return _surname_ok(name, rx) and not _has_role_word(name, v)


def _first_cell(rest: str) -> str:
    """What a row says of its person, up to a column gap before a second column's entry ("Utah County
    Commission Office" of "..., Utah County Commission Office      Kim T. Jackson, Utah County Treasurer").
    Near miss: a gap before words that are no entry ("Director      (left at 8pm)") leaves the rest whole."""
    for gap in patterns.get("people_column_gap").finditer(rest):
        if patterns.get("people_column_cell").match(rest, gap.end()):
            return rest[: gap.start()]
    return rest


def _row_at(text: str, ls: int, le: int, v: _Vocab, rx: _Rx) -> _Row | None:
    """The line ``text[ls:le]`` read as a roster row, or None."""
    before = text[max(0, ls - 16) : ls].split()
    if before and _split_hon(before[-1], v):
        return None  # the name goes on from an honorific ending the line before ("Ms." / "Jane Doe")
    opener: tuple[Attendance | None, PersonKind | None] | None = None
    om = rx.opener.match(text, ls, le)
    pos = ls
    if om is None:
        lead = len(text[ls:le]) - len(text[ls:le].lstrip())
        om = rx.opener.match(text, ls + lead, le)
    if om is not None and ":" in om.group(0):
        key = normalise_space(om.group("opener")).lower()
        att, kind = next(((a, k) for o, a, k in v.openers if o.lower() == key), ("present", None))
        opener = (Attendance(att) if att else None, PersonKind(kind) if kind else None)
        pos = om.end()
    lm = patterns.get("people_letter_label_line").match(text, pos, le)
    if lm and letter_label_at(text, lm.start("l")):
        pos = lm.end()  # "B. Jane Doe, Clerk": the list's label, no initial of the name
    m = patterns.get("roster_title_first_line").match(text, pos, le)
    if m is not None and _title_wrapped(text, ls, m.group("role")):
        return None  # "... Board" / "Member Ellen Birrell": the end of a comma list's entry wrapped, not a row
    if m is not None and _roster_name_ok(normalise_space(m.group("name")), v, rx):
        # "Director Aimee Winder Newton": the member's title is the role; a label run onto the name says whether
        # they attended ("Director Richard SnelgroveCall In:")
        label = m.group("label")
        if label is not None:  # the label run onto the name is its own row's, whatever line stood above it
            opener = (Attendance(RR.GLUED_ATTENDANCE_LABELS[normalise_space(label)]), opener[1] if opener else None)
        return _Row(
            start=m.start("name"),
            end=m.end("name"),
            name=normalise_space(m.group("name")),
            rest="",
            rest_start=m.end("name"),
            dashed=False,
            role=normalise_space(m.group("role")),
            opener=opener,
            member_title=True,
        )
    g = patterns.get("roster_glued_dash_line").match(text, pos, le)
    if g is not None:
        name, rest = normalise_space(g.group("name")), normalise_space(g.group("rest"))
        head = " ".join(rest.split()[:2])  # (the role opens straight after the dash: "Chi Ha-Ly    Finance Manager"
        # is a double-barrelled name, its role a column away)
        gap = patterns.get("people_column_gap").search(g.group("rest")) is not None
        if not gap and _roster_name_ok(name, v, rx) and _has_role_word(head, v) and _role_like(rest):
            # "Katy Staley-Secretary", "Helen Strachan-County Attorney": the role glued to the surname by its dash
            return _Row(
                start=g.start("name"),
                end=g.end("name"),
                name=name,
                rest=rest,
                rest_start=g.start("rest"),
                dashed=True,
                opener=opener,
            )
    m = patterns.get("roster_line").match(text, pos, le)
    if m is not None:
        name = normalise_space(m.group("name"))
        if not _roster_name_ok(name, v, rx):
            return _spaced_row(text, pos, le, v, rx, opener) if not m.group("rest") else None
        rest = normalise_space(_first_cell(m.group("rest") or ""))
        sep = m.group("sep") or ""
        return _Row(
            start=m.start("name"),
            end=m.end("name"),
            name=name,
            rest=rest,
            rest_start=m.start("rest") if m.group("rest") is not None else m.end("name"),
            dashed=bool(sep.strip()) and sep.strip() != ",",
            opener=opener,
        )
    m = patterns.get("roster_role_first_line").match(text, pos, le)
    if m is not None:
        name = normalise_space(m.group("name"))
        role = normalise_space(m.group("role"))
        if not _roster_name_ok(name, v, rx) or not _has_role_word(role, v):
            return None
        return _Row(
            start=m.start("name"),
            end=m.end("name"),
            name=name,
            rest=normalise_space(m.group("rest") or ""),
            rest_start=m.start("rest") if m.group("rest") is not None else m.end("name"),
            dashed=False,
            role=role,
            opener=opener,
        )
    return _spaced_row(text, pos, le, v, rx, opener)


def _paired_rows(text: str, ls: int, le: int, v: _Vocab, rx: _Rx) -> list[_Row]:
    """A line of a table printed without rulings that lists two people or more side by side, each a name and
    what the person is in the cell after it ("Phil Markham     CED Director        Craig Burnett      Police Chief",
    "Tammy Kikuchi Chief Communications Officer        Brooke Smith       City Recorder"): a row for each.
    Near misses: one person on the line ("Jane Doe        Director"), a name with no cell after it ("Anthony
    Semone NeighborWorks        Citizens"), a cell that is no role ("Jane Doe      thanked the Council")."""
    cells: list[tuple[int, int]] = []
    pos = ls
    for gap in patterns.get("people_column_gap").finditer(text, ls, le):
        if text[pos : gap.start()].strip():
            cells.append((pos, gap.start()))
        pos = gap.end()
    if text[pos:le].strip():
        cells.append((pos, le))
    if len(cells) < MIN_PAIRED_CELLS:
        return []
    rows: list[_Row] = []
    i = 0
    while i < len(cells):
        cs, ce = cells[i]
        lead = len(text[cs:ce]) - len(text[cs:ce].lstrip())
        cell = normalise_space(text[cs:ce]).rstrip(",")  # "Jeff Silvestrini,      Chair"
        nxt = normalise_space(text[cells[i + 1][0] : cells[i + 1][1]]) if i + 1 < len(cells) else ""
        if nxt and _roster_name_ok(cell, v, rx) and (_role_like(nxt) or _whole_role(nxt, v)):
            rest_start = cells[i + 1][0]
            i += 2
        else:
            spaced = _spaced_row(text, cs, ce, v, rx, None)
            if spaced is None or _read_role(spaced.rest, 0, v) is None:
                return []
            rows.append(spaced)
            i += 1
            continue
        rows.append(
            _Row(
                start=cs + lead,
                end=cs + lead + _prefix_len(text[cs + lead : ce], cell.split()),
                name=cell,
                rest=nxt,
                rest_start=rest_start,
                dashed=False,
            )
        )
    return rows if len(rows) >= MIN_PAIRED_PEOPLE else []


def _whole_role(cell: str, v: _Vocab) -> bool:
    """Whether a cell is a role and nothing else ("Mayor", a title that is also an honorific)."""
    got = _read_role(cell, 0, v)
    return got is not None and not cell[got[2] :].strip(" .,")


def _title_wrapped(text: str, ls: int, title: str) -> bool:
    """Whether a member's title opening the line at `ls` ends a longer title begun on the line before ("Board" /
    "Member Ellen Birrell"); near miss: "Director Jim Bradley" under "Director Aimee Winder Newton"."""
    before = text[max(0, ls - 40) : ls].split()
    if not before:
        return False
    return patterns.get("roster_member_title_whole").fullmatch(f"{before[-1]} {title}") is not None


def _spaced_row(
    text: str, pos: int, le: int, v: _Vocab, rx: _Rx, opener: tuple[Attendance | None, PersonKind | None] | None
) -> _Row | None:
    """A name and what the person is, parted by one blank only ("Watson Robinson Convenor CC", "Kirsty
    Forrester Public", as a table printed without rulings gives them): the shortest name of two or three
    words after which the rest is a role or a run of capitalised words.  Near miss: "Planning Applications
    Noted" (no name), "John Smith thanked everyone" (the rest is no role)."""
    m = patterns.get("roster_spaced_line").match(text, pos, le)
    if m is None:
        return None
    words = m.group("all").split()
    for k in (2, 3):
        if len(words) <= k:
            break
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        if not _roster_name_ok(name, v, rx) or len(rest.split()) > 6:
            continue
        if _read_role(rest, 0, v) is None and not (_role_like(rest) and rest[:1].isupper()):
            continue
        start = m.start("all")
        return _Row(
            start=start,
            end=start + _prefix_len(text[start:le], words[:k]),
            name=name,
            rest=rest,
            rest_start=start + len(text[start:le]) - len(text[start:le].lstrip()),
            dashed=False,
            opener=opener,
        )
    return None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    n = len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end == -1 else end
        yield pos, end
        pos = end + 1


def _heading_kind(line: str) -> PersonKind | None:
    low = normalise_space(line).lower()
    for words, kind in RR.ROSTER_HEADING_KINDS:
        if _word_rx(words).search(low):
            return PersonKind(kind)
    return None


@functools.cache
def _word_rx(words: str) -> regex.Pattern[str]:
    return patterns.build(r"(?<!\p{L})" + regex.escape(words).replace(r"\ ", r"\s+") + r"(?!\p{L})", regex.V1)


def _continues(text: str, ls: int, le: int, v: _Vocab) -> bool:
    """Whether a line that is no row carries on the role of a dashed row before it
    ("T Roe –" / "Group Manager Finance"; "B Lee" / "– Chief Executive")."""
    line = text[ls:le].strip()
    if not line or len(line) > MAX_CONTINUATION_CHARS or line[0].isdigit():
        return False
    if patterns.get("roster_dash_start").match(line):
        return True
    return _role_like(line)


def roster_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """People listed one a line, in runs of at least two rows that say what the person is, or
    after a list opener ("Present:   R Doe - Chair" / "P Roe" / "A B Smith")."""
    run: list[_Row] = []
    heading: tuple[int, int] | None = None  # the last line that was no row
    before_run: tuple[int, int] | None = None
    blanks = 0
    for ls, le in _lines(text):
        line = text[ls:le]
        if not line.strip():
            blanks += 1
            if blanks > 1 and run:
                yield from _run(text, run, before_run, v)
                run = []
            continue
        voters = _vote_row(text, ls, le, v)
        if voters:
            if run:
                yield from _run(text, run, before_run, v)
                run = []
            yield from voters
            heading, blanks = (ls, le), 0
            continue
        pairs = _paired_rows(text, ls, le, v, rx)
        if pairs and not _inside_caps_heading(text, ls, le):
            if not run:
                before_run = heading if blanks <= HEADING_BLANKS else None
            run.extend(pairs)
            blanks = 0
            continue
        row = _row_at(text, ls, le, v, rx)
        if row is not None and not _inside_caps_heading(text, ls, le):
            if row.opener is not None and run:
                yield from _run(text, run, before_run, v)
                run = []
            if not run:
                before_run = heading if blanks <= HEADING_BLANKS else None
            run.append(row)
            blanks = 0
            continue
        dash_first = patterns.get("roster_dash_start").match(line) is not None
        if run and blanks == 0 and (dash_first or (run[-1].dashed and _continues(text, ls, le, v))):
            last = run[-1]
            cont = patterns.get("roster_dash_start").sub("", line.strip())
            last.rest = normalise_space(f"{last.rest} {cont}")
            continue
        if run:
            yield from _run(text, run, before_run, v)
            run = []
        if heading is not None and patterns.get("roster_time_line").fullmatch(line.strip()):
            continue  # "Welcome/Attendance" / "(6:00 P.M.)" / names: the time stands between the heading and its rows
        heading = (ls, le)
        blanks = 0
    if run:
        yield from _run(text, run, before_run, v)


def _vote_row(text: str, ls: int, le: int, v: _Vocab) -> list[_Cand]:
    """A roll call's row, each member's name followed by their vote or presence ("Hall-Harper Yea Bengel Yea",
    "Bellis Present Fowler Absent"): the members, by the names printed (near misses: a row with words after
    its last vote, "Smith Absent due to illness"; a row with no vote word; a vote word alone).  Only a run
    of such rows is read, two or more on consecutive lines (see `roster_mentions`)."""
    line = text[ls:le]
    pairs = list(patterns.get("people_vote_pair").finditer(line))
    if not pairs or pairs[0].start() != len(line) - len(line.lstrip()) or line[pairs[-1].end() :].strip():
        return []
    if any(line[x.end() : y.start()].strip() for x, y in itertools.pairwise(pairs)):
        return []
    if not (_vote_row_near(text, ls, -1) or _vote_row_near(text, le, 1)):
        return []
    out = []
    for pair in pairs:
        name = pair.group("name")
        if name.split()[0] in v.honorifics or any(w in R.NOT_NAME_WORDS for w in name.split()):
            return []
        out.append(
            _Cand(
                start=ls + pair.start("name"),
                end=ls + pair.end("name"),
                name=name,
                kind=PersonKind.COUNCILLOR,
                kind_rank=_LIST,
            )
        )
    return out


def _vote_row_near(text: str, at: int, step: int) -> bool:
    """Whether the line before (`step` -1, `at` the line's start) or after (+1, `at` its end) is also a roll
    call's row or its opener ("ROLL CALL:")."""
    if step < 0:
        end = max(0, at - 1)
        start = text.rfind("\n", 0, end) + 1
    else:
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or start >= len(text):
        return False
    if patterns.get("people_roll_call_line").match(line):
        return True
    pairs = list(patterns.get("people_vote_pair").finditer(line))
    return bool(pairs) and pairs[0].start() == 0 and not line[pairs[-1].end() :].strip()


def _run(text: str, rows: list[_Row], heading: tuple[int, int] | None, v: _Vocab) -> Iterator[_Cand]:
    opener = rows[0].opener
    if (
        opener is None
        and heading is not None
        and patterns.get("roster_attendance_heading").fullmatch(normalise_space(text[heading[0] : heading[1]]))
    ):
        # "Welcome/Attendance" alone over a column of bare names: who attended, members and staff alike (their kind
        # what each name is called elsewhere)
        opener = (Attendance.PRESENT, None)
    head_kind = _heading_kind(text[heading[0] : heading[1]]) if heading and opener is None else None
    if head_kind is None and heading is not None and opener is None:
        table = _table_heading(text, heading)
        if table is not None:
            heading, head_kind = table
    roles = [_row_role(row, head_kind, v, text) for row in rows]
    # a run says who its people are: an opener, a heading naming them, or roles on two rows at least
    # ("Asset Register - Insurance" / "Standing Orders - Adopted" are no people)
    # (under a heading, a name that opens on a known given name says it too: "Officials" / "Aisling Browne")
    said = (
        sum(1 for r in rows if r.role or r.rest[:1].isupper() or _given_first(r.name))
        if head_kind
        else sum(map(bool, roles))
    )
    # a column of names each with a note in brackets ("Dave Fields (Guest)" / "Gin Ando (Guest)"): the notes say who
    # they are (near miss: two rows only, "Minutes (Draft)" over "Agenda (Revised)": no names)
    noted = sum(1 for r in rows if r.rest and patterns.get("roster_bracket_note").fullmatch(r.rest))
    if noted >= MIN_NOTED_ROWS:
        said = max(said, noted)
    if len(rows) < 2 or (said < 2 and opener is None):
        return
    seat = _seat_heading(text[heading[0] : heading[1]]) if heading and opener is None else None
    for row, role in zip(rows, roles, strict=True):
        role_kind = _role_kind(role)
        # a column of members by their titles ("Director Aimee Winder Newton" / "Chair Arlyn Bradshaw" / "Director
        # Steve DeBry"): a board's "Director" is a member, not a director of services
        titled_member = row.member_title and sum(r.member_title for r in rows) >= MIN_MEMBER_TITLE_ROWS
        if titled_member:
            role_kind = PersonKind.COUNCILLOR
        if head_kind is not None:
            kind = head_kind
        elif opener is not None and opener[1] is not None:
            kind = opener[1]
            if role_kind is not None and role_kind != PersonKind.COUNCILLOR:
                kind = role_kind  # a "Present" list names officers and guests too
        else:
            kind = role_kind or PersonKind.OTHER
        cand = _Cand(
            start=row.start,
            end=_end_of(text, row.start, row.name),
            name=row.name,
            role=role or seat,
            role_rank=_LIST if role else (1 if seat else 0),  # a seat gives way to an office printed elsewhere
            kind=kind,
            kind_rank=_LIST if (head_kind or (opener and opener[1]) or role_kind) else 1,
            attendance=opener[0] if opener else None,
            member_heading=head_kind == PersonKind.COUNCILLOR or titled_member,
        )
        yield cand


TABLE_HEAD_LINES = 4  # header cells a table's heading may wrap over above its rows ("Commissioners Public" / "Mtg" /
# "Business" / "Mtg Absent")
TABLE_HEAD_CELL = 30  # ... each that short


def _table_heading(text: str, heading: tuple[int, int]) -> tuple[tuple[int, int], PersonKind] | None:
    """The line of a table's header, wrapped over short lines of column names above a run of rows, that says who
    the rows are, and what it says: its first cell's words, the column names after them no part of it
    ("Commissioners Public" over "Mtg" / "Business" / "Mtg Absent" over "James Palmer  x x": the commissioners, not
    the public); near miss: a long line of text above (no header)."""
    ls, le = heading
    for _ in range(TABLE_HEAD_LINES):
        line = text[ls:le].strip()
        if not line or len(line) > TABLE_HEAD_CELL:
            return None
        words = line.split()
        for n in range(1, len(words) + 1):
            kind = _heading_kind(" ".join(words[:n]))
            if kind is not None:
                return (ls, le), kind
        if ls == 0:
            return None
        le = ls - 1
        ls = text.rfind("\n", 0, le) + 1
    return None


def _given_first(name: str) -> bool:
    """A name of two words or more whose first is a known given name ("Aisling Browne"; near miss: "Annual
    Leave")."""
    words = name.split()
    return len(words) >= 2 and words[0] in _given_set()


def _seat_heading(line: str) -> str | None:
    """A roster's heading that is the seat its people hold ("Councilmembers" over their names, as on a
    US council's cover), as printed."""
    heading = normalise_space(line).strip(" :")
    seats = {s.lower() for s in R.SEAT_TITLES}
    seats |= {p.lower() for p, s in R.PLURAL_HONORIFICS.items() if s in R.SEAT_TITLES}
    return heading if heading.lower() in seats else None


def _row_role(row: _Row, head_kind: PersonKind | None, v: _Vocab, text: str = "") -> str | None:
    """What a row says the person is: a role printed before the name, an elected seat, a role read
    from the rest, or (under a heading that says who is listed) the rest itself ("Customer")."""
    role = row.role
    if role is None and row.rest:
        got = _read_role(row.rest, 0, v)
        if patterns.get("people_elected_seat").search(row.rest.lower()):
            role = row.rest  # "Director, District G" (the read role stops before the letter)
        elif got is not None:
            role = got[0]
        elif _role_like(row.rest) and head_kind is not None and not any(c.isdigit() for c in row.rest):
            role = row.rest  # "Carmichael Water District", "Customer" under a heading
        elif (
            not row.dashed
            and patterns.get("people_column_gap").search(text, row.end, row.rest_start) is not None
            and patterns.get("people_body_name_cell").fullmatch(row.rest)
        ):
            # the body a person is named to, in the column beside the name: "Jennifer Bruton      Library Board"
            # (near miss: "Maungaharuru Tangitū Trust", a body's name on its own line, read as a name and a word)
            role = row.rest
    tail = patterns.get("roster_rest_tail").search(role) if role else None
    if role and tail:
        role = role[: tail.start()].strip() or None
    return role


def speaker_list_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """Public speakers listed in a sentence: "Addressing the Council on this item were Jane Doe,
    John Roe, and Ann Lee." (each a name of two words or more; other pieces are skipped)."""
    sep_rx = patterns.get("speaker_list_separator")
    for m in patterns.get("speaker_list_lead").finditer(text):
        em = patterns.get("speaker_list_end").search(text, m.end(), min(len(text), m.end() + 20000))
        end = em.start() if em else min(len(text), m.end() + 2000)
        pos = m.end()
        count = 0
        for piece in [*sep_rx.finditer(text, pos, end), None]:
            ps, pe = pos, (piece.start() if piece is not None else end)
            pos = piece.end() if piece is not None else end
            raw = text[ps:pe]
            lead = len(raw) - len(raw.lstrip())
            name = normalise_space(raw)
            count += 1
            if count > MAX_SPEAKERS:
                break
            if not name or not patterns.get("roster_line").fullmatch(name) or not _roster_name_ok(name, v, rx):
                continue
            start = ps + lead
            yield _Cand(
                start=start, end=_end_of(text, start, name), name=name, kind=PersonKind.OTHER, kind_rank=_PROSE_SPEAKER
            )


_PROSE_SPEAKER = 1  # a speaker's kind is only a default: a member named elsewhere keeps theirs


def caps_roster_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """A body's roster printed in capitals with no opener, as a header names its members ("RAFAEL
    MANDELMAN, PRESIDENT" / "CONNIE CHAN, CHYANNE CHEN, MATT DORSEY, ..."): a line of comma-separated
    names of two or three words, most of them opening with a known given name, a position in capitals
    after a name being that person's; a roster ending in a comma goes on over the next line.  Near miss:
    a heading of capitals ("PUBLIC COMMENT, ADJOURNMENT", "PLANNING, BUILDING AND ZONING"): no given names."""
    given = _given_set()
    entry_rx, sep_rx = patterns.get("people_caps_roster_entry"), patterns.get("people_caps_roster_separator")
    going_on = False
    for ls, le in _lines(text):
        line = text[ls:le]
        if not line.strip() or any(ch.islower() for ch in line):
            going_on = False
            continue
        pieces: list[tuple[int, int]] = []
        pos = ls
        for sep in [*sep_rx.finditer(text, ls, le), None]:
            end = sep.start() if sep is not None else le
            raw = text[pos:end]
            lead = len(raw) - len(raw.lstrip())
            if raw.strip():
                pieces.append((pos + lead, pos + lead + len(raw.strip())))
            pos = sep.end() if sep is not None else le
        names: list[tuple[int, int, str | None]] = []  # (start, end, role)
        for a, b in pieces:
            piece = text[a:b]
            if names and names[-1][2] is None and _caps_role(piece, v):
                names[-1] = (names[-1][0], names[-1][1], piece.title())
                continue
            if not entry_rx.fullmatch(piece) or not _roster_name_ok(piece.title(), v, rx):
                names = []
                break
            names.append((a, b, None))
        # (a name with its post after it counts as known: "LANNIE CHAPMAN, COUNTY CLERK" over a signature)
        known = sum(
            1 for a, b, r in names if text[a:b].split()[0].title() in given or (r and len(text[a:b].split()) == 2)
        )
        roster = bool(names) and (
            (going_on and len(pieces) <= 2)
            or (known * 2 >= len(names) and (len(names) >= 3 or any(r for _, _, r in names)))
        )
        going_on = roster and line.rstrip().endswith(",")
        if not roster:
            continue
        for a, b, role in names:
            yield _Cand(
                start=a,
                end=b,
                name=text[a:b],
                kind=PersonKind.OTHER,
                kind_rank=_PROSE_SPEAKER,
                role=role,
                role_rank=1 if role else 0,
            )


def _caps_role(piece: str, v: _Vocab) -> bool:
    """A position in capitals after a name in capitals: a role word ("PRESIDENT") or a post read whole ("COUNTY
    CLERK", of "SHERRIE SWENSEN, COUNTY CLERK" over the clerk's signature); near miss: "PLANNING" (no post)."""
    if piece.lower() in v.strong_role_words:
        return True
    titled = piece.title()
    got = _read_role(titled, 0, v)
    return got is not None and got[2] >= len(titled.rstrip()) and _has_role_word(titled, v)


def appointee_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """A person named as the one appointed, in a motion or a list of appointments: "the appointment of Obai
    Rambo to the ... Commission", "Motion appointing Thomas James Rocca, term ending ...", "Lucas Liang - term
    ending January 17, 2027" (two to four capitalised words; the words of a body or a place are none).  Near
    miss: "the appointment of Auditors" (one word), "appointing the Finance Committee" (a body's words)."""
    for m in patterns.get("people_appointee").finditer(text):
        name = normalise_space(m.group("name"))
        if not _roster_name_ok(name, v, rx):
            continue
        start = m.start("name")
        yield _Cand(
            start=start, end=_end_of(text, start, name), name=name, kind=PersonKind.OTHER, kind_rank=_PROSE_SPEAKER
        )


CELL_ROSTER_COLUMNS = 4  # column headings a one-cell-a-line table may print


def cell_roster_mentions(text: str, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    """A table the text layer printed one cell a line, under its column headings: "NAME SURNAME" /
    "Representative Body" / "In Attendance Yes/No", then "Cllr Damien Boylan" / "Cork City Council" / "Y"
    row after row.  Each row's name takes the cell in the role column as printed (an affiliation printed in
    place of a position is copied as printed), and its mark says whether the member attended.  The table
    ends at the first row whose mark is no mark (or, with no mark column, whose name cell is no name).  Near
    misses: a heading
    with no name column, or a name column with nothing beside it, gives no table."""
    lines = [(ls, le) for ls, le in _lines(text) if text[ls:le].strip()]
    cell = [normalise_space(text[ls:le]) for ls, le in lines]
    name_head, role_head = patterns.get("cell_roster_name_head"), patterns.get("cell_roster_role_head")
    mark_head, mark = patterns.get("cell_roster_mark_head"), patterns.get("cell_roster_mark")
    i = 0
    while i < len(lines):
        if not name_head.fullmatch(cell[i]):
            i += 1
            continue
        heads = [i]
        while len(heads) < CELL_ROSTER_COLUMNS and heads[-1] + 1 < len(lines):
            nxt = cell[heads[-1] + 1]
            if not (role_head.fullmatch(nxt) or mark_head.fullmatch(nxt)):
                break
            heads.append(heads[-1] + 1)
        width = len(heads)
        roles = [k for k, h in enumerate(heads) if role_head.fullmatch(cell[h])]
        marks = [k for k, h in enumerate(heads) if mark_head.fullmatch(cell[h])]
        if width < 2 or len(roles) != 1:
            i += 1
            continue
        k = heads[-1] + 1
        while k + width <= len(lines):
            row = cell[k : k + width]
            if any(not mark.fullmatch(row[m]) for m in marks):
                break
            honorifics = _split_hon(row[0], v)
            bare = row[0]
            for h in honorifics:
                bare = regex.sub(rf"^\s*{regex.escape(h)}\.?\s*", "", bare, flags=regex.I)
            # (under a mark column the row's shape is proof enough of a name; without one the name must read
            # as one)
            shaped = bool(marks) and bare[:1].isupper() and not any(ch.isdigit() for ch in bare)
            if not bare or not 2 <= len(bare.split()) <= 5:
                break
            if not (honorifics or shaped or _roster_name_ok(bare, v, rx)):
                break
            name_at = lines[k][0] + text[lines[k][0] : lines[k][1]].find(bare.split()[0])
            role = row[roles[0]]
            attended = None
            if marks:
                attended = Attendance.PRESENT if row[marks[0]].lower() in ("y", "yes", "present") else None
            yield _Cand(
                start=name_at,
                end=_end_of(text, name_at, bare),
                name=bare,
                honorifics=honorifics,
                role=role,
                role_rank=_LIST,
                kind=_role_kind(role),
                kind_rank=_LIST if _role_kind(role) else 0,
                attendance=attended,
            )
            k += width
        i = k
