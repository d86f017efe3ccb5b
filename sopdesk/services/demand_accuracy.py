"""Forecast accuracy (预测准确率) of the demand review, once a month is over: the frozen
sales forecasts and statistical baselines of the reviews that planned it, against what
shipped.

- lag L of month M is the forecast made in the review meeting L months before M: the cycle
  whose period is M − (L − 1) (it meets in the month before its period) and that covers M;
  only agreed or closed cycles count — their inputs can no longer change, so they are the
  frozen snapshot;
- actual demand = what shipped in M (stock_month, as the baseline's history);
- per product, per salesperson (the sales lines they entered) and overall, for lags 1–3:
  WMAPE = Σ|actual − forecast| / Σ actual, bias = Σ(forecast − actual) / Σ actual (above 0
  over-forecasts), MASE = |actual − forecast| over the product's in-sample seasonal naive
  error (planning/forecast.mase, 24 months of history before M; per product only), and
  forecast value added FVA = WMAPE(baseline) − WMAPE(sales): above 0, sales' adjustment
  beat the statistics.
A lag without a frozen cycle, or a sum of actuals of 0, is missing (None), never 0.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import (
    AppUser,
    CycleStatus,
    DemandReviewCycle,
    ForecastLine,
    ForecastSource,
    Item,
)
from sopdesk.planning.forecast import mase

from .demand_review_common import add_months, cycle_months, month_text
from .demand_review_sales import shipped_by_month
from .errors import ValidationError
from .permissions import Actor, Permission, require
from .settings import factory_today

LAGS = (1, 2, 3)
FROZEN = (CycleStatus.AGREED, CycleStatus.CLOSED)
HISTORY_MONTHS = 24
RATIO = Decimal("0.0001")


@dataclass(frozen=True)
class AccuracyRow:
    key: str  # item code, user name, or "" for overall
    name: str
    lag: int
    actual: Decimal
    sales: Decimal | None
    baseline: Decimal | None
    sales_wmape: Decimal | None
    baseline_wmape: Decimal | None
    sales_bias: Decimal | None
    baseline_bias: Decimal | None
    fva: Decimal | None
    sales_mase: float | None = None
    baseline_mase: float | None = None
    sales_error: Decimal | None = None  # Σ|actual − sales forecast|


@dataclass(frozen=True)
class AccuracyReport:
    month: dt.date
    lags: dict[int, str | None]  # lag -> the review (cycle period YYYY-MM) it comes from, None: no frozen review
    products: list[AccuracyRow] = field(default_factory=list)
    salespeople: list[AccuracyRow] = field(default_factory=list)
    overall: list[AccuracyRow] = field(default_factory=list)


def _ratio(num: Decimal, den: Decimal) -> Decimal | None:
    return (num / den).quantize(RATIO) if den > 0 else None


def _row(key, name, lag, pairs, *, insample=None) -> AccuracyRow:
    """`pairs`: [(actual, sales or None, baseline or None)]."""
    actual = sum((a for a, _s, _b in pairs), Decimal(0))
    out, sales_error = {}, None
    for which, idx in (("sales", 1), ("baseline", 2)):
        got = [(a, p[idx]) for p in pairs for a in (p[0],) if p[idx] is not None]
        if not got:
            out[which] = (None, None, None)
            continue
        act = sum((a for a, _f in got), Decimal(0))
        fc = sum((f for _a, f in got), Decimal(0))
        err = sum((abs(a - f) for a, f in got), Decimal(0))
        out[which] = (fc, _ratio(err, act), _ratio(fc - act, act))
        if which == "sales":
            sales_error = err
    fva = None
    if out["sales"][1] is not None and out["baseline"][1] is not None:
        fva = out["baseline"][1] - out["sales"][1]
    mases = {}
    if insample is not None and len(pairs) == 1:
        a, s, b = pairs[0]
        for which, f in (("sales", s), ("baseline", b)):
            value = mase([float(a)], [float(f)], insample) if f is not None else float("nan")
            mases[which] = None if np.isnan(value) else round(float(value), 3)
    return AccuracyRow(key, name, lag, actual, out["sales"][0], out["baseline"][0], out["sales"][1],
                       out["baseline"][1], out["sales"][2], out["baseline"][2], fva,
                       mases.get("sales"), mases.get("baseline"), sales_error)


def accuracy(session: Session, actor: Actor, month: dt.date, *, today: dt.date | None = None) -> AccuracyReport:
    require(actor, Permission.KPI_VIEW)
    month = month.replace(day=1)
    today = today or factory_today(session)
    if month >= today.replace(day=1):
        raise ValidationError("{month} is not over yet: its accuracy is known from the 1st of the next month",
                              field="month", month=month_text(month))
    cycles = {}
    for lag in LAGS:
        cycle = session.scalar(select(DemandReviewCycle).where(
            DemandReviewCycle.period == add_months(month, -(lag - 1)), DemandReviewCycle.status.in_(FROZEN)))
        if cycle is not None and month in cycle_months(cycle):
            cycles[lag] = cycle
    report = AccuracyReport(month, {lag: month_text(c.period) if (c := cycles.get(lag)) else None for lag in LAGS})
    if not cycles:
        return report
    lines = session.execute(
        select(ForecastLine.cycle_id, ForecastLine.item_id, ForecastLine.source, ForecastLine.qty,
               ForecastLine.submitted_by_id)
        .where(ForecastLine.cycle_id.in_([c.id for c in cycles.values()]), ForecastLine.month == month)
    ).all()
    lag_of = {c.id: lag for lag, c in cycles.items()}
    by: dict[tuple, dict] = defaultdict(dict)  # (lag, item) -> {"sales", "baseline", "by"}
    for cycle_id, item_id, source, qty, who in lines:
        slot = by[(lag_of[cycle_id], item_id)]
        if source == ForecastSource.SALES:
            slot["sales"], slot["by"] = qty, who
        else:
            slot["baseline"] = qty
    item_ids = sorted({item for _lag, item in by}, key=str)
    names = dict(session.execute(select(Item.id, Item.code)).all())
    titles = dict(session.execute(select(Item.id, Item.name)).all())
    first = add_months(month, -HISTORY_MONTHS)
    shipped = shipped_by_month(session, item_ids, first, month)
    users = {u.id: u for u in session.scalars(select(AppUser))}
    for lag in sorted(cycles):
        everyone, per_user = [], defaultdict(list)
        for item_id in sorted(item_ids, key=lambda i: names[i]):
            slot = by.get((lag, item_id))
            if slot is None:
                continue
            actual = shipped.get((item_id, month), Decimal(0))
            pair = (actual, slot.get("sales"), slot.get("baseline"))
            history = [float(shipped.get((item_id, add_months(first, k)), 0)) for k in range(HISTORY_MONTHS)]
            report.products.append(_row(names[item_id], titles[item_id], lag, [pair], insample=history))
            everyone.append(pair)
            if slot.get("by") is not None:
                per_user[slot["by"]].append(pair)
        for user_id, pairs in sorted(per_user.items(), key=lambda kv: users[kv[0]].username):
            report.salespeople.append(_row(users[user_id].username, users[user_id].display_name, lag, pairs))
        report.overall.append(_row("", "", lag, everyone))
    return report
