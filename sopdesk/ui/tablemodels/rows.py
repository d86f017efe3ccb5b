"""A read-only table over a short list of rows already loaded (no paging)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

_ROOT = QModelIndex()


class RowListModel(QAbstractTableModel):
    """State: the rows. Subclasses give `titles` (untranslated column titles) and
    `context` (their translation context), and implement data()."""

    titles: list[str] = []
    context = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context, self.titles[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self.header_alignment(section)
        return None

    def header_alignment(self, section: int):
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
