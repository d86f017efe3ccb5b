"""Inventory health (库存健康度): one row per item, filtered, sorted and paged in SQL.

Everything comes from two aggregations: stock_balance per item (on-hand, last move) and the
item's consumption over the window, summed over the index (moved_at, item_id, move_type,
qty) for the window's range. Definitions, with `now` the moment of the report:

- consumed        issued to production plus shipped in [now - window_days, now), net of
                  reversals (a negative net counts as 0).
- daily_use       consumed / window_days.
- days_of_supply  on_hand / daily_use; None when nothing was consumed.
- below_safety    on_hand < safety_stock; shortfall = safety_stock - on_hand.
- slow_moving     on_hand > 0 and no move of the item at any location (last_move_at) since
                  now - slow_days (never moved counts too).
- excess_qty      on_hand - safety_stock - daily_use x excess_cover_days, when positive: the
                  stock beyond the safety stock plus the cover the factory wants to hold.
- ABC class       by consumption value (consumed x standard cost) over the window: items
                  sorted by value, highest first (ties by code); an item is A while the value
                  of the items before it is under a_pct % of the total, B while under b_pct %,
                  else C. Items with no consumption are C. Computed over all items in scope
                  (active ones unless include_inactive) before any other filter.
- value           on_hand x standard cost, multiplied in Python.

All quantities are over all locations, quarantine included.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_UP, Decimal

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models import Item, ItemKind, MoveType, StockBalance, StockMove

from .inventory import StockFilter, item_conditions, ordered
from .inventory_common import (
    BY_DATE,
    QTY_QUANTUM,
    ZERO,
    as_float,
    as_qty,
    check_page,
    const,
    indexed_by,
    money,
    sql_qty,
    sum_qty,
    utc,
)
from .permissions import Actor, Permission, require

I, SB, M = Item, StockBalance, StockMove  # noqa: E741
CONSUMPTION = (MoveType.ISSUE, MoveType.SHIPMENT)


@dataclass(frozen=True)
class HealthParams:
    window_days: int = 90  # consumption window for daily use and ABC
    slow_days: int = 90  # no move for this many days: slow-moving
    excess_cover_days: int = 60  # proposed setting inventory.excess_cover_days
    a_pct: int = 80
    b_pct: int = 95

    def __post_init__(self):
        if not (self.window_days > 0 and self.slow_days > 0 and self.excess_cover_days >= 0
                and 0 < self.a_pct <= self.b_pct <= 100):
            raise ValueError(f"bad health parameters {self}")


@dataclass(frozen=True)
class HealthFilter:
    search: str = ""
    kinds: frozenset[ItemKind] = field(default_factory=frozenset)
    core_only: bool = False
    include_inactive: bool = False
    below_safety_only: bool = False
    slow_only: bool = False
    excess_only: bool = False
    classes: frozenset[str] = field(default_factory=frozenset)  # {"A", "B", "C"}


@dataclass(frozen=True)
class HealthSort:
    key: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class HealthRow:
    item_id: uuid.UUID
    code: str
    name: str
    kind: ItemKind
    unit: str
    is_core: bool
    on_hand: Decimal
    safety_stock: Decimal
    standard_cost: Decimal
    value: Decimal
    below_safety: bool
    shortfall: Decimal
    consumed: Decimal
    daily_use: Decimal
    days_of_supply: Decimal | None
    excess_qty: Decimal
    excess_value: Decimal
    last_move_at: dt.datetime | None
    slow_moving: bool
    abc: str


@dataclass(frozen=True)
class HealthSummary:
    items: int
    value: Decimal
    below_safety: int
    slow_moving: int
    slow_value: Decimal
    excess: int
    excess_value: Decimal
    abc_items: dict[str, int]
    abc_value: dict[str, Decimal]  # stock value by class


SORT_KEYS = (
    "code", "name", "kind", "on_hand", "value", "safety_stock", "shortfall", "consumed",
    "days_of_supply", "excess", "abc", "last_move_at",
)


@dataclass(frozen=True)
class _Cols:
    on_hand: ColumnElement
    consumed: ColumnElement
    last_move_at: ColumnElement
    abc: ColumnElement
    below: ColumnElement
    slow: ColumnElement
    excess: ColumnElement


def _ranking_product(session: Session, qty, cost) -> ColumnElement:
    # Only used for ranking and shares, which do not depend on the scale: exact NUMERIC on
    # PostgreSQL; REAL on SQLite (scaled integers could overflow a 64-bit SUM).
    if session.bind.dialect.name == "sqlite":
        return as_float(qty) * as_float(cost)
    return qty * cost


def _query(session: Session, flt: HealthFilter, p: HealthParams, now: dt.datetime):
    start = now - dt.timedelta(days=p.window_days)
    bal = (
        select(SB.item_id.label("item_id"), sum_qty(SB.qty).label("on_hand"),
               func.max(SB.last_move_at).label("last_move_at"))
        .group_by(SB.item_id).subquery("bal")
    )
    net = func.sum(M.qty)
    cons = indexed_by(
        select(M.item_id.label("item_id"), sql_qty(case((net < 0, -net), else_=0)).label("consumed"))
        .where(M.moved_at >= start, M.moved_at < now, M.move_type.in_(CONSUMPTION))
        .group_by(M.item_id), M, BY_DATE,
    ).subquery("cons")
    scope = item_conditions(StockFilter(include_inactive=flt.include_inactive))
    consumed = sql_qty(func.coalesce(cons.c.consumed, 0))
    val = _ranking_product(session, consumed, I.standard_cost)
    before = func.coalesce(func.sum(val).over(order_by=(val.desc(), I.code), rows=(None, -1)), 0)
    total = func.sum(val).over()
    abc = case(
        (val <= 0, literal("C")),
        (before * const(100) < total * const(p.a_pct), literal("A")),
        (before * const(100) < total * const(p.b_pct), literal("B")),
        else_=literal("C"),
    )
    ranked = (
        select(I.id.label("item_id"), abc.label("abc"))
        .select_from(I).outerjoin(cons, cons.c.item_id == I.id)
        .where(*scope).subquery("ranked")
    )
    on_hand = sql_qty(func.coalesce(bal.c.on_hand, 0))
    slow_since = now - dt.timedelta(days=p.slow_days)
    window, cover = const(p.window_days), const(p.excess_cover_days)
    c = _Cols(
        on_hand=on_hand, consumed=consumed, last_move_at=bal.c.last_move_at, abc=ranked.c.abc,
        below=on_hand < I.safety_stock,
        slow=and_(on_hand > 0, or_(bal.c.last_move_at.is_(None), bal.c.last_move_at < slow_since)),
        # on_hand > safety + consumed/window*cover, kept in integers (no division in SQL)
        excess=on_hand * window > I.safety_stock * window + consumed * cover,
    )
    base = (
        select(I.id)
        .select_from(I)
        .join(ranked, ranked.c.item_id == I.id)
        .outerjoin(bal, bal.c.item_id == I.id)
        .outerjoin(cons, cons.c.item_id == I.id)
        .where(*item_conditions(StockFilter(search=flt.search, kinds=flt.kinds, core_only=flt.core_only,
                                            include_inactive=flt.include_inactive)))
    )
    if flt.below_safety_only:
        base = base.where(c.below)
    if flt.slow_only:
        base = base.where(c.slow)
    if flt.excess_only:
        base = base.where(c.excess)
    if flt.classes:
        base = base.where(c.abc.in_(sorted(flt.classes)))
    return base, c


def _row(r, p: HealthParams, now: dt.datetime) -> HealthRow:
    (item_id, code, name, kind, unit, is_core, on_hand, safety, cost, consumed, last, abc) = r
    on_hand, consumed = as_qty(on_hand), as_qty(consumed)
    daily = (consumed / p.window_days).quantize(QTY_QUANTUM)
    days = (on_hand * p.window_days / consumed).quantize(Decimal("0.1")) if consumed > 0 else None
    # exact in integers first, so excess_qty > 0 exactly when the SQL filter says excess
    over = on_hand * p.window_days - safety * p.window_days - consumed * p.excess_cover_days
    excess = (over / p.window_days).quantize(QTY_QUANTUM, rounding=ROUND_UP) if over > 0 else ZERO
    slow_since = now - dt.timedelta(days=p.slow_days)
    return HealthRow(
        item_id=item_id, code=code, name=name, kind=ItemKind(kind), unit=unit, is_core=bool(is_core),
        on_hand=on_hand, safety_stock=safety, standard_cost=cost, value=money(on_hand, cost),
        below_safety=on_hand < safety, shortfall=max(ZERO, safety - on_hand), consumed=consumed,
        daily_use=daily, days_of_supply=days, excess_qty=excess, excess_value=money(excess, cost),
        last_move_at=last, slow_moving=on_hand > 0 and (last is None or last < slow_since), abc=abc,
    )


def _columns(c: _Cols) -> list:
    return [I.id, I.code, I.name, I.kind, I.unit, I.is_core, c.on_hand, I.safety_stock,
            I.standard_cost, c.consumed, c.last_move_at, c.abc]


def count_health(
    session: Session, actor: Actor, flt: HealthFilter = HealthFilter(), params: HealthParams = HealthParams(),
    *, now: dt.datetime | None = None,
) -> int:
    require(actor, Permission.STOCK_VIEW)
    base, _ = _query(session, flt, params, utc(now))
    return session.scalar(base.with_only_columns(func.count()).order_by(None)) or 0


def fetch_health(
    session: Session, actor: Actor, flt: HealthFilter = HealthFilter(), sort: HealthSort = HealthSort(),
    offset: int = 0, limit: int = 200, params: HealthParams = HealthParams(),
    *, now: dt.datetime | None = None,
) -> list[HealthRow]:
    require(actor, Permission.STOCK_VIEW)
    check_page(offset, limit)
    now = utc(now)
    base, c = _query(session, flt, params, now)
    window, cover = const(params.window_days), const(params.excess_cover_days)
    keys = {
        "code": I.code, "name": I.name, "kind": I.kind, "on_hand": c.on_hand,
        "value": as_float(c.on_hand) * as_float(I.standard_cost), "safety_stock": I.safety_stock,
        "shortfall": I.safety_stock - c.on_hand, "consumed": c.consumed,
        "days_of_supply": as_float(c.on_hand) * window / func.nullif(as_float(c.consumed), 0),
        "excess": c.on_hand * window - I.safety_stock * window - c.consumed * cover,
        "abc": c.abc, "last_move_at": c.last_move_at,
    }
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    nullable = sort.key in {"days_of_supply", "last_move_at"}
    stmt = (
        base.with_only_columns(*_columns(c))
        .order_by(ordered(keys[sort.key], sort.descending, nullable), I.code.asc())
        .offset(offset).limit(limit)
    )
    return [_row(r, params, now) for r in session.execute(stmt)]


def health_summary(
    session: Session, actor: Actor, flt: HealthFilter = HealthFilter(), params: HealthParams = HealthParams(),
    *, now: dt.datetime | None = None,
) -> HealthSummary:
    """Counts and values over every item the filter lets through (the dashboard tiles)."""
    require(actor, Permission.STOCK_VIEW)
    now = utc(now)
    base, c = _query(session, flt, params, now)
    rows = [_row(r, params, now) for r in session.execute(base.with_only_columns(*_columns(c)))]
    zero = Decimal("0.00")
    abc_items = {k: 0 for k in "ABC"}
    abc_value = {k: zero for k in "ABC"}
    for r in rows:
        abc_items[r.abc] += 1
        abc_value[r.abc] += r.value
    return HealthSummary(
        items=len(rows), value=sum((r.value for r in rows), zero),
        below_safety=sum(r.below_safety for r in rows),
        slow_moving=sum(r.slow_moving for r in rows),
        slow_value=sum((r.value for r in rows if r.slow_moving), zero),
        excess=sum(r.excess_qty > 0 for r in rows),
        excess_value=sum((r.excess_value for r in rows), zero),
        abc_items=abc_items, abc_value=abc_value,
    )
