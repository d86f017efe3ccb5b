"""Sales confirms the delivery date agreed with the customer (评审 step 4): the order moves
from in review to confirmed. The promised date is prefilled with the earliest date the
review answers allow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from sopdesk.services import review
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.services.review import ReviewView
from sopdesk.ui import errors, labels
from sopdesk.ui.changes import Changes
from sopdesk.ui.widgets import FieldError, date_edit, from_qdate

from .thread import _answer_text


def default_promise(view: ReviewView) -> dt.date:
    suggested = view.suggested_promise_date
    candidates = [d for d in (suggested, view.promised_date, view.requested_date) if d]
    if suggested:
        return max(d for d in candidates if d >= suggested)
    return max(candidates) if candidates else view.today


class ConfirmDialog(QDialog):
    """State: the review shown and the date/note entered; `confirmed` holds the new
    ReviewView after a successful confirm."""

    def __init__(self, ctx, view: ReviewView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.confirmed: ReviewView | None = None
        self.setWindowTitle(self.tr("Confirm order {0}").format(view.order_number))
        self.setMinimumWidth(520)
        suggested = view.suggested_promise_date
        answers = "<br>".join(f"{labels.department(t.department)}: {_answer_text(t)}"
                              for t in view.tasks)
        intro = QLabel(self.tr("Confirm the delivery date you agreed with {0}.").format(view.customer_name)
                       + "<br><br>" + answers)
        intro.setWordWrap(True)
        self.suggested = QLabel(suggested.isoformat() if suggested else "—")
        self.promised = date_edit(default_promise(view))
        self.error = FieldError()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. agreed by phone with the buyer"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Earliest possible date"), self.suggested)
        form.addRow(self.tr("Promised delivery date"), self.promised)
        form.addRow("", self.error)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        order_id, version = self.view.order_id, self.view.order_version
        promised, note = from_qdate(self.promised.date()), self.note.text()
        self.buttons.setEnabled(False)
        self.error.clear_message()
        self.ctx.mutate(
            lambda s, a: review.confirm(s, a, order_id, version, promised, note),
            Changes(orders=True, reviews=True, inbox=True), self._done, parent=self,
            initiator=self, on_error=self._failed)

    def _done(self, view: ReviewView) -> None:
        self.buttons.setEnabled(True)
        self.confirmed = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ServiceError) and not isinstance(exc, ConflictError) \
                and exc.code in ("invalid", "invalid_transition"):
            self.error.show_message(errors.sentence(exc))
        else:
            self.ctx.show_error(self, exc)


def confirm_order(parent, ctx, order_id) -> None:
    """Load the review and ask for the promised date (from the Orders or Review tab)."""
    def show(view: ReviewView) -> None:
        dialog = ConfirmDialog(ctx, view, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.query(lambda s, a: review.get_review(s, a, order_id), show, parent=parent)
