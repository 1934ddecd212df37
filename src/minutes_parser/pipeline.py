"""The pipeline in plain steps.

source (PDF, HTML or text → one text with a page and box map)
→ structure (labels and lines) → fields (kind, title, body)
→ dates (and the meeting date) → items (recommendations, resolutions)
→ motions → people → within-document comparison → `Document`.

Each step is a function of what the step before it made.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from . import comparisons as _compare
from . import dates as _dates
from . import fields as _fields
from . import items as _items
from . import motions as _motions
from . import people as _people
from . import sources, structure
from .context import Context
from .errors import CorruptFileError, MinutesParserError, NoTextLayerError
from .records import Document, DocumentKind, Warning
from .settings import Settings

__all__ = ["parse", "parse_pdf", "parse_source", "parse_text"]

Input = str | os.PathLike[str] | bytes


def parse(
    source: Input,
    *,
    settings: Settings | Mapping[str, Any] | None = None,
    name: str | None = None,
    **overrides: Any,
) -> Document:
    """Parse a document: a path, the file's bytes, or the document's text.

    A `str` is taken as a path when it names an existing file and holds no line
    break; otherwise it is the document's text.  Settings come from `settings`
    (a `Settings`, a mapping, or None) with keyword overrides:
    ``parse("report.pdf", backend="pdfplumber")``.
    """
    resolved = Settings.resolve(settings, **overrides)
    if isinstance(source, bytes):
        return parse_source(sources.read(source, name=name, backend=resolved.backend), resolved)
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and len(source) < 4096 and _is_file(source)
    ):
        path = Path(source)
        return parse_source(sources.read(path, name=name or str(path), backend=resolved.backend), resolved)
    if isinstance(source, str):
        return parse_text(source, settings=resolved, name=name)
    raise TypeError(f"parse() takes a path, bytes or text, not {type(source).__name__}")


def parse_pdf(
    source: str | os.PathLike[str] | bytes,
    *,
    settings: Settings | Mapping[str, Any] | None = None,
    name: str | None = None,
    **overrides: Any,
) -> Document:
    """Parse a PDF given as a path or as its bytes."""
    resolved = Settings.resolve(settings, **overrides)
    data: bytes | Path = source if isinstance(source, bytes) else Path(source)
    if isinstance(data, Path):
        name = name or str(data)
    return parse_source(sources.read(data, name=name, backend=resolved.backend, format="pdf"), resolved)


def parse_text(
    text: str,
    *,
    settings: Settings | Mapping[str, Any] | None = None,
    name: str | None = None,
    format: str = "text",
    **overrides: Any,
) -> Document:
    """Parse a document held as a string (`format`: "text", "markdown" or "html")."""
    resolved = Settings.resolve(settings, **overrides)
    return parse_source(sources.read_text(text, name=name, format=format), resolved)


def parse_source(source: sources.SourceText, settings: Settings | None = None) -> Document:
    """Run every step after reading on a `SourceText`."""
    settings = settings or Settings()
    warnings = list(_source_warnings(source, settings))
    ctx = Context(source=source, settings=settings, structure=structure.analyse(source))
    fields = _fields.extract_fields(ctx)
    ctx = ctx.evolve(kind=fields.kind)
    dates = tuple(_dates.extract_dates(ctx))
    meeting = _dates.meeting_date(dates, ctx)
    ctx = ctx.evolve(dates=dates, meeting_date=meeting)
    recommendations = tuple(_items.extract_recommendations(ctx))
    resolutions = tuple(_items.extract_resolutions(ctx))
    motions = tuple(_motions.extract_motions(ctx, resolutions))
    people = tuple(_people.extract_people(ctx))
    roles = tuple(_people.extract_role_mentions(ctx, people))
    comparison = _compare.compare_items(recommendations, resolutions)
    return Document(
        text=source.text,
        source=source.name,
        kind=fields.kind if isinstance(fields.kind, DocumentKind) else DocumentKind.OTHER,
        title=fields.title,
        body=fields.body,
        meeting_date=meeting,
        agenda_item=fields.agenda_item,
        pages=source.page_count,
        recommendations=recommendations,
        resolutions=resolutions,
        dates=dates,
        people=people,
        role_mentions=roles,
        comparison=comparison,
        motions=motions,
        warnings=tuple(warnings),
    )


def _source_warnings(source: sources.SourceText, settings: Settings) -> Iterator[Warning]:
    """Doubts about the reading: pages without text (W001), damaged pages left out (W002).

    With ``strict`` each is raised instead, as the typed error a wholly unreadable file gets."""
    doubts: list[tuple[str, tuple[int, ...], str, type[MinutesParserError]]] = [
        ("W001", source.empty_pages, "have no text layer (scanned?)", NoTextLayerError),
        ("W002", source.unreadable_pages, "could not be read (damaged) and are left out", CorruptFileError),
    ]
    for code, pages, what, error in doubts:
        if not pages:
            continue
        message = f"page(s) {', '.join(map(str, pages))} {what}"
        if settings.strict:
            raise error(message, source=source.name)
        yield Warning(code=code, message=message)


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False
