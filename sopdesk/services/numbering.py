"""Human document numbers (SO-2026-00042), unique and gap-free per prefix and year.

Primary keys are client-made UUIDs; these numbers are only what people read and type.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from sopdesk.db.dialect import upsert_insert
from sopdesk.models import DocSequence

PREFIXES = {"sales_order": "SO", "purchase_order": "PO", "work_order": "WO"}


def format_number(prefix: str, year: int, value: int) -> str:
    return f"{prefix}-{year}-{value:05d}"


def _ensure_row(session: Session, prefix: str, year: int) -> None:
    """Create the counter row if missing; two PCs taking the first number of a year at once
    both succeed (ON CONFLICT DO NOTHING), then the UPDATE below serialises them."""
    insert = upsert_insert(session)
    session.execute(
        insert(DocSequence).values(prefix=prefix, year=year, next_value=1).on_conflict_do_nothing()
    )


def next_number(session: Session, prefix: str, year: int) -> str:
    """Take the next number inside the caller's transaction (the row is locked until commit)."""
    _ensure_row(session, prefix, year)
    value = session.execute(
        update(DocSequence)
        .where(DocSequence.prefix == prefix, DocSequence.year == year)
        .values(next_value=DocSequence.next_value + 1)
        .returning(DocSequence.next_value)
    ).scalar_one()
    return format_number(prefix, year, value - 1)


def reserve_block(session: Session, prefix: str, year: int, count: int) -> int:
    """Reserve `count` consecutive numbers; returns the first. For bulk loads."""
    _ensure_row(session, prefix, year)
    value = session.execute(
        update(DocSequence)
        .where(DocSequence.prefix == prefix, DocSequence.year == year)
        .values(next_value=DocSequence.next_value + count)
        .returning(DocSequence.next_value)
    ).scalar_one()
    return value - count
