"""Entering order lines from the keyboard: an entry row (product, quantity, price) where
Enter adds the line, and the table of lines below it (quantity, price and note editable)."""

from __future__ import annotations

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
from sopdesk.services.orders import OrderLineInput, OrderLineView, line_amount
from sopdesk.ui.tablemodels.order_lines import format_qty
from sopdesk.ui.widgets import ChoiceEdit, FieldError, choice_text, digit_width


@dataclass(frozen=True)
class DraftLine:
    """One line as typed: quantity and price stay text until the service validates them."""

    product: Choice
    qty: str
    unit_price: str = ""  # empty: the product's sales price
    note: str = ""
    line_id: uuid.UUID | None = None
    requested_date: object = None
    promised_date: object = None

    def to_input(self) -> OrderLineInput:
        return OrderLineInput(
            item_id=self.product.id, qty=self.qty.strip(),  # the service parses and checks it
            unit_price=self.unit_price.strip() or None, note=self.note or None,
            line_id=self.line_id, requested_date=self.requested_date,
            promised_date=self.promised_date,
        )

    def amount(self) -> Decimal | None:
        try:
            qty = Decimal(self.qty.strip())
            price = Decimal(self.unit_price.strip()) if self.unit_price.strip() else self.product.price
        except (InvalidOperation, ValueError):
            return None
        if price is None or not qty.is_finite() or not price.is_finite():
            return None
        return line_amount(qty, price)


COL_NO, COL_PRODUCT, COL_QTY, COL_UNIT, COL_PRICE, COL_AMOUNT, COL_NOTE = range(7)


class LinesEditor(QWidget):
    """State: the product choices and the draft lines (mirrored in the table).
    sig_lines_changed() after any change to the lines."""

    sig_lines_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._products: list[Choice] = []
        self._lines: list[DraftLine] = []
        self._filling = False

        self.product = ChoiceEdit()
        self.product.setPlaceholderText(self.tr("Product code or name"))
        self.qty = QLineEdit()
        self.qty.setPlaceholderText(self.tr("Quantity"))
        self.qty.setMaximumWidth(110)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.price.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Enter in the quantity or price adds the line"))
        self.entry_error = FieldError()

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            "#", self.tr("Product"), self.tr("Quantity"), self.tr("Unit"), self.tr("Unit price"),
            self.tr("Amount"), self.tr("Note"),
        ])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        for col, chars in ((COL_NO, 3), (COL_QTY, 9), (COL_UNIT, 5), (COL_PRICE, 10),
                           (COL_AMOUNT, 11), (COL_NOTE, 14)):
            self.table.setColumnWidth(col, digit_width(self) * chars + 16)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.lines_error = FieldError()
        self.total = QLabel()

        entry = QHBoxLayout()
        entry.addWidget(self.product, 3)
        entry.addWidget(self.qty, 1)
        entry.addWidget(self.price, 1)
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

        self.product.returnPressed.connect(self._product_entered)
        self.product.sig_choice_changed.connect(self._product_chosen)
        self.qty.returnPressed.connect(self.add_from_entry)
        self.price.returnPressed.connect(self.add_from_entry)
        self.add_button.clicked.connect(self.add_from_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._cell_edited)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_total()

    # -- data ---------------------------------------------------------------------------

    def set_products(self, products: list[Choice]) -> None:
        self._products = list(products)
        self.product.set_choices(products)

    def set_lines(self, lines: list[OrderLineView]) -> None:
        by_id = {p.id: p for p in self._products}
        self._lines = []
        for ln in lines:
            product = by_id.get(ln.item_id) or Choice(ln.item_id, ln.item_code, ln.item_name, ln.unit)
            self._lines.append(DraftLine(
                product=product, qty=format_qty(ln.qty), unit_price=format_qty(ln.unit_price),
                note=ln.note or "", line_id=ln.id, requested_date=ln.requested_date,
                promised_date=ln.promised_date))
        self._refill()

    def lines(self) -> list[DraftLine]:
        return list(self._lines)

    def inputs(self) -> list[OrderLineInput]:
        return [ln.to_input() for ln in self._lines]

    def total_amount(self) -> Decimal:
        return sum((ln.amount() or Decimal(0) for ln in self._lines), Decimal("0.00"))

    # -- entry --------------------------------------------------------------------------

    def _product_chosen(self, choice: Choice | None) -> None:
        if choice is not None and choice.price is not None and not self.price.text():
            self.price.setPlaceholderText(format_qty(choice.price))

    def _product_entered(self) -> None:
        if self.product.choice() is not None:
            self.qty.setFocus()
            self.qty.selectAll()

    def add_from_entry(self) -> bool:
        """Add the entry row as a line (Enter in quantity or price). The quantity is only
        checked by the service on save; here we need a product and some quantity."""
        choice = self.product.choice()
        if choice is None:
            self.entry_error.show_message(self.tr("Choose a product from the list (type its code or name)."))
            self.product.setFocus()
            return False
        if not self.qty.text().strip():
            self.entry_error.show_message(self.tr("Enter the quantity."))
            self.qty.setFocus()
            return False
        self.entry_error.clear_message()
        self._lines.append(DraftLine(product=choice, qty=self.qty.text().strip(),
                                     unit_price=self.price.text().strip()))
        self._refill()
        self.table.selectRow(len(self._lines) - 1)
        for w in (self.product, self.qty, self.price):
            w.clear()
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.product.setFocus()
        self.sig_lines_changed.emit()
        return True

    def remove_selected(self) -> None:
        if getattr(self, "_read_only", False):
            return
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._lines[row]
        if rows:
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
            price_text = ln.unit_price or (format_qty(ln.product.price) if ln.product.price is not None else "")
            cells = [
                (str(row + 1), False), (choice_text(ln.product), False), (ln.qty, True),
                (ln.product.unit, False), (price_text, True),
                (locale.toString(float(amount), "f", 2) if amount is not None else "", False),
                (ln.note, True),
            ]
            for col, (text, editable) in enumerate(cells):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if col in (COL_QTY, COL_PRICE, COL_AMOUNT):
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
        ln = self._lines[row]
        if col == COL_QTY:
            ln = replace(ln, qty=item.text().strip())
        elif col == COL_PRICE:
            ln = replace(ln, unit_price=item.text().strip())
        elif col == COL_NOTE:
            ln = replace(ln, note=item.text().strip())
        else:
            return
        self._lines[row] = ln
        self._refill()
        self.sig_lines_changed.emit()

    def _update_total(self) -> None:
        self.total.setText(self.tr("Total: {0}").format(
            QLocale().toString(float(self.total_amount()), "f", 2)))

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.product, self.qty, self.price, self.add_button, self.remove_button):
            w.setVisible(not read_only)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._read_only = read_only

    def mark_line_error(self, line_no: int, column: str, message: str) -> None:
        """Show a service error for line `line_no` (1-based) next to the lines."""
        col = {"qty": COL_QTY, "unit_price": COL_PRICE, "item": COL_PRODUCT}.get(column, COL_PRODUCT)
        if 1 <= line_no <= len(self._lines):
            self.table.setCurrentCell(line_no - 1, col)
            self.table.selectRow(line_no - 1)
        self.lines_error.show_message(message)

    def clear_errors(self) -> None:
        self.entry_error.clear_message()
        self.lines_error.clear_message()
