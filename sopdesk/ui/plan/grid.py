"""The Plan tab's weekly grid of one item (the MRP record): gross demand, scheduled receipts
(open POs and work orders), planned receipts, planned releases and projected stock, one
column per week (ISO week and its Monday), and the stock it would have without its planned
orders (on hand + scheduled receipts − gross demand, week by week: what happens if none is
released). A stock below the safety stock is marked (the plan itself keeps projected stock
at or above it, so that row shows where the planned orders are needed); a planned receipt
or release selects its planned order in the list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services.planning_views import ItemWeeks, PlanItem

from .messages import GRID_ROWS, qty, tr, week_label

BELOW_BG, BELOW_FG = QColor("#fde2e1"), QColor("#b42318")
PLANNED_BG = QColor("#e8f0fe")


def unplanned_stock(grid: ItemWeeks) -> list:
    """Stock at the end of each week from on hand and scheduled receipts alone."""
    out, stock = [], grid.on_hand
    for gross, scheduled in zip(grid.rows.get("gross", []), grid.rows.get("scheduled", []), strict=True):
        stock = stock + scheduled - gross
        out.append(stock)
    return out


class WeeklyGrid(QWidget):
    """State: the items of the plan (the chooser), the plan's start and weeks, the grid
    shown. sig_item_chosen(item_id) asks the tab to load an item's grid;
    sig_week_clicked(item_id, row key, week index) a planned receipt or release cell;
    sig_figure_opened(item_id, row key, week index) a gross demand or scheduled receipts
    figure double-clicked (the tab shows the documents behind it)."""

    sig_item_chosen = Signal(object)
    sig_week_clicked = Signal(object, str, int)
    sig_figure_opened = Signal(object, str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[PlanItem] = []
        self.mondays: list = []
        self.grid: ItemWeeks | None = None
        self.item = QComboBox()
        self.item.setMinimumContentsLength(28)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.info = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Item")))
        bar.addWidget(self.item)
        bar.addWidget(self.info, 1)
        self.table = QTableWidget(len(GRID_ROWS), 0)
        self.table.setVerticalHeaderLabels([tr(label) for _key, label in GRID_ROWS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.legend = QLabel(self.tr("Red: stock below the safety stock. Blue: planned by this run (click to "
                                     "see the planned order). Double-click a demand or receipt to see its "
                                     "documents."))
        self.legend.setStyleSheet("color: #475467;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.legend)
        self.item.currentIndexChanged.connect(self._chosen)
        self.table.cellClicked.connect(self._clicked)
        self.table.cellDoubleClicked.connect(self._double_clicked)

    def set_items(self, items: list[PlanItem], mondays: list) -> None:
        self.items, self.mondays, self.grid = list(items), list(mondays), None
        self.item.blockSignals(True)
        self.item.clear()
        for it in self.items:
            self.item.addItem(f"{it.code} {it.name}", str(it.id))
        self.item.setCurrentIndex(-1)
        self.item.blockSignals(False)
        self.table.setColumnCount(0)
        self.info.setText(self.tr("Choose an item, or select a planned order.") if items else "")

    def choose(self, item_id: uuid.UUID) -> None:
        """Show `item_id` in the chooser (the tab then loads its grid)."""
        index = self.item.findData(str(item_id))
        if index >= 0 and index != self.item.currentIndex():
            self.item.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        data = self.item.itemData(index) if index >= 0 else None
        if data:
            self.sig_item_chosen.emit(uuid.UUID(data))

    def show_grid(self, grid: ItemWeeks) -> None:
        self.grid = grid
        self.choose(grid.item_id)
        self.info.setText(self.tr("{code} {name} · level {level} · on hand at the start {on_hand} · safety stock "
                                  "{safety}").format(code=grid.code, name=grid.name, level=grid.level,
                                                     on_hand=qty(grid.on_hand), safety=qty(grid.safety_stock)))
        weeks = len(self.mondays)
        self.table.setColumnCount(weeks)
        self.table.setHorizontalHeaderLabels([f"{week_label(m)}\n{m.isoformat()}" for m in self.mondays])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        rows = dict(grid.rows, unplanned=unplanned_stock(grid))
        for r, (key, _label) in enumerate(GRID_ROWS):
            values = rows.get(key, [])
            for c in range(weeks):
                value = values[c] if c < len(values) else None
                stock = key in ("projected", "unplanned")
                item = QTableWidgetItem("" if value is None or (value == 0 and not stock) else qty(value))
                item.setTextAlignment(right)
                if stock and value is not None and value < grid.safety_stock:
                    item.setBackground(BELOW_BG)
                    item.setForeground(BELOW_FG)
                    item.setToolTip(self.tr("Below the safety stock {0}").format(qty(grid.safety_stock)))
                elif key in ("receipts", "releases") and value:
                    item.setBackground(PLANNED_BG)
                    item.setToolTip(self.tr("Click to see the planned order"))
                elif key in ("gross", "scheduled") and value:
                    item.setToolTip(self.tr("Double-click to see the documents"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        width = self.table.fontMetrics().horizontalAdvance("2027-01-04") + 24
        for c in range(weeks):
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), width))

    def below_safety_weeks(self, key: str = "projected") -> list[int]:
        """The week indexes whose stock cell in row `key` is marked (tests read it)."""
        row = [k for k, _label in GRID_ROWS].index(key)
        return [c for c in range(self.table.columnCount())
                if self.table.item(row, c) is not None and self.table.item(row, c).background().color() == BELOW_BG]

    def row_values(self, key: str) -> list[str]:
        row = [k for k, _label in GRID_ROWS].index(key)
        return [self.table.item(row, c).text() for c in range(self.table.columnCount())]

    def _clicked(self, row: int, column: int) -> None:
        key = GRID_ROWS[row][0]
        if self.grid is not None and key in ("receipts", "releases") and column < len(self.grid.rows[key]) \
                and self.grid.rows[key][column]:
            self.sig_week_clicked.emit(self.grid.item_id, key, column)

    def _double_clicked(self, row: int, column: int) -> None:
        key = GRID_ROWS[row][0]
        if self.grid is not None and key in ("gross", "scheduled") and column < len(self.grid.rows[key]) \
                and self.grid.rows[key][column]:
            self.sig_figure_opened.emit(self.grid.item_id, key, column)
