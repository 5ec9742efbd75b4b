"""The README's command examples, run as written against a scratch event (issue 11).

Only what cannot be known when writing the README is substituted: the badge
code of a real participant (registered for AG 1, not AG 2) for the example
code, and the ids the commands print for the example ids.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from checkin import codes
from tests.conftest import REPO

CHECKIN = str(Path(sys.executable).with_name("checkin"))


def sh_block(heading: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading):]
    block = section[section.index("```sh\n") + 6:]
    return [line for line in block[:block.index("```")].splitlines() if line.strip()]


def run(line: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    if "|" in line.split("#")[0]:  # a pipeline: through the shell, as a person types it
        command = line.split("#")[0].replace("checkin ", f"{shlex.quote(CHECKIN)} ", 1)
        return subprocess.run(["bash", "-c", command + "; exit ${PIPESTATUS[0]}"], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=120)
    words = shlex.split(line, comments=True)
    assert words[0] == "checkin", line
    return subprocess.run([CHECKIN, *words[1:], "--lang", "en"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_readme_commands_work_as_written(tmp_path, samples):
    env = dict(os.environ, CHECKIN_HOME=str(tmp_path / "home"), CHECKIN_SAMPLES=str(samples))
    for sample in ("programme.csv", "anmeldungen_deutschland.csv", "registrations_palestine.xlsx"):
        shutil.copy(samples / sample, tmp_path / sample)
    day = sh_block("## A conference day from the command line")
    example = re.search(r"checkin scan (\d+)", "\n".join(day)).group(1)
    assert len(example) == 25 and codes.parse(example) is not None  # a code as printed on badges
    code = scan_id = person_id = None
    for line in day:
        if line.startswith("checkin scan") and code is None:
            code, person_id = _registered_for_ag1_not_ag2(tmp_path / "konferenz.checkin")
        line = line.replace(example, code or example)
        if scan_id:
            line = line.replace("1f2e3d4c", scan_id[:8])
        done = run(line, tmp_path, env)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
        assert done.stderr.strip() == "", (line, done.stderr)  # broken pipes too are quiet
        if "--session \"AG 1\"" in line:
            scan_id = json.loads(run(f"checkin scan {code} --session 3 --exit --json", tmp_path, env).stdout)[
                "scan_id"]  # its id, as the README says to find it
            assert "Welcome" in done.stdout
        if "--force" in line:
            assert "Already" not in done.stdout and "swapped working group" in done.stdout
        if "import participants registrations_palestine" in line:
            assert "not in this file" not in done.stdout  # another list's people are not missing
    for line in sh_block("## Badges"):
        line = line.replace("1f2e3d4c", person_id[:8])
        done = run(line, tmp_path, env)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
        if "--only-unprinted" in line:
            assert "Wrote" in done.stdout  # the proof before it did not mark everyone printed
    # A one-off --db does not become the window's next event.
    other = tmp_path / "other.checkin"
    assert run(f"checkin new --db {other} --name Other --timezone Europe/Berlin", tmp_path, env).returncode == 0
    assert run("checkin stats --db konferenz.checkin", tmp_path, env).returncode == 0
    probe = "from checkin import recent; print(recent.last_event())"
    last = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True).stdout.strip()
    assert Path(last).resolve() == other.resolve()


def _registered_for_ag1_not_ag2(db: Path) -> tuple[str, str]:
    from sqlalchemy import select

    from checkin.store.connection import open_store
    from checkin.store.models import EventSession, Participant, Registration

    store = open_store(db)
    try:
        with store.reader() as s:
            number = {x.id: x.number for x in s.scalars(select(EventSession))}
            sessions: dict[object, set[int]] = {}
            for pid, sid in s.execute(select(Registration.participant_id, Registration.session_id)):
                sessions.setdefault(pid, set()).add(number[sid])
            person = next(p for p in s.scalars(select(Participant))
                          if 3 in sessions.get(p.id, set()) and 4 not in sessions.get(p.id, set()))
            return person.badge_code, str(person.id)
    finally:
        store.close()
