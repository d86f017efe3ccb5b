"""The Review tab's list: open review tasks with their clocks, and orders whose answers
are all in and wait for sales to confirm. A small list (loaded whole, no paging)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sopdesk.models import Department
from sopdesk.services.order_queries import AwaitingConfirmationRow
from sopdesk.services.review import OpenReviewRow
from sopdesk.ui import labels

from .rows import RowListModel

CTX = "ReviewListModel"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ReviewListRow:
    order_id: uuid.UUID
    order_number: str
    customer_name: str
    salesperson: str | None
    department: Department | None  # None: waiting for sales to confirm
    owner: str | None
    due_at: dt.datetime | None  # UTC
    due_local: dt.datetime | None
    escalated: bool = False
    feasible: bool | None = None  # for rows waiting for sales
    task_id: uuid.UUID | None = None

    @classmethod
    def from_open(cls, r: OpenReviewRow) -> ReviewListRow:
        return cls(r.order_id, r.order_number, r.customer_name, r.salesperson, r.department,
                   r.owner, r.due_at, r.due_local, r.escalated_at is not None, None, r.task_id)

    @classmethod
    def from_awaiting(cls, r: AwaitingConfirmationRow) -> ReviewListRow:
        return cls(r.order_id, r.number, r.customer_name, r.salesperson, None, None, None, None,
                   False, r.feasible)


COLUMNS = [
    QT_TRANSLATE_NOOP("ReviewListModel", "Order no."),
    QT_TRANSLATE_NOOP("ReviewListModel", "Customer"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Waiting for"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Time left"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Due"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Owner"),
    QT_TRANSLATE_NOOP("ReviewListModel", "Salesperson"),
]
COL_WAITING, COL_TIME, COL_DUE, COL_OWNER, COL_SALES = 2, 3, 4, 5, 6
OVERDUE_FG, OVERDUE_BG = "#b42318", "#fde2e1"
SOON_FG = "#a15c00"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def clock_text(due_at: dt.datetime, now: dt.datetime) -> str:
    """'5 h 20 min left' or 'Overdue 3 h 5 min' (minutes rounded down)."""
    left = due_at - now
    minutes = int(abs(left.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        span = translate("ReviewListModel", "{0} d {1} h").format(days, hours)
    elif hours:
        span = translate("ReviewListModel", "{0} h {1} min").format(hours, mins)
    else:
        span = translate("ReviewListModel", "{0} min").format(mins)
    return translate("ReviewListModel", "Overdue {0}").format(span) if left.total_seconds() < 0 else translate("ReviewListModel", "{0} left").format(span)


class ReviewListModel(RowListModel):
    """State: the rows and the clock (`now`, advanced by tick())."""

    titles = COLUMNS
    context = CTX

    def __init__(self, parent=None):
        super().__init__(parent)
        self.now = dt.datetime.now(dt.UTC)

    def set_rows(self, rows: list[ReviewListRow], now: dt.datetime | None = None) -> None:
        self.now = now or dt.datetime.now(dt.UTC)
        super().set_rows(rows)

    def tick(self, now: dt.datetime | None = None) -> None:
        """Advance the clock: the time-left column is recomputed."""
        self.now = now or dt.datetime.now(dt.UTC)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_TIME), self.index(len(self._rows) - 1, COL_TIME))

    def find(self, order_id: uuid.UUID) -> int:
        return next((n for n, r in enumerate(self._rows) if r.order_id == order_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        overdue = r.due_at is not None and r.due_at < self.now
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and col == COL_TIME:
                return QBrush(QColor(OVERDUE_FG))
            if col == COL_TIME and r.due_at is not None and r.due_at - self.now < dt.timedelta(hours=4):
                return QBrush(QColor(SOON_FG))
            if r.department is None and r.feasible is False and col == COL_WAITING:
                return QBrush(QColor(OVERDUE_FG))
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(QColor(OVERDUE_BG))
        if role == Qt.ItemDataRole.FontRole and overdue and col == COL_TIME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and r.escalated:
            return translate("ReviewListModel", "Overdue: reported to management")
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def _display(self, r: ReviewListRow, col: int) -> str:
        if col == 0:
            return r.order_number
        if col == 1:
            return r.customer_name
        if col == COL_WAITING:
            if r.department is None:
                return (translate("ReviewListModel", "Sales: confirm with customer") if r.feasible
                        else translate("ReviewListModel", "Sales: not feasible, decide"))
            return labels.department(r.department)
        if col == COL_OWNER:
            return r.owner or (translate("ReviewListModel", "Whole department") if r.department else r.salesperson or "")
        if col == COL_DUE:
            return r.due_local.strftime("%Y-%m-%d %H:%M") if r.due_local else ""
        if col == COL_TIME:
            return clock_text(r.due_at, self.now) if r.due_at else ""
        if col == COL_SALES:
            return r.salesperson or ""
        return ""
