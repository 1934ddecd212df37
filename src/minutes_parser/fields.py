"""Document fields: kind, title and decision-making body.

(First cut: the kind from a few words near the top.)
"""

from __future__ import annotations

import attrs
import regex
from attrs import frozen

from .context import Context
from .records import DocumentKind

__all__ = ["Fields", "extract_fields"]


@frozen(kw_only=True)
class Fields:
    kind: DocumentKind = DocumentKind.OTHER
    title: str | None = None
    body: str | None = None
    agenda_item: str | None = None


def extract_fields(ctx: Context) -> Fields:
    head = ctx.text[:3000]
    kind = DocumentKind.OTHER
    if regex.search(r"record of decision|decision details|decision notice", head, regex.I):
        kind = DocumentKind.DECISION
    elif regex.search(r"\bminutes\b", head, regex.I):
        kind = DocumentKind.MINUTES
    elif regex.search(r"\bagenda\b", head, regex.I):
        kind = DocumentKind.AGENDA
    elif regex.search(r"\brecommendations?\b|\breport\b", head, regex.I):
        kind = DocumentKind.REPORT
    return attrs.evolve(Fields(), kind=kind)
