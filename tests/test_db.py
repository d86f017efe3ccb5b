"""Opening databases: URL rules, SQLite pragmas, write locking, network-drive fallback."""

import threading
from decimal import Decimal

import pytest

from sopdesk.db import BadDatabaseURL, Database, migrate, resolve_url
from sopdesk.db import engine as engine_module
from sopdesk.models import Customer
from sopdesk.services.permissions import SYSTEM


def test_urls():
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    bare = resolve_url("some/dir/f.db")
    assert bare.drivername == "sqlite" and bare.database.endswith("some/dir/f.db")
    with pytest.raises(BadDatabaseURL):
        resolve_url("mysql://u@h/db")


def test_env_var_and_default(monkeypatch, tmp_path):
    monkeypatch.setenv("SOPDESK_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    monkeypatch.delenv("SOPDESK_DB")
    assert resolve_url(None).database.endswith("sopdesk.db")


def test_sqlite_connection_settings(tmp_path):
    db = Database(str(tmp_path / "a.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
    assert db.warnings == []


def test_sqlite_on_a_network_drive_uses_rollback_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "is_network_path", lambda path: True)
    db = Database(str(tmp_path / "share.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    assert any("PostgreSQL" in w for w in db.warnings)


def test_unc_paths_count_as_network():
    from sopdesk.db.url import is_network_path

    assert is_network_path(r"\\fileserver\share\sopdesk.db")
    assert is_network_path("//fileserver/share/sopdesk.db")


def test_concurrent_sqlite_writers_do_not_hit_locked_errors(tmp_path):
    """8 threads x 25 read-modify-write transactions on one file: BEGIN IMMEDIATE queues
    writers instead of failing them, and no update is lost."""
    path = tmp_path / "busy.db"
    db = Database(str(path))
    migrate.upgrade(db)
    with db.write(SYSTEM) as s:
        s.add(Customer(code="C1", name="x", note="0"))
    errors: list[Exception] = []

    def worker():
        local = Database(str(path))
        try:
            for _ in range(25):
                with local.write(SYSTEM) as s:
                    c = s.query(Customer).filter_by(code="C1").one()
                    c.note = str(int(c.note) + 1)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            local.dispose()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        c = s.query(Customer).filter_by(code="C1").one()
        assert c.note == "200" and c.version == 201


def test_foreign_keys_are_enforced(db):
    import uuid

    from sqlalchemy.exc import IntegrityError

    from sopdesk.models import SalesOrder

    with pytest.raises(IntegrityError), db.write(SYSTEM) as s:
        s.add(SalesOrder(number="SO-X", customer_id=uuid.uuid4(), order_date=__import__("datetime").date.today()))


def test_exact_decimals_round_trip_and_sum(db):
    from sopdesk.models import Item, ItemKind

    with db.write(SYSTEM) as s:
        for n, price in enumerate(["0.1", "0.2", "123456789.1234", "-0.0001"]):
            s.add(Item(code=f"I{n}", name="x", kind=ItemKind.RAW, standard_cost=Decimal(price)))
    with db.read() as s:
        from sqlalchemy import func, select

        total = s.scalar(select(func.sum(Item.standard_cost)))
        assert total == Decimal("123456789.4233")  # 0.1 + 0.2 + 123456789.1234 - 0.0001
        costs = sorted(s.scalars(select(Item.standard_cost)))
        assert Decimal("0.1000") in costs and Decimal("-0.0001") in costs


def test_too_many_decimal_places_are_refused(db):
    from sqlalchemy.exc import StatementError

    from sopdesk.models import Item, ItemKind

    with pytest.raises(StatementError, match="decimal places"), db.write(SYSTEM) as s:
        s.add(Item(code="I", name="x", kind=ItemKind.RAW, standard_cost=Decimal("0.00001")))


def test_naive_timestamps_are_refused(db):
    import datetime as dt

    from sqlalchemy.exc import StatementError

    from sopdesk.models import AuditLog

    with pytest.raises(StatementError, match="naive"), db.write(SYSTEM) as s:
        s.add(AuditLog(at=dt.datetime(2026, 1, 1), table_name="t", record_id="1", action="x", changes={}))


def test_timestamps_come_back_in_utc(db):
    import datetime as dt
    from zoneinfo import ZoneInfo

    from sopdesk.models import AuditLog

    local = dt.datetime(2026, 7, 5, 8, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    with db.write(SYSTEM) as s:
        s.add(AuditLog(at=local, table_name="t", record_id="1", action="x", changes={}))
    with db.read() as s:
        row = s.query(AuditLog).one()
    assert row.at == local and row.at.tzinfo == dt.UTC and row.at.hour == 0


def test_default_data_folder_is_created_on_first_start(tmp_path, monkeypatch):
    import sopdesk.db.engine as eng

    target = tmp_path / "fresh" / "home" / "sopdesk.db"
    monkeypatch.setattr(eng, "default_sqlite_path", lambda: target)
    db = Database(str(target))
    migrate.upgrade(db)
    assert target.exists()


def test_a_named_folder_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(BadDatabaseURL, match="does not exist"):
        Database(str(tmp_path / "no" / "such" / "x.db"))


def test_every_database_object_gets_the_audit_hook():
    """Regression: an id()-keyed 'already installed?' check skipped the hook on sessionmakers
    that reused a collected one's id, so some databases wrote no audit log."""
    import gc

    from sopdesk.services import audit

    missing = 0
    for i in range(400):
        db = Database("sqlite://")
        with db.read() as s:
            missing += audit._before_flush not in list(s.dispatch.before_flush)
        db.dispose()
        del db
        if i % 20 == 0:
            gc.collect()
    assert missing == 0
