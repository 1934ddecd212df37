"""Agenda items and minute headings: which minute each line of a document belongs to.

A minute heading is a numbered line with a short title ("86. Minutes of the
Meeting held on 9th January 2025", "17.03.3 Minutes", "1." then "Adoption of
Minutes" on the next line), often in bold or followed by "(Item 3)".
"""

from __future__ import annotations

from .. import patterns
from ..records import AgendaItem
from ..text import normalise_space
from .labels import LineInfo, Structure

__all__ = ["agenda_items"]

MAX_TITLE = 90  # a heading's title is short; a numbered paragraph is not
MAX_PLAIN_TITLE = 60  # shorter still where no bold or "(Item N)" marks the heading


def agenda_items(structure: Structure, text: str, *, minutes: bool = False) -> tuple[AgendaItem | None, ...]:
    """For each line, the agenda item (minute) it falls under, or None before the first.

    In `minutes`, a plain "41. Minutes of the previous meeting" line (a number at
    the left margin, a short title with no full stop) is a minute heading too.
    """
    lines = structure.lines
    out: list[AgendaItem | None] = []
    current: AgendaItem | None = None
    heading_indent = _heading_indent(lines, text)
    margin = min((info.line.indent for info in lines if _is_number(info)), default=0.0)
    for i in range(len(lines)):
        found = _heading(lines, i, text, heading_indent)
        if found is None and minutes:
            found = _plain_heading(lines[i], text, margin)
            if found is not None and not _after(found, current):
                found = None  # "1. Approve the plan" inside a minute is a list entry
        if found is not None:
            current = found
        out.append(current)
    return tuple(out)


def _heading_indent(lines: tuple[LineInfo, ...], text: str) -> float | None:
    bold = [info.line.indent for info in lines if info.label is not None and info.line.bold and _is_number(info)]
    return min(bold) if bold else None


def _is_number(info: LineInfo) -> bool:
    label = info.label
    return label is not None and label.scheme in ("decimal", "multilevel") and label.style in ("dot", "none")


def _heading(lines: tuple[LineInfo, ...], i: int, text: str, heading_indent: float | None) -> AgendaItem | None:
    info = lines[i]
    if not _is_number(info):
        return None
    assert info.label is not None
    body = normalise_space(text[info.body_start : info.line.end])
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    nxt_text = normalise_space(text[nxt.body_start : nxt.line.end]) if nxt is not None else ""
    item_ref = patterns.get("agenda_item_ref").match(nxt_text) if nxt is not None else None
    number = info.label.text.rstrip(".)")
    if item_ref is not None:
        return AgendaItem(number=number, title=(_bold_title(lines, i, text, body) if info.line.bold else body) or None)
    if not body and nxt is not None and nxt.label is None and 0 < len(nxt_text) <= MAX_TITLE:
        return AgendaItem(number=number, title=nxt_text)
    if (
        info.line.bold
        and 0 < len(body) <= MAX_TITLE
        and (heading_indent is None or info.line.indent <= heading_indent + 3)
    ):
        return AgendaItem(number=number, title=_bold_title(lines, i, text, body))
    if info.label.scheme == "multilevel" and info.label.depth >= 3 and 0 < len(body) <= 60 and not body.endswith("."):
        return AgendaItem(number=number, title=body)  # parish minute numbers: "17.03.3 Minutes"
    return None


def _bold_title(lines: tuple[LineInfo, ...], i: int, text: str, body: str) -> str:
    """A bold heading's title with the bold lines that carry it on ("... Report - November" / "2024-25")."""
    parts = [body]
    for nxt in lines[i + 1 : i + 4]:
        if not nxt.line.bold or nxt.label is not None:
            break
        parts.append(normalise_space(text[nxt.body_start : nxt.line.end]))
    return " ".join(parts)


def _plain_heading(info: LineInfo, text: str, margin: float) -> AgendaItem | None:
    if not _is_number(info) or info.label is None or info.label.scheme != "decimal":
        return None
    body = normalise_space(text[info.body_start : info.line.end])
    if not 0 < len(body) <= MAX_PLAIN_TITLE or body[-1] in ".;:,!?" or not body[0].isupper():
        return None
    if info.line.indent > margin + 3:
        return None
    return AgendaItem(number=info.label.text.rstrip(".)"), title=body)


def _after(found: AgendaItem, current: AgendaItem | None) -> bool:
    """Minute numbers rise through a document; a list restarting at 1 does not."""
    number = found.number or ""
    if not number.isdigit():
        return False
    if current is None or not (current.number or "").isdigit():
        return True
    return int(number) > int(current.number or "0")
