"""Document numbers in a table as links: a link-styled cell (RowsModel.link) opens its
document through ui/documents.py on a click, and a double-click (or Enter) on a row opens
the row's document. A number nothing can open stays plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from sopdesk.ui import documents
from sopdesk.ui.context import AppContext

from .model import RowsModel


def linked(number: Callable[[Any], str | None], column: int) -> Callable[[Any, int], str | None]:
    """A RowsModel.link for one column: the row's number there, if something opens it."""
    def link(row, col: int) -> str | None:
        if col != column:
            return None
        value = number(row)
        return value if documents.can_open(value) else None
    return link


class DocumentLinks:
    """Wires a view's links. State: the context, the parent for the dialogs opened, the
    number of the last document opened (tests read it)."""

    def __init__(self, ctx: AppContext, view: QTableView, model: RowsModel, number: Callable[[Any], str | None],
                 column: int, parent: QWidget):
        self.ctx, self.view, self.model, self.parent = ctx, view, model, parent
        self.number, self.column = number, column
        self.opened: str | None = None
        self._since = QElapsedTimer()
        model.link = linked(number, column)
        view.setMouseTracking(True)
        view.clicked.connect(self._clicked)
        view.doubleClicked.connect(self._double_clicked)
        view.entered.connect(self._hover)

    def _hover(self, index) -> None:
        on_link = bool(self.model.link(self.model.row_at(index.row()), index.column()))
        cursor = Qt.CursorShape.PointingHandCursor if on_link else Qt.CursorShape.ArrowCursor
        self.view.viewport().setCursor(cursor)

    def _clicked(self, index) -> None:
        if index.column() == self.column:
            self.open_row(index.row())

    def _double_clicked(self, index) -> None:
        if index.column() != self.column:  # on the link, its click opened it
            self.open_row(index.row())

    def open_row(self, row: int) -> bool:
        """Open the document of row `row`; False when it has none that opens."""
        number = self.number(self.model.row_at(row)) if self.model.row_at(row) is not None else None
        if not documents.can_open(number):
            return False
        if number == self.opened and self._since.isValid() and \
                self._since.elapsed() < QApplication.doubleClickInterval():
            return True  # the second click of a double-click on the link: open once
        self.opened = number
        self._since.start()
        return documents.open_document(self.ctx, self.parent, number)
