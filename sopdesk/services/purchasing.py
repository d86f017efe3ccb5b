"""Purchase orders: create, edit (refusing stale saves), confirm, cancel, receive lines,
close short; the supplier and item choices of the PO form. The PO list and its export are
in purchasing_list.py, POs made from shortage rows in po_from_shortage.py.

Only roles with po.edit (supply, manager, admin) change purchase orders; receiving goes
through the stock ledger so on-hand and the PO line's received quantity move together.
Status follows the receipts; closing short (the remainder will never arrive) is the one
explicit action, with a reason: each open line keeps its remainder as short_closed_qty, so
nothing counts on it any more (shortages, arrivals).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from sopdesk.models import (
    Item,
    MoveType,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    StockMove,
    Supplier,
)
from sopdesk.models.types import Price, Qty

from . import ledger, numbering, settings
from .conflicts import conflict_error, touch_if_changed
from .errors import NotFound, ValidationError
from .order_queries import Choice
from .permissions import Actor, Permission, require
from .validation import exact

EDITABLE = frozenset({POStatus.DRAFT, POStatus.CONFIRMED})
RECEIVABLE = frozenset({POStatus.CONFIRMED, POStatus.PARTIAL})
CLOSABLE = RECEIVABLE  # closed short: something arrived, the rest never will


@dataclass
class POLineInput:
    item_id: uuid.UUID
    qty: Decimal
    expected_date: dt.date
    unit_price: Decimal | None = None  # None: the item's standard cost
    note: str | None = None
    line_id: uuid.UUID | None = None


@dataclass
class POInput:
    supplier_id: uuid.UUID
    lines: list[POLineInput]
    order_date: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class POLineView:
    id: uuid.UUID
    line_no: int
    item_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal
    expected_date: dt.date
    received_qty: Decimal
    actual_arrival_date: dt.date | None
    short_closed_qty: Decimal = Decimal(0)
    close_reason: str | None = None
    note: str | None = None

    @property
    def open_qty(self) -> Decimal:
        return self.qty - self.received_qty - self.short_closed_qty


@dataclass(frozen=True)
class POView:
    id: uuid.UUID
    number: str
    version: int
    supplier_id: uuid.UUID
    order_date: dt.date
    status: POStatus
    note: str | None
    lines: list[POLineView] = field(default_factory=list)


def _view(po: PurchaseOrder) -> POView:
    return POView(
        po.id, po.number, po.version, po.supplier_id, po.order_date, po.status, po.note,
        [POLineView(ln.id, ln.line_no, ln.item_id, ln.qty, ln.unit_price, ln.expected_date,
                    ln.received_qty, ln.actual_arrival_date, ln.short_closed_qty, ln.close_reason, ln.note)
         for ln in sorted(po.lines, key=lambda x: x.line_no)],
    )


def _load(session: Session, po_id: uuid.UUID) -> PurchaseOrder:
    # One statement for the header and its lines: on PostgreSQL each statement sees the latest
    # commit, so a second query could pair the header's version with another PC's lines, and
    # a save from that mix would pass the version check.
    po = session.scalars(
        select(PurchaseOrder).options(joinedload(PurchaseOrder.lines)).where(PurchaseOrder.id == po_id)
    ).unique().one_or_none()
    if po is None:
        raise NotFound("no purchase order {po_id}", field="po_id", po_id=po_id)
    return po


def get_po(session: Session, actor: Actor, po_id: uuid.UUID) -> POView:
    require(actor, Permission.PO_VIEW)
    return _view(_load(session, po_id))


def _validate(session: Session, data: POInput) -> dict[uuid.UUID, Item]:
    supplier = session.get(Supplier, data.supplier_id) if data.supplier_id else None
    if supplier is None or not supplier.active:
        raise ValidationError("choose an active supplier", field="supplier")
    if not data.lines:
        raise ValidationError("a purchase order needs at least one line", field="lines")
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_({ln.item_id for ln in data.lines})))}
    for n, ln in enumerate(data.lines, start=1):
        if ln.item_id not in items:
            raise ValidationError("unknown item", field=f"lines[{n}].item")
        if exact(Qty, ln.qty, f"lines[{n}].qty") <= 0:
            raise ValidationError("quantity must be greater than zero", field=f"lines[{n}].qty")
        if ln.unit_price is not None and exact(Price, ln.unit_price, f"lines[{n}].unit_price") < 0:
            raise ValidationError("price cannot be negative", field=f"lines[{n}].unit_price")
        if ln.expected_date is None:
            raise ValidationError("an expected arrival date is needed", field=f"lines[{n}].expected_date")
        if data.order_date and ln.expected_date < data.order_date:
            raise ValidationError("cannot be before the order date", field=f"lines[{n}].expected_date")
    return items


def _line(n: int, ln: POLineInput, item: Item) -> PurchaseOrderLine:
    return PurchaseOrderLine(
        id=uuid.uuid4(), line_no=n, item_id=ln.item_id, qty=Qty.to_decimal(ln.qty),
        unit_price=item.standard_cost if ln.unit_price is None else Price.to_decimal(ln.unit_price),
        expected_date=ln.expected_date, note=(ln.note or "").strip() or None,
    )


def create_po(session: Session, actor: Actor, data: POInput) -> POView:
    require(actor, Permission.PO_EDIT)
    data.order_date = data.order_date or settings.factory_today(session)
    items = _validate(session, data)
    po = PurchaseOrder(
        id=uuid.uuid4(), number=numbering.next_number(session, "PO", data.order_date.year),
        supplier_id=data.supplier_id, order_date=data.order_date, buyer_id=actor.user_id,
        status=POStatus.DRAFT, note=(data.note or "").strip() or None,
    )
    po.lines = [_line(n, ln, items[ln.item_id]) for n, ln in enumerate(data.lines, start=1)]
    session.add(po)
    session.flush()
    return _view(po)


def update_po(session: Session, actor: Actor, po_id: uuid.UUID, expected_version: int, data: POInput) -> POView:
    require(actor, Permission.PO_EDIT)
    po = _load(session, po_id)
    if po.version != expected_version:
        raise conflict_error(session, po, expected_version)
    if po.status not in EDITABLE:
        raise ValidationError("a {status} purchase order can no longer be edited", field="status", status=po.status.value)
    data.order_date = data.order_date or po.order_date
    items = _validate(session, data)
    po.supplier_id, po.order_date = data.supplier_id, data.order_date
    po.note = (data.note or "").strip() or None
    restructured = False
    existing = {ln.id: ln for ln in po.lines}
    keep = set()
    next_no = max((ln.line_no for ln in po.lines), default=0) + 1
    for n, inp in enumerate(data.lines, start=1):
        line = existing.get(inp.line_id) if inp.line_id else None
        if line is None:
            po.lines.append(_line(next_no, inp, items[inp.item_id]))
            next_no += 1
            restructured = True
            continue
        keep.add(line.id)
        qty = Qty.to_decimal(inp.qty)
        if qty < line.received_qty:
            raise ValidationError("line {line_no}: {received_qty} already received", field=f"lines[{n}].qty",
                                  line_no=line.line_no, received_qty=line.received_qty)
        line.item_id, line.qty, line.expected_date = inp.item_id, qty, inp.expected_date
        if inp.unit_price is not None:
            line.unit_price = Price.to_decimal(inp.unit_price)
    for line_id, line in existing.items():
        if line_id not in keep:
            if line.received_qty:
                raise ValidationError("line {line_no} has receipts and cannot be removed", field="lines", line_no=line.line_no)
            po.lines.remove(line)
            restructured = True
    touch_if_changed(session, po, po.lines, restructured)
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(po)


def set_status(session: Session, actor: Actor, po_id: uuid.UUID, expected_version: int, target: POStatus) -> POView:
    """Confirm a draft, cancel an order with nothing received, or close a received one."""
    require(actor, Permission.PO_EDIT)
    po = _load(session, po_id)
    if po.version != expected_version:
        raise conflict_error(session, po, expected_version)
    target = POStatus(target)
    allowed = {
        POStatus.DRAFT: {POStatus.CONFIRMED, POStatus.CANCELLED},
        POStatus.CONFIRMED: {POStatus.CANCELLED, POStatus.CLOSED},
        POStatus.PARTIAL: {POStatus.CLOSED},
        POStatus.RECEIVED: {POStatus.CLOSED},
    }.get(po.status, set())
    if target not in allowed:
        raise ValidationError("a purchase order cannot go from {status} to {target}", field="status", status=po.status.value, target=target.value)
    if target == POStatus.CANCELLED and any(ln.received_qty for ln in po.lines):
        raise ValidationError("goods were received: close the order instead of cancelling it", field="status")
    if target == POStatus.CLOSED:
        for ln in po.lines:  # what was not received will not come: nothing counts on it any more
            ln.short_closed_qty = max(ln.qty - ln.received_qty, Decimal(0))
    po.status = target
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(po)


def receive_line(
    session: Session, actor: Actor, line_id: uuid.UUID, qty: Decimal, location_id: uuid.UUID,
    received_at: dt.datetime | None = None, op_id: uuid.UUID | None = None,
) -> POView:
    """Goods receipt against a PO line: a ledger receipt plus the line's received quantity
    and arrival dates, in one transaction. Over-receipt is refused."""
    require(actor, Permission.STOCK_RECEIVE)
    if op_id is not None and session.scalar(select(StockMove.id).where(StockMove.op_id == op_id)):
        return get_po(session, actor, session.get(PurchaseOrderLine, line_id).order_id)  # a retry
    line = session.get(PurchaseOrderLine, line_id)
    if line is None:
        raise NotFound("no purchase order line {line_id}", field="line_id", line_id=line_id)
    po = _load(session, line.order_id)
    if po.status not in RECEIVABLE:
        raise ValidationError("a {status} purchase order cannot be received", field="status", status=po.status.value)
    qty = exact(Qty, qty, "qty")
    if qty <= 0:
        raise ValidationError("received quantity must be greater than zero", field="qty")
    if line.received_qty + qty > line.qty:
        raise ValidationError(
            "only {value} still to receive on line {line_no}", field="qty", value=line.qty - line.received_qty, line_no=line.line_no
        )
    received_at = received_at or dt.datetime.now(dt.UTC)
    ledger.post_moves(session, actor, [ledger.MoveRequest(
        item_id=line.item_id, location_id=location_id, qty=qty, move_type=MoveType.RECEIPT,
        moved_at=received_at, unit_cost=line.unit_price, ref_type="purchase_order_line",
        ref_id=line.id, ref_number=f"{po.number}/{line.line_no}", op_id=op_id,
    )])
    day = received_at.astimezone(settings.factory_tz(session)).date()
    line.received_qty += qty
    line.first_receipt_date = line.first_receipt_date or day
    if line.received_qty == line.qty:
        line.actual_arrival_date = day
    done = all(ln.received_qty >= ln.qty for ln in po.lines)
    po.status = POStatus.RECEIVED if done else POStatus.PARTIAL
    session.flush()
    return _view(po)


def close_short(session: Session, actor: Actor, po_id: uuid.UUID, expected_version: int, reason: str) -> POView:
    """Close a partly received order short: every open line keeps its remainder as
    short_closed_qty with the reason, and the order is closed. An order with nothing
    received is cancelled instead (refused here, saying so)."""
    require(actor, Permission.PO_EDIT)
    po = _load(session, po_id)
    if po.version != expected_version:
        raise conflict_error(session, po, expected_version)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("give the reason the rest will not arrive", field="close_reason")
    if len(reason) > 300:
        raise ValidationError("at most 300 characters", field="close_reason")
    if po.status not in CLOSABLE:
        raise ValidationError("a {status} purchase order cannot be closed short", field="status", status=po.status.value)
    if not any(ln.received_qty for ln in po.lines):
        raise ValidationError("nothing was received: cancel the order instead of closing it short", field="status")
    for ln in po.lines:
        left = ln.qty - ln.received_qty - ln.short_closed_qty
        if left > 0:
            ln.short_closed_qty += left
            ln.close_reason = reason
    po.status = POStatus.CLOSED
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(po)


def can(status: POStatus, received_any: bool, action: str) -> bool:
    """Whether a PO in `status` (with something received or not) allows `action`:
    edit, confirm, cancel, close_short, receive. The services check the same rules."""
    return {
        "edit": status in EDITABLE,
        "confirm": status == POStatus.DRAFT,
        "cancel": status in (POStatus.DRAFT, POStatus.CONFIRMED) and not received_any,
        "close_short": status in CLOSABLE and received_any,
        "receive": status in RECEIVABLE,
    }[action]


def find_po(session: Session, actor: Actor, number: str) -> uuid.UUID | None:
    require(actor, Permission.PO_VIEW)
    return session.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == (number or "").strip()))


# -- choices for the PO form ----------------------------------------------------------------


@dataclass(frozen=True)
class SupplierChoice(Choice):
    lead_days: int = 0


def supplier_choices(session: Session, actor: Actor, include: uuid.UUID | None = None) -> list[SupplierChoice]:
    """Active suppliers by code, and `include` (the PO's own, even if inactive since)."""
    require(actor, Permission.PO_VIEW)
    stmt = select(Supplier.id, Supplier.code, Supplier.name, Supplier.lead_days).order_by(Supplier.code)
    cond = Supplier.active.is_(True)
    if include is not None:
        cond = or_(cond, Supplier.id == include)
    return [SupplierChoice(r[0], r[1], r[2], lead_days=r[3]) for r in session.execute(stmt.where(cond))]


def item_choices(session: Session, actor: Actor, include: list[uuid.UUID] = ()) -> list[Choice]:
    """Active items by code with their unit and standard cost (a new line's default price),
    and the items of `include` (the PO's own lines)."""
    require(actor, Permission.PO_VIEW)
    cond = Item.active.is_(True)
    if include:
        cond = or_(cond, Item.id.in_(list(include)))
    stmt = select(Item.id, Item.code, Item.name, Item.unit, Item.standard_cost).where(cond).order_by(Item.code)
    return [Choice(r[0], r[1], r[2], r[3], r[4]) for r in session.execute(stmt)]
