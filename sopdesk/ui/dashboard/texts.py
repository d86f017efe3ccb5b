"""The KPIs in the screen's language: names, units, the formula and missing-data templates of
reports/kpi*.py (their English text is the source; context "KpiText"), and numbers as the
dashboard writes them. tests/ui/test_dashboard.py checks every template of the registry is
listed here, so a new one cannot show untranslated."""

from __future__ import annotations

import string
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopdesk.reports.kpi import KpiValue

CTX = "KpiText"

NAMES = {
    "revenue": QT_TRANSLATE_NOOP("KpiText", "Revenue"),
    "on_time_delivery": QT_TRANSLATE_NOOP("KpiText", "On-time delivery"),
    "on_time_delivery_requested": QT_TRANSLATE_NOOP("KpiText", "On-time delivery (requested date)"),
    "output_value": QT_TRANSLATE_NOOP("KpiText", "Output value"),
    "inventory_turnover": QT_TRANSLATE_NOOP("KpiText", "Inventory turnover"),
    "days_of_inventory": QT_TRANSLATE_NOOP("KpiText", "Days of inventory"),
    "purchase_cost": QT_TRANSLATE_NOOP("KpiText", "Purchase cost"),
    "on_time_arrival": QT_TRANSLATE_NOOP("KpiText", "On-time material arrival"),
    "order_lead_time_days": QT_TRANSLATE_NOOP("KpiText", "Order lead time"),
    "inventory_value": QT_TRANSLATE_NOOP("KpiText", "Inventory value at month end"),
    "forecast_accuracy": QT_TRANSLATE_NOOP("KpiText", "Forecast accuracy"),
}
DEPARTMENTS = {
    "sales": QT_TRANSLATE_NOOP("KpiText", "Sales"),
    "production": QT_TRANSLATE_NOOP("KpiText", "Production"),
    "supply": QT_TRANSLATE_NOOP("KpiText", "Supply chain"),
    "shared": QT_TRANSLATE_NOOP("KpiText", "Shared"),
}
UNITS = {"CNY": QT_TRANSLATE_NOOP("KpiText", "CNY"), "%": "%", "turns": QT_TRANSLATE_NOOP("KpiText", "turns"),
         "days": QT_TRANSLATE_NOOP("KpiText", "days")}
TEMPLATES = (
    QT_TRANSLATE_NOOP("KpiText", "shipments dated in {month} x order line price = {revenue}"),
    QT_TRANSLATE_NOOP("KpiText", "lines due in {month} (promised date, else requested) fully shipped by that date "
                                 "{on_time} / ({on_time} + late {late}) x 100"),
    QT_TRANSLATE_NOOP("KpiText", "lines requested for {month} fully shipped by the requested date "
                                 "{on_time} / ({on_time} + late {late}) x 100"),
    QT_TRANSLATE_NOOP("KpiText", "days from order date to delivery of the {lines} lines delivered in {month}: "
                                 "{total_days} / {lines} (median {median})"),
    QT_TRANSLATE_NOOP("KpiText", "good quantity reported in {month} x standard cost = {output}, {products} products"),
    QT_TRANSLATE_NOOP("KpiText", "(shipped {shipped} + issued {issued}) / average inventory {average} "
                                 "((opening {opening} + closing {closing}) / 2)"),
    QT_TRANSLATE_NOOP("KpiText", "{days} days x average inventory {average} / (shipped {shipped} + issued {issued})"),
    QT_TRANSLATE_NOOP("KpiText", "on hand at the end of {month} x standard cost = {closing}"),
    QT_TRANSLATE_NOOP("KpiText", "received in {month} x purchase order price = {purchase}"),
    QT_TRANSLATE_NOOP("KpiText", "PO lines due in {month} fully received by the expected date "
                                 "{on_time} / ({on_time} + late {late}) x 100"),
    # why a figure is missing
    QT_TRANSLATE_NOOP("KpiText", "no stock movement is recorded up to the end of {month}"),
    QT_TRANSLATE_NOOP("KpiText", "there was no inventory in {month}"),
    QT_TRANSLATE_NOOP("KpiText", "nothing was shipped or issued in {month}"),
    QT_TRANSLATE_NOOP("KpiText", "no order lines are due in {month}"),
    QT_TRANSLATE_NOOP("KpiText", "{pending} order lines due in {month} are not due yet"),
    QT_TRANSLATE_NOOP("KpiText", "no order lines were delivered in {month}"),
    QT_TRANSLATE_NOOP("KpiText", "no purchase order lines are due in {month}"),
    QT_TRANSLATE_NOOP("KpiText", "{pending} purchase order lines due in {month} are not due yet"),
    QT_TRANSLATE_NOOP("KpiText", "{month} has not begun"),
    QT_TRANSLATE_NOOP("KpiText", "1 − Σ|shipped − lag-1 sales forecast| / Σ shipped = 1 − {error} / {shipped}, "
                                 "{products} products ({review} review)"),
    QT_TRANSLATE_NOOP("KpiText", "{month} is not over yet"),
    QT_TRANSLATE_NOOP("KpiText", "no agreed demand review planned {month}"),
    QT_TRANSLATE_NOOP("KpiText", "none of the forecast products shipped in {month}"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def number(value: Any, places: int | None = None) -> str:
    """A Decimal or int with thousands separators; `places` fixes the decimals."""
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        value = Decimal(str(value))
        if places is not None:
            value = value.quantize(Decimal(1).scaleb(-places))
        return f"{value:,}"
    return str(value)


def quantity(value: Any) -> str:
    """A quantity without trailing zeros and without an exponent: 25, 2.5, 1,200."""
    if isinstance(value, Decimal):
        value = value.normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        return f"{value:,f}"
    return number(value)


def fill(template: str, params: dict[str, Any]) -> str:
    """The template translated, filled with its params (unknown fields left as written)."""
    text = _t(template)
    values = {k: number(v) for k, v in params.items()}
    names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    return text.format(**{n: values.get(n, "{" + n + "}") for n in names})


def name(kpi_id: str) -> str:
    return _t(NAMES.get(kpi_id, kpi_id))


def department(dept: str) -> str:
    return _t(DEPARTMENTS.get(dept, dept))


def unit(u: str) -> str:
    return _t(UNITS.get(u, u))


def value_text(v: KpiValue) -> str:
    """The figure with its unit; "—" when missing."""
    if v.value is None:
        return "—"
    if v.unit == "%":
        return f"{number(v.value, 1)} %"
    if v.unit == "CNY":
        return f"{number(v.value, 0)} {unit('CNY')}"
    places = 2 if v.unit == "turns" else 1
    return f"{number(v.value, places)} {unit(v.unit)}"


def target_text(v: KpiValue) -> str:
    if v.target is None:
        return ""
    if v.unit == "%":
        return f"{number(v.target)} %"
    return f"{number(v.target)} {unit(v.unit)}"


def formula_text(v: KpiValue) -> str:
    return fill(v.formula, v.params)


def missing_text(v: KpiValue) -> str:
    return fill(v.missing, v.missing_params) if v.missing else ""


def explain(v: KpiValue) -> str:
    """How the figure is counted, or why it is missing."""
    return missing_text(v) if v.value is None else formula_text(v)
