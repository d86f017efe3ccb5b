"""Audit rows for what an import (and its undo) writes below the ORM.

The ORM hook (services/audit.py) never sees bulk statements, so an import writes its
entries itself, in its own transaction, through db/bulk (executemany / COPY):

- the batch: one import_batch entry (who, when, kind, file, counts of what it created and
  changed per kind), written by services/imports; its undo adds one with what it undid;
- every existing record the batch changed: an "update" entry with {field: [before, after]}
  and the version counter, as the hook records an edit, stamped with the batch entry's
  moment. A stale save after an import then names the import's changes, and a record's
  history shows its old values. The undo writes the restored values the same way.

Records the batch created are counted in the batch entry, not listed one by one: measured
on a 100,000-line order import (SQLite, 2 cores), an entry per created record cost +2.9 s
with the record ids alone and +5.7 s with their values, on an 8 s import; the import must
stay within 0.35 x the time pandas + openpyxl take to read the file. Each created record
still says who created it and when (created_by_id, created_at), the batch's undo data keeps
their ids, and every later change of one is an entry of its own.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.engine import Connection

from sopdesk.db import bulk
from sopdesk.models import AuditLog, Base

from .audit import SKIP_FIELDS, to_json

Row = dict[str, Any]


def audited(table_name: str) -> bool:
    return table_name in _audited_tables()


_AUDITED: set[str] | None = None


def _audited_tables() -> set[str]:
    global _AUDITED
    if _AUDITED is None:
        _AUDITED = {m.class_.__tablename__ for m in Base.registry.mappers if getattr(m.class_, "__audited__", False)}
    return _AUDITED


class AuditWriter:
    """Collects the entries of one import or undo and writes them in one bulk insert.
    State: the acting user, the moment, the entries so far."""

    def __init__(self, actor, at: dt.datetime):
        self.user_id = actor.user_id
        self.username = actor.username
        self.at = at
        self.tables: list[str] = []
        self.record_ids: list[str] = []
        self.actions: list[str] = []
        self.changes: list[dict] = []

    def __len__(self) -> int:
        return len(self.record_ids)

    def _add(self, table: str, record_id, action: str, changes: dict) -> None:
        self.tables.append(table)
        self.record_ids.append(str(record_id))
        self.actions.append(action)
        self.changes.append(changes)

    def updated_rows(self, table: str, rows: list[Row], before: list[dict]) -> None:
        """Updated records: `rows` as the import's update plan ({"_id", "_version", column:
        new value}), `before` its undo data ({"id", "version" after, "values" before})."""
        if not audited(table):
            return
        for row, old in zip(rows, before, strict=True):
            values = old.get("values") or {}
            changes = {}
            for k, v in row.items():
                if k.startswith("_") or k in SKIP_FIELDS:
                    continue
                after, was = to_json(v), values.get(k)
                if after != was:
                    changes[k] = [was, after]
            if row.get("_version") is not None:
                changes["version"] = [row["_version"], row["_version"] + 1]
            self._add(table, row["_id"], "update", changes)

    def restored(self, table: str, record_id: uuid.UUID | str, current: dict, values: dict, version: int) -> None:
        """An undo put a record's values back (`current`: as the import left them)."""
        if not audited(table):
            return
        changes = {k: [to_json(current.get(k)), to_json(v)] for k, v in values.items()
                   if k not in SKIP_FIELDS and to_json(current.get(k)) != to_json(v)}
        if version is not None:
            changes["version"] = [version, version + 1]
        self._add(table, record_id, "update", changes)

    def write(self, conn: Connection) -> int:
        n = len(self.record_ids)
        if not n:
            return 0
        from sopdesk.db import server_roles

        if server_roles.prefix_of(conn):  # db init-server: the tables' trigger wrote them
            self.tables, self.record_ids, self.actions, self.changes = [], [], [], []
            return 0
        bulk.insert_columns(conn, AuditLog.__table__, {
            "at": [self.at] * n, "user_id": [self.user_id] * n, "username": [self.username] * n,
            "table_name": self.tables, "record_id": self.record_ids, "action": self.actions,
            "changes": self.changes,
        })
        self.tables, self.record_ids, self.actions, self.changes = [], [], [], []
        return n
