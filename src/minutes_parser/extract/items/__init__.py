"""Recommendations and resolutions as numbered item trees: the entry points the pipeline calls.

`reader` runs one pass over a document's lines and says how items are found;
the package is split by concern:

- `cues`: the sizes, distances and marks the reader goes by, and small tests of text;
- `nodes`: the item tree before it becomes records;
- `lines`: what each line is, where a paragraph ends, trimming an item's words;
- `lists`: headings and preambles and the lists or paragraphs they open;
- `forms`: numbered resolutions, moved motions, labelled recommendations, notices of motion;
- `prose`: decisions written as sentences in minutes;
- `merging`: restatements counted once, and nodes turned into `Item` records.
"""

from __future__ import annotations

from .reader import extract_recommendations, extract_resolutions

__all__ = ["extract_recommendations", "extract_resolutions"]
