"""The event file's tables.

One SQLite file holds one event. Every row a desk can create carries a UUID
primary key so that files from several desks can later be merged by union.
Times are stored as naive UTC and come back as aware UTC datetimes.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from checkin.textnorm import display_name, in_language

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC; refuses naive input (ambiguous)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; times must be timezone-aware")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, uuid.UUID: Uuid}


class Category(str, enum.Enum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    PRESS = "press"
    INTERPRETER = "interpreter"
    STAFF = "staff"


class Status(str, enum.Enum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"


class SessionKind(str, enum.Enum):
    PLENARY = "plenary"
    PANEL = "panel"
    WORKING_GROUP = "working_group"
    SITE_VISIT = "site_visit"
    SOCIAL = "social"


class Direction(str, enum.Enum):
    ENTRY = "entry"
    EXIT = "exit"


def _enum(cls: type[enum.Enum]) -> Enum:
    # Store the stable machine value, not the Python member name.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False,
                validate_strings=True, length=20)


class Event(Base):
    """The single event this file describes."""

    __tablename__ = "event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name_de: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_ar: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    code_tag: Mapped[str] = mapped_column(String(8))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    salutation: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    name_ar: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    position_ar: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    organisation_ar: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    category: Mapped[Category] = mapped_column(_enum(Category), default=Category.PARTICIPANT)
    desk_note: Mapped[str] = mapped_column(Text, default="")
    # May the person be photographed? None: not asked; False: a "no photos" marker on the badge.
    photo_consent: Mapped[bool | None] = mapped_column(Boolean, default=None)
    status: Mapped[Status] = mapped_column(_enum(Status), default=Status.REGISTERED)
    badge_code: Mapped[str] = mapped_column(String(40), unique=True)
    # The list (file name) an import first brought the person from; "" added at
    # the desk; None imported before lists were recorded.
    source_list: Mapped[str | None] = mapped_column(String(200), default="")
    # Folded names, organisation, email and code: what search matches against.
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    revoked_codes: Mapped[list[RevokedCode]] = relationship(back_populates="participant")
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.name_ar)


class RevokedCode(Base):
    """A badge code that was replaced; scanning it answers `revoked`."""

    __tablename__ = "revoked_code"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    revoked_at: Mapped[datetime] = mapped_column(default=utcnow)

    participant: Mapped[Participant] = relationship(back_populates="revoked_codes")


class EventSession(Base):
    """A programme item: plenary, panel, working group, site visit, social."""

    __tablename__ = "session"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    title_de: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_ar: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind), default=SessionKind.PLENARY)
    room: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    capacity: Mapped[int | None]
    registration_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # Admission window: only when staff set one; by default a session admits at any time.
    admit_from: Mapped[datetime | None]
    admit_until: Mapped[datetime | None]

    registrations: Mapped[list[Registration]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    def title(self, lang: str) -> str:
        return in_language(lang, self.title_de, self.title_en, self.title_ar)


class Registration(Base):
    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("participant_id", "session_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"), index=True)
    # "import" rows are replaced by a re-import; "manual" rows are kept.
    source: Mapped[str] = mapped_column(String(20), default="manual")

    participant: Mapped[Participant] = relationship(back_populates="registrations")
    session: Mapped[EventSession] = relationship(back_populates="registrations")


class Scan(Base):
    """Append-only scan log; attendance is derived from it."""

    __tablename__ = "scan"
    __table_args__ = (
        Index("ix_scan_participant_session_time", "participant_id", "session_id", "scanned_at"),
        Index("ix_scan_session_time", "session_id", "scanned_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # The desk's nonce for this scan: recording the same nonce twice is a no-op.
    nonce: Mapped[uuid.UUID] = mapped_column(unique=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participant.id"))
    raw_code: Mapped[str] = mapped_column(String(200), default="")
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("session.id"))
    desk: Mapped[str] = mapped_column(String(100), default="")
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.ENTRY)
    verdict: Mapped[str] = mapped_column(String(30))
    forced: Mapped[bool] = mapped_column(Boolean, default=False)
    force_reason: Mapped[str] = mapped_column(Text, default="")
    # With forced: what the verdict would have been without the override.
    overridden: Mapped[str] = mapped_column(String(30), default="")
    attention: Mapped[bool] = mapped_column(Boolean, default=False)
    # The arrival recorded implicitly by a session scan points at that scan.
    caused_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("scan.id"))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)


class Annulment(Base):
    """Undo: annuls an earlier scan without deleting it."""

    __tablename__ = "annulment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    scan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scan.id"), unique=True)
    desk: Mapped[str] = mapped_column(String(100), default="")
    annulled_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Who changed what; holds IDs, never names."""

    __tablename__ = "audit"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class PrintLog(Base):
    """One printed badge: when, at which desk, with which layout."""

    __tablename__ = "print_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    badge_code: Mapped[str] = mapped_column(String(40))
    layout: Mapped[str] = mapped_column(String(100))
    desk: Mapped[str] = mapped_column(String(100), default="")
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Certificate(Base):
    """The register of certificates issued: serial, verification code, and what
    the certificate states (kept as printed, so `verify` answers offline)."""

    __tablename__ = "certificate"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    serial: Mapped[int] = mapped_column(Integer, unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    # Nullable: the register outlives the person's row when the file is purged.
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participant.id"), index=True)
    name: Mapped[str] = mapped_column(String(400), default="")  # as printed
    statement: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Several desks (checkin.sync): the change log and its bookkeeping. -------
# IDs here are plain hex strings, as SQLite stores the UUID columns above, so
# the triggers and the hub copy values verbatim.


class SyncDesk(Base):
    """This file's identity as a desk: one row."""

    __tablename__ = "sync_desk"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(BigInteger, default=0)  # last number given to an entry
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)  # hybrid logical clock (ms)
    applying: Mapped[bool] = mapped_column(Boolean, default=False)  # triggers silent while set
    join_code: Mapped[str] = mapped_column(String(200), default="")
    hub_url: Mapped[str] = mapped_column(Text, default="")  # an existing server instead of a code
    hub_id: Mapped[str] = mapped_column(String(32), default="")
    last_contact: Mapped[datetime | None]
    waiting: Mapped[int] = mapped_column(Integer, default=0)


class SyncEntry(Base):
    """One row created or edited at some desk: the unit that travels."""

    __tablename__ = "sync_log"
    __table_args__ = (
        UniqueConstraint("origin", "seq"),
        Index("ix_sync_log_unapplied", "applied"),
        Index("ix_sync_log_row", "tbl", "row_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(String(32))  # the desk that wrote it
    seq: Mapped[int] = mapped_column(BigInteger)  # that desk's own sequence
    hlc: Mapped[int] = mapped_column(BigInteger)
    tbl: Mapped[str] = mapped_column(String(30))
    op: Mapped[str] = mapped_column(String(10))  # insert | update
    row_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # JSON: the row, or {"old", "new"} for an edit
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
