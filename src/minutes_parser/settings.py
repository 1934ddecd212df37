"""Settings: one frozen record, resolved from None, a dict or an instance.

The limits (`Limits`) bound what one parse may read and how long it may take, so
that every input ends in a `Document` or a typed error in bounded time and memory.
Their defaults hold on a 2,000-page agenda pack (4.2 million characters, 13 s).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import frozen

from .errors import ParseTimeoutError, SettingsError

__all__ = ["BACKENDS", "DATE_ORDERS", "DEFAULT_BACKEND", "DEFAULT_DATE_ORDER", "Deadline", "Limits", "Settings"]

# The one list of each: the CLI's choices and the PDF reader's dispatch read these.
BACKENDS = ("pdfium", "pdfplumber")
DATE_ORDERS = ("auto", "dmy", "mdy")
DEFAULT_BACKEND = "pdfium"
DEFAULT_DATE_ORDER = "auto"


def _one_of(choices: tuple[str, ...]) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            raise SettingsError(f"{attribute.name} must be one of {', '.join(choices)}, not {value!r}")

    return check


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise SettingsError(f"{attribute.name} must be a positive number, not {value!r}")


def _whole(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int):
        raise SettingsError(f"{attribute.name} must be a whole number, not {value!r}")


def _limit(default: float) -> Any:
    checks = [_positive] if isinstance(default, float) else [_positive, _whole]
    return attrs.field(default=default, validator=checks)


@frozen(kw_only=True)
class Limits:
    """How much one parse may read, and for how long.

    * `max_bytes`: the largest file (or bytes) held in memory to read: Word, HTML,
      Markdown, text; larger is a `LimitExceededError` before anything is read.
      A PDF is read page by page from its file and is bounded by `max_pages`.
    * `max_pages`: pages read; the rest are left out, with warning W010.
    * `max_chars`: characters of document text; the text is cut at the end of
      the line that reaches it, with warning W011.
    * `max_line_chars`: a longer line is split at a blank (or hard, where it
      has none) into lines of at most this length, with warning W012.
    * `max_label_chars`: a list label Word would draw longer than this (a list
      lettered from 10^10 is 384 million letters) is written in digits, with
      warning W013.
    * `max_seconds`: the whole parse; past it a `ParseTimeoutError` (``math.inf``: no limit).  The time
      is checked between pages and between steps, and where the parse runs in
      the main thread and nothing else uses ``SIGALRM``, a timer also
      interrupts a step that runs over.

    With ``Settings.strict`` each warning above is raised as a `LimitExceededError`.
    """

    max_bytes: int = _limit(256 * 1024 * 1024)
    max_pages: int = _limit(5_000)
    max_chars: int = _limit(20_000_000)
    max_line_chars: int = _limit(20_000)
    max_label_chars: int = _limit(32)
    max_seconds: float = _limit(60.0)


class Deadline:
    """The time one parse may take: `check` raises `ParseTimeoutError` once it has passed."""

    def __init__(self, seconds: float = math.inf, *, name: str | None = None) -> None:
        self.seconds = seconds
        self.name = name
        self.ends = time.monotonic() + seconds

    def check(self, step: str = "") -> None:
        if time.monotonic() > self.ends:
            raise self.error(step)

    def error(self, step: str = "") -> ParseTimeoutError:
        where = f" (while {step})" if step else ""
        return ParseTimeoutError(f"the parse took longer than max_seconds={self.seconds:g}{where}", source=self.name)


def _words(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value) if value else ()  # type: ignore[attr-defined]


@frozen(kw_only=True)
class Settings:
    """How to parse.

    * `backend`: the PDF reader, ``"pdfium"`` (fast, default) or ``"pdfplumber"``.
    * `date_order`: ``"dmy"`` (UK, Ireland, Australia, NZ), ``"mdy"`` (US,
      Canada), or ``"auto"``: day-first unless the document plainly writes
      month-first dates.
    * `strict`: raise on doubts that are otherwise `Document.warnings`.
    * `extra_honorifics`, `extra_role_words`, `extra_list_openers`: words to
      add to the built-in people vocabularies.
    * `use_ner`: let an installed English spaCy pipeline suggest names the
      rules miss (never downloads anything).
    * `max_bytes`, `max_pages`, `max_chars`, `max_line_chars`,
      `max_label_chars`, `max_seconds`: the limits of one parse (see `Limits`).
    """

    backend: str = attrs.field(default=DEFAULT_BACKEND, validator=_one_of(BACKENDS))
    date_order: str = attrs.field(default=DEFAULT_DATE_ORDER, validator=_one_of(DATE_ORDERS))
    strict: bool = False
    extra_honorifics: tuple[str, ...] = attrs.field(default=(), converter=_words)
    extra_role_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    extra_list_openers: tuple[str, ...] = attrs.field(default=(), converter=_words)
    use_ner: bool = False
    max_bytes: int = _limit(Limits().max_bytes)
    max_pages: int = _limit(Limits().max_pages)
    max_chars: int = _limit(Limits().max_chars)
    max_line_chars: int = _limit(Limits().max_line_chars)
    max_label_chars: int = _limit(Limits().max_label_chars)
    max_seconds: float = _limit(Limits().max_seconds)

    @property
    def limits(self) -> Limits:
        return Limits(
            max_bytes=self.max_bytes,
            max_pages=self.max_pages,
            max_chars=self.max_chars,
            max_line_chars=self.max_line_chars,
            max_label_chars=self.max_label_chars,
            max_seconds=self.max_seconds,
        )

    @classmethod
    def resolve(cls, value: Settings | Mapping[str, Any] | None = None, **overrides: Any) -> Settings:
        """A `Settings` from None (defaults), a mapping or an instance, with overrides."""
        if value is None:
            base = cls()
        elif isinstance(value, Settings):
            base = value
        elif isinstance(value, Mapping):
            unknown = set(value) - {a.name for a in attrs.fields(cls)}
            if unknown:
                raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
            base = cls(**value)
        else:
            raise SettingsError(f"settings must be a Settings, a mapping or None, not {type(value).__name__}")
        overrides = {k: v for k, v in overrides.items() if v is not None}
        return attrs.evolve(base, **overrides) if overrides else base
