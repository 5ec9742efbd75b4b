"""A desk process for rehearsals, tests and the benchmark: scans a list of
codes at a steady pace while syncing in the background, then syncs until the
hub holds everything, and writes what it did (scan IDs, times, latencies) as
JSON.

    python -m checkin.sync.drill --db desk3.checkin --codes codes.txt --scans 500 --out desk3.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from checkin.errors import CheckinError
from checkin.scanning import ScanRequest, record
from checkin.store.connection import open_store
from checkin.sync import hubs
from checkin.sync.background import SyncLoop
from checkin.sync.engine import sync_round


def settle(store, hub, desk: str, deadline: float) -> int:
    """Sync until a round leaves nothing waiting (retrying while the hub is away)."""
    while True:
        try:
            r = sync_round(store, hub, desk_name=desk)
            if r.waiting == 0:
                return r.pulled
        except CheckinError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", required=True)
    p.add_argument("--codes", required=True, help="one badge code per line")
    p.add_argument("--scans", type=int, default=100)
    p.add_argument("--interval", type=float, default=0.01, help="seconds between scans")
    p.add_argument("--desk", default="drill")
    p.add_argument("--sync-interval", type=float, default=0.5)
    p.add_argument("--no-sync", action="store_true", help="scan only (a baseline)")
    p.add_argument("--settle", type=float, default=120, help="seconds to keep trying at the end")
    p.add_argument("--out", required=True)
    args = p.parse_args(argv)

    codes = Path(args.codes).read_text(encoding="utf-8").split()
    store = open_store(args.db)
    hub = hubs.remembered(store)
    loop = None
    if hub is not None and not args.no_sync:
        loop = SyncLoop(store, hub, args.desk, args.sync_interval)
        loop.start()
    scans, latencies = [], []
    for i in range(args.scans):
        started = time.perf_counter()
        result = record(store, ScanRequest(codes[i % len(codes)], desk=args.desk))
        latencies.append(time.perf_counter() - started)
        scans.append({"id": result.scan_id.hex, "at": time.time(), "verdict": result.verdict.value})
        if loop is not None:
            loop.nudge()
        time.sleep(args.interval)
    if loop is not None:
        loop.stop()
    if hub is not None and not args.no_sync:
        settle(store, hub, args.desk, time.monotonic() + args.settle)
    store.close()
    Path(args.out).write_text(json.dumps({"scans": scans, "latencies": latencies}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
