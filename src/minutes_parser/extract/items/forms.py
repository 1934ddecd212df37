"""The special forms, each closed by an outcome or a label: numbered resolutions ("R2025-193 ..."
then "Carried."), moved motions ("Moved by ... THAT ... CARRIED", an amendment's outcome kept
apart), labelled recommendations ("Recommendation 1: ..."), notices of motion recorded as
agreed, and a motion's amendment, whose list is skipped.
"""

from __future__ import annotations

import regex

from ... import patterns
from ...records import DocumentKind, ItemKind
from ...structure import ListLabel
from ...text import normalise_space
from .cues import (
    _OPEN_QUOTES,
    AMENDMENT_LINES,
    MAX_MOTION_DEBATE_LINES,
    MAX_MOTION_LINES,
    MAX_NUMBERED_LINES,
    MOTION_HEAD_LINES,
    _opens_list,
    _preamble_end,
    _sentences,
)
from .lists import _Lists
from .nodes import _Node

MOVER_LINES = 3  # lines naming a mover and a seconder (one may wrap) between a motion's words and its outcome
ADOPTED_NUMBER_REACH = 80  # lines above an enacting clause where the number of the resolution it closes may stand
ADOPTING_MOTION_REACH = 3000  # characters after an enacting clause where the motion adopting it by pointing may stand


class _Forms(_Lists):
    """Finders for the forms a number, a mover or a label opens."""

    def _numbered_resolution(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        """ "R2025-193 S. Foote, L. Chalapenko:" then the wording up to "Carried."."""
        info = self.lines[i]
        assert info.label is not None
        k = i + 1
        while k < len(self.lines) and k < i + MAX_NUMBERED_LINES:
            nxt = self.lines[k].label
            if nxt is not None and nxt.scheme == "number" and nxt.text != info.label.text:
                break  # the next number ("Motion 24-064 as presented:" restates this one)
            k += 1
        block_end = self.lines[k - 1].line.end if k > i + 1 else info.line.end
        rest = self.text[info.body_start : info.line.end]
        movers = patterns.get("numbered_movers_prefix").match(self.text, info.body_start, info.line.end)
        if movers is not None:
            start = movers.end()  # "R2018-200 J. Scott, L. Andersen: THAT ...": the words after the movers
        elif patterns.get("reso_words_start").match(rest.strip()):
            start = info.body_start
        else:
            first = i + 1
            while first < k and (
                patterns.get("procedural_start").match(self._body(first).strip())
                # (a "Resolution:" label over the words, as New Zealand minutes print it under the number)
                or patterns.get("reso_heading").match(normalise_space(self._body(first)).rstrip(":").rstrip())
                # the mover's name printed alone under the "Moved:" and "Seconded:" labels
                or (first > i + 1 and patterns.get("member_name_alone").fullmatch(normalise_space(self._body(first))))
                or (first > i + 1 and self._wrapped_attribution(first))
            ):
                first += 1  # "Moved by: ...", "Seconded by: ...", a "Resolution" heading under the number
            start = self.lines[first].body_start if first < k else info.line.end
        carried, words_end = self._own_outcome(start, block_end)
        numbered_moved = (
            carried is None
            and k == len(self.lines)
            # the document cut off inside its words: no sentence of them ends ("... of its meeti")
            and patterns.get("sentence_end").search(self.text, start) is None
            and patterns.get("resolution_number_label").match(self.text[info.line.start : info.line.end].strip())
            is not None
            and any(patterns.get("procedural_start").match(self._body(n).strip()) for n in range(i + 1, min(k, i + 3)))
        )
        if carried is None and not numbered_moved:
            if self._register_form(i, start) and patterns.get("resolution_number_label").match(info.label.text):
                return self._register_entry(i, start, info.label.text)
            self.used.add(i)  # a number with no recorded outcome: not a resolution
            return ItemKind.RESOLUTION, [], i + 1
        if carried is None:
            # "Resolution number RD/2015/119" / "MOVED by ..." / "That ... its meeti" where the document is cut off
            # before its outcome: the register numbers only what was resolved (near misses: the same with the next
            # item after it and no outcome, or a document that ends with a whole sentence, is no resolution)
            end = block_end
            for n in range(i, k):
                self.used.add(n)
        else:
            # the resolution ends at its outcome: what follows (the next item's report) is not its block
            k = min(k, self.ctx.source.line_at(max(carried.start(), carried.end() - 1)) + 1)
            for n in range(i, k):
                self.used.add(n)
            if patterns.get("defeated_in").search(carried.group(0)):  # ("MOTION DEFEATED.")
                return ItemKind.RESOLUTION, [], k
            end = carried.start() if words_end is None else words_end
        note = patterns.get("clerk_note_in").search(self.text, start, end)
        if note is not None:
            end = note.start()
        end = self._vote_record_end(start, end)
        outcome_line = self.lines[self.ctx.source.line_at(end)]
        if outcome_line.line.start > start and patterns.get("mover_pair_line").fullmatch(
            self.text[outcome_line.body_start : end].strip()
        ):
            end = outcome_line.line.start  # "Councillor Coker/Councillor Fields   Carried"
        node = self._block(ItemKind.RESOLUTION, info.label.text.rstrip(":"), start, end, i)
        if len(node.children) == 1 and not node.children[0].children and node.start >= node.end:
            # "Resolved: 19.6" / "1." / "That the minutes ... be received.": a list of one is the
            # numbered resolution's own words
            only = node.children[0]
            node.start, node.end, node.children = only.start, only.end, []
        return ItemKind.RESOLUTION, [node], k

    def _adopted_by_number(self, i: int) -> str | None:
        """The number over the resolution whose enacting clause is line `i` of minutes, when the minutes print
        the resolution whole and a carried motion below adopts it by that number ("RESOLUTION NO. 2023-04-01"
        ... "NOW, THEREFORE, BE IT RESOLVED ... that:" ... "Council Member Brems, seconded by ..., moved to
        approve Resolution No. 2023-04-01. The motion passed unanimously."): the number line as printed, the
        decision's label.  None where no number stands above it or no carried motion names it (near misses: a
        resolution only reviewed, one tabled)."""
        number_rx = patterns.get("resolution_number_line")
        for k in range(i - 1, max(-1, i - ADOPTED_NUMBER_REACH), -1):
            # (the whole line: "RESOLUTION NO. 51" reads as a list label with no words after it)
            line = normalise_space(self.text[self.lines[k].line.start : self.lines[k].line.end])
            m = number_rx.match(line)
            if m is None:
                continue
            number = m.group("number")
            if m.group("date") is not None:
                line = line[: m.start("date")].rstrip()  # the date printed beside the number is no part of it
            for motion in patterns.get("adopting_motion_by_number").finditer(self.text, self.lines[i].line.end):
                if motion.group("number").rstrip(".") == number.rstrip("."):
                    return line
            return line if self._adopted_by_pointing(i) else None
        return None

    def _printed_whole(self, i: int) -> bool:
        """Whether line `i` of minutes is a resolution's number alone on its line ("RESOLUTION NO. 51") over the
        resolution printed whole, its title and recitals and then an enacting clause: the clause, not the title under
        the number, is the decision where the minutes adopt it, and there is none where they do not (tabled, only
        reviewed).  Near miss: a number over a title and no clause."""
        if self.ctx.kind is not DocumentKind.MINUTES:
            return False
        line = normalise_space(self.text[self.lines[i].line.start : self.lines[i].line.end])
        if not patterns.get("resolution_number_line").match(line):
            return False
        formal = patterns.get("reso_formal_start")
        for k in range(i + 1, min(len(self.lines), i + ADOPTED_NUMBER_REACH)):
            body = self._body(k)
            if patterns.get("resolution_number_line").match(normalise_space(body)):
                return False
            m = formal.match(body)
            if (m is not None and m.group("enacting")) or self._enacting_by_body(k, self.lines[k].body_start, body):
                return True  # adopted, the clause is the item; not adopted (tabled, only reviewed), there is none
        return False

    def _adopted_by_pointing(self, i: int) -> bool:
        """Whether a carried motion after the enacting clause on line `i`, before the next resolution's number,
        adopts "this agenda item" or "the resolution" (Legistar's "A motion was made by ..., that this agenda
        item be approved. The motion carried ...")."""
        start = self.lines[i].line.end
        end = min(len(self.text), start + ADOPTING_MOTION_REACH)
        number_rx = patterns.get("resolution_number_line")
        for k in range(i + 1, len(self.lines)):
            if self.lines[k].line.start >= end:
                break
            if number_rx.match(normalise_space(self._body(k))):
                end = self.lines[k].line.start
                break
        return patterns.get("adopting_motion_anaphoric").search(self.text, start, end) is not None

    def _enacting_by_body(self, i: int, body_start: int, body: str) -> int | None:
        """Where the enacting clause on line `i` ends when the body resolves in its own name, over this line or
        wrapping onto the next ("NOW, THEREFORE, the Governing Board of the Salt Lake County" / "Municipal
        Building Authority, Utah, resolves as follows:"), or None."""
        rx = patterns.get("enacting_body_resolves")
        m = rx.match(body)
        if m is not None:
            return body_start + m.end()
        if ":" in body or i + 1 >= len(self.lines):
            return None
        after = self._body(i + 1)
        m = rx.match(body.rstrip() + " " + after)
        if m is None or m.end() <= len(body.rstrip()) + 1:
            return None
        return self.lines[i + 1].body_start + m.end() - len(body.rstrip()) - 1

    def _wrapped_attribution(self, k: int) -> bool:
        """A mover's or seconder's name that wrapped onto line `k` ("Moved: Cr Shelley" / "Burne-Field",
        "Seconded: Cr" / "Kelly Annand"); near miss: the motion's words ("That the minutes ...")."""
        before = normalise_space(self._body(k - 1))
        body = normalise_space(self._body(k))
        return bool(
            patterns.get("procedural_start").match(before)
            and not patterns.get("carried_in").match(body)
            and patterns.get("name_words_alone").fullmatch(body)
        )

    def _vote_record_end(self, start: int, end: int) -> int:
        """Where a resolution's words stop before the vote recorded under them ("Upon a roll call vote, ...
        voted aye.", "Ayes: ...", "VOTING IN FAVOUR: ... (11)"), or `end`."""
        for n in range(self.ctx.source.line_at(start) + 1, self.ctx.source.line_at(max(start, end - 1)) + 1):
            if patterns.get("vote_record_start").match(self._body(n).strip()):
                return self.lines[n].line.start
        return end

    def _register_form(self, i: int, start: int) -> bool:
        """Whether the lines between a number and its words name who moved and seconded it ("RESOLUTION
        2019/14" / "Moved:" / "Seconded:  Cr Birch" / "Cr Ash" / "That ..."): a motion put, then numbered.
        Near miss: a US resolution's title under its number ("RESOLUTION NO. 40-20 - RESOLUTION OF THE
        CITY COUNCIL ...") names no mover."""
        first = self.ctx.source.line_at(start)
        return first > i + 1 and any(patterns.get("mover_line_in").search(self._body(n)) for n in range(i + 1, first))

    def _register_entry(self, i: int, start: int, label: str) -> tuple[ItemKind, list[_Node], int]:
        """A numbered resolution whose outcome is not printed beside it ("RESOLUTION 2019/14" / "Moved:" /
        "Seconded:" / "That Council adopt the policy.", the "CARRIED" lines displaced by a two-column
        layout): a register gives a resolution's number only to what was resolved, so the number is the
        outcome.  Its words are the paragraph under the movers, with the list it opens.  Near miss: a
        motion's number ("Motion 24-064") with no outcome is no resolution."""
        first = self.ctx.source.line_at(start)
        last = self._paragraph_end(first)
        if self._body(last).rstrip().endswith(":"):
            while last + 1 < len(self.lines) and self.lines[last + 1].label is not None:
                lab = self.lines[last + 1].label
                if lab is None or lab.scheme in ("number", "word"):
                    break
                last = self._paragraph_end(last + 1)
        for n in range(i, last + 1):
            self.used.add(n)
        end = self._trim_end(start, self.lines[last].line.end)
        node = self._block(ItemKind.RESOLUTION, label.rstrip(":"), start, end, i)
        return ItemKind.RESOLUTION, [node], last + 1

    def _own_outcome(self, start: int, end: int) -> tuple[regex.Match[str] | None, int | None]:
        """The first outcome in ``text[start:end]`` that is the motion's own, and where its words end.

        An outcome right after an amendment moved on the motion ("Councillor X moved an amendment
        that ..." then "DEFEATED") is the amendment's: the motion's own comes after it, and its
        words end where the amendment begins."""
        first_line = self.ctx.source.line_at(start)
        words_end: int | None = None
        for carried in patterns.get("carried_in").finditer(self.text, start, end):
            line = self.ctx.source.line_at(carried.start())
            amendment = next(
                (
                    n
                    for n in range(max(first_line + 1, line - AMENDMENT_LINES), line + 1)
                    if patterns.get("moved_amendment_in").search(self._body(n))
                ),
                None,
            )
            if amendment is None:
                return carried, words_end
            if words_end is None:
                words_end = self.lines[amendment].line.start
        return None, None

    def _moved(self, i: int) -> bool:
        """Whether the lines just before `i` name a mover or a seconder ("Moved by ...", or a
        table's "Lukes / Schreyer" cell on the line before)."""
        before = " ".join(self._body(k) for k in range(max(0, i - 3), i))
        if patterns.get("mover_line_in").search(before):
            return True
        return i > 0 and bool(patterns.get("mover_pair_line").fullmatch(self._body(i - 1).strip()))

    def _moved_motion(self, i: int, words_at: int | None = None) -> tuple[ItemKind, list[_Node], int] | None:
        """ "Moved by ... Seconded by ... THAT ... CARRIED": the wording is a resolution if carried.

        The movers may follow the wording instead ("MOTION: THAT the agenda be adopted." / "MOVED BY: A" /
        "SECONDED BY: B" / "MOTION CARRIED."): mover lines that run straight into the outcome are this
        motion's, and its words end above them.  Near miss: mover lines followed by another "THAT ..."
        open the next motion.  `words_at` is where the wording starts on line `i`, past a field label."""
        k = i
        limit = min(len(self.lines), i + MAX_MOTION_LINES)
        carried = None
        words_end: int | None = None  # the line an amendment moved on this motion starts on
        while k < limit:
            if k > i and self._opens_motion(k):
                amendment_end = self._amendment_outcome(k, limit)
                if amendment_end is None and self._movers_then_outcome(k, limit):
                    words_end = k if words_end is None else words_end
                    k += 1
                    continue
                if amendment_end is None:
                    break  # the next motion: this one's outcome was not "carried"
                # an amendment moved on this motion, and its own outcome: the main motion's comes later
                words_end = k if words_end is None else words_end
                k = amendment_end + 1
                continue
            if k > i and self._stops(k) and not self._outcome_line(k):
                break
            carried = patterns.get("carried_in").search(self.text, self.lines[k].body_start, self.lines[k].line.end)
            if carried is not None:
                break
            label = self.lines[k].label
            if label is not None and label.scheme not in ("number", "word"):
                # a motion's list runs on ("a." ... "d. That staff take the following direction:" "1." ...
                # "11." "e." "f." then "Carried"): its outcome lies this close to its last entry
                limit = min(len(self.lines), max(limit, k + MAX_MOTION_LINES))
            k += 1
        if carried is None:
            return None
        for n in range(i, min(k + 1, len(self.lines))):
            self.used.add(n)
        if patterns.get("defeated_in").search(carried.group(0)):  # ("MOTION DEFEATED.")
            return ItemKind.RESOLUTION, [], k + 1
        start = self._skip_marks(self.lines[i].body_start if words_at is None else words_at, self.lines[i].line.end)
        end = carried.start() if words_end is None else self._trim_end(start, self.lines[words_end - 1].line.end)
        end = self._vote_record_end(start, end)
        node = self._block(ItemKind.RESOLUTION, None, start, end, i)
        if node.children and patterns.get("that_body_preamble").match(
            normalise_space(self.text[node.start : node.end])
        ):
            # "That Council:" then 1., 2.: with no number of its own the preamble is no item (a motion's
            # own words over its list, "That Item 1 of the Report be amended as follows:", stay one)
            preamble = normalise_space(self.text[node.start : node.end])
            for child in node.children:
                child.preamble = preamble
            return ItemKind.RESOLUTION, node.children, k + 1
        return ItemKind.RESOLUTION, [node], k + 1

    def _outcome_line(self, k: int) -> bool:
        """Whether line `k` opens on a motion's outcome ("CARRIED", "Motion Carried 7-0.", "MOTION CARRIED.")."""
        body = self._body(k).strip()
        return bool(patterns.get("carried_in").match(body) or patterns.get("outcome_sentence_start").fullmatch(body))

    def _movers_then_outcome(self, k: int, limit: int) -> bool:
        """Whether the mover lines from `k` run straight into an outcome ("MOVED BY: A" / "SECONDED BY: B" /
        "MOTION CARRIED."): the movers of the motion above them, printed after its words."""
        n = k
        while n < limit and n - k < MOVER_LINES and self._opens_motion(n):
            n += 1
        return k < n < limit and self._outcome_line(n)

    def _opens_motion(self, k: int) -> bool:
        """Whether line `k` names a mover or seconder ("Moved by ...", a table's "Lukes / Schreyer")."""
        body = self._body(k).strip()
        return bool(patterns.get("mover_line_in").search(body) or patterns.get("mover_pair_line").fullmatch(body))

    def _amendment_outcome(self, k: int, limit: int) -> int | None:
        """Where the outcome of an amendment moved at line `k` stands ("THAT the motion be amended by
        adding ..." then "DEFEATED"), or None when the motion moved there is not an amendment."""
        words = patterns.get("motion_words_start")
        m = next((n for n in range(k, min(k + MOTION_HEAD_LINES, limit)) if words.match(self._body(n).strip())), None)
        if m is None or not patterns.get("amendment_motion_in").search(self._body(m)):
            return None
        for n in range(m, limit):
            if patterns.get("carried_in").search(self.text, self.lines[n].body_start, self.lines[n].line.end):
                return n
        return None

    def _block(self, kind: ItemKind, label: str | None, start: int, end: int, line: int) -> _Node:
        """An item whose own words run from `start` to the first list inside it, children after."""
        first = self.ctx.source.line_at(start)
        children: list[_Node] = []
        own_end = end
        for k in range(first + 1, len(self.lines)):
            if self.lines[k].line.start >= end:
                break
            lab = self.lines[k].label
            if lab is not None and lab.scheme not in ("number", "word"):
                own_end = self.lines[k].line.start
                children, _ = self._collect(k, kind, limit=end)
                break
        if children and self._lists_facts(start, own_end, children):
            children, own_end = [], end
        node = self._node(kind, label, start, own_end, line)
        node.children = children
        return node

    def _lists_facts(self, start: int, own_end: int, children: list[_Node]) -> bool:
        """A list that goes on the motion's sentence ("... the following subject matter: (e) litigation ...;")
        rather than one of decisions ("THAT Council: (a) approve ...")."""
        own = self.text[start:own_end].rstrip().rstrip("*")
        if not _opens_list(own) or _preamble_end(own):
            return False
        firsts = (self._skip_marks(c.start, c.end) for c in children)
        return all(self.text[k : k + 1].islower() for k in firsts)

    def _word_labelled(self, i: int, label: ListLabel) -> tuple[ItemKind, list[_Node], int]:
        """ "Recommendation 1: ..." or "Recommendation No. 3" over a quoted recommendation."""
        kind = ItemKind.RECOMMENDATION if label.text.lower().startswith("recommendation") else ItemKind.RESOLUTION
        info = self.lines[i]
        self.used.add(i)
        rest = self.text[info.body_start : info.line.end].strip()
        if not rest.startswith(tuple(_OPEN_QUOTES)):
            for k in range(i + 1, min(i + 4, len(self.lines))):
                body = self._body(k).lstrip("* ")
                if body[:1] in _OPEN_QUOTES:
                    for n in range(i, k):
                        self.used.add(n)
                    nodes, nxt = self._after_intro(k, kind, preamble=None)
                    for node in nodes:
                        node.label = label.text.strip()
                    return kind, nodes, nxt
        if not rest and self._printed_whole(i):
            return kind, [], i + 1  # the resolution's enacting clause below is the item (see _adopted_by_number)
        if not rest:
            nodes, nxt = self._after_intro(i + 1, kind, preamble=None)
            for node in nodes[:1]:
                node.label = label.text.strip()
            return kind, nodes, nxt
        end_line = self._paragraph_end(i)
        start = self._skip_marks(info.body_start, info.line.end)
        node = self._node(kind, label.text.strip(), start, self._trim_end(start, self.lines[end_line].line.end), i)
        for k in range(i, end_line + 1):
            self.used.add(k)
        return kind, [node], end_line + 1

    def _proposed_resolution(self, i: int, start: int) -> tuple[ItemKind, list[_Node], int]:
        """ "Resolved on the proposal of X, seconded by Y ... that <words>.": the sentence after
        "that" is the resolution; what the paragraph goes on to tell ("As there were no further
        nominations, X was deemed elected.") is not another."""
        last = self._paragraph_end(i)
        end = self.lines[last].line.end
        _, sentence_end = next(_sentences(self.text, start, end), (start, end))
        for k in range(i, last + 1):
            self.used.add(k)
        return ItemKind.RESOLUTION, [self._node(ItemKind.RESOLUTION, None, start, sentence_end, i)], last + 1

    def _notice_of_motion(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        """A notice of motion is a decision when the minutes record it seconded and agreed."""
        end_line = self._paragraph_end(i)
        k = end_line + 1
        outcome: bool | None = None
        while k < len(self.lines) and k <= end_line + MAX_MOTION_DEBATE_LINES:
            body = self._body(k)
            if patterns.get("notice_of_motion_start").match(body.lstrip("* ")) or self._is_minute_heading(k):
                break
            if patterns.get("motion_itself_lost_in").search(body) or (
                patterns.get("withdrawn_in").search(body) and not patterns.get("amendment_context_in").search(body)
            ):
                outcome = False
                break
            joined = body + " " + (self._body(k + 1) if k + 1 < len(self.lines) else "")
            if patterns.get("motion_carried_in").search(joined):
                outcome = True
                # the outcome sentence ("The Motion was proposed by ..., seconded by ... and agreed.") is
                # this motion's, not a decision of its own
                self.used.add(k)
                if not patterns.get("motion_carried_in").search(body) and k + 1 < len(self.lines):
                    self.used.add(k + 1)
                break
            k += 1
        for n in range(i, end_line + 1):
            self.used.add(n)
        if not outcome:
            return None
        info = self.lines[i]
        start = self._skip_marks(info.body_start, info.line.end)
        node = self._node(ItemKind.RESOLUTION, None, start, self._trim_end(start, self.lines[end_line].line.end), i)
        return ItemKind.RESOLUTION, [node], end_line + 1

    def _skip_block(self, i: int) -> tuple[ItemKind, list[_Node], int]:
        """A motion's amendment: its list is neither recommended nor resolved."""
        self.used.add(i)
        j = self._paragraph_end(i) + 1
        if j < len(self.lines) and self.lines[j].label is not None:
            _, nxt = self._collect(j, ItemKind.RECOMMENDATION)
            return ItemKind.RECOMMENDATION, [], nxt
        return ItemKind.RECOMMENDATION, [], j

    def _amendment_context(self, i: int) -> bool:
        before = " ".join(self._body(k) for k in range(max(0, i - 2), i))
        return bool(patterns.get("amendment_context_in").search(before))
