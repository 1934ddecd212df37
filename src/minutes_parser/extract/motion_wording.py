"""A motion's words: where they start and end around its movers (after them, before them, under a heading, in
the entry above), read by `_Wording`, which the motions reader (`minutes_parser.extract.motions`) builds on."""

from __future__ import annotations

import bisect

import regex

from .. import patterns
from .motion_parts import _Mark, _skip_space, _trim_end

MAX_TEXT = 4000  # the longest wording read for one motion (characters)
ENTRY_REACH = 400  # how far a list entry's further sentences may run before the next entry's label (characters)
MAX_HEADING = 90  # characters: a longer line is a sentence, not a heading
DECISION_ABOVE_LINES = 4  # how many lines a formal decision over its movers' line of their own may run to
MOTION_HEADING_LINES = 8  # how many lines of wording a "Motion" heading may stand above its movers (a staff
# recommendation restated as the motion runs to four or five lines)
_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}


def _closing_quote(text: str, start: int, end: int) -> int:
    """Where the quotation opened at `start` closes before `end` (-1 if it does not): curly quotes pair up, so a
    quotation inside the quoted words is passed over ("“That “Standing Orders” be suspended ...”"); a straight or
    single quote closes at its next mark (an apostrophe or a second straight quote cannot tell nesting)."""
    opening = text[start]
    closing = _QUOTES[opening]
    if opening != "\u201c":
        return text.find(closing, start + 1, end)
    depth = 1
    for k in range(start + 1, end):
        if text[k] == "\u201c":
            depth += 1
        elif text[k] == "\u201d":
            depth -= 1
            if depth == 0:
                return k
    return -1


class _Wording:
    """Finders for a motion's words in `text`, stopping at `stops` (vote intros, labels, attached movers) and
    `breaks` (blank lines), both sorted positions set by the reader."""

    text: str
    stops: list[int]
    breaks: list[int]

    def _next(self, positions: list[int], start: int, default: int) -> int:
        k = bisect.bisect_right(positions, start)
        return positions[k] if k < len(positions) and positions[k] < default else default

    def _wording(self, start: int, region_end: int, outcome: _Mark | None, notice: bool) -> tuple[int, int]:
        """Where the motion's words start and end after its opener."""
        text = self.text
        if start < len(text) and text[start] in _QUOTES:
            close = _closing_quote(text, start, min(region_end, start + MAX_TEXT))
            if close > start + 1:
                return start + 1, _trim_end(text, start + 1, close)
        end = min(region_end, start + MAX_TEXT)
        if outcome is not None:
            end = min(end, outcome.start)
        end = self._next(self.stops, start - 1, end)
        end = self._next(self.breaks, start, end)
        if (grounds := patterns.get("statutory_grounds_line").search(text, start, end)) is not None:
            end = grounds.start()  # an exclusion's statutory grounds under its words
        end = self._sentence_end(start, end, notice)
        for quote, opening in (("\u201d", "\u201c"), ('"', '"')):
            # a motion quoted from its opener on ("X stated, “..., I move that ...”"): the quote closes it
            close = text.find(quote, start, end)
            if close > start and opening not in text[start:close]:
                end = close
        return start, _trim_end(text, start, end)

    def _sentence_end(self, start: int, end: int, notice: bool) -> int:
        """The end of the first sentence after `start` that no list entry or clause carries on."""
        text = self.text
        ender = patterns.get("motion_sentence_end")
        goes_on = patterns.get("motion_continues")
        listed = patterns.get("motion_continues_list")
        pos = start
        while pos < end:
            m = ender.search(text, pos, end)
            if m is None:
                return end
            if notice:
                return m.end()
            if goes_on.match(text, m.end(), end) is None and (
                ":" not in text[start : m.end()] or listed.match(text, m.end(), end) is None
            ):
                if ":" in text[start : m.end()] and self._entry_goes_on(m.end(), end):
                    pos = m.end()  # "6. ... one non-resident employee. Employee must use ..." / "7. ...": in the list
                    continue
                return m.end()
            pos = m.end()
        return end

    def _entry_goes_on(self, at: int, end: int) -> bool:
        """Whether the sentence ending at `at` is one of several inside a list entry of the motion (its list
        introduced by a colon): the entry runs on over its lines and the next entry's label opens a line after it
        ("6. ... one non-resident employee. Employee must" / "use off-street parking." / "7. ...").  Near miss:
        the seconding after the list's last entry ("8. ... odours." / "X seconded the motion."), no label after."""
        nxt = patterns.get("motion_next_entry_line").search(self.text, at, min(end, at + ENTRY_REACH))
        if nxt is None:
            return False
        return patterns.get("motion_entry_sentence_stop").search(self.text, at, nxt.start()) is None

    def _wording_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The "That ..." paragraph printed just before its movers, or the motion of "A motion that
        X was moved by ..." (in the same sentence)."""
        sentence = max(start, self.text.rfind(".", start, end) + 1, self.text.rfind("\n\n", start, end) + 1)
        passive = None
        for m in patterns.get("motion_passive_head").finditer(self.text, sentence, end):
            passive = m
        if passive is not None:
            tail = patterns.get("motion_passive_tail").search(self.text, passive.end(), end)
            e = _trim_end(self.text, passive.end(), tail.start() if tail else end)
            if e - passive.end() >= 3:
                return passive.end(), e
        last = None
        for m in patterns.get("motion_text_that").finditer(self.text, start, end):
            last = m
        if last is None:
            return None
        s = _skip_space(self.text, last.start())
        e = _trim_end(self.text, s, end)
        return (s, e) if e - s >= 3 else None

    def _decision_pointed_at(
        self, mark_start: int, region_start: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The decision a proposer's sentence points back at on its line ("RESOLVED: Schedule of dates agreed. This
        was proposed by Cllr Spurr."): the sentence before it, with the span of the formal "RESOLVED" that decided it
        (None where the sentence has none).  Near miss: "The hall was discussed. It was proposed by Cllr Ash that
        ..." (the proposal's own words follow: no pointing back)."""
        text = self.text
        line_start = text.rfind("\n", 0, mark_start) + 1
        head = patterns.get("motion_points_back").search(text, max(region_start, line_start), mark_start)
        if head is None or head.end() != mark_start:
            return None
        stops = [m.end() for m in patterns.get("motion_sentence_end").finditer(text, line_start, head.start())]
        before = [e for e in stops if e < _trim_end(text, line_start, head.start())]
        s = _skip_space(text, before[-1] if before else line_start)
        e = _trim_end(text, s, head.start())
        formal = self._after_formal_lead(s, e, capital=False)
        if formal is not None:
            return formal
        return ((s, e), None) if e - s >= 3 else None

    def _decision_above(
        self, mark_start: int, mark_end: int, text_start: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The formal decision on the lines just above a movers' line of their own ("It was RESOLVED that Cllr
        Porter be elected Chair." / "Proposed by: Cllr Taylor   Seconded by: Cllr Gradwell" / "Due to the
        circumstances ..."): its words, and the span of the "RESOLVED" that carried it.  Near misses: "Moved by: X" /
        "Seconded by: Y" / "THAT Council approve ..." (the words below the movers), lines above that decide nothing
        formally, a decision above whose sentence is not closed (the movers' line goes on with it)."""
        text = self.text
        line_start = text.rfind("\n", 0, mark_start) + 1
        line_end = text.find("\n", mark_end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:mark_start].strip() or text[mark_end:line_end].strip(" \t.;,") or line_start == 0:
            return None  # the movers are no line of their own
        if patterns.get("motion_words_open").match(text, text_start) is not None:
            return None
        e = _trim_end(text, 0, line_start)
        if text[e - 1 : e] not in (".", "!", "?"):
            return None
        top = line_start - 1
        for _ in range(DECISION_ABOVE_LINES):
            top = text.rfind("\n", 0, top) + 1
            formal = self._after_formal_lead(_skip_space(text, top, e), e, capital=True)
            if formal is not None:
                return formal
            if top == 0:
                break
            top -= 1
        return None

    def _after_formal_lead(self, s: int, e: int, *, capital: bool) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The words of a decision that ``text[s:e]`` opens with its formal lead ("RESOLVED: ...", and with `capital`
        "It was RESOLVED that ..."), and the lead's span, which carried it; None where it opens with none, with an
        enacting clause, or with the lead alone."""
        text = self.text
        para = text[s:e]
        formal = patterns.get("capital_resolved_lead").match(para) if capital else None
        formal = formal or patterns.get("reso_formal_start").match(para)
        if formal is None or not para[formal.end() :].strip() or formal.groupdict().get("enacting"):
            return None
        return (_skip_space(text, s + formal.end(), e), e), (s, _trim_end(text, s, s + formal.end()))

    def _matter_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The matter a bare "proposed by X, seconded by Y and agreed" decides: the words before it in
        its sentence ("Reference No. 1515 Lease of land ..., proposed by ..."), or, when the movers open
        their sentence, the heading just above ("7. Communities Fund 2024 - for approval" / "Proposed
        by ..."); a sentence before them is not taken (it is as often the debate as the matter)."""
        text = self.text
        # searched a little past `end`, so that a stop just before the movers sees the capital after it
        found = patterns.get("motion_sentence_end").finditer(text, start, min(len(text), end + 3))
        ends = [m.end() for m in found if m.end() <= end]
        own = ends[-1] if ends else start
        line_start = text.rfind("\n", 0, end) + 1
        while line_start > own:  # a heading line above the sentence ends it too
            above = text.rfind("\n", 0, line_start - 1) + 1
            if above < own or self._heading_line(above, line_start - 1):
                break
            line_start = above
        own = max(own, line_start)
        prefix = text[own:end]
        bare = patterns.get("motion_outcome_word_only").match(prefix) is not None
        if len(prefix.split()) >= 3 and not bare:
            return _skip_space(text, own), _trim_end(text, own, end)
        if prefix.strip() and not bare:
            return None
        above = text.rfind("\n", 0, max(own - 1, 0)) + 1
        if above < start or not self._heading_line(above, own - 1):
            return None
        s, e = _skip_space(text, above), _trim_end(text, above, own - 1)
        label = patterns.get("entry_number_start").match(text, s, e)
        if label is not None and label.end() > s:
            s = _skip_space(text, label.end())  # "7. Communities Fund": the minute's number is no part of it
        number = patterns.get("motion_item_number").match(text, s, e)
        if number is not None:
            s = number.end()  # "8.3. To approve ...", "8.1.To approve ..."
        return (s, e) if len(text[s:e].split()) >= 1 and e > s else None

    def _line_above(self, line_start: int) -> tuple[int, int] | None:
        """The line just above `line_start` when it is a short one that ends no sentence ("Approval of
        previous minutes"), its number or letter dropped; near miss: a sentence ending in a stop."""
        text = self.text
        if line_start < 2:
            return None
        s = text.rfind("\n", 0, line_start - 1) + 1
        e = _trim_end(text, s, line_start - 1)
        line = text[s:e].strip()
        if not line or len(line) > MAX_HEADING or line[-1] in ".,;:":
            return None
        s = _skip_space(text, s)
        number = patterns.get("motion_entry_label").match(text, s, e) or patterns.get("motion_item_number").match(
            text, s, e
        )
        if number is not None:
            s = _skip_space(text, number.end())
        return (s, e) if len(text[s:e].split()) >= 2 else None

    def _to_heading_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The agenda item's words ("8.1.To approve accounts for payment.") opening the entry the movers
        close, a few lines up with no blank line between; near miss: a blank line between (another entry)."""
        text = self.text
        last = None
        for m in patterns.get("motion_to_heading").finditer(text, start, end):
            last = m
        if last is None or patterns.get("motion_paragraph_break").search(text, last.end(), end):
            return None
        s = last.start("words")
        line_end = min(last.end(), end)
        found = patterns.get("motion_sentence_end").finditer(text, s, min(len(text), line_end + 3))
        stop = next((m.end() for m in found if m.end() <= line_end), line_end)  # its first sentence
        e = _trim_end(text, s, stop)
        while e > s and text[e - 1] in ".":
            e = _trim_end(text, s, e - 1)
        return (s, e) if len(text[s:e].split()) >= 2 else None

    def _entry_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The numbered entry the movers close: from after its label ("809.", "(3)", "a.") to the movers,
        when the label opens a line within reach and no blank line or other entry stands between."""
        text = self.text
        label = None
        for m in patterns.get("motion_entry_label").finditer(text, start, end):
            label = m
        if label is None or patterns.get("motion_paragraph_break").search(text, label.end(), end):
            return None
        s, e = _skip_space(text, label.end()), _trim_end(text, label.end(), end)
        while e > s and text[e - 1] in ".":
            e = _trim_end(text, s, e - 1)
        return (s, e) if len(text[s:e].split()) >= 2 else None

    def _motion_to_line(self, start: int, end: int) -> tuple[int, int] | None:
        """The words of a "Motion to <words>:" line, or of a "Motion: To <words>." label, standing just over the
        movers' fields, nothing but blank lines between (`motion_to_line`, `motion_label_words`)."""
        for name in ("motion_to_line", "motion_label_words"):
            last = None
            for m in patterns.get(name).finditer(self.text, start, end):
                last = m
            if last is None or self.text[last.end() : end].strip():
                continue
            s, e = last.start("words"), _trim_end(self.text, last.start("words"), last.end("words"))
            if len(self.text[s:e].split()) >= 2:
                return s, e
        return None

    def _under_motion_heading(self, start: int, end: int) -> tuple[int, int] | None:
        """The wording printed between a "Motion" heading and the movers' line under it ("Motion & Voting"
        / "Approve the minutes as presented." / "Motion by X, second by Y."), as meeting platforms print a
        vote; near miss: no such heading within a few lines above (the debate is not the motion)."""
        text = self.text
        line_start = text.rfind("\n", 0, end) + 1
        if text[line_start:end].strip():
            return None  # the movers do not open their line
        heading = None
        for m in patterns.get("motion_heading_line").finditer(text, start, line_start):
            heading = m
        if heading is None or text.count("\n", heading.end(), line_start) > MOTION_HEADING_LINES:
            return None
        s = _skip_space(text, heading.end())
        e = _trim_end(text, s, line_start)
        return (s, e) if e - s >= 3 else None

    def _heading_line(self, start: int, end: int) -> bool:
        """A short line that ends no sentence: a minute's heading ("8. Correspondence") or a title."""
        line = self.text[start:end].strip()
        if not 0 < len(line) <= MAX_HEADING or line[-1] in ".,;:":
            return False
        label = patterns.get("entry_number_start").match(line)
        return bool(label and label.group(0).strip()) or not line[-1].islower()

    def _bracket_head(self, mover_start: int) -> tuple[int, int]:
        """The decision line before "X (motion), Y (second)", without its bullet and dash."""
        text = self.text
        line_start = text.rfind("\n", 0, mover_start) + 1
        head = patterns.get("motion_bracket_line_head").match(text, line_start, mover_start)
        start = head.end() if head else line_start
        dash = patterns.get("motion_bracket_dash").search(text, start, mover_start)
        end = dash.start() if dash else mover_start
        return start, _trim_end(text, start, end)

    def _labelled_movers(self, start: int) -> regex.Match[str] | None:
        """The heading line just above a motion's line that names its movers by label ("MOTION: APPROVE
        1st: WOJICK 2nd: BARTH"); near miss: the label two lines up heads another motion."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start == 0:
            return None
        above = self.text.rfind("\n", 0, line_start - 1) + 1
        return patterns.get("motion_labelled_movers").match(self.text, above, line_start)

    def _amendment_heading(self, start: int) -> bool:
        """The line before the opener is a heading "Amendment"."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        for a, b in ((line_start, start), (prev_start, max(prev_start, line_start - 1))):
            if b > a and patterns.get("motion_heading_amendment").fullmatch(text, a, b):
                return True
        return False
