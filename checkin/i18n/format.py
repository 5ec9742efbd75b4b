"""Dates and times for people: in the event's time zone, in the language's format.

The patterns are Qt's short formats for our three locales (`QLocale(...)
.dateTimeFormat(ShortFormat)`), written out so that formatting needs no Qt
(the fast command line loads none); a test compares them with Qt's own
output, so a Qt upgrade that changes one fails there.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale


# One digit style in every language: Western digits (0–9), in Arabic too. Badge
# codes, room and phone numbers and the counters are written with them, and so
# are times and dates here, rather than Arabic-Indic digits beside Western ones.
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    return text.translate(_WESTERN)


# British English: day before month and a 24-hour clock, as at a European desk.
_LOCALE_NAMES = {"de": "de_DE", "en": "en_GB", "ar": "ar"}
_RLM = "\u200f"  # Qt's Arabic date separators carry a right-to-left mark


def qlocale(lang: str) -> QLocale:
    from PySide6.QtCore import QLocale

    return QLocale(_LOCALE_NAMES.get(lang, lang))


def local(dt: datetime, timezone: str) -> datetime:
    from zoneinfo import ZoneInfo  # here: most scans print no time

    return dt.astimezone(ZoneInfo(timezone))


def _clock(t: datetime, lang: str) -> str:
    if lang == "ar":  # "h:mm Ap": 12-hour clock, ص before noon, م after
        return f"{(t.hour % 12) or 12}:{t.minute:02d} {'ص' if t.hour < 12 else 'م'}"
    return f"{t.hour:02d}:{t.minute:02d}"  # "HH:mm" in de_DE and en_GB


def _date(t: datetime, lang: str) -> str:
    if lang == "de":
        return f"{t.day:02d}.{t.month:02d}.{t.year % 100:02d}"  # dd.MM.yy
    if lang == "ar":
        return f"{t.day}{_RLM}/{t.month}{_RLM}/{t.year}"  # d‏/M‏/yyyy
    return f"{t.day:02d}/{t.month:02d}/{t.year}"  # dd/MM/yyyy


def format_datetime(dt: datetime | None, timezone: str, lang: str) -> str:
    if dt is None:
        return ""
    here = local(dt.replace(microsecond=0), timezone)
    return f"{_date(here, lang)} {_clock(here, lang)}"


def format_time(dt: datetime | None, timezone: str, lang: str) -> str:
    if dt is None:
        return ""
    return _clock(local(dt, timezone), lang)
