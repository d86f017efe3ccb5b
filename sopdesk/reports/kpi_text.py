"""The KPIs in words, in Chinese and English: names, departments, units, the formula and
missing-data templates of reports/kpi*.py, and the numbers as a sheet prints them. No Qt: a
KPI sheet is printed in the language asked for, whatever the screen's (like the delivery
note), so both languages are here. The English templates are the keys.
"""

from __future__ import annotations

import string
from decimal import Decimal
from typing import Any

from .kpi import KpiValue
from .kpi_common import NO_STOCK_YET, Figure  # noqa: F401 - Figure for callers' typing
from .kpi_forecast import FORECAST_FORMULA, NO_REVIEW, NOT_OVER, NOTHING_SHIPPED
from .kpi_inventory import DAYS_FORMULA, NO_INVENTORY, NOTHING_OUT, TURNOVER_FORMULA, VALUE_FORMULA
from .kpi_production import OUTPUT_FORMULA
from .kpi_sales import (
    LEAD_TIME_FORMULA,
    NO_LINES_DUE,
    NONE_DELIVERED,
    NOT_DUE_YET,
    ON_TIME_FORMULA,
    ON_TIME_REQUESTED_FORMULA,
    REVENUE_FORMULA,
)
from .kpi_supply import ARRIVAL_FORMULA, NO_PO_LINES_DUE, PO_NOT_DUE_YET, PURCHASE_FORMULA

LANGS = ("zh", "en")

NAMES: dict[str, dict[str, str]] = {
    "en": {
        "revenue": "Revenue", "on_time_delivery": "On-time delivery",
        "on_time_delivery_requested": "On-time delivery (requested date)", "output_value": "Output value",
        "inventory_turnover": "Inventory turnover", "days_of_inventory": "Days of inventory",
        "purchase_cost": "Purchase cost", "on_time_arrival": "On-time material arrival",
        "order_lead_time_days": "Order lead time", "inventory_value": "Inventory value at month end",
        "forecast_accuracy": "Forecast accuracy",
    },
    "zh": {
        "revenue": "销售额", "on_time_delivery": "订单交付及时率",
        "on_time_delivery_requested": "订单交付及时率（按客户要求日期）", "output_value": "产值",
        "inventory_turnover": "库存周转率", "days_of_inventory": "库存周转天数",
        "purchase_cost": "采购成本", "on_time_arrival": "原材料及时到货率",
        "order_lead_time_days": "订单交付周期", "inventory_value": "月末库存金额",
        "forecast_accuracy": "预测准确率",
    },
}

DEPARTMENT_NAMES = {
    "en": {"sales": "Sales", "production": "Production", "supply": "Supply chain", "shared": "Shared",
           "manager": "Management"},
    "zh": {"sales": "销售部", "production": "生产部", "supply": "供应链部", "shared": "共同KPI",
           "manager": "总经理"},
}

UNIT_NAMES = {"en": {"CNY": "CNY", "%": "%", "turns": "turns", "days": "days"},
              "zh": {"CNY": "元", "%": "%", "turns": "次", "days": "天"}}

ZH_TEMPLATES: dict[str, str] = {
    REVENUE_FORMULA: "{month} 发货数量 × 订单行单价 = {revenue}",
    ON_TIME_FORMULA: "{month} 到期的订单行（承诺交期，无则要求交期）按期全部发出 {on_time} / "
                     "({on_time} + 延误 {late}) × 100",
    ON_TIME_REQUESTED_FORMULA: "{month} 客户要求交货的订单行按要求日期全部发出 {on_time} / "
                               "({on_time} + 延误 {late}) × 100",
    OUTPUT_FORMULA: "{month} 报工良品数量 × 标准成本 = {output}，{products} 个产品",
    TURNOVER_FORMULA: "(发货 {shipped} + 领料 {issued}) / 平均库存 {average}（(期初 {opening} + 期末 {closing}) / 2）",
    DAYS_FORMULA: "{days} 天 × 平均库存 {average} / (发货 {shipped} + 领料 {issued})",
    VALUE_FORMULA: "{month} 月末库存数量 × 标准成本 = {closing}",
    PURCHASE_FORMULA: "{month} 收货数量 × 采购单价 = {purchase}",
    ARRIVAL_FORMULA: "{month} 到期的采购行按预计到货日全部收到 {on_time} / ({on_time} + 延误 {late}) × 100",
    LEAD_TIME_FORMULA: "{month} 交付的 {lines} 个订单行，从下单到交付的天数 {total_days} / {lines}（中位数 {median}）",
    NO_STOCK_YET: "截至 {month} 月末尚无任何库存记录",
    NO_INVENTORY: "{month} 没有库存",
    NOTHING_OUT: "{month} 没有发货或领料",
    NO_LINES_DUE: "{month} 没有到期的订单行",
    NOT_DUE_YET: "{month} 到期的 {pending} 个订单行尚未到期",
    NONE_DELIVERED: "{month} 没有交付的订单行",
    NO_PO_LINES_DUE: "{month} 没有到期的采购行",
    PO_NOT_DUE_YET: "{month} 到期的 {pending} 个采购行尚未到期",
    "{month} has not begun": "{month} 尚未开始",
    FORECAST_FORMULA: "1 − Σ|发货 − 滞后1销售预测| / Σ发货 = 1 − {error} / {shipped}，{products} 个产品（{review} 需求评审）",
    NOT_OVER: "{month} 尚未结束",
    NO_REVIEW: "{month} 没有已确认的需求评审",
    NOTHING_SHIPPED: "{month} 预测的产品都没有发货",
}

SHEET_LABELS = {
    "en": {"title": "KPI sheet", "month": "Month", "kpi": "KPI", "this_month": "This month", "target": "Target",
           "status": "", "no_target": "no target", "on": "on target", "off": "off target", "missing": "missing",
           "own": "Our own KPIs", "shared": "Shared KPIs", "trend": "Previous months", "formula": "How it is counted",
           "month_to_date": "month to date, up to {today}", "printed": "Printed {now}", "page": "Page {n} of {total}",
           "median": "median {median} days", "pending": "{pending} not yet due"},
    "zh": {"title": "KPI 看板", "month": "月份", "kpi": "指标", "this_month": "本月", "target": "目标",
           "status": "", "no_target": "未设目标", "on": "达标", "off": "未达标", "missing": "缺数据",
           "own": "本部门KPI", "shared": "共同KPI", "trend": "前几个月", "formula": "计算方法",
           "month_to_date": "本月截至 {today}", "printed": "打印于 {now}", "page": "第 {n} 页，共 {total} 页",
           "median": "中位数 {median} 天", "pending": "{pending} 个尚未到期"},
}


def number_text(value: Any) -> str:
    """A number as the sheets print it: thousands separated, exact decimals kept."""
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        return f"{value:,.{places}f}"
    return str(value)


def render(template: str, params: dict[str, Any], lang: str = "en") -> str:
    """A formula or missing-data template filled with its params, in zh or en."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    text = ZH_TEMPLATES.get(template, template) if lang == "zh" else template
    names = {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}
    return text.format(**{n: number_text(params.get(n)) for n in names})


def formula_text(value: KpiValue, lang: str = "en") -> str:
    return render(value.formula, value.params, lang)


def missing_text(value: KpiValue, lang: str = "en") -> str | None:
    return render(value.missing, value.missing_params, lang) if value.missing else None


def value_text(value: KpiValue, lang: str = "en", figure: Decimal | None = None) -> str:
    """The figure with its unit: 31,533,684.90 元, 95.84 %, 2.0217 次, 20.3 天; '—' when missing."""
    figure = value.value if figure is None else figure
    if figure is None:
        return "—"
    unit = UNIT_NAMES[lang][value.unit]
    if value.unit == "CNY":
        return f"{number_text(figure)} {unit}" if lang == "zh" else f"{unit} {number_text(figure)}"
    return f"{number_text(figure)} {unit}" if unit != "%" else f"{number_text(figure)} %"


def short_text(value: KpiValue, lang: str = "en") -> str:
    """The figure for a small table: money in 万 (zh) or k / M (en), others as value_text."""
    if value.value is None:
        return "—"
    v = value.value
    if value.unit != "CNY":
        return f"{number_text(v)} %" if value.unit == "%" else number_text(v)
    if lang == "zh":
        return f"{v / 10000:,.1f}万" if abs(v) >= 10000 else f"{v:,.0f}"
    if abs(v) >= 1_000_000:
        return f"{v / 1_000_000:,.2f}M"
    return f"{v / 1000:,.1f}k" if abs(v) >= 1000 else f"{v:,.0f}"


def name(kpi_id: str, lang: str = "en") -> str:
    return NAMES[lang][kpi_id]
