"""Opening a shipment from its number (ui/documents.py OPENERS["FH"]), and after a shipment
is posted: the shipment viewer with its delivery note."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sopdesk.services import shipping
from sopdesk.services.errors import ServiceError
from sopdesk.ui.context import AppContext

_OPEN: set = set()
last_opened = None  # the last ShipmentDialog shown (tests read it)


def show_shipment(ctx: AppContext, parent: QWidget | None, shipment_id: uuid.UUID, *,
                  just_posted: bool = False):
    """Read the shipment and show it; the dialog, or None after an error was shown."""
    from .viewer import ShipmentDialog, load_shipment

    global last_opened
    try:
        with ctx.db.read() as session:
            view, factory = load_shipment(session, ctx.actor, shipment_id)
    except ServiceError as exc:
        ctx.show_error(parent, exc)
        return None
    dialog = ShipmentDialog(ctx, view, factory, parent=parent, just_posted=just_posted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.add(dialog)  # a dialog without a parent lives as long as it shows
    dialog.finished.connect(lambda _r: _OPEN.discard(dialog))
    dialog.open()
    last_opened = dialog
    return dialog


def open_shipment(ctx: AppContext, parent: QWidget | None, number: str) -> bool:
    """Open shipment `number`; False when there is no such shipment."""
    with ctx.db.read() as session:
        shipment_id = shipping.find_shipment_id(session, number)
    if shipment_id is None:
        return False
    show_shipment(ctx, parent, shipment_id)
    return True
