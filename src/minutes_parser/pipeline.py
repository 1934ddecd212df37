"""The pipeline in plain steps.

source (PDF, HTML or text → one text with a page and box map)
→ structure (labels and lines) → fields (kind, title, body)
→ the authority → dates (and the meeting date) → items (recommendations, resolutions)
→ their reference numbers → motions → people → within-document comparison → `Document`.

Each step is a function of what the step before it made.

Every parse runs against the `Deadline` of ``Settings.max_seconds``: it is
checked between pages and between steps, and (see `_timer`) a timer interrupts a
step that runs over.  Every input ends in a `Document` or a typed
`MinutesParserError`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from . import compare as _compare
from . import sources, structure
from .errors import (
    CorruptFileError,
    DocumentNotFoundError,
    ExtractionError,
    LimitExceededError,
    MinutesParserError,
    NoTextLayerError,
)
from .extract import authority as _authority
from .extract import dates as _dates
from .extract import decisions as _decisions
from .extract import elections as _elections
from .extract import fields as _fields
from .extract import items as _items
from .extract import motions as _motions
from .extract import people as _people
from .extract import references as _references
from .extract.context import Context
from .records import Document, DocumentKind, ParseWarning
from .settings import Deadline, Settings

__all__ = ["looks_like_path", "parse", "parse_pdf", "parse_source", "parse_text"]

Input = str | os.PathLike[str] | bytes


def parse(
    source: Input,
    *,
    settings: Settings | Mapping[str, Any] | None = None,
    name: str | None = None,
    **overrides: Any,
) -> Document:
    """Parse a document: a path, the file's bytes, or the document's text.

    A `str` is a path when it could only be one (`looks_like_path`): one line
    (blanks around it aside) of at most 4,096 characters that names something that exists, or ends in a
    document's suffix (``.pdf``, ``.docx``, ``.txt``...), or starts like a path
    (``/``, ``./``, ``~/``, ``C:\\``), or holds a path separator and no blank.
    A path that names no file is a `DocumentNotFoundError`, never read as text.
    Any other `str` is the document's text (use `parse_text` to say so outright).
    Settings come from `settings` (a `Settings`, a mapping, or None) with keyword
    overrides: ``parse("report.pdf", backend="pdfplumber")``.
    """
    resolved = Settings.resolve(settings, **overrides)
    if isinstance(source, bytes):
        return _parse_read(
            lambda deadline: sources.read(
                source, name=name, backend=resolved.backend, limits=resolved.limits, deadline=deadline
            ),
            resolved,
            name,
        )
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source.strip())):
        path = Path(source.strip()).expanduser() if isinstance(source, str) else Path(source)
        label = name or (source.strip() if isinstance(source, str) else str(path))
        if isinstance(source, str) and not _exists(path):
            raise DocumentNotFoundError(
                "no such file (a string that can only be a path is read as one; "
                "to parse it as the document's text, call parse_text)",
                source=label,
            )
        return _parse_read(
            lambda deadline: sources.read(
                path, name=label, backend=resolved.backend, limits=resolved.limits, deadline=deadline
            ),
            resolved,
            label,
        )
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
    return _parse_read(
        lambda deadline: sources.read(
            data, name=name, backend=resolved.backend, format="pdf", limits=resolved.limits, deadline=deadline
        ),
        resolved,
        name,
    )


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
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    return _parse_read(
        lambda deadline: sources.read_text(text, name=name, format=format, limits=resolved.limits, deadline=deadline),
        resolved,
        name,
    )


# The suffixes of documents (ours and their kin): a one-line string ending in one is a file name.
PATH_SUFFIXES = frozenset(
    {
        ".pdf",
        ".docx",
        ".doc",
        ".docm",
        ".dotx",
        ".odt",
        ".rtf",
        ".html",
        ".htm",
        ".xhtml",
        ".md",
        ".markdown",
        ".txt",
        ".text",
        ".xml",
        ".xlsx",
        ".xls",
        ".csv",
        ".json",
        ".zip",
    }
)
MAX_PATH_CHARS = 4096


def looks_like_path(text: str) -> bool:
    """Whether `parse` takes this string as a path rather than as the document's text."""
    if not text or "\n" in text or "\r" in text or len(text) > MAX_PATH_CHARS or "\x00" in text:
        return False
    if _exists(Path(text)):
        return True
    if Path(text).suffix.lower() in PATH_SUFFIXES:
        return True
    if text.startswith(("/", "./", "../", "~/", ".\\", "..\\", "\\\\")) or (
        len(text) > 2 and text[0].isalpha() and text[1:3] in {":\\", ":/"}
    ):
        return True
    return not any(ch.isspace() for ch in text) and ("/" in text or "\\" in text)


def _parse_read(read: Callable[[Deadline], sources.SourceText], settings: Settings, name: str | None) -> Document:
    """Read and parse under one deadline."""
    deadline = Deadline(settings.max_seconds, name=name)
    with _timer(deadline):
        return _parse(read(deadline), settings, deadline)


TIMER_REPEAT = 0.2  # seconds between the timer's interruptions once the deadline has passed
MAX_TIMER_SECONDS = 10**7  # a longer budget (or math.inf) arms no timer: the checks between steps remain


@contextlib.contextmanager
def _timer(deadline: Deadline) -> Iterator[None]:
    """Interrupt the parse when its deadline passes, where that can be done safely.

    Only in the main thread, and only when no one else handles ``SIGALRM`` (a test
    runner's timeout, the caller's own timer): then an interval timer raises
    `ParseTimeoutError` in whatever step is running.  Elsewhere the deadline is
    only checked between pages and steps.
    """
    usable = (
        deadline.seconds <= MAX_TIMER_SECONDS
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise deadline.error("the timer ran out")

    signal.signal(signal.SIGALRM, expire)
    try:
        # Once past the deadline the timer goes on firing: a step that catches the first
        # interruption (a finder guarding itself with `except Exception`) meets the next.
        signal.setitimer(signal.ITIMER_REAL, max(deadline.seconds, 0.001), TIMER_REPEAT)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def parse_source(source: sources.SourceText, settings: Settings | None = None) -> Document:
    """Run every step after reading on a `SourceText`."""
    settings = settings or Settings()
    deadline = Deadline(settings.max_seconds, name=source.name)
    with _timer(deadline):
        return _parse(source, settings, deadline)


def _parse(source: sources.SourceText, settings: Settings, deadline: Deadline) -> Document:
    warnings = list(_source_warnings(source, settings))
    step = deadline.check
    step("reading")
    ctx = Context(source=source, settings=settings, structure=structure.analyse(source))
    step("finding the structure")
    fields = _fields.extract_fields(ctx)
    ctx = ctx.evolve(kind=fields.kind)
    step("reading the document's fields")
    guard = _Guard(source.name, settings, warnings)
    authority = guard("finding the authority", lambda: _authority.extract_authority(ctx), None)
    dates = guard("finding dates", lambda: tuple(_dates.extract_dates(ctx)), ())
    meeting = guard("finding the meeting date", lambda: _dates.meeting_date(dates, ctx), None)
    if fields.kind is DocumentKind.AGENDA and _fields.minutes_after_agenda(source.text, dates, meeting):
        # the meeting's agenda, then its minutes, in one file: the file is the minutes
        fields = attrs.evolve(fields, kind=DocumentKind.MINUTES)
    ctx = ctx.evolve(dates=dates, meeting_date=meeting, kind=fields.kind)
    step("finding dates")
    recommendations = guard("finding recommendations", lambda: tuple(_items.extract_recommendations(ctx)), ())
    recommendations += guard(
        "finding an agenda's actions", lambda: tuple(_items.agenda_actions(ctx, recommendations)), ()
    )
    recommendations = tuple(sorted(recommendations, key=lambda item: item.span.start))
    step("finding recommendations")
    resolutions = guard("finding resolutions", lambda: tuple(_items.extract_resolutions(ctx)), ())
    resolutions += guard("finding dispositions", lambda: tuple(_items.action_lines(ctx, resolutions)), ())
    resolutions = guard("reading tables' outcomes", lambda: _items.table_dispositions(ctx, resolutions), resolutions)
    resolutions = tuple(sorted(resolutions, key=lambda item: item.span.start))
    step("finding resolutions")
    motions = guard("finding motions", lambda: tuple(_motions.extract_motions(ctx, resolutions)), ())
    motions = guard("settling elections", lambda: _elections.settle_elections(motions, source.text), motions)
    resolutions, motions = _elections.drop_lost_nominations(resolutions, motions)
    resolutions, motions = _decisions.resolutions_from_motions(resolutions, motions, source.text, source.span)
    resolutions = guard("finding consent items", lambda: _items.with_consent_entries(ctx, resolutions), resolutions)
    recommendations = _decisions.onward_recommendations(recommendations, motions, source.text, source.span)
    # decision numbers, read after the items are found: each item's own label, its minute's title, the
    # nearest labelled number above it
    recommendations = guard(
        "finding references", lambda: _references.with_references(source.text, recommendations), recommendations
    )
    resolutions = guard(
        "finding references", lambda: _references.with_references(source.text, resolutions), resolutions
    )
    step("finding motions")
    people = guard("finding people", lambda: tuple(_people.extract_people(ctx)), ())
    step("finding people")
    roles = guard("finding roles", lambda: tuple(_people.extract_role_mentions(ctx, people)), ())
    step("finding roles")
    comparison = guard("comparing", lambda: _compare.compare_items(recommendations, resolutions, text=source.text), ())
    return Document(
        text=source.text,
        source=source.name,
        kind=fields.kind if isinstance(fields.kind, DocumentKind) else DocumentKind.OTHER,
        title=fields.title,
        body=fields.body,
        authority=authority,
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
        tables=source.tables,
        warnings=tuple(warnings),
    )


class _Guard:
    """Runs one extractor: a defect of the parser's in it (an exception that is no
    `MinutesParserError`) leaves that field empty with warning W016 naming the step and the
    cause, and the other fields are still read; with ``strict`` it is an `ExtractionError`."""

    def __init__(self, name: str | None, settings: Settings, warnings: list[ParseWarning]) -> None:
        self.name, self.strict, self.warnings = name, settings.strict, warnings

    def __call__(self, what: str, run: Callable[[], Any], empty: Any) -> Any:
        try:
            return run()
        except MinutesParserError:
            raise  # a timeout or a limit: the whole parse stops, as it says
        except Exception as exc:  # a defect: the rest of the document is still worth having
            message = f"{what} failed ({type(exc).__name__}: {exc}); that field is left empty"
            if self.strict:
                raise ExtractionError(message, source=self.name) from exc
            self.warnings.append(ParseWarning(code="W016", message=message))
            return empty


# What each of the readers' doubts is raised as with ``strict``.
_DOUBT_ERRORS: dict[str, type[MinutesParserError]] = {
    "W010": LimitExceededError,  # pages past max_pages left out
    "W011": LimitExceededError,  # text past max_chars left out
    "W012": LimitExceededError,  # lines longer than max_line_chars split
    "W013": LimitExceededError,  # list labels longer than max_label_chars written in digits
    "W014": CorruptFileError,  # bytes not valid in the encoding the file declares
    "W015": NoTextLayerError,  # pages whose text is glyph numbers, not characters
}


def _source_warnings(source: sources.SourceText, settings: Settings) -> Iterator[ParseWarning]:
    """Doubts about the reading: pages without text (W001), damaged pages left out (W002),
    and the readers' own (W010-W015: limits applied, bytes replaced, glyphs without characters).

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
        yield ParseWarning(code=code, message=message)
    for doubt in source.doubts:
        if settings.strict:
            raise _DOUBT_ERRORS.get(doubt.code, CorruptFileError)(doubt.message, source=source.name)
        yield ParseWarning(code=doubt.code, message=doubt.message)


def _exists(path: Path) -> bool:
    """Something is at `path` (a file, a folder, a device, a dangling link): `sources.read` says what."""
    try:
        return path.expanduser().exists() or path.is_symlink()
    except (OSError, ValueError, RuntimeError):
        return False
