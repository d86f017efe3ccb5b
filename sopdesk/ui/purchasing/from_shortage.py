"""Create purchase orders from shortage rows in one step (缺料 → 采购): the proposal of
services.po_from_shortage for the rows chosen on the Inventory tab — one draft PO per
default supplier, each line the uncovered quantity by its need date — with the lead-time
warnings, the items that cannot be ordered this way named, and the drafts already waiting.
Create writes the drafts (from a fresh shortage run in the same transaction)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import po_from_shortage
from sopdesk.services.po_from_shortage import Created, Proposal
from sopdesk.ui.context import AppContext

from .po_dialog import PO_CHANGES
from .words import money, qty_text

COLUMNS = (
    QT_TRANSLATE_NOOP("FromShortageDialog", "Supplier"), QT_TRANSLATE_NOOP("FromShortageDialog", "Item"),
    QT_TRANSLATE_NOOP("FromShortageDialog", "Quantity"), QT_TRANSLATE_NOOP("FromShortageDialog", "Unit"),
    QT_TRANSLATE_NOOP("FromShortageDialog", "Needed by"), QT_TRANSLATE_NOOP("FromShortageDialog", "Expected"),
    QT_TRANSLATE_NOOP("FromShortageDialog", "Unit price"), QT_TRANSLATE_NOOP("FromShortageDialog", "Amount"),
    QT_TRANSLATE_NOOP("FromShortageDialog", "Lead time"),
)
WARN_FG = QColor("#b42318")


def _t(text: str) -> str:
    return QCoreApplication.translate("FromShortageDialog", text)


class FromShortageDialog(QDialog):
    """State: the items chosen, the proposal shown, the result once created (tests read
    them). sig_created(Created) after the drafts are written."""

    sig_created = Signal(object)

    def __init__(self, ctx: AppContext, item_ids: list[uuid.UUID], *, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.item_ids = list(item_ids)
        self.today = today  # None: the factory's today (tests pass a date)
        self.proposal: Proposal | None = None
        self.created: Created | None = None
        self.setWindowTitle(self.tr("Purchase orders from shortages"))
        self.resize(1040, 520)

        self.intro = QLabel(self.tr(
            "One purchase order per default supplier, each line the quantity nothing covers yet, expected when it "
            "is needed. They are created as <b>drafts</b>: check prices and dates on the Purchasing tab, then "
            "confirm them — only a confirmed order covers the shortage."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b42318;")
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color: #92400e;")
        self.drafts = QLabel()
        self.drafts.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color: #1e7b3c;")
        for label in (self.warnings, self.skipped, self.drafts, self.result):
            label.hide()
        self.create_button = QPushButton(self.tr("Create draft orders"))
        self.create_button.setAutoDefault(False)
        self.create_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        for w in (self.summary, self.warnings, self.skipped, self.drafts, self.result):
            lay.addWidget(w)
        lay.addWidget(buttons)
        self.create_button.clicked.connect(self.create)
        self.reload()

    def reload(self) -> None:
        ids, today = self.item_ids, self.today
        self.summary.setText(self.tr("Loading…"))
        self.ctx.query(lambda s, a: po_from_shortage.propose(s, a, ids, today=today), self._show, parent=self)

    def _show(self, proposal: Proposal) -> None:
        self.proposal = proposal
        rows = [(po, ln) for po in proposal.orders for ln in po.lines]
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for n, (po, ln) in enumerate(rows):
            lead = self.tr("{0} d").format(ln.lead_days)
            if ln.late:
                lead = self.tr("{0} d: earliest {1}, {2} d after the need").format(
                    ln.lead_days, ln.earliest.isoformat(), (ln.earliest - ln.need_date).days)
            cells = [f"{po.supplier_code} {po.supplier_name}", f"{ln.item_code} {ln.item_name}", qty_text(ln.qty),
                     ln.unit, ln.need_date.isoformat(), ln.expected_date.isoformat(), qty_text(ln.unit_price),
                     money(ln.amount), lead]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 6, 7):
                    item.setTextAlignment(right)
                if ln.late and c in (4, 8):
                    item.setForeground(WARN_FG)
                self.table.setItem(n, c, item)
        self.table.resizeColumnsToContents()
        count = len(proposal.orders)
        self.summary.setText(self.tr("Draft orders: {0} · lines: {1} · amount {2} (at standard cost)").format(
            count, len(rows), money(sum((po.amount for po in proposal.orders), start=0))) if count
            else self.tr("Nothing to order from these rows."))
        self._notes(proposal)
        self.create_button.setEnabled(bool(count) and self.created is None)
        self.create_button.setText(self.tr("Create {0} draft orders").format(count) if count > 1
                                   else self.tr("Create the draft order"))

    def _notes(self, p: Proposal) -> None:
        warn = [self.tr("{0}: the supplier {1} needs {2} days, so it arrives {3} at the earliest — {4} days after "
                        "it is needed ({5}).").format(w.item_code, w.supplier_code, w.lead_days, w.earliest.isoformat(),
                                                      w.days_late, w.need_date.isoformat()) for w in p.warnings]
        self.warnings.setText("\n".join(warn))
        self.warnings.setVisible(bool(warn))

        def names(*reasons):
            return ", ".join(f"{s.item_code} {s.item_name}" for s in p.skipped_for(*reasons))

        parts = []
        if p.skipped_for(po_from_shortage.NO_SUPPLIER):
            parts.append(self.tr("No default supplier (set one in Master data, or order them by hand): {0}.").format(
                names(po_from_shortage.NO_SUPPLIER)))
        for s in p.skipped_for(po_from_shortage.INACTIVE_SUPPLIER):
            parts.append(self.tr("{0} {1}: its default supplier {2} is inactive.").format(
                s.item_code, s.item_name, s.supplier_code))
        if p.skipped_for(po_from_shortage.MADE):
            parts.append(self.tr("Made in house (a work order cures the shortage): {0}.").format(
                names(po_from_shortage.MADE)))
        if p.skipped_for(po_from_shortage.COVERED):
            parts.append(self.tr("Already covered by open orders: {0}.").format(names(po_from_shortage.COVERED)))
        if p.skipped_for(po_from_shortage.NOT_SHORT):
            parts.append(self.tr("No longer short: {0}.").format(names(po_from_shortage.NOT_SHORT)))
        if parts:
            parts.insert(0, self.tr("Not ordered:"))
        self.skipped.setText("\n".join(parts))
        self.skipped.setVisible(bool(parts))
        drafts = ", ".join(f"{d.item_code} ({d.po_number})" for d in p.drafts)
        self.drafts.setText(self.tr("Already on a draft order waiting to be confirmed: {0}. Confirming that draft "
                                    "may be all that is needed.").format(drafts) if drafts else "")
        self.drafts.setVisible(bool(drafts))

    def create(self) -> None:
        if self.proposal is None or not self.proposal.orders or self.created is not None:
            return
        ids, today = self.item_ids, self.today
        self.create_button.setEnabled(False)
        self.ctx.mutate(lambda s, a: po_from_shortage.create(s, a, ids, today=today), PO_CHANGES, self._created,
                        parent=self, initiator=self, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.create_button.setEnabled(True)
        self.ctx.show_error(self, exc)

    def _created(self, created: Created) -> None:
        self.created = created
        self._show(created.proposal)  # what was written (a fresh run: it may differ from the preview)
        self.create_button.setEnabled(False)
        self.result.setText(self.tr("Created {0} as drafts. Check and confirm them on the Purchasing tab.").format(
            ", ".join(created.numbers)) if created.numbers else self.tr("Nothing was created: nothing left to order."))
        self.result.show()
        self.sig_created.emit(created)
