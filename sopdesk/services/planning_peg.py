"""Pegging rows for the saved plan: what each planned order serves, from the engine's pegging
(sopdesk/planning/pegging.py, whose allocation rule docs/ARCHITECTURE.md states).

A planned order serves sales order lines and work orders' material needs directly, the
planned orders of its parents (a component's order feeds the parent order released that
week), or the safety stock."""

from __future__ import annotations

import numpy as np

from sopdesk.planning import pegging

from .planning_load import Loaded, from_units


def peg_planned_orders(loaded: Loaded, result, orders: list[dict]) -> list[dict]:
    """PlanPeg rows for `orders` (planning._planned_orders: one per item and due week, in
    the engine's order: by item, then due week)."""
    demands = [pegging.Demand(d.item, d.week, d.qty, str(j)) for j, d in enumerate(loaded.demands)]
    receipts = [pegging.Receipt(r.item, r.week, r.qty, str(j)) for j, r in enumerate(loaded.receipts)]
    pegs = pegging.peg(loaded.data, result, demands, receipts)
    if len(pegs.orders) != len(orders):  # both walk the planned receipts by item, then week
        raise AssertionError("pegging and the planned orders disagree")
    rows = []
    planned = np.flatnonzero(pegs.supply_kind == pegging.PLANNED)
    codes = [it.code for it in loaded.items]
    for r in planned.tolist():
        order = orders[int(pegs.supply[r])]
        kind, d = int(pegs.demand_kind[r]), int(pegs.demand[r])
        week = loaded.week_of(min(int(pegs.demand_week[r]), loaded.weeks - 1))
        if kind == pegging.ORDER:
            demand = loaded.demands[d]
            peg = (demand.kind, demand.ref, demand.ref_id)
        elif kind == pegging.PARENT:
            parent = orders[d]
            peg = ("planned_order", f"{codes[parent['_item']]} {parent['due_week'].isoformat()}", parent["id"])
        else:
            peg = ("safety", codes[order["_item"]], None)
        rows.append({"planned_order_id": order["id"], "demand_kind": peg[0], "demand_ref": peg[1][:60],
                     "demand_id": peg[2], "week": week, "qty": from_units(int(pegs.qty[r]))})
    return rows
