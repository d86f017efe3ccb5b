"""Running work off the GUI thread (Picard's run_task, Orange's TaskState).

`TaskRunner.run(fn, on_done, on_error)` runs `fn()` in a QThreadPool worker and calls
`on_done(result)` or `on_error(exc)` back on the GUI thread. Long work takes a `TaskState`
(`run(fn, ..., with_state=True)` calls `fn(state)`): the worker reports progress with
`state.set_progress(stage, fraction)` and checks `state.is_interruption_requested()`.

`SyncTaskRunner` has the same interface and runs everything at once, in the calling
thread: tests swap it in so they are deterministic.

Workers receive plain values and return plain values (dataclasses): never a Session or a
live ORM object across threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a worker that stopped because the user cancelled."""


class TaskState:
    """Progress and cancellation shared by a worker and the GUI (thread-safe).

    State: the cancel flag, and the progress callback (called from the worker thread; the
    runner relays it to the GUI thread)."""

    def __init__(self, progress: Callable[[str, float], None] | None = None):
        self._cancel = threading.Event()
        self._progress = progress

    def set_progress(self, stage: str, fraction: float) -> None:
        if self._progress is not None:
            self._progress(stage, float(fraction))

    def request_interruption(self) -> None:
        self._cancel.set()

    def is_interruption_requested(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives in the GUI thread; its signals, emitted from a worker, are delivered there."""

    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(str, float)

    def __init__(self, runner: TaskRunner, on_done, on_error, on_progress):
        super().__init__()
        self._runner = runner
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.sig_done.connect(self._done)
        self.sig_failed.connect(self._failed)
        self.sig_progress.connect(self._progress)

    @Slot(object)
    def _done(self, result):
        self._runner._finished(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc):
        self._runner._finished(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    @Slot(str, float)
    def _progress(self, stage, fraction):
        if self._on_progress is not None:
            self._on_progress(stage, fraction)


class _Runnable(QRunnable):
    def __init__(self, fn, relay: _Relay):
        super().__init__()
        self._fn, self._relay = fn, relay
        self.setAutoDelete(True)

    def run(self):
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._relay.sig_failed.emit(exc)
        else:
            self._relay.sig_done.emit(result)


class TaskRunner(QObject):
    """Runs functions in a thread pool and posts results back to the GUI thread.

    State: the pool, and the relays of tasks still running (kept alive until they finish).
    sig_busy(bool) tells the status bar when background work starts and stops."""

    sig_busy = Signal(bool)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[_Relay] = set()

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            with_state: bool = False, on_progress: Callable[[str, float], None] | None = None,
            ) -> TaskState:
        relay = _Relay(self, on_done, on_error, on_progress)
        state = TaskState(relay.sig_progress.emit)
        work = (lambda: fn(state)) if with_state else fn
        was_idle = not self._running
        self._running.add(relay)
        if was_idle:
            self.sig_busy.emit(True)
        self.pool.start(_Runnable(work, relay))
        return state

    def _finished(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()
        if not self._running:
            self.sig_busy.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used at exit)."""
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """Same interface as TaskRunner; runs each task at once in the caller's thread."""

    sig_busy = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy = False

    def run(self, fn, on_done=None, on_error=None, *, with_state=False, on_progress=None):
        state = TaskState(on_progress)
        try:
            result = fn(state) if with_state else fn()
        except BaseException as exc:  # noqa: BLE001
            if on_error is None:
                raise
            on_error(exc)
        else:
            if on_done is not None:
                on_done(result)
        return state

    def wait(self, msecs: int = 0) -> bool:
        return True
