"""Opening the shared database: SQLite (embedded default) or PostgreSQL on the LAN.

Session rules (SQLAlchemy's advice for GUI apps): a Session lives for one user action in one
thread. `Database.write()` is the transaction of one use case; services never commit.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sopdesk.services import audit, conflicts

from . import changefeed, jsoncodec
from .url import BadDatabaseURL, default_sqlite_path, describe, is_network_path, resolve_url

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
NETWORK_SQLITE_WARNING = (
    "The SQLite file is on a network drive: it is opened in rollback-journal mode (WAL does "
    "not work over a network file system). Use PostgreSQL to share one database between PCs."
)


class Database:
    """One database: its engine, how to open sessions, and any warning to show the user.

    State: url (normalised), engine, warnings (list of sentences for the UI/CLI).
    """

    def __init__(self, url: URL | str | None = None, *, echo: bool = False):
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self.warnings: list[str] = []
        self.engine = self._make_engine(echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._sessions)
        conflicts.install(self._sessions)
        changefeed.install(self._sessions)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def description(self) -> str:
        return describe(self.url)

    def _make_engine(self, echo: bool) -> Engine:
        if self.is_sqlite:
            return self._make_sqlite_engine(echo)
        engine = create_engine(
            self.url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5,
            connect_args={"connect_timeout": 5}, json_serializer=jsoncodec.dumps,
        )
        from . import server_roles

        server_roles.watch(engine)  # per-person logins (db init-server): noted on each connection
        return engine

    def _make_sqlite_engine(self, echo: bool) -> Engine:
        path = self.url.database
        if path and path != ":memory:":
            _prepare_folder(Path(path))
        on_network = bool(path) and path != ":memory:" and is_network_path(path)
        if on_network:
            self.warnings.append(NETWORK_SQLITE_WARNING)
        journal = "DELETE" if on_network or not path or path == ":memory:" else "WAL"
        engine = create_engine(
            self.url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            json_serializer=jsoncodec.dumps,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Take over transaction control from the sqlite3 module so BEGIN can be IMMEDIATE.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")  # off by default, per connection
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute(f"PRAGMA journal_mode={journal}")
            cur.execute("PRAGMA synchronous=NORMAL" if journal == "WAL" else "PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # Writers take the write lock up front: with a deferred BEGIN, a read that later
            # upgrades to a write fails with "database is locked" despite the busy timeout.
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    # -- sessions -------------------------------------------------------------------------

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads; closing it ends the transaction without a commit.
        Loaded objects stay readable (detached, not expired) after the block."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self, actor=None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception.

        A versioned write that lost the race to another PC (its UPDATE matched no row, at
        whichever flush or at commit) leaves as the ConflictError naming who saved what.
        What the transaction touched is told to the other PCs in it (db/changefeed.py)."""
        with self._sessions() as session:
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            if actor is not None:
                session.info["actor"] = actor
            changefeed.begin(session)
            try:
                yield session
                session.flush()
                changefeed.publish(session)
                session.commit()
            except StaleDataError:
                session.rollback()
                raise conflicts.conflict_from_stale(session) from None
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()

    def use_login(self, username: str, password: str) -> None:
        """Connect from now on as this PostgreSQL login (the signed-in person's, on a server
        set up with `db init-server`): the pool is replaced, sessions bind to the new one."""
        self.engine.dispose()
        self.url = self.url.set(username=username, password=password)
        self.engine = self._make_engine(False)
        self._sessions.configure(bind=self.engine)


def _prepare_folder(path: Path) -> None:
    """The default data folder is created on first start; a folder the user named must exist."""
    folder = path.parent
    if folder.is_dir():
        return
    if path == default_sqlite_path():
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise BadDatabaseURL("the folder {folder} does not exist (database file {name})", folder=folder, name=path.name)
