"""Window benchmarks: scanner burst → verdict painted, start-up, memory.

    .venv/bin/python bench/gui.py            # 500 scans, 10,000 participants
    .venv/bin/python bench/gui.py --quick

Runs offscreen unless DISPLAY is set (then in the real window). Start-up is
measured from process start to the first painted frame of our window, beside
a bare PySide6 QMainWindow started the same way in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD_BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800); w.show()
w.repaint(); app.processEvents()
print("shown", time.time(), flush=True)
"""

# The same steps as `checkin` (checkin.ui.app.run_window): the window first,
# then the event opened and the screens built.
CHILD_OURS = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from checkin.ui.app import open_event, start_window
w = start_window(app, "de"); w.show()
w.repaint(); app.processEvents()
print("shown", time.time(), flush=True)
open_event(app, w, Path(sys.argv[1])); w.repaint(); app.processEvents()
print("ready", time.time(), flush=True)
if len(sys.argv) > 2:  # memory: also visit the participants table
    w.tabs.setCurrentWidget(w.participants); app.processEvents()
    rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
    print("rss_kb", rss, flush=True)
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def start_time(code: str, *args: str, runs: int = 5) -> tuple[dict[str, float], list[str]]:
    """Median milliseconds from spawning the process to each line it prints."""
    marks: dict[str, list[float]] = {}
    output: list[str] = []
    for _ in range(runs):
        start = time.time()
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                              env={**os.environ})
        output = proc.stdout.split("\n")
        for line in output:
            name, _, at = line.partition(" ")
            if name in ("shown", "ready"):
                marks.setdefault(name, []).append((float(at) - start) * 1000)
    return {name: statistics.median(values) for name, values in marks.items()}, output


def scan_bursts(db: Path, codes: list[str]) -> list[float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(app, db, "de")
    window.show()
    app.processEvents()
    field = window.checkin.code
    field.setFocus()
    times = []

    def press(key: int, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    for code in codes:
        start = time.perf_counter()
        for ch in code:
            press(ord(ch), ch)
        press(Qt.Key.Key_Return, "\r")  # the burst ends: recorded, and the panel repainted at once
        times.append((time.perf_counter() - start) * 1000)
        assert window.checkin.last_result is not None and window.checkin.last_result.participant_id
        app.processEvents()
    window.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    n, scans = (2_000, 100) if args.quick else (10_000, 500)
    sys.path.insert(0, str(HERE))
    from core import fill

    from checkin.events import EventInfo, create_event

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CHECKIN_HOME"] = tmp
        db = Path(tmp) / "bench.checkin"
        store = create_event(db, EventInfo(name_en="Bench", code_tag="4711"))
        codes = fill(store, n, "4711", random.Random(7))
        store.close()
        chosen = random.Random(8).sample(codes, scans)

        bare, _ = start_time(CHILD_BARE)
        ours, _ = start_time(CHILD_OURS, str(db))
        bare_ms, ours_ms, ready_ms = bare["shown"], ours["shown"], ours["ready"]
        _, mem = start_time(CHILD_OURS, str(db), "rss", runs=1)
        rss_mb = int(next(line.split()[1] for line in mem if line.startswith("rss_kb"))) / 1024
        bursts = scan_bursts(db, chosen)

    print("| measure | ours | baseline | target |")
    print("|---|---:|---:|---|")
    print(f"| burst → verdict painted, {n:,} people, median (ms) | {statistics.median(bursts):.1f} | | |")
    print(f"| burst → verdict painted, {n:,} people, p95 (ms) | {percentile(bursts, 0.95):.1f} | | ≤ 30 ms |")
    print(f"| start → window shown (ms, median of 5) | {ours_ms:.0f} | {bare_ms:.0f} (bare PySide6 window) "
          f"| ≤ 1.5 × bare ({ours_ms / bare_ms:.2f} ×) |")
    print(f"| start → event open, ready to scan (ms, median of 5) | {ready_ms:.0f} | | |")
    print(f"| memory (RSS) with {n:,} people, participants tab open (MB) | {rss_mb:.0f} | | ≤ 250 MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
