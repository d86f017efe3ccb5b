"""Inventory value and inventory turnover (库存周转率) per month.

Valuation is at standard cost (Item.standard_cost, today's value; sopdesk keeps no cost
history): value at a moment = sum over items of on-hand then x standard cost, all locations.
Quantities are summed in SQL, multiplied by the cost in Python.

Turnover of month m (factory time zone, reports/periods.py):

    opening   value at the month's first midnight
    closing   value at the next month's first midnight
    average   (opening + closing) / 2
    shipped   cost of goods shipped in the month (SHIPMENT moves net of reversals) x std cost
    issued    materials issued to production in the month (ISSUE moves, net) x std cost
    outflow   all items: shipped (销售成本, the textbook 库存周转率 = 销售成本 / 平均库存);
              one kind of item: shipped + issued of that kind (raw material turns over by
              being issued, finished goods by being shipped)
    turnover  outflow / average (None when the average is 0); days = days in month x
              average / outflow (库存周转天数, None when nothing went out)

Value at each month boundary is rolled back from the current balance (stock_balance) by
the sums of the moves after it, per month and item over the index (moved_at, item_id,
move_type, qty): the cost grows with the months asked for, not with the whole history. The
per-item sums are multiplied by the cost in Python, in exact raw numbers (RawNumbers).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from sopdesk.models import Item, ItemKind, MoveType, StockBalance, StockMove
from sopdesk.services import settings
from sopdesk.services.inventory_common import BY_DATE, CENT, RawNumbers, indexed_by, utc
from sopdesk.services.permissions import Actor, Permission, require

from .periods import Month, bounds, months

M, SB = StockMove, StockBalance
RATIO = Decimal("0.0001")


@dataclass(frozen=True)
class InventoryValue:
    at: dt.datetime | None  # None: now (current balances)
    total: Decimal
    by_kind: dict[ItemKind, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class TurnoverRow:
    month: Month
    kind: ItemKind | None  # None: all items
    opening_value: Decimal
    closing_value: Decimal
    average_value: Decimal
    shipped_cost: Decimal
    issued_cost: Decimal
    outflow_cost: Decimal  # what the turnover divides
    turnover: Decimal | None
    days: Decimal | None


def _items(session: Session, raw: RawNumbers) -> dict:
    """raw id -> (raw standard cost, kind)."""
    stmt = select(raw.key(Item.id), raw.number(Item.standard_cost), Item.kind)
    return {r[0]: (r[1], ItemKind(r[2])) for r in session.execute(stmt)}


def _balances(session: Session, raw: RawNumbers) -> dict:
    """raw id -> raw on-hand over all locations (one indexed read of stock_balance)."""
    stmt = select(raw.key(SB.item_id), raw.number(func.sum(SB.qty))).group_by(SB.item_id)
    return {r[0]: r[1] for r in session.execute(stmt)}


def _raw_value(qty_by_item: dict, items: dict, raw: RawNumbers, kind: ItemKind | None = None) -> Decimal:
    total = raw.zero()
    for key, q in qty_by_item.items():
        cost, item_kind = items[key]
        if kind is None or item_kind == kind:
            total += q * cost
    return raw.money(total)


def _after(session: Session, raw: RawNumbers, at: dt.datetime) -> dict:
    stmt = select(raw.key(M.item_id), raw.number(func.sum(M.qty))).where(M.moved_at > at).group_by(M.item_id)
    stmt = indexed_by(stmt, M, BY_DATE)
    return {r[0]: r[1] for r in session.execute(stmt)}


def on_hand_by_item_at(session: Session, at: dt.datetime | None) -> dict[uuid.UUID, Decimal]:
    """On-hand per item (all locations) at a moment: balance minus the moves after it
    (the current balance when at is None)."""
    raw = RawNumbers(session)
    qty = _balances(session, raw)
    for key, moved in (_after(session, raw, utc(at)) if at is not None else {}).items():
        qty[key] = qty.get(key, raw.zero()) - moved
    ids = {raw_key: item_id for raw_key, item_id in session.execute(select(raw.key(Item.id), Item.id))}
    return {ids[k]: raw.qty(v) for k, v in qty.items()}


def inventory_value(session: Session, actor: Actor, at: dt.datetime | None = None) -> InventoryValue:
    """Inventory value at standard cost, now or at a past moment (moves dated at or before)."""
    require(actor, Permission.KPI_VIEW)
    raw = RawNumbers(session)
    items = _items(session, raw)
    qty = _balances(session, raw)
    for key, moved in (_after(session, raw, utc(at)) if at is not None else {}).items():
        qty[key] = qty.get(key, raw.zero()) - moved
    return InventoryValue(at, _raw_value(qty, items, raw), {k: _raw_value(qty, items, raw, k) for k in ItemKind})


def month_move_sums(session: Session, edges: list[dt.datetime], raw: RawNumbers | None = None):
    """Per bucket: {raw item id: (net, shipped, issued)} in raw numbers, where bucket k holds
    edges[k] <= moved_at < edges[k+1] and the last bucket everything from edges[-1] on.

    One range query per month over the index (moved_at, item_id, move_type, qty): measured
    faster on both databases than one query bucketing with CASE, and each groups only one
    month's moves."""
    raw = raw or RawNumbers(session)
    zero = raw.zero()
    shipped = case((M.move_type == MoveType.SHIPMENT, M.qty), else_=literal(zero, M.qty.type))
    issued = case((M.move_type == MoveType.ISSUE, M.qty), else_=literal(zero, M.qty.type))
    buckets = []
    for lo, hi in zip(edges, edges[1:] + [None], strict=True):
        stmt = (
            select(raw.key(M.item_id), raw.number(func.sum(M.qty)), raw.number(func.sum(shipped)),
                   raw.number(func.sum(issued)))
            .where(M.moved_at >= lo)
            .group_by(M.item_id)
        )
        if hi is not None:
            stmt = stmt.where(M.moved_at < hi)
        stmt = indexed_by(stmt, M, BY_DATE)
        buckets.append({r[0]: (r[1], r[2], r[3]) for r in session.execute(stmt)})
    return buckets


def monthly_turnover(
    session: Session, actor: Actor, first: Month, last: Month, kind: ItemKind | None = None,
) -> list[TurnoverRow]:
    """One TurnoverRow per month from first to last (see the module docstring)."""
    require(actor, Permission.KPI_VIEW)
    raw = RawNumbers(session)
    ms = months(first, last)
    n = len(ms)
    items = _items(session, raw)
    buckets = month_move_sums(session, bounds(first, last, settings.factory_tz(session)), raw)
    # value at each month edge, rolled back from the current balance: value(edge k) =
    # value(edge k+1) - value of month k's net moves; outflows are negative moves
    zero = raw.zero()
    at_edge = [zero] * (n + 1)
    shipped, issued = [zero] * n, [zero] * n
    current = zero
    for key, q in _balances(session, raw).items():
        cost, item_kind = items[key]
        if kind is None or item_kind == kind:
            current += q * cost
    tail = zero
    for key, (net, _, _) in buckets[n].items():
        cost, item_kind = items[key]
        if kind is None or item_kind == kind:
            tail += net * cost
    at_edge[n] = current - tail
    for k in range(n - 1, -1, -1):
        month_net = zero
        for key, (net, ship, issue) in buckets[k].items():
            cost, item_kind = items[key]
            if kind is None or item_kind == kind:
                month_net += net * cost
                shipped[k] -= ship * cost
                issued[k] -= issue * cost
        at_edge[k] = at_edge[k + 1] - month_net
    rows = []
    for k, month in enumerate(ms):
        opening, closing = raw.money(at_edge[k]), raw.money(at_edge[k + 1])
        average = ((opening + closing) / 2).quantize(CENT, rounding=ROUND_HALF_UP)
        ship_cost, issue_cost = raw.money(shipped[k]), raw.money(issued[k])
        outflow = ship_cost if kind is None else ship_cost + issue_cost
        rows.append(TurnoverRow(
            month=month, kind=kind, opening_value=opening, closing_value=closing,
            average_value=average, shipped_cost=ship_cost, issued_cost=issue_cost, outflow_cost=outflow,
            turnover=(outflow / average).quantize(RATIO, rounding=ROUND_HALF_UP) if average else None,
            days=(month.days * average / outflow).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if outflow else None,
        ))
    return rows
