"""HTML for Jupyter: a comparison as a table, a document as a summary.

Presentation only: the records and `Comparison` hold a one-line
``_repr_html_`` that calls in here.  Everything printed is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from .records import DiffOp, Document, Item, Pair, Status

if TYPE_CHECKING:
    from .comparisons import Comparison

__all__ = ["STATUS_COLOURS", "comparison_html", "diff_html", "document_html", "page_html", "pairs_html"]

STATUS_COLOURS: dict[Status, str] = {
    Status.VERBATIM: "#1a7f37",
    Status.REWORDED: "#0969da",
    Status.AMENDED: "#9a6700",
    Status.NOT_RESOLVED: "#cf222e",
    Status.ADDED: "#8250df",
}

_STYLE = """<style>
.mp-cmp{border-collapse:collapse;font-size:0.9em}
.mp-cmp th,.mp-cmp td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
.mp-cmp .mp-status{color:#fff;border-radius:3px;padding:1px 5px;white-space:nowrap}
.mp-cmp del{background:#ffebe9;color:#82071e}
.mp-cmp ins{background:#dafbe1;color:#116329;text-decoration:none}
.mp-cmp .mp-label{color:#57606a;font-weight:bold}
</style>"""


def diff_html(ops: Sequence[DiffOp]) -> str:
    """A diff as HTML: deleted words in ``<del>``, inserted words in ``<ins>``."""
    parts = []
    for op in ops:
        words = escape(" ".join(op.words))
        if op.op == "delete":
            parts.append(f"<del>{words}</del>")
        elif op.op == "insert":
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


def pairs_html(pairs: Sequence[Pair]) -> str:
    """A table: status, similarity, recommended wording, resolved wording, word diff."""
    rows = [
        "<tr><th>status</th><th>similarity</th><th>recommended</th><th>resolved</th><th>changes</th></tr>"
    ]
    for p in pairs:
        changes = diff_html(p.diff) if p.status in (Status.REWORDED, Status.AMENDED) else ""
        rows.append(
            f"<tr><td>{_status(p.status)}</td><td>{p.similarity:.2f}</td>"
            f"<td>{_side(p.recommendation)}</td><td>{_side(p.resolution)}</td><td>{changes}</td></tr>"
        )
    return _STYLE + '<table class="mp-cmp">' + "".join(rows) + "</table>"


def comparison_html(comparison: Comparison) -> str:
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
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in fields if v)
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
