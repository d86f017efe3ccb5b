"""Sales orders: create, edit (refusing stale saves), change status through the state machine.

The UI gets plain OrderView dataclasses, never live ORM objects.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from sopdesk.models import (
    AppUser,
    Customer,
    Item,
    OrderReviewTask,
    OrderStatus,
    OrderStatusChange,
    ReviewTaskStatus,
    SalesOrder,
    SalesOrderLine,
)
from sopdesk.models.types import Price, Qty

from . import numbering, settings
from .conflicts import conflict_error, touch_if_changed
from .errors import NotFound, ValidationError
from .order_states import EDITABLE, check_transition
from .permissions import Actor, Permission, require
from .validation import exact

CENT = Decimal("0.01")


@dataclass
class OrderLineInput:
    item_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal | None = None  # None: the item's sales price
    requested_date: dt.date | None = None
    promised_date: dt.date | None = None
    note: str | None = None
    line_id: uuid.UUID | None = None  # set when editing an existing line


@dataclass
class OrderInput:
    customer_id: uuid.UUID
    lines: list[OrderLineInput]
    order_date: dt.date | None = None  # None: today in the factory's time zone
    requested_date: dt.date | None = None
    promised_date: dt.date | None = None
    is_custom: bool = False
    customer_po: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class OrderLineView:
    id: uuid.UUID
    line_no: int
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    unit_price: Decimal
    amount: Decimal
    requested_date: dt.date | None
    promised_date: dt.date | None
    shipped_qty: Decimal
    delivered_date: dt.date | None
    note: str | None


@dataclass(frozen=True)
class OrderView:
    id: uuid.UUID
    number: str
    version: int
    customer_id: uuid.UUID
    customer_name: str
    order_date: dt.date
    requested_date: dt.date | None
    promised_date: dt.date | None
    is_custom: bool
    status: OrderStatus
    customer_po: str | None
    note: str | None
    salesperson: str | None
    updated_at: dt.datetime
    lines: list[OrderLineView] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))


def line_amount(qty: Decimal, unit_price: Decimal) -> Decimal:
    return (qty * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)


# -- reading ------------------------------------------------------------------------------


def _load(session: Session, order_id: uuid.UUID) -> SalesOrder:
    # One statement for the header and its lines: on PostgreSQL each statement sees the latest
    # commit, so a second query could pair the header's version with another PC's lines, and
    # a save from that mix would pass the version check.
    order = session.scalars(
        select(SalesOrder).options(joinedload(SalesOrder.lines)).where(SalesOrder.id == order_id)
    ).unique().one_or_none()
    if order is None:
        raise NotFound("no sales order {order_id}", field="order_id", order_id=order_id)
    return order


def get_order(session: Session, actor: Actor, order_id: uuid.UUID) -> OrderView:
    require(actor, Permission.ORDER_VIEW)
    return _view(session, _load(session, order_id))


def find_order_id(session: Session, number: str) -> uuid.UUID:
    oid = session.scalar(select(SalesOrder.id).where(SalesOrder.number == number.strip()))
    if oid is None:
        raise NotFound("no sales order {number}", field="number", number=number)
    return oid


def _view(session: Session, order: SalesOrder) -> OrderView:
    items = {
        i.id: i for i in session.scalars(select(Item).where(Item.id.in_({ln.item_id for ln in order.lines})))
    } if order.lines else {}
    customer = session.get(Customer, order.customer_id)
    salesperson = session.get(AppUser, order.salesperson_id) if order.salesperson_id else None
    lines = [
        OrderLineView(
            id=ln.id, line_no=ln.line_no, item_id=ln.item_id, item_code=items[ln.item_id].code,
            item_name=items[ln.item_id].name, unit=items[ln.item_id].unit, qty=ln.qty,
            unit_price=ln.unit_price, amount=line_amount(ln.qty, ln.unit_price),
            requested_date=ln.requested_date, promised_date=ln.promised_date,
            shipped_qty=ln.shipped_qty, delivered_date=ln.delivered_date, note=ln.note,
        )
        for ln in sorted(order.lines, key=lambda x: x.line_no)
    ]
    return OrderView(
        id=order.id, number=order.number, version=order.version, customer_id=order.customer_id,
        customer_name=customer.name if customer else "", order_date=order.order_date,
        requested_date=order.requested_date, promised_date=order.promised_date,
        is_custom=order.is_custom, status=order.status, customer_po=order.customer_po,
        note=order.note, salesperson=salesperson.display_name if salesperson else None,
        updated_at=order.updated_at, lines=lines,
    )


# -- validation ---------------------------------------------------------------------------


def _validate(session: Session, data: OrderInput) -> dict[uuid.UUID, Item]:
    customer = session.get(Customer, data.customer_id) if data.customer_id else None
    if customer is None:
        raise ValidationError("choose an existing customer", field="customer")
    if not customer.active:
        raise ValidationError("customer {name} is inactive", field="customer", name=customer.name)
    if not data.lines:
        raise ValidationError("an order needs at least one line", field="lines")
    order_date = data.order_date
    for name in ("requested_date", "promised_date"):
        value = getattr(data, name)
        if value is not None and order_date is not None and value < order_date:
            raise ValidationError("cannot be before the order date", field=name)
    ids = {ln.item_id for ln in data.lines}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(ids)))}
    for n, ln in enumerate(data.lines, start=1):
        item = items.get(ln.item_id)
        if item is None:
            raise ValidationError("unknown product", field=f"lines[{n}].item")
        if not item.active:
            raise ValidationError("{code} is inactive", field=f"lines[{n}].item", code=item.code)
        qty = exact(Qty, ln.qty, f"lines[{n}].qty")
        if qty <= 0:
            raise ValidationError("quantity must be greater than zero", field=f"lines[{n}].qty")
        if ln.unit_price is not None and exact(Price, ln.unit_price, f"lines[{n}].unit_price") < 0:
            raise ValidationError("price cannot be negative", field=f"lines[{n}].unit_price")
        for name in ("requested_date", "promised_date"):
            value = getattr(ln, name)
            if value is not None and order_date is not None and value < order_date:
                raise ValidationError("cannot be before the order date", field=f"lines[{n}].{name}")
    return items


# -- writing ------------------------------------------------------------------------------


def create_order(session: Session, actor: Actor, data: OrderInput) -> OrderView:
    require(actor, Permission.ORDER_EDIT)
    if data.order_date is None:
        data.order_date = settings.factory_today(session)
    items = _validate(session, data)
    order = SalesOrder(
        id=uuid.uuid4(),
        number=numbering.next_number(session, "SO", data.order_date.year),
        customer_id=data.customer_id, order_date=data.order_date,
        requested_date=data.requested_date, promised_date=data.promised_date,
        is_custom=data.is_custom, salesperson_id=actor.user_id, status=OrderStatus.DRAFT,
        customer_po=_clean(data.customer_po), note=_clean(data.note),
    )
    for n, ln in enumerate(data.lines, start=1):
        order.lines.append(_new_line(n, ln, items[ln.item_id]))
    session.add(order)
    session.flush()  # the history row refers to the order: insert the order first
    session.add(OrderStatusChange(order_id=order.id, from_status=None, to_status=OrderStatus.DRAFT,
                                  changed_by_id=actor.user_id))
    session.flush()
    return _view(session, order)


def _new_line(line_no: int, ln: OrderLineInput, item: Item) -> SalesOrderLine:
    return SalesOrderLine(
        id=uuid.uuid4(), line_no=line_no, item_id=ln.item_id, qty=Qty.to_decimal(ln.qty),
        unit_price=item.sales_price if ln.unit_price is None else Price.to_decimal(ln.unit_price),
        requested_date=ln.requested_date, promised_date=ln.promised_date, note=_clean(ln.note),
    )


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def update_order(
    session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int, data: OrderInput
) -> OrderView:
    """Save an edit made on version `expected_version`; ConflictError if someone saved since."""
    require(actor, Permission.ORDER_EDIT)
    order = _load(session, order_id)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    if order.status not in EDITABLE:
        raise ValidationError("a {status} order can no longer be edited", field="status", status=order.status.value)
    if data.order_date is None:
        data.order_date = order.order_date
    items = _validate(session, data)

    order.customer_id = data.customer_id
    order.order_date = data.order_date
    order.requested_date = data.requested_date
    order.promised_date = data.promised_date
    if order.is_custom != data.is_custom and order.status != OrderStatus.DRAFT:
        raise ValidationError("the custom flag can only change while the order is a draft", field="is_custom")
    order.is_custom = data.is_custom
    order.customer_po = _clean(data.customer_po)
    order.note = _clean(data.note)
    restructured = _merge_lines(order, data.lines, items)
    if order.status != OrderStatus.DRAFT and order.status != OrderStatus.IN_REVIEW and not _has_promise(order):
        raise ValidationError("a confirmed order keeps its promised date", field="promised_date")
    touch_if_changed(session, order, order.lines, restructured)
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(session, order)


def _merge_lines(order: SalesOrder, inputs: list[OrderLineInput], items: dict[uuid.UUID, Item]) -> bool:
    """Apply the edited lines; True when lines were added or removed."""
    restructured = False
    existing = {ln.id: ln for ln in order.lines}
    keep: set[uuid.UUID] = set()
    next_no = max((ln.line_no for ln in order.lines), default=0) + 1
    for n, inp in enumerate(inputs, start=1):
        if inp.line_id is not None and inp.line_id in existing:
            line = existing[inp.line_id]
            keep.add(line.id)
            qty = Qty.to_decimal(inp.qty)
            if qty < line.shipped_qty:
                raise ValidationError(
                    "line {line_no}: {shipped_qty} already shipped", field=f"lines[{n}].qty", line_no=line.line_no, shipped_qty=line.shipped_qty
                )
            if line.shipped_qty and inp.item_id != line.item_id:
                raise ValidationError(
                    "line {line_no} has shipments: its product cannot change", field=f"lines[{n}].item", line_no=line.line_no
                )
            line.item_id = inp.item_id
            line.qty = qty
            if inp.unit_price is not None:
                line.unit_price = Price.to_decimal(inp.unit_price)
            line.requested_date = inp.requested_date
            line.promised_date = inp.promised_date
            line.note = _clean(inp.note)
        else:
            order.lines.append(_new_line(next_no, inp, items[inp.item_id]))
            next_no += 1
            restructured = True
    for line_id, line in existing.items():
        if line_id not in keep:
            if line.shipped_qty:
                raise ValidationError("line {line_no} has shipments and cannot be removed", field="lines", line_no=line.line_no)
            order.lines.remove(line)
            restructured = True
    return restructured


def change_status(
    session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int,
    target: OrderStatus, note: str | None = None,
) -> OrderView:
    require(actor, Permission.ORDER_EDIT)
    order = _load(session, order_id)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    target = OrderStatus(target)
    check_transition(
        order.status, target, is_custom=order.is_custom,
        has_promised_date=_has_promise(order),
        reviews_complete=_reviews_complete(session, order.id),
    )
    session.add(OrderStatusChange(order_id=order.id, from_status=order.status, to_status=target,
                                  changed_by_id=actor.user_id, note=_clean(note)))
    order.status = target
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(session, order)


def _has_promise(order: SalesOrder) -> bool:
    """A promised date on the order, or on every line."""
    return order.promised_date is not None or (
        bool(order.lines) and all(ln.promised_date for ln in order.lines)
    )


def _reviews_complete(session: Session, order_id: uuid.UUID) -> bool:
    statuses = list(session.scalars(
        select(OrderReviewTask.status).where(
            OrderReviewTask.order_id == order_id, OrderReviewTask.status != ReviewTaskStatus.CANCELLED
        )
    ))
    return bool(statuses) and all(s == ReviewTaskStatus.ANSWERED for s in statuses)


def status_history(session: Session, actor: Actor, order_id: uuid.UUID) -> list[tuple]:
    """(changed_at, from, to, username, note) oldest first."""
    require(actor, Permission.ORDER_VIEW)
    rows = session.execute(
        select(OrderStatusChange.changed_at, OrderStatusChange.from_status, OrderStatusChange.to_status,
               AppUser.username, OrderStatusChange.note)
        .outerjoin(AppUser, AppUser.id == OrderStatusChange.changed_by_id)
        .where(OrderStatusChange.order_id == order_id)
        .order_by(OrderStatusChange.changed_at)
    )
    return [tuple(r) for r in rows]
