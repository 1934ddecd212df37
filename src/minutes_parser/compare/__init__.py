r"""Recommended versus resolved: pair each recommendation with the resolution that enacts it.

    >>> from minutes_parser import compare, parse
    >>> doc = parse("Recommendations:\n1. Agree the terms of reference.\n\nRESOLVED that:\n"
    ...             "1. The terms of reference be agreed.\n")
    >>> [(p.status.value, p.similarity) for p in compare(doc)]
    [('reworded', 1.0)]

Within one document (`compare_items`, which the pipeline runs for
`Document.comparison`) and across two (`compare(report, minutes)`, which first
finds the minute on the report's matter).  Each side's `Item.span` points into
its own document; `Comparison.report` and `Comparison.minutes` say which.

The modules, by concern:

* `diffs`: two wordings side by side (folded wording, substance, word diff,
  `classify`);
* `nodes`: the item trees as numbered nodes, labels, a pair's score;
* `statuses`: what a resolution says about the recommendations (by its
  words, by reference, a bare "AGREED", a deferral);
* `pairing`: `compare_items`, the alignment of the two lists;
* `documents`: `compare` and `same_matter`, whole documents.

The layer reads records and the extract layer's output, never the pipeline or
the views.  ``minutes_parser.compare`` is this package, and it can be called:
calling it calls its function `compare` (so ``minutes_parser.compare(report,
minutes)`` and ``from minutes_parser import compare`` work as they always did,
and ``import minutes_parser.compare.diffs`` cannot shadow the function).
"""

from __future__ import annotations

import sys
import types
from typing import Any

from ..records import Comparison
from .documents import compare, same_matter
from .nodes import norm_label
from .pairing import compare_items

__all__ = ["Comparison", "compare", "compare_items", "norm_label", "same_matter"]


class _CallablePackage(types.ModuleType):
    """This package, callable as `compare` (see the module docstring)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Comparison:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
