"""Helpers the KPI computations share: the month of a moment as a SQL CASE over the month
edges (factory time zone), rounding, and whether any stock was recorded yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, case, func, literal, select

from sopdesk.models import StockMove
from sopdesk.services.inventory_common import CENT

from .periods import bounds

PERCENT = Decimal("0.01")
ONE_PLACE = Decimal("0.1")
RATIO = Decimal("0.0001")
NO_STOCK_YET = "no stock movement is recorded up to the end of {month}"


@dataclass(frozen=True)
class Figure:
    """What a KPI's compute function returns for one month."""

    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    params: dict[str, Any] = field(default_factory=dict)  # filled into the formula template
    missing: str | None = None  # why value is None: an English template
    missing_params: dict[str, Any] = field(default_factory=dict)
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. median, by product, pending


def edges(ctx) -> list[dt.datetime]:
    """The start of each month of the context and the end of the last (UTC)."""
    return ctx.cached("edges", lambda: bounds(ctx.first, ctx.last, ctx.tz))


def month_index(column, edge: list[dt.datetime]):
    """0 for a moment in the first month, 1 in the second, ...: a CASE over the month edges
    (the caller keeps column within edge[0] <= column < edge[-1])."""
    whens = [(column < edge[k + 1], literal(k, Integer())) for k in range(len(edge) - 2)]
    last = literal(len(edge) - 2, Integer())
    return case(*whens, else_=last) if whens else last


def first_move_at(ctx) -> dt.datetime | None:
    """When the first stock move happened (the ledger's date index): before it the factory
    recorded nothing, and a month ending before it has no figures, not zero ones."""
    return ctx.cached("first_move", lambda: ctx.session.scalar(select(func.min(StockMove.moved_at))))


def stock_recorded_by(ctx, k: int) -> bool:
    """Was any stock move recorded before the end of month k of the context?"""
    first = first_move_at(ctx)
    return first is not None and first < edges(ctx)[k + 1]


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def percent(num: int | Decimal, den: int | Decimal) -> Decimal:
    return (Decimal(100) * Decimal(num) / Decimal(den)).quantize(PERCENT, rounding=ROUND_HALF_UP)


def rounded(value: Decimal, quantum: Decimal) -> Decimal:
    return value.quantize(quantum, rounding=ROUND_HALF_UP)
