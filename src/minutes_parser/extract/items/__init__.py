"""Recommendations and resolutions as numbered item trees: the entry points the pipeline calls.

`reader` runs one pass over a document's lines and says how items are found;
the package is split by concern:

- `cues`: the sizes, distances and marks the reader goes by, and small tests of text;
- `nodes`: the item tree before it becomes records;
- `lines`: what each line is, where a paragraph ends, trimming an item's words;
- `lists`: headings and preambles and the lists or paragraphs they open;
- `forms`: numbered resolutions, moved motions, labelled recommendations, notices of motion;
- `prose`: decisions written as sentences in minutes;
- `merging`: restatements counted once, and nodes turned into `Item` records;
- `agenda`: an agenda's entries worded as actions, where it prints no recommendation;
- `action_lines`: minutes' dispositions printed on "Action:" lines;
- `table_cells`: minutes' dispositions printed in a table's column of outcomes.
"""

from __future__ import annotations

from .action_lines import action_lines
from .agenda import agenda_actions
from .reader import extract_recommendations, extract_resolutions, with_consent_entries
from .table_cells import table_dispositions

__all__ = [
    "action_lines",
    "agenda_actions",
    "extract_recommendations",
    "extract_resolutions",
    "table_dispositions",
    "with_consent_entries",
]
