"""Which session a person means by what they type: a number ("3"), a full
title in any language, or a unique part of one. Pure (rows in, row out), so
`sessions.find_session` (ORM) and the fast command line share it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from checkin.errors import CheckinError
from checkin.textnorm import fold

SESSION_NUMBER_MAX = 1_000_000  # beyond any programme, and within SQLite's integers
SESSION_REF_MAX = 300


class Titled(Protocol):
    number: int
    title_de: str
    title_en: str
    title_ar: str


T = TypeVar("T", bound=Titled)


def pick_session(ref: str, candidates: Sequence[T]) -> T:
    ref = ref.strip()[:SESSION_REF_MAX]
    unsigned = ref.lstrip("+-")
    if unsigned and unsigned.isdigit():
        # A number matches a number only ("-1" is not "WG 1"): digits of any
        # script count (٣ = 3), superscripts and signs match nothing.
        number = int(unsigned) if unsigned.isdecimal() and ref == unsigned else -1
        found = None
        if 0 < number <= SESSION_NUMBER_MAX:
            found = next((s for s in candidates if s.number == number), None)
        if found is None:
            raise CheckinError("no_such_session", session=ref)
        return found
    wanted = fold(ref)
    if not wanted:
        raise CheckinError("no_such_session", session=ref)
    titles = [[fold(t) for t in (s.title_de, s.title_en, s.title_ar) if t] for s in candidates]
    for matcher in (lambda t: t == wanted, lambda t: t.startswith(wanted), lambda t: wanted in t):
        hits = [s for s, folded in zip(candidates, titles) if any(matcher(t) for t in folded)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise CheckinError("ambiguous_session", session=ref)
    raise CheckinError("no_such_session", session=ref)
