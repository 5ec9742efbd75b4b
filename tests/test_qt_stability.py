"""PySide6 6.12.0 on Python 3.11 crashes the interpreter ("deallocating None"):
each call of a Qt method that returns nothing takes one reference from None,
and after a few thousand None is freed. This test makes many thousand such
calls, the way the CLI and the window do, and checks that None keeps its
references, so a bad upgrade of the pinned version fails CI (by a failed
assertion, or by the crash itself)."""

import sys

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimeZone

from checkin.i18n.messages import verdict_text
from checkin.rules import Verdict


def test_many_thousand_qt_calls_keep_none_alive():
    app = QCoreApplication.instance() or QCoreApplication([])
    holder = QObject()
    moment = QDateTime.currentDateTime()
    zone = QTimeZone(b"Asia/Hebron")
    before = sys.getrefcount(None)
    for i in range(3_000):
        holder.setObjectName(verdict_text(list(Verdict)[i % len(Verdict)]))  # returns None
        moment.setTimeZone(zone)  # returns None
        QCoreApplication.processEvents()  # returns None
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"Qt calls took {lost} references from None: this PySide6 build is broken"
    assert app is not None
