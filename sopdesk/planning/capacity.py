"""Rough-cut capacity per work center and week (plain data in, plain data out).

Conventions (docs/ARCHITECTURE.md, "Planning conventions"):

- one internal unit: the work center's own capacity unit (what `capacity_per_day` counts,
  e.g. pieces). Capacity and load are both integers of 0.0001 of that unit;
- a day is a working day if its weekday is in `workdays` (Monday = 0, the
  `calendar.workdays` setting), unless a calendar exception says otherwise; a work center's
  own exception for a day overrides the factory-wide one (center None);
- the maintenance factor of a day is 1 when no window covers it; a window covers its first
  and last day; where windows overlap, the smallest factor counts (they do not multiply);
- capacity of a day = capacity_per_day × factor, rounded down to 0.0001; a week's capacity is
  the sum over its working days;
- the load of one unit of an item at its center: with a rate in units per working day,
  capacity_per_day / units_per_day; with hours per unit, hours_per_unit × capacity_per_day /
  hours_per_day; with neither, 1 (the item is counted in the center's unit); rounded up to
  0.0001. The load of an item in a week = (planned receipts + open work orders of that week)
  × load per unit, rounded up to 0.0001; a center's load is the sum over the items it makes.
  Orders load the week they are due (planned receipts at their due week, open work orders at
  their planned end), the week MRP counts them as supply in;
- overloaded: load > capacity. Each overload carries the windows touching that week, so the
  caller can say "CNC-2, week 2027-W03: load 1,150 vs capacity 900 (maintenance
  01-13..01-24 at 50 %)".

`rough_cut()` works on whole numpy arrays; `reference_rough_cut()` walks day by day and item
by item in plain Python (the tests' oracle and the benchmark's baseline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from .mrp import SCALE
from .weeks import Horizon

MONDAY_TO_SATURDAY = frozenset(range(6))


@dataclass(frozen=True)
class Center:
    code: str
    capacity_per_day: int  # 0.0001 of the center's unit per working day
    hours_per_day: int = 8 * SCALE  # 0.0001 hours


@dataclass(frozen=True)
class CalendarException:
    day: dt.date
    working: bool
    center: int | None = None  # index into centers; None: factory-wide


@dataclass(frozen=True)
class Maintenance:
    center: int  # index into centers
    first: dt.date
    last: dt.date  # inclusive
    factor: int  # 0.0001: 5000 = the center runs at 50 % on these days
    ref: str = ""  # the caller's id or reason, handed back in overloads and promises


@dataclass(frozen=True)
class Routing:
    """The center that makes an item (index into the plan's items) and its rate."""

    item: int
    center: int
    units_per_day: int = 0  # 0.0001 units per working day; 0 = not given
    hours_per_unit: int = 0  # 0.0001 hours per unit; 0 = not given


@dataclass
class CapacityInput:
    horizon: Horizon
    centers: list[Center]
    routings: list[Routing]
    workdays: frozenset[int] = MONDAY_TO_SATURDAY
    calendar: list[CalendarException] = field(default_factory=list)
    maintenance: list[Maintenance] = field(default_factory=list)


@dataclass(frozen=True)
class Overload:
    center: int
    week: int
    load: int  # 0.0001 of the center's unit
    capacity: int
    working_days: int
    windows: tuple[Maintenance, ...]  # maintenance touching the week, first day order


@dataclass
class CapacityResult:
    capacity: np.ndarray  # (centers, weeks) int64
    load: np.ndarray  # (centers, weeks) int64
    working_days: np.ndarray  # (centers, weeks) int64
    center_of: np.ndarray  # (items,) int64: the center making each item, -1 none
    load_per_unit: np.ndarray  # (items,) int64: load of one unit (0.0001 of the center's unit)
    overloads: list[Overload]
    open_orders: np.ndarray  # (items, weeks) the open work orders counted (promise() needs them)

    def free(self) -> np.ndarray:
        """(centers, weeks) capacity left after the load, never below 0."""
        return np.maximum(self.capacity - self.load, 0)


def load_per_unit(center: Center, routing: Routing) -> int:
    """The load one unit of the routed item puts on its center, rounded up to 0.0001."""
    if routing.units_per_day > 0:
        return -(-center.capacity_per_day * SCALE // routing.units_per_day)
    if routing.hours_per_unit > 0:
        if center.hours_per_day <= 0:
            raise ValueError("work center " + center.code + " has no hours per day")
        return -(-routing.hours_per_unit * center.capacity_per_day // center.hours_per_day)
    return SCALE


def item_load(qty, per_unit):
    """Quantity × load per unit, rounded up to 0.0001 (ints or int64 arrays)."""
    return -(-qty * per_unit // SCALE)


def _routing_arrays(data: CapacityInput, n_items: int) -> tuple[np.ndarray, np.ndarray]:
    center_of = np.full(n_items, -1, dtype=np.int64)
    per_unit = np.zeros(n_items, dtype=np.int64)
    for r in data.routings:
        if center_of[r.item] >= 0:
            raise ValueError("an item has one routing (one center making it)")
        center_of[r.item] = r.center
        per_unit[r.item] = load_per_unit(data.centers[r.center], r)
    return center_of, per_unit


def windows_by_week(data: CapacityInput) -> dict[tuple[int, int], tuple[Maintenance, ...]]:
    """{(center, week): the maintenance windows touching that week, by first day}."""
    out: dict[tuple[int, int], list[Maintenance]] = {}
    h = data.horizon
    for m in sorted(data.maintenance, key=lambda m: (m.first, m.last)):
        for week in range(h.weeks):
            monday = h.monday(week)
            if m.first <= monday + dt.timedelta(days=6) and m.last >= monday:
                out.setdefault((m.center, week), []).append(m)
    return {k: tuple(v) for k, v in out.items()}


def _overloads(data, capacity, load, days) -> list[Overload]:
    windows = windows_by_week(data)
    return [Overload(int(c), int(w), int(load[c, w]), int(capacity[c, w]), int(days[c, w]),
                     windows.get((int(c), int(w)), ()))
            for c, w in zip(*np.nonzero(load > capacity), strict=True)]


def rough_cut(data: CapacityInput, planned: np.ndarray, open_orders: np.ndarray) -> CapacityResult:
    """Capacity, load and overloads; `planned` and `open_orders` are (items, weeks) quantities
    due per week (the plan's receipts; open work orders by planned end)."""
    h, n_c = data.horizon, len(data.centers)
    n_days = 7 * h.weeks
    weekday_ok = np.array([d % 7 in data.workdays for d in range(n_days)])
    working = np.tile(weekday_ok, (max(n_c, 1), 1))[:n_c]
    factor = np.full((n_c, n_days), SCALE, dtype=np.int64)
    for ex in sorted(data.calendar, key=lambda e: e.center is not None):  # factory-wide first
        d = (ex.day - h.start).days
        if 0 <= d < n_days:
            if ex.center is None:
                working[:, d] = ex.working
            else:
                working[ex.center, d] = ex.working
    for m in data.maintenance:
        a, b = max((m.first - h.start).days, 0), min((m.last - h.start).days + 1, n_days)
        if a < b:
            factor[m.center, a:b] = np.minimum(factor[m.center, a:b], m.factor)
    per_day = np.array([c.capacity_per_day for c in data.centers], dtype=np.int64)
    day_capacity = np.where(working, per_day[:, None] * factor // SCALE, 0)
    capacity = day_capacity.reshape(n_c, h.weeks, 7).sum(axis=2)
    days = working.reshape(n_c, h.weeks, 7).sum(axis=2).astype(np.int64)
    center_of, per_unit = _routing_arrays(data, planned.shape[0])
    made = np.flatnonzero(center_of >= 0)
    qty = planned[made].astype(np.int64) + open_orders[made].astype(np.int64)
    load = np.zeros((n_c, h.weeks), dtype=np.int64)
    np.add.at(load, center_of[made], item_load(qty, per_unit[made, None]))
    return CapacityResult(capacity, load, days, center_of, per_unit, _overloads(data, capacity, load, days),
                          open_orders.astype(np.int64))


def reference_rough_cut(data: CapacityInput, planned: np.ndarray, open_orders: np.ndarray) -> CapacityResult:
    """The same, day by day and item by item in plain Python."""
    h, n_c, weeks = data.horizon, len(data.centers), data.horizon.weeks
    factory = {e.day: e.working for e in data.calendar if e.center is None}
    own = {(e.center, e.day): e.working for e in data.calendar if e.center is not None}
    capacity = [[0] * weeks for _ in range(n_c)]
    days = [[0] * weeks for _ in range(n_c)]
    for c, center in enumerate(data.centers):
        for k, day in enumerate(h.days()):
            works = own.get((c, day), factory.get(day, day.weekday() in data.workdays))
            if not works:
                continue
            f = min([m.factor for m in data.maintenance if m.center == c and m.first <= day <= m.last],
                    default=SCALE)
            capacity[c][k // 7] += center.capacity_per_day * f // SCALE
            days[c][k // 7] += 1
    load = [[0] * weeks for _ in range(n_c)]
    center_of = [-1] * planned.shape[0]
    per_unit = [0] * planned.shape[0]
    _routing_arrays(data, planned.shape[0])  # the same checks
    for r in data.routings:
        center_of[r.item], per_unit[r.item] = r.center, load_per_unit(data.centers[r.center], r)
        for w in range(weeks):
            qty = int(planned[r.item][w]) + int(open_orders[r.item][w])
            load[r.center][w] += item_load(qty, per_unit[r.item])
    arr = np.array
    cap_a, load_a = arr(capacity, dtype=np.int64).reshape(n_c, weeks), arr(load, dtype=np.int64).reshape(n_c, weeks)
    days_a = arr(days, dtype=np.int64).reshape(n_c, weeks)
    return CapacityResult(cap_a, load_a, days_a, arr(center_of, dtype=np.int64), arr(per_unit, dtype=np.int64),
                          _overloads(data, cap_a, load_a, days_a), open_orders.astype(np.int64))
