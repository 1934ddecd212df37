"""The scan's former home, kept so that ``from minutes_parser import batch`` goes on working.

Everything lives in `minutes_parser.scan` now (a package: inputs, journal,
workers, Dask, progress, outputs and tables); use that.
"""

from __future__ import annotations

from .scan import (
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_TIMEOUT,
    JOURNAL,
    LOCK,
    WARM_UP,
    ScanLockedError,
    ScanResult,
    WorkerStartError,
    expand_inputs,
    scan,
)

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "JOURNAL",
    "LOCK",
    "WARM_UP",
    "ScanLockedError",
    "ScanResult",
    "WorkerStartError",
    "expand_inputs",
    "scan",
]
