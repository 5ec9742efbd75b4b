"""Finding a row by the short id a person reads off a screen or a CLI listing."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import String, select
from sqlalchemy.orm import Session

T = TypeVar("T")
MIN_PREFIX = 8


def by_id_prefix(session: Session, model: type[T], ref: str) -> list[T]:
    """Rows whose UUID starts with `ref` (dashes ignored; at most two returned,
    enough to tell unique from ambiguous). Too short or not hex: none."""
    hex_ref = ref.strip().replace("-", "").lower()
    if len(hex_ref) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in hex_ref):
        return []
    # Uuid is stored as 32 hex digits on SQLite.
    column = model.id.cast(String)  # type: ignore[attr-defined]
    return list(session.scalars(select(model).where(column.like(hex_ref + "%")).limit(2)))
