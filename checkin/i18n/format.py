"""Dates and times for people: in the event's time zone, in the language's format."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QTime, QTimeZone


# One digit style in every language: Western digits (0–9), in Arabic too. Badge
# codes, room and phone numbers and the counters are written with them, and so
# are times and dates here, rather than Arabic-Indic digits beside Western ones.
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    return text.translate(_WESTERN)


# British English: day before month and a 24-hour clock, as at a European desk.
_LOCALE_NAMES = {"de": "de_DE", "en": "en_GB", "ar": "ar"}


def qlocale(lang: str) -> QLocale:
    return QLocale(_LOCALE_NAMES.get(lang, lang))


def local(dt: datetime, timezone: str) -> datetime:
    return dt.astimezone(ZoneInfo(timezone))


def format_datetime(dt: datetime | None, timezone: str, lang: str) -> str:
    if dt is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone(timezone.encode()))
    return western_digits(qlocale(lang).toString(moment, QLocale.FormatType.ShortFormat))


def format_time(dt: datetime | None, timezone: str, lang: str) -> str:
    if dt is None:
        return ""
    here = local(dt, timezone)
    return western_digits(qlocale(lang).toString(QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat))
