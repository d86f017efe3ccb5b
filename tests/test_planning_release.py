"""Releasing planned orders into purchase orders (one per supplier) and work orders, on
SQLite and PostgreSQL: all or nothing, refused twice, per role, and read back by the next
plan run as scheduled receipts (tests/plan_factory.py has the plan worked by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.models import POStatus, PurchaseOrder, Role, WorkOrder, WorkOrderStatus
from sopdesk.services import planning_release, planning_views, purchasing, work_orders
from sopdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from tests.factories import make_basics
from tests.plan_factory import START, run, stage

D = dt.date
TODAY = START  # the factory's today in these tests (the services' `today`)


@pytest.fixture
def factory(db):
    return stage(db, make_basics(db))


def _by_item(view):
    return {(o.item_code, o.due_week): o for o in view.planned}


def _release(db, actor, chosen, versions=None):
    with db.write(actor) as s:
        return planning_release.release(s, actor, [o.id for o in chosen],
                                        versions if versions is not None else {o.id: o.version for o in chosen},
                                        today=TODAY)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_the_plan_is_as_worked_by_hand(db, factory):
    view = run(db, factory.basics[Role.PRODUCTION])
    assert sorted((o.item_code, o.kind, o.qty, o.release_week, o.due_week, o.past_due) for o in view.planned) == [
        ("M-1", "purchase", Decimal(80), D(2027, 1, 4), D(2027, 1, 11), True),
        ("M-2", "purchase", Decimal(40), D(2027, 1, 4), D(2027, 1, 11), False),
        ("M-3", "purchase", Decimal(10), D(2027, 1, 4), D(2027, 1, 4), False),
        ("P-1", "make", Decimal(40), D(2027, 1, 11), D(2027, 1, 18), False),
        ("RM-001", "purchase", Decimal(500), D(2027, 1, 4), D(2027, 1, 4), True),
    ]


def test_purchase_orders_one_per_supplier_and_a_work_order(db, factory):
    b = factory.basics
    view = run(db, b[Role.PRODUCTION])
    o = _by_item(view)
    m1, m2, rm, p1 = o["M-1", D(2027, 1, 11)], o["M-2", D(2027, 1, 11)], o["RM-001", D(2027, 1, 4)], \
        o["P-1", D(2027, 1, 18)]
    done = _release(db, b[Role.MANAGER], [p1, rm, m2, m1])
    assert [(p.supplier_code, p.lines) for p in done.purchase_orders] == [("S001", 1), ("SUP-A", 2)]
    assert len(done.work_orders) == 1
    manager = b[Role.MANAGER]
    with db.read() as s:
        pos = {p.supplier_code: purchasing.get_po(s, manager, purchasing.find_po(s, manager, p.number))
               for p in done.purchase_orders}
        wo = work_orders.get(s, manager, work_orders.find_by_number(s, manager, done.work_orders[0]), today=TODAY).row
    sup_a = pos["SUP-A"]
    assert sup_a.status == POStatus.CONFIRMED and sup_a.order_date == TODAY
    assert [(ln.line_no, ln.item_id, ln.qty, ln.expected_date, ln.unit_price) for ln in sup_a.lines] == [
        (1, factory.m1.id, Decimal(80), D(2027, 1, 11), Decimal("35.50")),  # by due week, then item code
        (2, factory.m2.id, Decimal(40), D(2027, 1, 11), Decimal("12.25")),
    ]
    assert [(ln.qty, ln.expected_date, ln.unit_price) for ln in pos["S001"].lines] == [
        (Decimal(500), D(2027, 1, 4), Decimal("6.30"))]
    assert (wo.item_code, wo.qty, wo.work_center_code, wo.planned_start, wo.planned_end, wo.status) == (
        "P-1", Decimal(40), "WC1", D(2027, 1, 11), D(2027, 1, 18), WorkOrderStatus.PLANNED)
    assert done.numbers == {m1.id: f"{sup_a.number}/1", m2.id: f"{sup_a.number}/2",
                            rm.id: f"{pos['S001'].number}/1", p1.id: wo.number}
    with db.read() as s:
        after = _by_item(planning_views.current_plan(s, manager))
    assert after["M-2", D(2027, 1, 11)].released_number == f"{sup_a.number}/2"
    assert after["P-1", D(2027, 1, 18)].released_number == wo.number
    assert after["M-3", D(2027, 1, 4)].released_number is None


def test_the_next_run_reads_the_documents_as_scheduled_receipts(db, factory):
    b = factory.basics
    o = _by_item(run(db, b[Role.PRODUCTION]))
    _release(db, b[Role.MANAGER], [o[k] for k in o if k[0] != "M-3"])
    view = run(db, b[Role.PRODUCTION])
    assert [(p.item_code, p.qty) for p in view.planned] == [("M-3", Decimal(10))]  # the rest is covered
    with db.read() as s:
        grid = planning_views.item_weeks(s, b[Role.PRODUCTION], view.run_id, factory.product.id)
        m1 = planning_views.item_weeks(s, b[Role.PRODUCTION], view.run_id, factory.m1.id)
    assert grid.rows["scheduled"] == [0, 0, 40, 0, 0, 0]  # the work order's output, at its planned end
    assert grid.rows["receipts"] == [0] * 6
    assert m1.rows["gross"] == [0, 80, 0, 0, 0, 0]  # the work order's material, at its planned start
    assert m1.rows["scheduled"] == [0, 80, 0, 0, 0, 0]  # the PO line
    assert m1.rows["projected"] == [0] * 6


def test_a_second_release_is_refused_and_writes_nothing(db, factory):
    b = factory.basics
    o = _by_item(run(db, b[Role.PRODUCTION]))
    m2, p1 = o["M-2", D(2027, 1, 11)], o["P-1", D(2027, 1, 18)]
    first = _release(db, b[Role.MANAGER], [m2])
    pos, wos = _count(db, PurchaseOrder), _count(db, WorkOrder)
    # another PC, from the list it loaded before: the same versions
    with pytest.raises(InvalidTransition) as err:
        _release(db, b[Role.MANAGER], [p1, m2])
    assert err.value.template == "the planned order of {item} due {week} was already released as {number}"
    assert err.value.params == {"item": "M-2", "week": "2027-01-11", "number": first.numbers[m2.id]}
    assert (_count(db, PurchaseOrder), _count(db, WorkOrder)) == (pos, wos)  # P-1's work order neither
    with db.read() as s:
        assert _by_item(planning_views.current_plan(s, b[Role.MANAGER]))["P-1", D(2027, 1, 18)].released_number is None


def test_a_stale_version_a_missing_supplier_and_a_rerun_plan_are_refused(db, factory):
    b = factory.basics
    manager = b[Role.MANAGER]
    o = _by_item(run(db, b[Role.PRODUCTION]))
    m1, m3 = o["M-1", D(2027, 1, 11)], o["M-3", D(2027, 1, 4)]
    with pytest.raises(ConflictError):
        _release(db, manager, [m1], {m1.id: m1.version + 1})
    with pytest.raises(ValidationError) as err:
        _release(db, manager, [m1, m3])
    assert err.value.field == "supplier" and err.value.params == {"item": "M-3"}
    assert err.value.message == "M-3 has no supplier: give it a default supplier and run the plan again"
    with pytest.raises(ValidationError):
        _release(db, manager, [])
    assert _count(db, PurchaseOrder) == 0
    run(db, b[Role.PRODUCTION])  # the plan again: these planned orders are gone
    with pytest.raises(NotFound):
        _release(db, manager, [m1])
    assert _count(db, PurchaseOrder) == 0


def test_an_inactive_supplier_is_named(db, factory):
    from sopdesk.models import Supplier
    from sopdesk.services.permissions import SYSTEM

    b = factory.basics
    o = _by_item(run(db, b[Role.PRODUCTION]))
    with db.write(SYSTEM) as s:
        s.get(Supplier, factory.sup_a.id).active = False
    with pytest.raises(ValidationError) as err:
        _release(db, b[Role.SUPPLY], [o["M-2", D(2027, 1, 11)]])
    assert err.value.params == {"supplier": "SUP-A", "item": "M-2"}


@pytest.mark.parametrize(("role", "purchase", "make"), [
    (Role.SALES, False, False), (Role.PRODUCTION, False, True), (Role.SUPPLY, True, False),
    (Role.MANAGER, True, True), (Role.ADMIN, True, True),
])
def test_who_may_release_what(db, factory, role, purchase, make):
    b = factory.basics
    o = _by_item(run(db, b[Role.PRODUCTION]))
    bought, made = o["M-2", D(2027, 1, 11)], o["P-1", D(2027, 1, 18)]
    for planned, allowed in ((bought, purchase), (made, make)):
        if allowed:
            assert len(_release(db, b[role], [planned]).numbers) == 1
        else:
            with pytest.raises(PermissionDenied):
                _release(db, b[role], [planned])
    if purchase != make:  # both at once needs both rights: refused whole
        fresh = _by_item(run(db, b[Role.PRODUCTION]))
        before = (_count(db, PurchaseOrder), _count(db, WorkOrder))
        with pytest.raises(PermissionDenied):
            _release(db, b[role], [fresh["M-1", D(2027, 1, 11)], fresh["P-1", D(2027, 1, 18)]]
                     if not make else [fresh["M-1", D(2027, 1, 11)]])
        assert (_count(db, PurchaseOrder), _count(db, WorkOrder)) == before
