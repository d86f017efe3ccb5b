"""The meeting's notes (会议记录) on the meeting page: what the minutes print under
"Notes". The manager types them during or after the meeting and saves; a reload while
typing keeps what is typed (and the version it started from, so notes someone else saved
meanwhile are a conflict, never silently replaced)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from sopdesk.models import CycleStatus
from sopdesk.services import demand_review_meeting as meeting_svc
from sopdesk.services.demand_review import CycleView
from sopdesk.services.errors import ConflictError
from sopdesk.services.permissions import Permission
from sopdesk.ui.changes import Changes


class NotesBox(QGroupBox):
    """State: the cycle shown, the notes and version the typing started from (base_text,
    base_version). sig_saved() after a save."""

    sig_saved = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Meeting notes"))
        self.ctx = ctx
        self.may_edit = ctx.actor.can(Permission.DEMAND_AGREE)
        self.cycle: CycleView | None = None
        self.base_text = ""
        self.base_version: int | None = None
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("What was discussed and decided; printed in the minutes"))
        self.edit.textChanged.connect(self._update_buttons)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.edit, 1)
        lay.addLayout(bar)
        self._update_buttons()

    def dirty(self) -> bool:
        return self.edit.toPlainText().strip() != self.base_text

    def load(self, cycle: CycleView) -> None:
        same = self.cycle is not None and self.cycle.id == cycle.id
        self.cycle = cycle
        if not (same and self.dirty()):  # typing in progress stays, with the version it started from
            self.base_text, self.base_version = cycle.minutes or "", cycle.version
            self.edit.blockSignals(True)
            self.edit.setPlainText(self.base_text)
            self.edit.blockSignals(False)
            self.hint.clear()
        self.edit.setReadOnly(self.blocker(ignore_dirty=True) is not None)
        self._update_buttons()

    def blocker(self, *, ignore_dirty: bool = False) -> str | None:
        if not self.may_edit:
            return self.tr("Only a manager keeps the meeting's notes")
        if self.cycle is None:
            return self.tr("The review is not open")
        if self.cycle.status == CycleStatus.CLOSED:
            return self.tr("A closed review keeps its minutes as they are")
        if not ignore_dirty and not self.dirty():
            return self.tr("Nothing changed")
        return None

    def _update_buttons(self) -> None:
        blocker = self.blocker()
        self.save_button.setEnabled(blocker is None)
        self.save_button.setToolTip(blocker or self.tr("Save the notes; the minutes print them"))

    def save(self) -> None:
        if self.blocker() is not None:
            return
        cycle_id, version, text = self.cycle.id, self.base_version, self.edit.toPlainText()
        self.ctx.mutate(lambda s, a: meeting_svc.save_notes(s, a, cycle_id, version, text), Changes(),
                        self._saved, parent=self, initiator=self, on_error=self._failed)

    def _saved(self, view: CycleView) -> None:
        self.base_text, self.base_version = view.minutes or "", view.version
        self.cycle = view
        self.hint.setText(self.tr("Saved."))
        self._update_buttons()
        self.sig_saved.emit()

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError) and exc.info is not None:
            # what is typed stays; saving again is a choice made after seeing the message
            self.base_version = exc.info.current_version
            self.hint.setText(self.tr("Someone else changed the notes meanwhile (see the message); "
                                      "Save notes again replaces them with yours."))
