"""Database settings: a local SQLite file or a PostgreSQL server on the network, with a
"Test connection" button that says clearly what is wrong; and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from sopdesk.db import BadDatabaseURL, default_sqlite_path, resolve_url
from sopdesk.db.startup import ConnectionReport, test_connection

from . import errors
from .prefs import LANGUAGES


def split_url(text: str) -> tuple[str, dict]:
    """('sqlite', {path}) or ('postgresql', {host, port, database, user, password})."""
    try:
        url = resolve_url(text or None)
    except BadDatabaseURL:
        return "sqlite", {"path": str(default_sqlite_path())}
    if url.get_backend_name() == "sqlite":
        return "sqlite", {"path": url.database or ""}
    return "postgresql", {"host": url.host or "", "port": url.port or 5432,
                          "database": url.database or "sopdesk", "user": url.username or "",
                          "password": url.password or ""}


class DatabaseSettingsDialog(QDialog):
    """State: the inputs; url() builds the URL they describe. The runner tests it in the
    background."""

    def __init__(self, url_text: str, language_choice: str, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Database settings"))
        self.setMinimumWidth(560)
        kind, parts = split_url(url_text)

        self.use_file = QRadioButton(self.tr("This PC only: a local file (SQLite)"))
        self.use_server = QRadioButton(self.tr("Shared: a PostgreSQL server on the network"))
        self.path = QLineEdit(parts.get("path", str(default_sqlite_path())))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAutoDefault(False)
        self.host = QLineEdit(parts.get("host", ""))
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(parts.get("port", 5432)))
        self.database = QLineEdit(parts.get("database", "sopdesk"))
        self.user = QLineEdit(parts.get("user", ""))
        self.password = QLineEdit(parts.get("password", ""))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel()  # where the password is kept: said once the server is chosen
        self.password_note.setWordWrap(True)
        self._store: bool | None = None
        self.language = QComboBox()
        for value, text in zip(LANGUAGES, (self.tr("Follow the system"), "简体中文", "English"),
                               strict=True):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language_choice)))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAutoDefault(False)
        self.result = QLabel()
        self.result.setWordWrap(True)

        file_box = QGroupBox()
        fl = QHBoxLayout(file_box)
        fl.addWidget(QLabel(self.tr("File")))
        fl.addWidget(self.path, 1)
        fl.addWidget(self.browse)
        server_box = QGroupBox()
        sl = QFormLayout(server_box)
        sl.addRow(self.tr("Server"), self.host)
        sl.addRow(self.tr("Port"), self.port)
        sl.addRow(self.tr("Database name"), self.database)
        sl.addRow(self.tr("User"), self.user)
        sl.addRow(self.tr("Password"), self.password)
        sl.addRow("", self.password_note)
        self.file_box, self.server_box = file_box, server_box
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        lang_row = QFormLayout()
        lang_row.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.use_file)
        lay.addWidget(file_box)
        lay.addWidget(self.use_server)
        lay.addWidget(server_box)
        lay.addLayout(test_row)
        lay.addLayout(lang_row)
        lay.addWidget(self.buttons)

        self.use_file.toggled.connect(self._kind_changed)
        (self.use_file if kind == "sqlite" else self.use_server).setChecked(True)
        self._kind_changed()
        self.browse.clicked.connect(self._browse)
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _kind_changed(self) -> None:
        self.file_box.setEnabled(self.use_file.isChecked())
        self.server_box.setEnabled(self.use_server.isChecked())
        self.result.clear()
        if self.use_server.isChecked():
            self._say_where_the_password_goes()

    def _say_where_the_password_goes(self) -> None:
        """The password is saved in the OS password store, or, without one, not at all."""
        from . import dbpassword

        if self._store is None:
            self._store = dbpassword.store_available()
        if self._store:
            self.password_note.setStyleSheet("color: #555;")
            self.password_note.setText(self.tr("The password is kept in this PC's password store ({0}), "
                                               "not in the settings file.")
                                       .format(dbpassword.store_name()))
        else:
            self.password_note.setStyleSheet("color: #b42318;")
            self.password_note.setText(self.tr("This PC has no password store: the password is not saved. "
                                               "Enter it here again after each start."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(), self.tr("sopdesk database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    def url(self) -> str:
        if self.use_file.isChecked():
            return self.path.text().strip()
        url = URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                         password=self.password.text() or None, host=self.host.text().strip() or None,
                         port=self.port.value(), database=self.database.text().strip() or None)
        return url.render_as_string(hide_password=False)

    def language_choice(self) -> str:
        return self.language.currentData()

    def test(self) -> None:
        url = self.url()
        if self.use_server.isChecked() and not self.host.text().strip():
            self.show_result(self.tr("Enter the server's name or address."), error=True)
            return
        self.test_button.setEnabled(False)
        self.show_result(self.tr("Connecting…"))
        self.runner.run(lambda: test_connection(url), self._tested, self._test_failed)

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        text = {
            "current": self.tr("Connected. The database is ready ({0} users).").format(report.users),
            "older": self.tr("Connected. The database is from an older version of sopdesk: it "
                             "will be upgraded (with a backup) when you sign in."),
            "empty": self.tr("Connected. The database is empty: sopdesk sets it up when you "
                             "continue."),
        }[report.schema]
        self.show_result(text)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        info = errors.describe(exc)
        detail = f" ({info.details})" if info.details and not info.is_bug else ""
        self.show_result(info.text + detail, error=True)

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setStyleSheet("color: #b42318;" if error else "color: #1e7b3c;")
        self.result.setText(text)

    def _accept(self) -> None:
        try:
            if not self.url():
                raise BadDatabaseURL("enter a file or a server")
            make_url(self.url()) if "://" in self.url() else None
        except Exception:  # noqa: BLE001 - shown to the user
            self.show_result(self.tr("Enter a file or a server."), error=True)
            return
        self.accept()
