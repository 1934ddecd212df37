"""How records look to people: plain text for the terminal, HTML for Jupyter and ``--format html``.

The one rendering module: the CLI's text summaries, ``compare --format html``,
`Document._repr_html_` and `Comparison._repr_html_` all draw from here.  The
records cannot import this module (it imports them): it registers its HTML
functions in `records.HTML_VIEWS` when imported, and the package imports it.
Presentation only; everything printed in HTML is escaped.

The table's cells carry their alignment in inline styles as well as in the
stylesheet: JupyterLab's own rule for rendered tables
(``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td {text-align: right}``,
specificity 0,2,1) outranks a class selector such as ``.mp-cmp td`` (0,1,1),
and an inline style outranks every selector.  ``benchmarks/screenshot_comparison.py``
shows the view under JupyterLab's rules in headless Chromium (docs/compare_view.png).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from .records import HTML_VIEWS, Comparison, DiffOp, DiffOpKind, Document, Item, Pair, Status

__all__ = [
    "STATUS_COLOURS",
    "comparison_html",
    "comparison_text",
    "diff_html",
    "diff_text",
    "document_html",
    "document_text",
    "page_html",
    "pairs_html",
]

STATUS_COLOURS: dict[Status, str] = {
    Status.VERBATIM: "#1a7f37",
    Status.REWORDED: "#0969da",
    Status.AMENDED: "#9a6700",
    Status.NOT_RESOLVED: "#cf222e",
    Status.ADDED: "#8250df",
}

# The diff is shown for these statuses only (a verbatim pair has none worth reading).
_DIFF_SHOWN = (Status.REWORDED, Status.AMENDED)

# Cells are styled inline (see the module docstring): JupyterLab right-aligns table cells with a
# selector that outranks the stylesheet below, which stays for other hosts and for `del`/`ins`.
_CELL = "border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left"
_STYLE = """<style>
.mp-cmp{border-collapse:collapse;font-size:0.9em}
.mp-cmp th,.mp-cmp td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
.mp-cmp .mp-status{color:#fff;border-radius:3px;padding:1px 5px;white-space:nowrap}
.mp-cmp del{background:#ffebe9;color:#82071e}
.mp-cmp ins{background:#dafbe1;color:#116329;text-decoration:none}
.mp-cmp .mp-label{color:#57606a;font-weight:bold}
</style>"""


# ----------------------------------------------------------------------------- text


def diff_text(ops: Sequence[DiffOp]) -> str:
    """A diff as one line: equal words as they are, ``[-deleted-]`` and ``{+inserted+}``."""
    parts = []
    for op in ops:
        words = " ".join(op.words)
        if op.op is DiffOpKind.DELETE:
            parts.append(f"[-{words}-]")
        elif op.op is DiffOpKind.INSERT:
            parts.append(f"{{+{words}+}}")
        else:
            parts.append(words)
    return " ".join(parts)


def _side_text(item: Item | None) -> str:
    if item is None:
        return "-"
    return f"{item.label} {item.text}" if item.label else item.text


def comparison_text(comparison: Comparison) -> str:
    """A plain-text report: one block per pair with its diff marked [-deleted-] {+inserted+}."""
    lines = []
    if comparison.report is not None:
        lines.append(f"report:  {comparison.report.source or '<text>'}")
    if comparison.minutes is not None:
        lines.append(f"minutes: {comparison.minutes.source or '<text>'}")
    counts = ", ".join(f"{k} {v}" for k, v in comparison.counts().items() if v)
    lines.append(f"pairs: {len(comparison)}" + (f" ({counts})" if counts else ""))
    lines.extend(f"warning {w.code}: {w.message}" for w in comparison.warnings)
    for p in comparison:
        lines.append("")
        lines.append(f"[{p.status.value}] similarity {p.similarity:.2f}")
        lines.append(f"  recommended: {_side_text(p.recommendation)}")
        lines.append(f"  resolved:    {_side_text(p.resolution)}")
        if p.diff and p.status in _DIFF_SHOWN:
            lines.append(f"  diff:        {diff_text(p.diff)}")
    return "\n".join(lines)


def document_text(document: Document) -> str:
    """A short human-readable summary of a parsed document (``minutes-parser parse``)."""
    lines = [
        f"{document.source or '<text>'}",
        f"  kind: {document.kind.value}   pages: {document.pages}",
        f"  title: {document.title or '-'}",
        f"  body: {document.body or '-'}   meeting date: {document.meeting_date or '-'}",
    ]

    def tree(items: Sequence[Item], depth: int) -> None:
        for item in items:
            label = f"{item.label} " if item.label else ""
            lines.append(f"{'  ' * depth}- {label}{item.text}")
            tree(item.children, depth + 1)

    for heading, items in (("recommendations", document.recommendations), ("resolutions", document.resolutions)):
        lines.append(f"  {heading}: {sum(len(i.walk()) for i in items)}")
        tree(items, 2)
    if document.people:
        lines.append(f"  people: {len(document.people)}")
        for person in document.people:
            extra = ", ".join(x for x in (person.role, person.kind.value) if x)
            lines.append(f"    - {person.honorific + ' ' if person.honorific else ''}{person.name} ({extra})")
    if document.dates:
        values = sorted({d.value for d in document.dates})
        lines.append(f"  dates: {', '.join(values)}")
    for w in document.warnings:
        lines.append(f"  warning {w.code}: {w.message}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- HTML


def diff_html(ops: Sequence[DiffOp]) -> str:
    """A diff as HTML: deleted words in ``<del>``, inserted words in ``<ins>``."""
    parts = []
    for op in ops:
        words = escape(" ".join(op.words))
        if op.op is DiffOpKind.DELETE:
            parts.append(f"<del>{words}</del>")
        elif op.op is DiffOpKind.INSERT:
            parts.append(f"<ins>{words}</ins>")
        else:
            parts.append(words)
    return " ".join(parts)


def _status(status: Status) -> str:
    colour = STATUS_COLOURS.get(status, "#57606a")
    return f'<span class="mp-status" style="background:{colour}">{escape(status.value)}</span>'


def _side(item: Item | None) -> str:
    if item is None:
        return "&mdash;"
    label = f'<span class="mp-label">{escape(item.label)}</span> ' if item.label else ""
    return label + escape(item.text)


def _cells(tag: str, values: Sequence[Any]) -> str:
    return "".join(f'<{tag} style="{_CELL}">{v}</{tag}>' for v in values)


def pairs_html(pairs: Sequence[Pair]) -> str:
    """A table: status, similarity, recommended wording, resolved wording, word diff."""
    rows = ["<tr>" + _cells("th", ("status", "similarity", "recommended", "resolved", "changes")) + "</tr>"]
    for p in pairs:
        changes = diff_html(p.diff) if p.status in _DIFF_SHOWN else ""
        values = (_status(p.status), f"{p.similarity:.2f}", _side(p.recommendation), _side(p.resolution), changes)
        rows.append("<tr>" + _cells("td", values) + "</tr>")
    return _STYLE + '<table class="mp-cmp">' + "".join(rows) + "</table>"


def comparison_html(comparison: Comparison) -> str:
    """A comparison as HTML: which documents, how many pairs of each status, and the table."""
    head = []
    if comparison.report is not None:
        head.append(f"<b>report</b> {escape(comparison.report.source or '<text>')}")
    if comparison.minutes is not None:
        head.append(f"<b>minutes</b> {escape(comparison.minutes.source or '<text>')}")
    counts = ", ".join(f"{escape(k)} {v}" for k, v in comparison.counts().items() if v)
    head.append(f"{len(comparison)} pairs" + (f" ({counts})" if counts else ""))
    return "<div>" + "<br>".join(head) + "</div>" + pairs_html(comparison.pairs)


def _tree(items: Sequence[Item]) -> str:
    if not items:
        return ""
    out = []
    for item in items:
        out.append(f"<li>{_side(item)}{_tree(item.children)}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def document_html(document: Document) -> str:
    """A parsed document: its fields, its items as trees, and its comparison table."""
    fields = [
        ("source", document.source),
        ("kind", document.kind.value),
        ("title", document.title),
        ("body", document.body),
        ("meeting date", document.meeting_date.isoformat() if document.meeting_date else None),
        ("pages", str(document.pages)),
        ("people", str(len(document.people)) if document.people else None),
        ("dates", str(len(document.dates)) if document.dates else None),
    ]
    rows = "".join(
        f'<tr><th style="{_CELL}">{escape(k)}</th><td style="{_CELL}">{escape(v)}</td></tr>' for k, v in fields if v
    )
    parts = [_STYLE, f'<table class="mp-cmp">{rows}</table>']
    for heading, items in (("Recommendations", document.recommendations), ("Resolutions", document.resolutions)):
        if items:
            parts.append(f"<h4>{heading}</h4>{_tree(items)}")
    if document.comparison:
        parts.append("<h4>Recommended versus resolved</h4>" + pairs_html(document.comparison))
    for w in document.warnings:
        parts.append(f"<div>warning {escape(w.code)}: {escape(w.message)}</div>")
    return "<div>" + "".join(parts) + "</div>"


def page_html(comparison: Comparison) -> str:
    """A whole HTML page, for ``minutes-parser compare --format html``."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>minutes-parser compare</title></head>'
        f"<body>{comparison_html(comparison)}</body></html>"
    )


HTML_VIEWS.update({Document: document_html, Comparison: comparison_html})
