"""Rules as data: the vocabularies and named regex pieces the extractors use.

Each module holds plain tables (``PIECES`` and ``PATTERNS`` dictionaries, word
lists); nothing here is compiled.  `minutes_parser.patterns` compiles them
lazily.  Names are unique across modules; a test checks it.
"""

from __future__ import annotations

from . import (
    agendas,
    attributions,
    authority,
    bodies,
    common,
    comparisons,
    dates,
    decisions,
    fields,
    motions,
    names,
    people,
    references,
    rosters,
    structure,
)

__all__ = ["FORMS", "MODULES", "PATTERNS", "PIECES"]

MODULES = (
    common,
    dates,
    fields,
    bodies,
    names,
    people,
    rosters,
    structure,
    decisions,
    agendas,
    attributions,
    comparisons,
    motions,
    authority,
    references,
)

PIECES: dict[str, str] = {}
PATTERNS: dict[str, str] = {}
FORMS: dict[str, tuple[str, ...]] = {}  # patterns also searched form by form
for _module in MODULES:
    FORMS.update(getattr(_module, "FORMS", {}))
    PIECES.update(_module.PIECES)
    PATTERNS.update(_module.PATTERNS)
