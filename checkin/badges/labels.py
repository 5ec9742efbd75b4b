"""Words printed on badges, per language: categories, session kinds, days.

A badge is a printed document in the layout's language, not part of the
window, so its few words live here as data (the domain has no Qt catalogs)
and a layout file may override any of them under "labels". The words match
the window's translations.
"""

from __future__ import annotations

from collections.abc import Mapping

Labels = Mapping[str, Mapping[str, str]]  # key → language → text

DEFAULT_LABELS: dict[str, dict[str, str]] = {
    "category.participant": {"de": "Teilnehmer/in", "en": "Participant", "ar": "مشارك"},
    "category.speaker": {"de": "Referent/in", "en": "Speaker", "ar": "متحدث"},
    "category.organiser": {"de": "Veranstalter", "en": "Organiser", "ar": "منظِّم"},
    "category.press": {"de": "Presse", "en": "Press", "ar": "صحافة"},
    "category.interpreter": {"de": "Dolmetscher/in", "en": "Interpreter", "ar": "مترجم"},
    "category.staff": {"de": "Team", "en": "Staff", "ar": "طاقم"},
    "kind.plenary": {"de": "Plenum", "en": "Plenary", "ar": "جلسة عامة"},
    "kind.panel": {"de": "Podiumsdiskussion", "en": "Panel discussion", "ar": "حلقة نقاش"},
    "kind.working_group": {"de": "Arbeitsgruppe", "en": "Working group", "ar": "مجموعة عمل"},
    "kind.site_visit": {"de": "Exkursion", "en": "Site visit", "ar": "زيارة ميدانية"},
    "kind.social": {"de": "Rahmenprogramm", "en": "Social event", "ar": "نشاط اجتماعي"},
    "photo.none": {"de": "Bitte keine Fotos", "en": "No photos, please", "ar": "بدون تصوير من فضلك"},
    "programme.title": {"de": "Mein Programm", "en": "My programme", "ar": "برنامجي"},
    "programme.none": {"de": "Keine Anmeldungen zu Arbeitsgruppen oder Exkursionen",
                       "en": "No working group or site visit registered",
                       "ar": "لا تسجيل في مجموعات عمل أو زيارات ميدانية"},
    "programme.more": {"de": "und {count} weitere", "en": "and {count} more",
                       "ar": "و{count} أخرى"},
}

WEEKDAYS = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def label(labels: Labels, key: str, lang: str) -> str:
    """The word in `lang`, else English, else any; the key itself if unknown."""
    by_lang = labels.get(key) or DEFAULT_LABELS.get(key) or {}
    return by_lang.get(lang) or by_lang.get("en") or next(iter(by_lang.values()), key)


def merged(overrides: Labels) -> dict[str, dict[str, str]]:
    """The defaults with a layout's overrides on top (per key and language)."""
    result = {k: dict(v) for k, v in DEFAULT_LABELS.items()}
    for key, by_lang in overrides.items():
        result.setdefault(key, {}).update(by_lang)
    return result
