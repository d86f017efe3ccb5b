"""The Inventory tab's table models.

`StockModel`: on-hand, reserved and available per item from
`services.inventory.fetch_stock`, loaded in pages (Qt's fetchMore pattern) and sorted in
SQL; the fetching runs on the task runner. `RowsModel`: a small read-only list of rows
(moves, open PO lines, count lines) already loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sopdesk.models import ItemKind, MoveType
from sopdesk.services.inventory import StockFilter, StockRow, StockSort
from sopdesk.ui.tablemodels.paged import PagedTableModel
from sopdesk.ui.tablemodels.rows import RowListModel

CTX = "InventoryModel"
_ROOT = QModelIndex()
_R = Qt.AlignmentFlag.AlignRight
_L = Qt.AlignmentFlag.AlignLeft
_C = Qt.AlignmentFlag.AlignHCenter
SHORT_BG, SHORT_FG = "#fde2e1", "#b42318"
LOW_BG, LOW_FG = "#fff1d6", "#a15c00"
LINK_FG = "#1d4ed8"

KIND_LABELS = {
    ItemKind.FINISHED: QT_TRANSLATE_NOOP("InventoryModel", "Finished"),
    ItemKind.SEMI: QT_TRANSLATE_NOOP("InventoryModel", "Semi-finished"),
    ItemKind.RAW: QT_TRANSLATE_NOOP("InventoryModel", "Raw material"),
}
MOVE_LABELS = {
    MoveType.RECEIPT: QT_TRANSLATE_NOOP("InventoryModel", "Receipt"),
    MoveType.ISSUE: QT_TRANSLATE_NOOP("InventoryModel", "Issue to production"),
    MoveType.OUTPUT: QT_TRANSLATE_NOOP("InventoryModel", "Production output"),
    MoveType.SHIPMENT: QT_TRANSLATE_NOOP("InventoryModel", "Shipment"),
    MoveType.TRANSFER: QT_TRANSLATE_NOOP("InventoryModel", "Transfer"),
    MoveType.ADJUSTMENT: QT_TRANSLATE_NOOP("InventoryModel", "Adjustment"),
    MoveType.COUNT: QT_TRANSLATE_NOOP("InventoryModel", "Stock count"),
    MoveType.OPENING: QT_TRANSLATE_NOOP("InventoryModel", "Opening balance"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def kind_label(kind: ItemKind) -> str:
    return tr(KIND_LABELS.get(kind, str(kind)))


def move_label(move_type: MoveType) -> str:
    return tr(MOVE_LABELS.get(move_type, str(move_type)))


def fmt_qty(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


@dataclass(frozen=True)
class Column:
    key: str  # also the SQL sort key where sortable
    title: str  # untranslated
    align: Qt.AlignmentFlag = _L
    sortable: bool = True


STOCK_COLUMNS: list[Column] = [
    Column("code", QT_TRANSLATE_NOOP("InventoryModel", "Code")),
    Column("name", QT_TRANSLATE_NOOP("InventoryModel", "Name")),
    Column("kind", QT_TRANSLATE_NOOP("InventoryModel", "Kind"), _C),
    Column("unit", QT_TRANSLATE_NOOP("InventoryModel", "Unit"), _C, sortable=False),
    Column("on_hand", QT_TRANSLATE_NOOP("InventoryModel", "On hand"), _R),
    Column("reserved", QT_TRANSLATE_NOOP("InventoryModel", "Reserved"), _R),
    Column("available", QT_TRANSLATE_NOOP("InventoryModel", "Available"), _R),
    Column("safety_stock", QT_TRANSLATE_NOOP("InventoryModel", "Safety stock"), _R),
    Column("below", QT_TRANSLATE_NOOP("InventoryModel", "Below safety"), _C, sortable=False),
]
STOCK_INDEX = {c.key: n for n, c in enumerate(STOCK_COLUMNS)}


def stock_display(row: StockRow, key: str) -> str:
    if key == "code":
        return row.code
    if key == "name":
        return row.name if not row.spec else f"{row.name} {row.spec}"
    if key == "kind":
        return kind_label(row.kind)
    if key == "unit":
        return row.unit
    if key == "reserved":
        return fmt_qty(row.reserved + row.allocated)
    if key in ("on_hand", "available", "safety_stock"):
        return fmt_qty(getattr(row, key))
    if key == "below":
        return QCoreApplication.translate("InventoryModel", "Below") if row.on_hand < row.safety_stock else ""
    return ""


class StockModel(PagedTableModel):
    """Stock rows of the Inventory tab, page by page, sorted and filtered in SQL."""

    columns = STOCK_COLUMNS
    context = CTX
    filter_type = StockFilter
    sort_type = StockSort

    def row_key(self, row: StockRow):
        return row.item_id

    def display(self, row: StockRow, key: str) -> str:
        return stock_display(row, key)

    def tooltip(self, row: StockRow, key: str) -> str | None:
        if key == "reserved":
            return QCoreApplication.translate("InventoryModel", "Open sales orders {0} + work order materials {1}").format(
                fmt_qty(row.reserved), fmt_qty(row.allocated))
        if key == "available" and row.blocked:
            return QCoreApplication.translate("InventoryModel", "Blocked in quarantine: {0}").format(fmt_qty(row.blocked))
        return None

    def colours(self, row: StockRow, key: str) -> tuple[str, str] | None:
        if key == "available" and row.available < 0:
            return SHORT_BG, SHORT_FG
        if key == "below" and row.on_hand < row.safety_stock:
            return LOW_BG, LOW_FG
        return None


class RowsModel(RowListModel):
    """A read-only table of rows already loaded: columns are (title, align, display(row))."""

    context = CTX

    def __init__(self, columns: Sequence[tuple[str, Qt.AlignmentFlag, Callable[[Any], str]]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self.titles = [c[0] for c in self._columns]
        self.colour: Callable[[Any, int], tuple[str, str] | None] = lambda _r, _c: None
        # the document number a cell opens (shown as a link), or None: see links.py
        self.link: Callable[[Any, int], str | None] = lambda _r, _c: None

    def header_alignment(self, section: int):
        return int(self._columns[section][1] | Qt.AlignmentFlag.AlignVCenter)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        title, align, show = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            number = self.link(row, index.column())
            if number:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(QColor(LINK_FG))
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setUnderline(True)
                    return font
                return QCoreApplication.translate("InventoryModel", "Open {0}").format(number)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            c = self.colour(row, index.column())
            if c:
                return QBrush(QColor(c[0] if role == Qt.ItemDataRole.BackgroundRole else c[1]))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
