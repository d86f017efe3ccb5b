"""Shortage view (services/inventory_shortage.py) on SQLite and PostgreSQL, hand-computed.

BOM (tests/test_inventory_world.py): FG-100 = 2 SF-10 + 4 RM-002 (5 % scrap);
SF-10 = 1.5 RM-001 (10 % scrap, so 1.65 per piece).

Usable stock: FG-100 5, SF-10 4, RM-002 30 (+100 in quarantine, not usable), RM-001 10.
Demand: SO1 FG-100 15 by Dec 1; SO2 FG-100 10 by Dec 10;
        WO-A FG-100 6 released, Nov 28 - Nov 30: needs SF-10 12 and RM-002 4 x 6 x 1.05 = 25.2.
Supply: WO-A's 6 FG-100 by Nov 30; PO1 RM-001 20 by Nov 29; PO2 RM-002 40 by Dec 5.

FG-100  SO1 15: 5 from stock, 6 from WO-A (Nov 30, in time), 4 lacking; SO2 10 lacking.
        required 25, short 20, covered 6, uncovered 14.
        -> SF-10 8 (Dec 1) + 20 (Dec 10); RM-002 16.8 (Dec 1) + 42 (Dec 10)
SF-10   WO-A 12 (Nov 28): 4 from stock, 8 lacking; 8 and 20 lacking. required 40, short 36.
        -> RM-001 13.2 (Nov 28), 13.2 (Dec 1), 33 (Dec 10)
RM-002  WO-A 25.2 from stock (4.8 left); SO1 16.8: 4.8 stock, 12 from PO2 (Dec 5: late);
        SO2 42: 28 from PO2 (in time), 14 lacking. required 84, short 54, covered 40.
RM-001  13.2: 10 stock, 3.2 from PO1 (Nov 29: late); 13.2 from PO1; 33: 3.6 from PO1,
        29.4 lacking. required 59.4, short 49.4, covered 20.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from sopdesk.models import Role
from sopdesk.services.errors import ValidationError
from sopdesk.services.inventory_shortage import low_level_codes, shortages
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


@pytest.fixture
def plan(db):
    w = make_world(db)
    opening(db, w.product, w.fg, "5", at(1))
    opening(db, w.semi, w.raw, "4", at(1))
    opening(db, w.seal, w.raw, "30", at(1))
    opening(db, w.seal, w.qc, "100", at(1))
    opening(db, w.iron, w.raw, "10", at(1))
    w.so1 = sales_order(db, w, w.product, "15", dt.date(2026, 12, 1))
    w.so2 = sales_order(db, w, w.product, "10", dt.date(2026, 12, 10))
    w.wo = work_order(db, "WO-2026-00007", w.product, "6", dt.date(2026, 11, 28), dt.date(2026, 11, 30))
    w.po1 = purchase_order(db, w, [(w.iron, "20", dt.date(2026, 11, 29))])
    w.po2 = purchase_order(db, w, [(w.seal, "40", dt.date(2026, 12, 5))])
    return w


def _run(db, w, until=None, role=Role.SALES):
    with db.read() as s:
        return {r.code: r for r in shortages(s, w[role], until=until, today=TODAY)}


def test_shortages_through_a_two_level_bom(db, plan):
    rows = _run(db, plan)
    assert list(rows) == ["RM-001", "SF-10", "FG-100", "RM-002"]  # by first need, then code
    got = {c: (r.required, r.available, r.short_qty, r.covered_qty, r.uncovered_qty, r.first_need_date, r.late)
           for c, r in rows.items()}
    assert got == {
        "FG-100": (D(25), D(5), D(20), D(6), D(14), dt.date(2026, 12, 1), True),
        "SF-10": (D(40), D(4), D(36), D(0), D(36), dt.date(2026, 11, 28), True),
        "RM-002": (D("84"), D(30), D(54), D(40), D(14), dt.date(2026, 12, 1), True),
        "RM-001": (D("59.4"), D(10), D("49.4"), D(20), D("29.4"), dt.date(2026, 11, 28), True),
    }
    assert rows["FG-100"].make and rows["SF-10"].make and not rows["RM-002"].make
    po1, po2 = f"{plan.po1.number}/1", f"{plan.po2.number}/1"
    assert [(c.kind, c.number, c.qty, c.date, c.late) for c in rows["FG-100"].covers] == [
        ("work_order", "WO-2026-00007", D(6), dt.date(2026, 11, 30), False)]
    assert sorted((c.number, c.qty, c.late) for c in rows["RM-002"].covers) == [
        (po2, D(12), True), (po2, D(28), False)]
    assert sorted((c.number, c.qty, c.late) for c in rows["RM-001"].covers) == [
        (po1, D("3.2"), True), (po1, D("16.8"), False)]
    assert all(r.covered_by is None for r in rows.values())  # something is uncovered everywhere
    # the documents behind each shortage
    assert [(d.kind, d.number, d.qty) for d in rows["SF-10"].demands] == [
        ("work_order", "WO-2026-00007", D(12)),
        ("sales_order_line", f"{plan.so1.number}/1", D(8)),
        ("sales_order_line", f"{plan.so2.number}/1", D(20)),
    ]


def test_horizon_limits_the_demand(db, plan):
    rows = _run(db, plan, until=dt.date(2026, 12, 1))
    got = {c: (r.required, r.short_qty, r.covered_qty, r.uncovered_qty, r.covered_by, r.late)
           for c, r in rows.items()}
    assert got == {
        "FG-100": (D(15), D(10), D(6), D(4), None, True),
        "SF-10": (D(20), D(16), D(0), D(16), None, True),
        "RM-002": (D(42), D(12), D(12), D(0), dt.date(2026, 12, 5), True),  # covered, but late
        "RM-001": (D("26.4"), D("16.4"), D("16.4"), D(0), dt.date(2026, 11, 29), True),
    }
    assert _run(db, plan, until=dt.date(2026, 11, 27)) == {}  # nothing needed before the 28th


def test_materials_covered_in_time_are_not_late(db):
    w = make_world(db)
    opening(db, w.iron, w.raw, "5", at(1))
    work_order(db, "WO-2026-00001", w.semi, "10", dt.date(2026, 12, 3), dt.date(2026, 12, 4))
    po = purchase_order(db, w, [(w.iron, "20", dt.date(2026, 12, 1))])
    rows = _run(db, w)
    # SF-10 x 10 needs 16.5 RM-001 on Dec 3: 5 from stock, 11.5 from the PO arriving Dec 1
    assert list(rows) == ["RM-001"]
    r = rows["RM-001"]
    assert (r.required, r.short_qty, r.covered_qty, r.uncovered_qty, r.covered_by, r.late) == (
        D("16.5"), D("11.5"), D("11.5"), D(0), dt.date(2026, 12, 1), False)
    assert [(c.number, c.qty) for c in r.covers] == [(f"{po.number}/1", D("11.5"))]


def test_bom_loop_is_reported():
    a, b = uuid.uuid4(), uuid.uuid4()
    assert low_level_codes({a: [(b, D(1), D(0))]}) == {a: 0, b: 1}
    with pytest.raises(ValidationError):
        low_level_codes({a: [(b, D(1), D(0))], b: [(a, D(1), D(0))]})
