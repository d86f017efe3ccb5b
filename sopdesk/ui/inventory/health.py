"""Read-only sub-views of the Inventory tab: stock health (库存健康度: below safety,
slow-moving, excess, ABC) and shortages (缺料) of open demand, from
services.inventory_health and services.inventory_shortage."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import inventory_health, inventory_shortage
from sopdesk.services.inventory_health import HealthFilter
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
        self.top = QHBoxLayout()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        self.refresh_button.clicked.connect(self.refresh)

    def activate(self) -> None:
        if not self.activated:
            self.activated = True
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

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
        self.top.addWidget(QLabel(self.tr("Show")))
        self.top.addWidget(self.show_combo)
        self.top.addStretch(1)
        self.top.addWidget(self.refresh_button)
        self.model.colour = self._colour
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())

    @staticmethod
    def _colour(r, col: int):
        if col == 5 and r.below_safety:
            return (LOW_BG, LOW_FG)
        if col == 8 and r.slow_moving:
            return (SHORT_BG, SHORT_FG)
        return None

    def current_filter(self) -> HealthFilter:
        key = self.show_combo.currentData()
        return HealthFilter(below_safety_only=key == SHOW_BELOW, slow_only=key == SHOW_SLOW,
                            excess_only=key == SHOW_EXCESS,
                            classes=frozenset({"A"}) if key == SHOW_A else frozenset())

    def refresh(self) -> None:
        flt = self.current_filter()
        self.summary.setText(self.tr("Loading…"))

        def work(s, a):
            return (inventory_health.fetch_health(s, a, flt, limit=HEALTH_ROWS),
                    inventory_health.health_summary(s, a))

        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        rows, t = result
        self._show(rows)
        self.summary.setText(self.tr(
            "{0} items, stock value {1} · below safety {2} · slow-moving {3} (value {4}) · excess {5} "
            "(value {6}) · A/B/C items {7}/{8}/{9} · consumption over the last 90 days").format(
            t.items, _money(t.value), t.below_safety, t.slow_moving, _money(t.slow_value), t.excess,
            _money(t.excess_value), t.abc_items["A"], t.abc_items["B"], t.abc_items["C"]))


class ShortageView(_LazyView):
    """Materials open orders and work orders lack, and what covers them by when."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, SHORTAGE_COLUMNS, parent)
        self.top.addWidget(QLabel(self.tr("Shortages of all open sales orders and work orders, earliest need first")))
        self.top.addStretch(1)
        self.top.addWidget(self.refresh_button)
        self.model.colour = lambda r, c: (SHORT_BG, SHORT_FG) if c == 7 and r.uncovered_qty else \
            (LOW_BG, LOW_FG) if c == 9 and r.late and r.covered_by else None

    def refresh(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        self.ctx.query(lambda s, a: inventory_shortage.shortages(s, a), self._loaded, parent=self)

    def _loaded(self, rows) -> None:
        self._show(rows)
        uncovered = sum(1 for r in rows if r.uncovered_qty)
        late = sum(1 for r in rows if r.late)
        self.summary.setText(self.tr("{0} items short · {1} with nothing covering part of it · {2} late").format(
            len(rows), uncovered, late))
