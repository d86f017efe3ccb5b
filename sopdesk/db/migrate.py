"""Schema migrations (Alembic), schema checks and backups."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sopdesk.models import Base

from . import server_roles
from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class BackupError(RuntimeError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class SchemaStatus:
    current: str | None
    head: str
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.current == self.head and not self.differences


def check(db: Database) -> SchemaStatus:
    """Is the database at the newest migration, and does it match the models exactly?"""
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "target_metadata": Base.metadata}
        )
        current = ctx.get_current_revision()
        diffs = [str(d) for d in compare_metadata(ctx, Base.metadata)] if current else []
    return SchemaStatus(current=current, head=head_revision(), differences=diffs)


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the database to the newest schema. An existing SQLite file that needs
    migrating is copied first; the copy's path is returned."""
    current = current_revision(db)
    if current == head_revision():
        return None
    copy = None
    if db.is_sqlite and current is not None and db.url.database not in (None, "", ":memory:"):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        src = Path(db.url.database)
        target_dir = backup_dir or src.parent
        copy = target_dir / f"{src.stem}.before-{current[:8]}-{stamp}{src.suffix}"
        backup(db, copy)
    with db.engine.begin() as conn:
        prefix = None if db.is_sqlite else server_roles.prefix_of(conn)
        if prefix:  # db init-server: the schema owner migrates, and the grants cover what it adds
            conn.exec_driver_sql(f'SET LOCAL ROLE "{server_roles.owner_role(prefix)}"')
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if prefix:
            server_roles.apply_privileges(conn, prefix)
    return copy


def backup(db: Database, target: Path) -> Path:
    """A consistent copy: SQLite's online backup API, or pg_dump's custom format."""
    target = Path(target).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    if db.is_sqlite:
        src_path = db.url.database
        if not src_path or src_path == ":memory:":
            raise BackupError("an in-memory database cannot be backed up")
        if not Path(src_path).exists():
            raise BackupError(f"no database file at {src_path}")
        src = sqlite3.connect(src_path)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return target
    pg_dump = shutil.which("pg_dump")
    if not pg_dump:
        raise BackupError(
            "pg_dump was not found on PATH: install the PostgreSQL client tools, "
            "or back up on the database server"
        )
    url = db.url
    cmd = [pg_dump, "--format=custom", f"--file={target}", "--no-password",
           f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}",
           f"--username={url.username or 'postgres'}", url.database or "postgres"]
    env = None
    if url.password:
        import os

        env = {**os.environ, "PGPASSWORD": str(url.password)}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else result.returncode}")
    return target
