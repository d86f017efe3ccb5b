"""What the order dialog knows of other PCs (issue 15): a banner with who else is editing
this order (presence, renewed by a heartbeat while the dialog is open), "changed on another
PC" when someone saves it meanwhile (the dialog is never reloaded under the user: the save
will show the conflict with mine / theirs / original), and, when the database cannot be
reached, "offline — retrying": what was typed stays, and the save is tried again every
RETRY_MS until the server answers (then it goes through, or shows the conflict).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from sopdesk.db import changefeed
from sopdesk.services import presence
from sopdesk.ui.changes import Changes

RETRY_MS = 2_000


def is_connection_lost(exc: BaseException) -> bool:
    """The database did not answer (server down, connection killed, network gone)."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    return isinstance(exc, (OperationalError, InterfaceError)) or (
        isinstance(exc, DBAPIError) and bool(exc.connection_invalidated))


class DialogLive(QObject):
    """State: the dialog's context, the order (id, number) or None for a new one, the banner,
    the others editing it, whether another PC saved it since it opened, the heartbeat and
    retry timers, and the save to retry."""

    def __init__(self, ctx, dialog: QWidget, order_id=None, number: str = "", *, heartbeat: bool = True):
        super().__init__(dialog)
        self.ctx = ctx
        self.dialog = dialog
        self.order_id = order_id
        self.number = number
        self.others: list[presence.Editor] = []
        self.changed_by: str | None = None
        self.offline = False
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_save)
        self._save = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(presence.HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self._beat)
        if order_id is not None:
            ctx.bus.sig_remote.connect(self._remote)
            self._write(lambda s, a: presence.enter(s, a, changefeed.CLIENT_ID, presence.ORDER, order_id, number))
            self.reload_others()
            if heartbeat:
                self._heartbeat.start()

    def _write(self, fn) -> None:
        self.ctx.mutate(fn, Changes(), on_error=lambda _exc: None)  # presence is best effort

    def _beat(self) -> None:
        oid, number = self.order_id, self.number
        self._write(lambda s, a: presence.heartbeat(s, a, changefeed.CLIENT_ID, presence.ORDER, oid, number))

    def close(self) -> None:
        self._heartbeat.stop()
        self._retry.stop()
        if self.order_id is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.bus.sig_remote.disconnect(self._remote)
            oid = self.order_id
            self._write(lambda s, a: presence.leave(s, a, changefeed.CLIENT_ID, presence.ORDER, oid))

    def reload_others(self) -> None:
        oid = self.order_id
        self.ctx.query(lambda s, a: presence.editors(s, a, presence.ORDER, oid, exclude_client=changefeed.CLIENT_ID),
                       self._others_loaded, on_error=lambda _exc: None)

    def _others_loaded(self, others: list[presence.Editor]) -> None:
        self.others = others
        self._show()

    def _remote(self, event: changefeed.ChangeEvent) -> None:
        oid = str(self.order_id)
        if event.reload or oid in (event.ids("presence") or {oid}):
            self.reload_others()
        if event.own or event.reload:
            return
        ids = event.ids("sales_order")
        if ids is None or oid in ids:
            self.changed_by = event.user or self.tr("another user")
            self._show()

    # -- connection loss ------------------------------------------------------------------

    def retry_later(self, save) -> None:
        """The save could not reach the database: keep everything typed, try again soon."""
        self.offline = True
        self._show()
        self._save = save
        self._retry.start()

    def _retry_save(self) -> None:
        if self._save is not None:
            self._save()

    def back_online(self) -> None:
        if self.offline:
            self.offline = False
            self._show()

    def _show(self) -> None:
        parts, colour = [], "#1d4ed8"
        if self.offline:
            parts.append(self.tr("Offline — retrying. Nothing you typed is lost: the order is saved as soon "
                                 "as the database answers."))
            colour = "#b42318"
        if self.changed_by:
            parts.append(self.tr("Changed on another PC by {0}. Your edits are kept; saving shows both "
                                 "versions.").format(self.changed_by))
            colour = "#b42318" if self.offline else "#b45309"
        for other in self.others:
            parts.append(self.tr("{0} is editing {1}").format(other.display_name, other.doc_label or self.number))
        self.banner.setText("\n".join(parts))
        self.banner.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.banner.setVisible(bool(parts))
