"""Find the lines a reader skips: the repeats of running headers and footers,
page numbers and the running lines built around them ("Page 2 – Minutes"),
"This page is intentionally left blank".

Works on pages of `RawLine`s before they are laid into one text, so the
offset map never has holes: the dropped lines are simply never written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .. import patterns
from .model import RawPage

__all__ = ["lines_to_drop"]

EDGE_LINES = 3  # how many lines at the top and bottom of a page can be running furniture


def _shape(text: str) -> str:
    """A line with its numbers folded, so "Page 3" and "Page 4" repeat."""
    return patterns.get("digits").sub("#", " ".join(text.lower().split()))


def lines_to_drop(pages: Sequence[RawPage]) -> list[set[int]]:
    """For each page, the indices of its lines that are page furniture."""
    edges: list[list[int]] = []
    for page in pages:
        # blank lines take no place at the edge: a text layer that spaces its header ("MINUTES", "", "",
        # "30 APRIL 2019") still has the date among the header's lines
        inked = [i for i, line in enumerate(page.lines) if line.text.strip()]
        edges.append(sorted(set(inked[:EDGE_LINES]) | set(inked[-EDGE_LINES:])))
    counts: Counter[str] = Counter()
    for page, idx in zip(pages, edges, strict=True):
        counts.update({_shape(page.lines[i].text) for i in idx if page.lines[i].text.strip()})
    threshold = max(2, (len(pages) + 1) // 2)
    page_number = patterns.get("page_number_line")
    numbered_furniture = patterns.get("page_number_furniture")
    blank = patterns.get("blank_page_notice")
    seen: set[str] = set()
    out: list[set[int]] = []
    for page, idx in zip(pages, edges, strict=True):
        drop: set[int] = set()
        for i in idx:
            text = page.lines[i].text.strip()
            if not text:
                continue
            if page_number.fullmatch(text) or numbered_furniture.fullmatch(text):
                drop.add(i)
                continue
            shape = _shape(text)
            if len(pages) > 1 and counts[shape] >= threshold:
                # The first time a running line is met it is read (a letterhead,
                # a title, a signature line with its date); its repeats are not.
                if shape in seen:
                    drop.add(i)
                seen.add(shape)
        for i, line in enumerate(page.lines):
            if blank.fullmatch(line.text.strip()):
                drop.add(i)
        out.append(drop)
    return out
