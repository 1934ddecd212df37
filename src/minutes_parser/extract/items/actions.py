"""Roll-call action summaries (US council "meeting reports"): each entry opens with the roll-call
number the clerk gave it ("99-468 5. Git N Go Store ...", "05-1107 (A) Bridge Rehabilitation ..."),
then the motion that disposed of it ("Moved by Smith to adopt. Motion Carried 6-1."), sometimes
printed in a column beside the item.  The item's words are the decision, labelled by its roll-call
number; an entry whose motion failed, the roll call itself and an item only discussed are none.
"""

from __future__ import annotations

import functools

from ... import patterns
from ...records import DocumentKind, ItemKind
from ...text import normalise_space
from .cues import MAX_MOTION_LINES, MIN_ROLL_CALL_ENTRIES, _abbreviation_at_end
from .lines import _Lines
from .nodes import _Node


class _Actions(_Lines):
    """The finder for a roll-call numbered entry of an action summary."""

    @functools.cached_property
    def _roll_call_lines(self) -> frozenset[int]:
        """The lines that open a roll-call entry, where the document is an action summary (minutes
        with several of them); none elsewhere (an agenda's "File 20-1234" is no decision)."""
        if self.ctx.kind != DocumentKind.MINUTES:
            return frozenset()
        start = patterns.get("roll_call_entry_start")
        found = frozenset(
            k for k, info in enumerate(self.lines) if info.label is None and start.match(self._entry_text(k))
        )
        if len(found) < MIN_ROLL_CALL_ENTRIES:
            return frozenset()
        # the entries' motions are recorded (a list of numbered files with no votes decides nothing)
        outcomes = len(patterns.get("roll_call_carried_in").findall(self.text)) + len(
            patterns.get("roll_call_failed_in").findall(self.text)
        )
        return found if outcomes * 2 >= len(found) else frozenset()

    def _entry_text(self, k: int) -> str:
        info = self.lines[k]
        return self.text[self._skip_marks(info.line.start, info.line.end) : info.line.end]

    def _roll_call_entry(self, i: int) -> tuple[ItemKind, list[_Node], int]:
        """ "99-468 5. Item words. Moved by X to adopt. Motion Carried 7-0." as one decision."""
        info = self.lines[i]
        head = self._skip_marks(info.line.start, info.line.end)
        m = patterns.get("roll_call_entry_start").match(self.text[head : info.line.end])
        assert m is not None
        region_end = i + 1
        while (
            region_end < len(self.lines)
            and region_end not in self._roll_call_lines
            and region_end < i + MAX_MOTION_LINES
        ):
            region_end += 1
        for k in range(i, region_end):
            self.used.add(k)
        start = head + m.end()
        end = self._entry_words_end(i, start, region_end)
        words = self.text[start:end]
        region = self.text[start : self.lines[region_end - 1].line.end]
        motion = region[len(words) :]
        if patterns.get("roll_call_not_decision_in").search(words.strip()):
            return ItemKind.RESOLUTION, [], region_end
        carried = patterns.get("roll_call_carried_in").search(motion)
        failed = patterns.get("roll_call_failed_in").search(motion)
        if failed is not None and (carried is None or failed.start() < carried.start()):
            return ItemKind.RESOLUTION, [], region_end
        if carried is None and patterns.get("roll_call_motion_in").search(motion):
            return ItemKind.RESOLUTION, [], region_end  # moved, with no outcome printed
        if carried is not None:
            end = self._with_own_motion(end, motion[: carried.start()])
        node = self._node(ItemKind.RESOLUTION, m.group("number"), start, end, i)
        return ItemKind.RESOLUTION, [node], region_end

    def _with_own_motion(self, end: int, motion: str) -> int:
        """Where the decision ends when its motion disposes of the item otherwise than as printed:
        "... District. Moved by Smith to delay final consideration until May 23." keeps the motion."""
        moved = patterns.get("roll_call_moved_start").match(motion)
        if moved is None:
            return end
        stop = motion.rfind(".")
        if stop < moved.start("wording"):
            return end
        wording = normalise_space(motion[moved.start("wording") : stop + 1])
        if not patterns.get("roll_call_own_motion").match(wording):
            return end  # "to adopt", "that this ordinance be considered": the item is the decision
        return end + stop + 1

    def _entry_words_end(self, i: int, start: int, region_end: int) -> int:
        """Where an entry's own words end: where its motion begins, or at the end of its paragraph
        (a heading or a line in the other column stops it)."""
        motion = patterns.get("roll_call_motion_in")
        k = i
        pos = start
        while True:
            line = self.lines[k].line
            found = motion.search(self.text[pos : line.end])
            if found is not None:
                return pos + found.start()
            if k + 1 >= region_end:
                return line.end
            nxt = self.lines[k + 1]
            body = self.text[line.start : line.end].rstrip()
            following = self._body(k + 1).strip()
            if motion.match(following):
                return line.end
            if body.endswith((".", ":")) and not following[:1].islower() and not _abbreviation_at_end(body):
                return line.end
            if self._heading_like(k + 1) or nxt.label is not None:
                return line.end
            k += 1
            pos = nxt.line.start
