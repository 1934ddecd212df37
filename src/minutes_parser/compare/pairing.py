"""Pairing: each recommendation with the resolution that enacts it, within one document or across two.

The two item lists are aligned in text order: a resolution pairs with the
recommendation whose substance it shares most (`diffs.content_similarity`),
its label and its place in the tree (`nodes.score`); pairs never cross each
other, so interleaved minutes ("Recommendation No. 2 ... And Resolved: ...")
and a list of decisions after a list of recommendations both align.  Pairs
fixed by reference (`statuses.references`) are anchors nothing crosses;
clearly the same wording pairs even out of order; a recommendation enacted by
two resolutions (split) or two by one (merged) pair as parts.  What is left is
`not_resolved` (a recommendation) or `added` (a resolution among the decisions
that enact recommendations).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import patterns
from ..records import DiffOp, DiffOpKind, Item, Pair, Status
from . import diffs
from .nodes import LOOSE_MATCH, MATCH_THRESHOLD, Match, Node, Sections, agenda_key, flatten, preamble_only, score
from .statuses import classified, consent_items, decision_by_reference, inherited, references

SPLIT_CONTAINMENT = 0.6  # share of a part's content found in the whole, for a split or merged item
RUN_GAP = 300  # characters between two resolutions that still belong to one run of decisions
IN_TURN_MATCH = 0.1  # content shared by a recommendation and the one decision printed after it, before the next
ITEM_PREAMBLE = 5000  # at most this many characters before a recommendation read for the item's own description


def compare_items(
    recommendations: Sequence[Item],
    resolutions: Sequence[Item],
    *,
    across: bool = False,
    text: str | None = None,
) -> tuple[Pair, ...]:
    """Pair recommendations with resolutions (one document, or `across` two documents).

    Every recommendation gets a pair (``not_resolved`` when nothing enacts it);
    a resolution no recommendation asked for is ``added`` when it stands among
    the decisions that enact recommendations.  Empty when either side is empty.
    With the document's `text` (one document), a recommendation and a resolution
    with a minute heading between them do not pair (`nodes.Sections`)."""
    if not recommendations or not resolutions:
        return ()
    recs, ress = flatten(recommendations), flatten(resolutions)
    sections = Sections() if across else Sections.of(text, [n.item for n in (*recs, *ress)])
    matches: list[Match] = []
    consumed: set[int] = set()
    references(recs, ress, across, matches, consumed)
    if across:
        decision_by_reference(recs, ress, matches, consumed)
    else:
        consent_items(recs, ress, sections, matches, consumed)
    forced = {m.rec for m in matches}
    anchors = sorted((m.rec, m.res) for m in matches if m.res is not None)
    free_recs = [r for r in recs if r.order not in forced]
    free_ress = [s for s in ress if s.order not in consumed]
    aligned = _align(free_recs, free_ress, anchors, ress, across, sections)
    paired_res = {s for _, s in aligned}
    paired_rec = {r for r, _ in aligned}
    # out of order, but clearly the same wording
    for r, s in _greedy(
        [n for n in free_recs if n.order not in paired_rec],
        [n for n in free_ress if n.order not in paired_res],
        sections,
    ):
        aligned.append((r, s))
        paired_rec.add(r)
        paired_res.add(s)
    for r, s in _by_title(
        [n for n in free_recs if n.order not in paired_rec and n.depth == 0],
        [n for n in free_ress if n.order not in paired_res and n.depth == 0],
        sections,
    ):
        aligned.append((r, s))
        paired_rec.add(r)
        paired_res.add(s)
    in_turn = _in_turn(recs, ress, paired_rec | forced, paired_res | consumed, sections)
    for r, s in in_turn:
        aligned.append((r, s))
        paired_rec.add(r)
        paired_res.add(s)
    extra = _splits_and_merges(recs, ress, aligned, paired_rec, paired_res, free_recs, free_ress, sections)
    every = [*aligned, *extra]
    for r, s in every:
        match = classified(recs, ress, r, s, every, sections)
        if (r, s) in in_turn and match.status is Status.AMENDED and _names_its_item(recs, ress, r, s, text):
            match = Match(r, s, Status.REWORDED, match.similarity)
        matches.append(match)
    paired_rec |= {r for r, _ in extra}
    paired_res |= {s for _, s in extra}
    paired_rec |= inherited(recs, ress, matches, paired_rec | forced)
    for node in recs:
        if node.order not in paired_rec and node.order not in forced:
            matches.append(Match(node.order, None, Status.NOT_RESOLVED, 0.0))
    used_res = paired_res | consumed
    paired_any = {m.res for m in matches if m.res is not None}
    return _assemble(recs, ress, matches, _added(recs, ress, used_res, paired_any, across, sections))


def _segment(position: int, anchors: Sequence[int]) -> int:
    return sum(1 for a in anchors if a < position)


def _align(
    recs: list[Node],
    ress: list[Node],
    anchors: Sequence[tuple[int, int | None]],
    all_ress: list[Node],
    across: bool,
    sections: Sections,
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
            if sections.apart(r.item, s.item):
                continue
            value = score(r, s, across)
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


def _greedy(recs: list[Node], ress: list[Node], sections: Sections) -> list[tuple[int, int]]:
    scored = sorted(
        (
            (diffs.content_similarity(r.item.text, s.item.text), r.order, s.order)
            for r in recs
            for s in ress
            if not sections.apart(r.item, s.item)
        ),
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


def _by_title(recs: list[Node], ress: list[Node], sections: Sections) -> list[tuple[int, int]]:
    """A resolution that names its item heading's title ("to approve the 2031 Budget" under "A. 2031
    Budget") resolves the one recommendation left under that heading (`Sections.names_title`)."""
    out = []
    used: set[int] = set()
    for s in ress:
        under = [r for r in recs if r.order not in used and sections.names_title(r.item, s.item)]
        if len(under) == 1:
            out.append((under[0].order, s.order))
            used.add(under[0].order)
    return out


def _in_turn(
    recs: list[Node], ress: list[Node], paired_rec: set[int], paired_res: set[int], sections: Sections
) -> list[tuple[int, int]]:
    """A recommendation and the decision printed after it and before the next recommendation.

    Minutes that print each item's staff or committee recommendation and then the meeting's motion on
    it ("Staff recommends the Planning Commission approve the preliminary subdivision ..." then "MOTION:
    ... moved that we approve the Preliminary Subdivision for two lots ...") word the two differently, too
    differently for the alignment.  Each recommendation left over pairs with the decision in its window
    (after it, before the next top-level recommendation, no minute heading between) that shares the most
    of its content, at least `IN_TURN_MATCH` and a word beside numbers; a procedural motion in the window
    ("to close the public hearing") shares none, and a deferral is no decision on it."""
    deferred = patterns.get("cmp_not_resolved")
    tops = sorted((r for r in recs if r.depth == 0), key=lambda n: n.item.span.start)
    taken = set(paired_res)
    out: list[tuple[int, int]] = []
    for k, r in enumerate(tops):
        family = {r.order} | {n.order for n in recs if n.top == r.order}
        if family & paired_rec:
            continue
        start = r.item.span.end
        stop = tops[k + 1].item.span.start if k + 1 < len(tops) else None
        best: tuple[float, int] | None = None
        for s in ress:
            at = s.item.span.start
            if s.depth or s.order in taken or at < start or (stop is not None and at >= stop):
                continue
            if sections.apart(r.item, s.item) or deferred.search(s.item.text):
                continue
            value = diffs.content_similarity(r.item.text, s.item.text)
            if value < IN_TURN_MATCH or not _shares_a_word(r.item.text, s.item.text):
                continue
            if best is None or value > best[0]:
                best = (value, s.order)
        if best is not None:
            out.append((r.order, best[1]))
            taken.add(best[1])
    return out


def _shares_a_word(a: str, b: str) -> bool:
    """Whether two wordings share a content word, not only a number ("two pumps", "items 2 and 3")."""
    shared = diffs.substance(a).counts & diffs.substance(b).counts
    return any(any(ch.isalpha() for ch in word) and len(word) > 2 for word in shared)


def _names_its_item(recs: list[Node], ress: list[Node], r: int, s: int, text: str | None) -> bool:
    """Whether a decision adds to the recommendation only words of the item's own description printed
    before it ("approve the Preliminary Subdivision for two lots located at 576 W Seventh Ave" under "JLF
    Ventures requests Preliminary Subdivision approval for two lots located at 576 W Seventh Ave"): the
    meeting named the matter, it did not change what was recommended."""
    if not text:
        return False
    rec = recs[r].item
    before = [n.item.span.end for n in (*recs, *ress) if n.item.span.end <= rec.span.start]
    lo = max([rec.span.start - ITEM_PREAMBLE, *before])
    recommended = " ".join(n.item.text for n in recs if n.order == r or n.top == r)
    added = diffs.substance(ress[s].item.text).counts - diffs.substance(recommended).counts
    if not added:
        return True
    described = diffs.mentioned(text[lo : rec.span.end])
    return all(word in described for word in added)


def _splits_and_merges(
    recs: list[Node],
    ress: list[Node],
    aligned: list[tuple[int, int]],
    paired_rec: set[int],
    paired_res: set[int],
    free_recs: list[Node],
    free_ress: list[Node],
    sections: Sections,
) -> list[tuple[int, int]]:
    """A recommendation enacted by two resolutions (split), or two recommendations by one (merged)."""
    extra: list[tuple[int, int]] = []
    for res_node in free_ress:
        if res_node.order in paired_res or preamble_only(res_node):
            continue
        part = diffs.substance(res_node.item.text)
        for r, s in aligned:
            whole = diffs.substance(recs[r].item.text)
            if sections.apart(recs[r].item, res_node.item):
                continue
            if abs(s - res_node.order) <= 2 and diffs.containment(part, whole) >= SPLIT_CONTAINMENT:
                extra.append((r, res_node.order))
                break
    for rec_node in free_recs:
        if rec_node.order in paired_rec or preamble_only(rec_node):
            continue
        part = diffs.substance(rec_node.item.text)
        for r, s in aligned:
            whole = diffs.substance(ress[s].item.text)
            if sections.apart(rec_node.item, ress[s].item):
                continue
            if abs(r - rec_node.order) <= 2 and diffs.containment(part, whole) >= SPLIT_CONTAINMENT:
                extra.append((rec_node.order, s))
                break
    return extra


def _added(
    recs: list[Node], ress: list[Node], used: set[int], paired: set[int], across: bool, sections: Sections
) -> list[int]:
    """Unpaired resolutions among the decisions that enact recommendations.

    One is `added` when it is a sibling of a paired resolution, or follows a
    paired (or added) resolution closely with no recommendation between them,
    and does not belong to another minute item (its agenda item, or a minute
    heading printed between it and every recommendation); a deferral is never added.
    Across documents the resolutions are already the minute on the report's
    matter: every one left over is added."""
    deferred = patterns.get("cmp_not_resolved")
    if across:
        return [s.order for s in ress if s.order not in used and not deferred.search(s.item.text)]
    rec_items = {agenda_key(r.item) for r in recs} - {None}
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
        if preamble_only(s) and any(ress[x].parent == s.order for x in paired):
            continue  # "That Council:" over entries that pair: its entries are the decisions
        key = agenda_key(s.item)
        if key is not None and rec_items and key not in rec_items:
            continue  # another minute item's decision
        if all(sections.apart(r.item, s.item) for r in recs):
            continue  # a decision under a minute heading of its own, where nothing was recommended
        if (s.depth == 0 and s.order in live) or (s.depth > 0 and (s.parent in parents_of_pairs or s.top in live)):
            out.append(s.order)
    return out


def _anchor(key: int, recs: list[Node], ress: list[Node]) -> int:
    """Where a pair stands in the text: its resolution, or for a `not_resolved` one its recommendation."""
    return ress[key].item.span.start if key >= 0 else recs[-1 - key].item.span.start


def _assemble(recs: list[Node], ress: list[Node], matches: list[Match], added: list[int]) -> tuple[Pair, ...]:
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
