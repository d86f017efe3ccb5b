"""Pegging: which demands each supply of a plan serves (plain data in, plain data out).

The allocation rule, per item, reproducible by hand (docs/ARCHITECTURE.md):

- supplies in date order: on-hand first, then each week's scheduled receipts (in the
  caller's order), then that week's planned receipt (one planned order per item and due week);
- demands in date order: each week's independent demands (the caller's refs, in the
  caller's order), then that week's dependent demands (the parent planned orders released
  that week, by parent item then due week), and the safety stock last (after the horizon);
- supplies are consumed first-in first-out by the demands: a peg is each (supply, demand)
  pair that shares quantity. What is left after the safety stock is excess (unpegged);
- a parent planned order's need of a component is split over the parent orders released in
  one week by cumulative rounding: the k-th order gets ceil(cum_k × per_unit) −
  ceil(cum_(k−1) × per_unit) (0.0001), so the parts add up to exactly what MRP added to the
  component's gross requirement for that week;
- a shortage is a planned order released past due (it cannot arrive in time): it lists
  the demands it serves. `end_demands()` follows parent orders up to the independent demands.

Because MRP keeps projected stock at or above safety stock, each demand is covered by
supplies due no later than its own week. `peg()` merges all items at once with numpy;
`reference_peg()` walks item by item in plain Python (the oracle and the baseline).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .mrp import PlanInput, PlanResult

ON_HAND, SCHEDULED, PLANNED = 0, 1, 2  # supply kinds
ORDER, PARENT, SAFETY = 0, 1, 2  # demand kinds
SUPPLY_KINDS = ("on_hand", "scheduled", "planned")
DEMAND_KINDS = ("order", "parent", "safety")


@dataclass(frozen=True)
class Demand:
    """Independent demand: a sales order line, a consensus remainder, … (ref is the caller's)."""

    item: int
    week: int
    qty: int
    ref: str


@dataclass(frozen=True)
class Receipt:
    """A scheduled receipt: an open PO line or work order (ref is the caller's)."""

    item: int
    week: int
    qty: int
    ref: str


@dataclass(frozen=True)
class PlannedOrder:
    item: int
    due_week: int
    release_week: int  # never before 0
    qty: int
    past_due: bool  # due_week − lead weeks < 0


@dataclass(frozen=True)
class Peg:
    item: int
    qty: int
    supply_kind: str  # "on_hand" | "scheduled" | "planned"
    supply: int  # receipt index, planned order index, or -1 (on-hand)
    supply_week: int  # -1 for on-hand
    demand_kind: str  # "order" | "parent" | "safety"
    demand: int  # demand index, parent planned order index, or -1 (safety stock)
    demand_week: int  # the horizon's length for the safety stock


@dataclass(frozen=True)
class Shortage:
    order: int  # the past-due planned order
    item: int
    qty: int
    pegs: tuple[Peg, ...]  # what it serves


_COLUMNS = ("item", "qty", "supply_kind", "supply", "supply_week", "demand_kind", "demand", "demand_week")


@dataclass
class Pegging:
    """The planned orders as columns `order_*` (by item, then due week; `orders` lists them as
    PlannedOrder, built on first use), and the pegs as columns of equal length (int64 arrays),
    sorted by item, then demand order, then supply order."""

    order_item: np.ndarray
    order_due: np.ndarray
    order_release: np.ndarray
    order_qty: np.ndarray
    order_past_due: np.ndarray  # bool
    item: np.ndarray
    qty: np.ndarray
    supply_kind: np.ndarray
    supply: np.ndarray
    supply_week: np.ndarray
    demand_kind: np.ndarray
    demand: np.ndarray
    demand_week: np.ndarray
    excess: np.ndarray  # (items,) supply left over after every demand and the safety stock

    @cached_property
    def orders(self) -> list[PlannedOrder]:
        cols = (self.order_item, self.order_due, self.order_release, self.order_qty, self.order_past_due)
        return [PlannedOrder(*row) for row in zip(*(c.tolist() for c in cols), strict=True)]

    def __len__(self) -> int:
        return int(self.qty.size)

    def pegs(self, rows=None) -> list[Peg]:
        rows = range(len(self)) if rows is None else rows
        cols = [getattr(self, c) for c in _COLUMNS]
        out = []
        for r in rows:
            v = [int(c[r]) for c in cols]
            v[2], v[5] = SUPPLY_KINDS[v[2]], DEMAND_KINDS[v[5]]
            out.append(Peg(*v))
        return out

    def of_order(self, k: int) -> list[Peg]:
        """What planned order k serves (its demands)."""
        return self.pegs(np.flatnonzero((self.supply_kind == PLANNED) & (self.supply == k)))

    def of_demand(self, j: int) -> list[Peg]:
        """What covers independent demand j."""
        return self.pegs(np.flatnonzero((self.demand_kind == ORDER) & (self.demand == j)))

    def end_demands(self, k: int) -> list[int]:
        """The independent demands (indices) planned order k serves, directly or through the
        parent planned orders it feeds; in first-reached order, each once."""
        found, seen, todo = [], {k}, [k]
        while todo:
            rows = np.flatnonzero((self.supply_kind == PLANNED) & (self.supply == todo.pop(0)))
            for r in rows:
                d = int(self.demand[r])
                if self.demand_kind[r] == ORDER and d not in found:
                    found.append(d)
                elif self.demand_kind[r] == PARENT and d not in seen:
                    seen.add(d)
                    todo.append(d)
        return found

    def shortages(self) -> list[Shortage]:
        return [Shortage(int(k), int(self.order_item[k]), int(self.order_qty[k]), tuple(self.of_order(int(k))))
                for k in np.flatnonzero(self.order_past_due)]


def _order_columns(data: PlanInput, result: PlanResult):
    """(item, due, release, qty, past_due) of every planned order, by item then due week."""
    item, due = np.nonzero(result.receipts)
    lead = np.array([it.lead_weeks for it in data.items], dtype=np.int64)
    when = due - lead[item]
    return (item.astype(np.int64), due.astype(np.int64), np.maximum(when, 0), result.receipts[item, due],
            when < 0)


def planned_orders(data: PlanInput, result: PlanResult) -> list[PlannedOrder]:
    """Every planned order of `result`, by item then due week (Pegging.orders' order)."""
    lead = [it.lead_weeks for it in data.items]
    return [PlannedOrder(int(i), int(t), max(int(t) - lead[i], 0), int(result.receipts[i, t]), int(t) - lead[i] < 0)
            for i, t in zip(*np.nonzero(result.receipts), strict=True)]


def _check_sums(data: PlanInput, demands: list[Demand], receipts: list[Receipt]) -> None:
    for rows, grid, what in ((demands, data.demand, "demand"), (receipts, data.scheduled, "scheduled")):
        got = np.zeros_like(grid, dtype=np.int64)
        for r in rows:
            got[r.item, r.week] += r.qty
        if not np.array_equal(got, grid):
            i, t = next(zip(*np.nonzero(got != grid), strict=True))
            raise ValueError(f"the {what} refs of item {data.items[i].code} in week {t} "
                             f"add up to {got[i, t]}, the plan has {grid[i, t]}")


def _dependent(data: PlanInput, o_item, o_rel, o_qty):
    """(component, week, qty, parent order) of every parent order's need, split by cumulative
    rounding within (edge, release week)."""
    n, scale = len(data.items), 10_000
    first = np.searchsorted(o_item, np.arange(n), side="left")
    count = np.searchsorted(o_item, np.arange(n), side="right") - first
    par = np.array([e.parent for e in data.bom], dtype=np.int64)
    comp = np.array([e.component for e in data.bom], dtype=np.int64)
    per = np.array([e.per_unit for e in data.bom], dtype=np.int64)
    counts = count[par] if par.size else np.zeros(0, dtype=np.int64)
    edge = np.repeat(np.arange(par.size), counts)
    starts = np.cumsum(counts) - counts
    k = first[par][edge] + np.arange(edge.size) - np.repeat(starts, counts)
    q, rel = o_qty[k], o_rel[k]
    new_group = np.ones(edge.size, dtype=bool)
    new_group[1:] = (edge[1:] != edge[:-1]) | (rel[1:] != rel[:-1])
    cum = np.cumsum(q)
    base = np.maximum.accumulate(np.where(new_group, cum - q, 0)) if edge.size else cum
    cum_in = cum - base
    p = per[edge]
    need = -(-cum_in * p // scale) - (-(-(cum_in - q) * p // scale))
    return comp[edge], rel, need, k


def _elements(data: PlanInput, orders, demands, receipts):
    o_item, o_due, o_rel, o_qty, _ = orders
    n_o = o_item.size
    """Supply and demand elements as columns (item, week, kind, seq, qty, ref), unsorted."""
    n, weeks = len(data.items), data.weeks
    on = np.asarray(data.on_hand, dtype=np.int64)
    sup = [np.arange(n), np.full(n, -1), np.full(n, ON_HAND), np.zeros(n), on, np.full(n, -1)]
    r = np.arange(len(receipts))
    sup = [np.concatenate(c) for c in zip(sup, [
        np.array([x.item for x in receipts], dtype=np.int64), np.array([x.week for x in receipts], dtype=np.int64),
        np.full(r.size, SCHEDULED), r, np.array([x.qty for x in receipts], dtype=np.int64), r], [
        o_item, o_due, np.full(n_o, PLANNED), np.arange(n_o), o_qty, np.arange(n_o)], strict=True)]
    d = np.arange(len(demands))
    c_item, c_week, c_qty, c_parent = _dependent(data, o_item, o_rel, o_qty)
    o_key = o_item * (weeks + 1) + o_due
    safety = np.array([it.safety_stock for it in data.items], dtype=np.int64)
    dem = [np.concatenate(c) for c in zip(
        [np.array([x.item for x in demands], dtype=np.int64), np.array([x.week for x in demands], dtype=np.int64),
         np.full(d.size, ORDER), d, np.array([x.qty for x in demands], dtype=np.int64), d],
        [c_item, c_week, np.full(c_item.size, PARENT), o_key[c_parent] if c_parent.size else c_parent,
         c_qty, c_parent],
        [np.arange(n), np.full(n, weeks), np.full(n, SAFETY), np.zeros(n), safety, np.full(n, -1)], strict=True)]
    return [c.astype(np.int64) for c in sup], [c.astype(np.int64) for c in dem]


def _sorted_nonzero(cols):
    item, week, kind, seq, qty, ref = cols
    keep = qty > 0
    cols = [c[keep] for c in cols]
    order = np.lexsort((cols[3], cols[2], cols[1], cols[0]))
    return [c[order] for c in cols]


def peg(data: PlanInput, result: PlanResult, demands: list[Demand], receipts: list[Receipt]) -> Pegging:
    """Peg the plan `result` of `data`: `demands` must add up to data.demand and `receipts`
    to data.scheduled per item and week (ValueError naming the first that does not)."""
    _check_sums(data, demands, receipts)
    orders = _order_columns(data, result)
    sup, dem = (_sorted_nonzero(c) for c in _elements(data, orders, demands, receipts))
    n = len(data.items)

    def ends(cols):  # cumulative quantity within each item, at each element's end
        item, qty = cols[0], cols[4]
        cum = np.cumsum(qty)
        start = np.searchsorted(item, np.arange(n), side="left")
        return cum - np.concatenate(([0], cum))[start][item]

    s_end, d_end = ends(sup), ends(dem)
    big = int(max(s_end.max(initial=0), d_end.max(initial=0))) + 1
    ks, kd = sup[0] * big + s_end, dem[0] * big + d_end
    points = np.sort(np.concatenate((ks, kd, np.arange(n, dtype=np.int64) * big)))
    points = points[np.concatenate(([True], points[1:] != points[:-1]))]
    a, b = points[:-1], points[1:]
    same = (a // big) == (b // big)
    a, b = a[same], b[same]
    si = np.searchsorted(ks, a, side="right")
    di = np.searchsorted(kd, a, side="right")
    ok = (si < ks.size) & (di < kd.size)
    a, b, si, di = a[ok], b[ok], si[ok], di[ok]
    ok = (sup[0][si] == a // big) & (dem[0][di] == a // big)
    a, b, si, di = a[ok], b[ok], si[ok], di[ok]
    order = np.lexsort((si, di))
    a, b, si, di = a[order], b[order], si[order], di[order]
    total_s = np.zeros(n, dtype=np.int64)
    np.add.at(total_s, sup[0], sup[4])
    total_d = np.zeros(n, dtype=np.int64)
    np.add.at(total_d, dem[0], dem[4])
    return Pegging(*orders, dem[0][di], b - a, sup[2][si], sup[5][si], sup[1][si], dem[2][di], dem[5][di],
                   dem[1][di], np.maximum(total_s - total_d, 0))


def reference_peg(data: PlanInput, result: PlanResult, demands: list[Demand], receipts: list[Receipt]) -> Pegging:
    """The same pegging, item by item in plain Python (two pointers over each item's lists)."""
    _check_sums(data, demands, receipts)
    orders = planned_orders(data, result)
    n, weeks = len(data.items), data.weeks
    sup: list[list[tuple]] = [[] for _ in range(n)]  # (week, kind, seq, qty, ref)
    dem: list[list[tuple]] = [[] for _ in range(n)]
    for i in range(n):
        if data.on_hand[i] > 0:
            sup[i].append((-1, ON_HAND, 0, int(data.on_hand[i]), -1))
    for j, r in enumerate(receipts):
        if r.qty > 0:
            sup[r.item].append((r.week, SCHEDULED, j, r.qty, j))
    by_parent: dict[int, dict[int, list[int]]] = {}
    for k, o in enumerate(orders):
        sup[o.item].append((o.due_week, PLANNED, k, o.qty, k))
        by_parent.setdefault(o.item, {}).setdefault(o.release_week, []).append(k)
    for j, d in enumerate(demands):
        if d.qty > 0:
            dem[d.item].append((d.week, ORDER, j, d.qty, j))
    for e in data.bom:
        for rel, ks in by_parent.get(e.parent, {}).items():
            cum = 0
            for k in ks:
                before, cum = cum, cum + orders[k].qty
                need = -(-cum * e.per_unit // 10_000) + (-before * e.per_unit // 10_000)
                if need > 0:
                    dem[e.component].append((rel, PARENT, orders[k].item * (weeks + 1) + orders[k].due_week, need, k))
    rows: list[tuple] = []
    excess = np.zeros(n, dtype=np.int64)
    for i in range(n):
        if data.items[i].safety_stock > 0:
            dem[i].append((weeks, SAFETY, 0, data.items[i].safety_stock, -1))
        s_list = sorted(sup[i], key=lambda x: x[:3])
        d_list = sorted(dem[i], key=lambda x: x[:3])
        s_left = [x[3] for x in s_list]
        si = 0
        for dw, dk, _, dq, dref in d_list:
            while dq > 0 and si < len(s_list):
                take = min(dq, s_left[si])
                rows.append((i, take, s_list[si][1], s_list[si][4], s_list[si][0], dk, dref, dw))
                dq -= take
                s_left[si] -= take
                if s_left[si] == 0:
                    si += 1
        excess[i] = sum(s_left[si:])
    cols = [np.array([r[c] for r in rows], dtype=np.int64) for c in range(8)]
    columns = [np.array([getattr(o, f) for o in orders], dtype=np.int64)
               for f in ("item", "due_week", "release_week", "qty")]
    return Pegging(*columns, np.array([o.past_due for o in orders], dtype=bool), *cols, excess)
