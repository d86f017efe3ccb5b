"""The KPI registry (共同KPI, ../shared/PRACTICES.md §4): every KPI the factory reports, in one
place, with its department, unit, formula, target and the function that computes it.

Public API (stable; the dashboard and the printed sheets build on it):

    KPIS: tuple[KpiDef, ...]          the registry, in report order
    KPI_BY_ID: dict[str, KpiDef]
    kpi_month(session, actor, month, *, today=None) -> list[KpiValue]
        every KPI of one factory-local month (reports/periods.Month), in KPIS order
    kpi_history(session, actor, month, previous=5, *, today=None) -> list[KpiMonth]
        the months month-previous .. month, oldest first, each with every KPI
    kpi_series(session, actor, first, last, *, today=None) -> list[KpiMonth]
        any range of months (each fact is read once for the whole range)

A KpiValue's `value` is None when the data is missing (the month has not begun, nothing
counted, no stock recorded yet): `missing` says why, as an English template with
`missing_params` (reports/kpi_text.py renders it in zh or en). A figure is never 0 for want of
data. `formula` is a template too, filled with `params` (the numbers the figure is made of).

Months are factory-local (settings factory.timezone). "today" (factory date) decides what is
already late and what is still pending; the current month is month-to-date (`partial`).
Reading every KPI needs kpi.view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sopdesk.services import settings
from sopdesk.services.permissions import Actor, Permission, require

from .kpi_common import Figure
from .periods import Month, months

DEPARTMENTS = ("sales", "production", "supply", "shared")
# units: money in the factory's currency (CNY), a percentage, turns per month, days
UNITS = ("CNY", "%", "turns", "days")


@dataclass(frozen=True)
class KpiDef:
    id: str
    department: str  # one of DEPARTMENTS
    unit: str  # one of UNITS
    formula: str  # English template over the figure's params
    better: str  # "higher" or "lower": which side of the target is good
    # (context, months) -> one Figure per month; the context reads each fact once
    compute: Callable[[KpiContext, list[Month]], list[Figure]]

    @property
    def target_key(self) -> str:
        return f"kpi.target.{self.id}"


@dataclass(frozen=True)
class KpiValue:
    id: str
    department: str
    month: Month
    value: Decimal | None
    unit: str
    numerator: Decimal | None
    denominator: Decimal | None
    target: Decimal | None  # None: no target set
    formula: str  # English template
    params: dict[str, Any]
    better: str
    partial: bool  # the current month: month to date
    missing: str | None = None
    missing_params: dict[str, Any] = field(default_factory=dict)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def on_target(self) -> bool | None:
        """True/False against the target; None when there is no value or no target."""
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.better == "higher" else self.value <= self.target


@dataclass(frozen=True)
class KpiMonth:
    month: Month
    values: list[KpiValue]

    def get(self, kpi_id: str) -> KpiValue:
        return next(v for v in self.values if v.id == kpi_id)


class KpiContext:
    """The session, the factory's time zone and today, and a cache of the facts several KPIs
    share (turnover rows, the month edges), read once per kpi_series call."""

    def __init__(self, session: Session, actor: Actor, first: Month, last: Month, today: dt.date):
        self.session, self.actor, self.first, self.last, self.today = session, actor, first, last, today
        self.tz = settings.factory_tz(session)
        self.months = months(first, last)
        self._cache: dict[str, Any] = {}

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def today_month(self) -> Month:
        return Month.of(self.today)

    def not_begun(self, month: Month) -> bool:
        return month > self.today_month


NOT_BEGUN = "{month} has not begun"


def _target(session: Session, kpi: KpiDef) -> Decimal | None:
    raw = settings.get(session, kpi.target_key)
    return None if raw is None else Decimal(str(raw))


def kpi_series(session: Session, actor: Actor, first: Month, last: Month, *,
               today: dt.date | None = None) -> list[KpiMonth]:
    """Every KPI for each month first..last (oldest first)."""
    require(actor, Permission.KPI_VIEW)
    today = today or settings.factory_today(session)
    ctx = KpiContext(session, actor, first, last, today)
    columns = []
    for kpi in KPIS:
        figures = kpi.compute(ctx, ctx.months)
        target = _target(session, kpi)
        column = []
        for month, fig in zip(ctx.months, figures, strict=True):
            if ctx.not_begun(month):
                fig = Figure(None, params=fig.params, missing=NOT_BEGUN, missing_params={"month": str(month)})
            column.append(KpiValue(
                id=kpi.id, department=kpi.department, month=month, value=fig.value, unit=kpi.unit,
                numerator=fig.numerator, denominator=fig.denominator, target=target, formula=kpi.formula,
                params={"month": str(month), **fig.params}, better=kpi.better,
                partial=month == ctx.today_month, missing=fig.missing if fig.value is None else None,
                missing_params=fig.missing_params if fig.value is None else {}, detail=fig.detail))
        columns.append(column)
    return [KpiMonth(m, [col[k] for col in columns]) for k, m in enumerate(ctx.months)]


def kpi_month(session: Session, actor: Actor, month: Month, *, today: dt.date | None = None) -> list[KpiValue]:
    """Every KPI of one month, in KPIS order."""
    return kpi_series(session, actor, month, month, today=today)[0].values


def kpi_history(session: Session, actor: Actor, month: Month, previous: int = 5, *,
                today: dt.date | None = None) -> list[KpiMonth]:
    """`month` and the `previous` months before it, oldest first (for trends and the sheets)."""
    first = month
    for _ in range(previous):
        first = first.prev()
    return kpi_series(session, actor, first, month, today=today)


def _registry() -> tuple[KpiDef, ...]:
    from . import kpi_forecast, kpi_inventory, kpi_production, kpi_sales, kpi_supply

    return (
        KpiDef("revenue", "sales", "CNY", kpi_sales.REVENUE_FORMULA, "higher", kpi_sales.revenue),
        KpiDef("on_time_delivery", "sales", "%", kpi_sales.ON_TIME_FORMULA, "higher", kpi_sales.on_time_promised),
        KpiDef("on_time_delivery_requested", "sales", "%", kpi_sales.ON_TIME_REQUESTED_FORMULA, "higher",
               kpi_sales.on_time_requested),
        KpiDef("output_value", "production", "CNY", kpi_production.OUTPUT_FORMULA, "higher",
               kpi_production.output_value),
        KpiDef("inventory_turnover", "production", "turns", kpi_inventory.TURNOVER_FORMULA, "higher",
               kpi_inventory.turnover),
        KpiDef("days_of_inventory", "production", "days", kpi_inventory.DAYS_FORMULA, "lower",
               kpi_inventory.days_of_inventory),
        KpiDef("purchase_cost", "supply", "CNY", kpi_supply.PURCHASE_FORMULA, "lower", kpi_supply.purchase_cost),
        KpiDef("on_time_arrival", "supply", "%", kpi_supply.ARRIVAL_FORMULA, "higher", kpi_supply.on_time_arrival),
        KpiDef("order_lead_time_days", "shared", "days", kpi_sales.LEAD_TIME_FORMULA, "lower", kpi_sales.lead_time),
        KpiDef("inventory_value", "shared", "CNY", kpi_inventory.VALUE_FORMULA, "lower", kpi_inventory.month_end_value),
        KpiDef("forecast_accuracy", "shared", "%", kpi_forecast.FORECAST_FORMULA, "higher",
               kpi_forecast.forecast_accuracy),
    )


KPIS: tuple[KpiDef, ...] = _registry()
KPI_BY_ID: dict[str, KpiDef] = {k.id: k for k in KPIS}
KPI_IDS: tuple[str, ...] = tuple(KPI_BY_ID)
# Forecast accuracy (预测准确率), the third shared KPI of PRACTICES §4, compares the demand
# review's frozen lag-1 forecast with what shipped (reports/kpi_forecast.py).
