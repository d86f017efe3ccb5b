"""Opening a sales order from its number (ui/documents.py OPENERS["SO"]): the Orders tab's
own order dialog, editable when the user's role may change orders and the order's status
still allows it (as the Orders tab decides), read-only otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sopdesk.services import order_queries, orders
from sopdesk.services.errors import NotFound, ServiceError
from sopdesk.services.order_states import EDITABLE
from sopdesk.services.permissions import Permission
from sopdesk.ui.context import AppContext


def load_order(session, actor, number: str):
    """The order and, when the actor may edit it, the customer and product choices."""
    view = orders.get_order(session, actor, orders.find_order_id(session, number))
    editable = actor.can(Permission.ORDER_EDIT) and view.status in EDITABLE
    if not editable:
        return view, False, [], []
    return view, True, order_queries.customer_choices(session, actor), order_queries.product_choices(session, actor)


def open_order(ctx: AppContext, parent: QWidget | None, number: str) -> bool:
    """Open sales order `number` in its dialog; False when there is no such order.

    One short read on the calling thread (the opener answers whether the order exists);
    a role that may not see orders gets the usual "not allowed" message."""
    from .order_dialog import OrderDialog

    try:
        with ctx.db.read() as session:
            view, editable, customers, products = load_order(session, ctx.actor, number)
    except NotFound:
        return False
    except ServiceError as exc:
        ctx.show_error(parent, exc)
        return True
    dialog = OrderDialog(ctx, customers, products, view, parent=parent, read_only=not editable)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return True
