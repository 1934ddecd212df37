"""The columns of every table a scan writes, as data: one (name, type, meaning) list per table.

`COLUMNS` is the single description of every table; `docs/scan.md` documents the same columns,
`schema/scan.schema.json` describes their rows, and tests check the three agree.  `tables` builds
the rows and writes them.  pyarrow is only needed for `schema`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["COLUMNS", "SCAN_TABLES", "TABLES", "schema"]

# (column, type, meaning).  Types: string, int64, float64, bool, date32, list<string>.
# Every table of rows from one document starts with sha256 and source so the tables join on them;
# the tables of the whole scan's people (`SCAN_TABLES`) start with the identity that people rows carry.
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "documents": (
        ("sha256", "string", "SHA-256 of the file's bytes (hex)"),
        ("source", "string", "path of the file as scanned (absolute)"),
        ("size", "int64", "file size in bytes"),
        ("kind", "string", "report, minutes, agenda, decision or other"),
        ("title", "string", "document title, when found"),
        ("body", "string", "decision-making body (Cabinet, a named committee...), when found"),
        (
            "authority",
            "string",
            "council or authority: the caller's (--authority, --metadata) or as the document names it",
        ),
        ("meeting_date", "date32", "date of the meeting, when found"),
        ("agenda_item", "string", "agenda item number, when the document is one item"),
        ("pages", "int64", "page count (1 for text, HTML and Markdown)"),
        ("recommendations", "int64", "number of recommendations, sub-items included"),
        ("resolutions", "int64", "number of resolutions, sub-items included"),
        ("people", "int64", "number of distinct people"),
        ("dates", "int64", "number of date mentions"),
        ("comparisons", "int64", "number of recommendation/resolution pairs"),
        ("motions", "int64", "number of motions and amendments"),
        ("warnings", "list<string>", "warning codes the parser raised (W001, W002, ...)"),
        ("seconds", "float64", "seconds the parse took in its worker"),
        ("library_version", "string", "minutes_parser version that parsed the document"),
        ("url", "string", "where the document was published (from --metadata), else null"),
        ("metadata", "string", "the caller's metadata row (all but path) as a JSON object of strings, else null"),
    ),
    "items": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("kind", "string", "recommendation or resolution"),
        ("index", "int64", "0-based position among the document's items of this kind, depth first"),
        ("path", "string", "position in the tree, 1-based per level: '2', '2.1', '2.1.3'"),
        ("parent_path", "string", "path of the parent item, null at the top level"),
        ("depth", "int64", "0 for a top-level item"),
        ("label", "string", "number or letter as printed ('1)', '(ii)', '2.3'), when there is one"),
        ("label_path", "list<string>", "labels from the top-level item down to this one (null labels as '')"),
        ("text", "string", "the item's wording, label removed, lines joined"),
        ("preamble", "string", "the sentence the item hangs from ('Cabinet is asked to:')"),
        ("agenda_number", "string", "agenda item / minute number the item belongs to"),
        ("agenda_title", "string", "title of that agenda item"),
        ("reference", "string", "decision or reference number printed with the item or its heading"),
        ("page", "int64", "1-based page the item starts on"),
        ("span_start", "int64", "start offset into the document text"),
        ("span_end", "int64", "end offset into the document text"),
        ("x0", "float64", "bounding box left, PDF points (PDFs only)"),
        ("top", "float64", "bounding box top, from the page's top edge"),
        ("x1", "float64", "bounding box right"),
        ("bottom", "float64", "bounding box bottom"),
    ),
    "people": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("index", "int64", "0-based position among the document's people"),
        ("name", "string", "name as printed, without honorific"),
        ("honorific", "string", "honorifics as one string ('Councillor Dr')"),
        ("post_nominals", "list<string>", "post-nominal letters (MBE...)"),
        ("role", "string", "the most specific position the document gives"),
        ("kind", "string", "councillor, officer or other"),
        ("organisation", "string", "department or organisation"),
        ("party", "string", "political party"),
        ("phone", "string", "contact telephone"),
        ("email", "string", "contact e-mail"),
        ("attendance", "string", "present, apologies, absent, also_present, in_attendance or remote"),
        ("mentions", "int64", "number of places the person is named"),
        ("page", "int64", "page of the first mention"),
        ("span_start", "int64", "start offset of the first mention"),
        ("span_end", "int64", "end offset of the first mention"),
        ("identity", "string", "the person across the scan: the `identity` of their row in identities"),
    ),
    "identities": (
        ("identity", "string", "one person of one authority across the scan ('roger-gough')"),
        ("authority", "string", "the authority the documents are from, null when the scan is one"),
        ("name", "string", "the fullest name printed ('Roger Gough' rather than 'R W Gough')"),
        ("forms", "list<string>", "every name printed for them, the most often printed first"),
        ("kind", "string", "councillor, officer or other, from the evidence of every document"),
        ("roles", "list<string>", "the roles documents give, the earliest first"),
        ("documents", "int64", "number of documents naming them"),
        ("mentions", "int64", "number of places naming them, in all documents"),
        ("first_date", "date32", "meeting date of the first document naming them"),
        ("last_date", "date32", "meeting date of the last document naming them"),
    ),
    "identity_roles": (
        ("identity", "string", "the person (identities.identity)"),
        ("role", "string", "the role as most often printed"),
        ("first_date", "date32", "meeting date of the first document giving the role"),
        ("last_date", "date32", "meeting date of the last document giving the role"),
        ("documents", "int64", "number of documents giving the role"),
    ),
    "dates": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("index", "int64", "0-based position among the document's date mentions"),
        ("text", "string", "the date as printed"),
        ("value", "string", "ISO value cut to the precision: '2025-01-30', '2025-01', '2025'"),
        ("end", "string", "ISO end of a range ('June–July 2017'), else null"),
        ("precision", "string", "day, month, season or year"),
        ("role", "string", "meeting, report, decision, deadline, publication or effective, where the layout says"),
        ("season", "string", "the season of a season-precision date"),
        ("page", "int64", "1-based page"),
        ("span_start", "int64", "start offset into the document text"),
        ("span_end", "int64", "end offset into the document text"),
    ),
    "comparisons": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("index", "int64", "0-based position among the document's pairs"),
        ("status", "string", "verbatim, reworded, amended, not_resolved or added"),
        ("similarity", "float64", "word similarity of the two texts, 0 to 1"),
        ("recommendation_label", "string", "label of the recommendation, null when there is none"),
        ("recommendation_text", "string", "text of the recommendation"),
        ("recommendation_start", "int64", "start offset of the recommendation"),
        ("resolution_label", "string", "label of the resolution, null when there is none"),
        ("resolution_text", "string", "text of the resolution"),
        ("resolution_start", "int64", "start offset of the resolution"),
        ("diff", "string", "word diff as JSON: a list of {op: equal, insert or delete; words: [...]}"),
    ),
    "motions": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("index", "int64", "0-based position among the document's motions, in text order"),
        ("text", "string", "the motion's wording without 'Moved by ... that'"),
        ("is_amendment", "bool", "true for an amendment to a motion"),
        ("mover", "string", "who moved it, as printed without honorific"),
        ("seconder", "string", "who seconded it, as printed without honorific"),
        ("outcome", "string", "carried, lost, withdrawn, deferred or noted; null when not printed"),
        ("votes_for", "int64", "votes for, as printed, else null"),
        ("votes_against", "int64", "votes against, as printed, else null"),
        ("votes_abstain", "int64", "abstentions, as printed, else null"),
        (
            "resolution_path",
            "string",
            "path of the resolution it produced (items.path where items.kind is resolution), else null",
        ),
        ("agenda_number", "string", "agenda item / minute number: its resolution's, or that of the items around it"),
        ("agenda_title", "string", "title of that agenda item"),
        ("page", "int64", "1-based page the wording starts on"),
        ("span_start", "int64", "start offset of the wording in the document text"),
        ("span_end", "int64", "end offset of the wording in the document text"),
    ),
    "votes": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("motion_index", "int64", "the motion voted on (motions.index)"),
        ("name", "string", "the member's name as printed in the recorded vote or roll call"),
        ("choice", "string", "for, against, abstain or absent"),
        ("page", "int64", "1-based page of the name"),
        ("span_start", "int64", "start offset of the name"),
        ("span_end", "int64", "end offset of the name"),
        ("identity", "string", "the voter across the scan (identities.identity) when their people row has one"),
    ),
    "cells": (
        ("sha256", "string", "SHA-256 of the document"),
        ("source", "string", "path of the document"),
        ("table", "int64", "0-based position of the table among the document's tables"),
        ("page", "int64", "1-based page of the cell"),
        ("row", "int64", "0-based row in the table"),
        ("column", "int64", "0-based column (a row has fewer cells where a cell spans columns)"),
        ("text", "string", "the cell as printed, its pieces joined by a line break"),
        ("span_start", "int64", "start offset of the cell's first piece in the document text"),
        ("span_end", "int64", "end offset of the cell's last piece"),
        ("x0", "float64", "cell box left, PDF points (PDFs only)"),
        ("top", "float64", "cell box top, from the page's top edge"),
        ("x1", "float64", "cell box right"),
        ("bottom", "float64", "cell box bottom"),
    ),
    "errors": (
        ("sha256", "string", "SHA-256 of the file, null when it could not be read"),
        ("source", "string", "path of the input"),
        ("size", "int64", "file size in bytes, null when unknown"),
        ("cause", "string", "read, input, exception, timeout, memory or crash"),
        ("error_type", "string", "exception class name (or Timeout, WorkerDied)"),
        ("code", "string", "the library's error code (E001...) for input errors, else null"),
        ("message", "string", "what went wrong, in one line"),
        ("seconds", "float64", "seconds spent before the failure, null for read errors"),
        ("library_version", "string", "minutes_parser version of the scan"),
    ),
}

TABLES = tuple(COLUMNS)
SCAN_TABLES = ("identities", "identity_roles")  # rows of the whole scan, not of one document


def schema(table: str) -> Any:
    """The `pyarrow.Schema` of one table (needs pyarrow)."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date32": pa.date32(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema(
        [pa.field(name, types[kind], metadata={"description": meaning}) for name, kind, meaning in COLUMNS[table]]
    )
