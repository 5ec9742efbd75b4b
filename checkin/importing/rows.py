"""Participant rows parsed from a table: cleaned values, sessions, problems.

Nothing here touches the database: each row becomes the values the file
gives for a person, the sessions it names, and a folded key (name and
organisation) for matching; problems are reported with row and column.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from checkin.importing.headers import HeaderMap
from checkin.importing.reading import Cell, Table
from checkin.importing.report import ImportReport
from checkin.importing.sessionref import SessionIndex
from checkin.importing.names import split_full_name
from checkin.importing.values import as_text, cached_fold, category, language, yes_no

NAME_FIELDS = ("given_name", "family_name", "full_name", "name_ar")
_LOST = ("?", "\ufffd")  # what Excel leaves of characters its code page cannot hold


@dataclass
class ParsedRow:
    number: int
    values: dict[str, object]  # cleaned, only for columns the file has
    sessions: set[uuid.UUID] | None  # None: the file has no session columns
    key: str  # folded name + organisation, for matching and duplicates
    named: bool



def parse_rows(table: Table, columns: HeaderMap, index: SessionIndex | None,
               report: ImportReport, yes_no_columns: Collection[int] = ()) -> list[ParsedRow]:
    """Every row parsed, then the checks across rows (duplicates, shared emails).

    A session column in `yes_no_columns` answers a question ("Teilnahme an der
    Exkursion: Ja/Nein"): its "yes" rows register for the session its header
    names; a header that names no session is reported once and the column left out.
    """
    latin, with_org = key_kinds(columns)
    questions = _session_questions(columns, index, yes_no_columns, report)
    rows = [_parse_row(number, cells, columns, index, report, latin, with_org, questions)
            for number, cells in table.rows]
    _check_within_file(rows, columns, report)
    return rows


def key_kinds(columns: HeaderMap) -> tuple[bool, bool]:
    """Whether keys use Latin names and the organisation: only what the file has."""
    latin = any(n in columns.fields for n in ("given_name", "family_name", "full_name"))
    with_org = any(n in columns.fields for n in ("organisation", "organisation_ar"))
    return latin, with_org


def _session_questions(columns: HeaderMap, index: SessionIndex | None,
                       yes_no_columns: Collection[int],
                       report: ImportReport) -> dict[int, tuple[uuid.UUID, ...]]:
    """{column index: the sessions it registers for} for yes/no session columns."""
    if index is None:
        return {}
    found: dict[int, tuple[uuid.UUID, ...]] = {}
    for column in columns.sessions:
        if column.index in yes_no_columns:
            found[column.index] = ids = index.named_in(column.header)
            if not ids:
                report.warning("session_question_unknown", None, column.header)
    return found


def _parse_row(number: int, cells: tuple[Cell, ...], columns: HeaderMap,
               index: SessionIndex | None, report: ImportReport, latin: bool,
               with_org: bool, questions: Mapping[int, tuple[uuid.UUID, ...]]) -> ParsedRow:
    values: dict[str, object] = {}
    for name, column in columns.fields.items():
        if name == "full_name":
            continue
        text = as_text(cells[column.index])
        if name == "external_id":
            values[name] = text or None
        elif name == "email":
            values[name] = _email(text, number, column.header, report)
        elif name == "language":
            lang = language(text)
            if lang is None:  # left as it was: a typo should not erase a known language
                report.warning("unknown_language", number, column.header, value=text)
            else:
                values[name] = lang
        elif name == "photo_consent":
            if text:  # blank: not asked (a known person keeps what they said)
                consent = yes_no(text)
                if consent is None:
                    report.warning("bad_yes_no", number, column.header, value=text)
                else:
                    values[name] = consent
        elif name == "category":
            if text:  # blank: a new person is a participant, a known one keeps theirs
                cat = category(text)
                if cat is None:
                    report.error("unknown_category", number, column.header, value=text)
                else:
                    values[name] = cat
        else:
            values[name] = text
    full = columns.fields.get("full_name")
    if full is not None:
        _fill_from_full_name(values, as_text(cells[full.index]), columns)
    named = bool(values.get("given_name") or values.get("family_name") or values.get("name_ar"))
    if not named:
        first = next(columns.fields[n] for n in NAME_FIELDS if n in columns.fields)
        report.error("blank_name", number, first.header)
    else:
        _check_lost_characters(values, number, columns, report)
    sessions = _sessions(number, cells, columns, index, report, questions)
    return ParsedRow(number=number, values=values, sessions=sessions,
                     key=person_key(values, latin, with_org), named=named)


def _fill_from_full_name(values: dict[str, object], text: str, columns: HeaderMap) -> None:
    """Given and family name (and a title written before them) from one cell, where
    the file's own given/family columns are absent or blank in this row."""
    separate = "given_name" in columns.fields or "family_name" in columns.fields
    if separate and (values.get("given_name") or values.get("family_name")):
        return
    name = split_full_name(text)
    if name.arabic:  # an Arabic name stays whole, as the Arabic name
        if not values.get("name_ar"):
            values["name_ar"] = name.family
        return
    if name.given or name.family or not separate:
        values["given_name"], values["family_name"] = name.given, name.family
    if name.title and not values.get("title"):
        values["title"] = name.title


def _email(text: str, row: int, column: str, report: ImportReport) -> str:
    email = "".join(text.split()).lower()
    if email.startswith("mailto:"):
        email = email[len("mailto:"):]
    if email and email.count("@") != 1:
        report.warning("bad_email", row, column, value=email)
    return email


def _check_lost_characters(values: dict[str, object], row: int, columns: HeaderMap,
                           report: ImportReport) -> None:
    for name in ("given_name", "family_name", "name_ar"):
        text = values.get(name)
        if isinstance(text, str) and any(mark in text for mark in _LOST):
            column = columns.fields.get(name) or columns.fields.get("full_name")
            report.warning("lost_characters", row, column.header if column else None, value=text)


def _sessions(row: int, cells: tuple[Cell, ...], columns: HeaderMap, index: SessionIndex | None,
              report: ImportReport,
              questions: Mapping[int, tuple[uuid.UUID, ...]]) -> set[uuid.UUID] | None:
    if index is None:
        return None
    found: set[uuid.UUID] = set()
    for column in columns.sessions:
        text = as_text(cells[column.index])
        if not text:
            continue
        if column.index in questions:
            answer = yes_no(text)
            if answer is None:
                report.warning("bad_yes_no", row, column.header, value=text)
            elif answer:
                found.update(questions[column.index])
            continue
        ref = index.lookup(text)
        if ref.problem == "ambiguous_session":
            report.error(ref.problem, row, column.header, value=text, sessions=list(ref.candidates))
        elif ref.problem:
            report.error(ref.problem, row, column.header, value=text)
        else:
            found.update(ref.ids)
    return found


def person_key(values: Mapping[str, object], latin: bool, with_org: bool) -> str:
    """Folded name and organisation, from a file row or from a person."""
    def get(name: str) -> str:
        value = values.get(name)
        return value if isinstance(value, str) else ""

    name = cached_fold(f"{get('given_name')} {get('family_name')}") if latin else ""
    name = name or cached_fold(get("name_ar"))
    org = (cached_fold(get("organisation")) or cached_fold(get("organisation_ar"))) if with_org else ""
    return f"{name}|{org}"


def _check_within_file(rows: list[ParsedRow], columns: HeaderMap, report: ImportReport) -> None:
    by_key: dict[str, list[ParsedRow]] = defaultdict(list)
    by_email: dict[str, list[int]] = defaultdict(list)
    by_id: dict[str, int] = {}
    id_column = columns.header("external_id")
    for row in rows:
        if row.named:
            by_key[row.key].append(row)
        email = row.values.get("email")
        if email:
            by_email[str(email)].append(row.number)
        ext = row.values.get("external_id")
        if ext:
            if ext in by_id:  # which of the two is the person? only the organiser knows
                report.error("duplicate_external_id", row.number, id_column, value=ext,
                             first_row=by_id[str(ext)])
            else:
                by_id[str(ext)] = row.number
    for same in by_key.values():
        if len(same) > 1:
            values = same[0].values
            name = " ".join(str(values.get(n) or "") for n in ("given_name", "family_name")).strip()
            report.warning("duplicate_person", same[0].number, None,
                           rows=[r.number for r in same], name=name or values.get("name_ar"))
    for email, numbers in by_email.items():
        # Municipal offices often register several people with one address.
        if len(numbers) > 1:
            report.warning("shared_email", numbers[0], columns.header("email"), email=email,
                           rows=numbers)


