"""Headings, preambles and the lists after them: "Recommendation(s):", "It is recommended that:",
"RESOLVED that", "That the Committee:-" and the like, then one item per list entry (nested by
label scheme and indentation), or the sentence or paragraph that follows as one item.
"""

from __future__ import annotations

from ... import patterns
from ...records import ItemKind
from ...structure import ListLabel, parse_label
from ...text import normalise_space
from .cues import _CLOSE_QUOTES, HANGING_INDENT, MAX_PREAMBLE, MAX_TITLE_AFTER_COLON, _opens_list, _preamble_end
from .lines import _Lines
from .nodes import _follows, _Node, _signature, _walk

EXPLANATION_LINES = 16  # the longest explanation printed under a list's entry before the next entry
NAMED_THING_CHARS = 160  # the longest entry of a list of things named by name ("a. General Manager – Transport")
MAX_CLAUSES = 20  # the most clauses a draft resolution's run of "AND THAT ...;" paragraphs is read to


class _Lists(_Lines):
    """Finders for a heading or preamble and the list or paragraph it opens."""

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
        elif (
            not rest.strip()
            or (
                _opens_list(rest)
                and (rest.rstrip().endswith(":") or not patterns.get("passive_decision_in").search(rest))
            )
            or self._bare_body_over_list(end_line, self.text[info.body_start : para_end])
        ):
            # "RESOLVED that for the reasons in the report: -" opens a list; "RESOLVED that approval
            # be given to the following :-" has decided already, and its list is facts
            for k in range(i, end_line + 1):
                self.used.add(k)
            preamble = normalise_space(self.text[info.body_start : para_end]) or None
            nodes, nxt = self._after_intro(end_line + 1, kind, preamble=preamble)
            if (
                nodes
                and patterns.get("course_over_named_list").match(rest)
                and all(
                    not n.children and patterns.get("named_entry").match(normalise_space(self.text[n.start : n.end]))
                    for n in nodes
                )
            ):
                # "RESOLVED to receive the minutes of the following Committee meetings ...:" / "a) Planning &
                # Transport Committee 4 October 2021": one decision, its entries the things it acts on
                decision = self._node(kind, None, self._skip_marks(start, para_end), nodes[-1].end, i)
                return kind, [decision], nxt
            if nodes and rest.strip() and patterns.get("hereby_decides_in").search(rest):
                # "BE IT RESOLVED that the Commission does hereby APPROVE a variance ... subject to the
                # following conditions:" decides in its own words; the conditions are its entries
                parent = self._node(kind, None, self._skip_marks(start, para_end), para_end, i)
                parent.children = nodes
                return kind, [parent], nxt
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
                return self._mover_below(last)
        return None

    def _mover_below(self, last: int) -> int:
        """The attribution's last line, or the next when it names the mover alone: a two-column table read
        row by row prints "Moved:" and "Seconded:  Cr Birch" over the mover's name ("Cr Ash").  Near miss:
        a paragraph that goes on after the name ("Cr Ash thanked staff.") is no name alone."""
        nxt = last + 1
        if nxt >= len(self.lines) or self.lines[nxt].label is not None:
            return last
        if patterns.get("member_name_alone").fullmatch(normalise_space(self._body(nxt))):
            return nxt
        return last

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
        if preamble is None and patterns.get("heading_purpose").match(normalise_space(self._body(j))):
            # "RECOMMENDATION" / "for consideration": the heading's purpose, its words below
            self.used.add(j)
            return self._after_intro(j + 1, kind, preamble=None)
        attribution_end = self._attribution(j)
        if attribution_end is not None:
            # "Committee's recommendation" / "Councillors White / Hague" / "The Committee:": the movers
            # stand between the heading and its words
            for k in range(j, attribution_end + 1):
                self.used.add(k)
            return self._after_intro(attribution_end + 1, kind, preamble=preamble)
        if (
            info.label is not None
            and info.label.scheme not in ("number", "word")
            and (self._body(j).strip() or self._words_below(j))
        ):
            nodes, nxt = self._collect(j, kind)
            if len(nodes) == 1 and nodes[0].children and self._is_preamble(nodes[0]):
                # "1.1 That Cabinet:" then (a), (b): the numbered line is only the preamble
                preamble = normalise_space(self.text[nodes[0].start : nodes[0].end])
                nodes = nodes[0].children
            for node in nodes:
                node.preamble = preamble
            return nodes, nxt
        if preamble is not None and _opens_list(preamble) and len(preamble.split()) >= 4 and info.label is None:
            # "... represented on committees as follows:" then one unnumbered line per entry (a
            # heading alone, "Decision:", is followed by its paragraph and the page's fields)
            run = self._entry_lines(j)
            if run:
                return self._entry_nodes(kind, run, preamble), run[-1] + 1
        body_start = self._skip_marks(info.body_start, info.line.end)
        body = self.text[body_start : info.line.end]
        end_line = self._paragraph_end(j)
        if self._bare_body_over_words(end_line, self.text[body_start : self.lines[end_line].line.end]):
            end_line = self._paragraph_end(end_line + 1)  # "That the Board" / "Note the contents of this report."
        para_end = self._trim_end(body_start, self.lines[end_line].line.end)
        para = self.text[body_start:para_end]
        if self._bare_body_over_list(end_line, para):
            for k in range(j, end_line + 1):
                self.used.add(k)
            return self._after_intro(end_line + 1, kind, preamble=normalise_space(para))
        if (
            patterns.get("course_on_grounds").search(para)
            and end_line + 1 < len(self.lines)
            and self.lines[end_line + 1].label is not None
        ):
            # "Staff recommends that the Planning Commission approve ... based on the following findings and
            # conditions:" then "1. ...", "2. ...": the sentence recommends a course itself, the findings it rests
            # on its entries (near miss: "Staff has the following comments about the proposal:", no course: the
            # entries are the items)
            listed, nxt = self._collect(end_line + 1, kind)
            if listed:
                for k in range(j, end_line + 1):
                    self.used.add(k)
                node = self._node(kind, None, body_start, para_end, j)
                node.preamble = preamble
                node.children = listed
                return [node], nxt
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
        clauses = self._clause_run(j, end_line, para)
        if clauses:
            # "WHEREAS ...;" / "AND WHEREAS ...;" / "AND THAT ...;" / "THEREFORE LET IT BE RESOLVED THAT ...;" /
            # "AND FURTHER THAT ...": a draft resolution's clauses, one after another's semicolon, each an item
            nodes = []
            for first, last in clauses:
                for k in range(first, last + 1):
                    self.used.add(k)
                start = self._skip_marks(self.lines[first].body_start, self.lines[first].line.end)
                node = self._node(kind, None, start, self._trim_end(start, self.lines[last].line.end), first)
                node.preamble = preamble
                nodes.append(node)
            return nodes, clauses[-1][1] + 1
        for k in range(j, end_line + 1):
            self.used.add(k)
        node = self._node(kind, None, body_start, para_end, j)
        node.preamble = preamble
        return [node], end_line + 1

    def _clause_run(self, j: int, end_line: int, para: str) -> list[tuple[int, int]]:
        """The clauses of a draft resolution printed one after another's semicolon, each opening its line in
        capitals ("WHEREAS ...;", "AND THAT ...;", "THAT ...", "AND FURTHER THAT ..."), from the paragraph on
        lines `j`-`end_line`: (first line, last line) each, or [] for fewer than two.  Near miss: a paragraph that
        ends in a stop, or whose next line opens no clause (one item)."""
        opener = patterns.get("clause_opener_start")
        if not para.rstrip().endswith(";") or not opener.match(para.lstrip("* ")):
            return []
        run = [(j, end_line)]
        k = end_line + 1
        while k < len(self.lines) and len(run) < MAX_CLAUSES:
            if k in self.used or self.lines[k].label is not None or self._stops(k):
                break
            if not opener.match(self._body(k).lstrip("* ")):
                break
            last = self._paragraph_end(k)
            run.append((k, last))
            text = self.text[self.lines[k].body_start : self.lines[last].line.end].rstrip()
            if not text.endswith(";"):
                break
            k = last + 1
        return run if len(run) >= 2 else []

    def _bare_body_over_list(self, end_line: int, para: str) -> bool:
        """Whether a paragraph that is only the deciding body, printed with no colon ("That the Board" /
        "• Notes that ...") stands over the labelled list that follows it."""
        nxt = end_line + 1
        if nxt >= len(self.lines) or not patterns.get("that_body_bare").match(para.strip()):
            return False
        label = self.lines[nxt].label
        return label is not None and label.scheme not in ("number", "word")

    def _bare_body_over_words(self, end_line: int, para: str) -> bool:
        """Whether a paragraph that is only the deciding body ("That the Board") goes on in the unlabelled line
        below it, the decision's verb starting that line with a capital ("Note the contents of this report.").
        Near miss: a labelled list below it (its entries are the items)."""
        nxt = end_line + 1
        return (
            nxt < len(self.lines)
            and self.lines[nxt].label is None
            and not self._stops(nxt)
            and not para.rstrip().endswith(";")
            and patterns.get("that_body_bare").match(para.strip()) is not None
        )

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
            if label is not None and stack and self._dash_wrap(k, stack[-1]):
                stack[-1].end = info.line.end  # "... processed between December 28, 2024" / "– January 24, 2025"
                self.used.add(k)
                k += 1
                continue
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
                    if self._initial_wrapped(node, own):
                        top.end = info.line.end  # "... Lot 650 (180 George" / "M. Cohan Boulevard), from R-2 ..."
                        self.used.add(k)
                        k += 1
                        continue
                    step = HANGING_INDENT if self.has_boxes else 1.0
                    opens = own.endswith((":", ":-", "\u2013", "-"))
                    deeper = (self.uses_indent and info.line.indent > top.indent + step) or opens
                    if not deeper or (not opens and info.line.page != self.lines[top.line].line.page):
                        break  # (an entry on the next page under one that opens nothing is the page's own list)
                (stack[-1].children if stack else roots).append(node)
                stack.append(node)
                self.used.add(k)
                k += 1
                continue
            if stack and self._aside_between_entries(k, roots[-1]):
                self.used.add(k)  # "(Sponsored by Council President Miller, by request)": no entry's words
                k += 1
                continue
            if stack and not self._continues(stack[-1], k) and (nxt := self._entry_after_explanation(k, stack)):
                k = nxt  # "a) That ..." / "The concert programme would be ..." / "b) That ...": no entry's words
                continue
            if not stack or not self._continues(stack[-1], k):
                break
            if patterns.get("outcome_alone_line").match(self._body(k).strip()):
                break  # "Adopted" / "CARRIED" under the list: its outcome, not an entry's words
            stack[-1].end = info.line.end
            self.used.add(k)
            k += 1
        for node in _walk(roots):
            node.end = min(node.end, end_offset)
            node.end = self._trim_end(node.start, node.end)
        for node in _walk(roots):
            self._fold_named_things(node)
            self._fold_inline_enumeration(node)
        return roots, k

    def _entry_after_explanation(self, k: int, stack: list[_Node]) -> int | None:
        """The list's next entry after an explanation printed under the entry above, in sentences of its own ("a)
        That the Orchestra be commissioned to perform ... on 1 July." / "The concert programme would be drawn from
        ..." / "b) That ..."), as reports set out their recommendations: the explanation is neither entry's words
        and no end of the list.  Within `EXPLANATION_LINES` unlabelled lines, no heading or recommending sentence
        among them, and the next labelled line the next entry of an open level.  Near misses: prose after a list's
        last entry (no next entry follows), an entry that ends mid-sentence, a heading between, a list restarting
        at "a)"."""
        own = self.text[stack[-1].start : stack[-1].end].rstrip()
        if not own.endswith((".", ";")):
            return None
        for n in range(k, min(len(self.lines), k + EXPLANATION_LINES)):
            info = self.lines[n]
            if info.label is not None:
                sig = _signature(info.label)
                opens = any(
                    node.sig == sig and node.ordinal is not None and info.label.ordinal == node.ordinal + 1
                    for node in stack
                )
                return n if opens and n > k else None
            if self._heading_like(n) or self._stops(n):
                return None
        return None

    def _initial_wrapped(self, node: _Node, own: str) -> bool:
        """A person's initial wrapped to a line's start, read as a letter label ("... (180 George" / "M. Cohan
        Boulevard), ..."): a letter far into its alphabet opening no list, under words that end mid-phrase.
        Near misses: "a." or "A." opening a nested list; a letter after a colon."""
        label = self.lines[node.line].label
        return (
            node.ordinal is not None
            and node.ordinal > 2
            and label is not None
            and label.scheme == "alpha"
            and bool(own)
            and own[-1:].isalpha()
        )

    def _aside_between_entries(self, k: int, last: _Node) -> bool:
        """A bracketed line between two entries of a list, the sponsor or presenter of the entry above
        ("(Sponsored by Council President Miller, by request)" / "15. Resolution ..."): neither entry's
        words, and no end of the list.  Near miss: a bracketed line after the list's last entry."""
        words = self._body(k).strip()
        if not (words.startswith("(") and words.endswith(")")) or k + 1 >= len(self.lines):
            return False
        nxt = self.lines[k + 1].label
        return (
            nxt is not None
            and _signature(nxt) == last.sig
            and last.ordinal is not None
            and (nxt.ordinal == last.ordinal + 1)
        )

    def _dash_wrap(self, k: int, top: _Node) -> bool:
        """A dash that opens line `k` because the entry above wrapped at it ("15. ... processed between December
        28, 2024" / "– January 24, 2025" / "16. ..."): the line is that entry's words, not a bulleted entry, when
        it stands no deeper than the entry, the entry's words end mid-phrase and the list's next entry follows.
        Near misses: a dash under an entry that opens a list ("... as follows:"), a dash line followed by prose,
        and a list of dashed entries, each ending mid-phrase."""
        info = self.lines[k]
        label = info.label
        if label is None or label.scheme != "bullet" or label.text not in ("-", "\u2013", "\u2014"):
            return False
        if _signature(label) == top.sig:
            return False  # "- consult ..." / "- discuss ..." / "- bring ...": the dashes are the list's own
        if k + 1 >= len(self.lines) or (after := self.lines[k + 1].label) is None or _signature(after) != top.sig:
            return False
        if self.uses_indent and info.line.indent > self.lines[top.line].line.indent + HANGING_INDENT:
            return False
        own = self.text[top.start : top.end].rstrip()
        return bool(own) and not own.endswith((":", ";", ".", ":-", "\u2013", "-"))

    def _fold_named_things(self, node: _Node) -> None:
        """An entry whose words end "... to the following roles:" keeps the list below it as part of its words
        (the posts, members, roads or dates it names are no decisions of their own); see `lists_named_things`."""
        if not node.children:
            return
        own = normalise_space(self.text[node.start : node.end])
        if patterns.get("lists_named_things").search(own) is None:
            return
        if any(len(normalise_space(self.text[n.start : n.end])) > NAMED_THING_CHARS for n in node.children):
            return  # "the following positions and policies:" over paragraphs: stances taken, each a decision
        node.end = max(n.end for n in _walk(node.children))
        node.children = []

    def _fold_inline_enumeration(self, node: _Node) -> None:
        """An entry whose list is one entry that carries its next number inside its own sentence ("... is
        directed to:" / "(1) to work with ...; and (2) if a joint training ... is not possible, to ..."): an
        enumeration inside a sentence, which stays in the entry's words (ANNOTATION.md).  Near miss: "(1)" and
        "(2)" each opening a line of its own (a list)."""
        if len(node.children) != 1 or node.children[0].children:
            return
        only = node.children[0]
        label = self.lines[only.line].label
        if label is None or label.ordinal is None or not patterns.get("paren_number_label").fullmatch(label.text):
            return
        nxt = f"({label.ordinal + 1})"
        if nxt not in self.text[only.start : only.end]:
            return
        node.end = only.end
        node.children = []

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

    def _words_below(self, j: int) -> bool:
        """Whether a label alone on line `j` has its words on the next line ("a." / "Consider the community
        feedback,"); near miss: a minute's number over its heading ("8." / "GENERAL ITEMS")."""
        k = j + 1
        return (
            k < len(self.lines)
            and self.lines[k].label is None
            and bool(self._body(k).strip())
            and not self._stops(k)
            and not self._heading_like(k)
        )

    def _titles_sublist(self, node: _Node, k: int) -> bool:
        """Whether line `k`, a short title ending in a colon under a later entry's label alone ("4." /
        "Direction to Representatives of the Municipality:"), opens that entry's own list: the next line
        holding words is an entry of another scheme ("a. The Municipality's representatives ...").  Near
        misses: a first entry's title ("1." / "Reasons for Recommendations:"), a title over more text."""
        if node.ordinal is None or node.ordinal < 2 or not self._body(k).rstrip().endswith(":"):
            return False
        j = k + 1
        while j < len(self.lines) and not self._body(j).strip() and self.lines[j].label is None:
            j += 1
        nxt = self.lines[j].label if j < len(self.lines) else None
        own = self.lines[node.line].label
        return nxt is not None and own is not None and nxt.scheme != own.scheme

    def _continues(self, node: _Node, k: int) -> bool:
        """Whether unlabelled line `k` carries on the entry `node`."""
        info = self.lines[k]
        prev = self.lines[k - 1]
        if self._stops(k):
            return False
        if k - 1 == node.line and not self.text[node.start : node.end].strip():
            if self._heading_like(k) and not self._titles_sublist(node, k):
                return False
            node.start = self._skip_marks(info.body_start, info.line.end)  # the label alone: its words below
            return True
        prev_text = self.text[prev.body_start : prev.line.end].rstrip().rstrip("*").rstrip(_CLOSE_QUOTES)
        body = self._body(k).strip()
        if info.line.bold != self.lines[node.line].line.bold and len(body) < 100:
            # (a bold entry's words wrapped onto a plain line: "a) That the Orchestra be commissioned to" /
            # "perform an open-air concert ...", "... on behalf" / "of the Town Council": the line above stops
            # mid-sentence and this one goes on in lower case or after a word that needs more; near miss: a
            # heading after an entry that ends its sentence)
            wrapped = not prev_text.endswith((".", ":", ";", "?", "!")) and (
                body[:1].islower()
                or (bool(patterns.get("mid_phrase_end").search(prev_text)) and not self._heading_like(k))
            )
            if not wrapped:
                return False
        own = self.text[node.start : node.end].split()
        if k - 1 == node.line and 0 < len(own) <= 2 and own[-1][-1:].isalnum() and not self._heading_like(k):
            return True  # "c.  Authorise" then "Officers to proceed ...": a list entry's first words, wrapped
        if prev_text.endswith(";") and patterns.get("clause_goes_on_start").match(self._body(k).lstrip()):
            return True  # "... to their respective sizes;" / "and (3) while the funding model ...": one clause on
        ended = (
            prev_text.endswith((".", ";", ":", "!", "?"))
            or _opens_list(prev_text)
            # (a short line that stops on a preposition or a provision's name goes on: "C) Council resolve
            # pursuant to Clause" / "5.3.1(a)(i) of Chapter 5 ...")
            or (self._short(k - 1) and not patterns.get("mid_phrase_end").search(prev_text))
        )
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
