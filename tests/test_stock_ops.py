"""Document-level stock operations (services/stock_ops.py) on SQLite and PostgreSQL:
every figure below is worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.models import (
    MoveType,
    POStatus,
    PurchaseOrderLine,
    Role,
    SalesOrderLine,
    StockMove,
    WorkOrderStatus,
)
from sopdesk.services import ledger, purchasing, stock_ops
from sopdesk.services.errors import (
    ConflictError,
    InsufficientStock,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.stock_ops import IssueLine, TransferLine
from tests.test_inventory_world import (
    at,
    get_work_order,
    make_world,
    opening,
    order_line,
    purchase_order,
    sales_order,
    work_order,
)

D = Decimal


@pytest.fixture
def w(db):
    return make_world(db)


def _on_hand(db, item, loc=None):
    with db.read() as s:
        return ledger.on_hand(s, item.id, loc.id if loc else None)


def _moves(db, **where):
    with db.read() as s:
        stmt = select(StockMove)
        for k, v in where.items():
            stmt = stmt.where(getattr(StockMove, k) == v)
        return list(s.scalars(stmt.order_by(StockMove.moved_at, StockMove.qty)))


# -- issue to production ------------------------------------------------------------------


def test_issue_to_work_order_takes_stock_and_starts_the_order(db, w):
    opening(db, w.seal, w.raw, "100", at(1))
    opening(db, w.semi, w.raw, "30", at(1))
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    prod = w[Role.PRODUCTION]
    with db.write(prod) as s:
        r = stock_ops.issue_to_work_order(s, prod, wo, [
            IssueLine(w.seal.id, w.raw.id, D("42")), IssueLine(w.semi.id, w.raw.id, D("20")),
        ], issued_at=at(20))
    assert (r.ref_type, r.ref_id, r.ref_number) == ("work_order", wo, "WO-2026-00001")
    assert sorted(m.qty for m in r.moves) == [D("-42.0000"), D("-20.0000")]
    assert {m.move_type for m in r.moves} == {MoveType.ISSUE}
    assert _on_hand(db, w.seal) == D("58.0000")  # 100 - 42
    assert _on_hand(db, w.semi) == D("10.0000")  # 30 - 20
    assert get_work_order(db, wo).status == WorkOrderStatus.IN_PROGRESS
    moves = _moves(db, ref_id=wo)
    assert {m.posted_by_id for m in moves} == {prod.user_id}
    assert {m.moved_at for m in moves} == {at(20)}


def test_issue_refuses_planned_orders_own_product_and_bad_quantities(db, w):
    opening(db, w.seal, w.raw, "10", at(1))
    prod = w[Role.PRODUCTION]
    planned = work_order(db, "WO-2026-00001", w.product, "5", dt.date(2026, 11, 20), dt.date(2026, 11, 25),
                         status=WorkOrderStatus.PLANNED)
    released = work_order(db, "WO-2026-00002", w.product, "5", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    cases = [
        (planned, [IssueLine(w.seal.id, w.raw.id, D(1))], "status"),
        (released, [IssueLine(w.product.id, w.fg.id, D(1))], "lines[0].item_id"),
        (released, [IssueLine(w.seal.id, w.raw.id, D(0))], "lines[0].qty"),
        (released, [IssueLine(w.seal.id, w.raw.id, D("0.00001"))], "lines[0].qty"),
        (released, [], "lines"),
    ]
    for wo, lines, field in cases:
        with pytest.raises(ValidationError) as err, db.write(prod) as s:
            stock_ops.issue_to_work_order(s, prod, wo, lines)
        assert err.value.field == field
    with pytest.raises(InsufficientStock), db.write(prod) as s:
        stock_ops.issue_to_work_order(s, prod, released, [IssueLine(w.seal.id, w.raw.id, D(11))])
    with pytest.raises(NotFound), db.write(prod) as s:
        stock_ops.issue_to_work_order(s, prod, uuid.uuid4(), [IssueLine(w.seal.id, w.raw.id, D(1))])
    assert _on_hand(db, w.seal) == D("10.0000")
    assert get_work_order(db, released).status == WorkOrderStatus.RELEASED


def test_multi_line_issue_retried_with_the_same_op_id_posts_once(db, w):
    opening(db, w.seal, w.raw, "100", at(1))
    opening(db, w.iron, w.raw, "100", at(1))
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    prod, op = w[Role.PRODUCTION], uuid.uuid4()
    lines = [IssueLine(w.seal.id, w.raw.id, D(5)), IssueLine(w.iron.id, w.raw.id, D(7))]
    with db.write(prod) as s:
        first = stock_ops.issue_to_work_order(s, prod, wo, lines, op_id=op)
    with db.write(prod) as s:
        again = stock_ops.issue_to_work_order(s, prod, wo, lines, op_id=op)
    assert not first.replayed and again.replayed
    assert {m.id for m in again.moves} == {m.id for m in first.moves}
    assert (_on_hand(db, w.seal), _on_hand(db, w.iron)) == (D("95.0000"), D("93.0000"))


# -- production output --------------------------------------------------------------------


def test_output_adds_good_quantity_and_finish_closes_the_order(db, w):
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    prod = w[Role.PRODUCTION]
    with db.write(prod) as s:
        r = stock_ops.report_output(s, prod, wo, D("6"), w.fg.id, scrap_qty=D("1"), produced_at=at(21))
    assert r.moves[0].move_type == MoveType.OUTPUT and r.moves[0].qty == D("6.0000")
    got = get_work_order(db, wo)
    assert (got.good_qty, got.scrap_qty, got.status) == (D("6.0000"), D("1.0000"), WorkOrderStatus.IN_PROGRESS)
    # 17:00 UTC on the 22nd is 01:00 on the 23rd in Shanghai
    with db.write(prod) as s:
        stock_ops.report_output(s, prod, wo, D("4.5"), w.fg.id, finish=True,
                                produced_at=dt.datetime(2026, 11, 22, 17, 0, tzinfo=dt.UTC))
    got = get_work_order(db, wo)
    assert (got.good_qty, got.scrap_qty) == (D("10.5000"), D("1.0000"))  # over-output accepted
    assert got.status == WorkOrderStatus.DONE and got.actual_end == dt.date(2026, 11, 23)
    assert _on_hand(db, w.product, w.fg) == D("10.5000")
    assert {m.unit_cost for m in _moves(db, ref_id=wo)} == {D("80.1234")}  # standard cost
    with pytest.raises(ValidationError) as err, db.write(prod) as s:
        stock_ops.report_output(s, prod, wo, D("1"), w.fg.id)
    assert err.value.field == "status"  # done: no more output


def test_output_refuses_negative_scrap_and_zero_good(db, w):
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    prod = w[Role.PRODUCTION]
    for good, scrap, field in ((D(0), D(0), "good_qty"), (D(1), D(-1), "scrap_qty")):
        with pytest.raises(ValidationError) as err, db.write(prod) as s:
            stock_ops.report_output(s, prod, wo, good, w.fg.id, scrap_qty=scrap)
        assert err.value.field == field
    assert get_work_order(db, wo).good_qty == D(0)


# -- shipment -----------------------------------------------------------------------------


def test_shipments_fill_the_line_refuse_over_shipment_and_set_delivered_date(db, w):
    opening(db, w.product, w.fg, "20", at(1))
    so = sales_order(db, w, w.product, "10", dt.date(2026, 11, 28))
    line = so.lines[0]
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        r = stock_ops.ship_order_line(s, supply, line.id, D("4"), w.fg.id, shipped_at=at(20))
    assert r.ref_number == "FH-2026-00001" and r.moves[0].qty == D("-4.0000")  # the shipment document
    got = order_line(db, line.id)
    assert (got.shipped_qty, got.delivered_date) == (D("4.0000"), None)
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, line.id, D("6.0001"), w.fg.id)
    assert err.value.field == "lines[1].qty" and err.value.details["open_qty"] == D("6.0000")
    # 16:30 UTC on the 24th is 00:30 on the 25th in Shanghai
    with db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, line.id, D("6"), w.fg.id,
                                  shipped_at=dt.datetime(2026, 11, 24, 16, 30, tzinfo=dt.UTC))
    got = order_line(db, line.id)
    assert (got.shipped_qty, got.delivered_date) == (D("10.0000"), dt.date(2026, 11, 25))
    assert _on_hand(db, w.product) == D("10.0000")  # 20 - 4 - 6
    with pytest.raises(ValidationError), db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, line.id, D("1"), w.fg.id)


def test_shipment_refused_for_draft_orders_and_without_stock(db, w):
    opening(db, w.product, w.fg, "3", at(1))
    draft = sales_order(db, w, w.product, "5", dt.date(2026, 11, 28), confirm=False)
    confirmed = sales_order(db, w, w.product, "5", dt.date(2026, 11, 28))
    supply = w[Role.SUPPLY]
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, draft.lines[0].id, D("1"), w.fg.id)
    assert err.value.field == "lines[1].status"
    with pytest.raises(InsufficientStock), db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, confirmed.lines[0].id, D("4"), w.fg.id)
    assert order_line(db, confirmed.lines[0].id).shipped_qty == D(0)
    assert _on_hand(db, w.product) == D("3.0000")


def test_shipment_retry_with_op_id_ships_once(db, w):
    opening(db, w.product, w.fg, "20", at(1))
    so = sales_order(db, w, w.product, "10", dt.date(2026, 11, 28))
    supply, op = w[Role.SUPPLY], uuid.uuid4()
    for _ in range(2):
        with db.write(supply) as s:
            stock_ops.ship_order_line(s, supply, so.lines[0].id, D("3"), w.fg.id, op_id=op)
    assert order_line(db, so.lines[0].id).shipped_qty == D("3.0000")
    assert _on_hand(db, w.product) == D("17.0000")


# -- transfer, adjustment, count ----------------------------------------------------------


def test_transfer_moves_each_item_out_and_in_under_one_number(db, w):
    opening(db, w.seal, w.raw, "50", at(1))
    opening(db, w.iron, w.raw, "80", at(1))
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        r = stock_ops.transfer(s, supply, w.raw.id, w.qc.id,
                               [TransferLine(w.seal.id, D(20)), TransferLine(w.iron.id, D("12.5"))],
                               moved_at=at(10), note="来料复检")
    assert r.ref_type == "transfer" and r.ref_number == "TR-2026-00001"
    assert len(r.moves) == 4 and {m.move_type for m in r.moves} == {MoveType.TRANSFER}
    assert {m.reason for m in r.moves} == {"来料复检"}
    assert (_on_hand(db, w.seal, w.raw), _on_hand(db, w.seal, w.qc)) == (D("30.0000"), D("20.0000"))
    assert (_on_hand(db, w.iron, w.raw), _on_hand(db, w.iron, w.qc)) == (D("67.5000"), D("12.5000"))
    assert _on_hand(db, w.iron) == D("80.0000")  # a transfer changes no total
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        stock_ops.transfer(s, supply, w.raw.id, w.raw.id, [TransferLine(w.seal.id, D(1))])
    assert err.value.field == "to_location_id"
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        stock_ops.transfer(s, supply, w.raw.id, w.qc.id,
                           [TransferLine(w.seal.id, D(1)), TransferLine(w.seal.id, D(2))])
    assert err.value.field == "lines[1].item_id"
    with db.write(supply) as s:
        second = stock_ops.transfer(s, supply, w.qc.id, w.raw.id, [TransferLine(w.seal.id, D(1))])
    assert second.ref_number == "TR-2026-00002"


def test_adjustment_needs_a_reason_and_gets_a_number(db, w):
    opening(db, w.seal, w.raw, "50", at(1))
    supply = w[Role.SUPPLY]
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        stock_ops.adjust(s, supply, w.seal.id, w.raw.id, D(-3), "  ")
    assert err.value.field == "reason"
    with db.write(supply) as s:
        r = stock_ops.adjust(s, supply, w.seal.id, w.raw.id, D(-3), "破损报废", moved_at=at(5))
    assert (r.ref_type, r.ref_number) == ("adjustment", "AJ-2026-00001")
    assert (r.moves[0].qty, r.moves[0].reason) == (D("-3.0000"), "破损报废")
    assert _on_hand(db, w.seal) == D("47.0000")


def test_stock_count_posts_exactly_the_differences(db, w):
    opening(db, w.seal, w.raw, "60", at(1))
    opening(db, w.iron, w.raw, "80", at(1))
    opening(db, w.semi, w.raw, "5", at(1))
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        r = stock_ops.post_stock_count(s, supply, w.raw.id, {
            w.seal.id: D("55"), w.iron.id: D("80"), w.semi.id: D("7.25"),
        })
    assert r.ref_number == "PD-2026-00001"
    lines = {ln.item_id: (ln.book_qty, ln.counted_qty, ln.difference) for ln in r.lines}
    assert lines == {
        w.seal.id: (D("60.0000"), D("55.0000"), D("-5.0000")),
        w.iron.id: (D("80.0000"), D("80.0000"), D("0.0000")),
        w.semi.id: (D("5.0000"), D("7.2500"), D("2.2500")),
    }
    assert sorted(m.qty for m in r.moves) == [D("-5.0000"), D("2.2500")]  # no move for iron
    assert {m.move_type for m in r.moves} == {MoveType.COUNT}
    assert {m.ref_id for m in r.moves} == {r.ref_id}
    assert (_on_hand(db, w.seal), _on_hand(db, w.iron), _on_hand(db, w.semi)) == (
        D("55.0000"), D("80.0000"), D("7.2500"))


def test_back_dated_count_compares_with_on_hand_at_that_moment(db, w):
    # 100 on the 1st; count on the 10th finds 97; 20 issued on the 12th => 77 left now
    opening(db, w.seal, w.raw, "100", at(1))
    wo = work_order(db, "WO-2026-00001", w.product, "5", dt.date(2026, 11, 12), dt.date(2026, 11, 13))
    prod, supply = w[Role.PRODUCTION], w[Role.SUPPLY]
    with db.write(prod) as s:
        stock_ops.issue_to_work_order(s, prod, wo, [IssueLine(w.seal.id, w.raw.id, D(20))], issued_at=at(12))
    with db.write(supply) as s:
        r = stock_ops.post_stock_count(s, supply, w.raw.id, {w.seal.id: D(97)}, counted_at=at(10))
    assert r.lines[0].book_qty == D("100.0000") and r.moves[0].qty == D("-3.0000")
    assert r.moves[0].moved_at == at(10)
    assert _on_hand(db, w.seal) == D("77.0000")


# -- reversal -----------------------------------------------------------------------------


def test_reversing_a_receipt_takes_it_off_the_purchase_order_line(db, w):
    po = purchase_order(db, w, [(w.iron, "100", dt.date(2026, 11, 12))])
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        purchasing.receive_line(s, supply, po.lines[0].id, D("60"), w.raw.id, received_at=at(10))
        purchasing.receive_line(s, supply, po.lines[0].id, D("40"), w.raw.id, received_at=at(11))
    receipts = _moves(db, ref_id=po.lines[0].id)
    with db.write(supply) as s:
        r = stock_ops.reverse(s, supply, receipts[-1].id, "数量点错")
    assert r.moves[0].qty == D("-40.0000") and r.moves[0].reversal_of_id == receipts[-1].id
    with db.read() as s:
        line = s.get(PurchaseOrderLine, po.lines[0].id)
        view = purchasing.get_po(s, supply, po.id)
    assert (line.received_qty, line.actual_arrival_date, line.first_receipt_date) == (
        D("60.0000"), None, dt.date(2026, 11, 10))
    assert view.status == POStatus.PARTIAL
    assert _on_hand(db, w.iron) == D("60.0000")
    with db.write(supply) as s:
        stock_ops.reverse(s, supply, receipts[0].id, "整单退回")
    with db.read() as s:
        line = s.get(PurchaseOrderLine, po.lines[0].id)
        view = purchasing.get_po(s, supply, po.id)
    assert (line.received_qty, line.first_receipt_date, view.status) == (D(0), None, POStatus.CONFIRMED)
    with pytest.raises(ValidationError), db.write(supply) as s:
        stock_ops.reverse(s, supply, receipts[0].id, "again")


def test_reversing_a_shipment_reopens_the_line(db, w):
    opening(db, w.product, w.fg, "10", at(1))
    so = sales_order(db, w, w.product, "4", dt.date(2026, 11, 28))
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        shipped = stock_ops.ship_order_line(s, supply, so.lines[0].id, D(4), w.fg.id, shipped_at=at(20))
    assert order_line(db, so.lines[0].id).delivered_date == dt.date(2026, 11, 20)
    with db.write(supply) as s:
        stock_ops.reverse(s, supply, shipped.moves[0].id, "客户拒收")
    got = order_line(db, so.lines[0].id)
    assert (got.shipped_qty, got.delivered_date) == (D(0), None)
    assert _on_hand(db, w.product) == D("10.0000")


def test_reversing_output_takes_it_off_the_work_order(db, w):
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    prod = w[Role.PRODUCTION]
    with db.write(prod) as s:
        out = stock_ops.report_output(s, prod, wo, D("6"), w.fg.id)
    with db.write(prod) as s:
        stock_ops.reverse(s, prod, out.moves[0].id, "重复报工")
    assert get_work_order(db, wo).good_qty == D(0)
    assert _on_hand(db, w.product) == D(0)


def test_reversing_one_transfer_leg_reverses_both(db, w):
    opening(db, w.seal, w.raw, "50", at(1))
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        r = stock_ops.transfer(s, supply, w.raw.id, w.qc.id, [TransferLine(w.seal.id, D(20))])
    in_leg = next(m for m in r.moves if m.qty > 0)
    with db.write(supply) as s:
        back = stock_ops.reverse(s, supply, in_leg.id, "放错库位")
    assert sorted(m.qty for m in back.moves) == [D("-20.0000"), D("20.0000")]
    assert (_on_hand(db, w.seal, w.raw), _on_hand(db, w.seal, w.qc)) == (D("50.0000"), D("0.0000"))


# -- who may do what ----------------------------------------------------------------------

ROLES_BY_OP = {
    # the shop floor issues material and reports output (车间报工, services/shop_floor)
    "issue": {Role.PRODUCTION, Role.SHOPFLOOR, Role.MANAGER, Role.ADMIN},
    "output": {Role.PRODUCTION, Role.SHOPFLOOR, Role.MANAGER, Role.ADMIN},
    "ship": {Role.SUPPLY, Role.MANAGER, Role.ADMIN},
    "transfer": {Role.SUPPLY, Role.MANAGER, Role.ADMIN},
    "adjust": {Role.SUPPLY, Role.MANAGER, Role.ADMIN},
    "count": {Role.SUPPLY, Role.MANAGER, Role.ADMIN},
    "receive": {Role.SUPPLY, Role.MANAGER, Role.ADMIN},
}


@pytest.mark.parametrize("role", list(Role))
def test_role_rules_for_posting(db, w, role):
    opening(db, w.seal, w.raw, "100", at(1))
    opening(db, w.product, w.fg, "100", at(1))
    wo = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 20), dt.date(2026, 11, 25))
    so = sales_order(db, w, w.product, "10", dt.date(2026, 11, 28))
    po = purchase_order(db, w, [(w.seal, "10", dt.date(2026, 11, 12))])
    actor = w[role]
    ops = {
        "issue": lambda s: stock_ops.issue_to_work_order(s, actor, wo, [IssueLine(w.seal.id, w.raw.id, D(1))]),
        "output": lambda s: stock_ops.report_output(s, actor, wo, D(1), w.fg.id),
        "ship": lambda s: stock_ops.ship_order_line(s, actor, so.lines[0].id, D(1), w.fg.id),
        "transfer": lambda s: stock_ops.transfer(s, actor, w.raw.id, w.qc.id, [TransferLine(w.seal.id, D(1))]),
        "adjust": lambda s: stock_ops.adjust(s, actor, w.seal.id, w.raw.id, D(1), "找到"),
        "count": lambda s: stock_ops.post_stock_count(s, actor, w.raw.id, {w.seal.id: D(90)}),
        "receive": lambda s: purchasing.receive_line(s, actor, po.lines[0].id, D(1), w.raw.id),
    }
    for name, op in ops.items():
        with db.read() as s:
            before = s.scalar(select(func.count()).select_from(StockMove))
        if role in ROLES_BY_OP[name]:
            with db.write(actor) as s:
                op(s)
        else:
            with pytest.raises(PermissionDenied), db.write(actor) as s:
                op(s)
            with db.read() as s:
                assert s.scalar(select(func.count()).select_from(StockMove)) == before, name


def test_concurrent_shipments_of_one_line_cannot_over_ship(pg_db):
    """PostgreSQL, read committed: PC A holds the line as it was before PC B shipped; A's
    shipment is refused as a conflict instead of shipping past the order quantity."""
    w = make_world(pg_db)
    opening(pg_db, w.product, w.fg, "20", at(1))
    so = sales_order(pg_db, w, w.product, "10", dt.date(2026, 11, 28))
    supply = w[Role.SUPPLY]
    line_id = so.lines[0].id
    with pytest.raises(ConflictError), pg_db.write(supply) as a:
        seen = a.get(SalesOrderLine, line_id)  # A has read the line: nothing shipped yet
        assert seen.shipped_qty == 0  # (held: the session keeps loaded rows only while referenced)
        with pg_db.write(supply) as b:
            stock_ops.ship_order_line(b, supply, line_id, D(8), w.fg.id)
        stock_ops.ship_order_line(a, supply, line_id, D(8), w.fg.id)  # 8 + 8 > 10
    got = order_line(pg_db, line_id)
    assert got.shipped_qty == D(8) and _on_hand(pg_db, w.product) == D(12)
