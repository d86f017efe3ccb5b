"""The inbox (通知/待办) button in the status bar and its window.

The button shows unread notifications and to-dos, red when something is overdue. The
window lists them (overdue first); opening an item about an order review shows that
review; notifications can be marked read.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from sopdesk.services import inbox
from sopdesk.services.inbox import InboxItem, InboxSource

from .changes import Changes
from .context import AppContext
from .tablemodels.inbox import InboxModel
from .widgets import digit_width, fit_columns


@dataclass(frozen=True)
class InboxSummary:
    unread: int
    todos: int
    overdue: int

    @classmethod
    def of(cls, items: list[InboxItem]) -> InboxSummary:
        return cls(
            unread=sum(1 for i in items if i.source == InboxSource.NOTIFICATION and not i.read),
            todos=sum(1 for i in items if i.source != InboxSource.NOTIFICATION),
            overdue=sum(1 for i in items if i.overdue),
        )


class InboxButton(QToolButton):
    """Status-bar button: '通知 3 · 待办 2', red when anything is overdue."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = InboxSummary(0, 0, 0)
        self.setAutoRaise(True)
        self.show_summary(self.summary)

    def show_summary(self, summary: InboxSummary) -> None:
        self.summary = summary
        text = self.tr("Inbox: {0} new · {1} to do").format(summary.unread, summary.todos)
        if summary.overdue:
            text += " · " + self.tr("{0} overdue").format(summary.overdue)
            self.setStyleSheet("QToolButton { color: white; background: #b42318; "
                               "border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
        elif summary.unread or summary.todos:
            self.setStyleSheet("QToolButton { font-weight: bold; padding: 1px 6px; }")
        else:
            self.setStyleSheet("QToolButton { padding: 1px 6px; }")
        self.setText(text)


class InboxDialog(QDialog):
    """State: the items shown, and whether read notifications are included.
    sig_open_order(order_id) asks the main window to show that order's review."""

    sig_open_order = Signal(object)
    sig_loaded = Signal(object)  # InboxSummary of what was loaded

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Inbox (notices and to-dos)"))
        self.resize(820, 460)
        self.model = InboxModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        char = digit_width(self)
        for col, chars in ((0, 8), (2, 17), (3, 17)):
            self.view.setColumnWidth(col, chars * char + 16)
        self.summary_label = QLabel()
        self.show_read = QCheckBox(self.tr("Show read notices"))
        self.open_button = QPushButton(self.tr("Open"))
        self.read_button = QPushButton(self.tr("Mark read"))
        self.all_read_button = QPushButton(self.tr("Mark all read"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.open_button, self.read_button, self.all_read_button, self.close_button):
            b.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_read)
        bottom = QHBoxLayout()
        for b in (self.open_button, self.read_button, self.all_read_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        self.show_read.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.read_button.clicked.connect(self.mark_selected_read)
        self.all_read_button.clicked.connect(self.mark_all_read)
        self.close_button.clicked.connect(self.hide)
        self._selection()

    def refresh(self) -> None:
        include_read = self.show_read.isChecked()
        self.ctx.query(lambda s, a: inbox.list_inbox(s, a, include_read=include_read),
                       self._loaded, parent=self)

    def _loaded(self, items: list[InboxItem]) -> None:
        self.model.set_items(items)
        if items:
            fit_columns(self.view, max_px=520)
        summary = InboxSummary.of(items)
        text = self.tr("{0} new notices, {1} to-dos").format(summary.unread, summary.todos)
        if summary.overdue:
            text += " — " + self.tr("{0} overdue").format(summary.overdue)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #b42318; font-weight: bold;" if summary.overdue else "")
        self._selection()
        self.sig_loaded.emit(summary)

    def selected(self) -> InboxItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _selection(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(item is not None and item.order_id is not None)
        self.read_button.setEnabled(item is not None and item.source == InboxSource.NOTIFICATION
                                    and not item.read)

    def open_selected(self) -> None:
        item = self.selected()
        if item is None or item.order_id is None:
            return
        if item.source == InboxSource.NOTIFICATION and not item.read:
            self._mark(item)
        self.sig_open_order.emit(item.order_id)

    def mark_selected_read(self) -> None:
        item = self.selected()
        if item is not None and item.source == InboxSource.NOTIFICATION:
            self._mark(item)

    def _mark(self, item: InboxItem) -> None:
        self.ctx.mutate(lambda s, a: inbox.mark_read(s, a, item.id), Changes(inbox=True),
                        parent=self, initiator=self)

    def mark_all_read(self) -> None:
        self.ctx.mutate(lambda s, a: inbox.mark_all_read(s, a), Changes(inbox=True),
                        parent=self, initiator=self)
