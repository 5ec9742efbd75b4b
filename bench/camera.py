"""Camera benchmarks: decode rate and time per frame, window stalls, code → verdict.

    .venv/bin/python bench/camera.py            # 200 distorted frames per size (about 2 minutes)
    .venv/bin/python bench/camera.py --quick    # 50 per size

Frames are the synthetic badges of tests/camera/frames.py (tilted, slanted,
blurred, noisy, glare, low contrast, dark, phone screens, upside down) at
640×480, 1280×720 and 1920×1080. Each pipeline figure stands beside raw
zxing-cpp on the same pixels, with the same options, in the same run:

- NV12 frames, as webcams deliver them: raw zxing-cpp on the Y bytes, and the
  pipeline (QVideoFrame → worker thread → mapped Y plane → zxing-cpp → result
  back in the window's thread).
- RGB32 frames, as QVideoFrame(QImage) makes them: raw zxing-cpp on the same
  BGRA bytes, and the pipeline.
- For reference, the route through QImage.Format_Grayscale8, and zxing-cpp
  with its library defaults (to show that our options cost no rate).

Then frames flow at 30 a second from a camera thread into a CameraPanel beside
a real CheckinScreen (demo event), while a 5 ms timer in the window's thread
measures the longest stall; and people's badges come into view one after the
other to time "code in view → verdict shown". Runs offscreen unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


def _load(name: str, path: Path):  # the frame maker is shared with the tests, not installed
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


synthetic = _load("camera_frames", HERE.parent / "tests" / "camera" / "frames.py")

import zxingcpp  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoSink  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from checkin import codes  # noqa: E402
from checkin.decoding import DEFAULT_OPTIONS  # noqa: E402
from checkin.ui.camera_worker import FrameDecoder, decode_image  # noqa: E402

QR = zxingcpp.BarcodeFormat.QRCode


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


_NEUTRAL: dict[int, bytes] = {}


def nv12(grey: bytes, w: int, h: int) -> QVideoFrame:
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_NV12))
    frame.map(QVideoFrame.MapMode.WriteOnly)
    y, stride = frame.bits(0), frame.bytesPerLine(0)
    if stride == w:
        y[:w * h] = grey
    else:
        for row in range(h):
            y[row * stride:row * stride + w] = grey[row * w:(row + 1) * w]
    uv = frame.bits(1)
    uv[:] = _NEUTRAL.setdefault(len(uv), b"\x80" * len(uv))
    frame.unmap()
    return frame


def rgb32(bgra: bytes, w: int, h: int) -> QVideoFrame:
    return QVideoFrame(QImage(bgra, w, h, w * 4, QImage.Format.Format_RGB32).copy())


REPEATS = 5  # each frame is measured this often, interleaved, and the fastest kept (the machine is shared)


class Row:
    """Per-frame times (ms) and how many frames gave the expected code."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.hits = 0

    def add(self, ms: float, found: list, expected: str) -> None:
        self.times.append(ms)
        self.hits += expected in [getattr(f, "text", None) for f in found]

    @property
    def mean(self) -> float:
        return statistics.fmean(self.times)


class Through:
    """One frame offered to the worker, timed until its result is back in this
    (the window's) thread: the pipeline as the panel runs it, one frame at a time."""

    def __init__(self) -> None:
        # report_empty: a result for every frame, so there is something to wait for
        # (the panel's decoder posts only frames with a code; the work is the same).
        self.decoder = FrameDecoder(report_empty=True)
        self.results: list = []
        self.worker_seconds: list[float] = []  # decode_frame() alone, in the worker
        self.loop = QEventLoop()
        self.decoder.decoded.connect(self.results.append)
        self.decoder.decoded.connect(self.loop.quit)

    def __call__(self, frame: QVideoFrame) -> tuple[float, list]:
        self.results.clear()
        start = time.perf_counter()
        self.decoder.offer(frame)
        if not self.results:
            self.loop.exec()
        seconds = time.perf_counter() - start
        self.worker_seconds.append(self.results[0].seconds)
        return seconds, self.results[0].found

    def stop(self) -> None:
        self.decoder.stop()


def best(fn, make=None) -> tuple[float, list]:
    """The fastest of REPEATS calls (ms), with what it found; `make` builds a new input each time."""
    fastest, found = float("inf"), []
    for _ in range(REPEATS):
        arg = make() if make else None
        if make:
            seconds, found = fn(arg)
        else:
            start = time.perf_counter()
            found = fn()
            seconds = time.perf_counter() - start
        fastest = min(fastest, seconds)
    return fastest * 1000, found


def decode_table(sizes: list[str], count: int) -> tuple[list[list[str]], dict[str, dict[str, Row]]]:
    opts = DEFAULT_OPTIONS.kwargs()
    lum, bgra_fmt = zxingcpp.ImageFormat.Lum, zxingcpp.ImageFormat.BGRA
    badge_codes = [codes.new_code("4711") for _ in range(25)]
    table, results = [], {}
    through = Through()
    for size_name in sizes:
        w, h = synthetic.SIZES[size_name]
        rows = {k: Row() for k in ("raw_grey", "pipe_nv12", "worker_nv12", "raw_bgra", "pipe_rgb32", "worker_rgb32",
                                   "qimage_grey8", "raw_defaults")}
        for f in synthetic.frames(badge_codes, (w, h), count, seed=42):
            grey, bgra = f.image.convert("L").tobytes(), synthetic.rgb32_bytes(f.image)
            # Raw and pipeline one after the other on the same frame, so that load from
            # other processes falls on both alike.
            rows["raw_grey"].add(*best(lambda: zxingcpp.read_barcodes(zxingcpp.ImageView(grey, w, h, lum, w), **opts)), f.code)
            through.worker_seconds.clear()
            frame = nv12(grey, w, h)  # one frame, decoded REPEATS times like the raw bytes above
            rows["pipe_nv12"].add(*best(through, lambda: frame), f.code)
            rows["worker_nv12"].add(min(through.worker_seconds) * 1000, [], "")
            rows["raw_bgra"].add(*best(lambda: zxingcpp.read_barcodes(zxingcpp.ImageView(bgra, w, h, bgra_fmt, w * 4), **opts)), f.code)
            through.worker_seconds.clear()
            frame = rgb32(bgra, w, h)
            rows["pipe_rgb32"].add(*best(through, lambda: frame), f.code)
            rows["worker_rgb32"].add(min(through.worker_seconds) * 1000, [], "")
            image = QImage(bgra, w, h, w * 4, QImage.Format.Format_RGB32)
            rows["qimage_grey8"].add(*best(lambda: decode_image(image.convertToFormat(QImage.Format.Format_Grayscale8))), f.code)
            rows["raw_defaults"].add(*best(lambda: zxingcpp.read_barcodes(zxingcpp.ImageView(grey, w, h, lum, w), formats=QR)), f.code)
        results[size_name] = rows

        def line(label: str, row: Row, base: Row | None, rate: bool = True) -> list[str]:
            versus = f"{(row.mean / base.mean - 1) * 100:+.0f}%" if base else "—"
            return [size_name, label, f"{row.hits / count * 100:.1f}%" if rate else "", f"{row.mean:.2f}",
                    f"{percentile(row.times, 0.95):.2f}", versus]

        table += [
            line("raw zxing-cpp, grey (Y) bytes", rows["raw_grey"], None),
            line("pipeline: NV12 frame → worker (Y plane) → result", rows["pipe_nv12"], rows["raw_grey"]),
            line("  of which in the worker (map, decode, unmap)", rows["worker_nv12"], rows["raw_grey"], rate=False),
            line("raw zxing-cpp, BGRA bytes", rows["raw_bgra"], None),
            line("pipeline: RGB32 frame → worker → result", rows["pipe_rgb32"], rows["raw_bgra"]),
            line("  of which in the worker (map, decode, unmap)", rows["worker_rgb32"], rows["raw_bgra"], rate=False),
            line("ref.: QImage → Grayscale8 → zxing-cpp", rows["qimage_grey8"], rows["raw_bgra"]),
            line("ref.: zxing-cpp library defaults (grey)", rows["raw_defaults"], rows["raw_grey"]),
        ]
    through.stop()
    return table, results


class FakeCamera(threading.Thread):
    """Hands fresh NV12 frames to a sink from its own thread, as the camera backend does."""

    def __init__(self, sink: QVideoSink, pictures: list[tuple[bytes, int, int]], fps: float = 30) -> None:
        super().__init__(daemon=True)
        self.sink, self.pictures, self.interval = sink, pictures, 1 / fps
        self.index, self.sent, self.stop_flag = 0, 0, threading.Event()
        self.lock = threading.Lock()
        self.shown_at: dict[int, float] = {}  # picture index → when first handed over

    def show(self, pictures: list[tuple[bytes, int, int]]) -> None:
        with self.lock:
            self.pictures, self.index = pictures, 0

    def run(self) -> None:
        next_at = time.perf_counter()
        while not self.stop_flag.is_set():
            with self.lock:
                grey, w, h = self.pictures[self.index % len(self.pictures)]
                self.index += 1
            frame = nv12(grey, w, h)  # a new frame each time: nothing cached from before
            self.sink.setVideoFrame(frame)
            self.sent += 1
            next_at += self.interval
            time.sleep(max(0.0, next_at - time.perf_counter()))


def live(size_name: str, seconds: float, people: int) -> dict[str, float]:
    from sqlalchemy import select

    from checkin.demo import create_demo
    from checkin.i18n.catalog import Translations
    from checkin.store.connection import open_store
    from checkin.store.models import Participant, Scan, Status
    from checkin.ui.camera import CameraPanel
    from checkin.ui.checkin_screen import CheckinScreen
    from checkin.ui.context import Changes, DeskContext, DeskSettings

    w, h = synthetic.SIZES[size_name]
    tmp = Path(tempfile.mkdtemp())
    os.environ["CHECKIN_HOME"] = str(tmp / "home")
    create_demo(tmp / "demo.checkin").close()
    translations = Translations()
    translations.use("en")
    ctx = DeskContext(store=open_store(tmp / "demo.checkin"), settings=DeskSettings(), translations=translations,
                      changes=Changes())
    with ctx.store.reader() as s:
        arrived = set(s.scalars(select(Scan.participant_id).where(Scan.session_id.is_(None))))
        todo = [p.badge_code for p in s.scalars(select(Participant).where(Participant.status == Status.REGISTERED))
                if p.id not in arrived][:people]
    window = QWidget()
    screen, sink = CheckinScreen(ctx), QVideoSink()
    screen.sounds.muted = True
    panel = CameraPanel(ctx, sink=sink)
    verdicts: list[tuple[str, float]] = []

    def checked_in(code: str) -> None:
        screen.submit(code, from_scanner=True)  # paints the verdict before it returns
        verdicts.append((code, time.perf_counter()))

    panel.code_found.connect(checked_in)
    layout = QHBoxLayout(window)
    layout.addWidget(panel, 2)
    layout.addWidget(screen, 3)
    window.resize(1280, 800)
    window.show()

    import random

    rng = random.Random(9)
    empty = synthetic.make_frame(todo[0], (w, h), "clean", rng).image.crop((0, 0, 4, 4)).resize((w, h)).convert("L").tobytes()
    # Each person: their badge in view in a few poses for 1.2 s, then nobody for 0.6 s.
    poses = {code: [(synthetic.make_frame(code, (w, h), kind, rng).image.convert("L").tobytes(), w, h)
                    for kind in ("clean", "tilt", "slant", "blur", "phone", "noise")] for code in todo}
    camera = FakeCamera(sink, [(empty, w, h)])
    gaps, elapsed = [], QElapsedTimer()
    elapsed.start()
    last = [elapsed.nsecsElapsed()]

    def tick() -> None:
        now = elapsed.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    def run_for(s: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(s * 1000), loop.quit)
        loop.exec()

    camera.start()
    run_for(0.5)
    latencies = []
    for code in todo:  # code in view → verdict shown
        shown = time.perf_counter()
        camera.show(poses[code])
        run_for(1.2)
        hit = [t for c, t in verdicts if c == code]
        if hit:
            latencies.append((hit[0] - shown) * 1000)
        camera.show([(empty, w, h)])
        run_for(0.6)
    # Stalls while a badge stays in view (decoded every frame, announced once).
    camera.show(poses[todo[0]])
    run_for(0.5)
    ticker.start()
    decoded_before, offered_before, dropped_before = (panel.decoder.frames_decoded, panel.decoder.slot.offered,
                                                      panel.decoder.slot.dropped)
    run_for(seconds)
    ticker.stop()
    camera.stop_flag.set()
    camera.join()
    result = {
        # A tick is due every 5 ms: what a gap has beyond that is time the thread was kept busy.
        "max_stall": max(gaps[1:]) - 5, "p99_stall": percentile(gaps[1:], 0.99) - 5,
        "frames": panel.decoder.slot.offered - offered_before,
        "decoded": panel.decoder.frames_decoded - decoded_before,
        "dropped": panel.decoder.slot.dropped - dropped_before,
        "painted": panel.preview.frames_painted,
        "latency_median": statistics.median(latencies) if latencies else float("nan"),
        "latency_max": max(latencies) if latencies else float("nan"),
        "checked_in": len({c for c, _ in verdicts}), "people": len(todo),
    }
    panel.shutdown()
    window.close()
    translations.clear()
    ctx.store.close()
    return result


def markdown(headers: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 frames per size, shorter live runs")
    parser.add_argument("--sizes", default="640x480,1280x720,1920x1080")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # noqa: F841
    sizes = args.sizes.split(",")
    count = 50 if args.quick else 200
    print(f"checkin camera benchmark: {count} distorted frames per size, zxing-cpp "
          f"{getattr(zxingcpp, '__version__', '')}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    table, results = decode_table(sizes, count)
    print(markdown(["size", "path", "decoded", "mean ms per frame", "p95 ms", "vs raw"], table))
    print("\nPipeline = what the panel runs: frames at least 1600 px wide are read at half size first "
          "(DecodeOptions.halve_from); raw zxing-cpp always reads the full frame. Times are the best of "
          f"{REPEATS} runs per frame; 'of which in the worker' is decode_frame() alone, the rest of a "
          "round trip is handing the frame to the worker thread and the result back.\n")
    lives = {s: live(s, 3.0 if args.quick else 6.0, 5 if args.quick else 12) for s in sizes}
    print(markdown(["size", "frames in (30/s)", "decoded", "dropped", "longest GUI stall ms", "p99 stall ms",
                    "code in view → verdict ms (median / max)", "checked in"],
                   [[s, str(r["frames"]), str(r["decoded"]), str(r["dropped"]), f"{r['max_stall']:.1f}",
                     f"{r['p99_stall']:.1f}", f"{r['latency_median']:.0f} / {r['latency_max']:.0f}",
                     f"{r['checked_in']}/{r['people']}"] for s, r in lives.items()]))
    print()
    ok = True
    for s, rows in results.items():
        for kind, raw in (("nv12", "raw_grey"), ("rgb32", "raw_bgra")):
            slower = rows[f"pipe_{kind}"].mean / rows[raw].mean - 1
            worker = rows[f"worker_{kind}"].mean / rows[raw].mean - 1
            good = slower <= 0.20
            ok &= good
            print(f"{'ok  ' if good else 'FAIL'} {s} {kind}: frame → result {slower * 100:+.0f}% against raw "
                  f"zxing-cpp (limit +20%); the worker's share {worker * 100:+.0f}%, the rest is the two thread hand-overs")
    if "1280x720" in results:
        rate = min(results["1280x720"][k].hits for k in ("pipe_nv12", "pipe_rgb32")) / count
        ok &= rate >= 0.98
        print(f"{'ok  ' if rate >= 0.98 else 'FAIL'} 1280x720 decoded {rate * 100:.1f}% (at least 98%)")
    for s, r in lives.items():
        good = r["max_stall"] <= 16
        ok &= good
        print(f"{'ok  ' if good else 'FAIL'} {s} longest GUI-thread stall {r['max_stall']:.1f} ms (at most 16 ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
