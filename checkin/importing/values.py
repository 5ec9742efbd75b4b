"""Cell values as the domain wants them: languages, categories, kinds, yes/no,
numbers and local times, written in German, English or Arabic.

Every parser returns None for a value it does not understand; the caller
reports the problem with its row and column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from checkin.importing.reading import Cell
from checkin.store.models import Category, SessionKind
from checkin.textnorm import clean, fold

# Cleaning and folding run for every cell; organisations and sessions repeat a lot.
cached_clean = lru_cache(maxsize=65_536)(clean)
cached_fold = lru_cache(maxsize=65_536)(fold)


def _table(entries: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(word): value for value, words in entries.items() for word in (value, *words)}


_LANGUAGES = _table({
    "de": ("deu", "ger", "deutsch", "german", "allemand", "ألمانية", "الألمانية", "ألماني",
           "اللغة الألمانية"),
    "en": ("eng", "englisch", "english", "anglais", "إنجليزية", "الإنجليزية", "إنجليزي",
           "الإنكليزية", "إنكليزي", "اللغة الإنجليزية"),
    "ar": ("ara", "arabisch", "arabic", "arabe", "عربي", "عربية", "العربية", "اللغة العربية"),
})

_CATEGORIES = _table({
    Category.PARTICIPANT.value: ("Teilnehmer", "Teilnehmerin", "Teilnehmer/in", "Teilnehmende",
                                 "Participant", "Delegate", "Delegierte", "مشارك", "مشاركة"),
    Category.SPEAKER.value: ("Referent", "Referentin", "Referent/in", "Redner", "Rednerin",
                             "Speaker", "Panelist", "Panellist", "متحدث", "متحدثة"),
    Category.ORGANISER.value: ("Organisation", "Organisator", "Organisatorin", "Veranstalter",
                               "Organisation team", "Organizer", "Organiser", "منظم", "المنظمون"),
    Category.PRESS.value: ("Presse", "Press", "Media", "Medien", "Journalist", "Journalistin",
                           "صحافة", "صحفي", "إعلام"),
    Category.INTERPRETER.value: ("Dolmetscher", "Dolmetscherin", "Dolmetscher/in", "Interpreter",
                                 "Translator", "Übersetzer", "مترجم", "مترجمة"),
    Category.STAFF.value: ("Team", "Staff", "Mitarbeiter", "Mitarbeiterin", "Helfer", "Helferin",
                           "Crew", "فريق", "طاقم"),
})

_KINDS = _table({
    SessionKind.PLENARY.value: ("Plenum", "Plenary", "Plenarsitzung", "Keynote", "Vortrag",
                                "جلسة عامة", "الجلسة العامة"),
    SessionKind.PANEL.value: ("Podium", "Panel", "Podiumsdiskussion", "Panel discussion",
                              "Diskussion", "حلقة نقاش", "نقاش"),
    SessionKind.WORKING_GROUP.value: ("Arbeitsgruppe", "AG", "Working group", "WG", "Workshop",
                                      "Forum", "Fachforum", "مجموعة عمل", "مجموعة العمل",
                                      "ورشة عمل"),
    SessionKind.SITE_VISIT.value: ("Besichtigung", "Exkursion", "Site visit", "Excursion",
                                   "Field visit", "Field trip", "زيارة ميدانية", "زيارة"),
    SessionKind.SOCIAL.value: ("Empfang", "Abendessen", "Mittagessen", "Social", "Reception",
                               "Dinner", "Lunch", "Kulturprogramm", "حفل استقبال", "عشاء", "غداء"),
})

_YES = {fold(w) for w in ("ja", "j", "yes", "y", "x", "1", "true", "wahr", "نعم")}
_NO = {fold(w) for w in ("nein", "n", "no", "0", "false", "falsch", "لا")}
_CHECKMARKS = {"✓", "✔", "☑", "✅"}

# Digits as Arabic and Persian keyboards type them.
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})


def as_text(value: Cell) -> str:
    """A cell as text (a date where text was expected is kept as ISO text)."""
    if isinstance(value, str):
        return cached_clean(value)
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    return value.isoformat()


def language(text: str) -> str | None:
    """"de", "en", "ar"; "" for a blank cell; None when not understood."""
    return _LANGUAGES.get(cached_fold(text)) if text else ""


def category(text: str) -> Category | None:
    value = _CATEGORIES.get(cached_fold(text))
    return Category(value) if value else None


def session_kind(text: str) -> SessionKind | None:
    value = _KINDS.get(cached_fold(text))
    return SessionKind(value) if value else None


def yes_no(text: str) -> bool | None:
    """A blank cell is "no": most lists only mark the sessions that need a sign-up."""
    if not text:
        return False
    if text.strip() in _CHECKMARKS:
        return True
    key = fold(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def whole_number(text: str) -> int | None:
    """A non-negative integer ("40", "٤٠"); None for anything else."""
    digits = text.translate(_DIGITS).strip()
    return int(digits) if digits.isascii() and digits.isdigit() else None


_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S",
    "%d.%m.%y %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y/%m/%d %H:%M",
    "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y",
)
_NOISE = re.compile(r"\s*(uhr|h)\s*$|,", re.IGNORECASE)
_DOTTED_TIME = re.compile(r"(\s\d{1,2})\.(\d{2})$")


def local_datetime(value: Cell, zone: ZoneInfo) -> datetime | None:
    """A cell read as wall-clock time in the event's zone, returned as aware UTC.

    Accepts spreadsheet datetimes, ISO ("2017-11-20 09:00", with or without an
    offset) and German "20.11.2017 09:00". A bare date means midnight.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, time) or not value:
        return None  # a time without a date cannot be placed
    else:
        text = _NOISE.sub(" ", value.translate(_DIGITS)).strip()
        # "20.11.2017 9.00": German programmes often write the time with a dot.
        text = _DOTTED_TIME.sub(r"\1:\2", text)
        moment = _parse(text)
        if moment is None:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(timezone.utc)


def _parse(text: str) -> datetime | None:
    text = re.sub(r"\s+", " ", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
