"""A big numeric keypad (0-9, '.', ⌫, clear) that types into the focused quantity field.

Its buttons never take focus, so the field the operator touched stays focused; the keypad
types into the last registered field that had focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

KEY_MIN = 64  # px: well above the 48 px touch minimum


class Keypad(QWidget):
    sig_typed = Signal(str)  # the key pressed: a digit, ".", "back" or "clear"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._targets: list[QLineEdit] = []
        self._last: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        keys = [("7", 0, 0), ("8", 0, 1), ("9", 0, 2), ("4", 1, 0), ("5", 1, 1), ("6", 1, 2),
                ("1", 2, 0), ("2", 2, 1), ("3", 2, 2), (".", 3, 0), ("0", 3, 1), ("back", 3, 2)]
        for key, row, col in keys:
            grid.addWidget(self._button(key, "⌫" if key == "back" else key), row, col)
        clear = self._button("clear", self.tr("Clear"))
        grid.addWidget(clear, 4, 0, 1, 3)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _button(self, key: str, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(f"key_{key}")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setMinimumSize(KEY_MIN, KEY_MIN)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        b.setStyleSheet("font-size: 26px; font-weight: 600;")
        b.clicked.connect(lambda _c=False, k=key: self.press(k))
        self.buttons[key] = b
        return b

    def add_target(self, edit: QLineEdit) -> None:
        self._targets.append(edit)
        edit.installEventFilter(self)
        if self._last is None:
            self._last = edit

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        # a touch on the field makes it the target even before the window has focus
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn) and obj in self._targets:
            self._last = obj
        return False

    def _focus_changed(self, _old, new) -> None:
        if new in self._targets:
            self._last = new

    def target(self) -> QLineEdit | None:
        focused = QApplication.focusWidget()
        if focused in self._targets:
            return focused
        return self._last

    def press(self, key: str) -> None:
        edit = self.target()
        if edit is None or not edit.isEnabled():
            return
        text = edit.text()
        if key == "clear":
            edit.setText("")
        elif key == "back":
            edit.setText(text[:-1])
        elif key == ".":
            if "." not in text:
                edit.setText((text or "0") + ".")
        else:
            edit.setText("" if text == "0" else text)
            edit.setText(edit.text() + key)
        edit.setFocus()
        self.sig_typed.emit(key)
