"""Named officers and councillors with their roles.

(First cut: nothing yet.)
"""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context
from .records import Person, RoleMention

__all__ = ["extract_people", "extract_role_mentions"]


def extract_people(ctx: Context) -> Iterator[Person]:
    return iter(())


def extract_role_mentions(ctx: Context, people: tuple[Person, ...]) -> Iterator[RoleMention]:
    return iter(())
