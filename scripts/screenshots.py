"""Renders the main screens, two After-the-event dialogs and the desk guide in German
and in Arabic into docs/screenshots/.

Runs the real window on a virtual X screen:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

Everything happens in a throw-away home folder with the demo event, so no
real data is touched and the pictures are the same on every machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def shoot(app, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """The widget's window as the screen shows it (under X), else as Qt paints it."""
    for _ in range(5):
        app.processEvents()
    picture = widget.screen().grabWindow(widget.winId()) if os.environ.get("DISPLAY") else widget.grab()
    picture.save(str(OUT / name))
    print(OUT / name)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    os.environ["CHECKIN_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from checkin.demo import create_demo
    from checkin.scanlog import latest
    from checkin.store.models import Participant, Scan
    from checkin.ui.app import build_window

    db = home / "demo.checkin"
    demo_now = datetime(2026, 11, 20, 9, 40, tzinfo=timezone.utc)
    create_demo(db, now=demo_now).close()
    # The window's scans happen on the demo's morning too, a minute apart, so the
    # pictures do not depend on when the script runs.
    from checkin import scan_sql

    ticks = iter(range(1, 1000))
    scan_sql.utcnow = lambda: demo_now + timedelta(minutes=next(ticks))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)

    for lang in ("de", "ar"):
        window = build_window(app, db, lang)
        window.resize(1360, 860)
        window.show()
        app.processEvents()
        with window.ctx.store.reader() as s:
            arrived = set(s.scalars(select(Scan.participant_id).where(Scan.session_id.is_(None))))
            people = [p for p in s.scalars(select(Participant).order_by(Participant.family_name))
                      if p.name_ar and p.id not in arrived]
            already = s.get(Participant, latest(s, 1)[0].participant_id)
        for person in people[:3]:
            window.checkin.submit(person.badge_code)
        window.checkin.submit(already.badge_code)  # yellow: with the earlier time and desk
        shots = {"checkin": window.checkin, "participants": window.participants, "programme": window.programme,
                 "overview": window.overview}
        for name, screen in shots.items():
            window.tabs.setCurrentWidget(screen)
            shoot(app, window, f"{lang}-{name}.png")
        for name, show in (("sheets", window.show_sheets), ("purge", window.show_purge)):
            show()  # After the event › Signature sheets… / Purge personal data…
            dialog = window.document_dialog
            if name == "purge":
                dialog.dry_run()  # the list of what would go, shown before any purge
            dialog.adjustSize()
            shoot(app, dialog, f"{lang}-{name}.png")
            dialog.close()
        window.tabs.setCurrentWidget(window.participants)
        window.show_help()  # as F1 there: the guide at its part
        guide = window.help_window
        shoot(app, guide, f"{lang}-help.png")
        guide.close()
        window.close()
        window.ctx.store.close()
        window.ctx.translations.clear()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
