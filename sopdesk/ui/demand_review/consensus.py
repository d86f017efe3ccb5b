"""The consensus panel of the meeting page: per product and month the feasible figure and
what binds it, the consensus (default: the feasible figure, shown grey until recorded), the
production and supply targets of the flex band (empty: the product's band computes them
from the consensus) and a comment. Saved with services.demand_review_consensus.record_consensus
by a manager in the meeting."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sopdesk.models import CycleStatus
from sopdesk.services import demand_review_consensus as cons_svc
from sopdesk.services.demand_review_consensus import ConsensusInput
from sopdesk.services.errors import ConflictError
from sopdesk.services.permissions import Permission
from sopdesk.ui.changes import Changes

from .common import cell, mark_dirty, table
from .messages import binding_word, month_text, parse_qty, qty, tr

COLUMNS = (
    QT_TRANSLATE_NOOP("DemandReview", "Month"), QT_TRANSLATE_NOOP("DemandReview", "Product"),
    QT_TRANSLATE_NOOP("DemandReview", "Feasible"), QT_TRANSLATE_NOOP("DemandReview", "Binding"),
    QT_TRANSLATE_NOOP("DemandReview", "Consensus"), QT_TRANSLATE_NOOP("DemandReview", "Production target"),
    QT_TRANSLATE_NOOP("DemandReview", "Supply target"), QT_TRANSLATE_NOOP("DemandReview", "Comment"),
)
C_CONS, C_PROD, C_SUP, C_COMMENT = 4, 5, 6, 7
DEFAULT_FG = QColor("#8a8f98")


class ConsensusPanel(QWidget):
    """State: the rows as loaded, the cycle's status, edits {(row, column): text}.
    sig_saved() after a save."""

    sig_saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.may_agree = ctx.actor.can(Permission.DEMAND_AGREE)
        self.rows: list = []
        self.status: CycleStatus | None = None
        self.cycle_id: uuid.UUID | None = None
        self.edits: dict[tuple[int, int], str] = {}
        self._filling = False
        self.view = table(len(COLUMNS))
        self.view.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.view.itemChanged.connect(self._changed)
        self.save_button = QPushButton(self.tr("Save consensus"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.flex_button = QPushButton(self.tr("Flex band…"))
        self.flex_button.setAutoDefault(False)
        self.flex_button.clicked.connect(self.edit_flex)
        self.flex_dialog = None
        self.view.itemSelectionChanged.connect(self._update_buttons)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.flex_button)
        bar.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)

    def editable(self) -> bool:
        return self.may_agree and self.status == CycleStatus.MEETING

    def load(self, cycle_id: uuid.UUID, status: CycleStatus) -> None:
        self.cycle_id, self.status = cycle_id, status
        self.ctx.query(lambda s, a: cons_svc.consensus_rows(s, a, cycle_id), self.show_rows, parent=self)

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        self.edits.clear()
        self._filling = True
        view = self.view
        view.setRowCount(len(self.rows))
        editable = self.editable()
        for r, row in enumerate(self.rows):
            c = row.cell
            view.setItem(r, 0, cell(month_text(c.month)))
            view.setItem(r, 1, cell(c.code))
            view.setItem(r, 2, cell(qty(c.feasible), right=True))
            view.setItem(r, 3, cell(binding_word(c.binding)))
            known = c.feasible is not None
            for col, recorded, default in ((C_CONS, row.consensus, row.default_consensus),
                                           (C_PROD, row.production_target, row.default_production_target),
                                           (C_SUP, row.supply_target, row.default_supply_target)):
                item = cell(qty(recorded if recorded is not None else default), editable=editable and known,
                            right=True, bold=col == C_CONS and recorded is not None)
                if recorded is None:
                    item.setForeground(DEFAULT_FG)
                    item.setToolTip(self.tr("Not recorded yet: the default from the feasible figure and the flex band"))
                view.setItem(r, col, item)
            view.setItem(r, C_COMMENT, cell(row.comment or "", editable=editable and known))
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)
        self._filling = False
        if not self.may_agree:
            self.hint.setText(self.tr("The manager records the consensus in the meeting; grey figures are the "
                                      "defaults."))
        elif self.status != CycleStatus.MEETING:
            self.hint.setText(self.tr("The consensus is recorded in the meeting (start the meeting first); grey "
                                      "figures are the defaults."))
        else:
            self.hint.setText(self.tr("Grey: the default (feasible; targets from the flex band). Clear a target to "
                                      "take the flex band again."))
        self._update_buttons()

    def _changed(self, item) -> None:
        if self._filling or item.column() < C_CONS:
            return
        self.edits[(item.row(), item.column())] = item.text()
        item.setForeground(QColor("#111111"))
        mark_dirty(item)
        self._update_buttons()

    def set_text(self, row: int, col: int, text: str) -> None:
        self.view.item(row, col).setText(text)

    def _blocker(self) -> str | None:
        if not self.may_agree:
            return self.tr("Only a manager records the consensus")
        if self.status != CycleStatus.MEETING:
            return self.tr("The consensus is recorded in the meeting")
        if not self.edits:
            return self.tr("Nothing changed")
        return None

    def _update_buttons(self) -> None:
        blocker = self._blocker()
        self.save_button.setEnabled(blocker is None)
        self.save_button.setToolTip(blocker or self.tr("Record the changed lines (yellow)"))
        row = self.selected_row()
        self.flex_button.setEnabled(self.may_agree and row is not None)
        self.flex_button.setToolTip(
            self.tr("Only a manager sets a product's flex band") if not self.may_agree else
            self.tr("Select a product's line first") if row is None else
            self.tr("How far above the consensus this product's production and supply targets reach"))

    def selected_row(self):
        rows = self.view.selectionModel().selectedIndexes() if self.view.selectionModel() else []
        r = rows[0].row() if rows else -1
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def edit_flex(self):
        """The selected product's flex band; the consensus lines reload after a save (their
        default targets follow the band). Returns the dialog (tests drive it)."""
        row = self.selected_row()
        if row is None or not self.may_agree:
            return None
        from .flex_dialog import FlexDialog

        item_id = row.cell.item_id

        def opened(flex) -> None:
            self.flex_dialog = FlexDialog(self.ctx, flex, self)
            self.flex_dialog.accepted.connect(lambda: self.load(self.cycle_id, self.status))
            self.flex_dialog.open()

        self.ctx.query(lambda s, a: cons_svc.get_flex(s, a, item_id), opened, parent=self)
        return self.flex_dialog

    def pending(self) -> list[ConsensusInput]:
        out = []
        for r in sorted({r for r, _c in self.edits}):
            row = self.rows[r]

            def text(col, row_index=r):
                return self.edits.get((row_index, col), self.view.item(row_index, col).text())

            cons = parse_qty(text(C_CONS))
            cons_changed = (r, C_CONS) in self.edits
            targets = []
            for col, recorded in ((C_PROD, row.production_target), (C_SUP, row.supply_target)):
                if (r, col) in self.edits:
                    targets.append(parse_qty(self.edits[(r, col)]))
                else:  # untouched: the recorded target, unless the consensus moved (the band again)
                    targets.append(recorded if recorded is not None and not cons_changed else None)
            out.append(ConsensusInput(row.cell.item_id, row.cell.month, cons, targets[0], targets[1],
                                      row.version, text(C_COMMENT) or None))
        return out

    def save(self) -> None:
        if self._blocker() is not None:
            return
        lines, cycle_id = self.pending(), self.cycle_id
        self.ctx.mutate(lambda s, a: cons_svc.record_consensus(s, a, cycle_id, lines), Changes(), self._saved,
                        parent=self, initiator=self, on_error=self._failed)

    def _saved(self, rows) -> None:
        self.show_rows(rows)
        self.sig_saved.emit()

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError):
            self.load(self.cycle_id, self.status)
