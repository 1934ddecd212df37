r"""Recommended versus resolved: pair each recommendation with the resolution that enacts it.

    >>> from minutes_parser import compare, parse
    >>> doc = parse("Recommendations:\n1. Agree the terms of reference.\n\nRESOLVED that:\n"
    ...             "1. The terms of reference be agreed.\n")
    >>> [(p.status.value, p.similarity) for p in compare(doc)]
    [('reworded', 1.0)]

Within one document (`compare_items`, which the pipeline runs for
`Document.comparison`) the two item lists are aligned in text order: a
resolution pairs with the recommendation whose substance it shares most
(`diffs.content_similarity`), its label and its place in the tree; pairs never
cross each other, so interleaved minutes ("Recommendation No. 2 ... And
Resolved: ...") and a list of decisions after a list of recommendations both
align.  A resolution that adopts recommendations by reference ("the
Recommendation was agreed", "Recommendation No. 3 was agreed", "the
recommendations in the report be approved [with the following amendment]") is
expanded into the recommendations it names.

Across documents (`compare(report, minutes)`) the minute on the same matter is
found first (its item title, a shared paper reference such as "24/00096", or
the wording of its decisions), then its resolutions are paired with the
report's recommendations the same way.  Each side's `Item.span` points into its
own document; `Comparison.report` and `Comparison.minutes` say which.

Statuses come from `diffs.classify`; the word-level diff from `diffs.word_diff`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex
from attrs import frozen

from . import diffs, patterns
from .records import Comparison, DiffOp, DiffOpKind, Document, Item, Pair, ParseWarning, Status
from .text import fold_typography

__all__ = ["compare", "compare_items", "norm_label", "same_matter"]

MATCH_THRESHOLD = 0.3  # a pair needs at least this score (content similarity plus label and layout hints)
LOOSE_MATCH = 0.6  # an out-of-order pair needs this much content similarity
LABEL_BONUS = 0.25
DEPTH_PENALTY = 0.1
BEFORE_PENALTY = 0.15  # a resolution printed before the recommendation it would enact
SPLIT_CONTAINMENT = 0.6  # share of a part's content found in the whole, for a split or merged item
RUN_GAP = 300  # characters between two resolutions that still belong to one run of decisions


# ----------------------------------------------------------------------------- flattening


@frozen
class _Node:
    item: Item
    order: int
    depth: int
    parent: int | None
    top: int  # the order of its top-level ancestor (itself when top level)


def _flatten(items: Sequence[Item]) -> list[_Node]:
    out: list[_Node] = []

    def walk(item: Item, depth: int, parent: int | None, top: int | None) -> None:
        here = len(out)
        out.append(_Node(item, here, depth, parent, here if top is None else top))
        for child in item.children:
            walk(child, depth + 1, here, here if top is None else top)

    for item in items:
        walk(item, 0, None, None)
    return out


def norm_label(label: str | None) -> str:
    """A label without brackets, dots and the words "Recommendation", "Resolution", "No"."""
    if not label:
        return ""
    t = patterns.get("cmp_label_words").sub(" ", fold_typography(label))
    return "".join(ch for ch in t if ch not in "()[].: ")


# ----------------------------------------------------------------------------- pairing


@frozen
class _Match:
    rec: int
    res: int | None
    status: Status
    similarity: float
    by_reference: bool = False


def compare_items(
    recommendations: Sequence[Item], resolutions: Sequence[Item], *, across: bool = False
) -> tuple[Pair, ...]:
    """Pair recommendations with resolutions (one document, or `across` two documents).

    Every recommendation gets a pair (``not_resolved`` when nothing enacts it);
    a resolution no recommendation asked for is ``added`` when it stands among
    the decisions that enact recommendations.  Empty when either side is empty."""
    if not recommendations or not resolutions:
        return ()
    recs, ress = _flatten(recommendations), _flatten(resolutions)
    matches: list[_Match] = []
    consumed: set[int] = set()
    _references(recs, ress, across, matches, consumed)
    if across:
        _decision_by_reference(recs, ress, matches, consumed)
    forced = {m.rec for m in matches}
    anchors = sorted((m.rec, m.res) for m in matches if m.res is not None)
    free_recs = [r for r in recs if r.order not in forced]
    free_ress = [s for s in ress if s.order not in consumed]
    aligned = _align(free_recs, free_ress, anchors, ress, across)
    paired_res = {s for _, s in aligned}
    paired_rec = {r for r, _ in aligned}
    # out of order, but clearly the same wording
    for r, s in _greedy(
        [n for n in free_recs if n.order not in paired_rec], [n for n in free_ress if n.order not in paired_res]
    ):
        aligned.append((r, s))
        paired_rec.add(r)
        paired_res.add(s)
    extra = _splits_and_merges(recs, ress, aligned, paired_rec, paired_res, free_recs, free_ress)
    every = [*aligned, *extra]
    for r, s in every:
        matches.append(_classified(recs, ress, r, s, every))
    paired_rec |= {r for r, _ in extra}
    paired_res |= {s for _, s in extra}
    paired_rec |= _inherited(recs, ress, matches, paired_rec | forced)
    for node in recs:
        if node.order not in paired_rec and node.order not in forced:
            matches.append(_Match(node.order, None, Status.NOT_RESOLVED, 0.0))
    used_res = paired_res | consumed
    paired_any = {m.res for m in matches if m.res is not None}
    return _assemble(recs, ress, matches, _added(recs, ress, used_res, paired_any, across))


def _score(rec: _Node, res: _Node, across: bool) -> float:
    score = diffs.content_similarity(rec.item.text, res.item.text)
    a, b = norm_label(rec.item.label), norm_label(res.item.label)
    if a and b:
        score += LABEL_BONUS if a == b else -LABEL_BONUS / 2
    if rec.depth != res.depth:
        score -= DEPTH_PENALTY
    if not across and res.item.span.start < rec.item.span.start:
        score -= BEFORE_PENALTY
    return score


def _segment(position: int, anchors: Sequence[int]) -> int:
    return sum(1 for a in anchors if a < position)


def _align(
    recs: list[_Node],
    ress: list[_Node],
    anchors: Sequence[tuple[int, int | None]],
    all_ress: list[_Node],
    across: bool,
) -> list[tuple[int, int]]:
    """Order-preserving alignment maximising the summed scores above the threshold (a small DP).

    Pairs fixed by reference are anchors: nothing pairs across them."""
    rec_anchor = [r for r, _ in anchors]
    res_anchor = [all_ress[s].item.span.start for _, s in anchors if s is not None]
    monotone = res_anchor == sorted(res_anchor) and len(res_anchor) == len(rec_anchor)
    n, m = len(recs), len(ress)
    if not n or not m:
        return []
    gain = [[0.0] * m for _ in range(n)]
    for i, r in enumerate(recs):
        for j, s in enumerate(ress):
            if monotone and _segment(r.order, rec_anchor) != _segment(s.item.span.start, res_anchor):
                continue
            value = _score(r, s, across)
            if value >= MATCH_THRESHOLD:
                gain[i][j] = value - MATCH_THRESHOLD + 1e-6
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [best[i - 1][j], best[i][j - 1]]
            if gain[i - 1][j - 1] > 0:
                options.append(best[i - 1][j - 1] + gain[i - 1][j - 1])
            best[i][j] = max(options)
    out: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        g = gain[i - 1][j - 1]
        if g > 0 and abs(best[i][j] - (best[i - 1][j - 1] + g)) < 1e-9:
            out.append((recs[i - 1].order, ress[j - 1].order))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    return out


def _greedy(recs: list[_Node], ress: list[_Node]) -> list[tuple[int, int]]:
    scored = sorted(
        ((diffs.content_similarity(r.item.text, s.item.text), r.order, s.order) for r in recs for s in ress),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_r: set[int] = set()
    used_s: set[int] = set()
    out = []
    for value, r, s in scored:
        if value < LOOSE_MATCH:
            break
        if r in used_r or s in used_s:
            continue
        used_r.add(r)
        used_s.add(s)
        out.append((r, s))
    return out


def _splits_and_merges(
    recs: list[_Node],
    ress: list[_Node],
    aligned: list[tuple[int, int]],
    paired_rec: set[int],
    paired_res: set[int],
    free_recs: list[_Node],
    free_ress: list[_Node],
) -> list[tuple[int, int]]:
    """A recommendation enacted by two resolutions (split), or two recommendations by one (merged)."""
    extra: list[tuple[int, int]] = []
    for res_node in free_ress:
        if res_node.order in paired_res or _preamble_only(res_node):
            continue
        part = diffs.substance(res_node.item.text)
        for r, s in aligned:
            whole = diffs.substance(recs[r].item.text)
            if abs(s - res_node.order) <= 2 and diffs.containment(part, whole) >= SPLIT_CONTAINMENT:
                extra.append((r, res_node.order))
                break
    for rec_node in free_recs:
        if rec_node.order in paired_rec or _preamble_only(rec_node):
            continue
        part = diffs.substance(rec_node.item.text)
        for r, s in aligned:
            whole = diffs.substance(ress[s].item.text)
            if abs(r - rec_node.order) <= 2 and diffs.containment(part, whole) >= SPLIT_CONTAINMENT:
                extra.append((rec_node.order, s))
                break
    return extra


def _preamble_only(node: _Node) -> bool:
    """An item whose own words only introduce its entries ("RESOLUTION 2024/32 That Council:"):
    it enacts nothing by itself, so it is no part of a split or a merge; its entries pair."""
    return bool(node.item.children) and bool(patterns.get("that_body_preamble").match(node.item.text.strip()))


def _inherited(recs: list[_Node], ress: list[_Node], matches: list[_Match], paired: set[int]) -> set[int]:
    """Sub-items of a recommendation whose resolution has no sub-items of its own ("Adopt the strategy,
    including: (i) ...; (ii) ..." enacted by "The strategy be adopted") are enacted with their parent:
    verbatim, or amended when the parent's wording was."""
    by_rec = {m.rec: m for m in matches if m.res is not None}
    out: set[int] = set()
    for node in recs:
        if node.order in paired or node.parent is None:
            continue
        parent: int | None = node.parent
        while parent is not None and parent not in by_rec:
            parent = recs[parent].parent
        if parent is None:
            continue
        enacted = by_rec[parent]
        assert enacted.res is not None
        if ress[enacted.res].item.children:
            continue  # children pair with children
        status = Status.AMENDED if enacted.status is Status.AMENDED else Status.VERBATIM
        matches.append(_Match(node.order, enacted.res, status, 1.0 if status is Status.VERBATIM else 0.0, True))
        by_rec[node.order] = matches[-1]
        out.add(node.order)
    return out


def _classified(recs: list[_Node], ress: list[_Node], r: int, s: int, every: list[tuple[int, int]]) -> _Match:
    rec, res = recs[r].item, ress[s].item
    res_parts = [s2 for r2, s2 in every if r2 == r]
    rec_parts = [r2 for r2, s2 in every if s2 == s]
    if len(res_parts) > 1:  # split: the resolutions together against the recommendation
        parts, whole = [ress[x].item.text for x in sorted(res_parts)], rec.text
    elif len(rec_parts) > 1:  # merged: the recommendations together against the resolution
        parts, whole = [recs[x].item.text for x in sorted(rec_parts)], res.text
    else:
        status, similarity = diffs.classify(rec.text, res.text)
        return _Match(r, s, status, similarity)
    similarity = diffs.content_similarity(" ".join(parts), whole)
    status = Status.REWORDED if diffs.same_substance(parts, whole) else Status.AMENDED
    return _Match(r, s, status, similarity)


def _references(recs: list[_Node], ress: list[_Node], across: bool, matches: list[_Match], consumed: set[int]) -> None:
    """Resolutions that adopt recommendations by reference, or defer them."""
    passive, active = patterns.get("cmp_reference"), patterns.get("cmp_reference_active")
    deferred = patterns.get("cmp_not_resolved")
    taken: set[int] = set()
    for s in ress:
        text = s.item.text
        if deferred.search(text):
            targets = [r for r in _group_before(recs, ress, s, across) if r not in taken]
            if targets:
                consumed.add(s.order)
                for r in targets:
                    matches.append(_Match(r, None, Status.NOT_RESOLVED, 0.0, by_reference=True))
                    taken.add(r)
            continue
        m = passive.search(text) or active.search(text)
        if m is None:
            _bare_decision(recs, ress, s, across, matches, consumed, taken)
            continue
        labels = [norm_label(x) for x in m.captures("label") if x]
        if labels:
            targets = _with_descendants(
                recs, [r.order for r in recs if norm_label(r.item.label) in labels and r.order not in taken]
            )
        elif m.group("para"):
            prefix = m.group("para")
            targets = _with_descendants(
                recs,
                [r.order for r in recs if _label_in_paragraph(r.item.label, prefix) and r.order not in taken],
            )
        else:
            targets = [r for r in _group_before(recs, ress, s, across) if r not in taken]
            if not m.group("plural").lower().endswith("s") and targets:
                top = {recs[r].top for r in targets}
                if len(top) > 1:  # "the Recommendation was agreed": the nearest one before it
                    last = max(top)
                    targets = [r for r in targets if recs[r].top == last]
        if not targets:
            continue
        consumed.add(s.order)
        amended = _amended_targets(recs, s, text[m.end() :], targets)
        for r in targets:
            status = Status.AMENDED if r in amended else Status.VERBATIM
            matches.append(_Match(r, s.order, status, 1.0 if status is Status.VERBATIM else 0.0, True))
            taken.add(r)


def _bare_decision(
    recs: list[_Node],
    ress: list[_Node],
    s: _Node,
    across: bool,
    matches: list[_Match],
    consumed: set[int],
    taken: set[int],
) -> None:
    """ "AGREED", "Agreed unanimously.", "Noted.": a decision with no words of its own enacts the
    recommendations printed just before it: verbatim, or amended when it only notes what was to be approved."""
    if s.item.children:
        return
    own = diffs.substance(s.item.text)
    if own.words or not own.frames:
        return
    targets = [r for r in _group_before(recs, ress, s, across) if r not in taken]
    if not targets:
        return
    consumed.add(s.order)
    for r in targets:
        # "Agreed" adopts whatever was recommended (a "note" included); "Noted" does not approve
        agree = "approve" in own.frames or bool(diffs.substance(recs[r].item.text).frames & own.frames)
        status = Status.VERBATIM if agree else Status.AMENDED
        matches.append(_Match(r, s.order, status, 1.0 if agree else 0.0, True))
        taken.add(r)


def _decision_by_reference(recs: list[_Node], ress: list[_Node], matches: list[_Match], consumed: set[int]) -> None:
    """A report that recommends "the proposed decision, as detailed in the attached record of decision" is
    enacted by every decision of the minute on its matter (that nothing else claimed)."""
    pattern = patterns.get("cmp_rec_reference")
    taken = {m.rec for m in matches}
    for r in recs:
        if r.order in taken or r.depth or not pattern.search(r.item.text):
            continue
        free = [s for s in ress if s.order not in consumed and s.depth == 0]
        if not free or any(_score(r, s, True) >= MATCH_THRESHOLD for s in free):
            continue
        for s in free:
            consumed.add(s.order)
            matches.append(_Match(r.order, s.order, Status.VERBATIM, 1.0, True))
        return


def _label_in_paragraph(label: str | None, paragraph: str) -> bool:
    t = norm_label(label)
    return bool(t) and (t == paragraph.replace(".", "") or (label or "").strip().startswith(paragraph + "."))


def _with_descendants(recs: list[_Node], orders: list[int]) -> list[int]:
    chosen = set(orders)
    changed = True
    while changed:
        changed = False
        for r in recs:
            if r.parent in chosen and r.order not in chosen:
                chosen.add(r.order)
                changed = True
    return sorted(chosen)


def _group_before(recs: list[_Node], ress: list[_Node], s: _Node, across: bool) -> list[int]:
    """The recommendations a "the recommendations be agreed" refers to.

    Across documents: all the report's.  Within one: those printed after the
    previous resolution and before this one."""
    if across:
        return [r.order for r in recs]
    start = s.item.span.start
    previous_end = max(
        (x.item.span.end for x in ress if x.depth == 0 and x.item.span.end <= start and x is not s), default=-1
    )
    return [r.order for r in recs if previous_end <= r.item.span.start < start]


def _amended_targets(recs: list[_Node], s: _Node, rest: str, targets: list[int]) -> set[int]:
    amendment = patterns.get("cmp_reference_amended")
    m = amendment.search(rest) or amendment.search(s.item.text)
    if m is None:
        return set()
    words = " ".join([rest[m.end() :] if amendment.search(rest) else "", *(c.text for c in s.item.children)])
    labelled = {r for r in targets if norm_label(recs[r].item.label) and _names_label(words, recs[r].item.label)}
    if labelled:
        return labelled
    part = diffs.substance(words)
    if part.words:
        scored = sorted(
            ((diffs.containment(part, diffs.substance(recs[r].item.text)), r) for r in targets), reverse=True
        )
        if scored and scored[0][0] >= 0.3:
            return {scored[0][1]}
    return set(targets)


def _names_label(text: str, label: str | None) -> bool:
    lab = norm_label(label)
    return bool(lab) and bool(_label_named(lab).search(text))


@functools.lru_cache(maxsize=256)
def _label_named(label: str) -> regex.Pattern[str]:
    """ "Recommendation 2", "paragraph (b)", "item No. 3" naming one label (built per label, cached)."""
    source = patterns.expand("{cmp_label_naming}") + r"\(?" + regex.escape(label) + r"\)?\b"
    return patterns.build(source, patterns.FLAGS)


def _added(recs: list[_Node], ress: list[_Node], used: set[int], paired: set[int], across: bool) -> list[int]:
    """Unpaired resolutions among the decisions that enact recommendations.

    One is `added` when it is a sibling of a paired resolution, or follows a
    paired (or added) resolution closely with no recommendation between them,
    and does not belong to another minute item; a deferral is never added.
    Across documents the resolutions are already the minute on the report's
    matter: every one left over is added."""
    deferred = patterns.get("cmp_not_resolved")
    if across:
        return [s.order for s in ress if s.order not in used and not deferred.search(s.item.text)]
    rec_items = {_agenda_key(r.item) for r in recs} - {None}
    events = sorted(
        [(r.item.span.start, 0, r.order) for r in recs if r.depth == 0]
        + [(s.item.span.start, 1, s.order) for s in ress if s.depth == 0]
    )
    live: set[int] = set()  # top-level resolutions in a chain that starts at a paired one
    previous: tuple[int, int] | None = None  # (kind, order) of the last top-level item
    previous_end = -1
    for start, kind, order in events:
        node = ress[order] if kind == 1 else recs[order]
        if kind == 1:
            in_pair = any(ress[x].top == order for x in paired)
            follows = previous is not None and previous[0] == 1 and previous[1] in live
            if in_pair or (follows and start - previous_end <= RUN_GAP):
                live.add(order)
        previous, previous_end = (kind, order), node.item.span.end
    parents_of_pairs = {ress[x].parent for x in paired} - {None}
    out = []
    for s in ress:
        if s.order in used or deferred.search(s.item.text):
            continue
        if _preamble_only(s) and any(ress[x].parent == s.order for x in paired):
            continue  # "That Council:" over entries that pair: its entries are the decisions
        key = _agenda_key(s.item)
        if key is not None and rec_items and key not in rec_items:
            continue  # another minute item's decision
        if (s.depth == 0 and s.order in live) or (s.depth > 0 and (s.parent in parents_of_pairs or s.top in live)):
            out.append(s.order)
    return out


def _agenda_key(item: Item) -> tuple[str | None, str | None] | None:
    a = item.agenda_item
    if a is None or (a.number is None and a.title is None):
        return None
    return (a.number, diffs.folded(a.title) if a.title else None)


def _anchor(key: int, recs: list[_Node], ress: list[_Node]) -> int:
    """Where a pair stands in the text: its resolution, or for a `not_resolved` one its recommendation."""
    return ress[key].item.span.start if key >= 0 else recs[-1 - key].item.span.start


def _assemble(recs: list[_Node], ress: list[_Node], matches: list[_Match], added: list[int]) -> tuple[Pair, ...]:
    rows: list[tuple[tuple[int, int, int], Pair]] = []
    res_key: dict[int, tuple[int, int, int]] = {}
    for m in matches:
        rec = recs[m.rec].item
        res = ress[m.res].item if m.res is not None else None
        diff: tuple[DiffOp, ...]
        if m.by_reference or res is None:
            diff = (DiffOp(op=DiffOpKind.EQUAL, words=tuple(rec.text.split())),) if m.status is Status.VERBATIM else ()
        else:
            diff = diffs.word_diff(rec.text, res.text)
        key = (rec.span.start, 0, res.span.start if res else -1)
        pair = Pair(recommendation=rec, resolution=res, status=m.status, similarity=m.similarity, diff=diff)
        rows.append((key, pair))
        res_key[m.res if m.res is not None else -1 - m.rec] = key
    for s in added:
        res = ress[s].item
        before = [k for o, k in res_key.items() if _anchor(o, recs, ress) <= res.span.start]
        base = max(before) if before else (-1, 0, 0)
        rows.append(
            (
                (base[0], 1, res.span.start),
                Pair(recommendation=None, resolution=res, status=Status.ADDED, similarity=0.0, diff=()),
            )
        )
    rows.sort(key=lambda kv: kv[0])
    return tuple(p for _, p in rows)


# ----------------------------------------------------------------------------- across documents


def compare(report: Document, minutes: Document | None = None) -> Comparison:
    """Pair recommendations with the resolutions that enact them.

    ``compare(document)``: within one document (what `Document.comparison`
    holds).  ``compare(report, minutes)``: the report's recommendations against
    the resolutions of the minute on the same matter; "the recommendations in
    the report be approved" is expanded into the report's items."""
    if minutes is None:
        pairs = report.comparison or compare_items(report.recommendations, report.resolutions)
        return Comparison(pairs=tuple(pairs), report=report)
    resolutions = same_matter(report, minutes)
    if not resolutions:
        pairs = tuple(
            Pair(recommendation=node.item, resolution=None, status=Status.NOT_RESOLVED, similarity=0.0)
            for node in _flatten(report.recommendations)
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
    rec_text = " ".join(n.item.text for n in _flatten(report.recommendations))
    best: tuple[float, int] = (0.0, -1)
    for index, (items, context) in enumerate(groups):
        score = 0.0
        if report_words.words:
            score = max(score, diffs.containment(report_words, diffs.substance(context)))
        if report_refs & _paper_refs(context):
            score += 1.0
        wording = " ".join(node.item.text for item in items for node in _flatten([item]))
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
        key = _agenda_key(item)
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
