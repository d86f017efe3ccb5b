"""What every screen of a signed-in session shares, and how it calls services.

`AppContext.query(fn, on_done)` runs `fn(session, actor)` in a read-only session on a
worker thread; `AppContext.mutate(fn, changes, on_done)` runs it in one write transaction
and then announces `changes` on the bus (Anki's operations). Errors go to
`errors.show_error` unless the caller handles them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from sopdesk.db import Database
from sopdesk.services.permissions import Actor

from . import errors
from .changes import ChangeBus, Changes
from .prefs import Prefs


@dataclass
class AppContext:
    """State: the database, the signed-in actor, the task runner, the change bus, prefs."""

    db: Database
    actor: Actor
    runner: Any  # TaskRunner or SyncTaskRunner
    bus: ChangeBus
    prefs: Prefs
    show_error: Callable[[QWidget | None, BaseException], Any] = field(
        default=lambda parent, exc: errors.show_error(parent, exc))  # looked up at call time

    def query(self, fn: Callable, on_done: Callable[[Any], None], *, parent: QWidget | None = None,
              on_error: Callable[[BaseException], None] | None = None):
        db, actor = self.db, self.actor

        def work():
            with db.read() as session:
                return fn(session, actor)

        return self.runner.run(work, on_done, on_error or self._error_handler(parent))

    def mutate(self, fn: Callable, changes: Changes, on_done: Callable[[Any], None] | None = None,
               *, parent: QWidget | None = None, initiator: object = None,
               on_error: Callable[[BaseException], None] | None = None):
        db, actor = self.db, self.actor

        def work():
            with db.write(actor) as session:
                return fn(session, actor)

        def done(result):
            if on_done is not None:
                on_done(result)
            self.bus.apply(changes, initiator)

        return self.runner.run(work, done, on_error or self._error_handler(parent))

    def _error_handler(self, parent):
        return lambda exc: self.show_error(parent, exc)
