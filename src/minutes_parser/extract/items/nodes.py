"""The item tree the reader builds before it becomes `Item` records: `_Node`, and how list labels
nest (`_signature`) and number on (`_follows`).
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import define, field

from ...records import ItemKind
from ...structure import ListLabel
from .cues import MAX_NUMBER_GAP


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
