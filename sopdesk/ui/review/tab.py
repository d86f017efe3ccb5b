"""The Review tab (评审): open custom-order reviews with their clocks on the left, the
selected order's whole thread and the actions of the signed-in role on the right.

Production and supply answer here; sales confirms the date agreed with the customer (or
withdraws the order); everyone sees the clocks, overdue ones in red.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import Department, OrderStatus, ReviewTaskStatus, Role
from sopdesk.services import order_queries, planning_promise, review, settings
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.services.permissions import Permission
from sopdesk.services.review import ReviewView
from sopdesk.ui import errors, promise_text
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.orders import status_change
from sopdesk.ui.tablemodels.reviews import ReviewListModel, ReviewListRow
from sopdesk.ui.widgets import PaintWatcher, digit_width, fit_columns

from .answer_form import AnswerForm
from .confirm_dialog import ConfirmDialog
from .thread import ReviewThreadView

CLOCK_TICK_MS = 30_000
SHOW_ALL, SHOW_PRODUCTION, SHOW_SUPPLY, SHOW_SALES = "all", "production", "supply", "sales"


def load_list(session, actor) -> tuple[list[ReviewListRow], dt.datetime]:
    now = dt.datetime.now(dt.UTC)
    rows = [ReviewListRow.from_open(r) for r in review.open_reviews(session, actor, now)]
    rows += [ReviewListRow.from_awaiting(r)
             for r in order_queries.reviews_awaiting_confirmation(session, actor)]
    return rows, now


class ReviewTab(QWidget):
    """State: all rows of the last load, the filter, the selected order and its review.
    sig_ready(rows) after the first load is painted."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self._all_rows: list[ReviewListRow] = []
        self._activated = False
        self._pending_select: uuid.UUID | None = None
        self.current: ReviewView | None = None
        self.dialog: ConfirmDialog | None = None

        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("All reviews in progress"), SHOW_ALL)
        self.show_combo.addItem(self.tr("Waiting for production"), SHOW_PRODUCTION)
        self.show_combo.addItem(self.tr("Waiting for supply chain"), SHOW_SUPPLY)
        self.show_combo.addItem(self.tr("Waiting for sales to confirm"), SHOW_SALES)
        default = {Role.PRODUCTION: SHOW_PRODUCTION, Role.SUPPLY: SHOW_SUPPLY}.get(actor.role, SHOW_ALL)
        self.show_combo.setCurrentIndex(self.show_combo.findData(default))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.count_label = QLabel()
        self.model = ReviewListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        char = digit_width(self)
        for col, chars in enumerate((14, 18, 10, 14, 16, 10, 10)):
            self.view.setColumnWidth(col, chars * char + 16)

        self.thread = ReviewThreadView()
        # 可承诺交期: what the plan can promise for the order's lines; production, supply and
        # sales see the same proposal (services/planning_promise)
        self.promise_label = QLabel()
        self.promise_label.setWordWrap(True)
        self.promise_label.setStyleSheet("color: #1f2937; background: #f3f4f6; padding: 4px;")
        self.promise_label.hide()
        self.promise_today = settings.factory_today  # (session) -> date; tests fix it
        self.production_form = AnswerForm(Department.PRODUCTION)
        self.supply_form = AnswerForm(Department.SUPPLY)
        self.confirm_button = QPushButton(self.tr("Confirm with customer…"))
        self.withdraw_button = QPushButton(self.tr("Back to draft"))
        self.withdraw_button.setToolTip(self.tr("Take the order out of review to change it, then start a new review"))
        self.cancel_order_button = QPushButton(self.tr("Cancel order"))
        for b in (self.confirm_button, self.withdraw_button, self.cancel_order_button):
            b.setAutoDefault(False)
        self.sales_box = QWidget()
        sales = QHBoxLayout(self.sales_box)
        sales.setContentsMargins(0, 0, 0, 0)
        sales.addWidget(self.confirm_button)
        sales.addWidget(self.withdraw_button)
        sales.addWidget(self.cancel_order_button)
        sales.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_combo, 1)
        top.addWidget(self.refresh_button)
        ll.addLayout(top)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.thread, 1)
        rl.addWidget(self.promise_label)
        forms = QHBoxLayout()
        forms.addWidget(self.production_form)
        forms.addWidget(self.supply_form)
        rl.addLayout(forms)
        rl.addWidget(self.sales_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

        ctx.bus.sig_changes_applied.connect(self.on_changes)
        self._paint = PaintWatcher(self.view.viewport(), lambda: self.sig_ready.emit(self.model.rowCount()))
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_TICK_MS)
        self.clock.timeout.connect(self.tick)
        self.show_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.refresh_button.clicked.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.production_form.sig_submit.connect(self._answer)
        self.supply_form.sig_submit.connect(self._answer)
        self.confirm_button.clicked.connect(self.confirm)
        self.withdraw_button.clicked.connect(lambda: self.withdraw(OrderStatus.DRAFT))
        self.cancel_order_button.clicked.connect(lambda: self.withdraw(OrderStatus.CANCELLED))
        self._show_actions(None)

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.clock.start()
            self.refresh()

    def refresh(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.query(load_list, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        rows, now = result
        self._all_rows = rows
        self._apply_filter(now)
        self._paint.arm()
        self.view.viewport().update()

    def _apply_filter(self, now: dt.datetime | None = None) -> None:
        mode = self.show_combo.currentData()
        rows = self._all_rows
        if mode == SHOW_PRODUCTION:
            rows = [r for r in rows if r.department == Department.PRODUCTION]
        elif mode == SHOW_SUPPLY:
            rows = [r for r in rows if r.department == Department.SUPPLY]
        elif mode == SHOW_SALES:
            rows = [r for r in rows if r.department is None]
        keep = self._pending_select or (self.current.order_id if self.current else None)
        self.model.set_rows(rows, now)
        if rows:
            fit_columns(self.view, max_px=260)
        overdue = sum(1 for r in rows if r.due_at is not None and r.due_at < self.model.now)
        text = self.tr("{0} open").format(len(rows))
        if overdue:
            text += " · " + self.tr("{0} overdue").format(overdue)
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b42318; font-weight: bold;" if overdue else "")
        if keep is not None:
            self.show_order(keep)

    def tick(self) -> None:
        self.model.tick()
        if self.current is not None:
            self.thread.show_review(self.current)

    def on_changes(self, changes: Changes, initiator) -> None:
        if (changes.reviews or changes.orders) and self._activated:
            self.refresh()

    # -- selection ----------------------------------------------------------------------

    def show_order(self, order_id: uuid.UUID) -> None:
        """Select the order's row (if listed) and show its thread."""
        self._pending_select = None
        row = self.model.find(order_id)
        if row >= 0:
            if not any(i.row() == row for i in self.view.selectionModel().selectedRows()):
                self.view.selectRow(row)
            else:
                self._load_review(order_id)
        else:
            self.view.clearSelection()
            self._load_review(order_id)

    def open_order(self, order_id: uuid.UUID) -> None:
        """From another tab or the inbox: show this order's review."""
        if self.show_combo.currentData() != SHOW_ALL:
            self.show_combo.setCurrentIndex(self.show_combo.findData(SHOW_ALL))
        self._pending_select = order_id
        if not self._activated:
            self.activate()
        else:
            self.refresh()

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self._load_review(row.order_id)

    def _load_review(self, order_id: uuid.UUID) -> None:
        self.ctx.query(lambda s, a: review.get_review(s, a, order_id), self._show_review, parent=self)

    def _show_review(self, view: ReviewView) -> None:
        self.current = view
        self.thread.show_review(view)
        self._show_actions(view)
        self._ask_promise(view)

    def _ask_promise(self, view: ReviewView) -> None:
        if view.order_status != OrderStatus.IN_REVIEW:
            self.promise_label.hide()
            return
        order_id, today = view.order_id, self.promise_today
        self.promise_label.setText(self.tr("Proposed date: asking the plan…"))
        self.promise_label.show()

        def shown(answer) -> None:
            if self.current is not None and self.current.order_id == order_id:
                self.promise_label.setText(self.tr("Proposed date: {0}").format(promise_text.answer_text(answer)))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                self.promise_label.hide()
                self.ctx.show_error(self, exc)
            elif self.current is not None and self.current.order_id == order_id:
                self.promise_label.setText(self.tr("Proposed date: {0}").format(errors.sentence(exc)))

        self.ctx.query(lambda s, a: planning_promise.promise_order(s, a, order_id, start=today(s)), shown,
                       parent=self, on_error=failed)

    def _show_actions(self, view: ReviewView | None) -> None:
        actor = self.ctx.actor
        in_review = view is not None and view.order_status == OrderStatus.IN_REVIEW
        for form, perm, dept in ((self.production_form, Permission.REVIEW_ANSWER_PRODUCTION, Department.PRODUCTION),
                                 (self.supply_form, Permission.REVIEW_ANSWER_SUPPLY, Department.SUPPLY)):
            task = view.task(dept) if view is not None else None
            usable = in_review and actor.can(perm) and task is not None \
                and task.status != ReviewTaskStatus.CANCELLED
            form.setVisible(usable)
            if usable:
                form.set_task(task, view.today)
        can_sell = actor.can(Permission.ORDER_EDIT) and in_review
        self.sales_box.setVisible(can_sell)
        if can_sell:
            self.confirm_button.setEnabled(bool(view.answered and view.feasible))
            self.confirm_button.setToolTip(
                "" if view.answered else self.tr("Production and supply chain have not both answered yet"))

    # -- actions ------------------------------------------------------------------------

    def _answer(self, task, feasible, lead_days, arrival, comment, revise) -> None:
        form = self.production_form if task.department == Department.PRODUCTION else self.supply_form
        form.send.setEnabled(False)

        def work(s, a):
            return review.answer(s, a, task.id, task.version, feasible, lead_days, arrival,
                                 comment, revise=revise)

        def done(view):
            form.send.setEnabled(True)
            self._show_review(view)

        def failed(exc):
            form.send.setEnabled(True)
            if isinstance(exc, ServiceError) and not isinstance(exc, ConflictError) \
                    and exc.code in ("invalid", "invalid_transition"):
                form.error.show_message(errors.sentence(exc))
            else:
                self.ctx.show_error(self, exc)
                self._load_review(task.order_id)

        self.ctx.mutate(work, Changes(reviews=True, orders=True, inbox=True), done,
                        parent=self, initiator=self, on_error=failed)

    def confirm(self) -> None:
        if self.current is None:
            return
        dialog = ConfirmDialog(self.ctx, self.current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog  # the open dialog (tests drive it)
        dialog.accepted.connect(lambda: self._show_review(dialog.confirmed) if dialog.confirmed else None)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def withdraw(self, target: OrderStatus) -> None:
        view = self.current
        if view is None:
            return
        question = (self.tr("Take order {0} back to draft? Open review tasks are cancelled.")
                    if target == OrderStatus.DRAFT else
                    self.tr("Cancel order {0}? Open review tasks are cancelled."))
        if not status_change.ask(self, question.format(view.order_number)):
            return
        order_id, version = view.order_id, view.order_version
        self.ctx.mutate(lambda s, a: review.withdraw(s, a, order_id, version, target),
                        Changes(reviews=True, orders=True, inbox=True), self._show_review,
                        parent=self, initiator=self)
