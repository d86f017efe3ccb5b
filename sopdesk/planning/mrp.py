"""Multi-level MRP over weekly buckets: plain data in, plain data out (no session, no Qt).

Conventions (a spreadsheet check must be able to reproduce a plan by hand):

- quantities are exact: integers in units of 0.0001 (the database's Qty scale); a component
  need of qty_per × (1 + scrap rate) per parent unit is rounded up to 0.0001 per week;
- week 0 is the first bucket; demand and scheduled receipts are placed in their week;
- net requirement of week t = what keeps projected stock at or above safety stock (kept once
  per item, not per row);
- lot rule: quantity = max(net requirement, minimum lot), then rounded up to the multiple
  (none: lot-for-lot); the quantity is fixed before the lead time is applied;
- a planned order covering week t is due in week t and released lead_weeks earlier; a
  release before week 0 is placed in week 0 and reported past due;
- multi-level: a component's gross requirement is the sum over every parent's planned
  releases of that week (low-level codes, so each item is netted once, after all of its
  parents); intermediate stock and scheduled receipts are netted at every level.

`plan()` is vectorised across the items of one level with numpy; `reference_plan()` is the
straightforward per-item version, kept as the tests' oracle and the benchmark's baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

SCALE = 10_000  # quantities are integers of 0.0001


class BomCycle(ValueError):
    """The BOM loops; `items` names the codes on the loop."""

    def __init__(self, items: list[str]):
        super().__init__("the BOM loops through " + " → ".join(items))
        self.items = items


@dataclass(frozen=True)
class PlanItem:
    code: str
    lead_weeks: int = 0
    safety_stock: int = 0  # in units of 0.0001, as every quantity here
    min_lot: int = 0
    multiple: int = 0


@dataclass(frozen=True)
class BomEdge:
    parent: int  # index into items
    component: int
    per_unit: int  # qty_per × (1 + scrap rate), in units of 0.0001 per parent unit


@dataclass
class PlanInput:
    items: list[PlanItem]
    weeks: int
    on_hand: np.ndarray  # (items,) int64
    demand: np.ndarray  # (items, weeks) int64: independent demand (orders, consensus)
    scheduled: np.ndarray  # (items, weeks) int64: open POs and work orders by their week
    bom: list[BomEdge] = field(default_factory=list)


@dataclass
class PlanResult:
    gross: np.ndarray  # (items, weeks): independent + dependent demand
    receipts: np.ndarray  # planned order receipts (due) by week
    releases: np.ndarray  # planned order releases by week (past due ones in week 0)
    projected: np.ndarray  # projected stock at the end of each week
    past_due: np.ndarray  # (items, weeks) bool: a release that should have happened before week 0
    levels: np.ndarray  # low-level code per item


def low_level_codes(n: int, bom: list[BomEdge], codes: list[str]) -> np.ndarray:
    """Each item's deepest level below any parent (0 = nothing uses it); BomCycle on a loop."""
    children: list[list[int]] = [[] for _ in range(n)]
    parents: list[list[int]] = [[] for _ in range(n)]
    for e in bom:
        children[e.parent].append(e.component)
        parents[e.component].append(e.parent)
    order = _topological(n, children)
    if len(order) < n:
        raise BomCycle(_a_cycle(set(range(n)) - set(order), parents, codes))
    level = np.zeros(n, dtype=np.int64)
    for node in order:  # parents before their components
        for child in children[node]:
            level[child] = max(level[child], level[node] + 1)
    return level


def _a_cycle(left: set[int], parents: list[list[int]], codes: list[str]) -> list[str]:
    """Items the topological sort could not place each have a parent among them: walking up
    those parents must come back to an item already seen, which closes the loop."""
    node, seen = min(left), []
    while node not in seen:
        seen.append(node)
        node = next(p for p in parents[node] if p in left)
    loop = seen[seen.index(node):]
    return [codes[k] for k in reversed(loop)] + [codes[loop[-1]]]


def _topological(n: int, children: list[list[int]]) -> list[int]:
    indegree = np.zeros(n, dtype=np.int64)
    for kids in children:
        for c in kids:
            indegree[c] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    out = []
    while ready:
        node = ready.pop()
        out.append(node)
        for c in children[node]:
            indegree[c] -= 1
            if indegree[c] == 0:
                ready.append(c)
    return out


def _lot(net: np.ndarray, min_lot: np.ndarray, multiple: np.ndarray) -> np.ndarray:
    qty = np.maximum(net, min_lot)
    has_multiple = multiple > 0
    safe = np.where(has_multiple, multiple, 1)
    rounded = -(-qty // safe) * safe
    return np.where(net > 0, np.where(has_multiple, rounded, qty), 0)


def plan(data: PlanInput) -> PlanResult:
    items, weeks = data.items, data.weeks
    n = len(items)
    codes = [it.code for it in items]
    levels = low_level_codes(n, data.bom, codes)
    lead = np.array([it.lead_weeks for it in items], dtype=np.int64)
    safety = np.array([it.safety_stock for it in items], dtype=np.int64)
    min_lot = np.array([it.min_lot for it in items], dtype=np.int64)
    multiple = np.array([it.multiple for it in items], dtype=np.int64)
    gross = data.demand.astype(np.int64).copy()
    receipts = np.zeros((n, weeks), dtype=np.int64)
    releases = np.zeros((n, weeks), dtype=np.int64)
    projected = np.zeros((n, weeks), dtype=np.int64)
    past_due = np.zeros((n, weeks), dtype=bool)
    parents = np.array([e.parent for e in data.bom], dtype=np.int64)
    comps = np.array([e.component for e in data.bom], dtype=np.int64)
    per_unit = np.array([e.per_unit for e in data.bom], dtype=np.int64)
    for lvl in range(int(levels.max(initial=0)) + 1):
        idx = np.flatnonzero(levels == lvl)
        if idx.size == 0:
            continue
        stock = data.on_hand[idx].astype(np.int64)
        for t in range(weeks):
            available = stock + data.scheduled[idx, t] - gross[idx, t]
            net = np.maximum(safety[idx] - available, 0)
            qty = _lot(net, min_lot[idx], multiple[idx])
            receipts[idx, t] = qty
            stock = available + qty
            projected[idx, t] = stock
            release_week = t - lead[idx]
            late = release_week < 0
            rows = idx[qty > 0]
            weeks_at = np.maximum(release_week, 0)[qty > 0]
            np.add.at(releases, (rows, weeks_at), qty[qty > 0])
            past_due[idx[(qty > 0) & late], 0] = True
        # the releases of this level are the gross requirements of their components
        edges = np.flatnonzero(np.isin(parents, idx))
        if edges.size:
            need = releases[parents[edges]] * per_unit[edges, None]
            need = -(-need // SCALE)  # rounded up to 0.0001
            np.add.at(gross, comps[edges], need)
    return PlanResult(gross, receipts, releases, projected, past_due, levels)


def reference_plan(data: PlanInput) -> PlanResult:
    """The same plan, item by item and week by week in plain Python (the oracle)."""
    items, weeks, n = data.items, data.weeks, len(data.items)
    levels = low_level_codes(n, data.bom, [it.code for it in items])
    gross = [[int(data.demand[i][t]) for t in range(weeks)] for i in range(n)]
    receipts = [[0] * weeks for _ in range(n)]
    releases = [[0] * weeks for _ in range(n)]
    projected = [[0] * weeks for _ in range(n)]
    past_due = [[False] * weeks for _ in range(n)]
    for i in sorted(range(n), key=lambda k: levels[k]):
        it = items[i]
        stock = int(data.on_hand[i])
        for t in range(weeks):
            available = stock + int(data.scheduled[i][t]) - gross[i][t]
            net = max(it.safety_stock - available, 0)
            qty = 0
            if net > 0:
                qty = max(net, it.min_lot)
                if it.multiple:
                    qty = -(-qty // it.multiple) * it.multiple
            receipts[i][t] = qty
            stock = available + qty
            projected[i][t] = stock
            if qty:
                when = t - it.lead_weeks
                releases[i][max(when, 0)] += qty
                if when < 0:
                    past_due[i][0] = True
        for e in data.bom:
            if e.parent == i:
                for t in range(weeks):
                    gross[e.component][t] += -(-releases[i][t] * e.per_unit // SCALE)
    as_array = np.array
    return PlanResult(as_array(gross, dtype=np.int64), as_array(receipts, dtype=np.int64),
                      as_array(releases, dtype=np.int64), as_array(projected, dtype=np.int64),
                      as_array(past_due, dtype=bool), levels)
