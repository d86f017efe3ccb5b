"""The change feed (issue 15, live refresh): what a committed transaction touched reaches
the listeners of other connections and processes, in commit order, with its record ids;
nothing for a rolled-back transaction; a listener whose connection is killed reconnects by
itself and asks for a reload; `sopdesk db watch` prints the events."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from sopdesk.db import changefeed
from sopdesk.models import Setting
from sopdesk.services import orders
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics
from tests.test_conflicts import _order_input

ROOT = Path(__file__).resolve().parent.parent
WAIT = 20.0  # seconds: generous, only a ceiling for a broken feed


class Collected:
    """A listener running in a thread, its events and status changes in queues."""

    def __init__(self, listener):
        self.listener = listener
        self.events: queue.Queue = queue.Queue()
        self.status: queue.Queue = queue.Queue()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=listener.run, args=(self.events.put, self.status.put, self.stop),
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        assert self.status.get(timeout=WAIT) == changefeed.ONLINE
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=WAIT)

    def next(self) -> changefeed.ChangeEvent:
        return self.events.get(timeout=WAIT)


def _listen(db) -> Collected:
    listener = changefeed.listener_for(db)
    assert listener is not None
    return Collected(listener)


def test_a_commit_reaches_another_connections_listener_with_its_ids(db):
    b = make_basics(db)
    sales = b.actors[next(iter(b.actors))]
    with _listen(db) as feed:
        with db.write(sales) as s:
            view = orders.create_order(s, sales, _order_input(b, "3"))
        ev = feed.next()
        assert not ev.reload
        assert ev.ids("sales_order") == {str(view.id)}
        assert ev.ids("sales_order_line") == {str(ln.id) for ln in view.lines}
        assert "audit_log" not in ev.tables and "change_log" not in ev.tables
        assert ev.user == sales.username and ev.own
        assert ev.txid is not None


def test_a_rolled_back_transaction_tells_nothing(db):
    with _listen(db) as feed:
        with pytest.raises(RuntimeError), db.write(SYSTEM) as s:
            s.add(Setting(key="live.lost", value=1))
            s.flush()
            raise RuntimeError("the use case failed")
        with db.write(SYSTEM) as s:
            s.add(Setting(key="live.kept", value=2))
        ev = feed.next()
        assert ev.tables == {"setting": ["live.kept"]}


def test_many_ids_fall_back_to_the_whole_table_under_the_payload_limit():
    tables = {"stock_move": {f"{n:036d}" for n in range(3000)}, "item": {"a", "b"}}
    payload = changefeed.encode(tables, user="li.na", client="x", at=0.0)
    assert len(payload.encode()) < 8000
    body = json.loads(payload)
    assert body["tables"] == {"stock_move": "*", "item": ["a", "b"]}


def test_bulk_inserts_below_the_orm_are_told_as_the_whole_table(db):
    from sopdesk.db import bulk

    with _listen(db) as feed:
        with db.write(SYSTEM) as s:
            bulk.insert_rows(s.connection(), Setting.__table__, [{"key": f"bulk.{n}", "value": n} for n in range(3)])
        ev = feed.next()
        assert ev.tables["setting"] == "*"


def test_sqlite_polling_sees_another_connections_commit(tmp_path, sqlite_template):
    import shutil

    from sopdesk.db import Database

    path = tmp_path / "two.db"
    shutil.copy(sqlite_template, path)
    writer, reader = Database(str(path)), Database(str(path))
    try:
        with _listen(reader) as feed:
            assert isinstance(feed.listener, changefeed.SqliteListener)
            with writer.write(SYSTEM) as s:
                s.add(Setting(key="live.other", value=1))
            ev = feed.next()
            assert ev.tables == {"setting": ["live.other"]}
    finally:
        writer.dispose()
        reader.dispose()


def test_the_sqlite_change_log_is_pruned_by_age_but_keeps_its_newest_row(tmp_path, sqlite_template):
    import datetime as dt
    import shutil

    from sopdesk.db import Database
    from sopdesk.models import ChangeLog

    path = tmp_path / "prune.db"
    shutil.copy(sqlite_template, path)
    db = Database(str(path))
    try:
        for n in range(3):
            with db.write(SYSTEM) as s:
                s.add(Setting(key=f"p.{n}", value=n))
        with db.engine.begin() as conn:
            conn.execute(ChangeLog.__table__.update().values(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
            assert changefeed.prune(conn) == 2
            assert conn.execute(text("SELECT count(*) FROM change_log")).scalar() == 1
    finally:
        db.dispose()


def test_a_killed_listener_connection_reconnects_and_asks_for_a_reload(pg_db):
    listener = changefeed.PgListener(pg_db.url, probe_seconds=0.5)
    with Collected(listener) as feed:
        with pg_db.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid})
        assert feed.status.get(timeout=WAIT) == changefeed.OFFLINE
        assert feed.status.get(timeout=WAIT) == changefeed.ONLINE
        assert feed.next().reload
        with pg_db.write(SYSTEM) as s:
            s.add(Setting(key="live.after", value=1))
        assert feed.next().tables == {"setting": ["live.after"]}


def _watch(db, seconds: float, *, as_json: bool = True) -> subprocess.Popen:
    url = db.url.render_as_string(hide_password=False)
    proc = subprocess.Popen(
        [sys.executable, "-m", "sopdesk", "--db", url, "db", "watch", *(["--json"] if as_json else []),
         "--seconds", str(seconds)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()  # "sopdesk: ...: listening" once it listens
    assert "listening" in line, line + proc.stderr.read()
    return proc


def test_another_process_watching_sees_every_change_of_a_third_in_order(db):
    count = 60
    watcher = _watch(db, 60)
    try:
        url = db.url.render_as_string(hide_password=False)
        writer = subprocess.run([sys.executable, "-m", "tests.change_writer", url, str(count)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert writer.returncode == 0, writer.stderr
        written = json.loads(writer.stdout)
        seen: list[dict] = []
        deadline = time.monotonic() + WAIT
        while len(seen) < count and time.monotonic() < deadline:
            line = watcher.stdout.readline()
            if line:
                seen.append(json.loads(line))
    finally:
        watcher.terminate()
        watcher.communicate(timeout=WAIT)
    assert [ev["tables"] for ev in seen] == [{"setting": [key]} for key in written]
    txids = [ev["txid"] for ev in seen]
    assert txids == sorted(txids) and len(set(txids)) == count
    assert all(ev["user"] == "system" and not ev["reload"] for ev in seen)


def test_watch_without_json_prints_a_line_per_change_and_stops_after_its_seconds(db):
    watcher = _watch(db, 3, as_json=False)
    with db.write(SYSTEM) as s:
        s.add(Setting(key="live.plain", value=1))
    out, _err = watcher.communicate(timeout=WAIT)
    assert watcher.returncode == 0
    assert "system" in out and "setting live.plain" in out
