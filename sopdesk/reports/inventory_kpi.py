"""Inventory value and inventory turnover (库存周转率) per month.

Valuation is at standard cost (Item.standard_cost, today's value; sopdesk keeps no cost
history): value at a moment = sum over items of on-hand then x standard cost, all locations.

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

Value at each month boundary is rolled back from today's value by the valued month sums of
stock_month_value (services/stock_value.py: stock_month times today's standard costs, per
month and kind of item, kept by the ledger with each move and rebuilt in any transaction
that changes a cost or kind): one read of a row per month and kind (month_values), today's
value being the net of every month. The cost grows with months x kinds, not with items or
moves.

Money stays exact: the values are exact decimals of any size (BigDecimal: NUMERIC on
PostgreSQL, text on SQLite) handled as Python integers of 10**-8. `_month_values_in_python`
computes the same figures from stock_month, stock_balance and the items (per item in SQL,
multiplied in Python) and is kept as the independent check the tests and the benchmark use.

Value at a past moment (inventory_value, on_hand_by_item_at) is the balance minus the moves
after it: the net of the whole months after the moment's month from stock_month, and the
moves of the moment's own month on one side of it from stock_move (whichever side is
shorter; at a month edge, only the moves at that very instant). Per item, multiplied in
Python.

Bulk reads go through the session's Core connection: the ORM's result rows cost more than
the queries here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import Item, ItemKind, StockMonth, StockMonthValue, StockMove, StockTotal
from sopdesk.models.types import PRICE_SCALE
from sopdesk.services import settings
from sopdesk.services.inventory_common import BY_DATE, CENT, RawNumbers, indexed_by, utc
from sopdesk.services.permissions import Actor, Permission, require
from sopdesk.services.stock_month import key_of, month_containing
from sopdesk.services.stock_value import value_units

from .periods import Month, months

M, ST, SM, SMV = StockMove, StockTotal, StockMonth, StockMonthValue
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


def _rows(session: Session, stmt):
    """Execute on the session's connection (Core rows, in the session's transaction)."""
    return session.connection().execute(stmt)


def _items(session: Session, raw: RawNumbers) -> dict:
    """raw id -> (raw standard cost, kind)."""
    stmt = select(raw.key(Item.id), raw.number(Item.standard_cost, PRICE_SCALE), Item.kind)
    return {r[0]: (r[1], ItemKind(r[2])) for r in _rows(session, stmt)}


def _balances(session: Session, raw: RawNumbers) -> dict:
    """raw id -> raw on-hand over all locations (stock_total: a row per item, kept by the
    ledger with stock_balance)."""
    return dict(_rows(session, select(raw.key(ST.item_id), raw.number(ST.qty))).all())


def _raw_value(qty_by_item: dict, items: dict, raw: RawNumbers, kind: ItemKind | None = None) -> Decimal:
    total = raw.zero()
    for key, q in qty_by_item.items():
        cost, item_kind = items[key]
        if kind is None or item_kind == kind:
            total += q * cost
    return raw.money(total)


def _after(session: Session, raw: RawNumbers, at: dt.datetime) -> dict:
    """raw id -> raw sum of the moves dated after `at` (all locations)."""
    tz = settings.factory_tz(session)
    try:
        month = month_containing(at, tz)
        start, end = month.start(tz), month.next().start(tz)
    except (OverflowError, ValueError):  # at the ends of the calendar (years 1 and 9999) a
        # month edge is not a datetime: sum the moves after `at` straight from the ledger
        stmt = select(raw.key(M.item_id), raw.number(func.sum(M.qty))).where(M.moved_at > at).group_by(M.item_id)
        return dict(_rows(session, indexed_by(stmt, M, BY_DATE)).all())
    if at - start < end - at:  # this month and later, less its moves up to `at`
        after = _net_from(session, raw, key_of(month))
        moves, sign = (M.moved_at >= start, M.moved_at <= at), -1
    else:  # the months after this one, plus its moves after `at`
        after = _net_from(session, raw, key_of(month.next()))
        moves, sign = (M.moved_at > at, M.moved_at < end), 1
    stmt = select(raw.key(M.item_id), raw.number(func.sum(M.qty))).where(*moves).group_by(M.item_id)
    for key, q in _rows(session, indexed_by(stmt, M, BY_DATE)):
        after[key] = after.get(key, raw.zero()) + sign * q
    return after


def _net_from(session: Session, raw: RawNumbers, month_key: int) -> dict:
    """raw id -> raw net of the moves of month_key and every month after it (stock_month)."""
    stmt = select(raw.key(SM.item_id), raw.number(func.sum(SM.net))).where(SM.month >= month_key) \
        .group_by(SM.item_id)
    return dict(_rows(session, stmt).all())


def on_hand_by_item_at(session: Session, at: dt.datetime | None) -> dict[uuid.UUID, Decimal]:
    """On-hand per item (all locations) at a moment: balance minus the moves after it
    (the current balance when at is None)."""
    raw = RawNumbers(session)
    qty = _balances(session, raw)
    for key, moved in (_after(session, raw, utc(at)) if at is not None else {}).items():
        qty[key] = qty.get(key, raw.zero()) - moved
    ids = dict(_rows(session, select(raw.key(Item.id), Item.id)).all())
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


def month_sums(session: Session, first: Month, last: Month, raw: RawNumbers | None = None):
    """The moves summed per factory month from first to last and per item, from stock_month:
    ([{raw item id: (net, shipped, issued)} per month], {raw item id: net of every month
    after last}), in raw numbers. Two queries over the table's key (month, item_id)."""
    raw = raw or RawNumbers(session)
    ms = months(first, last)
    index = {key_of(m): k for k, m in enumerate(ms)}
    buckets: list[dict] = [{} for _ in ms]
    stmt = select(SM.month, raw.key(SM.item_id), raw.number(SM.net), raw.number(SM.shipped),
                  raw.number(SM.issued)).where(SM.month >= key_of(first), SM.month <= key_of(last))
    for month, key, net, shipped, issued in _rows(session, stmt):
        buckets[index[month]][key] = (net, shipped, issued)
    return buckets, _net_from(session, raw, key_of(last.next()))


@dataclass(frozen=True)
class MonthValues:
    """Raw money (RawNumbers: sums of raw qty x raw cost) for months first..last."""

    months: list[tuple]  # per month: (net, shipped, issued) x standard cost
    after: object  # the net of every month after last, x cost
    current: object  # today's balances x cost


def month_values(session: Session, first: Month, last: Month, kind: ItemKind | None = None) -> MonthValues:
    """The valued months from stock_month_value (services/stock_value.py), of one kind of
    item or all, as exact integers of 10**-8: one read of a row per month and kind. Today's
    value is the net of every month (stock_month and stock_balance both sum every move)."""
    stmt = select(SMV.month, SMV.net_value, SMV.shipped_value, SMV.issued_value)
    if kind is not None:
        stmt = stmt.where(SMV.kind == kind)
    first_key, last_key = key_of(first), key_of(last)
    by_month: dict[int, list[int]] = {}
    after = current = 0
    for month, *values in session.execute(stmt):
        net, shipped, issued = (value_units(v) for v in values)
        current += net
        if month > last_key:
            after += net
        elif month >= first_key:
            row = by_month.setdefault(month, [0, 0, 0])
            row[0] += net
            row[1] += shipped
            row[2] += issued
    zero = (0, 0, 0)
    return MonthValues([tuple(by_month.get(key_of(m), zero)) for m in months(first, last)], after, current)


def _month_values_in_python(session: Session, first: Month, last: Month, kind: ItemKind | None,
                            raw: RawNumbers) -> MonthValues:
    """The same sums, summed per item in SQL and multiplied in Python (exact at any size)."""
    items = _items(session, raw)
    buckets, after = month_sums(session, first, last, raw)
    zero = raw.zero()

    def value(rows, pick) -> object:
        total = zero
        for key, q in rows.items():
            cost, item_kind = items[key]
            if kind is None or item_kind == kind:
                total += pick(q) * cost
        return total

    values = [tuple(value(b, lambda q, i=i: q[i]) for i in range(3)) for b in buckets]
    return MonthValues(values, value(after, lambda q: q), value(_balances(session, raw), lambda q: q))


def monthly_turnover(
    session: Session, actor: Actor, first: Month, last: Month, kind: ItemKind | None = None,
) -> list[TurnoverRow]:
    """One TurnoverRow per month from first to last (see the module docstring)."""
    require(actor, Permission.KPI_VIEW)
    raw = RawNumbers(session)
    ms = months(first, last)
    n = len(ms)
    priced = month_values(session, first, last, kind)
    # value at each month edge, rolled back from the current value: value(edge k) =
    # value(edge k+1) - value of month k's net moves; outflows are negative moves
    at_edge = [raw.zero()] * (n + 1)
    at_edge[n] = priced.current - priced.after
    for k in range(n - 1, -1, -1):
        at_edge[k] = at_edge[k + 1] - priced.months[k][0]
    rows = []
    for k, month in enumerate(ms):
        opening, closing = raw.money(at_edge[k]), raw.money(at_edge[k + 1])
        average = ((opening + closing) / 2).quantize(CENT, rounding=ROUND_HALF_UP)
        ship_cost, issue_cost = raw.money(-priced.months[k][1]), raw.money(-priced.months[k][2])
        outflow = ship_cost if kind is None else ship_cost + issue_cost
        rows.append(TurnoverRow(
            month=month, kind=kind, opening_value=opening, closing_value=closing,
            average_value=average, shipped_cost=ship_cost, issued_cost=issue_cost, outflow_cost=outflow,
            turnover=(outflow / average).quantize(RATIO, rounding=ROUND_HALF_UP) if average else None,
            days=(month.days * average / outflow).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if outflow else None,
        ))
    return rows
