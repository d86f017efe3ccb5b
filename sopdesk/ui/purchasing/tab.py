"""The Purchasing tab (采购): purchase orders searched and filtered by supplier, status and
lateness, late ones first, with amount, next expected arrival and the supplier's on-time
arrival rate; new and edit (the PO dialog), confirm, cancel (nothing received), close short
with a reason, receive (the Inventory tab's receipt dialog for the order's lines). Each
button is enabled only when the order's status allows it and the role may do it; the
services check again. File → Export writes the list showing, with its filters."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import POStatus
from sopdesk.services import exports, purchasing, purchasing_list, settings
from sopdesk.services.errors import ConflictError
from sopdesk.services.permissions import Permission
from sopdesk.services.purchasing_list import PORow
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext

from .po_dialog import PO_CHANGES, PODialog, editable, load_dialog
from .words import money, rate_text, status_text

LIMIT = 500
COLUMNS = (
    QT_TRANSLATE_NOOP("PurchasingTab", "PO no."), QT_TRANSLATE_NOOP("PurchasingTab", "Supplier"),
    QT_TRANSLATE_NOOP("PurchasingTab", "Order date"), QT_TRANSLATE_NOOP("PurchasingTab", "Status"),
    QT_TRANSLATE_NOOP("PurchasingTab", "Lines"), QT_TRANSLATE_NOOP("PurchasingTab", "Late lines"),
    QT_TRANSLATE_NOOP("PurchasingTab", "Next expected"), QT_TRANSLATE_NOOP("PurchasingTab", "Amount"),
    QT_TRANSLATE_NOOP("PurchasingTab", "Supplier on-time"),
)
COL_STATUS, COL_LATE, COL_NEXT, COL_AMOUNT, COL_RATE = 3, 5, 6, 7, 8
LATE_FG = QColor("#b42318")


def _t(text: str) -> str:
    return QCoreApplication.translate("PurchasingTab", text)


class PurchasingTab(QWidget):
    """State: the context, the rows listed, the suppliers of the filter, whether the first
    load happened, the open dialog (tests drive it). sig_ready(rows) after each load."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: the factory's today (tests pass a date)
        self.can_edit = ctx.actor.can(Permission.PO_EDIT)
        self.can_receive = ctx.actor.can(Permission.STOCK_RECEIVE)
        self._activated = False
        self._suppliers_loaded = False
        self.rows: list[PORow] = []
        self.total = 0
        self.dialog = None
        self._want: str | None = None  # the number to select once the list shows it (a PO just saved)

        self.new_button = QPushButton(self.tr("New purchase order"))
        self.open_button = QPushButton(self.tr("Open"))
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.cancel_button = QPushButton(self.tr("Cancel order"))
        self.cancel_button.setToolTip(self.tr("Only an order with nothing received yet"))
        self.close_button = QPushButton(self.tr("Close short…"))
        self.close_button.setToolTip(self.tr("The rest of a partly received order will not arrive"))
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.receive_button.setToolTip(self.tr("Goods receipt against the order's open lines"))
        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.confirm_button, self.cancel_button, self.close_button,
                  self.receive_button):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.new_button, self.confirm_button, self.cancel_button, self.close_button):
            b.setVisible(self.can_edit)
        self.receive_button.setVisible(self.can_receive)
        self.message = QLabel()
        self.message.setStyleSheet("color: #1e7b3c;")
        actions.addWidget(self.message)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("PO no., supplier or item"))
        self.search.setClearButtonEnabled(True)
        self.supplier = QComboBox()
        self.supplier.addItem(self.tr("All suppliers"), None)
        self.supplier.setMinimumContentsLength(16)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for s in POStatus:
            self.status.addItem(status_text(s), s.value)
        self.late_only = QCheckBox(self.tr("Late only"))
        self.late_only.setToolTip(self.tr("Orders with a line past its expected date and still to come"))
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for w in (QLabel(self.tr("Supplier")), self.supplier, QLabel(self.tr("Status")), self.status,
                  self.late_only):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.view = QTableWidget(0, len(COLUMNS))
        self.view.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeaderItem(COL_RATE).setToolTip(self.tr(
            "The supplier's on-time arrival rate (原材料及时到货率): lines fully received by their expected date, "
            "of those due over the last 12 months"))

        lay = QVBoxLayout(self)
        lay.addLayout(actions)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.supplier.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.late_only.toggled.connect(lambda _c: self.refresh())
        self.view.itemSelectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.new_button.clicked.connect(self.new_po)
        self.open_button.clicked.connect(self.open_selected)
        self.confirm_button.clicked.connect(lambda: self._set_status(POStatus.CONFIRMED))
        self.cancel_button.clicked.connect(lambda: self._set_status(POStatus.CANCELLED))
        self.close_button.clicked.connect(self.close_short)
        self.receive_button.clicked.connect(self.receive)
        ctx.bus.sig_changes_applied.connect(self.on_changes)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()

    def filters(self) -> dict:
        out = {"search": self.search.text().strip(), "supplier_id": self.supplier.currentData(),
               "status": self.status.currentData(), "late_only": self.late_only.isChecked()}
        if self.today is not None:
            out["today"] = self.today
        return out

    def export_request(self) -> exports.ExportRequest:
        return exports.ExportRequest("purchase-orders", self.filters())

    def refresh(self) -> None:
        self._search_timer.stop()
        if not self._activated:
            return
        flt, today, need_suppliers = purchasing_list.filter_from(self.filters()), self.today, not self._suppliers_loaded

        def work(s, a):
            day = today or settings.factory_today(s)
            rows = purchasing_list.list_pos(s, a, flt, limit=LIMIT, today=day)
            total = len(rows) if len(rows) < LIMIT else purchasing_list.count_pos(s, a, flt, today=day)
            return rows, total, purchasing.supplier_choices(s, a) if need_suppliers else None

        self.count_label.setText(self.tr("Loading…"))
        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        rows, total, suppliers = result
        if suppliers is not None and not self._suppliers_loaded:
            self._suppliers_loaded = True
            self.supplier.blockSignals(True)
            for c in suppliers:
                self.supplier.addItem(f"{c.code} {c.name}", str(c.id))
            self.supplier.blockSignals(False)
        keep = self.selected_row().id if self.selected_row() else None
        self.rows, self.total = rows, total
        self.view.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for n, r in enumerate(rows):
            status = status_text(r.status) + (" · " + self.tr("late") if r.late else "")
            cells = [r.number, f"{r.supplier_code} {r.supplier_name}", r.order_date.isoformat(), status,
                     str(r.lines), str(r.late_lines) if r.late_lines else "",
                     r.next_expected.isoformat() if r.next_expected else "", money(r.amount), rate_text(r.on_time_rate)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (4, COL_LATE, COL_AMOUNT, COL_RATE):
                    item.setTextAlignment(right)
                if r.late and c in (COL_STATUS, COL_LATE, COL_NEXT):
                    item.setForeground(LATE_FG)
                self.view.setItem(n, c, item)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the supplier
        for n, r in enumerate(rows):
            if r.id == keep or r.number == self._want:
                self.view.selectRow(n)
        self._want = None
        text = self.tr("{0} purchase orders").format(total)
        if total > len(rows):
            text += " " + self.tr("(the first {0} shown; the export has all)").format(len(rows))
        self.count_label.setText(text)
        self._selection_changed()
        self.sig_ready.emit(len(rows))

    def on_changes(self, changes: Changes, initiator) -> None:
        if changes.stock and self._activated:  # POs, receipts and master data report as stock changes
            self.refresh()

    # -- selection and actions ----------------------------------------------------------

    def selected_row(self) -> PORow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, number: str) -> PORow | None:
        for n, r in enumerate(self.rows):
            if r.number == number:
                self.view.selectRow(n)
                return r
        return None

    def _can(self, action: str) -> bool:
        r = self.selected_row()
        return r is not None and purchasing.can(r.status, r.received_any, action)

    def _selection_changed(self) -> None:
        r = self.selected_row()
        self.open_button.setEnabled(r is not None)
        self.open_button.setText(self.tr("Edit") if self.can_edit and self._can("edit") else self.tr("Open"))
        self.confirm_button.setEnabled(self.can_edit and self._can("confirm"))
        self.cancel_button.setEnabled(self.can_edit and self._can("cancel"))
        self.close_button.setEnabled(self.can_edit and self._can("close_short"))
        self.receive_button.setEnabled(self.can_receive and self._can("receive"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _show(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _dialog(self, po_id: uuid.UUID | None) -> None:
        today = self.today

        def work(s, a):
            return (*load_dialog(s, a, po_id), today or settings.factory_today(s))

        def show(result):
            po, suppliers, items, rates, day = result
            dialog = PODialog(self.ctx, suppliers, items, po, rates=rates, today=day,
                              read_only=not editable(self.ctx.actor, po), parent=self)
            dialog.accepted.connect(lambda: self._saved(dialog.saved))
            self._show(dialog)

        self.ctx.query(work, show, parent=self)

    def _saved(self, view) -> None:
        if view is not None:
            self.show_message(self.tr("Saved {0}.").format(view.number))
            if self.select(view.number) is None:
                self._want = view.number  # a new one: listed once the change is applied

    def new_po(self) -> None:
        if self.can_edit:
            self._dialog(None)

    def open_selected(self) -> None:
        r = self.selected_row()
        if r is not None:
            self._dialog(r.id)

    def _set_status(self, target: POStatus) -> None:
        r = self.selected_row()
        if r is None or not self.can_edit:
            return
        done = self.tr("{0} confirmed.") if target == POStatus.CONFIRMED else self.tr("{0} cancelled.")
        self.ctx.mutate(lambda s, a: purchasing.set_status(s, a, r.id, r.version, target), PO_CHANGES,
                        lambda v: self.show_message(done.format(v.number)), parent=self, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError):
            self.refresh()

    def close_short(self) -> None:
        r = self.selected_row()
        if r is None or not (self.can_edit and self._can("close_short")):
            return
        from .close_dialog import CloseShortDialog

        def show(result):
            po, _suppliers, items, _rates = result
            dialog = CloseShortDialog(self.ctx, po, {c.id: c for c in items}, parent=self)
            dialog.sig_closed.connect(lambda v: self.show_message(self.tr("{0} closed short.").format(v.number)))
            self._show(dialog)

        self.ctx.query(lambda s, a: load_dialog(s, a, r.id), show, parent=self)

    def receive(self) -> None:
        r = self.selected_row()
        if r is None or not (self.can_receive and self._can("receive")):
            return
        from sopdesk.ui.inventory.receive_dialog import ReceiveDialog

        dialog = ReceiveDialog(self.ctx, self)
        dialog.search.setText(r.number)  # the order's open lines
        dialog.reload()
        dialog.sig_received.connect(self.show_message)
        self._show(dialog)
