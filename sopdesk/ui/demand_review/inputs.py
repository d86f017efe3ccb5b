"""What the supply and production pages share: an editable table of proposals, the changed
rows tracked and saved in one call, a conflict reloading the page, and a button that takes
today's facts into the proposals again (refresh_call)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sopdesk.services.errors import ConflictError
from sopdesk.ui.changes import Changes

from .common import mark_dirty, table
from .messages import tr


class InputPage(QWidget):
    """State: the rows as loaded, whether inputs may change, the edits {(row, column): text}.
    Subclasses give COLUMNS, EDITABLE (column indexes), PERMISSION, fetch, fill_row, entry,
    save_call, refresh_call and REFRESH_TEXT / REFRESH_TIP. sig_saved() after a save or a
    refresh."""

    sig_saved = Signal()
    COLUMNS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()
    REFRESH_TEXT = ""
    REFRESH_TIP = ""

    def __init__(self, ctx, may_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = may_edit
        self.rows: list = []
        self.open_inputs = False
        self.cycle_id: uuid.UUID | None = None
        self.edits: dict[tuple[int, int], str] = {}
        self._filling = False
        self.view = table(len(self.COLUMNS))
        self.view.setHorizontalHeaderLabels([self.translate(c) for c in self.COLUMNS])
        self.view.itemChanged.connect(self._changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.save_button = QPushButton(QCoreApplication.translate("DemandReview", "Save corrections"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.refresh_button = QPushButton(QCoreApplication.translate("DemandReview", self.REFRESH_TEXT))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_proposals)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)

    def translate(self, text: str) -> str:
        return tr(text)

    def load(self, cycle_id: uuid.UUID, open_inputs: bool | None = None) -> None:
        self.cycle_id = cycle_id
        self.ctx.query(lambda s, a: self.fetch(s, a, cycle_id), self.show_rows, parent=self)

    def show_rows(self, result) -> None:
        self.rows, self.open_inputs = result
        self.edits.clear()
        self._filling = True
        self.view.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, item in enumerate(self.fill_row(row, self.may_edit and self.open_inputs)):
                self.view.setItem(r, c, item)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        self._filling = False
        self.hint.setText(self.hint_text())
        self._update_buttons()

    def _changed(self, item) -> None:
        if self._filling or item.column() not in self.EDITABLE:
            return
        self.edits[(item.row(), item.column())] = item.text()
        mark_dirty(item)
        self._update_buttons()

    def set_text(self, row: int, col: int, text: str) -> None:
        self.view.item(row, col).setText(text)

    def text(self, row: int, col: int) -> str:
        return self.edits.get((row, col), self.view.item(row, col).text()).strip()

    def blocker(self) -> str | None:
        if not self.may_edit:
            return self.no_permission_text()
        if not self.open_inputs:
            return QCoreApplication.translate("DemandReview", "The review's inputs can no longer change")
        if not self.edits:
            return QCoreApplication.translate("DemandReview", "Nothing changed")
        return None

    def refresh_blocker(self) -> str | None:
        if not self.may_edit:
            return self.no_permission_text()
        if self.cycle_id is None or not self.open_inputs:
            return QCoreApplication.translate("DemandReview", "The review's inputs can no longer change")
        if self.edits:
            return QCoreApplication.translate("DemandReview", "Save your corrections first")
        return None

    def _update_buttons(self) -> None:
        blocker = self.refresh_blocker()
        self.refresh_button.setEnabled(blocker is None)
        self.refresh_button.setToolTip(blocker or QCoreApplication.translate("DemandReview", self.REFRESH_TIP))
        blocker = self.blocker()
        self.save_button.setEnabled(blocker is None)
        self.save_button.setToolTip(blocker or QCoreApplication.translate(
            "DemandReview", "Save the changed rows (yellow) as confirmed by you"))

    def save(self) -> None:
        if self.blocker() is not None:
            return
        try:
            entries = [self.entry(r) for r in sorted({r for r, _c in self.edits})]
        except ValueError as exc:
            self.hint.setText(str(exc))
            return
        cycle_id = self.cycle_id
        self.ctx.mutate(lambda s, a: self.save_call(s, a, cycle_id, entries), Changes(), self._saved, parent=self,
                        initiator=self, on_error=self._failed)

    def refresh_proposals(self) -> None:
        if self.refresh_blocker() is not None:
            return
        cycle_id = self.cycle_id
        self.ctx.mutate(lambda s, a: self.refresh_call(s, a, cycle_id), Changes(), self._saved, parent=self,
                        initiator=self, on_error=self._failed)

    def _saved(self, _rows) -> None:
        self.load(self.cycle_id)
        self.sig_saved.emit()

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError):
            self.load(self.cycle_id)
