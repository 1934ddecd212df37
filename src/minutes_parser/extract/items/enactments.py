"""The operative sections of a signed resolution, ordinance or local law: what it decides.

A US resolution or ordinance recites its reasons ("WHEREAS, ...") and then enacts, after a clause
such as "NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSION ...:" or "Be it enacted by the Council as
follows:", a run of sections ("SECTION 1. The foregoing recitals are ratified ...", "Section 2. The
Board authorizes ...", "§ 3. This local law shall take effect ..."): each section is one resolution,
labelled as printed.  Its text is its words up to the first sentence that ends a line; a section
that ends in a colon ("... is amended to read as follows:"), or that is only a title
("Section 2. Environmental Assessment"), holds the labelled paragraphs under it as its entries.
Rules as data in `minutes_parser.rules.agendas`.

Near misses that stay out: the WHEREAS recitals (before the enacting clause); a code's own
sections that an ordinance amends, printed inside one of its sections ("Section 15-102. Notice.":
not the next number in the run); a cited section ("Section 48(1) of the Act"); the signature block
after the sections ("PASSED AND ADOPTED ...", "ATTEST:").  A draft resolution printed in an agenda packet
for the meeting to adopt is read as one: the readers of three packets took its sections as the resolutions
proposed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import patterns
from ...records import Item, ItemKind
from ...structure import LineInfo
from ...text import normalise_space
from ..context import Context

__all__ = ["MAX_SENTENCE_LINES", "enacted_sections", "with_enacted_sections"]

MAX_SENTENCE_LINES = 12  # the most lines a section's first sentence is read over before it is cut
SIGNATURE_LINES = 20  # the passing line, the roll call and the signatures after the last section
_TITLE_WORDS = 6  # a section's words up to this many, with no closing stop, are its title
_ENDS = (".", ":", ";")


def with_enacted_sections(ctx: Context, found: Sequence[Item]) -> list[Item]:
    """The resolutions found, with the operative sections no resolution already holds, in the order
    of the text; where there are sections, a resolution read before them out of the recitals (a
    title run into "WHEREAS, ...") is the preamble, and one read after the passing line ("PASSED
    AND ADOPTED ...", "APPROVED:" over the mayor's name) is the signature block: both are dropped."""
    sections = enacted_sections(ctx)
    if not sections:
        return list(found)
    first, close = sections[0].span.start, _close(ctx, sections[-1].span.end)
    signed = _signature_end(ctx, close)
    kept = [
        item
        for item in found
        if not (item.span.start < first and patterns.get("recital_in").search(item.text))
        and not close <= item.span.start < signed
        and not patterns.get("enacted_section_start").match(item.text)  # a section read as a paragraph
    ]
    taken = [(item.span.start, item.span.end) for item in kept]
    added = [item for item in sections if not any(s < item.span.end and item.span.start < e for s, e in taken)]
    return sorted([*kept, *added], key=lambda item: item.span.start)


def enacted_sections(ctx: Context) -> list[Item]:
    """The operative sections after each enacting clause (a packet may print several draft resolutions,
    each numbering its sections from 1 and closing with its passing line)."""
    text, lines = ctx.source.text, ctx.structure.lines
    out: list[Item] = []
    k = 0
    while True:
        clause = next(
            (j for j in range(k, len(lines)) if patterns.get("enacting_clause_in").search(_words(text, lines[j]))),
            None,
        )
        if clause is None:
            return out
        found, k = _sections_after(ctx, clause)
        out.extend(found)


def _sections_after(ctx: Context, clause: int) -> tuple[list[Item], int]:
    """The sections after the enacting clause on line `clause`, and the line after the last read."""
    text, lines = ctx.source.text, ctx.structure.lines
    out: list[Item] = []
    expected = 1
    k = clause + 1
    while k < len(lines):
        words = _words(text, lines[k])
        if patterns.get("enactment_close_start").match(words) and out:
            break
        if patterns.get("enacting_clause_in").search(words):
            break  # the next resolution's clause, or a further clause over this one's sections
        m = patterns.get("enacted_section_start").match(words)
        if m is None or int(m.group("number")) != expected:
            k += 1
            continue
        start = lines[k].line.start + m.end()
        end, nxt = _first_sentence(text, lines, k)
        children: list[Item] = []
        if text[start:end].rstrip().endswith(":") or _is_title(text[start:end]):
            children, nxt = _entries(ctx, nxt)
        out.append(
            Item(
                kind=ItemKind.RESOLUTION,
                label=normalise_space(m.group("label")),
                text=normalise_space(text[start:end]),
                children=tuple(children),
                span=ctx.source.span(start, end),
            )
        )
        expected += 1
        k = max(nxt, k + 1)
    return out, k


def _signature_end(ctx: Context, close: int) -> int:
    """Where the signature block that starts at `close` ends: SIGNATURE_LINES lines on (a packet goes on
    with other papers after it)."""
    lines = ctx.structure.lines
    at = next((k for k, info in enumerate(lines) if info.line.start >= close), len(lines))
    if at + SIGNATURE_LINES >= len(lines):
        return len(ctx.source.text)
    return lines[at + SIGNATURE_LINES].line.start


def _close(ctx: Context, end: int) -> int:
    """Where the passing line after the last section (at `end`) starts, or the end of the text."""
    text = ctx.source.text
    for info in ctx.structure.lines:
        if info.line.start >= end and patterns.get("enactment_close_start").match(_words(text, info)):
            return info.line.start
    return len(text)


def _words(text: str, info: LineInfo) -> str:
    return text[info.line.start : info.line.end]


def _first_sentence(text: str, lines: Sequence[LineInfo], k: int) -> tuple[int, int]:
    """Where the section opened on line `k` ends its first sentence (at a line's end) or its title,
    and the line after."""
    for j in range(k, min(len(lines), k + MAX_SENTENCE_LINES)):
        if j > k and _opens_something(text, lines[j]):
            return lines[j - 1].line.end, j
        if _words(text, lines[j]).rstrip().endswith(_ENDS) or (j == k and _next_is_entry(text, lines, j)):
            return lines[j].line.end, j + 1
    last = min(len(lines), k + MAX_SENTENCE_LINES) - 1
    return lines[last].line.end, last + 1


def _is_title(words: str) -> bool:
    words = words.strip()
    return bool(words) and not words.endswith(_ENDS) and len(words.split()) <= _TITLE_WORDS


def _next_is_entry(text: str, lines: Sequence[LineInfo], j: int) -> bool:
    return (
        j + 1 < len(lines)
        and _is_title(text[lines[j].line.start : lines[j].line.end])
        and (lines[j + 1].label is not None)
    )


def _opens_something(text: str, info: LineInfo) -> bool:
    """A line that no section's sentence runs into: the next section, a labelled entry, the close."""
    words = _words(text, info)
    return (
        info.label is not None
        or patterns.get("enacted_section_start").match(words) is not None
        or patterns.get("enactment_close_start").match(words) is not None
    )


def _entries(ctx: Context, k: int) -> tuple[list[Item], int]:
    """The labelled paragraphs from line `k` that share the first one's numbering, each up to the
    next of them, the next section or the close (entries of another numbering inside one, "(A)"
    under "1.0", are its words)."""
    text, lines = ctx.source.text, ctx.structure.lines
    first = lines[k].label if k < len(lines) else None
    if first is None:
        return [], k
    scheme = (first.scheme, first.style)
    out: list[Item] = []
    while k < len(lines):
        label = lines[k].label
        if label is None or (label.scheme, label.style) != scheme:
            break
        start, end, k = lines[k].body_start, lines[k].line.end, k + 1
        while k < len(lines) and not _closes_entry(text, lines[k], scheme):
            end, k = lines[k].line.end, k + 1
        out.append(
            Item(
                kind=ItemKind.RESOLUTION,
                label=label.text.strip(),
                text=normalise_space(text[start:end]),
                span=ctx.source.span(start, end),
            )
        )
    return out, k


def _closes_entry(text: str, info: LineInfo, scheme: tuple[str, str]) -> bool:
    words = _words(text, info)
    return (
        (info.label is not None and (info.label.scheme, info.label.style) == scheme)
        or patterns.get("enacted_section_start").match(words) is not None
        or patterns.get("enactment_close_start").match(words) is not None
    )
