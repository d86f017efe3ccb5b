"""The append-only triggers, for `sopdesk db check`: are they on the database as the
migrations made them?

Migration 0001 (create_append_only_triggers) refuses UPDATE and DELETE on the ledgers and
histories with a BEFORE trigger per table and action: on SQLite one that RAISEs ABORT, on
PostgreSQL one FOR EACH ROW calling sopdesk_append_only(), which raises. Whoever holds the
database can drop or (PostgreSQL) disable one, or replace it with one that does nothing;
missing_triggers() names each that is not as it should be.
"""

from __future__ import annotations

import re

from sqlalchemy import text

# as migrations/versions/0001_initial_schema.APPEND_ONLY (tests/test_db_check.py keeps them equal)
APPEND_ONLY = ("stock_move", "order_status_change", "audit_log", "production_report")
ACTIONS = ("update", "delete")


def expected_triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, action) of every append-only trigger."""
    return [(f"{table}_no_{action}", table, action) for table in APPEND_ONLY for action in ACTIONS]


def _squash(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").lower())


def missing_triggers(db) -> list[str]:
    """One sentence per append-only trigger that is missing, disabled or does not refuse."""
    problems = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            found = {name: _squash(sql) for name, sql in conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))}
            for name, table, action in expected_triggers():
                sql = found.get(name)
                if sql is None:
                    problems.append(f"trigger {name} is missing: {table} rows can be {action}d")
                elif f"before {action} on {table}" not in sql or "raise(abort" not in sql:
                    problems.append(f"trigger {name} does not refuse {action.upper()} on {table}")
            return problems
        found = {(name, table): (_squash(definition), enabled, _squash(body))
                 for name, table, definition, enabled, body in conn.execute(text(
                     "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgenabled, "
                     "pg_get_functiondef(t.tgfoid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                     "WHERE NOT t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())"))}
        for name, table, action in expected_triggers():
            if (name, table) not in found:
                problems.append(f"trigger {name} is missing: {table} rows can be {action}d")
                continue
            definition, enabled, body = found[(name, table)]
            if enabled not in ("O", "A"):  # D: disabled; R: fires only on a replica
                problems.append(f"trigger {name} is disabled: {table} rows can be {action}d")
            elif (f"before {action} on " not in definition or f"{table} for each row" not in definition
                  or "raise exception" not in body):
                problems.append(f"trigger {name} does not refuse {action.upper()} on {table}")
    return problems
