"""The printed KPI sheets (KPI 看板, for the wall and the monthly meeting) as plain data: one
A4 page per department (sales, production, supply), its own KPIs beside the shared ones
(../shared/PRACTICES.md §4), and one for the manager with every KPI. Each KPI shows this
month, its target, whether it is on target, how it is counted, and the previous months as a
small table and chart. sopdesk/ui/reports/kpi_sheet.py draws these pages with QPainter (PDF
or printer). No Qt and no database here: `build` takes what reports/kpi.kpi_history returned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .kpi import KPI_BY_ID, KpiMonth
from .kpi_text import (
    DEPARTMENT_NAMES,
    LANGS,
    SHEET_LABELS,
    formula_text,
    missing_text,
    name,
    short_text,
    value_text,
)

# (page, its own KPIs, the shared KPIs beside them). The company-wide shared two, order lead
# time and inventory value, are on every page.
COMPANY_SHARED = ("order_lead_time_days", "inventory_value", "forecast_accuracy")
PAGES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("sales", ("revenue",), ("on_time_delivery", "on_time_delivery_requested", *COMPANY_SHARED)),
    ("production", ("output_value",), ("inventory_turnover", "days_of_inventory", *COMPANY_SHARED)),
    ("supply", ("purchase_cost",), ("on_time_arrival", *COMPANY_SHARED)),
    ("manager", ("revenue", "output_value", "purchase_cost"),
     ("on_time_delivery", "on_time_delivery_requested", "inventory_turnover", "days_of_inventory",
      "on_time_arrival", *COMPANY_SHARED)),
)
PAGE_NAMES = tuple(p[0] for p in PAGES)


@dataclass(frozen=True)
class MonthPoint:
    label: str  # 2026-11
    value: Decimal | None
    text: str  # the figure as printed, '—' when missing


@dataclass(frozen=True)
class SheetKpi:
    kpi_id: str
    name: str
    unit: str
    better: str
    value: str  # this month, with its unit; '—' when missing
    target: str  # with its unit, or "no target"
    target_value: Decimal | None
    status: str  # on target / off target / missing / ''
    on_target: bool | None
    note: str  # why it is missing, or the month-to-date / median / pending remark
    formula: str
    trend: tuple[MonthPoint, ...]  # oldest first, this month last


@dataclass(frozen=True)
class SheetSection:
    title: str
    kpis: tuple[SheetKpi, ...]


@dataclass(frozen=True)
class SheetPage:
    page: str  # sales, production, supply, manager
    title: str
    subtitle: str
    sections: tuple[SheetSection, ...]
    footer: str

    @property
    def kpis(self) -> tuple[SheetKpi, ...]:
        return tuple(k for s in self.sections for k in s.kpis)


@dataclass(frozen=True)
class KpiSheets:
    lang: str
    month: str
    title: str
    pages: tuple[SheetPage, ...]
    file_name: str


def _kpi(history: list[KpiMonth], kpi_id: str, lang: str, today: dt.date) -> SheetKpi:
    t = SHEET_LABELS[lang]
    current = history[-1].get(kpi_id)
    kpi = KPI_BY_ID[kpi_id]
    notes = []
    if current.value is None:
        notes.append(missing_text(current, lang) or t["missing"])
    else:
        if current.partial:
            notes.append(t["month_to_date"].format(today=today.isoformat()))
        if current.detail.get("pending"):
            notes.append(t["pending"].format(pending=current.detail["pending"]))
    status = {None: t["missing"] if current.value is None else "", True: t["on"], False: t["off"]}[current.on_target]
    trend = tuple(MonthPoint(str(m.month), m.get(kpi_id).value, short_text(m.get(kpi_id), lang)) for m in history)
    target = value_text(current, lang, current.target) if current.target is not None else t["no_target"]
    return SheetKpi(kpi_id, name(kpi_id, lang), kpi.unit, kpi.better, value_text(current, lang), target,
                    current.target, status, current.on_target, "; ".join(notes), formula_text(current, lang), trend)


def build(history: list[KpiMonth], *, lang: str = "zh", factory_name: str = "", today: dt.date,
          printed_at: dt.datetime | None = None, pages: tuple[str, ...] = PAGE_NAMES) -> KpiSheets:
    """The sheets for the last month of `history` (kpi_history: oldest first)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGS)}")
    unknown = [p for p in pages if p not in PAGE_NAMES]
    if unknown:
        raise ValueError(f"unknown page {unknown[0]!r}; one of {', '.join(PAGE_NAMES)}")
    t, depts = SHEET_LABELS[lang], DEPARTMENT_NAMES[lang]
    month = str(history[-1].month)
    printed = t["printed"].format(now=(printed_at or dt.datetime.now()).strftime("%Y-%m-%d %H:%M"))
    out = []
    chosen = [p for p in PAGES if p[0] in pages]
    for n, (page, own, shared) in enumerate(chosen, start=1):
        sections = (SheetSection(t["own"], tuple(_kpi(history, k, lang, today) for k in own)),
                    SheetSection(t["shared"], tuple(_kpi(history, k, lang, today) for k in shared)))
        title = f"{depts[page]} {t['title']}"
        subtitle = " · ".join(x for x in (factory_name.strip(), f"{t['month']} {month}") if x)
        footer = f"{printed}    {t['page'].format(n=n, total=len(chosen))}"
        out.append(SheetPage(page, title, subtitle, sections, footer))
    file_name = f"KPI-{month}-{lang}.pdf"
    return KpiSheets(lang, month, f"{t['title']} {month}", tuple(out), file_name)
