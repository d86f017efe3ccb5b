"""Close a partly received purchase order short (短结): what is still open on each line will
never arrive; it is kept on the line as closed short with the reason, and no longer counts
as coming (shortages, arrivals)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import purchasing
from sopdesk.services.errors import ServiceError
from sopdesk.services.order_queries import Choice
from sopdesk.services.purchasing import POView
from sopdesk.ui import errors
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import FieldError

from .po_dialog import PO_CHANGES
from .words import qty_text


class CloseShortDialog(QDialog):
    """State: the PO (as loaded), the reason typed. sig_closed(POView) once closed."""

    sig_closed = Signal(object)

    def __init__(self, ctx: AppContext, po: POView, items: dict[object, Choice], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.po = po
        self.setWindowTitle(self.tr("Close {0} short").format(po.number))
        self.resize(560, 300)
        rest = []
        for ln in po.lines:
            if ln.open_qty > 0:
                item = items.get(ln.item_id) or Choice(ln.item_id, "?", "")
                rest.append(self.tr("Line {0} {1} {2}: {3} {4} will not arrive").format(
                    ln.line_no, item.code, item.name, qty_text(ln.open_qty), item.unit))
        intro = QLabel(self.tr("What is still open is closed short: it stays on the order with the reason and no "
                               "longer counts as coming. Goods received so far are kept."))
        intro.setWordWrap(True)
        self.lines_label = QLabel("\n".join(rest))
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("Why will the rest not arrive? (e.g. supplier stopped the item)"))
        self.reason_error = FieldError()
        self.error = FieldError()
        self.close_button = QPushButton(self.tr("Close short"))
        self.close_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.lines_label)
        lay.addWidget(QLabel(self.tr("Reason")))
        lay.addWidget(self.reason)
        lay.addWidget(self.reason_error)
        lay.addWidget(self.error)
        lay.addStretch(1)
        lay.addWidget(buttons)
        self.close_button.clicked.connect(self.submit)
        self.reason.returnPressed.connect(self.submit)
        self.reason.textChanged.connect(lambda t: self.close_button.setEnabled(bool(t.strip())))
        self.close_button.setEnabled(False)
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason_error.show_message(self.tr("Give the reason the rest will not arrive."))
            return
        self.reason_error.clear_message()
        self.error.clear_message()
        po_id, version = self.po.id, self.po.version
        self.close_button.setEnabled(False)

        def failed(exc):
            self.close_button.setEnabled(True)
            if isinstance(exc, ServiceError) and exc.code == "invalid":
                (self.reason_error if exc.field == "close_reason" else self.error).show_message(errors.sentence(exc))
            else:
                self.ctx.show_error(self, exc)
                self.reject()  # a conflict or a refusal: the tab reloads what is saved

        def done(view):
            self.sig_closed.emit(view)
            self.accept()

        self.ctx.mutate(lambda s, a: purchasing.close_short(s, a, po_id, version, reason), PO_CHANGES, done,
                        parent=self, on_error=failed)
