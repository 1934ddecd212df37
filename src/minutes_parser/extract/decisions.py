"""Decisions recorded only as motions: a carried motion whose words no resolution holds.

Many minutes record a decision as nothing but its motion: "Motion made by Stuart to accept the
agenda, seconded by Brad. Yes - 5, No - 0", "Supervisor X makes a motion to approve the October
minutes, Supervisor Y seconds the motion ... Motion carried", "President X moved to approve the
consent calendar as presented. Director Y seconded the motion. Motion carried ...".  The items
reader finds decisions by their headings and verbs ("RESOLVED", "It was agreed"); these carry
none, and the motions reader has already read their wording, mover and outcome.  A motion that
was carried (ANNOTATION.md: "a motion that carried usually also gives a resolution") and that
produced no resolution of its own becomes one here, with the motion's wording and span; the
motion is linked to it.

A resolution the items reader took as a moved motion's whole sentence, with its mover clause or
running on into its seconding and vote ("Moved by Director X, seconded by Y, and carried
unanimously to approve ...", "to accept the report, 2nd by JG."), is trimmed to the motion's
wording (ANNOTATION.md: "the motion's wording as printed without 'Moved by ... that'").

Near misses that stay out: a motion lost, withdrawn, deferred or without an outcome; an
amendment (what it changes is the motion's resolution, not a decision of its own); a motion
whose wording a resolution already holds (the link the motions reader made); a wording too short
to be a decision ("to", "that"); a wording that points at an item printed elsewhere ("Moved by X to
adopt.", "that this ordinance do now pass": the item above it is the decision).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .. import patterns
from ..records import Item, ItemKind, Motion, MotionOutcome, Span
from ..text import normalise_space

__all__ = ["MIN_WORDS", "onward_recommendations", "resolutions_from_motions"]

MIN_WORDS = 2  # the fewest words a motion's wording needs to stand as a decision ("to adjourn")
MAX_LEAD = 300  # the longest mover clause trimmed from before a motion's wording (characters)
POINTED_REACH = 1500  # how far above a motion adopting "this agenda item" its resolution printed whole may end


def resolutions_from_motions(
    resolutions: Sequence[Item],
    motions: Sequence[Motion],
    text: str = "",
    span_of: Callable[[int, int], Span] | None = None,
) -> tuple[tuple[Item, ...], tuple[Motion, ...]]:
    """The resolutions with one added for each carried motion that produced none, in the order of
    the text, and the motions with their links renumbered to match.  With `span_of` (the source's
    spans), a motion whose words stand above its movers and the meeting's assent ("To approve the
    minutes ..." / "Proposed RJ, seconded TH. Approved. All in favour.") gives the whole minute as
    printed, its words to its assent (ANNOTATION.md: a decision in prose holds the whole sentence)."""
    resolutions = [_trimmed(r, motions, text) for r in resolutions]
    resolutions = _motion_words_for_restatements(resolutions, motions)
    if span_of is not None:
        resolutions = _widened(resolutions, motions, text, span_of)
        resolutions = [_as_sentence(r, motions, text, span_of) for r in resolutions]
    resolutions, motions = _without_pointing_copies(resolutions, motions)
    taken = [r.span for r in resolutions]
    added: list[tuple[int, Item]] = []  # (motion index, new item)
    pointed: dict[int, int] = {}  # motion index -> the resolution printed whole that it adopts by number
    for index, motion in enumerate(motions):
        if any(_overlaps(motion, span.start, span.end) for span in taken):
            continue
        adopted = _adopted_by_number(motion, resolutions)
        if adopted is not None:
            pointed[index] = adopted
            continue
        sentence = _referring_sentence(motion, text) if span_of is not None else None
        if sentence is not None and span_of is not None:
            item = Item(
                kind=ItemKind.RESOLUTION,
                label=None,
                text=normalise_space(text[sentence[0] : sentence[1]]),
                span=span_of(*sentence),
            )
            added.append((index, item))
            taken.append(item.span)
            continue
        entry = _entry_above(motion, text, motions, index) if span_of is not None else None
        if (
            entry is not None
            and span_of is not None
            and not any(span.start < entry[2] and entry[1] < span.end for span in taken)
        ):
            label, start, end = entry
            item = Item(
                kind=ItemKind.RESOLUTION,
                label=label,
                text=normalise_space(text[start:end]),
                span=span_of(start, end),
            )
            added.append((index, item))
            taken.append(item.span)
            continue
        if not _stands_alone(motion):
            continue
        item = Item(kind=ItemKind.RESOLUTION, label=_entry_label(motion, text), text=motion.text, span=motion.span)
        whole = _assented_minute(motion, text) if span_of is not None else None
        if whole is None and span_of is not None:
            whole = _impersonal_sentence(motion, text)
        if whole is not None and span_of is not None:
            item = Item(
                kind=ItemKind.RESOLUTION,
                label=None,
                text=normalise_space(text[whole[0] : whole[1]]),
                span=span_of(*whole),
            )
        elif span_of is not None:
            item = _with_listed_terms(item, text, span_of)
        added.append((index, item))
        taken.append(item.span)
    if not added and not pointed:
        return tuple(resolutions), tuple(motions)
    ordered = sorted(
        [(r.span.start, ("old", i), r) for i, r in enumerate(resolutions)]
        + [(item.span.start, ("new", index), item) for index, item in added],
        key=lambda entry: entry[0],
    )
    position = {key: new for new, (_, key, _) in enumerate(ordered)}
    linked: list[Motion] = []
    for index, motion in enumerate(motions):
        if ("new", index) in position:
            linked.append(attrs.evolve(motion, resolution=(position[("new", index)],)))
        elif index in pointed:
            linked.append(attrs.evolve(motion, resolution=(position[("old", pointed[index])],)))
        elif motion.resolution:
            head, *rest = motion.resolution
            linked.append(attrs.evolve(motion, resolution=(position[("old", head)], *rest)))
        else:
            linked.append(motion)
    return tuple(item for _, _, item in ordered), tuple(linked)


MIN_LISTED_TERMS = 2  # entries under a motion's colon that make its words a parent over them


def _with_listed_terms(item: Item, text: str, span_of: Callable[[int, int], Span]) -> Item:
    """A carried motion's decision whose words end in a colon over numbered or lettered entries, each opening a
    line ("... APPROVE PLZ-25-2017 ... subject to the following conditions:" / "1. The site ..." / "2. ..."): the
    words to the colon, the entries under them (as a resolution printed with its conditions is read).  Near misses:
    a colon with no entries after it, one entry only, entries inside a sentence ("(1) ...; and (2) ..."), the
    findings a decision rests on ("... with the following findings:", "based on the following: Findings:"): its
    reasons, not things decided."""
    start, end = item.span.start, item.span.end
    colon = patterns.get("motion_colon_before_entries").search(text, start, end)
    if colon is None:
        return item
    first_colon = text.find(":", start, colon.end())
    if first_colon < 0:
        first_colon = colon.start()  # ("... as provided below." / "1. ...": the pointer's stop)
    if patterns.get("motion_reasons_before_colon").search(text, start, first_colon + 1):
        return item  # "... based on the following: Findings:" / "1. ...": the reasons stay in the words
    labels = list(patterns.get("motion_next_entry_line").finditer(text, colon.end() - 1, end))
    if len(labels) < MIN_LISTED_TERMS:
        return item
    children: list[Item] = []
    for n, label in enumerate(labels):
        words_at = label.end()
        while words_at < end and text[words_at] in " \t":
            words_at += 1
        stop = labels[n + 1].start() if n + 1 < len(labels) else end
        while stop > words_at and text[stop - 1].isspace():
            stop -= 1
        if stop <= words_at:
            return item
        children.append(
            Item(
                kind=ItemKind.RESOLUTION,
                label=normalise_space(label.group(0)).strip(),
                text=normalise_space(text[words_at:stop]),
                span=span_of(words_at, stop),
            )
        )
    head_end = colon.end("stop")
    return attrs.evolve(
        item, text=normalise_space(text[start:head_end]), span=span_of(start, head_end), children=tuple(children)
    )


def _motion_words_for_restatements(resolutions: list[Item], motions: Sequence[Motion]) -> list[Item]:
    """A resolution read from the sentence that reports a motion's fate after its roll call ("With 21
    affirmative votes, the motion to adopt the plan ... was approved unanimously.") where the motion it reports
    was printed with words of its own above ("Mayor X made a motion that the Council adopt the plan ..."): the
    decision is the motion's words, as for any carried motion.  Near misses: a sentence that reports no motion
    ("The plan was approved unanimously."), a motion whose words only point at the matter ("to approve it")."""
    out = list(resolutions)
    for motion in motions:
        if (
            motion.outcome is not MotionOutcome.CARRIED
            or not motion.resolution
            or len(motion.text.split()) < MIN_WORDS
            or patterns.get("motion_referring_wording").match(motion.text)
        ):
            continue
        index = motion.resolution[0]
        if not 0 <= index < len(out):
            continue
        item = out[index]
        if (
            item.children
            or item.span.start < motion.span.end
            or not patterns.get("decision_restates_motion").match(item.text)
        ):
            continue
        out[index] = attrs.evolve(item, text=motion.text, span=motion.span)
    return out


def _without_pointing_copies(resolutions: Sequence[Item], motions: Sequence[Motion]) -> tuple[list[Item], list[Motion]]:
    """The resolutions less the words of a motion that adopts the resolution printed whole above it by pointing
    at it ("that this agenda item be approved.", read as a decision of its own), and the motions with their links
    renumbered: that motion's decision is the resolution it adopts (`_adopted_by_number`)."""
    dropped: set[int] = set()
    for motion in motions:
        if _adopted_by_number(motion, resolutions) is None or patterns.get("adopting_motion_words").match(motion.text):
            continue
        dropped |= {n for n, r in enumerate(resolutions) if _overlaps(motion, r.span.start, r.span.end)}
    if not dropped:
        return list(resolutions), list(motions)
    new_index = {old: new for new, old in enumerate(n for n in range(len(resolutions)) if n not in dropped)}
    kept = [r for n, r in enumerate(resolutions) if n not in dropped]
    relinked = [
        attrs.evolve(m, resolution=tuple(new_index[n] for n in m.resolution if n in new_index)) if m.resolution else m
        for m in motions
    ]
    return kept, relinked


def _adopted_by_number(motion: Motion, resolutions: Sequence[Item]) -> int | None:
    """The index of the resolution printed whole in the minutes, labelled by its number ("RESOLUTION NO.
    2023-04-01"), that a carried motion adopts by that number alone ("to approve Resolution No. 2023-04-01."): the
    motion's decision is that resolution, not its own words.  None otherwise (near misses: no resolution of that
    number printed; "to approve Resolution No. 2023-04-01 as amended", words of its own)."""
    if motion.outcome is not MotionOutcome.CARRIED:
        return None
    number_rx = patterns.get("resolution_number_line")
    m = patterns.get("adopting_motion_words").match(motion.text)
    if m is None:
        if not patterns.get("adopting_motion_pointing_words").match(motion.text):
            return None
        # "that this agenda item be approved.": the numbered resolution printed whole just above it, its clauses
        # under it (near miss: the same words far below a resolution, or over a bare number with no clauses)
        above = [
            n
            for n, item in enumerate(resolutions)
            if item.span.end <= motion.span.start and motion.span.start - item.span.end <= POINTED_REACH
        ]
        n = max(above, key=lambda k: resolutions[k].span.end, default=None)
        if n is not None and resolutions[n].children and number_rx.match(resolutions[n].label or ""):
            return n
        return None
    for n, item in enumerate(resolutions):
        lm = number_rx.match(item.label or "")
        if lm is not None and lm.group("number").rstrip(".") == m.group("number").rstrip("."):
            return n
    return None


def _trimmed(item: Item, motions: Sequence[Motion], text: str) -> Item:
    """A resolution read as a moved motion's whole sentence ("to accept the report, 2nd by JG.",
    "to approve the transfer ..., Supervisor Y second, Supervisor Z take a vote, ... aye") keeps only
    the motion's wording where a carried motion starts with it and ends inside it; a resolution with
    entries of its own, one that ends where the motion does, or one whose motion names its mover only
    after its wording ("Village Hall - Cllr A. Proposed by Cllr B, seconded by Cllr C.": the entry as the
    minutes print it is the decision, no mover clause leads it) stays as it is."""
    if item.children:
        return item
    for motion in motions:
        # (the motion may run a closing mark past the decision's end: "... sites”." against "... sites”")
        inside = item.span.start <= motion.span.start and (
            motion.span.end <= item.span.end or not text[item.span.end : motion.span.end].strip(".;,:\u201d\u2019\"'")
        )
        if (
            motion.outcome is not MotionOutcome.CARRIED
            or not inside
            or (motion.span.start, motion.span.end) == (item.span.start, item.span.end)
            or len(motion.text.split()) < MIN_WORDS
            or motion.span.start - item.span.start > MAX_LEAD
            or (motion.mover_span is not None and motion.mover_span.start >= motion.span.end)
        ):
            continue
        lead, tail = text[item.span.start : motion.span.start], text[motion.span.end : item.span.end]
        if patterns.get("impersonal_motion_lead").fullmatch(lead):
            continue  # "It was proposed by A and seconded by B that ...": prose, the whole sentence decides
        ran_on = tail.strip() == "" or patterns.get("decision_vote_tail").match(tail) is not None
        if ran_on and (motion.span.start == item.span.start or patterns.get("decision_mover_lead").fullmatch(lead)):
            return attrs.evolve(item, text=motion.text, span=motion.span)
    return item


MAX_MINUTE = 600  # the longest minute, words to assent, given whole (characters)


def _widened(
    resolutions: list[Item], motions: Sequence[Motion], text: str, span_of: Callable[[int, int], Span]
) -> list[Item]:
    """A resolution read as part of an assented minute (its movers' sentence, "... Proposed MC,
    seconded TH.", or the paragraph under the item's heading) becomes the whole minute, the item's
    words to its assent; near misses: a resolution with entries of its own, one reaching outside the
    minute."""
    wholes = [w for m in motions if m.outcome is MotionOutcome.CARRIED and (w := _assented_minute(m, text))]
    if not wholes:
        return resolutions
    out: list[Item] = []
    for item in resolutions:
        inside = [w for w in wholes if w[0] <= item.span.start and item.span.end <= w[1] + 2]
        if item.children or not inside or (item.span.start, item.span.end) == inside[0]:
            out.append(item)
            continue
        start, end = inside[0]
        out.append(attrs.evolve(item, text=normalise_space(text[start:end]), span=span_of(start, end)))
    return out


def _assented_minute(motion: Motion, text: str) -> tuple[int, int] | None:
    """From the motion's words to the end of its movers and the assent printed with them, when the
    words stand above the movers and the minutes print the meeting's assent (an outcome span) beside
    them; near misses: a vote tally read from the next line (no outcome span), a motion worded after
    its movers, a paragraph break between, a motion in words of its own ("That Council waives ..." /
    "Ash/Birch" / "CARRIED": the words are the decision, the movers and outcome its record)."""
    mover, outcome = motion.mover_span, motion.outcome_span
    if (
        mover is None
        or outcome is None
        or outcome.end <= outcome.start  # no assent printed, only taken as read
        or mover.start < motion.span.end
        or outcome.end <= motion.span.end
        or patterns.get("decision_own_wording").match(motion.text)
        or not _assent(text[outcome.start : outcome.end])
    ):
        return None
    ends = [mover.end, outcome.end] + ([motion.seconder_span.end] if motion.seconder_span else [])
    start, end = motion.span.start, max(ends)
    if end - start > MAX_MINUTE or patterns.get("motion_paragraph_break").search(text, start, end):
        return None
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


MAX_SENTENCE = 400  # the longest lead of a sentence before its movers (characters)


def _as_sentence(item: Item, motions: Sequence[Motion], text: str, span_of: Callable[[int, int], Span]) -> Item:
    """A resolution read as the words of a motion the minutes print as their own sentence ("It was proposed by
    A and seconded by B that X."): the whole sentence (`_impersonal_sentence`); near miss: a resolution with
    entries of its own stays as it is."""
    if item.children:
        return item
    for motion in motions:
        if (motion.span.start, motion.span.end) != (item.span.start, item.span.end):
            continue
        whole = _impersonal_sentence(motion, text)
        if whole is not None:
            return attrs.evolve(item, text=normalise_space(text[whole[0] : whole[1]]), span=span_of(*whole))
    return item


def _impersonal_sentence(motion: Motion, text: str) -> tuple[int, int] | None:
    """A carried motion the minutes print as a sentence of their own prose, its movers first ("It was proposed
    by Cllr A and seconded by Cllr B that the Parish Council purchases a cabinet."): the decision is the whole
    sentence (ANNOTATION.md: a decision in prose holds the whole sentence; only a formal "RESOLVED that X"
    keeps X).  Near misses: a motion block with no "it was" ("Proposed by Cllr A Seconded by Cllr B That X",
    "Moved by X, seconded by Y, that ...") and a sentence whose outcome calls it a motion ("The motion having
    been put and carried") keep their words."""
    mover, outcome = motion.mover_span, motion.outcome_span
    if motion.outcome is not MotionOutcome.CARRIED or motion.is_amendment or mover is None:
        return None
    if mover.start >= motion.span.start:
        return None
    if outcome is not None and patterns.get("motion_named_in").search(text, motion.span.end, outcome.end):
        return None  # "... that X. The motion having been put and carried": the minutes' own motion, its words X
    lead, opening = patterns.get("impersonal_motion_lead"), patterns.get("impersonal_motion_opening")
    first = _sentence_start(text, mover.start)
    for m in opening.finditer(text, first, mover.start):
        before = text[first : m.start()].rstrip(" \t")
        if (not before or before[-1] in "\n.!?:") and lead.fullmatch(text, m.start(), motion.span.start):
            start = m.start()  # the sentence opens a line or follows a stop ("NO OBJECTION" / "It was ...")
            break
    else:
        return None
    end = motion.span.end
    if text[end : end + 1] == ".":
        end += 1
    return start, end


def _sentence_start(text: str, mover_at: int) -> int:
    """Where the sentence holding a motion's movers starts: its line, or the sentence's start above it,
    below a numbered heading between ("9. Planning" / "It was proposed ...")."""
    start = text.rfind("\n", 0, mover_at) + 1
    for m in patterns.get("motion_sentence_end").finditer(text, max(0, mover_at - MAX_SENTENCE), mover_at):
        start = m.end()
    line = text.find("\n", start, mover_at)
    while line != -1:
        if patterns.get("motion_entry_label").match(text, line + 1) or patterns.get("motion_item_number").match(
            text, line + 1
        ):
            heading_end = text.find("\n", line + 1, mover_at)
            if heading_end == -1:
                break
            start = heading_end + 1
        line = text.find("\n", line + 1, mover_at)
    while start < mover_at and text[start].isspace():
        start += 1
    return start


def _referring_sentence(motion: Motion, text: str) -> tuple[int, int] | None:
    """A carried motion whose words only point at the matter ("Subject to these two concerns it was
    proposed (MC) and seconded (RJ) that this application should be supported. All in favour. Decided."):
    the decision is the whole sentence as printed, through the meeting's assent (ANNOTATION.md: a decision
    in prose holds the whole sentence).  Near misses: a bare verb ("Moved by X to adopt.": the item above
    is the decision), words of their own ("that the hall be let"), no assent printed beside it."""
    mover, outcome = motion.mover_span, motion.outcome_span
    if (
        motion.outcome is not MotionOutcome.CARRIED
        or motion.resolution is not None
        or motion.is_amendment
        or mover is None
        or outcome is None
        or mover.start >= motion.span.start
        or outcome.start < motion.span.end
        or not patterns.get("decision_pointing_wording").match(motion.text)
        or not _assent(text[outcome.start : outcome.end])
    ):
        return None
    start = _sentence_start(text, mover.start)
    end = outcome.end
    more = patterns.get("motion_assent_lead").match(text, end)
    if more is not None and more.group().strip(" \t.,;:-\u2013"):
        end = more.end()
    elif text[end : end + 1] in (".", "!"):  # the assent's own stop
        end += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    if patterns.get("motion_paragraph_break").search(text, start, end):
        return None
    return start, end


MOVER_TITLE_WORDS = 3  # the most words of a mover's title before the name on the motion's line
ENTRY_REACH = 400  # how far above a pointing motion the numbered entry it decides may end (characters)


def _entry_above(motion: Motion, text: str, motions: Sequence[Motion], index: int) -> tuple[str, int, int] | None:
    """A carried motion whose words only point at the matter ("Council Member Mila made a motion to pass this
    Ordinance.") under a numbered entry that names it ("1. An Ordinance Of The ... City Council To Adopt The
    General Fund Budget ..."): the entry's title is the decision, its number the label (label, start, end).
    Near misses: words of their own ("to pass the budget with the changes discussed"); no numbered entry
    just above; another motion between the entry and this one (the entry is that motion's)."""
    if (
        motion.outcome is not MotionOutcome.CARRIED
        or motion.resolution is not None
        or motion.is_amendment
        or not patterns.get("motion_referring_wording").match(motion.text)
    ):
        return None
    mover = motion.mover_span.start if motion.mover_span is not None else motion.span.start
    line = text.rfind("\n", 0, min(mover, motion.span.start)) + 1  # the motion's sentence opens its line
    lead = text[line : min(mover, motion.span.start)]
    if len(lead.split()) > MOVER_TITLE_WORDS or any(ch in lead for ch in ".;:"):
        return None  # (only the mover's title before the name: "Council Member Mila made a motion ...")
    end = line - 1
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    found = None
    for m in patterns.get("decision_entry_title").finditer(text, max(0, end - ENTRY_REACH), end):
        found = m
    if found is None or (index and motions[index - 1].span.end > found.start()):
        return None
    if end - found.start("title") > ENTRY_REACH:
        return None
    return found.group("label"), found.start("title"), end


def _entry_label(motion: Motion, text: str) -> str | None:
    """The number or letter of the list entry a motion's words open ("1. Payment to Fitz Barnes for
    catering: $2100. Made by Bob, Second by Alex": "1."), the decision's label as printed; near miss:
    words that open a line of their own, or follow other words on it ("Item 1. Payment ...")."""
    line_start = text.rfind("\n", 0, motion.span.start) + 1
    if motion.outcome_span is not None and motion.outcome_span.end <= motion.span.start:
        # carried by its register number, printed before its movers ("Resolution 449/2019 Moved: Cr A ..."): the
        # decision's label is that number
        number = patterns.get("motion_resolution_number_before").search(
            text[motion.outcome_span.start : motion.outcome_span.end] + "\n"
        )
        if number is not None:
            return number.group("number")
    numbered = _number_line_above_movers(motion, text)
    if numbered is not None:
        return numbered
    label = patterns.get("motion_entry_label").fullmatch(text, line_start, motion.span.start)
    if label is None:
        return _movers_line_label(motion, text, line_start)
    return text[line_start : motion.span.start].strip(" \t:") or None


def _number_line_above_movers(motion: Motion, text: str) -> str | None:
    """The number on the line of its own just above a motion's movers ("Motion No. C120627 -2" / "Moved by Evans,
    Seconded by Crawford" / "Be it resolved that ..."): the decision's label as printed.  Near misses: a line with
    words after the number ("Motion No. 5 was withdrawn"), a number two lines up."""
    if motion.mover_span is None:
        return None
    movers_line = text.rfind("\n", 0, motion.mover_span.start) + 1
    if not movers_line:
        return None
    above = text.rfind("\n", 0, movers_line - 1) + 1
    m = patterns.get("motion_number_line").fullmatch(text, above, movers_line - 1)
    return None if m is None else m.group("number")


def _movers_line_label(motion: Motion, text: str, line_start: int) -> str | None:
    """The label of an entry whose first line is only its movers, the words on the lines below ("1. Proposed
    by Cllr A Seconded by Cllr B" / "That the Bank is authorised ..." / "Unanimously approved": "1."); near
    miss: movers on a line of other words ("1. Finance: proposed by Cllr A" / "That ...": the label is the
    finance item's)."""
    if motion.mover_span is None or not line_start:
        return None
    if text[line_start : motion.span.start].strip().lower() not in ("", "that"):
        return None
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    if not prev_start <= motion.mover_span.start < line_start:
        return None
    label = patterns.get("motion_entry_label").match(text, prev_start, line_start)
    if label is None or not patterns.get("motion_movers_open").match(text, label.end(), line_start):
        return None
    return text[prev_start : label.end()].strip(" \t:") or None


def _assent(words: str) -> bool:
    """The meeting's assent in words ("Approved. All in favour", "Agreed on 19th June 2018 -"), not a vote's
    record under a label ("Final Resolution: Motion Carried", as a meeting platform prints it)."""
    return bool(
        patterns.get("motion_assent_only").match(words) or patterns.get("motion_outcome_word_only").match(words)
    )


def _stands_alone(motion: Motion) -> bool:
    return (
        motion.outcome is MotionOutcome.CARRIED
        and motion.resolution is None
        and not motion.is_amendment
        and len(motion.text.split()) >= MIN_WORDS
        and not patterns.get("motion_referring_wording").match(motion.text)
        and not _onward(motion)
    )


def _onward(motion: Motion) -> bool:
    return patterns.get("motion_onward_recommendation").match(motion.text) is not None


def onward_recommendations(
    recommendations: Sequence[Item],
    motions: Sequence[Motion],
    text: str = "",
    span_of: Callable[[int, int], Span] | None = None,
) -> tuple[Item, ...]:
    """The recommendations with one added for each carried motion that passes its matter on to another
    body ("Daugs motioned to recommend approval to the County Council for the Veibell Rezone ...; Passed
    5, 0."): the meeting's recommendation, not its decision (a planning commission's to the council that
    decides), so `resolutions_from_motions` gives it no resolution.  A lost one recommends nothing."""
    onward = [
        motion
        for motion in motions
        if motion.outcome is MotionOutcome.CARRIED and motion.resolution is None and _onward(motion)
    ]
    # an entry read inside the motion's own words ("... based on the findings ...: 1. The proposed Agreement
    # complies ...") is part of the recommendation, not one of its own
    kept = [
        r
        for r in recommendations
        if not any(m.span.start < r.span.start and r.span.end <= m.span.end and not r.children for m in onward)
    ]
    taken = [r.span for r in kept]
    added = [
        _listed(Item(kind=ItemKind.RECOMMENDATION, label=None, text=motion.text, span=motion.span), text, span_of)
        for motion in onward
        if not any(_overlaps(motion, span.start, span.end) for span in taken)
    ]
    if not added and len(kept) == len(recommendations):
        return tuple(recommendations)
    return tuple(sorted((*kept, *added), key=lambda item: item.span.start))


def _listed(item: Item, text: str, span_of: Callable[[int, int], Span] | None) -> Item:
    """A recommendation moved with its terms numbered under its words ("... with recommended changes as provided
    below." / "1. Remove ..."): its words and the terms as its entries (`_with_listed_terms`)."""
    if span_of is None:
        return item
    listed = _with_listed_terms(item, text, span_of)
    if not listed.children:
        return listed
    children = tuple(attrs.evolve(child, kind=ItemKind.RECOMMENDATION) for child in listed.children)
    return attrs.evolve(listed, children=children)


def _overlaps(motion: Motion, start: int, end: int) -> bool:
    return motion.span.start < end and start < motion.span.end
