"""Capable-to-promise: the earliest week a new quantity of an item can be delivered without
breaking the existing plan (plain data in, plain data out).

The rule (docs/ARCHITECTURE.md, "Planning conventions"), reproducible by hand:

- the existing plan is `data` planned into `result` (every existing promise is demand in it)
  and its rough-cut capacity `cap` (with maintenance, and the load of planned receipts and
  open work orders);
- week w can take the new quantity if adding it as demand of the item in week w and planning
  again (the same MRP: netting, safety stock, lot rule, lead times, every level below)
  needs no more past-due quantity of any item than the plan already has (else "material":
  that item cannot arrive before its lead time from now), and puts no extra load on a work
  center week beyond its capacity (else "capacity": load already planned + the extra load >
  capacity; weeks already overloaded take no more);
- the answer is the first week that can (None: no week of the horizon can);
- binding: "stock" when the item's projected stock covers the quantity in that week with no
  new order anywhere; otherwise what stopped the week before ("material" when a material
  constraint did, else "capacity"), those constraints being the "why"; an answer in week 0
  that needs new orders is "material" (made or bought in time) with no constraint.

Only the item and what lies below it in the BOM are planned again (`promise()`); the result is
the same as planning everything again (`reference_promise()`, the oracle and the baseline).
Room is left for the flex band: a later per-item target only changes `data.demand`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .capacity import (
    CapacityInput,
    CapacityResult,
    Maintenance,
    item_load,
    reference_rough_cut,
    windows_by_week,
)
from .mrp import SCALE, PlanInput, PlanItem, PlanResult, reference_plan


@dataclass(frozen=True)
class Constraint:
    kind: str  # "stock" | "material" | "capacity"
    item: int = -1  # stock, material: the item (index into data.items)
    center: int = -1  # capacity: the work center (index into cap_data.centers)
    week: int = -1  # stock: the answer's week; material: the first due week it misses; capacity: the full week
    until_week: int = -1  # material: the first week a new order of the item can arrive (its lead weeks)
    qty: int = 0  # stock: available in that week; material: what cannot arrive in time; capacity: extra load
    load: int = 0  # capacity: the load already planned in that week
    capacity: int = 0  # capacity: the week's capacity
    windows: tuple[Maintenance, ...] = ()  # capacity: maintenance touching that week


@dataclass(frozen=True)
class Promise:
    item: int
    qty: int
    week: int | None  # the earliest week; None when no week of the horizon can take it
    binding: str  # "stock" | "material" | "capacity"
    why: tuple[Constraint, ...]


def _net(it: PlanItem, on_hand: int, scheduled: list[int], gross: list[int]):
    """One item's MRP record (as mrp.reference_plan): receipts, releases, past-due quantity."""
    weeks = len(gross)
    receipts, releases, past_due, stock = [0] * weeks, [0] * weeks, 0, on_hand
    for t in range(weeks):
        available = stock + scheduled[t] - gross[t]
        net = it.safety_stock - available
        qty = 0
        if net > 0:
            qty = max(net, it.min_lot)
            if it.multiple:
                qty = -(-qty // it.multiple) * it.multiple
        receipts[t] = qty
        stock = available + qty
        if qty:
            when = t - it.lead_weeks
            releases[max(when, 0)] += qty
            if when < 0:
                past_due += qty
    return receipts, releases, past_due


def _past_due(it: PlanItem, receipts) -> int:
    return int(sum(int(q) for q in receipts[:it.lead_weeks]))


def _first_miss(it: PlanItem, new, old) -> int:
    return next(t for t in range(min(it.lead_weeks, len(new))) if new[t] > old[t])


def _verdict(data, cap_data, cap, item, qty, week, changed, past_due, base_receipts, base_projected):
    """The constraints broken by the replanned rows `changed` {item: receipts}, and whether the
    item's own stock covered it (no receipt changed)."""
    broken = []
    for s in sorted(changed):
        it = data.items[s]
        extra = past_due[s] - _past_due(it, base_receipts[s])
        if extra > 0:
            broken.append(Constraint("material", item=s, week=_first_miss(it, changed[s], base_receipts[s]),
                                     until_week=it.lead_weeks, qty=extra))
    n_c, weeks = cap.capacity.shape
    delta = [[0] * weeks for _ in range(n_c)]
    for s, rec in changed.items():
        c = int(cap.center_of[s])
        if c >= 0:
            per, opened = int(cap.load_per_unit[s]), cap.open_orders[s]
            for t in range(weeks):
                o = int(opened[t])
                delta[c][t] += item_load(rec[t] + o, per) - item_load(int(base_receipts[s][t]) + o, per)
    windows = windows_by_week(cap_data)
    for c in range(n_c):
        for t in range(weeks):
            load, capacity = int(cap.load[c, t]), int(cap.capacity[c, t])
            if delta[c][t] > 0 and load + delta[c][t] > capacity:
                broken.append(Constraint("capacity", center=c, week=t, qty=delta[c][t], load=load,
                                         capacity=capacity, windows=windows.get((c, t), ())))
    stock = all(list(map(int, base_receipts[s])) == list(rec) for s, rec in changed.items())
    available = int(min(base_projected[item][week:])) - data.items[item].safety_stock
    return broken, stock, Constraint("stock", item=item, week=week, qty=available)


def _answer(item, qty, weeks, attempt) -> Promise:
    """Scan weeks 0.. with `attempt(w)` → (broken, stock, stock constraint)."""
    last = ()
    for w in range(weeks):
        broken, stock, available = attempt(w)
        if broken:
            last = tuple(broken)
            continue
        if stock:
            return Promise(item, qty, w, "stock", (available, *last))
        if not last:
            return Promise(item, qty, w, "material", ())
        kind = "material" if any(c.kind == "material" for c in last) else "capacity"
        return Promise(item, qty, w, kind, last)
    kind = "material" if any(c.kind == "material" for c in last) else "capacity"
    return Promise(item, qty, None, kind, last)


def _below(data: PlanInput, item: int) -> list[int]:
    """The item and everything below it in the BOM, parents before components."""
    children: dict[int, list[int]] = {}
    for e in data.bom:
        children.setdefault(e.parent, []).append(e.component)
    seen, todo = {item}, [item]
    while todo:
        for c in children.get(todo.pop(), ()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return sorted(seen)


def promise(data: PlanInput, result: PlanResult, cap_data: CapacityInput, cap: CapacityResult,
            item: int, qty: int) -> Promise:
    """The earliest week `qty` more of `item` can be delivered (see the module's rule)."""
    below = sorted(_below(data, item), key=lambda s: (int(result.levels[s]), s))
    inside = set(below)
    edges = [e for e in data.bom if e.parent in inside]
    rows = {s: (list(map(int, data.scheduled[s])), list(map(int, result.gross[s])),
                list(map(int, result.releases[s]))) for s in below}
    base_receipts = {s: result.receipts[s] for s in below}
    base_projected = {item: result.projected[item]}

    def attempt(w: int):
        changed, releases, past_due = {}, {}, {}
        for s in below:
            scheduled, gross, base_rel = rows[s]
            gross = list(gross)
            if s == item:
                gross[w] += qty
            for e in edges:
                if e.component == s and e.parent in releases:
                    new, old = releases[e.parent], rows[e.parent][2]
                    for t in range(data.weeks):
                        if new[t] != old[t]:
                            gross[t] += -(-new[t] * e.per_unit // SCALE) + (-old[t] * e.per_unit // SCALE)
            changed[s], releases[s], past_due[s] = _net(data.items[s], int(data.on_hand[s]), scheduled, gross)
        return _verdict(data, cap_data, cap, item, qty, w, changed, past_due, base_receipts, base_projected)

    return _answer(item, qty, data.weeks, attempt)


def reference_promise(data: PlanInput, result: PlanResult, cap_data: CapacityInput, cap: CapacityResult,
                      item: int, qty: int) -> Promise:
    """The same answer by planning everything again for each week (reference_plan and
    reference_rough_cut): the oracle and the benchmark's baseline."""
    n = len(data.items)
    base_receipts = {s: result.receipts[s] for s in range(n)}

    def attempt(w: int):
        demand = data.demand.copy()
        demand[item, w] += qty
        again = reference_plan(replace(data, demand=demand))
        changed = {s: list(map(int, again.receipts[s])) for s in range(n)
                   if not np.array_equal(again.receipts[s], result.receipts[s])}
        past_due = {s: _past_due(data.items[s], again.receipts[s]) for s in changed}
        reference_rough_cut(cap_data, again.receipts, cap.open_orders)  # the full check's cost
        return _verdict(data, cap_data, cap, item, qty, w, changed, past_due, base_receipts,
                        {item: result.projected[item]})

    return _answer(item, qty, data.weeks, attempt)
