"""The purge: afterwards the event file's bytes (and its -wal) hold no name,
e-mail or badge code it had; what is kept was exported first."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from checkin import documents
from checkin.documents import purge
from checkin.store.connection import backup_copy, open_store
from checkin.store.models import AuditEntry, Certificate, Participant, Scan
from checkin.scanning import ScanRequest, record

from .helpers import file_bytes as _file_bytes, found as _found, personal as _personal, run, run_json


@pytest.mark.parametrize("profile", purge.PROFILES)
def test_purged_file_holds_no_personal_data(store, tmp_path, profile):
    code = store.reader().scalar(select(Participant.badge_code))
    record(store, ScanRequest(code, None, force_reason="Frau Müller sagt ok"))  # free text in the log
    documents.make_certificates(store, tmp_path / "c.pdf")
    copy = backup_copy(store.path, "0002")  # a backup beside the file holds everything too
    values = _personal(store)
    assert len(values) > 500 and _found(store.path, values)  # the search can find them
    report = purge.purge(store, profile, out_dir=tmp_path / "kept", desk="Desk 1")
    assert all(p.exists() for p in report.exports)
    assert not copy.exists()
    store.close()
    assert _found(store.path, values) == []
    assert b"M\xc3\xbcller sagt" not in _file_bytes(store.path)
    reopened = open_store(store.path)
    with reopened.reader() as s:
        line = s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
        assert line.details["profile"] == profile and line.details["participants"] == 300
        assert s.scalar(select(Scan.id).limit(1)) is not None  # the counts remain
        certificates = s.scalars(select(Certificate)).all()
    reopened.close()
    if profile == "keep-evidence":
        assert certificates and all(c.name == "" for c in certificates)
        with open(report.exports[1], encoding="utf-8-sig") as f:
            register = list(csv.DictReader(f, delimiter=";"))
        assert len(register) == len(certificates) and register[0]["name"]
        with open(report.exports[2], encoding="utf-8-sig") as f:
            log = list(csv.DictReader(f, delimiter=";"))
        assert log and all(row["person"].startswith("P") or not row["person"] for row in log)
        assert "sagt" not in report.exports[2].read_text(encoding="utf-8-sig")
    else:
        assert certificates == []


def test_verify_after_keep_evidence_says_the_name_was_removed(store, tmp_path, capsys):
    issued = documents.make_certificates(store, tmp_path / "c.pdf").serials[0][2]
    purge.purge(store, "keep-evidence", out_dir=tmp_path / "kept")
    store.close()
    status, out, _err = run(capsys, "--db", str(store.path), "--lang", "en", "verify", issued)
    assert status == 0 and "name removed" in out


def test_dry_run_changes_nothing(capsys, event_copy, tmp_path):
    before = _file_bytes(event_copy)
    status, data = run_json(capsys, "--db", str(event_copy), "purge", "--profile", "everything",
                            "--dry-run", "--out", str(tmp_path / "kept"))
    assert status == 0 and data["dry_run"] and data["removed"]["participants"] == 300
    assert data["exports"] == [str(tmp_path / "kept" / "statistics.csv")]
    assert not (tmp_path / "kept").exists()
    store = open_store(event_copy)
    with store.reader() as s:
        assert len(s.scalars(select(Participant)).all()) == 300
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all() == []
    store.close()
    assert len(before) > 0


def test_purge_cli_everything(capsys, event_copy, tmp_path):
    status, data = run_json(capsys, "--db", str(event_copy), "purge", "--profile", "everything",
                            "--out", str(tmp_path / "kept"))
    assert status == 0 and not data["dry_run"] and data["bytes_after"] < data["bytes_before"]
    status, out, err = run(capsys, "--db", str(event_copy), "--lang", "en", "purge", "--profile", "nonsense")
    assert status == 2
