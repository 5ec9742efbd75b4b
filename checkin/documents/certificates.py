"""Certificates of attendance: what each states, and the register of them.

What a certificate states is computed from the scan log (`facts`): the
sessions the person attended, with the minutes in each, against the sessions
expected of them (open to all, or registered for), counting only the kinds
the layout names. Below the layout's threshold the wording is "partial".

Every certificate issued is a row of the register: a serial number, a short
verification code (8 characters of Crockford's base32 from `secrets`: 40
bits, no 0/O or 1/I/L to confuse) and the statement as printed. Printing the
same statement again reuses its serial and code; a changed statement (more
scans since) gets new ones, and the old row stays, so any code ever handed
out still verifies. `verify` needs nothing but the event file.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from checkin.documents.certlayout import CertificateLayout
from checkin.documents.facts import Evidence, scheduled_minutes
from checkin.errors import CheckinError
from checkin.store.models import Certificate, Participant, utcnow

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
CODE_LENGTH = 8
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


@dataclass(frozen=True)
class Statement:
    participant_id: uuid.UUID
    name: str  # Latin name, and the Arabic one after " / " where there is one
    sessions: tuple[dict[str, object], ...]  # number, titles, day, minutes
    minutes: int
    expected_minutes: int
    expected_sessions: int
    partial: bool

    @property
    def percent(self) -> int:
        return round(100 * self.minutes / self.expected_minutes) if self.expected_minutes else 100

    def as_json(self) -> dict[str, object]:
        return {"sessions": list(self.sessions), "minutes": self.minutes,
                "expected_minutes": self.expected_minutes,
                "expected_sessions": self.expected_sessions, "percent": self.percent,
                "partial": self.partial}


def printed_name(p: Participant) -> str:
    latin = " ".join(x for x in (p.title, p.given_name, p.family_name) if x)
    return " / ".join(x for x in (latin, p.name_ar) if x)


def statement(ev: Evidence, p: Participant, layout: CertificateLayout) -> Statement:
    counted = [s for s in ev.sessions if s.kind.value in layout.kinds]
    attended, expected_min, expected_n, total = [], 0, 0, 0
    for s in counted:
        minutes = ev.minutes(p.id, s)
        entered = ev.first_entry(p.id, s.id) is not None
        if ev.expected(p, s):
            expected_min += scheduled_minutes(s)
            expected_n += 1
        if entered:
            day = ev.day_of(s)
            attended.append({"number": s.number, "title_de": s.title_de, "title_en": s.title_en,
                             "title_ar": s.title_ar, "day": day.isoformat() if day else None,
                             "start": f"{ev.local(s.starts_at):%H:%M}" if s.starts_at else "",
                             "minutes": minutes})
            total += minutes
    # Parallel sessions (working groups) are expected of nobody who is not
    # registered for them, so the expected time is what the person's own
    # programme holds; time beyond it (an extra session) cannot lift it past 100 %.
    share = total / expected_min if expected_min else (1.0 if attended else 0.0)
    return Statement(p.id, printed_name(p), tuple(attended), total, expected_min, expected_n,
                     partial=share < layout.threshold)


def eligible(ev: Evidence, statements: Sequence[Statement]) -> list[Statement]:
    """Only people who attended something get a certificate."""
    return [s for s in statements if s.sessions]


def _new_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not session.scalar(select(Certificate.id).where(Certificate.code == code)):
            return code


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalise_code(text: str) -> str:
    """As typed: any case, with or without the hyphen, O for 0 and I or L for 1."""
    return "".join(ch for ch in text.upper().translate(_READ_AS) if ch in ALPHABET)


def register(session: Session, st: Statement, layout_name: str, lang: tuple[str, str],
             event_facts: dict[str, str]) -> Certificate:
    """The register row for this statement: the existing one if it says the same."""
    content = {**st.as_json(), "layout": layout_name, "languages": list(lang), **event_facts}
    latest = session.scalars(select(Certificate).where(Certificate.participant_id == st.participant_id)
                             .order_by(Certificate.serial.desc())).first()
    if latest is not None and latest.statement == content and latest.name == st.name:
        return latest
    serial = (session.scalar(select(func.max(Certificate.serial))) or 0) + 1
    row = Certificate(id=uuid.uuid4(), serial=serial, code=_new_code(session),
                      participant_id=st.participant_id, name=st.name, statement=content,
                      issued_at=utcnow())
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class Verified:
    serial: int
    code: str
    name: str  # empty after a purge
    issued: date
    statement: dict[str, object]
    current: bool  # the newest certificate of that person


def verify(session: Session, text: str) -> Verified:
    code = normalise_code(text)
    if len(code) != CODE_LENGTH:
        raise CheckinError("bad_certificate_code", value=text)
    row = session.scalar(select(Certificate).where(Certificate.code == code))
    if row is None:
        raise CheckinError("no_such_certificate", value=text)
    newest = row.participant_id is None or row.serial == session.scalar(
        select(func.max(Certificate.serial)).where(Certificate.participant_id == row.participant_id))
    return Verified(row.serial, format_code(row.code), row.name, row.issued_at.date(),
                    dict(row.statement), bool(newest))
