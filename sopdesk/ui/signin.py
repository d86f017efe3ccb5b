"""The sign-in dialog: user and password against the shared database.

It remembers the last user; the database in use is shown with a button to change it, and
the language can be switched right here (before anyone has signed in). The app controller
does the work: this dialog only emits what the user asked for and shows the outcome.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from .prefs import LANGUAGES


class SignInDialog(QDialog):
    """State: the inputs and the current status message.
    sig_sign_in(user, password), sig_database_settings(), sig_language(choice),
    sig_first_start() (database has no users yet: set it up)."""

    sig_sign_in = Signal(str, str)
    sig_database_settings = Signal()
    sig_language = Signal(str)
    sig_first_start = Signal()

    def __init__(self, last_user: str = "", language_choice: str = "system", parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #4b5563;")
        self.user = QLineEdit(last_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_label = QLabel()
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_button = QPushButton()
        self.db_button.setAutoDefault(False)
        self.language = QComboBox()
        for value in LANGUAGES:
            self.language.addItem("", value)
        self.language.setCurrentIndex(max(0, self.language.findData(language_choice)))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.setup_button = QPushButton()
        self.setup_button.setAutoDefault(False)
        self.setup_button.hide()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)

        self.form_labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout()
        self.form.addRow(self.form_labels[0], self.user)
        self.form.addRow(self.form_labels[1], self.password)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_label, 1)
        db_row.addWidget(self.db_button)
        self.form.addRow(self.form_labels[2], db_row)
        self.form.addRow(self.form_labels[3], self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.quit_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addSpacing(8)
        lay.addLayout(self.form)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.setMinimumWidth(520)

        self.sign_in_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.user.returnPressed.connect(lambda: self.password.setFocus())
        self.quit_button.clicked.connect(self.reject)
        self.db_button.clicked.connect(self.sig_database_settings.emit)
        self.setup_button.clicked.connect(self.sig_first_start.emit)
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language.emit(self.language.currentData()))
        self._db_text = ""
        self._status: tuple[str, str] = ("", "info")
        self.retranslate()
        (self.password if last_user else self.user).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sopdesk — sign in"))
        self.title.setText(self.tr("sopdesk"))
        self.subtitle.setText(self.tr("Sales, production and supply on one shared database"))
        self.user.setPlaceholderText(self.tr("User name"))
        self.password.setPlaceholderText(self.tr("Password"))
        for label, text in zip(self.form_labels, (self.tr("User"), self.tr("Password"),
                                                  self.tr("Database"), self.tr("Language")), strict=True):
            label.setText(text)
        self.db_button.setText(self.tr("Change…"))
        self.language.setItemText(0, self.tr("Follow the system"))
        self.language.setItemText(1, "简体中文")
        self.language.setItemText(2, "English")
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.setup_button.setText(self.tr("Set up this database…"))

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the controller tells us ---------------------------------------------------

    def set_database(self, text: str) -> None:
        self.db_label.setText(text)

    def set_status(self, text: str, kind: str = "info") -> None:
        """kind: info, busy, warning, error."""
        colour = {"error": "#b42318", "warning": "#7a4100", "busy": "#4b5563"}.get(kind, "#1e7b3c")
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        for w in (self.user, self.password, self.sign_in_button, self.db_button, self.language):
            w.setEnabled(not busy)

    def set_needs_setup(self, needs: bool) -> None:
        self.setup_button.setVisible(needs)
        self.sign_in_button.setEnabled(not needs)

    def failed(self, message: str) -> None:
        self.set_busy(False)
        self.set_status(message, "error")
        self.password.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        user = self.user.text().strip()
        if not user:
            self.set_status(self.tr("Enter your user name."), "error")
            self.user.setFocus()
            return
        self.set_busy(True)
        self.set_status(self.tr("Signing in…"), "busy")
        self.sig_sign_in.emit(user, self.password.text())
