"""Finding people by any part of a name (Latin or Arabic), organisation, email or code.

Matching runs on `Participant.search_key`, the folded text kept up to date by
`checkin.participants`, so "mueller", "Müller" and "MULLER" all find Müller and
"احمد" finds "أَحْمَد". Every word of the query must match; best matches first.
"""

from __future__ import annotations

import heapq
import uuid

from sqlalchemy import String, and_, select, type_coerce
from sqlalchemy.orm import Session

from checkin import codes
from checkin.store.models import Participant
from checkin.textnorm import fold


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _score(words: list[str], key: str) -> tuple[float, int]:
    """Higher first: a whole word beats the start of a word beats the inside
    of one, a name beats an organisation; then the shorter name wins, so
    "Müller" comes before "Müller-Lüdenscheidt". Substring tests on padded
    text: this runs for every matching row, so it stays in C."""
    names, _, rest = key.partition(" | ")
    names, rest = f" {names} ", f" {rest} "
    score = 0.0
    for w in words:
        if f" {w} " in names:
            score += 4
        elif f" {w}" in names:
            score += 3
        elif f" {w} " in rest:
            score += 2
        elif f" {w}" in rest:
            score += 1.5
        else:
            score += 1
    return -score, names.count(" ")


QUERY_MAX = 200  # longer than any name; a pasted page must not stall the desk


def search(session: Session, text: str, limit: int = 50) -> list[Participant]:
    text = text[:QUERY_MAX]
    parsed = codes.parse(text)
    if parsed:
        exact = session.scalar(select(Participant).where(Participant.badge_code == parsed.code))
        if exact is not None:
            return [exact]
    words = fold(text).split()
    if not words:
        return []
    condition = and_(*(Participant.search_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words))
    # The id as stored text: converting thousands of UUIDs that are then
    # ranked away costs more than the LIKE scan itself.
    raw_id = type_coerce(Participant.id, String)
    rows = session.execute(select(raw_id, Participant.search_key).where(condition)).all()
    best = heapq.nsmallest(limit, rows, key=lambda r: _score(words, r[1]))
    top = [uuid.UUID(hex=r[0]) for r in best]
    if not top:
        return []
    found = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(top)))}
    return [found[i] for i in top]
