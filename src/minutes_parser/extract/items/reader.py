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
5. **Prose decisions** in minutes ("It was agreed that ...", "the Councillors
   resolved to ..."): the whole sentence.

The rules (patterns and word lists) are data in `minutes_parser.rules.structure`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

import regex
from attrs import define, field

from ... import patterns
from ...records import AgendaItem, DocumentKind, Item, ItemKind
from ...rules.structure import ABBREVIATIONS, CLOCK_ABBREVIATIONS, DANGLING_WORDS
from ...structure import LineInfo, ListLabel, agenda_items, parse_label
from ...text import fold, normalise_space
from ..context import Context

__all__ = ["extract_recommendations", "extract_resolutions"]

DUPLICATE_SIMILARITY = 0.85  # a recommendation restated this closely counts once
HANGING_INDENT = 3.0  # points: a continuation line indented past its label
MAX_MOTION_LINES = 25  # a moved motion's wording and its "CARRIED" lie this close together
AMENDMENT_LINES = 2  # an amendment's outcome follows its wording this closely
MOTION_HEAD_LINES = 4  # a moved motion's wording starts this close after its mover line
MAX_NUMBER_GAP = 2  # a list may skip one number ("1., 2., 4." where 3 was struck out), not more
MAX_TITLE_AFTER_COLON = 60  # "Plan 5: Striking the Balance." — a subtitle, not a list
FIRST_LOOK = 160  # characters of a line searched for the words that open a block
MAX_PREAMBLE = 160  # characters: a preamble is one short sentence
MAX_MOTION_DEBATE_LINES = 80  # a notice of motion's outcome may follow a long reply (blank lines count)
MOTION_OUTCOME_NEAR = 80  # characters after a motion sentence where its bare outcome ("carried") stands
MOTION_OUTCOME_FAR = 240  # ... and where "Motion carried" may stand after a roll call
MAX_FOLLOWING_LINES = 4  # a prose decision ending in a colon takes a paragraph this short after it
SHORT_LINE = 0.72  # a PDF line ending before this share of the text width ends its paragraph
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
_CLOSE_QUOTES = "\"'\u201d\u2019\u00bb"
_TERMINAL = ".!?"
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_CLOCK_ABBREVIATIONS = frozenset(CLOCK_ABBREVIATIONS)
_DANGLING_WORDS = frozenset(DANGLING_WORDS)


@define
class _Node:
    kind: ItemKind
    label: str | None
    start: int
    end: int
    line: int
    indent: float
    sig: tuple[str, ...] = ()
    prefix: str | None = None
    ordinal: int | None = None
    children: list[_Node] = field(factory=list)
    preamble: str | None = None


def extract_recommendations(ctx: Context) -> Iterator[Item]:
    """Every formal recommendation of the document, once each, as item trees."""
    yield from _read(ctx)[0]


def extract_resolutions(ctx: Context) -> Iterator[Item]:
    """Every decision the meeting took, as item trees."""
    yield from _read(ctx)[1]


_LAST: list[tuple[Context, tuple[list[Item], list[Item]]]] = []


def _read(ctx: Context) -> tuple[list[Item], list[Item]]:
    """Read a document once for both extractors (the pipeline asks for each in turn)."""
    for seen, result in _LAST:
        if seen is ctx:
            return result
    result = _Reader(ctx).read()
    _LAST[:] = [(ctx, result)]
    return result


class _Reader:
    """One pass over a document's lines, holding what has been used."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lines: tuple[LineInfo, ...] = ctx.structure.lines
        self.used: set[int] = set()
        self.has_boxes = any(info.line.bbox is not None for info in self.lines)
        # Text sources carry indentation as leading blanks; use it where the text has any.
        self.uses_indent = self.has_boxes or any(info.line.indent > 0 for info in self.lines)
        self.agenda = agenda_items(ctx.structure, self.text, minutes=ctx.kind == DocumentKind.MINUTES)
        self._right: dict[int, float] = {}
        edges: dict[int, list[float]] = {}
        for info in self.lines:
            box = info.line.bbox
            if box is not None:
                edges.setdefault(info.line.page, []).append(box.x1)
        for page, xs in edges.items():
            xs.sort()
            self._right[page] = xs[int(len(xs) * 0.85)] if len(xs) >= 4 else xs[-1]
        lengths = sorted(len(self._body(i).strip()) for i in range(len(self.lines)))
        self.typical_length = lengths[int(len(lengths) * 0.9)] if lengths else 0

    # ------------------------------------------------------------------ reading

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
        return self._finish(self._dedupe(rec_blocks)), self._finish(resos)

    def _at(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        info = self.lines[i]
        label = info.label
        body_start = self._skip_marks(info.body_start, info.line.end)
        body = self.text[body_start : info.line.end]
        if label is not None and label.scheme == "number":
            return self._numbered_resolution(i)
        if label is not None and label.scheme == "word":
            return self._word_labelled(i, label)
        if not patterns.get("trigger_words_in").search(body, 0, FIRST_LOOK):
            return None
        if patterns.get("reco_heading").match(body):
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RECOMMENDATION, preamble=None)
            return ItemKind.RECOMMENDATION, nodes, nxt
        if patterns.get("reso_heading").match(body):
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RESOLUTION, preamble=None)
            return ItemKind.RESOLUTION, nodes, nxt
        m = patterns.get("reco_inline").match(body)
        if m is not None:
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, body_start + m.start("rest"), whole=True)
        m = patterns.get("reco_preamble_start").match(body)
        if m is not None:
            if self._amendment_context(i):
                return self._skip_block(i)
            formal = body[: m.end()].strip()[:1].isupper() and body[:11].isupper()
            start = body_start + (m.end() if formal else 0)
            return self._intro_with_rest(i, ItemKind.RECOMMENDATION, start, whole=not formal)
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
        if m is not None:
            return self._intro_with_rest(i, ItemKind.RESOLUTION, body_start + m.end(), whole=False)
        if patterns.get("reso_body_start").match(body):
            self.used.add(i)
            nodes, nxt = self._after_intro(i + 1, ItemKind.RESOLUTION, preamble=normalise_space(body))
            return ItemKind.RESOLUTION, nodes, nxt
        if patterns.get("notice_of_motion_start").match(body):
            return self._notice_of_motion(i)
        if patterns.get("motion_words_start").match(body) and self._moved(i):
            return self._moved_motion(i)
        return None

    # ------------------------------------------------------------ intro + block

    def _intro_with_rest(self, i: int, kind: ItemKind, start: int, *, whole: bool) -> tuple[ItemKind, list[_Node], int]:
        """A heading or preamble with words after it on the line (`start`)."""
        info = self.lines[i]
        self.used.add(i)
        end_line = self._paragraph_end(i)
        start = self._skip_marks(start, self.lines[end_line].line.end)
        para_end = self._trim_end(start, self.lines[end_line].line.end)
        rest = self.text[start:para_end]
        if _opens_list(rest) and self._title_after_colon(rest, end_line + 1):
            # "... asked to approve and adopt Local Transport Plan 5:" / "Striking the Balance."
            end_line = end_line + 1
            para_end = self._trim_end(start, self.lines[end_line].line.end)
        elif not rest.strip() or (
            _opens_list(rest) and (rest.rstrip().endswith(":") or not patterns.get("passive_decision_in").search(rest))
        ):
            # "RESOLVED that for the reasons in the report: -" opens a list; "RESOLVED that approval
            # be given to the following :-" has decided already, and its list is facts
            for k in range(i, end_line + 1):
                self.used.add(k)
            preamble = normalise_space(self.text[info.body_start : para_end]) or None
            nodes, nxt = self._after_intro(end_line + 1, kind, preamble=preamble)
            return kind, nodes, nxt
        inline = parse_label(self.text[start : info.line.end], start) if not whole else None
        if inline is not None and inline[0].scheme not in ("number", "word", "bullet"):
            # "RESOLVED: 1. That the strategy be approved." then "2. That ..." on the lines after
            nodes, nxt = self._collect(i, kind, head=(inline[0], start + inline[1]))
            if nodes:
                for k in range(i, nxt):
                    self.used.add(k)
                return kind, nodes, nxt
        first = self._skip_marks(start, para_end) if whole else start
        node = self._node(kind, None, first, para_end, i)
        for k in range(i, end_line + 1):
            self.used.add(k)
        return kind, [node], end_line + 1

    def _moved_recommendations(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        """ "X moved and Y seconded the recommendations of the Cabinet ..., namely that the County
        Council:" then the list: in minutes, the recommendations put to the meeting."""
        end_line = self._paragraph_end(i)
        para = self.text[self.lines[i].body_start : self.lines[end_line].line.end].rstrip()
        nxt = end_line + 1
        if not para.endswith(":") or nxt >= len(self.lines) or self.lines[nxt].label is None:
            return None
        nodes, after = self._collect(nxt, ItemKind.RECOMMENDATION)
        if not nodes:
            return None
        for k in range(i, end_line + 1):
            self.used.add(k)
        preamble = normalise_space(para)
        for node in nodes:
            node.preamble = preamble
        return ItemKind.RECOMMENDATION, nodes, after

    def _attribution(self, j: int) -> int | None:
        """The last line of a mover-and-seconder paragraph starting at line `j` ("Councillors\nWhite /
        Hague", "Moved: Cr Smith"), or None."""
        if self.lines[j].label is not None:
            return None
        for last in range(j, min(j + 2, len(self.lines) - 1) + 1):  # "Councillors" may wrap before the names
            para = normalise_space(self.text[self.lines[j].body_start : self.lines[last].line.end])
            if patterns.get("mover_attribution").fullmatch(para):
                return last
        return None

    def _title_after_colon(self, rest: str, j: int) -> bool:
        """Whether a colon only splits a title ("Plan 5: Striking the Balance.") rather than opening a list."""
        if j >= len(self.lines) or self.lines[j].label is not None or self._stops(j):
            return False
        if _preamble_end(rest):
            return False
        nxt = normalise_space(self._body(j))
        return 0 < len(nxt) <= MAX_TITLE_AFTER_COLON and nxt.endswith(".") and self._paragraph_end(j) == j

    def _after_intro(self, j: int, kind: ItemKind, *, preamble: str | None) -> tuple[list[_Node], int]:
        """What follows a heading or a preamble: a list, a further preamble, or one paragraph."""
        if j >= len(self.lines):
            return [], j
        info = self.lines[j]
        if self._stops(j):
            return [], j
        attribution_end = self._attribution(j)
        if attribution_end is not None:
            # "Committee's recommendation" / "Councillors White / Hague" / "The Committee:": the movers
            # stand between the heading and its words
            for k in range(j, attribution_end + 1):
                self.used.add(k)
            return self._after_intro(attribution_end + 1, kind, preamble=preamble)
        if info.label is not None and info.label.scheme not in ("number", "word") and self._body(j).strip():
            nodes, nxt = self._collect(j, kind)
            if len(nodes) == 1 and nodes[0].children and self._is_preamble(nodes[0]):
                # "1.1 That Cabinet:" then (a), (b): the numbered line is only the preamble
                preamble = normalise_space(self.text[nodes[0].start : nodes[0].end])
                nodes = nodes[0].children
            for node in nodes:
                node.preamble = preamble
            return nodes, nxt
        body_start = self._skip_marks(info.body_start, info.line.end)
        body = self.text[body_start : info.line.end]
        end_line = self._paragraph_end(j)
        para_end = self._trim_end(body_start, self.lines[end_line].line.end)
        para = self.text[body_start:para_end]
        # (a colon-dash ending a whole sentence, "... as set out below :-", opens a list of facts)
        if (para.rstrip().endswith(":") or patterns.get("that_body_preamble").match(para.strip())) and (
            patterns.get("reco_preamble_start").match(body)
            or patterns.get("reso_body_start").match(body)
            or (len(normalise_space(para)) < MAX_PREAMBLE and _preamble_end(para))
        ):
            for k in range(j, end_line + 1):
                self.used.add(k)
            nodes, nxt = self._after_intro(end_line + 1, kind, preamble=normalise_space(para))
            return nodes, nxt
        if _opens_list(para) and end_line + 1 < len(self.lines) and self.lines[end_line + 1].label:
            # "That the application be refused for the following reasons:" then a list of
            # facts: one decision, its list kept in its text
            listed, nxt = self._collect(end_line + 1, kind)
            if listed:
                for k in range(j, end_line + 1):
                    self.used.add(k)
                node = self._node(kind, None, body_start, max(n.end for n in _walk(listed)), j)
                node.preamble = preamble
                return [node], nxt
        if not para.strip():
            return [], j
        for k in range(j, end_line + 1):
            self.used.add(k)
        node = self._node(kind, None, body_start, para_end, j)
        node.preamble = preamble
        return [node], end_line + 1

    # ------------------------------------------------------------------- lists

    def _collect(
        self, j: int, kind: ItemKind, limit: int | None = None, head: tuple[ListLabel, int] | None = None
    ) -> tuple[list[_Node], int]:
        """A list starting at line `j`, nested by label scheme and indentation.

        `head` is the label of line `j`'s first entry and where its words start, when the label
        stands inside the line ("RESOLVED: 1. That ...") rather than at its start.
        """
        roots: list[_Node] = []
        stack: list[_Node] = []
        k = j
        end_offset = limit if limit is not None else len(self.text)
        while k < len(self.lines) and self.lines[k].line.start < end_offset:
            info = self.lines[k]
            label = head[0] if head is not None and k == j else info.label
            if label is not None and k != j and self._heading_entry(k):
                break  # "3. Reasons for Recommendations"
            if label is not None and label.scheme not in ("number", "word") and not self._bare_number_in_sentence(k):
                node = self._entry(kind, k, label, head[1] if head is not None and k == j else None)
                level = next((n for n in range(len(stack) - 1, -1, -1) if stack[n].sig == node.sig), None)
                if level is not None:
                    if level == 0 and node.prefix != stack[0].prefix:
                        break
                    if not _follows(stack[level], node):
                        break  # "43. Next minute" after "3. ..." is not the list's next entry
                    del stack[level:]
                elif stack:
                    top = stack[-1]
                    own = self.text[top.start : top.end].rstrip()
                    step = HANGING_INDENT if self.has_boxes else 1.0
                    deeper = (self.uses_indent and info.line.indent > top.indent + step) or own.endswith(
                        (":", ":-", "\u2013", "-")
                    )
                    if not deeper:
                        break
                (stack[-1].children if stack else roots).append(node)
                stack.append(node)
                self.used.add(k)
                k += 1
                continue
            if not stack or not self._continues(stack[-1], k):
                break
            stack[-1].end = info.line.end
            self.used.add(k)
            k += 1
        for node in _walk(roots):
            node.end = min(node.end, end_offset)
            node.end = self._trim_end(node.start, node.end)
        return roots, k

    def _is_preamble(self, node: _Node) -> bool:
        own = normalise_space(self.text[node.start : node.end])
        return _opens_list(own) and len(own) < MAX_PREAMBLE and _preamble_end(own)

    def _entry(self, kind: ItemKind, k: int, label: ListLabel, words: int | None = None) -> _Node:
        info = self.lines[k]
        start = self._skip_marks(info.body_start if words is None else words, info.line.end)
        prefix = None
        if label.scheme == "multilevel":
            prefix = ".".join(p for p in label.text.strip("().").split(".")[:-1])
        return _Node(
            kind=kind,
            label=None if label.scheme == "bullet" else label.text,  # a bullet is not a label
            start=start,
            end=info.line.end,
            line=k,
            indent=info.line.indent,
            sig=_signature(label),
            prefix=prefix,
            ordinal=label.ordinal,
        )

    def _continues(self, node: _Node, k: int) -> bool:
        """Whether unlabelled line `k` carries on the entry `node`."""
        info = self.lines[k]
        prev = self.lines[k - 1]
        if self._stops(k):
            return False
        if info.line.bold != self.lines[node.line].line.bold and len(self._body(k).strip()) < 100:
            return False
        prev_text = self.text[prev.body_start : prev.line.end].rstrip().rstrip("*").rstrip(_CLOSE_QUOTES)
        own = self.text[node.start : node.end].split()
        if k - 1 == node.line and 0 < len(own) <= 2 and own[-1][-1:].isalnum() and not self._heading_like(k):
            return True  # "c.  Authorise" then "Officers to proceed ...": a list entry's first words, wrapped
        ended = prev_text.endswith((".", ";", ":", "!", "?")) or _opens_list(prev_text) or self._short(k - 1)
        if self.has_boxes:
            if info.line.indent > node.indent + HANGING_INDENT:
                return not (ended and info.line.indent < node.indent - HANGING_INDENT)
            if info.line.indent < node.indent - HANGING_INDENT:
                return False
            return not ended
        if self.uses_indent and info.line.indent > node.indent and not self._heading_like(k):
            # "1) To agree to close the following actions:" then the actions indented under it
            listed = k - 1 > node.line and prev.label is None and prev.line.indent > node.indent
            if _opens_list(prev_text) or listed:
                return True
        return not ended and not self._heading_like(k)

    # ----------------------------------------------------------- special forms

    def _numbered_resolution(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        """ "R2025-193 S. Foote, L. Chalapenko:" then the wording up to "Carried."."""
        info = self.lines[i]
        assert info.label is not None
        k = i + 1
        while k < len(self.lines) and k < i + MAX_MOTION_LINES:
            nxt = self.lines[k].label
            if nxt is not None and nxt.scheme == "number" and nxt.text != info.label.text:
                break  # the next number ("Motion 24-064 as presented:" restates this one)
            k += 1
        block_end = self.lines[k - 1].line.end if k > i + 1 else info.line.end
        rest = self.text[info.body_start : info.line.end]
        if patterns.get("reso_words_start").match(rest.strip()):
            start = info.body_start
        else:
            first = i + 1
            while first < k and (
                patterns.get("procedural_start").match(self._body(first).strip())
                or patterns.get("reso_heading").match(normalise_space(self._body(first)))
            ):
                first += 1  # "Moved by: ...", "Seconded by: ...", a "Resolution" heading under the number
            start = self.lines[first].body_start if first < k else info.line.end
        carried, words_end = self._own_outcome(start, block_end)
        if carried is None:
            self.used.add(i)  # a number with no recorded outcome: not a resolution
            return ItemKind.RESOLUTION, [], i + 1
        # the resolution ends at its outcome: what follows (the next item's report) is not its block
        k = min(k, self.ctx.source.line_at(max(carried.start(), carried.end() - 1)) + 1)
        for n in range(i, k):
            self.used.add(n)
        if patterns.get("defeated_in").fullmatch(carried.group(0).strip().rstrip(".")):
            return ItemKind.RESOLUTION, [], k
        end = carried.start() if words_end is None else words_end
        note = patterns.get("clerk_note_in").search(self.text, start, end)
        if note is not None:
            end = note.start()
        for n in range(self.ctx.source.line_at(start) + 1, self.ctx.source.line_at(max(start, end - 1)) + 1):
            if patterns.get("vote_record_start").match(self._body(n).strip()):
                end = self.lines[n].line.start  # "Upon a roll call vote, ... voted aye."
                break
        outcome_line = self.lines[self.ctx.source.line_at(end)]
        if outcome_line.line.start > start and patterns.get("mover_pair_line").fullmatch(
            self.text[outcome_line.body_start : end].strip()
        ):
            end = outcome_line.line.start  # "Councillor Coker/Councillor Fields   Carried"
        node = self._block(ItemKind.RESOLUTION, info.label.text.rstrip(":"), start, end, i)
        return ItemKind.RESOLUTION, [node], k

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

    def _moved_motion(self, i: int) -> tuple[ItemKind, list[_Node], int] | None:
        """ "Moved by ... Seconded by ... THAT ... CARRIED": the wording is a resolution if carried."""
        k = i
        limit = min(len(self.lines), i + MAX_MOTION_LINES)
        carried = None
        words_end: int | None = None  # the line an amendment moved on this motion starts on
        while k < limit:
            if k > i and self._opens_motion(k):
                amendment_end = self._amendment_outcome(k, limit)
                if amendment_end is None:
                    break  # the next motion: this one's outcome was not "carried"
                # an amendment moved on this motion, and its own outcome: the main motion's comes later
                words_end = k if words_end is None else words_end
                k = amendment_end + 1
                continue
            if k > i and (self._stops(k) and not patterns.get("carried_in").match(self._body(k).strip())):
                break
            carried = patterns.get("carried_in").search(self.text, self.lines[k].body_start, self.lines[k].line.end)
            if carried is not None:
                break
            k += 1
        if carried is None:
            return None
        for n in range(i, min(k + 1, len(self.lines))):
            self.used.add(n)
        if patterns.get("defeated_in").fullmatch(carried.group(0).strip().rstrip(".")):
            return ItemKind.RESOLUTION, [], k + 1
        start = self._skip_marks(self.lines[i].body_start, self.lines[i].line.end)
        end = carried.start() if words_end is None else self._trim_end(start, self.lines[words_end - 1].line.end)
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

    # ---------------------------------------------------------- prose decisions

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
            for s, e in self._split_at_decisions(_sentences(self.text, start, end)):
                if not patterns.get("prose_words_in").search(self.text, s, e):
                    continue
                if partly_used and self._touches_used(s, e):
                    entry = e
                    continue
                sentence = normalise_space(self.text[s:e])
                moved = patterns.get("motion_to_start").match(self.text[s:e])
                if moved is not None:
                    # its outcome may stand in a later paragraph, after a roll call
                    carried = self._motion_carried(normalise_space(self.text[e : e + MOTION_OUTCOME_FAR]))
                    bare = patterns.get("bare_motion_wording").fullmatch(
                        normalise_space(self.text[s:e][moved.start("wording") :])
                    )
                    matter = (entry, s)
                    entry = self._after_outcome(e, end)
                    if not carried:
                        continue
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
                            yield node
                        continue
                    if bare is not None:
                        continue  # "Moved by X to adopt." under a heading names no decision (its motion is kept)
                    s += moved.start("wording")  # the mover and seconder are not what was decided
                elif not prose.search(sentence) or exclude.search(sentence):
                    continue
                elif self._heading_over_motion(sentence, last):
                    continue  # "Minutes Approved (D)" over "It was moved by ... that the minutes be approved."
                at_end = e >= self._trim_end(start, end) and n + 1 < len(paragraphs)
                if _opens_list(sentence) and at_end:
                    # "... it was agreed to allocate the following:" takes the short list after it
                    nfirst, nlast = paragraphs[n + 1]
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
                topic = patterns.get("topic_prefix").match(self.text[s:e])
                if topic is not None:
                    s += topic.end()
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
                yield self._node(ItemKind.RESOLUTION, None, s, self._trim_end(s, e), self.ctx.source.line_at(s))

    def _heading_over_motion(self, sentence: str, last: int) -> bool:
        """A one-line title with no sentence's stop, followed by the motion that decided it: the title
        names the decision, the motion holds it."""
        if sentence[-1:] in _TERMINAL or len(sentence) > MAX_PREAMBLE or last + 1 >= len(self.lines):
            return False
        following = normalise_space(self._body(last + 1))
        return bool(patterns.get("motion_to_start").match(following))

    def _after_outcome(self, e: int, end: int) -> int:
        """Where the next matter begins after a motion sentence ending at `e`: past the outcome that
        follows it in the paragraph ("Motion Carried 7-0."), if one does."""
        m = patterns.get("outcome_sentence_start").match(self.text, e, end)
        return m.end() if m is not None else e

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
        for s, e in sentences:
            first, last = self.ctx.source.line_at(s), self.ctx.source.line_at(max(s, e - 1))
            cut = s
            for k in range(first, last):
                line_end = self.lines[k].line.end
                nxt = self._body(k + 1).lstrip()
                if ends.search(self.text, max(cut, self.lines[k].line.start), line_end) and nxt[:1].isupper():
                    yield cut, line_end
                    cut = self.lines[k + 1].body_start
            yield cut, e

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
        if info.line.bold != prev.line.bold or (info.line.page != prev.line.page and self._heading_like(k)):
            return True
        if prev_text.endswith((":", ";")) or _opens_list(prev_text) or self._short(k - 1) or self._heading_like(k - 1):
            return True
        if not self.has_boxes or prev.label is not None:
            return False
        if info.line.indent > prev.line.indent + 8:
            return True  # a first line indented: a new paragraph
        return info.line.indent < prev.line.indent - 8 and k - 1 != first

    # -------------------------------------------------------- line predicates

    def _body(self, k: int) -> str:
        info = self.lines[k]
        return self.text[info.body_start : info.line.end]

    def _short(self, k: int) -> bool:
        """A line that stops where the next line's first word would have fitted ends its paragraph."""
        info = self.lines[k]
        body = self._body(k).rstrip()
        nxt = self._body(k + 1).strip() if k + 1 < len(self.lines) else ""
        if self._wrapped(body, k + 1, nxt):
            return False
        word = len(nxt.split(" ", 1)[0]) + 1 if nxt else 0
        box = info.line.bbox
        if box is not None and info.line.page in self._right:
            chars = max(len(self.text[info.line.start : info.line.end].strip()), 1)
            char_width = max((box.x1 - box.x0) / chars, 1.0)
            room = (self._right[info.line.page] - box.x1) / char_width
            return room > word + 3
        if self.has_boxes:
            return False
        if self.typical_length > 200 or self.typical_length == 0:
            return True  # one paragraph per line
        return len(body) < self.typical_length * 0.6

    def _wrapped(self, body: str, k: int, nxt: str) -> bool:
        """A line that cannot end its sentence: it stops on a word no sentence ends on ("a. Note that"),
        or the next line, unlabelled, goes on in lower case ("... the design of\nthe new memorial")."""
        if not nxt or body.endswith((".", ";", ":", "!", "?")):
            return False
        last = body.rsplit(None, 1)[-1].lower() if body.split() else ""
        if last in _DANGLING_WORDS:
            return True
        return self.lines[k].label is None and nxt[0].islower()

    def _heading_like(self, k: int) -> bool:
        body = normalise_space(self._body(k)).strip("* ")
        return bool(body) and len(body) <= 60 and (body.endswith(":") or (body.isupper() and len(body) > 3))

    def _stops(self, k: int) -> bool:
        body = normalise_space(self._body(k)).lstrip("*\u201c\"' ")
        return bool(
            patterns.get("reco_stop_start").match(body)
            or patterns.get("procedural_start").match(body)
            or patterns.get("reco_heading").match(body)
            or patterns.get("reso_heading").match(body)
            or patterns.get("reso_formal_start").match(body)
            or patterns.get("reco_preamble_start").match(body)
        )

    def _heading_entry(self, k: int) -> bool:
        body = normalise_space(self._body(k)).lstrip("*\u201c\"' ")
        return bool(patterns.get("reco_stop_start").match(body) or patterns.get("reco_heading").match(body))

    def _is_minute_heading(self, k: int) -> bool:
        info = self.lines[k]
        return info.label is not None and info.label.scheme == "decimal" and not self._body(k).strip()

    def _next_minute(self, k: int) -> bool:
        """Whether line `k` opens the next minute ("14." after minute 13), not a number that wrapped."""
        here, before = self.agenda[k], self.agenda[k - 1] if k else None
        if here is None or here is before:
            return False
        if before is None:
            return True
        try:
            return int(here.number or "") > int(before.number or "")
        except ValueError:
            return False

    def _bare_number_in_sentence(self, k: int) -> bool:
        if self._body(k).strip() or k == 0 or self._next_minute(k):
            return False
        prev = self._body(k - 1).rstrip()
        return bool(prev) and prev[-1] not in _TERMINAL + ":" and self.lines[k - 1].label is None

    def _paragraph_end(self, i: int) -> int:
        """The last line of the paragraph that starts on line `i`."""
        k = i
        quoted = self._body(i).lstrip("* ").startswith("\u201c")
        while k + 1 < len(self.lines):
            nxt = self.lines[k + 1]
            text = self.text[self.lines[k].body_start : self.lines[k].line.end].rstrip()
            if quoted and "\u201d" not in self.text[self.lines[i].body_start : self.lines[k].line.end]:
                if self._stops(k + 1) or k - i > 30 or nxt.label is not None:
                    break
                k += 1  # inside a quotation: it runs to its closing mark
                continue
            text = text.rstrip("*").rstrip(_CLOSE_QUOTES).rstrip("*")
            further = patterns.get("resolution_continuation_start").match(self._body(k + 1).lstrip("* "))
            if nxt.label is None and further:
                k += 1  # "AND THAT ..." carries the same resolution on
                continue
            if (text.endswith((".", ":", "!", "?", ";")) or _opens_list(text)) and not _abbreviation_at_end(text):
                break
            if nxt.label is not None and not self._bare_number_in_sentence(k + 1):
                break
            if self._stops(k + 1):
                break
            if nxt.line.bold != self.lines[i].line.bold and not self._body(k + 1).lstrip()[:1].islower():
                break
            if self._short(k) and not self._body(k + 1)[:1].islower():
                break
            if self.has_boxes and nxt.line.indent < self.lines[i].line.indent - 8:
                break
            k += 1
        return k

    # ----------------------------------------------------------------- offsets

    def _skip_marks(self, start: int, end: int) -> int:
        """Past blanks, bold markers and opening quotes."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _OPEN_QUOTES or text[start] == "*"):
            start += 1
        return start

    def _trim_end(self, start: int, end: int) -> int:
        """Before trailing blanks, bold markers and closing quotes (and a stop after a closing quote)."""
        text = self.text
        while end > start and (
            text[end - 1].isspace()
            or text[end - 1] == "*"
            or (text[end - 1] in _CLOSE_QUOTES and not _quote_is_closed(text[start:end]))
        ):
            end -= 1
        if end - 1 > start and text[end - 1] == "." and text[end - 2] in "\u201d\u2019":
            return self._trim_end(start, end - 1)
        return end

    def _node(self, kind: ItemKind, label: str | None, start: int, end: int, line: int) -> _Node:
        start = self._skip_marks(start, end)
        end = self._trim_end(start, end)
        return _Node(kind=kind, label=label, start=start, end=end, line=line, indent=self.lines[line].line.indent)

    def _dedupe(self, blocks: list[list[_Node]]) -> list[_Node]:
        """Drop recommendations restated later (on a cover sheet and again in the body).

        A later list most of whose entries restate earlier ones is a restatement
        as a whole, even where one entry is worded a little differently.
        """
        seen: list[str] = []
        out: list[_Node] = []
        for block in blocks:
            repeats = [self._restated(node, seen) for node in block]
            whole = len(block) >= 2 and sum(repeats) * 2 >= len(block)
            kept = [] if whole else [node for node, again in zip(block, repeats, strict=True) if not again]
            for node in block:
                seen.extend(fold(self.text[n.start : n.end]) for n in _walk([node]))
            out.extend(kept)
        return out

    def _restated(self, node: _Node, seen: list[str]) -> bool:
        texts = [fold(self.text[n.start : n.end]) for n in _walk([node])]
        return bool(seen) and all(any(_similar(t, old) for old in seen) for t in texts)

    def _finish(self, nodes: list[_Node]) -> list[Item]:
        return [self._item(node) for node in nodes if self._nonempty(node)]

    def _nonempty(self, node: _Node) -> bool:
        return bool(self.text[node.start : node.end].strip()) or bool(node.children)

    def _item(self, node: _Node) -> Item:
        agenda: AgendaItem | None = self.agenda[node.line] if node.line < len(self.agenda) else None
        return Item(
            kind=node.kind,
            label=node.label.strip() if node.label else None,
            text=normalise_space(self.text[node.start : node.end]),
            span=self.ctx.source.span(node.start, node.end),
            children=tuple(self._item(child) for child in node.children if self._nonempty(child)),
            preamble=node.preamble,
            agenda_item=agenda,
        )


# ---------------------------------------------------------------------- helpers


def _signature(label: ListLabel) -> tuple[str, ...]:
    depth = str(label.depth) if label.scheme == "multilevel" else ""
    style = label.style if label.scheme != "bullet" else label.text
    return (label.scheme, style, depth)


def _walk(nodes: list[_Node]) -> Iterator[_Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _follows(before: _Node, after: _Node) -> bool:
    """Whether `after` numbers on from its sibling `before` (bullets and unnumbered always do)."""
    if before.ordinal is None or after.ordinal is None:
        return True
    return 0 < after.ordinal - before.ordinal <= MAX_NUMBER_GAP


def _is_amount(word: str) -> bool:
    """A number with a decimal point ("$612,447.19", "6.19"): its stop is not an abbreviation's."""
    digits = word.lstrip("$£€").replace(",", "").replace(".", "")
    return digits.isdigit() and not word.endswith(".")


def _opens_list(text: str) -> bool:
    """Whether ``text`` ends in the colon that opens a list: ":", ":-", ": -", ":–"."""
    return bool(patterns.get("list_colon_end").search(text))


def _preamble_end(text: str) -> bool:
    """Whether ``text`` ends as a preamble does: on an opener word ("... resolved to:") or as the
    deciding body alone ("That the Committee:-", "That Council, by Absolute Majority:")."""
    return bool(patterns.get("list_opener_end").search(text) or patterns.get("that_body_preamble").match(text.strip()))


def _abbreviation_at_end(text: str) -> bool:
    """ "... Foynes, Co." or "... Mr." ends in an abbreviation, not a sentence."""
    word = text[:-1].rsplit(None, 1)[-1] if text[:-1].split() else ""
    word = word.lower().strip("(")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _bare(folded: str) -> str:
    """A decision's words without the "that" that opens them ("that the plan be approved")."""
    return folded[5:] if folded.startswith("that ") else folded


def _entry_words(text: str) -> bool:
    """Whether a matter before a bare motion has words of its own (not only a number, a label or a
    heading such as "Consent Agenda")."""
    return sum(ch.isalpha() for ch in text) >= 12 and len(text.split()) >= 3


def _similar(a: str, b: str) -> bool:
    """Whether two decisions are one restated: nearly the same words and the same numbers (minutes of
    the 16th and of the 18th, or contracts of $5,000 and $8,000, are two)."""
    if a == b:
        return True
    if _numbers(a) != _numbers(b):
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= DUPLICATE_SIMILARITY


def _numbers(text: str) -> list[str]:
    return patterns.get("number_in").findall(text)


def _quote_is_closed(text: str) -> bool:
    """Whether the quotation mark ending ``text`` closes one opened inside it ("... de-emphasize “SSA #21.”")."""
    close = text[-1]
    if close == "\u201d":
        return text.count("\u201c") >= text.count("\u201d")
    if close == '"':
        return text.count('"') % 2 == 0
    if close == "\u00bb":
        return text.count("\u00ab") >= text.count("\u00bb")
    if close in "'\u2019":
        opening = "\u2018" if close == "\u2019" else "'"
        # an apostrophe sits inside a word ("Council’s"); a closing quote does not
        body = text[:-1]
        closing = 1 + sum(1 for i, c in enumerate(body) if c == close and not body[i + 1 : i + 2].isalpha())
        opened = sum(1 for i, c in enumerate(body) if c == opening and body[i + 1 : i + 2].isalpha())
        return opened >= closing
    return False


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``; abbreviations and initials do not end one."""
    s = start
    for m in patterns.get("sentence_end").finditer(text, start, end):
        tail = text[max(start, m.start() - 20) : m.start()].split()
        before = (
            tail[-1].lower().lstrip("(\"'\u201c\u2018").rstrip(".")
            if tail and not text[m.start() - 1].isspace()
            else ""
        )
        nxt = text[m.end() : m.end() + 2].lstrip()
        if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        if "." in before and before not in _CLOCK_ABBREVIATIONS and not _is_amount(before):
            continue  # "U.S." or an initial; "at 6:31 p.m. Motion by ..." and "$612,447.19. The" end theirs
        if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in _OPEN_QUOTES or nxt[0] == "("):
            continue
        yield s, m.end()
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        yield s, end
