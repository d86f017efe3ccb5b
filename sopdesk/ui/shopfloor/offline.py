"""The shop-floor screen's offline mode: the outbox indicator, the conflict inbox and the
timer that syncs by itself (sopdesk/offline/ does the work; this only shows it).

OfflineBar state: client (ShopFloorClient), timer (probe + sync every SYNC_MS), online (the
last probe's answer). sig_synced(SyncResult or None) after each run (None: not reachable).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sopdesk.offline import ShopFloorClient
from sopdesk.offline.client import ISSUE
from sopdesk.ui import errors

SYNC_MS = 15_000


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%m-%d %H:%M")


class OfflineBar(QWidget):
    sig_synced = Signal(object)

    def __init__(self, ctx, client: ShopFloorClient, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.client = client
        self.online = True
        self._running = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.inbox_title = QLabel(self.tr("Conflicts to look at"))
        self.inbox_title.setStyleSheet("font-weight: 600; color: #9a6700;")
        lay.addWidget(self.inbox_title)
        self.inbox = QVBoxLayout()
        lay.addLayout(self.inbox)
        self.rows: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self.show_state()

    # -- state --------------------------------------------------------------------------

    def show_state(self) -> None:
        try:
            n, oldest = self.client.store.waiting(self.client.server)
        except (sqlite3.Error, OSError) as exc:  # the PC's file is gone or unreadable: say so
            self.status.setText(self.tr("This PC's file of waiting reports cannot be opened ({0}): {1}").format(
                self.client.store.path, exc))
            self.status.setStyleSheet("background: #ffebe9; border: 1px solid #cf222e; padding: 6px;")
            return
        if n:
            text = self.tr("{0} waiting to be sent (reports, material issues), since {1}. They are kept on this PC "
                           "and sent by themselves when the server is back.").format(n, _local(oldest))
            style = "background: #fff8c5; border: 1px solid #d4a72c; padding: 6px; font-size: 17px;"
        elif not self.online:
            text = self.tr("Offline: reports and material issues are kept on this PC and sent when the server is "
                           "back.")
            style = "background: #fff8c5; border: 1px solid #d4a72c; padding: 6px; font-size: 17px;"
        else:
            text = self.tr("Everything sent.")
            style = "color: #1a7f37; padding: 6px; font-size: 15px;"
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        conflicts = self.client.store.conflicts(self.client.server)
        self.inbox_title.setVisible(bool(conflicts))
        for op in conflicts:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            label = QLabel(self.conflict_text(op))
            label.setWordWrap(True)
            h.addWidget(label, 1)
            if "refused" in (op.answer or {}):
                choices = ((self.tr("Send again"), "send_again"), (self.tr("Discard"), "discard"))
            else:
                choices = ((self.tr("Finish it now"), "finish"), (self.tr("Leave it open"), "leave_open"))
            for caption, choice in choices:
                b = QPushButton(caption)
                b.clicked.connect(lambda _c=False, o=op, ch=choice: self.resolve(o, ch))
                h.addWidget(b)
            row.label = label
            row.op = op
            self.inbox.addWidget(row)
            self.rows.append(row)

    def conflict_text(self, op) -> str:
        answer = op.answer or {}
        if "refused" in answer:
            refused = answer["refused"]
            reason = (errors.translate_template(refused["template"], refused.get("params", {}))
                      if refused.get("template") else refused["message"])
            if op.kind == ISSUE:
                return self.tr("A material issue typed at {0} was refused by the server: {1}").format(
                    _local(op.happened_at), reason)
            return self.tr("A report typed at {0} was refused by the server: {1}").format(_local(op.happened_at), reason)
        fields = ", ".join(c["field"] for c in answer.get("changes", [])) or self.tr("its status")
        who = next((c["changed_by"] for c in answer.get("changes", []) if c.get("changed_by")), None)
        return self.tr("{0}: your {1} {2} were recorded, but the work order was changed meanwhile ({3}{4}), so it "
                       "was not marked finished.").format(
            answer.get("work_order_number", ""), answer.get("good_qty", ""), answer.get("unit", ""), fields,
            self.tr(" by {0}").format(who) if who else "")

    # -- actions ------------------------------------------------------------------------

    def resolve(self, op, choice: str) -> None:
        self.client.resolve(op, choice)
        self.show_state()
        if choice in ("finish", "send_again"):
            self.sync_now()

    def sync_now(self) -> None:
        """Probe, send what waits, refresh the cache: on the task runner, one run at a time."""
        if self._running:
            return
        self._running = True
        client = self.client

        def work():
            if not client.probe():
                return None
            result = client.sync()
            if result.reachable:
                client.refresh_cache()
            return result

        self.ctx.runner.run(work, self._done, self._failed)

    def _done(self, result) -> None:
        self._running = False
        self.online = result is not None and result.reachable
        self.show_state()
        self.sig_synced.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.online = False
        self.show_state()
        self.sig_synced.emit(None)
