"""People in tables: read cell by cell, never across a cell's border.

A table's row is printed on one line of the document text, so a name read from
that line can run into the next cell: "Forest of Dean | Income" reads "Dean
Income", "Report Author | Simon Chambers" reads "Author Simon Chambers".
`crossing_cells` tells such a candidate; `table_mentions` reads the cells on
their own:

- a cell that is a name, a comma and a role: "Neil Kirby, Head of Regeneration";
- a cell that is a name after an honorific, or a bare name of two words or
  more when the cell beside it in the same row is a role and nothing else
  ("Cllr Ann Lee | Chair", "Chair | Ann Lee"); the role is then that cell's.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...records import Table, TableCell
from ...text import normalise_space
from ..context import Context
from .entries import _name_comma_role
from .kinds import _role_kind
from .names import _tokens
from .prose import _honorific_mentions
from .roles import _bare_full_name, _read_role, _role_like
from .vocab import _LIST, _Cand, _Rx, _Vocab

__all__ = ["crossing_cells", "table_mentions"]


def crossing_cells(cand: _Cand, tables: tuple[Table, ...]) -> bool:
    """The candidate's name starts in one cell and ends outside it (in the next cell's text); a
    name broken over two lines of one cell ("Fay / Hammond") stays in its cell."""
    if cand.end <= cand.start:
        return False
    return _cell_of(cand.start, tables) is not _cell_of(cand.end - 1, tables)


def _cell_of(offset: int, tables: tuple[Table, ...]) -> TableCell | None:
    for table in tables:
        cell = table.cell_at(offset)
        if cell is not None:
            return cell
    return None


def table_mentions(ctx: Context, v: _Vocab, rx: _Rx) -> Iterator[_Cand]:
    text = ctx.text
    for table in ctx.source.tables:
        for row in table.rows:
            for i, cell in enumerate(row):
                if len(cell.spans) != 1:
                    continue
                cand = _cell_person(text, cell, v, rx)
                if cand is None:
                    continue
                if cand.role is None:
                    role = _neighbour_role(text, row, i, v)
                    if role is None and not cand.honorifics:
                        continue  # a bare name alone in a cell may be a ward or a street: "Faraday Ward"
                    if role is not None:
                        cand.role, cand.role_rank = role, _LIST
                        kind = _role_kind(role)
                        if kind is not None and cand.kind is None:
                            cand.kind, cand.kind_rank = kind, _LIST
                yield cand


def _cell_person(text: str, cell: TableCell, v: _Vocab, rx: _Rx) -> _Cand | None:
    a, b = cell.spans[0].start, cell.spans[0].end
    while b > a and text[b - 1] in " .,;":
        b -= 1
    if b <= a:
        return None
    got = _name_comma_role(text, a, b, v, rx)
    if got is not None:
        return got
    if rx.hon_name.match(text, a, b):
        cands = list(_honorific_mentions(text, v, rx, a, b))
        if len(cands) != 1 or text[cands[0].end : b].strip():
            return None
        cand = cands[0]
        if cand.role and cand.role not in normalise_space(text[a:b]):
            cand.role, cand.role_rank = None, 0  # read from another cell ("Clerk | Cllr Tom Brady" above it)
        return cand
    name = normalise_space(text[a:b])
    if not _bare_full_name(name, v, rx):
        return None
    cand = _Cand(start=a, end=b, name=name)
    cand.mention_only = not _tokens(name)[0]
    return cand


def _neighbour_role(text: str, row: tuple[TableCell, ...], i: int, v: _Vocab) -> str | None:
    """The role in the cell after (or else before) cell `i`, when that cell is a role and nothing else."""
    for j in (i + 1, i - 1):
        if not 0 <= j < len(row) or len(row[j].spans) != 1:
            continue
        a, b = row[j].spans[0].start, row[j].spans[0].end
        while b > a and text[b - 1] in " .,;":
            b -= 1
        got = _read_role(text, a, v)
        if got is None or not b - 1 <= got[2] <= b:
            continue  # not the whole cell, or run on into the next one
        if _role_like(got[0]):
            return got[0]
    return None
