"""Stock lists for the 库存 Inventory tab: on-hand, reserved and available per item, on-hand
as of any moment, per location, and the reservations behind a figure. Paged and sorted in
SQL; rows are frozen dataclasses.

Definitions (see inventory_demand.py for what counts as open):

- on_hand     the sum of the item's moves over all locations: read from stock_balance, the
              running sum the ledger keeps in the same transaction as each move (one indexed
              read, not a scan of the ledger).
- blocked     on-hand in quarantine locations (not usable).
- reserved    open sales order quantity of the item.
- allocated   outstanding material needs of open work orders for the item.
- available   on_hand - blocked - reserved - allocated (negative: short).
- value       on_hand x the item's standard cost, multiplied in Python.
- as of T     current balance minus the moves dated after T, which walks the index
              (moved_at, item_id, move_type, qty) only over the recent moves; equal to the sum
              of the moves dated at or before T.

The moves behind any figure: inventory_moves.fetch_moves with a MoveFilter.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Uuid, case, column, func, or_, select, values
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models import Item, ItemKind, Location, LocationKind, StockBalance, StockMove
from sopdesk.models.types import Qty

from . import ledger
from .inventory_common import (
    BY_DATE,
    ZERO,
    as_float,
    as_qty,
    check_page,
    indexed_by,
    like_pattern,
    money,
    sql_qty,
    sum_qty,
    utc,
)
from .inventory_demand import (
    allocated_by_item,
    open_sales_lines,
    sales_reserved_by_item,
    work_order_needs,
)
from .permissions import Actor, Permission, require

I, SB, M = Item, StockBalance, StockMove  # noqa: E741


@dataclass(frozen=True)
class StockFilter:
    """Empty sets and False mean "any"."""

    search: str = ""  # words matched against code, name and spec
    kinds: frozenset[ItemKind] = field(default_factory=frozenset)
    core_only: bool = False
    include_inactive: bool = False
    with_stock_only: bool = False  # on-hand not zero
    short_only: bool = False  # available < 0 (current list only)
    below_safety_only: bool = False  # on-hand < safety stock


@dataclass(frozen=True)
class StockSort:
    key: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class StockRow:
    item_id: uuid.UUID
    code: str
    name: str
    spec: str | None
    kind: ItemKind
    unit: str
    is_core: bool
    on_hand: Decimal
    blocked: Decimal
    reserved: Decimal
    allocated: Decimal
    available: Decimal
    safety_stock: Decimal
    standard_cost: Decimal
    value: Decimal
    last_move_at: dt.datetime | None


@dataclass(frozen=True)
class StockAsOfRow:
    item_id: uuid.UUID
    code: str
    name: str
    kind: ItemKind
    unit: str
    qty: Decimal
    standard_cost: Decimal
    value: Decimal


@dataclass(frozen=True)
class LocationQty:
    location_id: uuid.UUID
    code: str
    name: str
    kind: LocationKind
    qty: Decimal
    last_move_at: dt.datetime | None


@dataclass(frozen=True)
class ReservationRow:
    kind: str  # "sales_order_line" or "work_order"
    ref_id: uuid.UUID  # the order line or the work order
    number: str
    qty: Decimal
    need_date: dt.date | None


STOCK_SORT_KEYS = (
    "code", "name", "kind", "on_hand", "blocked", "reserved", "allocated", "available",
    "safety_stock", "value", "last_move_at",
)
AS_OF_SORT_KEYS = ("code", "name", "kind", "qty", "value")


# -- shared pieces ------------------------------------------------------------------------


def item_conditions(flt: StockFilter) -> list[ColumnElement]:
    conds: list[ColumnElement] = []
    for token in (flt.search or "").split():
        pattern = like_pattern(token)
        conds.append(or_(*(c.ilike(pattern, escape="\\") for c in (I.code, I.name, I.spec))))
    if flt.kinds:
        conds.append(I.kind.in_(sorted(flt.kinds)))
    if flt.core_only:
        conds.append(I.is_core.is_(True))
    if not flt.include_inactive:
        conds.append(I.active.is_(True))
    return conds


def ordered(expr: ColumnElement, descending: bool, nullable: bool = False):
    clause = expr.desc() if descending else expr.asc()
    return clause.nulls_last() if nullable else clause


def _balances():
    return (
        select(
            SB.item_id.label("item_id"),
            sum_qty(SB.qty).label("on_hand"),
            sum_qty(case((Location.kind == LocationKind.QUARANTINE, SB.qty), else_=0)).label("blocked"),
            func.max(SB.last_move_at).label("last_move_at"),
        )
        .join(Location, Location.id == SB.location_id)
        .group_by(SB.item_id)
        .subquery("bal")
    )


def _allocated_cte(allocated: dict[uuid.UUID, Decimal]):
    # VALUES needs at least one row: a zero for no item stands in for "nothing allocated"
    rows = list(allocated.items()) or [(uuid.UUID(int=0), ZERO)]
    return values(column("item_id", Uuid), column("qty", Qty), name="wo_alloc").data(rows).cte("wo_alloc")


# -- current stock ------------------------------------------------------------------------


def _stock_query(session: Session, flt: StockFilter):
    bal = _balances()
    so = sales_reserved_by_item()
    alloc = _allocated_cte(allocated_by_item(work_order_needs(session)))
    on_hand = sql_qty(func.coalesce(bal.c.on_hand, 0))
    blocked = sql_qty(func.coalesce(bal.c.blocked, 0))
    reserved = sql_qty(func.coalesce(so.c.reserved, 0))
    allocated = sql_qty(func.coalesce(alloc.c.qty, 0))
    available = sql_qty(on_hand - blocked - reserved - allocated)
    cols = {
        "on_hand": on_hand, "blocked": blocked, "reserved": reserved, "allocated": allocated,
        "available": available, "last_move_at": bal.c.last_move_at,
    }
    base = (
        select(I.id)
        .select_from(I)
        .outerjoin(bal, bal.c.item_id == I.id)
        .outerjoin(so, so.c.item_id == I.id)
        .outerjoin(alloc, alloc.c.item_id == I.id)
        .where(*item_conditions(flt))
    )
    if flt.with_stock_only:
        base = base.where(on_hand != 0)
    if flt.short_only:
        base = base.where(available < 0)
    if flt.below_safety_only:
        base = base.where(on_hand < I.safety_stock)
    return base, cols


def count_stock(session: Session, actor: Actor, flt: StockFilter = StockFilter()) -> int:
    require(actor, Permission.STOCK_VIEW)
    base, _ = _stock_query(session, flt)
    return session.scalar(base.with_only_columns(func.count()).order_by(None)) or 0


def fetch_stock(
    session: Session, actor: Actor, flt: StockFilter = StockFilter(), sort: StockSort = StockSort(),
    offset: int = 0, limit: int = 200,
) -> list[StockRow]:
    """Rows offset..offset+limit of the current stock list."""
    require(actor, Permission.STOCK_VIEW)
    check_page(offset, limit)
    base, c = _stock_query(session, flt)
    keys = {
        "code": I.code, "name": I.name, "kind": I.kind, "safety_stock": I.safety_stock,
        "value": as_float(c["on_hand"]) * as_float(I.standard_cost), **c,
    }
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    stmt = base.with_only_columns(
        I.id, I.code, I.name, I.spec, I.kind, I.unit, I.is_core, c["on_hand"], c["blocked"],
        c["reserved"], c["allocated"], c["available"], I.safety_stock, I.standard_cost,
        c["last_move_at"],
    ).order_by(
        ordered(keys[sort.key], sort.descending, nullable=sort.key == "last_move_at"), I.code.asc()
    ).offset(offset).limit(limit)
    return [
        StockRow(
            item_id=r[0], code=r[1], name=r[2], spec=r[3], kind=ItemKind(r[4]), unit=r[5],
            is_core=bool(r[6]), on_hand=as_qty(r[7]), blocked=as_qty(r[8]), reserved=as_qty(r[9]),
            allocated=as_qty(r[10]), available=as_qty(r[11]), safety_stock=r[12],
            standard_cost=r[13], value=money(as_qty(r[7]), r[13]), last_move_at=r[14],
        )
        for r in session.execute(stmt)
    ]


# -- as of a moment -----------------------------------------------------------------------


def _as_of_query(flt: StockFilter, as_of: dt.datetime, location_id: uuid.UUID | None):
    if flt.short_only:
        raise ValueError("short_only applies to the current stock list only")
    bal = select(SB.item_id.label("item_id"), sum_qty(SB.qty).label("qty"))
    after = indexed_by(
        select(M.item_id.label("item_id"), sum_qty(M.qty).label("qty")).where(M.moved_at > as_of), M, BY_DATE
    )
    if location_id is not None:
        bal = bal.where(SB.location_id == location_id)
        after = after.where(M.location_id == location_id)
    bal = bal.group_by(SB.item_id).subquery("bal")
    after = after.group_by(M.item_id).subquery("after")
    qty = sql_qty(func.coalesce(bal.c.qty, 0) - func.coalesce(after.c.qty, 0))
    base = (
        select(I.id)
        .select_from(I)
        .outerjoin(bal, bal.c.item_id == I.id)
        .outerjoin(after, after.c.item_id == I.id)
        .where(*item_conditions(flt))
    )
    if flt.with_stock_only:
        base = base.where(qty != 0)
    if flt.below_safety_only:
        base = base.where(qty < I.safety_stock)
    return base, qty


def count_stock_as_of(
    session: Session, actor: Actor, as_of: dt.datetime, flt: StockFilter = StockFilter(),
    location_id: uuid.UUID | None = None,
) -> int:
    require(actor, Permission.STOCK_VIEW)
    base, _ = _as_of_query(flt, utc(as_of), location_id)
    return session.scalar(base.with_only_columns(func.count()).order_by(None)) or 0


def fetch_stock_as_of(
    session: Session, actor: Actor, as_of: dt.datetime, flt: StockFilter = StockFilter(),
    sort: StockSort = StockSort(), offset: int = 0, limit: int = 200,
    location_id: uuid.UUID | None = None,
) -> list[StockAsOfRow]:
    """On-hand per item at the moment as_of (moves dated at or before it), optionally at
    one location."""
    require(actor, Permission.STOCK_VIEW)
    check_page(offset, limit)
    base, qty = _as_of_query(flt, utc(as_of), location_id)
    keys = {"code": I.code, "name": I.name, "kind": I.kind, "qty": qty,
            "value": as_float(qty) * as_float(I.standard_cost)}
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    stmt = base.with_only_columns(I.id, I.code, I.name, I.kind, I.unit, qty, I.standard_cost).order_by(
        ordered(keys[sort.key], sort.descending), I.code.asc()
    ).offset(offset).limit(limit)
    return [
        StockAsOfRow(r[0], r[1], r[2], ItemKind(r[3]), r[4], as_qty(r[5]), r[6], money(as_qty(r[5]), r[6]))
        for r in session.execute(stmt)
    ]


# -- one item -----------------------------------------------------------------------------


def stock_by_location(
    session: Session, actor: Actor, item_id: uuid.UUID, as_of: dt.datetime | None = None,
) -> list[LocationQty]:
    """The item's on-hand at each location that ever held it (now, or as of a moment)."""
    require(actor, Permission.STOCK_VIEW)
    L = Location  # noqa: E741
    if as_of is None:
        qty = SB.qty
        stmt = select(L.id, L.code, L.name, L.kind, qty, SB.last_move_at).join(SB, SB.location_id == L.id)
    else:
        after = (
            select(M.location_id.label("location_id"), sum_qty(M.qty).label("qty"))
            .where(M.item_id == item_id, M.moved_at > utc(as_of))
            .group_by(M.location_id).subquery("after")
        )
        qty = sql_qty(SB.qty - func.coalesce(after.c.qty, 0))
        last = (
            select(func.max(M.moved_at)).where(M.item_id == item_id, M.location_id == L.id,
                                               M.moved_at <= utc(as_of))
            .correlate(L).scalar_subquery()
        )
        stmt = (
            select(L.id, L.code, L.name, L.kind, qty, last)
            .join(SB, SB.location_id == L.id)
            .outerjoin(after, after.c.location_id == L.id)
        )
    stmt = stmt.where(SB.item_id == item_id).order_by(L.code)
    return [LocationQty(r[0], r[1], r[2], LocationKind(r[3]), as_qty(r[4]), r[5]) for r in session.execute(stmt)]


def on_hand_at(
    session: Session, actor: Actor, item_id: uuid.UUID, location_id: uuid.UUID | None = None,
    as_of: dt.datetime | None = None,
) -> Decimal:
    require(actor, Permission.STOCK_VIEW)
    return ledger.on_hand(session, item_id, location_id, as_of=as_of)


def reservations(session: Session, actor: Actor, item_id: uuid.UUID) -> list[ReservationRow]:
    """What makes up the reserved and allocated figures of an item: open sales order lines
    and open work orders' outstanding needs, earliest need first."""
    require(actor, Permission.STOCK_VIEW)
    rows = [
        ReservationRow("sales_order_line", s.line_id, s.number, s.open_qty, s.need_date)
        for s in open_sales_lines(session, [item_id])
    ] + [
        ReservationRow("work_order", n.work_order_id, n.work_order_number, n.outstanding, n.need_date)
        for n in work_order_needs(session, component_ids=[item_id]) if n.outstanding > 0
    ]
    return sorted(rows, key=lambda r: (r.need_date is None, r.need_date or dt.date.min, r.number))
