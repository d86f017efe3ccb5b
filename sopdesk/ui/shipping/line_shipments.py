"""An order's shipments, line by line (发货情况), for the order dialog: ordered, shipped,
open and closed-short quantities, and each shipment (FH number as a link that opens it) with
its date, quantity and what reversals took back. "Close short…" closes the remainder of an
open line that will never ship, with a reason (services/shipping.close_line_short)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import shipping, shipping_summary
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.services.permissions import Permission
from sopdesk.services.shipping import LineShipment
from sopdesk.services.shipping_summary import LineShipping, OrderShipping
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.inventory.links import DocumentLinks
from sopdesk.ui.inventory.model import RowsModel
from sopdesk.ui.widgets import fit_columns

from .messages import qty_text, sentence

_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


@dataclass(frozen=True)
class Row:
    """One shipment of a line (or the line alone, when nothing shipped); the line's own
    figures are shown on its first row only."""

    line: LineShipping
    shipment: LineShipment | None
    first: bool


def _line(text_of):
    return lambda r: text_of(r.line) if r.first else ""


def _closed(ln: LineShipping) -> str:
    if not ln.short_closed_qty:
        return ""
    return f"{qty_text(ln.short_closed_qty)} ({ln.close_reason})" if ln.close_reason else qty_text(ln.short_closed_qty)


COLUMNS = [
    (QT_TRANSLATE_NOOP("Shipping", "Line"), _C, _line(lambda ln: str(ln.line_no))),
    (QT_TRANSLATE_NOOP("Shipping", "Item"), _L, _line(lambda ln: f"{ln.item_code} {ln.item_name}")),
    (QT_TRANSLATE_NOOP("Shipping", "Ordered"), _R, _line(lambda ln: qty_text(ln.qty))),
    (QT_TRANSLATE_NOOP("Shipping", "Shipped"), _R, _line(lambda ln: qty_text(ln.shipped_qty))),
    (QT_TRANSLATE_NOOP("Shipping", "Open"), _R, _line(lambda ln: qty_text(ln.open_qty))),
    (QT_TRANSLATE_NOOP("Shipping", "Closed short"), _L, _line(_closed)),
    (QT_TRANSLATE_NOOP("Shipping", "Delivered"), _C,
     _line(lambda ln: ln.delivered_date.isoformat() if ln.delivered_date else "")),
    (QT_TRANSLATE_NOOP("Shipping", "Shipment"), _L, lambda r: r.shipment.number if r.shipment else ""),
    (QT_TRANSLATE_NOOP("Shipping", "Ship date"), _C, lambda r: r.shipment.ship_date.isoformat() if r.shipment else ""),
    (QT_TRANSLATE_NOOP("Shipping", "Quantity"), _R, lambda r: qty_text(r.shipment.qty) if r.shipment else ""),
    (QT_TRANSLATE_NOOP("Shipping", "Reversed"), _R,
     lambda r: qty_text(r.shipment.reversed_qty) if r.shipment and r.shipment.reversed_qty else ""),
]
COL_SHIPMENT = 7


class ShippingRows(RowsModel):
    context = "Shipping"


def rows_of(summary: OrderShipping) -> list[Row]:
    out = []
    for ln in summary.lines:
        if not ln.shipments:
            out.append(Row(ln, None, True))
        out += [Row(ln, sh, n == 0) for n, sh in enumerate(ln.shipments)]
    return out


def ask_reason(parent: QWidget | None, line: LineShipping) -> str | None:
    """Why the rest of the line will not ship (tests replace it); None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Shipping", "Close short"),
        QCoreApplication.translate("Shipping", "Line {0} ({1}): {2} {3} will not ship. Why?").format(
            line.line_no, line.item_code, qty_text(line.open_qty), line.unit))
    return text if ok else None


class LineShipmentsBox(QGroupBox):
    """State: the order, its OrderShipping once loaded, the table and its links.
    sig_order_changed() after a line was closed short (the order has a new version)."""

    sig_order_changed = Signal()

    def __init__(self, ctx: AppContext, order_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(self.tr("Shipments"), parent)
        self.ctx = ctx
        self.order_id = order_id
        self.summary: OrderShipping | None = None
        self.can_close = ctx.actor.can(Permission.ORDER_EDIT)
        self.model = ShippingRows(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.links = DocumentLinks(ctx, self.table, self.model, lambda r: r.shipment.number if r.shipment else None,
                                   COL_SHIPMENT, self)
        self.close_button = QPushButton(self.tr("Close short…"))
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("The rest of the selected line will never ship: close it with a reason"))
        self.close_button.setVisible(self.can_close)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.message, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.close_button.clicked.connect(self.close_short)
        self._update()
        self.reload()

    def reload(self) -> None:
        oid = self.order_id
        self.ctx.query(lambda s, a: shipping_summary.order_shipping(s, a, oid), self._loaded, parent=self)

    def _loaded(self, summary: OrderShipping) -> None:
        self.summary = summary
        self.model.set_rows(rows_of(summary))
        fit_columns(self.table, max_px=260, bold=False)
        self._update()

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_line(self, line_no: int) -> None:
        for n in range(self.model.rowCount()):
            if self.model.row_at(n).line.line_no == line_no:
                self.table.selectRow(n)
                return

    def _update(self) -> None:
        row = self.selected()
        self.close_button.setEnabled(
            self.can_close and row is not None and self.summary is not None and self.summary.can_close_short
            and row.line.open_qty > 0)

    def close_short(self) -> None:
        row = self.selected()
        if not self.close_button.isEnabled() or row is None:
            return
        reason = ask_reason(self, row.line)
        if reason is None:
            return
        line_id, version = row.line.line_id, self.summary.version
        self.message.clear()
        self.ctx.mutate(lambda s, a: shipping.close_line_short(s, a, line_id, version, reason),
                        Changes(orders=True), self._closed, parent=self, initiator=self, on_error=self._failed)

    def _closed(self, _result) -> None:
        self.reload()
        self.sig_order_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self.message.setText(self.tr("The order was changed on another PC meanwhile: it is shown again, "
                                         "check it and try again."))
            self.reload()
            self.sig_order_changed.emit()
        elif isinstance(exc, ServiceError):
            self.message.setText(sentence(exc))
        else:
            self.ctx.show_error(self, exc)
