"""The hub's tables (PostgreSQL), as SQLAlchemy models migrated by Alembic.

The hub is a relay, not a second master: it stores every desk's change log
entries (sealed payloads, see `checkin.sync.crypto`) keyed by entry UUID and
unique per (origin desk, sequence), and the desks it has seen. It decides
nothing, so it needs no copy of the event's own tables; each desk rebuilds
those from the entries by the same rules (`checkin.sync.apply`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import BigInteger, DateTime, Engine, Integer, LargeBinary, MetaData, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from checkin.store.models import NAMING_CONVENTION

MIGRATIONS = Path(__file__).with_name("hub_migrations")


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HubInfo(HubBase):
    __tablename__ = "hub"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # a new hub has a new ID
    event_id: Mapped[str] = mapped_column(String(32))
    check: Mapped[bytes] = mapped_column(LargeBinary)  # sealed with the secret: proves we share it
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class HubChange(HubBase):
    __tablename__ = "change"
    __table_args__ = (UniqueConstraint("origin", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)
    tbl: Mapped[str] = mapped_column(String(30))
    op: Mapped[str] = mapped_column(String(10))
    row_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class HubDesk(HubBase):
    __tablename__ = "desk"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    last_contact: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    scans_today: Mapped[int] = mapped_column(Integer, default=0)


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    with engine.begin() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4711)")  # two desks preparing at once
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
