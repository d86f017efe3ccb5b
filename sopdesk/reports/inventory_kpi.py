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

On-hand at each month boundary is rolled back from the current balance (stock_balance) by
the sums of the moves after it, grouped by month, item and type in one pass over the index
(moved_at, item_id, move_type, qty): the cost grows with the months asked for, not with the
whole history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, literal, select
from sqlalchemy.orm import Session

from sopdesk.models import Item, ItemKind, MoveType, StockBalance, StockMove
from sopdesk.services import settings
from sopdesk.services.inventory_common import CENT, ZERO, as_qty, sum_qty, utc
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


def _items(session: Session) -> dict[uuid.UUID, tuple[Decimal, ItemKind]]:
    return {r[0]: (r[1], ItemKind(r[2])) for r in session.execute(select(Item.id, Item.standard_cost, Item.kind))}


def _balances(session: Session) -> dict[uuid.UUID, Decimal]:
    stmt = select(SB.item_id, sum_qty(SB.qty)).group_by(SB.item_id)
    return {r[0]: as_qty(r[1]) for r in session.execute(stmt)}


def _value(qty_by_item: dict[uuid.UUID, Decimal], items, kind: ItemKind | None = None) -> Decimal:
    total = sum(
        (q * items[i][0] for i, q in qty_by_item.items() if kind is None or items[i][1] == kind), Decimal(0)
    )
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def on_hand_by_item_at(session: Session, at: dt.datetime | None) -> dict[uuid.UUID, Decimal]:
    """On-hand per item (all locations) at a moment: balance minus the moves after it."""
    qty = _balances(session)
    if at is None:
        return qty
    after = select(M.item_id, sum_qty(M.qty)).where(M.moved_at > utc(at)).group_by(M.item_id)
    for item_id, moved in session.execute(after):
        qty[item_id] = qty.get(item_id, ZERO) - as_qty(moved)
    return qty


def inventory_value(session: Session, actor: Actor, at: dt.datetime | None = None) -> InventoryValue:
    """Inventory value at standard cost, now or at a past moment (moves dated at or before)."""
    require(actor, Permission.KPI_VIEW)
    items = _items(session)
    qty = on_hand_by_item_at(session, at)
    return InventoryValue(at, _value(qty, items), {k: _value(qty, items, k) for k in ItemKind})


def month_move_sums(session: Session, edges: list[dt.datetime]):
    """(bucket, item_id, move_type, sum qty) for moves at or after edges[0]; bucket k holds
    edges[k] <= moved_at < edges[k+1], the last bucket everything from edges[-1] on."""
    bucket = case(
        *((M.moved_at < edge, literal(k)) for k, edge in enumerate(edges[1:])),
        else_=literal(len(edges) - 1),
    ).label("bucket")
    stmt = (
        select(bucket, M.item_id, M.move_type, sum_qty(M.qty))
        .where(M.moved_at >= edges[0])
        .group_by(bucket, M.item_id, M.move_type)
    )
    return [(r[0], r[1], MoveType(r[2]), as_qty(r[3])) for r in session.execute(stmt)]


def monthly_turnover(
    session: Session, actor: Actor, first: Month, last: Month, kind: ItemKind | None = None,
) -> list[TurnoverRow]:
    """One TurnoverRow per month from first to last (see the module docstring)."""
    require(actor, Permission.KPI_VIEW)
    tz = settings.factory_tz(session)
    ms = months(first, last)
    edges = bounds(first, last, tz)
    items = _items(session)
    n = len(ms)
    net: list[dict[uuid.UUID, Decimal]] = [defaultdict(lambda: ZERO) for _ in range(n + 1)]
    out: list[dict[MoveType, dict[uuid.UUID, Decimal]]] = [
        {MoveType.SHIPMENT: defaultdict(lambda: ZERO), MoveType.ISSUE: defaultdict(lambda: ZERO)}
        for _ in range(n)
    ]
    for b, item_id, move_type, qty in month_move_sums(session, edges):
        net[b][item_id] += qty
        if b < n and move_type in out[b]:
            out[b][move_type][item_id] -= qty  # outflows are negative moves
    # roll back from the current balance: qty at edges[k] for k = n .. 0
    at_edge: list[dict[uuid.UUID, Decimal]] = [{} for _ in range(n + 1)]
    current = _balances(session)
    for item_id in set(current) | {i for bucket in net for i in bucket}:
        q = current.get(item_id, ZERO) - net[n].get(item_id, ZERO)
        at_edge[n][item_id] = q
        for k in range(n - 1, -1, -1):
            q -= net[k].get(item_id, ZERO)
            at_edge[k][item_id] = q
    rows = []
    for k, month in enumerate(ms):
        opening, closing = _value(at_edge[k], items, kind), _value(at_edge[k + 1], items, kind)
        average = ((opening + closing) / 2).quantize(CENT, rounding=ROUND_HALF_UP)
        shipped = _value(out[k][MoveType.SHIPMENT], items, kind)
        issued = _value(out[k][MoveType.ISSUE], items, kind)
        outflow = shipped if kind is None else shipped + issued
        rows.append(TurnoverRow(
            month=month, kind=kind, opening_value=opening, closing_value=closing,
            average_value=average, shipped_cost=shipped, issued_cost=issued, outflow_cost=outflow,
            turnover=(outflow / average).quantize(RATIO, rounding=ROUND_HALF_UP) if average else None,
            days=(month.days * average / outflow).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if outflow else None,
        ))
    return rows
