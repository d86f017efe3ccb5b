"""The Inventory tab (库存): on-hand, reserved and available per item, with quick search;
the moves behind an item; Receive (收货) and Stock count (盘点) for the roles allowed.

Everyone with STOCK_VIEW sees the list read-only (sales: availability); the action buttons
exist only for STOCK_RECEIVE (receive) and STOCK_ADJUST (count); services check again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import inventory
from sopdesk.services.inventory import StockFilter, StockRow
from sopdesk.services.permissions import Permission
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.tablemodels.paged import PageSource, service_source
from sopdesk.ui.widgets import PaintWatcher, fit_columns

from .model import STOCK_INDEX, StockModel

SEARCH_DELAY_MS = 300
# What a receipt or a count changes (the tab also refreshes for order changes, which move
# reserved and available quantities).
STOCK_CHANGES = Changes(stock=True)


def stock_source(ctx: AppContext) -> PageSource:
    return service_source(ctx.db, ctx.actor, inventory.count_stock, inventory.fetch_stock)


class InventoryTab(QWidget):
    """State: the context, the stock model, whether the first load happened, the open
    dialog (tests drive it). sig_ready(rows) once the first page is painted."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.can_receive = actor.can(Permission.STOCK_RECEIVE) and actor.can(Permission.PO_VIEW)
        self.can_count = actor.can(Permission.STOCK_ADJUST)
        self._activated = False
        self._sized = False
        self.dialog = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, name or spec"))
        self.search.setClearButtonEnabled(True)
        self.below_only = QCheckBox(self.tr("Below safety stock only"))
        self.short_only = QCheckBox(self.tr("Short only"))
        self.short_only.setToolTip(self.tr("Available below zero"))
        self.stock_only = QCheckBox(self.tr("With stock only"))
        self.moves_button = QPushButton(self.tr("Moves…"))
        self.moves_button.setToolTip(self.tr("The moves behind the selected item's on-hand (double-click a row)"))
        self.receive_button = QPushButton(self.tr("Receive…"))
        self.receive_button.setToolTip(self.tr("Goods receipt against an open purchase order line"))
        self.count_button = QPushButton(self.tr("Stock count…"))
        self.count_button.setToolTip(self.tr("Enter counted quantities at a location and post the differences"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        for b in (self.moves_button, self.receive_button, self.count_button, self.refresh_button):
            b.setAutoDefault(False)
        self.receive_button.setVisible(self.can_receive)
        self.count_button.setVisible(self.can_count)
        self.read_only_note = QLabel(self.tr("Read only: availability for your role"))
        self.read_only_note.setStyleSheet("color: #4b5563;")
        self.read_only_note.setVisible(not (self.can_receive or self.can_count))
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setStyleSheet("color: #1e7b3c;")
        self.message.setVisible(False)

        self.model = StockModel(stock_source(ctx), ctx.runner, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(STOCK_INDEX["code"], Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)  # a wide empty flag column reads as missing data

        actions = QHBoxLayout()
        for w in (self.receive_button, self.count_button, self.moves_button, self.refresh_button):
            actions.addWidget(w)
        actions.addWidget(self.read_only_note)
        actions.addStretch(1)
        actions.addWidget(self.message)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for w in (self.below_only, self.short_only, self.stock_only):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        stock_page = QWidget()
        stock_lay = QVBoxLayout(stock_page)
        stock_lay.setContentsMargins(0, 0, 0, 0)
        stock_lay.addLayout(actions)
        stock_lay.addLayout(filters)
        stock_lay.addWidget(self.view, 1)
        from .health import HealthView, ShortageView

        self.health = HealthView(ctx)
        self.shortages = ShortageView(ctx)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(stock_page, self.tr("Stock"))
        self.pages.addTab(self.health, self.tr("Health"))
        self.pages.addTab(self.shortages, self.tr("Shortages"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)
        self.pages.currentChanged.connect(self._page_changed)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.below_only, self.short_only, self.stock_only):
            box.toggled.connect(lambda _c: self.apply_filter())
        header.sortIndicatorChanged.connect(self.model.sort)
        self.model.sig_page_loaded.connect(lambda _n: self._loaded(self.model.total))
        self.model.sig_failed.connect(self._load_failed)
        self.view.doubleClicked.connect(lambda _i: self.show_moves())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.moves_button.clicked.connect(self.show_moves)
        self.receive_button.clicked.connect(self.receive)
        self.count_button.clicked.connect(self.stock_count)
        self.refresh_button.clicked.connect(self.refresh)
        ctx.bus.sig_changes_applied.connect(self.on_changes)
        ctx.bus.sig_remote.connect(self.on_remote)
        self._paint = PaintWatcher(self.view.viewport(), lambda: self.sig_ready.emit(self.model.rowCount()))
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def current_filter(self) -> StockFilter:
        return StockFilter(search=self.search.text().strip(), below_safety_only=self.below_only.isChecked(),
                           short_only=self.short_only.isChecked(), with_stock_only=self.stock_only.isChecked())

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.refresh()

    def refresh(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_query(self.current_filter())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self._activated:
            self.refresh()

    def _loaded(self, total: int) -> None:
        if not self._sized and self.model.rowCount():
            fit_columns(self.view, max_px=320)
            self._sized = True
        shown = self.model.rowCount()
        text = self.tr("{0} items").format(f"{total:,}")
        if shown < total:
            text += " " + self.tr("({0} loaded)").format(f"{shown:,}")
        self.count_label.setText(text)
        self._selection_changed()
        self._paint.arm()
        self.view.viewport().update()

    def _load_failed(self, exc) -> None:
        self.count_label.setText(self.tr("Could not load"))
        self.ctx.show_error(self, exc)

    def export_request(self):
        """File → Export: the sub-tab showing, with its filters and sort (services.exports)."""
        page = self.pages.currentWidget()
        if page in (self.health, self.shortages):
            return page.export_request()
        from sopdesk.services.exports import ExportRequest
        from sopdesk.services.inventory_exports import stock_filters

        return ExportRequest("on-hand", stock_filters(self.current_filter(), self.model.sort_spec))

    def _page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in (self.health, self.shortages) and self._activated:
            page.activate()

    def on_remote(self, event) -> None:
        """Another PC's commit (live refresh): the loaded rows are merged in place."""
        from sopdesk.ui.live import STOCK_TABLES

        if self._activated and event.touches(*STOCK_TABLES):
            self.model.update_loaded()

    def on_changes(self, changes: Changes, initiator) -> None:
        # orders change reservations (available); stock changes on-hand
        if (changes.stock or changes.orders) and self._activated:
            self.refresh()
            for page in (self.health, self.shortages):
                if page.activated:
                    page.refresh()

    # -- selection and actions ----------------------------------------------------------

    def selected_row(self) -> StockRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.moves_button.setEnabled(self.selected_row() is not None)

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def show_moves(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from .moves_dialog import MovesDialog

        self._open(MovesDialog(self.ctx, row, self))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def receive(self) -> None:
        if not self.can_receive:
            return
        from .receive_dialog import ReceiveDialog

        dialog = ReceiveDialog(self.ctx, self)
        dialog.sig_received.connect(self.show_message)
        self._open(dialog)

    def stock_count(self) -> None:
        if not self.can_count:
            return
        from .count_dialog import CountDialog

        dialog = CountDialog(self.ctx, self)
        dialog.sig_posted.connect(self.show_message)
        self._open(dialog)
