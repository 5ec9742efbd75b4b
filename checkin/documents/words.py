"""Words printed on the documents, per language (de, en, ar).

Like the badges' labels (`checkin.badges.labels`), a printed document is in
its own language, not the window's, so its words are data here and the
domain needs no Qt catalogs. A certificate layout carries its own texts.
"""

from __future__ import annotations

from checkin.badges.labels import label as badge_label

WORDS: dict[str, dict[str, str]] = {
    "sheet.title": {"de": "Teilnahmeliste", "en": "Attendance list", "ar": "قائمة الحضور"},
    "sheet.grid_title": {"de": "Teilnahmeliste – alle Programmpunkte des Tages",
                         "en": "Attendance list – all sessions of the day",
                         "ar": "قائمة الحضور – جميع جلسات اليوم"},
    "sheet.venue": {"de": "Anwesenheit am Veranstaltungsort", "en": "Presence at the venue",
                    "ar": "الحضور في مكان المؤتمر"},
    "sheet.date": {"de": "Datum", "en": "Date", "ar": "التاريخ"},
    "sheet.session": {"de": "Programmpunkt", "en": "Session", "ar": "الجلسة"},
    "sheet.time": {"de": "Zeit", "en": "Time", "ar": "الوقت"},
    "sheet.room": {"de": "Ort", "en": "Room", "ar": "المكان"},
    "sheet.notice": {
        "de": "Datenschutz: Diese Liste dient allein dem Nachweis der Teilnahme gegenüber dem "
              "Zuwendungsgeber (Art. 6 Abs. 1 lit. c/e DSGVO). Sie wird nach Ablauf der "
              "Aufbewahrungsfrist vernichtet. Bitte nur in der eigenen Zeile unterschreiben.",
        "en": "Data protection: this list serves only as proof of attendance for the funding "
              "body (Art. 6(1)(c)/(e) GDPR) and is destroyed when the retention period ends. "
              "Please sign in your own row only.",
        "ar": "حماية البيانات: تُستخدم هذه القائمة فقط لإثبات الحضور أمام الجهة المموِّلة، "
              "وتُتلف بعد انتهاء مدة الحفظ. يُرجى التوقيع في السطر الخاص بك فقط.",
    },
    "sheet.checked_by": {"de": "Geprüft von (Name, Unterschrift):",
                         "en": "Checked by (name, signature):",
                         "ar": "تمت المراجعة من قِبل (الاسم، التوقيع):"},
    "sheet.page": {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}",
                   "ar": "صفحة {page} من {pages}"},
    "sheet.group_other": {"de": "Ohne Angabe", "en": "Not given", "ar": "غير محدد"},
    "col.number": {"de": "Nr.", "en": "No.", "ar": "رقم"},
    "col.family_name": {"de": "Name", "en": "Family name", "ar": "اسم العائلة"},
    "col.given_name": {"de": "Vorname", "en": "Given name", "ar": "الاسم الأول"},
    "col.name_ar": {"de": "Name (arabisch)", "en": "Name (Arabic)", "ar": "الاسم بالعربية"},
    "col.organisation": {"de": "Organisation / Kommune", "en": "Organisation / municipality",
                         "ar": "المؤسسة / البلدية"},
    "col.position": {"de": "Funktion", "en": "Function", "ar": "الوظيفة"},
    "col.country": {"de": "Land", "en": "Country", "ar": "البلد"},
    "col.arrival": {"de": "Scan", "en": "Scan", "ar": "المسح"},
    "col.signature": {"de": "Unterschrift", "en": "Signature", "ar": "التوقيع"},
    "country.Germany": {"de": "Deutschland", "en": "Germany", "ar": "ألمانيا"},
    "country.Palestine": {"de": "Palästina", "en": "Palestine", "ar": "فلسطين"},
    "hours": {"de": "{hours} Std.", "en": "{hours} h", "ar": "{hours} ساعة"},
    "report.title": {"de": "Statistik der Veranstaltung", "en": "Event statistics",
                     "ar": "إحصاءات المؤتمر"},
    "report.registered": {"de": "Angemeldet", "en": "Registered", "ar": "المسجلون"},
    "report.arrived": {"de": "Gekommen", "en": "Arrived", "ar": "الحاضرون"},
    "report.cancelled": {"de": "Abgesagt", "en": "Cancelled", "ar": "الملغاة"},
    "report.no_shows": {"de": "Nicht erschienen", "en": "No-shows", "ar": "لم يحضروا"},
    "report.walk_ins": {"de": "Vor Ort nachgemeldet", "en": "Walk-ins", "ar": "سُجّلوا في الموقع"},
    "report.per_quarter": {"de": "Ankünfte je Viertelstunde", "en": "Arrivals per 15 minutes",
                           "ar": "الوصول كل 15 دقيقة"},
    "report.per_day": {"de": "Ankünfte je Tag", "en": "Arrivals per day", "ar": "الوصول حسب اليوم"},
    "report.sessions": {"de": "Programmpunkte: angemeldet, anwesend, Plätze",
                        "en": "Sessions: registered, present, places",
                        "ar": "الجلسات: المسجلون والحاضرون والمقاعد"},
    "report.present": {"de": "Anwesend", "en": "Present", "ar": "الحاضرون"},
    "report.places": {"de": "Plätze", "en": "Places", "ar": "المقاعد"},
    "report.countries": {"de": "Nach Land", "en": "By country", "ar": "حسب البلد"},
    "report.categories": {"de": "Nach Kategorie", "en": "By category", "ar": "حسب الفئة"},
    "report.organisation_types": {"de": "Nach Art der Organisation", "en": "By type of organisation",
                                  "ar": "حسب نوع المؤسسة"},
    "orgtype.municipality": {"de": "Kommune", "en": "Municipality", "ar": "بلدية"},
    "orgtype.media": {"de": "Medien", "en": "Media", "ar": "إعلام"},
    "orgtype.other": {"de": "Andere", "en": "Other", "ar": "أخرى"},
    "orgtype.none": {"de": "Ohne Angabe", "en": "Not given", "ar": "غير محدد"},
    "no_photos.title": {"de": "Bitte nicht fotografieren", "en": "No photos, please",
                        "ar": "يُرجى عدم التصوير"},
}


def word(key: str, lang: str, **params: object) -> str:
    """The word in `lang`, else English; badge labels (categories, kinds, days) as well."""
    by_lang = WORDS.get(key)
    text = (by_lang.get(lang) or by_lang.get("en", key)) if by_lang else badge_label({}, key, lang)
    return text.format(**params) if params else text


def country(name: str, lang: str) -> str:
    """A country as stored (the demo and imports use English names), in `lang`."""
    by_lang = WORDS.get(f"country.{name}")
    return (by_lang.get(lang) or name) if by_lang else name


def number(value: float, lang: str, decimals: int = 1) -> str:
    """A number the way the language writes it: 2,5 in German, 2.5 otherwise."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",") if lang == "de" else text
