"""The real desk window in its own process, for the dialog test (offscreen).

It opens every file dialog of the app on the event's folder (Open, Save a
backup copy, New event › Choose…, the import wizard's and the export
dialog's Browse…, Export and Merge desk data), lets each list the folder as a person would see it, and
closes it; then scans what stdin says:

    scan CODE   -> "ok" once the window acknowledged the scan, else "refused"

It prints first how many POSIX locks it holds with the event open, then,
after the dialogs, how many it held while each was showing its listing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel  # noqa: E402

from checkin.ui import file_dialogs  # noqa: E402
from checkin.ui.app import build_window  # noqa: E402

SHOWN: list[str] = []
LOCKS: list[int] = []


def locks_held() -> int:
    """POSIX locks this process holds (Linux); -1 where the kernel does not say."""
    try:
        with open("/proc/locks", encoding="ascii") as f:
            return sum(f" {os.getpid()} " in line for line in f)
    except OSError:
        return -1


def wait(ms: int, until=lambda: False) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms and not until():
        QApplication.processEvents()


def look_then_cancel(dialog: QFileDialog) -> str:
    """What a person does: the dialog lists the folder (icons and types
    included), they look, they cancel."""
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    folder = model.index(dialog.directory().absolutePath())
    wait(10_000, lambda: model.rowCount(folder) >= 2)
    wait(1500)  # the icon provider and type column are filled in after the listing
    SHOWN.append(dialog.windowTitle())
    LOCKS.append(locks_held())
    dialog.reject()
    dialog.deleteLater()
    return ""


def main(db: str) -> None:
    app = QApplication(["checkin"])
    file_dialogs._run = look_then_cancel  # the app's own dialogs, shown without a nested loop
    window = build_window(app, Path(db), "en")
    window.show()
    wait(300)
    print(f"locks {locks_held()}", flush=True)
    window.open_event()
    window.save_backup()
    window.new_event()
    new_event = [w for w in app.topLevelWidgets() if type(w).__name__ == "NewEventDialog"][0]
    new_event._browse()
    new_event.reject()
    window.show_import()
    wizard = [w for w in app.topLevelWidgets() if type(w).__name__ == "ImportWizard"][0]
    wizard.set_file(db)
    wizard._ask_for_file()
    wizard.reject()
    window.show_export()
    export = [w for w in app.topLevelWidgets() if type(w).__name__ == "ExportDialog"][0]
    export.file_edit.setText(str(Path(db).with_name("attendance.xlsx")))
    export._ask_for_file()
    export.reject()
    window.desk_export_action.trigger()
    window.desk_merge_action.trigger()
    wait(300)
    print(f"dialogs {len(SHOWN)}", " ".join(map(str, LOCKS)), flush=True)
    for line in sys.stdin:
        command, _, code = line.strip().partition(" ")
        if command != "scan":
            break
        result = window.checkin.submit(code)
        wait(50)
        print("ok" if result is not None else "refused", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
