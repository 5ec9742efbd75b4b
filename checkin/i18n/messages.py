"""Machine codes from the domain, as sentences in the user's language.

Each sentence is a literal inside `QCoreApplication.translate` so that
`pyside6-lupdate` finds it; parameters are filled with `str.format` after
translation, so translators move `{row}` and friends freely.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from checkin.errors import CheckinError
from checkin.rules import Verdict


def _t(context: str) -> Callable[[str], str]:
    return lambda text: QCoreApplication.translate(context, text)


def _fill(template: str, params: Mapping[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template  # a broken translation must not hide the message


def verdict_text(verdict: Verdict) -> str:
    t = _t("Verdict")
    return {
        Verdict.OK: t("Welcome: checked in"),
        Verdict.EXIT: t("Checked out"),
        Verdict.INVALID: t("Not a valid badge code (misread or mistyped)"),
        Verdict.OTHER_EVENT: t("This badge belongs to another event"),
        Verdict.UNKNOWN: t("Unknown badge code"),
        Verdict.REVOKED: t("This badge was replaced: use the new badge"),
        Verdict.CANCELLED: t("Registration cancelled"),
        Verdict.CLOSED: t("Admission to this session is closed"),
        Verdict.NOT_REGISTERED: t("Not registered for this session"),
        Verdict.FULL: t("Session is full"),
        Verdict.ALREADY: t("Already checked in"),
    }[verdict]


def verdict_class(verdict: Verdict, attention: bool) -> str:
    """green, yellow or red: what the desk sees at a glance."""
    if verdict is Verdict.ALREADY or (verdict.admitted and attention):
        return "yellow"
    return "green" if verdict.admitted else "red"


def error_text(error: CheckinError) -> str:
    t = _t("Error")
    templates = {
        "not_an_event_file": t("{path} is not an event file"),
        "no_such_event_file": t("There is no event file at {path}"),
        "event_file_exists": t("An event file already exists at {path}"),
        "no_event_in_file": t("The event file holds no event"),
        "unknown_timezone": t("Unknown time zone: {timezone}"),
        "bad_code_tag": t("The event tag must be {length} digits, not {tag}"),
        "event_ends_before_start": t("The event ends before it starts"),
        "unknown_field": t("Unknown field: {field}"),
        "name_required": t("A name is required"),
        "unknown_language": t("Unknown language: {language}"),
        "unknown_category": t("Unknown category: {category}"),
        "no_such_participant": t("No participant found for {ref}"),
        "ambiguous_participant": t("{ref} matches more than one participant: give more digits"),
        "no_such_session": t("No session found for {session}"),
        "ambiguous_session": t("{session} matches more than one session: use its number"),
        "no_such_scan": t("No scan found for {scan}"),
        "ambiguous_scan": t("{scan} matches more than one scan: give more digits"),
        "scan_not_admitted": t("That scan was refused, so there is nothing to undo"),
        "scan_already_undone": t("That scan was already undone"),
        "lrelease_missing": t("The translation compiler (lrelease) is missing"),
        "bad_mapping": t("A mapping must look like FIELD=COLUMN, not {mapping}"),
        "bad_date": t("Not a date (YYYY-MM-DD): {value}"),
        "file_unreadable": t("Cannot read {path}: {reason}"),
        "file_unwritable": t("Cannot write {path}: {reason}"),
        "bad_arguments": t("{detail} (see --help)"),
        "import_failed": t("Nothing was imported: the file has {errors} error(s)"),
        "unknown_format": t("Unknown export format: {format}"),
        "internal_error": t("Unexpected error ({kind}); details were written to {log}"),
    }
    template = templates.get(error.code)
    if template is None:
        return _fill(t("Error: {code}"), {"code": error.code})
    return _fill(template, error.params)


def category_text(category: str) -> str:
    t = _t("Category")
    return {
        "participant": t("Participant"), "speaker": t("Speaker"), "organiser": t("Organiser"),
        "press": t("Press"), "interpreter": t("Interpreter"), "staff": t("Staff"),
    }.get(category, category)


def kind_text(kind: str) -> str:
    t = _t("SessionKind")
    return {
        "plenary": t("Plenary"), "panel": t("Panel discussion"), "working_group": t("Working group"),
        "site_visit": t("Site visit"), "social": t("Social event"),
    }.get(kind, kind)
