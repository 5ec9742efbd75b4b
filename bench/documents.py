"""Documents benchmark: signature sheets for 400 people × 10 sessions, and
400 certificates, in seconds and MB (PDF size and peak Python memory).

Beside them, in the same run: a plain reportlab table (platypus `Table`)
of the same rows (number, names, organisation, country, scan time, an empty
signature cell), with no shaping, no groups, no header or footer: the
floor any sheet generator starts from. Compare the ratios, not the seconds.

    .venv/bin/python bench/documents.py
"""

from __future__ import annotations

import random
import tempfile
import time
import tracemalloc
import uuid
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from checkin import documents
from checkin.documents import facts, sheets
from checkin.events import EventInfo, create_event, get_event
from checkin.participants import add_participant
from checkin.sessions import add_session
from checkin.store.models import Direction, Scan

PEOPLE, SESSIONS = 400, 10
T0 = datetime(2025, 11, 20, 6, 0, tzinfo=timezone.utc)
NAMES = [("Amna", "Dueibes", "آمنة دعيبس"), ("Jörg", "Weiß", ""), ("Omar", "Nasser", "عمر ناصر"),
         ("Heike", "Müller", ""), ("Fatima", "Haddad", "فَاطِمَة حداد"), ("Klaus", "Becker", "")]


def _event(path: Path):
    rng = random.Random(1)
    store = create_event(path, EventInfo(name_de="Konferenz", timezone="Asia/Hebron", venue="Bethlehem"))
    with store.session() as s:
        sess = [add_session(s, {"title_de": f"Sitzung {i}", "starts_at": T0 + timedelta(hours=i),
                                "ends_at": T0 + timedelta(hours=i, minutes=50)}) for i in range(SESSIONS)]
        people = []
        for i in range(PEOPLE):
            given, family, arabic = NAMES[i % len(NAMES)]
            people.append(add_participant(s, {"given_name": given, "family_name": f"{family}{i}",
                                              "name_ar": arabic, "organisation": "Stadt Köln",
                                              "country": "Palestine" if arabic else "Germany"}))
        s.flush()
        s.add_all(Scan(id=uuid.uuid4(), nonce=uuid.uuid4(), participant_id=p.id, session_id=x.id,
                       direction=Direction.ENTRY, verdict="ok",
                       scanned_at=x.starts_at + timedelta(minutes=rng.uniform(-5, 10)))
                  for p in people for x in sess if rng.random() < 0.8)
    return store


def _measure(fn):
    """Seconds of a plain run, then peak MB of a second run under tracemalloc
    (which slows Python down several times, so it is not timed)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = _event(tmp / "bench.checkin")
        with store.reader() as s:
            ev = facts.load(s)
            event = get_event(s)
            planned = [sheets.Sheet("session", ev.day_of(x), x) for x in ev.sessions]

            def ours():
                return sheets.render(event, ev, planned, sheets.SheetOptions()).pdf

            def plain():
                buffer = BytesIO()
                doc = SimpleDocTemplate(buffer, pagesize=A4)
                story = []
                for sheet in planned:
                    rows = sheets.rows_for(ev, sheet, sheets.SheetOptions())
                    data = [[str(n), r.person.family_name, r.person.given_name, r.person.name_ar,
                             r.person.organisation, r.person.country, r.marks.get("arrival", ""), ""]
                            for n, r in enumerate(rows, start=1)]
                    story.append(Table(data, repeatRows=0))
                doc.build(story)
                return buffer.getvalue()

            results = [("signature sheets (ours)", *_measure(ours)),
                       ("plain reportlab Table, same rows", *_measure(plain))]
        cert = _measure(lambda: documents.make_certificates(store, tmp / "c.pdf"))
        store.close()
    print(f"{PEOPLE} people × {SESSIONS} sessions\n")
    print(f"{'':38} {'seconds':>8} {'peak MB':>8} {'PDF MB':>8}")
    for name, seconds, peak, pdf in results:
        print(f"{name:38} {seconds:8.2f} {peak:8.1f} {len(pdf) / 1e6:8.2f}")
    seconds, peak, summary = cert
    print(f"{f'{summary.certificates} certificates (with register)':38} {seconds:8.2f} {peak:8.1f} "
          f"{summary.bytes / 1e6:8.2f}")
    ratio = results[0][1] / results[1][1]
    print(f"\nsheets / plain table: {ratio:.1f}× the time")


if __name__ == "__main__":
    main()
