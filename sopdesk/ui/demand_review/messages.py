"""Words of the Demand review tab: the feasibility sentences (the services' WHY templates,
translated in context "DemandReview" and filled with their parameters), the cycle's
statuses, the binding constraints and the departments. Quantities as exact text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopdesk.models import ActionStatus, Department
from sopdesk.services.errors import render
from sopdesk.ui import labels

CTX = "DemandReview"

# The same text as services.demand_review_feasibility.WHY (a test keeps them equal).
WHY_SOURCES = {
    "forecast": QT_TRANSLATE_NOOP(
        "DemandReview", "{item} {month}: the forecast of {forecast} can be made and supplied in full"),
    "forecast_baseline": QT_TRANSLATE_NOOP(
        "DemandReview", "{item} {month}: no sales forecast; the statistical baseline of {forecast} "
        "can be made and supplied in full"),
    "capacity": QT_TRANSLATE_NOOP(
        "DemandReview", "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, "
        "{available} of {full} {unit} after maintenance)"),
    "capacity_shared": QT_TRANSLATE_NOOP(
        "DemandReview", "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, "
        "{available} of {full} {unit} after maintenance, {others} {unit} taken by the products before it)"),
    "material": QT_TRANSLATE_NOOP(
        "DemandReview", "{item} {month}: {material} allows at most {qty} ({left} {unit} by the end of the month: "
        "{on_hand} on hand, {on_order} on order, new orders from {available_date}; {qty_per} {unit} a unit)"),
    "unknown": QT_TRANSLATE_NOOP("DemandReview", "{item} {month}: no forecast and no baseline yet"),
}

STATUS_WORDS = {
    "collecting": QT_TRANSLATE_NOOP("DemandReview", "collecting inputs"),
    "meeting": QT_TRANSLATE_NOOP("DemandReview", "in the meeting"),
    "agreed": QT_TRANSLATE_NOOP("DemandReview", "agreed"),
    "closed": QT_TRANSLATE_NOOP("DemandReview", "closed"),
}
BINDING_WORDS = {
    "forecast": QT_TRANSLATE_NOOP("DemandReview", "Forecast"),
    "capacity": QT_TRANSLATE_NOOP("DemandReview", "Capacity"),
    "material": QT_TRANSLATE_NOOP("DemandReview", "Material"),
}
ACTION_STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("DemandReview", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("DemandReview", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("DemandReview", "Cancelled"),
}
SIGN_DEPARTMENTS = (Department.SALES, Department.PRODUCTION, Department.SUPPLY, Department.MANAGEMENT)
# what a submission task asks of its department (the stored text is an English fallback)
SUBMISSION_WORDS = {
    Department.SALES: QT_TRANSLATE_NOOP("DemandReview", "Enter the sales forecast per product and month"),
    Department.PRODUCTION: QT_TRANSLATE_NOOP("DemandReview", "Confirm the capacity per work center and month"),
    Department.SUPPLY: QT_TRANSLATE_NOOP("DemandReview",
                                         "Confirm the key materials (availability, lead time, price)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def why_sentence(template: str, params: dict) -> str:
    """A feasibility cell's binding constraint in the user's language."""
    return render(tr(template), params)


def status_word(word: str) -> str:
    return tr(STATUS_WORDS.get(word, word))


def binding_word(binding: str | None) -> str:
    return "" if binding is None else tr(BINDING_WORDS.get(binding, binding))


def action_status(status) -> str:
    return tr(ACTION_STATUS[ActionStatus(status)])


def department(value) -> str:
    return labels.department(value)


def qty(value: Decimal | None) -> str:
    """900, 12.5; empty for None."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def month_text(month: dt.date) -> str:
    return f"{month:%Y-%m}"


def parse_qty(text: str) -> Decimal | str | None:
    """A cell's text as the services take it: None when empty, a Decimal when it is one,
    else the text itself (the service refuses it with its own sentence)."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except ArithmeticError:
        return text
