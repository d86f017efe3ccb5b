"""The stock ledger: every change of stock is an appended move; on-hand is derived.

post_moves() writes the moves and updates stock_balance in the same transaction with an
atomic `qty = qty + delta` (no read-modify-write, so concurrent posts cannot lose updates).
A location marked non_negative refuses a move that would take it below zero unless the
setting inventory.allow_negative is on. stock_month (net, shipped and issued per factory
month and item, services/stock_month.py) is kept the same way, in the same savepoint.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, insert, literal, select, text, update
from sqlalchemy.orm import Session

from sopdesk.db.dialect import upsert_insert
from sopdesk.models import Item, Location, MoveType, StockBalance, StockMonth, StockMove, StockTotal
from sopdesk.models.types import Price, Qty, UTCDateTime

from . import settings, stock_value
from .errors import InsufficientStock, NotFound, ValidationError
from .permissions import Actor, Permission, require
from .stock_month import month_key
from .validation import exact

MOVE_PERMISSION = {
    MoveType.RECEIPT: Permission.STOCK_RECEIVE,
    MoveType.TRANSFER: Permission.STOCK_RECEIVE,
    MoveType.ISSUE: Permission.STOCK_PRODUCTION,
    MoveType.OUTPUT: Permission.STOCK_PRODUCTION,
    MoveType.SHIPMENT: Permission.STOCK_SHIP,
    MoveType.ADJUSTMENT: Permission.STOCK_ADJUST,
    MoveType.COUNT: Permission.STOCK_ADJUST,
    MoveType.OPENING: Permission.STOCK_ADJUST,
}
POSITIVE_ONLY = {MoveType.RECEIPT, MoveType.OUTPUT}
NEGATIVE_ONLY = {MoveType.ISSUE, MoveType.SHIPMENT}
NEEDS_REASON = {MoveType.ADJUSTMENT}


@dataclass(frozen=True)
class MoveRequest:
    item_id: uuid.UUID
    location_id: uuid.UUID
    qty: Decimal  # signed: + into the location, - out of it
    move_type: MoveType
    moved_at: dt.datetime | None = None
    unit_cost: Decimal | None = None
    ref_type: str | None = None
    ref_id: uuid.UUID | None = None
    ref_number: str | None = None
    reason: str | None = None
    op_id: uuid.UUID | None = None


def _validate(req: MoveRequest, index: int) -> Decimal:
    where = f"moves[{index}]"
    qty = exact(Qty, req.qty, f"{where}.qty")
    if qty == 0:
        raise ValidationError("quantity must not be zero", field=f"{where}.qty")
    if req.move_type in POSITIVE_ONLY and qty < 0:
        raise ValidationError("a {move_type} adds stock: quantity must be positive", field=f"{where}.qty", move_type=req.move_type.value)
    if req.move_type in NEGATIVE_ONLY and qty > 0:
        raise ValidationError("a {move_type} takes stock out: quantity must be negative", field=f"{where}.qty", move_type=req.move_type.value)
    if req.move_type in NEEDS_REASON and not (req.reason or "").strip():
        raise ValidationError("an adjustment needs a reason", field=f"{where}.reason")
    if req.moved_at is not None and req.moved_at.tzinfo is None:
        raise ValidationError("moved_at needs a time zone", field=f"{where}.moved_at")
    if req.unit_cost is not None:
        # checked here so a bad cost is a ValidationError naming the field, not a bare
        # ValueError from the column type at flush time
        exact(Price, req.unit_cost, f"{where}.unit_cost")
    return qty


def _same_move(done: StockMove, req: MoveRequest, qty: Decimal) -> bool:
    return (done.item_id, done.location_id, done.qty, done.move_type) == (
        req.item_id, req.location_id, qty, req.move_type,
    )


def post_moves(session: Session, actor: Actor, requests: Sequence[MoveRequest]) -> list[StockMove]:
    """Append moves and update balances; all or nothing (the caller owns the transaction)."""
    for req in requests:
        require(actor, MOVE_PERMISSION[req.move_type])
    quantities = [_validate(r, i) for i, r in enumerate(requests)]
    now = dt.datetime.now(dt.UTC)

    moves: list[StockMove] = []  # one per request, a retried op's earlier move included
    created: list[StockMove] = []  # the moves this call appends
    deltas: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = defaultdict(Decimal)
    latest: dict[tuple[uuid.UUID, uuid.UUID], dt.datetime] = {}
    # op_id -> move, for ops seen in this batch: the same op twice in one upload is applied
    # once (without this the second insert failed on the unique op_id with an IntegrityError)
    by_op: dict[uuid.UUID, StockMove] = {}
    for index, (req, qty) in enumerate(zip(requests, quantities, strict=True)):
        if req.op_id is not None:
            done = by_op.get(req.op_id) or session.scalar(
                select(StockMove).where(StockMove.op_id == req.op_id)
            )
            if done is not None:  # a retried offline upload: applied already
                if not _same_move(done, req, qty):
                    # an op_id names one operation: reusing it for a different move would
                    # silently drop that move
                    raise ValidationError(
                        "op_id {op_id} was already used for a different move",
                        field=f"moves[{index}].op_id", op_id=req.op_id,
                    )
                moves.append(done)
                continue
        move = StockMove(
            id=uuid.uuid4(), item_id=req.item_id, location_id=req.location_id, qty=qty,
            move_type=req.move_type, moved_at=req.moved_at or now, posted_at=now,
            posted_by_id=actor.user_id, unit_cost=req.unit_cost, ref_type=req.ref_type,
            ref_id=req.ref_id, ref_number=req.ref_number, reason=req.reason, op_id=req.op_id,
        )
        moves.append(move)
        created.append(move)
        if req.op_id is not None:
            by_op[req.op_id] = move
        key = (req.item_id, req.location_id)
        deltas[key] += qty
        latest[key] = max(latest.get(key, move.moved_at), move.moved_at)

    item_costs = _check_references(session, deltas.keys())
    allow_negative = bool(settings.get(session, "inventory.allow_negative"))
    # A savepoint: a refused move leaves nothing behind even if the caller carries on.
    with session.begin_nested():
        session.add_all(created)
        session.flush()
        for (item_id, location_id), delta in deltas.items():
            _apply_delta(session, item_id, location_id, delta, latest[(item_id, location_id)], allow_negative)
        _apply_item_totals(session, deltas)
        _apply_month_deltas(session, created, item_costs)
    return moves


def _check_references(session: Session, keys: Iterable[tuple[uuid.UUID, uuid.UUID]]) -> dict:
    """NotFound for an unknown item or location; returns the items' costs and kinds (read
    for valuing the moves, stock_value.costs)."""
    keys = list(keys)
    item_ids = {k[0] for k in keys}
    loc_ids = {k[1] for k in keys}
    item_costs = stock_value.costs(session, item_ids)
    for missing in item_ids - item_costs.keys():
        raise NotFound("no item {missing}", field="item_id", missing=missing)
    found_locs = set(session.scalars(select(Location.id).where(Location.id.in_(loc_ids)))) if loc_ids else set()
    for missing in loc_ids - found_locs:
        raise NotFound("no location {missing}", field="location_id", missing=missing)
    return item_costs


def _apply_delta(session, item_id, location_id, delta: Decimal, moved_at, allow_negative: bool) -> None:
    ins = upsert_insert(session)(StockBalance).values(
        item_id=item_id, location_id=location_id, qty=Decimal(0), last_move_at=moved_at
    ).on_conflict_do_nothing()
    session.execute(ins)
    # Bind the time as the column type: a bare datetime inside max()/greatest() is bound as
    # a plain DateTime, which on SQLite drops the time zone without converting to UTC, so a
    # move at 10:00+08:00 set last_move_at to 10:00 UTC (eight hours late).
    at = literal(moved_at, UTCDateTime())
    stmt = (
        update(StockBalance)
        .where(StockBalance.item_id == item_id, StockBalance.location_id == location_id)
        .values(
            qty=StockBalance.qty + delta,
            last_move_at=func.coalesce(
                func.max(StockBalance.last_move_at, at)
                if session.bind.dialect.name == "sqlite"
                else func.greatest(StockBalance.last_move_at, at),
                at,
            ),
        )
    )
    enforce = delta < 0 and not allow_negative and session.scalar(
        select(Location.non_negative).where(Location.id == location_id)
    )
    if enforce:
        stmt = stmt.where(StockBalance.qty + delta >= 0)
    result = session.execute(stmt.execution_options(synchronize_session=False))
    if result.rowcount == 0:
        have = session.scalar(
            select(StockBalance.qty).where(
                StockBalance.item_id == item_id, StockBalance.location_id == location_id
            )
        )
        code = session.scalar(select(Item.code).where(Item.id == item_id))
        loc = session.scalar(select(Location.code).where(Location.id == location_id))
        raise InsufficientStock(
            "{item} at {location}: on hand {on_hand}, move of {delta} would make it negative",
            field="qty", item=code, location=loc, on_hand=have, delta=delta,
        )


def _apply_item_totals(session: Session, deltas: dict[tuple[uuid.UUID, uuid.UUID], Decimal]) -> None:
    """Add the batch's deltas to stock_total, one atomic upsert row per item, sorted (the
    same lock order for every writer)."""
    per_item: dict[uuid.UUID, Decimal] = defaultdict(Decimal)
    for (item_id, _location_id), delta in deltas.items():
        per_item[item_id] += delta
    rows = [dict(item_id=item_id, qty=qty) for item_id, qty in sorted(per_item.items(), key=lambda kv: kv[0].int)]
    for start in range(0, len(rows), MONTH_ROWS_PER_STATEMENT):
        ins = upsert_insert(session)(StockTotal).values(rows[start:start + MONTH_ROWS_PER_STATEMENT])
        session.execute(ins.on_conflict_do_update(index_elements=[StockTotal.item_id],
                                                  set_=dict(qty=StockTotal.qty + ins.excluded.qty)))


def rebuild_item_totals(session: Session) -> None:
    """stock_total from stock_balance, for writers that fill stock_balance in bulk (the demo
    generator, benchmarks); the ledger keeps it move by move."""
    session.execute(delete(StockTotal).execution_options(synchronize_session=False))
    session.execute(insert(StockTotal).from_select(
        ["item_id", "qty"], select(StockBalance.item_id, func.sum(StockBalance.qty)).group_by(StockBalance.item_id)))


def _apply_month_deltas(session: Session, moves: Sequence[StockMove], item_costs: dict | None = None) -> None:
    """Add the moves (inserted already) to stock_month: per (month, item) of the batch, one
    upsert row with an atomic `net = net + delta` (likewise shipped and issued).

    The factory time zone is read fresh, after the table's lock: on PostgreSQL the posting
    takes ROW EXCLUSIVE on stock_month first, which a time-zone change
    (stock_month.rebuild_stock_month, SHARE) waits for or holds back, so a post that waited
    reads the new zone here, not one this session loaded before."""
    if not moves:
        return
    if session.bind.dialect.name == "postgresql":
        session.execute(text("LOCK TABLE stock_month IN ROW EXCLUSIVE MODE"))
    tz = settings.factory_tz(session, fresh=True)
    sums: dict[tuple[int, uuid.UUID], list[Decimal]] = {}
    for m in moves:
        row = sums.setdefault((month_key(m.moved_at, tz), m.item_id), [Decimal(0)] * 3)
        row[0] += m.qty
        if m.move_type == MoveType.SHIPMENT:
            row[1] += m.qty
        elif m.move_type == MoveType.ISSUE:
            row[2] += m.qty
    # Sorted, so two writers touching the same rows lock them in the same order (PostgreSQL
    # would otherwise be free to deadlock them). ON CONFLICT DO UPDATE is atomic on both
    # databases: the row is inserted, or the existing one incremented, never read first.
    rows = [dict(month=month, item_id=item_id, net=net, shipped=shipped, issued=issued)
            for (month, item_id), (net, shipped, issued) in sorted(sums.items(), key=_month_order)]
    for start in range(0, len(rows), MONTH_ROWS_PER_STATEMENT):
        ins = upsert_insert(session)(StockMonth).values(rows[start:start + MONTH_ROWS_PER_STATEMENT])
        ins = ins.on_conflict_do_update(
            index_elements=[StockMonth.month, StockMonth.item_id],
            set_=dict(net=StockMonth.net + ins.excluded.net,
                      shipped=StockMonth.shipped + ins.excluded.shipped,
                      issued=StockMonth.issued + ins.excluded.issued),
        )
        session.execute(ins)
    stock_value.add(session, sums, item_costs)  # the same deltas valued, per month and kind of item


# 5 parameters a row: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters
MONTH_ROWS_PER_STATEMENT = 1000


def _month_order(entry):
    (month, item_id), _ = entry
    return month, item_id.int


def reverse_move(session: Session, actor: Actor, move_id: uuid.UUID, reason: str) -> StockMove:
    """Cancel a move by appending its opposite; the original stays as it was."""
    original = session.get(StockMove, move_id)
    if original is None:
        raise NotFound("no stock move {move_id}", field="move_id", move_id=move_id)
    if original.reversal_of_id is not None:
        raise ValidationError("a reversal cannot itself be reversed", field="move_id")
    if session.scalar(select(StockMove.id).where(StockMove.reversal_of_id == move_id)):
        raise ValidationError("this move has been reversed already", field="move_id")
    if not (reason or "").strip():
        raise ValidationError("a reversal needs a reason", field="reason")
    require(actor, MOVE_PERMISSION[original.move_type])
    counter = StockMove(
        id=uuid.uuid4(), item_id=original.item_id, location_id=original.location_id,
        qty=-original.qty, move_type=original.move_type, moved_at=dt.datetime.now(dt.UTC),
        posted_by_id=actor.user_id, unit_cost=original.unit_cost, ref_type=original.ref_type,
        ref_id=original.ref_id, ref_number=original.ref_number, reversal_of_id=original.id,
        reason=reason,
    )
    allow_negative = bool(settings.get(session, "inventory.allow_negative"))
    with session.begin_nested():
        session.add(counter)
        session.flush()
        _apply_delta(session, counter.item_id, counter.location_id, counter.qty, counter.moved_at, allow_negative)
        _apply_item_totals(session, {(counter.item_id, counter.location_id): counter.qty})
        _apply_month_deltas(session, [counter])
    return counter


def on_hand(
    session: Session, item_id: uuid.UUID, location_id: uuid.UUID | None = None,
    as_of: dt.datetime | None = None,
) -> Decimal:
    """Current on-hand from the balance table; as of a past moment, the sum of moves."""
    if as_of is None:
        stmt = select(func.coalesce(func.sum(StockBalance.qty), 0)).where(StockBalance.item_id == item_id)
        if location_id is not None:
            stmt = stmt.where(StockBalance.location_id == location_id)
    else:
        stmt = select(func.coalesce(func.sum(StockMove.qty), 0)).where(
            StockMove.item_id == item_id, StockMove.moved_at <= as_of
        )
        if location_id is not None:
            stmt = stmt.where(StockMove.location_id == location_id)
    return _as_qty(session.scalar(stmt))


def _as_qty(value) -> Decimal:
    # coalesce(sum, 0) loses the column type when the sum is NULL; normalise either way
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.0001"))
    return Decimal(value or 0).quantize(Decimal("0.0001"))


def post_count(
    session: Session, actor: Actor, location_id: uuid.UUID, counted: dict[uuid.UUID, Decimal],
    counted_at: dt.datetime | None = None, reason: str = "stock count",
) -> list[StockMove]:
    """A stock count (盘点): posts counted - on_hand for each item as a COUNT move.

    With counted_at, on_hand is taken as of that moment: the count states what was there
    then, and moves dated after it still apply on top.
    """
    require(actor, Permission.STOCK_ADJUST)
    if counted_at is not None and counted_at.tzinfo is None:
        raise ValidationError("counted_at needs a time zone", field="counted_at")
    requests = []
    for item_id, qty in counted.items():
        qty = exact(Qty, qty, "counted")
        if qty < 0:
            raise ValidationError("a counted quantity cannot be negative", field="counted")
        # Compared with on-hand *as of counted_at*. Against the current balance, a
        # back-dated count also absorbed the moves dated after it: book 90 at 08:00, 20
        # issued at 10:00, count at 08:00 finds 100. Right: +10, leaving 80 now. Before: +30
        # (100 - 70), so the ledger said 100 now and 120 at 08:00.
        diff = qty - on_hand(session, item_id, location_id, as_of=counted_at)
        if diff != 0:
            requests.append(MoveRequest(item_id, location_id, diff, MoveType.COUNT,
                                        moved_at=counted_at, reason=reason))
    return post_moves(session, actor, requests) if requests else []
