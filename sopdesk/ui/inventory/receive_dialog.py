"""Receive (收货): goods receipt against an open purchase order line.

Lists the open PO lines (services.inventory_arrivals), late ones in red; the quantity
defaults to what is still to come and the location to a store of the item's kind. Posts
through purchasing.receive_line on the task runner, with one client operation id per
attempt (a retry after a lost connection does not receive twice); refusals are shown next
to the field at fault. The dialog stays open for the next line.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sopdesk.models import LocationKind
from sopdesk.services import inventory_arrivals, purchasing
from sopdesk.services.errors import ServiceError
from sopdesk.services.inventory_arrivals import ArrivalFilter, ArrivalRow
from sopdesk.services.locations import LocationChoice, location_choices
from sopdesk.ui import errors
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import FieldError, fit_columns

from .model import SHORT_BG, SHORT_FG, RowsModel, fmt_qty
from .tab import STOCK_CHANGES

ARRIVALS_SHOWN = 500
_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


ARRIVAL_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "PO no."), _L, lambda r: f"{r.po_number} / {r.line_no}"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Supplier"), _L, lambda r: r.supplier_name),
    (QT_TRANSLATE_NOOP("InventoryModel", "Item"), _L, lambda r: f"{r.item_code} {r.item_name}"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Ordered"), _R, lambda r: fmt_qty(r.qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Received"), _R, lambda r: fmt_qty(r.received_qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Unit"), _C, lambda r: r.unit),
    (QT_TRANSLATE_NOOP("InventoryModel", "Expected"), _C, lambda r: r.expected_date.isoformat()),
    (QT_TRANSLATE_NOOP("InventoryModel", "Late"), _C,
     lambda r: QCoreApplication.translate("InventoryModel", "{0} d late").format(r.days_late) if r.late else ""),
]
LATE_COLUMN = 7


def load_open_lines(session, actor, search: str):
    flt = ArrivalFilter(search=search, open_only=True)
    return (inventory_arrivals.count_arrivals(session, actor, flt),
            inventory_arrivals.fetch_arrivals(session, actor, flt, limit=ARRIVALS_SHOWN),
            location_choices(session, actor))


def default_location(locations: list[LocationChoice]) -> int:
    """Purchased goods go to the first raw-material store by default."""
    return next((n for n, loc in enumerate(locations) if loc.kind == LocationKind.RAW), 0)


class ReceiveDialog(QDialog):
    """State: the open lines listed, the locations, the line chosen, the operation id of
    the receipt being posted. sig_received(message) after each receipt."""

    sig_received = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Receive goods"))
        self.resize(1000, 600)
        self.locations: list[LocationChoice] = []
        self.op_id: uuid.UUID | None = None
        self.last_result = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search PO no., item or supplier"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.model = RowsModel(ARRIVAL_COLUMNS, self)
        self.model.colour = lambda r, c: (SHORT_BG, SHORT_FG) if r.late and c == LATE_COLUMN else None
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.line_label = QLabel(self.tr("Choose a line above"))
        self.qty = QLineEdit()
        validator = QDoubleValidator(0, 1e12, 4, self.qty)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.qty.setValidator(validator)
        self.qty_error = FieldError()
        self.location = QComboBox()
        self.location_error = FieldError()
        self.error = FieldError()
        self.receive_button = QPushButton(self.tr("Receive"))
        self.receive_button.setDefault(True)
        self.done_label = QLabel()
        self.done_label.setStyleSheet("color: #1e7b3c;")

        form = QFormLayout()
        form.addRow(self.tr("Line"), self.line_label)
        qty_box = QVBoxLayout()
        qty_box.addWidget(self.qty)
        qty_box.addWidget(self.qty_error)
        form.addRow(self.tr("Quantity received"), qty_box)
        loc_box = QVBoxLayout()
        loc_box.addWidget(self.location)
        loc_box.addWidget(self.location_error)
        form.addRow(self.tr("Into location"), loc_box)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.receive_button)
        bottom.addWidget(self.done_label, 1)
        bottom.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._line_chosen())
        self.receive_button.clicked.connect(self.submit)
        self._line_chosen()
        self.reload()

    def reload(self, keep: uuid.UUID | None = None) -> None:
        self._timer.stop()
        self.count_label.setText(self.tr("Loading…"))
        search = self.search.text().strip()
        self.ctx.query(lambda s, a: load_open_lines(s, a, search), lambda r: self._loaded(r, keep), parent=self)

    def _loaded(self, result, keep) -> None:
        total, rows, locations = result
        if [loc.id for loc in locations] != [loc.id for loc in self.locations]:
            self.locations = locations
            self.location.clear()
            for loc in locations:
                self.location.addItem(loc.label, loc.id)
        self.model.set_rows(rows)
        if rows:
            fit_columns(self.view, max_px=280, bold=False)
        text = self.tr("{0} open lines").format(total)
        if total > len(rows):
            text += " " + self.tr("({0} shown)").format(len(rows))
        self.count_label.setText(text)
        row = next((n for n, r in enumerate(rows) if r.line_id == keep), 0 if rows else -1)
        if row >= 0:
            self.view.selectRow(row)
        self._line_chosen()

    def selected(self) -> ArrivalRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_line(self, line_id: uuid.UUID) -> None:
        row = next(n for n in range(self.model.rowCount()) if self.model.row_at(n).line_id == line_id)
        self.view.selectRow(row)

    def _line_chosen(self) -> None:
        row = self.selected()
        for w in (self.qty, self.location, self.receive_button):
            w.setEnabled(row is not None)
        self._clear_errors()
        self.op_id = None
        if row is None:
            self.line_label.setText(self.tr("Choose a line above"))
            self.qty.clear()
            return
        self.line_label.setText(self.tr("{0} line {1}: {2} {3}, still to come {4} {5}").format(
            row.po_number, row.line_no, row.item_code, row.item_name, fmt_qty(row.open_qty), row.unit))
        self.qty.setText(fmt_qty(row.open_qty))
        if self.locations:
            self.location.setCurrentIndex(default_location(self.locations))

    def _clear_errors(self) -> None:
        for e in (self.qty_error, self.location_error, self.error):
            e.show_message("")

    def submit(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._clear_errors()
        try:
            qty = Decimal(self.qty.text().strip().replace(",", ""))
        except InvalidOperation:
            self.qty_error.show_message(self.tr("Enter a number."))
            return
        if qty <= 0:
            self.qty_error.show_message(self.tr("The quantity must be greater than zero."))
            return
        if qty > row.open_qty:
            self.qty_error.show_message(self.tr("Only {0} still to receive on this line.").format(fmt_qty(row.open_qty)))
            return
        location_id = self.location.currentData()
        if location_id is None:
            self.location_error.show_message(self.tr("Choose a location."))
            return
        self.op_id = self.op_id or uuid.uuid4()
        op_id, line_id = self.op_id, row.line_id
        self.receive_button.setEnabled(False)

        def done(view):
            self.last_result = view
            self.op_id = None
            message = self.tr("Received {0} {1} of {2} ({3}).").format(
                fmt_qty(qty), row.unit, row.item_code, row.po_number)
            self.done_label.setText(message)
            self.sig_received.emit(message)
            self.reload(keep=line_id)

        def failed(exc):
            self.receive_button.setEnabled(True)
            if isinstance(exc, ServiceError) and exc.code not in ("conflict", "permission_denied"):
                target = {"qty": self.qty_error, "location_id": self.location_error}.get(exc.field, self.error)
                target.show_message(errors.sentence(exc))
                if exc.code == "not_found" or exc.field == "status":
                    self.reload()
            else:
                self.ctx.show_error(self, exc)

        self.ctx.mutate(lambda s, a: purchasing.receive_line(s, a, line_id, qty, location_id, op_id=op_id),
                        STOCK_CHANGES, done, parent=self, initiator=self, on_error=failed)
