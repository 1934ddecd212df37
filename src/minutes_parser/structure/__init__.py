"""The structure step: what each line of a document is before anything is extracted from it.

`labels` reads the list label (``1.``, ``(a)``, ``iv)``, bullets, "Recommendation
1:") each line starts with and gives the `Structure` of lines the extractors read;
`sections` tells which agenda item (minute) each line falls under.  This layer
reads `sources` and the foundation (records, rules, patterns, text) only.
"""

from __future__ import annotations

from .labels import LineInfo, ListLabel, Structure, analyse, parse_label, roman_value
from .sections import agenda_items

__all__ = ["LineInfo", "ListLabel", "Structure", "agenda_items", "analyse", "parse_label", "roman_value"]
