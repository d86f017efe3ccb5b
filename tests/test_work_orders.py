"""Work orders (工单): proposed material issue, create/release/issue/report/close, permissions,
conflicts, list filters and proposals from custom sales orders."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from sopdesk.models import OrderStatus, Role, SalesOrder, SalesOrderLine, WorkOrder, WorkOrderStatus
from sopdesk.services import exports, ledger, stock_ops, work_orders
from sopdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics
from tests.shopfloor_factory import AT, TODAY, make_floor


@pytest.fixture
def world(db):
    b = make_basics(db)
    return b, make_floor(db, b)


def test_proposed_issue_is_the_bom_for_the_quantity_less_what_was_issued(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    with db.read() as s:
        lines = work_orders.proposed_issue(s, planner, f.wo_flush.id)
    assert [(ln.item_code, ln.required, ln.issued, ln.proposed, ln.location_id) for ln in lines] == [
        ("RM-001", Decimal("105"), Decimal(0), Decimal("105"), b.raw_store.id),
        ("RM-010", Decimal("50"), Decimal(0), Decimal("50"), b.raw_store.id),
    ]
    with db.write(planner) as s:
        stock_ops.issue_to_work_order(s, planner, f.wo_flush.id, [
            stock_ops.IssueLine(b.material.id, b.raw_store.id, Decimal("30.5")),
            stock_ops.IssueLine(f.housing.id, b.raw_store.id, Decimal("60")),
        ], issued_at=AT, op_id=uuid.uuid4())
    with db.read() as s:
        lines = work_orders.proposed_issue(s, planner, f.wo_flush.id)
    assert [(ln.issued, ln.proposed, ln.qty) for ln in lines] == [
        (Decimal("30.5"), Decimal("74.5"), Decimal("74.5")),
        (Decimal("60"), Decimal(0), Decimal(0)),
    ]



def _new(db, actor, b, f, **kw):
    data = work_orders.WorkOrderInput(item_id=b.product.id, qty=kw.pop("qty", "40"), work_center_id=f.line_a.id,
                                      planned_start=TODAY, planned_end=kw.pop("end", TODAY + dt.timedelta(days=3)),
                                      **kw)
    with db.write(actor) as s:
        return work_orders.create(s, actor, data, today=TODAY)


def test_create_release_issue_report_close(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    row = _new(db, planner, b, f)
    assert (row.status, row.qty, row.good_qty) == (WorkOrderStatus.PLANNED, Decimal(40), 0)
    assert row.number.startswith("WO-2026-") and row.work_center_code == "L1" and not row.late
    with db.write(planner) as s:
        row = work_orders.release(s, planner, row.id, row.version, today=TODAY)
    assert row.status == WorkOrderStatus.RELEASED
    with db.write(planner) as s:
        stock_ops.issue_to_work_order(s, planner, row.id, [stock_ops.IssueLine(b.material.id, b.raw_store.id,
                                                                               Decimal(25))],
                                      issued_at=AT, op_id=uuid.uuid4())
        stock_ops.report_output(s, planner, row.id, Decimal(30), b.finished_store.id, scrap_qty=Decimal(1),
                                produced_at=AT, op_id=uuid.uuid4())
    with db.read() as s:
        detail = work_orders.get(s, planner, row.id, today=TODAY)
        assert ledger.on_hand(s, b.product.id, b.finished_store.id) == Decimal(30)
    assert detail.row.status == WorkOrderStatus.IN_PROGRESS
    assert (detail.row.good_qty, detail.row.scrap_qty, detail.row.progress) == (30, 1, Decimal("0.75"))
    assert [(m.move_type.value, m.item_code, m.qty, m.ref_number) for m in detail.moves] == [
        ("issue", "RM-001", Decimal(-25), row.number), ("output", "FG-100", Decimal(30), row.number)]
    assert detail.issued == {b.material.id: Decimal(25)}
    with db.write(planner) as s, pytest.raises(ValidationError):
        work_orders.cancel(s, planner, row.id, detail.row.version, today=TODAY)  # moves: close instead
    with db.write(planner) as s:
        done = work_orders.close(s, planner, row.id, detail.row.version, today=TODAY)
    assert (done.status, done.actual_end) == (WorkOrderStatus.DONE, TODAY)
    with db.write(planner) as s, pytest.raises(InvalidTransition):
        work_orders.release(s, planner, row.id, done.version, today=TODAY)


def test_create_validates_each_field(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    cases = [({"qty": "0"}, "qty"), ({"qty": "1.123456789"}, "qty"), ({"end": TODAY - dt.timedelta(days=1)}, "planned_end")]
    for kw, fld in cases:
        with pytest.raises(ValidationError) as err:
            _new(db, planner, b, f, **kw)
        assert err.value.field == fld
    data = work_orders.WorkOrderInput(item_id=b.material.id, qty=1, work_center_id=None,
                                      planned_start=TODAY, planned_end=TODAY)
    with db.write(planner) as s, pytest.raises(ValidationError) as err:
        work_orders.create(s, planner, data, today=TODAY)
    assert err.value.field == "item_id"


def test_permissions_and_stale_versions(db, world):
    b, f = world
    for role in (Role.SALES, Role.SUPPLY, Role.SHOPFLOOR):
        with pytest.raises(PermissionDenied):
            _new(db, b[role], b, f)
    row = _new(db, b[Role.PRODUCTION], b, f)
    with db.write(b[Role.SHOPFLOOR]) as s, pytest.raises(PermissionDenied):
        work_orders.release(s, b[Role.SHOPFLOOR], row.id, row.version)
    with db.write(b[Role.MANAGER]) as s:
        work_orders.release(s, b[Role.MANAGER], row.id, row.version)
    with db.write(b[Role.PRODUCTION]) as s, pytest.raises(ConflictError):
        work_orders.cancel(s, b[Role.PRODUCTION], row.id, row.version)  # loaded before the release
    with db.read() as s:
        assert s.get(WorkOrder, row.id).status == WorkOrderStatus.RELEASED
        assert work_orders.list_work_orders(s, b[Role.SALES], today=TODAY)  # viewing is open to all roles


def test_list_puts_late_ones_first_and_filters(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    late = _new(db, planner, b, f, end=TODAY)  # planned end 12-07: late on 12-08
    with db.read() as s:
        later = TODAY + dt.timedelta(days=1)
        rows = work_orders.list_work_orders(s, planner, today=later)
        assert rows[0].number in {f.wo_b.number, f.wo.number, late.number} and rows[0].late
        assert [r.late for r in rows] == sorted([r.late for r in rows], reverse=True)
        only_late = work_orders.list_work_orders(s, planner, work_orders.WorkOrderFilter(late_only=True), today=later)
        assert {r.number for r in only_late} == {late.number, f.wo_b.number}
        line_b = work_orders.list_work_orders(s, planner, work_orders.WorkOrderFilter(work_center_id=f.line_b.id),
                                              today=TODAY)
        assert [r.number for r in line_b] == [f.wo_b.number]
        planned = work_orders.list_work_orders(s, planner, work_orders.WorkOrderFilter(
            status=WorkOrderStatus.PLANNED, text="泵体"), today=TODAY)
        assert [r.number for r in planned] == [late.number]
        exp = exports.export_rows(s, planner, "work-orders", {"late_only": True, "today": later})
        data = list(exp.rows)
        assert exp.total == 2 and {d[0] for d in data} == {late.number, f.wo_b.number}


def test_confirmed_custom_order_lines_are_proposed_until_they_have_a_work_order(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    with db.write(SYSTEM) as s:
        so = SalesOrder(number="SO-2026-00077", customer_id=b.customer.id, order_date=TODAY, is_custom=True,
                        promised_date=dt.date(2026, 12, 20), status=OrderStatus.CONFIRMED)
        plain = SalesOrder(number="SO-2026-00078", customer_id=b.customer.id, order_date=TODAY,
                           status=OrderStatus.CONFIRMED)
        s.add_all([so, plain])
        s.flush()
        s.add_all([SalesOrderLine(order_id=so.id, line_no=1, item_id=b.product.id, qty=Decimal(12),
                                  shipped_qty=Decimal(2)),
                   SalesOrderLine(order_id=plain.id, line_no=1, item_id=b.product.id, qty=Decimal(5))])
    with db.read() as s:
        [p] = work_orders.proposals(s, planner)
    assert (p.order_number, p.line_no, p.open_qty, p.due, p.item_code) == (
        "SO-2026-00077", 1, Decimal(10), dt.date(2026, 12, 20), "FG-100")
    with db.write(planner) as s:
        row = work_orders.create(s, planner, p.as_input(TODAY), today=TODAY)
    assert (row.qty, row.planned_end, row.sales_order_number) == (Decimal(10), dt.date(2026, 12, 20), "SO-2026-00077")
    with db.read() as s:
        assert work_orders.proposals(s, planner) == []
        assert s.scalar(select(WorkOrder.sales_order_line_id).where(WorkOrder.id == row.id)) == p.sales_order_line_id
