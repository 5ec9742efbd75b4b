"""The fast command-line path (`checkin scan`, `checkin stats` without SQLAlchemy
or Qt) says, counts and records exactly what the Qt and ORM path does."""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from checkin import scan_sql, stats_sql
from checkin.attendance import derive, stats
from checkin.cli import FAST_COMMANDS, fast
from checkin.demo import create_demo
from checkin.i18n import catalog, tr
from checkin.i18n.format import format_datetime, format_time, qlocale, western_digits
from checkin.participants import add_participant, replace_badge, set_cancelled
from checkin.rules import Verdict
from checkin.scanning import ScanRequest, record, undo
from checkin.store.connection import make_engine, open_store, stored_revision, upgrade
from checkin.store.lite import LiteStore, open_lite
from checkin.store.models import EventSession, Participant, Registration, Scan, Status
from checkin.store.revisions import HEAD_REVISION
from checkin.walkin import admit_walk_in
from cli_run import run

T0 = datetime(2017, 11, 20, 7, 0, tzinfo=timezone.utc)


def test_the_fast_commands_are_the_ones_main_knows_before_parsing():
    assert set(FAST_COMMANDS) == set(fast.COMMANDS)


# --- translations and dates ------------------------------------------------------------

@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_catalog_read_without_qt_says_what_qt_says(lang):
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(catalog.compiled(lang)))
    table = tr.read_ts(catalog.paths.translations_dir() / f"checkin_{lang}.ts")
    assert len(table) > 500
    assert tr.use_catalog(lang, catalog.paths.translations_dir())
    try:
        for context, source, comment in table:
            assert tr.translate(context, source, comment or None) == (
                qt.translate(context, source, comment or None) or source), (context, source)
        assert tr.translate("Cli", "no such text, anywhere") == "no such text, anywhere"
    finally:
        tr.clear_catalog()


def test_english_is_the_source_text():
    assert tr.use_catalog("en", catalog.paths.translations_dir())
    try:
        assert tr.translate("Verdict", "Already checked in") == "Already checked in"
    finally:
        tr.clear_catalog()


def _qt_datetime(dt: datetime, tz: str, lang: str) -> str:
    from PySide6.QtCore import QDateTime, QLocale, QTime, QTimeZone

    moment = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone(tz.encode()))
    return western_digits(qlocale(lang).toString(moment, QLocale.FormatType.ShortFormat))


def _qt_time(dt: datetime, tz: str, lang: str) -> str:
    from PySide6.QtCore import QLocale, QTime

    here = dt.astimezone(__import__("zoneinfo").ZoneInfo(tz))
    return western_digits(qlocale(lang).toString(QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat))


@pytest.mark.parametrize("lang", ["de", "en", "ar"])
@pytest.mark.parametrize("tz", ["Asia/Hebron", "Europe/Berlin", "UTC"])
def test_dates_and_times_look_as_qt_writes_them(lang, tz):
    moments = [datetime(2026, 3, 28, 21, 59, 59, 999_999, tzinfo=timezone.utc) + timedelta(minutes=37 * i)
               for i in range(0, 200)] + [datetime(2009, 12, 31, 23, 0, tzinfo=timezone.utc)]
    for moment in moments:
        assert format_datetime(moment, tz, lang) == _qt_datetime(moment, tz, lang), moment
        assert format_time(moment, tz, lang) == _qt_time(moment, tz, lang), moment


# --- the same commands, with Qt's translators and with the catalog read here ------------

def _event(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "base.checkin"
    store = create_demo(path)
    with store.session() as s:
        people = s.scalars(select(Participant).where(  # not arrived yet in the demo
            Participant.id.not_in(select(Scan.participant_id).where(Scan.participant_id.is_not(None))),
            Participant.status == Status.REGISTERED).order_by(Participant.family_name).limit(12)).all()
        codes = [p.badge_code for p in people]
        set_cancelled(s, people[1], True)
        people[2].desk_note = "Bitte Ausweis zeigen / يرجى إظهار الهوية"
        wg = s.scalar(select(EventSession).where(EventSession.number == 3))
        wg.capacity, wg.registration_required = 1, True
        closed = s.scalar(select(EventSession).where(EventSession.number == 4))
        closed.admit_until = T0
    store.close()
    return path, codes


STEPS = [("scan", 0), ("scan", 0), ("scan", 1), ("scan", 1, "--force", "Sondergast"), ("scan", 2),
         ("scan", "12345"), ("scan", 4, "--session", "3"), ("scan", 5, "--session", "3"),
         ("scan", 6, "--session", "4"), ("scan", 7, "--session", "1"), ("scan", 7, "--session", "1", "--exit"),
         ("scan", 8, "--session", "nix"), ("scan", 9, "--json"), ("scan", 9, "--json"), ("scan",),
         ("scan", 3, "--bogus"), ("stats",), ("stats", "--json"), ("stats", "--help")]


def _masked(text: str) -> str:
    """Without scan ids and clock readings (the two runs may straddle a minute)."""
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d\d-\d\dT[\d:.+]+",
                  "X", text)
    return re.sub(r"\b\d{1,2}:\d\d\b", "H:M", text)


def _session_of_steps(capsys, path: Path, codes: list[str], lang: str) -> list[tuple[int, str, str]]:
    said = []
    for step in STEPS:
        argv = [codes[a] if isinstance(a, int) else a for a in step]
        try:
            status, out, err = run(capsys, *argv, "--db", str(path), "--lang", lang)
        except SystemExit as done:  # --help
            status, (out, err) = int(done.code or 0), capsys.readouterr()
        said.append((status, _masked(out), _masked(err)))
    return said


@pytest.mark.parametrize("lang", ["de", "en", "ar"])
def test_scan_and_stats_say_what_they_say_with_qt(capsys, tmp_path, monkeypatch, lang):
    path, codes = _event(tmp_path)
    shutil.copy(path, tmp_path / "qt.checkin")
    fast_said = _session_of_steps(capsys, path, codes, lang)
    monkeypatch.setattr(tr, "use_catalog", lambda *_: False)  # as a bundle without .ts: Qt's translators
    qt_said = _session_of_steps(capsys, tmp_path / "qt.checkin", codes, lang)
    assert fast_said == qt_said
    statuses = [s for s, _, _ in fast_said]
    assert statuses[:6] == [0, 1, 1, 0, 0, 1] and statuses[14:16] == [2, 2]
    if lang != "en":  # translated, not the source text
        assert "Already checked in" not in fast_said[1][1] and "Arrived" not in fast_said[16][1]


# --- the counts ------------------------------------------------------------------------

def _reference_stats(store) -> dict:
    """The figures as the ORM computed them before stats_sql (derive + counts)."""
    with store.reader() as s:
        attendance = derive(s)
        status = dict(s.execute(select(Participant.status, func.count()).group_by(Participant.status)).all())
        per = dict(s.execute(select(Registration.session_id, func.count())
                             .join(Participant, Participant.id == Registration.participant_id)
                             .where(Participant.status == Status.REGISTERED)
                             .group_by(Registration.session_id)).all())
        sessions = [(x.id, x.number, per.get(x.id, 0),
                     sum(v.inside for (_, where), v in attendance.visits.items() if where == x.id),
                     len(attendance.attendees(x.id)), x.capacity)
                    for x in s.scalars(select(EventSession).order_by(EventSession.number))]
    return {"arrived": len(attendance.attendees(None)), "registered": status.get(Status.REGISTERED, 0),
            "cancelled": status.get(Status.CANCELLED, 0), "sessions": sessions}


def _as_dict(st: stats_sql.EventStats) -> dict:
    return {"arrived": st.arrived, "registered": st.registered, "cancelled": st.cancelled,
            "sessions": [(x.session_id, x.number, x.registered, x.present, x.attended, x.capacity)
                         for x in st.sessions]}


def test_the_counts_are_the_orm_counts(tmp_path):
    path, codes = _event(tmp_path)
    store = open_store(path)
    try:
        assert _as_dict(stats_sql_on(path)) == _reference_stats(store)
        with store.reader() as s:
            sessions = {x.number: x.id for x in s.scalars(select(EventSession))}
        done = [record(store, ScanRequest(c, session_id=sessions[1 + n % 3], desk="D")) for n, c in enumerate(codes)]
        record(store, ScanRequest(codes[5], session_id=sessions[1], exit=True))
        record(store, ScanRequest(codes[6], exit=True))
        undo(store, done[3].scan_id)
        with store.session() as s:
            walk_in = add_participant(s, {"given_name": "Neu", "family_name": "Gast"})
        admit_walk_in(store, walk_in.id, session_id=sessions[2])
        with store.reader() as s:
            assert _as_dict(stats(s)) == _reference_stats(store)
        assert _as_dict(stats_sql_on(path)) == _reference_stats(store)
    finally:
        store.close()


def stats_sql_on(path: Path) -> stats_sql.EventStats:
    lite = open_lite(path)
    assert lite is not None
    try:
        with lite.read() as conn:
            return stats_sql.stats(conn)
    finally:
        lite.close()


# --- every verdict, recorded by the window's store and by the fast one ------------------

@pytest.fixture
def base(tmp_path):
    path = tmp_path / "base.checkin"
    store = create_demo(path)
    with store.session() as s:
        people = s.scalars(select(Participant).where(
            Participant.id.not_in(select(Scan.participant_id).where(Scan.participant_id.is_not(None))),
            Participant.status == Status.REGISTERED).order_by(Participant.family_name).limit(8)).all()
        set_cancelled(s, people[1], True)
        people[2].desk_note = "Rollstuhl"
        wg = s.scalar(select(EventSession).where(EventSession.number == 3))
        wg.capacity, wg.registration_required = 1, True
        s.flush()
        for p in people[3:5]:
            s.add(Registration(participant_id=p.id, session_id=wg.id))
        closed = s.scalar(select(EventSession).where(EventSession.number == 4))
        closed.admit_from = T0 + timedelta(days=3650)
        old = people[7].badge_code
        replace_badge(s, people[7])
        codes = {"anna": people[0].badge_code, "cancelled": people[1].badge_code, "note": people[2].badge_code,
                 "reg1": people[3].badge_code, "reg2": people[4].badge_code, "free": people[5].badge_code,
                 "other": people[6].badge_code, "revoked": old}
        tag = codes["anna"][:4]
        sessions = {"wg": wg.id, "closed": closed.id,
                    "open": s.scalar(select(EventSession.id).where(EventSession.number == 1))}
    store.close()
    from checkin import codes as badge_codes

    body = ("9999" if tag != "9999" else "8888") + "0" * 20
    codes["other_event"] = body + badge_codes.damm_digit(body)
    body = tag + "1" * 20
    codes["unknown"] = body + badge_codes.damm_digit(body)
    codes["invalid"] = codes["anna"][:-1] + str((int(codes["anna"][-1]) + 1) % 10)
    return path, codes, sessions


NONCE = uuid.UUID("0b5e0a4e-7a8f-4a55-9d2a-6b0a8b3c1d11")
# (who, session, exit, force reason, nonce) → verdict, forced, arrival recorded
CASES = [
    (("anna", None, False, "", None), ("ok", False, False)),
    (("anna", None, False, "", None), ("already", False, False)),
    (("anna", None, True, "", None), ("exit", False, False)),
    (("invalid", None, False, "", None), ("invalid", False, False)),
    (("other_event", None, False, "", None), ("other_event", False, False)),
    (("unknown", None, False, "", None), ("unknown", False, False)),
    (("revoked", None, False, "", None), ("revoked", False, False)),
    (("cancelled", None, False, "", None), ("cancelled", False, False)),
    (("cancelled", None, False, "Ehrengast", None), ("ok", True, False)),
    (("note", None, False, "", None), ("ok", False, False)),
    (("free", "closed", False, "", None), ("closed", False, False)),
    (("free", "wg", False, "", None), ("not_registered", False, False)),
    (("reg1", "wg", False, "", None), ("ok", False, True)),
    (("reg2", "wg", False, "", None), ("full", False, False)),
    (("reg2", "wg", False, "Referent", None), ("ok", True, True)),
    (("reg1", "wg", True, "", None), ("exit", False, False)),
    (("free", "open", False, "", NONCE), ("ok", False, True)),
    (("free", "open", False, "", NONCE), ("ok", False, False)),  # the same nonce: replayed, nothing new
    (("note", "open", False, "", None), ("ok", False, False)),  # at the venue already: no second arrival
]


def _request(case, codes, sessions) -> ScanRequest:
    who, where, leaving, reason, nonce = case
    return ScanRequest(codes[who], session_id=sessions[where] if where else None, desk="Tisch 1",
                       exit=leaving, force_reason=reason, nonce=nonce)


def _rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT coalesce(participant_id, ''), raw_code, coalesce(session_id, ''), desk, direction, verdict, "
            "forced, force_reason, overridden, attention, caused_by_id IS NOT NULL FROM scan "
            "WHERE scanned_at = '2017-11-20 07:00:00.000000' ORDER BY rowid").fetchall()


def _log(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT tbl, op, seq FROM sync_log WHERE tbl = 'scan' ORDER BY seq").fetchall()


def test_every_verdict_is_recorded_alike_by_both_stores(base, tmp_path):
    path, codes, sessions = base
    orm_path, lite_path = tmp_path / "orm.checkin", tmp_path / "lite.checkin"
    shutil.copy(path, orm_path)
    shutil.copy(path, lite_path)
    orm, lite = open_store(orm_path), open_lite(lite_path)
    assert lite is not None
    try:
        for case, (verdict, forced, arrival) in CASES:
            request = _request(case, codes, sessions)
            results = [record(orm, request, now=T0), scan_sql.record(lite, request, now=T0)]
            for result in results:
                assert (result.verdict.value, result.decision.forced, result.arrival_scan_id is not None
                        ) == (verdict, forced, arrival), case
            a, b = results
            assert (a.decision, a.participant_id, a.session_id, a.replayed) == (
                b.decision, b.participant_id, b.session_id, b.replayed), case
    finally:
        orm.close()
        lite.close()
    assert _rows(orm_path) == _rows(lite_path)
    assert len(_rows(orm_path)) == len(CASES) - 1 + 3  # one replay writes nothing; three arrivals
    assert _log(orm_path) == _log(lite_path)  # the triggers logged both alike


def test_a_nonce_sent_again_for_another_scan_is_refused_by_the_fast_store(base):
    path, codes, sessions = base
    lite = open_lite(path)
    try:
        scan_sql.record(lite, ScanRequest(codes["anna"], nonce=NONCE))
        with pytest.raises(Exception) as refused:
            scan_sql.record(lite, ScanRequest(codes["free"], nonce=NONCE))
        assert getattr(refused.value, "code", "") == "nonce_conflict"
    finally:
        lite.close()


# --- opening ---------------------------------------------------------------------------

def test_an_older_file_is_upgraded_by_the_full_opening_then_scanned(capsys, tmp_path):
    path = tmp_path / "old.checkin"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as c:
        c.execute(text("INSERT INTO event (id, name_de, name_en, name_ar, venue, timezone, code_tag, is_demo, "
                       "created_at) VALUES ('0123456789abcdef0123456789abcdef', '', 'Old', '', '', 'UTC', "
                       "'1234', 0, '2017-11-20 07:00:00')"))
    engine.dispose()
    assert open_lite(path) is None  # not for the fast path: it needs migrating
    status, out, _ = run(capsys, "stats", "--db", str(path), "--lang", "en")
    assert status == 0 and out.startswith("Old\nArrived: 0 of 0 registered")
    assert stored_revision(path) == HEAD_REVISION
    assert list(tmp_path.glob("old.backup-0001-*.checkin"))  # the backup the upgrade makes


@pytest.mark.parametrize(("content", "expected"), [
    (None, "There is no event file"), (b"", "There is no event file"),
    (b"hello, not a database" * 100, "is not an event file")])
def test_what_is_no_event_file_is_said_as_before(capsys, tmp_path, content, expected):
    path = tmp_path / "x.checkin"
    if content is not None:
        path.write_bytes(content)
    status, out, err = run(capsys, "scan", "12345", "--db", str(path), "--lang", "en")
    assert (status, out) == (2, "") and expected in err and err.count("\n") == 1


def test_a_file_of_a_newer_version_is_refused(capsys, store):
    path = store.path
    store.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    status, _, err = run(capsys, "stats", "--db", str(path), "--lang", "en")
    assert status == 2 and "newer version" in err


def test_a_locked_file_is_busy_for_the_fast_path_too(capsys, store, monkeypatch):
    path = store.path
    store.close()
    monkeypatch.setattr("checkin.store.lite.BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(fast, "SCAN_PATIENCE_S", 0.0)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
        status, _, err = run(capsys, "scan", "12345", "--db", str(path), "--lang", "en")
        other.execute("ROLLBACK")
    assert status == 2 and "cannot be written now" in err
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM scan").fetchone()[0] == 0


def test_a_hold_lost_after_the_commit_records_the_scan_once(base, monkeypatch):
    path, codes, _ = base
    lite = open_lite(path)
    answers = iter([True, False, True])  # before the write, after it, before the second write
    monkeypatch.setattr(LiteStore, "holds_file", lambda self: next(answers))
    recovered = []
    monkeypatch.setattr(LiteStore, "recover", lambda self: recovered.append(True))
    try:
        result = scan_sql.record(lite, ScanRequest(codes["anna"]))
    finally:
        lite.close()
    assert recovered == [True] and result.verdict is Verdict.OK and not result.replayed
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM scan WHERE raw_code = ?", (codes["anna"],)).fetchone()[0] == 1


def test_the_fast_store_opens_with_the_stores_pragmas(store):
    path = store.path
    store.close()
    lite = open_lite(path)
    try:
        pragmas = [lite.conn.execute(f"PRAGMA {p}").fetchone()[0]
                   for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")]
    finally:
        lite.close()
    assert pragmas == ["wal", 2, 1, 5000]


def test_a_wal_deleted_underneath_is_refused_and_the_file_reopened(base):
    path, codes, _ = base
    lite = open_lite(path)
    try:
        scan_sql.record(lite, ScanRequest(codes["anna"]))
        path.with_name(path.name + "-wal").unlink()  # another process lost track of this desk's locks
        with pytest.raises(Exception) as refused:
            scan_sql.record(lite, ScanRequest(codes["free"]))
        assert getattr(refused.value, "code", "") == "event_file_changed"
        assert scan_sql.record(lite, ScanRequest(codes["free"])).verdict is Verdict.OK  # reopened
    finally:
        lite.close()
    with closing(sqlite3.connect(path)) as conn:  # the first scan was saved into the file itself
        assert conn.execute("SELECT count(*) FROM scan WHERE raw_code IN (?, ?)",
                            (codes["anna"], codes["free"])).fetchone()[0] == 2
