"""When a save is refused because another PC saved the order first.

Shows who changed what and when (from the service's ConflictInfo), and lets the user
reload (discard their edits) or compare their copy with the saved one side by side, then
either take the saved one or knowingly keep editing theirs. Nothing is overwritten here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services.errors import ConflictInfo, FieldChange
from sopdesk.ui import labels


class ConflictChoice(Enum):
    RELOAD = "reload"  # discard my edits, load the saved order
    KEEP_MINE = "keep_mine"  # go on editing my copy on top of the saved version
    CANCEL = "cancel"  # back to my edits; saving again will be refused again


@dataclass(frozen=True)
class CompareRow:
    label: str
    mine: str
    theirs: str
    original: str | None = None  # as it was when the user opened it (None: not known)

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def local_time(value) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """State: the conflict info, the compare rows, and the user's choice (self.choice)."""

    def __init__(self, info: ConflictInfo, compare: list[CompareRow], *, value_text=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.info = info
        self.compare_rows = compare
        self.choice = ConflictChoice.CANCEL
        self._value_text = value_text or (lambda _field, v: "" if v is None else str(v))
        self.setWindowTitle(self.tr("Changed on another PC"))
        self.resize(760, 440)

        who = info.changed_by or self.tr("Another user")
        self.headline = QLabel(self.tr(
            "<b>{who}</b> saved this order at {when}, after you opened it. Your changes were "
            "<b>not</b> saved, and nothing of theirs was overwritten."
        ).format(who=who, when=local_time(info.changed_at)))
        self.headline.setWordWrap(True)

        self.changes_table = self._table([self.tr("Field"), self.tr("When you opened it"),
                                          self.tr("Saved by them"), self.tr("By"), self.tr("At")])
        self._fill_changes(info.changes)
        # mine / theirs / original: what it was when you opened it, your copy, the saved version
        self.has_original = any(r.original is not None for r in compare)
        self.compare_table = self._table([self.tr("Field")] + ([self.tr("When you opened it")] if self.has_original
                                                                else []) + [self.tr("Your copy"), self.tr("Saved version")])
        self._fill_compare(compare)

        self.reload_button = QPushButton(self.tr("Reload (discard my changes)"))
        self.compare_button = QPushButton(self.tr("Compare side by side"))
        self.keep_button = QPushButton(self.tr("Keep my copy and edit again"))
        self.keep_button.setToolTip(self.tr(
            "Continue from the saved version with your values in the form; nothing is saved "
            "until you press Save again."))
        self.back_button = QPushButton(self.tr("Back"))
        self.cancel_button = QPushButton(self.tr("Cancel"))

        summary = QWidget()
        s_lay = QVBoxLayout(summary)
        s_lay.setContentsMargins(0, 0, 0, 0)
        s_lay.addWidget(QLabel(self.tr("What they changed:")))
        s_lay.addWidget(self.changes_table)
        self.no_changes = QLabel(self.tr(
            "They saved the order without changing any of its fields (for example they opened "
            "it and pressed Save). Reload to continue from their version, or compare."))
        self.no_changes.setWordWrap(True)
        s_lay.addWidget(self.no_changes)
        self.no_changes.setVisible(not info.changes)
        self.changes_table.setVisible(bool(info.changes))
        side = QWidget()
        c_lay = QVBoxLayout(side)
        c_lay.setContentsMargins(0, 0, 0, 0)
        c_lay.addWidget(QLabel(self.tr("Differences are highlighted:")))
        c_lay.addWidget(self.compare_table)
        self.pages = QStackedWidget()
        self.pages.addWidget(summary)
        self.pages.addWidget(side)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.compare_button, self.keep_button, self.reload_button, self.cancel_button):
            buttons.addWidget(b)
            b.setAutoDefault(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.pages, 1)
        lay.addLayout(buttons)

        self.reload_button.clicked.connect(lambda: self._finish(ConflictChoice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._finish(ConflictChoice.KEEP_MINE))
        self.cancel_button.clicked.connect(lambda: self._finish(ConflictChoice.CANCEL))
        self.compare_button.clicked.connect(self.show_compare)
        self.back_button.clicked.connect(self.show_summary)
        self.show_summary()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _fill_changes(self, changes: list[FieldChange]) -> None:
        rows = []
        for ch in changes:
            if ch.field.startswith("line:"):
                rows.append((self._line_change(ch), "", "", ch.changed_by or "", local_time(ch.changed_at)))
            else:
                rows.append((labels.field(ch.field), self._value_text(ch.field, ch.before),
                             self._value_text(ch.field, ch.after), ch.changed_by or "",
                             local_time(ch.changed_at)))
        self.changes_table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.changes_table.setItem(r, c, QTableWidgetItem(text))

    def _line_change(self, ch: FieldChange) -> str:
        action = ch.field.split(":", 1)[1]
        fields = ch.after if isinstance(ch.after, dict) else {}
        parts = []
        for name, pair in fields.items():
            if name in ("order_id", "id") or not isinstance(pair, list | tuple) or len(pair) != 2:
                continue
            parts.append(f"{labels.field(name)}: {self._value_text(name, pair[0])} → "
                         f"{self._value_text(name, pair[1])}")
        what = {"insert": self.tr("Line added"), "delete": self.tr("Line removed")}.get(
            action, self.tr("Line changed"))
        return what + (" (" + "; ".join(parts) + ")" if parts else "")

    def _fill_compare(self, rows: list[CompareRow]) -> None:
        self.compare_table.setRowCount(len(rows))
        highlight = QBrush(QColor("#fff1d6"))
        for r, row in enumerate(rows):
            cells = (row.label, row.original or "", row.mine, row.theirs) if self.has_original else \
                (row.label, row.mine, row.theirs)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.differs:
                    item.setBackground(highlight)
                    if c:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.compare_table.setItem(r, c, item)

    def show_compare(self) -> None:
        self.pages.setCurrentIndex(1)
        self.back_button.setVisible(True)
        self.compare_button.setVisible(False)
        self.keep_button.setVisible(True)

    def show_summary(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back_button.setVisible(False)
        self.compare_button.setVisible(True)
        self.keep_button.setVisible(False)

    def _finish(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice == ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    def ask(self) -> ConflictChoice:
        """Show modally; returns the choice (tests monkeypatch this)."""
        self.exec()
        return self.choice


def differing(rows: list[CompareRow]) -> list[CompareRow]:
    return [r for r in rows if r.differs]

