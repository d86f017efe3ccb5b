"""Do the documents' statuses and quantities agree with the ledger? (`sopdesk db check`)

Documents drive status, so each of these must hold in every database:

- a sales order line's shipped_qty is what its SHIPMENT moves took out (reversals count
  back), and an order that is shipped or closed has nothing left to ship;
- a purchase order line's received_qty is what its RECEIPT moves brought in;
- a work order's good_qty is what its OUTPUT moves brought in.

A database from before shipments were documents can hold orders marked shipped by hand
(`shipped_by_hand`): repair each by posting its shipment (shipping.post_shipment ships the
open lines of such an order) or by reopening it (`reopen_order`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    MoveType,
    OrderStatus,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    StockMove,
    WorkOrder,
)

from .conflicts import conflict_error
from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require
from .shipping import open_qty, sync_order_status

# Statuses that say nothing is left to ship: an order in one with open lines was set by hand.
HAND_SET = (OrderStatus.SHIPPED, OrderStatus.CLOSED)


@dataclass(frozen=True)
class Problem:
    code: str  # shipped_by_hand | shipped_qty_mismatch | received_qty_mismatch | good_qty_mismatch
    number: str  # the document, e.g. SO-2026-00042/1
    recorded: Decimal | None  # what the document says
    from_moves: Decimal | None  # what its moves say


def _moved(session: Session, ref_type: str, move_type: MoveType):
    """SELECT ref_id, net qty of the moves of one kind against one kind of document."""
    return (select(StockMove.ref_id.label("ref_id"), func.sum(StockMove.qty).label("qty"))
            .where(StockMove.ref_type == ref_type, StockMove.move_type == move_type)
            .group_by(StockMove.ref_id).subquery())


def find_problems(session: Session, limit: int = 1000) -> list[Problem]:
    problems: list[Problem] = []
    L, O = SalesOrderLine, SalesOrder  # noqa: E741
    shipped = _moved(session, "sales_order_line", MoveType.SHIPMENT)
    for number, line_no, recorded, moved in session.execute(
        select(O.number, L.line_no, L.shipped_qty, shipped.c.qty).join(O, O.id == L.order_id)
        .outerjoin(shipped, shipped.c.ref_id == L.id)
        .where(L.shipped_qty != func.coalesce(-shipped.c.qty, 0)).limit(limit)
    ):
        problems.append(Problem("shipped_qty_mismatch", f"{number}/{line_no}", recorded,
                                -Decimal(moved or 0)))
    for (number,) in session.execute(
        select(O.number).join(L, L.order_id == O.id)
        .where(O.status.in_(HAND_SET), L.qty - L.shipped_qty - L.short_closed_qty > 0)
        .group_by(O.number).order_by(O.number).limit(limit)
    ):
        problems.append(Problem("shipped_by_hand", number, None, None))
    P = PurchaseOrderLine
    received = _moved(session, "purchase_order_line", MoveType.RECEIPT)
    for order_id, line_no, recorded, moved in session.execute(
        select(P.order_id, P.line_no, P.received_qty, received.c.qty)
        .outerjoin(received, received.c.ref_id == P.id)
        .where(P.received_qty != func.coalesce(received.c.qty, 0)).limit(limit)
    ):
        problems.append(Problem("received_qty_mismatch", f"{_po_number(session, order_id)}/{line_no}",
                                recorded, Decimal(moved or 0)))
    output = _moved(session, "work_order", MoveType.OUTPUT)
    for number, recorded, moved in session.execute(
        select(WorkOrder.number, WorkOrder.good_qty, output.c.qty)
        .outerjoin(output, output.c.ref_id == WorkOrder.id)
        .where(WorkOrder.good_qty != func.coalesce(output.c.qty, 0)).limit(limit)
    ):
        problems.append(Problem("good_qty_mismatch", number, recorded, Decimal(moved or 0)))
    return problems


def _po_number(session: Session, order_id: uuid.UUID) -> str:
    from sopdesk.models import PurchaseOrder

    return session.scalar(select(PurchaseOrder.number).where(PurchaseOrder.id == order_id)) or str(order_id)


def reopen_order(session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int | None = None,
                 note: str | None = None) -> OrderStatus:
    """Repair an order marked shipped by hand: its status goes back to what its shipments say
    (partly shipped, or the status before shipping). Refused for an order that agrees
    with its shipments already."""
    require(actor, Permission.ORDER_EDIT)
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("no sales order {order_id}", field="order_id", order_id=order_id)
    if expected_version is not None and order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    if order.status not in HAND_SET or all(open_qty(ln) <= 0 for ln in order.lines):
        raise ValidationError("{number} agrees with its shipments; there is nothing to reopen",
                              field="status", number=order.number, status=order.status.value)
    sync_order_status(session, actor, order, note=note or "reopened: marked shipped without shipments")
    session.flush()
    return order.status


