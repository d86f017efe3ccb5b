"""The stock ledger: permissions, validation, reversals, retries, append-only rows, exact sums.

Every test runs on SQLite and PostgreSQL (the `db` fixture). The property tests are in
test_ledger_property.py; the helpers here are shared with them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from sopdesk.models import (
    Item,
    ItemKind,
    Location,
    LocationKind,
    MoveType,
    Role,
    StockBalance,
    StockMove,
)
from sopdesk.services import ledger, settings
from sopdesk.services.errors import (
    InsufficientStock,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.ledger import MoveRequest
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")

# -- helpers shared with the property tests ----------------------------------------------


def new_item(s, prefix: str = "IT") -> Item:
    item = Item(code=f"{prefix}-{uuid.uuid4().hex[:10]}", name="test item", kind=ItemKind.RAW, unit="kg")
    s.add(item)
    s.flush()
    return item


def new_location(s, non_negative: bool = True, prefix: str = "L") -> Location:
    loc = Location(code=f"{prefix}-{uuid.uuid4().hex[:10]}", name="test location",
                   kind=LocationKind.RAW, non_negative=non_negative)
    s.add(loc)
    s.flush()
    return loc


def balance(s, item_id, location_id) -> Decimal | None:
    """The stock_balance row's qty (None: no row)."""
    return s.scalar(select(StockBalance.qty).where(
        StockBalance.item_id == item_id, StockBalance.location_id == location_id))


def move_count(s, item_ids=None) -> int:
    stmt = select(func.count()).select_from(StockMove)
    if item_ids is not None:
        stmt = stmt.where(StockMove.item_id.in_(list(item_ids)))
    return s.scalar(stmt)


def sums_by_key(s, item_ids) -> dict[tuple, Decimal]:
    """SUM(qty) of the moves per (item, location), by SQL GROUP BY."""
    rows = s.execute(
        select(StockMove.item_id, StockMove.location_id, func.sum(StockMove.qty))
        .where(StockMove.item_id.in_(list(item_ids)))
        .group_by(StockMove.item_id, StockMove.location_id)
    )
    return {(i, loc): q for i, loc, q in rows}


def balances_by_key(s, item_ids) -> dict[tuple, Decimal]:
    rows = s.execute(
        select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty)
        .where(StockBalance.item_id.in_(list(item_ids)))
    )
    return {(i, loc): q for i, loc, q in rows}


def set_allow_negative(db, actor, value: bool) -> None:
    with db.write(actor) as s:
        settings.set_value(s, actor, "inventory.allow_negative", value)


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def basics(db):
    return make_basics(db)


def _receive(db, b, qty, loc=None, item=None, **kw):
    sup = b[Role.SUPPLY]
    with db.write(sup) as s:
        return ledger.post_moves(s, sup, [MoveRequest(
            (item or b.material).id, (loc or b.raw_store).id, Decimal(qty), MoveType.RECEIPT, **kw)])


# -- permissions ----------------------------------------------------------------------------

ALL = set(MoveType)
EXPECTED_ALLOWED = {
    Role.SALES: set(),
    Role.SHOPFLOOR: {MoveType.ISSUE, MoveType.OUTPUT},  # 报工 and 领料 (services/shop_floor)
    Role.PRODUCTION: {MoveType.ISSUE, MoveType.OUTPUT},
    Role.SUPPLY: {MoveType.RECEIPT, MoveType.TRANSFER, MoveType.ADJUSTMENT, MoveType.COUNT,
                  MoveType.OPENING, MoveType.SHIPMENT},
    Role.MANAGER: ALL,
    Role.ADMIN: ALL,
}
# a quantity of the right sign for each type (issues and shipments take stock out)
SIGNED_QTY = {
    MoveType.RECEIPT: "3", MoveType.OUTPUT: "3", MoveType.ISSUE: "-3", MoveType.SHIPMENT: "-3",
    MoveType.TRANSFER: "-3", MoveType.ADJUSTMENT: "-3", MoveType.COUNT: "-3", MoveType.OPENING: "3",
}


def test_permission_table_matches_the_roles():
    """The written-down policy, independent of the table in ledger.py."""
    from sopdesk.services.permissions import ROLE_PERMISSIONS

    for role, allowed in EXPECTED_ALLOWED.items():
        derived = {mt for mt in MoveType if ledger.MOVE_PERMISSION[mt] in ROLE_PERMISSIONS[role]}
        assert derived == allowed, role
    assert set(ledger.MOVE_PERMISSION) == ALL  # every move type needs some permission


def test_each_role_may_post_exactly_its_move_types_counts_and_reversals(db, basics):
    b = basics
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [MoveRequest(b.material.id, b.raw_store.id, Decimal(1000),
                                                  MoveType.OPENING)])
    for role in Role:
        actor = b[role]
        for mt in MoveType:
            req = MoveRequest(b.material.id, b.raw_store.id, Decimal(SIGNED_QTY[mt]), mt,
                              reason="test")
            with db.read() as s:
                before = (move_count(s), ledger.on_hand(s, b.material.id, b.raw_store.id))
            if mt in EXPECTED_ALLOWED[role]:
                with db.write(actor) as s:
                    [m] = ledger.post_moves(s, actor, [req])
                assert m.posted_by_id == actor.user_id
                with db.read() as s:
                    assert move_count(s) == before[0] + 1, (role, mt)
                    assert ledger.on_hand(s, b.material.id, b.raw_store.id) == before[1] + req.qty
            else:
                with pytest.raises(PermissionDenied) as err, db.write(actor) as s:
                    ledger.post_moves(s, actor, [req])
                assert err.value.details["role"] == role.value, (role, mt)
                with db.read() as s:
                    assert (move_count(s), ledger.on_hand(s, b.material.id, b.raw_store.id)) == before

    # counts need stock.adjust; a reversal needs the permission of the move it reverses
    item, loc = b.product.id, b.finished_store.id
    [receipt] = _receive(db, b, "10", loc=b.finished_store, item=b.product)
    with db.write(b[Role.PRODUCTION]) as s:
        [issue] = ledger.post_moves(s, b[Role.PRODUCTION], [
            MoveRequest(item, loc, Decimal("-4"), MoveType.ISSUE)])
    for role in (Role.SALES, Role.SHOPFLOOR, Role.PRODUCTION):
        with pytest.raises(PermissionDenied), db.write(b[role]) as s:
            ledger.post_count(s, b[role], loc, {item: Decimal(1)})
    for role in (Role.SALES, Role.SHOPFLOOR, Role.PRODUCTION):
        with pytest.raises(PermissionDenied), db.write(b[role]) as s:
            ledger.reverse_move(s, b[role], receipt.id, "wrong delivery")
    for role in (Role.SALES, Role.SUPPLY):
        with pytest.raises(PermissionDenied), db.write(b[role]) as s:
            ledger.reverse_move(s, b[role], issue.id, "wrong work order")
    with db.write(b[Role.PRODUCTION]) as s:
        ledger.reverse_move(s, b[Role.PRODUCTION], issue.id, "wrong work order")
    with db.write(b[Role.SUPPLY]) as s:
        [count] = ledger.post_count(s, b[Role.SUPPLY], loc, {item: Decimal(7)})
    assert count.qty == Decimal("-3.0000") and count.move_type == MoveType.COUNT
    with db.read() as s:
        assert ledger.on_hand(s, item, loc) == Decimal("7.0000")
        assert move_count(s, [item]) == 4


# -- validation -----------------------------------------------------------------------------


INVALID = [  # (moves as (qty, type[, reason[, moved_at[, unit_cost]]]), the field named)
    ([("0", MoveType.RECEIPT)], "moves[0].qty"),
    ([("0", MoveType.ADJUSTMENT, "x")], "moves[0].qty"),
    ([("-1", MoveType.RECEIPT)], "moves[0].qty"),
    ([("-1", MoveType.OUTPUT)], "moves[0].qty"),
    ([("1", MoveType.ISSUE)], "moves[0].qty"),
    ([("1", MoveType.SHIPMENT)], "moves[0].qty"),
    ([("1.00001", MoveType.RECEIPT)], "moves[0].qty"),
    ([("-0.00005", MoveType.ADJUSTMENT, "x")], "moves[0].qty"),
    ([("1", MoveType.RECEIPT), ("2.12345", MoveType.RECEIPT)], "moves[1].qty"),
    ([("1", MoveType.ADJUSTMENT, None)], "moves[0].reason"),
    ([("1", MoveType.ADJUSTMENT, "   ")], "moves[0].reason"),
    ([("1", MoveType.RECEIPT), ("1", MoveType.ADJUSTMENT, "")], "moves[1].reason"),
    ([("1", MoveType.RECEIPT, None, dt.datetime(2026, 3, 1, 8, 0))], "moves[0].moved_at"),
    ([("1", MoveType.RECEIPT, None, None, Decimal("6.123456"))], "moves[0].unit_cost"),
]


def test_invalid_moves_and_unknown_references_name_the_field_and_post_nothing(db, basics):
    # one test looping over the cases: a database test per case costs a truncate each
    b = basics
    manager = b[Role.MANAGER]
    for moves, field in INVALID:
        reqs = []
        for spec in moves:
            qty, mt, reason, moved_at, cost = (*spec, None, None, None)[:5]
            reqs.append(MoveRequest(b.material.id, b.raw_store.id, Decimal(qty), mt,
                                    reason=reason, moved_at=moved_at, unit_cost=cost))
        with pytest.raises(ValidationError) as err, db.write(manager) as s:
            ledger.post_moves(s, manager, reqs)
        assert err.value.field == field, moves
    # unknown references are NotFound, naming the field
    with pytest.raises(NotFound) as err, db.write(manager) as s:
        ledger.post_moves(s, manager, [MoveRequest(uuid.uuid4(), b.raw_store.id, Decimal(1), MoveType.RECEIPT)])
    assert err.value.field == "item_id"
    with pytest.raises(NotFound) as err, db.write(manager) as s:
        ledger.post_moves(s, manager, [MoveRequest(b.material.id, uuid.uuid4(), Decimal(1), MoveType.RECEIPT)])
    assert err.value.field == "location_id"
    with pytest.raises(NotFound) as err, db.write(manager) as s:
        ledger.reverse_move(s, manager, uuid.uuid4(), "typo")
    assert err.value.field == "move_id"
    with db.read() as s:
        assert move_count(s) == 0 and balance(s, b.material.id, b.raw_store.id) is None


# -- negative stock -------------------------------------------------------------------------


def test_insufficient_stock_leaves_no_trace_even_if_the_caller_carries_on(db, basics):
    b = basics
    production = b[Role.PRODUCTION]
    _receive(db, b, "5")
    with db.write(production) as s:
        with pytest.raises(InsufficientStock) as err:
            # a batch: the first move alone would fit, the pair does not; neither is kept
            ledger.post_moves(s, production, [
                MoveRequest(b.material.id, b.raw_store.id, Decimal("-3"), MoveType.ISSUE),
                MoveRequest(b.material.id, b.raw_store.id, Decimal("-2.0001"), MoveType.ISSUE),
            ])
        assert err.value.field == "qty"
        assert err.value.details["on_hand"] == Decimal("5.0000")
        assert err.value.details["delta"] == Decimal("-5.0001")
        # the same session goes on and commits other work
        ledger.post_moves(s, production, [
            MoveRequest(b.material.id, b.raw_store.id, Decimal("-5"), MoveType.ISSUE)])
    with db.read() as s:
        assert move_count(s) == 2
        assert balance(s, b.material.id, b.raw_store.id) == Decimal("0.0000")


def test_negative_allowed_by_setting_or_by_location(db, basics):
    b = basics
    production, manager = b[Role.PRODUCTION], b[Role.MANAGER]
    issue = MoveRequest(b.material.id, b.raw_store.id, Decimal("-1.5"), MoveType.ISSUE)
    with pytest.raises(PermissionDenied), db.write(production) as s:
        settings.set_value(s, production, "inventory.allow_negative", True)
    with pytest.raises(InsufficientStock), db.write(production) as s:
        ledger.post_moves(s, production, [issue])
    set_allow_negative(db, manager, True)
    with db.write(production) as s:
        ledger.post_moves(s, production, [issue])
    set_allow_negative(db, manager, False)
    with pytest.raises(InsufficientStock), db.write(production) as s:
        ledger.post_moves(s, production, [issue])
    with db.write(SYSTEM) as s:
        wip = new_location(s, non_negative=False)
    with db.write(production) as s:
        ledger.post_moves(s, production, [MoveRequest(b.material.id, wip.id, Decimal("-2"), MoveType.ISSUE)])
    with db.read() as s:
        assert balance(s, b.material.id, b.raw_store.id) == Decimal("-1.5000")
        assert balance(s, b.material.id, wip.id) == Decimal("-2.0000")
    # a guarded location below zero still accepts moves that bring it up
    _receive(db, b, "1")
    with db.read() as s:
        assert balance(s, b.material.id, b.raw_store.id) == Decimal("-0.5000")


# -- reversals ------------------------------------------------------------------------------


def test_reversal_restores_on_hand_once_and_is_refused_when_stock_is_gone(db, basics):
    b = basics
    supply = b[Role.SUPPLY]
    _receive(db, b, "10")
    [wrong] = _receive(db, b, "2.5", unit_cost=Decimal("6.3"), ref_number="PO-1")
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        ledger.reverse_move(s, supply, wrong.id, "  ")
    assert err.value.field == "reason"
    with db.write(supply) as s:
        rev = ledger.reverse_move(s, supply, wrong.id, "entered twice")
    assert rev.qty == Decimal("-2.5000") and rev.reversal_of_id == wrong.id
    assert rev.move_type == MoveType.RECEIPT and rev.ref_number == "PO-1"
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("10.0000")
        # the original is untouched
        assert s.get(StockMove, wrong.id).qty == Decimal("2.5000")
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        ledger.reverse_move(s, supply, wrong.id, "again")
    assert err.value.field == "move_id" and "already" in err.value.message
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        ledger.reverse_move(s, supply, rev.id, "undo the undo")
    assert err.value.field == "move_id" and "reversal" in err.value.message
    with db.read() as s:
        assert move_count(s) == 3
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("10.0000")
    # a reversal that would take a guarded store below zero is refused like any move
    item, loc = b.product.id, b.finished_store.id
    [receipt] = _receive(db, b, "4", item=b.product, loc=b.finished_store)
    with db.write(b[Role.PRODUCTION]) as s:
        ledger.post_moves(s, b[Role.PRODUCTION], [MoveRequest(item, loc, Decimal(-3), MoveType.ISSUE)])
    with pytest.raises(InsufficientStock), db.write(supply) as s:
        ledger.reverse_move(s, supply, receipt.id, "wrong supplier")
    with db.read() as s:
        assert move_count(s, [item]) == 2 and ledger.on_hand(s, item, loc) == Decimal(1)


# -- op_id retries --------------------------------------------------------------------------


def test_retried_op_id_applies_once_and_cannot_be_reused(db, basics):
    b = basics
    production = b[Role.PRODUCTION]
    _receive(db, b, "10")
    op = uuid.uuid4()
    req = MoveRequest(b.material.id, b.raw_store.id, Decimal("-1.25"), MoveType.ISSUE, op_id=op)
    with db.write(production) as s:
        [first] = ledger.post_moves(s, production, [req])
    with db.write(production) as s:  # the upload is retried: nothing more happens
        [again] = ledger.post_moves(s, production, [req])
    assert again.id == first.id
    with db.write(production) as s:  # the same op twice in one batch, next to a new op
        other = MoveRequest(b.material.id, b.raw_store.id, Decimal("-1"), MoveType.ISSUE, op_id=uuid.uuid4())
        result = ledger.post_moves(s, production, [req, other, other])
    assert result[0].id == first.id and result[1].id == result[2].id
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove).where(StockMove.op_id == op)) == 1
        assert move_count(s) == 3
        assert balance(s, b.material.id, b.raw_store.id) == Decimal("7.7500")
    # the op_id reused for a different move is refused, not silently dropped
    with pytest.raises(ValidationError) as err, db.write(production) as s:
        ledger.post_moves(s, production, [MoveRequest(b.material.id, b.raw_store.id, Decimal(-2),
                                                      MoveType.ISSUE, op_id=op)])
    assert err.value.field == "moves[0].op_id"
    with db.read() as s:
        assert move_count(s) == 3
        assert balance(s, b.material.id, b.raw_store.id) == Decimal("7.7500")


# -- append-only ----------------------------------------------------------------------------


REFUSED_SQL = [
    "UPDATE stock_move SET qty = 0",
    "UPDATE stock_move SET reason = 'edited' WHERE id = :id",
    "DELETE FROM stock_move WHERE id = :id",
    "DELETE FROM stock_move",
]


def test_moves_cannot_be_updated_or_deleted_by_sql_or_orm(db, basics):
    b = basics
    [move] = _receive(db, b, "3")
    with db.read() as s:
        raw_before = s.execute(text("SELECT qty, reason FROM stock_move")).all()
    # the id bound the way each backend stores it (SQLite: 32 hex characters)
    bound_id = move.id.hex if db.is_sqlite else move.id
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM stock_move WHERE id = :id"), {"id": bound_id}) == 1
    for sql in REFUSED_SQL:
        with pytest.raises(DBAPIError) as err, db.write(SYSTEM) as s:
            s.execute(text(sql), {"id": bound_id})
        assert "append-only table stock_move" in str(err.value), sql
    # nor through the ORM
    with pytest.raises(DBAPIError), db.write(SYSTEM) as s:
        s.get(StockMove, move.id).qty = Decimal(30)
    with pytest.raises(DBAPIError), db.write(SYSTEM) as s:
        s.delete(s.get(StockMove, move.id))
    with db.read() as s:
        assert s.execute(text("SELECT qty, reason FROM stock_move")).all() == raw_before
        assert move_count(s) == 1
        assert s.get(StockMove, move.id).qty == Decimal(3)


# -- exact decimals -------------------------------------------------------------------------


def test_point_one_plus_point_two_is_exactly_point_three(db, basics):
    b = basics
    _receive(db, b, "0.1")
    _receive(db, b, "0.2")
    with db.read() as s:
        for value in (ledger.on_hand(s, b.material.id, b.raw_store.id),
                      ledger.on_hand(s, b.material.id, b.raw_store.id, as_of=dt.datetime.now(dt.UTC)),
                      ledger.on_hand(s, b.material.id),
                      balance(s, b.material.id, b.raw_store.id)):
            assert isinstance(value, Decimal)
            assert value == Decimal("0.3") and str(value) == "0.3000"
        if db.is_sqlite:  # stored as scaled integers, not floats
            assert s.execute(text("SELECT typeof(qty), qty FROM stock_balance")).one() == ("integer", 3000)
    # floats are taken through their shortest repr, so 0.1 + 0.2 is 0.3 here too
    manager = b[Role.MANAGER]
    with db.write(manager) as s:
        ledger.post_moves(s, manager, [MoveRequest(b.product.id, b.raw_store.id, 0.1, MoveType.RECEIPT),
                                       MoveRequest(b.product.id, b.raw_store.id, 0.2, MoveType.RECEIPT)])
    with db.read() as s:
        assert str(ledger.on_hand(s, b.product.id, b.raw_store.id)) == "0.3000"


def test_ten_thousand_ten_thousandths_sum_to_exactly_one(db, basics):
    b = basics
    manager = b[Role.MANAGER]
    tiny = Decimal("0.0001")
    with db.write(manager) as s:
        ledger.post_moves(s, manager, [
            MoveRequest(b.material.id, b.raw_store.id, tiny, MoveType.RECEIPT,
                        moved_at=T0 + dt.timedelta(seconds=i))
            for i in range(10_000)
        ])
    with db.write(manager) as s:  # and the running balance, one atomic update at a time
        for _ in range(25):
            ledger.post_moves(s, manager, [MoveRequest(b.product.id, b.finished_store.id, tiny,
                                                       MoveType.OUTPUT, moved_at=T0)])
    with db.read() as s:
        assert move_count(s) == 10_025
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("1.0000")
        assert str(ledger.on_hand(s, b.material.id, b.raw_store.id, as_of=T0 + dt.timedelta(days=1))) == "1.0000"
        assert ledger.on_hand(s, b.material.id, b.raw_store.id, as_of=T0 + dt.timedelta(seconds=4999)) == Decimal("0.5000")
        assert sums_by_key(s, [b.material.id]) == {(b.material.id, b.raw_store.id): Decimal("1.0000")}
        assert balance(s, b.product.id, b.finished_store.id) == Decimal("0.0025")


# -- business time --------------------------------------------------------------------------


def test_on_hand_as_of_and_last_move_at_respect_time_zones(db, basics):
    b = basics
    at_10_shanghai = dt.datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)  # 02:00 UTC
    _receive(db, b, "5", moved_at=at_10_shanghai)
    _receive(db, b, "1", moved_at=dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC))  # earlier
    with db.read() as s:
        row = s.get(StockBalance, (b.material.id, b.raw_store.id))
        assert row.last_move_at == at_10_shanghai  # the later of the two, as an instant
        assert row.last_move_at.utcoffset() == dt.timedelta(0)
        oh = lambda t: ledger.on_hand(s, b.material.id, b.raw_store.id, as_of=t)  # noqa: E731
        assert oh(dt.datetime(2026, 3, 2, 0, 59, 59, tzinfo=dt.UTC)) == 0
        assert oh(dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)) == 1
        assert oh(dt.datetime(2026, 3, 2, 9, 59, 59, 999999, tzinfo=SHANGHAI)) == 1
        assert oh(dt.datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)) == 6
        assert oh(dt.datetime(2026, 3, 1, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))) == 6


# -- counts ---------------------------------------------------------------------------------


def test_count_posts_the_difference_only(db, basics):
    b = basics
    supply = b[Role.SUPPLY]
    _receive(db, b, "12.5")
    with db.write(supply) as s:
        moves = ledger.post_count(s, supply, b.raw_store.id,
                                  {b.material.id: Decimal("12.5"), b.product.id: Decimal("3")})
    assert [(m.item_id, m.qty, m.move_type) for m in moves] == [(b.product.id, Decimal(3), MoveType.COUNT)]
    with db.write(supply) as s:
        [m] = ledger.post_count(s, supply, b.raw_store.id, {b.material.id: Decimal("10.0001")})
    assert m.qty == Decimal("-2.4999") and m.reason == "stock count"
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        ledger.post_count(s, supply, b.raw_store.id, {b.material.id: Decimal("-1")})
    assert err.value.field == "counted"
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        ledger.post_count(s, supply, b.raw_store.id, {b.material.id: Decimal("1.00001")})
    assert err.value.field == "counted"
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("10.0001")
        assert ledger.on_hand(s, b.product.id, b.raw_store.id) == Decimal(3)


def test_backdated_count_is_compared_with_on_hand_at_that_time(db, basics):
    """Count at 08:00 finds 100; 20 were issued at 10:00 and posted before the count was
    entered. On-hand at 08:00 must become 100 and on-hand now 80."""
    b = basics
    supply, production = b[Role.SUPPLY], b[Role.PRODUCTION]
    _receive(db, b, "90", moved_at=T0 - dt.timedelta(days=1))
    with db.write(production) as s:
        ledger.post_moves(s, production, [MoveRequest(b.material.id, b.raw_store.id, Decimal(-20), MoveType.ISSUE,
                                                      moved_at=T0 + dt.timedelta(hours=2))])
    with db.write(supply) as s:
        [m] = ledger.post_count(s, supply, b.raw_store.id, {b.material.id: Decimal(100)}, counted_at=T0)
    assert m.qty == Decimal(10) and m.moved_at == T0
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id, as_of=T0) == Decimal(100)
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal(80)
