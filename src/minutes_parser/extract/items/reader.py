"""Recommendations and resolutions as numbered item trees.

How a reader finds them, in order:

1. **Numbered resolutions** ("R2025-193 S. Foote, L. Chalapenko:", "RESOLUTION
   2024/31", "Committee Resolved FPCO/2024/00006", "Motion 24-064" then the
   wording, closed by "Carried."): one item each, entries under them as children;
   an amendment's outcome inside the block is the amendment's.
2. **Headings and preambles** that open a block ("Recommendation(s):",
   "Recommendation/s", "RECOMMENDED ACTION:", "It is recommended that:",
   "Cabinet is asked to:", "That the Committee:-", "RESOLVED that",
   "Resolved – That:", "Cabinet resolved to:", "After consideration, the
   committee", "DECISION:", a "Decision" heading, "And Resolved:"):
   a list after them gives one item per entry (nested by label scheme and
   indentation); otherwise the sentence or paragraph that follows is one item.
   A preamble ending in a colon is not an item; a single recommendation written
   with its preamble in one sentence is one item holding the whole sentence.
3. **Labelled recommendations** ("Recommendation 1: ...", "Recommendation No. 3").
4. **Notices of motion** recorded as seconded and agreed, and moved motions
   ("Moved by ... THAT ... CARRIED", "Motion by X, seconded by Y, to approve ...
   Motion carried 5-0.").
5. **Roll-call action summaries** ("99-468 5. Item words. Moved by X to adopt. Motion Carried
   7-0."): the item's words, labelled by the roll-call number (`actions`).
6. **Prose decisions** in minutes ("It was agreed that ...", "the Councillors
   resolved to ..."): the whole sentence.

Each way is a finder in its own module (`forms` for 1, 3 and 4, `lists` for 2, `actions` for 5, `prose` for 6),
all reading the lines through `lines`; `merging` drops restatements and builds the records.
The rules (patterns and word lists) are data in `minutes_parser.rules.structure` and `minutes_parser.rules.decisions`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from ... import patterns
from ...records import DocumentKind, Item, ItemKind
from ...text import fold, normalise_space
from ..context import Context
from .actions import _Actions
from .cues import FIRST_LOOK, MAX_PREAMBLE, _sentences
from .enactments import with_enacted_sections
from .forms import _Forms
from .merging import _bare, _Merging, _similar
from .nodes import _Node, _walk
from .prose import _Prose

__all__ = ["extract_recommendations", "extract_resolutions"]


def extract_recommendations(ctx: Context) -> Iterator[Item]:
    """Every formal recommendation of the document, once each, as item trees."""
    yield from _read(ctx)[0]


def extract_resolutions(ctx: Context) -> Iterator[Item]:
    """Every decision the meeting took, as item trees, with a signed resolution's or ordinance's
    operative sections."""
    yield from with_enacted_sections(ctx, _read(ctx)[1])


def with_consent_entries(ctx: Context, resolutions: Sequence[Item]) -> tuple[Item, ...]:
    """The resolutions, where one a carried motion gave approves the consent agenda as a whole ("that the City
    Council approve the Consent Agenda.") and has no entries, with the consent agenda's entries printed just above
    it as its children (see `_Reader._consent_entries`); the others unchanged.  Near misses: a motion naming its
    consent items, no consent list above it."""
    wanted = [
        n
        for n, item in enumerate(resolutions)
        if not item.children and patterns.get("consent_whole_in").search(item.text)
    ]
    if ctx.kind != DocumentKind.MINUTES or not wanted:
        return tuple(resolutions)
    reader = _Reader(ctx)
    reader.read()
    out = list(resolutions)
    for n in wanted:
        item = resolutions[n]
        node = _Node(
            kind=ItemKind.RESOLUTION,
            label=item.label,
            start=item.span.start,
            end=item.span.end,
            line=ctx.source.line_at(item.span.start),
            indent=0.0,
        )
        reader._consent_entries(node)
        if node.children:
            out[n] = attrs.evolve(item, children=tuple(reader._finish(node.children)))
    return tuple(out)


OUTCOME_HEADING_REACH = 6  # lines above a recommendation's first entry where its heading may stand
ASKED_REACH = 3  # lines under "Council is asked to consider ..." where the item's "Recommendation:" may stand
CONSENT_REACH = 60  # lines above a consent agenda's motion where its heading may stand
CONSENT_LIST_REACH = 240  # further up, when the heading's list runs unbroken down to the motion
CONSENT_GAP = 2  # lines between a far list's last entry and the motion

_LAST: list[tuple[Context, tuple[list[Item], list[Item]]]] = []


def _read(ctx: Context) -> tuple[list[Item], list[Item]]:
    """Read a document once for both extractors (the pipeline asks for each in turn)."""
    for seen, result in _LAST:
        if seen is ctx:
            return result
    result = _Reader(ctx).read()
    _LAST[:] = [(ctx, result)]
    return result


MAX_BACKGROUND_LINES = 25  # how far a background-and-recommendation paragraph runs


class _Reader(_Actions, _Forms, _Prose, _Merging):
    """One pass over a document's lines, holding what has been used."""

    def read(self) -> tuple[list[Item], list[Item]]:
        rec_blocks: list[list[_Node]] = []
        resos: list[_Node] = []
        i = 0
        while i < len(self.lines):
            if i in self.used:
                i += 1
                continue
            found = self._at(i)
            if found is None:
                i += 1
                continue
            kind, nodes, next_i = found
            if kind == ItemKind.RECOMMENDATION and self._outcome_under(nodes, next_i):
                kind, next_i = ItemKind.RESOLUTION, next_i + 1
            if kind == ItemKind.RECOMMENDATION:
                rec_blocks.append(nodes)
            else:
                resos.extend(nodes)
            i = max(next_i, i + 1)
        if self.ctx.kind != DocumentKind.REPORT:
            # a moved motion or prose decision that a formal resolution restates is that one decision
            formal = [_bare(fold(self.text[n.start : n.end])) for n in _walk(resos)]
            resos.extend(
                node
                for node in self._prose_decisions()
                if not any(_similar(_bare(fold(self.text[node.start : node.end])), f) for f in formal)
            )
            resos.sort(key=lambda n: n.start)
        if self.ctx.kind == DocumentKind.DECISION and not resos:
            resos.extend(self._numbered_that_clauses())
        if self.ctx.kind == DocumentKind.MINUTES:
            for node in resos:
                self._consent_entries(node)
        # minutes record a decision after each matter's recommendations: a new matter starts after it
        decided = sorted(n.start for n in resos) if self.ctx.kind == DocumentKind.MINUTES else []
        recos = self._dedupe(rec_blocks, decided=decided)
        for node in recos:
            if node.label is None:
                node.label = self._item_label(node.line)
        return self._finish(recos), self._finish(resos)

    def _numbered_that_clauses(self) -> list[_Node]:
        """A decision notice whose "Decision:" heading its text lost, its decision the numbered clauses that open
        "That" ("1. That the recommendations ... are approved." / "2. That a Cabinet Task Group be set up ...;"):
        the first run of at least two such clauses, read only where no other decision was found.  Near miss: a
        notice's numbered reasons or options ("1. To ensure that Cabinet is briefed"), no "That" opening them."""
        for i, info in enumerate(self.lines):
            if i in self.used or info.label is None or info.label.scheme in ("number", "word", "bullet"):
                continue
            if not patterns.get("that_clause_start").match(self._body(i)):
                continue
            nodes, _after = self._collect(i, ItemKind.RESOLUTION)
            if len(nodes) >= 2 and all(
                patterns.get("that_clause_start").match(self.text, n.start, n.end) for n in nodes
            ):
                return nodes
            return []
        return []

    def _consent_entries(self, node: _Node) -> None:
        """A motion approving the consent agenda as a whole ("to approve the consent agenda as read") enacts the
        entries the minutes printed under the consent agenda's heading just above it ("5. Consent Agenda" /
        "a. Approve Minutes of ..." ... "k. ..."): they become its children.  Near misses: a motion naming its
        consent items, a list with no consent heading over it, a list already read as other items."""
        if node.children or not patterns.get("consent_whole_in").search(self.text, node.start, node.end):
            return
        motion_line = self.ctx.source.line_at(node.start)
        best: tuple[list[_Node], int, int] | None = None
        used = set(self.used)
        # the nearest consent heading, or one further up when the nearer are the list's own dividers ("G. CONSENT
        # CALENDAR" / "1. ..." ... "12. ----- FINANCE CONSENT ITEMS -----" ... / the motion): the longest list
        # (further than CONSENT_REACH only when the list runs unbroken down to the motion: a long consent calendar)
        for heading in range(motion_line - 1, max(-1, motion_line - CONSENT_LIST_REACH), -1):
            if not (
                patterns.get("consent_heading_in").search(self._body(heading))
                and len(self._body(heading)) <= MAX_PREAMBLE
            ):
                continue
            first = next(
                (
                    k
                    for k in range(heading + 1, motion_line)
                    if (label := self.lines[k].label) is not None and label.scheme not in ("number", "word", "bullet")
                ),
                None,
            )
            if first is None or any(k in used for k in range(first, motion_line)):
                break
            entries, after = self._collect(first, ItemKind.RESOLUTION, limit=self.lines[motion_line].line.start)
            self.used.intersection_update(used)  # (only the chosen list is taken)
            dividers = [n for n, e in enumerate(entries) if self._divider(e)]
            # entries above the list's first divider organise the calendar ("1. Consent Calendar Organization",
            # "2. Items Withdrawn or Corrected"); the consent items stand under the dividers (near miss: a list
            # read from under a divider, "48. --RETROACTIVE CONTRACTS--" / "49. ..." / "50. --MOU ITEMS--")
            skip = dividers[0] if dividers and not self._divider_line(heading) else 0
            entries = [e for e in entries[skip:] if not self._divider(e)]
            near = motion_line - heading < CONSENT_REACH or after >= motion_line - CONSENT_GAP
            if near and len(entries) >= 2 and after <= motion_line and (best is None or len(entries) > len(best[0])):
                best = (entries, first, after)
        if best is None:
            return
        entries, first, after = best
        for k in range(first, after):
            self.used.add(k)
        node.children = entries

    def _divider(self, node: _Node) -> bool:
        """A list's divider printed as an entry ("3. ----- GENERAL CONSENT ITEMS -----"): no matter of its own."""
        return patterns.get("divider_entry_start").match(self.text, node.start, node.end) is not None

    def _divider_line(self, i: int) -> bool:
        return patterns.get("divider_entry_start").match(self._body(i)) is not None

    def _asked_over_recommendation(self, i: int, body: str) -> bool:
        """An item's description of what the body is asked to consider ("Council is asked to consider issuing an
        RFP for Audit Services.") with the item's own "Recommendation: ..." line within the next lines: the
        recommendation is that line, the description none.  Near miss: "Council is asked to approve the RFP."
        (a verb of deciding) and a description with no recommendation under it."""
        if not patterns.get("asked_to_deliberate_start").match(body):
            return False
        for k in range(i + 1, min(len(self.lines), i + ASKED_REACH + 1)):
            line = self.text[self.lines[k].body_start : self.lines[k].line.end]
            if patterns.get("reco_inline").match(line) or patterns.get("reco_heading").match(line):
                return True
            if self.lines[k].label is not None:
                return False
        return False

    def _that_clause_after(self, i: int) -> bool:
        """Whether the next line with words after line `i` is a labelled clause opening "that" ("(1) that the
        minutes ... are re-submitted ...;")."""
        for k in range(i + 1, min(len(self.lines), i + 8)):
            body = self._body(k).strip()
            if not body:
                continue
            return self.lines[k].label is not None and body[:5].lower() == "that "
        return False

    def _at(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        info = self.lines[i]
        label = info.label
        body_start = self._skip_marks(info.body_start, info.line.end)
        body = self.text[body_start : info.line.end]
        if i in self._roll_call_lines:
            return self._roll_call_entry(i)
        if label is not None and label.scheme == "number":
            return self._numbered_resolution(i)
        if label is not None and label.scheme == "word":
            return self._word_labelled(i, label)
        if patterns.get("carried_over_clauses").match(body) and self._that_clause_after(i):
            # "The proposals were put to the vote and carried unanimously ..." / "(1) that ...;": its clauses
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RESOLUTION, preamble=normalise_space(body))
            return ItemKind.RESOLUTION, nodes, nxt
        if not patterns.get("trigger_words_in").search(body, 0, FIRST_LOOK):
            return None
        if patterns.get("reco_heading").match(body):
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RECOMMENDATION, preamble=None)
            return ItemKind.RECOMMENDATION, nodes, nxt
        if patterns.get("reso_heading").match(body):
            if self._agenda_words_under(i + 1) or self._matters_for_decision(i, body):
                return None  # "Decisions:" over the agenda's "To approve ..." items, each minuted in prose below it
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RESOLUTION, preamble=None)
            return ItemKind.RESOLUTION, nodes, nxt
        m = patterns.get("reco_inline").match(body)
        if m is not None:
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start + m.start("rest"), whole=True)
        m = patterns.get("agenda_motion_line").match(body) if self.ctx.kind is DocumentKind.AGENDA else None
        if m is not None:
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start + m.start("rest"), whole=True)
        if self.ctx.kind is DocumentKind.AGENDA and patterns.get("agenda_action_line").match(body):
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start, whole=True)
        m = patterns.get("reco_preamble_start").match(body)
        if m is not None:
            if self._amendment_context(i):
                return self._skip_block(i)
            if self._asked_over_recommendation(i, body):
                return None  # "Council is asked to consider ..." / "Recommendation: Direct Staff to ...": the latter
            formal = body[: m.end()].strip()[:1].isupper() and body[:11].isupper()
            start = body_start + (m.end() if formal else 0)
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, start, whole=not formal)
        m = patterns.get("reco_background_label").match(body)
        if m is not None and self.ctx.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES):
            return self._recommending_sentence(i, body_start + m.end())
        m = patterns.get("reco_sentence_start").match(body)
        if m is not None and self.ctx.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES):
            # an agenda or minutes prints whoever recommends as the item's recommendation; a report
            # that says "staff recommend" in its discussion is reporting (its own are under a heading)
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start + m.start("rest"), whole=True)
        if self.ctx.kind == DocumentKind.MINUTES and patterns.get("reco_minutes_start").match(body):
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start, whole=True)
        if self.ctx.kind == DocumentKind.MINUTES and patterns.get("reco_moved_in").search(body):
            found = self._moved_recommendations(i)
            if found is not None:
                return found
        m = patterns.get("reso_formal_start").match(body)
        if (
            m is not None
            and m.group("wrapped") is not None
            and not (self.ctx.kind == DocumentKind.MINUTES and self._adopted_by_number(i) is not None)
        ):
            m = None  # a clause wrapped after its "by ...": read so only for a resolution minutes adopt by number
        if m is not None and m.group("ordained") is not None and self.ctx.kind != DocumentKind.MINUTES:
            m = None  # an ordinance's own text: its sections are read as enacted (see enactments)
        if (
            m is not None
            and not body[m.end() :].strip()
            and (self._agenda_words_under(i + 1) or self._matters_for_decision(i, body))
        ):
            return None  # "Decisions:" over the agenda's "To approve ..." items, each minuted in prose below it
        clause_end = body_start + m.end() if m is not None and m.group("enacting") else None
        if m is None and self.ctx.kind == DocumentKind.MINUTES:
            clause_end = self._enacting_by_body(i, body_start, body)  # "NOW, THEREFORE, the Board ... resolves:"
        if clause_end is not None and self.ctx.kind == DocumentKind.MINUTES:
            adopted = self._adopted_by_number(i)
            if adopted is None:
                return None  # a resolution's enacting clause in minutes: its number and outcome decide (see forms)
            kind, nodes, nxt = self._intro_with_rest(i, ItemKind.RESOLUTION, clause_end, whole=True)
            para_end = self._trim_end(body_start, self.lines[self._paragraph_end(i)].line.end)
            if len(nodes) == 1 and nodes[0].start <= body_start:
                nodes[0].label = adopted  # the clause and its words, one item
                return kind, nodes, nxt
            if len(nodes) == 1 and not nodes[0].children and nodes[0].end <= para_end:
                # "BE IT RESOLVED by the X Council, the Council approves ...": the body's sentence after the
                # clause is the decision, one item
                nodes[0].label = adopted
                return kind, nodes, nxt
            # an item that carries its own number stays one, its words the enacting clause, its sections under it
            parent = self._node(ItemKind.RESOLUTION, adopted, body_start, para_end, i)
            parent.children = nodes
            return kind, [parent], nxt
        if m is not None:
            para_end = self.lines[self._paragraph_end(i)].line.end
            lead = patterns.get("reso_proposal_lead").match(self.text, body_start, para_end)
            if lead is not None:
                return self._proposed_resolution(i, lead.end())
            return self._intro_with_rest(i, ItemKind.RESOLUTION, body_start + m.end(), whole=False)
        if patterns.get("reso_body_start").match(body):
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RESOLUTION, preamble=normalise_space(body))
            return ItemKind.RESOLUTION, nodes, nxt
        if patterns.get("notice_of_motion_start").match(body):
            return self._notice_of_motion(i)
        # "THAT ..." then "CARRIED": a moved motion's wording; in minutes the outcome alone makes it one,
        # where no mover is printed or the mover's line wrapped ("Mayor Ash/Councillor" / "Birch")
        # "MOTION: THAT ..." (the wording under a field label, its movers and outcome printed below it) too
        field = patterns.get("motion_field_start").match(body)
        words_at = body_start + field.end() if field is not None else None
        if patterns.get("motion_words_start").match(body[field.end() :] if field is not None else body) and (
            field is not None or self._moved(i) or self.ctx.kind == DocumentKind.MINUTES
        ):
            found = self._moved_motion(i, words_at)
            if found is not None or self.ctx.kind != DocumentKind.MINUTES:
                return found
            return self._titled_decision(i, body_start)
        return None

    def _recommending_sentence(self, i: int, start: int) -> tuple[ItemKind, list[_Node], int] | None:
        """The sentence that recommends ("Staff recommends awarding the bid to ...") in the paragraph under a label
        joining the item's background to its recommendation (`start` after the label): the item, labelled as
        the entry it stands under.  None where no sentence of the paragraph recommends."""
        end_line = i
        while (
            end_line + 1 < len(self.lines)
            and end_line - i < MAX_BACKGROUND_LINES
            and not self.lines[end_line + 1].line.after_blank
            and self.lines[end_line + 1].label is None
            and not self._stops(end_line + 1)
        ):
            end_line += 1  # the paragraph's sentences run on to its blank line, whatever each line ends with
        end = self._trim_end(start, self.lines[end_line].line.end)
        for s, e in _sentences(self.text, start, end):
            s = self._skip_marks(s, e)
            m = patterns.get("reco_sentence_start").match(self.text[s:e])
            if m is None:
                continue
            for k in range(i, end_line + 1):
                self.used.add(k)
            node = self._node(ItemKind.RECOMMENDATION, None, s + m.start("rest"), self._trim_end(s, e), i)
            return ItemKind.RECOMMENDATION, [node], end_line + 1
        return None

    def _outcome_under(self, nodes: list[_Node], nxt: int) -> bool:
        """Whether a recommendation's list is the meeting's decision: minutes that print the report's
        "RECOMMENDATION" and then "Adopted" / "CARRIED" on the line under it (the nodes become resolutions).
        Near miss: a report's recommendation with no outcome line under it."""
        if not nodes or nxt >= len(self.lines) or not patterns.get("outcome_alone_line").match(self._body(nxt).strip()):
            return False
        for k in range(nodes[0].line - 1, max(-1, nodes[0].line - OUTCOME_HEADING_REACH), -1):
            if patterns.get("reco_heading").match(normalise_space(self._body(k))):
                if patterns.get("onward_reco_heading").search(self._body(k)):
                    return False  # "Committee's recommendation" ... "Carried": what it recommends to the council
                break
        self.used.add(nxt)
        for node in _walk(nodes):
            node.kind = ItemKind.RESOLUTION
        return True

    def _matters_for_decision(self, i: int, body: str) -> bool:
        """Whether a decisions heading is an agenda's item over the matters the meeting is to decide ("8.
        DECISIONS" / "a) To approve Heads of Terms ..."): an agenda decides nothing.  Near miss: minutes'
        "Decision" heading over what the meeting decided."""
        return (
            self.ctx.kind == DocumentKind.AGENDA
            and patterns.get("bare_decisions_heading").fullmatch(normalise_space(body).strip(" :*")) is not None
        )

    def _agenda_words_under(self, i: int) -> bool:
        """Whether a decisions heading in minutes stands over the agenda's items rather than decisions: its
        first entry is an item's words in the infinitive with no stop ("● To approve Heads of Terms re lease
        of mast"), and the minute's own sentence follows on the next line ("Cllr Robarts reported that ...").
        Near miss: "Decisions:" / "(a) To approve the accounts." / "(b) To appoint ..." (decisions listed)."""
        if self.ctx.kind != DocumentKind.MINUTES or i + 1 >= len(self.lines):
            return False
        first = self._body(i).strip()
        if not first or first[-1:] in ".;:" or not patterns.get("agenda_words_line").match(first):
            return False
        for k in range(i + 1, min(i + 3, len(self.lines))):  # the item's words may wrap over one more line
            if self.lines[k].label is not None:
                return False
            if patterns.get("minute_sentence_start").match(self._body(k).lstrip()) is not None:
                return True
        return False

    def _titled_decision(self, i: int, body_start: int) -> tuple[ItemKind, list[_Node], int] | None:
        """A consent item's decision in minutes, its paragraph printed under the item's labelled title
        with no outcome of its own ("B. Curriculum Proposals" / "That the Board of Trustees approve the
        curriculum proposals ..."): one resolution, labelled by its item."""
        if not patterns.get("that_body_decides_start").match(self.text[body_start : self.lines[i].line.end]):
            return None
        title = i - 1
        if title > 0 and self.lines[title].label is None and self.lines[title - 1].label is not None:
            title -= 1  # a title that wrapped ("B. Curriculum Proposals: American River," / "College")
        label = self.lines[title].label if title >= 0 else None
        if label is None or label.scheme not in ("alpha", "decimal", "multilevel") or title in self.used:
            return None
        heading = normalise_space(" ".join(self._body(k) for k in range(title, i)))
        if not heading or len(heading) > MAX_PREAMBLE or heading[-1] in ".;:":
            return None
        last = self._paragraph_end(i)
        for k in range(i, last + 1):
            self.used.add(k)
        node = self._node(ItemKind.RESOLUTION, label.text, body_start, self.lines[last].line.end, i)
        return ItemKind.RESOLUTION, [node], last + 1
