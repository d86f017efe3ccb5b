"""Words for the stored vocabularies (status, role, department, risk) and field names.

Values in the database are stable English codes; people see these translated labels.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopdesk.models import Department, OrderStatus, ReviewTaskStatus, Role
from sopdesk.services.order_queries import DeliveryRisk

CTX = "Labels"

_STATUS = {
    OrderStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    OrderStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    OrderStatus.IN_PRODUCTION: QT_TRANSLATE_NOOP("Labels", "In production"),
    OrderStatus.PARTIALLY_SHIPPED: QT_TRANSLATE_NOOP("Labels", "Partly shipped"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("Labels", "Shipped"),
    OrderStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

# What the action that moves an order into a status is called.
_STATUS_ACTION = {
    OrderStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Back to draft"),
    OrderStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "Send to review"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirm order"),
    OrderStatus.IN_PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Start production"),
    OrderStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Close order"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancel order"),
}

_ROLE = {
    Role.SALES: QT_TRANSLATE_NOOP("Labels", "Sales"),
    Role.PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Production"),
    Role.SUPPLY: QT_TRANSLATE_NOOP("Labels", "Supply chain"),
    Role.SHOPFLOOR: QT_TRANSLATE_NOOP("Labels", "Shop floor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

_DEPARTMENT = {
    Department.SALES: QT_TRANSLATE_NOOP("Labels", "Sales"),
    Department.PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Production"),
    Department.SUPPLY: QT_TRANSLATE_NOOP("Labels", "Supply chain"),
    Department.MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Management"),
}

_RISK = {
    DeliveryRisk.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
    DeliveryRisk.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    DeliveryRisk.NO_DATE: QT_TRANSLATE_NOOP("Labels", "No date"),
    DeliveryRisk.ON_TIME: QT_TRANSLATE_NOOP("Labels", "On time"),
    DeliveryRisk.DELIVERED_LATE: QT_TRANSLATE_NOOP("Labels", "Delivered late"),
    DeliveryRisk.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
    DeliveryRisk.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_TASK_STATUS = {
    ReviewTaskStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Waiting for answer"),
    ReviewTaskStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
    ReviewTaskStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_FIELD = {
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "customer_id": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "lines": QT_TRANSLATE_NOOP("Labels", "Order lines"),
    "item": QT_TRANSLATE_NOOP("Labels", "Product"),
    "qty": QT_TRANSLATE_NOOP("Labels", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Labels", "Unit price"),
    "order_date": QT_TRANSLATE_NOOP("Labels", "Order date"),
    "requested_date": QT_TRANSLATE_NOOP("Labels", "Requested date"),
    "promised_date": QT_TRANSLATE_NOOP("Labels", "Promised date"),
    "is_custom": QT_TRANSLATE_NOOP("Labels", "Custom order"),
    "customer_po": QT_TRANSLATE_NOOP("Labels", "Customer PO"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "number": QT_TRANSLATE_NOOP("Labels", "Order no."),
    "username": QT_TRANSLATE_NOOP("Labels", "User name"),
    "password": QT_TRANSLATE_NOOP("Labels", "Password"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "feasible": QT_TRANSLATE_NOOP("Labels", "Feasible"),
    "lead_days": QT_TRANSLATE_NOOP("Labels", "Lead time (days)"),
    "material_arrival_date": QT_TRANSLATE_NOOP("Labels", "Material arrival date"),
    "comment": QT_TRANSLATE_NOOP("Labels", "Comment"),
    "salesperson_id": QT_TRANSLATE_NOOP("Labels", "Salesperson"),
    "shipped_qty": QT_TRANSLATE_NOOP("Labels", "Shipped quantity"),
    "delivered_date": QT_TRANSLATE_NOOP("Labels", "Delivered date"),
    "line_no": QT_TRANSLATE_NOOP("Labels", "Line"),
    "item_id": QT_TRANSLATE_NOOP("Labels", "Product"),
    "order_id": QT_TRANSLATE_NOOP("Labels", "Order"),
    "task_id": QT_TRANSLATE_NOOP("Labels", "Review task"),
}

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status(value) -> str:
    return _t(_STATUS[OrderStatus(value)])


def status_action(value) -> str:
    return _t(_STATUS_ACTION[OrderStatus(value)])


def role(value) -> str:
    return _t(_ROLE[Role(value)])


def department(value) -> str:
    return _t(_DEPARTMENT[Department(value)])


def risk(value) -> str:
    return _t(_RISK[DeliveryRisk(value)])


def task_status(value) -> str:
    return _t(_TASK_STATUS[ReviewTaskStatus(value)])


def field(name: str | None) -> str:
    """'lines[2].qty' -> 'Line 2: Quantity'; unknown names are shown as they are."""
    if not name:
        return ""
    m = _LINE_FIELD.match(name)
    if m:
        inner = _FIELD.get(m.group(2))
        label = _t(inner) if inner else m.group(2)
        return QCoreApplication.translate("Labels", "Line {n}: {field}").format(n=m.group(1), field=label)
    return _t(_FIELD[name]) if name in _FIELD else name


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _t(QT_TRANSLATE_NOOP("Labels", "Yes")) if value else _t(QT_TRANSLATE_NOOP("Labels", "No"))
