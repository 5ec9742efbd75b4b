"""What a layout's placeholders stand for: a person's and the event's fields,
and the person's own programme, in the badge's language.

Everything here is plain data (strings), computed once per badge, so the
renderer never touches the database while drawing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin.badges.labels import MONTHS_EN, WEEKDAYS, Labels, label
from checkin.codes import format_code
from checkin.events import event_name
from checkin.store.models import Event, EventSession, Participant, Registration
from checkin.textnorm import clean

# Fields of a person a layout may print as they are. Not the desk note: it is
# for staff, never for a badge everyone can read.
PERSON_FIELDS = (
    "salutation", "title", "given_name", "family_name", "name_ar", "position", "position_ar",
    "organisation", "organisation_ar", "country", "region", "email", "phone", "external_id",
    "badge_code",
)
# Derived per badge language: "primary" is the script of the language (Arabic for
# "ar", Latin otherwise) when the person has it, "secondary" the other script.
DERIVED_FIELDS = (
    "full_name", "primary_name", "secondary_name", "primary_organisation",
    "secondary_organisation", "primary_position", "secondary_position", "category",
    "category_label", "badge_code_formatted", "photo_marker",
)
EVENT_FIELDS = ("event_name", "event_name_de", "event_name_en", "event_name_ar", "venue",
                "event_dates")
PLACEHOLDERS = frozenset(PERSON_FIELDS + DERIVED_FIELDS + EVENT_FIELDS)


def _pair(latin: str, arabic: str, lang: str) -> tuple[str, str]:
    first, second = (arabic, latin) if lang == "ar" else (latin, arabic)
    return (first, second) if first else (second, "")


def person_fields(p: Participant, lang: str, labels: Labels) -> dict[str, str]:
    values = {name: getattr(p, name) or "" for name in PERSON_FIELDS}
    full = " ".join(x for x in (p.title, p.given_name, p.family_name) if x)
    values["full_name"] = full
    values["primary_name"], values["secondary_name"] = _pair(full, p.name_ar, lang)
    values["primary_organisation"], values["secondary_organisation"] = _pair(
        p.organisation, p.organisation_ar, lang)
    values["primary_position"], values["secondary_position"] = _pair(p.position, p.position_ar, lang)
    values["category"] = p.category.value
    values["category_label"] = label(labels, f"category.{p.category.value}", lang)
    values["badge_code_formatted"] = format_code(p.badge_code)
    # Only a "no": the marker tells photographers whom to leave out.
    values["photo_marker"] = label(labels, "photo.none", lang) if p.photo_consent is False else ""
    return values


def _day(d: date, lang: str, year: bool) -> str:
    if lang == "en":
        text = f"{d.day} {MONTHS_EN[d.month - 1]}"
        return f"{text} {d.year}" if year else text
    if lang == "ar":
        return f"{d.day}/{d.month}/{d.year}" if year else f"{d.day}/{d.month}"
    return f"{d.day}.{d.month}.{d.year}" if year else f"{d.day}.{d.month}."


def event_dates(starts: date | None, ends: date | None, lang: str) -> str:
    if starts is None:
        return ""
    if ends is None or ends == starts:
        return _day(starts, lang, True)
    if (starts.year, starts.month) == (ends.year, ends.month):
        if lang == "en":
            return f"{starts.day}–{_day(ends, lang, True)}"
        if lang == "ar":
            return f"{starts.day}–{_day(ends, lang, True)}"
        return f"{starts.day}.–{_day(ends, lang, True)}"
    if starts.year == ends.year:
        return f"{_day(starts, lang, False)} – {_day(ends, lang, True)}"
    return f"{_day(starts, lang, True)} – {_day(ends, lang, True)}"


def event_fields(event: Event, lang: str) -> dict[str, str]:
    return {
        "event_name": event_name(event, lang), "event_name_de": event.name_de,
        "event_name_en": event.name_en, "event_name_ar": event.name_ar, "venue": event.venue,
        "event_dates": event_dates(event.starts_on, event.ends_on, lang),
    }


@dataclass(frozen=True)
class ProgrammeEntry:
    """One session of a person's programme, ready to print."""

    when: str  # e.g. "Di 21.11. 09:00–12:00", in the event's time zone
    room: str
    title: str
    kind: str  # machine value, for filtering


def programme_entry(s: EventSession, tz: ZoneInfo, lang: str) -> ProgrammeEntry:
    when = ""
    if s.starts_at is not None:
        start = s.starts_at.astimezone(tz)
        when = f"{WEEKDAYS.get(lang, WEEKDAYS['en'])[start.weekday()]} {_day(start.date(), lang, False)}"
        when += f" {start:%H:%M}"
        if s.ends_at is not None:
            when += f"–{s.ends_at.astimezone(tz):%H:%M}"
    return ProgrammeEntry(when=when, room=s.room, title=s.title(lang), kind=s.kind.value)


def registered_sessions(session: Session, people: Iterable[uuid.UUID]
                        ) -> dict[uuid.UUID, list[EventSession]]:
    """Each person's registered sessions in time order, in one query for the batch."""
    wanted = list(people)
    result: dict[uuid.UUID, list[EventSession]] = {pid: [] for pid in wanted}
    for chunk in range(0, len(wanted), 500):  # SQLite limits the number of parameters
        rows = session.execute(
            select(Registration.participant_id, EventSession)
            .join(EventSession, Registration.session_id == EventSession.id)
            .where(Registration.participant_id.in_(wanted[chunk:chunk + 500]))
        ).all()
        for pid, event_session in rows:
            result[pid].append(event_session)
    for sessions in result.values():
        sessions.sort(key=lambda s: (s.starts_at is None,
                                     s.starts_at.timestamp() if s.starts_at else 0.0, s.number))
    return result


class Values(dict[str, str]):
    """Placeholder values; one a layout names but the data lacks prints as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class BadgeData:
    """One badge's content: the values of the placeholders, the code, the programme."""

    participant_id: uuid.UUID | None
    code: str
    category: str
    fields: Mapping[str, str]
    programme: tuple[ProgrammeEntry, ...] = ()
    lang: str = ""  # the badge's language ("" : the batch's)


def badge_data(p: Participant, event_values: Mapping[str, str], lang: str, labels: Labels,
               sessions: Iterable[EventSession] = (), tz: ZoneInfo | None = None) -> BadgeData:
    # Cleaned again on the way out: text written into the file by other
    # programs may carry bidi overrides that would reorder a printed name.
    values = Values({k: clean(v) for k, v in {**event_values, **person_fields(p, lang, labels)}.items()})
    programme = tuple(programme_entry(s, tz or ZoneInfo("UTC"), lang) for s in sessions)
    return BadgeData(p.id, p.badge_code, p.category.value, values, programme, lang)
