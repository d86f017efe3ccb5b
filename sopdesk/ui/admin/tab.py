"""The Administration tab (管理), for the administrator: Users, Settings, Import history and
Audit log as sub-tabs, each loaded when first shown and refreshed after changes that
concern it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext

from .audit_log import AuditPage
from .history import HistoryPage
from .settings_page import SettingsPage
from .users import UsersPage

translate = QCoreApplication.translate


class AdminTab(QWidget):
    """State: the context, the four pages, which of them have loaded once.
    sig_ready(count) once the users list (the first page) is on screen."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.users = UsersPage(ctx)
        self.settings = SettingsPage(ctx)
        self.history = HistoryPage(ctx)
        self.audit = AuditPage(ctx)
        self.pages = QTabWidget()
        self.pages.addTab(self.users, translate("Admin", "Users"))
        self.pages.addTab(self.settings, translate("Admin", "Settings"))
        self.pages.addTab(self.history, translate("Admin", "Import history"))
        self.pages.addTab(self.audit, translate("Admin", "Audit log"))
        self._loaded: set[int] = set()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pages)
        self.users.sig_loaded.connect(self.sig_ready.emit)
        self.pages.currentChanged.connect(self._page_changed)
        ctx.bus.sig_changes_applied.connect(self.on_changes)

    def activate(self) -> None:
        self._page_changed(self.pages.currentIndex())

    def _page_changed(self, index: int) -> None:
        if index in self._loaded or index < 0:
            return
        self._loaded.add(index)
        self.pages.widget(index).load()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._page_changed(self.pages.currentIndex())

    def on_changes(self, changes: Changes, initiator) -> None:
        """Any change is in the audit log, an import in the history: a page already loaded
        reloads now if showing, else when shown again."""
        for page in (self.history, self.audit):
            index = self.pages.indexOf(page)
            if index not in self._loaded or initiator is page:
                continue
            if self.pages.currentIndex() == index:
                page.load()
            else:
                self._loaded.discard(index)
