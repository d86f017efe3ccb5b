"""Human document numbers (SO-2026-00042), unique and gap-free per prefix and year.

Primary keys are client-made UUIDs; these numbers are only what people read and type.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.models import DocSequence

PREFIXES = {"sales_order": "SO", "purchase_order": "PO", "work_order": "WO"}


def format_number(prefix: str, year: int, value: int) -> str:
    return f"{prefix}-{year}-{value:05d}"


def next_number(session: Session, prefix: str, year: int) -> str:
    """Take the next number inside the caller's transaction (the row is locked until commit)."""
    stmt = (
        update(DocSequence)
        .where(DocSequence.prefix == prefix, DocSequence.year == year)
        .values(next_value=DocSequence.next_value + 1)
        .returning(DocSequence.next_value)
    )
    value = session.execute(stmt).scalar()
    if value is None:
        session.add(DocSequence(prefix=prefix, year=year, next_value=2))
        session.flush()
        value = 2
    return format_number(prefix, year, value - 1)


def reserve_block(session: Session, prefix: str, year: int, count: int) -> int:
    """Reserve `count` consecutive numbers; returns the first. For bulk loads."""
    current = session.scalar(
        select(DocSequence.next_value).where(DocSequence.prefix == prefix, DocSequence.year == year)
    )
    if current is None:
        session.add(DocSequence(prefix=prefix, year=year, next_value=1 + count))
        session.flush()
        return 1
    session.execute(
        update(DocSequence)
        .where(DocSequence.prefix == prefix, DocSequence.year == year)
        .values(next_value=DocSequence.next_value + count)
    )
    return current
