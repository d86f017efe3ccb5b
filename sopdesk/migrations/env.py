"""Alembic environment: run by sopdesk.db.migrate with a live connection in attributes."""

from alembic import context

from sopdesk.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying
        compare_type=True,
        user_module_prefix="sopdesk.models.types.",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; use sopdesk db upgrade")
run_migrations_online()
