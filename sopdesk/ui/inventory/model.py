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
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sopdesk.models import ItemKind, MoveType
from sopdesk.services.inventory import StockFilter, StockRow, StockSort

PAGE_SIZE = 200
CTX = "InventoryModel"
_ROOT = QModelIndex()
_R = Qt.AlignmentFlag.AlignRight
_L = Qt.AlignmentFlag.AlignLeft
_C = Qt.AlignmentFlag.AlignHCenter
SHORT_BG, SHORT_FG = "#fde2e1", "#b42318"
LOW_BG, LOW_FG = "#fff1d6", "#a15c00"

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


@dataclass
class StockSource:
    """Each call runs in a worker thread with its own session."""

    count: Callable[[StockFilter], int]
    fetch: Callable[[StockFilter, StockSort, int, int], list[StockRow]]


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


class StockModel(QAbstractTableModel):
    """Stock rows, page by page.

    State: the filter and sort of the current query, rows loaded so far, the total, the
    query generation (older results are dropped) and whether a page is loading.
    sig_loaded(total) after each (re)query; sig_failed(exc)."""

    sig_loaded = Signal(int)
    sig_failed = Signal(object)

    def __init__(self, source: StockSource, runner, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._source, self._runner, self.page_size = source, runner, page_size
        self.filter = StockFilter()
        self.sort_spec = StockSort()
        self._rows: list[StockRow] = []
        self._total = 0
        self._generation = 0
        self._loading = False

    def set_query(self, flt: StockFilter | None = None, sort: StockSort | None = None) -> None:
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_spec = sort
        self._generation += 1
        gen, flt, sort, size, src = self._generation, self.filter, self.sort_spec, self.page_size, self._source
        self._loading = True
        self._runner.run(lambda: (src.count(flt), src.fetch(flt, sort, 0, size)),
                         lambda result: self._first_page(gen, result), lambda exc: self._failed(gen, exc))

    def refresh(self) -> None:
        self.set_query()

    def _first_page(self, gen: int, result) -> None:
        if gen != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self._loading = False
        self.endResetModel()
        self.sig_loaded.emit(self._total)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._loading = False
            self.sig_failed.emit(exc)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or not self.canFetchMore():
            return
        self._loading = True
        gen, flt, sort, size, offset, src = (self._generation, self.filter, self.sort_spec,
                                             self.page_size, len(self._rows), self._source)
        self._runner.run(lambda: src.fetch(flt, sort, offset, size),
                         lambda rows: self._more(gen, offset, rows), lambda exc: self._failed(gen, exc))

    def _more(self, gen: int, offset: int, rows: list[StockRow]) -> None:
        if gen != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))
        self.sig_loaded.emit(self._total)

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> StockRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(STOCK_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(STOCK_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(STOCK_COLUMNS[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(STOCK_COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], STOCK_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return stock_display(row, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "reserved":
            return QCoreApplication.translate("InventoryModel", "Open sales orders {0} + work order materials {1}").format(
                fmt_qty(row.reserved), fmt_qty(row.allocated))
        if role == Qt.ItemDataRole.ToolTipRole and col.key == "available" and row.blocked:
            return QCoreApplication.translate("InventoryModel", "Blocked in quarantine: {0}").format(fmt_qty(row.blocked))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = None
            if col.key == "available" and row.available < 0:
                colours = (SHORT_BG, SHORT_FG)
            elif col.key == "below" and row.on_hand < row.safety_stock:
                colours = (LOW_BG, LOW_FG)
            if colours:
                return QBrush(QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(STOCK_COLUMNS) or not STOCK_COLUMNS[column].sortable:
            return
        spec = StockSort(STOCK_COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        if spec != self.sort_spec:
            self.set_query(sort=spec)


class RowsModel(QAbstractTableModel):
    """A read-only table of rows already loaded: columns are (title, align, display(row))."""

    def __init__(self, columns: Sequence[tuple[str, Qt.AlignmentFlag, Callable[[Any], str]]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self.colour: Callable[[Any, int], tuple[str, str] | None] = lambda _r, _c: None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self._columns[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section][1] | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        title, align, show = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            c = self.colour(row, index.column())
            if c:
                return QBrush(QColor(c[0] if role == Qt.ItemDataRole.BackgroundRole else c[1]))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
