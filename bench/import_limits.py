"""Import limits measured: peak memory and time of hostile files beside a normal list.

Each import runs in a fresh process (so its peak RSS is its own) into a new
event file; the normal 10,000-row list in the same run is the baseline:

    .venv/bin/python bench/import_limits.py                  # about a minute
    .venv/bin/python bench/import_limits.py --against 563f047

`--against REV` also runs every file with the checkout's `checkin/` at REV
(e.g. the commit before the limits), capped at --cap-mib of address space and
--timeout seconds so a bomb cannot take the machine down: it shows what the
limits save. Times are CPU seconds (and wall seconds beside them). The hostile files are those of issue 9 (tests/hostile.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

REPO = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child(path: Path, db: Path) -> None:
    """Runs in the measured process: one import, then its numbers as JSON."""
    from checkin.events import EventInfo, create_event
    from checkin.importing.participants import import_participants

    store = create_event(db, EventInfo(name_en="Bench", code_tag="4711"))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), _cpu()
    try:
        report = import_participants(store, path)
        errors = [(p.code, p.params.get("limit")) for p in report.errors]
        outcome = f"refused: {errors[0][0]} ({errors[0][1]})" if errors else f"{report.added} added"
    except MemoryError:
        outcome = "MemoryError"
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak": peak, "growth": peak - base,
                      "outcome": outcome}))


def _cpu() -> float:
    # CPU time, not wall time: the machine may be shared, and a loaded one stretches the clock.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(path: Path, workdir: Path, code: Path | None, cap_mib: int | None,
            timeout: float) -> dict[str, object]:
    db = workdir / f"event-{time.monotonic_ns()}.checkin"
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)

    def limit() -> None:
        if cap_mib:
            resource.setrlimit(resource.RLIMIT_AS, (cap_mib * 2**20, cap_mib * 2**20))

    command = [sys.executable, __file__, "--child", str(path), str(db)]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                              preexec_fn=limit, cwd=workdir)
    except subprocess.TimeoutExpired:
        return {"outcome": f"still running after {timeout:.0f} s (killed)"}
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"outcome": f"crashed: {tail[:60]}"}
    return json.loads(lines[-1])


def normal_csv(path: Path, n: int) -> Path:
    core = _load("bench_core", REPO / "bench" / "core.py")
    core.write_import_file(path, n, random.Random(42))
    return path


def normal_xlsx(path: Path, source: Path) -> Path:
    import csv

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Anmeldungen")
    with source.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f, delimiter=";"):
            ws.append(row)
    wb.save(path)
    return path


def files(d: Path) -> list[tuple[str, Path]]:
    h = _load("hostile", REPO / "tests" / "hostile.py")
    ten = normal_csv(d / "normal.csv", 10_000)
    link = d / "zero.csv"
    link.symlink_to("/dev/zero")
    fifo = d / "fifo.csv"
    os.mkfifo(fifo)
    return [
        ("10,000 rows, CSV (baseline)", ten),
        ("10,000 rows, XLSX", normal_xlsx(d / "normal.xlsx", ten)),
        ("19,999 rows, CSV (largest accepted)", normal_csv(d / "full.csv", 19_999)),
        ("XLSX sheet inflating to 4 GiB", h.sheet_bomb(d / "bomb.xlsx")),
        ("XLSX, one 1 GiB shared string", h.huge_shared_string(d / "string.xlsx")),
        ("XLSX, one 64 MiB shared string", h.huge_shared_string(d / "string64.xlsx", 64 * 2**20)),
        ("XLSX, 10 M shared strings", h.many_shared_strings(d / "strings.xlsx")),
        ("XLSX, 1,048,575 rows", h.many_rows(d / "rows.xlsx")),
        ("CSV of 200 MB", h.big_csv(d / "big.csv")),
        ("CSV of 30 MB, 1 M rows", h.long_csv(d / "long.csv", 1_000_000)),
        ("symlink to /dev/zero", link),
        ("FIFO without a writer", fifo),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--against", metavar="REV", help="also run with checkin/ at this revision")
    parser.add_argument("--cap-mib", type=int, default=3072)
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds before a run --against is killed")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        old = None
        if args.against:
            old = workdir / "old"
            old.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", args.against, "checkin"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        cases = files(workdir)
        header = "| file | on disk | ours: CPU s | wall s | peak RSS MiB | growth MiB | outcome |"
        if old:
            header += f" at {args.against}: CPU s | wall s | peak RSS MiB | outcome |"
        print(header)
        print("|---|---:|---:|---:|---:|---:|---|" + ("---:|---:|---:|---|" if old else ""))
        for name, path in cases:
            size = path.stat().st_blocks * 512 if path.is_file() else 0
            ours = measure(path, workdir, None, None, 3600)
            line = f"| {name} | {size / 2**20:.1f} MiB | {_cells(ours, growth=True)} |"
            if old:
                line += f" {_cells(measure(path, workdir, old, args.cap_mib, args.timeout))} |"
            print(line, flush=True)
    print("\npeak RSS: the whole process (Python, SQLAlchemy, Qt-free domain) at its highest;"
          " growth: above the process's peak just before the import began")
    if old:
        print(f"at {args.against}: address space capped at {args.cap_mib} MiB,"
              f" killed after {args.timeout:.0f} s")
    return 0


def _cells(m: dict[str, object], growth: bool = False) -> str:
    if "seconds" not in m:
        return " | ".join(["", "", ""] + ([""] if growth else []) + [str(m["outcome"])])
    cells = [f"{m['cpu']:.2f}", f"{m['seconds']:.2f}", f"{m['peak']:.0f}"]
    if growth:
        cells.append(f"{m['growth']:.0f}")
    return " | ".join(cells + [str(m["outcome"])])


if __name__ == "__main__":
    sys.exit(main())
