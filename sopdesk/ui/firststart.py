"""First start on an empty database: load the demo factory (off the GUI thread, with
progress and cancel) or create the first administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import master_data, users
from sopdesk.services.errors import ServiceError
from sopdesk.services.permissions import SYSTEM

from . import errors
from .tasks import Cancelled, TaskState
from .widgets import FieldError


def load_demo(db, state: TaskState, scale: str = "small"):
    from sopdesk.demo import generate

    def progress(stage: str, fraction: float) -> None:
        state.check()  # raises Cancelled: the demo's transaction is rolled back
        state.set_progress(stage, fraction)

    return generate(db, scale=scale, progress=progress)


def create_admin(db, username: str, display_name: str, password: str, again: str):
    if password != again:
        raise ServiceError("the two passwords differ", field="password_again")
    with db.write(SYSTEM) as s:  # refused once any account exists (another PC's first start, say)
        created = users.create_first_admin(s, username, password, display_name)
        master_data.ensure_default_location(s)  # receipts and counts work from the first day
        return created


class FirstStartDialog(QDialog):
    """State: the database, the running demo task (if any). After accept():
    `signed_in_as` is (username, password) to sign in with, or None to show sign-in."""

    def __init__(self, db, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.signed_in_as: tuple[str, str] | None = None
        self._task: TaskState | None = None
        self.setWindowTitle(self.tr("Set up sopdesk"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr(
            "<b>Welcome to sopdesk.</b><br>This database is new and has no users yet ({0}). "
            "Load the demo factory to look around, or create the first administrator to start "
            "with your own data.").format(db.description))
        intro.setWordWrap(True)

        demo_box = QGroupBox(self.tr("Demo factory"))
        self.demo_button = QPushButton(self.tr("Load the demo factory"))
        self.demo_button.setAutoDefault(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.stage = QLabel()
        self.cancel_demo = QPushButton(self.tr("Stop"))
        self.cancel_demo.setAutoDefault(False)
        self.cancel_demo.hide()
        dl = QVBoxLayout(demo_box)
        dl.addWidget(QLabel(self.tr(
            "A small maker of machined and cast parts: customers, products, bills of materials, "
            "more than a year of orders, reviews, production and stock. Sign in as sales, "
            "production, supply, manager or admin; the password is demo123.")))
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_demo)
        dl.addLayout(row)
        dl.addWidget(self.stage)
        dl.itemAt(0).widget().setWordWrap(True)

        admin_box = QGroupBox(self.tr("First administrator"))
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_error = FieldError()
        self.admin_button = QPushButton(self.tr("Create and sign in"))
        self.admin_button.setAutoDefault(False)
        form = QFormLayout(admin_box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow(self.admin_error)
        form.addRow("", self.admin_button)

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(demo_box)
        lay.addWidget(admin_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)

        self.demo_button.clicked.connect(self.start_demo)
        self.cancel_demo.clicked.connect(self.stop_demo)
        self.admin_button.clicked.connect(self.create_admin)
        self.password_again.returnPressed.connect(self.create_admin)
        self.close_button.clicked.connect(self.reject)
        try:
            import sopdesk.demo  # noqa: F401
        except ImportError:
            demo_box.hide()

    # -- demo -----------------------------------------------------------------------------

    def start_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.admin_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.show()
        self.cancel_demo.show()
        self.stage.setText(self.tr("Preparing…"))
        db = self.db
        self._task = self.runner.run(lambda state: load_demo(db, state), self._demo_done,
                                     self._demo_failed, with_state=True, on_progress=self._demo_progress)

    def stop_demo(self) -> None:
        if self._task is not None:
            self._task.request_interruption()
            self.stage.setText(self.tr("Stopping…"))

    def _demo_progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.stage.setText(stage)

    def _demo_done(self, summary) -> None:
        self._task = None
        self.signed_in_as = None
        self.stage.setText(self.tr("The demo factory is ready. Sign in as sales, production, "
                                   "supply, manager or admin with password demo123."))
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self._task = None
        self.demo_button.setEnabled(True)
        self.admin_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.progress.hide()
        self.cancel_demo.hide()
        if isinstance(exc, Cancelled):
            self.stage.setText(self.tr("Stopped: nothing was loaded."))
        else:
            self.stage.setText("")
            errors.show_error(self, exc)

    # -- admin ----------------------------------------------------------------------------

    def create_admin(self) -> None:
        self.admin_error.clear_message()
        args = (self.username.text().strip(), self.display_name.text().strip(),
                self.password.text(), self.password_again.text())
        if args[2] != args[3]:
            self.admin_error.show_message(self.tr("The two passwords differ."))
            return
        self.admin_button.setEnabled(False)
        db = self.db
        self.runner.run(lambda: create_admin(db, *args), lambda _u: self._admin_done(args[0], args[2]),
                        self._admin_failed)

    def _admin_done(self, username: str, password: str) -> None:
        self.signed_in_as = (username, password)
        self.accept()

    def _admin_failed(self, exc: BaseException) -> None:
        self.admin_button.setEnabled(True)
        if isinstance(exc, ServiceError):
            self.admin_error.show_message(errors.describe(exc).text)
        else:
            errors.show_error(self, exc)
