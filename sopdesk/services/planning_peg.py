"""Pegging rows for the saved plan: what each planned order serves, from the engine's pegging
(sopdesk/planning/pegging.py, whose allocation rule docs/ARCHITECTURE.md states).

A planned order serves sales order lines and work orders' material needs directly, the
planned orders of its parents (a component's order feeds the parent order released that
week), or the safety stock."""

from __future__ import annotations

import numpy as np

from sopdesk.planning import pegging

from .planning_load import Loaded


def peg_planned_orders(loaded: Loaded, result, orders: list[dict]) -> list[list[dict]]:
    """What each of `orders` serves (planning._planned_orders: one per item and due week, in
    the engine's order: by item, then due week), as the JSON kept on the planned order
    (quantities as integers of 0.0001, like the grid)."""
    demands = [pegging.Demand(d.item, d.week, d.qty, str(j)) for j, d in enumerate(loaded.demands)]
    receipts = [pegging.Receipt(r.item, r.week, r.qty, str(j)) for j, r in enumerate(loaded.receipts)]
    pegs = pegging.peg(loaded.data, result, demands, receipts)
    if len(pegs.order_qty) != len(orders):  # both walk the planned receipts by item, then week
        raise AssertionError("pegging and the planned orders disagree")
    out: list[list[dict]] = [[] for _ in orders]
    codes = [it.code for it in loaded.items]
    mondays = [loaded.week_of(t).isoformat() for t in range(loaded.weeks)]
    last = loaded.weeks - 1
    planned = np.flatnonzero(pegs.supply_kind == pegging.PLANNED)
    columns = (pegs.supply[planned].tolist(), pegs.demand_kind[planned].tolist(), pegs.demand[planned].tolist(),
               pegs.demand_week[planned].tolist(), pegs.qty[planned].tolist())
    for k, kind, d, week, qty in zip(*columns, strict=True):
        if kind == pegging.ORDER:
            demand = loaded.demands[d]
            ref, ref_id, what = demand.ref, str(demand.ref_id) if demand.ref_id else None, demand.kind
        elif kind == pegging.PARENT:
            parent = orders[d]
            ref, ref_id, what = f"{codes[parent['_item']]} {parent['due_week'].isoformat()}", str(parent["id"]), \
                "planned_order"
        else:
            ref, ref_id, what = codes[orders[k]["_item"]], None, "safety"
        out[k].append({"kind": what, "ref": ref, "id": ref_id, "week": mondays[min(week, last)], "qty": qty})
    return out
