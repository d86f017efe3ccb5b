"""Upgrading an older database: the SQLite file is copied first, then migrated."""

import sqlite3

from alembic import command

from sopdesk.db import Database, migrate
from sopdesk.models import Customer


def _at_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_older_sqlite_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "factory.db"
    db = Database(str(path))
    _at_revision(db, "0001")
    # A plain session: the file is at 0001, before change_log (0011) that db.write feeds.
    with db.session() as s:
        s.add(Customer(code="C1", name="老客户"))
        s.commit()
    assert migrate.head_revision() != "0001", "needs at least two migrations"

    copy = migrate.upgrade(db)

    assert copy is not None and copy.exists() and copy.parent == tmp_path
    with sqlite3.connect(copy) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert old.execute("SELECT name FROM customer").fetchone()[0] == "老客户"
    assert migrate.check(db).ok
    with db.read() as s:
        assert s.query(Customer).one().name == "老客户"  # data survives the migration


def test_new_database_needs_no_backup(tmp_path):
    db = Database(str(tmp_path / "new.db"))
    assert migrate.upgrade(db) is None
    assert migrate.check(db).ok
