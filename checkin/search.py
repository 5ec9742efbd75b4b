"""Finding people by any part of a name (Latin or Arabic), organisation, email or code.

Matching runs on `Participant.search_key`, the folded text kept up to date by
`checkin.participants`, so "mueller", "Müller" and "MULLER" all find Müller and
"احمد" finds "أَحْمَد". Every word of the query must match; best matches first.
"""

from __future__ import annotations

import uuid

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from checkin import codes
from checkin.store.models import Participant
from checkin.textnorm import fold


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _score(words: list[str], key: str) -> tuple[float, int]:
    """Higher first: a whole word beats the start of a word beats the inside
    of one, a name beats an organisation; then the shorter name wins, so
    "Müller" comes before "Müller-Lüdenscheidt"."""
    names, _, rest = key.partition(" | ")
    name_tokens, rest_tokens = names.split(), rest.split()
    score = 0.0
    for w in words:
        if w in name_tokens:
            score += 4
        elif any(t.startswith(w) for t in name_tokens):
            score += 3
        elif w in rest_tokens:
            score += 2
        elif any(t.startswith(w) for t in rest_tokens):
            score += 1.5
        else:
            score += 1
    return score, len(name_tokens)


def search(session: Session, text: str, limit: int = 50) -> list[Participant]:
    parsed = codes.parse(text)
    if parsed:
        exact = session.scalar(select(Participant).where(Participant.badge_code == parsed.code))
        if exact is not None:
            return [exact]
    words = fold(text).split()
    if not words:
        return []
    condition = and_(*(Participant.search_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words))
    rows = session.execute(select(Participant.id, Participant.search_key).where(condition)).all()
    scored = [(_score(words, r.search_key), r.id) for r in rows]
    scored.sort(key=lambda x: (-x[0][0], x[0][1]))
    top: list[uuid.UUID] = [pid for _, pid in scored[:limit]]
    if not top:
        return []
    found = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(top)))}
    return [found[i] for i in top]
