"""Prose decisions in minutes ("It was agreed that ...", "the Councillors resolved to ...", a bare
"Moved by X to adopt. Motion Carried 7-0." under its item): the whole sentence, read paragraph
by paragraph over what the formal finders left.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import patterns
from ...records import DocumentKind, ItemKind
from ...text import normalise_space
from .cues import (
    _CLOSE_QUOTES,
    _TERMINAL,
    MAX_FOLLOWING_LINES,
    MAX_PREAMBLE,
    MAX_QUOTED_LINES,
    MOTION_OUTCOME_FAR,
    MOTION_OUTCOME_NEAR,
    _entry_words,
    _opens_list,
    _sentences,
)
from .lists import _Lists
from .nodes import _Node

MIN_TITLE_ECHO = 12  # characters of an item's title a minute's first words repeat at least ("The Approval of")
MAX_TERMS = 600  # characters of terms a motion moved as an approval may run on over after its first sentence
MAX_TERM_SENTENCES = 4  # ... and sentences
FINDINGS_REACH = 40  # how many lines above a list's entry its heading may stand


def _after_topic(sentence: str) -> str:
    """The sentence without the topic or label printed before it ("Minutes: The Minutes ... were agreed.")."""
    topic = patterns.get("topic_prefix").match(sentence)
    return sentence[topic.end() :] if topic is not None else sentence


class _Prose(_Lists):
    """The finder for decisions written as sentences."""

    def _prose_decisions(self) -> Iterator[_Node]:
        prose = patterns.get("reso_prose_in")
        exclude = patterns.get("reso_not_in")
        attribution = patterns.get("motion_attribution_in")
        paragraphs = list(self._paragraphs())
        taken: set[int] = set()
        for n, (first, last) in enumerate(paragraphs):
            if n in taken:
                continue
            # a paragraph may also hold a formal decision: its other sentences are still read
            partly_used = any(k in self.used for k in range(first, last + 1))
            start = self._skip_marks(self.lines[first].body_start, self.lines[first].line.end)
            end = self.lines[last].line.end
            entry = start  # where the matter a bare motion ("Moved by X to adopt.") decides begins
            words = start  # where the words an attribution ("Proposed by X, seconded by Y.") decides begin
            sentences = list(self._split_at_decisions(_sentences(self.text, start, end)))
            yielded_to = -1  # where the last item this paragraph gave ends
            for k, (s, e) in enumerate(sentences):
                attributed = self._attributed(words, s, e, first if words == start else None)
                if attributed is not None:
                    words = yielded_to = e
                    yield attributed
                    continue
                assented = self._assent_to_before(sentences, k, paragraphs, n, yielded_to, start)
                if assented is not None:
                    words = yielded_to = e
                    yield assented
                    continue
                if not patterns.get("prose_words_in").search(self.text, s, e):
                    continue
                words = e
                if partly_used and self._touches_used(s, e):
                    entry = e
                    continue
                sentence = normalise_space(self.text[s:e])
                moved = patterns.get("motion_to_start").match(self.text[s:e])
                if moved is not None and (
                    patterns.get("approval_of_start").match(self.text, s + moved.start("wording"))
                    or patterns.get("terms_follow_in").search(self.text, s + moved.start("wording"), e)
                ):
                    # "I move approval of X. The student will be placed ...", "moved to approve 5.i with the
                    # following addition ...: No building permit shall be issued .... The required plat shall ..."
                    e = self._terms_after(e)
                if moved is not None:
                    # its outcome may stand in a later paragraph, after a roll call
                    carried = self._motion_carried(normalise_space(self.text[e : e + MOTION_OUTCOME_FAR]))
                    bare = patterns.get("bare_motion_wording").fullmatch(
                        normalise_space(self.text[s:e][moved.start("wording") :])
                    )
                    matter = (entry, s)
                    entry = self._after_outcome(e, end)
                    if not carried or self._heading_over_motion(sentence, self.ctx.source.line_at(max(s, e - 1))):
                        continue  # (a heading "3.2 Motion to Adopt the Agenda" over the motion that holds it)
                    if bare is not None and not _entry_words(self.text[matter[0] : matter[1]]) and n > 0:
                        # the item may be the paragraph before ("96-7 Eric Anderson - City Manager." /
                        # "Moved by Hensley to adopt.")
                        pfirst, plast = paragraphs[n - 1]
                        if not any(k in self.used for k in range(pfirst, plast + 1)):
                            matter = (self.lines[pfirst].body_start, s)
                    if bare is not None and _entry_words(self.text[matter[0] : matter[1]]):
                        # an action summary: the item, then "Moved by X to adopt. Motion Carried 7-0."
                        head = patterns.get("entry_number_start").match(self.text, matter[0], matter[1])
                        first_word = self._skip_marks(head.end() if head else matter[0], matter[1])
                        number = head.group("number") if head and head.group("number") else None
                        node = self._node(
                            ItemKind.RESOLUTION, number, first_word, matter[1], self.ctx.source.line_at(first_word)
                        )
                        if node.end > node.start:
                            yielded_to = e
                            yield node
                        continue
                    if bare is not None:
                        continue  # "Moved by X to adopt." under a heading names no decision (its motion is kept)
                    s += moved.start("wording")  # the mover and seconder are not what was decided
                    tail = patterns.get("motion_made_by_in").search(self.text, s, e)
                    if tail is not None:
                        e = tail.start()  # "A motion to approve X was made by A and seconded by B."
                elif (
                    self.ctx.kind == DocumentKind.MINUTES
                    and (voted := patterns.get("voted_to_in").search(self.text, s, e)) is not None
                ):
                    # not "The Board voted 2-3 to approve the fee; the motion failed.", "At its meeting of
                    # 2/2/21, Council voted to ...", nor "voted to issue the following licenses:" over a
                    # list of records (its lines are fields, not decisions)
                    if (
                        patterns.get("motion_failed_in").search(sentence)
                        or patterns.get("another_meeting_in").search(sentence)
                        or _opens_list(sentence)
                    ):
                        continue
                    if patterns.get("voted_on_pronoun").match(self.text[voted.start("wording") : e]):
                        continue  # "... voted to approve it, 7-0.": the motion before it is the decision
                    s = voted.start("wording")  # "... the Board voted 7 to 0 to approve ...": what it approved
                elif not (prose.search(sentence) or prose.search(_after_topic(sentence))) or exclude.search(sentence):
                    continue
                elif self._under_findings(first):
                    continue  # "Findings of Fact:" / "2. The subdivision was approved as a 2-lot ...": a fact told
                elif self._heading_over_motion(sentence, last):
                    continue  # "Minutes Approved (D)" over "It was moved by ... that the minutes be approved."
                at_end = e >= self._trim_end(start, end) and n + 1 < len(paragraphs)
                if at_end and patterns.get("attribution_opener").match(sentence):
                    # "It was proposed by A, seconded by B and agreed:" then the decision, quoted: the
                    # quotation is the item (taken already, or not found: the opener alone is none)
                    quoted = self._quotation_after(*paragraphs[n + 1])
                    if quoted is not None:
                        qfirst, qlast = quoted
                        taken.update(q for q in range(n + 1, len(paragraphs)) if paragraphs[q][0] <= qlast)
                        if not any(k in self.used for k in range(qfirst, qlast + 1)):
                            node = self._node(
                                ItemKind.RESOLUTION,
                                None,
                                self.lines[qfirst].body_start,
                                self.lines[qlast].line.end,
                                qfirst,
                            )
                            node.preamble = sentence
                            yielded_to = e
                            yield node
                        continue
                    nfirst, nlast = paragraphs[n + 1]
                    if self._touches_used(self.lines[nfirst].line.start, self.lines[nlast].line.end):
                        continue  # the decision after it was read by a formal finder
                if _opens_list(sentence) and at_end:
                    # "... it was agreed to allocate the following:" takes the short list after it;
                    # a list of one-line entries ("The following representatives were agreed:" then
                    # "Planning contact: A Ash", "Footpaths: B Birch") gives one item per entry
                    nfirst, nlast = paragraphs[n + 1]
                    entries = self._entries_after(nfirst)
                    if entries is not None:
                        listed, after = entries
                        taken.update(q for q in range(n + 1, len(paragraphs)) if paragraphs[q][0] < after)
                        yielded_to = e
                        for node in listed:
                            node.preamble = sentence
                            yield node
                        continue
                    if patterns.get("following_preamble_start").match(sentence):
                        continue  # "The following observations were agreed:" before a table: its rows decide
                    if (
                        nlast - nfirst < MAX_FOLLOWING_LINES
                        and not any(k in self.used for k in range(nfirst, nlast + 1))
                        and not self._opens_long_quotation(nfirst, nlast)
                    ):
                        e = self.lines[nlast].line.end
                        taken.add(n + 1)
                elif ":-" in sentence and sentence[-1] not in _TERMINAL and at_end:
                    # "It was resolved to pay :- The Hall £40" then one payment a line
                    follow = n + 1
                    while follow < len(paragraphs) and follow - n <= MAX_FOLLOWING_LINES:
                        nfirst, nlast = paragraphs[follow]
                        if nfirst != nlast or nfirst in self.used or self.lines[nfirst].label is not None:
                            break
                        e = self.lines[nlast].line.end
                        taken.add(follow)
                        follow += 1
                m = attribution.search(self.text, s, e)
                if m is not None:
                    e = m.start()
                reference = patterns.get("minute_reference_start").match(self.text[s:e])
                if reference is not None:
                    s += reference.end()  # "68/24 Minutes of ...: accepted": the minute's number is no part of it
                topic = patterns.get("topic_prefix").match(self.text[s:e])
                if topic is not None:
                    s += topic.end()
                title = patterns.get("title_line_start").match(self.text[s:e])
                if title is not None and prose.search(self.text[s + title.end() : e]):
                    s += title.end()  # the title over the decision is no part of it
                # a formal "Resolved: to accept ..." inside a paragraph keeps what it resolved, as at a
                # line's start; "ACTION: Motion by ..." loses its field label
                lead = patterns.get("reso_formal_start").match(self.text[s:e]) or patterns.get(
                    "motion_field_start"
                ).match(self.text[s:e])
                if (
                    lead is not None
                    and patterns.get("formal_lead_end").search(lead.group(0))
                    and self.text[s + lead.end() : e].strip()
                ):
                    s = self._skip_marks(s + lead.end(), e)  # (a bare "Resolved Cllr Ash order stone" is prose)
                capital = patterns.get("capital_resolved_lead").match(self.text[s:e])
                if capital is not None and self.text[s + capital.end() : e].strip():
                    s += capital.end()  # "It was RESOLVED that X": X, as a formal "RESOLVED that X" keeps
                movers = patterns.get("movers_resolved_lead").match(self.text[s:e])
                if movers is not None and self.text[s + movers.end() : e].strip():
                    s += movers.end()  # "Moved Cr Ash, seconded Cr Birch and resolved That ...": the words after
                if (
                    k
                    and yielded_to >= sentences[k - 1][1]
                    and patterns.get("anaphoric_agreement_start").match(self.text, s, e)
                ):
                    continue  # "This was agreed." after the item just taken: that item's outcome, not another
                back = k
                while (
                    back and sentences[back - 1][1] > yielded_to and self._proposal_agreed(sentences[back - 1], (s, e))
                ):
                    back -= 1  # "X proposed a break at 5pm. [X also proposed ...] This was agreed by Council."
                s = sentences[back][0] if back < k else s
                yielded_to = e
                yield self._node(ItemKind.RESOLUTION, None, s, self._trim_end(s, e), self.ctx.source.line_at(s))

    def _assent_to_before(
        self,
        sentences: list[tuple[int, int]],
        k: int,
        paragraphs: list[tuple[int, int]],
        n: int,
        yielded_to: int,
        start: int,
    ) -> _Node | None:
        """The meeting's bare assent ("Agreed.", "Agreed" alone on the next line) to what the sentence before it
        put to the meeting ("VT asked if she could purchase more paint for the tubs.", "It was recommended that
        the CC keep the lawnmower ..."): the decision is both sentences.  Near misses: an assent after a
        sentence that puts nothing to the meeting ("The hall was booked. Agreed"), an assent with words of its
        own ("Agreed to defer the item": read as a decision of its own)."""
        s, e = sentences[k]
        if not patterns.get("bare_assent_sentence").fullmatch(normalise_space(self.text[s:e])):
            return None
        if k:
            before = sentences[k - 1]
            label_line = paragraphs[n][0] if before[0] == start else None
            if before[1] <= yielded_to:
                return None
        else:
            if not n or self.ctx.source.line_at(s) != paragraphs[n][0]:
                return None
            pfirst, plast = paragraphs[n - 1]
            if any(q in self.used for q in range(pfirst, plast + 1)) or plast + 1 != paragraphs[n][0]:
                return None
            pstart = self._skip_marks(self.lines[pfirst].body_start, self.lines[pfirst].line.end)
            found = list(_sentences(self.text, pstart, self.lines[plast].line.end))
            if not found:
                return None
            before = found[-1]
            label_line = pfirst if before[0] == pstart else None
            if (
                pfirst == plast
                and self.text[before[0] : before[1]].rstrip().endswith(":")
                and len(self.text[before[0] : before[1]].split()) <= 8
            ):
                # a topic heading ending in a colon, the assent alone on the line under it ("Bank
                # Reconciliation:" / "Approved"): the decision is both lines
                return self._node(ItemKind.RESOLUTION, None, before[0], e, pfirst)
        if not patterns.get("put_to_meeting_in").search(self.text, *before) or self._touches_used(*before):
            return None
        found_label = self.lines[label_line].label if label_line is not None else None
        keep = found_label is not None and found_label.scheme not in ("bullet", "decimal")
        label = found_label.text if found_label is not None and keep else None
        return self._node(ItemKind.RESOLUTION, label, before[0], e, self.ctx.source.line_at(before[0]))

    def _proposal_agreed(self, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether a sentence agrees to the proposal the sentence before it made ("Cllr Ash proposed that the
        meeting conclude at 6pm." / "This was seconded by Cllr Birch and agreed by Council."): the decision
        is both.  Near miss: "This was agreed." after a sentence that proposes nothing."""
        return bool(
            patterns.get("anaphoric_agreement_start").match(self.text, *sentence)
            and patterns.get("proposal_made_in").search(self.text, *before)
        )

    def _attributed(self, matter: int, s: int, e: int, entry_line: int | None) -> _Node | None:
        """The words from `matter` to `s`, when the sentence `s:e` only says who proposed and seconded
        them: a parish minute's decision ("Village Hall - Cllr Ash. Proposed by Cllr Birch, seconded by
        Cllr Cedar."). Without an outcome the attribution is what makes them a decision and stays in
        the item; with one ("... and unanimously approved.") the words alone are the decision.
        `entry_line` is the paragraph's first line when the words start it (its list label is kept)."""
        if matter >= s:
            return None
        m = patterns.get("attribution_sentence").fullmatch(normalise_space(self.text[s:e]))
        if m is None or not _entry_words(self.text[matter:s]) or self._touches_used(matter, e):
            return None
        end = e if m.group("outcome") is None else s
        found = self.lines[entry_line].label if entry_line is not None else None
        # "a.", "(2)": an entry of a list keeps its label; "813." numbers the minute, a bullet is none
        minute_number = found is not None and found.scheme == "decimal" and found.style == "dot"
        label = found.text if found is not None and found.scheme != "bullet" and not minute_number else None
        return self._node(ItemKind.RESOLUTION, label, matter, end, self.ctx.source.line_at(matter))

    def _entries_after(self, first: int) -> tuple[list[_Node], int] | None:
        """The entries of the list a prose decision's colon opens on line `first`, and the line after
        them: labelled entries ("The following payments were agreed:" / "i) ...", "ii) ...") or one-line
        entries ("The following representatives were agreed:" / "Planning contact: A Ash"); None if
        neither follows."""
        label = self.lines[first].label
        if label is not None and label.scheme not in ("number", "word") and first not in self.used:
            listed, after = self._collect(first, ItemKind.RESOLUTION)
            if listed:
                self.used.update(range(first, after))
                return listed, after
        rows = self._table_rows(first)
        if rows:
            nodes = []
            for a, b in rows:
                self.used.update(range(a, b + 1))
                nodes.append(self._node(ItemKind.RESOLUTION, None, self.lines[a].body_start, self.lines[b].line.end, a))
            return nodes, rows[-1][1] + 1
        run = self._entry_lines(first)
        if run:
            return self._entry_nodes(ItemKind.RESOLUTION, run, None), run[-1] + 1
        return None

    def _heading_over_motion(self, sentence: str, last: int) -> bool:
        """A one-line title with no sentence's stop, followed by the motion that decided it: the title
        names the decision, the motion holds it."""
        if sentence[-1:] in _TERMINAL or len(sentence) > MAX_PREAMBLE or last + 1 >= len(self.lines):
            return False
        following = normalise_space(self._body(last + 1))
        if patterns.get("motion_to_start").match(following):
            return True
        # "3.2 Motion to Adopt the Agenda" over "MOTION: THAT the agenda be adopted as amended."
        field = patterns.get("motion_field_start").match(following)
        return field is not None and bool(patterns.get("motion_words_start").match(following[field.end() :]))

    def _after_outcome(self, e: int, end: int) -> int:
        """Where the next matter begins after a motion sentence ending at `e`: past the outcome that
        follows it in the paragraph ("Motion Carried 7-0."), if one does."""
        m = patterns.get("outcome_sentence_start").match(self.text, e, end)
        return m.end() if m is not None else e

    def _restates_above(self, k: int) -> bool:
        """Line `k` opens a sentence on the item's title printed on the line above it ("Approval of Contract of
        District Executive" / "The Approval of Contract of District Executive ... was moved by ..."): the title
        is a heading, the sentence a minute of its own.  Near miss: a line that goes on with other words."""
        if k < 1:
            return False
        line = normalise_space(self._body(k)).strip().lower()
        if not line.startswith("the "):
            return False
        for first in (k - 1, k - 2):  # the title on one line, or wrapped over two
            if first < 0:
                break
            above = " ".join(normalise_space(self._body(j)).strip() for j in range(first, k)).lower()
            # the whole title echoed, as far as the line goes: "Approval of ... Unified" / "School District" /
            # "The Approval of ... Unified"; near miss: a title, then "On the proposal of ..." / "the revised Terms
            # of Reference ... was" (the title's words, then others where the title's next line goes on)
            n = min(len(above), len(line) - 4)
            if n >= MIN_TITLE_ECHO and line[4 : 4 + n] == above[:n]:
                return True
        return False

    def _terms_after(self, e: int) -> int:
        """Where a motion moved as an approval ends: over up to two sentences after `e` that set its terms,
        when the next one seconds it or gives its outcome (within `MAX_TERMS` characters, no blank line
        between); `e` when none does (near miss: "X moved approval of the plan. Members discussed the
        costs. ..." with no seconding after: the motion alone)."""
        text = self.text
        limit = min(len(text), e + MAX_TERMS)
        blank = patterns.get("motion_paragraph_break").search(text, e, limit)
        if blank is not None:
            limit = blank.start()
        tail = patterns.get("motion_tail_sentence_in")
        bullet = patterns.get("bullet_line_in").search(text, e, limit)
        if bullet is not None:
            limit = bullet.start()  # the seconding on a line of its own: "- President Kim moved this item ..."
        ends = e
        for n, (js, je) in enumerate(_sentences(text, e, limit)):
            if tail.search(text, js, je):
                return ends
            if n >= MAX_TERM_SENTENCES:
                return e
            ends = je
        return ends if bullet is not None and tail.search(text, bullet.end(), bullet.end() + MAX_TERMS) else e

    def _motion_carried(self, after: str) -> bool:
        """Whether the words after a motion sentence record it carried: just after it, or further on
        (past a roll call) as "Motion carried 4-1", but not past the next motion."""
        near = after[:MOTION_OUTCOME_NEAR]
        if patterns.get("motion_outcome_in").search(near):
            return not patterns.get("motion_failed_in").search(near)
        window = after[:MOTION_OUTCOME_FAR]
        nxt = patterns.get("next_motion_in").search(window, 1)
        if nxt is not None:
            window = window[: nxt.start()]
        named = patterns.get("motion_named_outcome_in").search(window)
        return named is not None and not patterns.get("motion_failed_in").search(named.group(0))

    def _quotation_after(self, first: int, last: int) -> tuple[int, int] | None:
        """The lines of a quotation opening the paragraph `first`..`last` and closing within
        MAX_QUOTED_LINES, or the paragraph itself when its closing mark was lost (a PDF's)."""
        body = self._body(first).lstrip().lstrip("*")
        if not body or body[0] not in '\u201c\u00ab"':
            return None
        closing = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}[body[0]]
        for k in range(first, min(len(self.lines), first + MAX_QUOTED_LINES)):
            if closing in (body[1:] if k == first else self._body(k)):
                return first, k
        return (first, last) if last - first < MAX_QUOTED_LINES else None

    def _opens_long_quotation(self, first: int, last: int) -> bool:
        """A paragraph that opens a quotation it does not close: a document read into the minutes."""
        text = self.text[self.lines[first].body_start : self.lines[last].line.end].strip().lstrip("*")
        if not text or text[0] not in '\u201c\u00ab"':
            return False
        closing = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}[text[0]]
        return closing not in text[1:]

    def _touches_used(self, start: int, end: int) -> bool:
        line_at = self.ctx.source.line_at
        return any(k in self.used for k in range(line_at(start), line_at(max(start, end - 1)) + 1))

    def _split_at_decisions(self, sentences: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Cut a run of lines each ending in a decision ("... resolved to pay") into one item per line."""
        ends = patterns.get("decision_line_end")
        assent_line = patterns.get("topic_assent_line")
        consent = patterns.get("general_consent_start")
        for s, e in sentences:
            first, last = self.ctx.source.line_at(s), self.ctx.source.line_at(max(s, e - 1))
            cut = s
            for k in range(first, last):
                line_end = self.lines[k].line.end
                nxt = self._body(k + 1).lstrip()
                if cut < self.lines[k + 1].line.start and assent_line.fullmatch(nxt.rstrip()):
                    # "67/24 Declarations of Interest: None" / "68/24 Minutes of Meeting ...: accepted": the
                    # topic and its assent are a line of their own, whatever ran on before them
                    yield cut, line_end
                    cut = self.lines[k + 1].body_start
                    continue
                if cut < self.lines[k + 1].line.start and consent.match(nxt):
                    yield cut, line_end  # "... 23-901-2" / "Without objection, items 6.a - 6.n were forwarded ..."
                    cut = self.lines[k + 1].body_start
                    continue
                if ends.search(self.text, max(cut, self.lines[k].line.start), line_end) and (
                    nxt[:1].isupper() or nxt[:1].isdigit()
                ):
                    yield cut, line_end
                    cut = self.lines[k + 1].body_start
            yield cut, e

    def _under_findings(self, first: int) -> bool:
        """Whether the paragraph at line `first` is an entry of a list headed as the facts a decision rests on
        ("Findings of Fact:" / "1. The subdivision was recorded ..." / "2. The subdivision was approved as ...").
        Near misses: an unlabelled paragraph after the list (the motion deciding on the findings), an entry under
        "RESOLVED:"."""
        if self.lines[first].label is None:
            return False
        for k in range(first - 1, max(-1, first - FINDINGS_REACH), -1):
            body = self._body(k).strip()
            if self.lines[k].label is None and body.endswith(":"):
                return patterns.get("findings_heading").fullmatch(normalise_space(body)) is not None
        return False

    def _paragraphs(self) -> Iterator[tuple[int, int]]:
        """Runs of lines that read as one paragraph: (first, last) line indices."""
        first = 0
        n = len(self.lines)
        for k in range(1, n + 1):
            if k == n or self._breaks_before(k, first):
                yield first, k - 1
                first = k

    def _breaks_before(self, k: int, first: int) -> bool:
        info = self.lines[k]
        prev = self.lines[k - 1]
        prev_text = self._body(k - 1).rstrip().rstrip("*").rstrip(_CLOSE_QUOTES).rstrip()
        if info.label is not None:
            # "... in conjunction with Item" / "3." is a number that wrapped, not a new paragraph
            wrapped = not self._body(k).strip() and prev.label is None and not self._next_minute(k)
            return not (wrapped and prev_text != "" and prev_text[-1:] not in _TERMINAL + ":")
        if self._restates_above(k):
            return True  # "Approval of Contract ..." / "The Approval of Contract ... was moved by ...": title, minute
        if (info.line.bold != prev.line.bold and not self._restates_above(k - 1)) or (
            info.line.page != prev.line.page and self._heading_like(k)
        ):
            return True  # (a minute opening in bold with the title it restates runs on in plain type)
        if (
            k - 1 == first
            and prev_text[-1:] not in _TERMINAL + ",;:"
            and patterns.get("agenda_words_line").match(prev_text.lstrip())
            and patterns.get("minute_sentence_start").match(self._body(k).lstrip())
        ):
            return True  # "● To ratify the allocation decision ..." / "Councillors ratified ...": the item's words
        if patterns.get("proposal_opening_start").match(self._body(k)):
            return True  # "On the proposal of ..." opens the minute, under a title with no stop
        if prev_text[-1:] not in _TERMINAL + "," and patterns.get("proposed_by_start").match(self._body(k)):
            return True  # "Proposed by ..." under a title with no stop
        if prev_text[-1:] not in _TERMINAL and patterns.get("motion_field_start").match(self._body(k).lstrip()):
            return True  # "MOTION: Trustee X moved ..." under a list entry with no stop ("h. Authorize Preparation")
        if prev_text.endswith((":", ";")) or _opens_list(prev_text) or self._short(k - 1) or self._heading_like(k - 1):
            return True
        if patterns.get("heading_time_end").search(prev_text):
            return True  # "Item D. 2 Approval of Board Minutes for January 14, 2025: 6:45pm" over its minute
        if not self.has_boxes or prev.label is not None:
            return False
        if info.line.indent > prev.line.indent + 8:
            return True  # a first line indented: a new paragraph
        return info.line.indent < prev.line.indent - 8 and k - 1 != first
