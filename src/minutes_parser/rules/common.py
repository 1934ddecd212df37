"""Pieces every rule family uses, and the page furniture a reader skips."""

from __future__ import annotations

PIECES: dict[str, str] = {
    "dash": r"[-\u2010-\u2015\u2212]",
    "roman_lower": r"(?-i:(?:x{0,3})(?:ix|iv|v?i{0,3}))",
    "roman_upper": r"(?-i:(?:X{0,3})(?:IX|IV|V?I{0,3}))",
}

PATTERNS: dict[str, str] = {
    "digits": r"\d+",
    # A line that is only a page number: "3", "Page 3", "Page 3 of 12", "- 3 -", "3 | Page".
    "page_number_line": r"""
        (?: page \s* \d{1,4} (?: \s* (?:of|/) \s* \d{1,4})?
          | \d{1,4} \s* (?: of | / ) \s* \d{1,4}
          | {dash}? \s* \d{1,4} \s* {dash}?
          | \d{1,4} \s* \| \s* page
          | page \s* \| \s* \d{1,4}
        )
    """,
    # A running header or footer built around the page number:
    # "Page 2 – Minutes – October 28, 2025", "Cabinet, 12 March 2026 | Page 3 of 12".
    "page_number_furniture": r"""
        (?: page \s* \d{1,4} (?: \s* (?:of|/) \s* \d{1,4})? \s* (?:{dash}|\||·|•) \s* \S.{0,120}
          | .{0,120}\S \s* (?:{dash}|\||·|•) \s* page \s* \d{1,4} (?: \s* (?:of|/) \s* \d{1,4})?
        )
    """,
    "blank_page_notice": r"""
        this \s+ page \s+ (?:has \s+ been \s+ |is \s+ )? (?:intentionally|deliberately) \s+ (?:left \s+)? blank \.?
    """,
}
