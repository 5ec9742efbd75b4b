"""Which column of a participant list holds what: every column scored against
every field, from its header's words and a sample of its values.

Evidence, strongest first: the user's mapping; what a recognised export
(`formats`) means by a column; the header (an exact alias beats one whose
words appear in a longer header; "Attendee name: Given name" is read by its
part after the colon; attendee columns beat buyer and invoice columns; a city
is a weak organisation); then the values (emails look like emails, an ID
column holds numbers, an all-empty column loses, Latin names are not the
Arabic name). Each field takes its best column; a column that lost to another
is reported, and a close race is reported as ambiguous, naming both columns.
Only the first `SAMPLE_ROWS` rows are looked at, so a long list costs no more.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from checkin.importing import formats
from checkin.importing.headers import (
    PARTICIPANT_HEADERS,
    SESSION,
    Column,
    HeaderMap,
    _as_list,
    _find_column,
    _words,
    header_key,
)
from checkin.importing.names import is_arabic
from checkin.importing.reading import Row
from checkin.importing.report import ImportReport
from checkin.importing.values import as_text, yes_no

SAMPLE_ROWS = 200
EXACT, AFTER_COLON, WEAK = 60, 55, 35
CLOSE = 8  # a runner-up this close to the winner makes the choice ambiguous
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBER = re.compile(r"^[#\d][\d\s./-]*$")
# A city names where someone lives, not whom they represent: only a weak organisation.
_CITY_KEYS = {header_key(h) for h in ("Stadt", "City", "Ort", "Gemeinde", "Town", "المدينة")}
_BUYER = {header_key(w) for w in (
    "Rechnung", "Rechnungsadresse", "Invoice", "Billing", "Buyer", "Käufer", "Käuferin",
    "Besteller", "Bestellerin", "Bestellung", "Order", "Assistent", "Assistant", "privat",
    "Home", "Home City", "المشتري", "الفاتورة")}
_ATTENDEE = {header_key(w) for w in (
    "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Attendee", "Participant", "Registrant",
    "Delegate", "المشارك", "المشاركة")}
_NAME_WORDS = {header_key(w) for w in ("Name", "Namen", "الاسم", "اسم")}
_FREE_FIELDS = {"external_id", "phone", SESSION}  # session cells may be numbers  # fields whose values may be bare numbers


@dataclass(frozen=True)
class Choice:
    """What recognition decided for one column, and why (machine codes)."""

    index: int
    header: str
    field: str | None  # None: not imported
    reason: str  # mapped | format | header | header_words | values_email | values_latin |
    #              values_arabic | ignored | format_ignored | lost | unknown | empty
    other: str | None = None  # the competing column's header (lost, or ambiguous)
    ambiguous: bool = False

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Recognition:
    columns: HeaderMap
    choices: list[Choice]
    format: formats.ExportFormat | None
    yes_no_sessions: set[int] = field(default_factory=set)  # column indexes


@dataclass
class _Evidence:
    filled: int = 0
    emails: int = 0
    numbers: int = 0
    arabic: int = 0
    yes_no: int = 0


def _evidence(rows: Sequence[Row], index: int) -> _Evidence:
    ev = _Evidence()
    for _, cells in rows[:SAMPLE_ROWS]:
        text = as_text(cells[index]) if index < len(cells) else ""
        if not text:
            continue
        ev.filled += 1
        ev.emails += bool(_EMAIL.match(text))
        ev.numbers += bool(_NUMBER.match(text))
        ev.arabic += is_arabic(text)
        # "1" in a session column is session 1, not "yes": only words and ticks answer
        ev.yes_no += not text.isdigit() and yes_no(text) is not None
    return ev


def _header_candidates(header: str) -> dict[str, tuple[int, str]]:
    """{field: (score, reason)} from the header alone."""
    key = header_key(header)
    if not key:
        return {}
    exact = PARTICIPANT_HEADERS.exact(key)
    if exact:
        return {exact: (WEAK if exact == "organisation" and key in _CITY_KEYS else EXACT, "header")}
    found: dict[str, tuple[int, str]] = {}
    if ":" in header:  # "Attendee name: Given name": the part after the colon says what it is
        tail = header.rsplit(":", 1)[1]
        name = PARTICIPANT_HEADERS.exact(header_key(tail))
        if name:
            found[name] = (AFTER_COLON, "header")
    fuzzy = PARTICIPANT_HEADERS.fuzzy(_words(header))
    if fuzzy:
        top = max(fuzzy.values())
        winners = [n for n, s in fuzzy.items() if s == top]
        if len(winners) == 1 and winners[0] not in found:  # a tie is no answer
            score = min(50, 20 + top)
            if winners[0] == "organisation" and any(
                    w in _CITY_KEYS for w in map(header_key, _words(header))):
                score = min(score, WEAK)
            found[winners[0]] = (score, "header_words")
    return found


def _role(header: str) -> int:
    words = {header_key(w) for w in _words(header)}
    if words & _BUYER:
        return -30
    if words & _ATTENDEE:
        return 10
    return 0


def _score(candidates: dict[str, tuple[int, str]], ev: _Evidence, header: str,
           from_format: bool) -> dict[str, tuple[int, str]]:
    """Header candidates corrected by what the values say."""
    result: dict[str, tuple[int, str]] = {}
    if ev.filled and ev.arabic * 10 >= ev.filled * 8 and not from_format:
        for name in ("full_name", "given_name", "family_name"):  # an Arabic name column
            if name in candidates:
                score, _ = candidates.pop(name)
                candidates.setdefault("name_ar", (score - 5, "values_arabic"))
    if "name_ar" in candidates and ev.filled and ev.arabic * 10 < ev.filled * 2:
        score, _ = candidates.pop("name_ar")  # Latin letters: the name as in the passport
        if {header_key(w) for w in _words(header)} & _NAME_WORDS or not from_format:
            candidates.setdefault("full_name", (score - 5, "values_latin"))
    role = 0 if from_format else _role(header)
    for name, (score, reason) in candidates.items():
        score += role
        if not ev.filled:
            score -= 45  # empty in every row sampled: any real column beats it
        elif name == "email":
            if ev.emails * 10 >= ev.filled * 8:
                score += 15
                reason = "values_email" if reason != "format" else reason
            elif ev.emails * 2 < ev.filled:
                score -= 50  # "anonymous", names: not an email column
        elif ev.emails * 10 >= ev.filled * 8 and name != SESSION:
            score -= 50  # a column of emails is not a name or an organisation
        if ev.filled and name not in _FREE_FIELDS and ev.numbers * 10 >= ev.filled * 8:
            score -= 70  # numbers are not a job title, a name or an organisation
        elif name == "external_id" and ev.filled and ev.numbers * 10 >= ev.filled * 8:
            score += 10
        result[name] = (score, reason)
    return result


def recognise_participants(headers: Sequence[str], rows: Sequence[Row], report: ImportReport,
                           mapping: Mapping[str, str | Sequence[str] | None] | None = None,
                           ignore: Collection[str] = ()) -> Recognition:
    """Columns for fields, reporting `unknown_field`, `mapped_column_missing`,
    `unknown_ignored_column` (errors), `unknown_column`, `duplicate_column` and
    `ambiguous_column` (warnings)."""
    keys = [header_key(h) for h in headers]
    found_format = formats.detect(keys)
    choices: dict[int, Choice] = {}
    result = HeaderMap()
    fixed: set[str] = set()
    silenced: set[str] = set()  # fields mapped to nothing

    for header in ignore:
        index = _find_column(headers, header)
        if index is None:
            report.error("unknown_ignored_column", None, header)
        else:
            choices[index] = Choice(index, headers[index], None, "ignored")
    for name, wanted in (mapping or {}).items():
        if name not in PARTICIPANT_HEADERS.names:
            report.error("unknown_field", None, None, field=name)
            continue
        targets = _as_list(wanted)
        if not targets:
            silenced.add(name)
        fixed.add(name)
        for header in targets:
            index = _find_column(headers, header)
            if index is None:
                report.error("mapped_column_missing", None, header, field=name)
                continue
            choices[index] = Choice(index, headers[index], name, "mapped")
            column = Column(index, headers[index])
            if name == SESSION:
                result.sessions.append(column)
            else:
                result.fields[name] = column

    scored: dict[int, dict[str, tuple[int, str]]] = {}
    evidence: dict[int, _Evidence] = {}
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        seen[keys[index]] = occurrence = seen.get(keys[index], 0) + 1
        if index in choices or not header:
            continue
        ev = evidence[index] = _evidence(rows, index)
        rule = found_format.rule(keys[index], occurrence) if found_format else None
        if rule is not None and rule.field is None:
            choices[index] = Choice(index, header, None, "format_ignored")
            continue
        if rule is not None:
            candidates = {rule.field: (rule.score, "format")}
        else:
            candidates = _header_candidates(header)
        scored[index] = {n: v for n, v in _score(candidates, ev, header, rule is not None).items()
                         if n not in silenced}
        if not scored[index] and any(n in silenced for n in candidates):
            choices[index] = Choice(index, header, None, "ignored")

    _assign(headers, scored, evidence, fixed, choices, result, report)
    yes_no_columns = {c.index for c in result.sessions
                      if (ev := evidence.get(c.index)) and ev.filled and ev.yes_no == ev.filled}
    for index, header in enumerate(headers):
        if header and index not in choices:
            choices[index] = Choice(index, header, None, "unknown")
            report.warning("unknown_column", None, header)
    return Recognition(result, [choices[i] for i in sorted(choices)], found_format, yes_no_columns)


def _assign(headers: Sequence[str], scored: dict[int, dict[str, tuple[int, str]]],
            evidence: dict[int, _Evidence], fixed: set[str], choices: dict[int, Choice],
            result: HeaderMap, report: ImportReport) -> None:
    """Greedy by score: each field its best column, each column one field."""
    ranked = sorted(((score, -index, index, name, reason)
                     for index, cands in scored.items()
                     for name, (score, reason) in cands.items() if score > 0), reverse=True)
    winners: dict[str, tuple[int, int]] = {}  # field → (column index, score)
    for score, _, index, name, reason in ranked:
        if index in choices or name in fixed:
            continue
        if name == SESSION:
            result.sessions.append(Column(index, headers[index]))
        elif name in winners:
            continue
        else:
            winners[name] = (index, score)
            result.fields[name] = Column(index, headers[index])
        choices[index] = Choice(index, headers[index], name, reason)
    result.sessions.sort(key=lambda c: c.index)
    # Columns that wanted a field another column won: say so, louder when it was close.
    for index, cands in scored.items():
        if index in choices or not cands:
            continue
        name, (score, _) = max(cands.items(), key=lambda item: item[1][0])
        if name in fixed or name not in winners:
            choices[index] = Choice(index, headers[index], None,
                                    "empty" if not evidence[index].filled else "unknown")
            continue
        won, best = winners[name]
        close = score > 0 and best - score < CLOSE
        choices[index] = Choice(index, headers[index], None, "lost", headers[won], close)
        if close:
            choices[won] = Choice(won, headers[won], name, choices[won].reason, headers[index], True)
            report.warning("ambiguous_column", None, headers[won], field=name,
                           other=headers[index])
        else:
            report.warning("duplicate_column", None, headers[index], field=name,
                           used=headers[won])


def sheet_score(headers: Sequence[str]) -> float:
    """How much a sheet looks like a list with one row per person (picks the sheet)."""
    keys = [header_key(h) for h in headers]
    found = formats.detect(keys)
    score = float(sum(1 for h in headers if h and PARTICIPANT_HEADERS.known(h)))
    if found is not None:
        score += 100 if found.one_row_per_person else -100
    return score
