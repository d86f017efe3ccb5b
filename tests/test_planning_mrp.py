"""The MRP engine (sopdesk/planning/mrp.py): a textbook record by hand, the known failure
modes of other systems, and the vectorised engine against the per-item reference on random
BOMs (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.planning.mrp import SCALE, BomCycle, BomEdge, PlanInput, PlanItem, plan, reference_plan

U = SCALE  # one unit


def _input(items, weeks, on_hand, demand, scheduled=None, bom=()):
    n = len(items)
    dem = np.zeros((n, weeks), dtype=np.int64)
    sch = np.zeros((n, weeks), dtype=np.int64)
    for i, row in demand.items():
        dem[i, :len(row)] = [q * U for q in row]
    for i, row in (scheduled or {}).items():
        sch[i, :len(row)] = [q * U for q in row]
    return PlanInput(items, weeks, np.array([q * U for q in on_hand], dtype=np.int64), dem, sch, list(bom))


def _units(a):
    return (a // U).tolist()


def test_a_two_level_lot_for_lot_record_worked_by_hand():
    """A (lead 1 week, 20 on hand) needs 2 B each (lead 2, 15 on hand, 10 arriving in week 1)."""
    data = _input([PlanItem("A", lead_weeks=1), PlanItem("B", lead_weeks=2)], 6, [20, 15],
                  {0: [0, 10, 15, 20, 0, 25]}, {1: [0, 10]}, [BomEdge(0, 1, 2 * U)])
    r = plan(data)
    assert _units(r.receipts[0]) == [0, 0, 5, 20, 0, 25]
    assert _units(r.releases[0]) == [0, 5, 20, 0, 25, 0]
    assert _units(r.projected[0]) == [20, 10, 0, 0, 0, 0]
    assert _units(r.gross[1]) == [0, 10, 40, 0, 50, 0]
    assert _units(r.receipts[1]) == [0, 0, 25, 0, 50, 0]
    assert _units(r.releases[1]) == [25, 0, 50, 0, 0, 0]
    assert not r.past_due.any()


def test_a_component_under_several_subassemblies_is_summed_per_week():
    """erpnext#41579: C sits under S1 and S2 of product P; its need is one sum, not per path."""
    items = [PlanItem("P"), PlanItem("S1"), PlanItem("S2"), PlanItem("C")]
    bom = [BomEdge(0, 1, U), BomEdge(0, 2, U), BomEdge(1, 3, 2 * U), BomEdge(2, 3, 3 * U)]
    r = plan(_input(items, 2, [0, 0, 0, 4], {0: [10]}, bom=bom))
    assert _units(r.gross[3]) == [50, 0]
    assert _units(r.receipts[3]) == [46, 0]  # 50 less the 4 on hand, netted once
    assert r.levels.tolist() == [0, 1, 1, 2]


def test_intermediate_stock_is_netted():
    """erpnext#26563: 6 subassemblies on the shelf cut what their components must supply."""
    items = [PlanItem("P"), PlanItem("S"), PlanItem("C")]
    r = plan(_input(items, 1, [0, 6, 0], {0: [10]}, bom=[BomEdge(0, 1, U), BomEdge(1, 2, 5 * U)]))
    assert _units(r.receipts[1]) == [4] and _units(r.gross[2]) == [20]


def test_safety_stock_is_kept_once_per_item():
    """erpnext PR #58806: two demands in one week do not each add the safety stock."""
    data = _input([PlanItem("X", safety_stock=10 * U)], 2, [10], {0: [3, 4]})
    data.demand[0, 0] += 2 * U  # a second order in week 0
    r = plan(data)
    assert _units(r.receipts[0]) == [5, 4]
    assert _units(r.projected[0]) == [10, 10]


def test_the_lot_is_sized_before_the_lead_time_is_applied():
    """odoo PR #76162: quantity = max(net, minimum lot) rounded up to the multiple; the
    release is that quantity, lead weeks before the due week."""
    item = PlanItem("M", lead_weeks=2, min_lot=30 * U, multiple=25 * U)
    r = plan(_input([item], 5, [0], {0: [0, 0, 7, 0, 40]}))
    assert _units(r.receipts[0]) == [0, 0, 50, 0, 0]  # 7 → 30 → 50
    assert _units(r.releases[0]) == [50, 0, 0, 0, 0]
    assert _units(r.projected[0]) == [0, 0, 43, 43, 3]


def test_a_release_before_the_start_is_reported_past_due():
    r = plan(_input([PlanItem("L", lead_weeks=3)], 4, [0], {0: [0, 5]}))
    assert _units(r.releases[0]) == [5, 0, 0, 0] and r.past_due[0, 0]


def test_scrap_raises_the_component_need_rounded_up_to_the_ten_thousandth():
    per_unit = 1 * U + U // 20  # qty_per 1 with 5 % scrap
    r = plan(_input([PlanItem("P"), PlanItem("C")], 1, [0, 0], {0: [3]}, bom=[BomEdge(0, 1, per_unit)]))
    assert int(r.gross[1, 0]) == 3 * per_unit  # 3.15 exactly
    odd = plan(_input([PlanItem("P"), PlanItem("C")], 1, [0, 0], {0: [1]}, bom=[BomEdge(0, 1, 3)]))
    assert int(odd.gross[1, 0]) == 3  # 0.0003 per unit of 1 unit: exact


def test_a_bom_loop_is_refused_with_its_items():
    items = [PlanItem("A"), PlanItem("B"), PlanItem("C")]
    with pytest.raises(BomCycle) as err:
        plan(_input(items, 1, [0, 0, 0], {}, bom=[BomEdge(0, 1, U), BomEdge(1, 2, U), BomEdge(2, 1, U)]))
    assert set(err.value.items) == {"B", "C"} and err.value.items[0] == err.value.items[-1]


@st.composite
def plans(draw):
    n = draw(st.integers(1, 7))
    weeks = draw(st.integers(1, 6))
    items = [PlanItem(f"I{i}", lead_weeks=draw(st.integers(0, 3)), safety_stock=draw(st.integers(0, 5)) * U,
                      min_lot=draw(st.sampled_from([0, 0, 10 * U])), multiple=draw(st.sampled_from([0, 0, 4 * U])))
             for i in range(n)]
    bom = []
    for parent in range(n):  # components only among later items: no loops
        for comp in range(parent + 1, n):
            if draw(st.booleans()) and draw(st.booleans()):
                bom.append(BomEdge(parent, comp, draw(st.integers(1, 30_000))))
    qty = st.integers(0, 40)
    demand = {i: [draw(qty) for _ in range(weeks)] for i in range(n) if draw(st.booleans())}
    scheduled = {i: [draw(st.sampled_from([0, 0, 5])) for _ in range(weeks)] for i in range(n)}
    return _input(items, weeks, [draw(st.integers(0, 30)) for _ in range(n)], demand, scheduled, bom)


@settings(max_examples=200, deadline=None)
@given(data=plans())
def test_the_engine_equals_the_reference_and_keeps_its_promises(data):
    got, want = plan(data), reference_plan(data)
    for name in ("gross", "receipts", "releases", "projected", "past_due"):
        assert np.array_equal(getattr(got, name), getattr(want, name)), name
    safety = np.array([it.safety_stock for it in data.items])[:, None]
    assert (got.projected >= safety).all()  # never planned below safety stock
    lead = np.array([it.lead_weeks for it in data.items])
    for i, t in zip(*np.nonzero(got.receipts), strict=True):  # every release = due − lead
        when = t - lead[i]
        assert got.releases[i, max(when, 0)] >= got.receipts[i, t]
        assert got.past_due[i, 0] or when >= 0
