"""The migrations build exactly the schema the models describe, on both databases."""

from sqlalchemy import inspect, text

from sopdesk.db import migrate
from sopdesk.models import Base


def test_migrations_match_models(db):
    status = migrate.check(db)
    assert status.current == status.head
    assert status.differences == []
    assert status.ok


def test_every_model_table_exists(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_a_diverging_model_is_detected(db):
    """If someone adds a column to a model without a migration, check() says so."""
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE customer ADD COLUMN stray_column INTEGER"))
    try:
        status = migrate.check(db)
    finally:  # the PostgreSQL test database is shared by the whole run
        with db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE customer DROP COLUMN stray_column"))
    assert not status.ok
    assert any("stray_column" in d for d in status.differences)
    assert migrate.check(db).ok


def test_upgrade_is_idempotent(db):
    assert migrate.upgrade(db) is None
    assert migrate.current_revision(db) == migrate.head_revision()
