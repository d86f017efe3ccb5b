"""One "changes applied" signal after every change (Anki's OpChanges).

A change reports flags of what it touched; each tab refreshes only for what concerns it.
Changes committed by other PCs (or other windows) arrive as `sig_remote(event)`, a
`db.changefeed.ChangeEvent` naming tables and record ids (sopdesk/ui/live.py feeds it);
`sig_connection(online)` tells whether the change feed reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    orders: bool = False  # sales orders or their lines or status
    reviews: bool = False  # order review tasks and answers
    inbox: bool = False  # notifications
    stock: bool = False  # stock moves, balances, receipts against purchase orders

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class ChangeBus(QObject):
    """sig_changes_applied(changes, initiator): initiator is the widget that made the change
    (it may skip a refresh it already did), or None."""

    sig_changes_applied = Signal(object, object)
    sig_remote = Signal(object)  # ChangeEvent of a committed transaction, or a reload
    sig_connection = Signal(bool)

    def apply(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.sig_changes_applied.emit(changes, initiator)

    def remote(self, event) -> None:
        self.sig_remote.emit(event)
