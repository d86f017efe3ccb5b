"""Shop-floor reports (车间报工): output through the ledger, replay by op_id, backflush,
reasons, the line's work orders and the shop-floor role's permissions."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.models import (
    MoveType,
    ProductionReport,
    Role,
    StockMove,
    UserWorkCenter,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.services import ledger, orders, purchasing, shipping, shop_floor, stock_ops
from sopdesk.services.errors import NotFound, PermissionDenied, ValidationError
from sopdesk.services.permissions import ROLE_PERMISSIONS, Permission
from tests.factories import make_basics
from tests.shopfloor_factory import AT, TODAY, make_floor


@pytest.fixture
def world(db):
    b = make_basics(db)
    return b, make_floor(db, b)


def _report(db, actor, wo, **kw):
    kw.setdefault("location_id", None)
    with db.write(actor) as s:
        return shop_floor.report(s, actor, wo.id, reported_at=AT, **kw)


def _counts(s):
    return (s.scalar(select(func.count()).select_from(StockMove)),
            s.scalar(select(func.count()).select_from(ProductionReport)))


def test_report_puts_output_into_stock_and_records_the_report(db, world):
    b, f = world
    floor = b[Role.SHOPFLOOR]
    res = _report(db, floor, f.wo, good_qty=Decimal(30), location_id=b.finished_store.id,
                  scrap_qty=Decimal(2), scrap_reason="尺寸超差", minutes=95,
                  downtime_minutes=15, downtime_reason="换模")
    assert (res.good_qty, res.scrap_qty, res.wo_good_qty, res.wo_scrap_qty) == (30, 2, 30, 2)
    assert res.wo_status == WorkOrderStatus.IN_PROGRESS and not res.replayed and res.backflush is None
    assert [m.move_type for m in res.output.moves] == [MoveType.OUTPUT]
    with db.read() as s:
        assert ledger.on_hand(s, b.product.id, b.finished_store.id) == Decimal(30)
        wo = s.get(WorkOrder, f.wo.id)
        assert (wo.good_qty, wo.scrap_qty, wo.status) == (30, 2, WorkOrderStatus.IN_PROGRESS)
        [row] = s.scalars(select(ProductionReport)).all()
        assert (row.work_order_id, row.reported_by_id, row.good_qty, row.scrap_qty) == (
            f.wo.id, floor.user_id, 30, 2)
        assert (row.scrap_reason, row.minutes, row.downtime_minutes, row.downtime_reason) == (
            "尺寸超差", 95, 15, "换模")
        assert row.reported_at == AT and row.recorded_at is not None and row.op_id is None
        [move] = s.scalars(select(StockMove).where(StockMove.move_type == MoveType.OUTPUT)).all()
        assert move.posted_by_id == floor.user_id and move.ref_number == "WO-2026-00001"
        recent = shop_floor.recent_reports(s, floor, f.wo.id)
        assert [(r.good_qty, r.reported_by) for r in recent] == [(30, "shopfloor user")]


def test_finish_marks_the_work_order_done(db, world):
    b, f = world
    res = _report(db, b[Role.SHOPFLOOR], f.wo, good_qty=Decimal(100), location_id=b.finished_store.id,
                  finish=True)
    assert res.wo_status == WorkOrderStatus.DONE
    with db.read() as s:
        assert s.get(WorkOrder, f.wo.id).actual_end == TODAY
    with pytest.raises(ValidationError) as err:
        _report(db, b[Role.SHOPFLOOR], f.wo, good_qty=Decimal(1), location_id=b.finished_store.id)
    assert err.value.field == "status"


def test_a_replayed_report_applies_once(db, world):
    b, f = world
    floor, op = b[Role.SHOPFLOOR], uuid.uuid4()
    kw = dict(good_qty=Decimal(10), location_id=b.finished_store.id, material_location_id=b.raw_store.id,
              scrap_qty=Decimal(1), scrap_reason="气孔", op_id=op)
    first = _report(db, floor, f.wo_flush, **kw)
    with db.read() as s:
        after_first = _counts(s)
        raw_first = ledger.on_hand(s, b.material.id, b.raw_store.id)
    again = _report(db, floor, f.wo_flush, **kw)
    assert again.replayed and again.report_id == first.report_id
    assert (again.wo_good_qty, again.wo_scrap_qty) == (10, 1)
    with db.read() as s:
        assert _counts(s) == after_first
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == raw_first
        assert ledger.on_hand(s, f.flushed.id, b.finished_store.id) == Decimal(10)
        wo = s.get(WorkOrder, f.wo_flush.id)
        assert (wo.good_qty, wo.scrap_qty) == (10, 1)
    # the op id belongs to that work order: not silently used for another one
    with pytest.raises(ValidationError) as err:
        _report(db, floor, f.wo, **kw)
    assert err.value.field == "op_id"


def test_backflush_issues_the_bom_for_good_and_scrap(db, world):
    b, f = world
    floor = b[Role.SHOPFLOOR]
    res = _report(db, floor, f.wo_flush, good_qty=Decimal(10), scrap_qty=Decimal(2), scrap_reason="漏水",
                  location_id=b.finished_store.id, material_location_id=b.raw_store.id, op_id=uuid.uuid4())
    issued = {m.item_id: m.qty for m in res.backflush.moves}
    # 12 made: RM-001 2 × 1.05 × 12 = 25.2 kg, housing 1 × 12
    assert issued == {b.material.id: Decimal("-25.2"), f.housing.id: Decimal(-12)}
    assert all(m.move_type == MoveType.ISSUE and m.ref_number == "WO-2026-00002" for m in res.backflush.moves)
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("974.8")
        assert ledger.on_hand(s, f.housing.id, b.raw_store.id) == Decimal(488)
        assert ledger.on_hand(s, f.flushed.id, b.finished_store.id) == Decimal(10)


def test_backflush_needs_a_material_location_and_a_plain_product_does_not(db, world):
    b, f = world
    floor = b[Role.SHOPFLOOR]
    with pytest.raises(ValidationError) as err:
        _report(db, floor, f.wo_flush, good_qty=Decimal(5), location_id=b.finished_store.id)
    assert err.value.field == "material_location_id"
    with db.read() as s:
        assert _counts(s) == (2, 0)  # the two opening balances only
    res = _report(db, floor, f.wo, good_qty=Decimal(5), location_id=b.finished_store.id)
    assert res.backflush is None


def test_backflush_without_material_in_stock_posts_nothing(db, world):
    b, f = world
    with pytest.raises(Exception) as err:
        _report(db, b[Role.SHOPFLOOR], f.wo_flush, good_qty=Decimal(600), location_id=b.finished_store.id,
                material_location_id=b.raw_store.id)
    assert getattr(err.value, "code", None) == "insufficient_stock"
    with db.read() as s:
        assert _counts(s) == (2, 0)
        assert s.get(WorkOrder, f.wo_flush.id).good_qty == 0


@pytest.mark.parametrize("kw, field", [
    (dict(scrap_qty=Decimal(3)), "scrap_reason"),
    (dict(scrap_qty=Decimal(3), scrap_reason="   "), "scrap_reason"),
    (dict(downtime_minutes=20), "downtime_reason"),
    (dict(scrap_qty=Decimal(-1)), "scrap_qty"),
    (dict(good_qty=Decimal(0)), "good_qty"),
    (dict(good_qty="abc"), "good_qty"),
    (dict(good_qty=Decimal("1.00001")), "good_qty"),
    (dict(minutes="1.5"), "minutes"),
    (dict(minutes=-5), "minutes"),
    (dict(downtime_minutes=10, downtime_reason="x" * 201), "downtime_reason"),
])
def test_bad_reports_name_the_field_and_post_nothing(db, world, kw, field):
    b, f = world
    kw = {"good_qty": Decimal(5), **kw}
    with pytest.raises(ValidationError) as err:
        _report(db, b[Role.SHOPFLOOR], f.wo, location_id=b.finished_store.id, **kw)
    assert err.value.field == field
    with db.read() as s:
        assert _counts(s) == (2, 0)


def test_material_issue_from_the_shop_floor_replays_once(db, world):
    b, f = world
    floor, op = b[Role.SHOPFLOOR], uuid.uuid4()
    lines = [stock_ops.IssueLine(b.material.id, b.raw_store.id, Decimal(40))]
    for _ in range(2):
        with db.write(floor) as s:
            res = shop_floor.issue_material(s, floor, f.wo.id, lines, issued_at=AT, op_id=op)
    assert res.replayed
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal(960)
        assert s.get(WorkOrder, f.wo.id).status == WorkOrderStatus.IN_PROGRESS


def test_my_work_orders_follow_the_users_line(db, world):
    b, f = world
    floor = b[Role.SHOPFLOOR]
    with db.read() as s:
        everything = shop_floor.my_work_orders(s, floor, today=TODAY)
    assert everything.all_lines and everything.assigned is None
    assert [c.number for c in everything.cards] == ["WO-2026-00003", "WO-2026-00001", "WO-2026-00002"]
    # the planner assigns line A; the shop-floor user cannot assign lines
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        shop_floor.set_user_line(s, floor, floor.user_id, f.line_a.id)
    with db.write(b[Role.PRODUCTION]) as s:
        got = shop_floor.set_user_line(s, b[Role.PRODUCTION], floor.user_id, f.line_a.id)
    assert got.code == "L1"
    _report(db, floor, f.wo, good_qty=Decimal(25), location_id=b.finished_store.id)
    with db.read() as s:
        mine = shop_floor.my_work_orders(s, floor, today=TODAY)
        other = shop_floor.my_work_orders(s, floor, today=TODAY, work_center_id=f.line_b.id)
        soon = shop_floor.my_work_orders(s, floor, today=TODAY, days=0)
        every = shop_floor.my_work_orders(s, floor, today=TODAY, all_lines=True)
        assert every.all_lines and every.assigned.code == "L1" and len(every.cards) == 3
        later = shop_floor.my_work_orders(s, floor, today=TODAY + dt.timedelta(days=3))
        assert s.get(UserWorkCenter, floor.user_id).work_center_id == f.line_a.id  # unchanged by the view
    assert not mine.all_lines and mine.line.code == mine.assigned.code == "L1"
    assert [(c.number, c.progress, c.open_qty) for c in mine.cards] == [
        ("WO-2026-00001", Decimal("0.25"), 75), ("WO-2026-00002", 0, 50)]
    assert [c.number for c in other.cards] == ["WO-2026-00003"] and other.assigned.code == "L1"
    assert [c.number for c in soon.cards] == ["WO-2026-00001"]  # 00002 starts tomorrow
    # three days later both are late but still open: they stay on the list, flagged
    assert [(c.number, c.late) for c in later.cards] == [("WO-2026-00001", True), ("WO-2026-00002", True)]
    # a done work order leaves the list; clearing the line shows all lines again
    _report(db, floor, f.wo, good_qty=Decimal(75), location_id=b.finished_store.id, finish=True)
    with db.write(b[Role.ADMIN]) as s:
        assert shop_floor.set_user_line(s, b[Role.ADMIN], floor.user_id, None) is None
    with db.read() as s:
        again = shop_floor.my_work_orders(s, floor, today=TODAY)
    assert again.all_lines and [c.number for c in again.cards] == ["WO-2026-00003", "WO-2026-00002"]


def test_set_user_line_checks_its_references(db, world):
    b, f = world
    admin = b[Role.ADMIN]
    with pytest.raises(NotFound) as err, db.write(admin) as s:
        shop_floor.set_user_line(s, admin, uuid.uuid4(), f.line_a.id)
    assert err.value.field == "user_id"
    with pytest.raises(NotFound) as err, db.write(admin) as s:
        shop_floor.set_user_line(s, admin, b[Role.SHOPFLOOR].user_id, uuid.uuid4())
    assert err.value.field == "work_center_id"


def test_the_shop_floor_role_has_exactly_what_reporting_needs(db, world):
    assert ROLE_PERMISSIONS[Role.SHOPFLOOR] == {
        Permission.PLAN_VIEW, Permission.PRODUCTION_REPORT, Permission.STOCK_VIEW, Permission.STOCK_PRODUCTION}
    b, f = world
    floor = b[Role.SHOPFLOOR]
    # cannot receive, ship, adjust, transfer, edit orders or purchase orders
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        ledger.post_moves(s, floor, [ledger.MoveRequest(b.material.id, b.raw_store.id, Decimal(5),
                                                        MoveType.RECEIPT)])
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        ledger.post_moves(s, floor, [ledger.MoveRequest(b.product.id, b.finished_store.id, Decimal(-1),
                                                        MoveType.SHIPMENT)])
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        stock_ops.adjust(s, floor, b.material.id, b.raw_store.id, Decimal(-1), "lost")
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        stock_ops.transfer(s, floor, b.raw_store.id, b.finished_store.id,
                           [stock_ops.TransferLine(b.material.id, Decimal(1))])
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        orders.create_order(s, floor, orders.OrderInput(
            customer_id=b.customer.id, order_date=TODAY,
            lines=[orders.OrderLineInput(item_id=b.product.id, qty=Decimal(1))]))
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        purchasing.create_po(s, floor, purchasing.POInput(supplier_id=b.supplier.id, lines=[]))
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        purchasing.receive_line(s, floor, uuid.uuid4(), Decimal(1), b.raw_store.id)
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        shipping.post_shipment(s, floor, [shipping.ShipLineInput(uuid.uuid4(), Decimal(1))], b.finished_store.id)
    # roles without the report permission cannot report
    for role in (Role.SALES, Role.SUPPLY):
        with pytest.raises(PermissionDenied):
            _report(db, b[role], f.wo, good_qty=Decimal(1), location_id=b.finished_store.id)
    with db.read() as s:
        assert _counts(s) == (2, 0)
