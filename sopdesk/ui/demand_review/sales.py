"""Sales' forecast page of the Demand review tab: products × months in scope, with beside
each month's figure the statistical baseline, last year's actual and the orders booked,
and the last months' actuals in front. Spreadsheet-like: type into a forecast cell (Enter
moves down), Delete clears, Ctrl+V pastes a block copied from Excel (tab-separated; the
values fill the forecast cells from the current one, month by month and product by
product), a comment per cell in the line below the grid. Save sends the changed cells
(services.demand_review_sales.save_forecast, each with the version it showed: a figure
somebody else saved meanwhile is refused and the grid reloads)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sopdesk.services import demand_review_sales as sales_svc
from sopdesk.services.demand_review_sales import ForecastCellInput, SalesGrid
from sopdesk.services.errors import ConflictError
from sopdesk.services.permissions import Permission
from sopdesk.ui.changes import Changes

from .common import cell, mark_dirty, table
from .messages import month_text, parse_qty, qty

BESIDE = 3  # baseline, last year, booked after each month's forecast column
FIXED = 2  # code, name


class SalesPage(QWidget):
    """State: the grid as loaded (None before), the edits not saved yet
    {(item id, month): (qty text, comment)}, whether the actor may enter figures.
    sig_saved() after a save."""

    sig_saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = ctx.actor.can(Permission.DEMAND_SUBMIT_SALES)
        self.grid: SalesGrid | None = None
        self.edits: dict[tuple, list] = {}
        self._filling = False
        self.view = table(FIXED)
        self.view.installEventFilter(_Keys(self))
        self.view.itemChanged.connect(self._changed)
        self.view.currentCellChanged.connect(lambda *_: self._show_comment())
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment on the selected forecast cell"))
        self.comment.textEdited.connect(self._comment_edited)
        self.save_button = QPushButton(self.tr("Save forecast"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Comment")))
        bar.addWidget(self.comment, 1)
        bar.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.hint)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------

    def load(self, cycle_id: uuid.UUID) -> None:
        self.ctx.query(lambda s, a: sales_svc.sales_grid(s, a, cycle_id), self.show_grid, parent=self)

    def editable(self) -> bool:
        return self.may_edit and self.grid is not None and self.grid.editable

    def show_grid(self, grid: SalesGrid) -> None:
        self.grid = grid
        self.edits.clear()
        self._filling = True
        view = self.view
        recent = [m for m, _q in grid.rows[0].recent] if grid.rows else []
        fixed = FIXED + len(recent)
        self._first = fixed
        headers = [self.tr("Code"), self.tr("Product")] + [self.tr("Actual\n{0}").format(month_text(m))
                                                           for m in recent]
        for m in grid.months:
            headers += [self.tr("{0}\nForecast").format(month_text(m)), self.tr("Baseline"),
                        self.tr("Last year"), self.tr("Booked")]
        view.clear()
        view.setColumnCount(len(headers))
        view.setHorizontalHeaderLabels(headers)
        view.setRowCount(len(grid.rows))
        editable = self.editable()
        for r, row in enumerate(grid.rows):
            view.setItem(r, 0, cell(row.code, bold=row.is_core,
                                    tip=self.tr("Core product") if row.is_core else None))
            view.setItem(r, 1, cell(row.name, tip=row.unit))
            for k, (_m, actual) in enumerate(row.recent):
                view.setItem(r, FIXED + k, cell(qty(actual), right=True))
            for k, c in enumerate(row.cells):
                col = fixed + k * (1 + BESIDE)
                tip = c.comment
                if c.salesperson_name:
                    tip = self.tr("{0} (by {1})").format(c.comment or "", c.salesperson_name).strip()
                item = cell(qty(c.forecast), editable=editable, right=True, data=(row.item_id, c.month), tip=tip)
                if c.comment:
                    f = item.font()
                    f.setItalic(True)
                    item.setFont(f)
                view.setItem(r, col, item)
                view.setItem(r, col + 1, cell(qty(c.baseline), right=True))
                view.setItem(r, col + 2, cell(qty(c.last_year), right=True))
                view.setItem(r, col + 3, cell(qty(c.booked), right=True))
        view.resizeColumnsToContents()
        self._filling = False
        if not grid.rows:
            self.hint.setText(self.tr("No products in this review's scope: mark the core products in Master data."))
        elif not self.may_edit:
            self.hint.setText(self.tr("Sales enters the forecast; you see it as they save it."))
        elif not grid.editable:
            self.hint.setText(self.tr("The review is {0}: the forecast can no longer change.").format(
                grid.status_word))
        else:
            self.hint.setText(self.tr("Type a figure into a forecast cell (Enter moves down), Delete clears it, "
                                      "Ctrl+V pastes cells copied from Excel. Italic: the cell has a comment."))
        self._show_comment()
        self._update_buttons()

    # -- editing --------------------------------------------------------------------------

    def forecast_columns(self) -> list[int]:
        if self.grid is None:
            return []
        return [self._first + k * (1 + BESIDE) for k in range(len(self.grid.months))]

    def _cell_of(self, row: int, col: int):
        if self.grid is None or col not in self.forecast_columns() or not 0 <= row < len(self.grid.rows):
            return None
        return self.grid.rows[row].cells[self.forecast_columns().index(col)]

    def _changed(self, item) -> None:
        if self._filling:
            return
        c = self._cell_of(item.row(), item.column())
        if c is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        entry = self.edits.setdefault(key, [qty(c.forecast), c.comment or ""])
        entry[0] = item.text()
        self._settle(item, key, c)

    def _settle(self, item, key, c) -> None:
        entry = self.edits[key]
        same = parse_qty(entry[0]) == c.forecast and (entry[1] or None) == (c.comment or None)
        if same:
            del self.edits[key]
        mark_dirty(item, not same)
        self._update_buttons()

    def set_cell(self, row: int, col: int, text: str) -> bool:
        """Type `text` into a forecast cell (what the keyboard and a paste do)."""
        item = self.view.item(row, col)
        if item is None or self._cell_of(row, col) is None or not self.editable():
            return False
        item.setText(text.strip())
        return True

    def paste(self, text: str) -> int:
        """Tab-separated rows (Excel's clipboard) into the forecast cells from the current
        one: each value goes to the next month's forecast column, each line to the next
        product. Returns how many cells were filled."""
        if not self.editable():
            return 0
        cols = self.forecast_columns()
        row0, col0 = max(self.view.currentRow(), 0), self.view.currentColumn()
        start = next((k for k, c in enumerate(cols) if c >= col0), 0) if col0 >= 0 else 0
        n = 0
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        for dr, line in enumerate(lines):
            for dc, value in enumerate(line.split("\t")):
                k = start + dc
                if k < len(cols) and self.set_cell(row0 + dr, cols[k], value):
                    n += 1
        return n

    def clear_selected(self) -> None:
        for item in self.view.selectedItems():
            self.set_cell(item.row(), item.column(), "")

    def _show_comment(self) -> None:
        c = self._cell_of(self.view.currentRow(), self.view.currentColumn())
        self.comment.setEnabled(c is not None and self.editable())
        if c is None:
            self.comment.clear()
            return
        key = (self.grid.rows[self.view.currentRow()].item_id, c.month)
        self.comment.setText(self.edits[key][1] if key in self.edits else (c.comment or ""))

    def _comment_edited(self, text: str) -> None:
        row, col = self.view.currentRow(), self.view.currentColumn()
        c = self._cell_of(row, col)
        if c is None or not self.editable():
            return
        item = self.view.item(row, col)
        key = item.data(Qt.ItemDataRole.UserRole)
        entry = self.edits.setdefault(key, [item.text(), c.comment or ""])
        entry[1] = text
        self._settle(item, key, c)

    def set_comment(self, row: int, col: int, text: str) -> None:
        self.view.setCurrentCell(row, col)
        self.comment.setText(text)
        self._comment_edited(text)

    # -- saving ---------------------------------------------------------------------------

    def _blocker(self) -> str | None:
        if not self.may_edit:
            return self.tr("Only sales and managers enter the forecast")
        if self.grid is None:
            return self.tr("No review loaded")
        if not self.grid.editable:
            return self.tr("The review's inputs can no longer change")
        if not self.edits:
            return self.tr("Nothing changed")
        return None

    def _update_buttons(self) -> None:
        blocker = self._blocker()
        self.save_button.setEnabled(blocker is None)
        self.save_button.setToolTip(blocker or self.tr("Save the changed cells (yellow)"))

    def pending(self) -> list[ForecastCellInput]:
        by_key = {(r.item_id, c.month): c for r in self.grid.rows for c in r.cells}
        out = []
        for key, (text, comment) in self.edits.items():
            c = by_key[key]
            out.append(ForecastCellInput(key[0], key[1], parse_qty(text), comment or None, c.version))
        return out

    def save(self) -> None:
        if self._blocker() is not None:
            return
        cells, cycle_id = self.pending(), self.grid.cycle_id
        self.ctx.mutate(lambda s, a: sales_svc.save_forecast(s, a, cycle_id, cells), Changes(), self._saved,
                        parent=self, initiator=self, on_error=self._failed)

    def _saved(self, grid: SalesGrid) -> None:
        self.show_grid(grid)
        self.sig_saved.emit()

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError):
            self.load(self.grid.cycle_id)  # somebody else's figures: show them, the edits are gone


class _Keys(QObject):
    """Ctrl+V pastes, Delete clears, Enter moves down: the grid's spreadsheet keys."""

    def __init__(self, page: SalesPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        page = self.page
        if event.matches(QKeySequence.StandardKey.Paste):
            page.paste(QGuiApplication.clipboard().text())
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and page.view.state() != page.view.State.EditingState:
            page.clear_selected()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and page.view.state() != page.view.State.EditingState:
            view = page.view
            if view.currentRow() + 1 < view.rowCount():
                view.setCurrentCell(view.currentRow() + 1, view.currentColumn())
            return True
        return False
