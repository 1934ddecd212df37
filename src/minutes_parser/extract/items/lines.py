"""The document's lines as the reader sees them: what each line is (a heading, a stop, a short
line, a minute's number), where a paragraph ends, and the offsets of an item's words without
their blanks, bold marks and quotation marks.  `_Lines` holds the state every finder reads.
"""

from __future__ import annotations

import itertools

from ... import patterns
from ...records import DocumentKind, ItemKind
from ...structure import LineInfo, agenda_items
from ...text import normalise_space
from ..context import Context
from .cues import (
    _CLOSE_QUOTES,
    _DANGLING_WORDS,
    _OPEN_QUOTES,
    _TERMINAL,
    MAX_LINE_ENTRIES,
    MAX_LINE_ENTRY,
    _abbreviation_at_end,
    _opens_list,
    _quote_is_closed,
)
from .nodes import _Node


class _Lines:
    """One document's lines, with what the finders have used of them."""

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
        if self.lines[k].label is None and nxt[0].islower():
            return True
        # a bracketed note going on in lower case: "... printing by Petaprint" / "(£160) for delivery to ..."
        # (near miss: "(a) The Clerk ...", a label and a new sentence)
        return patterns.get("wrapped_bracket_start").match(nxt) is not None

    def _heading_like(self, k: int) -> bool:
        """A short line ending in a colon, or in capitals; not one that starts in lower case, the end of a
        wrapped sentence ("at the War Memorial Centre site, and:"), nor a wrapped sentence's last words
        that hold no word ("... section 90 of the Act" / "2012:") or open with a bracket ("... Alcohol
        Policy" / "(LAP)."): a heading names its matter in words."""
        body = normalise_space(self._body(k)).strip("* ")
        if not body or body[0].islower() or body[0] in "([" or not _has_word(body):
            return False
        return len(body) <= 60 and (body.endswith(":") or (body.isupper() and len(body) > 3))

    def _stops(self, k: int) -> bool:
        body = normalise_space(self._body(k)).lstrip("*\u201c\"' ")
        return bool(
            patterns.get("reco_stop_start").match(body)
            or patterns.get("procedural_start").match(body)
            or patterns.get("reco_heading").match(body)
            or patterns.get("reso_heading").match(body)
            or ((fm := patterns.get("reso_formal_start").match(body)) is not None and fm.group("wrapped") is None)
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
        """A number alone on its line inside a sentence ("... under section" / "56" / "of the Act"); a
        letter or numeral alone ("b." over "Reconfirms its decision") is a label whose words are below."""
        label = self.lines[k].label
        if label is not None and label.scheme in ("alpha", "roman"):
            return False
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
            if patterns.get("mid_phrase_end").search(text):
                k += 1  # "NOW, THEREFORE, BE IT RESOLVED that the Planning Commission of the" / "City of ...": a
                continue  # line ending on an article or a preposition goes on, whatever its type or indent
            if nxt.line.bold != self.lines[i].line.bold and not self._body(k + 1).lstrip()[:1].islower():
                break
            if self._short(k) and not self._body(k + 1)[:1].islower():
                break
            if (
                self.has_boxes
                and nxt.line.indent < self.lines[i].line.indent - 8
                and not self._body(k + 1).lstrip()[:1].islower()
            ):
                break  # (a first line indented, the sentence going on in lower case at the margin, is one)
            k += 1
        return k

    def _entry_lines(self, j: int) -> list[int]:
        """The one-line entries of an unnumbered list that starts on line `j`, after a decision's
        preamble ("RESOLVED: that the Council be represented as follows:" / "Village Hall - Cllr
        Ash" / "Finance - Cllr Birch"): two or more lines, each its own paragraph, none a heading,
        a stop or a numbered line (a bullet is an entry's mark).  The run ends where the spacing
        between its lines changes (a blank line after lines that had none).  Fewer than two such
        lines is no list: [] (the paragraph after a preamble is then one item)."""
        run: list[int] = []
        spaced: bool | None = None
        k = j
        while k < len(self.lines) and len(run) < MAX_LINE_ENTRIES:
            info = self.lines[k]
            if k in self.used or (info.label is not None and info.label.scheme != "bullet"):
                break
            body = normalise_space(self._body(k)).strip("* ")
            if not body or len(body) > MAX_LINE_ENTRY or self._stops(k) or self._heading_like(k):
                break
            if len(body.split()) < 2 and info.label is None:
                break  # one word a line ("Application" / "Funding" / "€3000"): a table's cells, not its entries
            if self._paragraph_end(k) != k:
                break
            if run:
                gap = info.line.after_blank
                if spaced is None:
                    spaced = gap
                elif gap != spaced:
                    break
            run.append(k)
            k += 1
        return run if len(run) >= 2 else []

    def _table_rows(self, j: int) -> list[tuple[int, int]]:
        """The rows of a table without rulings that a decision's preamble opens on line `j` ("The following
        cheques were approved for December payment:" / "Chq No. Amount Payee Service" / "301598 £80.40 Elite
        Playground Inspections ..."): its column headings skipped, each row a line that opens with a number
        or an amount, a line in lower case after it the row's wrapped last cell ("package"); the run stops
        at its total ("Total: £884.07") or any other line.  (first line, last line) per row; fewer than two
        rows is no table: []."""
        header, row_start, total = (
            patterns.get("table_header_row"),
            patterns.get("table_row_start"),
            patterns.get("table_total_row"),
        )
        k = j
        if k < len(self.lines) and header.fullmatch(normalise_space(self._body(k)).strip()):
            k += 1
        rows: list[tuple[int, int]] = []
        while k < len(self.lines) and len(rows) < MAX_LINE_ENTRIES and k not in self.used:
            body = normalise_space(self._body(k)).strip()
            if total.match(body) or not body:
                break
            if row_start.match(body):
                rows.append((k, k))
            elif rows and body[:1].islower() and len(body) < MAX_LINE_ENTRY // 4:
                rows[-1] = (rows[-1][0], k)
            else:
                break
            k += 1
        return rows if len(rows) >= 2 else []

    def _entry_nodes(self, kind: ItemKind, run: list[int], preamble: str | None) -> list[_Node]:
        """One item per line of a run of one-line entries (`_entry_lines`), its lines used."""
        nodes = []
        for k in run:
            self.used.add(k)
            node = self._node(kind, None, self.lines[k].body_start, self.lines[k].line.end, k)
            node.preamble = preamble
            nodes.append(node)
        return nodes

    def _skip_marks(self, start: int, end: int) -> int:
        """Past blanks, bold markers and opening quotes."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _OPEN_QUOTES or text[start] == "*"):
            start += 1
        return start

    def _trim_end(self, start: int, end: int) -> int:
        """Before trailing blanks, bold markers and closing quotes (and a stop after a closing quote); before the
        statutory grounds printed under a resolution to exclude the public."""
        text = self.text
        grounds = patterns.get("statutory_grounds_line").search(text, start, end)
        if grounds is not None:
            end = grounds.start()
        proposer = patterns.get("trailing_proposer_sentence").search(text, start, end)
        if proposer is not None:
            end = proposer.start()  # "... agreed. This was proposed by Cllr Ash.": who proposed it, not its words
        while (
            end > start
            and (
                text[end - 1].isspace()
                or text[end - 1] == "*"
                or (text[end - 1] == "|" and end - 2 >= start and text[end - 2].isspace())  # a table cell's border
                or (text[end - 1] in _CLOSE_QUOTES and not _quote_is_closed(text[start:end]))
            )
        ):
            end -= 1
        if end - 1 > start and text[end - 1] == "." and text[end - 2] in "\u201d\u2019":
            return self._trim_end(start, end - 1)
        return end

    def _node(self, kind: ItemKind, label: str | None, start: int, end: int, line: int) -> _Node:
        start = self._skip_marks(start, end)
        for heading in _HEADINGS_BEFORE_WORDS:
            m = patterns.get(heading).match(self.text, start, end)
            if m is not None and m.end() < end:
                start = self._skip_marks(m.end(), end)
        end = self._trim_end(start, end)
        return _Node(kind=kind, label=label, start=start, end=end, line=line, indent=self.lines[line].line.indent)


# What a flattened page or a run-together line prints before an item's own words, none of them the item's (each a
# pattern in `rules.decisions`, tried in this order):
_HEADINGS_BEFORE_WORDS = (
    # a meeting page flattened into a table: "| ... Additional documents: Minutes: The minutes ... were approved as
    # a correct record. |" (the cell's border is trimmed at the end)
    "page_field_labels_start",
    # a minute's number and title on their line, no stop, run into the prose decision under them ("2307.03 Minutes
    # of the Meeting ... on 12th June 2023" / "It was resolved that the minutes ... are approved")
    "minute_heading_over_prose",
    # a planning application's reference and site run onto the meeting's words on it ("172267: Fayreburn Lucton,
    # single storey side extension: It was agreed that ...")
    "application_heading_start",
)


def _has_word(text: str) -> bool:
    """Two letters running: a word, not a number ("2012:") or a lone label."""
    return any(a.isalpha() and b.isalpha() for a, b in itertools.pairwise(text))
