"""Recommended versus resolved.

(First cut: nothing paired yet.)
"""

from __future__ import annotations

from .records import Document, Item, Pair

__all__ = ["compare", "compare_items"]


def compare_items(recommendations: tuple[Item, ...], resolutions: tuple[Item, ...]) -> tuple[Pair, ...]:
    return ()


def compare(report: Document, minutes: Document | None = None) -> tuple[Pair, ...]:
    if minutes is None:
        return compare_items(report.recommendations, report.resolutions)
    return compare_items(report.recommendations, minutes.resolutions)
