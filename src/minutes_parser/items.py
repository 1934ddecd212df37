"""Recommendations and resolutions as numbered item trees.

(First cut: "Recommendation(s):" sections and "RESOLVED that" sentences.)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .context import Context
from .records import Item, ItemKind
from .text import normalise_space

__all__ = ["extract_recommendations", "extract_resolutions"]

_RESOLVED = regex.compile(r"^\s*RESOLVED\s*(?:[-\u2013:,]\s*)?(?:that\s+)?", regex.IGNORECASE)
_RECS = regex.compile(r"^\s*Recommendations?\s*:?\s*", regex.IGNORECASE)


def _item(ctx: Context, kind: ItemKind, start: int, end: int, label: str | None = None) -> Item:
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Item(kind=kind, label=label, text=normalise_space(text[start:end]), span=ctx.source.span(start, end))


def _paragraph_end(ctx: Context, index: int) -> int:
    lines = ctx.structure.lines
    end = lines[index].line.end
    for info in lines[index + 1 :]:
        if info.label is not None or not info.text.strip():
            break
        end = info.line.end
        if info.text.rstrip().endswith("."):
            break
    return end


def extract_resolutions(ctx: Context) -> Iterator[Item]:
    for i, info in enumerate(ctx.structure.lines):
        m = _RESOLVED.match(info.text)
        if m and info.text[m.end() :].strip():
            yield _item(ctx, ItemKind.RESOLUTION, info.line.start + m.end(), _paragraph_end(ctx, i))


def extract_recommendations(ctx: Context) -> Iterator[Item]:
    for i, info in enumerate(ctx.structure.lines):
        m = _RECS.match(info.text)
        if m and info.text[m.end() :].strip() and info.label is None:
            yield _item(ctx, ItemKind.RECOMMENDATION, info.line.start + m.end(), _paragraph_end(ctx, i))
