"""Opening a work order from its number (ui/documents.py OPENERS["WO"])."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sopdesk.services import work_orders
from sopdesk.services.errors import ServiceError
from sopdesk.ui.context import AppContext

_OPEN: set = set()


def open_work_order(ctx: AppContext, parent: QWidget | None, number: str) -> bool:
    """Open work order `number` in its detail dialog; False when there is no such work order."""
    from .dialogs import WorkOrderDialog

    try:
        with ctx.db.read() as session:
            wo_id = work_orders.find_by_number(session, ctx.actor, number)
            if wo_id is None:
                return False
            detail = work_orders.get(session, ctx.actor, wo_id)
    except ServiceError as exc:
        ctx.show_error(parent, exc)
        return True
    dialog = WorkOrderDialog(ctx, detail, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.add(dialog)  # a dialog without a parent lives as long as it shows
    dialog.finished.connect(lambda _r: _OPEN.discard(dialog))
    dialog.open()
    return True
