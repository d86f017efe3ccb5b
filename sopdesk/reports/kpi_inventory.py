"""Inventory KPIs from the monthly turnover rows (reports/inventory_kpi.py: values at
standard cost, month edges in the factory time zone).

inventory_turnover (库存周转率)
    (cost of goods shipped + materials issued in the month) / ((opening + closing value) / 2);
    turns in the month (not a year). None when the average is 0.
days_of_inventory (库存周转天数)
    days x average value / (shipped + issued cost); days = the days of the month, or those
    up to today in the current month. None when nothing went out.
inventory_value (月末库存金额)
    the value at the month's end (today's value in the current month).

A month ending before the first stock move has no figures (nothing was recorded yet).
"""

from __future__ import annotations

from decimal import Decimal

from .inventory_kpi import monthly_turnover
from .kpi_common import NO_STOCK_YET, ONE_PLACE, RATIO, Figure, rounded, stock_recorded_by

TURNOVER_FORMULA = ("(shipped {shipped} + issued {issued}) / average inventory {average} "
                    "((opening {opening} + closing {closing}) / 2)")
DAYS_FORMULA = "{days} days x average inventory {average} / (shipped {shipped} + issued {issued})"
VALUE_FORMULA = "on hand at the end of {month} x standard cost = {closing}"
NO_INVENTORY = "there was no inventory in {month}"
NOTHING_OUT = "nothing was shipped or issued in {month}"


def _rows(ctx):
    return ctx.cached("turnover", lambda: monthly_turnover(ctx.session, ctx.actor, ctx.first, ctx.last))


def _params(row, days: int) -> dict:
    return {"shipped": row.shipped_cost, "issued": row.issued_cost, "average": row.average_value,
            "opening": row.opening_value, "closing": row.closing_value, "days": days}


def _days(ctx, month) -> int:
    if month == ctx.today_month:
        return ctx.today.day
    return month.days


def turnover(ctx, months) -> list[Figure]:
    out = []
    for k, (month, row) in enumerate(zip(months, _rows(ctx), strict=True)):
        params = _params(row, _days(ctx, month))
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, params=params, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        outflow = row.shipped_cost + row.issued_cost
        if not row.average_value:
            out.append(Figure(None, numerator=outflow, denominator=row.average_value, params=params,
                              missing=NO_INVENTORY, missing_params={"month": str(month)}))
            continue
        out.append(Figure(rounded(outflow / row.average_value, RATIO), numerator=outflow,
                          denominator=row.average_value, params=params))
    return out


def days_of_inventory(ctx, months) -> list[Figure]:
    out = []
    for k, (month, row) in enumerate(zip(months, _rows(ctx), strict=True)):
        days = _days(ctx, month)
        params = _params(row, days)
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, params=params, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        outflow = row.shipped_cost + row.issued_cost
        if not outflow:
            out.append(Figure(None, numerator=Decimal(days) * row.average_value, denominator=outflow, params=params,
                              missing=NOTHING_OUT, missing_params={"month": str(month)}))
            continue
        out.append(Figure(rounded(days * row.average_value / outflow, ONE_PLACE),
                          numerator=Decimal(days) * row.average_value, denominator=outflow, params=params))
    return out


def month_end_value(ctx, months) -> list[Figure]:
    out = []
    for k, (month, row) in enumerate(zip(months, _rows(ctx), strict=True)):
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        out.append(Figure(row.closing_value, numerator=row.closing_value,
                          params={"closing": row.closing_value, "opening": row.opening_value}))
    return out
