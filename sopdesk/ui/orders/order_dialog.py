"""Creating and editing a sales order.

Validation lives in the services: the dialog sends what was typed and shows each refused
field's message next to that field. Saving a custom draft order also starts its review
(review.start_review) in the same transaction. A stale save opens the conflict dialog.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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

from sopdesk.models import OrderStatus
from sopdesk.services import orders, planning_promise, settings
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.services.inventory_demand import OPEN_ORDER
from sopdesk.services.order_queries import Choice
from sopdesk.services.order_states import EDITABLE
from sopdesk.services.orders import OrderInput, OrderView
from sopdesk.services.permissions import Permission
from sopdesk.ui import errors, labels, promise_text
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.tablemodels.order_lines import format_qty
from sopdesk.ui.widgets import (
    ChoiceEdit,
    FieldError,
    OptionalDateEdit,
    choice_text,
    date_edit,
    from_qdate,
    to_qdate,
)

from .conflict_dialog import CompareRow, ConflictChoice, ConflictDialog
from .lines_editor import LinesEditor
from .live_dialog import DialogLive, is_connection_lost

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")
# statuses before shipping could start (or after it never will): no shipments box
_NOT_SHIPPING = frozenset({OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CANCELLED})


def save_order(session, actor, order_id: uuid.UUID | None, version: int | None, data: OrderInput,
               start_review: bool) -> OrderView:
    """One user action, one transaction: create or update, then start the review of a
    custom draft. Runs in a worker thread."""
    if order_id is None:
        view = orders.create_order(session, actor, data)
    else:
        view = orders.update_order(session, actor, order_id, version, data)
    if start_review and view.is_custom and view.status == OrderStatus.DRAFT:
        from sopdesk.services import review

        review.start_review(session, actor, view.id, view.version)
        view = orders.get_order(session, actor, view.id)
    return view


class OrderDialog(QDialog):
    """State: the order being edited (None for a new one) and its version, the customer
    and product choices, the field widgets. After a successful save, `saved` holds the
    OrderView and the dialog is accepted."""

    def __init__(self, ctx: AppContext, customers: list[Choice], products: list[Choice],
                 order: OrderView | None = None, parent: QWidget | None = None,
                 read_only: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.order = order
        self.version = order.version if order else None
        self.saved: OrderView | None = None
        self._customers = {c.id: c for c in customers}
        self.setWindowTitle(self.tr("New order") if order is None
                            else self.tr("Order {0}").format(order.number))
        self.resize(900, 620)

        self.general_error = FieldError()
        self.customer = ChoiceEdit()
        self.customer.set_choices(customers)
        self.customer.setPlaceholderText(self.tr("Customer code or name"))
        self.customer_error = FieldError()
        self.order_date = date_edit(order.order_date if order else dt.date.today())
        self.customer_po = QLineEdit()
        self.requested = OptionalDateEdit(default=dt.date.today() + dt.timedelta(days=14))
        self.promised = OptionalDateEdit(default=dt.date.today() + dt.timedelta(days=14))
        self.dates_error = FieldError()
        # 可承诺交期: the earliest date the plan can deliver these lines, with why (services/planning_promise)
        self.propose_button = QPushButton(self.tr("Propose date"))
        self.propose_button.setAutoDefault(False)
        self.propose_button.setToolTip(self.tr("The earliest date stock, materials and capacity allow, "
                                               "without moving other orders"))
        self.promise_label = QLabel()
        self.promise_label.setWordWrap(True)
        self.promise_label.setStyleSheet("color: #4b5563;")
        self.promise_today = settings.factory_today  # (session) -> date; tests fix it
        self.proposal = None
        self.custom = QCheckBox(self.tr("Custom order (定制款): needs the order review by "
                                        "production and supply chain"))
        self.custom_error = FieldError()
        self.note = QLineEdit()
        self.lines = LinesEditor()
        self.lines.set_products(products)

        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("Customer")), 0, 0)
        head.addWidget(self.customer, 0, 1)
        head.addWidget(QLabel(self.tr("Customer PO")), 0, 2)
        head.addWidget(self.customer_po, 0, 3)
        head.addWidget(self.customer_error, 1, 1, 1, 3)
        head.addWidget(QLabel(self.tr("Order date")), 2, 0)
        head.addWidget(self.order_date, 2, 1)
        head.addWidget(QLabel(self.tr("Requested date")), 3, 0)
        head.addWidget(self.requested, 3, 1)
        head.addWidget(QLabel(self.tr("Promised date")), 3, 2)
        head.addWidget(self.promised, 3, 3)
        head.addWidget(self.propose_button, 3, 4)
        head.addWidget(self.dates_error, 4, 1, 1, 3)
        head.addWidget(self.promise_label, 5, 1, 1, 4)
        head.addWidget(self.custom, 6, 1, 1, 3)
        head.addWidget(self.custom_error, 7, 1, 1, 3)
        head.setColumnStretch(1, 2)
        head.setColumnStretch(3, 1)

        lines_box = QGroupBox(self.tr("Lines"))
        lb = QVBoxLayout(lines_box)
        lb.addWidget(self.lines)
        note_form = QFormLayout()
        note_form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        self.hint = QLabel(self.tr("Enter adds a line · Ctrl+S saves · Esc closes"))
        self.hint.setStyleSheet("color: #6b7280;")
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        # others editing this order, "changed on another PC", offline (issue 15)
        self.live = DialogLive(ctx, self, order.id if order else None, order.number if order else "",
                               heartbeat=not read_only)
        lay = QVBoxLayout(self)
        lay.addWidget(self.live.banner)
        lay.addWidget(self.general_error)
        lay.addLayout(head)
        lay.addWidget(lines_box, 1)
        # what each line has shipped (FH numbers open the shipments) and closing short
        self.shipments = None
        if order is not None and order.status not in _NOT_SHIPPING:
            from sopdesk.ui.shipping.line_shipments import LineShipmentsBox

            self.shipments = LineShipmentsBox(ctx, order.id, self)
            self.shipments.sig_order_changed.connect(self._reload_after_shipping)
            lay.addWidget(self.shipments, 1)
            self.resize(1060, 780)
        lay.addLayout(note_form)
        lay.addLayout(buttons)

        # Tab order follows the reading order: header, then the line entry, then the rest.
        chain = [self.customer, self.customer_po, self.order_date, self.requested.check,
                 self.requested.edit, self.promised.check, self.promised.edit, self.custom,
                 self.lines.product, self.lines.qty, self.lines.price, self.lines.add_button,
                 self.lines.table, self.lines.remove_button, self.note, self.save_button,
                 self.cancel_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.propose_button.clicked.connect(self.propose)
        self.custom.toggled.connect(lambda _on: self._update_save_text())
        for seq in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(QKeySequence(seq), self, self.save)
        if order is not None:
            self._load(order)
            # an open order is already in the plan: asking again would count it twice
            self.propose_button.setVisible(order.status not in OPEN_ORDER)
        self._update_save_text()
        self.customer.setFocus()
        if read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        for w in (self.customer, self.customer_po, self.note):
            w.setReadOnly(True)
        for w in (self.order_date, self.requested, self.promised, self.custom):
            w.setEnabled(False)
        self.propose_button.hide()
        self.lines.set_read_only(True)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        if self.order is not None and self.ctx.actor.can(Permission.ORDER_EDIT):
            self.hint.setText(self.tr("A {0} order can no longer be edited.").format(
                labels.status(self.order.status)))
        else:
            self.hint.setText(self.tr("Read only: your role cannot change orders."))

    # -- filling ------------------------------------------------------------------------

    def _load(self, order: OrderView) -> None:
        self.order = order
        self.version = order.version
        customer = self._customers.get(order.customer_id) or Choice(order.customer_id, "", order.customer_name)
        self.customer.setText(choice_text(customer) if customer.code else customer.name)
        self.customer_po.setText(order.customer_po or "")
        self.order_date.setDate(to_qdate(order.order_date))
        self.requested.set_date_value(order.requested_date)
        self.promised.set_date_value(order.promised_date)
        self.custom.setChecked(order.is_custom)
        self.custom.setEnabled(order.status == OrderStatus.DRAFT)
        self.note.setText(order.note or "")
        self.lines.set_lines(order.lines)
        self.setWindowTitle(self.tr("Order {0} ({1})").format(order.number, labels.status(order.status)))

    def _reload_after_shipping(self) -> None:
        """A line was closed short: the order (status, version) is read again."""
        order_id = self.order.id

        def reloaded(view: OrderView) -> None:
            self._load(view)
            if not self.read_only and view.status not in EDITABLE:
                self.read_only = True
                self._make_read_only()

        self.ctx.query(lambda s, a: orders.get_order(s, a, order_id), reloaded, parent=self)

    def _will_start_review(self) -> bool:
        status = self.order.status if self.order else OrderStatus.DRAFT
        return self.custom.isChecked() and status == OrderStatus.DRAFT

    def _update_save_text(self) -> None:
        self.save_button.setText(self.tr("Save and start review") if self._will_start_review()
                                 else self.tr("Save"))

    def current_input(self) -> OrderInput:
        customer = self.customer.choice()
        return OrderInput(
            customer_id=customer.id if customer else None,
            lines=self.lines.inputs(),
            order_date=from_qdate(self.order_date.date()),
            requested_date=self.requested.date_value(),
            promised_date=self.promised.date_value(),
            is_custom=self.custom.isChecked(),
            customer_po=self.customer_po.text(),
            note=self.note.text(),
        )

    # -- proposing a date ---------------------------------------------------------------

    def propose(self) -> None:
        """Ask the plan for the earliest date of the lines entered; the answer fills the
        promised date and says what binds it."""
        lines = [(line.item_id, line.qty) for line in self.lines.inputs()]
        if not lines:
            self._show_proposal_text(self.tr("Add the order's lines first."), error=True)
            return
        today = self.promise_today
        self.propose_button.setEnabled(False)
        self.promise_label.setText(self.tr("Asking the plan…"))
        self.ctx.query(lambda s, a: planning_promise.promise_lines(s, a, lines, start=today(s)),
                       self._proposed, parent=self, on_error=self._proposal_failed)

    def _proposed(self, answer) -> None:
        self.proposal = answer
        self.propose_button.setEnabled(True)
        if answer.earliest is not None:
            self.promised.set_date_value(answer.earliest)
        self._show_proposal_text(promise_text.answer_text(answer), error=answer.earliest is None)

    def _proposal_failed(self, exc: BaseException) -> None:
        self.propose_button.setEnabled(True)
        if isinstance(exc, ServiceError):
            self._show_proposal_text(errors.sentence(exc), error=True)
        else:
            self.promise_label.clear()
            self.ctx.show_error(self, exc)

    def _show_proposal_text(self, text: str, *, error: bool) -> None:
        self.promise_label.setStyleSheet("color: #b42318;" if error else "color: #4b5563;")
        self.promise_label.setText(text)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only or not self.save_button.isEnabled():
            return
        if self.lines.product.text().strip() and self.lines.qty.text().strip():
            self.lines.add_from_entry()  # a line typed but not yet added: add it first
        self.clear_errors()
        data = self.current_input()
        order_id = self.order.id if self.order else None
        version = self.version
        start = self._will_start_review()
        self._busy(True)
        changes = Changes(orders=True, reviews=start, inbox=start)
        self.ctx.mutate(lambda s, a: save_order(s, a, order_id, version, data, start), changes,
                        self._saved, parent=self, initiator=self, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.save_button.setText(self.tr("Saving…"))
        else:
            self._update_save_text()

    def _saved(self, view: OrderView) -> None:
        self._busy(False)
        self.live.back_online()
        self.saved = view
        self.accept()

    def done(self, result: int) -> None:  # accepted or rejected: no longer editing it
        self.live.close()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if is_connection_lost(exc):
            self.live.retry_later(self.save)  # what was typed stays in the fields
            return
        self.live.back_online()
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
            self.lines.mark_line_error(int(m.group(1)), m.group(2),
                                       labels.field(name) + " — " + text)
        elif name == "lines":
            self.lines.lines_error.show_message(text)
            self.lines.product.setFocus()
        elif name in ("customer", "customer_id"):
            self.customer_error.show_message(text)
            self.customer.setFocus()
        elif name in ("requested_date", "promised_date", "order_date"):
            self.dates_error.show_message(labels.field(name) + " — " + text)
            {"requested_date": self.requested, "promised_date": self.promised}.get(
                name, self.order_date).setFocus()
        elif name == "is_custom":
            self.custom_error.show_message(text)
        else:
            self.general_error.show_message((labels.field(name) + " — " if name else "") + text)

    def clear_errors(self) -> None:
        for e in (self.general_error, self.customer_error, self.dates_error, self.custom_error):
            e.clear_message()
        self.lines.clear_errors()

    # -- conflicts ----------------------------------------------------------------------

    def _conflict(self, exc: ConflictError) -> None:
        mine = self.current_input()
        order_id = self.order.id
        self.ctx.query(lambda s, a: orders.get_order(s, a, order_id),
                       lambda theirs: self._ask_conflict(exc, mine, theirs), parent=self)

    def _ask_conflict(self, exc: ConflictError, mine: OrderInput, theirs: OrderView) -> None:
        dialog = ConflictDialog(exc.info, self.compare_rows(mine, theirs),
                                value_text=self._value_text, parent=self)
        choice = dialog.ask()
        if choice == ConflictChoice.RELOAD:
            self._load(theirs)
            self.clear_errors()
            self._update_save_text()
        elif choice == ConflictChoice.KEEP_MINE:
            # The user has seen their changes; the next save is made on the saved version.
            self.order = theirs
            self.version = theirs.version
            self.general_error.show_message(self.tr(
                "You are now editing on top of the version saved by {0}. Check the form, "
                "then save.").format(exc.info.changed_by or self.tr("another user")))

    def _value_text(self, field: str, value) -> str:
        if value is None:
            return ""
        if field in ("customer_id", "customer"):
            try:
                c = self._customers.get(uuid.UUID(str(value)))
            except ValueError:
                c = None
            return choice_text(c) if c else str(value)
        if field == "is_custom":
            return labels.yes_no(bool(value))
        if field == "status":
            try:
                return labels.status(value)
            except ValueError:
                return str(value)
        return str(value)

    def compare_rows(self, mine: OrderInput, theirs: OrderView) -> list[CompareRow]:
        """Field by field: your copy, the saved version and, when known, the order as you
        opened it (mine / theirs / original)."""
        def d(value):
            return value.isoformat() if value else ""

        def header(view: OrderView | None) -> list[str]:
            if view is None:
                return [None] * 7
            return [self._value_text("customer_id", view.customer_id), d(view.order_date), d(view.requested_date),
                    d(view.promised_date), labels.yes_no(view.is_custom), view.customer_po or "", view.note or ""]

        def line(t) -> str:
            return f"{t.item_code} × {format_qty(t.qty)} @ {format_qty(t.unit_price)}" if t else ""

        original = self.order if self.order is not None and self.order.id == theirs.id else None
        cust = self._customers.get(mine.customer_id) if mine.customer_id else None
        names = ("customer", "order_date", "requested_date", "promised_date", "is_custom", "customer_po", "note")
        mine_values = [choice_text(cust) if cust else self.customer.text(), d(mine.order_date), d(mine.requested_date),
                       d(mine.promised_date), labels.yes_no(mine.is_custom), (mine.customer_po or "").strip(),
                       (mine.note or "").strip()]
        rows = [CompareRow(labels.field(n), m, t, o)
                for n, m, t, o in zip(names, mine_values, header(theirs), header(original), strict=True)]
        drafts = self.lines.lines()
        before = original.lines if original is not None else []
        for n in range(max(len(drafts), len(theirs.lines), len(before))):
            m = drafts[n] if n < len(drafts) else None
            t = theirs.lines[n] if n < len(theirs.lines) else None
            if m is not None:
                price = m.unit_price or (format_qty(m.product.price) if m.product.price is not None else "")
                mine_text = f"{m.product.code} × {m.qty} @ {price}"
            else:
                mine_text = ""
            o = line(before[n] if n < len(before) else None) if original is not None else None
            rows.append(CompareRow(self.tr("Line {0}").format(n + 1), mine_text, line(t), o))
        return rows

    def keyPressEvent(self, event):
        # Enter never closes the dialog by accident; it adds lines in the entry row.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
