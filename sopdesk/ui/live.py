"""Live refresh in the window (issue 15): the change feed's listener (db/changefeed.py) runs
in a worker thread; its events and connection state come to the GUI thread as queued signals
and go out on the ChangeBus (`sig_remote`, `sig_connection`). Each view decides what an event
means for it (ui/orders/tab.py: merge the loaded rows, keep selection and scroll; an open
dialog is never reloaded under the user, it says "changed on another PC").
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from sopdesk.db import changefeed

from .changes import ChangeBus

# Tables whose changes concern each view (a view also reloads on a reload event).
ORDER_TABLES = ("sales_order", "sales_order_line", "order_review_task", "order_status_change", "shipment",
                "shipment_line", "customer", "item", "presence")
STOCK_TABLES = ("stock_move", "stock_balance", "stock_total", "item", "sales_order_line", "work_order",
                "purchase_order_line")
INBOX_TABLES = ("notification", "order_review_task", "action_item")


class LiveBridge(QObject):
    """State: the listener (None for an in-memory database), its thread and stop flag, and
    whether it is online. sig_event / sig_status carry the worker's callbacks to the GUI
    thread."""

    sig_event = Signal(object)
    sig_status = Signal(str)

    def __init__(self, db, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus
        self.listener = changefeed.listener_for(db)
        self.online: bool | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.sig_event.connect(self._event)
        self.sig_status.connect(self._status)
        self.destroyed.connect(self._stop.set)  # a window gone without closing: stop telling it

    def start(self) -> None:
        if self.listener is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self.listener.run, name="sopdesk-live", daemon=True,
                                        args=(self._guarded(self.sig_event), self._guarded(self.sig_status),
                                              self._stop))
        self._thread.start()

    def _guarded(self, signal):
        """The worker's callback: nothing once stopped, and a bridge deleted meanwhile (its
        window gone) stops the worker instead of reaching a dead object."""
        stop = self._stop

        def emit(value) -> None:
            if stop.is_set():
                return
            try:
                signal.emit(value)
            except RuntimeError:  # "Signal source has been deleted"
                stop.set()
        return emit

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def _event(self, event: changefeed.ChangeEvent) -> None:
        try:
            self.bus.remote(event)
        except RuntimeError:  # the window's bus is gone (signed out): stop listening
            self._stop.set()

    def _status(self, status: str) -> None:
        self.online = status == changefeed.ONLINE
        try:
            self.bus.sig_connection.emit(self.online)
        except RuntimeError:  # the window's bus is gone (signed out): stop listening
            self._stop.set()
