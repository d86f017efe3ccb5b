"""Opening, checking and preparing the database when the app starts (used by the UI, no Qt).

Run from worker threads: `prepare` migrates a new or older database (migrate.upgrade makes
the backup of an older SQLite file) and counts the users; `test_connection` is the
settings dialog's button; `probe` is the status bar's periodic check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy import text as sql_text

from .engine import Database


@dataclass(frozen=True)
class Prepared:
    description: str
    warnings: tuple[str, ...]
    backup: Path | None  # where the old file was copied before migrating it
    created: bool  # the schema was created just now (a new database)
    users: int


@dataclass(frozen=True)
class ConnectionReport:
    description: str
    schema: str  # "current", "older", "empty"
    users: int


def open_database(url: str | None) -> Database:
    """The Database creates the default data folder; a folder the user named must exist
    (BadDatabaseURL otherwise)."""
    return Database(url)


def probe(db: Database) -> None:
    """SELECT 1 on a pooled connection: raises when the database cannot be reached."""
    with db.engine.connect() as conn:
        conn.execute(sql_text("SELECT 1"))


def _user_names(db: Database) -> list[str]:
    from sopdesk.models import AppUser

    with db.read() as s:
        return list(s.scalars(select(AppUser.username).where(AppUser.active.is_(True))))


_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def scanned_head() -> str | None:
    """The newest migration, read from the version files without importing Alembic (about
    0.2 s saved at every start). None if the files are not simple enough to be sure."""
    import sopdesk.migrations

    revisions, downs = set(), set()
    versions = Path(sopdesk.migrations.__file__).resolve().parent / "versions"
    for path in versions.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def stored_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        try:
            return conn.execute(sql_text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no table yet: a new database
            return None


def prepare(db: Database) -> Prepared:
    if not db.is_sqlite and not db.url.username:
        # per-person logins (db init-server): nothing can be read before the sign-in names the
        # login; the schema is the owner's to migrate (`sopdesk db upgrade` by IT)
        return Prepared(db.description, tuple(db.warnings), None, False, -1)
    before = stored_revision(db)
    backup = None
    if before is None or before != scanned_head():
        from sopdesk.db import migrate  # Alembic: only when something may need doing

        before = migrate.current_revision(db)
        if before != migrate.head_revision():
            backup = migrate.upgrade(db)
    names = _user_names(db)
    return Prepared(db.description, tuple(db.warnings), backup, before is None, len(names))


def demo_user_names() -> tuple[str, ...]:
    try:
        from sopdesk.demo import DEMO_USERS
    except ImportError:
        return ()
    return tuple(u[0] for u in DEMO_USERS)


def test_connection(url: str) -> ConnectionReport:
    from sopdesk.db import migrate
    from sopdesk.models import AppUser

    db = Database(url)
    try:
        probe(db)
        current = migrate.current_revision(db)
        if current is None:
            return ConnectionReport(db.description, "empty", 0)
        with db.read() as s:
            users = s.scalar(select(func.count()).select_from(AppUser)) or 0
        schema = "current" if current == migrate.head_revision() else "older"
        return ConnectionReport(db.description, schema, users)
    finally:
        db.dispose()
