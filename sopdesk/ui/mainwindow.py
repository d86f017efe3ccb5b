"""The main window: the tabs the signed-in role needs, the inbox, and a status bar with
the user, the database and the connection state.

Periodic work runs off the GUI thread: a cheap connection probe (every 30 s), the inbox
(every 60 s; new notices from other PCs refresh the review and order lists) and the
escalation of overdue reviews to management (at start and every 5 minutes). Live refresh
(ui/live.py) tells the tabs what other PCs commit as it happens, refreshes the inbox when
notifications change, and shows "offline — retrying" while the change feed cannot reach
the database.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import sopdesk
from sopdesk.db.startup import probe
from sopdesk.services import inbox
from sopdesk.services.permissions import Permission

from . import labels
from .changes import Changes
from .context import AppContext
from .inbox import InboxButton, InboxDialog, InboxSummary
from .tabs import TabSpec, tabs_for

log = logging.getLogger(__name__)

PROBE_MS = 30_000
INBOX_MS = 60_000
ESCALATE_MS = 5 * 60_000


def escalate(db) -> int:
    from sopdesk.services import review
    from sopdesk.services.permissions import SYSTEM

    with db.write(SYSTEM) as s:
        return review.escalate_overdue(s)


class MainWindow(QMainWindow):
    """State: the context, the tab widgets by id, the inbox window, the last inbox summary,
    and the connection state. sig_sign_out / sig_database_settings / sig_language(str) ask
    the app to leave this session."""

    sig_sign_out = Signal()
    sig_database_settings = Signal()
    sig_language = Signal(str)
    sig_connection = Signal(bool)

    def __init__(self, ctx: AppContext, language_choice: str = "system", timers: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.setWindowTitle(self.tr("sopdesk — sales, production and supply") + f" · {actor.display_name or actor.username}")
        self.resize(1280, 800)
        self.specs: list[TabSpec] = tabs_for(actor)
        self.tab_widgets: dict[str, QWidget] = {}
        self.connected: bool | None = None
        self._inbox_seen: InboxSummary | None = None

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff1d6; color: #7a4100; padding: 6px; border: 1px solid #f5c46b;")
        self.banner.setVisible(bool(ctx.db.warnings))
        self.banner.setText("⚠ " + " ".join(ctx.db.warnings))
        lay.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Each tab sits in a holder and is built when it is first shown or asked for: the
        # first tab's rows are not kept waiting for screens nobody has opened yet.
        self.holders: dict[str, QWidget] = {}
        for spec in self.specs:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.holders[spec.id] = holder
            self.tabs.addTab(holder, spec.translated_title())
        if self.specs:
            lay.addWidget(self.tabs, 1)
        else:
            empty = QLabel(self.tr(
                "There is no screen for the {0} role in this version yet. Your notices and "
                "to-dos are in the inbox (bottom right).").format(labels.role(actor.role)))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            lay.addWidget(empty, 1)
        self.setCentralWidget(central)

        self.inbox_button = InboxButton()
        self._inbox_dialog: InboxDialog | None = None
        self.user_label = QLabel(self.tr("{name} · {role}").format(
            name=actor.display_name or actor.username, role=labels.role(actor.role)))
        self.user_label.setToolTip(self.tr("Signed in as {0}").format(actor.username))
        self.db_label = QLabel(self._db_text())
        self.db_label.setToolTip(ctx.db.description)
        self.conn_label = QLabel()
        self.busy_label = QLabel()
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar::item { border: none; } QStatusBar QLabel { padding: 0 10px; }")
        for w in (self.user_label, self.db_label, self.conn_label, self.busy_label):
            bar.addWidget(w)
        bar.addPermanentWidget(self.inbox_button)
        self._set_connected(True)
        self._build_menus(language_choice)

        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.bus.sig_changes_applied.connect(self._changes)
        ctx.runner.sig_busy.connect(self._busy_changed)
        self.inbox_button.clicked.connect(self.show_inbox)

        ctx.bus.sig_remote.connect(self._remote)
        ctx.bus.sig_connection.connect(self._set_connected)
        self.live = None
        self.timers: list[QTimer] = []
        if timers:
            from .live import LiveBridge

            self.live = LiveBridge(ctx.db, ctx.bus, self)
            self.live.start()
            for ms, slot in ((PROBE_MS, self.probe), (INBOX_MS, self.refresh_inbox),
                             (ESCALATE_MS, self.escalate)):
                t = QTimer(self)
                t.setInterval(ms)
                t.timeout.connect(slot)
                t.start()
                self.timers.append(t)

    def start(self) -> None:
        """After show(): open the first tab, then (once its rows are up) the inbox and the
        other background jobs, so they do not compete with the first page."""
        self._jobs_started = False
        first = self.current_tab()
        if first is not None:
            self._tab_changed(self.tabs.currentIndex())
        if first is not None and hasattr(first, "sig_ready"):
            first.sig_ready.connect(self._start_jobs, Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(3_000, self._start_jobs)  # in case the first page fails to load
        else:
            self._start_jobs()

    def _start_jobs(self, *_args) -> None:
        if self._jobs_started:
            return
        self._jobs_started = True
        self.refresh_inbox()
        QTimer.singleShot(2_000, self.escalate)

    @property
    def inbox_dialog(self) -> InboxDialog:
        """The inbox window, made when first needed."""
        if self._inbox_dialog is None:
            self._inbox_dialog = InboxDialog(self.ctx, self)
            self._inbox_dialog.sig_open_order.connect(self.open_review)
            self._inbox_dialog.sig_loaded.connect(self._inbox_loaded)
        return self._inbox_dialog

    # -- menus --------------------------------------------------------------------------

    def _build_menus(self, language_choice: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        act = file_menu.addAction(self.tr("Sign out / switch user"))
        act.triggered.connect(self.sig_sign_out.emit)
        act = file_menu.addAction(self.tr("Database settings…"))
        act.triggered.connect(self.sig_database_settings.emit)
        self.password_action = file_menu.addAction(self.tr("Change my password…"))
        self.password_action.triggered.connect(self.change_password)
        file_menu.addSeparator()
        from .importer import export_list, export_request, importable_kinds, open_import_wizard

        if importable_kinds(self.ctx.actor):
            self.import_action = file_menu.addAction(self.tr("Import from Excel…"))
            self.import_action.triggered.connect(lambda: open_import_wizard(self.ctx, self))

        def current_export():  # the list showing on the current tab, with its filters, if any
            tab_id = self.current_tab_id()
            return export_request(self.ctx, tab_id, self.tab_widgets.get(tab_id or ""))

        self.export_action = file_menu.addAction(self.tr("Export to Excel…"))
        self.export_action.triggered.connect(lambda: export_list(self.ctx, self, current_export()))
        file_menu.aboutToShow.connect(lambda: self.export_action.setEnabled(current_export() is not None))
        self.kpi_sheet_action = None
        if self.ctx.actor.can(Permission.KPI_VIEW):
            self.kpi_sheet_action = file_menu.addAction(self.tr("Print KPI sheet…"))
            self.kpi_sheet_action.triggered.connect(self.open_kpi_sheet)
        file_menu.addSeparator()
        act = file_menu.addAction(self.tr("Quit"))
        act.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        act.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        act = view_menu.addAction(self.tr("Inbox"))
        act.setShortcut(QKeySequence("Ctrl+I"))
        act.triggered.connect(self.show_inbox)
        lang_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for value, text in (("system", self.tr("Follow the system")), ("zh_CN", "简体中文"),
                            ("en", "English")):
            a = QAction(text, self, checkable=True)
            a.setChecked(value == language_choice)
            a.triggered.connect(lambda _c=False, v=value: self.sig_language.emit(v))
            group.addAction(a)
            lang_menu.addAction(a)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        act = help_menu.addAction(self.tr("About sopdesk"))
        act.triggered.connect(self.about)

    def change_password(self):
        """The change-my-password dialog (every user); returns it (tests fill it in)."""
        from .admin.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.statusBar().showMessage(
            self.tr("Your password was changed."), 8000) if dialog.changed else None)
        dialog.open()
        return dialog

    def open_kpi_sheet(self):
        """Print KPI sheet…: month, language and pages, then print or save a PDF; returns
        the dialog (tests drive it). The drawing code is loaded only now."""
        from .reports.kpi_dialog import KpiSheetDialog

        dialog = KpiSheetDialog(self.ctx, self)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About sopdesk"), self.tr(
            "<b>sopdesk {0}</b><br>Sales, production and supply on one shared database "
            "(产供销一体化) for small factories.<br><br>Database: {1}").format(
            sopdesk.__version__, self.ctx.db.description))

    # -- tabs ---------------------------------------------------------------------------

    def _tab_id_at(self, index: int) -> str | None:
        holder = self.tabs.widget(index)
        return next((i for i, h in self.holders.items() if h is holder), None)

    def _tab_changed(self, index: int) -> None:
        tab_id = self._tab_id_at(index)
        widget = self.tab(tab_id) if tab_id else None
        if widget is not None and hasattr(widget, "activate"):
            widget.activate()

    def tab(self, tab_id: str) -> QWidget | None:
        """The tab's widget, built now if it was not yet; None if the role has no such tab."""
        widget = self.tab_widgets.get(tab_id)
        if widget is None and tab_id in self.holders:
            spec = next(s for s in self.specs if s.id == tab_id)
            widget = spec.factory(self.ctx)
            self.holders[tab_id].layout().addWidget(widget)
            self.tab_widgets[tab_id] = widget
            if hasattr(widget, "sig_open_review"):
                widget.sig_open_review.connect(self.open_review)
        return widget

    def current_tab_id(self) -> str | None:
        return self._tab_id_at(self.tabs.currentIndex())

    def current_tab(self) -> QWidget | None:
        tab_id = self.current_tab_id()
        return self.tab(tab_id) if tab_id else None

    def show_tab(self, tab_id: str) -> bool:
        if tab_id not in self.holders:
            return False
        self.tabs.setCurrentWidget(self.holders[tab_id])
        return True

    def open_review(self, order_id) -> None:
        review_tab = self.tab("review")
        if review_tab is None:
            return
        self.show_tab("review")
        review_tab.open_order(order_id)
        if self._inbox_dialog is not None:
            self._inbox_dialog.hide()

    def _changes(self, changes: Changes, initiator) -> None:
        # Each tab listens to the bus itself and refreshes for what concerns it.
        if changes.inbox or changes.reviews:
            self.refresh_inbox()

    # -- inbox --------------------------------------------------------------------------

    def show_inbox(self) -> None:
        self.inbox_dialog.show()
        self.inbox_dialog.raise_()
        self.inbox_dialog.refresh()

    def refresh_inbox(self) -> None:
        if self._inbox_dialog is not None and self._inbox_dialog.isVisible():
            self.inbox_dialog.refresh()
            return
        self.ctx.query(lambda s, a: inbox.list_inbox(s, a), lambda items: self._inbox_loaded(InboxSummary.of(items)),
                       on_error=self._background_failed)

    def _inbox_loaded(self, summary: InboxSummary) -> None:
        previous, self._inbox_seen = self._inbox_seen, summary
        self.inbox_button.show_summary(summary)
        if previous is not None and (summary.unread > previous.unread or summary.todos != previous.todos):
            # Something arrived from another PC: the review and order lists may be stale.
            self.ctx.bus.apply(Changes(reviews=True), self)

    # -- background jobs ----------------------------------------------------------------

    def probe(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: probe(db), lambda _r: self._set_connected(True),
                            lambda _e: self._set_connected(False))

    def escalate(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: escalate(db), self._escalated, self._background_failed)

    def _escalated(self, count: int) -> None:
        if count:
            self.ctx.bus.apply(Changes(reviews=True, inbox=True))

    def _background_failed(self, exc: BaseException) -> None:
        log.warning("background job failed: %s", exc)
        self._set_connected(False)

    def _set_connected(self, ok: bool) -> None:
        if ok == self.connected:
            return
        self.connected = ok
        if ok:
            self.conn_label.setText("● " + self.tr("Connected"))
            self.conn_label.setStyleSheet("color: #1e7b3c;")
            self.conn_label.setToolTip(self.tr("The database answered the last check."))
        else:
            self.conn_label.setText("● " + self.tr("Connection lost — offline, retrying"))
            self.conn_label.setStyleSheet("color: #b42318; font-weight: bold;")
            self.conn_label.setToolTip(self.tr(
                "The database did not answer. Saving will fail until it is back; sopdesk "
                "checks again every 30 seconds."))
        self.sig_connection.emit(ok)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _db_text(self) -> str:
        db = self.ctx.db
        if db.is_sqlite:
            from pathlib import Path

            return self.tr("Local file: {0}").format(Path(db.url.database or "").name)
        return self.tr("Server: {0}").format(f"{db.url.host or 'localhost'}/{db.url.database or ''}")

    def _remote(self, event) -> None:
        from .live import INBOX_TABLES

        if not event.own and event.touches(*INBOX_TABLES):
            self.refresh_inbox()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        for t in self.timers:
            t.stop()
        if self.live is not None:
            self.live.stop()
        super().closeEvent(event)
