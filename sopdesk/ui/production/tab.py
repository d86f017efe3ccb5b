"""The Production tab (生产): work orders with filters, late ones first, progress; new,
release, material issue (领料), output report (完工入库), close, cancel; and the lines of
confirmed custom orders that still wait for their work order (make-to-order proposals)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import WorkOrderStatus
from sopdesk.services import exports, locations, settings, shop_floor, work_orders
from sopdesk.services.permissions import Permission
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext

from .dialogs import NewWorkOrderDialog, ReportDialog, WorkOrderDialog, qty_text, status_text

COLUMNS = (
    QT_TRANSLATE_NOOP("ProductionTab", "Number"), QT_TRANSLATE_NOOP("ProductionTab", "Product"),
    QT_TRANSLATE_NOOP("ProductionTab", "Quantity"), QT_TRANSLATE_NOOP("ProductionTab", "Good"),
    QT_TRANSLATE_NOOP("ProductionTab", "Scrap"), QT_TRANSLATE_NOOP("ProductionTab", "Progress"),
    QT_TRANSLATE_NOOP("ProductionTab", "Line"), QT_TRANSLATE_NOOP("ProductionTab", "Planned start"),
    QT_TRANSLATE_NOOP("ProductionTab", "Planned end"), QT_TRANSLATE_NOOP("ProductionTab", "Status"),
    QT_TRANSLATE_NOOP("ProductionTab", "Sales order"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ProductionTab", text)


class ProductionTab(QWidget):
    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: the factory's today (tests pass a date)
        self.can_edit = ctx.actor.can(Permission.PLAN_EDIT)
        self.can_move = ctx.actor.can(Permission.STOCK_PRODUCTION) and ctx.actor.can(Permission.PRODUCTION_REPORT)
        self._activated = False
        self.rows: list[work_orders.WorkOrderRow] = []
        self.proposal_rows: list[work_orders.WorkOrderProposal] = []
        self._lines: list = []
        self.dialog = None

        self.status = QComboBox()
        self.status.addItem(self.tr("Not finished"), "open")
        self.status.addItem(self.tr("All statuses"), None)
        for s in WorkOrderStatus:
            self.status.addItem(status_text(s), s.value)
        self.line = QComboBox()
        self.line.addItem(self.tr("All lines"), None)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Product or number"))
        self.text.setClearButtonEnabled(True)
        self.late_only = QCheckBox(self.tr("Late only"))
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Status")), self.status, QLabel(self.tr("Line")), self.line, self.text,
                  self.late_only):
            bar.addWidget(w)
        bar.addStretch(1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)

        self.new_button = QPushButton(self.tr("New work order"))
        self.release_button = QPushButton(self.tr("Release"))
        self.issue_button = QPushButton(self.tr("Issue material"))
        self.report_button = QPushButton(self.tr("Report output"))
        self.close_button = QPushButton(self.tr("Close"))
        self.cancel_button = QPushButton(self.tr("Cancel work order"))
        self.open_button = QPushButton(self.tr("Open"))
        actions = QHBoxLayout()
        for b in (self.new_button, self.release_button, self.issue_button, self.report_button,
                  self.close_button, self.cancel_button, self.open_button):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addStretch(1)
        self.new_button.setVisible(self.can_edit)
        for b in (self.release_button, self.close_button, self.cancel_button):
            b.setVisible(self.can_edit)
        for b in (self.issue_button, self.report_button):
            b.setVisible(self.can_move)

        self.view = QTableWidget(0, len(COLUMNS))
        self.view.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)

        self.proposals_box = QGroupBox(self.tr("Custom orders waiting for a work order"))
        self.proposals = QTableWidget(0, 5)
        self.proposals.setHorizontalHeaderLabels([self.tr("Sales order"), self.tr("Customer"), self.tr("Product"),
                                                  self.tr("Open quantity"), self.tr("Due")])
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals.verticalHeader().hide()
        self.proposals.horizontalHeader().setStretchLastSection(True)
        self.proposals.setMaximumHeight(150)
        self.propose_button = QPushButton(self.tr("Create work order"))
        self.propose_button.setVisible(self.can_edit)
        box = QHBoxLayout(self.proposals_box)
        box.addWidget(self.proposals, 1)
        box.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.proposals_box.hide()

        lay = QVBoxLayout(self)
        lay.addLayout(actions)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.proposals_box)

        ctx.bus.sig_changes_applied.connect(self.on_changes)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.line.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text.returnPressed.connect(self.refresh)
        self.text.textChanged.connect(lambda t: self.refresh() if not t else None)
        self.late_only.toggled.connect(lambda _c: self.refresh())
        self.view.itemSelectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.proposals.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(lambda: self.new_work_order(None))
        self.release_button.clicked.connect(lambda: self._status_action(work_orders.release))
        self.close_button.clicked.connect(lambda: self._status_action(work_orders.close))
        self.cancel_button.clicked.connect(lambda: self._status_action(work_orders.cancel))
        self.issue_button.clicked.connect(self.issue_material)
        self.report_button.clicked.connect(self.report_output)
        self.open_button.clicked.connect(self.open_selected)
        self.propose_button.clicked.connect(self.create_from_proposal)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()

    def filters(self) -> dict:
        status = self.status.currentData()
        out = {"open_only": status == "open", "status": status if status not in (None, "open") else None,
               "work_center_id": self.line.currentData(), "text": self.text.text().strip(),
               "late_only": self.late_only.isChecked()}
        if self.today is not None:
            out["today"] = self.today
        return out

    def export_request(self) -> exports.ExportRequest:
        return exports.ExportRequest("work-orders", self.filters())

    def refresh(self) -> None:
        if not self._activated:
            return
        filters, today = self.filters(), self.today
        need_lines = not self._lines

        def work(s, a):
            day = today or settings.factory_today(s)
            rows = work_orders.list_work_orders(s, a, work_orders.filter_from(filters), today=day)
            lines = shop_floor.line_choices(s, a) if need_lines else None
            return rows, work_orders.proposals(s, a), lines

        self.count_label.setText(self.tr("Loading…"))
        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        rows, proposals, lines = result
        if lines is not None and not self._lines:
            self._lines = lines
            self.line.blockSignals(True)
            for ln in lines:
                self.line.addItem(ln.label, ln.id)
            self.line.blockSignals(False)
        keep = self.selected_row().id if self.selected_row() else None
        self.rows = rows
        self.view.setRowCount(len(rows))
        late_color = QColor("#b42318")
        for n, r in enumerate(rows):
            cells = [r.number, f"{r.item_code} {r.item_name}", f"{qty_text(r.qty)} {r.unit}", qty_text(r.good_qty),
                     qty_text(r.scrap_qty), f"{r.progress:.0%}", r.work_center_code or "",
                     f"{r.planned_start:%Y-%m-%d}", f"{r.planned_end:%Y-%m-%d}", status_text(r.status),
                     r.sales_order_number or ""]
            if r.late:
                cells[9] += " · " + self.tr("late")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.late and c in (8, 9):
                    item.setForeground(late_color)
                self.view.setItem(n, c, item)
        self.view.resizeColumnsToContents()
        if keep is not None:
            for n, r in enumerate(rows):
                if r.id == keep:
                    self.view.selectRow(n)
        self.count_label.setText(self.tr("{0} work orders").format(len(rows)))
        self.proposal_rows = proposals
        self.proposals.setRowCount(len(proposals))
        for n, p in enumerate(proposals):
            cells = [f"{p.order_number} / {p.line_no}", p.customer_name, f"{p.item_code} {p.item_name}",
                     f"{qty_text(p.open_qty)} {p.unit}", f"{p.due:%Y-%m-%d}" if p.due else ""]
            for c, text in enumerate(cells):
                self.proposals.setItem(n, c, QTableWidgetItem(text))
        self.proposals.resizeColumnsToContents()
        self.proposals_box.setVisible(bool(proposals))
        self._selection_changed()
        self.sig_ready.emit(len(rows))

    def on_changes(self, changes: Changes, initiator) -> None:
        if (changes.orders or changes.stock or changes.reviews) and self._activated:
            self.refresh()

    # -- selection and actions ----------------------------------------------------------

    def selected_row(self) -> work_orders.WorkOrderRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def selected_proposal(self) -> work_orders.WorkOrderProposal | None:
        rows = self.proposals.selectionModel().selectedRows()
        return self.proposal_rows[rows[0].row()] if rows and rows[0].row() < len(self.proposal_rows) else None

    def _selection_changed(self) -> None:
        r = self.selected_row()
        self.release_button.setEnabled(self.can_edit and r is not None and work_orders.can(r, "release"))
        self.close_button.setEnabled(self.can_edit and r is not None and work_orders.can(r, "close"))
        self.cancel_button.setEnabled(self.can_edit and r is not None and work_orders.can(r, "cancel"))
        self.issue_button.setEnabled(self.can_move and r is not None and work_orders.can(r, "issue"))
        self.report_button.setEnabled(self.can_move and r is not None and work_orders.can(r, "report"))
        self.open_button.setEnabled(r is not None)
        self.propose_button.setEnabled(self.can_edit and self.selected_proposal() is not None)

    def _today(self, session) -> dt.date:
        return self.today or settings.factory_today(session)

    def new_work_order(self, proposal) -> None:
        if not self.can_edit:
            return
        today = self.today

        def work(s, a):
            products = work_orders.product_choices(s, a)
            return products, shop_floor.line_choices(s, a), today or settings.factory_today(s)

        def show(result):
            products, lines, day = result
            dialog = NewWorkOrderDialog(self.ctx, products, lines, day, proposal, parent=self)
            self._show(dialog)

        self.ctx.query(work, show, parent=self)

    def create_from_proposal(self) -> None:
        p = self.selected_proposal()
        if p is not None:
            self.new_work_order(p)

    def _show(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _status_action(self, fn) -> None:
        r = self.selected_row()
        if r is None:
            return
        today = self.today
        self.ctx.mutate(lambda s, a: fn(s, a, r.id, r.version, today=today), Changes(orders=True), None,
                        parent=self, on_error=self._action_failed)

    def _action_failed(self, exc) -> None:
        from sopdesk.services.errors import ConflictError

        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError):
            self.refresh()

    def issue_material(self) -> None:
        r = self.selected_row()
        if r is None or not work_orders.can(r, "issue"):
            return
        from sopdesk.ui.shopfloor.issue_dialog import IssueDialog

        card = shop_floor.WorkOrderCard(
            id=r.id, number=r.number, item_id=r.item_id, item_code=r.item_code, item_name=r.item_name, unit=r.unit,
            qty=r.qty, good_qty=r.good_qty, scrap_qty=r.scrap_qty, planned_start=r.planned_start,
            planned_end=r.planned_end, status=r.status, work_center_id=r.work_center_id,
            work_center_code=r.work_center_code, backflush=False, late=r.late)  # issue dialog ignores backflush
        self._show(IssueDialog(self.ctx, card, parent=self))

    def report_output(self) -> None:
        r = self.selected_row()
        if r is None or not work_orders.can(r, "report"):
            return

        def work(s, a):
            return locations.location_choices(s, a), work_orders.is_backflushed(s, a, r.id)

        self.ctx.query(work, lambda res: self._show(ReportDialog(self.ctx, r, res[0], res[1], parent=self)),
                       parent=self)

    def open_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        today = self.today
        self.ctx.query(lambda s, a: work_orders.get(s, a, r.id, today=today),
                       lambda d: self._show(WorkOrderDialog(self.ctx, d, parent=self)), parent=self)
