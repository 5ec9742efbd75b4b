"""Finding the programme session a registration cell names.

Organisers write a session as its full title in any of the three languages
("AG 1: Wasser und Abwasser", "WG 1: Water and wastewater"), as its number
("3"), or as the start of its title ("AG 1"). A start must end at a word
boundary ("AG 1" is not "AG 10") and name exactly one session.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timezone, tzinfo

from checkin.importing.values import session_kind
from checkin.store.models import EventSession
from checkin.textnorm import fold

# Separators between several sessions in one cell, tried only when the whole cell fails.
_SEPARATORS = re.compile(r"[;\n,/+]")
_TITLE_WORD = re.compile(r"[^\W_]+")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.")


@dataclass(frozen=True)
class SessionRef:
    """Either the sessions a cell names, or why it names none."""

    ids: tuple[uuid.UUID, ...] = ()
    problem: str | None = None  # "unknown_session" | "ambiguous_session"
    candidates: tuple[int, ...] = ()  # session numbers, for ambiguous_session


class SessionIndex:
    def __init__(self, sessions: Iterable[EventSession], zone: tzinfo = timezone.utc) -> None:
        self._by_title: dict[str, set[uuid.UUID]] = {}
        self._by_number: dict[int, uuid.UUID] = {}
        self._titles: list[tuple[str, uuid.UUID, int]] = []
        # (kind, local day and month) of each session, to find the one a question names
        self._when: list[tuple[str, tuple[int, int] | None, uuid.UUID]] = []
        for s in sessions:
            self._by_number[s.number] = s.id
            day = None
            if s.starts_at is not None:
                local = s.starts_at.astimezone(zone)
                day = (local.day, local.month)
            self._when.append((getattr(s.kind, "value", str(s.kind)), day, s.id))
            for title in {fold(t) for t in (s.title_de, s.title_en, s.title_ar) if t}:
                if title:
                    self._by_title.setdefault(title, set()).add(s.id)
                    self._titles.append((title, s.id, s.number))
        self._cache: dict[str, SessionRef] = {}

    def named_in(self, header: str) -> tuple[uuid.UUID, ...]:
        """The one session a yes/no question names ("Teilnahme an der Exkursion am
        22.11.", "Besichtigung Kläranlage?"): by a whole title, by every word of a
        title, or by the kind of session and its date; () when it names none or several."""
        whole = self._one(header)
        if whole.ids:
            return whole.ids
        words = set(_TITLE_WORD.findall(fold(header)))
        by_words = {sid for title, sid, _ in self._titles
                    if (need := {w for w in _TITLE_WORD.findall(title) if len(w) > 2})
                    and need <= words}
        if len(by_words) == 1:
            return tuple(by_words)
        kinds = {kind.value for w in words if (kind := session_kind(w)) is not None}
        date = _DAY_MONTH.search(header)
        day = (int(date.group(1)), int(date.group(2))) if date else None
        if kinds:
            found = {sid for kind, when, sid in self._when
                     if kind in kinds and (day is None or when == day)}
            if len(found) == 1:
                return tuple(found)
        return ()

    def lookup(self, text: str) -> SessionRef:
        """What a (non-blank) cell names; cached, since a list repeats a few values."""
        ref = self._cache.get(text)
        if ref is None:
            ref = self._cache[text] = self._lookup(text)
        return ref

    def _lookup(self, text: str) -> SessionRef:
        whole = self._one(text)
        if whole.problem != "unknown_session":
            return whole
        parts = [p for p in (x.strip() for x in _SEPARATORS.split(text)) if p]
        if len(parts) < 2:
            return whole
        refs = [self._one(p) for p in parts]
        if any(r.problem for r in refs):
            return whole
        return SessionRef(ids=tuple(dict.fromkeys(i for r in refs for i in r.ids)))

    def _one(self, text: str) -> SessionRef:
        key = fold(text)
        if not key:
            return SessionRef(problem="unknown_session")
        exact = self._by_title.get(key)
        if exact and len(exact) == 1:
            return SessionRef(ids=tuple(exact))
        if key.isdigit() and int(key) in self._by_number:
            return SessionRef(ids=(self._by_number[int(key)],))
        matches = {sid: number for title, sid, number in self._titles
                   if title.startswith(key + " ")}
        if exact and len(exact) > 1:
            matches = {sid: n for _, sid, n in self._titles if sid in exact}
        if len(matches) == 1:
            return SessionRef(ids=tuple(matches))
        if len(matches) > 1:
            return SessionRef(problem="ambiguous_session", candidates=tuple(sorted(matches.values())))
        return SessionRef(problem="unknown_session")
