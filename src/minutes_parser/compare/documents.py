"""Whole documents compared: `compare(document)` and `compare(report, minutes)`.

Across documents the minute on the report's matter is found first (its item
title, a shared paper reference such as "24/00096", or the wording of its
decisions), then its resolutions are paired with the report's
recommendations (`pairing.compare_items`).  The pairing says when it is in
doubt: W020 when the report is for another meeting than the minutes record,
W021 when none of the report's recommendations is resolved in the minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import patterns
from ..records import Comparison, Document, Item, Pair, ParseWarning, Status
from . import diffs
from .nodes import agenda_key, flatten
from .pairing import RUN_GAP, compare_items


def compare(report: Document, minutes: Document | None = None) -> Comparison:
    """Pair recommendations with the resolutions that enact them.

    ``compare(document)``: within one document (what `Document.comparison`
    holds).  ``compare(report, minutes)``: the report's recommendations against
    the resolutions of the minute on the same matter; "the recommendations in
    the report be approved" is expanded into the report's items."""
    if minutes is None:
        pairs = report.comparison or compare_items(report.recommendations, report.resolutions, text=report.text)
        return Comparison(pairs=tuple(pairs), report=report)
    resolutions = same_matter(report, minutes)
    if not resolutions:
        pairs = tuple(
            Pair(recommendation=node.item, resolution=None, status=Status.NOT_RESOLVED, similarity=0.0)
            for node in flatten(report.recommendations)
        )
        return Comparison(pairs=pairs, report=report, minutes=minutes, warnings=_doubts(report, minutes, pairs))
    pairs = compare_items(report.recommendations, resolutions, across=True)
    return Comparison(pairs=pairs, report=report, minutes=minutes, warnings=_doubts(report, minutes, pairs))


def _doubts(report: Document, minutes: Document, pairs: Sequence[Pair]) -> tuple[ParseWarning, ...]:
    """Whether the two documents are about one meeting and one matter: a confident pairing of a
    report with another meeting's minutes is a wrong answer given in silence."""
    out = []
    if report.meeting_date and minutes.meeting_date and report.meeting_date != minutes.meeting_date:
        out.append(
            ParseWarning(
                code="W020",
                message=f"the report is for the meeting of {report.meeting_date.isoformat()} and the minutes "
                f"record the meeting of {minutes.meeting_date.isoformat()}: are they of one meeting?",
            )
        )
    if pairs and report.recommendations and all(p.status == Status.NOT_RESOLVED for p in pairs if p.recommendation):
        out.append(
            ParseWarning(
                code="W021",
                message="none of the report's recommendations is resolved in the minutes: "
                "are they about the same matter?",
            )
        )
    return tuple(out)


def same_matter(report: Document, minutes: Document) -> tuple[Item, ...]:
    """The top-level resolutions of `minutes` on the report's matter (empty when none is found).

    The minutes' decisions are grouped by minute item (or, without item
    headings, by runs of decisions printed together); a group scores by how
    well its item title or the text before it matches the report's title, a
    paper reference both share ("24/00096"), and how well its wording matches
    the report's recommendations.  The best group above a floor wins."""
    if not minutes.resolutions:
        return ()
    groups = _groups(minutes)
    report_words = diffs.substance(" ".join(x for x in (report.title or "", report.agenda_item or "") if x))
    report_refs = _paper_refs(" ".join([report.title or "", report.text[:3000]]))
    rec_text = " ".join(n.item.text for n in flatten(report.recommendations))
    best: tuple[float, int] = (0.0, -1)
    for index, (items, context) in enumerate(groups):
        score = 0.0
        if report_words.words:
            score = max(score, diffs.containment(report_words, diffs.substance(context)))
        if report_refs & _paper_refs(context):
            score += 1.0
        wording = " ".join(node.item.text for item in items for node in flatten([item]))
        if rec_text:
            score += diffs.content_similarity(rec_text, wording) / 2
        if any(patterns.get("cmp_reference").search(i.text) or patterns.get("cmp_reference_active").search(i.text)
               for i in items):  # fmt: skip
            score += 0.1
        if score > best[0]:
            best = (score, index)
    if best[1] < 0 or best[0] < 0.35:
        return ()
    return groups[best[1]][0]


def _groups(minutes: Document) -> list[tuple[tuple[Item, ...], str]]:
    by_item: dict[tuple[str | None, str | None], list[Item]] = {}
    for item in minutes.resolutions:
        key = agenda_key(item)
        if key is None:
            break
        by_item.setdefault(key, []).append(item)
    else:
        return [
            (tuple(items), " ".join(x for x in (items[0].agenda_item.number if items[0].agenda_item else "",
                                                  items[0].agenda_item.title if items[0].agenda_item else "",
                                                  _before(minutes, items[0])) if x))
            for items in by_item.values()
        ]  # fmt: skip
    runs: list[list[Item]] = []
    previous_end: int | None = None
    heading = patterns.get("cmp_heading_line")
    for item in sorted(minutes.resolutions, key=lambda i: i.span.start):
        if (
            previous_end is None
            or item.span.start - previous_end > RUN_GAP
            or heading.search(minutes.text[previous_end : item.span.start])
        ):
            runs.append([])
        runs[-1].append(item)
        previous_end = item.span.end
    return [(tuple(run), _before(minutes, run[0])) for run in runs]


def _before(minutes: Document, item: Item, limit: int = 3000) -> str:
    """The text between the previous resolution and this one (at most `limit` characters)."""
    start = item.span.start
    previous = max((r.span.end for r in minutes.resolutions if r.span.end <= start), default=0)
    return minutes.text[max(previous, start - limit) : start]


def _paper_refs(text: str) -> set[str]:
    return {m.group(0).replace(" ", "").replace("-", "/").upper() for m in patterns.get("cmp_paper_ref").finditer(text)}
