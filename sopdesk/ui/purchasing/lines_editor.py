"""Entering purchase order lines from the keyboard: an entry row (item, quantity, price,
expected arrival) where Enter adds the line, and the table of lines below it (quantity,
price, expected date and note editable; what was received and closed short shown)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services.order_queries import Choice
from sopdesk.services.orders import line_amount
from sopdesk.services.purchasing import POLineInput, POLineView
from sopdesk.ui.widgets import (
    ChoiceEdit,
    FieldError,
    choice_text,
    date_edit,
    digit_width,
    from_qdate,
    to_qdate,
)

from .words import qty_text


@dataclass(frozen=True)
class DraftLine:
    """One line as typed: quantity and price stay text until the service validates them."""

    item: Choice
    qty: str
    expected_date: dt.date
    unit_price: str = ""  # empty: the item's standard cost
    note: str = ""
    line_id: uuid.UUID | None = None
    received: Decimal = Decimal(0)
    short_closed: Decimal = Decimal(0)

    def to_input(self) -> POLineInput:
        return POLineInput(item_id=self.item.id, qty=self.qty.strip(), expected_date=self.expected_date,
                           unit_price=self.unit_price.strip() or None, note=self.note or None,
                           line_id=self.line_id)

    def price(self) -> str:
        return self.unit_price or (qty_text(self.item.price) if self.item.price is not None else "")

    def amount(self) -> Decimal | None:
        if not self.price():
            return None
        try:
            qty, price = Decimal(self.qty.strip()), Decimal(self.price())
        except (InvalidOperation, ValueError):
            return None
        return line_amount(qty, price) if qty.is_finite() and price.is_finite() else None


(COL_NO, COL_ITEM, COL_QTY, COL_UNIT, COL_PRICE, COL_AMOUNT, COL_EXPECTED, COL_RECEIVED,
 COL_NOTE) = range(9)
EDITABLE_COLUMNS = (COL_QTY, COL_PRICE, COL_EXPECTED, COL_NOTE)


class POLinesEditor(QWidget):
    """State: the item choices, the draft lines (mirrored in the table), the default
    expected date of a new line. sig_lines_changed() after any change to the lines."""

    sig_lines_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Choice] = []
        self._lines: list[DraftLine] = []
        self._filling = False
        self._read_only = False

        self.item = ChoiceEdit()
        self.item.setPlaceholderText(self.tr("Item code or name"))
        self.qty = QLineEdit()
        self.qty.setPlaceholderText(self.tr("Quantity"))
        self.qty.setMaximumWidth(110)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.price.setMaximumWidth(110)
        self.expected = date_edit()
        self.expected.setToolTip(self.tr("Expected arrival"))
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Enter in the quantity or price adds the line"))
        self.entry_error = FieldError()

        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            "#", self.tr("Item"), self.tr("Quantity"), self.tr("Unit"), self.tr("Unit price"), self.tr("Amount"),
            self.tr("Expected"), self.tr("Received"), self.tr("Note"),
        ])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for col, chars in ((COL_NO, 3), (COL_QTY, 9), (COL_UNIT, 5), (COL_PRICE, 9), (COL_AMOUNT, 11),
                           (COL_EXPECTED, 11), (COL_RECEIVED, 12), (COL_NOTE, 12)):
            self.table.setColumnWidth(col, digit_width(self) * chars + 16)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.lines_error = FieldError()
        self.total = QLabel()

        entry = QHBoxLayout()
        entry.addWidget(self.item, 3)
        entry.addWidget(self.qty, 1)
        entry.addWidget(self.price, 1)
        entry.addWidget(self.expected)
        entry.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.lines_error, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.total)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(entry)
        lay.addWidget(self.entry_error)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)

        self.item.returnPressed.connect(self._item_entered)
        self.item.sig_choice_changed.connect(self._item_chosen)
        self.qty.returnPressed.connect(self.add_from_entry)
        self.price.returnPressed.connect(self.add_from_entry)
        self.add_button.clicked.connect(self.add_from_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._cell_edited)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.set_read_only(False)
        self._update_total()

    # -- data ---------------------------------------------------------------------------

    def set_items(self, items: list[Choice]) -> None:
        self._items = list(items)
        self.item.set_choices(items)

    def set_default_expected(self, day: dt.date) -> None:
        self.expected.setDate(to_qdate(day))

    def set_lines(self, lines: list[POLineView]) -> None:
        by_id = {c.id: c for c in self._items}
        self._lines = [DraftLine(item=by_id.get(ln.item_id) or Choice(ln.item_id, "?", ""), qty=qty_text(ln.qty),
                                 expected_date=ln.expected_date, unit_price=qty_text(ln.unit_price),
                                 note=ln.note or "", line_id=ln.id, received=ln.received_qty,
                                 short_closed=ln.short_closed_qty)
                       for ln in lines]
        self._refill()

    def item_choices(self) -> list[Choice]:
        return list(self._items)

    def lines(self) -> list[DraftLine]:
        return list(self._lines)

    def inputs(self) -> list[POLineInput]:
        return [ln.to_input() for ln in self._lines]

    def total_amount(self) -> Decimal:
        return sum((ln.amount() or Decimal(0) for ln in self._lines), Decimal("0.00"))

    # -- entry --------------------------------------------------------------------------

    def _item_chosen(self, choice: Choice | None) -> None:
        if choice is not None and choice.price is not None and not self.price.text():
            self.price.setPlaceholderText(qty_text(choice.price))

    def _item_entered(self) -> None:
        if self.item.choice() is not None:
            self.qty.setFocus()
            self.qty.selectAll()

    def add_from_entry(self) -> bool:
        """Add the entry row as a line; the service checks the quantity and price on save."""
        choice = self.item.choice()
        if choice is None:
            self.entry_error.show_message(self.tr("Choose an item from the list (type its code or name)."))
            self.item.setFocus()
            return False
        if not self.qty.text().strip():
            self.entry_error.show_message(self.tr("Enter the quantity."))
            self.qty.setFocus()
            return False
        self.entry_error.clear_message()
        self._lines.append(DraftLine(item=choice, qty=self.qty.text().strip(),
                                     expected_date=from_qdate(self.expected.date()),
                                     unit_price=self.price.text().strip()))
        self._refill()
        self.table.selectRow(len(self._lines) - 1)
        for w in (self.item, self.qty, self.price):
            w.clear()
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.item.setFocus()
        self.sig_lines_changed.emit()
        return True

    def remove_selected(self) -> None:
        if self._read_only:
            return
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        kept = [r for r in rows if self._lines[r].received]
        for row in rows:
            if row not in kept:
                del self._lines[row]
        if kept:
            self.lines_error.show_message(self.tr("Line {0} has receipts and cannot be removed.").format(
                ", ".join(str(r + 1) for r in sorted(kept))))
        if len(kept) < len(rows):
            self._refill()
            self.sig_lines_changed.emit()

    # -- table --------------------------------------------------------------------------

    def _refill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self._lines))
        locale = QLocale()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, ln in enumerate(self._lines):
            amount = ln.amount()
            got = qty_text(ln.received) if ln.received else ""
            if ln.short_closed:
                got = self.tr("{0}, {1} closed short").format(got or "0", qty_text(ln.short_closed))
            cells = [str(row + 1), choice_text(ln.item), ln.qty, ln.item.unit, ln.price(),
                     locale.toString(float(amount), "f", 2) if amount is not None else "",
                     ln.expected_date.isoformat(), got, ln.note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if col in EDITABLE_COLUMNS and not self._read_only:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if col in (COL_QTY, COL_PRICE, COL_AMOUNT, COL_RECEIVED):
                    item.setTextAlignment(right)
                self.table.setItem(row, col, item)
        self._filling = False
        self._update_total()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, col = item.row(), item.column()
        if not 0 <= row < len(self._lines):
            return
        ln, text = self._lines[row], item.text().strip()
        if col == COL_QTY:
            ln = replace(ln, qty=text)
        elif col == COL_PRICE:
            ln = replace(ln, unit_price=text)
        elif col == COL_NOTE:
            ln = replace(ln, note=text)
        elif col == COL_EXPECTED:
            try:
                ln = replace(ln, expected_date=dt.date.fromisoformat(text))
                self.lines_error.clear_message()
            except ValueError:
                self.lines_error.show_message(self.tr("Line {0}: write the date as 2026-12-31.").format(row + 1))
        else:
            return
        self._lines[row] = ln
        self._refill()
        self.sig_lines_changed.emit()

    def _update_total(self) -> None:
        self.total.setText(self.tr("Total: {0}").format(QLocale().toString(float(self.total_amount()), "f", 2)))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for w in (self.item, self.qty, self.price, self.expected, self.add_button, self.remove_button):
            w.setVisible(not read_only)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._refill()

    def mark_line_error(self, line_no: int, column: str, message: str) -> None:
        """Show a service error for line `line_no` (1-based) next to the lines."""
        col = {"qty": COL_QTY, "unit_price": COL_PRICE, "item": COL_ITEM,
               "expected_date": COL_EXPECTED}.get(column, COL_ITEM)
        if 1 <= line_no <= len(self._lines):
            self.table.setCurrentCell(line_no - 1, col)
            self.table.selectRow(line_no - 1)
        self.lines_error.show_message(message)

    def clear_errors(self) -> None:
        self.entry_error.clear_message()
        self.lines_error.clear_message()
