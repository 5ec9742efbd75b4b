"""The change log's source: SQLite triggers on every table a desk writes.

Each insert (and each edit of a person, session or the event) appends an entry
to `sync_log` with this desk's UUID as origin, the next number of the desk's
own sequence and a hybrid logical clock. Triggers rather than Python hooks, so
that every way of writing (ORM, bulk import, a future code path) is logged in
the same transaction as the row itself. While pulled rows are applied the
desk's `applying` flag is set and the triggers stay silent.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

# Table -> its key column, in the order parents come before children.
SYNCED = {
    "event": "id", "session": "id", "participant": "id", "registration": "id",
    "revoked_code": "code", "scan": "id", "annulment": "id", "audit": "id", "print_log": "id",
}
MUTABLE = ("event", "session", "participant")

# Milliseconds since 1970 from SQLite's clock; the HLC never goes backwards.
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_TICK = f"UPDATE sync_desk SET seq = seq + 1, hlc = max({_NOW_MS}, hlc + 1);"
_ENTRY = ("INSERT INTO sync_log (id, origin, seq, hlc, tbl, op, row_id, payload, applied) "
          "SELECT lower(hex(randomblob(16))), desk_id, seq, hlc, '{tbl}', '{op}', {key}, {payload}, 1 "
          "FROM sync_desk;")


def columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]


def _json(cols: Iterable[str], prefix: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}{c}" for c in cols) + ")"


def _statements(conn: Connection) -> list[str]:
    out = []
    for table, key in SYNCED.items():
        cols = columns(conn, table)
        out.append(
            f"CREATE TRIGGER sync_insert_{table} AFTER INSERT ON {table} "
            "WHEN (SELECT applying FROM sync_desk) = 0 BEGIN "
            + _TICK + _ENTRY.format(tbl=table, op="insert", key=f"NEW.{key}", payload=_json(cols, "NEW."))
            + " END"
        )
        if table in MUTABLE:
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
            payload = f"json_object('old', {_json(cols, 'OLD.')}, 'new', {_json(cols, 'NEW.')})"
            out.append(
                f"CREATE TRIGGER sync_update_{table} AFTER UPDATE ON {table} "
                f"WHEN (SELECT applying FROM sync_desk) = 0 AND ({changed}) BEGIN "
                + _TICK + _ENTRY.format(tbl=table, op="update", key=f"NEW.{key}", payload=payload)
                + " END"
            )
    return out


def install(conn: Connection) -> None:
    """(Re)create the triggers from the tables' current columns. A migration
    that adds a column to a synced table calls this again."""
    for table in SYNCED:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_insert_{table}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_update_{table}")
    for statement in _statements(conn):
        conn.exec_driver_sql(statement)


def backfill(conn: Connection) -> None:
    """Rows written before the change log existed become this desk's entries."""
    for table, key in SYNCED.items():
        cols = columns(conn, table)
        conn.execute(text(
            "INSERT INTO sync_log (id, origin, seq, hlc, tbl, op, row_id, payload, applied) "
            "SELECT lower(hex(randomblob(16))), d.desk_id, d.seq + row_number() OVER (ORDER BY t.rowid), "
            f"max({_NOW_MS}, d.hlc) + row_number() OVER (ORDER BY t.rowid), '{table}', 'insert', t.{key}, "
            f"{_json(cols, 't.')}, 1 FROM {table} AS t, sync_desk AS d"
        ))
        conn.exec_driver_sql(
            "UPDATE sync_desk SET seq = (SELECT coalesce(max(seq), 0) FROM sync_log), "
            "hlc = max(hlc, (SELECT coalesce(max(hlc), 0) FROM sync_log))"
        )
