"""A walk-in at the desk: added, and (unless the desk pre-registers) checked in.

Someone who turns up unregistered is standing at the desk: adding them and
admitting them is one step. At a session desk they are registered for that
session first (a walk-in could not otherwise pass a session that needs
registration); the scan then goes through `record()`, so places, the log and
the verdict are those of any other badge. No Qt here.
"""

from __future__ import annotations

import uuid

from checkin.errors import CheckinError
from checkin.participants import audit
from checkin.scanning import ScanRequest, ScanResult, record
from checkin.store.connection import EventStore
from checkin.store.models import EventSession, Participant, Registration


def admit_walk_in(store: EventStore, participant_id: uuid.UUID, *, session_id: uuid.UUID | None = None,
                  desk: str = "") -> tuple[ScanRequest, ScanResult]:
    """Register for the desk's session where it needs it, then record the entry."""
    with store.session() as s:
        person = s.get(Participant, participant_id)
        if person is None:
            raise CheckinError("no_such_participant", ref=str(participant_id))
        code = person.badge_code
        if session_id is not None:
            target = s.get(EventSession, session_id)
            if target is None:
                raise CheckinError("no_such_session", session=str(session_id))
            if target.registration_required and not any(r.session_id == session_id
                                                        for r in person.registrations):
                s.add(Registration(participant_id=participant_id, session_id=session_id, source="manual"))
                audit(s, "register", "participant", participant_id, desk, session_number=target.number)
    request = ScanRequest(raw_code=code, session_id=session_id, desk=desk, nonce=uuid.uuid4())
    return request, record(store, request)
