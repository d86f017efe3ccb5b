"""Rough-cut capacity (sopdesk/planning/capacity.py): working days, calendar exceptions,
maintenance windows, load in the center's unit, overloads with their windows; the numpy
version against the day-by-day reference on random calendars (hypothesis)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.planning.capacity import (
    CalendarException,
    CapacityInput,
    Center,
    Maintenance,
    Routing,
    load_per_unit,
    reference_rough_cut,
    rough_cut,
)
from sopdesk.planning.mrp import SCALE
from sopdesk.planning.weeks import Horizon

U = SCALE
D = dt.date
START = Horizon.of(D(2027, 1, 4), 3)  # 2027-W01 .. W03: Jan 4–10, 11–17, 18–24


def _grid(rows: dict[int, list[int]], n: int = 3, weeks: int = 3) -> np.ndarray:
    out = np.zeros((n, weeks), dtype=np.int64)
    for i, row in rows.items():
        out[i, :len(row)] = [q * U for q in row]
    return out


def test_a_maintenance_window_halves_the_days_it_covers_and_is_named_in_the_overload():
    """CNC-2 makes 300 a day, Monday to Saturday: 1,800 a week. Maintenance 01-13..01-24 at
    50 %: week 2 has Mon, Tue at 300 and Wed–Sat at 150 = 1,200; week 3 six days at 150 = 900.
    A factory holiday on Mon 01-04, but CNC-2 works Sunday 01-10: week 1 still 6 × 300.
    Load in week 3: 1,150 of P (no rate: counted in the center's unit) → overloaded."""
    cnc = Center("CNC-2", 300 * U)
    window = Maintenance(0, D(2027, 1, 13), D(2027, 1, 24), U // 2, "M-7")
    data = CapacityInput(START, [cnc], [Routing(0, 0)], calendar=[
        CalendarException(D(2027, 1, 4), False), CalendarException(D(2027, 1, 10), True, center=0)],
        maintenance=[window])
    r = rough_cut(data, _grid({0: [1000, 1200, 1150]}), _grid({}))
    assert (r.capacity[0] // U).tolist() == [1800, 1200, 900]
    assert r.working_days[0].tolist() == [6, 6, 6]
    assert (r.load[0] // U).tolist() == [1000, 1200, 1150]
    assert r.overloads == [type(r.overloads[0])(0, 2, 1150 * U, 900 * U, 6, (window,))]
    assert (r.free()[0] // U).tolist() == [800, 0, 0]


def test_a_center_exception_overrides_the_factory_wide_one_and_overlapping_windows_take_the_minimum():
    data = CapacityInput(START, [Center("L1", 100 * U), Center("L2", 100 * U)], [], calendar=[
        CalendarException(D(2027, 1, 5), False), CalendarException(D(2027, 1, 5), True, center=1)],
        maintenance=[Maintenance(0, D(2027, 1, 11), D(2027, 1, 13), U // 2),
                     Maintenance(0, D(2027, 1, 13), D(2027, 1, 14), U // 4)])
    r = rough_cut(data, _grid({}, 0), _grid({}, 0))
    # week 1: Tuesday is a factory holiday, but L2 works it (500 vs 600); week 2 of L1:
    # Mon 50, Tue 50, Wed min(50 %, 25 %) = 25, Thu 25, Fri 100, Sat 100 = 350
    assert (r.capacity // U).tolist() == [[500, 350, 600], [600, 600, 600]]
    assert r.working_days.tolist() == [[5, 6, 6], [6, 6, 6]]
    assert r.overloads == []


def test_rates_convert_load_into_the_centers_unit():
    cnc = Center("CNC", 300 * U, hours_per_day=8 * U)
    assert load_per_unit(cnc, Routing(0, 0)) == U  # no rate: one unit of capacity per unit
    assert load_per_unit(cnc, Routing(0, 0, units_per_day=600 * U)) == U // 2  # 300 / 600
    assert load_per_unit(cnc, Routing(0, 0, hours_per_unit=U // 2)) == 18_7500  # 0.5 h × 300 / 8 h
    assert load_per_unit(cnc, Routing(0, 0, units_per_day=7 * U)) == 42_8572  # 300 / 7 rounded up
    data = CapacityInput(START, [cnc], [Routing(0, 0, hours_per_unit=U // 2), Routing(1, 0, units_per_day=600 * U)])
    r = rough_cut(data, _grid({0: [10], 1: [100]}), _grid({1: [0, 40]}))
    assert r.load[0].tolist() == [187_5000 + 50 * U, 20 * U, 0]  # open work orders load too
    with pytest.raises(ValueError):
        rough_cut(CapacityInput(START, [cnc], [Routing(0, 0), Routing(0, 0)]), _grid({}), _grid({}))


@st.composite
def calendars(draw):
    weeks = draw(st.integers(1, 4))
    h = Horizon.of(D(2027, 1, 4), weeks)
    n_c, n_i = draw(st.integers(1, 3)), draw(st.integers(1, 5))
    centers = [Center(f"C{c}", draw(st.integers(0, 500)) * U // 2, draw(st.sampled_from([8, 10, 16])) * U)
               for c in range(n_c)]
    day = st.integers(-3, 7 * weeks + 3).map(lambda d: h.start + dt.timedelta(days=d))
    maintenance = []
    for _ in range(draw(st.integers(0, 4))):
        a, b = sorted((draw(day), draw(day)))
        maintenance.append(Maintenance(draw(st.integers(0, n_c - 1)), a, b, draw(st.sampled_from([0, 2500, 5000]))))
    calendar = {}
    for _ in range(draw(st.integers(0, 6))):
        key = (draw(day), draw(st.sampled_from([None, *range(n_c)])))
        calendar[key] = draw(st.booleans())
    routings = [Routing(i, draw(st.integers(0, n_c - 1)), *draw(st.sampled_from(
        [(0, 0), (75 * U, 0), (0, U // 3), (7 * U, 0)]))) for i in range(n_i) if draw(st.booleans())]
    workdays = frozenset(draw(st.sets(st.integers(0, 6))))
    grid = st.lists(st.integers(0, 300), min_size=n_i * weeks, max_size=n_i * weeks)
    planned = np.array(draw(grid), dtype=np.int64).reshape(n_i, weeks) * U
    open_wo = np.array(draw(grid), dtype=np.int64).reshape(n_i, weeks) * 3
    data = CapacityInput(h, centers, routings, workdays,
                         [CalendarException(d, w, c) for (d, c), w in calendar.items()], maintenance)
    return data, planned, open_wo


@settings(max_examples=150, deadline=None)
@given(case=calendars())
def test_the_numpy_version_equals_the_day_by_day_reference(case):
    got, want = rough_cut(*case), reference_rough_cut(*case)
    for name in ("capacity", "load", "working_days", "center_of", "load_per_unit"):
        assert np.array_equal(getattr(got, name), getattr(want, name)), name
    assert got.overloads == want.overloads
    assert all(o.load > o.capacity for o in got.overloads)
