"""Document-level stock operations, built on the ledger (services/ledger.py).

Each operation posts its moves with `ledger.post_moves` (which checks the role's permission
for each move type, the sign rules and negative stock) and updates its source document in
the same transaction. Nothing is committed here; everything runs in a savepoint, so a refused
operation leaves nothing behind even if the caller carries on.

| operation              | moves                              | document                          |
|------------------------|------------------------------------|-----------------------------------|
| issue_to_work_order    | ISSUE -qty per material            | work order released → in progress |
| report_output          | OUTPUT +good qty                   | work order good/scrap qty, finish |
| ship_order_line        | SHIPMENT -qty (services/shipping)  | shipment FH-yyyy-nnnnn, the line  |
| transfer               | TRANSFER -qty out, +qty in         | number TR-yyyy-nnnnn              |
| adjust                 | ADJUSTMENT ±qty, reason required   | number AJ-yyyy-nnnnn              |
| post_stock_count (盘点) | COUNT counted - book, per item     | number PD-yyyy-nnnnn              |
| reverse                | the opposite move(s)               | undoes the document's effect      |

Goods receipt against a purchase order line is `purchasing.receive_line`; `reverse` undoes it.

op_id is a client operation id: posting the same op_id again returns the moves of the first
post (`replayed=True`) and changes nothing. Operations with several moves give each move the
id uuid5(op_id, "n").
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import (
    Item,
    MoveType,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrderLine,
    StockMove,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.models.types import Qty

from . import ledger, numbering, settings
from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require
from .validation import exact

REF_WORK_ORDER = "work_order"
REF_SALES_LINE = "sales_order_line"
REF_PO_LINE = "purchase_order_line"
REF_TRANSFER = "transfer"
REF_ADJUSTMENT = "adjustment"
REF_COUNT = "stock_count"

WORKING_WO = frozenset({WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS})
PO_REVERSIBLE = frozenset({POStatus.CONFIRMED, POStatus.PARTIAL, POStatus.RECEIVED})


@dataclass(frozen=True)
class PostedMove:
    id: uuid.UUID
    item_id: uuid.UUID
    location_id: uuid.UUID
    qty: Decimal
    move_type: MoveType
    moved_at: dt.datetime
    ref_type: str | None
    ref_id: uuid.UUID | None
    ref_number: str | None
    reason: str | None
    reversal_of_id: uuid.UUID | None


@dataclass(frozen=True)
class StockOpResult:
    """What an operation posted: its document reference and the moves."""

    ref_type: str | None
    ref_id: uuid.UUID | None
    ref_number: str | None
    moves: tuple[PostedMove, ...]
    replayed: bool = False  # the op_id had been posted before: nothing new was written


@dataclass(frozen=True)
class IssueLine:
    item_id: uuid.UUID
    location_id: uuid.UUID
    qty: Decimal  # positive: the quantity taken out of stock


@dataclass(frozen=True)
class TransferLine:
    item_id: uuid.UUID
    qty: Decimal  # positive


@dataclass(frozen=True)
class CountLine:
    item_id: uuid.UUID
    book_qty: Decimal  # the ledger's on-hand at the count's moment
    counted_qty: Decimal
    difference: Decimal  # counted - book: what was posted (0: nothing posted)
    move_id: uuid.UUID | None


@dataclass(frozen=True)
class CountResult:
    ref_id: uuid.UUID
    ref_number: str
    location_id: uuid.UUID
    counted_at: dt.datetime | None  # None: counted against the current balance
    lines: tuple[CountLine, ...]
    moves: tuple[PostedMove, ...]


# -- helpers ------------------------------------------------------------------------------


def posted(move: StockMove) -> PostedMove:
    return PostedMove(
        id=move.id, item_id=move.item_id, location_id=move.location_id, qty=move.qty,
        move_type=move.move_type, moved_at=move.moved_at, ref_type=move.ref_type,
        ref_id=move.ref_id, ref_number=move.ref_number, reason=move.reason,
        reversal_of_id=move.reversal_of_id,
    )


def _result(moves: Sequence[StockMove], replayed: bool = False) -> StockOpResult:
    first = moves[0] if moves else None
    return StockOpResult(
        ref_type=first.ref_type if first else None, ref_id=first.ref_id if first else None,
        ref_number=first.ref_number if first else None,
        moves=tuple(posted(m) for m in moves), replayed=replayed,
    )


def _op_ids(op_id: uuid.UUID | None, count: int) -> list[uuid.UUID | None]:
    if op_id is None:
        return [None] * count
    if count == 1:
        return [op_id]
    return [uuid.uuid5(op_id, str(n)) for n in range(count)]


def _replay(session: Session, op_id: uuid.UUID | None) -> list[StockMove] | None:
    """The moves of an operation already posted under op_id, or None."""
    if op_id is None:
        return None
    single = session.scalar(select(StockMove).where(StockMove.op_id == op_id))
    if single is not None:
        return [single]
    derived: list[StockMove] = []
    while (move := session.scalar(
        select(StockMove).where(StockMove.op_id == uuid.uuid5(op_id, str(len(derived))))
    )) is not None:
        derived.append(move)
    return derived or None


def _qty(value, field: str, *, positive: bool = True) -> Decimal:
    qty = exact(Qty, value, field)
    if positive and qty <= 0:
        raise ValidationError("quantity must be greater than zero", field=field)
    if qty == 0:
        raise ValidationError("quantity must not be zero", field=field)
    return qty


def _moment(value: dt.datetime | None, field: str) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    if value.tzinfo is None:
        raise ValidationError("needs a time zone", field=field)
    return value


def _doc_number(session: Session, prefix: str, at: dt.datetime) -> str:
    return numbering.next_number(session, prefix, settings.factory_today(session, at).year)


def _work_order(session: Session, work_order_id: uuid.UUID) -> WorkOrder:
    wo = session.get(WorkOrder, work_order_id)
    if wo is None:
        raise NotFound("no work order {work_order_id}", field="work_order_id", work_order_id=work_order_id)
    return wo


# -- production ---------------------------------------------------------------------------


def issue_to_work_order(
    session: Session, actor: Actor, work_order_id: uuid.UUID, lines: Sequence[IssueLine],
    *, issued_at: dt.datetime | None = None, op_id: uuid.UUID | None = None, closed_ok: bool = False,
) -> StockOpResult:
    """Issue materials to a released work order (领料); the first issue starts it.
    closed_ok=True (an offline shop floor's physical fact, services/shop_floor) posts to a
    work order that is no longer open too, its status unchanged."""
    require(actor, Permission.STOCK_PRODUCTION)
    if (done := _replay(session, op_id)) is not None:
        return _result(done, replayed=True)
    wo = _work_order(session, work_order_id)
    if wo.status not in WORKING_WO and not closed_ok:
        raise ValidationError("a {status} work order cannot take materials", field="status", status=wo.status.value)
    if not lines:
        raise ValidationError("issue at least one material", field="lines")
    at = _moment(issued_at, "issued_at")
    requests = []
    for n, (line, move_op) in enumerate(zip(lines, _op_ids(op_id, len(lines)), strict=True)):
        qty = _qty(line.qty, f"lines[{n}].qty")
        if line.item_id == wo.item_id:
            raise ValidationError("a work order cannot consume its own product", field=f"lines[{n}].item_id")
        requests.append(ledger.MoveRequest(
            item_id=line.item_id, location_id=line.location_id, qty=-qty, move_type=MoveType.ISSUE,
            moved_at=at, ref_type=REF_WORK_ORDER, ref_id=wo.id, ref_number=wo.number, op_id=move_op,
        ))
    with session.begin_nested():
        moves = ledger.post_moves(session, actor, requests)
        if wo.status == WorkOrderStatus.RELEASED:
            wo.status = WorkOrderStatus.IN_PROGRESS
            session.flush()
    return _result(moves)


def report_output(
    session: Session, actor: Actor, work_order_id: uuid.UUID, good_qty: Decimal,
    location_id: uuid.UUID, *, scrap_qty: Decimal = Decimal(0), finish: bool = False,
    produced_at: dt.datetime | None = None, op_id: uuid.UUID | None = None, closed_ok: bool = False,
) -> StockOpResult:
    """Production output (完工入库): good quantity into stock at standard cost, good and scrap
    added to the work order. finish=True marks the work order done (actual_end = the
    factory's date of produced_at). Output beyond the planned quantity is accepted.
    closed_ok=True posts output to a work order that is no longer open (pieces made while the
    shop floor was offline): added to its quantities, its status left as it is."""
    require(actor, Permission.STOCK_PRODUCTION)
    if (done := _replay(session, op_id)) is not None:
        return _result(done, replayed=True)
    wo = _work_order(session, work_order_id)
    closed = wo.status not in WORKING_WO
    if closed and not closed_ok:
        raise ValidationError("a {status} work order cannot report output", field="status", status=wo.status.value)
    good = _qty(good_qty, "good_qty")
    scrap = exact(Qty, scrap_qty, "scrap_qty")
    if scrap < 0:
        raise ValidationError("scrap cannot be negative", field="scrap_qty")
    at = _moment(produced_at, "produced_at")
    cost = session.scalar(select(Item.standard_cost).where(Item.id == wo.item_id))
    with session.begin_nested():
        moves = ledger.post_moves(session, actor, [ledger.MoveRequest(
            item_id=wo.item_id, location_id=location_id, qty=good, move_type=MoveType.OUTPUT,
            moved_at=at, unit_cost=cost, ref_type=REF_WORK_ORDER, ref_id=wo.id,
            ref_number=wo.number, op_id=op_id,
        )])
        wo.good_qty += good
        wo.scrap_qty += scrap
        if not closed:
            wo.status = WorkOrderStatus.DONE if finish else WorkOrderStatus.IN_PROGRESS
        if finish and not closed:
            wo.actual_end = at.astimezone(settings.factory_tz(session)).date()
        session.flush()
    return _result(moves)


# -- shipping -----------------------------------------------------------------------------


def ship_order_line(
    session: Session, actor: Actor, line_id: uuid.UUID, qty: Decimal, location_id: uuid.UUID,
    *, shipped_at: dt.datetime | None = None, op_id: uuid.UUID | None = None,
) -> StockOpResult:
    """Ship against one sales order line (发货): a shipment document of one line
    (services/shipping.post_shipment, which ships several lines at once)."""
    from . import shipping

    if op_id is not None and (done := _replay(session, op_id)) is not None:
        return _result(done, replayed=True)
    view = shipping.post_shipment(session, actor, [shipping.ShipLineInput(line_id, qty)], location_id,
                                  shipped_at=shipped_at, op_id=op_id)
    moves = session.scalars(select(StockMove).where(StockMove.ref_number == view.number)).all()
    return _result(list(moves))


# -- warehouse ----------------------------------------------------------------------------


def transfer(
    session: Session, actor: Actor, from_location_id: uuid.UUID, to_location_id: uuid.UUID,
    lines: Sequence[TransferLine], *, moved_at: dt.datetime | None = None,
    note: str | None = None, op_id: uuid.UUID | None = None,
) -> StockOpResult:
    """Move stock between locations (移库): per item an out-leg and an in-leg, one number."""
    require(actor, Permission.STOCK_RECEIVE)
    if (done := _replay(session, op_id)) is not None:
        return _result(done, replayed=True)
    if from_location_id == to_location_id:
        raise ValidationError("choose two different locations", field="to_location_id")
    if not lines:
        raise ValidationError("transfer at least one item", field="lines")
    seen: set[uuid.UUID] = set()
    for n, line in enumerate(lines):
        if line.item_id in seen:
            raise ValidationError("the item is on the transfer twice", field=f"lines[{n}].item_id")
        seen.add(line.item_id)
    at = _moment(moved_at, "moved_at")
    doc_id = uuid.uuid4()
    number = _doc_number(session, "TR", at)
    ops = _op_ids(op_id, 2 * len(lines))
    requests = []
    for n, line in enumerate(lines):
        qty = _qty(line.qty, f"lines[{n}].qty")
        for sign, loc, move_op in ((-1, from_location_id, ops[2 * n]), (1, to_location_id, ops[2 * n + 1])):
            requests.append(ledger.MoveRequest(
                item_id=line.item_id, location_id=loc, qty=sign * qty, move_type=MoveType.TRANSFER,
                moved_at=at, ref_type=REF_TRANSFER, ref_id=doc_id, ref_number=number,
                reason=(note or "").strip() or None, op_id=move_op,
            ))
    return _result(ledger.post_moves(session, actor, requests))


def adjust(
    session: Session, actor: Actor, item_id: uuid.UUID, location_id: uuid.UUID, qty: Decimal,
    reason: str, *, moved_at: dt.datetime | None = None, op_id: uuid.UUID | None = None,
) -> StockOpResult:
    """A stock adjustment (库存调整): signed quantity, a reason is required."""
    require(actor, Permission.STOCK_ADJUST)
    if (done := _replay(session, op_id)) is not None:
        return _result(done, replayed=True)
    if not (reason or "").strip():
        raise ValidationError("an adjustment needs a reason", field="reason")
    qty = _qty(qty, "qty", positive=False)
    at = _moment(moved_at, "moved_at")
    number = _doc_number(session, "AJ", at)
    return _result(ledger.post_moves(session, actor, [ledger.MoveRequest(
        item_id=item_id, location_id=location_id, qty=qty, move_type=MoveType.ADJUSTMENT,
        moved_at=at, ref_type=REF_ADJUSTMENT, ref_id=uuid.uuid4(), ref_number=number,
        reason=reason.strip(), op_id=op_id,
    )]))


def post_stock_count(
    session: Session, actor: Actor, location_id: uuid.UUID, counted: Mapping[uuid.UUID, Decimal],
    *, counted_at: dt.datetime | None = None, note: str | None = None,
) -> CountResult:
    """A stock count (盘点) of some items at one location: for each, counted - book is
    posted as a COUNT move under one count number. With counted_at, the book quantity is
    the on-hand as of that moment (moves dated later still apply on top); without it, the
    current balance."""
    require(actor, Permission.STOCK_ADJUST)
    if counted_at is not None and counted_at.tzinfo is None:
        raise ValidationError("needs a time zone", field="counted_at")
    if not counted:
        raise ValidationError("count at least one item", field="counted")
    at = counted_at or dt.datetime.now(dt.UTC)
    number = _doc_number(session, "PD", at)
    doc_id = uuid.uuid4()
    reason = (note or "").strip() or f"stock count {number}"
    books: list[tuple[uuid.UUID, Decimal, Decimal]] = []
    requests = []
    for item_id, value in counted.items():
        qty = exact(Qty, value, f"counted[{item_id}]")
        if qty < 0:
            raise ValidationError("a counted quantity cannot be negative", field=f"counted[{item_id}]")
        book = ledger.on_hand(session, item_id, location_id, as_of=counted_at)
        books.append((item_id, book, qty))
        if qty != book:
            requests.append(ledger.MoveRequest(
                item_id=item_id, location_id=location_id, qty=qty - book, move_type=MoveType.COUNT,
                moved_at=counted_at, ref_type=REF_COUNT, ref_id=doc_id, ref_number=number, reason=reason,
            ))
    moves = ledger.post_moves(session, actor, requests) if requests else []
    by_item = {m.item_id: m for m in moves}
    lines = tuple(
        CountLine(item_id, book, qty, qty - book, by_item[item_id].id if item_id in by_item else None)
        for item_id, book, qty in books
    )
    return CountResult(doc_id, number, location_id, counted_at, lines, tuple(posted(m) for m in moves))


# -- reversal -----------------------------------------------------------------------------


def reverse(session: Session, actor: Actor, move_id: uuid.UUID, reason: str) -> StockOpResult:
    """Cancel a move by its counter-move and undo what it did to its document: a receipt
    comes off the PO line, a shipment off the order line, an output off the work order.
    Both legs of a transfer are reversed together."""
    require(actor, Permission.STOCK_VIEW)
    move = session.get(StockMove, move_id)
    if move is None:
        raise NotFound("no stock move {move_id}", field="move_id", move_id=move_id)
    targets = [move]
    if move.ref_type == REF_TRANSFER and move.reversal_of_id is None:
        targets = list(session.scalars(
            select(StockMove).where(StockMove.ref_id == move.ref_id, StockMove.item_id == move.item_id,
                                    StockMove.reversal_of_id.is_(None))
            .order_by(StockMove.qty)
        ))
    with session.begin_nested():
        counters = [ledger.reverse_move(session, actor, m.id, reason) for m in targets]
        _undo_document(session, actor, move)
    return _result(counters)


def _undo_document(session: Session, actor: Actor, move: StockMove) -> None:
    if move.ref_type == REF_PO_LINE and move.move_type == MoveType.RECEIPT:
        _undo_receipt(session, move)
    elif move.ref_type == REF_SALES_LINE and move.move_type == MoveType.SHIPMENT:
        from . import shipping

        shipping.after_reversal(session, actor, session.get(SalesOrderLine, move.ref_id), -move.qty)
        session.flush()
    elif move.ref_type == REF_WORK_ORDER and move.move_type == MoveType.OUTPUT:
        wo = session.get(WorkOrder, move.ref_id)
        if wo.status not in WORKING_WO:
            raise ValidationError(
                "the work order is {status}: its output can no longer be reversed", field="status", status=wo.status.value
            )
        wo.good_qty -= move.qty
        session.flush()


def _undo_receipt(session: Session, move: StockMove) -> None:
    line = session.get(PurchaseOrderLine, move.ref_id)
    po = session.get(PurchaseOrder, line.order_id)
    if po.status not in PO_REVERSIBLE:
        raise ValidationError(
            "the purchase order is {status}: its receipts can no longer be reversed", field="status", status=po.status.value
        )
    line.received_qty -= move.qty
    if line.received_qty < line.qty:
        line.actual_arrival_date = None
    if line.received_qty == 0:
        line.first_receipt_date = None
    received = [ln.received_qty for ln in po.lines]
    if all(ln.received_qty >= ln.qty for ln in po.lines):
        po.status = POStatus.RECEIVED
    elif any(received):
        po.status = POStatus.PARTIAL
    else:
        po.status = POStatus.CONFIRMED
    session.flush()
