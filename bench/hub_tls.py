"""What the embedded hub's TLS front costs: a fresh desk joining (pulling every
entry) and a round that pushes a batch, through the front (TLS, verify-ca)
beside the same server reached directly (no TLS), in the same run, alternating.

    .venv/bin/python bench/hub_tls.py             # 20,000 entries to pull
    .venv/bin/python bench/hub_tls.py --quick     # 5,000
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from checkin.events import EventInfo, create_event
from checkin.participants import add_participant
from checkin.sync import hubs, joincode, server
from checkin.sync.engine import sync_round


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    entries = 5000 if args.quick else 20000
    root = Path(tempfile.mkdtemp(prefix="checkin-bench-tls-"))
    root.chmod(0o755)  # as root the server runs as another user
    os.environ["CHECKIN_HOME"] = str(root)
    first = create_event(root / "a.checkin", EventInfo(name_en="TLS bench", code_tag="4711"))
    try:
        with first.session() as s:
            for i in range(entries):
                add_participant(s, {"given_name": f"G{i}", "family_name": "F"})
        started = hubs.start_hub(first, listen="127.0.0.1")
        config = server.read_config(hubs.hub_folder_of(first))
        direct = f"postgresql://{server.ROLE}:{config.password}@127.0.0.1:{config.port}/{server.DATABASE}"
        times: dict[str, list[float]] = {"direct": [], "tls": []}
        push: dict[str, list[float]] = {"direct": [], "tls": []}
        for n in range(args.repeat):
            for way in ("direct", "tls"):
                t0 = time.perf_counter()
                desk, r = hubs.join(root / f"{way}{n}.checkin", started.join_code, desk_name=way,
                                    url=direct if way == "direct" else "")
                times[way].append(time.perf_counter() - t0)
                assert r.pulled >= entries
                with desk.session() as s:
                    for i in range(500):
                        add_participant(s, {"given_name": f"W{i}", "family_name": way})
                t0 = time.perf_counter()
                sync_round(desk, hubs.remembered(desk))
                push[way].append(time.perf_counter() - t0)
                desk.close()
        print(f"{'measure (median of ' + str(args.repeat) + ')':46} {'direct':>10} {'TLS front':>10} {'ratio':>7}")
        for label, data in ((f"join: pull {entries:,} entries, s", times), ("round: push 500 entries, s", push)):
            d, t = statistics.median(data["direct"]), statistics.median(data["tls"])
            print(f"{label:46} {d:>10.2f} {t:>10.2f} {t / d:>7.2f}")
        print(f"join code: {len(started.join_code)} digits")
        assert joincode.decode(started.join_code)
    finally:
        hubs.stop_hub(first)
        first.close()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
