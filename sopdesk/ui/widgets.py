"""Small reusable widgets: optional dates, code/name completion, inline field errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sopdesk.services.order_queries import Choice

DATE_FORMAT = "yyyy-MM-dd"


def digit_width(widget: QWidget) -> int:
    """Width of a digit: CJK fonts report a huge average character width, digits do not."""
    return widget.fontMetrics().horizontalAdvance("0")


def fit_columns(view: QAbstractItemView, sample_rows: int = 60, max_px: int = 360,
                min_px: int = 36, bold: bool = True) -> None:
    """Size columns from the header and a sample of rows (never resizeColumnsToContents,
    which reads every row of a big model)."""
    from PySide6.QtGui import QFont, QFontMetrics

    model = view.model()
    font = QFont(view.font())
    if bold:
        font.setBold(True)  # overdue rows are bold: leave room for them
    fm = QFontMetrics(font)
    hfm = view.horizontalHeader().fontMetrics()
    rows = min(model.rowCount(), sample_rows)
    for col in range(model.columnCount()):
        if view.isColumnHidden(col):
            continue
        width = hfm.horizontalAdvance(str(model.headerData(col, Qt.Orientation.Horizontal) or "")) + 28
        for row in range(rows):
            text = model.data(model.index(row, col))
            if text:
                width = max(width, fm.horizontalAdvance(str(text)) + 18)
        view.setColumnWidth(col, max(min_px, min(width, max_px)))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box turns the date on (Space toggles it).

    State: the check box and the date editor; date_value() is None when unchecked."""

    sig_changed = Signal()

    def __init__(self, value: dt.date | None = None, default: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = date_edit(value or default)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        self.set_date_value(value)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setFocus()
        self.sig_changed.emit()

    def date_value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def choice_text(choice: Choice) -> str:
    return f"{choice.code} {choice.name}"


class ChoiceEdit(QLineEdit):
    """Type a code or part of a name; a completer lists matching "CODE name" entries.

    State: the choices and their lookup tables. choice() resolves the typed text: an exact
    entry, a code, or a name that matches one choice only."""

    sig_choice_changed = Signal(object)  # Choice or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._by_text: dict[str, Choice] = {}
        self._by_code: dict[str, Choice] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(self._activated)
        self.editingFinished.connect(self._normalise)

    def set_choices(self, choices: list[Choice]) -> None:
        self._choices = list(choices)
        self._by_text = {choice_text(c).casefold(): c for c in choices}
        self._by_code = {c.code.casefold(): c for c in choices}
        self._model.setStringList([choice_text(c) for c in choices])

    def choice(self) -> Choice | None:
        text = self.text().strip().casefold()
        if not text:
            return None
        if text in self._by_text:
            return self._by_text[text]
        if text in self._by_code:
            return self._by_code[text]
        code = text.split()[0]
        if code in self._by_code and text.startswith(code + " "):
            return self._by_code[code]
        named = [c for c in self._choices if c.name.casefold() == text]
        if len(named) == 1:
            return named[0]
        return None

    def set_choice(self, choice: Choice | None) -> None:
        self.setText(choice_text(choice) if choice else "")
        self.sig_choice_changed.emit(choice)

    def _activated(self, text: str) -> None:
        self.sig_choice_changed.emit(self._by_text.get(text.casefold()))

    def _normalise(self) -> None:
        choice = self.choice()
        if choice is not None and self.text() != choice_text(choice):
            self.setText(choice_text(choice))
        self.sig_choice_changed.emit(choice)


class FieldError(QLabel):
    """A red message under a field; hidden while empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet("color: #b42318;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class PaintWatcher(QObject):
    """Calls back once, on the first paint of `viewport` after arm(): how a tab tells that
    its first page of rows is on screen (selftest timings, sig_ready)."""

    def __init__(self, viewport: QWidget, callback):
        super().__init__(viewport)
        self._callback = callback
        self._armed = False
        viewport.installEventFilter(self)

    def arm(self) -> None:
        self._armed = True

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            self._callback()
        return False
