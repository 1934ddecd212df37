"""Recommendations and resolutions as numbered item trees: the entry points the pipeline calls.

How the reader finds them is told in `reader`.
"""

from __future__ import annotations

from .reader import extract_recommendations, extract_resolutions

__all__ = ["extract_recommendations", "extract_resolutions"]
