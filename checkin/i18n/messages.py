"""Machine codes from the domain, as sentences in the user's language.

Each sentence is a literal inside `translate` (checkin.i18n.tr) so that
`pyside6-lupdate` finds it; parameters are filled with `str.format` after
translation, so translators move `{row}` and friends freely.
"""

from __future__ import annotations

from collections.abc import Mapping

from checkin.i18n.tr import translate

from checkin.errors import CheckinError
from checkin.rules import Verdict


def _fill(template: str, params: Mapping[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template  # a broken translation must not hide the message


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.OK: translate("Verdict", "Welcome: checked in"),
        Verdict.EXIT: translate("Verdict", "Checked out"),
        Verdict.INVALID: translate("Verdict", "Not a valid badge code (misread or mistyped)"),
        Verdict.OTHER_EVENT: translate("Verdict", "This badge belongs to another event"),
        Verdict.UNKNOWN: translate("Verdict", "Unknown badge code"),
        Verdict.REVOKED: translate("Verdict", "This badge was replaced: use the new badge"),
        Verdict.CANCELLED: translate("Verdict", "Registration cancelled"),
        Verdict.CLOSED: translate("Verdict", "Admission to this session is closed"),
        Verdict.NOT_REGISTERED: translate("Verdict", "Not registered for this session"),
        Verdict.FULL: translate("Verdict", "Session is full"),
        Verdict.ALREADY: translate("Verdict", "Already checked in"),
    }[verdict]


def verdict_class(verdict: Verdict, attention: bool) -> str:
    """green, yellow or red: what the desk sees at a glance."""
    if verdict is Verdict.ALREADY or (verdict.admitted and attention):
        return "yellow"
    return "green" if verdict.admitted else "red"


def error_text(error: CheckinError) -> str:
    templates = {
        "not_an_event_file": translate("Error", "{path} is not an event file"),
        "no_such_event_file": translate("Error", "There is no event file at {path}"),
        "event_file_exists": translate("Error", "An event file already exists at {path}"),
        "no_event_in_file": translate("Error", "The event file holds no event"),
        "hub_unreachable": translate("Error", "The hub cannot be reached ({reason}); this desk goes on scanning and syncs later"),
        "hub_start_failed": translate("Error", "The hub could not be started: {reason}"),
        "hub_wrong_secret": translate("Error", "The hub does not accept this join code (wrong secret)"),
        "hub_other_event": translate("Error", "The hub belongs to another event"),
        "hub_not_prepared": translate("Error", "The server is not a checkin hub yet"),
        "no_hub": translate("Error", "This desk has no hub: start one (hub start) or join one (join)"),
        "bad_join_code": translate("Error", "Not a valid join code (misread or mistyped)"),
        "hub_wrong_certificate": translate("Error", "The hub's certificate does not match the join code: another "
                                           "machine may be posing as the hub. Nothing was sent or changed"),
        "hub_no_tls": translate("Error", "The hub does not offer an encrypted connection: not connected"),
        "hub_url_needed": translate("Error", "This event's hub is an existing server: give its postgresql:// address"),
        "bad_hub_url": translate("Error", "Not a server address: expected postgresql://USER@HOST/DATABASE"),
        "hub_password": translate("Error", "The hub server refused the login: password missing or wrong"),
        "not_desk_data": translate("Error", "{path} is not a desk data file"),
        "desk_data_other_event": translate("Error", "{path} holds desk data of another event"),
        "no_such_file": translate("Error", "There is no file at {path}"),
        "unknown_timezone": translate("Error", "Unknown time zone: {timezone}"),
        "bad_code_tag": translate("Error", "The event tag must be {length} digits, not {tag}"),
        "event_ends_before_start": translate("Error", "The event ends before it starts"),
        "unknown_field": translate("Error", "Unknown field: {field}"),
        "name_required": translate("Error", "A name is required"),
        "unknown_language": translate("Error", "Unknown language: {language}"),
        "unknown_category": translate("Error", "Unknown category: {category}"),
        "no_such_participant": translate("Error", "No participant found for {ref}"),
        "ambiguous_participant": translate("Error", "{ref} matches more than one participant: give more digits"),
        "no_such_session": translate("Error", "No session found for {session}"),
        "ambiguous_session": translate("Error", "{session} matches more than one session: use its number"),
        "no_such_scan": translate("Error", "No scan found for {scan}"),
        "ambiguous_scan": translate("Error", "{scan} matches more than one scan: give more characters"),
        "scan_not_admitted": translate("Error", "That scan was refused, so there is nothing to undo"),
        "scan_already_undone": translate("Error", "That scan was already undone"),
        "lrelease_missing": translate("Error", "The translation compiler (lrelease) is missing"),
        "title_required": translate("Error", "Enter a title in at least one language."),
        "number_taken": translate("Error", "Number {number} is already used by another session."),
        "bad_number": translate("Error", "“{value}” is not a valid session number."),
        "bad_capacity": translate("Error", "Capacity must be a whole number above zero, or empty for no limit (not “{value}”)."),
        "session_ends_before_start": translate("Error", "The session ends before it starts."),
        "admission_ends_before_start": translate("Error", "The admission window closes before it opens."),
        "unknown_kind": translate("Error", "Unknown kind of session: {value}"),
        "event_file_busy": translate("Error", "The event file {path} cannot be written now (in use or not writable): nothing was recorded, try again"),
        "event_file_too_new": translate("Error", "{path} was written by a newer version of checkin: update this laptop first"),
        "bad_layout": translate("Error", "The badge layout {file} cannot be used: {reason}"),
        "unknown_layout": translate("Error", "There is no badge layout called {name} (there are: {available})"),
        "nothing_to_print": translate("Error", "No badges to print"),
        "replace_needs_participant": translate("Error", "Name the people whose badges to replace with --participant"),
        "print_failed": translate("Error", "The printer {printer} did not accept the badges: nothing was recorded as printed"),
        "db_required": translate("Error", "Name the new event file with --db PATH"),
        "bad_date": translate("Error", "Not a date (YYYY-MM-DD): {value}"),
        "file_unreadable": translate("Error", "Cannot read {path}: {reason}"),
        "file_unwritable": translate("Error", "Cannot write {path}: {reason}"),
        "output_is_event_file": translate("Error", "Not written: {path} is an event file (or belongs to one); choose another file name"),
        "replaced_not_printed": translate("Error", "The new badge codes are recorded (the old ones are revoked), but the badges were not written: {reason}. Print them again without --replace"),
        "event_file_damaged": translate("Error", "The event file {path} is damaged: nothing can be recorded in it. Open the latest backup copy (File › Open) or a copy from another desk"),
        "event_file_readonly": translate("Error", "The event file {path} is read-only: nothing can be recorded. Copy it to a writable folder on this laptop and open the copy"),
        "event_folder_readonly": translate("Error", "The folder {folder} is read-only (e.g. a write-protected USB stick), so {path} cannot be opened for recording. Copy the event file to this laptop and open the copy"),
        "event_file_unopenable": translate("Error", "The event file {path} cannot be opened: {reason}"),
        "event_path_is_folder": translate("Error", "{path} is a folder, not an event file: give a file name such as {path}/event.checkin"),
        "disk_full": translate("Error", "The disk is full ({path}): nothing was written. Free some space or use another drive"),
        "folder_readonly": translate("Error", "{path} is on a read-only drive: nothing was written"),
        "text_too_long": translate("Error", "Too long: {field} may have at most {limit} characters"),
        "output_is_link": translate("Error", "Not written: {path} is a link; choose a plain file name"),
        "output_not_a_file": translate("Error", "Not written: {path} is not a plain file (a folder or a device); choose a file name"),
        "input_is_event_file": translate("Error", "{path} is the open event file, not a list to import"),
        "event_file_changed": translate("Error", "Not recorded: the event file {path} was changed by another program; it has been reopened, scan again"),
        "nonce_conflict": translate("Error", "Not recorded: the scan id {nonce} was already used for a different scan"),
        "force_reason_invisible": translate("Error", "The reason for admitting anyway must have visible characters"),
        "bad_arguments": translate("Error", "{detail} (see --help)"),
        "import_failed": translate("Error", "Nothing was imported: the file has {errors} error(s)"),
        "unknown_format": translate("Error", "Unknown export format: {format}"),
        "no_sessions_that_day": translate("Error", "No session of the programme is on {day}"),
        "column_not_allowed": translate("Error", "The column {column} may not be on a signature sheet (it goes round the room)"),
        "unknown_column": translate("Error", "Unknown column {column} (there are: {available})"),
        "bad_certificate_code": translate("Error", "{value} is not a verification code (8 letters and digits, e.g. 7K3M-Q9TX)"),
        "no_such_certificate": translate("Error", "No certificate with the code {value} was issued from this event file"),
        "bad_consent": translate("Error", "Photo consent must be yes, no or empty, not “{value}”"),
        "nothing_to_certify": translate("Error", "Nobody of those asked for attended a session: no certificate written"),
        "unknown_profile": translate("Error", "Unknown retention profile {profile} (there are: {available})"),
        "internal_error": translate("Error", "Unexpected error ({kind}); details were written to {log}"),
    }
    template = templates.get(error.code)
    if template is None:
        return _fill(translate("Error", "Error: {code}"), {"code": error.code})
    return _fill(template, error.params)


def category_text(category: str) -> str:
    return {
        "participant": translate("Category", "Participant"), "speaker": translate("Category", "Speaker"), "organiser": translate("Category", "Organiser"),
        "press": translate("Category", "Press"), "interpreter": translate("Category", "Interpreter"), "staff": translate("Category", "Staff"),
    }.get(category, category)


def kind_text(kind: str) -> str:
    return {
        "plenary": translate("SessionKind", "Plenary"), "panel": translate("SessionKind", "Panel discussion"), "working_group": translate("SessionKind", "Working group"),
        "site_visit": translate("SessionKind", "Site visit"), "social": translate("SessionKind", "Social event"),
    }.get(kind, kind)


def _problem_sentence(code: str) -> str | None:
    return {
        # the file
        "unsupported_format": translate("Import", "Files of type “{extension}” cannot be imported: use CSV or XLSX"),
        "file_not_found": translate("Import", "The file {file} does not exist"),
        "empty_file": translate("Import", "The file is empty"),
        "input_is_event_file": translate("Import", "{path} is the open event file, not a list to import"),
        "unreadable_file": translate("Import", "The file cannot be read: it is not a valid CSV or Excel file"),
        "not_a_file": translate("Import", "{file} is not a regular file (but a folder, device or pipe): choose a CSV or Excel file"),
        "permission_denied": translate("Import", "The file {file} cannot be read: permission denied (copy it into your own folder, or ask for read access)"),
        "file_read_failed": translate("Import", "The file {file} cannot be read: {reason}"),
        "file_too_large": translate("Import", "The file is {size_mb} MB; at most {limit} MB can be imported"),
        "too_many_rows": translate("Import", "Row {row} has data, but at most {limit} rows can be imported: split the list"),
        "too_many_columns": translate("Import", "Row {row} has data beyond column {limit}: at most {limit} columns can be imported"),
        "cell_too_long": translate("Import", "Row {row} has a cell longer than {limit} characters (in a CSV file perhaps a quotation mark that is never closed)"),
        "workbook_text_too_long": translate("Import", "The workbook holds a text longer than {limit} characters, more than a cell can hold"),
        "workbook_too_large": translate("Import", "The workbook unpacks to more than {limit} MB: at most {limit} MB can be imported"),
        "too_many_parts": translate("Import", "The workbook consists of more than {limit} parts: it cannot be imported"),
        "too_many_shared_strings": translate("Import", "The workbook holds more than {limit} different texts: at most {limit} can be imported"),
        "part_too_complex": translate("Import", "The part {part} of the workbook has more than {limit} elements: it cannot be imported"),
        "unclosed_quote": translate("Import", "A quotation mark (\") opened in row {row} is never closed: the rest of the file would become one cell"),
        "too_many_cells": translate("Import", "Row {row} has {cells} cells but the header only {columns}: the columns have shifted (a value containing “{delimiter}” must be put in quotation marks)"),
        "not_utf8_row": translate("Import", "This row is not valid UTF-8 and was read as Windows-1252: check the spelling of its names"),
        "no_header": translate("Import", "No header row found: the first rows must name the columns"),
        "no_rows": translate("Import", "The file has a header row but no data rows"),
        # columns
        "unknown_field": translate("Import", "Unknown field “{field}” in the column mapping"),
        "mapped_column_missing": translate("Import", "The mapping names this column for “{field}”, but the file has no such column"),
        "unknown_column": translate("Import", "Column not recognised; it is ignored"),
        "duplicate_column": translate("Import", "Also looks like “{field}”, but column “{used}” fits better and is used"),
        "ambiguous_column": translate("Import", "Could be “{field}” just as well as column “{other}”; this one is used: check it, or choose with --map or in the column list"),
        "unknown_ignored_column": translate("Import", "There is no such column to leave out"),
        "unknown_sheet": translate("Import", "The workbook has no sheet “{sheet}” (its sheets: {sheets})"),
        "session_question_unknown": translate("Import", "This yes/no column names no session of the programme, so it is not imported (add the session to the programme, or leave the column out with --ignore)"),
        # participants
        "no_name_columns": translate("Import", "No name column found (first name, last name, full name or Arabic name)"),
        "blank_name": translate("Import", "No name in this row"),
        "unknown_session": translate("Import", "No session of the programme is called “{value}”"),
        "ambiguous_session": translate("Import", "“{value}” could be several sessions ({sessions}): write the full title"),
        "unknown_category": translate("Import", "Unknown category “{value}”"),
        "duplicate_external_id": translate("Import", "Registration ID {value} was already used in row {first_row}"),
        "duplicate_person": translate("Import", "{name} appears more than once (rows {rows})"),
        "shared_email": translate("Import", "The email address {email} is shared by several people (rows {rows})"),
        "unknown_language": translate("Import", "Unknown language “{value}”; left empty"),
        "bad_email": translate("Import", "“{value}” does not look like an email address"),
        "lost_characters": translate("Import", "“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling"),
        "missing_from_file": translate("Import", "{name} is not in this file (kept, not deleted)"),
        "missing_people": translate("Import", "{count} people of this list in the event are not in this file (kept, not deleted)"),
        # programme
        "no_title_columns": translate("Import", "No title column found"),
        "blank_title": translate("Import", "No title in this row"),
        "bad_number": translate("Import", "“{value}” is not a whole number"),
        "duplicate_number": translate("Import", "Session number {value} was already used in row {first_row}"),
        "unknown_kind": translate("Import", "Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)"),
        "bad_datetime": translate("Import", "“{value}” is not a date and time (e.g. 2017-11-20 09:00)"),
        "ends_before_start": translate("Import", "The session ends before it starts"),
        "bad_yes_no": translate("Import", "“{value}” is neither yes nor no"),
    }.get(code)


def field_label(kind: str, name: str) -> str:
    """What a person calls a field of the participant list or the programme."""
    if kind == "programme":
        labels = {
            "number": translate("ImportFields", "Session number"),
            "title_de": translate("ImportFields", "Title (German)"),
            "title_en": translate("ImportFields", "Title (English)"),
            "title_ar": translate("ImportFields", "Title (Arabic)"),
            "kind": translate("ImportFields", "Kind of session"),
            "starts_at": translate("ImportFields", "Starts"),
            "ends_at": translate("ImportFields", "Ends"),
            "room": translate("ImportFields", "Room"),
            "capacity": translate("ImportFields", "Capacity"),
            "registration_required": translate("ImportFields", "Registration required"),
        }
    else:
        labels = {
            "external_id": translate("ImportFields", "Registration ID"),
            "salutation": translate("ImportFields", "Salutation"),
            "title": translate("ImportFields", "Academic title"),
            "given_name": translate("ImportFields", "Given name"),
            "family_name": translate("ImportFields", "Family name"),
            "full_name": translate("ImportFields", "Full name (one column)"),
            "name_ar": translate("ImportFields", "Name in Arabic"),
            "position": translate("ImportFields", "Position"),
            "position_ar": translate("ImportFields", "Position in Arabic"),
            "organisation": translate("ImportFields", "Organisation"),
            "organisation_ar": translate("ImportFields", "Organisation in Arabic"),
            "country": translate("ImportFields", "Country"),
            "region": translate("ImportFields", "Region"),
            "email": translate("ImportFields", "Email"),
            "phone": translate("ImportFields", "Phone"),
            "language": translate("ImportFields", "Language"),
            "category": translate("ImportFields", "Category"),
            "desk_note": translate("ImportFields", "Note for the desk"),
            "session": translate("ImportFields", "Session (registers for it)"),
        }
    return labels.get(name, name)


def reason_text(reason: str) -> str:
    """Why a column of a participant list goes where it goes (importing.columns.Choice)."""
    return {
        "mapped": translate("ImportReason", "chosen by you"),
        "format": translate("ImportReason", "recognised column of this export"),
        "format_ignored": translate("ImportReason", "this export's column is not about the person"),
        "header": translate("ImportReason", "header"),
        "header_words": translate("ImportReason", "words in the header"),
        "values_email": translate("ImportReason", "values look like emails"),
        "values_latin": translate("ImportReason", "values are names in Latin letters"),
        "values_arabic": translate("ImportReason", "values are names in Arabic script"),
        "ignored": translate("ImportReason", "not imported, as you chose"),
        "lost": translate("ImportReason", "another column fits better"),
        "empty": translate("ImportReason", "empty in every row"),
        "no_session": translate("ImportReason", "a yes/no question about no session of the programme"),
        "unknown": translate("ImportReason", "not recognised"),
    }.get(reason, reason)


def format_label(format_id: str) -> str:
    """The name of a recognised export (kept as data, in the current language)."""
    from checkin.i18n.catalog import current_language
    from checkin.importing.formats import known_formats

    for found in known_formats():
        if found.id == format_id:
            return found.label(current_language())
    return format_id


def recognition_lines(report: object, columns: bool = False) -> list[str]:
    """What the import read: the export recognised, the sheet, and with `columns`
    each column's field and why."""
    lines = []
    if getattr(report, "format", ""):
        lines.append(_fill(translate("Import", "Recognised: {format}"),
                           {"format": format_label(getattr(report, "format"))}))
    sheets = list(getattr(report, "sheets", []) or [])
    if len(sheets) > 1:
        lines.append(_fill(translate("Import", "Sheet “{sheet}” was read (the workbook has: {sheets}; "
                                               "choose another with --sheet)"),
                           {"sheet": getattr(report, "sheet", ""), "sheets": ", ".join(sheets)}))
    for choice in getattr(report, "columns", []) if columns else []:
        field = choice.get("field")
        target = field_label("participants", field) if field else translate("Import", "not imported")
        lines.append(_fill(translate("Import", "Column “{column}” → {field} ({why})"), {
            "column": choice.get("header"), "field": target,
            "why": reason_text(str(choice.get("reason")))}))
    return lines


def problem_text(problem: object) -> str:
    """One import problem as a line: where, how bad, what."""
    code: str = getattr(problem, "code")
    params = dict(getattr(problem, "params"))
    row, column = getattr(problem, "row"), getattr(problem, "column")
    if code == "missing_from_file" and "name" not in params:
        params["name"] = translate("Import", "Session {number}").format(number=params.get("number", "?"))
    if params.get("delimiter") == "\t":
        params["delimiter"] = translate("Import", "Tab")
    if isinstance(params.get("field"), str):
        params["field"] = field_label("participants", params["field"])
    for key in ("rows", "sessions"):
        if isinstance(params.get(key), (list, tuple)):
            params[key] = ", ".join(str(v) for v in params[key])
    sentence = _problem_sentence(code)
    text = _fill(sentence, params) if sentence else _fill(translate("Import", "Problem: {code}"), {"code": code})
    if row is not None and column:
        where = _fill(translate("Import", "Row {row}, column “{column}”"), {"row": row, "column": column})
    elif row is not None:
        where = _fill(translate("Import", "Row {row}"), {"row": row})
    elif column:
        where = _fill(translate("Import", "Column “{column}”"), {"column": column})
    else:
        where = ""
    label = translate("Import", "Error") if getattr(problem, "severity") == "error" else translate("Import", "Warning")
    return f"{label}: {where}: {text}" if where else f"{label}: {text}"
