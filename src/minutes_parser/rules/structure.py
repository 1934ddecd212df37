"""Structure rules: list labels, section headings and the preambles that open
recommendations and resolutions.  Pure data; `minutes_parser.patterns`
compiles it."""

from __future__ import annotations

PIECES: dict[str, str] = {
    "bullet_char": r"[\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219\u00b7\uf0b7\uf0a7\uf076\uf0d8\u27a2\u25a0\u25a1o\-\*]",
}

PATTERNS: dict[str, str] = {
    # A list label at the start of a line, then at least one blank (or a tab).
    # Alternatives are tried in order: multilevel before decimal, roman before alpha.
    "list_label": r"""
        (?P<label>
            (?P<word_label> (?:recommendation|resolution) \s+ (?P<word_number>\d{1,3}|[a-z]) \s* [:.\-\u2013]? )
          | \(? (?P<multilevel> \d{1,2} (?: \.\d{1,2}){1,3} ) \.? \)?
          | \( (?P<decimal>\d{1,3}) \) | (?P<decimal>\d{1,3}) [.)]
          | \( (?P<roman>{roman_lower}|{roman_upper}) \) | (?P<roman>{roman_lower}|{roman_upper}) [.)]
          | \( (?P<alpha>[a-zA-Z]) \) | (?P<alpha>[a-zA-Z]) [.)]
          | (?P<bullet> {bullet_char} )
        )
        (?: [ \t\u00a0]+ | $ )
    """,
}
