"""The change feed: which tables and records each committed write transaction touched, told
to every other PC (issue 15, live refresh). No Qt here; sopdesk/ui/live.py bridges it.

Collecting. Hooks on the sessionmaker note what a transaction writes: ORM objects new,
changed or deleted at each flush (table + primary key), ORM-enabled bulk UPDATE/DELETE
statements (table, all rows: "*"), and bulk inserts below the ORM (db/bulk.py notes the
table on the connection). `Database.write` calls `publish(session)` after its last flush,
in the transaction, so the change is told only if the commit succeeds:

- PostgreSQL: `pg_notify('sopdesk_changes', payload)`; NOTIFY is delivered at commit, in
  commit order, and never for a rolled-back transaction.
- SQLite: one `change_log` row (an append-only table pruned by age); other connections
  notice new commits cheaply with `PRAGMA data_version` and read the rows after the last
  one they saw.

The payload is JSON: {"tables": {table: [ids...] or "*"}, "txid": int, "user": name,
"client": this process's id, "at": epoch seconds}. Under MAX_PAYLOAD bytes: the tables with
the most ids fall back to "*" (the whole table changed) until it fits (PostgreSQL refuses
NOTIFY payloads of 8000 bytes or more).

Listening. `listener_for(db)` gives a `PgListener` (LISTEN on a dedicated psycopg
connection, probed with SELECT 1 when quiet, TCP keepalives, reconnecting by itself with
backoff, then a `reload` event: it may have missed changes) or a `SqliteListener`
(polling). `run(on_event, on_status, stop)` blocks until `stop` is set; run it in a thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import event, func, insert, inspect, select, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "sopdesk_changes"
MAX_PAYLOAD = 7900  # bytes; PostgreSQL's NOTIFY limit is 8000
ALL = "*"
# Written with every change or kept for themselves: never worth telling the other PCs about.
QUIET_TABLES = frozenset({"audit_log", "change_log", "alembic_version"})
KEEP_LOG = dt.timedelta(days=2)  # change_log rows older than this are pruned
PRUNE_EVERY = 200  # change_log rows between two prunes

CLIENT_ID = uuid.uuid4().hex[:16]  # this process: its own events can be told apart

_NOTED = "sopdesk.changefeed"
_BULK = "sopdesk.changefeed.bulk"

ONLINE, OFFLINE = "online", "offline"


# -- collecting ---------------------------------------------------------------------------


def _noted(session: Session) -> dict[str, set | str]:
    return session.info.setdefault(_NOTED, {})


def note(session: Session, table: str, ids=ALL) -> None:
    """Record that this transaction changed `ids` of `table` (an iterable of ids, or ALL)."""
    if table in QUIET_TABLES:
        return
    noted = _noted(session)
    if ids == ALL or noted.get(table) == ALL:
        noted[table] = ALL
        return
    noted.setdefault(table, set()).update(str(i) for i in ids)


def note_bulk(conn: Connection, table: str) -> None:
    """A bulk insert below the ORM (db/bulk.py): the whole table counts as changed."""
    if table not in QUIET_TABLES:
        conn.info.setdefault(_BULK, set()).add(table)


def _key(obj) -> str:
    values = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(v) for v in values)


def _after_flush(session: Session, _flush_context) -> None:
    for obj in session.new:
        note(session, obj.__table__.name, [_key(obj)])
    for obj in session.deleted:
        note(session, obj.__table__.name, [_key(obj)])
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            note(session, obj.__table__.name, [_key(obj)])


def _on_execute(state) -> None:
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            note(state.session, name, ALL)


def install(session_factory) -> None:
    """Attach the collecting hooks to a new sessionmaker (as audit.install)."""
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "do_orm_execute", _on_execute)


def begin(session: Session) -> None:
    """Start of a write transaction: forget anything a bulk insert outside one left noted."""
    session.info.pop(_NOTED, None)
    session.connection().info.pop(_BULK, None)


def encode(tables: dict[str, set | str], *, user: str | None, client: str | None,
           at: float, txid: int | None = None) -> str:
    """The JSON payload, under MAX_PAYLOAD bytes (the biggest id lists become "*")."""
    plain = {t: (ALL if ids == ALL else sorted(ids)) for t, ids in sorted(tables.items())}
    body = {"tables": plain, "txid": txid, "user": user, "client": client, "at": at}
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    while len(payload.encode()) > MAX_PAYLOAD:
        listed = [t for t, ids in plain.items() if ids != ALL]
        if not listed:
            break
        plain[max(listed, key=lambda t: len(json.dumps(plain[t])))] = ALL
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return payload


def publish(session: Session) -> None:
    """Tell what this transaction changed, in the transaction (call after the last flush)."""
    tables = session.info.pop(_NOTED, {})
    conn = session.connection()
    for table in conn.info.pop(_BULK, set()):
        tables[table] = ALL
    if not tables:
        return
    actor = session.info.get("actor")
    user = getattr(actor, "username", None)
    now = time.time()
    if conn.dialect.name == "postgresql":
        payload = encode(tables, user=user, client=CLIENT_ID, at=now)
        conn.execute(text(
            "SELECT pg_notify(:channel, jsonb_set(CAST(:payload AS jsonb), '{txid}', "
            "to_jsonb(txid_current()))::text)"), {"channel": CHANNEL, "payload": payload})
        return
    from sopdesk.models import ChangeLog

    plain = json.loads(encode(tables, user=user, client=CLIENT_ID, at=now))["tables"]
    result = conn.execute(insert(ChangeLog.__table__).values(
        at=dt.datetime.fromtimestamp(now, dt.UTC), username=user, client=CLIENT_ID, tables=plain))
    row_id = result.inserted_primary_key[0]
    if row_id and row_id % PRUNE_EVERY == 0:
        prune(conn)


def prune(conn: Connection, keep: dt.timedelta = KEEP_LOG) -> int:
    """Delete change_log rows older than `keep`; returns how many."""
    from sopdesk.models import ChangeLog

    table = ChangeLog.__table__
    cutoff = dt.datetime.now(dt.UTC) - keep
    newest = select(func.max(table.c.id)).scalar_subquery()  # kept: ids must never restart
    return conn.execute(table.delete().where(table.c.at < cutoff, table.c.id < newest)).rowcount


# -- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeEvent:
    """One committed transaction of some PC, or (reload=True) "you may have missed changes:
    reload everything" after the listener reconnected or fell behind."""

    tables: dict[str, list[str] | str] = field(default_factory=dict)
    txid: int | None = None
    user: str | None = None
    client: str | None = None
    at: float | None = None  # when the writer published it (epoch seconds)
    received: float = 0.0  # when this listener got it
    reload: bool = False

    @classmethod
    def from_payload(cls, payload: str, received: float | None = None) -> ChangeEvent:
        body = json.loads(payload)
        return cls(tables=body.get("tables") or {}, txid=body.get("txid"), user=body.get("user"),
                   client=body.get("client"), at=body.get("at"),
                   received=time.time() if received is None else received)

    @property
    def own(self) -> bool:
        """Made by this process (its views have already refreshed themselves)."""
        return self.client == CLIENT_ID

    def touches(self, *tables: str) -> bool:
        return self.reload or any(t in self.tables for t in tables)

    def ids(self, table: str) -> set[str] | None:
        """The ids of `table` this change touched; None for "all of them"."""
        if self.reload:
            return None
        ids = self.tables.get(table)
        if ids is None:
            return set()
        return None if ids == ALL else set(ids)

    def as_json(self) -> str:
        return json.dumps({"tables": self.tables, "txid": self.txid, "user": self.user,
                           "client": self.client, "at": self.at, "received": self.received,
                           "reload": self.reload}, ensure_ascii=False)


OnEvent = Callable[[ChangeEvent], None]
OnStatus = Callable[[str], None]


# -- listeners ----------------------------------------------------------------------------


class PgListener:
    """LISTEN sopdesk_changes on its own connection (autocommit, TCP keepalives). Quiet for
    `probe_seconds`: SELECT 1, so a dead server is noticed even when nobody writes. Lost:
    OFFLINE, reconnect with backoff (0.5 s doubling to `max_backoff`), then ONLINE and a
    reload event."""

    def __init__(self, url: URL, *, probe_seconds: float = 5.0, max_backoff: float = 8.0,
                 tick: float = 0.25):
        self.url = url
        self.probe_seconds = probe_seconds
        self.max_backoff = max_backoff
        self.tick = tick
        self.backend_pid: int | None = None  # the listening connection's server process

    def _connect(self):
        import psycopg

        conninfo = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=5,
                               application_name="sopdesk-listener", keepalives=1, keepalives_idle=5,
                               keepalives_interval=2, keepalives_count=3, tcp_user_timeout=10_000)
        conn.execute(f"LISTEN {CHANNEL}")
        self.backend_pid = conn.info.backend_pid
        return conn

    def run(self, on_event: OnEvent, on_status: OnStatus, stop: threading.Event) -> None:
        import psycopg

        connected_before = False
        backoff = 0.5
        while not stop.is_set():
            conn = None
            try:
                conn = self._connect()
                on_status(ONLINE)
                if connected_before:
                    on_event(ChangeEvent(reload=True, received=time.time()))
                connected_before, backoff = True, 0.5
                quiet_since = time.monotonic()
                while not stop.is_set():
                    got = False
                    for note_ in conn.notifies(timeout=self.tick):
                        got = True
                        try:
                            on_event(ChangeEvent.from_payload(note_.payload))
                        except ValueError:
                            log.warning("unreadable change payload %r", note_.payload[:200])
                    if got:
                        quiet_since = time.monotonic()
                    elif time.monotonic() - quiet_since >= self.probe_seconds:
                        conn.execute("SELECT 1")
                        quiet_since = time.monotonic()
            except psycopg.Error as exc:
                log.info("change feed connection lost: %s", exc)
                on_status(OFFLINE)
                stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            finally:
                if conn is not None:
                    with contextlib.suppress(psycopg.Error):
                        conn.close()


class SqliteListener:
    """Polls `PRAGMA data_version` every `tick` seconds on its own read-only connection (it
    changes when another connection commits); then reads the change_log rows after the last
    one seen. Rows pruned before they were read: a reload event."""

    def __init__(self, path: str, *, tick: float = 0.1):
        self.path = path
        self.tick = tick

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def run(self, on_event: OnEvent, on_status: OnStatus, stop: threading.Event) -> None:
        last_id: int | None = None
        connected_before = False
        while not stop.is_set():
            conn = None
            try:
                conn = self._connect()
                newest = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
                if last_id is None:
                    last_id = newest
                on_status(ONLINE)
                if connected_before:
                    on_event(ChangeEvent(reload=True, received=time.time()))
                connected_before = True
                version = None
                while not stop.is_set():
                    now_version = conn.execute("PRAGMA data_version").fetchone()[0]
                    if now_version != version:
                        version = now_version
                        last_id = self._read_after(conn, last_id, on_event)
                    stop.wait(self.tick)
            except sqlite3.Error as exc:
                log.info("change log unreadable: %s", exc)
                on_status(OFFLINE)
                stop.wait(1.0)
            finally:
                if conn is not None:
                    conn.close()

    @staticmethod
    def _read_after(conn: sqlite3.Connection, last_id: int, on_event: OnEvent) -> int:
        rows = conn.execute(
            "SELECT id, username, client, tables, at FROM change_log WHERE id > ? ORDER BY id",
            (last_id,)).fetchall()
        received = time.time()
        if rows and rows[0][0] > last_id + 1 and last_id > 0:
            oldest = conn.execute("SELECT min(id) FROM change_log").fetchone()[0]
            if oldest is not None and oldest > last_id + 1:  # pruned before we read them
                on_event(ChangeEvent(reload=True, received=received))
        for row_id, user, client, tables, at in rows:
            when = _epoch(at)
            on_event(ChangeEvent(tables=json.loads(tables), txid=row_id, user=user, client=client,
                                 at=when, received=received))
        return rows[-1][0] if rows else last_id


def _epoch(at) -> float | None:
    try:
        when = dt.datetime.fromisoformat(str(at))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp()


def listener_for(db) -> PgListener | SqliteListener | None:
    """The listener for a Database; None for an in-memory SQLite database (no other PC)."""
    if db.is_sqlite:
        path = db.url.database
        if not path or path == ":memory:":
            return None
        return SqliteListener(path)
    return PgListener(db.url)
