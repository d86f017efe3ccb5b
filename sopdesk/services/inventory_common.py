"""Small helpers shared by the inventory services and the inventory KPIs.

Quantities are summed in SQL and multiplied in Python (models/types.py: on SQLite an
ExactDecimal is an integer scaled by 10**4, so a product of two columns would carry the scale
twice). `sql_qty` marks an expression built from Qty columns as a Qty again, so SQLite's
scaled integer comes back as a Decimal.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Float, Integer, cast, func, literal, type_coerce
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models.types import Qty

ZERO = Decimal("0.0000")
QTY_QUANTUM = Decimal("0.0001")
CENT = Decimal("0.01")
MAX_PAGE = 1000


def sql_qty(expr) -> ColumnElement:
    """An expression over Qty columns (sums, differences), typed as Qty."""
    return type_coerce(expr, Qty)


def sum_qty(column) -> ColumnElement:
    """SUM(column) as a Qty, 0 when there are no rows."""
    return sql_qty(func.coalesce(func.sum(column), 0))


def as_float(expr) -> ColumnElement:
    """For ordering and ratios only: scaled integers on SQLite keep their order as floats."""
    return cast(expr, Float)


def const(n: int) -> ColumnElement:
    """An integer constant. A bare int next to a Qty column would be bound as a Qty, which
    on SQLite means scaled by 10**4."""
    return literal(int(n), Integer)


def as_qty(value) -> Decimal:
    """Normalise a database sum (Decimal, int, None) to a 4-place Decimal."""
    if value is None:
        return ZERO
    return Decimal(value).quantize(QTY_QUANTUM)


def money(qty: Decimal, unit_cost: Decimal) -> Decimal:
    return (qty * unit_cost).quantize(CENT, rounding=ROUND_HALF_UP)


def like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValueError(f"bad page offset={offset} limit={limit}")


def utc(value: dt.datetime | None) -> dt.datetime:
    """The moment given (must carry a time zone), or now."""
    if value is None:
        return dt.datetime.now(dt.UTC)
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass a time zone")
    return value.astimezone(dt.UTC)
