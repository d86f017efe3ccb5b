"""Shipping (发货): shipment documents drive the order lines and the order's status.

`post_shipment` posts one document (FH-yyyy-nnnnn) for open lines of one customer's orders
from one location: a SHIPMENT move per line (ref_type sales_order_line, ref_number the
shipment number), the lines' shipped quantity and delivery date, and the orders' status.
Nobody sets "shipped" by hand; `close_line_short` closes a remainder that will never ship,
with a reason. `sync_order_status` is the one rule that maps a line's facts to the order:

    nothing shipped, lines open        → the status before shipping (confirmed / in production)
    something shipped, a line open     → partially shipped
    every line shipped or closed short → shipped (closed, if nothing was shipped at all)

A reversal of a shipment move (stock_ops.reverse) takes the quantity off the line and syncs
the status the same way.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    AppUser,
    Customer,
    Item,
    Location,
    MoveType,
    OrderStatus,
    OrderStatusChange,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
    StockMove,
)
from sopdesk.models.types import Qty

from . import ledger, numbering, settings
from .conflicts import conflict_error
from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require
from .validation import exact

REF_SALES_LINE = "sales_order_line"
# Statuses whose open lines may ship. SHIPPED is here for data from before shipments were
# documents: an order marked shipped by hand still has open lines, and shipping them repairs it.
SHIPPABLE = frozenset({OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.PARTIALLY_SHIPPED,
                       OrderStatus.SHIPPED})
BEFORE_SHIPPING = (OrderStatus.IN_PRODUCTION, OrderStatus.CONFIRMED)


@dataclass(frozen=True)
class ShipLineInput:
    order_line_id: uuid.UUID
    qty: Decimal


@dataclass(frozen=True)
class ShipmentLineView:
    line_no: int
    order_line_id: uuid.UUID
    order_id: uuid.UUID
    order_number: str
    order_line_no: int
    customer_po: str | None
    item_code: str
    item_name: str
    item_spec: str | None
    unit: str
    qty: Decimal
    reversed_qty: Decimal  # taken back by reversals of this line's move


@dataclass(frozen=True)
class ShipmentView:
    id: uuid.UUID
    number: str
    customer_code: str
    customer_name: str
    customer_contact: str | None
    customer_phone: str | None
    customer_address: str | None
    location_code: str
    location_name: str
    ship_date: dt.date
    shipped_at: dt.datetime
    posted_by: str | None
    note: str | None
    lines: list[ShipmentLineView] = field(default_factory=list)
    replayed: bool = False  # the op_id had been posted before: nothing new was written


@dataclass(frozen=True)
class OpenLine:
    """An order line with something left to ship."""

    order_id: uuid.UUID
    order_number: str
    order_version: int
    customer_id: uuid.UUID
    customer_name: str
    line_id: uuid.UUID
    line_no: int
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    shipped_qty: Decimal
    short_closed_qty: Decimal
    open_qty: Decimal
    promised_date: dt.date | None


@dataclass(frozen=True)
class LineShipment:
    shipment_id: uuid.UUID
    number: str
    ship_date: dt.date
    qty: Decimal
    reversed_qty: Decimal


def open_qty(line: SalesOrderLine) -> Decimal:
    return line.qty - line.shipped_qty - line.short_closed_qty


# -- queries --------------------------------------------------------------------------------


def open_lines(
    session: Session, actor: Actor, *, order_ids: list[uuid.UUID] | None = None,
    customer_id: uuid.UUID | None = None,
) -> list[OpenLine]:
    """The lines still to ship of the given orders, or of every shippable order of a customer."""
    require(actor, Permission.ORDER_VIEW)
    O, L = SalesOrder, SalesOrderLine  # noqa: E741
    stmt = (select(O, L, Item, Customer).join(L, L.order_id == O.id).join(Item, Item.id == L.item_id)
            .join(Customer, Customer.id == O.customer_id)
            .where(O.status.in_(SHIPPABLE), L.qty - L.shipped_qty - L.short_closed_qty > 0)
            .order_by(O.number, L.line_no))
    if order_ids is not None:
        stmt = stmt.where(O.id.in_(order_ids))
    if customer_id is not None:
        stmt = stmt.where(O.customer_id == customer_id)
    return [
        OpenLine(o.id, o.number, o.version, o.customer_id, c.name, ln.id, ln.line_no, it.id, it.code, it.name,
                 it.unit, ln.qty, ln.shipped_qty, ln.short_closed_qty, open_qty(ln),
                 ln.promised_date or o.promised_date)
        for o, ln, it, c in session.execute(stmt)
    ]


def on_hand_at(session: Session, actor: Actor, item_ids: list[uuid.UUID], location_id: uuid.UUID
               ) -> dict[uuid.UUID, Decimal]:
    """What each item has at the location now: the ship dialog's default is min(open, this)."""
    require(actor, Permission.STOCK_VIEW)
    return {item_id: ledger.on_hand(session, item_id, location_id) for item_id in set(item_ids)}


def get_shipment(session: Session, actor: Actor, shipment_id: uuid.UUID) -> ShipmentView:
    require(actor, Permission.ORDER_VIEW)
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFound("no shipment {shipment_id}", field="shipment_id", shipment_id=shipment_id)
    return _view(session, shipment)


def find_shipment_id(session: Session, number: str) -> uuid.UUID | None:
    return session.scalar(select(Shipment.id).where(Shipment.number == number.strip()))


def line_shipments(session: Session, actor: Actor, order_line_id: uuid.UUID) -> list[LineShipment]:
    """The shipments of one order line, oldest first, with what reversals took back."""
    require(actor, Permission.ORDER_VIEW)
    rows = session.execute(
        select(Shipment.id, Shipment.number, Shipment.ship_date, ShipmentLine.qty, ShipmentLine.move_id)
        .join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
        .where(ShipmentLine.order_line_id == order_line_id)
        .order_by(Shipment.shipped_at, Shipment.number)
    ).all()
    reversed_ = _reversed(session, [r.move_id for r in rows])
    return [LineShipment(r.id, r.number, r.ship_date, r.qty, reversed_.get(r.move_id, Decimal(0))) for r in rows]


def _reversed(session: Session, move_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    if not move_ids:
        return {}
    return {
        orig: qty for orig, qty in session.execute(
            select(StockMove.reversal_of_id, StockMove.qty).where(StockMove.reversal_of_id.in_(move_ids)))
    }


def _view(session: Session, shipment: Shipment, replayed: bool = False) -> ShipmentView:
    customer = session.get(Customer, shipment.customer_id)
    location = session.get(Location, shipment.location_id)
    poster = session.get(AppUser, shipment.posted_by_id) if shipment.posted_by_id else None
    rows = session.execute(
        select(ShipmentLine, SalesOrderLine, SalesOrder, Item)
        .join(SalesOrderLine, SalesOrderLine.id == ShipmentLine.order_line_id)
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Item, Item.id == ShipmentLine.item_id)
        .where(ShipmentLine.shipment_id == shipment.id).order_by(ShipmentLine.line_no)
    ).all()
    reversed_ = _reversed(session, [sl.move_id for sl, *_ in rows])
    return ShipmentView(
        id=shipment.id, number=shipment.number, customer_code=customer.code, customer_name=customer.name,
        customer_contact=customer.contact, customer_phone=customer.phone, customer_address=customer.address,
        location_code=location.code, location_name=location.name, ship_date=shipment.ship_date,
        shipped_at=shipment.shipped_at, posted_by=(poster.display_name or poster.username) if poster else None,
        note=shipment.note, replayed=replayed,
        lines=[ShipmentLineView(sl.line_no, ln.id, o.id, o.number, ln.line_no, o.customer_po, it.code, it.name,
                                it.spec, it.unit, sl.qty, reversed_.get(sl.move_id, Decimal(0)))
               for sl, ln, o, it in rows],
    )


# -- posting --------------------------------------------------------------------------------


def post_shipment(
    session: Session, actor: Actor, lines: list[ShipLineInput], location_id: uuid.UUID, *,
    shipped_at: dt.datetime | None = None, note: str | None = None, op_id: uuid.UUID | None = None,
    number: str | None = None,
) -> ShipmentView:
    """Ship open quantities of order lines of one customer from one location, as one
    document. Over-shipment and shipping more than the location holds are refused; a line
    whose last open quantity ships gets the shipment's date as its delivery date.
    `number` is for imports of a factory's history (its own 发货单号); otherwise FH-yyyy-nnnnn."""
    require(actor, Permission.STOCK_SHIP)
    if op_id is not None and (done := session.scalar(select(Shipment).where(Shipment.op_id == op_id))):
        return _view(session, done, replayed=True)
    if not lines:
        raise ValidationError("choose at least one line to ship", field="lines")
    if shipped_at is None:
        shipped_at = dt.datetime.now(dt.UTC)
    elif shipped_at.tzinfo is None:
        raise ValidationError("needs a time zone", field="shipped_at")
    if session.get(Location, location_id) is None:
        raise NotFound("no location {location_id}", field="location_id", location_id=location_id)
    ship_date = shipped_at.astimezone(settings.factory_tz(session)).date()

    seen: set[uuid.UUID] = set()
    picked: list[tuple[SalesOrderLine, SalesOrder, Decimal]] = []
    for n, inp in enumerate(lines, start=1):
        where = f"lines[{n}]"
        line = session.get(SalesOrderLine, inp.order_line_id)
        if line is None:
            raise NotFound("no sales order line {order_line_id}", field=f"{where}.order_line_id", order_line_id=inp.order_line_id)
        if line.id in seen:
            raise ValidationError("the same order line is listed twice", field=f"{where}.order_line_id")
        seen.add(line.id)
        order = session.get(SalesOrder, line.order_id)
        if order.status not in SHIPPABLE:
            raise ValidationError("a {status} order cannot be shipped", field=f"{where}.status",
                                  order=order.number, status=order.status.value)
        if picked and order.customer_id != picked[0][1].customer_id:
            raise ValidationError("one shipment goes to one customer", field=f"{where}.order_line_id",
                                  order=order.number)
        qty = exact(Qty, inp.qty, f"{where}.qty")
        if qty <= 0:
            raise ValidationError("quantity must be greater than zero", field=f"{where}.qty")
        left = open_qty(line)
        if qty > left:
            raise ValidationError("only {open_qty} left to ship on {order}/{line_no}",
                                  field=f"{where}.qty", open_qty=left, order=order.number, line_no=line.line_no)
        picked.append((line, order, qty))

    number = (number or "").strip() or numbering.next_number(session, "FH", ship_date.year)
    if session.scalar(select(Shipment.id).where(Shipment.number == number)):
        raise ValidationError("shipment number {number} exists already", field="number", number=number)
    shipment = Shipment(id=uuid.uuid4(), number=number, customer_id=picked[0][1].customer_id,
                        location_id=location_id, shipped_at=shipped_at, ship_date=ship_date,
                        posted_by_id=actor.user_id, op_id=op_id, note=(note or "").strip() or None)
    op_ids = [None] * len(picked) if op_id is None else [uuid.uuid5(op_id, str(n)) for n in range(len(picked))]
    with session.begin_nested():  # a refused move (no stock) leaves nothing behind
        moves = ledger.post_moves(session, actor, [
            ledger.MoveRequest(item_id=line.item_id, location_id=location_id, qty=-qty,
                               move_type=MoveType.SHIPMENT, moved_at=shipped_at, ref_type=REF_SALES_LINE,
                               ref_id=line.id, ref_number=number, op_id=mid)
            for (line, _order, qty), mid in zip(picked, op_ids, strict=True)
        ])
        session.add(shipment)
        session.flush()
        for n, ((line, _order, qty), move) in enumerate(zip(picked, moves, strict=True), start=1):
            session.add(ShipmentLine(id=uuid.uuid4(), shipment_id=shipment.id, line_no=n, order_line_id=line.id,
                                     item_id=line.item_id, qty=qty, move_id=move.id))
            line.shipped_qty += qty
            if open_qty(line) == 0:
                line.delivered_date = ship_date
        for order in {o.id: o for _l, o, _q in picked}.values():
            sync_order_status(session, actor, order, note=number)
        session.flush()
    return _view(session, shipment)


def close_line_short(
    session: Session, actor: Actor, order_line_id: uuid.UUID, expected_version: int, reason: str,
) -> None:
    """Close what is left of a line that will never ship (客户取消余量, 停产...), with a reason.
    `expected_version` is the order's version the user saw."""
    require(actor, Permission.ORDER_EDIT)
    line = session.get(SalesOrderLine, order_line_id)
    if line is None:
        raise NotFound("no sales order line {order_line_id}", field="order_line_id", order_line_id=order_line_id)
    order = session.get(SalesOrder, line.order_id)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    if not (reason or "").strip():
        raise ValidationError("closing a line short needs a reason", field="reason")
    if order.status not in SHIPPABLE - {OrderStatus.SHIPPED}:
        raise ValidationError("a {status} order has nothing to close short", field="status",
                              status=order.status.value)
    left = open_qty(line)
    if left <= 0:
        raise ValidationError("line {line_no} has nothing left to ship", field="order_line_id", line_no=line.line_no)
    line.short_closed_qty += left
    line.close_reason = reason.strip()
    line.delivered_date = _last_ship_date(session, line.id) if line.shipped_qty > 0 else None
    order.updated_at = dt.datetime.now(dt.UTC)  # the document changed: a new version
    sync_order_status(session, actor, order, note=f"line {line.line_no} closed short: {reason.strip()}")
    session.flush()


def _last_ship_date(session: Session, line_id: uuid.UUID) -> dt.date | None:
    return session.scalar(
        select(func.max(Shipment.ship_date)).join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
        .where(ShipmentLine.order_line_id == line_id)
    )


def after_reversal(session: Session, actor: Actor, line: SalesOrderLine, qty: Decimal) -> None:
    """A shipment move of `line` was reversed (qty > 0 came back): the line and the order follow."""
    order = session.get(SalesOrder, line.order_id)
    if order.status not in SHIPPABLE:
        raise ValidationError(
            "the order is {status}: its shipments can no longer be reversed", field="status",
            status=order.status.value)
    line.shipped_qty -= qty
    line.delivered_date = None if open_qty(line) > 0 else line.delivered_date
    sync_order_status(session, actor, order, note="shipment reversed")


def sync_order_status(session: Session, actor: Actor, order: SalesOrder, *, note: str | None = None) -> None:
    """Set the order's status from its lines' shipped and closed-short quantities."""
    lines = order.lines
    shipped = any(ln.shipped_qty > 0 for ln in lines)
    all_done = bool(lines) and all(open_qty(ln) <= 0 for ln in lines)
    if all_done:
        target = OrderStatus.SHIPPED if shipped else OrderStatus.CLOSED
    elif shipped:
        target = OrderStatus.PARTIALLY_SHIPPED
    else:
        target = _status_before_shipping(session, order)
    if target != order.status:
        session.add(OrderStatusChange(order_id=order.id, from_status=order.status, to_status=target,
                                      changed_by_id=actor.user_id, note=note))
        order.status = target


def _status_before_shipping(session: Session, order: SalesOrder) -> OrderStatus:
    if order.status in BEFORE_SHIPPING:
        return order.status
    history = session.scalars(
        select(OrderStatusChange.to_status).where(OrderStatusChange.order_id == order.id,
                                                  OrderStatusChange.to_status.in_(BEFORE_SHIPPING))
        .order_by(OrderStatusChange.changed_at.desc(), OrderStatusChange.id.desc()).limit(1)
    ).first()
    return history or OrderStatus.CONFIRMED
