"""Waiting for another PostgreSQL connection to be blocked on a lock — the event itself, not a
sleep that passes whether or not the other thread ever started."""

from __future__ import annotations

import time

from sqlalchemy import create_engine, text

WAITING = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
               "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")


def wait_until_blocked(url, *, count: int = 1, timeout: float = 20.0) -> None:
    """Return once `count` other sessions of this database wait for a lock; fail after
    `timeout` seconds (the worker never got there)."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    try:
        deadline = time.monotonic() + timeout
        with engine.connect() as conn:
            while conn.scalar(WAITING) < count:
                if time.monotonic() > deadline:
                    raise AssertionError(f"no session started waiting for a lock within {timeout} s")
                time.sleep(0.02)
    finally:
        engine.dispose()
