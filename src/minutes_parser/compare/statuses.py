"""What a resolution says about the recommendations: a status for each pair.

A pair compared on its words gets `verbatim`, `reworded` or `amended` from
`diffs.classify` (a split or merged pair: its parts together).  A resolution
that adopts recommendations by reference ("the Recommendation was agreed",
"Recommendation No. 3 was agreed", "the recommendations in the report be
approved [with the following amendment]") is expanded into the
recommendations it names; a bare "AGREED" or "Noted." enacts those printed
just before it; a deferral ("this item was deferred") leaves them
`not_resolved`; sub-items whose parent was enacted as a whole are enacted with
it.
"""

from __future__ import annotations

import functools

import regex

from .. import patterns
from ..records import Status
from . import diffs
from .nodes import MATCH_THRESHOLD, Match, Node, Sections, norm_label, score


def classified(
    recs: list[Node], ress: list[Node], r: int, s: int, every: list[tuple[int, int]], sections: Sections
) -> Match:
    rec, res = recs[r].item, ress[s].item
    res_parts = [s2 for r2, s2 in every if r2 == r]
    rec_parts = [r2 for r2, s2 in every if s2 == s]
    parts: list[str] = []
    whole, rec_text, res_text = "", rec.text, res.text
    if len(res_parts) > 1:  # split: the resolutions together against the recommendation
        parts, whole = _distinct([ress[x].item.text for x in sorted(res_parts)], rec.text), rec.text
        if len(parts) == 1:
            rec_text, res_text = rec.text, parts[0]
    elif len(rec_parts) > 1:  # merged: the recommendations together against the resolution
        parts, whole = _distinct([recs[x].item.text for x in sorted(rec_parts)], res.text), res.text
        if len(parts) == 1:
            rec_text, res_text = parts[0], res.text
    if len(parts) == 1:  # the other parts only repeat it: judged on its own
        status, similarity = diffs.classify(rec_text, res_text)
        return Match(r, s, status, similarity)
    if not parts:
        status, similarity = diffs.classify(rec.text, res.text)
        if status is Status.AMENDED and sections.names_title(rec, res):
            status = Status.REWORDED  # the matter adopted by its title, nothing of its own added
        return Match(r, s, status, similarity)
    similarity = diffs.content_similarity(" ".join(parts), whole)
    status = Status.REWORDED if diffs.same_substance(parts, whole) else Status.AMENDED
    return Match(r, s, status, similarity)


REPEAT = 0.9  # share of a part's content found in another part, for the part to only repeat it


def _distinct(parts: list[str], whole: str) -> list[str]:
    """The parts of a split or merged pair that say something the others do not: a part whose content is all
    (or nearly all) in another part only repeats it ("Action Summary Minutes" beside "Adopted the Action Summary
    Minutes", a motion restating the recommendation printed above it).  Of two that repeat each other, the one
    closer to `whole` stays (then the one with a decision verb, the fuller, the first)."""
    subs = [diffs.substance(p) for p in parts]
    rank = [(diffs.content_similarity(sub, whole), bool(sub.frames), len(sub.words), -i) for i, sub in enumerate(subs)]
    out = []
    for i, p in enumerate(parts):
        repeats = any(
            j != i
            and max(diffs.containment(subs[i], subs[j]), diffs.containment(subs[j], subs[i])) >= REPEAT
            and rank[j] > rank[i]
            for j in range(len(parts))
        )
        if not repeats:
            out.append(p)
    return out or parts[:1]


def references(recs: list[Node], ress: list[Node], across: bool, matches: list[Match], consumed: set[int]) -> None:
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
                    matches.append(Match(r, None, Status.NOT_RESOLVED, 0.0, by_reference=True))
                    taken.add(r)
            continue
        m = passive.search(text) or active.search(text)
        if m is None:
            bare_decision(recs, ress, s, across, matches, consumed, taken)
            if s.order not in consumed:
                verdict_decision(recs, ress, s, across, matches, consumed, taken)
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
            matches.append(Match(r, s.order, status, 1.0 if status is Status.VERBATIM else 0.0, True))
            taken.add(r)


def bare_decision(
    recs: list[Node],
    ress: list[Node],
    s: Node,
    across: bool,
    matches: list[Match],
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
        matches.append(Match(r, s.order, status, 1.0 if agree else 0.0, True))
        taken.add(r)


def verdict_decision(
    recs: list[Node],
    ress: list[Node],
    s: Node,
    across: bool,
    matches: list[Match],
    consumed: set[int],
    taken: set[int],
) -> None:
    """ "APPLICATION FOR REAR ADDITION – APPROVED WITH CONDITIONS.": a verdict on the matter, with no
    words of its own, enacts the one recommendation printed just before it that asked for a verdict
    ("Staff recommends Approval of the project ..."): `reworded` when the verdicts agree, `amended` when
    the meeting decided otherwise (approval recommended, the application denied).  Near miss: with two
    such recommendations before it, or none, the verdict is not paired by this rule."""
    if s.item.children:
        return
    verdict = patterns.get("cmp_verdict_decision").search(s.item.text)
    if verdict is None:
        return
    asked = patterns.get("cmp_verdict_recommended")
    targets = []
    for r in _group_before(recs, ress, s, across):
        m = asked.search(recs[r].item.text)
        if r not in taken and m is not None and recs[r].depth == 0:
            targets.append((r, bool(m.group("approve"))))
    if len(targets) != 1:
        return
    r, approve = targets[0]
    consumed.add(s.order)
    agree = approve == bool(verdict.group("approve"))
    matches.append(Match(r, s.order, Status.REWORDED if agree else Status.AMENDED, 1.0 if agree else 0.0, True))
    taken.add(r)


def decision_by_reference(recs: list[Node], ress: list[Node], matches: list[Match], consumed: set[int]) -> None:
    """A report that recommends "the proposed decision, as detailed in the attached record of decision" is
    enacted by every decision of the minute on its matter (that nothing else claimed)."""
    pattern = patterns.get("cmp_rec_reference")
    taken = {m.rec for m in matches}
    for r in recs:
        if r.order in taken or r.depth or not pattern.search(r.item.text):
            continue
        free = [s for s in ress if s.order not in consumed and s.depth == 0]
        if not free or any(score(r, s, True) >= MATCH_THRESHOLD for s in free):
            continue
        for s in free:
            consumed.add(s.order)
            matches.append(Match(r.order, s.order, Status.VERBATIM, 1.0, True))
        return


def _label_in_paragraph(label: str | None, paragraph: str) -> bool:
    t = norm_label(label)
    return bool(t) and (t == paragraph.replace(".", "") or (label or "").strip().startswith(paragraph + "."))


def _with_descendants(recs: list[Node], orders: list[int]) -> list[int]:
    chosen = set(orders)
    changed = True
    while changed:
        changed = False
        for r in recs:
            if r.parent in chosen and r.order not in chosen:
                chosen.add(r.order)
                changed = True
    return sorted(chosen)


def _group_before(recs: list[Node], ress: list[Node], s: Node, across: bool) -> list[int]:
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


def _amended_targets(recs: list[Node], s: Node, rest: str, targets: list[int]) -> set[int]:
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


def inherited(recs: list[Node], ress: list[Node], matches: list[Match], paired: set[int]) -> set[int]:
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
        matches.append(Match(node.order, enacted.res, status, 1.0 if status is Status.VERBATIM else 0.0, True))
        by_rec[node.order] = matches[-1]
        out.add(node.order)
    return out


def item_labels(named: str) -> set[str]:
    """The labels a consent motion names, a range expanded: "B through I" -> B, C, ... I; "1 and 2";
    "5.1 to 5.4" -> 5.1, 5.2, 5.3, 5.4; "A-C".  Labels folded as `norm_label` folds them (lower case)."""
    label = patterns.get("cmp_item_label_one")
    out: set[str] = set()
    found = list(label.finditer(named))
    for k, m in enumerate(found):
        here = m.group(0)
        out.add(norm_label(here))
        if k == 0:
            continue
        between = named[found[k - 1].end() : m.start()].strip().lower()
        if between not in {"through", "thru", "to", "-", "–"}:
            continue
        first = found[k - 1].group(0)
        if len(first) == 1 and len(here) == 1 and first.isalpha() and here.isalpha() and first.lower() < here.lower():
            out |= {chr(c) for c in range(ord(first.lower()), ord(here.lower()) + 1)}
            continue
        a, _, last_a = first.rpartition(".")
        b, _, last_b = here.rpartition(".")
        if a == b and last_a.isdigit() and last_b.isdigit() and int(last_a) < int(last_b) <= int(last_a) + 50:
            out |= {norm_label(f"{a}.{n}" if a else str(n)) for n in range(int(last_a), int(last_b) + 1)}
    return out


def consent_items(
    recs: list[Node], ress: list[Node], sections: Sections, matches: list[Match], consumed: set[int]
) -> None:
    """A consent (omnibus) motion that names the agenda items it approves ("to approve Items B through I on
    the consent agenda", "approve the Consent Calendar item 3") resolves the recommendation printed under
    each item it names: `reworded` (the meeting adopted it in other words, by the item's label).  An item is
    found by the label of the item heading printed over the recommendation, else by the recommendation's
    own label."""
    pattern = patterns.get("cmp_consent_items")
    taken = {m.rec for m in matches}
    for s in ress:
        if s.order in consumed:
            continue
        m = pattern.search(s.item.text)
        if m is None:
            continue
        named = set().union(*(item_labels(x) for x in m.captures("labels")))
        targets = []
        for r in recs:
            if r.order in taken or r.depth:
                continue
            heading = sections.heading(r.item)
            label = heading[1] if heading else norm_label(r.item.label)
            if label in named:
                targets.append(r.order)
        if not targets:
            continue
        consumed.add(s.order)
        for r_order in _with_descendants(recs, targets):
            if r_order in taken:
                continue
            matches.append(Match(r_order, s.order, Status.REWORDED, 1.0, True))
            taken.add(r_order)
