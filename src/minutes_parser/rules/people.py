"""people rules: filled in by the people extractor."""

from __future__ import annotations

PIECES: dict[str, str] = {}
PATTERNS: dict[str, str] = {}
