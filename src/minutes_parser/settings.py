"""Settings: one frozen record, resolved from None, a dict or an instance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from attrs import frozen

from .errors import SettingsError

__all__ = ["BACKENDS", "DATE_ORDERS", "DEFAULT_BACKEND", "DEFAULT_DATE_ORDER", "Settings"]

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
    """

    backend: str = attrs.field(default=DEFAULT_BACKEND, validator=_one_of(BACKENDS))
    date_order: str = attrs.field(default=DEFAULT_DATE_ORDER, validator=_one_of(DATE_ORDERS))
    strict: bool = False
    extra_honorifics: tuple[str, ...] = attrs.field(default=(), converter=_words)
    extra_role_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    extra_list_openers: tuple[str, ...] = attrs.field(default=(), converter=_words)
    use_ner: bool = False

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
