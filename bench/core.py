"""Core benchmarks: import, scan → recorded verdict, search, the demo event.

Each measurement stands beside a baseline measured in the same run on the same
machine, so the table says how much our layers cost, not how fast the disk is:

    .venv/bin/python bench/core.py            # full sizes (about a minute)
    .venv/bin/python bench/core.py --quick    # smaller, for a smoke run
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from checkin import codes
from checkin.events import EventInfo, create_event
from checkin.importing.participants import import_participants
from checkin.participants import search_key
from checkin.scanning import ScanRequest, record
from checkin.search import search
from checkin.store.connection import EventStore
from checkin.store.models import Category, Participant, Scan, Status

GIVEN = ["Stefan", "Jürgen", "Günther", "Maximiliane", "François", "Amna", "Mona", "Heba", "Layla",
         "George", "Ahmad", "Fatima", "Omar", "Susanne", "Katrin", "Tobias", "Yousef", "Rania"]
FAMILY = ["Müller-Lüdenscheidt", "Nußbaum", "van der Berg", "O'Connor", "Özturk", "Al-Atrash",
          "Dueibes", "Hanna", "Nasser", "Saleh", "Weißmüller", "Becker", "Khalil", "Haddad"]
ARABIC = ["آمنة دعيبس", "منى الأطرش", "هبة حنا", "ليلى ناصر", "جورج صالح", "أحمد خليل", "فاطمة حداد"]
TOWNS = ["Stadt Würzburg", "Hansestadt Lübeck", "Bethlehem Municipality", "Ramallah Municipality",
         "Stadt Görlitz", "Jericho Municipality", "Landeshauptstadt München"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def fill(store: EventStore, n: int, tag: str, rng: random.Random) -> list[str]:
    """n participants by bulk insert (setup, not measured)."""
    rows, badge_codes = [], []
    for i in range(n):
        p = Participant(
            id=uuid.uuid4(), given_name=rng.choice(GIVEN), family_name=f"{rng.choice(FAMILY)} {i}",
            name_ar=rng.choice(ARABIC), organisation=rng.choice(TOWNS), organisation_ar="",
            email=f"person{i}@example.org", badge_code=codes.new_code(tag),
        )
        badge_codes.append(p.badge_code)
        rows.append({
            "id": p.id, "given_name": p.given_name, "family_name": p.family_name, "name_ar": p.name_ar,
            "organisation": p.organisation, "email": p.email, "badge_code": p.badge_code,
            "search_key": search_key(p), "category": Category.PARTICIPANT, "status": Status.REGISTERED,
        })
    with store.session() as s:
        for start in range(0, n, 5000):
            s.execute(insert(Participant), rows[start:start + 5000])
    return badge_codes


def bench_scan(workdir: Path, n: int, scans: int, rng: random.Random) -> list[float]:
    store = create_event(workdir / f"scan{n}.checkin", EventInfo(name_en="Bench", code_tag="4711"))
    badge_codes = fill(store, n, "4711", rng)
    chosen = rng.sample(badge_codes, scans)
    times = [timed(lambda c=c: record(store, ScanRequest(c, desk="bench"))) for c in chosen]
    store.close()
    return times


def bench_scan_on_full_file(workdir: Path, people: int, on_file: int, scans: int,
                            rng: random.Random) -> list[float]:
    """Scans (arrivals and repeats) into a file already holding `on_file` scans,
    as a desk's file is by the second day (its own and those pulled from other desks)."""
    store = create_event(workdir / f"full{on_file}.checkin", EventInfo(name_en="Bench", code_tag="4711"))
    badge_codes = fill(store, people, "4711", rng)
    if on_file:
        with store.reader() as s:
            ids = [p.id for p in s.query(Participant)]
        start = datetime(2026, 11, 20, 6, 0, tzinfo=timezone.utc)
        with store.session() as s:
            for first in range(0, on_file, 5000):
                s.execute(insert(Scan), [
                    {"id": uuid.uuid4(), "nonce": uuid.uuid4(), "participant_id": ids[i % len(ids)],
                     "raw_code": "", "session_id": None, "desk": "bench", "direction": "entry",
                     "verdict": "ok" if i < len(ids) else "already", "scanned_at": start + timedelta(seconds=i)}
                    for i in range(first, min(on_file, first + 5000))])
    chosen = [rng.choice(badge_codes) for _ in range(scans)]
    times = [timed(lambda c=c: record(store, ScanRequest(c, desk="bench"))) for c in chosen]
    store.close()
    return times


def bench_bare_commit(workdir: Path, scans: int) -> list[float]:
    conn = sqlite3.connect(workdir / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE scan (id TEXT PRIMARY KEY, code TEXT, at TEXT)")

    def one() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO scan VALUES (?, ?, datetime('now'))", (uuid.uuid4().hex, "x"))
        conn.execute("COMMIT")

    times = [timed(one) for _ in range(scans)]
    conn.close()
    return times


QUERIES = ["müller", "mueller", "nussbaum", "amna", "الأطرش", "احمد", "würzburg", "o'connor",
           "van der", "hanna 12", "stefan becker", "ramallah", "person77", "ليلى", "lübeck"]


def bench_search(workdir: Path, n: int, rounds: int, rng: random.Random) -> tuple[list[float], list[float]]:
    store = create_event(workdir / "search.checkin", EventInfo(name_en="Bench", code_tag="4711"))
    fill(store, n, "4711", rng)
    ours = []
    with store.reader() as s:
        for i in range(rounds):
            q = QUERIES[i % len(QUERIES)]
            ours.append(timed(lambda q=q: search(s, q)))
    store.close()
    conn = sqlite3.connect(workdir / "search.checkin")
    bare = []
    for i in range(rounds):
        q = QUERIES[i % len(QUERIES)]
        bare.append(timed(lambda q=q: conn.execute(
            "SELECT id, given_name, family_name FROM participant WHERE family_name LIKE ? "
            "OR given_name LIKE ? OR organisation LIKE ?", (f"%{q}%",) * 3).fetchall()))
    conn.close()
    return ours, bare


def write_import_file(path: Path, n: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Vorname", "Nachname", "Name (arabisch)", "Kommune", "E-Mail", "Telefon", "Funktion"])
        for i in range(n):
            w.writerow([rng.choice(GIVEN), f"{rng.choice(FAMILY)} {i}", rng.choice(ARABIC),
                        rng.choice(TOWNS), f"p{i}@example.org", f"+49 30 {i:07d}", "Bürgermeisterin"])


def bench_import(workdir: Path, n: int, rng: random.Random) -> tuple[float, float]:
    source = workdir / "import.csv"
    write_import_file(source, n, rng)
    store = create_event(workdir / "import.checkin", EventInfo(name_en="Bench", code_tag="4711"))
    ours = timed(lambda: import_participants(store, source))
    store.close()

    def plain() -> None:
        with source.open(encoding="utf-8-sig", newline="") as f:
            list(csv.reader(f, delimiter=";"))

    return ours, timed(plain)


def bench_demo(workdir: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Making the demo event beside making an empty event (schema and migrations alone)."""
    from checkin.demo import create_demo

    info = EventInfo(name_en="Empty", timezone="Asia/Hebron")
    demo, empty = [], []
    for i in range(rounds):
        demo.append(timed(lambda: create_demo(workdir / f"demo-{i}.checkin").close()) / 1000)
        empty.append(timed(lambda: create_event(workdir / f"empty-{i}.checkin", info).close()) / 1000)
    return demo, empty


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rng = random.Random(42)
    sizes = (1_000, 10_000) if args.quick else (10_000, 100_000)
    scans = 200 if args.quick else 1_000
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        import_n = 1_000 if args.quick else 10_000
        ours_import, plain_import = bench_import(workdir, import_n, rng)
        rows.append((f"import {import_n:,} rows (s)", ours_import / 1000, None, plain_import / 1000, None,
                     "≤ 3 s"))
        bare = bench_bare_commit(workdir, scans)
        for n in sizes:
            t = bench_scan(workdir, n, scans, rng)
            rows.append((f"scan → verdict, {n:,} people (ms)", statistics.median(t), percentile(t, 0.95),
                         statistics.median(bare), percentile(bare, 0.95), "p95 ≤ 10 ms"))
        on_file = 20_000 if args.quick else 100_000
        empty = bench_scan_on_full_file(workdir, 400, 0, scans, rng)
        full = bench_scan_on_full_file(workdir, 400, on_file, scans, rng)
        rows.append((f"scan → verdict, 400 people, {on_file:,} scans on file; baseline: none (ms)",
                     statistics.median(full), percentile(full, 0.95),
                     statistics.median(empty), percentile(empty, 0.95), "p95 ≤ 10 ms"))
        search_n = sizes[0]
        ours, bare_like = bench_search(workdir, search_n, 300, rng)
        rows.append((f"search, {search_n:,} people (ms)", statistics.median(ours), percentile(ours, 0.95),
                     statistics.median(bare_like), percentile(bare_like, 0.95), "p95 ≤ 20 ms"))
        demo, empty = bench_demo(workdir, 3)
        rows.append(("demo event, 300 people (s)", statistics.median(demo), None,
                     statistics.median(empty), None, "≤ 3 s"))
    print("| measure | ours median | ours p95 | baseline median | baseline p95 | target |")
    print("|---|---:|---:|---:|---:|---|")
    for name, med, p95, bmed, bp95, target in rows:
        fmt = lambda v: "" if v is None else f"{v:.2f}"  # noqa: E731
        print(f"| {name} | {fmt(med)} | {fmt(p95)} | {fmt(bmed)} | {fmt(bp95)} | {target} |")
    print("\nbaselines: plain csv parse; a bare single-row SQLite commit (WAL, synchronous=FULL); "
          "a bare SQL LIKE over three columns; an empty event (schema and migrations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
