"""Pieces every rule family uses, and the page furniture a reader skips."""

from __future__ import annotations

PIECES: dict[str, str] = {
    "dash": r"[-\u2010-\u2015\u2212]",
    "roman_lower": r"(?-i:(?:x{0,3})(?:ix|iv|v?i{0,3}))",
    "roman_upper": r"(?-i:(?:X{0,3})(?:IX|IV|V?I{0,3}))",
}

PATTERNS: dict[str, str] = {
    "digits": r"\d+",
    "space_run": r"\s+",
    # ---- reading sources
    "line_break": r"\r\n|\r|\n",
    # a font name that says bold ("Arial-BoldMT", "Calibri Semibold")
    "pdf_bold_font": r"bold|black|heavy|semibold|demi",
    # where a list label touches its words in a PDF's text ("1.1On", "(a)The")
    "pdf_glued_label": r"(?<=[0-9][.)]?|[.)])(?=[a-z(])",
    # the same places found by their first character: a line with none is not measured (the lookbehind above,
    # tried at every position of every line, cost more than the rest of a line's reading)
    "pdf_glued_pair": r"[0-9.)](?=[a-z(])",
    # Markdown of converted documents: a rule line between scanned pages (markdown-it reads the rest)
    "md_rule": r"\s*(?:-{3,}|\*{3,}|_{3,})\s*",
    # a Markdown file's front matter, the metadata a site generator or converter puts first between two "---"
    # lines ("---" / "title: Minutes ..." / "date: 2023-04-12" / "tags:" / "- Road" / "---"), its keys in lower
    # case; near miss: a first page's closing rule after lines of the paper ("Present: Ann Lee" / "---")
    "md_front_matter": r"""\A[ \t]*---[ \t]*\n
        (?:[ \t]*(?:(?-i:[a-z_][a-z0-9_\-]*)[ \t]*:(?:[ \t][^\n]*)?|-[ \t][^\n]*|\#[^\n]*)?[ \t]*\n){1,80}?
        [ \t]*(?:---|\.\.\.)[ \t]*(?:\n|\Z)""",
    # a converter's header line over a converted paper: its record of where the file came from, as a quoted or
    # bold "Key: value" ("> Source: https://...", "> Meeting date: 2023-04-12", "**Format:** pdf-text"), an HTML
    # comment, or the converter's own heading ("# City Council Meeting") as the header's first line; which keys
    # name a file's provenance is the table CONVERTER_META_KEYS below
    "md_converter_meta_line": r"""(?-i)
        # (or as a list's entries: "- **Title:** Planning Commission Meeting Agenda and Packet", or plain: "- Source
        # PDF: https://...", "- Fetched: 2026-04-18T18:11:10Z"; a block is the converter's only with a provenance key)
        (?:>[ \t]*(?:\*\*)?|(?:[\-*][ \t]+)?\*\*|[\-*][ \t]+(?=[A-Za-z][A-Za-z0-9 _/()\-]{0,38}?[ \t]*:[ \t]))
        (?P<key>[A-Za-z][A-Za-z0-9 _/()\-]{0,38}?)[ \t]*(?::\*\*|\*\*:|:)(?:[ \t][^\n]*)?
        | <!--[^\n]*-->[ \t]*""",
    "md_converter_heading": r"""\#{1,2}[ \t]+\S[^\n]*""",
    # the keys of such a header that name where a file came from: one of them makes a block of "Key: value" lines
    # at a Markdown file's head the converter's record, not the paper's words (ANNOTATION.md: "take neither title
    # nor dates from them"); near miss: a paper's own "**Date:** 5 May 2024" / "**Venue:** Hall", no such key
    "md_converter_provenance_key": r"""
        source(?:[ _](?:url|vendor|index|pdf))? | url | retrieved | format | raw(?:[ _]file)? | provenance | harvested
        | pmn[ _](?:file|notice)[ _]id | in-body[ _]date[ _]match | extraction[ _]confidence | text[ _]chars""",
    # a section a converter appended after the paper, its heading saying it was derived from the paper: "## Motions
    # (extracted)", "## Summary (auto-generated)" (near miss: "## Motions", a heading of the paper's own)
    "md_converter_appendix": r"""(?m)^ \#{1,6} [ \t]+ [^\n()]{1,60}? [ \t]* \( [ \t]*
        (?: (?:auto|machine)[ \-]? )? (?: extracted | generated | summari[sz]ed ) [ \t]* \) [ \t]* $""",
    # a glyph a font without a ToUnicode map leaves in the text: pdfminer's "(cid:18)", pdfium's control codes
    "pdf_unmapped_glyph": r"\(cid:\d+\)|[\x01-\x08\x0b\x0c\x0e-\x1f]",
    # asterisks CommonMark leaves as text where converters meant bold ("Present**:**")
    "md_stray_strong": r"\*{2,}",
    # an inline HTML tag in Markdown, opening or closing ('<span data-pagefind-filter="Year" style="display:none;">',
    # '</span>')
    "md_inline_tag": r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9]*)\b",
    # a style or attribute that hides an element's text from the reader: "display:none", "visibility:hidden",
    # "hidden" (near miss: "display:inline")
    "md_hidden_style": r"""display\s*:\s*none|visibility\s*:\s*hidden|\shidden(?:[\s=>/]|$)""",
    # an HTML start or end tag's name, to count how deep a page nests before it is parsed
    "lone_surrogate": r"[\ud800-\udfff]",
    # an HTML line break left as text in a plain page ("... the official record <br />The Board ..."), with the
    # blanks and the line end around it
    "text_break_tag": r"[ \t]*<br[ \t]*/?>[ \t]*\n?",
    "html_tag_open": r"<(/?)([a-z][a-z0-9-]{0,40})",
    # A web page saved under a server's name (".php", ".aspx", ".cfm", none): it opens with an
    # HTML element, not with words.
    "html_start": r"""
        ^ \s* (?: <!-- .{0,200}? --> \s* )?
        < (?: !doctype \s+ html | html | head | body | div | p | table | span | section | article | main | header
            | button | nav | h[1-6] | ul | ol | form | meta | link | title | time ) \b
    """,
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
