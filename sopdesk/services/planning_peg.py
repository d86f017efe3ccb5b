"""Pegging rows for the saved plan: what each planned order serves, from the engine's pegging
(sopdesk/planning/pegging.py, whose allocation rule docs/ARCHITECTURE.md states).

A planned order serves sales order lines and work orders' material needs directly, the
planned orders of its parents (a component's order feeds the parent order released that
week), or the safety stock."""

from __future__ import annotations

import numpy as np

from sopdesk.planning import pegging

from .planning_load import Loaded

KIND_NAMES = {pegging.PARENT: "planned_order", pegging.SAFETY: "safety"}


def peg_planned_orders(loaded: Loaded, result, orders) -> dict[int, dict[str, list]]:
    """What `orders` (planning.PlannedOrders) serve (one per item and due week, in the
    engine's order: by item, then due week), per item as columns kept with the item's weekly
    grid: {"due": due week of the planned order, "kind", "ref", "id", "week": the demand's
    week, "qty": integers of 0.0001}. Columns, not one object per peg: a large plan has 45,000
    pegs, and writing them one by one cost a fifth of the run."""
    demands = [pegging.Demand(d.item, d.week, d.qty, str(j)) for j, d in enumerate(loaded.demands)]
    receipts = [pegging.Receipt(r.item, r.week, r.qty, str(j)) for j, r in enumerate(loaded.receipts)]
    pegs = pegging.peg(loaded.data, result, demands, receipts)
    if len(pegs.order_qty) != len(orders):  # both walk the planned receipts by item, then week
        raise AssertionError("pegging and the planned orders disagree")
    planned = np.flatnonzero(pegs.supply_kind == pegging.PLANNED)
    if planned.size == 0:
        return {}
    o_item, o_due = orders.item, orders.week
    k = pegs.supply[planned]
    order = np.argsort(o_item[k], kind="stable")  # by item, keeping the engine's order within
    planned, k = planned[order], k[order]
    kinds, ds = pegs.demand_kind[planned].tolist(), pegs.demand[planned].tolist()
    codes = [it.code for it in loaded.items]
    mondays = [loaded.week_of(t).isoformat() for t in range(loaded.weeks)]
    order_ref = [f"{codes[i]} {mondays[t]}" for i, t in zip(o_item.tolist(), o_due.tolist(), strict=True)]
    order_id = orders.ids
    demand_ref = [d.ref for d in loaded.demands]
    demand_id = [str(d.ref_id) if d.ref_id else None for d in loaded.demands]
    demand_kind = [d.kind for d in loaded.demands]
    ks = k.tolist()
    ref = [demand_ref[d] if kd == pegging.ORDER else order_ref[d] if kd == pegging.PARENT else codes[o_item[o]]
           for kd, d, o in zip(kinds, ds, ks, strict=True)]
    ids = [demand_id[d] if kd == pegging.ORDER else order_id[d] if kd == pegging.PARENT else None
           for kd, d in zip(kinds, ds, strict=True)]
    what = [demand_kind[d] if kd == pegging.ORDER else KIND_NAMES[kd] for kd, d in zip(kinds, ds, strict=True)]
    columns = {"due": o_due[k].tolist(), "kind": what, "ref": ref, "id": ids,
               "week": np.minimum(pegs.demand_week[planned], loaded.weeks - 1).tolist(),
               "qty": pegs.qty[planned].tolist()}
    items = o_item[k]
    bounds = np.flatnonzero(np.diff(items)) + 1
    starts, ends = np.concatenate(([0], bounds)), np.concatenate((bounds, [items.size]))
    return {int(items[a]): {name: col[a:b] for name, col in columns.items()}
            for a, b in zip(starts.tolist(), ends.tolist(), strict=True)}
