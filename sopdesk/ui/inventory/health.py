"""Read-only sub-views of the Inventory tab: stock health (库存健康度: below safety,
slow-moving, excess, ABC; searched and sorted in SQL) and shortages (缺料) of open demand,
searched and filtered, a row opening the documents behind it; from
services.inventory_health and services.inventory_drilldown. Each view's export_request()
is the list on screen for File → Export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import inventory_drilldown, inventory_health
from sopdesk.services.exports import ExportRequest
from sopdesk.services.inventory_drilldown import MAKE_ANY, MAKE_BUY, MAKE_MAKE, ShortageFilter
from sopdesk.services.inventory_exports import health_filters, shortage_filters
from sopdesk.services.inventory_health import HealthFilter, HealthSort
from sopdesk.services.permissions import Permission
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import fit_columns

from .model import LOW_BG, LOW_FG, SHORT_BG, SHORT_FG, RowsModel, fmt_qty, kind_label

HEALTH_ROWS = 1000
_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


def _yes(flag: bool) -> str:
    return "●" if flag else ""


def _days(value) -> str:
    return "" if value is None else f"{value:.0f}"


def _money(value) -> str:
    return f"{value:,.2f}"


HEALTH_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Code"), _L, lambda r: r.code),
    (QT_TRANSLATE_NOOP("InventoryModel", "Name"), _L, lambda r: r.name),
    (QT_TRANSLATE_NOOP("InventoryModel", "Kind"), _C, lambda r: kind_label(r.kind)),
    (QT_TRANSLATE_NOOP("InventoryModel", "On hand"), _R, lambda r: fmt_qty(r.on_hand)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Safety stock"), _R, lambda r: fmt_qty(r.safety_stock)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Below safety"), _C, lambda r: _yes(r.below_safety)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Daily use"), _R, lambda r: fmt_qty(r.daily_use.quantize(Decimal("0.01")))),
    (QT_TRANSLATE_NOOP("InventoryModel", "Days of supply"), _R, lambda r: _days(r.days_of_supply)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Slow-moving"), _C, lambda r: _yes(r.slow_moving)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Excess"), _R, lambda r: fmt_qty(r.excess_qty) if r.excess_qty > 0 else ""),
    (QT_TRANSLATE_NOOP("InventoryModel", "Stock value"), _R, lambda r: _money(r.value)),
    (QT_TRANSLATE_NOOP("InventoryModel", "ABC"), _C, lambda r: r.abc),
]
HEALTH_SORT = ("code", "name", "kind", "on_hand", "safety_stock", "shortfall", "consumed", "days_of_supply",
               "last_move_at", "excess", "value", "abc")  # the sort key of each health column
SHORTAGE_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Code"), _L, lambda r: r.code),
    (QT_TRANSLATE_NOOP("InventoryModel", "Name"), _L, lambda r: r.name),
    (QT_TRANSLATE_NOOP("InventoryModel", "Unit"), _C, lambda r: r.unit),
    (QT_TRANSLATE_NOOP("InventoryModel", "Required"), _R, lambda r: fmt_qty(r.required)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Usable stock"), _R, lambda r: fmt_qty(r.available)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Short"), _R, lambda r: fmt_qty(r.short_qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Covered"), _R, lambda r: fmt_qty(r.covered_qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Not covered"), _R,
     lambda r: fmt_qty(r.uncovered_qty) if r.uncovered_qty else ""),
    (QT_TRANSLATE_NOOP("InventoryModel", "First need"), _C, lambda r: r.first_need_date.isoformat()),
    (QT_TRANSLATE_NOOP("InventoryModel", "Covered by"), _C,
     lambda r: r.covered_by.isoformat() if r.covered_by else ""),
    (QT_TRANSLATE_NOOP("InventoryModel", "Cure"), _C,
     lambda r: QCoreApplication.translate("InventoryModel", "Work order") if r.make
     else QCoreApplication.translate("InventoryModel", "Purchase")),
    (QT_TRANSLATE_NOOP("InventoryModel", "Covered by documents"), _L,
     lambda r: ", ".join(dict.fromkeys(c.number for c in r.covers))),  # each document once
]
SHOW_ALL, SHOW_BELOW, SHOW_SLOW, SHOW_EXCESS, SHOW_A = "all", "below", "slow", "excess", "A"


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(False)
    return view


class _LazyView(QWidget):
    """Loads on first activate(); refresh() reloads."""

    def __init__(self, ctx: AppContext, columns, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activated = False
        self.model = RowsModel(columns, self)
        self.view = _table(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.top = QHBoxLayout()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        self.refresh_button.clicked.connect(lambda: self.refresh())

    def activate(self) -> None:
        if not self.activated:
            self.activated = True
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.activated:
            self.refresh()

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        if rows:
            fit_columns(self.view, max_px=280, bold=False)


class HealthView(_LazyView):
    """Health per item, filtered by one flag; a summary line of counts and values."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, HEALTH_COLUMNS, parent)
        self.show_combo = QComboBox()
        for text, key in ((self.tr("All items"), SHOW_ALL), (self.tr("Below safety stock"), SHOW_BELOW),
                          (self.tr("Slow-moving (no move for 90 days)"), SHOW_SLOW),
                          (self.tr("Excess stock"), SHOW_EXCESS), (self.tr("Class A items"), SHOW_A)):
            self.show_combo.addItem(text, key)
        self.now: dt.datetime | None = None  # the moment the rows on screen were computed at
        self.sort = HealthSort()
        self.top.addWidget(self.search, 2)
        self.top.addWidget(QLabel(self.tr("Show")))
        self.top.addWidget(self.show_combo)
        self.top.addStretch(1)
        self.top.addWidget(self.refresh_button)
        self.model.colour = self._colour
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

    def _sort_changed(self, column: int, order) -> None:
        self.sort = HealthSort(HEALTH_SORT[column], order == Qt.SortOrder.DescendingOrder)
        self.apply_filter()

    @staticmethod
    def _colour(r, col: int):
        if col == 5 and r.below_safety:
            return (LOW_BG, LOW_FG)
        if col == 8 and r.slow_moving:
            return (SHORT_BG, SHORT_FG)
        return None

    def current_filter(self) -> HealthFilter:
        key = self.show_combo.currentData()
        return HealthFilter(search=self.search.text().strip(), below_safety_only=key == SHOW_BELOW,
                            slow_only=key == SHOW_SLOW, excess_only=key == SHOW_EXCESS,
                            classes=frozenset({"A"}) if key == SHOW_A else frozenset())

    def export_request(self) -> ExportRequest:
        now = self.now or dt.datetime.now(dt.UTC)
        return ExportRequest("health", health_filters(self.current_filter(), self.sort, now))

    def refresh(self, now: dt.datetime | None = None) -> None:
        """Reload; `now` (tests) fixes the moment the figures are computed at."""
        flt, sort = self.current_filter(), self.sort
        self.now = now = now or dt.datetime.now(dt.UTC)
        self.summary.setText(self.tr("Loading…"))

        def work(s, a):
            return (inventory_health.fetch_health(s, a, flt, sort, limit=HEALTH_ROWS, now=now),
                    inventory_health.count_health(s, a, flt, now=now),
                    inventory_health.health_summary(s, a, now=now))

        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        rows, matching, t = result
        self._show(rows)
        shown = ""
        if matching != t.items:
            shown = self.tr("{0} of them listed").format(matching) + " · "
        if matching > len(rows):
            shown = self.tr("{0} of them listed, the first {1} shown (the export has all)").format(
                matching, len(rows)) + " · "
        self.summary.setText(shown + self.tr(
            "{0} items, stock value {1} · below safety {2} · slow-moving {3} (value {4}) · excess {5} "
            "(value {6}) · A/B/C items {7}/{8}/{9} · consumption over the last 90 days").format(
            t.items, _money(t.value), t.below_safety, t.slow_moving, _money(t.slow_value), t.excess,
            _money(t.excess_value), t.abc_items["A"], t.abc_items["B"], t.abc_items["C"]))


class ShortageView(_LazyView):
    """Materials open orders and work orders lack, and what covers them by when; searched and
    filtered on the rows of the last run (the same filter as the export's,
    services.inventory_drilldown.matches). Double-click or Details… opens the documents
    behind a row. State: every row of the last run, the dialog open (tests drive it)."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, SHORTAGE_COLUMNS, parent)
        self.all_rows: list = []
        self.dialog = None
        self.today = None  # the order date of POs made from rows (None: the factory's today; tests set it)
        self.uncovered_only = QCheckBox(self.tr("Not covered only"))
        self.uncovered_only.setToolTip(self.tr("Rows with a quantity no purchase order or work order covers yet"))
        self.cure = QComboBox()
        for text, key in ((self.tr("Bought and made"), MAKE_ANY), (self.tr("Bought items (purchase)"), MAKE_BUY),
                          (self.tr("Made items (work order)"), MAKE_MAKE)):
            self.cure.addItem(text, key)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("The demands behind the selected shortage and what covers it "
                                               "(double-click a row)"))
        self.details_button.setAutoDefault(False)
        self.buy_button = QPushButton(self.tr("Create purchase orders…"))
        self.buy_button.setToolTip(self.tr("Draft purchase orders for what the selected bought items still lack, "
                                           "one per default supplier"))
        self.buy_button.setAutoDefault(False)
        self.buy_button.setVisible(ctx.actor.can(Permission.PO_EDIT))
        self.top.addWidget(self.search, 2)
        self.top.addWidget(self.cure)
        self.top.addWidget(self.uncovered_only)
        self.top.addStretch(1)
        self.top.addWidget(self.buy_button)
        self.top.addWidget(self.details_button)
        self.top.addWidget(self.refresh_button)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model.colour = lambda r, c: (SHORT_BG, SHORT_FG) if c == 7 and r.uncovered_qty else \
            (LOW_BG, LOW_FG) if c == 9 and r.late and r.covered_by else None
        self.uncovered_only.toggled.connect(lambda _c: self.apply_filter())
        self.cure.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.view.doubleClicked.connect(lambda index: self.show_details(index.row()))
        self.details_button.clicked.connect(lambda: self.show_details())
        self.buy_button.clicked.connect(self.create_pos)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def current_filter(self) -> ShortageFilter:
        return ShortageFilter(search=self.search.text().strip(), uncovered_only=self.uncovered_only.isChecked(),
                              cure=self.cure.currentData())

    def export_request(self) -> ExportRequest:
        return ExportRequest("shortages", shortage_filters(self.current_filter()))

    def refresh(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        self.ctx.query(lambda s, a: inventory_drilldown.shortage_list(s, a), self._loaded, parent=self)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.activated:
            self._apply()

    def _loaded(self, rows) -> None:
        self.all_rows = list(rows)
        self._apply()

    def _apply(self) -> None:
        flt = self.current_filter()
        rows = [r for r in self.all_rows if inventory_drilldown.matches(r, flt)]
        self._show(rows)
        uncovered = sum(1 for r in rows if r.uncovered_qty)
        late = sum(1 for r in rows if r.late)
        text = self.tr("{0} items short · {1} with nothing covering part of it · {2} late").format(
            len(rows), uncovered, late)
        if len(rows) < len(self.all_rows):
            text += " · " + self.tr("{0} shortages in all").format(len(self.all_rows))
        self.summary.setText(text)
        self._selection_changed()

    def selected_rows(self) -> list:
        return [self.model.row_at(i.row()) for i in sorted(self.view.selectionModel().selectedRows(),
                                                             key=lambda i: i.row())]

    def _selection_changed(self) -> None:
        picked = self.selected_rows()
        self.details_button.setEnabled(len(picked) == 1)
        self.buy_button.setEnabled(self.ctx.actor.can(Permission.PO_EDIT) and any(
            not r.make and r.uncovered_qty > 0 for r in picked))  # the dialog names the others

    def create_pos(self) -> None:
        """POs for the selected rows in one step (ui/purchasing/from_shortage.py)."""
        picked = self.selected_rows()
        if not picked or not self.ctx.actor.can(Permission.PO_EDIT):
            return
        from sopdesk.ui.purchasing.from_shortage import FromShortageDialog

        self._open(FromShortageDialog(self.ctx, [r.item_id for r in picked], today=self.today, parent=self))

    def show_details(self, row: int | None = None) -> None:
        if row is None:
            picked = self.selected_rows()
            if len(picked) != 1:
                return
            target = picked[0]
        else:
            target = self.model.row_at(row)
        if target is None:
            return
        from .shortage_dialog import ShortageDialog

        self._open(ShortageDialog(self.ctx, target, self))

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
