"""What the pages of the Demand review tab share: read-only and editable cells, a table
set up the same way, the submit button of a department's page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

READONLY_BG = QColor("#f3f4f6")
DIRTY_BG = QColor("#fff4c2")
EDIT_BG = QColor("#ffffff")
ID_ROLE = Qt.ItemDataRole.UserRole


def cell(text: str, *, editable: bool = False, right: bool = False, data=None, tip: str | None = None,
         bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setBackground(EDIT_BG if editable else READONLY_BG)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(ID_ROLE, data)
    if tip:
        item.setToolTip(tip)
    if bold:
        f = QFont(item.font())
        f.setBold(True)
        item.setFont(f)
    return item


def table(columns: int) -> QTableWidget:
    view = QTableWidget(0, columns)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    return view


def mark_dirty(item: QTableWidgetItem, dirty: bool = True) -> None:
    item.setBackground(DIRTY_BG if dirty else EDIT_BG)
