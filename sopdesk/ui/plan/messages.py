"""Words of the Plan tab: the exceptions as sentences in the user's language, built from the
kind and the figures the run stored (services.planning.MESSAGES holds the same English
templates for the command line; tests/ui/test_plan_tab.py keeps the two sets equal), and the
labels of planned-order kinds, pegging kinds and grid rows."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopdesk.services.errors import render

CTX = "PlanMessages"

TEMPLATES = {
    "past_due": QT_TRANSLATE_NOOP(
        "PlanMessages", "{item}: {qty} due in week {week} should have been released {late} week(s) before the start"),
    "below_safety": QT_TRANSLATE_NOOP("PlanMessages", "{item}: on hand {on_hand} is below the safety stock {safety}"),
    "excess": QT_TRANSLATE_NOOP(
        "PlanMessages", "{item}: {ref} brings {qty} in week {week} that no demand in the horizon needs"),
    "overload": QT_TRANSLATE_NOOP("PlanMessages", "{work_center}, week {week}: load {load} vs capacity {capacity}"),
    "beyond": QT_TRANSLATE_NOOP("PlanMessages", "{count} demand(s) fall after the horizon and are not planned"),
}
MAINTENANCE = QT_TRANSLATE_NOOP("PlanMessages", "maintenance {first}..{last} at {percent} %")
WITH_WINDOWS = QT_TRANSLATE_NOOP("PlanMessages", "{text} ({windows})")

EXCEPTION_KINDS = {
    "past_due": QT_TRANSLATE_NOOP("PlanMessages", "Past due"),
    "below_safety": QT_TRANSLATE_NOOP("PlanMessages", "Below safety stock"),
    "excess": QT_TRANSLATE_NOOP("PlanMessages", "Excess"),
    "overload": QT_TRANSLATE_NOOP("PlanMessages", "Overload"),
    "beyond": QT_TRANSLATE_NOOP("PlanMessages", "Beyond the horizon"),
}
ORDER_KINDS = {
    "purchase": QT_TRANSLATE_NOOP("PlanMessages", "Purchase"),
    "make": QT_TRANSLATE_NOOP("PlanMessages", "Make"),
}
PEG_KINDS = {
    "sales_line": QT_TRANSLATE_NOOP("PlanMessages", "Sales order line"),
    "work_order": QT_TRANSLATE_NOOP("PlanMessages", "Work order material"),
    "planned_order": QT_TRANSLATE_NOOP("PlanMessages", "Planned order of the parent"),
    "safety": QT_TRANSLATE_NOOP("PlanMessages", "Safety stock"),
    "consensus": QT_TRANSLATE_NOOP("PlanMessages", "Demand review consensus"),
    "supply_target": QT_TRANSLATE_NOOP("PlanMessages", "Demand review supply target"),
}
PEG_WHY = {
    "sales_line": QT_TRANSLATE_NOOP("PlanMessages", "order line {ref} needs {qty} in week {week}"),
    "work_order": QT_TRANSLATE_NOOP("PlanMessages", "work order {ref} needs {qty} of it in week {week}"),
    "planned_order": QT_TRANSLATE_NOOP(
        "PlanMessages", "the planned order {ref} needs {qty} of it when released in week {week}"),
    "safety": QT_TRANSLATE_NOOP("PlanMessages", "{qty} keeps the safety stock of {ref}"),
    "consensus": QT_TRANSLATE_NOOP(
        "PlanMessages", "the agreed consensus {ref} leaves {qty} beyond the orders in week {week}"),
    "supply_target": QT_TRANSLATE_NOOP(
        "PlanMessages", "the agreed {ref} asks {qty} more of this core material in week {week}"),
}
CONSENSUS_REF = QT_TRANSLATE_NOOP("PlanMessages", "{month} consensus ({period} review)")
SUPPLY_TARGET_REF = QT_TRANSLATE_NOOP("PlanMessages", "{month} supply target ({period} review)")
_CONSENSUS = re.compile(r"^(\d{4}-\d{2}) (consensus|supply target) \((\d{4}-\d{2}) review\)$")
GRID_ROWS = (
    ("gross", QT_TRANSLATE_NOOP("PlanMessages", "Gross demand")),
    ("scheduled", QT_TRANSLATE_NOOP("PlanMessages", "Scheduled receipts")),
    ("receipts", QT_TRANSLATE_NOOP("PlanMessages", "Planned receipts")),
    ("releases", QT_TRANSLATE_NOOP("PlanMessages", "Planned releases")),
    ("projected", QT_TRANSLATE_NOOP("PlanMessages", "Projected stock")),
    ("unplanned", QT_TRANSLATE_NOOP("PlanMessages", "Stock without its planned orders")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def qty(value: Decimal) -> str:
    """An exact decimal without trailing zeros, thousands grouped: 1,150 / 12.5."""
    text = f"{value.normalize():,f}"
    return "0" if text in ("-0", "0") else text


def week_label(monday: dt.date) -> str:
    """The ISO week of a Monday: 2027-W03."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def exception_sentence(kind: str, params: dict) -> str:
    """The exception in the user's language, with the maintenance windows of an overload."""
    template = TEMPLATES.get(kind)
    if template is None:
        return kind
    text = render(tr(template), params)
    windows = params.get("maintenance") or []
    if windows:
        named = ", ".join(render(tr(MAINTENANCE), {"first": m["first"][5:], "last": m["last"][5:],
                                                   "percent": m["percent"]}) for m in windows)
        text = render(tr(WITH_WINDOWS), {"text": text, "windows": named})
    return text


def kind_text(table: dict, kind: str) -> str:
    return tr(table[kind]) if kind in table else kind


def peg_ref(kind: str, ref: str) -> str:
    """A pegging reference as shown: a consensus ("2026-12 consensus (2026-12 review)", as the
    plan stores it) in the user's language, anything else (document numbers) as it is."""
    m = _CONSENSUS.match(ref) if kind in ("consensus", "supply_target") else None
    if m is None:
        return ref
    template = CONSENSUS_REF if m.group(2) == "consensus" else SUPPLY_TARGET_REF
    return render(tr(template), {"month": m.group(1), "period": m.group(3)})


def peg_why(kind: str, ref: str, amount: Decimal, week: dt.date) -> str:
    template = PEG_WHY.get(kind)
    if template is None:
        return peg_ref(kind, ref)
    return render(tr(template), {"ref": peg_ref(kind, ref), "qty": qty(amount), "week": week_label(week)})
