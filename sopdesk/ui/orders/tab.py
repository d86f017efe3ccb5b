"""The Orders tab (订单): filter bar, the paged order-line table, and order actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import OrderStatus
from sopdesk.services import order_queries, orders
from sopdesk.services.errors import ConflictError
from sopdesk.services.order_queries import OrderLineRow
from sopdesk.services.order_states import EDITABLE, allowed_next
from sopdesk.services.permissions import Permission
from sopdesk.ui import labels
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.tablemodels.order_lines import COLUMN_INDEX, COLUMNS, OrderLinesModel, PageSource
from sopdesk.ui.tablemodels.paged import service_source
from sopdesk.ui.widgets import PaintWatcher, digit_width, fit_columns

from .filters import FilterBar
from .order_dialog import OrderDialog


def page_source(ctx: AppContext) -> PageSource:
    return service_source(ctx.db, ctx.actor, order_queries.count_lines, order_queries.fetch_lines)


class OrdersTab(QWidget):
    """State: the context, the model, cached customer/product choices (loaded on first
    need, dropped when orders master data changes), whether the first load happened.
    sig_ready(rows) once the first page is painted after each (re)query the tab asked for;
    sig_open_review(order_id) asks the main window to show an order's review."""

    sig_ready = Signal(int)
    sig_open_review = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.ORDER_EDIT)
        self._choices: tuple[list, list] | None = None
        self._activated = False
        self.dialog: OrderDialog | None = None

        self.filters = FilterBar()
        self.model = OrderLinesModel(page_source(ctx), ctx.runner, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several lines (of one customer's orders) may ship together
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN_INDEX["number"], Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        char = digit_width(self)
        for n, col in enumerate(COLUMNS):  # header and typical width now, a sample after loading
            title_w = self.fontMetrics().horizontalAdvance(self.model.headerData(n, Qt.Orientation.Horizontal)) + 28
            header.resizeSection(n, max(title_w, col.width_chars * char + 16))
        self._sized = False

        self.new_button = QPushButton(self.tr("New order"))
        self.new_button.setToolTip(self.tr("Create a sales order (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit") if self.can_edit else self.tr("Open"))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Change status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.review_button = QPushButton(self.tr("Show review"))
        self.can_ship = ctx.actor.can(Permission.STOCK_SHIP)
        self.ship_today = None  # the ship dialog's date: None for the factory's today (tests set one)
        self.ship_button = QPushButton(self.tr("Ship…"))
        self.ship_button.setVisible(self.can_ship)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload from the database (F5)"))
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for b in (self.new_button, self.edit_button, self.review_button, self.refresh_button, self.ship_button):
            b.setAutoDefault(False)
        self.new_button.setVisible(self.can_edit)
        self.status_button.setVisible(self.can_edit)

        actions = QHBoxLayout()
        for w in (self.new_button, self.edit_button, self.status_button, self.ship_button, self.review_button,
                  self.refresh_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.filters.second_row.addWidget(self.count_label)
        lay = QVBoxLayout(self)
        lay.addLayout(actions)
        lay.addWidget(self.filters)
        lay.addWidget(self.view, 1)

        for text, seq, slot in ((self.tr("New order"), "Ctrl+N", self.new_order),
                                (self.tr("Refresh"), "F5", self.refresh)):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(seq))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        ctx.bus.sig_changes_applied.connect(self.on_changes)
        ctx.bus.sig_remote.connect(self.on_remote)
        self.editing: dict[str, list] = {}  # order id -> others editing it (presence)
        self.editing_label = QLabel()
        self.editing_label.setStyleSheet("color: #1d4ed8;")
        self.filters.second_row.insertWidget(0, self.editing_label)
        self._paint = PaintWatcher(self.view.viewport(), self._painted)
        self.filters.sig_filter_changed.connect(self._filter_changed)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_page_loaded.connect(lambda _n: self._update_count())
        self.model.sig_failed.connect(self._load_failed)
        self.view.doubleClicked.connect(lambda _i: self.edit_order())
        self.view.activated.connect(lambda _i: self.edit_order())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_button.clicked.connect(self.new_order)
        self.edit_button.clicked.connect(self.edit_order)
        self.review_button.clicked.connect(self._open_review)
        self.ship_button.clicked.connect(self.ship)
        self.refresh_button.clicked.connect(self.refresh)
        self._selection_changed()
        self.count_label.setText(self.tr("Loading…"))

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()
            self._load_choices(lambda: None)
            self._load_editing()

    def refresh(self) -> None:
        row = self.selected_row()
        self._keep_line = row.line_id if row is not None else None  # reselected after loading
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_query(self.filters.current())

    def _filter_changed(self, flt) -> None:
        if self._activated:
            self.count_label.setText(self.tr("Loading…"))
            self.model.set_query(flt)

    def _loaded(self, total: int) -> None:
        if not self._sized and self.model.rowCount():
            fit_columns(self.view, max_px=320)  # once, from the first page: the user may resize
            self._sized = True
        self._update_count()
        keep, self._keep_line = getattr(self, "_keep_line", None), None
        if keep is not None:
            row = next((n for n in range(self.model.rowCount()) if self.model.row_at(n).line_id == keep), -1)
            if row >= 0:
                self.view.selectRow(row)
        self._selection_changed()
        self._paint.arm()
        self.view.viewport().update()

    def _painted(self) -> None:
        self.sig_ready.emit(self.model.rowCount())

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        text = self.tr("{0} lines").format(f"{total:,}")
        if shown < total:
            text += " " + self.tr("({0} loaded)").format(f"{shown:,}")
        self.count_label.setText(text)

    def _load_failed(self, exc) -> None:
        self.count_label.setText(self.tr("Could not load"))
        self.ctx.show_error(self, exc)

    def on_changes(self, changes: Changes, initiator) -> None:
        if (changes.orders or changes.reviews) and self._activated:
            self.refresh()

    def on_remote(self, event) -> None:
        """Another PC (or window) committed: merge the loaded rows in place (selection and
        scroll stay), refresh who is editing what. An open dialog handles it itself."""
        if not self._activated:
            return
        from sopdesk.ui.live import ORDER_TABLES

        if event.touches(*(t for t in ORDER_TABLES if t != "presence")):
            self.model.update_loaded()
        if event.touches("presence"):
            self._load_editing()

    def _load_editing(self) -> None:
        from sopdesk.db import changefeed
        from sopdesk.services import presence

        self.ctx.query(lambda s, a: presence.editing(s, a, presence.ORDER, exclude_client=changefeed.CLIENT_ID),
                       self._editing_loaded, on_error=lambda _exc: None)

    def _editing_loaded(self, editing: dict) -> None:
        self.editing = editing
        self.model.editing = editing
        self._show_editing()

    def _show_editing(self) -> None:
        row = self.selected_row()
        others = self.editing.get(str(row.order_id), []) if row is not None else []
        self.editing_label.setText("; ".join(self.tr("{0} is editing {1}").format(o.display_name, o.doc_label)
                                             for o in others))

    def _load_choices(self, then) -> None:
        if self._choices is not None:
            then()
            return

        def work(s, a):
            return order_queries.customer_choices(s, a), order_queries.product_choices(s, a)

        def done(result):
            self._choices = result
            self.filters.set_customers(result[0])
            then()

        self.ctx.query(work, done, parent=self)

    # -- selection and actions ----------------------------------------------------------

    def selected_row(self) -> OrderLineRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_rows(self) -> list[OrderLineRow]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def _selection_changed(self) -> None:
        self._show_editing()
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.review_button.setEnabled(row is not None and row.is_custom)
        self._update_ship()
        self.status_menu.clear()
        one_order = len({r.order_id for r in self.selected_rows()}) == 1
        if row is not None and self.can_edit and one_order:
            for target in self._next_statuses(row):
                act = self.status_menu.addAction(labels.status_action(target))
                act.triggered.connect(lambda _c=False, t=target, r=row: self.change_status(r, t))
        self.status_button.setEnabled(bool(self.status_menu.actions()))

    @staticmethod
    def _next_statuses(row: OrderLineRow) -> list[OrderStatus]:
        nxt = allowed_next(row.status, is_custom=row.is_custom)
        return [s for s in OrderStatus if s in nxt]

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.view.selectionModel().selectedRows()}:
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.edit_button.text(), self.edit_order)
        if self.review_button.isEnabled():
            menu.addAction(self.review_button.text(), self._open_review)
        if self.can_ship and self.ship_button.isEnabled():
            menu.addAction(self.ship_button.text(), self.ship)
        if self.status_menu.actions():
            menu.addSeparator()
            for act in self.status_menu.actions():
                menu.addAction(act)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _open_review(self) -> None:
        row = self.selected_row()
        if row is not None and row.is_custom:
            self.sig_open_review.emit(row.order_id)

    def new_order(self) -> None:
        if not self.can_edit:
            return
        self._load_choices(lambda: self._run_dialog(None))

    def edit_order(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._load_choices(lambda: self.ctx.query(
            lambda s, a: orders.get_order(s, a, row.order_id), self._run_dialog, parent=self))

    def _run_dialog(self, order) -> None:
        customers, products = self._choices
        read_only = not self.can_edit or (order is not None and order.status not in EDITABLE)
        dialog = OrderDialog(self.ctx, customers, products, order, parent=self, read_only=read_only)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog  # the open dialog (tests drive it)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.view.setFocus()

    def _update_ship(self) -> None:
        from sopdesk.ui.shipping.from_orders import ship_state

        order_ids, reason = ship_state(self.ctx.actor, self.selected_rows())
        self.ship_button.setEnabled(bool(order_ids))
        self.ship_button.setToolTip(reason or self.tr("Ship the open lines of the selected orders (发货)"))

    def ship(self) -> None:
        """Ship… (发货): the open lines of the selected orders, of one customer."""
        from sopdesk.ui.shipping.from_orders import start_shipping

        if not self.can_ship:
            return
        dialog = start_shipping(self, self.ctx, self.selected_rows(), today=self.ship_today)
        if dialog is not None:
            self.dialog = dialog  # the open dialog (tests drive it)
            dialog.finished.connect(self._dialog_finished)

    def change_status(self, row: OrderLineRow, target: OrderStatus) -> None:
        from .status_change import change_order_status

        change_order_status(self, self.ctx, row, target)

    def handle_conflict(self, exc: ConflictError) -> None:
        who = exc.info.changed_by if exc.info else None
        QMessageBox.information(self, self.tr("Changed on another PC"), self.tr(
            "{0} changed this order after the list was loaded. The list is reloaded; check "
            "the order and try again.").format(who or self.tr("Another user")))
        self.refresh()
