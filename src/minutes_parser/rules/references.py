"""Reference-number rules: the decision, resolution, minute or ordinance number printed with an item
or its heading ("Decision No: 24/00108", "R2025-193 S. Foote, L. Chalapenko:", "Resolution No. 2021-45",
"Minute 291", "Ordinance No. 1234", "88. 24/00108 - Revenue and Capital Budget").  Pure data;
`minutes_parser.patterns` compiles it, `minutes_parser.extract.references` applies it.

Not references: a number without its label ("Appendix 2", "page 24/00108", "paragraph 3.2"), a label
without a number ("Resolution No. ___"), a label in the middle of a sentence ("as recorded in Minute 291").
"""

from __future__ import annotations

PIECES: dict[str, str] = {
    # The number itself: "24/00108", "R2025-193", "2021-45", "291", "CC-22-01", "A-394", "298-22".
    "reference_number": r"""
        (?<! [\w/\-.] )
        (?: (?-i:[A-Z]{1,4}) [\-\ ]? )? \d{1,6} (?: [/\-.] \d{1,6} ){0,3} (?-i:[A-Z])?
        (?! [\w/] | [\-.]\d )
    """,
    # The printed forms of a numbered decision: a label and its number.
    "reference_word": r"""
        (?: (?:key \s+ |executive \s+ |officer \s+ )? decision | resolution | minute | ordinance | by-?law
          | record \s+ of \s+ decision | (?:decision \s+ )? ref(?:erence)? )
    """,
    # The label on the number's line ("Resolution No. 2021-45", "Minute 291 -"), or alone on the line above
    # when it says it is a number ("DECISION NO:" / "24/00096"), never a sentence's last word ("... this
    # resolution" / "10.1 - Procurement Plan").
    "reference_label": r"""
        {reference_word} [ \t]* (?: (?: no\.? | num(?:ber)?\.? | \# | ref(?:erence)?\.? ) [ \t]* )? [:.\-\u2013]? [ \t]*
      | {reference_word} [ \t]* (?: (?: no\.? | num(?:ber)?\.? | \# ) [ \t]* :? | : ) [ \t]* \n [ \t]*
    """,
    # A numbered decision in its own format, without a label: "R2025-193" (a letter, a year, a number),
    # "24/00108" (a two-digit year and a five-digit number).
    "reference_bare": r"""
        (?<! [\w/\-.] ) (?: (?-i:[A-Z]{1,3}) -? (?:19|20)\d\d - \d{1,4} | \d\d / \d{5} ) (?! [\w/] | [\-.]\d )
    """,
}

PATTERNS: dict[str, str] = {
    # A line that opens with a labelled number: "Decision No: 24/00096", "RESOLUTION NO. 2021-25: A RESOLUTION
    # OF ...", "Minute 291 - Budget"; or with the label alone, the number on the next line ("DECISION NO:" /
    # "24/00096").
    "reference_line": r"""
        (?m: ^ ) [ \t]* (?:\d{1,3}[.)] [ \t]+)? {reference_label} (?P<number> {reference_number} )
        (?= [ \t]* (?: (?m: $ ) | [:\-\u2013\u2014,(] | [ \t] (?-i:[A-Z]) ) )
    """,
    # A line (a label, an agenda title) that opens with a numbered decision in its own format:
    # "R2025-193 S. Foote, L. Chalapenko:", "24/00108 - Revenue and Capital Budget Monitoring".
    "reference_bare_line": r"""
        (?m: ^ ) [ \t]* (?:\d{1,3}[.)] [ \t]+)? (?P<number> {reference_bare} )
        (?= [ \t]* (?: (?m: $ ) | [:\-\u2013\u2014,] | [ \t] \w ) )
    """,
}
