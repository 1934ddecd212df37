"""A body's name completed from the rest of the document, where its heading names it only in part.

* A bare board ("Regular Board Meeting" gives "Board"; "BOARD OF WATER AND POWER / COMMISSIONERS"
  broken over two lines gives "Commissioners" or the first line) takes the board's full name the
  document prints most often in its first pages ("The Board of Directors of the X Water District
  holds ...").
* Minutes or an agenda under a US township's or town's letterhead ("Colfax Township", "Town of
  North Star") that name no body but speak of its "Board members" are the Township Board's or the
  Town Board's.

The rules are data in `minutes_parser.rules.bodies`; `minutes_parser.extract.fields` calls these.
"""

from __future__ import annotations

import collections
from collections.abc import Sequence

from .. import patterns
from ..records import DocumentKind
from ..rules.bodies import BARE_BOARD_NAMES
from ..text import normalise_space

__all__ = ["completed_body"]

BOARD_CHARS = 8000  # where a board's full name is looked for: its agenda's or minutes' first pages
LETTERHEAD_LINES = 4  # where a township's letterhead stands


def completed_body(body: str | None, kind: DocumentKind, lines: Sequence[str], text: str) -> str | None:
    """The body in full where the heading named it in part (see the module docstring), else `body`."""
    if body is not None and normalise_space(body).lower() in BARE_BOARD_NAMES:
        return _board_in_full(text) or body
    if body is not None and normalise_space(body).lower().startswith("board of "):
        # a name broken over two lines: "BOARD OF HARBOR AND PORT" / "COMMISSIONERS"
        full = _board_in_full(text)
        if full is not None and full.lower().startswith(normalise_space(body).lower() + " "):
            return full
    if body is None and kind in (DocumentKind.MINUTES, DocumentKind.AGENDA):
        return _township_board(lines, text)
    return body


def _board_in_full(text: str) -> str | None:
    """The board's full name printed most often (the first of equals) in the document's first pages."""
    names = [normalise_space(m.group(0)) for m in patterns.get("board_in_full").finditer(text[:BOARD_CHARS])]
    if not names:
        return None
    counts = collections.Counter(name.lower() for name in names)
    best = max(counts.values())
    return next(name for name in names if counts[name.lower()] == best)


def _township_board(lines: Sequence[str], text: str) -> str | None:
    """ "Township Board" or "Town Board" under a township's or town's letterhead whose board is spoken of."""
    for line in lines[:LETTERHEAD_LINES]:
        m = patterns.get("township_letterhead").search(line)
        if m is None:
            continue
        if not patterns.get("board_members_present").search(text[:BOARD_CHARS]):
            return None
        return "Township Board" if m.group("township") else "Town Board"
    return None
