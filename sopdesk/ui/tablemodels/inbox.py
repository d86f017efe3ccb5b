"""The inbox list (通知/待办): notifications and to-dos of the signed-in user, overdue first."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sopdesk.models import Department
from sopdesk.services.inbox import InboxItem, InboxSource
from sopdesk.ui import labels

from .rows import RowListModel

_LATE = re.compile(r": (\w+) has not answered")
translate = QCoreApplication.translate

COLUMNS = [
    QT_TRANSLATE_NOOP("InboxModel", "Type"),
    QT_TRANSLATE_NOOP("InboxModel", "What"),
    QT_TRANSLATE_NOOP("InboxModel", "Due"),
    QT_TRANSLATE_NOOP("InboxModel", "Received"),
]


def item_title(item: InboxItem) -> str:
    """A translated title built from the kind, order number and department (the stored
    message is an English fallback)."""
    order = item.order_number or ""
    dept = labels.department(item.department) if item.department else ""
    kind = item.kind
    if item.source == InboxSource.REVIEW_TASK:
        return translate("InboxModel", "Answer the order review {0} ({1})").format(order, dept)
    if item.source == InboxSource.ACTION_ITEM:
        return translate("InboxModel", "Follow-up: {0}").format(item.title)
    if kind == "review_requested":
        return translate("InboxModel", "Order review requested: {0}").format(order)
    if kind == "review_answered":
        return translate("InboxModel", "Review answered: {0}").format(order)
    if kind == "review_overdue":
        late_dept = _department_in(item.message)
        if late_dept:
            return translate("InboxModel", "Overdue review: {0} ({1} has not answered)").format(order, late_dept)
        return translate("InboxModel", "Overdue review: {0}").format(order)
    if kind == "review_confirmed":
        return translate("InboxModel", "Order confirmed: {0}").format(order)
    if kind == "review_withdrawn":
        return translate("InboxModel", "Review withdrawn: {0}").format(order)
    return item.title or item.message


def _department_in(message: str) -> str | None:
    """The late department named in review_overdue's stored message, as a label."""
    m = _LATE.search(message or "")
    if not m:
        return None
    try:
        return labels.department(Department(m.group(1)))
    except ValueError:
        return None


def sort_key(item: InboxItem):
    """Overdue first, then unread, then newest."""
    return (not item.overdue, item.read, -item.created_at.timestamp())


class InboxModel(RowListModel):
    """State: the items (sorted: overdue, unread, newest)."""

    titles = COLUMNS
    context = "InboxModel"

    def set_items(self, items: list[InboxItem]) -> None:
        self.set_rows(sorted(items, key=sort_key))

    def item_at(self, row: int) -> InboxItem | None:
        return self.row_at(row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if item.source == InboxSource.NOTIFICATION:
                    return translate("InboxModel", "Notice")
                return translate("InboxModel", "To-do")
            if col == 1:
                title = item_title(item)
                if item.overdue and item.kind != "review_overdue":
                    return translate("InboxModel", "OVERDUE · {0}").format(title)
                return title
            if col == 2:
                return _fmt(item.due_local)
            if col == 3:
                return _fmt(item.created_at.astimezone(item.due_local.tzinfo) if item.due_local
                            else item.created_at.astimezone())
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(QColor("#b42318"))
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.FontRole and (item.overdue or not item.read):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.message
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


def _fmt(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""
