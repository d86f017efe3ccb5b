"""The shop-floor PC's own SQLite file: a cache of what the line needs and the outbox.

One file per PC (platformdirs' user data dir, `shopfloor.sqlite`; tests pass a path). It is
written with the standard library's sqlite3, a connection per call (the screen's thread and
the sync worker each open their own), WAL and `synchronous=FULL`: a row of the outbox whose
INSERT returned is on disk, a crash or a power cut right after loses nothing accepted.

Tables:

- meta(key, value): the server the cache was read from, when, the user's line;
- cache(kind, key, data): JSON rows of kind "work_order", "location", "line", "bom", and
  "sign_in" (a local password hash of each user who signed in here while online);
- outbox(seq, op_id, server, kind, user_id, username, happened_at, payload, state, answer,
  attempts, last_error, done_at, resolution): one operation typed at this PC, in the order
  it happened. state is pending -> sent | replayed | flagged | conflict; answer is the
  server's result (JSON); resolution is what the user chose for a conflict.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PENDING, SENT, REPLAYED, FLAGGED, CONFLICT = "pending", "sent", "replayed", "flagged", "conflict"
STATES = (PENDING, SENT, REPLAYED, FLAGGED, CONFLICT)
FILE_NAME = "shopfloor.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS cache (
    kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    server TEXT NOT NULL,
    kind TEXT NOT NULL,
    user_id TEXT,
    username TEXT NOT NULL,
    happened_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'replayed', 'flagged', 'conflict')),
    answer TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    done_at TEXT,
    resolution TEXT
);
CREATE INDEX IF NOT EXISTS ix_outbox_state ON outbox (server, state, seq);
"""


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sopdesk", appauthor=False)) / FILE_NAME


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Operation:
    """One outbox row, as plain data."""

    seq: int
    op_id: uuid.UUID
    server: str
    kind: str
    user_id: uuid.UUID | None
    username: str
    happened_at: dt.datetime
    payload: dict
    state: str
    answer: dict | None
    attempts: int
    last_error: str | None
    done_at: dt.datetime | None
    resolution: str | None


def _op(row: sqlite3.Row) -> Operation:
    return Operation(
        seq=row["seq"], op_id=uuid.UUID(row["op_id"]), server=row["server"], kind=row["kind"],
        user_id=uuid.UUID(row["user_id"]) if row["user_id"] else None, username=row["username"],
        happened_at=dt.datetime.fromisoformat(row["happened_at"]), payload=json.loads(row["payload"]),
        state=row["state"], answer=json.loads(row["answer"]) if row["answer"] else None,
        attempts=row["attempts"], last_error=row["last_error"],
        done_at=dt.datetime.fromisoformat(row["done_at"]) if row["done_at"] else None,
        resolution=row["resolution"],
    )


class LocalStore:
    """The PC's cache and outbox. State: path (the SQLite file)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def pragma(self, name: str):
        """A PRAGMA's value as this store's connections see it (journal_mode, synchronous)."""
        with self._connect() as conn:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

    # -- outbox -------------------------------------------------------------------------

    def add(self, server: str, kind: str, payload: dict, *, user_id: uuid.UUID | None, username: str,
            happened_at: dt.datetime | None = None, op_id: uuid.UUID | None = None) -> Operation:
        """Queue one operation; durable once this returns."""
        op = op_id or uuid.uuid4()
        at = happened_at or _now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO outbox (op_id, server, kind, user_id, username, happened_at, payload) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (str(op), server, kind, str(user_id) if user_id else None, username, at.isoformat(),
                 json.dumps(payload, sort_keys=True)))
            row = conn.execute("SELECT * FROM outbox WHERE op_id = ?", (str(op),)).fetchone()
        return _op(row)

    def get(self, op_id: uuid.UUID) -> Operation | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE op_id = ?", (str(op_id),)).fetchone()
        return _op(row) if row else None

    def operations(self, server: str | None = None, states: tuple[str, ...] = STATES) -> list[Operation]:
        """Operations in the order they happened (seq), optionally of one server and states."""
        sql = f"SELECT * FROM outbox WHERE state IN ({','.join('?' * len(states))})"
        args: list[Any] = list(states)
        if server is not None:
            sql += " AND server = ?"
            args.append(server)
        with self._connect() as conn:
            return [_op(r) for r in conn.execute(sql + " ORDER BY seq", args)]

    def pending(self, server: str) -> list[Operation]:
        return self.operations(server, (PENDING,))

    def conflicts(self, server: str | None = None) -> list[Operation]:
        """Conflicts nobody has resolved yet, oldest first."""
        return [op for op in self.operations(server, (CONFLICT,)) if op.resolution is None]

    def waiting(self, server: str | None = None) -> tuple[int, dt.datetime | None]:
        """(how many operations wait to be sent, when the oldest of them happened)."""
        sql = "SELECT count(*), min(happened_at) FROM outbox WHERE state = 'pending'"
        args: list[Any] = []
        if server is not None:
            sql += " AND server = ?"
            args.append(server)
        with self._connect() as conn:
            n, oldest = conn.execute(sql, args).fetchone()
        return n, dt.datetime.fromisoformat(oldest) if oldest else None

    def finish(self, op_id: uuid.UUID, state: str, answer: dict) -> None:
        """The server answered: the operation's state and its answer."""
        if state not in STATES or state == PENDING:
            raise ValueError(state)
        with self._write() as conn:
            conn.execute("UPDATE outbox SET state = ?, answer = ?, done_at = ?, attempts = attempts + 1, "
                         "last_error = NULL WHERE op_id = ?",
                         (state, json.dumps(answer, sort_keys=True), _now().isoformat(), str(op_id)))

    def failed_attempt(self, op_id: uuid.UUID, error: str) -> None:
        """Sending failed without an answer (network): stays pending, to be sent again."""
        with self._write() as conn:
            conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?",
                         (error[:500], str(op_id)))

    def resolve(self, op_id: uuid.UUID, resolution: str, *, send_again: bool = False) -> None:
        """The user's choice for a conflict; send_again puts the operation back in the queue."""
        with self._write() as conn:
            if send_again:
                conn.execute("UPDATE outbox SET state = 'pending', resolution = NULL, answer = NULL "
                             "WHERE op_id = ? AND state = 'conflict'", (str(op_id),))
            else:
                conn.execute("UPDATE outbox SET resolution = ? WHERE op_id = ? AND state = 'conflict'",
                             (resolution, str(op_id)))

    # -- cache --------------------------------------------------------------------------

    def replace_cache(self, server: str, rows: dict[str, dict[str, dict]], meta: dict[str, str]) -> None:
        """Replace the whole cache with what the server just said (one transaction)."""
        with self._write() as conn:
            conn.execute("DELETE FROM cache WHERE kind != 'sign_in'")
            for kind, by_key in rows.items():
                conn.executemany("INSERT INTO cache (kind, key, data) VALUES (?, ?, ?)",
                                 [(kind, key, json.dumps(data, sort_keys=True)) for key, data in by_key.items()])
            conn.execute("DELETE FROM meta")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                             [("server", server), *meta.items()])

    def cached(self, kind: str) -> dict[str, dict]:
        with self._connect() as conn:
            return {r["key"]: json.loads(r["data"])
                    for r in conn.execute("SELECT key, data FROM cache WHERE kind = ? ORDER BY key", (kind,))}

    def meta(self) -> dict[str, str]:
        with self._connect() as conn:
            return {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}

    # -- sign-in while the server is away -----------------------------------------------

    def remember_sign_in(self, actor, password: str) -> None:
        """After a sign-in the server checked: a local hash of the password (Argon2, made
        here, not the server's), so this user can queue reports while the server is away."""
        from sopdesk.services.passwords import hash_password

        data = {"user_id": str(actor.user_id) if actor.user_id else None, "username": actor.username,
                "role": actor.role.value, "display_name": actor.display_name, "hash": hash_password(password)}
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO cache (kind, key, data) VALUES ('sign_in', ?, ?)",
                         (actor.username, json.dumps(data)))

    def offline_actor(self, username: str, password: str):
        """The actor of a user who signed in at this PC before, if the password matches."""
        from sopdesk.models import Role
        from sopdesk.services.passwords import verify_password
        from sopdesk.services.permissions import Actor

        with self._connect() as conn:
            row = conn.execute("SELECT data FROM cache WHERE kind = 'sign_in' AND key = ?", (username,)).fetchone()
        if row is None:
            return None
        data = json.loads(row["data"])
        if not verify_password(data["hash"], password):
            return None
        return Actor(uuid.UUID(data["user_id"]) if data["user_id"] else None, data["username"], Role(data["role"]),
                     data["display_name"])
