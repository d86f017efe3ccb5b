"""The orders table's model: order lines fetched from the database in pages.

Rows come from `sopdesk.services.order_queries` through a `PageSource` (plain callables,
run by the task runner off the GUI thread). The model first loads the count and the first
page; `canFetchMore`/`fetchMore` add one page at a time as the view scrolls (Qt's
fetchMore pattern). Clicking a header sorts in SQL: the query is reset with the new order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sopdesk.services.order_queries import (
    DeliveryRisk,
    OrderLineFilter,
    OrderLineRow,
    OrderLineSort,
)
from sopdesk.ui import labels

PAGE_SIZE = 200
_ROOT = QModelIndex()
CTX = "OrderLinesModel"


@dataclass(frozen=True)
class Column:
    key: str  # also the SQL sort key
    title: str  # untranslated; translated in headerData
    width_chars: int  # initial width, from the header and typical content (no resizeToContents)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


_R = Qt.AlignmentFlag.AlignRight
_C = Qt.AlignmentFlag.AlignHCenter
COLUMNS: list[Column] = [
    Column("number", QT_TRANSLATE_NOOP("OrderLinesModel", "Order no."), 15),
    Column("customer", QT_TRANSLATE_NOOP("OrderLinesModel", "Customer"), 18),
    Column("product", QT_TRANSLATE_NOOP("OrderLinesModel", "Product"), 22),
    Column("qty", QT_TRANSLATE_NOOP("OrderLinesModel", "Qty"), 8, _R),
    Column("unit", QT_TRANSLATE_NOOP("OrderLinesModel", "Unit"), 5, _C),
    Column("amount", QT_TRANSLATE_NOOP("OrderLinesModel", "Amount"), 11, _R),
    Column("order_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Order date"), 10, _C),
    Column("requested_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Requested"), 10, _C),
    Column("promised_date", QT_TRANSLATE_NOOP("OrderLinesModel", "Promised"), 10, _C),
    Column("risk", QT_TRANSLATE_NOOP("OrderLinesModel", "Delivery risk"), 9, _C),
    Column("status", QT_TRANSLATE_NOOP("OrderLinesModel", "Status"), 8, _C),
    Column("custom", QT_TRANSLATE_NOOP("OrderLinesModel", "Custom"), 5, _C),
    Column("salesperson", QT_TRANSLATE_NOOP("OrderLinesModel", "Salesperson"), 8),
]
COLUMN_INDEX = {c.key: n for n, c in enumerate(COLUMNS)}

# Colours for the delivery-risk column: (background, text). Readable on light themes.
RISK_COLOURS: dict[DeliveryRisk, tuple[str, str]] = {
    DeliveryRisk.LATE: ("#fde2e1", "#b42318"),
    DeliveryRisk.AT_RISK: ("#fff1d6", "#a15c00"),
    DeliveryRisk.NO_DATE: ("#eef0f3", "#4b5563"),
    DeliveryRisk.ON_TIME: ("#e3f5e8", "#1e7b3c"),
    DeliveryRisk.DELIVERED_LATE: ("#f3e8ff", "#6b21a8"),
    DeliveryRisk.DELIVERED: ("#e8f0fe", "#1d4ed8"),
    DeliveryRisk.CANCELLED: ("#f3f4f6", "#6b7280"),
}


@dataclass
class PageSource:
    """How the model gets data; each call runs in a worker thread with its own session."""

    count: Callable[[OrderLineFilter], int]
    fetch: Callable[[OrderLineFilter, OrderLineSort, int, int], list[OrderLineRow]]


def format_qty(value: Decimal) -> str:
    return f"{value.normalize():f}"


def format_money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class OrderLinesModel(QAbstractTableModel):
    """Order lines, loaded page by page.

    State: the filter and sort of the current query, the rows loaded so far, the total
    count, the query generation (results of an older query are dropped) and whether a page
    is being loaded. sig_loaded(total) after each (re)query; sig_page_loaded(rows) after
    each page; sig_failed(exc) when the database could not answer."""

    sig_loaded = Signal(int)
    sig_page_loaded = Signal(int)
    sig_failed = Signal(object)

    def __init__(self, source: PageSource, runner, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self.page_size = page_size
        self.filter = OrderLineFilter()
        self.sort_spec = OrderLineSort()
        self._rows: list[OrderLineRow] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self.loaded_once = False

    # -- querying -----------------------------------------------------------------------

    def set_query(self, flt: OrderLineFilter | None = None, sort: OrderLineSort | None = None) -> None:
        """Re-run the query (new filter and/or sort), starting again at the first page."""
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_spec = sort
        self._generation += 1
        generation, flt, sort, size, source = (self._generation, self.filter, self.sort_spec,
                                               self.page_size, self._source)
        self._loading = True

        def work():
            return source.count(flt), source.fetch(flt, sort, 0, size)

        self._runner.run(work, lambda result: self._first_page(generation, result),
                         lambda exc: self._failed(generation, exc))

    def refresh(self) -> None:
        self.set_query()

    def _first_page(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(rows))
        self._loading = False
        self.endResetModel()
        self.loaded_once = True
        self.sig_loaded.emit(self._total)
        self.sig_page_loaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.sig_failed.emit(exc)

    def canFetchMore(self, parent=_ROOT) -> bool:
        if parent.isValid():
            return False
        return not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or not self.canFetchMore():
            return
        self._loading = True
        generation, flt, sort, size, offset, source = (
            self._generation, self.filter, self.sort_spec, self.page_size, len(self._rows), self._source)
        self._runner.run(lambda: source.fetch(flt, sort, offset, size),
                         lambda rows: self._more(generation, offset, rows),
                         lambda exc: self._failed(generation, exc))

    def _more(self, generation: int, offset: int, rows: list[OrderLineRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if not rows:
            self._total = len(self._rows)  # lines were deleted meanwhile
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))
        self.sig_page_loaded.emit(len(self._rows))

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def row_at(self, row: int) -> OrderLineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(CTX, COLUMNS[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
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
        row = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col.key)
        if col.key == "risk" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = RISK_COLOURS[row.risk]
            return QBrush(QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _display(self, row: OrderLineRow, key: str) -> str:
        if key == "number":
            return f"{row.number} / {row.line_no}"
        if key == "customer":
            return row.customer_name
        if key == "product":
            return f"{row.item_code} {row.item_name}"
        if key == "qty":
            return format_qty(row.qty)
        if key == "unit":
            return row.unit
        if key == "amount":
            return format_money(row.amount)
        if key in ("order_date", "requested_date", "promised_date"):
            return format_date(getattr(row, key))
        if key == "status":
            return labels.status(row.status)
        if key == "custom":
            return QCoreApplication.translate("OrderLinesModel", "Custom") if row.is_custom else ""
        if key == "salesperson":
            return row.salesperson or ""
        if key == "risk":
            return labels.risk(row.risk)
        return ""

    def _tooltip(self, row: OrderLineRow, key: str) -> str | None:
        if key == "customer":
            return f"{row.customer_code} {row.customer_name}"
        if key == "product":
            return f"{row.item_code} {row.item_name}"
        if key == "qty" and row.shipped_qty:
            return QCoreApplication.translate("OrderLinesModel", "Shipped: {0}").format(format_qty(row.shipped_qty))
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        spec = OrderLineSort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        if spec != self.sort_spec:
            self.set_query(sort=spec)
