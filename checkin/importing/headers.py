"""Which column holds what: header recognition in German, English and Arabic.

Headers are compared folded (case, accents, Arabic letter variants) and with
spaces and punctuation removed, so "E-Mail", "email" and "E Mail" meet. An
exact alias wins; otherwise the longest alias whose words all appear, in order,
in the header ("E-Mail-Adresse" → email, "Municipality in Arabic" →
organisation_ar, not organisation); a tie between fields recognises nothing.
A caller's explicit mapping `{field: header}` overrides all of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from checkin.errors import CheckinError
from checkin.importing.reading import Table, read_table
from checkin.importing.report import ImportReport
from checkin.textnorm import fold

SESSION = "session"  # pseudo-field: a column naming a programme session; may repeat

PARTICIPANT_ALIASES: dict[str, tuple[str, ...]] = {
    # A running number ("lfd. Nr.") is deliberately absent: it changes when a list is
    # re-sorted, and matching a re-import by it would swap people.
    "external_id": (
        "Registrierungs-ID", "Registrierungsnummer", "Registrierungs-Nr", "Anmelde-Nr",
        "Anmeldenummer", "Anmelde-ID", "ID", "Teilnehmer-ID", "Teilnehmernummer",
        "Registration ID", "Registration no", "Registration number", "Reg. no", "Reg-ID",
        "Participant ID", "رقم التسجيل", "رقم المشارك",
    ),
    "salutation": ("Anrede", "Salutation", "Mr/Ms", "Mr./Ms.", "التحية"),
    "title": ("Titel", "Title", "Honorific", "Akademischer Titel", "Academic title", "اللقب",
              "اللقب العلمي"),
    "given_name": ("Vorname", "Rufname", "First name", "Firstname", "Given name", "Forename",
                   "الاسم الأول"),
    "family_name": ("Nachname", "Familienname", "Zuname", "Last name", "Lastname",
                    "Family name", "Surname", "اسم العائلة", "الكنية"),
    "full_name": ("Name", "Full name", "Vollständiger Name", "Vor- und Nachname",
                  "Name, Vorname", "Vorname Name", "Participant name", "Teilnehmername",
                  "الاسم الكامل"),
    "name_ar": ("Name (Arabic)", "Name (arabisch)", "Arabic name", "Arabischer Name",
                "Name in Arabic", "Name auf Arabisch", "Full name (Arabic)", "الاسم بالعربية",
                "الاسم بالعربي", "الاسم"),
    "position": ("Funktion", "Position", "Job title", "Job", "Function", "Designation", "Amt",
                 "Dienststellung", "المنصب", "الوظيفة", "المسمى الوظيفي"),
    "position_ar": ("Position (Arabic)", "Funktion (arabisch)", "Job title (Arabic)",
                    "Position (arabisch)", "Function (Arabic)", "المنصب بالعربية"),
    "organisation": ("Kommune", "Organisation", "Organization", "Institution", "Municipality",
                     "Stadt", "Gemeinde", "Behörde", "Einrichtung", "Verwaltung", "Verein",
                     "City", "Company", "Stadt/Gemeinde", "Firma", "Unternehmen", "Affiliation",
                     "Affiliation/Organisation", "Arbeitgeber", "Employer", "Dienststelle",
                     "البلدية", "المؤسسة", "الجهة", "الهيئة", "جهة العمل", "الشركة"),
    "organisation_ar": ("Municipality (Arabic)", "Organisation (arabisch)",
                        "Organisation (Arabic)", "Organization (Arabic)", "Kommune (arabisch)",
                        "Institution (Arabic)", "البلدية بالعربية", "المؤسسة بالعربية"),
    "country": ("Land", "Country", "Staat", "الدولة", "البلد"),
    "region": ("Bundesland", "Region", "Governorate", "Gouvernement", "Province", "المحافظة",
               "المنطقة"),
    "email": ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address", "Mailadresse",
              "البريد الإلكتروني", "البريد", "الإيميل"),
    "phone": ("Telefon", "Telefonnummer", "Tel", "Phone", "Phone number", "Mobile", "Mobil",
              "Mobilnummer", "Handy", "Handynummer", "Mobile phone", "الهاتف", "رقم الهاتف",
              "الجوال", "الموبايل", "الهاتف المحمول"),
    "language": ("Sprache", "Language", "Dolmetschung", "Verdolmetschung", "Interpretation",
                 "Preferred language", "Badge-Sprache", "اللغة", "الترجمة"),
    "category": ("Kategorie", "Category", "Rolle", "Role", "Teilnehmerkategorie",
                 "Participant type", "الفئة", "الصفة"),
    "desk_note": ("Hinweis", "Notiz", "Note", "Notes", "Bemerkung", "Bemerkungen", "Anmerkung",
                  "Anmerkungen", "Remarks", "Comment", "Kommentar", "ملاحظة", "ملاحظات"),
    "photo_consent": ("Fotoerlaubnis", "Foto-Einwilligung", "Fotos erlaubt", "Fotos", "Foto",
                      "Photo consent", "Photos", "Photo permission", "Photos allowed",
                      "الموافقة على التصوير", "التصوير"),
    SESSION: ("Arbeitsgruppe", "AG", "Working group", "WG", "Workgroup", "Exkursion",
              "Excursion", "Site visit", "Field visit", "Besichtigung", "Workshop", "Session",
              "Sitzung", "Fachforum", "Forum", "مجموعة العمل", "زيارة ميدانية", "ورشة العمل"),
}

PROGRAMME_ALIASES: dict[str, tuple[str, ...]] = {
    "number": ("Nr", "Nummer", "Number", "No", "Session no", "رقم", "الرقم"),
    "title_de": ("Titel", "Titel (deutsch)", "Title (German)", "Thema", "Programmpunkt",
                 "العنوان بالألمانية"),
    "title_en": ("Title", "Titel (englisch)", "Title (English)", "Topic",
                 "العنوان بالإنجليزية"),
    "title_ar": ("Titel (arabisch)", "Title (Arabic)", "العنوان", "العنوان بالعربية"),
    "kind": ("Art", "Kind", "Type", "Typ", "Format", "Veranstaltungsart", "Session type",
             "النوع", "نوع الجلسة"),
    "starts_at": ("Beginn", "Start", "Anfang", "Von", "From", "Startzeit", "Start time",
                  "Begins", "البداية", "وقت البدء", "من"),
    "ends_at": ("Ende", "End", "Bis", "To", "Until", "Endzeit", "End time", "Ends", "النهاية",
                "وقت الانتهاء", "إلى"),
    "room": ("Raum", "Room", "Ort", "Saal", "Location", "Venue", "القاعة", "المكان"),
    "capacity": ("Plätze", "Kapazität", "Capacity", "Seats", "Places", "Max. Teilnehmer",
                 "Teilnehmerzahl", "السعة", "عدد المقاعد"),
    "registration_required": (
        "Anmeldung erforderlich", "Anmeldung", "Anmeldepflicht", "Anmeldepflichtig",
        "Registration required", "Registration", "Requires registration", "التسجيل مطلوب",
        "يتطلب التسجيل",
    ),
}

# Too short or too common to be trusted inside a longer header ("Company name").
_EXACT_ONLY = {"name", "id", "nr", "no", "mail", "art", "typ", "type", "title", "titel", "ag",
               "wg", "job", "tel", "to", "from", "von", "bis", "end", "ende", "start", "land",
               "من", "الي"}
_MIN_FUZZY_LENGTH = 4
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def header_key(text: str) -> str:
    """Folded, without spaces and punctuation: the form headers are compared in."""
    return "".join(_words(text))


@dataclass(frozen=True)
class Column:
    index: int
    header: str


@dataclass
class HeaderMap:
    fields: dict[str, Column] = field(default_factory=dict)
    sessions: list[Column] = field(default_factory=list)  # participant lists only

    def header(self, name: str) -> str | None:
        column = self.fields.get(name)
        return column.header if column else None


class Aliases:
    """An alias table compiled for lookups."""

    def __init__(self, table: Mapping[str, Sequence[str]], multi: Sequence[str] = ()) -> None:
        self.names = tuple(table)
        self.multi = frozenset(multi)
        self._exact: dict[str, str] = {}
        self._fuzzy: list[tuple[tuple[str, ...], str, int]] = []
        for name, aliases in table.items():
            for alias in (name, *aliases):
                key = header_key(alias)
                if not key:
                    continue
                # Two fields claiming one alias would make recognition arbitrary.
                assert self._exact.get(key, name) == name, (alias, name, self._exact[key])
                self._exact[key] = name
                tokens = _words(alias)
                if len(key) >= _MIN_FUZZY_LENGTH and key not in _EXACT_ONLY:
                    self._fuzzy.append((tokens, name, len(key)))

    def known(self, header: str) -> bool:
        return self.recognise(header) is not None

    def exact(self, key: str) -> str | None:
        """The field whose alias is exactly this header key."""
        return self._exact.get(key)

    def fuzzy(self, tokens: tuple[str, ...]) -> dict[str, int]:
        """{field: length of its longest alias whose words appear, in order, in tokens}."""
        best: dict[str, int] = {}
        for alias_tokens, name, score in self._fuzzy:
            if _contains(tokens, alias_tokens):
                best[name] = max(best.get(name, 0), score)
        return best

    def recognise(self, header: str) -> str | None:
        key = header_key(header)
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        best = self.fuzzy(_words(header))
        if not best:
            return None
        top = max(best.values())
        winners = [n for n, s in best.items() if s == top]
        return winners[0] if len(winners) == 1 else None  # a tie is no answer


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """All words of `part`, in order, among `tokens` ("Municipality in Arabic")."""
    rest = iter(tokens)
    return all(word in rest for word in part)


PARTICIPANT_HEADERS = Aliases(PARTICIPANT_ALIASES, multi=(SESSION,))
PROGRAMME_HEADERS = Aliases(PROGRAMME_ALIASES)


def map_headers(headers: Sequence[str], aliases: Aliases, report: ImportReport,
                mapping: Mapping[str, str | Sequence[str] | None] | None = None) -> HeaderMap:
    """Columns for fields, reporting `unknown_field`, `mapped_column_missing` (errors),
    `unknown_column` and `duplicate_column` (warnings).

    In `mapping`, a field mapped to "" or None is not imported, and its column is
    not reported as unknown.
    """
    result = HeaderMap()
    taken: set[int] = set()
    silenced: set[int] = set()
    fixed: set[str] = set()
    for name, wanted in (mapping or {}).items():
        if name not in aliases.names:
            report.error("unknown_field", None, None, field=name)
            continue
        fixed.add(name)
        for header in _as_list(wanted):
            index = _find_column(headers, header)
            if index is None:
                report.error("mapped_column_missing", None, header, field=name)
                continue
            taken.add(index)
            _assign(result, aliases, name, Column(index, headers[index]), report)
        if not _as_list(wanted):  # explicitly not imported
            silenced.update(i for i, h in enumerate(headers) if aliases.recognise(h) == name)

    for index, header in enumerate(headers):
        if index in taken or index in silenced or not header:
            continue
        name = aliases.recognise(header)
        if name is None:
            report.warning("unknown_column", None, header)
        elif name not in fixed:
            _assign(result, aliases, name, Column(index, header), report)
    return result


def _as_list(wanted: str | Sequence[str] | None) -> list[str]:
    if wanted is None:
        return []
    if isinstance(wanted, str):
        return [wanted] if wanted.strip() else []
    return [w for w in wanted if w and w.strip()]


def _find_column(headers: Sequence[str], wanted: str) -> int | None:
    for i, header in enumerate(headers):
        if header == wanted:
            return i
    key = header_key(wanted)
    for i, header in enumerate(headers):
        if key and header_key(header) == key:
            return i
    return None


def _assign(result: HeaderMap, aliases: Aliases, name: str, column: Column,
            report: ImportReport) -> None:
    if name in aliases.multi:
        result.sessions.append(column)
    elif name in result.fields:
        # Two "Phone" columns: the first one wins, and the reader is told.
        report.warning("duplicate_column", None, column.header, field=name,
                       used=result.fields[name].header)
    else:
        result.fields[name] = column


def read_mapped(path: object, aliases: Aliases, report: ImportReport,
                mapping: Mapping[str, str | Sequence[str] | None] | None = None,
                sheet: str | None = None) -> tuple[Table, HeaderMap] | None:
    """The file as a table with its columns mapped to fields; None when the
    file cannot be read (the reason is then in the report)."""
    try:
        table = read_table(path, is_known_header=aliases.known,  # type: ignore[arg-type]
                           sheet=sheet)
    except CheckinError as exc:
        report.add_exception(exc)
        return None
    report.problems.extend(table.problems)  # warnings of the reading itself (with rows)
    report.sheet, report.sheets = table.sheet, list(table.sheets)
    return table, map_headers(table.headers, aliases, report, mapping)
