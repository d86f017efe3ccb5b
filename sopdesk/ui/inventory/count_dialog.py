"""Stock count (盘点): choose a location, enter counted quantities next to the system
on-hand, post the differences with stock_ops.post_stock_count, and see what was posted.

Only rows with a counted quantity entered are posted (a blank row is "not counted", not
zero). The book quantity the service compares with is the balance when posting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sopdesk.services import inventory, stock_ops
from sopdesk.services.errors import ServiceError
from sopdesk.services.inventory import StockFilter
from sopdesk.services.locations import location_choices
from sopdesk.services.stock_ops import CountResult
from sopdesk.ui import errors
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import FieldError

from .model import SHORT_FG, fmt_qty
from .tab import STOCK_CHANGES

ITEMS_SHOWN = 1000
COL_CODE, COL_NAME, COL_UNIT, COL_BOOK, COL_COUNTED, COL_DIFF = range(6)
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def load_items(session, actor, location_id: uuid.UUID, search: str, stocked_only: bool):
    flt = StockFilter(search=search, with_stock_only=stocked_only)
    now = dt.datetime.now(dt.UTC)
    return inventory.fetch_stock_as_of(session, actor, now, flt, limit=ITEMS_SHOWN, location_id=location_id)


class CountDialog(QDialog):
    """State: the location's items with their system on-hand (item id kept per row), the
    result of the last post. sig_posted(message) after posting."""

    sig_posted = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Stock count"))
        self.resize(900, 620)
        self.result: CountResult | None = None
        self._loading = False

        self.location = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.stocked_only = QCheckBox(self.tr("Only items with stock here"))
        self.stocked_only.setChecked(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Unit"),
                                              self.tr("System on hand"), self.tr("Counted"),
                                              self.tr("Difference")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((COL_CODE, 110), (COL_NAME, 280), (COL_UNIT, 50), (COL_BOOK, 110), (COL_COUNTED, 110)):
            self.table.setColumnWidth(col, width)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.error = FieldError()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.post_button = QPushButton(self.tr("Post count"))
        self.post_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Location")))
        top.addWidget(self.location, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.stocked_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.post_button)
        bottom.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("Enter what you counted; leave items you did not count empty.")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.summary)
        lay.addLayout(bottom)

        self.location.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.returnPressed.connect(self.reload)
        self.stocked_only.toggled.connect(lambda _c: self.reload())
        self.table.itemChanged.connect(self._edited)
        self.post_button.clicked.connect(self.submit)
        self.ctx.query(location_choices, self._locations, parent=self)

    def _locations(self, locations) -> None:
        self.location.blockSignals(True)
        for loc in locations:
            self.location.addItem(loc.label, loc.id)
        self.location.blockSignals(False)
        self.reload()

    def set_location(self, location_id: uuid.UUID) -> None:
        for n in range(self.location.count()):  # findData does not compare Python UUIDs
            if self.location.itemData(n) == location_id:
                self.location.setCurrentIndex(n)

    def reload(self) -> None:
        location_id = self.location.currentData()
        if location_id is None:
            return
        search, stocked = self.search.text().strip(), self.stocked_only.isChecked()
        self.ctx.query(lambda s, a: load_items(s, a, location_id, search, stocked), self._loaded, parent=self)

    def _loaded(self, rows) -> None:
        self._loading = True
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = [(COL_CODE, r.code), (COL_NAME, r.name), (COL_UNIT, r.unit), (COL_BOOK, fmt_qty(r.qty)),
                     (COL_COUNTED, ""), (COL_DIFF, "")]
            for col, text in cells:
                item = QTableWidgetItem(text)
                item.setFlags(_EDITABLE if col == COL_COUNTED else _FIXED)
                if col in (COL_BOOK, COL_COUNTED, COL_DIFF):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == COL_CODE:
                    item.setData(Qt.ItemDataRole.UserRole, (r.item_id, r.qty))
                self.table.setItem(n, col, item)
        self._loading = False
        self.error.show_message("")

    def row_for(self, item_id: uuid.UUID) -> int:
        return next(n for n in range(self.table.rowCount())
                    if self.table.item(n, COL_CODE).data(Qt.ItemDataRole.UserRole)[0] == item_id)

    def set_counted(self, item_id: uuid.UUID, text: str) -> None:
        self.table.item(self.row_for(item_id), COL_COUNTED).setText(text)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != COL_COUNTED:
            return
        row = item.row()
        _item_id, book = self.table.item(row, COL_CODE).data(Qt.ItemDataRole.UserRole)
        diff_item = self.table.item(row, COL_DIFF)
        counted = self._parse(item.text())
        self._loading = True
        if counted is None:
            diff_item.setText("" if not item.text().strip() else self.tr("not a number"))
            diff_item.setForeground(QBrush(QColor(SHORT_FG)))
        else:
            diff = counted - book
            diff_item.setText(("+" if diff > 0 else "") + fmt_qty(diff))
            diff_item.setForeground(QBrush(QColor(SHORT_FG if diff < 0 else "#1e7b3c" if diff > 0 else "#4b5563")))
        self._loading = False

    @staticmethod
    def _parse(text: str) -> Decimal | None:
        text = text.strip().replace(",", "")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def counted(self) -> dict[uuid.UUID, Decimal] | None:
        """The quantities entered; None (and the faulty row selected) if one is not a number."""
        result: dict[uuid.UUID, Decimal] = {}
        for n in range(self.table.rowCount()):
            text = self.table.item(n, COL_COUNTED).text()
            if not text.strip():
                continue
            value = self._parse(text)
            if value is None or value < 0:
                self.table.setCurrentCell(n, COL_COUNTED)
                self.error.show_message(self.tr("Row {0}: enter a number of zero or more.").format(n + 1))
                return None
            result[self.table.item(n, COL_CODE).data(Qt.ItemDataRole.UserRole)[0]] = value
        return result

    def submit(self) -> None:
        self.error.show_message("")
        location_id = self.location.currentData()
        counted = self.counted()
        if counted is None or location_id is None:
            return
        if not counted:
            self.error.show_message(self.tr("Enter the counted quantity of at least one item."))
            return
        note = self.note.text().strip() or None
        self.post_button.setEnabled(False)
        codes = {self.table.item(n, COL_CODE).data(Qt.ItemDataRole.UserRole)[0]: self.table.item(n, COL_CODE).text()
                 for n in range(self.table.rowCount())}

        def done(result: CountResult):
            self.result = result
            self.post_button.setEnabled(True)
            changed = [ln for ln in result.lines if ln.difference]
            parts = [f"{codes.get(ln.item_id, '?')} {'+' if ln.difference > 0 else ''}{fmt_qty(ln.difference)}"
                     for ln in changed]
            message = self.tr("Count {0} posted: {1} items counted, {2} differences posted.").format(
                result.ref_number, len(result.lines), len(changed))
            self.summary.setText(message + ("\n" + ", ".join(parts) if parts else ""))
            self.sig_posted.emit(message)
            self.note.clear()
            self.reload()

        def failed(exc):
            self.post_button.setEnabled(True)
            if isinstance(exc, ServiceError) and exc.code not in ("conflict", "permission_denied"):
                self.error.show_message(errors.sentence(exc))
            else:
                self.ctx.show_error(self, exc)

        self.ctx.mutate(lambda s, a: stock_ops.post_stock_count(s, a, location_id, counted, note=note),
                        STOCK_CHANGES, done, parent=self, initiator=self, on_error=failed)
