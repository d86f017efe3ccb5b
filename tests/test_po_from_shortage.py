"""POs from shortage rows (services/po_from_shortage.py) on SQLite and PostgreSQL.

The shortage world of tests/test_inventory_shortage.py (worked by hand there), on 2026-11-26:
RM-001 short 49.4, 20 covered by PO1, 29.4 uncovered, first needed uncovered on Dec 10
(the 33 kg of SO2's chain); RM-002 short 54, 40 covered by PO2, 14 uncovered from SO2's
42 on Dec 10; FG-100 and SF-10 are made (a work order cures them). Both materials are
bought from S001 (lead time 10 days; RM-001's own purchase lead time is 10, RM-002 has none).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import Item, POStatus, Role, Supplier
from sopdesk.services import po_from_shortage, purchasing, purchasing_list
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.inventory_shortage import DemandRef, ShortageRow, shortages
from sopdesk.services.permissions import SYSTEM
from tests.test_inventory_world import (
    at,
    make_world,
    opening,
    purchase_order,
    sales_order,
    work_order,
)

D = Decimal
TODAY = dt.date(2026, 11, 26)


def shortage_world(db):
    """tests/test_inventory_shortage.py's plan (the Purchasing tab's test uses it too)."""
    w = make_world(db)
    opening(db, w.product, w.fg, "5", at(1))
    opening(db, w.semi, w.raw, "4", at(1))
    opening(db, w.seal, w.raw, "30", at(1))
    opening(db, w.seal, w.qc, "100", at(1))
    opening(db, w.iron, w.raw, "10", at(1))
    sales_order(db, w, w.product, "15", dt.date(2026, 12, 1))
    sales_order(db, w, w.product, "10", dt.date(2026, 12, 10))
    work_order(db, "WO-2026-00007", w.product, "6", dt.date(2026, 11, 28), dt.date(2026, 11, 30))
    w.po1 = purchase_order(db, w, [(w.iron, "20", dt.date(2026, 11, 29))])
    w.po2 = purchase_order(db, w, [(w.seal, "40", dt.date(2026, 12, 5))])
    return w


@pytest.fixture
def world(db):
    return shortage_world(db)


def _ids(w):
    return [w.iron.id, w.seal.id, w.product.id, w.semi.id]


def _short(db, w, actor=None):
    with db.read() as s:
        return {r.code: r for r in shortages(s, actor or w[Role.SUPPLY], today=TODAY)}


def test_proposal_groups_by_supplier_with_the_uncovered_quantity_and_need_date(db, world):
    w = world
    with db.read() as s:
        p = po_from_shortage.propose(s, w[Role.SUPPLY], _ids(w), today=TODAY)
    assert p.order_date == TODAY
    [po] = p.orders
    assert (po.supplier_code, po.amount) == ("S001", D("206.22"))  # 29.4 x 6.30 = 185.22, 14 x 1.50 = 21.00
    assert [(ln.item_code, ln.qty, ln.need_date, ln.expected_date, ln.unit_price, ln.lead_days, ln.earliest)
            for ln in po.lines] == [
        ("RM-001", D("29.4"), dt.date(2026, 12, 10), dt.date(2026, 12, 10), D("6.3"), 10, dt.date(2026, 12, 6)),
        ("RM-002", D(14), dt.date(2026, 12, 10), dt.date(2026, 12, 10), D("1.5"), 10, dt.date(2026, 12, 6)),
    ]
    assert p.warnings == () and p.drafts == ()
    assert [(s.item_code, s.reason) for s in p.skipped] == [("SF-10", "made"), ("FG-100", "made")]


def test_create_writes_drafts_and_a_confirmed_one_covers_the_shortage(db, world):
    w = world
    supply = w[Role.SUPPLY]
    before = _short(db, w)
    assert (before["RM-001"].uncovered_qty, before["RM-002"].uncovered_qty) == (D("29.4"), D(14))
    with db.write(supply) as s:
        made = po_from_shortage.create(s, supply, [w.iron.id, w.seal.id], today=TODAY)
    [po] = made.pos
    assert made.numbers == ("PO-2026-00003",) and po.status == POStatus.DRAFT and po.order_date == TODAY
    assert [(ln.qty, ln.expected_date, ln.unit_price) for ln in po.lines] == [
        (D("29.4"), dt.date(2026, 12, 10), D("6.3")), (D(14), dt.date(2026, 12, 10), D("1.5"))]
    after = _short(db, w)
    assert after["RM-001"].uncovered_qty == D("29.4")  # a draft covers nothing: the buyer confirms it first
    with db.read() as s:
        again = po_from_shortage.propose(s, supply, [w.iron.id, w.seal.id], today=TODAY)
        listed = purchasing_list.list_pos(s, supply, purchasing_list.POFilter(status=POStatus.DRAFT), today=TODAY)
    assert [(d.item_code, d.po_number) for d in again.drafts] == [("RM-001", "PO-2026-00003"),
                                                                  ("RM-002", "PO-2026-00003")]
    assert [(r.number, r.supplier_code, r.amount) for r in listed] == [("PO-2026-00003", "S001", D("206.22"))]

    with db.write(supply) as s:
        purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
    covered = _short(db, w)
    assert (covered["RM-001"].uncovered_qty, covered["RM-002"].uncovered_qty) == (0, 0)
    assert (covered["RM-001"].covered_qty, covered["RM-002"].covered_qty) == (D("49.4"), D(54))
    assert [(c.number, c.qty, c.late) for c in covered["RM-001"].covers] == [
        (f"{w.po1.number}/1", D("3.2"), True), (f"{w.po1.number}/1", D("16.8"), False),
        ("PO-2026-00003/1", D("29.4"), False)]
    with db.read() as s:
        nothing = po_from_shortage.propose(s, supply, [w.iron.id, w.seal.id], today=TODAY)
    assert nothing.orders == () and [(k.item_code, k.reason) for k in nothing.skipped] == [
        ("RM-001", "covered"), ("RM-002", "covered")]


def test_lead_time_that_can_no_longer_be_met_is_a_warning(db, world):
    w = world
    late_day = dt.date(2026, 12, 3)  # + 10 days = Dec 13, the need is Dec 10
    with db.write(w[Role.SUPPLY]) as s:
        made = po_from_shortage.create(s, w[Role.SUPPLY], [w.iron.id], today=late_day)
    [warning] = made.proposal.warnings
    assert (warning.item_code, warning.supplier_code, warning.need_date, warning.earliest, warning.days_late) == (
        "RM-001", "S001", dt.date(2026, 12, 10), dt.date(2026, 12, 13), 3)
    assert made.pos[0].lines[0].expected_date == dt.date(2026, 12, 10)  # still asked for when it is needed
    with db.read() as s:  # a need already past: expected on the order date, warned
        past = po_from_shortage.propose(s, w[Role.SUPPLY], [w.seal.id], today=dt.date(2026, 12, 12))
    [line] = past.orders[0].lines
    assert (line.need_date, line.expected_date, line.earliest) == (
        dt.date(2026, 12, 10), dt.date(2026, 12, 12), dt.date(2026, 12, 22))
    assert [x.days_late for x in past.warnings] == [12]


def test_items_without_an_active_default_supplier_are_named_not_dropped(db, world):
    w = world
    with db.write(SYSTEM) as s:
        gone = Supplier(code="S009", name="已停用供应商", lead_days=3, active=False)
        s.add(gone)
        s.flush()
        s.get(Item, w.seal.id).default_supplier_id = gone.id
        s.get(Item, w.iron.id).default_supplier_id = None
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        made = po_from_shortage.create(s, supply, [w.iron.id, w.seal.id, w.product.id], today=TODAY)
    assert made.pos == () and made.proposal.orders == ()
    assert [(k.item_code, k.reason, k.supplier_code) for k in made.proposal.skipped] == [
        ("RM-001", "no_supplier", ""), ("FG-100", "made", ""), ("RM-002", "inactive_supplier", "S009")]
    assert [k.item_code for k in made.proposal.skipped_for("no_supplier", "inactive_supplier")] == ["RM-001", "RM-002"]
    with db.read() as s:
        assert purchasing_list.count_pos(s, supply, today=TODAY) == 2  # PO1 and PO2 only


def test_who_may_create(db, world):
    w = world
    for role in (Role.SALES, Role.PRODUCTION):
        with pytest.raises(PermissionDenied), db.write(w[role]) as s:
            po_from_shortage.create(s, w[role], [w.iron.id], today=TODAY)
    with db.write(w[Role.MANAGER]) as s:
        assert po_from_shortage.create(s, w[Role.MANAGER], [w.iron.id], today=TODAY).numbers == ("PO-2026-00003",)


def _row(demands, short, covered):
    return ShortageRow(item_id=None, code="X", name="x", kind=None, unit="", make=False, required=D(0),
                       available=D(0), short_qty=D(short), covered_qty=D(covered),
                       uncovered_qty=D(short) - D(covered), first_need_date=demands[0][1], covered_by=None,
                       late=True, demands=tuple(DemandRef("sales_order_line", None, "SO", D(q), day)
                                                for q, day in demands))


def test_uncovered_need_date_follows_the_netting_order():
    d1, d2, d3 = dt.date(2026, 12, 1), dt.date(2026, 12, 5), dt.date(2026, 12, 9)
    # 10 + 20 + 30 required, stock met 4 of the first (short 56): rests 6, 20, 30
    assert po_from_shortage.uncovered_need_date(_row([(10, d1), (20, d2), (30, d3)], 56, 0)) == d1
    assert po_from_shortage.uncovered_need_date(_row([(10, d1), (20, d2), (30, d3)], 56, 6)) == d2
    assert po_from_shortage.uncovered_need_date(_row([(10, d1), (20, d2), (30, d3)], 56, "25.9999")) == d2
    assert po_from_shortage.uncovered_need_date(_row([(10, d1), (20, d2), (30, d3)], 56, 26)) == d3
