"""What an extractor may read: the source text, the settings, and what earlier
steps found.  Each step gets the context the step before it made; no step
reaches back."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs
from attrs import frozen

from ..records import DateMention, DocumentKind
from ..settings import Settings
from ..sources import SourceText
from ..structure import Structure

__all__ = ["Context"]


@frozen(kw_only=True)
class Context:
    source: SourceText
    settings: Settings
    structure: Structure
    kind: DocumentKind | None = None
    meeting_date: _dt.date | None = None
    dates: tuple[DateMention, ...] = ()

    @property
    def text(self) -> str:
        return self.source.text

    def evolve(self, **changes: Any) -> Context:
        return attrs.evolve(self, **changes)
