"""Material issue (领料) from the shop floor: the proposed quantities per material, editable
with the keypad, taken from one location. The op id is kept until the issue succeeds.

With the screen's outbox (`outbox=ShopFloorClient`), the issue goes to this PC's outbox and
`on_queued` (the OfflineBar's sync) sends it; with the server away the proposal comes from
the cache (ShopFloorClient.proposed_issue) and the locations from the cached list."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from sopdesk.models import LocationKind
from sopdesk.services import locations, shop_floor
from sopdesk.services.errors import ServiceError
from sopdesk.services.stock_ops import IssueLine
from sopdesk.ui import errors
from sopdesk.ui.changes import Changes
from sopdesk.ui.widgets import FieldError

from .keypad import Keypad
from .tab import STYLE, TOUCH, error_sentence, qty_text


class IssueDialog(QDialog):
    def __init__(self, ctx, card: shop_floor.WorkOrderCard, parent=None, *, outbox=None, on_queued=None):
        super().__init__(parent)
        self.ctx = ctx
        self.card = card
        self.outbox = outbox
        self.on_queued = on_queued
        self.setObjectName("ShopFloorTab")
        self.setStyleSheet(STYLE + "QDialog { font-size: 17px; } QLineEdit { font-size: 22px; min-height: 48px; }"
                           " QPushButton, QComboBox { min-height: 48px; }")
        self.setWindowTitle(self.tr("Material issue — {0}").format(card.number))
        self._op: uuid.UUID | None = None
        self._op_key: tuple | None = None
        self.edits: list[tuple[shop_floor.ProposedMaterial, QLineEdit, FieldError]] = []
        self.result_moves = None
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("{0} · {1} {2}").format(card.number, card.item_code, card.item_name)))
        loc_row = QHBoxLayout()
        loc_row.addWidget(QLabel(self.tr("Take from")))
        self.location = QComboBox()
        loc_row.addWidget(self.location, 1)
        left.addLayout(loc_row)
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(4)
        left.addLayout(self.grid)
        self.empty = QLabel(self.tr("The work order's product has no bill of materials: nothing to issue."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        left.addWidget(self.empty)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        left.addWidget(self.feedback)
        left.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        self.issue_button = QPushButton(self.tr("Issue"))
        self.issue_button.setObjectName("submit")
        self.issue_button.setMinimumHeight(60)
        self.issue_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.issue_button, 2)
        left.addLayout(buttons)
        root.addLayout(left, 3)
        self.keypad = Keypad()
        self.keypad.setMinimumWidth(240)
        root.addWidget(self.keypad, 2)
        self.resize(860, 520)
        self.offline_note = QLabel(self.tr("Offline: proposed from what this PC last saw; the issue is kept on "
                                           "this PC and sent when the server is back."))
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet("background: #fff8c5; border: 1px solid #d4a72c; padding: 4px;")
        self.offline_note.hide()
        left.insertWidget(0, self.offline_note)
        wo_id = card.id
        ctx.query(lambda s, a: (shop_floor.proposed_issue(s, a, wo_id), locations.location_choices(s, a)),
                  self._loaded, parent=self, on_error=self._from_cache if outbox is not None else None)

    def _from_cache(self, _exc=None) -> None:
        """The server is away: the proposal and the locations from this PC's cache."""
        self.offline_note.show()
        self._loaded((self.outbox.proposed_issue(self.card.id), self.outbox.cached_locations()))

    def _loaded(self, result) -> None:
        proposed, locs = result
        ordered = [c for c in locs if c.kind == LocationKind.RAW] + [c for c in locs if c.kind != LocationKind.RAW]
        for c in ordered:
            self.location.addItem(c.label, c.id)
        head = [self.tr("Material"), self.tr("Issued so far"), self.tr("Issue now")]
        for col, text in enumerate(head):
            label = QLabel(text)
            label.setStyleSheet("color: #3d444d; font-size: 15px;")
            self.grid.addWidget(label, 0, col)
        for n, p in enumerate(proposed):
            row = 1 + 2 * n
            self.grid.addWidget(QLabel(f"{p.item_code} {p.item_name}"), row, 0)
            self.grid.addWidget(QLabel(f"{qty_text(p.issued)} {p.unit}"), row, 1)
            edit = QLineEdit(qty_text(p.qty))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumHeight(TOUCH)
            self.grid.addWidget(edit, row, 2)
            err = FieldError()
            self.grid.addWidget(err, row + 1, 0, 1, 3)
            self.keypad.add_target(edit)
            self.edits.append((p, edit, err))
        self.empty.setVisible(not proposed)
        self.issue_button.setEnabled(bool(proposed))

    def _key(self) -> tuple:
        return (self.location.currentData(), tuple(e.text().strip() for _p, e, _r in self.edits))

    def submit(self) -> None:
        key = self._key()
        if self._op is None or key != self._op_key:
            self._op, self._op_key = uuid.uuid4(), key
        op, loc = self._op, self.location.currentData()
        for _p, _e, err in self.edits:
            err.clear_message()
        lines = []
        for p, edit, err in self.edits:
            text = edit.text().strip()
            if not text:
                continue
            try:
                qty = Decimal(text)
            except ArithmeticError:
                err.show_message(self.tr("Not a number."))
                return
            if qty:
                lines.append(IssueLine(p.item_id, loc, qty))
        if not lines:
            self.feedback.setStyleSheet("color: #b42318;")
            self.feedback.setText(self.tr("Nothing to issue: every quantity is 0."))
            return
        wo_id = self.card.id
        if self.outbox is not None:
            self._queue(lines, op)
            return
        self.ctx.mutate(lambda s, a: shop_floor.issue_material(s, a, wo_id, lines, op_id=op),
                        Changes(stock=True), self._done, parent=self, on_error=self._failed)

    def _queue(self, lines: list[IssueLine], op: uuid.UUID) -> None:
        """Accepted into this PC's outbox (durable); the OfflineBar sends it."""
        self.outbox.queue_issue(self.card.id, lines, op_id=op)
        self._op = None
        self.feedback.setStyleSheet("color: #1a7f37; font-size: 20px; font-weight: 600;")
        self.feedback.setText("✔ " + self.tr("Accepted {0} materials for {1}: kept on this PC, being sent").format(
            len(lines), self.card.number))
        self.issue_button.setEnabled(False)
        if self.on_queued is not None:
            self.on_queued()

    def _done(self, result) -> None:
        self._op = None
        self.result_moves = result.moves
        total = len(result.moves)
        self.feedback.setStyleSheet("color: #1a7f37; font-size: 20px; font-weight: 600;")
        self.feedback.setText("✔ " + self.tr("Issued {0} materials to {1}").format(total, self.card.number))
        self.issue_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        self.feedback.setStyleSheet("color: #b42318;")
        if isinstance(exc, ServiceError):
            self._op = None
            text = error_sentence(exc)
            field = exc.field or ""
            if field.startswith("lines["):
                # lines[n] counts only the non-empty rows sent; map back to the row shown
                sent = [i for i, (_p, e, _r) in enumerate(self.edits) if e.text().strip() not in ("", "0")]
                try:
                    n = int(field[6:field.index("]")])
                    self.edits[sent[n]][2].show_message(text)
                    return
                except (ValueError, IndexError):
                    pass
            if exc.code == "insufficient_stock":
                text = self.tr("Not enough stock of {0} at {1}: on hand {2}.").format(
                    exc.details.get("item"), exc.details.get("location"), exc.details.get("on_hand"))
            self.feedback.setText(self.tr("Not issued: {0}").format(text))
            return
        info = errors.describe(exc)
        if info.is_bug:
            self._op = None
            self.ctx.show_error(self, exc)
            return
        self.feedback.setText(self.tr("Not confirmed: {0} Press Issue again — it will count once.").format(info.text))
