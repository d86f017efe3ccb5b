"""Small helpers shared by the inventory services and the inventory KPIs.

Quantities are summed in SQL and multiplied in Python (models/types.py: on SQLite an
ExactDecimal is an integer scaled by 10**4, so a product of two columns would carry the scale
twice). `sql_qty` marks an expression built from Qty columns as a Qty again, so SQLite's
scaled integer comes back as a Decimal.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, Float, Integer, String, cast, func, literal, type_coerce
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models.types import PRICE_SCALE, QTY_SCALE, Qty

ZERO = Decimal("0.0000")
QTY_QUANTUM = Decimal("0.0001")
CENT = Decimal("0.01")
MONEY_SCALE = QTY_SCALE + PRICE_SCALE  # a quantity times a price
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


# SQLite's planner, given ANALYZE statistics, picks a skip-scan of (item_id, location_id,
# moved_at, qty) for "moves after T" (seconds instead of milliseconds on 1,000,000 moves) and
# the date index for one item's moves ordered by date (a scan of the whole ledger). The
# queries that matter name their index; SQLAlchemy's SQLite compiler does not render table
# hints, so it is taught to render one given for "sqlite" as written (INDEXED BY ...).
if SQLiteCompiler.get_from_hint_text is SQLCompiler.get_from_hint_text:
    SQLiteCompiler.get_from_hint_text = lambda self, table, text: text

BY_DATE = "ix_stock_move_date_item"  # (moved_at, item_id, move_type, qty)
BY_ITEM = "ix_stock_move_item_loc_date"  # (item_id, location_id, moved_at, qty)
BY_REF = "ix_stock_move_ref"


def indexed_by(stmt, table, index: str):
    """On SQLite, read `table` through `index`; other databases plan for themselves."""
    return stmt.with_hint(table, f"INDEXED BY {index}", "sqlite")


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


class RawNumbers:
    """Bulk reads of thousands of rows without converting every value.

    Building a Decimal and a UUID per value costs microseconds; for KPIs over every item
    and month that costs more than the query. Read through this instead: quantities and
    prices arrive as exact integers in units of 10**-scale and ids as text. On SQLite that
    is what is stored (ExactDecimal keeps scaled integers); PostgreSQL shifts its NUMERIC by
    10**scale (exact) and casts it to BIGINT and the id to text (on 5,000 items and 20,000
    balances: 15.2 ms read as UUIDs and Decimals, 10.4 ms so). Add and multiply in that form,
    convert once at the end with `qty()` / `money()`. Ids read this way are only keys for
    other rows read the same way.
    """

    def __init__(self, session):
        self.scaled = session.bind.dialect.name == "sqlite"  # the stored form is the raw form
        self.qty_unit = 10**QTY_SCALE
        self.money_unit = 10**MONEY_SCALE

    def number(self, expr, scale: int = QTY_SCALE):
        """expr (a Qty or Price column, or a sum of one) as an exact integer in units of
        10**-scale."""
        if self.scaled:
            return type_coerce(expr, BigInteger())
        return type_coerce(cast(expr * literal(10**scale, Integer()), BigInteger()), BigInteger())

    def key(self, expr):
        return type_coerce(expr if self.scaled else cast(expr, String()), String())

    def zero(self):
        return 0

    def qty(self, raw) -> Decimal:
        return (Decimal(raw) / self.qty_unit).quantize(QTY_QUANTUM)

    def money(self, raw_product_sum) -> Decimal:
        """A sum of raw qty x raw price, as money."""
        return (Decimal(raw_product_sum) / self.money_unit).quantize(CENT, rounding=ROUND_HALF_UP)
