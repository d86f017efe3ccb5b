"""Creating and editing a purchase order (采购订单): supplier, order date, lines with item,
quantity, price and expected arrival.

Validation lives in the services: the dialog sends what was typed and shows each refused
field's message next to that field. A stale save opens the conflict dialog (reload, or keep
editing on top of the saved version), as the order dialog does. A PO that its status or the
user's role does not let change opens read only, with what was received and closed short.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import purchasing
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.services.order_queries import Choice
from sopdesk.services.permissions import Permission
from sopdesk.services.purchasing import POInput, POView, SupplierChoice
from sopdesk.services.purchasing_list import SupplierRate
from sopdesk.ui import errors, labels
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.orders.conflict_dialog import CompareRow, ConflictChoice, ConflictDialog
from sopdesk.ui.widgets import ChoiceEdit, FieldError, choice_text, date_edit, from_qdate, to_qdate

from .lines_editor import POLinesEditor
from .words import qty_text, rate_text, status_text

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
PO_CHANGES = Changes(stock=True)  # POs are open supply: the stock lists' shortages and arrivals


def save_po(session, actor, po_id: uuid.UUID | None, version: int | None, data: POInput) -> POView:
    """One user action, one transaction (runs in a worker thread)."""
    if po_id is None:
        return purchasing.create_po(session, actor, data)
    return purchasing.update_po(session, actor, po_id, version, data)


def load_dialog(session, actor, po_id: uuid.UUID | None):
    """What the dialog shows: the PO (None for a new one), the supplier and item choices
    (the PO's own included) and the suppliers' on-time rates."""
    from sopdesk.services import purchasing_list

    po = purchasing.get_po(session, actor, po_id) if po_id else None
    suppliers = purchasing.supplier_choices(session, actor, include=po.supplier_id if po else None)
    items = purchasing.item_choices(session, actor, include=[ln.item_id for ln in po.lines] if po else [])
    return po, suppliers, items, purchasing_list.supplier_rates(session, actor)


def editable(actor, po: POView | None) -> bool:
    return actor.can(Permission.PO_EDIT) and (po is None or purchasing.can(po.status, False, "edit"))


class PODialog(QDialog):
    """State: the PO being edited (None for a new one) and its version, the supplier and
    item choices, the suppliers' rates, the field widgets. After a successful save, `saved`
    holds the POView and the dialog is accepted."""

    def __init__(self, ctx: AppContext, suppliers: list[SupplierChoice], items: list[Choice],
                 po: POView | None = None, *, rates: dict | None = None, today: dt.date | None = None,
                 read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.po = po
        self.version = po.version if po else None
        self.read_only = read_only
        self.saved: POView | None = None
        self._suppliers = {c.id: c for c in suppliers}
        self._rates: dict[uuid.UUID, SupplierRate] = rates or {}
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("New purchase order"))
        self.resize(980, 620)

        self.general_error = FieldError()
        self.supplier = ChoiceEdit()
        self.supplier.set_choices(suppliers)
        self.supplier.setPlaceholderText(self.tr("Supplier code or name"))
        self.supplier_info = QLabel()
        self.supplier_info.setStyleSheet("color: #4b5563;")
        self.supplier_error = FieldError()
        self.order_date = date_edit(po.order_date if po else today)
        self.date_error = FieldError()
        self.note = QLineEdit()
        self.lines = POLinesEditor()
        self.lines.set_items(items)
        self.closed_info = QLabel()
        self.closed_info.setWordWrap(True)
        self.closed_info.hide()

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("Supplier")), 0, 0)
        head.addWidget(self.supplier, 0, 1)
        head.addWidget(QLabel(self.tr("Order date")), 0, 2)
        head.addWidget(self.order_date, 0, 3)
        head.addWidget(self.supplier_info, 1, 1, 1, 3)
        head.addWidget(self.supplier_error, 2, 1, 1, 3)
        head.addWidget(self.date_error, 3, 1, 1, 3)
        head.setColumnStretch(1, 3)
        lines_box = QGroupBox(self.tr("Lines"))
        lb = QVBoxLayout(lines_box)
        lb.addWidget(self.lines)
        lb.addWidget(self.closed_info)
        note_form = QFormLayout()
        note_form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        self.hint = QLabel(self.tr("Enter adds a line · Ctrl+S saves · Esc closes"))
        self.hint.setStyleSheet("color: #6b7280;")
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.general_error)
        lay.addLayout(head)
        lay.addWidget(lines_box, 1)
        lay.addLayout(note_form)
        lay.addLayout(buttons)

        chain = [self.supplier, self.order_date, self.lines.item, self.lines.qty, self.lines.price,
                 self.lines.expected, self.lines.add_button, self.lines.table, self.lines.remove_button,
                 self.note, self.save_button, self.cancel_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.supplier.sig_choice_changed.connect(lambda _c: self._supplier_changed())
        self.order_date.dateChanged.connect(lambda _d: self._supplier_changed())
        for seq in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(QKeySequence(seq), self, self.save)
        if po is not None:
            self._load(po)
        self._supplier_changed()
        self.supplier.setFocus()
        if read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        for w in (self.supplier, self.note):
            w.setReadOnly(True)
        self.order_date.setEnabled(False)
        self.lines.set_read_only(True)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        if self.po is not None and self.ctx.actor.can(Permission.PO_EDIT):
            self.hint.setText(self.tr("A purchase order that is {0} can no longer be edited.").format(
                status_text(self.po.status).lower()))
        else:
            self.hint.setText(self.tr("Read only: your role cannot change purchase orders."))

    # -- filling ------------------------------------------------------------------------

    def _load(self, po: POView) -> None:
        self.po = po
        self.version = po.version
        supplier = self._suppliers.get(po.supplier_id)
        self.supplier.setText(choice_text(supplier) if supplier else "")
        self.order_date.setDate(to_qdate(po.order_date))
        self.note.setText(po.note or "")
        self.lines.set_lines(po.lines)
        self.setWindowTitle(self.tr("Purchase order {0} ({1})").format(po.number, status_text(po.status)))
        closed = [ln for ln in po.lines if ln.short_closed_qty]
        self.closed_info.setText("\n".join(self.tr("Line {0}: {1} closed short — {2}").format(
            ln.line_no, qty_text(ln.short_closed_qty), ln.close_reason or "") for ln in closed))
        self.closed_info.setVisible(bool(closed))

    def _supplier_changed(self) -> None:
        choice = self.supplier.choice()
        supplier = self._suppliers.get(choice.id) if choice else None
        if supplier is None:
            self.supplier_info.setText("")
            return
        text = self.tr("Lead time {0} days").format(supplier.lead_days)
        rate = self._rates.get(supplier.id)
        if rate is not None and rate.counted:
            text += " · " + self.tr("on-time arrival {0} ({1} of {2} lines, last 12 months)").format(
                rate_text(rate.rate), rate.on_time, rate.counted)
        self.supplier_info.setText(text)
        self.lines.set_default_expected(from_qdate(self.order_date.date()) + dt.timedelta(days=supplier.lead_days))

    def current_input(self) -> POInput:
        supplier = self.supplier.choice()
        return POInput(supplier_id=supplier.id if supplier else None, lines=self.lines.inputs(),
                       order_date=from_qdate(self.order_date.date()), note=self.note.text())

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only or not self.save_button.isEnabled():
            return
        if self.lines.item.text().strip() and self.lines.qty.text().strip():
            self.lines.add_from_entry()  # a line typed but not yet added: add it first
        self.clear_errors()
        data, version = self.current_input(), self.version
        po_id = self.po.id if self.po else None
        self._busy(True)
        self.ctx.mutate(lambda s, a: save_po(s, a, po_id, version, data), PO_CHANGES, self._saved,
                        parent=self, initiator=self, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

    def _saved(self, view: POView) -> None:
        self._busy(False)
        self.saved = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ConflictError):
            self._conflict(exc)
        elif isinstance(exc, ServiceError) and exc.code in ("invalid", "invalid_transition"):
            self.show_field_error(exc)
        else:
            self.ctx.show_error(self, exc)

    def show_field_error(self, exc: ServiceError) -> None:
        text = errors.sentence(exc)
        name = exc.field or ""
        m = _LINE_FIELD.match(name)
        if m:
            self.lines.mark_line_error(int(m.group(1)), m.group(2), labels.field(name) + " — " + text)
        elif name == "lines":
            self.lines.lines_error.show_message(text)
            self.lines.item.setFocus()
        elif name in ("supplier", "supplier_id"):
            self.supplier_error.show_message(text)
            self.supplier.setFocus()
        elif name == "order_date":
            self.date_error.show_message(text)
            self.order_date.setFocus()
        else:
            self.general_error.show_message(text)

    def clear_errors(self) -> None:
        for e in (self.general_error, self.supplier_error, self.date_error):
            e.clear_message()
        self.lines.clear_errors()

    # -- conflicts ----------------------------------------------------------------------

    def _conflict(self, exc: ConflictError) -> None:
        mine, po_id = self.current_input(), self.po.id
        self.ctx.query(lambda s, a: purchasing.get_po(s, a, po_id),
                       lambda theirs: self._ask_conflict(exc, mine, theirs), parent=self)

    def _ask_conflict(self, exc: ConflictError, mine: POInput, theirs: POView) -> None:
        choice = ConflictDialog(exc.info, self.compare_rows(mine, theirs), value_text=self._value_text,
                                parent=self).ask()
        if choice == ConflictChoice.RELOAD:
            self._load(theirs)
            self.clear_errors()
        elif choice == ConflictChoice.KEEP_MINE:
            self.po, self.version = theirs, theirs.version  # the next save is made on the saved version
            self.general_error.show_message(self.tr(
                "You are now editing on top of the version saved by {0}. Check the form, then save.").format(
                exc.info.changed_by or self.tr("another user")))

    def _supplier_text(self, supplier_id) -> str:
        try:
            c = self._suppliers.get(uuid.UUID(str(supplier_id)))
        except ValueError:
            c = None
        return choice_text(c) if c else str(supplier_id or "")

    def _value_text(self, field: str, value) -> str:
        if value is None:
            return ""
        if field in ("supplier_id", "supplier"):
            return self._supplier_text(value)
        if field == "status":
            try:
                return status_text(value)
            except ValueError:
                return str(value)
        return str(value)

    def compare_rows(self, mine: POInput, theirs: POView) -> list[CompareRow]:
        items = {c.id: c for c in self.lines.item_choices()}

        def line_text(item_id, qty, price, expected) -> str:
            item = items.get(item_id)
            return f"{item.code if item else '?'} × {qty} @ {price} → {expected.isoformat()}"

        rows = [
            CompareRow(self.tr("Supplier"), self._supplier_text(mine.supplier_id) if mine.supplier_id
                       else self.supplier.text(), self._supplier_text(theirs.supplier_id)),
            CompareRow(self.tr("Order date"), mine.order_date.isoformat(), theirs.order_date.isoformat()),
            CompareRow(self.tr("Note"), (mine.note or "").strip(), theirs.note or ""),
        ]
        drafts = self.lines.lines()
        for n in range(max(len(drafts), len(theirs.lines))):
            m = drafts[n] if n < len(drafts) else None
            t = theirs.lines[n] if n < len(theirs.lines) else None
            rows.append(CompareRow(
                self.tr("Line {0}").format(n + 1),
                line_text(m.item.id, m.qty, m.price(), m.expected_date) if m else "",
                line_text(t.item_id, qty_text(t.qty), qty_text(t.unit_price), t.expected_date) if t else ""))
        return rows

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        # Enter never closes the dialog by accident; it adds lines in the entry row.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
