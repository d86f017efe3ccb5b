"""What an order's lines have shipped (发货情况), for the order dialog: per line the ordered,
shipped, closed-short and open quantities, the close reason, the delivery date and the
shipments (FH numbers) posted against it. Reads only; the documents are services/shipping."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import Item, OrderStatus, SalesOrder, SalesOrderLine, Shipment, ShipmentLine

from .errors import NotFound
from .permissions import Actor, Permission, require
from .shipping import SHIPPABLE, LineShipment, _reversed, open_qty

# statuses whose open remainder may be closed short (services/shipping.close_line_short)
CLOSABLE = SHIPPABLE - {OrderStatus.SHIPPED}


@dataclass(frozen=True)
class LineShipping:
    line_id: uuid.UUID
    line_no: int
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    shipped_qty: Decimal
    short_closed_qty: Decimal
    open_qty: Decimal
    close_reason: str | None
    delivered_date: dt.date | None
    shipments: list[LineShipment] = field(default_factory=list)


@dataclass(frozen=True)
class OrderShipping:
    order_id: uuid.UUID
    number: str
    version: int
    status: OrderStatus
    lines: list[LineShipping] = field(default_factory=list)

    @property
    def can_ship(self) -> bool:
        """Something is left to ship and the order's status lets it ship."""
        return self.status in SHIPPABLE and any(ln.open_qty > 0 for ln in self.lines)

    @property
    def can_close_short(self) -> bool:
        return self.status in CLOSABLE


def order_shipping(session: Session, actor: Actor, order_id: uuid.UUID) -> OrderShipping:
    """The order's lines with their shipments, oldest first, and what reversals took back."""
    require(actor, Permission.ORDER_VIEW)
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("no sales order {order_id}", field="order_id", order_id=order_id)
    lines = session.execute(
        select(SalesOrderLine, Item).join(Item, Item.id == SalesOrderLine.item_id)
        .where(SalesOrderLine.order_id == order_id).order_by(SalesOrderLine.line_no)
    ).all()
    rows = session.execute(
        select(ShipmentLine.order_line_id, Shipment.id, Shipment.number, Shipment.ship_date, ShipmentLine.qty,
               ShipmentLine.move_id)
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(ShipmentLine.order_line_id.in_([ln.id for ln, _ in lines] or [uuid.UUID(int=0)]))
        .order_by(Shipment.shipped_at, Shipment.number)
    ).all()
    back = _reversed(session, [r.move_id for r in rows])
    per_line: dict[uuid.UUID, list[LineShipment]] = {}
    for r in rows:
        per_line.setdefault(r.order_line_id, []).append(
            LineShipment(r.id, r.number, r.ship_date, r.qty, back.get(r.move_id, Decimal(0))))
    return OrderShipping(
        order.id, order.number, order.version, order.status,
        [LineShipping(ln.id, ln.line_no, it.code, it.name, it.unit, ln.qty, ln.shipped_qty, ln.short_closed_qty,
                      max(open_qty(ln), Decimal(0)), ln.close_reason, ln.delivered_date, per_line.get(ln.id, []))
         for ln, it in lines],
    )
