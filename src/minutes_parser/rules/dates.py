"""dates rules: filled in by the dates extractor."""

from __future__ import annotations

PIECES: dict[str, str] = {}
PATTERNS: dict[str, str] = {}
