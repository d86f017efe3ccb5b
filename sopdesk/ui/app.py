"""The desktop app's controller: language, database, first start, sign-in, main window.

`run_app(db_url, process_started)` is what the bare `sopdesk` command runs. The flow:

1. language and fonts (QSettings choice, else the system locale);
2. the database: --db, else the last one used (QSettings), else $SOPDESK_DB or the local
   SQLite file. It is prepared off the GUI thread while the sign-in dialog is already up:
   created or migrated (an older SQLite file is backed up first), users counted;
3. an empty database offers the demo factory or the first administrator account;
4. sign-in (password checked off the GUI thread), then the main window for that role.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from .changes import ChangeBus
from .i18n import Translations
from .prefs import Prefs
from .tasks import TaskRunner

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("sopdesk")
        app.setOrganizationName("sopdesk")
        app.setApplicationDisplayName("sopdesk")
    return app


class AppController(QObject):
    """State: the application, prefs, translations, task runner, the open database, the
    sign-in dialog and the main window of the signed-in session (at most one of them
    visible). sig_database_ready() once the database is checked and sign-in possible;
    sig_warmed_up() once the code sign-in and the first tab need is loaded (warm_up);
    sig_session_started(main_window) after a sign-in."""

    sig_database_ready = Signal()
    sig_warmed_up = Signal()
    sig_session_started = Signal(object)

    def __init__(self, app: QApplication, prefs: Prefs, db_url: str | None = None, runner=None):
        super().__init__()
        self.app = app
        self.prefs = prefs
        self.explicit_url = db_url
        self.runner = runner or TaskRunner(parent=self)
        self.translations = Translations(app)
        self.db = None
        self._opening: object | None = None
        self.database_error: BaseException | None = None
        self.db_url_text: str | None = None
        self.prepared = None
        self.signin = None
        self.main = None
        self.actor = None
        self._warm = False  # warm_up() started

    # -- start ----------------------------------------------------------------------------

    def start(self) -> None:
        self.translations.apply(self.prefs.language)
        self.show_sign_in()
        self.open_database(self.explicit_url or self.prefs.db_url or None)

    def open_database(self, url_text: str | None) -> None:
        """Open and prepare the database in the background: the sign-in dialog is already
        up while SQLAlchemy loads, the schema is checked (or migrated) and users counted."""
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.prepared = None
        self.database_error = None
        self.db_url_text = url_text
        self._opening = token = object()
        self.signin.set_needs_setup(False)
        self.signin.set_database(_masked(url_text) if url_text else "…")
        self.signin.set_status(self.tr("Connecting to the database…"), "busy")
        self.signin.set_busy(True)

        def work():
            from sopdesk.db.startup import open_database, prepare

            db = open_database(url_text)
            try:
                return db, prepare(db)
            except BaseException as exc:
                exc.sopdesk_db = db  # so the dialog can still name the database
                raise

        self.runner.run(work, lambda result: self._prepared(token, *result),
                        lambda exc: self._database_failed(exc, token))

    def _prepared(self, token, db, prepared) -> None:
        if token is not self._opening:
            db.dispose()
            return
        self.db = db
        self.prepared = prepared
        self.signin.set_database(prepared.description)
        self.signin.set_busy(False)
        notes = []
        kind = "info"
        if prepared.backup:
            notes.append(self.tr("The database was upgraded to this version; the old one was "
                                 "saved as {0}.").format(prepared.backup))
        for warning in prepared.warnings:
            notes.append(self.tr("Warning: {0}").format(warning))
            kind = "warning"
        if prepared.users == 0:
            notes.append(self.tr("This database has no users yet."))
            self.signin.set_needs_setup(True)
            self.signin.set_status(" ".join(notes), "warning")
            self.first_start()
            return
        self.signin.set_status(" ".join(notes) or self.tr("Connected."), kind)
        self.sig_database_ready.emit()
        self.warm_up()

    def warm_up(self) -> None:
        """While the user types the password, load in a worker thread the code that Enter
        would otherwise load first: the password hasher, the services and the main window
        with its Orders tab (about 0.1 s of imports; on a 2-core PC, Enter to rows 0.20 ->
        0.15 s). Imports only: nothing is read from the database before sign-in. A failure
        here is not an error: the same imports run again, in the foreground, at Enter."""
        if self._warm:
            return
        self._warm = True

        def work():
            from sopdesk.services import inbox, order_queries, orders, review, users  # noqa: F401

            from . import mainwindow  # noqa: F401
            from .orders import tab  # noqa: F401

        def failed(exc: BaseException) -> None:
            log.warning("warm-up imports failed: %s", exc)

        self.runner.run(work, lambda _: self.sig_warmed_up.emit(), failed)

    def _database_failed(self, exc: BaseException, token=None) -> None:
        from . import errors

        if token is not None and token is not self._opening:
            return
        self.database_error = exc
        db = getattr(exc, "sopdesk_db", None)
        if db is not None:
            self.signin.set_database(db.description)
            db.dispose()
        self.signin.set_busy(False)
        info = errors.describe(exc)
        detail = f" ({info.details.splitlines()[0]})" if info.details and not info.is_bug else ""
        self.signin.set_status(info.text + detail + " " + self.tr(
            "Use “Change…” to choose another database."), "error")
        self.signin.sign_in_button.setEnabled(False)
        self.signin.db_button.setEnabled(True)
        self.signin.language.setEnabled(True)

    def first_start(self) -> None:
        from .firststart import FirstStartDialog

        dialog = FirstStartDialog(self.db, self.runner, self.signin)
        if dialog.exec():
            self.signin.set_needs_setup(False)
            if dialog.signed_in_as:
                self.signin.user.setText(dialog.signed_in_as[0])
                self.sign_in(*dialog.signed_in_as)
            else:
                self.signin.user.setText("sales")
                self.signin.set_status(self.tr("The demo factory is loaded. Sign in as sales, "
                                               "production, supply, manager or admin with the "
                                               "password demo123."), "info")
                self.signin.password.setFocus()

    # -- sign-in --------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        from .signin import SignInDialog

        if self.signin is None:
            self.signin = SignInDialog(self.prefs.last_user, self.prefs.language)
            self.signin.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.signin.sig_sign_in.connect(self.sign_in)
            self.signin.sig_database_settings.connect(self.database_settings)
            self.signin.sig_language.connect(self.set_language)
            self.signin.sig_first_start.connect(self.first_start)
            self.signin.rejected.connect(self._sign_in_closed)
        self.signin.password.clear()
        self.signin.show()
        self.signin.raise_()
        self.signin.activateWindow()

    def _sign_in_closed(self) -> None:
        if self.main is None:
            self.app.quit()

    def sign_in(self, username: str, password: str) -> None:
        db = self.db
        if db is None or self.prepared is None:
            self.signin.failed(self.tr("The database is not ready yet."))
            return

        def work():
            from sopdesk.db import server_roles

            # on a PostgreSQL server set up with `db init-server`: connects as the person's own login
            return server_roles.sign_in(db, username, password, write=True)

        self.signin.set_busy(True)
        self.runner.run(work, lambda actor: self._signed_in(db, actor), self._sign_in_failed)
        # While the password is checked (Argon2 releases the GIL), load the main window's code.
        from . import mainwindow  # noqa: F401
        from .orders import tab  # noqa: F401

    def _sign_in_failed(self, exc: BaseException) -> None:
        from . import errors

        self.signin.failed(errors.describe(exc).text)

    def _signed_in(self, db, actor) -> None:
        if db is not self.db:
            return
        self.actor = actor
        self.prefs.last_user = actor.username
        if self.db_url_text:
            self.prefs.db_url = self.db_url_text
        self.prefs.sync()
        self.signin.set_busy(False)
        self.show_main()
        self.signin.hide()

    # -- the session ----------------------------------------------------------------------

    def show_main(self) -> None:
        from .context import AppContext
        from .mainwindow import MainWindow

        ctx = AppContext(db=self.db, actor=self.actor, runner=self.runner, bus=ChangeBus(self),
                         prefs=self.prefs)
        old = self.main
        self.main = MainWindow(ctx, self.prefs.language)
        geometry = self.prefs.geometry("main")
        if geometry is not None:
            self.main.restoreGeometry(geometry)
        self.main.sig_sign_out.connect(self.sign_out)
        self.main.sig_database_settings.connect(self.database_settings)
        self.main.sig_language.connect(self.set_language)
        self.main.show()
        self.main.start()
        self.sig_session_started.emit(self.main)
        if old is not None:
            self._close_main(old)

    def _close_main(self, window) -> None:
        self.prefs.set_geometry("main", window.saveGeometry())
        window.hide()
        window.close()
        window.deleteLater()

    def sign_out(self) -> None:
        self.show_sign_in()
        if self.main is not None:
            main, self.main = self.main, None
            self._close_main(main)
        self.actor = None

    def set_language(self, choice: str) -> None:
        self.prefs.language = choice
        self.translations.apply(choice)
        if self.main is not None:
            self.show_main()  # rebuilt in the new language, same user

    def database_settings(self) -> None:
        from .dbsettings import DatabaseSettingsDialog

        parent = self.main if self.main is not None and self.main.isVisible() else self.signin
        current = self.db_url_text or (self.db.url.render_as_string(hide_password=False) if self.db else "")
        dialog = DatabaseSettingsDialog(current, self.prefs.language, self.runner, parent)
        if not dialog.exec():
            return
        if dialog.language_choice() != self.prefs.language:
            self.set_language(dialog.language_choice())
        new_url = dialog.url()
        if new_url != current:
            self.prefs.db_url = new_url
            self.sign_out()
            self.open_database(new_url)


def _masked(url_text: str) -> str:
    """A URL as typed, without its password (shown before SQLAlchemy has parsed it)."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url_text)


def run_app(db_url: str | None = None, process_started: float | None = None) -> int:
    """The `sopdesk` command without a sub-command. Returns the exit code."""
    logging.basicConfig(level=os.environ.get("SOPDESK_LOG", "WARNING"))
    app = make_application()
    controller = AppController(app, Prefs(), db_url)
    controller.start()
    if process_started is not None:
        log.info("sign-in shown %.3f s after main()", time.perf_counter() - process_started)
    code = app.exec()
    controller.runner.wait(5_000)
    if controller.db is not None:
        controller.db.dispose()
    return code
