"""Adding or editing one programme session.

Times are typed as wall-clock times of the event's time zone (an event in
Bethlehem runs on Asia/Hebron time even on a laptop set to Europe/Berlin) and
stored as aware UTC. The dialog writes through `checkin.sessions`; a refused
value shows its reason and writes nothing.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.i18n.format import qlocale
from checkin.i18n.messages import error_text, kind_text
from checkin.sessions import add_session, next_session_number, update_session
from checkin.store.models import EventSession, SessionKind
from checkin.ui.context import DeskContext
from checkin.ui.retranslating import Retranslating
from checkin.ui.styles import ERROR_STYLE

EDIT_FORMAT = "yyyy-MM-dd HH:mm"  # unambiguous in all three languages


def wall_clock(dt: datetime, zone: ZoneInfo) -> QDateTime:
    """An aware time as the event's wall clock, in a UTC-spec QDateTime.

    The edit runs in UTC so that every wall-clock time can be typed, even one
    that falls into a daylight-saving gap of the laptop's own zone.
    """
    here = dt.astimezone(zone)
    return QDateTime(QDate(here.year, here.month, here.day), QTime(here.hour, here.minute),
                     QTimeZone.utc())


def from_wall_clock(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    shown = edit.dateTime()
    d, t = shown.date(), shown.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)
    return local.astimezone(timezone.utc)


class SessionDialog(Retranslating, QDialog):
    """`session_id=None` adds a session; otherwise edits that one."""

    def __init__(self, ctx: DeskContext, session_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.saved_id: uuid.UUID | None = None
        self.error: CheckinError | None = None  # the last refusal, kept to retranslate it
        with ctx.store.reader() as s:
            event = get_event(s)
            self.zone_name = event.timezone
            target = s.get(EventSession, session_id) if session_id else None
            default_number = next_session_number(s)
            first_day = event.starts_on
        self.zone = ZoneInfo(self.zone_name)

        self.number = QSpinBox()
        self.number.setRange(1, 9999)
        self.title_de, self.title_en, self.title_ar = QLineEdit(), QLineEdit(), QLineEdit()
        # Content direction follows the script of each field, whatever the UI language.
        self.title_de.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.title_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem("", kind.value)
        self.room = QLineEdit()
        self.starts, self.ends = self._time_edit(), self._time_edit()
        self.capacity = QLineEdit()
        self.registration_required = QCheckBox()
        self.window_box = QCheckBox()  # the admission window is off by default: programmes slip
        self.admit_from, self.admit_until = self._time_edit(), self._time_edit()
        self.zone_note = QLabel()
        self.zone_note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("number", self.number), ("title_de", self.title_de), ("title_en", self.title_en),
            ("title_ar", self.title_ar), ("kind", self.kind), ("room", self.room),
            ("starts", self.starts), ("ends", self.ends), ("capacity", self.capacity),
            ("registration_required", self.registration_required),
            ("window", self.window_box), ("admit_from", self.admit_from),
            ("admit_until", self.admit_until),
        ):
            label = QLabel()
            label.setBuddy(widget)  # Alt+mnemonic jumps to the field
            self.labels[key] = label
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_note)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.window_box.toggled.connect(self._window_toggled)
        self._load(target, default_number, first_day)
        self._window_toggled(self.window_box.isChecked())
        self._initial = self.values()
        self.retranslate()
        self.title_de.setFocus()

    def _time_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        # "2026-11-25 14:00" laid out right-to-left reads as "00:14 25-11-2026".
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setTimeZone(QTimeZone.utc())
        edit.setDisplayFormat(EDIT_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _load(self, target: EventSession | None, default_number: int,
              first_day: date | None) -> None:
        day = first_day or datetime.now(self.zone).date()
        default_start = datetime.combine(day, time(9, 0), tzinfo=self.zone)
        default_end = datetime.combine(day, time(10, 0), tzinfo=self.zone)
        if target is None:
            self.number.setValue(default_number)
            starts, ends, admit_from, admit_until = default_start, default_end, None, None
        else:
            self.number.setValue(target.number)
            self.title_de.setText(target.title_de)
            self.title_en.setText(target.title_en)
            self.title_ar.setText(target.title_ar)
            self.kind.setCurrentIndex(max(0, self.kind.findData(target.kind.value)))
            self.room.setText(target.room)
            self.capacity.setText("" if target.capacity is None else str(target.capacity))
            self.registration_required.setChecked(target.registration_required)
            starts, ends = target.starts_at or default_start, target.ends_at or default_end
            admit_from, admit_until = target.admit_from, target.admit_until
        self.starts.setDateTime(wall_clock(starts, self.zone))
        self.ends.setDateTime(wall_clock(ends, self.zone))
        self.window_box.setChecked(admit_from is not None or admit_until is not None)
        self.admit_from.setDateTime(wall_clock(admit_from or starts, self.zone))
        self.admit_until.setDateTime(wall_clock(admit_until or ends, self.zone))

    def _window_toggled(self, on: bool) -> None:
        self.admit_from.setEnabled(on)
        self.admit_until.setEnabled(on)

    def values(self) -> dict[str, object]:
        """What the form says, in the domain's terms (times as aware UTC)."""
        window = self.window_box.isChecked()
        return {
            "number": self.number.value(),
            "title_de": self.title_de.text(), "title_en": self.title_en.text(),
            "title_ar": self.title_ar.text(),
            "kind": self.kind.currentData(), "room": self.room.text(),
            "starts_at": from_wall_clock(self.starts, self.zone),
            "ends_at": from_wall_clock(self.ends, self.zone),
            "capacity": self.capacity.text(),
            "registration_required": self.registration_required.isChecked(),
            "admit_from": from_wall_clock(self.admit_from, self.zone) if window else None,
            "admit_until": from_wall_clock(self.admit_until, self.zone) if window else None,
        }

    def save(self) -> bool:
        """Validate and write; on a refusal show why and write nothing."""
        values = self.values()
        desk = self.ctx.settings.desk_name
        try:
            with self.ctx.store.session() as s:
                if self.session_id is None:
                    self.saved_id = add_session(s, values, desk).id
                else:
                    target = s.get(EventSession, self.session_id)
                    if target is None:
                        raise CheckinError("no_such_session", session=str(self.session_id))
                    # Only what the person changed: a session without times keeps none.
                    changed = {k: v for k, v in values.items() if v != self._initial[k]}
                    update_session(s, target, changed, desk)
                    self.saved_id = target.id
        except CheckinError as exc:
            self._show_error(exc)
            return False
        self.ctx.changes.sessions.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def _show_error(self, error: CheckinError) -> None:
        self.error = error
        self.error_label.setText(error_text(error))
        self.error_label.show()
        focus = {"title_required": self.title_de, "number_taken": self.number,
                 "bad_number": self.number, "bad_capacity": self.capacity,
                 "session_ends_before_start": self.ends,
                 "admission_ends_before_start": self.admit_until}.get(error.code)
        if focus is not None:
            focus.setFocus()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.session_id is None:
            self.setWindowTitle(self.tr("New session"))
        else:
            self.setWindowTitle(self.tr("Edit session {number}").format(number=self._initial["number"]))
        texts = {
            "number": self.tr("&Number:"), "title_de": self.tr("Title (&German):"),
            "title_en": self.tr("Title (&English):"), "title_ar": self.tr("Title (&Arabic):"),
            "kind": self.tr("&Kind:"), "room": self.tr("&Room:"), "starts": self.tr("&Starts:"),
            "ends": self.tr("E&nds:"), "capacity": self.tr("&Capacity:"),
            "registration_required": self.tr("Re&gistration:"),
            "window": self.tr("Ad&mission:"), "admit_from": self.tr("Admit &from:"),
            "admit_until": self.tr("Admit &until:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_text(self.kind.itemData(i)))
        self.capacity.setPlaceholderText(self.tr("empty: no limit"))
        self.registration_required.setText(self.tr("Only people registered for it are admitted"))
        self.window_box.setText(self.tr("Only within a time window (off: admit at any time)"))
        self.zone_note.setText(self.tr("Times are in the event's time zone ({zone}).").format(zone=self.zone_name))
        locale = qlocale(self.ctx.lang)
        if locale.zeroDigit() != "0":
            # Qt mixes Arabic-Indic and typed ASCII digits inside one edit; keep ASCII.
            locale = QLocale.c()
        for edit in (self.starts, self.ends, self.admit_from, self.admit_until):
            edit.setLocale(locale)  # month names in the calendar popup
        if self.error is not None:
            self.error_label.setText(error_text(self.error))
