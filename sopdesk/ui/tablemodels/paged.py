"""A table model over a long SQL list, fetched page by page (Qt's fetchMore pattern).

Rows come from a `PageSource` (plain callables run by the task runner off the GUI thread,
each with its own session). The model first loads the count and the first page;
`canFetchMore`/`fetchMore` add one page at a time as the view scrolls. Clicking a header
sorts in SQL: the query is re-run with the new order. Subclasses give the columns, the
sort spec type, and how a row shows (`display`, `tooltip`, `colours`).

`update_loaded()` (live refresh, issue 15) reads the rows already loaded again with the same
filter and sort and merges them in place: rows that changed repaint (dataChanged), rows that
moved, came or went are moved by their `row_key` (layoutChanged), so the selection and the
scroll position stay where the user left them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

PAGE_SIZE = 200
_ROOT = QModelIndex()


@dataclass
class PageSource:
    """count(filter) -> int; fetch(filter, sort, offset, limit) -> rows."""

    count: Callable[[Any], int]
    fetch: Callable[[Any, Any, int, int], list]


def service_source(db, actor, count: Callable, fetch: Callable) -> PageSource:
    """A PageSource over a service's count(session, actor, filter) and
    fetch(session, actor, filter, sort, offset, limit), each call in its own read session."""

    def count_rows(flt):
        with db.read() as session:
            return count(session, actor, flt)

    def fetch_rows(flt, sort, offset, limit):
        with db.read() as session:
            return fetch(session, actor, flt, sort, offset, limit)

    return PageSource(count_rows, fetch_rows)


class PagedTableModel(QAbstractTableModel):
    """Rows of one SQL query, loaded page by page.

    State: the filter and sort of the current query, the rows loaded so far, the total
    count, the query generation (results of an older query are dropped) and whether a page
    is being loaded. sig_loaded(total) after each (re)query; sig_page_loaded(rows) after
    each page, the first included; sig_failed(exc) when the database could not answer.

    Subclasses set `columns` (objects with key, title, align and optionally sortable),
    `context` (the translation context of the titles), `filter_type` and `sort_type`
    (called as sort_type(key, descending)), and override `display`."""

    sig_loaded = Signal(int)
    sig_page_loaded = Signal(int)
    sig_failed = Signal(object)

    columns: list = []
    context = ""
    filter_type: Callable[[], Any]
    sort_type: Callable[..., Any]

    def __init__(self, source: PageSource, runner, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self.page_size = page_size
        self.filter = self.filter_type()
        self.sort_spec = self.sort_type()
        self._rows: list = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._updating = False
        self._update_again = False
        self.loaded_once = False

    # -- how a row shows (subclasses) ----------------------------------------------------

    def display(self, row, key: str) -> str:
        raise NotImplementedError  # every concrete model says how its rows show

    def tooltip(self, row, key: str) -> str | None:
        return None

    def colours(self, row, key: str) -> tuple[str, str] | None:
        """(background, text) colours of a cell, or None for the default."""
        return None

    # -- querying -----------------------------------------------------------------------

    def set_query(self, flt=None, sort=None) -> None:
        """Re-run the query (new filter and/or sort), starting again at the first page."""
        if flt is not None:
            self.filter = flt
        if sort is not None:
            self.sort_spec = sort
        self._generation += 1
        generation, flt, sort, size, source = (self._generation, self.filter, self.sort_spec,
                                               self.page_size, self._source)
        self._loading = True
        self._runner.run(lambda: (source.count(flt), source.fetch(flt, sort, 0, size)),
                         lambda result: self._first_page(generation, result),
                         lambda exc: self._failed(generation, exc))

    def refresh(self) -> None:
        self.set_query()

    def row_key(self, row):
        """What identifies a row across reloads (subclasses: the record's id)."""
        return getattr(row, "id", row)

    def update_loaded(self) -> None:
        """Read the loaded rows again (another PC changed some) and merge them in place. A
        merge asked for while one runs is run once more after it."""
        if not self.loaded_once or self._loading:
            self._update_again = True  # after the page being read
            return
        if self._updating:
            self._update_again = True
            return
        self._updating, self._update_again = True, False
        generation, flt, sort, source = self._generation, self.filter, self.sort_spec, self._source
        size = max(self.page_size, -(-len(self._rows) // self.page_size) * self.page_size)
        self._runner.run(lambda: (source.count(flt), source.fetch(flt, sort, 0, size)),
                         lambda result: self._merge(generation, result),
                         lambda exc: self._merge_failed(generation, exc))

    def _merge_failed(self, generation: int, exc: BaseException) -> None:
        self._updating = False
        self._failed(generation, exc)

    def _merge(self, generation: int, result) -> None:
        self._updating = False
        if generation != self._generation:
            return
        total, rows = result
        rows = list(rows)
        old_keys = [self.row_key(r) for r in self._rows]
        new_keys = [self.row_key(r) for r in rows]
        if old_keys == new_keys:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            last = len(self.columns) - 1
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        else:
            self.layoutAboutToBeChanged.emit()
            where = {k: n for n, k in enumerate(new_keys)}
            before = self.persistentIndexList()
            after = []
            for index in before:
                n = where.get(old_keys[index.row()]) if 0 <= index.row() < len(old_keys) else None
                after.append(QModelIndex() if n is None else self.createIndex(n, index.column()))
            self._rows = rows
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        self._total = max(total, len(self._rows))
        self.sig_loaded.emit(self._total)
        if self._update_again:
            self.update_loaded()

    def _first_page(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        again, self._update_again = self._update_again, False
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self._loading = False
        self.endResetModel()
        self.loaded_once = True
        self.sig_loaded.emit(self._total)
        self.sig_page_loaded.emit(len(self._rows))
        if again:  # another PC changed rows while this page was read
            self.update_loaded()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.sig_failed.emit(exc)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt API
        return (not parent.isValid() and not self._loading and not self._updating
                and len(self._rows) < self._total)

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or not self.canFetchMore():
            return
        self._loading = True
        generation, flt, sort, size, offset, source = (
            self._generation, self.filter, self.sort_spec, self.page_size, len(self._rows), self._source)
        self._runner.run(lambda: source.fetch(flt, sort, offset, size),
                         lambda rows: self._more(generation, offset, rows),
                         lambda exc: self._failed(generation, exc))

    def _more(self, generation: int, offset: int, rows: list) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        if not rows:
            self._total = len(self._rows)  # rows were deleted meanwhile
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

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context, self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
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
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col.key)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self.colours(row, col.key)
            if colours:
                return QBrush(QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]))
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not getattr(self.columns[column], "sortable", True):
            return
        spec = self.sort_type(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if spec != self.sort_spec:
            self.set_query(sort=spec)
