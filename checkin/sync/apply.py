"""Materialising entries: the merge rules every desk applies the same way.

- Rows that are only ever added (scans, annulments, registrations, revoked
  codes, audit, print log) are inserted once by their key; a duplicate is a
  no-op. A row whose parent (person, session, scan) is not here yet waits and
  is tried again after the next pull, so the order entries arrive in does not
  matter.
- People, sessions and the event can be edited: each field keeps the value of
  the newest change by hybrid logical clock (ties broken by desk UUID), so
  every desk ends with the same values whatever order it saw the changes in.
  Both versions stay in the change log, from which `checkin.sync.report`
  lists two desks changing one field without having seen each other's value.
- A badge code that loses to another desk's replacement is revoked: a code
  revoked anywhere answers `revoked` everywhere once synced.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from checkin.sync.log import COLUMNS, Entry
from checkin.sync.triggers import MUTABLE, SYNCED

BULK = ("scan", "annulment", "audit", "print_log")
PARENTS = {
    "scan": {"participant_id": "participant", "session_id": "session", "caused_by_id": "scan"},
    "registration": {"participant_id": "participant", "session_id": "session"},
    "revoked_code": {"participant_id": "participant"},
    "annulment": {"scan_id": "scan"},
    "print_log": {"participant_id": "participant"},
}


# The same fact recorded at two desks (one code revoked twice, one person
# registered twice for one session): every desk keeps the same one of the two.
_SAME_FACT = {
    "revoked_code": "UPDATE revoked_code SET revoked_at = min(revoked_at, :revoked_at) WHERE code = :code",
    "registration": "UPDATE registration SET id = min(id, :id), source = CASE WHEN :id < id THEN :source "
                    "ELSE source END WHERE participant_id = :participant_id AND session_id = :session_id",
}


@dataclass(frozen=True)
class Change:
    entry: str
    origin: str
    hlc: int
    old: object
    new: object

    def beats(self, other: Change) -> bool:
        return (self.hlc, self.origin) > (other.hlc, other.origin)


def changes(e_id: str, origin: str, hlc: int, op: str, data: dict) -> dict[str, Change]:
    if op == "insert":
        return {f: Change(e_id, origin, hlc, None, v) for f, v in data.items()}
    old, new = data["old"], data["new"]
    return {f: Change(e_id, origin, hlc, old.get(f), v) for f, v in new.items() if old.get(f) != v}


class Applier:
    def __init__(self, cur: sqlite3.Cursor) -> None:
        self.cur = cur
        self._columns: dict[str, set[str]] = {}
        self._exists_cache: set[tuple[str, str]] = set()

    def columns(self, table: str) -> set[str]:
        if table not in self._columns:
            self._columns[table] = {r[1] for r in self.cur.execute(f"PRAGMA table_info({table})")}
        return self._columns[table]

    def exists(self, table: str, key: object) -> bool:
        if (table, key) in self._exists_cache:
            return True
        found = self.cur.execute(f"SELECT 1 FROM {table} WHERE {SYNCED[table]} = ?", (key,)).fetchone()
        if found:
            self._exists_cache.add((table, key))
        return found is not None

    def pending(self) -> int:
        """Apply every entry not yet applied, as far as their parents allow.
        Returns how many were applied."""
        waiting = self._waiting_tables()
        if not waiting:
            return 0
        self.cur.execute("UPDATE sync_desk SET applying = 1")  # the triggers stay silent
        total = 0
        while waiting:
            done = 0
            for table in SYNCED:  # parents before children
                if table in waiting:
                    done += self._in_bulk(table) if table in BULK else self._one_by_one(table)
            if waiting - set(SYNCED):
                done += self._one_by_one(None)
            total += done
            if not done:
                break
            waiting = self._waiting_tables()
        self.cur.execute("UPDATE sync_desk SET applying = 0")
        return total

    def _waiting_tables(self) -> set[str]:
        """Tables with entries not yet applied (by the `applied` index: a few
        rows after a background pull, not a pass over every table)."""
        return {r[0] for r in self.cur.execute("SELECT DISTINCT tbl FROM sync_log WHERE applied = 0")}

    def _one_by_one(self, table: str | None) -> int:
        if table is None:  # tables this version does not know: kept in the log, passed on
            where, params = f"tbl NOT IN ({', '.join('?' * len(SYNCED))})", list(SYNCED)
        else:
            where, params = "tbl = ?", [table]
        rows = self.cur.execute(f"SELECT {COLUMNS} FROM sync_log WHERE applied = 0 AND {where} "
                                "ORDER BY hlc, origin", params).fetchall()
        done = [(e.id,) for e in (Entry(*r) for r in rows) if self.apply(e)]
        self.cur.executemany("UPDATE sync_log SET applied = 1 WHERE id = ?", done)
        return len(done)

    def _in_bulk(self, table: str) -> int:
        """Rows only ever added (scans above all: 100,000 of them when a desk
        joins late) go in with one statement, parents checked in SQL."""
        key = SYNCED[table]
        cols = sorted(self.columns(table))
        value = "json_extract(l.payload, '$.{}')".format
        parents = " AND ".join(
            f"({value(col)} IS NULL OR EXISTS (SELECT 1 FROM {parent} WHERE {SYNCED[parent]} = {value(col)}))"
            for col, parent in PARENTS.get(table, {}).items()) or "1"
        self.cur.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) "
            f"SELECT {', '.join(value(c) for c in cols)} FROM sync_log l "
            f"WHERE l.applied = 0 AND l.tbl = ? AND l.op = 'insert' AND {parents}", (table,))
        # EXISTS by key: as many look-ups as entries waiting, not a pass over the whole table.
        self.cur.execute(f"UPDATE sync_log SET applied = 1 WHERE applied = 0 AND tbl = ? "
                         f"AND EXISTS (SELECT 1 FROM {table} WHERE {key} = sync_log.row_id)", (table,))
        return self.cur.rowcount

    def apply(self, e: Entry) -> bool:
        if e.tbl not in SYNCED:
            return True  # a table this version does not know: kept in the log, passed on
        data = json.loads(e.payload)
        if e.op == "insert":
            for col, parent in PARENTS.get(e.tbl, {}).items():
                if data.get(col) is not None and not self.exists(parent, data[col]):
                    return False
            known = self.columns(e.tbl)
            cols = [c for c in data if c in known]
            before = self.cur.connection.total_changes
            self.cur.execute(f"INSERT OR IGNORE INTO {e.tbl} ({', '.join(cols)}) "
                             f"VALUES ({', '.join('?' * len(cols))})", [data[c] for c in cols])
            inserted = self.cur.connection.total_changes > before
            if not inserted and e.tbl == "revoked_code" and not self._recorded_revocation(e.row_id):
                # What was here this desk derived from a lost replacement, in the order
                # entries happened to arrive; a desk's own record of the fact replaces it.
                self.cur.execute("UPDATE revoked_code SET revoked_at = :revoked_at WHERE code = :code", data)
            elif not inserted and e.tbl in _SAME_FACT:
                self.cur.execute(_SAME_FACT[e.tbl], data)
            if inserted:
                self._exists_cache.add((e.tbl, e.row_id))
            if inserted or e.tbl not in MUTABLE:
                return True
        elif not self.exists(e.tbl, e.row_id):
            return False  # an edit of a row that has not arrived yet
        self._merge_fields(e, data)
        return True

    def _winners(self, e: Entry) -> dict[str, Change]:
        best: dict[str, Change] = {}
        rows = self.cur.execute("SELECT id, origin, hlc, op, payload FROM sync_log WHERE tbl = ? "
                                "AND row_id = ? AND applied = 1 AND id != ?", (e.tbl, e.row_id, e.id))
        for e_id, origin, hlc, op, payload in rows.fetchall():
            for f, ch in changes(e_id, origin, hlc, op, json.loads(payload)).items():
                if f not in best or ch.beats(best[f]):
                    best[f] = ch
        return best

    def _merge_fields(self, e: Entry, data: dict) -> None:
        key = SYNCED[e.tbl]
        winners = self._winners(e)
        known = self.columns(e.tbl)
        updates: dict[str, object] = {}
        revoked_at = 0
        for f, mine in changes(e.id, e.origin, e.hlc, e.op, data).items():
            if f not in known or f == key:
                continue
            other = winners.get(f)
            if other is None or mine.beats(other):
                updates[f] = mine.new
            elif f == "badge_code" and mine.new:
                self._revoke(mine.new, e.row_id, other.hlc)
            if f == "badge_code":
                # Stamped from the pair's clocks, not this desk's: every desk writes the same row.
                revoked_at = max(mine.hlc, other.hlc if other else 0)
        if not updates:
            return
        current = None
        if "badge_code" in updates:
            current = self.cur.execute("SELECT badge_code FROM participant WHERE id = ?",
                                       (e.row_id,)).fetchone()[0]
        sets = ", ".join(f"{f} = ?" for f in updates)
        self.cur.execute(f"UPDATE {e.tbl} SET {sets} WHERE {key} = ?", [*updates.values(), e.row_id])
        if current and current != updates.get("badge_code", current):
            self._revoke(current, e.row_id, revoked_at)  # replaced at another desk: the old code answers `revoked`

    def _recorded_revocation(self, code: str) -> bool:
        """Whether a desk recorded this code's revocation itself (replacing the
        badge there): an entry in the log, as opposed to one derived here."""
        return self.cur.execute("SELECT 1 FROM sync_log WHERE tbl = 'revoked_code' AND row_id = ? "
                                "AND op = 'insert' AND applied = 1 LIMIT 1", (code,)).fetchone() is not None

    def _revoke(self, code: str, participant: str, hlc: int) -> None:
        """A code that lost to another desk's replacement. Every desk ends with the
        same time: the earliest a desk recorded, else the earliest derived here
        from the pairs' clocks (derived times depend on the order entries arrive in,
        recorded ones do not)."""
        if self.cur.execute("SELECT 1 FROM participant WHERE badge_code = ?", (code,)).fetchone():
            return  # it is someone's current code here
        if self._recorded_revocation(code):
            return
        now = datetime.fromtimestamp(hlc / 1000, timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        self.cur.execute("INSERT OR IGNORE INTO revoked_code (code, participant_id, revoked_at) "
                         "VALUES (?, ?, ?)", (code, participant, now))
        self.cur.execute(_SAME_FACT["revoked_code"], {"code": code, "revoked_at": now})
