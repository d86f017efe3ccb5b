"""What the 看板 Dashboard tab draws that no other service gives: the order delivery
panorama (订单交付全景), the lists behind each chart point, the improvement tracker's
baseline month and the days-of-supply spread of inventory health (库存健康度).

The KPI figures themselves come from reports/kpi.py (kpi_series), the inventory health
from services/inventory_health.py and the order lines and their delivery risk from
services/order_queries.py; this module only groups and lists what those define, with the
same rules, so a list behind a point always adds up to the point:

- order_panorama     open order lines (orders not shipped, closed or cancelled, the line not
                     fully shipped) counted by delivery risk (order_queries.risk_expr:
                     late, at risk, no date, on time) and order status. Late first.
- lines_due          the order lines due in a month and whether each was on time, late or is
                     pending, by the rule of the on-time delivery KPI (reports/kpi_sales.py).
- lines_delivered    the lines delivered in a month with their lead time in days (the order
                     lead time KPI).
- month_end_stock    each item's stock value at the end of a month (on hand now less the
                     moves after that month, stock_month, at today's standard cost: the
                     inventory value KPI's rule).
- supply_buckets     items by days of supply (inventory_health's definition).
- baseline_month / set_baseline_month   the setting kpi.baseline_month.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    Customer,
    Item,
    OrderStatus,
    SalesOrder,
    SalesOrderLine,
    Setting,
    StockBalance,
    StockMonth,
)
from sopdesk.reports.kpi import KPI_BY_ID, NOT_BEGUN, KpiContext, KpiValue
from sopdesk.reports.kpi_common import Figure
from sopdesk.reports.periods import Month

from . import inventory_health, order_queries, settings
from .errors import ValidationError
from .inventory_common import as_qty, money, sum_qty
from .order_queries import DeliveryRisk
from .permissions import Actor, Permission, require

L, O, C, I = SalesOrderLine, SalesOrder, Customer, Item  # noqa: E741

BASELINE_KEY = "kpi.baseline_month"
# an order is open until it is shipped, closed or cancelled
OPEN_STATUSES = (OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION,
                 OrderStatus.PARTIALLY_SHIPPED)
# the risks an open line can have, urgent first (order_queries.DeliveryRisk's order)
OPEN_RISKS = (DeliveryRisk.LATE, DeliveryRisk.AT_RISK, DeliveryRisk.NO_DATE, DeliveryRisk.ON_TIME)
# the on-time delivery KPI counts orders confirmed or later (reports/kpi_sales.NOT_COUNTED)
NOT_COUNTED = (OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CANCELLED)
MAX_LIST = 1000  # the most rows a list behind a point returns (the counts are always whole)
INVENTORY_REDUCTION_PCT = Decimal(20)  # the seed's goal: inventory -20 % against the baseline
SUPPLY_BUCKETS = ("none", "0-7", "7-30", "30-90", "90+")  # "none": nothing consumed in the window


# -- order delivery panorama ---------------------------------------------------------------


@dataclass(frozen=True)
class Panorama:
    today: dt.date
    at_risk_days: int
    # lines[risk][status] = open lines; orders[risk] = distinct orders with such a line
    lines: dict[DeliveryRisk, dict[OrderStatus, int]]
    orders: dict[DeliveryRisk, int]

    def total(self, risk: DeliveryRisk) -> int:
        return sum(self.lines[risk].values())


def order_panorama(session: Session, actor: Actor, *, today: dt.date | None = None,
                   now: dt.datetime | None = None) -> Panorama:
    require(actor, Permission.ORDER_VIEW)
    today, now = order_queries._clock(session, today, now)
    parts = order_queries.risk_expr(today, now, correlated=order_queries._is_sqlite(session))
    risk = parts.expr
    from_ = O.__table__.join(L.__table__, O.id == L.order_id)
    if parts.summary is not None:
        from_ = from_.outerjoin(parts.summary, parts.summary.c.order_id == O.id)
    stmt = (select(risk, O.status, func.count(), func.count(func.distinct(O.id))).select_from(from_)
            .where(O.status.in_(OPEN_STATUSES), L.shipped_qty + L.short_closed_qty < L.qty)
            .group_by(risk, O.status))
    lines = {r: {s: 0 for s in OPEN_STATUSES} for r in OPEN_RISKS}
    orders: Counter = Counter()
    for r, status, n, n_orders in session.execute(stmt):
        r = DeliveryRisk(r)
        if r not in lines:  # delivered / cancelled cannot be open; kept out by the WHERE
            continue
        lines[r][OrderStatus(status)] += n
        orders[r] += n_orders  # an order in one status only: distinct per (risk, status) adds up
    return Panorama(today, order_queries.AT_RISK_DAYS, lines, {r: orders[r] for r in OPEN_RISKS})


def panorama_lines(session: Session, actor: Actor, risk: DeliveryRisk, status: OrderStatus | None = None, *,
                   today: dt.date | None = None, now: dt.datetime | None = None,
                   ) -> tuple[list[order_queries.OrderLineRow], int]:
    """The open lines behind one bar (a risk, optionally one status): promised date first."""
    statuses = frozenset({status}) if status is not None else frozenset(OPEN_STATUSES)
    flt = order_queries.OrderLineFilter(statuses=statuses, risks=frozenset({risk}))
    sort = order_queries.OrderLineSort("promised_date", descending=False)
    rows = order_queries.fetch_lines(session, actor, flt, sort, limit=MAX_LIST, today=today, now=now)
    return rows, order_queries.count_lines(session, actor, flt, today=today, now=now)


# -- the lines behind a KPI month ---------------------------------------------------------


@dataclass(frozen=True)
class DueLine:
    number: str  # "SO-2026-00042/1"
    customer: str
    item_code: str
    item_name: str
    qty: Decimal
    shipped_qty: Decimal
    due: dt.date
    delivered: dt.date | None
    outcome: str  # on_time / late / pending


OUTCOME_RANK = {"late": 0, "pending": 1, "on_time": 2}


def lines_due(session: Session, actor: Actor, month: Month, *, requested: bool = False,
              today: dt.date | None = None) -> tuple[list[DueLine], Counter]:
    """The order lines due in `month` (the on-time delivery KPI's due date: promised, else
    requested; or the requested date only) with their outcome; late first, then by due date.
    The counter holds every line's outcome (the list stops at MAX_LIST)."""
    require(actor, Permission.KPI_VIEW)
    today = today or settings.factory_today(session)
    due = (func.coalesce(L.requested_date, O.requested_date) if requested
           else func.coalesce(L.promised_date, O.promised_date, L.requested_date, O.requested_date))
    full = L.shipped_qty >= L.qty
    outcome = case((and_(full, L.delivered_date <= due), "on_time"),
                   (full, "late"), (due < today, "late"), else_="pending")
    where = (O.status.not_in(NOT_COUNTED), due >= month.first_day(), due <= month.last_day())
    counts = Counter({k: 0 for k in OUTCOME_RANK})
    for key, n in session.execute(select(outcome, func.count()).select_from(L).join(O, O.id == L.order_id)
                                  .where(*where).group_by(outcome)):
        counts[key] += n
    rank = case({k: v for k, v in OUTCOME_RANK.items()}, value=outcome)
    stmt = (select(O.number, L.line_no, C.name, I.code, I.name, L.qty, L.shipped_qty, due, L.delivered_date, outcome)
            .select_from(L).join(O, O.id == L.order_id).join(C, C.id == O.customer_id).join(I, I.id == L.item_id)
            .where(*where).order_by(rank, due, O.number, L.line_no).limit(MAX_LIST))
    rows = [DueLine(f"{r[0]}/{r[1]}", r[2], r[3], r[4], r[5], r[6], _date(r[7]), _date(r[8]), r[9])
            for r in session.execute(stmt)]
    return rows, counts


@dataclass(frozen=True)
class DeliveredLine:
    number: str
    customer: str
    item_code: str
    item_name: str
    order_date: dt.date
    delivered: dt.date
    days: int


def lines_delivered(session: Session, actor: Actor, month: Month) -> tuple[list[DeliveredLine], int]:
    """The lines delivered in `month` (order lead time KPI), the longest lead time first."""
    require(actor, Permission.KPI_VIEW)
    where = (O.status != OrderStatus.CANCELLED, L.delivered_date >= month.first_day(),
             L.delivered_date <= month.last_day())
    total = session.scalar(select(func.count()).select_from(L).join(O, O.id == L.order_id).where(*where)) or 0
    stmt = (select(O.number, L.line_no, C.name, I.code, I.name, O.order_date, L.delivered_date)
            .select_from(L).join(O, O.id == L.order_id).join(C, C.id == O.customer_id).join(I, I.id == L.item_id)
            .where(*where))
    rows = [DeliveredLine(f"{r[0]}/{r[1]}", r[2], r[3], r[4], _date(r[5]), _date(r[6]),
                          (_date(r[6]) - _date(r[5])).days) for r in session.execute(stmt)]
    rows.sort(key=lambda r: (-r.days, r.number))
    return rows[:MAX_LIST], total


# -- inventory -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StockValueRow:
    code: str
    name: str
    unit: str
    qty: Decimal
    standard_cost: Decimal
    value: Decimal


def month_end_stock(session: Session, actor: Actor, month: Month, *,
                    today: dt.date | None = None) -> tuple[list[StockValueRow], Decimal]:
    """Each item's stock at the end of `month` (today's in the current month) at today's
    standard cost, the highest value first, and the total (the inventory value KPI)."""
    require(actor, Permission.KPI_VIEW)
    today = today or settings.factory_today(session)
    key = month.year * 100 + month.month
    on_hand = dict(session.execute(select(StockBalance.item_id, sum_qty(StockBalance.qty))
                                   .group_by(StockBalance.item_id)).all())
    if month < Month.of(today):
        for item_id, later in session.execute(select(StockMonth.item_id, sum_qty(StockMonth.net))
                                              .where(StockMonth.month > key).group_by(StockMonth.item_id)):
            on_hand[item_id] = as_qty(on_hand.get(item_id, 0)) - as_qty(later)
    items = {r[0]: r[1:] for r in session.execute(select(I.id, I.code, I.name, I.unit, I.standard_cost)
                                                  .where(I.id.in_(list(on_hand))))} if on_hand else {}
    rows = []
    for item_id, qty in on_hand.items():
        qty = as_qty(qty)
        if qty == 0 or item_id not in items:
            continue
        code, name, unit, cost = items[item_id]
        rows.append(StockValueRow(code, name, unit, qty, cost, money(qty, cost)))
    rows.sort(key=lambda r: (-r.value, r.code))
    return rows, sum((r.value for r in rows), Decimal("0.00"))


def supply_bucket(days: Decimal | None) -> str:
    if days is None:
        return "none"
    if days < 7:
        return "0-7"
    if days < 30:
        return "7-30"
    if days < 90:
        return "30-90"
    return "90+"


@dataclass(frozen=True)
class InventoryHealth:
    summary: inventory_health.HealthSummary
    # items with stock by days of supply (SUPPLY_BUCKETS): count and value
    bucket_items: dict[str, int]
    bucket_value: dict[str, Decimal]


def health_rows(session: Session, actor: Actor, *, now: dt.datetime | None = None,
                params: inventory_health.HealthParams | None = None,
                ) -> list[inventory_health.HealthRow]:
    """Every active item's health row (inventory_health's query and row, read once: the
    dashboard needs them all for the summary and the days-of-supply spread)."""
    require(actor, Permission.STOCK_VIEW)
    now = now or dt.datetime.now(dt.UTC)
    params = params or inventory_health.HealthParams()
    base, c = inventory_health._query(session, inventory_health.HealthFilter(), params, now)
    stmt = base.with_only_columns(*inventory_health._columns(c))
    return [inventory_health._row(r, params, now) for r in session.execute(stmt)]


def summarise(rows: list[inventory_health.HealthRow]) -> inventory_health.HealthSummary:
    """inventory_health.health_summary's figures from rows already read."""
    zero = Decimal("0.00")
    abc_items = {k: 0 for k in "ABC"}
    abc_value = {k: zero for k in "ABC"}
    for r in rows:
        abc_items[r.abc] += 1
        abc_value[r.abc] += r.value
    return inventory_health.HealthSummary(
        items=len(rows), value=sum((r.value for r in rows), zero),
        below_safety=sum(r.below_safety for r in rows), slow_moving=sum(r.slow_moving for r in rows),
        slow_value=sum((r.value for r in rows if r.slow_moving), zero),
        excess=sum(r.excess_qty > 0 for r in rows), excess_value=sum((r.excess_value for r in rows), zero),
        abc_items=abc_items, abc_value=abc_value)


def inventory_overview(session: Session, actor: Actor, *, now: dt.datetime | None = None) -> InventoryHealth:
    """inventory_health's summary and the items holding stock by days of supply."""
    rows = health_rows(session, actor, now=now)
    items = {b: 0 for b in SUPPLY_BUCKETS}
    value = {b: Decimal("0.00") for b in SUPPLY_BUCKETS}
    for r in rows:
        if r.on_hand <= 0:
            continue
        b = supply_bucket(r.days_of_supply)
        items[b] += 1
        value[b] += r.value
    return InventoryHealth(summarise(rows), items, value)


HEALTH_KINDS = ("class", "slow", "excess", "below_safety", "supply")


def health_list(session: Session, actor: Actor, kind: str, key: str = "", *,
                now: dt.datetime | None = None) -> list[inventory_health.HealthRow]:
    """The items behind an inventory health bar: an ABC class (key "A"), slow-moving, excess,
    below safety, or a days-of-supply range (key one of SUPPLY_BUCKETS); highest value first
    (below safety: the largest shortfall first)."""
    if kind not in HEALTH_KINDS or (kind == "class" and key not in ("A", "B", "C")) or (
            kind == "supply" and key not in SUPPLY_BUCKETS):
        raise ValidationError("unknown inventory health list {kind} {key}", field="kind", kind=kind, key=key)
    keep = {
        "class": lambda r: r.abc == key,
        "slow": lambda r: r.slow_moving,
        "excess": lambda r: r.excess_qty > 0,
        "below_safety": lambda r: r.below_safety,
        "supply": lambda r: r.on_hand > 0 and supply_bucket(r.days_of_supply) == key,
    }[kind]
    rows = [r for r in health_rows(session, actor, now=now) if keep(r)]
    if kind == "below_safety":
        rows.sort(key=lambda r: (-r.shortfall * r.standard_cost, r.code))
    elif kind == "excess":
        rows.sort(key=lambda r: (-r.excess_value, r.code))
    else:
        rows.sort(key=lambda r: (-r.value, r.code))
    return rows


# -- the improvement tracker's baseline month ------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    month: Month | None  # None: not chosen yet
    version: int | None  # of the setting row (None: never stored)


def baseline_month(session: Session) -> Baseline:
    row = session.get(Setting, BASELINE_KEY)
    value = settings.get(session, BASELINE_KEY)
    return Baseline(Month.parse(value) if value else None, row.version if row is not None else None)


def set_baseline_month(session: Session, actor: Actor, month: Month | None, version: int | None) -> Baseline:
    """Store the baseline month (None clears it); `version` is the one baseline_month gave
    (a change saved by another PC since is a conflict, settings.save_settings)."""
    settings.save_settings(session, actor, {BASELINE_KEY: str(month) if month else None}, {BASELINE_KEY: version})
    return baseline_month(session)


def inventory_goal(baseline_value: Decimal | None, reduction_pct: Decimal) -> Decimal | None:
    """The inventory value the factory aims at: the baseline less reduction_pct %."""
    if baseline_value is None:
        return None
    return (baseline_value * (Decimal(100) - reduction_pct) / Decimal(100)).quantize(Decimal("0.01"))


# -- KPIs ------------------------------------------------------------------------------


def kpi_values(session: Session, actor: Actor, first: Month, last: Month, ids: tuple[str, ...], *,
               today: dt.date | None = None) -> dict[str, list[KpiValue]]:
    """reports/kpi.kpi_series for the KPIs `ids` only (a role's view needs a few of the ten):
    the same figures, target and missing reasons, month by month, oldest first."""
    require(actor, Permission.KPI_VIEW)
    today = today or settings.factory_today(session)
    ctx = KpiContext(session, actor, first, last, today)
    out: dict[str, list[KpiValue]] = {}
    for kpi_id in ids:
        kpi = KPI_BY_ID[kpi_id]
        raw = settings.get(session, kpi.target_key)
        target = None if raw is None else Decimal(str(raw))
        column = []
        for month, fig in zip(ctx.months, kpi.compute(ctx, ctx.months), strict=True):
            if ctx.not_begun(month):
                fig = Figure(None, params=fig.params, missing=NOT_BEGUN, missing_params={"month": str(month)})
            column.append(KpiValue(
                id=kpi.id, department=kpi.department, month=month, value=fig.value, unit=kpi.unit,
                numerator=fig.numerator, denominator=fig.denominator, target=target, formula=kpi.formula,
                params={"month": str(month), **fig.params}, better=kpi.better,
                partial=month == ctx.today_month, missing=fig.missing if fig.value is None else None,
                missing_params=fig.missing_params if fig.value is None else {}, detail=fig.detail))
        out[kpi_id] = column
    return out


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])

