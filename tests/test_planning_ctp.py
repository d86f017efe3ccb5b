"""Capable-to-promise engine (sopdesk/planning/promise.py, pure: no database): stock-,
material- and capacity-bound answers worked by hand, a promise that moves later when maintenance is added, and the
incremental answer against planning everything again (hypothesis)."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_planning_mrp import _input, plans

from sopdesk.planning.capacity import CapacityInput, Center, Maintenance, Routing, rough_cut
from sopdesk.planning.mrp import SCALE, BomEdge, PlanItem, plan
from sopdesk.planning.promise import Constraint, promise, reference_promise
from sopdesk.planning.weeks import Horizon

U = SCALE
D = dt.date


def _ask(data, cap_data, item, qty, open_orders=None):
    result = plan(data)
    opened = np.zeros_like(result.receipts) if open_orders is None else open_orders
    cap = rough_cut(cap_data, result.receipts, opened)
    got = promise(data, result, cap_data, cap, item, qty)
    assert got == reference_promise(data, result, cap_data, cap, item, qty)
    return got


def _no_centers(weeks):
    return CapacityInput(_horizon(weeks), [], [])


def _horizon(weeks):
    return Horizon.of(D(2027, 1, 4), weeks)


def test_stock_bound_the_quantity_waits_for_a_receipt_already_on_order():
    """S is bought, lead 4 weeks; its 10 on hand are promised (SO in week 0); PO of 5 arrives
    in week 3. 5 more: weeks 0–2 would need an order due before its lead time (material, S,
    until week 4); week 3 is covered by the PO: stock."""
    data = _input([PlanItem("S", lead_weeks=4)], 6, [10], {0: [10]}, {0: [0, 0, 0, 5]})
    got = _ask(data, _no_centers(6), 0, 5 * U)
    assert (got.week, got.binding) == (3, "stock")
    assert got.why == (Constraint("stock", item=0, week=3, qty=5 * U),
                       Constraint("material", item=0, week=2, until_week=4, qty=5 * U))
    assert _ask(data, _no_centers(6), 0, 6 * U).week == 4  # 6 > 5: wait for a new order


def test_material_bound_a_component_on_order_decides():
    """P is made in a week (lead 1) from one C each; C is bought (lead 3), none on hand, a PO
    of 10 arrives in week 2. 10 P: P due in week w is started in w − 1 and needs C there;
    C is there from week 2 on, so w = 3; week 2 fails on C (due in week 1, until week 3)."""
    data = _input([PlanItem("P", lead_weeks=1), PlanItem("C", lead_weeks=3)], 6, [0, 0], {}, {1: [0, 0, 10]},
                  [BomEdge(0, 1, U)])
    got = _ask(data, _no_centers(6), 0, 10 * U)
    assert (got.week, got.binding) == (3, "material")
    assert got.why == (Constraint("material", item=1, week=1, until_week=3, qty=10 * U),)


def _line(maintenance=()):
    """L1 makes 10 a day, Monday to Friday: 50 a week; P (lead 0) is made on it."""
    return CapacityInput(_horizon(6), [Center("L1", 10 * U)], [Routing(0, 0)], frozenset(range(5)),
                         maintenance=list(maintenance))


def test_capacity_bound_full_weeks_take_no_more():
    """Orders already take 45 of P in weeks 0 and 1 (of 50): 20 more fit only in week 2."""
    data = _input([PlanItem("P")], 6, [0], {0: [45, 45]})
    got = _ask(data, _line(), 0, 20 * U)
    assert (got.week, got.binding) == (2, "capacity")
    assert got.why == (Constraint("capacity", center=0, week=1, qty=20 * U, load=45 * U, capacity=50 * U),)


def test_a_maintenance_window_moves_the_promise_later():
    """40 of P fit in week 0 (50 a week). Maintenance at 50 % on 01-04..01-15 leaves 25 in
    weeks 0 and 1: the same 40 move to week 2, and the window is named."""
    data = _input([PlanItem("P")], 6, [0], {})
    before = _ask(data, _line(), 0, 40 * U)
    window = Maintenance(0, D(2027, 1, 4), D(2027, 1, 15), U // 2, "M-1")
    after = _ask(data, _line([window]), 0, 40 * U)
    assert (before.week, before.binding, before.why) == (0, "material", ())
    assert (after.week, after.binding) == (2, "capacity")
    assert after.why == (Constraint("capacity", center=0, week=1, qty=40 * U, load=0, capacity=25 * U,
                                    windows=(window,)),)


def test_no_week_of_the_horizon_can():
    data = _input([PlanItem("P")], 6, [0], {})
    got = _ask(data, _line(), 0, 60 * U)
    assert got.week is None and got.binding == "capacity" and got.why[0].week == 5


@st.composite
def asks(draw):
    data = draw(plans())
    n = len(data.items)
    centers = [Center(f"C{c}", draw(st.integers(1, 30)) * U) for c in range(draw(st.integers(1, 2)))]
    routings = [Routing(i, draw(st.integers(0, len(centers) - 1))) for i in range(n) if draw(st.booleans())]
    cap_data = CapacityInput(_horizon(data.weeks), centers, routings, frozenset(range(5)))
    item = draw(st.integers(0, n - 1))
    return data, cap_data, item, draw(st.integers(1, 60)) * U


@settings(max_examples=120, deadline=None)
@given(case=asks())
def test_the_incremental_promise_equals_planning_everything_again(case):
    data, cap_data, item, qty = case
    got = _ask(data, cap_data, item, qty)
    assert got.binding in ("stock", "material", "capacity")
    if got.week is not None and got.week > 0:
        assert got.why  # something stopped the week before
