"""Attendance lists' bounds: where a list ends and how its text splits into entries (one a line, at
top-level commas and semicolons, at a plural honorific, around bracketed names and initials tags).
`lists` reads the entries into people."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ... import patterns
from ...rules import people as R
from .entries import _list_honorific_rx, _starts_with_honorific
from .names import given_name_pairs
from .roles import _own_initials
from .vocab import _alt, _given_set, _Rx

__all__ = [
    "_bracketed_names",
    "_honorific_before",
    "_initials_tagged",
    "_list_end",
    "_plural_start_rx",
    "_split_entries",
    "_split_flat",
    "_top_level_lines",
]


def _honorific_before(text: str, pos: int, stop: int) -> bool:
    """Whether the word before a full stop is an honorific's abbreviation ("Cllr." of "Cllr. Ena Keary")."""
    wm = patterns.get("people_word_before_stop").search(text, max(pos, stop - 12), stop)
    return wm is not None and wm.group(0).lower() in {h.lower() for h in R.HONORIFICS}


def _list_end(text: str, pos: int, rx: _Rx) -> int:
    """Where an attendance list stops: the next opener at a line start, a blank
    line, a numbered heading, or a full stop at the end of a line."""
    n = len(text)
    i = pos
    depth = 0
    initial_before_stop, bullet = patterns.get("people_initial_before_stop"), patterns.get("people_bullet")
    heading = patterns.get("people_heading_start")
    while i < n:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0:
            nxt = text[i + 1 : i + 2]
            prev = text[i - 2 : i]
            if (nxt in ("\n", "") or text[i + 1 : i + 3] == " \n") and not initial_before_stop.search(prev):
                wm = patterns.get("people_word_before_stop").search(text, max(pos, i - 12), i)
                if not (wm and (rx.post_nominal.match(wm.group(0)) or wm.group(0) in _honorific_set()) and nxt):
                    # a sentence ends, not an abbreviation after a name ("Marchetti, Esq.") or an honorific
                    # whose name is on the next line ("..., Ms.\nM. Corrigan")
                    return i
            elif (
                patterns.get("people_next_label_sentence").match(text, i + 1)
                and not initial_before_stop.search(prev)
                and not _honorific_before(text, pos, i)
            ):
                return i  # "... Webber and Wood. Remotely on Zoom: Jones": the next sentence is a label's
        elif c == "\n":
            rest = text[i + 1 : i + 120]
            bm = bullet.match(rest)
            if bm:
                rest = rest[bm.end() :]
            if not rest.strip():
                return i
            nl = rest.find("\n")
            if nl != -1 and not rest[:nl].strip(" \t"):
                # a blank line (blanks on it or none) ends the list unless the entry plainly goes on after it
                before_blank = text[max(pos, i - 40) : i].rstrip()
                after_blank = rest.lstrip()
                goes_on = before_blank.endswith((",", ";", "(")) or patterns.get("people_connector_end").search(
                    before_blank
                )
                starts_low = patterns.get("people_list_goes_on").match(after_blank)
                if not (goes_on or starts_low):
                    return i
            om = rx.opener.match(rest)
            if (
                om is not None
                and om.group("opener").isupper()
                and patterns.get("people_name_after_label").match(rest, om.end())
            ):
                return i  # the next label in capitals down the left, a name after it: "ELECTED OFFICIALS David Young"
            if (
                om is not None
                and patterns.get("people_opener_tail").match(rest)
                and (
                    ":" in om.group(0)
                    or "-" in om.group(0)
                    or "–" in om.group(0)
                    or rest[om.end() : om.end() + 1] in ("\n", "")
                )
            ):
                return i
            first_line = rest.split("\n", 1)[0]
            if heading.match(first_line) and not _bracket_wraps(text, pos, i, depth) and not _capitals_name(first_line):
                return i
            om2 = rx.opener.search(first_line[:50])
            lead = first_line[: om2.start()] if om2 else ""
            if om2 and ":" in om2.group(0) and patterns.get("people_opener_lead").fullmatch(lead):
                return i
        i += 1
    return n


def _capitals_name(line: str) -> bool:
    """Whether a line in capitals is a list's next name, not a heading: two to four words, the first a given
    name ("AUDREY PIERCE", "JOE SMOLKA, Mayor"), as a list printed in capitals goes on a name a line.  Near
    misses: "PUBLIC COMMENT", "ROLL CALL" (no given name first)."""
    name = line.split(",", 1)[0].strip()
    words = name.split()
    return 2 <= len(words) <= 4 and name.isupper() and words[0].title() in _given_set()


def _past_note(text: str, seg: int, end: int, bracketed: list[regex.Match[str]], start: int) -> int:
    """Past a bracketed note on the entry before ("(Mr B Allan) – (present only for Item 16)"), which is
    no part of the next entry's role; near miss: "(Mr B Allan), (Ms D Elers)" (the bracket is a name)."""
    lead = _skip_blanks(text, seg, end)
    if text.startswith(("–", "-"), lead):
        lead = _skip_blanks(text, lead + 1, end)
    if lead >= end or text[lead] != "(" or any(start + bm.start() <= lead < start + bm.end() for bm in bracketed):
        return seg
    close = text.find(")", lead, end)
    if close < 0 or "(" in text[lead + 1 : close]:
        return seg
    return _skip_blanks(text, close + 1, end)


def _bracket_wraps(text: str, pos: int, i: int, depth: int) -> bool:
    """A bracket opened on the line that ends at ``i`` wraps onto the next, so a number starting that line
    closes the bracket, not the list ("(Mr B Allan) – (present only for Item\n16)"); near miss: "(Chair)\n
    16) Apologies" (the bracket closed, a numbered heading follows)."""
    if depth <= 0:
        return False
    opened = text.rfind("(", pos, i)
    return opened >= 0 and "\n" not in text[opened:i] and ")" not in text[opened:i]


def _whole_line_run(lines: list[tuple[int, int]], whole_line: Callable[[int, int], bool] | None) -> tuple[int, int]:
    """The first run of two or more lines that are each one whole entry ("Name, Role"): (its first line,
    its length); (0, 0) if there is none."""
    if whole_line is None:
        return 0, 0
    k = 0
    while k + 1 < len(lines):
        if not whole_line(*lines[k]):
            k += 1
            continue
        run = 1
        while k + run < len(lines) and whole_line(*lines[k + run]):
            run += 1
        if run >= 2:
            return k, run
        k += run + 1
    return 0, 0


def _column_cells(
    text: str, lines: list[tuple[int, int]], whole_line: Callable[[int, int], bool] | None
) -> list[tuple[int, int]] | None:
    """A list printed in columns side by side, one entry a cell, the columns parted by a gap of spaces
    ("David Roe, Chief Deputy Attorney     Lana Jensen, Personnel Director"): its cells, row by row, when two
    rows or more hold two cells and every cell is an entry: one whole entry by itself ("Name, Role"), or a
    name, a comma and capitalised words ("Jeff Smith, Utah County Recorder"; most cells must be the former).
    Near miss: a single column whose roles are padded to a gap ("Jane Doe        Director"), where the cell
    after the gap is no entry."""
    if whole_line is None:
        return None
    gap, cell = patterns.get("people_column_gap"), patterns.get("people_column_cell")
    cells: list[tuple[int, int]] = []
    split_rows = 0
    for a, b in lines:
        row: list[tuple[int, int]] = []
        pos = a
        for m in gap.finditer(text, a, b):
            if text[pos : m.start()].strip():
                row.append((pos, m.start()))
            pos = m.end()
        if text[pos:b].strip():
            row.append((pos, b))
        if not all(whole_line(x, y) or cell.fullmatch(text, x, y) for x, y in row):
            break  # the columns end here (the minutes' first sentence below them goes on as it is)
        split_rows += len(row) >= 2
        cells.extend(row)
    if split_rows < 2 or 2 * sum(whole_line(x, y) for x, y in cells) < len(cells):
        return None  # (most cells must read as entries by themselves, not merely look like one)
    return cells


def _split_entries(
    text: str, start: int, end: int, whole_line: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Entries of a list: split at top-level commas, semicolons, " and ", "&", and between the names of a
    row of a table without rulings."""
    return [part for a, b in _entries(text, start, end, whole_line) for part in _given_name_rows(text, a, b)]


def _entries(
    text: str, start: int, end: int, whole_line: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    lines = _top_level_lines(text, start, end)
    tagged = _initials_tagged(text, lines)
    if tagged:
        return tagged
    bullet = patterns.get("people_entry_bullet")
    if len(lines) >= 2 and all(bullet.match(text, x, y) for x, y in lines):
        return lines  # one bulleted person a line: "- Alan Brodie", "- Petra Ingle, Treasurer"
    cells = _column_cells(text, lines, whole_line)
    if cells is not None:
        return cells  # two columns of "Name, Role" entries side by side, each cell an entry; the list ends with them
    first, run = _whole_line_run(lines, whole_line)
    if run >= 2:
        # one person a line, each "Name, Role" or "Role - Name": a comma or an "and" is inside a line's role;
        # what follows the run is left whole (the list ends in it unless it is one more entry). Lines before
        # the run are a list of their own kind ("Councillors: A, B, C\nDavid Roe, Chief Executive\n...")
        head = _entries(text, start, lines[first][0]) if first else []
        tail = [(lines[first + run][0], end)] if first + run < len(lines) else []
        return head + lines[first : first + run] + tail
    hon_lines = [ln for ln in lines if _starts_with_honorific(text, ln[0])]
    inner_hon = _list_honorific_rx()[1]
    crowded = [ln for ln in lines if inner_hon.search(text[ln[0] : ln[1]])]
    if (
        (len(lines) >= 3 or _two_hon_lines(text, lines, hon_lines))
        and len(hon_lines) >= 0.6 * len(lines)
        and len(crowded) <= 0.2 * len(lines)
        and _starts_with_honorific(text, lines[0][0])
    ):
        # one person a line: "Ms. Jane Smith, Director of Service"; other lines continue the one before
        for ln in lines:
            if _starts_with_honorific(text, ln[0]) or not out:
                out.append(ln)
            else:
                out[-1] = (out[-1][0], ln[1])
        return out
    bracketed = _bracketed_names(text, start, end)
    if len(bracketed) >= 2:
        # role first, name in brackets: "Head of Finance, Motor Tax and ICT (Mr. T. Gilligan), Director..."
        seg = start
        for bm in bracketed:
            out.append((seg, start + bm.end()))
            sm = patterns.get("people_entry_separator").match(text[start + bm.end() : end])
            seg = start + bm.end() + (sm.end() if sm else 0)
            seg = _past_note(text, seg, end, bracketed, start)
        out.append((seg, end))
        return [(a, b) for a, b in out if text[a:b].strip()]
    semi = ";" in text[start:end]
    if not semi:
        return _split_flat(text, start, end, semi=False)
    out = []
    for a, b in _split_flat(text, start, end, semi=True):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        if _plural_start_rx().match(text, a + lead, b):
            out.extend(_split_flat(text, a, b, semi=False))  # "...(Chair); Councillors: A, B and C;"
        else:
            out.append((a, b))
    return out


def _two_hon_lines(text: str, lines: list[tuple[int, int]], hon_lines: list[tuple[int, int]]) -> bool:
    """Two lines of one person each ("Staff: Ms. A. Pell, Chief Administrative Officer" / "Ms. D. Black,
    Council Committee Coordinator"): both open with an honorific and hold a name and a role at most (near
    miss: "Mr Pat Gallagher, Chief Executive, Pat Murtagh, S.E.O., Sheila Healy" runs several people on)."""
    return len(lines) == len(hon_lines) == 2 and all(len(_split_flat(text, a, b, semi=False)) <= 2 for a, b in lines)


@functools.cache
def _honorific_set() -> frozenset[str]:
    return frozenset(h for h in R.HONORIFICS if " " not in h)


@functools.cache
def _run_on_rx() -> regex.Pattern[str]:
    """Where a title or honorific opens the next person inside an entry: " Clerk J Connelly", " Mr L Page"."""
    titles = _alt(R.HONORIFICS + R.RUN_ON_TITLES)
    name = r"\p{Lu}[\p{Ll}'’-]*\.?[ \t]+(?:\p{Lu}\.?[ \t]+)*\p{Lu}\p{Ll}"
    return patterns.build(rf"(?-i)[ \t\n]+(?=(?:{titles})\.?[ \t]+{name})", regex.V1)


def _run_on(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An entry that runs several people together with no separator: "P Moran Clerk J Connelly Mr L Page
    as Broadband Representative" gives "P Moran", "Clerk J Connelly", "Mr L Page as ...".  Split only where
    what comes before is a name alone; near misses: "Deputy Mayor Cllr A Smith" (a role before the
    honorific), "J Connelly Clerk" (a role after the name, no name following it)."""
    out: list[tuple[int, int]] = []
    seg = a
    for m in _run_on_rx().finditer(text, a, b):
        if m.start() > seg and patterns.get("people_run_on_name").fullmatch(text, seg, m.start()):
            out.append((seg, m.start()))
            seg = m.end()
    out.append((seg, b))
    return out


def _given_name_rows(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An entry that is a row of a table without rulings, its cells' names run together with single
    blanks: "Alan Biddlecombe Brian Bird" (each name a given name and a surname) gives "Alan
    Biddlecombe", "Brian Bird"; "Commissioner Bitter Denise Lyn (HSWD Attorney)" (a title and a
    surname, then a given name) gives "Commissioner Bitter", "Denise Lyn (HSWD Attorney)".  Near misses:
    "Mary Ann Smith" (three words: one person), "Commissioner John Smith" (a given name after the
    title), "Alan Biddlecombe Brian" (an odd count), a word that is no known given name opening a pair."""
    words = list(patterns.get("people_row_word").finditer(text, a, b))
    run = 0  # the leading words that are capitalised name words
    while run < len(words) and words[run].group("word") is not None:
        run += 1
    if run < 4:
        return [(a, b)]
    given = _given_set()
    names = [w.group() for w in words[:run]]
    if names[0].rstrip(".") in _honorific_set():
        if names[1] not in given and names[2] in given:
            return [(a, words[1].end()), (words[2].start(), b)]
        return [(a, b)]
    if not given_name_pairs(names, _honorific_set()):
        return [(a, b)]
    starts = [words[k].start() for k in range(2, run, 2)]
    ends = [words[k - 1].end() for k in range(2, run, 2)]
    return list(zip([a, *starts], [*ends, b], strict=True))


@functools.cache
def _plural_start_rx() -> regex.Pattern[str]:
    return patterns.build(rf"(?:{_alt(R.PLURAL_HONORIFICS)})(?!\p{{L}})", regex.V1)


def _plural_line(text: str, i: int, end: int) -> bool:
    """A line opened by a plural title ("Councillors\nBarber, Dixon", "Councillors Barber, Dixon"); near miss:
    "Councillors' Forum" (a possessive inside a role)."""
    m = _plural_start_rx().match(text, _skip_blanks(text, i, end), end)
    return m is not None and text[m.end() : m.end() + 1] not in ("'", "’")


def _split_flat(text: str, start: int, end: int, *, semi: bool) -> list[tuple[int, int]]:
    """Split at top-level semicolons (and commas unless `semi`), " and " and "&"."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = start
    i = start
    while i < end:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
            if (
                depth == 0
                and patterns.get("people_close_then_name").match(text, i + 1, end)
                and not _tag_then_office(text, i, end)
            ):
                # a bracketed role with no separator after it: "D Richardson (Chair) R Healey, M Dixon"
                out.append((seg, i + 1))
                seg = i + 1
        elif depth == 0 and (c == ";" or (c == "," and not semi)):
            out.append((seg, i))
            seg = i + 1
        elif (
            depth == 0
            and (lm := _post_label_rx().match(text, i, end)) is not None
            and (i == start or text[i - 1] in " \t\n:/")
        ):
            # labelled names run together: "Chair: Mr B de Smid : Secretary: Mr G M Beat: Treasurer: ...": each
            # post's label ends the entry before it and opens its own (the label gives the role later)
            out.append((seg, i))
            seg = i = lm.end()
            continue
        elif depth == 0 and c == "\n" and text[seg:i].strip() and _plural_line(text, i + 1, end):
            out.append((seg, i))  # "Mayor Hazlehurst (Chair)\nCouncillors\nBarber, Dixon": a plural title's line
            seg = i + 1
        elif depth == 0 and c == "/" and _list_honorific_rx()[0].match(text, _skip_blanks(text, i + 1, end), end):
            out.append((seg, i))  # "Mr J Kinnear/ Ms R MacCallam": two people, one post
            seg = i + 1
        elif depth == 0 and c in " \n\t":
            am = patterns.get("people_and_separator").match(text[i:end])
            if am:
                out.append((seg, i))
                seg = i + am.end()
                i = seg
                continue
        i += 1
    out.append((seg, end))
    return [(x, y) for a, b in out if text[a:b].strip() for x, y in _run_on(text, a, b)]


@functools.cache
def _post_label_rx() -> regex.Pattern[str]:
    """A post's label inside a list's line, a colon after it and a name to follow: "Chair: ", " : Secretary: ",
    "Treasurer:"; near miss: "Present:" (an opener, never a post), "Note: the hall" (no post)."""
    posts = _alt(sorted({*R.OFFICE_BEARER_ROLES, *R.RUN_ON_TITLES, "Chair", "Vice Chair", "Minutes"} - {"Minutes"}))
    return patterns.build(rf"[ \t]*(?::[ \t]*)?(?-i:{posts})[ \t]*:[ \t]*(?=\p{{Lu}})", regex.V1)


def _skip_blanks(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t":
        i += 1
    return i


def _tag_then_office(text: str, close: int, end: int) -> bool:
    """A member's initials in brackets with their office after them, one entry ("P. Stoddart (PS) Ward
    Councillor"); near miss: "D Richardson (Chair) R Healey" (a role in the bracket, a name after it)."""
    open_at = text.rfind("(", 0, close)
    if open_at < 0 or not patterns.get("people_initials_tag_inner").fullmatch(text, open_at + 1, close):
        return False
    return _office_next_rx().match(text, close + 1, end) is not None


@functools.cache
def _office_next_rx() -> regex.Pattern[str]:
    offices = _alt(R.SEAT_OFFICES + R.STANDALONE_ROLES)
    return patterns.build(rf"(?-i)[ \t]*(?:{offices})(?![\p{{L}}])", regex.V1)


def _bracketed_names(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """Honorific names in brackets: the role-first form "Head of Finance (Mr. T. Gilligan)"."""
    return list(_list_honorific_rx()[2].finditer(text[start:end]))


def _top_level_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of ``text[a:b]``, never splitting inside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = a
    for i in range(a, b):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "\n" and depth == 0:
            out.append((seg, i))
            seg = i + 1
    out.append((seg, b))
    trimmed = []
    for x, y in out:
        piece = text[x:y]
        if piece.strip():
            x += len(piece) - len(piece.lstrip())
            y = x + len(piece.strip())
            trimmed.append((x, y))
    return trimmed


def _initials_tagged(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The entries of a list printed as names each followed by their initials, two or more to a
    line ("Kate Green KG Tom Dent TD" / "Ann Lee (LCC) AL"): each name (with its bracket), the
    lines up to the first that is not such pairs.  An empty list when the list is not of that form."""
    pair = patterns.get("people_name_initials")
    out: list[tuple[int, int]] = []
    for x, y in lines:
        pos, got = x, []
        for m in pair.finditer(text, x, y):
            if text[pos : m.start()].strip() or not _own_initials(m.group("n"), m.group("i")):
                break
            got.append((m.start("n"), m.end("b") if m.group("b") else m.end("n")))
            pos = m.end()
        if not got or text[pos:y].strip():
            break
        out.extend(got)
    return out if len(out) >= 2 else []
