"""Pegging (sopdesk/planning/pegging.py): a multi-level plan pegged by hand, safety stock
last, past-due orders as shortages with their demands, refs that must add up; numpy version
against the plain-Python reference and the quantity sums on random plans (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_planning_mrp import _input, plans

from sopdesk.planning.mrp import SCALE, BomEdge, PlanItem, plan
from sopdesk.planning.pegging import PARENT, SAFETY, Demand, Peg, Receipt, peg, reference_peg

U = SCALE
COLUMNS = ("item", "qty", "supply_kind", "supply", "supply_week", "demand_kind", "demand", "demand_week")


def _two_levels():
    """A (lead 1, 20 on hand) needs 2 B (lead 2, 15 on hand, PO-1 of 10 in week 1); orders
    SO-1 10 in week 1, SO-2 15 in week 2, SO-3 20 in week 3, SO-4 25 in week 5."""
    data = _input([PlanItem("A", lead_weeks=1), PlanItem("B", lead_weeks=2)], 6, [20, 15],
                  {0: [0, 10, 15, 20, 0, 25]}, {1: [0, 10]}, [BomEdge(0, 1, 2 * U)])
    demands = [Demand(0, t, int(q), f"SO-{k + 1}") for k, (t, q) in
               enumerate((t, q) for t, q in enumerate(data.demand[0]) if q)]
    return data, demands, [Receipt(1, 1, 10 * U, "PO-1")]


def test_a_two_level_plan_pegged_by_hand():
    """A: on-hand 20 → SO-1 (10) and 10 of SO-2; A's order due week 2 (5) → the rest of SO-2;
    due 3 (20) → SO-3; due 5 (25) → SO-4.  B's gross is A's releases × 2: 10 in week 1 (for
    A's order due 2), 40 in week 2 (due 3), 50 in week 4 (due 5). B: on-hand 15 → the 10 of
    week 1 and 5 of week 2; PO-1 (10) → 10 of week 2; B's order due 2 (25) → the last 25 of
    week 2; B's order due 4 (50) → week 4's 50."""
    data, demands, receipts = _two_levels()
    p = peg(data, plan(data), demands, receipts)
    o = {(x.item, x.due_week): k for k, x in enumerate(p.orders)}
    assert [(x.item, x.due_week, x.release_week, x.qty // U) for x in p.orders] == [
        (0, 2, 1, 5), (0, 3, 2, 20), (0, 5, 4, 25), (1, 2, 0, 25), (1, 4, 2, 50)]
    got = [(g.item, g.qty // U, g.supply_kind, g.supply, g.demand_kind, g.demand, g.demand_week) for g in p.pegs()]
    assert got == [
        (0, 10, "on_hand", -1, "order", 0, 1), (0, 10, "on_hand", -1, "order", 1, 2),
        (0, 5, "planned", o[0, 2], "order", 1, 2), (0, 20, "planned", o[0, 3], "order", 2, 3),
        (0, 25, "planned", o[0, 5], "order", 3, 5),
        (1, 10, "on_hand", -1, "parent", o[0, 2], 1), (1, 5, "on_hand", -1, "parent", o[0, 3], 2),
        (1, 10, "scheduled", 0, "parent", o[0, 3], 2), (1, 25, "planned", o[1, 2], "parent", o[0, 3], 2),
        (1, 50, "planned", o[1, 4], "parent", o[0, 5], 4)]
    assert [demands[j].ref for j in p.end_demands(o[1, 4])] == ["SO-4"]
    assert [demands[j].ref for j in p.end_demands(o[1, 2])] == ["SO-3"]
    assert p.of_demand(1) == [Peg(0, 10 * U, "on_hand", -1, -1, "order", 1, 2),
                              Peg(0, 5 * U, "planned", o[0, 2], 2, "order", 1, 2)]
    assert p.shortages() == [] and p.excess.tolist() == [0, 0]


def test_safety_stock_is_pegged_last_and_lot_excess_is_left_over():
    """X: 4 on hand, safety stock 5, minimum lot 20, lead 0; SO-1 6 in week 0, SO-2 3 in week 1.
    Week 0: 4 − 6 = −2 → net 7 → lot 20 → 18; week 1: 15. On-hand → 4 of SO-1; the order
    (20) → 2 of SO-1, SO-2's 3, the safety stock's 5; 10 left over."""
    data = _input([PlanItem("X", safety_stock=5 * U, min_lot=20 * U)], 2, [4], {0: [6, 3]})
    p = peg(data, plan(data), [Demand(0, 0, 6 * U, "SO-1"), Demand(0, 1, 3 * U, "SO-2")], [])
    assert [(g.qty // U, g.supply_kind, g.demand_kind, g.demand) for g in p.pegs()] == [
        (4, "on_hand", "order", 0), (2, "planned", "order", 0), (3, "planned", "order", 1),
        (5, "planned", "safety", -1)]
    assert p.excess.tolist() == [10 * U]


def test_a_past_due_order_is_a_shortage_naming_its_demands():
    """L: lead 3, nothing on hand; SO-9 needs 5 in week 1: the order due in week 1 should have
    been released two weeks ago, so it is a shortage serving SO-9; its component M (2 each)
    is pegged to it, and through it to SO-9."""
    data = _input([PlanItem("L", lead_weeks=3), PlanItem("M")], 4, [0, 0], {0: [0, 5]}, bom=[BomEdge(0, 1, 2 * U)])
    p = peg(data, plan(data), [Demand(0, 1, 5 * U, "SO-9")], [])
    (short,) = p.shortages()
    assert (short.item, short.qty, p.orders[short.order].due_week) == (0, 5 * U, 1)
    assert [(g.demand_kind, g.demand, g.qty) for g in short.pegs] == [("order", 0, 5 * U)]
    m_order = next(k for k, o in enumerate(p.orders) if o.item == 1)
    assert p.orders[m_order].qty == 10 * U and p.end_demands(m_order) == [0]


def test_refs_must_add_up_to_the_plans_grids():
    data, demands, receipts = _two_levels()
    with pytest.raises(ValueError, match="demand refs of item A in week 5"):
        peg(data, plan(data), demands[:-1], receipts)
    with pytest.raises(ValueError, match="scheduled"):
        peg(data, plan(data), demands, [])


@st.composite
def pegged(draw):
    data = draw(plans())
    demands, receipts = [], []
    for i, t in zip(*np.nonzero(data.demand), strict=True):  # one or two refs per cell
        q = int(data.demand[i, t])
        cut = draw(st.integers(0, q))
        demands += [Demand(int(i), int(t), part, f"D{len(demands)}") for part in (cut, q - cut) if part]
    for i, t in zip(*np.nonzero(data.scheduled), strict=True):
        receipts.append(Receipt(int(i), int(t), int(data.scheduled[i, t]), f"R{len(receipts)}"))
    order = draw(st.permutations(range(len(demands))))
    return data, [demands[k] for k in order], receipts


@settings(max_examples=200, deadline=None)
@given(case=pegged())
def test_pegging_equals_the_reference_and_adds_up(case):
    data, demands, receipts = case
    result = plan(data)
    got, want = peg(data, result, demands, receipts), reference_peg(data, result, demands, receipts)
    for name in COLUMNS:
        assert np.array_equal(getattr(got, name), getattr(want, name)), name
    assert np.array_equal(got.excess, want.excess) and got.orders == want.orders
    assert (got.qty > 0).all()
    for j, d in enumerate(demands):  # every demand fully pegged
        assert sum(g.qty for g in got.of_demand(j)) == d.qty
    for k, o in enumerate(got.orders):  # a planned order pegs at most its quantity
        assert sum(g.qty for g in got.of_order(k)) <= o.qty
    n = len(data.items)
    supplied = data.on_hand + data.scheduled.sum(axis=1) + result.receipts.sum(axis=1)
    pegged_qty = np.zeros(n, dtype=np.int64)
    np.add.at(pegged_qty, got.item, got.qty)
    assert np.array_equal(pegged_qty + got.excess, supplied)  # supply = pegs + excess per item
    safety = np.zeros(n, dtype=np.int64)
    np.add.at(safety, got.item[got.demand_kind == SAFETY], got.qty[got.demand_kind == SAFETY])
    assert safety.tolist() == [it.safety_stock for it in data.items]
    dependent = np.zeros_like(result.gross)
    rows = got.demand_kind == PARENT
    np.add.at(dependent, (got.item[rows], got.demand_week[rows]), got.qty[rows])
    assert np.array_equal(dependent, result.gross - data.demand)  # parents' needs exactly
    assert (got.supply_week <= got.demand_week).all()  # nothing pegged to a later supply
