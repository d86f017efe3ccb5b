"""What differs between SQLite and PostgreSQL in the statements the services write.

The dialect's own module is imported only for the database in use: PostgreSQL's pulls in
asyncio and its async drivers (about 40 ms at every start of a SQLite installation).
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def upsert_insert(session: Session):
    """The database's INSERT construct, which has on_conflict_do_nothing/do_update."""
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
