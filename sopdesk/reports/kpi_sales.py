"""Sales KPIs and the shared order lead time.

revenue (销售额)
    the value of the shipments dated in the month at their order line's price: SHIPMENT
    moves (ref sales_order_line), net of reversals (a reversal counts in the month it is
    dated), times SalesOrderLine.unit_price. Summed per month and price in SQL, multiplied
    in Python (exact).
on_time_delivery (订单交付及时率)
    order lines due in the month (due = the line's promised date, else the order's, else the
    line's requested date, else the order's) of orders confirmed or later (not draft, in
    review or cancelled). On time: fully shipped (shipped_qty >= qty) with its delivery date
    (the day its last open quantity shipped) on or before the due date. Late: fully shipped
    after it, or not fully shipped and the due date is before today (a line closed short
    never counts as on time). Pending: not fully shipped and not yet due; not counted.
    rate = on time / (on time + late) x 100.
on_time_delivery_requested
    the same with due = the line's requested date, else the order's (lines without one are
    not counted): how the customer saw it.
order_lead_time_days (订单交付周期)
    order lines delivered in the month (delivered_date in it, order not cancelled): days
    from the order's order_date to the line's delivered_date; the average is the figure,
    the median is in detail["median"].
"""

from __future__ import annotations

import statistics
from collections import Counter
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select

from sopdesk.models import MoveType, OrderStatus, SalesOrder, SalesOrderLine, StockMove
from sopdesk.models.types import PRICE_SCALE
from sopdesk.services.inventory_common import BY_DATE, RawNumbers, indexed_by

from .kpi_common import (
    NO_STOCK_YET,
    ONE_PLACE,
    Figure,
    edges,
    month_index,
    percent,
    rounded,
    stock_recorded_by,
)
from .periods import Month

M, L, O = StockMove, SalesOrderLine, SalesOrder  # noqa: E741
REF_SALES_LINE = "sales_order_line"
NOT_COUNTED = (OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CANCELLED)

REVENUE_FORMULA = "shipments dated in {month} x order line price = {revenue}"
ON_TIME_FORMULA = ("lines due in {month} (promised date, else requested) fully shipped by that date "
                   "{on_time} / ({on_time} + late {late}) x 100")
ON_TIME_REQUESTED_FORMULA = ("lines requested for {month} fully shipped by the requested date "
                             "{on_time} / ({on_time} + late {late}) x 100")
LEAD_TIME_FORMULA = ("days from order date to delivery of the {lines} lines delivered in {month}: "
                     "{total_days} / {lines} (median {median})")
NO_LINES_DUE = "no order lines are due in {month}"
NOT_DUE_YET = "{pending} order lines due in {month} are not due yet"
NONE_DELIVERED = "no order lines were delivered in {month}"


def revenue(ctx, months) -> list[Figure]:
    raw = RawNumbers(ctx.session)
    edge = edges(ctx)
    idx = month_index(M.moved_at, edge)
    stmt = (select(idx, raw.number(L.unit_price, PRICE_SCALE), raw.number(func.sum(M.qty)))
            .select_from(M).join(L, L.id == M.ref_id)
            .where(M.moved_at >= edge[0], M.moved_at < edge[-1], M.move_type == MoveType.SHIPMENT,
                   M.ref_type == REF_SALES_LINE)
            .group_by(idx, L.unit_price))
    totals = [0] * len(months)
    for k, price, qty in ctx.session.connection().execute(indexed_by(stmt, M, BY_DATE)):
        totals[k] -= qty * price  # shipments are negative moves
    out = []
    for k, month in enumerate(months):
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        value = raw.money(totals[k])
        out.append(Figure(value, numerator=value, params={"revenue": value}))
    return out


def _on_time(ctx, months, due) -> list[Figure]:
    full = L.shipped_qty >= L.qty
    on_time = func.sum(case((and_(full, L.delivered_date <= due), 1), else_=0))
    shipped_late = func.sum(case((and_(full, or_(L.delivered_date > due, L.delivered_date.is_(None))), 1),
                                 else_=0))
    stmt = (select(due, func.count(), on_time, shipped_late).select_from(L).join(O, O.id == L.order_id)
            .where(O.status.not_in(NOT_COUNTED), due >= months[0].first_day(), due <= months[-1].last_day())
            .group_by(due))
    counts = {m: Counter() for m in months}
    for day, n, good, late_shipped, in ctx.session.execute(stmt):
        c = counts[Month.of(day)]
        c["on_time"] += good
        c["late"] += late_shipped
        still_open = n - good - late_shipped
        c["late" if day < ctx.today else "pending"] += still_open
    out = []
    for month in months:
        c = counts[month]
        counted = c["on_time"] + c["late"]
        detail = {"on_time": c["on_time"], "late": c["late"], "pending": c["pending"]}
        params = {"on_time": c["on_time"], "late": c["late"], "pending": c["pending"]}
        if not counted:
            why = NOT_DUE_YET if c["pending"] else NO_LINES_DUE
            out.append(Figure(None, params=params, missing=why,
                              missing_params={"month": str(month), "pending": c["pending"]}, detail=detail))
            continue
        out.append(Figure(percent(c["on_time"], counted), numerator=Decimal(c["on_time"]),
                          denominator=Decimal(counted), params=params, detail=detail))
    return out


def on_time_promised(ctx, months) -> list[Figure]:
    due = func.coalesce(L.promised_date, O.promised_date, L.requested_date, O.requested_date)
    return _on_time(ctx, months, due)


def on_time_requested(ctx, months) -> list[Figure]:
    return _on_time(ctx, months, func.coalesce(L.requested_date, O.requested_date))


def lead_time(ctx, months) -> list[Figure]:
    stmt = (select(L.delivered_date, O.order_date, func.count()).select_from(L).join(O, O.id == L.order_id)
            .where(O.status != OrderStatus.CANCELLED, L.delivered_date >= months[0].first_day(),
                   L.delivered_date <= months[-1].last_day())
            .group_by(L.delivered_date, O.order_date))
    days: dict = {m: Counter() for m in months}
    for delivered, ordered, n in ctx.session.execute(stmt):
        days[Month.of(delivered)][(delivered - ordered).days] += n
    out = []
    for month in months:
        c = days[month]
        lines = sum(c.values())
        if not lines:
            out.append(Figure(None, missing=NONE_DELIVERED, missing_params={"month": str(month)}))
            continue
        total = sum(d * n for d, n in c.items())
        median = Decimal(str(statistics.median(c.elements())))
        avg = rounded(Decimal(total) / lines, ONE_PLACE)
        out.append(Figure(avg, numerator=Decimal(total), denominator=Decimal(lines),
                          params={"lines": lines, "total_days": total, "median": median},
                          detail={"median": median, "lines": lines}))
    return out

