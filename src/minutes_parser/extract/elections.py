"""Elections between nominations: who was declared elected, and each nomination's votes.

Annual meetings elect their mayor, chair or Cathaoirleach by nomination: each nomination is moved
and seconded ("It was proposed by Councillor A, seconded by Councillor B: 'That Councillor X be
elected Mayor.'"), the meeting votes between them, the minutes print a tally of each nominee's
votes ("Councillor Murphy: 21", "Councillor Hopkins: 13", "Abstain: 1") and then who was declared
elected ("The Mayor then DECLARED Councillor Tony Murphy elected Mayor.").  The motions reader
reads each nomination as a motion, but its outcome word, when any, is the election's: here the
nomination of the one declared elected is carried and its rivals for the same office are lost,
and each nomination takes its nominee's count from the tally (as votes for) and the abstentions.

Near misses that are left as the motions reader read them: a single nomination (nothing to
settle: it is carried or not by its own outcome); nominations for different offices; a tally or
declaration naming none of the nominees; a declaration after the next election's nominations.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .. import patterns
from ..records import Item, Motion, MotionOutcome
from ..text import fold, normalise_space

__all__ = ["drop_lost_nominations", "settle_elections"]


def settle_elections(motions: Sequence[Motion], text: str) -> tuple[Motion, ...]:
    """`motions` with the outcomes and counts of elections between nominations settled."""
    out = list(motions)
    for group in _contests(out):
        last = out[group[-1]]
        following = [out[i].span.start for i in range(group[-1] + 1, len(out))]
        end = min(following, default=len(text))
        window = (last.span.end, end)
        winner = _declared(text, window, [_surname(out[i]) for i in group])
        tally = _tally(text, window)
        abstain = _abstentions(text, window)
        for i in group:
            motion = out[i]
            changes: dict[str, object] = {}
            if winner is not None:
                changes["outcome"] = MotionOutcome.CARRIED if _surname(motion) == winner else MotionOutcome.LOST
            votes = tally.get(_surname(motion) or "")
            if votes is not None and motion.votes_for is None:
                changes["votes_for"] = votes
            if abstain is not None and motion.votes_abstain is None:
                changes["votes_abstain"] = abstain
            out[i] = attrs.evolve(motion, **changes)  # type: ignore[arg-type]
    return tuple(out)


def _nomination(motion: Motion) -> tuple[str, str] | None:
    m = patterns.get("election_nomination").match(normalise_space(motion.text))
    if m is None:
        return None
    return m.group("name"), fold(m.group("office")).strip(" .")


def _surname(motion: Motion) -> str | None:
    found = _nomination(motion)
    return _last_word(found[0]) if found else None


def _last_word(name: str) -> str | None:
    words = [w for w in normalise_space(name).replace("\u2019", "'").split(" ") if w.strip(".")]
    return fold(words[-1]).strip(".") if words else None


def _contests(motions: list[Motion]) -> list[list[int]]:
    """Runs of two or more consecutive nominations for the same office."""
    groups: list[list[int]] = []
    current: list[int] = []
    office: str | None = None
    for i, motion in enumerate(motions):
        found = _nomination(motion)
        if found is not None and found[1] == office:
            current.append(i)
            continue
        if len(current) >= 2:
            groups.append(current)
        current, office = ([i], found[1]) if found is not None else ([], None)
    if len(current) >= 2:
        groups.append(current)
    return groups


def _declared(text: str, window: tuple[int, int], surnames: list[str | None]) -> str | None:
    for m in patterns.get("election_declared").finditer(text, *window):
        name = _last_word(m.group("name"))
        if name in surnames:
            return name
    return None


def _tally(text: str, window: tuple[int, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in patterns.get("election_tally").finditer(text, *window):
        name = _last_word(m.group("name"))
        if name is not None:
            counts.setdefault(name, int(m.group("count")))
    return counts


def _abstentions(text: str, window: tuple[int, int]) -> int | None:
    m = patterns.get("election_abstain").search(text, *window)
    return int(m.group("count")) if m is not None else None


def drop_lost_nominations(
    resolutions: Sequence[Item], motions: Sequence[Motion]
) -> tuple[tuple[Item, ...], tuple[Motion, ...]]:
    """Take out a resolution that holds only a nomination the election lost ("It was then proposed
    by X, seconded by Y: 'That Councillor Z be elected Mayor.'" where Z was not declared): a lost
    motion is never a resolution.  One that also holds a carried nomination stays.  The motions'
    links to resolutions are renumbered."""
    lost = [_wording(m) for m in motions if m.outcome is MotionOutcome.LOST and _nomination(m) is not None]
    if not lost:
        return tuple(resolutions), tuple(motions)
    carried = [_wording(m) for m in motions if m.outcome is MotionOutcome.CARRIED]
    dropped: set[int] = set()
    for i, item in enumerate(resolutions):
        own = fold(normalise_space(item.text))
        if any(w and w in own for w in lost) and not any(w and w in own for w in carried):
            dropped.add(i)
    if not dropped:
        return tuple(resolutions), tuple(motions)
    kept = tuple(item for i, item in enumerate(resolutions) if i not in dropped)
    relinked = []
    for motion in motions:
        path = motion.resolution
        if path is not None and path[0] in dropped:
            motion = attrs.evolve(motion, resolution=None)
        elif path is not None:
            shift = sum(1 for d in dropped if d < path[0])
            motion = attrs.evolve(motion, resolution=(path[0] - shift, *path[1:]))
        relinked.append(motion)
    return kept, tuple(relinked)


def _wording(motion: Motion) -> str:
    found = patterns.get("election_nomination").match(normalise_space(motion.text))
    text = motion.text[found.start("name") :] if found is not None else motion.text
    return fold(normalise_space(text)).strip(" .\u201d\"'")
