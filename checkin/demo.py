"""A demo event to try the desk on: realistic, bilingual, deterministic.

Modelled on the German–Palestinian municipal partnership conference: the
programme of `samples/programme.csv` (opening, panel, five working groups,
two site visits, closing) plus a social evening, and about 300 people, half
from German municipalities and half from Palestinian ones (with their names
in Arabic script), some of them already checked in.

Dates: the first day is *today* in the event's time zone, so whoever opens the
demo sees sessions running today. Pre-recorded scans lie on the first morning
(07:45–09:30); if the demo is created before 09:30 local time, the event starts
yesterday instead, so that no scan lies in the future and the second day's
sessions run today.

Everything is drawn from `random.Random(seed)`: the same seed gives the same
people, registrations and scans (badge codes come from `secrets`, as always).
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin import demo_names as names
from checkin.events import EventInfo, create_event
from checkin.participants import add_participant, set_cancelled
from checkin.scanning import ScanRequest, record, undo
from checkin.store.connection import EventStore
from checkin.store.models import (
    Category,
    EventSession,
    Participant,
    Registration,
    SessionKind,
    Status,
    utcnow,
)

TIMEZONE = "Asia/Hebron"
DESKS = ("Desk 1", "Desk 2")
AUDIT_DESK = "Demo"
ARRIVALS_FROM, ARRIVALS_UNTIL, MORNING_END = time(7, 45), time(9, 15), time(9, 30)
SEATS_KEPT_FREE = 2  # per working group and bus: room for a walk-in at the desk
SITE_VISIT_SHARE = 0.3

EVENT_INFO = dict(
    name_de="Deutsch-Palästinensische Kommunalpartnerschaftskonferenz (Demo)",
    name_en="German–Palestinian Municipal Partnership Conference (Demo)",
    name_ar="مؤتمر الشراكة البلدية الألمانية الفلسطينية (تجريبي)",
    venue="Bethlehem Convention Palace",
)

K = SessionKind
# number, de, en, ar, kind, day, start, end, room, capacity, registration required
PROGRAMME = (
    (1, "Eröffnung und Begrüßung", "Opening and welcome", "الافتتاح والترحيب",
     K.PLENARY, 0, "09:00", "10:30", "Großer Saal", 400, False),
    (2, "Podiumsdiskussion: Kommunale Partnerschaften stärken",
     "Panel: strengthening municipal partnerships", "حلقة نقاش: تعزيز الشراكات البلدية",
     K.PANEL, 0, "11:00", "12:30", "Großer Saal", 400, False),
    (3, "AG 1: Wasser und Abwasser", "WG 1: Water and wastewater",
     "مجموعة العمل 1: المياه والصرف الصحي", K.WORKING_GROUP, 0, "14:00", "17:00", "Raum A", 40, True),
    (4, "AG 2: Abfallwirtschaft", "WG 2: Waste management", "مجموعة العمل 2: إدارة النفايات",
     K.WORKING_GROUP, 0, "14:00", "17:00", "Raum B", 40, True),
    (5, "AG 3: Erneuerbare Energien", "WG 3: Renewable energy", "مجموعة العمل 3: الطاقة المتجددة",
     K.WORKING_GROUP, 0, "14:00", "17:00", "Raum C", 40, True),
    (6, "AG 4: Jugend und Kultur", "WG 4: Youth and culture", "مجموعة العمل 4: الشباب والثقافة",
     K.WORKING_GROUP, 0, "14:00", "17:00", "Raum D", 30, True),
    (7, "AG 5: Bürgerbeteiligung", "WG 5: Citizen participation",
     "مجموعة العمل 5: المشاركة المجتمعية", K.WORKING_GROUP, 0, "14:00", "17:00", "Raum E", 30, True),
    (8, "Besichtigung Kläranlage", "Site visit: wastewater plant",
     "زيارة ميدانية: محطة معالجة المياه", K.SITE_VISIT, 1, "09:00", "12:00", "Bus 1", 45, True),
    (9, "Besichtigung Stadtwerke", "Site visit: municipal utility",
     "زيارة ميدانية: شركة الخدمات البلدية", K.SITE_VISIT, 1, "09:00", "12:00", "Bus 2", 45, True),
    (10, "Abschlussplenum", "Closing plenary", "الجلسة الختامية",
     K.PLENARY, 1, "14:00", "16:00", "Großer Saal", 400, False),
    (11, "Empfang und Abendessen", "Reception and dinner", "حفل استقبال وعشاء",
     K.SOCIAL, 0, "19:00", "22:00", "Gartenterrasse", None, False),
)

CATEGORY_WEIGHTS = {
    Category.PARTICIPANT: 78, Category.SPEAKER: 7, Category.ORGANISER: 5,
    Category.PRESS: 4, Category.INTERPRETER: 3, Category.STAFF: 3,
}
# Working groups 1..5: water draws the most interest.
WG_WEIGHTS = (5, 3, 4, 2, 2)


def first_day(now: datetime, tz: ZoneInfo) -> date:
    """Today in the event's zone, or yesterday before the pre-recorded morning ends."""
    local = now.astimezone(tz)
    return local.date() if local.time() >= MORNING_END else local.date() - timedelta(days=1)


def _at(day: date, hhmm: str | time, tz: ZoneInfo) -> datetime:
    clock = hhmm if isinstance(hhmm, time) else time.fromisoformat(hhmm)
    return datetime.combine(day, clock, tzinfo=tz).astimezone(timezone.utc)


def _ascii(text: str) -> str:
    """A name as an e-mail local part: Jörg Weiß → joerg.weiss."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ı", "i")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in ".-"))


def _email(rng: random.Random, given: str, family: str, domain: str, *, none: float,
           shared: float, office: str) -> str:
    roll = rng.random()
    if roll < none:
        return ""
    if roll < none + shared:
        return f"{office}@{domain}"  # an office address several people share
    return f"{_ascii(given)}.{_ascii(family.replace(' ', ''))}@{domain}"


def _category(rng: random.Random) -> Category:
    return rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]


def _german(rng: random.Random, n: int, category: Category) -> dict[str, object]:
    female = rng.random() < 0.45
    given = rng.choice(names.GERMAN_WOMEN if female else names.GERMAN_MEN)
    family = rng.choice(names.GERMAN_FAMILIES)
    org, domain, region = rng.choice(names.GERMAN_ORGS)
    position = rng.choice(names.GERMAN_POSITIONS)[0 if female else 1]
    if category.value in names.GERMAN_ROLES:
        org, domain, pos_f, pos_m = rng.choice(names.GERMAN_ROLES[category.value])
        position = pos_f if female else pos_m
    return {
        "external_id": f"DE-{n:04d}", "salutation": "Frau" if female else "Herr",
        "title": rng.choice(names.GERMAN_TITLES), "given_name": given, "family_name": family,
        "position": position, "organisation": org, "country": "Germany", "region": region,
        "email": _email(rng, given, family, domain, none=0.08, shared=0.1, office="international"),
        "phone": f"+49 {rng.randint(30, 991)} {rng.randint(100000, 999999)}" if rng.random() < 0.4 else "",
        "language": "en" if rng.random() < 0.05 else "de", "category": category,
    }


def _palestinian(rng: random.Random, n: int, category: Category) -> dict[str, object]:
    female = rng.random() < 0.4
    given, given_ar = rng.choice(names.PALESTINIAN_WOMEN if female else names.PALESTINIAN_MEN)
    family, family_ar = rng.choice(names.PALESTINIAN_FAMILIES)
    if rng.random() < 0.15:
        given_ar = names.VOCALISED.get(given_ar, given_ar)
    org, org_ar, domain, region = rng.choice(names.PALESTINIAN_ORGS)
    position, pos_f, pos_m = rng.choice(names.PALESTINIAN_POSITIONS)
    if category.value in names.PALESTINIAN_ROLES:
        org, org_ar, domain, position, pos_f, pos_m = rng.choice(
            names.PALESTINIAN_ROLES[category.value])
    return {
        "external_id": f"PS-{n:04d}", "title": rng.choice(names.PALESTINIAN_TITLES),
        "given_name": given, "family_name": family, "name_ar": f"{given_ar} {family_ar}",
        "position": position, "position_ar": pos_f if female else pos_m,
        "organisation": org, "organisation_ar": org_ar, "country": "Palestine", "region": region,
        "email": _email(rng, given, family, domain, none=0.15, shared=0.08, office="pr"),
        "phone": f"+970 59 {rng.randint(1000000, 9999999)}" if rng.random() < 0.5 else "",
        "language": "en" if rng.random() < 0.25 else "ar", "category": category,
    }


def _people(rng: random.Random, count: int) -> list[dict[str, object]]:
    german = count // 2
    people = [_german(rng, i + 1, _category(rng)) for i in range(german)]
    people += [_palestinian(rng, i + 1, _category(rng)) for i in range(count - german)]
    for fields in people:
        fields["desk_note"] = rng.choice(names.DESK_NOTES) if rng.random() < 0.04 else ""
        fields["_cancelled"] = rng.random() < 0.03
    return people


def _sessions(day1: date, tz: ZoneInfo) -> list[EventSession]:
    return [
        EventSession(
            id=uuid.uuid4(), number=number, title_de=de, title_en=en, title_ar=ar, kind=kind,
            room=room, starts_at=_at(day1 + timedelta(days=day), start, tz),
            ends_at=_at(day1 + timedelta(days=day), end, tz), capacity=capacity,
            registration_required=required,
        )
        for number, de, en, ar, kind, day, start, end, room, capacity, required in PROGRAMME
    ]


def _register(rng: random.Random, pool: list[Participant], sessions: list[EventSession]
              ) -> list[Registration]:
    """One working group each while seats last, a site visit for some; never over capacity.

    The groups seat 180 (minus the seats kept free) for some 260 people, so, as
    when registration closes, the last ones drawn get no group.
    """
    groups = [s for s in sessions if s.kind is SessionKind.WORKING_GROUP]
    buses = [s for s in sessions if s.kind is SessionKind.SITE_VISIT]
    taken = {s.id: 0 for s in groups + buses}
    rows: list[Registration] = []

    def take(p: Participant, choices: list[EventSession]) -> None:
        for s in choices:
            if taken[s.id] < (s.capacity or 0) - SEATS_KEPT_FREE:
                taken[s.id] += 1
                rows.append(Registration(participant_id=p.id, session_id=s.id, source="import"))
                return

    for p in rng.sample(pool, len(pool)):
        first = rng.choices(groups, weights=WG_WEIGHTS)[0]
        take(p, [first, *rng.sample([g for g in groups if g is not first], len(groups) - 1)])
        if rng.random() < SITE_VISIT_SHARE:
            take(p, rng.sample(buses, len(buses)))
    return rows


def _scan_plan(rng: random.Random, active: list[Participant], cancelled: list[Participant],
               fraction: float, day1: date, tz: ZoneInfo
               ) -> list[tuple[datetime, str, Participant, str]]:
    """(time, place, person, desk) in time order; place 'venue', 'plenary', 'again', 'refused'."""
    start, end = _at(day1, ARRIVALS_FROM, tz), _at(day1, ARRIVALS_UNTIL, tz)
    plenary_open, morning_end = _at(day1, "08:45", tz), _at(day1, MORNING_END, tz)
    window = (end - start).total_seconds()
    arriving = rng.sample(active, min(len(active), round(fraction * len(active))))
    plan = []
    for p in arriving:
        at = start + timedelta(seconds=rng.uniform(0, window))
        plan.append((at, "venue", p, rng.choice(DESKS)))
        if rng.random() < 0.7:
            inside = at + timedelta(minutes=rng.uniform(3, 20))
            if inside < plenary_open:
                inside = plenary_open + timedelta(minutes=rng.uniform(0, 20))
            plan.append((min(inside, morning_end - timedelta(minutes=1)), "plenary", p, "Desk 1"))
    if arriving:  # a badge scanned twice at the venue: answers `already`
        at, _place, p, _desk = min(plan, key=lambda item: item[0])
        plan.append((at + timedelta(minutes=4), "again", p, "Desk 2"))
    if cancelled:  # someone who cancelled turns up anyway: refused
        plan.append((start + timedelta(minutes=30), "refused", rng.choice(cancelled), "Desk 1"))
    plan.sort(key=lambda item: (item[0], item[2].external_id or "", item[1]))
    return [(at.replace(microsecond=0), place, p, desk) for at, place, p, desk in plan]


def create_demo(path: Path | str, *, seed: int = 2017, participants: int = 300,
                checked_in_fraction: float = 0.35, now: datetime | None = None) -> EventStore:
    """A new demo event file at `path` (refuses to overwrite); returns it open.

    `now` (aware) fixes "today" for tests; by default the current time.
    """
    rng = random.Random(seed)
    tz = ZoneInfo(TIMEZONE)
    now = now or utcnow()
    day1 = first_day(now, tz)
    store = create_event(path, EventInfo(
        **EVENT_INFO, starts_on=day1, ends_on=day1 + timedelta(days=1), timezone=TIMEZONE,
        is_demo=True,
    ))
    sessions = _sessions(day1, tz)
    with store.session() as session:
        session.add_all(sessions)
        people: list[Participant] = []
        # One flush at the end instead of one per person (add_participant queries
        # the event and code uniqueness; the unique index still guards codes).
        with session.no_autoflush:
            for fields in _people(rng, participants):
                cancelled = fields.pop("_cancelled")
                p = add_participant(session, fields, desk=AUDIT_DESK)
                if cancelled:
                    set_cancelled(session, p, True, desk=AUDIT_DESK)
                people.append(p)
        active = [p for p in people if p.status is Status.REGISTERED]
        pool = [p for p in active if p.category in
                (Category.PARTICIPANT, Category.SPEAKER, Category.ORGANISER)]
        session.add_all(_register(rng, pool, sessions))

    cancelled = [p for p in people if p.status is Status.CANCELLED]
    plenary = sessions[0].id
    plan = _scan_plan(rng, active, cancelled, checked_in_fraction, day1, tz)
    mistaken = max((i for i, item in enumerate(plan) if item[1] == "plenary"), default=None)
    for i, (at, place, p, desk) in enumerate(plan):
        result = record(store, ScanRequest(p.badge_code, plenary if place == "plenary" else None,
                                           desk=desk), now=at)
        if i == mistaken and result.decision.admitted:  # scanned in by mistake, taken back
            undo(store, result.scan_id, desk=desk)
    return store


__all__ = ["PROGRAMME", "TIMEZONE", "create_demo", "first_day"]
