"""Shipping from the Orders tab: whether the selected order lines can ship together (one
customer, orders whose status ships, a role that may ship) and the Ship… action: the ship
dialog, then the posted shipment with its delivery note."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sopdesk.models import OrderStatus
from sopdesk.services.order_queries import OrderLineRow
from sopdesk.services.permissions import Actor, Permission
from sopdesk.ui import labels
from sopdesk.ui.context import AppContext

CTX = "Shipping"
# an order marked shipped by hand before shipments were documents still has open lines:
# shipping them repairs it (services/shipping.SHIPPABLE)
SHIPS = frozenset({OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.PARTIALLY_SHIPPED})


translate = QCoreApplication.translate


def _row_ships(row: OrderLineRow) -> bool:
    return row.status in SHIPS or (row.status == OrderStatus.SHIPPED and row.qty > row.shipped_qty)


def ship_state(actor: Actor, rows: list[OrderLineRow]) -> tuple[list[uuid.UUID], str]:
    """The orders the Ship… action would ship, or [] and why not ("" when nothing is
    selected or the role may not ship: the action is simply off)."""
    if not rows or not actor.can(Permission.STOCK_SHIP):
        return [], ""
    if len({r.customer_code for r in rows}) > 1:
        return [], translate("Shipping", "The selected orders are for different customers: one shipment goes to one customer. "
                      "Select the orders of one customer.")
    by_order: dict[uuid.UUID, list[OrderLineRow]] = {}
    for r in rows:
        by_order.setdefault(r.order_id, []).append(r)
    for order_rows in by_order.values():
        if not any(_row_ships(r) for r in order_rows):
            r = order_rows[0]
            return [], translate("Shipping", "Order {0} is {1}: only confirmed orders with something left to ship can ship.").format(
                r.number, labels.status(r.status))
    return list(by_order), ""


def tell(parent: QWidget | None, text: str) -> None:
    """A plain message (tests replace it)."""
    QMessageBox.information(parent, translate("Shipping", "Ship"), text)


def start_shipping(parent: QWidget, ctx: AppContext, rows: list[OrderLineRow], today=None):
    """Open the ship dialog for the selected rows' orders; the dialog, or None (and a
    message saying why) when they cannot ship together."""
    from .open import show_shipment
    from .ship_dialog import ShipDialog

    order_ids, reason = ship_state(ctx.actor, rows)
    if not order_ids:
        if reason:
            tell(parent, reason)
        return None
    dialog = ShipDialog(ctx, order_ids, parent=parent, today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sig_posted.connect(lambda view: show_shipment(ctx, parent, view.id, just_posted=True))
    dialog.open()
    return dialog
