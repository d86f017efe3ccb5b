"""What stands behind a week's gross demand or scheduled receipts in the Plan tab's grid
(services/planning_sources): the documents as they are now, each number opening its
document, a parent's planned order selecting it in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sopdesk.ui import documents

from .messages import PEG_KINDS, kind_text, peg_ref, qty, tr, week_label

LINK = QColor("#1d4ed8")


class SourcesDialog(QDialog):
    """sig_planned_order(id): a parent's planned order was chosen (the tab selects it)."""

    sig_planned_order = Signal(object)

    def __init__(self, ctx, item_code: str, row: str, row_label: str, monday, total, sources, parent=None):
        super().__init__(parent)
        self.ctx, self.row, self.sources, self.opened = ctx, row, list(sources), None
        self.setWindowTitle(self.tr("{row} of {item}, week {week}").format(
            row=row_label, item=item_code, week=week_label(monday)))
        head = QLabel(self.tr("{row} of {item} in week {week} ({monday}): {total} in the plan. What makes it "
                              "now:").format(row=row_label, item=item_code, week=week_label(monday),
                                             monday=monday.isoformat(), total=qty(total)))
        head.setWordWrap(True)
        self.table = QTableWidget(len(self.sources), 4)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Document"), self.tr("Qty"), self.tr("Date")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, s in enumerate(self.sources):
            kind = self._kind(s)
            cells = [kind, peg_ref(s.kind, s.ref), qty(s.qty), s.day.isoformat() if s.day else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(right)
                if c == 1 and self._opens(s):
                    item.setForeground(LINK)
                    item.setToolTip(self.tr("Open"))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.empty = QLabel(self.tr("No open document makes this figure now: the plan was run before it "
                                    "changed. Run the plan again."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.sources)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(buttons)
        self.table.cellClicked.connect(lambda r, c: self.open_row(r) if c == 1 else None)
        self.resize(640, 320)

    def _kind(self, s) -> str:
        if s.kind == "purchase_line":
            return self.tr("Purchase order line")
        if s.kind == "work_order" and self.row == "scheduled":
            return self.tr("Work order output")
        return kind_text(PEG_KINDS, s.kind)

    def _opens(self, s) -> bool:
        return (s.kind == "planned_order" and s.ref_id is not None) or documents.can_open(s.ref)

    def open_row(self, row: int) -> bool:
        if row >= len(self.sources) or not self._opens(self.sources[row]):
            return False
        s = self.sources[row]
        self.opened = s.ref
        if s.kind == "planned_order":
            self.sig_planned_order.emit(s.ref_id)
            self.accept()
            return True
        return documents.open_document(self.ctx, self, s.ref)


__all__ = ["SourcesDialog", "tr"]
