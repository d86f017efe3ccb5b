"""Test fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from $SOPDESK_TEST_PG (default: the local server with trust auth). A
throw-away database is created for the run and dropped after. If PostgreSQL cannot be
reached the tests fail; they are never skipped.
"""

from __future__ import annotations

import os
import shutil
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes this PC's real password store: without a backend the keyring is
# "not available" (as on a Linux server); tests of saved passwords set an in-memory one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sopdesk.db import Database, migrate
from sopdesk.models import Base
from sopdesk.services import passwords
from tests.cli_signin import CLI_ADMIN, add_cli_admin, sign_in_cli

# Cheap Argon2 parameters for the many users the tests create (hashes record their own
# parameters, so verification is the product's code path unchanged).
passwords._hasher = passwords.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

PG_ADMIN_URL = os.environ.get("SOPDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    db = Database(str(path))
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_url():
    admin_url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg")
    name = f"sopdesk_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - turned into a clear failure
        pytest.fail(
            f"PostgreSQL at {admin_url.render_as_string(hide_password=True)} is not reachable: "
            f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}. Start it or set SOPDESK_TEST_PG.",
            pytrace=False,
        )
    url = admin_url.set(database=name)
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_pg(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} CASCADE"))


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path, sqlite_template):
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "sopdesk.db"
        shutil.copy(sqlite_template, path)
        database = Database(str(path))
    else:
        database = Database(request.getfixturevalue("pg_url"))
    yield database
    if not database.is_sqlite:
        _truncate_pg(database)
    database.dispose()


@pytest.fixture
def pg_db(pg_url):
    """PostgreSQL only: for behaviour that exists only with concurrent writers."""
    database = Database(pg_url)
    yield database
    _truncate_pg(database)
    database.dispose()


@pytest.fixture(autouse=True)
def _no_cli_sign_in_from_the_shell(monkeypatch):
    """A developer's SOPDESK_USER / SOPDESK_PASSWORD never sign a test in by accident."""
    monkeypatch.delenv("SOPDESK_USER", raising=False)
    monkeypatch.delenv("SOPDESK_PASSWORD", raising=False)


@pytest.fixture
def cli_admin(db, monkeypatch):
    """An administrator account the command line signs in as (through the environment)."""
    add_cli_admin(db)
    sign_in_cli(monkeypatch)
    return CLI_ADMIN
