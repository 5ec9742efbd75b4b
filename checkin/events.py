"""The event itself: created once per file, read by everything else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin import codes
from checkin.errors import CheckinError
from checkin.textnorm import in_language
from checkin.store.connection import EventStore, open_store
from checkin.store.models import Event


@dataclass(frozen=True)
class EventInfo:
    name_de: str = ""
    name_en: str = ""
    name_ar: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    venue: str = ""
    timezone: str = "Europe/Berlin"
    code_tag: str | None = None  # drawn at random when not given
    is_demo: bool = False


def check_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CheckinError("unknown_timezone", timezone=name) from exc


def create_event(path: Path | str, info: EventInfo) -> EventStore:
    """A new event file with its event row; refuses to overwrite a file."""
    check_timezone(info.timezone)
    tag = codes.normalise(info.code_tag) if info.code_tag else codes.new_event_tag()
    if not codes.valid_tag(tag):
        raise CheckinError("bad_code_tag", tag=tag, length=codes.TAG_LENGTH)
    if info.starts_on and info.ends_on and info.ends_on < info.starts_on:
        raise CheckinError("event_ends_before_start")
    store = open_store(path, create=True)
    with store.session() as session:
        session.add(
            Event(
                name_de=info.name_de, name_en=info.name_en, name_ar=info.name_ar,
                starts_on=info.starts_on, ends_on=info.ends_on, venue=info.venue,
                timezone=info.timezone, code_tag=tag, is_demo=info.is_demo,
            )
        )
    return store


def get_event(session: Session) -> Event:
    event = session.scalars(select(Event)).first()
    if event is None:
        raise CheckinError("no_event_in_file")
    return event


def event_name(event: Event, lang: str) -> str:
    return in_language(lang, event.name_de, event.name_en, event.name_ar)
