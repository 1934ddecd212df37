"""Warm the pipeline up on import: the scan's forkserver preloads this module.

`minutes_parser.scan` starts its worker processes from a forkserver that
imports this module once; each worker is then forked with every vocabulary,
compiled rule and spaCy pipeline already built, so no worker pays the start-up
again (and a worker that replaces a crashed one is ready at once).  Library code
never imports this module.

The cyclic garbage collector is off while the imports and the warm-up build
their objects (it would walk them over and over: ~15 % of the start-up), and
what they built is then frozen out of later collections, so that the workers
forked from here neither walk nor write to it (their pages stay shared).
"""

from __future__ import annotations

import contextlib
import gc

gc.disable()
try:
    from .pipeline import parse_text
    from .scan.workers import WARM_UP, WARM_UP_MINUTES

    with contextlib.suppress(Exception):
        parse_text(WARM_UP)
        parse_text(WARM_UP_MINUTES)
finally:
    gc.freeze()
    gc.enable()
