"""Programme sessions: finding one by what a person types (number or title), and
adding or editing one at the desk (validated, audited)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from checkin.errors import CheckinError
from checkin.participants import audit
from checkin.session_ref import pick_session
from checkin.store.models import EventSession, SessionKind
from checkin.textnorm import clean


def all_sessions(session: Session) -> list[EventSession]:
    return list(session.scalars(select(EventSession).order_by(EventSession.number)))


def find_session(session: Session, ref: str) -> EventSession:
    """By number ("3"), by full title in any language, or by a unique part of one."""
    return pick_session(ref, all_sessions(session))


# --- Adding and editing (the programme screen; the CLI may use the same) -------------------

# What a person may set on a session; id and registrations are managed elsewhere.
SESSION_FIELDS = (
    "number", "title_de", "title_en", "title_ar", "kind", "room", "starts_at", "ends_at",
    "capacity", "registration_required", "admit_from", "admit_until",
)
_TITLES = ("title_de", "title_en", "title_ar")
_TIMES = ("starts_at", "ends_at", "admit_from", "admit_until")


def next_session_number(session: Session) -> int:
    return (session.scalar(select(func.max(EventSession.number))) or 0) + 1


def add_session(session: Session, fields: Mapping[str, object], desk: str = "") -> EventSession:
    """A new programme item; without a number it goes after the highest one.

    Raises CheckinError (nothing is added) for: title_required, number_taken,
    bad_number, bad_capacity, unknown_kind, session_ends_before_start,
    admission_ends_before_start, unknown_field.
    """
    values: dict[str, object] = {
        "number": next_session_number(session), "title_de": "", "title_en": "", "title_ar": "",
        "kind": SessionKind.PLENARY, "room": "", "starts_at": None, "ends_at": None,
        "capacity": None, "registration_required": False, "admit_from": None,
        "admit_until": None,
    }
    values.update(_cleaned(fields))
    _validate(session, values, None)
    target = EventSession(id=uuid.uuid4(), **values)
    session.add(target)
    audit(session, "add", "session", target.id, desk, number=target.number)
    return target


def update_session(session: Session, target: EventSession, fields: Mapping[str, object],
                   desk: str = "") -> bool:
    """Change the given fields; all are checked before any is set. True if something changed."""
    wanted = _cleaned(fields)
    values = {name: getattr(target, name) for name in SESSION_FIELDS}
    values.update(wanted)
    _validate(session, values, target)
    changed = sorted(name for name, value in wanted.items() if getattr(target, name) != value)
    for name in changed:
        setattr(target, name, values[name])
    if changed:
        audit(session, "edit", "session", target.id, desk, fields=changed)
    return bool(changed)


def _cleaned(fields: Mapping[str, object]) -> dict[str, object]:
    """Values in their stored types; what a person typed is parsed here, not in the window."""
    result: dict[str, object] = {}
    for name, raw in fields.items():
        if name not in SESSION_FIELDS:
            raise CheckinError("unknown_field", field=name)
        if name in _TITLES or name == "room":
            result[name] = clean(raw)
        elif name == "kind":
            try:
                result[name] = SessionKind(raw)
            except ValueError as exc:
                raise CheckinError("unknown_kind", value=str(raw)) from exc
        elif name == "capacity":
            result[name] = _capacity(raw)
        elif name == "number":
            number = raw if isinstance(raw, int) else whole_number(str(raw))
            if number is None or number < 1:
                raise CheckinError("bad_number", value=str(raw))
            result[name] = number
        elif name in _TIMES:
            if raw is not None and (not isinstance(raw, datetime) or raw.tzinfo is None):
                # A naive time would be read in whatever zone the laptop is set to.
                raise ValueError(f"{name} must be an aware datetime or None")
            result[name] = raw
        else:  # registration_required
            result[name] = bool(raw)
    return result


def _capacity(raw: object) -> int | None:
    """Blank means unlimited; "40" and "٤٠" are 40; zero or less makes no sense."""
    from checkin.importing.values import whole_number  # the import package: not for every `checkin scan`

    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    value = raw if isinstance(raw, int) and not isinstance(raw, bool) else whole_number(str(raw))
    if value is None or value < 1:
        raise CheckinError("bad_capacity", value=str(raw))
    return value


def _validate(session: Session, values: Mapping[str, object], target: EventSession | None) -> None:
    if not any(values[name] for name in _TITLES):
        raise CheckinError("title_required")
    holder = session.scalar(select(EventSession).where(EventSession.number == values["number"]))
    if holder is not None and holder is not target:
        raise CheckinError("number_taken", number=values["number"])
    for start, end, code in (("starts_at", "ends_at", "session_ends_before_start"),
                             ("admit_from", "admit_until", "admission_ends_before_start")):
        a, b = values[start], values[end]
        if isinstance(a, datetime) and isinstance(b, datetime) and b < a:
            raise CheckinError(code)
