"""Opening a purchase order from its number (ui/documents.py OPENERS["PO"]): the Purchasing
tab's PO dialog, editable when the role may change POs and the status still allows it, read
only otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sopdesk.services import purchasing
from sopdesk.services.errors import ServiceError
from sopdesk.ui.context import AppContext

_OPEN: set = set()


def open_po(ctx: AppContext, parent: QWidget | None, number: str) -> bool:
    """Open purchase order `number` in its dialog; False when there is no such order.

    One short read on the calling thread (the opener answers whether the PO exists); a
    role that may not see POs gets the usual "not allowed" message."""
    from .po_dialog import PODialog, editable, load_dialog

    try:
        with ctx.db.read() as session:
            po_id = purchasing.find_po(session, ctx.actor, number)
            if po_id is None:
                return False
            po, suppliers, items, rates = load_dialog(session, ctx.actor, po_id)
    except ServiceError as exc:
        ctx.show_error(parent, exc)
        return True
    dialog = PODialog(ctx, suppliers, items, po, rates=rates, read_only=not editable(ctx.actor, po), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.add(dialog)  # a dialog without a parent lives as long as it shows
    dialog.finished.connect(lambda _r: _OPEN.discard(dialog))
    dialog.open()
    return True
