"""Agenda entries worded as actions: what an agenda proposes where it prints no recommendation.

A US-style agenda's consent calendar and action items are often worded as the action the body is
asked to take, with no "Recommendation:" line ("3. Approve Board member compensation for ...",
"2. Accept and File Treasurer's Report for the month of May 2025", "6. Approving Supplemental
Agreement No. 1 ..."): each such entry is a recommendation, labelled by its number, its text the
entry's wording up to the next entry, a blank line, a presenter line or a heading.  Rules as data
in `minutes_parser.rules.agendas`.

Near misses that stay out: the same wording in minutes or a report (decided or discussed, not
proposed); "Approval of the Agenda"; "Discussion and possible action on ..." (no action named);
an entry whose section already prints a recommendation (that one is the proposal); an agenda
with a single such entry (a stray line, not a calendar of actions).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ... import patterns
from ...records import DocumentKind, Item, ItemKind
from ...structure import LineInfo
from ...text import normalise_space
from ..context import Context

__all__ = ["MIN_ENTRIES", "agenda_actions", "committee_recommendations"]

MIN_ENTRIES = 2  # the fewest action-worded entries that make an agenda's calendar of actions
AGENDA_TITLE_CAPITALS = 6  # the fewest capitals a title before its action's dash holds ("AWARD OF BID")
_LABELLED_SCHEMES = ("decimal", "number", "multilevel", "alpha", "roman")
# Actions in capitals are read in an agenda, and in a document whose kind went unread (an agenda
# whose cover names no kind the fields reader knows): the form is an agenda's on its own.
_CAPITALS_KINDS = (DocumentKind.AGENDA, DocumentKind.OTHER)


def agenda_actions(ctx: Context, found: Sequence[Item]) -> list[Item]:
    """The action-worded entries of an agenda that no recommendation already covers."""
    if ctx.kind not in _CAPITALS_KINDS:
        return []
    text, lines = ctx.source.text, ctx.structure.lines
    committee = committee_recommendations(ctx, found)
    taken = sorted([*(item.span.start for item in found), *(item.span.start for item in committee)])
    entries: list[tuple[int, int, str]] = []  # (start, end, label)
    for k, info in enumerate(lines):
        label = info.label
        if ctx.kind != DocumentKind.AGENDA or label is None or label.scheme not in _LABELLED_SCHEMES:
            continue
        body = text[info.body_start : info.line.end]
        end = info.line.end
        nxt = k + 1
        while nxt < len(lines) and _continues(text, end, lines[nxt]):
            end = lines[nxt].line.end
            nxt += 1
        start: int | None = info.body_start
        label_text = label.text
        number = patterns.get("agenda_resolution_number").match(body)
        if number is not None:
            # "A. RESOLUTION (2019-37) Accept the ... grant": the resolution's number labels the action after it
            start, label_text, body = info.body_start + number.end(), number.group("number"), body[number.end() :]
        if patterns.get("agenda_recommended_by").match(body.rstrip()) and nxt > k + 1:
            start = lines[k + 1].body_start  # "1. Recommended by Corporate Services" / "Approval of ...": its words
        elif number is not None:
            if not (patterns.get("agenda_action_start").match(body) or patterns.get("agenda_to_action").match(body)):
                start = None
        elif not patterns.get("agenda_action_start").match(body):
            start = _titled_action(text, info.body_start, end)
        if start is None:
            continue
        if patterns.get("agenda_action_not").match(text, start, end):
            continue
        after = nxt
        while after < len(lines) and lines[after].label is None:
            after += 1
        section_end = lines[after].line.start if after < len(lines) else len(text)  # up to the next entry
        i = bisect.bisect_left(taken, info.line.start)
        if i < len(taken) and taken[i] < section_end:
            continue  # the section prints its own recommendation
        entries.append((start, end, label_text))
    out = []
    if len(entries) >= MIN_ENTRIES:
        out = [
            Item(
                kind=ItemKind.RECOMMENDATION,
                label=label.strip(),
                text=normalise_space(text[start:end]),
                span=ctx.source.span(start, end),
            )
            for start, end, label in entries
        ]
    capitals = _capital_actions(ctx, [*taken, *(item.span.start for item in out)])
    return committee + out + capitals if len(capitals) >= MIN_ENTRIES else committee + out


def committee_recommendations(ctx: Context, found: Sequence[Item]) -> list[Item]:
    """The items of a legislative agenda printed under a committee's recommendation ("Recommendation of
    the Budget and Finance Committee" then "4. 250972 [Apply for Grant ...]" / "Resolution authorizing
    the Human Services Agency to ..." / "Question: Shall this Resolution be ADOPTED?"): each is a
    recommendation of that committee, labelled by its item number, its words the legislation's
    description (not the file number, the bracketed short title, the sponsors, the department in brackets
    after it, its notes, its history or the question).  Near miss: the items under "Referred Without
    Recommendation From the ... Committee", and those after the section's end (a heading in capitals,
    "Referred ...", "Committee of the Whole")."""
    if ctx.kind != DocumentKind.AGENDA:
        return []
    text, lines = ctx.source.text, ctx.structure.lines
    heading = patterns.get("agenda_committee_recommendation_heading")
    head = patterns.get("agenda_legislative_item_start")
    spans = [(item.span.start, item.span.end) for item in found]
    out: list[Item] = []
    in_section = False
    k = 0
    while k < len(lines):
        whole = text[lines[k].line.start : lines[k].line.end]
        if heading.match(whole):
            in_section, k = True, k + 1
            continue
        if in_section and _section_break(whole):
            in_section = False
        m = head.match(whole) if in_section else None
        if m is None:
            k += 1
            continue
        stop = k + 1
        while stop < len(lines):
            nxt = text[lines[stop].line.start : lines[stop].line.end]
            if head.match(nxt) or heading.match(nxt) or _section_break(nxt):
                break
            stop += 1
        item = _legislative_item(ctx, k, stop, m.group("number"))
        if item is not None and not any(s < item.span.end and item.span.start < e for s, e in spans):
            out.append(item)
        k = stop
    return out


def _section_break(line: str) -> bool:
    """A line that ends a committee's section of recommendations: a heading in capitals ("NEW BUSINESS",
    "SPECIAL ORDER 3:00 P.M."), or "Referred ...", "Committee of the Whole ..." (the items after it are
    sent on without the committee's recommendation)."""
    return bool(patterns.get("agenda_section_break").match(line))


def _legislative_item(ctx: Context, first: int, stop: int, number: str) -> Item | None:
    """The description of the legislative item whose head is on line `first` (its block ends before line
    `stop`): from the legislation's kind after the bracketed title to its notes, history or question."""
    text, lines = ctx.source.text, ctx.structure.lines
    block_start, block_end = lines[first].line.start, lines[stop - 1].line.end
    close = text.find("]", block_start, block_end)
    if close < 0:
        return None
    words = patterns.get("agenda_legislation_words").search(text, close + 1, block_end)
    if words is None:
        return None
    start = words.start()
    last = ctx.source.line_at(start)
    while last + 1 < stop:
        nxt = text[lines[last + 1].line.start : lines[last + 1].line.end]
        if not nxt.strip() or patterns.get("agenda_legislation_end_start").match(nxt):
            break
        last += 1
    finish = lines[last].line.end
    source = patterns.get("agenda_legislation_source_end").search(text, start, finish)
    if source is not None:
        finish = source.start()
    while finish > start and text[finish - 1].isspace():
        finish -= 1
    return _item(ctx, f"{number}.", start, finish)


def _capital_actions(ctx: Context, taken: Sequence[int]) -> list[Item]:
    """Actions printed with their verb in capitals ("AUTHORIZE the Chief Executive Officer to ...",
    "RECEIVE AND FILE ...", "APPROVE:" then lettered entries), each one recommendation; a preamble
    ending in a colon holds its lettered entries as children and is dropped without them."""
    text, lines = ctx.source.text, ctx.structure.lines
    taken_set = set(taken)
    out: list[Item] = []
    k = 0
    while k < len(lines):
        info = lines[k]
        body = text[info.body_start : info.line.end]
        m = patterns.get("agenda_capital_action_start").match(body)
        if (
            m is None
            or not m.group("verb").isupper()
            or info.body_start in taken_set
            or patterns.get("agenda_action_not").match(body)
        ):
            k += 1
            continue
        end, nxt, side = _run_on(text, lines, k)
        children: list[Item] = []
        if body.rstrip().endswith(":"):
            while nxt < len(lines):
                m_side = patterns.get("agenda_side_number").match(text[lines[nxt].line.start : lines[nxt].line.end])
                if m_side is not None:  # the side column between two entries
                    side = side or m_side.group("number")
                    nxt += 1
                    continue
                if not _is_entry(text, lines[nxt]):
                    break
                child = lines[nxt]
                child_end, nxt, child_side = _run_on(text, lines, nxt)
                side = side or child_side
                children.append(_item(ctx, child.label.text if child.label else None, child.body_start, child_end))
            if not children:
                k = nxt
                continue
        if side is None and nxt < len(lines):
            m_side = patterns.get("agenda_side_number").match(text[lines[nxt].line.start : lines[nxt].line.end])
            side = m_side.group("number") if m_side else None
        label = info.label.text.strip() if info.label is not None and info.label.scheme != "bullet" else side
        out.append(attrs.evolve(_item(ctx, label, info.body_start, end), children=tuple(children)))
        k = max(nxt, k + 1)
    return out


def _item(ctx: Context, label: str | None, start: int, end: int) -> Item:
    """The entry's words from `start` to `end` (a side column's numbers read into them stay: an
    item's text is what its span holds)."""
    return Item(
        kind=ItemKind.RECOMMENDATION,
        label=label,
        text=normalise_space(ctx.source.text[start:end]),
        span=ctx.source.span(start, end),
    )


def _is_entry(text: str, line: LineInfo) -> bool:
    """A lettered entry under a capitals preamble ("A. RECEIVE AND FILE ...", "B. Jane Doe, ...")."""
    label = line.label
    return label is not None and label.scheme == "alpha" and bool(text[line.body_start : line.line.end].strip())


def _run_on(text: str, lines: Sequence[LineInfo], k: int) -> tuple[int, int, str | None]:
    """Where the entry opened on line `k` ends, the line after it, and the item number of a side
    column read into its words ("44. 2017-0426"), stepped over."""
    end, nxt, side = lines[k].line.end, k + 1, None
    while nxt < len(lines):
        line = lines[nxt]
        m = patterns.get("agenda_side_number").match(text[line.line.start : line.line.end])
        if m is not None and nxt + 1 < len(lines) and _continues(text, line.line.end, lines[nxt + 1]):
            side = side or m.group("number")
            end, nxt = lines[nxt + 1].line.end, nxt + 2
            continue
        if not (_continues(text, end, line) or _wraps(text, end, line)):
            break
        end, nxt = line.line.end, nxt + 1
    return end, nxt, side


def _wraps(text: str, end: int, line: LineInfo) -> bool:
    """A wrapped line that only looks labelled: the words before it stop mid-sentence and it opens
    with a number in brackets ("... a minimum of ten" / "(10) years of experience")."""
    return (
        line.label is not None
        and line.label.style == "parens"
        and line.label.scheme == "decimal"
        and text.count("\n", end, line.line.start) <= 1
        and text[:end].rstrip()[-1:].isalnum()
    )


def _titled_action(text: str, start: int, end: int) -> int | None:
    """Where the action begins in an entry titled in capitals and worded after a spaced dash ("1. PUBLIC SAFETY
    COMMITTEE REPORT - Authorize the City Manager to ...", "2. ARTERIAL SYSTEM ... REVIEW - City Council to
    receive and file this report."), its title perhaps wrapped; near misses: a title in ordinary case before
    the dash ("1. Public Comment - Members of the public may ..."), words after the dash that propose no
    action ("3. CLOSED SESSION - Conference with Legal Counsel")."""
    dash = patterns.get("agenda_title_dash").search(text, start, end)
    if dash is None:
        return None
    title = text[start : dash.start()]
    if any(c.islower() for c in title) or sum(c.isupper() for c in title) < AGENDA_TITLE_CAPITALS:
        return None
    words = dash.end()
    if not patterns.get("agenda_titled_action_words").match(text, words, end):
        return None
    return words


def _continues(text: str, end: int, line: LineInfo) -> bool:
    """Whether `line` goes on with the entry ending at `end`: unlabelled, no blank line between,
    and no presenter line, recommendation line, divider or heading."""
    words = text[line.line.start : line.line.end]
    return (
        line.label is None
        and text.count("\n", end, line.line.start) <= 1
        and bool(words.strip())
        and not patterns.get("agenda_entry_stop").match(words)
    )
