"""The orders table's model: order lines fetched from the database in pages.

Rows come from `sopdesk.services.order_queries` through a `PageSource`; paging and SQL
sorting are the shared `PagedTableModel`'s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
)

from sopdesk.services.order_queries import (
    DeliveryRisk,
    OrderLineFilter,
    OrderLineRow,
    OrderLineSort,
)
from sopdesk.ui import labels

from .paged import PagedTableModel, PageSource

__all__ = ["COLUMNS", "COLUMN_INDEX", "OrderLinesModel", "PageSource"]

CTX = "OrderLinesModel"


@dataclass(frozen=True)
class Column:
    key: str  # also the SQL sort key
    title: str  # untranslated; translated in headerData
    width_chars: int  # initial width, from the header and typical content (no resizeToContents)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


_R = Qt.AlignmentFlag.AlignRight
_C = Qt.AlignmentFlag.AlignHCenter
COLUMNS: list[Column] = [
    Column("number", QT_TRANSLATE_NOOP("OrderLinesModel", "Order no."), 15),
    Column("customer", QT_TRANSLATE_NOOP("OrderLinesModel", "Customer"), 18),
    Column("product", QT_TRANSLATE_NOOP("OrderLinesModel", "Product"), 22),
    Column("qty", QT_TRANSLATE_NOOP("OrderLinesModel", "Qty"), 8, _R),
    Column("unit", QT_TRANSLATE_NOOP("OrderLinesModel", "Unit"), 5, _C),
    Column("amount", QT_TRANSLATE_NOOP("OrderLinesModel", "Amount"), 11, _R),
    Column("order_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Order date"), 10, _C),
    Column("requested_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Requested"), 10, _C),
    Column("promised_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Promised"), 10, _C),
    Column("risk", QT_TRANSLATE_NOOP("OrderLinesModel", "Delivery risk"), 9, _C),
    Column("status", QT_TRANSLATE_NOOP("OrderLinesModel", "Status"), 8, _C),
    Column("custom", QT_TRANSLATE_NOOP("OrderLinesModel", "Custom"), 5, _C),
    Column("salesperson", QT_TRANSLATE_NOOP("OrderLinesModel", "Salesperson"), 8),
]
COLUMN_INDEX = {c.key: n for n, c in enumerate(COLUMNS)}

# Colours for the delivery-risk column: (background, text). Readable on light themes.
RISK_COLOURS: dict[DeliveryRisk, tuple[str, str]] = {
    DeliveryRisk.LATE: ("#fde2e1", "#b42318"),
    DeliveryRisk.AT_RISK: ("#fff1d6", "#a15c00"),
    DeliveryRisk.NO_DATE: ("#eef0f3", "#4b5563"),
    DeliveryRisk.ON_TIME: ("#e3f5e8", "#1e7b3c"),
    DeliveryRisk.DELIVERED_LATE: ("#f3e8ff", "#6b21a8"),
    DeliveryRisk.DELIVERED: ("#e8f0fe", "#1d4ed8"),
    DeliveryRisk.CANCELLED: ("#f3f4f6", "#6b7280"),
}


def format_qty(value: Decimal) -> str:
    return f"{value.normalize():f}"


def format_money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class OrderLinesModel(PagedTableModel):
    """Order lines of the orders tab, page by page, sorted and filtered in SQL."""

    columns = COLUMNS
    context = CTX
    filter_type = OrderLineFilter
    sort_type = OrderLineSort

    editing: dict = {}  # order id -> others editing it (presence), set by the Orders tab

    def row_key(self, row):
        return row.line_id

    def display(self, row: OrderLineRow, key: str) -> str:
        if key == "number":
            return f"{row.number} / {row.line_no}"
        if key == "customer":
            return row.customer_name
        if key == "product":
            return f"{row.item_code} {row.item_name}"
        if key == "qty":
            return format_qty(row.qty)
        if key == "unit":
            return row.unit
        if key == "amount":
            return format_money(row.amount)
        if key in ("order_date", "requested_date", "promised_date"):
            return format_date(getattr(row, key))
        if key == "status":
            return labels.status(row.status)
        if key == "custom":
            return QCoreApplication.translate("OrderLinesModel", "Custom") if row.is_custom else ""
        if key == "salesperson":
            return row.salesperson or ""
        if key == "risk":
            return labels.risk(row.risk)
        return ""

    def tooltip(self, row: OrderLineRow, key: str) -> str | None:
        if key == "customer":
            return f"{row.customer_code} {row.customer_name}"
        if key == "product":
            return f"{row.item_code} {row.item_name}"
        if key == "qty" and row.shipped_qty:
            return QCoreApplication.translate("OrderLinesModel", "Shipped: {0}").format(format_qty(row.shipped_qty))
        if key == "number" and self.editing.get(str(row.order_id)):
            return "; ".join(QCoreApplication.translate("OrderLinesModel", "{0} is editing {1}").format(
                o.display_name, o.doc_label or row.number) for o in self.editing[str(row.order_id)])
        return None

    def colours(self, row: OrderLineRow, key: str) -> tuple[str, str] | None:
        return RISK_COLOURS[row.risk] if key == "risk" else None
