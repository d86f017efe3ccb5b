"""Textbook MRP records worked by hand (sopdesk/planning/mrp.py).

The records use the six-row layout and netting logic of Orlicky, *Material Requirements
Planning* (McGraw-Hill, 1975; the record of gross requirements, scheduled receipts,
projected on hand, net requirements, planned order receipts and releases) and its safety
stock and lot-size variants as the standard texts teach them (e.g. Vollmann, Berry, Whybark,
Jacobs, *Manufacturing Planning and Control*, ch. "Material requirements planning"). The
numbers are ours; every cell below was computed by hand from the rule, before running the
engine. Week 0 is the first bucket; quantities are whole units.
"""

from __future__ import annotations

from test_planning_mrp import _input, _units

from sopdesk.planning.mrp import SCALE, BomEdge, PlanItem, plan, reference_plan

U = SCALE


def test_lot_for_lot_three_levels_with_a_component_on_two_levels():
    """A (lead 1, 10 on hand) = 2 B + 1 C; B (lead 2, 20 on hand, 20 due in week 1) = 3 C;
    C (lead 1, 50 on hand, an open PO of 200 in week 1) sits on level 1 and 2: low-level code 2.

    A   gross 0 0 30 0 40 0 20 0 | proj 10 10 0 0 0 0 0 0 | receipts 0 0 20 0 40 0 20 0
        releases 0 20 0 40 0 20 0 0
    B   gross = 2 × A releases: 0 40 0 80 0 40 0 0; week 1: 20 + 20 − 40 = 0
        proj 20 0 0 0 0 0 0 0 | receipts 0 0 0 80 0 40 0 0 | releases 0 80 0 40 0 0 0 0
    C   gross = A releases + 3 × B releases: 0 260 0 160 0 20 0 0; week 1: 50 + 200 − 260 = −10
        proj 50 0 0 0 0 0 0 0 | receipts 0 10 0 160 0 20 0 0 | releases 10 0 160 0 20 0 0 0
    """
    items = [PlanItem("A", lead_weeks=1), PlanItem("B", lead_weeks=2), PlanItem("C", lead_weeks=1)]
    bom = [BomEdge(0, 1, 2 * U), BomEdge(0, 2, U), BomEdge(1, 2, 3 * U)]
    data = _input(items, 8, [10, 20, 50], {0: [0, 0, 30, 0, 40, 0, 20, 0]}, {1: [0, 20], 2: [0, 200]}, bom)
    r = plan(data)
    assert r.levels.tolist() == [0, 1, 2]
    assert _units(r.projected[0]) == [10, 10, 0, 0, 0, 0, 0, 0]
    assert _units(r.receipts[0]) == [0, 0, 20, 0, 40, 0, 20, 0]
    assert _units(r.releases[0]) == [0, 20, 0, 40, 0, 20, 0, 0]
    assert _units(r.gross[1]) == [0, 40, 0, 80, 0, 40, 0, 0]
    assert _units(r.projected[1]) == [20, 0, 0, 0, 0, 0, 0, 0]
    assert _units(r.receipts[1]) == [0, 0, 0, 80, 0, 40, 0, 0]
    assert _units(r.releases[1]) == [0, 80, 0, 40, 0, 0, 0, 0]
    assert _units(r.gross[2]) == [0, 260, 0, 160, 0, 20, 0, 0]
    assert _units(r.projected[2]) == [50, 0, 0, 0, 0, 0, 0, 0]
    assert _units(r.receipts[2]) == [0, 10, 0, 160, 0, 20, 0, 0]
    assert _units(r.releases[2]) == [10, 0, 160, 0, 20, 0, 0, 0]
    assert not r.past_due.any()
    want = reference_plan(data)
    assert (r.receipts == want.receipts).all() and (r.projected == want.projected).all()


def test_safety_stock_with_a_minimum_lot():
    """X: 100 on hand, safety stock 20, lead 2, minimum lot 50, an open order of 50 in week 1.

    week        0   1   2   3   4   5   6   7
    gross      30  40  20  50  10  60  30  20
    sched           50
    proj       70  80  60  60  50  40  60  40   (week 3: 10 < 20 → net 10 → lot 50;
    receipts               50      50  50         week 5: −10 → net 30 → 50; week 6: 10 → net 10 → 50)
    releases       50      50  50
    """
    item = PlanItem("X", lead_weeks=2, safety_stock=20 * U, min_lot=50 * U)
    r = plan(_input([item], 8, [100], {0: [30, 40, 20, 50, 10, 60, 30, 20]}, {0: [0, 50]}))
    assert _units(r.projected[0]) == [70, 80, 60, 60, 50, 40, 60, 40]
    assert _units(r.receipts[0]) == [0, 0, 0, 50, 0, 50, 50, 0]
    assert _units(r.releases[0]) == [0, 50, 0, 50, 50, 0, 0, 0]
    assert not r.past_due.any()


def test_safety_stock_short_at_the_start_is_planned_past_due():
    """Y: 5 on hand, safety stock 10, lead 1, lot for lot; 10 needed in week 1.
    Week 0 lacks 5 of the safety stock: a receipt of 5 due in week 0 should have been
    released in week −1 — placed in week 0 and reported past due; week 1's 10 is released
    in week 0 as well: releases 15 0 0."""
    r = plan(_input([PlanItem("Y", lead_weeks=1, safety_stock=10 * U)], 3, [5], {0: [0, 10, 0]}))
    assert _units(r.receipts[0]) == [5, 10, 0]
    assert _units(r.releases[0]) == [15, 0, 0]
    assert _units(r.projected[0]) == [10, 10, 10]
    assert r.past_due[0].tolist() == [True, False, False]


def test_an_order_multiple_rounds_up():
    """Z: multiple 25, lead 0: a net need of 30 becomes 50; 20 left over cover week 2's 20."""
    r = plan(_input([PlanItem("Z", multiple=25 * U)], 3, [0], {0: [0, 30, 20]}))
    assert _units(r.receipts[0]) == [0, 50, 0]
    assert _units(r.projected[0]) == [0, 20, 0]
