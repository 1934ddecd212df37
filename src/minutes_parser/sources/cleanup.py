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
# ... and how many more at the top when every line above them is running furniture: a header printed a word to a
# line ("DATE" / "TUESDAY" / "APRIL" / "12, 2023") runs on past three lines; a repeated line under a first line
# that is the page's own text is not furniture
HEADER_RUN_LINES = 3
EDGE_BAND = 0.1  # the share of a page's height at its top and at its bottom where its furniture is printed
BAND_REPEATS = 3  # a line printed in that band on this many pages is a running line (one report's in a pack)
BAND_MIN_CHARS = 20  # ... and is this long: a short word there ("CARRIED" ending a page's last minute) is text


def _shape(text: str) -> str:
    """A line with its numbers folded, so "Page 3" and "Page 4" repeat."""
    return patterns.get("digits").sub("#", " ".join(text.lower().split()))


def _in_band(page: RawPage, inked: list[int]) -> set[int]:
    """The inked lines printed in the page's top or bottom band, wherever the text layer put them in its
    order (a pack's report header drawn after the page's first paragraph)."""
    if not page.height:
        return set()
    band = page.height * EDGE_BAND
    out: set[int] = set()
    for i in inked:
        box = page.lines[i].bbox
        if box is not None and (box.bottom <= band or box.top >= page.height - band):
            out.add(i)
    return out


def _out_of_place(page: RawPage, i: int) -> bool:
    """Whether line `i`, printed in the top band, comes after a line printed below it in the text layer's
    order: a running header drawn after the page's text.  (A footer written early is read once, as the first
    running line is: "Souldern PC minutes March 2026" dates the minutes.)"""
    box = page.lines[i].bbox
    if box is None or not page.height or box.top >= page.height / 2:
        return False
    return any(
        k < i and line.bbox is not None and line.text.strip() and line.bbox.top > box.bottom
        for k, line in enumerate(page.lines)
    )


def lines_to_drop(pages: Sequence[RawPage]) -> list[set[int]]:
    """For each page, the indices of its lines that are page furniture."""
    edges: list[list[int]] = []
    banded: list[set[int]] = []
    for page in pages:
        # blank lines take no place at the edge: a text layer that spaces its header ("MINUTES", "", "",
        # "30 APRIL 2019") still has the date among the header's lines
        inked = [i for i, line in enumerate(page.lines) if line.text.strip()]
        band = _in_band(page, inked)
        banded.append(band)
        edges.append(sorted(set(inked[: EDGE_LINES + HEADER_RUN_LINES]) | set(inked[-EDGE_LINES:]) | band))
    counts: Counter[str] = Counter()
    band_counts: Counter[str] = Counter()
    tops: list[set[int]] = []
    foot_counts: Counter[str] = Counter()  # lines printed among a page's last ones, by how many pages print them
    for page, idx, band in zip(pages, edges, banded, strict=True):
        counts.update({_shape(page.lines[i].text) for i in idx if page.lines[i].text.strip()})
        # a text file's pages (split at form feeds) have no boxes: their first lines stand for the top band, so a
        # header repeated there is read as one printed in the band, and the pages of an attachment after the
        # minutes, with no header, do not hide it under the half-the-pages threshold
        top = set(band)
        if not page.height:  # (a page with boxes has its band measured; a text file's has only its first lines)
            top |= set([i for i, line in enumerate(page.lines) if line.text.strip()][:EDGE_LINES])
        tops.append(top)
        band_counts.update({_shape(page.lines[i].text) for i in top})
        foot_counts.update({_shape(page.lines[i].text) for i in idx[-EDGE_LINES:] if page.lines[i].text.strip()})
    threshold = max(2, (len(pages) + 1) // 2)
    page_number = patterns.get("page_number_line")
    numbered_furniture = patterns.get("page_number_furniture")
    blank = patterns.get("blank_page_notice")
    dated = patterns.get("date_mention")
    seen: set[str] = set()
    out: list[set[int]] = []
    for page, idx, band in zip(pages, edges, tops, strict=True):
        drop: set[int] = set()
        inked = [i for i, line in enumerate(page.lines) if line.text.strip()]
        run = set(inked[EDGE_LINES : EDGE_LINES + HEADER_RUN_LINES]) - set(inked[-EDGE_LINES:]) - band
        for i in idx:
            text = page.lines[i].text.strip()
            if not text:
                continue
            if i in run and not all(j in drop for j in inked[: inked.index(i)]):
                # below the page's own first words: text, even where it repeats (the first page's header, read
                # once, still marks its repeats)
                if (
                    len(pages) > 1
                    and counts[_shape(text)] >= threshold
                    and all(_shape(page.lines[j].text) in seen for j in inked[: inked.index(i)])
                ):
                    seen.add(_shape(text))
                continue
            if page_number.fullmatch(text) or numbered_furniture.fullmatch(text):
                drop.add(i)
                continue
            shape = _shape(text)
            if len(pages) > 1 and (
                counts[shape] >= threshold
                or (i in band and band_counts[shape] >= BAND_REPEATS and len(shape) >= BAND_MIN_CHARS)
            ):
                # The first time a running line is met it is read (a letterhead,
                # a title, a signature line with its date); its repeats are not, nor a banded line the text
                # layer wrote out of its place (a header drawn after the page's first paragraph)
                footer = (
                    i in inked[-EDGE_LINES:]
                    and i not in inked[: EDGE_LINES + HEADER_RUN_LINES]
                    and foot_counts[shape] >= BAND_REPEATS
                    and len(shape) >= BAND_MIN_CHARS  # ("MOTION CARRIED." ending three pages is text)
                    and (i in band or not page.height)  # (on a page with boxes, printed in its bottom band)
                )
                if (
                    shape in seen
                    or (i in band and _out_of_place(page, i))
                    # a footer met the first time is read only where it dates the paper ("Souldern PC minutes March
                    # 2026"); an address or an office ("111 East Tabernacle, St. George" / "Community Development")
                    # printed under every page goes from the first page too, no list broken by it
                    or (footer and not dated.search(text))
                ):
                    drop.add(i)
                seen.add(shape)
        for i, line in enumerate(page.lines):
            if blank.fullmatch(line.text.strip()):
                drop.add(i)
        out.append(drop)
    return out
