"""Motions and amendments: who moved and seconded them, their wording, the vote and the outcome.

The rules (`minutes_parser.rules.motions`) find four kinds of mark in one pass each:

* *openers*, the statements that put a motion: "Proposed by Cllr X, seconded by Cllr Y",
  "Moved by: ... Seconded by: ...", "Mr X proposed and Mr Y seconded the following amendment",
  "Motion by X, second by Y, to ...", "R2025-191 S. Foote, L. Chalapenko:", "(Cr X/Cr Y)",
  "X (motion), Y (second)", "I will move at the next Meeting that ...";
* *attachments*, a mover or seconder named for a motion already printed ("The Motion was
  seconded by Councillor X", "Cllr Y seconded.");
* *outcomes* ("Carried", "the amendment was LOST", "Motion carried 5-0", "this Motion was
  withdrawn") and *stops* (where the voting begins: "On being put to the vote", "Roll call",
  "For (12):", "Ayes:").

Each opener owns the text up to the next opener (its region).  Its wording runs from the end
of the opener (after "that", "the following amendment:", "And Resolved:") to the first stop, the
outcome, a blank line or the end of a sentence that nothing continues; a quoted motion ends at
its closing quote; a motion printed before its movers ("That ... (Cr X/Cr Y) CARRIED") takes the
"That ..." paragraph before them.  Its outcome is the first outcome in its region, and the counts
and named votes are read between its wording and just past its outcome.  An outcome left over
after an amendment's ("The motion was CARRIED", "Substantive Motion carried") belongs to the motion
the amendments were moved to.  Each carried motion is linked to the resolution it produced (the
item its wording overlaps, or the first that follows its outcome).

Everything is found by a bounded number of passes of linear patterns, and each motion reads only
its own region, so the work grows with the text's length.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

import attrs
import regex
from attrs import frozen

from .. import patterns
from ..records import DocumentKind, Item, Motion, MotionOutcome, NamedVote, Span, VoteChoice
from ..rules.motions import NUMBER_WORDS, OUTCOME_WORDS, VOTE_LABELS
from ..text import normalise_space
from .context import Context
from .motion_parts import (
    _evolve,
    _fold_label,
    _group,
    _has,
    _is_clause,
    _lead,
    _Mark,
    _mark,
    _outcome_of,
    _ResolutionIndex,
    _skip_space,
    _Spans,
    _trim_end,
    _word,
    capitals_view,
    hearing_state,
)
from .motion_wording import MAX_TEXT, _Wording

__all__ = ["MAX_TEXT", "extract_motions"]

OUTCOME_REACH = 4000  # how far after its wording a motion's outcome may be printed
NAMED_REACH = 40  # how far before an outcome the member whose proposal it closes is named ("Cllr X's proposal")
AFTER_OUTCOME = 400  # how far after an outcome a vote list may follow ("CARRIED\nOpposed: ...")
LINK_REACH = 800  # how far after an outcome the resolution it produced may start
BEFORE_REACH = 2000  # how far back a motion printed before its movers may start
TERMS_REACH = 400  # how far a motion moved as an approval may run on over its terms to its seconding
MATTER_REACH = 300  # how far back the matter a bare "proposed by ... and agreed" decides may start
_OPENERS = (
    "motion_moved_by",
    "motion_name_moves",
    "motion_bare_name_moves",
    "motion_name_makes",
    "motion_bracketed",
    "motion_slash",
    "motion_slash_line",
    "motion_numbered_movers",
    "motion_seconded_first",
    "motion_notice",
    "motion_bracket_initials",
    "motion_made_words_by",
    "motion_first_person",
    "motion_stated_quote",
    "motion_field_made",
    "motion_unnamed",
)
#: Openers that begin with what would otherwise read as a mover clause attached to the wording above
#: ("Seconded by: X" over "Proposed by: Y"): the opener wins.
_OVER_ATTACHES = ("motion_seconded_first",)
_SKIP_KINDS = (DocumentKind.REPORT,)


@frozen(kw_only=True)
class _Draft:
    motion: Motion
    start: int  # where its opener starts
    outcome_end: int | None  # where its outcome ends (None: none found)
    votes_end: int = 0  # where the votes read for it end


#: Patterns tried at every position but matching few: searched only near their cue (a word each
#: of their matches holds), which takes the motions step from a third of the parse to a tenth.
_CUED = ("motion_attach", "motion_moved_by", "motion_name_makes", "motion_slash_line")


def _finditer(name: str, text: str) -> Iterator[regex.Match[str]]:
    if name in _CUED:
        return patterns.finditer_near(patterns.get(name), patterns.get(f"{name}_cue"), text)
    return patterns.get(name).finditer(text)


def extract_motions(ctx: Context, resolutions: Sequence[Item] = ()) -> Iterator[Motion]:
    """Every motion and amendment of minutes or a decision notice, in text order."""
    if ctx.kind in _SKIP_KINDS:
        return
    view = capitals_view(ctx.text)
    reader = _Reader(ctx, view)
    for motion in reader.read(resolutions):
        yield motion if view is ctx.text else _as_printed(motion, ctx.text)


def _as_printed(motion: Motion, text: str) -> Motion:
    """A motion read from the mixed-case view of minutes printed in capitals, its words and names as printed."""

    def printed(span: Span | None, value: str | None) -> str | None:
        return normalise_space(text[span.start : span.end]) if span is not None and value is not None else value

    named = tuple(attrs.evolve(v, name=printed(v.span, v.name) or v.name) for v in motion.named_votes)
    return attrs.evolve(
        motion,
        text=normalise_space(text[motion.span.start : motion.span.end]),
        mover=printed(motion.mover_span, motion.mover),
        seconder=printed(motion.seconder_span, motion.seconder),
        named_votes=named,
    )


class _Reader(_Wording):
    def __init__(self, ctx: Context, text: str | None = None) -> None:
        self.ctx = ctx
        self.text = ctx.text if text is None else text  # (the mixed-case view of capitals, where it differs)
        text = self.text
        self.attaches = [_mark(m, "attach") for m in _finditer("motion_attach", text)]
        self.openers = self._openers()
        self.outcomes = [_mark(m, "outcome") for m in patterns.finditer_forms("motion_outcome", text)]
        self.outcome_starts = [o.start for o in self.outcomes]
        self.intros = [m.start() for m in patterns.finditer_forms("motion_vote_intro", text)]
        stops = list(self.intros)
        stops += [m.start("label") for m in patterns.get("motion_vote_label").finditer(text)]
        stops += [a.start for a in self.attaches]
        self.stops = sorted(stops)
        self.breaks = [m.start() for m in patterns.get("motion_paragraph_break").finditer(text)]
        self.attach_starts = [a.start for a in self.attaches]

    # ------------------------------------------------------------------ openers
    def _openers(self) -> list[_Mark]:
        text = self.text
        found = [_mark(m, name) for name in _OPENERS for m in _finditer(name, text)]
        found.sort(key=lambda k: (k.start, -k.end))
        inside = _Spans([(a.start, a.end) for a in self.attaches])
        kept: list[_Mark] = []
        reach = -1  # where the last kept opener (with its lead) ends
        for mark in found:
            if mark.start < reach or (inside.covers(mark.start) and mark.form not in _OVER_ATTACHES):
                continue
            kept.append(mark)
            reach = _lead(text, mark.end).end() if mark.form != "motion_bracketed" else mark.end
        mine = _Spans([(k.start, k.end) for k in kept])
        self.attaches = [a for a in self.attaches if not mine.overlaps(a.start, a.end)]
        return kept

    # ------------------------------------------------------------------ reading
    def read(self, resolutions: Sequence[Item]) -> Iterator[Motion]:
        drafts: list[_Draft] = []
        consumed: set[int] = set()
        for i, mark in enumerate(self.openers):
            region_end = self.openers[i + 1].start if i + 1 < len(self.openers) else len(self.text)
            region_start = self.openers[i - 1].end if i else 0
            draft = self._draft(mark, region_start, region_end, consumed)
            if draft is not None:
                drafts.append(draft)
        drafts = [d for d in _restated_fields(drafts) if d.motion.text]
        drafts = self._leftover_outcomes(drafts, consumed)
        drafts = self._hearings_held(drafts)
        drafts = self._named_outcomes(drafts)
        drafts = _printed_again(drafts)
        links = _ResolutionIndex(resolutions)
        starts = [d.start for d in drafts]
        for draft in drafts:
            yield self._link(draft, links, starts)

    def _draft(self, mark: _Mark, region_start: int, region_end: int, consumed: set[int]) -> _Draft | None:
        text, m = self.text, mark.match
        mover, mover_span = _group(m, "mover")
        seconder, seconder_span = _group(m, "seconder")
        amendment = _has(m, "amendment")
        outcome: _Mark | None = None
        lead_outcome: tuple[int, int] | None = None
        if mark.form == "motion_bracketed":
            start, end = self._bracket_head(mark.start)
            words = text[start:end]
            carried = patterns.get("motion_carried_words").search(words) is not None
            if end <= start:
                return None
            motion = Motion(
                text=normalise_space(words),
                span=self._span(start, end),
                mover=mover,
                mover_span=self._span_of(mover_span),
                seconder=seconder,
                seconder_span=self._span_of(seconder_span),
                outcome=MotionOutcome.CARRIED if carried else None,
            )
            return _Draft(motion=motion, start=mark.start, outcome_end=None)
        lead = _lead(text, mark.end)
        amendment = amendment or lead.group("amendment") is not None
        if lead.group("resolved") is not None:
            lead_outcome = lead.span("resolved")
        text_start = _skip_space(text, lead.end())
        # (a "Motion:" field's words stand above it, or nowhere: what follows its fields is not its wording)
        # ("Made By:" / "Motion by:" / "MOVED BY:" fields under a "Motion: To ..." label's words, or over no words of
        # a motion: "Moved by: X" / "Seconded by: Y" / "THAT Council approve ..." prints its words after them)
        opener = patterns.get("motion_field_opener").match(text, mark.start)
        field = opener is not None and (
            opener.group("by") is None
            or self._motion_to_line(max(region_start, mark.start - BEFORE_REACH), mark.start) is not None
            or patterns.get("motion_words_open").match(text, _skip_space(text, mark.end)) is None
        )
        if field and self._motion_to_line(max(region_start, mark.start - BEFORE_REACH), mark.start) is None:
            below = patterns.get("motion_sentence_below").match(text, mark.start)
            if below is not None:
                # "Motion: X    Second: Y" / "Motion to approve ...": the fields over the motion's sentence
                field, text_start = False, below.start("words")
        before = mark.form == "motion_slash" or _has(m, "after") or field
        printed_before = field
        clause = (
            lead.group("that") is None
            and lead.group("resolved") is None
            and (_is_clause(text, text_start) or _has(m, "clause"))
        )
        line_start = text.rfind("\n", 0, mark.start) + 1
        above_line: tuple[int, int] | None = None
        if _has(m, "words"):  # "Motion made to <words> by X and seconded by Y": the words between
            before = True
            above_line = (m.start("words"), _trim_end(text, m.start("words"), m.end("words")))
        if lead_outcome is None and (resolved_at := self._resolved_before(mark.start)) is not None:
            lead_outcome = resolved_at  # "RESOLVED unanimously on the motion of Clr A, seconded Clr B that ..."
        if not before and (pointed := self._decision_pointed_at(mark.start, region_start)) is not None:
            # "RESOLVED: X. This was proposed by Cllr Y.": the movers point back at the decision before them
            before = printed_before = True
            above_line, lead_outcome = pointed
        if not before and (above := self._decision_above(mark.start, mark.end, text_start)) is not None:
            # "It was RESOLVED that X." / "Proposed by: Cllr A   Seconded by: Cllr B": the decision above the movers
            before = printed_before = True
            above_line, lead_outcome = above
        if not before and mark.start > line_start:
            said = patterns.get("motion_outcome_word_only").match(text[line_start : mark.start])
            if said is not None and text[line_start : mark.start].rstrip()[-1:] in ("-", "\u2013", "\u2014", ":"):
                # "Approval of previous minutes" / "Agreed on 19th June 2018 - Proposed by X – Second by Y":
                # the outcome opens the movers' line, the matter stands above it
                before = printed_before = True
                lead_outcome = (_skip_space(text, line_start), _trim_end(text, line_start, mark.start))
                above_line = self._line_above(line_start)
        passive: int | None = None
        joined = False  # the words after the movers only "and" the assent ("... and unanimously approved.")
        if not before:
            outcome = self._first_outcome(text_start, min(region_end, text_start + OUTCOME_REACH), consumed)
            passive = self._passive_subject(mark.start, text_start, region_end)
            if passive is not None or clause:
                # "..., the Recommendation was agreed.": the whole clause, its outcome inside; "The minutes ...
                # were moved by X, seconded, and approved by 7 ayes.": the whole sentence
                stop = self._next(self.stops, text_start, region_end)
                start, end = (text_start if passive is None else passive), self._sentence_end(text_start, stop, True)
                terms = patterns.get("approval_of_start").match(text, start) is not None
                end = self._terms_after(start, end, region_end, outcome)
                if outcome is not None and outcome.start >= end and not terms:
                    outcome = None  # (a motion moved as an approval has its outcome after it)
            else:
                start, end = self._wording(text_start, region_end, outcome, mark.form == "motion_notice")
                end = self._terms_after(start, end, region_end, outcome)
                nominee = self._nominee_before(mark.start, start, end)
                if nominee is not None:
                    start = nominee  # "Steven Davies was proposed by WH and seconded by TD to be a CC."
            entry = (
                self._entry_before(max(region_start, mark.start - MATTER_REACH), mark.start)
                if patterns.get("motion_movers_end_entry").match(text, mark.end)
                else None
            )
            if passive is not None:
                pass  # the passive sentence is the motion, its assent inside it
            elif entry is not None:
                # "808. Election of Chair: Cllr A, proposed by Cllr B, seconded by Cllr C." / "809. ...": the
                # movers end their numbered entry; the matter is the entry before them (carried: nothing
                # says otherwise)
                start, end = entry
                before = False
                if lead_outcome is None:
                    lead_outcome = (mark.end, mark.end)
            elif outcome is not None and patterns.get("motion_outcome_only").match(text[text_start : outcome.end]):
                before = printed_before = True  # "<matter>, proposed by X, seconded by Y and agreed by all."
            elif (
                end > start
                and (
                    (assent_only := patterns.get("motion_assent_only").match(text[start:end]) is not None)
                    or (joined := patterns.get("motion_assent_joined").match(text[start:end]) is not None)
                    or patterns.get("motion_outcome_label_only").match(text[start:end])
                )
                and not patterns.get("motion_named_before").search(text, max(0, mark.start - 40), mark.start)
            ):
                # "To approve the minutes ..." / "Proposed RJ, seconded TH. Approved. All in favour.": the
                # words after the movers are only the meeting's assent; the matter stands above them
                # ("Final Resolution: Motion Passes": only the outcome's label, the outcome after it)
                before = printed_before = True
                if assent_only and (outcome is None or outcome.start >= end):
                    lead_outcome = (start, end)
                elif joined and (outcome is None or outcome.start >= end):
                    # (joined to the movers by "and", the assent records the matter above as carried; the minute is
                    # not widened over its movers)
                    lead_outcome = (mark.end, mark.end)
            elif end - start < 3:
                before = True
                # "..., proposed by X and seconded by Y and agreed by all." (its outcome read as the lead)
                printed_before = lead_outcome is not None
                assent = patterns.get("motion_assent_lead").match(text, mark.end)
                if (
                    not printed_before
                    and assent is not None
                    and assent.group().strip(" \t.,;:-\u2013")
                    and not patterns.get("motion_named_before").search(text, max(0, mark.start - 40), mark.start)
                ):
                    # "Proposed by Cllr A, seconded by Cllr B. All in favour.": only the assent, as above
                    printed_before = True
                    lead_outcome = (_skip_space(text, assent.start()), _trim_end(text, assent.start(), assent.end()))
        if before and printed_before and above_line is None and mark.start > line_start:
            # "ADJOURNMENT:  Motion, Ms. A, Second, Mr. B, Motion passed.": the item's heading opens the movers'
            # line, the matter they decide
            heading = patterns.get("motion_heading_on_line").fullmatch(text, line_start, mark.start)
            if heading is not None:
                above_line = heading.span("words")
        if before:
            found = (
                above_line
                or self._motion_to_line(max(region_start, mark.start - BEFORE_REACH), mark.start)
                or self._wording_before(max(region_start, mark.start - BEFORE_REACH), mark.start)
            )
            if found is None and printed_before:
                found = self._under_motion_heading(max(region_start, mark.start - BEFORE_REACH), mark.start)
            if found is None and printed_before:
                found = self._matter_before(max(region_start, mark.start - MATTER_REACH), mark.start)
            if found is None and printed_before:
                found = self._to_heading_before(max(region_start, mark.start - MATTER_REACH), mark.start)
            if found is not None and field and patterns.get("motion_item_tag").fullmatch(text, *found):
                # "1. Approval of the Minutes." / "ACTION ITEM" / "Motion: ...": the title above the item's tag
                found = self._entry_before(max(region_start, found[0] - MATTER_REACH), found[0])
            if found is None and field:
                # "MOTION: Shane Siwik" / "SECOND: Portia Mila" / "Roll Call Vote: ..." under the motion's sentence:
                # no words of its own; its fields restate the motion above (`_restated_fields`)
                found = (mark.start, mark.start)
            if found is None:
                return None
            start, end = found
            outcome = self._first_outcome(mark.end, min(region_end, mark.end + OUTCOME_REACH), consumed)
        tag = patterns.get("motion_item_tag_end").search(text, start, end)
        if tag is not None:  # "1. Approval of the Minutes." / "ACTION ITEM": the title, not its tag
            end = _trim_end(text, start, tag.start())
        words = text[start:end]
        outcome_value: MotionOutcome | None = None
        outcome_span: tuple[int, int] | None = None
        if lead_outcome is not None:
            outcome, outcome_value, outcome_span = None, MotionOutcome.CARRIED, lead_outcome
        elif outcome is not None:
            consumed.add(outcome.start)
            outcome_value, outcome_span = _outcome_of(outcome.match), (outcome.start, outcome.end)
        if outcome_value is None:  # the outcome inside a clause: "..., this item was deferred"
            inside = patterns.get("motion_clause_outcome").search(words)
            if inside is not None and clause:
                outcome_value = MotionOutcome(OUTCOME_WORDS[_word(inside)])
                outcome_span = (start + inside.start(), start + inside.end())
        # movers named later ("The Motion was seconded by ...")
        for attach in self._attaches(mark.end, region_end):
            a_mover, a_mover_span = _group(attach.match, "mover")
            a_sec, a_sec_span = _group(attach.match, "seconder")
            if mover is None and a_mover is not None:
                mover, mover_span = a_mover, a_mover_span
            if seconder is None and a_sec is not None:
                seconder, seconder_span = a_sec, a_sec_span
        if mover is None or seconder is None:
            labelled = self._labelled_movers(mark.start)
            if labelled is not None:
                if mover is None:
                    mover, mover_span = _group(labelled, "mover")
                if seconder is None:
                    seconder, seconder_span = _group(labelled, "seconder")
        amendment = amendment or self._amendment_heading(mark.start)
        amendment = amendment or patterns.get("motion_is_amendment_text").search(words) is not None
        vote_from = mark.end if passive is not None else max(end, mark.end)  # (the passive's count is inside it)
        vote_to = region_end if outcome is None else self._after_outcome(outcome, region_end)
        counts = self._counts(vote_from, vote_to, outcome)
        named = self._named_votes(vote_from, vote_to, outcome)
        if not counts and named and all(n.span is not None for n in named) and self._roll_call(named):
            # no count printed, each member's vote printed a line ("Cauthorne - Yes"): the votes counted
            counts = {"for": 0, "against": 0}  # a roll call that prints no "No" counts none against
            for vote in named:
                counts[vote.choice.value] = counts.get(vote.choice.value, 0) + 1
        elif named and "for" not in counts:
            # (a printed nought beside the lists, "NOES: None ABSTAIN: None", stands; the lists count the rest)
            counts = {**self._listed_counts(named, vote_from, vote_to), **counts}
        if outcome_value is None and outcome is None:
            number = self._resolution_number_before(mark.start)
            if number is not None:  # "Resolution 449/2019 Moved: Cr A Seconded: Cr B ...": numbered as resolved
                outcome_value, outcome_span = MotionOutcome.CARRIED, number
        if outcome_value is None and patterns.get("motion_unanimous_share").search(text, vote_from, vote_to):
            outcome_value = MotionOutcome.CARRIED  # "Vote: Yes: 100% No: 0": every vote for it
            counts.pop("for", None)  # a share, not a count
        if (
            outcome is not None
            and _word(outcome.match) == "voted"
            and counts.get("for") is not None
            and counts.get("against") is not None
            and counts["for"] < counts["against"]
        ):
            outcome_value = MotionOutcome.LOST  # "VOTED 5-8 (...)": the count decides
        if outcome_value is None and "for" in counts and "against" in counts and counts["for"] != counts["against"]:
            # no outcome word, but a printed count decides it ("2nd by Sam. 5 yay 0 nay.")
            outcome_value = MotionOutcome.CARRIED if counts["for"] > counts["against"] else MotionOutcome.LOST
        motion = Motion(
            text=normalise_space(words),
            span=self._span(start, end),
            is_amendment=amendment,
            mover=mover,
            mover_span=self._span_of(mover_span),
            seconder=seconder,
            seconder_span=self._span_of(seconder_span),
            outcome=outcome_value,
            outcome_span=self._span_of(outcome_span),
            votes_for=counts.get("for"),
            votes_against=counts.get("against"),
            votes_abstain=counts.get("abstain"),
            named_votes=named,
        )
        return _Draft(motion=motion, start=mark.start, outcome_end=outcome.end if outcome else None, votes_end=vote_to)

    def _named_outcomes(self, drafts: list[_Draft]) -> list[_Draft]:
        """An outcome that names whose proposal it was ("... declared Cllr O'Hanlon's proposal carried") goes
        to that member's motion, where rival proposals were moved and the nearest was not the one put
        ("Cllr Treanor proposed ... As Cllr Treanor's proposal was a direct negative ..."); the other is left
        with no outcome.  Near miss: an outcome naming the mover of the motion it closes stays."""
        out = list(drafts)
        for k, draft in enumerate(out):
            span = draft.motion.outcome_span
            if span is None or draft.motion.outcome is None:
                continue
            named = patterns.get("motion_named_proposal").search(self.text, max(0, span.start - NAMED_REACH), span.end)
            if named is None or _surname_of(draft.motion.mover) == _fold_name(named.group("name")):
                continue
            j = next(
                (
                    j
                    for j in range(k - 1, -1, -1)
                    if out[j].motion.outcome is None
                    and span.start - out[j].start <= OUTCOME_REACH
                    and _surname_of(out[j].motion.mover) == _fold_name(named.group("name"))
                ),
                None,
            )
            if j is None:
                continue
            moved = draft.motion
            out[j] = attrs.evolve(
                out[j],
                motion=_evolve(
                    out[j].motion,
                    outcome=moved.outcome,
                    outcome_span=moved.outcome_span,
                    votes_for=moved.votes_for,
                    votes_against=moved.votes_against,
                    votes_abstain=moved.votes_abstain,
                    named_votes=moved.named_votes,
                ),
                outcome_end=draft.outcome_end,
                votes_end=draft.votes_end,
            )
            out[k] = attrs.evolve(
                draft,
                motion=_evolve(
                    moved,
                    outcome=None,
                    outcome_span=None,
                    votes_for=None,
                    votes_against=None,
                    votes_abstain=None,
                    named_votes=(),
                ),
                outcome_end=None,
            )
        return out

    def _hearings_held(self, drafts: list[_Draft]) -> list[_Draft]:
        """A motion to open or close a hearing with no outcome printed, under which the minutes say the hearing was
        opened or closed: carried (`hearing_state`)."""
        out = list(drafts)
        for k, draft in enumerate(out):
            end = out[k + 1].start if k + 1 < len(out) else len(self.text)
            state = hearing_state(draft.motion, self.text, end)
            if state is not None:
                motion = _evolve(draft.motion, outcome=MotionOutcome.CARRIED, outcome_span=self._span(*state))
                out[k] = attrs.evolve(draft, motion=motion)
        return out

    def _leftover_outcomes(self, drafts: list[_Draft], consumed: set[int]) -> list[_Draft]:
        """An outcome no motion took, after amendments, is the vote on the motion they amended."""
        if not drafts:
            return drafts
        starts = [d.start for d in drafts]
        out = list(drafts)
        for outcome in self.outcomes:
            if outcome.start in consumed or "amendment" in (_group(outcome.match, "subject")[0] or "").lower():
                continue
            k = bisect.bisect_left(starts, outcome.start) - 1
            closed = out[k].outcome_end if k >= 0 else None
            if closed is None or closed > outcome.start:
                continue
            # the latest motion before it that amendments followed and no outcome closed
            j = k
            while j >= 0 and (out[j].motion.is_amendment or out[j].motion.outcome is not None):
                j -= 1
            if j < 0 or j == k or not any(d.motion.is_amendment for d in out[j + 1 : k + 1]):
                continue
            if outcome.start - (out[k].outcome_end or 0) > OUTCOME_REACH:
                continue
            consumed.add(outcome.start)
            vote_from = max(out[k].votes_end, out[k].outcome_end or 0)
            vote_to = self._after_outcome(outcome, out[k + 1].start if k + 1 < len(out) else len(self.text))
            counts = self._counts(vote_from, vote_to, outcome)
            motion = out[j].motion
            out[j] = _Draft(
                motion=_evolve(
                    motion,
                    outcome=_outcome_of(outcome.match),
                    outcome_span=self._span(outcome.start, outcome.end),
                    votes_for=counts.get("for"),
                    votes_against=counts.get("against"),
                    votes_abstain=counts.get("abstain"),
                    named_votes=self._named_votes(vote_from, vote_to, outcome),
                ),
                start=out[j].start,
                outcome_end=outcome.end,
                votes_end=vote_to,
            )
        return out

    def _after_outcome(self, outcome: _Mark, region_end: int) -> int:
        """Where the vote lists printed after an outcome ("CARRIED / Opposed: ...") end."""
        end = min(region_end, outcome.end + AFTER_OUTCOME)
        end = self._next(self.outcome_starts, outcome.end - 1, end)
        return self._next(self.intros, outcome.end - 1, end)

    def _nominee_before(self, mark_start: int, start: int, end: int) -> int | None:
        """Where a nomination's sentence starts when the person nominated stands before the movers and the
        office after them ("WH was proposed by TD and seconded by MD to be Vice-Chairperson."): the motion is
        the whole sentence.  Near miss: "to be" after movers with no one named before them ("It was proposed
        by TD to be deferred", "The report was proposed by TD and seconded by MD as read")."""
        text = self.text
        if not patterns.get("motion_office_after").match(text, start, end):
            return None
        line_start = text.rfind("\n", 0, mark_start) + 1
        lo = max(line_start, mark_start - 80)
        m = patterns.get("motion_nominee_before").search(text, lo, mark_start)
        return m.start("nominee") if m is not None else None

    def _terms_after(self, start: int, end: int, region_end: int, outcome: _Mark | None) -> int:
        """Where a motion moved as an approval ("approval of the Stipulated Expulsion agreement ...") ends: over
        the sentences after its first that set its terms, up to the seconding or outcome just after them (at
        most `TERMS_REACH` characters on, no blank line between); `end` for any other motion."""
        text = self.text
        if not (
            patterns.get("approval_of_start").match(text, start)
            or patterns.get("terms_follow_in").search(text, start, end)  # "... with the following addition ...: X."
        ):
            return end
        stop = self._next(self.stops, end - 1, min(region_end, end + TERMS_REACH))
        if outcome is not None and outcome.start < stop:
            stop = outcome.start
        if stop >= min(region_end, end + TERMS_REACH) or "\n\n" in text[end:stop]:
            return end
        line = text.rfind("\n", end, stop) + 1
        if line and patterns.get("motion_bracket_line_head").fullmatch(text, line, stop):
            stop = line  # the seconding's line opens with a bullet ("- President Kim moved this item ...")
        return max(end, _trim_end(text, start, stop))

    def _passive_subject(self, mark_start: int, start: int, end: int) -> int | None:
        """Where a motion's sentence starts when its matter is the subject of "was moved by X, seconded, and
        approved ..." (the whole sentence is the motion, as printed); None for any other form."""
        text = self.text
        if not patterns.get("motion_passive_assent").match(text, start, end):
            return None
        lo = max(text.rfind("\n\n", 0, mark_start) + 1, mark_start - 300)
        subject = patterns.get("motion_passive_subject")
        # from the nearest sentence or line start back: the subject opens with its determiner ("The minutes
        # ...", "The Approval of Resolution ..."), a heading above it ("4. Action Items") is none of it
        starts = [m.end() for m in patterns.get("motion_subject_start").finditer(text, lo, mark_start)]
        for at in reversed(starts):
            if subject.fullmatch(text, at, mark_start) is not None:
                return at
        return None

    def _resolved_before(self, mark_start: int) -> tuple[int, int] | None:
        """The span of a formal "RESOLVED" just before a motion's movers on their line ("RESOLVED unanimously on the
        motion of Clr A, seconded Clr B that ..."), or None (near miss: "... the matter was resolved on the proposal
        of ...", a lower-case account)."""
        line_start = self.text.rfind("\n", 0, mark_start) + 1
        m = patterns.get("motion_resolved_before").search(self.text[line_start:mark_start])
        return None if m is None else (line_start + m.start(), line_start + m.end("word"))

    def _resolution_number_before(self, mark_start: int) -> tuple[int, int] | None:
        """The span of a register's resolution number just before a motion's movers, on their line or the line
        above ("Resolution 449/2019 Moved: ...", "Resolution number RD/2015/119" / "MOVED by ..."), or None."""
        above = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, mark_start))) + 1
        m = patterns.get("motion_resolution_number_before").search(self.text[above:mark_start])
        return None if m is None else (above + m.start(), above + m.end("number"))

    def _first_outcome(self, start: int, end: int, consumed: set[int]) -> _Mark | None:
        k = bisect.bisect_left(self.outcome_starts, start)
        while k < len(self.outcomes) and self.outcomes[k].start < end:
            if self.outcomes[k].start not in consumed:
                return self.outcomes[k]
            k += 1
        return None

    def _attaches(self, start: int, end: int) -> list[_Mark]:
        k = bisect.bisect_left(self.attach_starts, start)
        out = []
        while k < len(self.attaches) and self.attaches[k].start < end:
            out.append(self.attaches[k])
            k += 1
        return out

    # ------------------------------------------------------------------ votes
    def _counts(self, start: int, end: int, outcome: _Mark | None) -> dict[str, int]:
        text = self.text
        counts: dict[str, int] = {}
        if outcome is not None:
            _take_score(counts, patterns.get("motion_score").match(text, outcome.end))
            _, score_at = _group(outcome.match, "score")
            if "for" not in counts and score_at is not None:  # "Final Result: 6 – 0 Pass": the score before the word
                _take_score(counts, patterns.get("motion_score").match(text, score_at[0]))
        if end <= start:
            return counts
        if "for" not in counts:  # "VOTE: 6/0 AYES: ..."
            _take_score(counts, patterns.get("motion_vote_score").search(text, start, end))
        for name in ("motion_count", "motion_count_after", "motion_count_listed", "motion_count_words_after_outcome"):
            for m in patterns.get(name).finditer(text, start, end):
                choice = VOTE_LABELS.get(_fold_label(m.group("label")))
                if choice in ("for", "against", "abstain") and choice not in counts:
                    n = m.group("n")
                    # "O": a scanned nought; "two": a count in words
                    counts[choice] = int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower(), 0)
        for m in patterns.get("motion_voting_named_list").finditer(text, start, end):
            choice = "for" if m.group("label").lower() in ("aye", "ayes", "yea", "yeas", "yes") else "against"
            if choice in counts:
                continue
            names = m.group("names")
            if patterns.get("motion_named_list_none").match(names):
                counts[choice] = 0
            else:  # "COMMISSIONERS AABERG, SANDAU, AND CHAIR SAFSTEN": one name a part
                parts = [p for p in patterns.get("motion_named_list_separator").split(names) if p.strip()]
                counts[choice] = sum(_members_in(p, parts) for p in parts)
        return counts

    def _named_votes(self, start: int, end: int, outcome: _Mark | None) -> tuple[NamedVote, ...]:
        if end <= start:
            return ()
        text = self.text
        labels = list(patterns.get("motion_vote_label").finditer(text, start, end))
        out: list[NamedVote] = []
        lines = _runs(text, list(patterns.get("motion_name_vote_line").finditer(text, start, end)))
        if not labels or len(lines) >= 2:
            # a roll call a member a line: "ROLL CALL VOTE" / "Cauthorne - Yes" / "Hall - No" (its "Yes" read as a
            # label too where it ends the line: "Bynum:            Yes")
            for m in lines:
                choice = VOTE_LABELS.get(_fold_label(m.group("label")))
                if choice in ("for", "against", "abstain"):
                    name = normalise_space(m.group("name"))
                    out.append(NamedVote(name=name, choice=VoteChoice(choice), span=self._span(*m.span("name"))))
            return tuple(out)
        for k, label in enumerate(labels):
            choice = VOTE_LABELS.get(_fold_label(label.group("label")))
            if choice is None or patterns.get("motion_vote_figure").match(text, label.end()):
                continue  # "Aye: 100% No: 0", "Ayes: 5": a figure, not a list of names
            stop = labels[k + 1].start() if k + 1 < len(labels) else end
            stop = self._next(self.outcome_starts, label.end() - 1, stop)
            stop = self._next(self.intros, label.end() - 1, stop)
            # (a blank line straight after the label ends its list: "Abstain:" / "" / "MOTION: ..." lists no one)
            stop = self._next(self.breaks, label.end() - 1, stop)
            out.extend(self._names(label.end(), stop, VoteChoice(choice)))
        return tuple(out)

    def _listed_counts(self, named: tuple[NamedVote, ...], start: int, end: int) -> dict[str, int]:
        """The votes counted from labelled lists of names where no figure is printed ("AYES: Brown, Denlay,
        Huber" / "NOES: None" / "ABSENT: Ory"): each label printed gives its count, "None" nought; a label not
        printed, or printed blank ("Nay:  Abstain:"), gives none.  Near miss: "Ayes: 5" is a figure."""
        text = self.text
        counts: dict[str, int] = {}
        group_end = end
        labels = list(patterns.get("motion_vote_label").finditer(text, start, end))
        for k, label in enumerate(labels):
            choice = VOTE_LABELS.get(_fold_label(label.group("label")))
            if choice in counts:
                group_end = label.start()  # the next motion's lists: this vote's are counted
                break
            line_end = text.find("\n", label.end(), end)
            after = min(labels[k + 1].start() if k + 1 < len(labels) else end, end if line_end < 0 else line_end)
            if choice in ("for", "against", "abstain") and text[label.end() : after].strip():
                counts[choice] = 0  # (a label left blank, "Nay:  Abstain:", prints no count)
        for vote in named:
            if vote.choice.value in counts and vote.span is not None and vote.span.start < group_end:
                counts[vote.choice.value] += 1
        return counts if counts.get("for") else {}

    def _roll_call(self, named: tuple[NamedVote, ...]) -> bool:
        """Whether named votes are a roll call read a member a line (`motion_name_vote_line`), which counts them."""
        line = patterns.get("motion_name_vote_line")
        return all(v.span is not None and line.match(self.text, self._line_start(v.span.start)) for v in named)

    def _line_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def _names(self, start: int, end: int, choice: VoteChoice) -> Iterator[NamedVote]:
        text = self.text
        split = patterns.get("motion_list_split")
        strip = patterns.get("motion_name_honorific_strip")
        none = patterns.get("motion_list_none")
        initial = patterns.get("people_initials")
        pos = token_start = start
        while pos < end:
            sep = split.search(text, pos, end)
            token_end = sep.start() if sep else end
            a = _skip_space(text, token_start, token_end)
            h = strip.match(text, a, token_end)
            a = _skip_space(text, h.end(), token_end) if h else a
            b = _trim_end(text, a, token_end)
            name = normalise_space(text[a:b])
            if (
                sep is not None
                and "\n" in sep.group()
                and sep.group().strip() == ""
                and (not name or initial.fullmatch(name))
            ):  # a name broken over lines after its honorific or initial ("Mr\nHook", "Mr R\nLehmann")
                pos = sep.end()
                continue
            if none.match(name) or patterns.get("motion_field_label_start").match(text, a, token_end):
                return  # "None", or the next field's label ("MOTION: ...", "Vote:"): the list has ended
            if token_start > start and text[token_start - 1] == "\n" and "," not in text[token_start - 3 : token_start]:
                line_end = text.find("\n", token_start)
                line_end = len(text) if line_end < 0 else line_end
                if patterns.get("motion_list_next_heading").fullmatch(text, token_start, line_end):
                    return  # "... Kristin Speck" / "G. ADJOURNMENT": the agenda's next heading
            if name and name[0].isupper() and len(name.split()) <= 5 and not any(ch.isdigit() for ch in name):
                yield NamedVote(name=name, choice=choice, span=self._span(a, b))
            if sep is None or sep.end() <= pos:
                break
            pos = token_start = sep.end()

    # ------------------------------------------------------------------ links and spans
    def _link(self, draft: _Draft, links: _ResolutionIndex, starts: list[int]) -> Motion:
        motion = draft.motion
        if motion.outcome not in (MotionOutcome.CARRIED, None):
            return motion
        after = max(motion.outcome_span.end if motion.outcome_span else 0, motion.span.end)
        k = bisect.bisect_right(starts, after)
        limit = starts[k] if k < len(starts) else len(self.text)
        path = links.find(motion.span.start, motion.span.end, after, min(limit, after + LINK_REACH), motion.text)
        if path is None:
            return motion
        if motion.outcome is None:
            # no outcome printed ("Election of Chairman: Cllr Ash, proposed by Cllr Birch, seconded by
            # Cllr Cedar."), but the minutes record its words as a decision: it was carried
            return _evolve(motion, resolution=path, outcome=MotionOutcome.CARRIED)
        return _evolve(motion, resolution=path)

    def _span(self, start: int, end: int) -> Span:
        return self.ctx.source.span(start, end)

    def _span_of(self, span: tuple[int, int] | None) -> Span | None:
        return None if span is None else self._span(*span)


def _fold_name(name: str) -> str:
    return name.replace("\u2019", "'").casefold()


def _restated_fields(drafts: list[_Draft]) -> list[_Draft]:
    """A motion's movers and vote restated in fields after it ("MOTION: Commissioner Peterson made a motion to
    ... Commissioner Lucero seconded the motion." / "Moved: E. Peterson Seconded: J. Lucero Approved: 7-0" /
    "Yea: ..."): the fields give the motion before them its outcome and vote, not a motion of their own.  They
    restate it when they name its mover (and seconder, where both are named), it has no outcome yet, and what
    they read as words holds no word in lower case (fields and names, never a motion's wording).  Near misses:
    the same mover's next motion, "Moved: E. Peterson ... to approve the minutes" (words of its own)."""
    out: list[_Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        m = draft.motion
        if (
            last is None
            or last.motion.outcome is not None
            or _surname_of(m.mover) is None
            or _surname_of(m.mover) != _surname_of(last.motion.mover)
            or (m.seconder and last.motion.seconder and _surname_of(m.seconder) != _surname_of(last.motion.seconder))
            or patterns.get("motion_lower_word").search(m.text)
            # (not the same member's motion under a later item: "ADJOURNMENT:  Motion, Ms. A, ...", its matter printed
            # before its movers and after the last motion's words; the fields may stand far below the motion, after
            # its conditions)
            or (m.text and last.motion.span.end <= m.span.start and m.span.end <= draft.start)
        ):
            out.append(draft)
            continue
        outcome, counts = m.outcome, {"for": m.votes_for, "against": m.votes_against, "abstain": m.votes_abstain}
        score = patterns.get("motion_fields_score").search(m.text)
        if score is not None:
            f, a = int(score.group("f")), int(score.group("a"))
            counts["for"] = f if counts["for"] is None else counts["for"]
            counts["against"] = a if counts["against"] is None else counts["against"]
            if outcome is None and f != a:
                outcome = MotionOutcome.CARRIED if f > a else MotionOutcome.LOST
        first = last.motion
        merged = attrs.evolve(
            first,
            seconder=first.seconder or m.seconder,
            seconder_span=first.seconder_span if first.seconder else m.seconder_span,
            outcome=outcome,
            outcome_span=m.outcome_span if m.outcome is not None else m.span,
            votes_for=counts["for"],
            votes_against=counts["against"],
            votes_abstain=counts["abstain"],
            named_votes=last.motion.named_votes or m.named_votes,
        )
        out[-1] = attrs.evolve(last, motion=merged, outcome_end=draft.outcome_end, votes_end=draft.votes_end)
    return out


def _runs(text: str, lines: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The roll-call lines that stand in a run of two or more, a member a line ("Cauthorne - Yes" / "Hall - No") or
    run on one line ("Chair Froerer - aye; Commissioner Harvey - excused; Commissioner Bolos - aye"); near miss: a
    field's line alone ("Fiscal Impact : No", once under each agenda item), which is no member."""
    keep: set[int] = set()
    for k in range(1, len(lines)):
        gap = text[lines[k - 1].end() : lines[k].start()]
        if "\n" not in gap or (gap.count("\n") == 1 and not gap.strip(" \t\n;")):
            keep.update((k - 1, k))
    return [m for k, m in enumerate(lines) if k in keep]


MIN_REPEATED_WORDS = 5  # a motion's words shorter than this may well be moved twice ("To adjourn.")


def _printed_again(drafts: list[_Draft]) -> list[_Draft]:
    """One vote printed again under each item it covered, as meeting platforms print a consent agenda's motion
    under every consent item ("Motion & Voting" / "Approve the consent agenda as presented." / "Motion by X,
    second by Y." / "Aye: ..."): the same words naming the consent agenda, movers, outcome and votes are one
    motion, kept where first printed.  Near misses: the same words moved by another member or voted otherwise
    (two motions), a short motion or one with no mover named, one with no member's vote printed (a meeting
    system's "that this agenda item be approved", moved by the same two under two items), the same motion made
    on two hearings in turn ("to close the public hearing and defer action", no consent agenda named)."""
    seen: set[tuple[object, ...]] = set()
    out: list[_Draft] = []
    for draft in drafts:
        m = draft.motion
        words = normalise_space(m.text).casefold()
        key = (
            words,
            _fold_name(m.mover or ""),
            _fold_name(m.seconder or ""),
            m.outcome,
            m.votes_for,
            m.votes_against,
            m.votes_abstain,
            tuple((_fold_name(v.name), v.choice) for v in m.named_votes),
        )
        if (
            m.mover
            and m.named_votes
            and len(words.split()) >= MIN_REPEATED_WORDS
            and patterns.get("motion_consent_words").search(words)
            and key in seen
        ):
            continue
        seen.add(key)
        out.append(draft)
    return out


def _members_in(part: str, parts: list[str]) -> int:
    """How many members one part of a list of voters names: one, or two surnames whose comma was left out where
    the other parts are single surnames ("Updike Pogue and Yelk": three).  Near misses: "Ann Ash and Birch" (a given
    name first: one member), "Chair Safsten" (a title), a list of full names."""
    words = part.split()
    if len(words) != 2 or not all(len(p.split()) == 1 for p in parts if p is not part):
        return 1
    if any(w in _given_names() or not w[:1].isupper() or w.isupper() for w in words):
        return 1
    return 2


@functools.cache
def _given_names() -> frozenset[str]:
    from ..rules.motions import MOTION_HONORIFICS
    from ..rules.names import GIVEN_NAMES
    from ..rules.people import HONORIFICS, PLURAL_HONORIFICS

    titles = {w for h in (*HONORIFICS, *MOTION_HONORIFICS, *PLURAL_HONORIFICS) for w in h.split()}
    return frozenset(GIVEN_NAMES) | frozenset(titles) | frozenset(("Chair", "Vice", "Mayor"))


def _surname_of(mover: str | None) -> str | None:
    """The last word of a mover's name, folded ("PJ O'Hanlon" -> "o'hanlon")."""
    return _fold_name(mover.split()[-1]) if mover and mover.split() else None


def _count(value: str) -> int:
    """A count as printed, in figures or in words ("3", "three")."""
    return int(value) if value.isdigit() else NUMBER_WORDS.get(value.lower(), 0)


def _take_score(counts: dict[str, int], score: regex.Match[str] | None) -> None:
    """The counts a printed score gives ("5-0", "6/0", "5-0-1": for, against, abstaining)."""
    if score is not None:
        counts["for"], counts["against"] = _count(score.group("f")), _count(score.group("a"))
        if score.group("ab"):
            counts["abstain"] = int(score.group("ab"))
