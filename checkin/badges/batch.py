"""Which badges to print, and the print log that remembers what was printed.

A badge counts as printed when a print-log row holds the person's *current*
code: after a replacement (new code, old one revoked) the person is
unprinted again, so "only unprinted" picks the new badge up.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from checkin.badges.layout import Layout
from checkin.badges.render import RenderSummary, render_badges
from checkin.errors import CheckinError
from checkin.participants import find_participant
from checkin.search import search
from checkin.store.models import Category, Participant, PrintLog, Status, utcnow
from checkin.textnorm import DESK_NAME_MAX, fold, staff_text


def _order(p: Participant) -> tuple[str, str, str]:
    return fold(p.family_name) or fold(p.name_ar), fold(p.given_name), str(p.id)


def printed(session: Session, people: Iterable[Participant]) -> set[uuid.UUID]:
    """The ids of those whose current badge code is in the print log."""
    wanted = [(p.id, p.badge_code) for p in people]
    done: set[uuid.UUID] = set()
    for start in range(0, len(wanted), 400):  # SQLite limits the number of parameters
        chunk = wanted[start:start + 400]
        done.update(session.scalars(
            select(PrintLog.participant_id).where(
                tuple_(PrintLog.participant_id, PrintLog.badge_code).in_(chunk))))
    return done


def select_participants(session: Session, *, refs: Sequence[str] = (), category: str = "",
                        search_text: str = "", only_unprinted: bool = False,
                        include_cancelled: bool = False) -> list[Participant]:
    """A batch: the people named by `refs` (badge code or id prefix; in that
    order, cancelled ones too, since they were asked for), or else everyone
    registered, by name; narrowed by category, a search text, and to those
    whose current badge was never printed."""
    if refs:
        people: list[Participant] = []
        for ref in refs:
            p = find_participant(session, ref)
            if p not in people:
                people.append(p)
    elif search_text:
        people = sorted(search(session, search_text, limit=1_000_000), key=_order)
    else:
        people = sorted(session.scalars(select(Participant)), key=_order)
    if not refs and not include_cancelled:
        people = [p for p in people if p.status is not Status.CANCELLED]
    if category:
        try:
            wanted = Category(category.strip().lower())
        except ValueError as exc:
            raise CheckinError("unknown_category", category=category) from exc
        people = [p for p in people if p.category is wanted]
    if refs and search_text:
        keep = {p.id for p in search(session, search_text, limit=1_000_000)}
        people = [p for p in people if p.id in keep]
    if only_unprinted:
        done = printed(session, people)
        people = [p for p in people if p.id not in done]
    return people


def record_printed(session: Session, participants: Iterable[Participant], layout_name: str,
                   desk: str = "") -> list[PrintLog]:
    """A print-log row per badge: when, at which desk, which layout, which code.

    Reprints add rows too: the log is a history, never overwritten.
    """
    now = utcnow()
    desk = staff_text(desk, DESK_NAME_MAX)
    rows = [PrintLog(id=uuid.uuid4(), participant_id=p.id, badge_code=p.badge_code,
                     layout=layout_name, desk=desk, printed_at=now) for p in participants]
    session.add_all(rows)
    return rows


def print_log(session: Session, participant: Participant) -> list[PrintLog]:
    """A person's printed badges, oldest first (old codes included)."""
    return list(session.scalars(select(PrintLog).where(PrintLog.participant_id == participant.id)
                                .order_by(PrintLog.printed_at)))


def print_badges(session: Session, participants: Sequence[Participant], layout: Layout,
                 out: Path | BinaryIO, lang: str = "de", desk: str = "") -> RenderSummary:
    """Render the batch, then log it as printed (in the caller's unit of work:
    if the PDF cannot be written, nothing is logged)."""
    summary = render_badges(session, participants, layout, out, lang)
    record_printed(session, participants, layout.name, desk)
    return summary
