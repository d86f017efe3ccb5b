"""Weekly buckets (sopdesk/planning/weeks.py): ISO weeks from Monday, dates placed in them."""

from __future__ import annotations

import datetime as dt

import pytest

from sopdesk.planning.weeks import Horizon, iso_week_label, lead_weeks, week_start


def test_the_horizon_starts_on_the_monday_of_the_start_week():
    h = Horizon.of(dt.date(2027, 1, 20), 3)  # a Wednesday
    assert h.start == dt.date(2027, 1, 18) and h.end == dt.date(2027, 2, 8)
    assert h.label(0) == "2027-W03" and h.monday(2) == dt.date(2027, 2, 1)
    assert len(h.days()) == 21 and h.days()[-1] == dt.date(2027, 2, 7)
    with pytest.raises(ValueError):
        Horizon(dt.date(2027, 1, 20), 3)


def test_dates_are_placed_in_their_week_early_ones_in_week_0_late_ones_dropped():
    h = Horizon.of(dt.date(2027, 1, 18), 2)
    assert h.place(dt.date(2027, 1, 24)) == (0, False, False)  # Sunday: still week 0
    assert h.place(dt.date(2027, 1, 25)) == (1, False, False)
    assert h.place(dt.date(2027, 1, 17)) == (0, True, False)  # before the start: past due
    assert h.place(dt.date(2027, 2, 1)) == (None, False, True)  # after the horizon
    assert h.week_of(dt.date(2026, 12, 1)) == 0 and h.week_of(dt.date(2027, 3, 1)) is None


def test_iso_weeks_across_the_year_end():
    assert week_start(dt.date(2027, 1, 1)) == dt.date(2026, 12, 28)
    assert iso_week_label(dt.date(2027, 1, 1)) == "2026-W53"
    assert iso_week_label(dt.date(2027, 1, 4)) == "2027-W01"


def test_lead_days_round_up_to_weeks():
    assert [lead_weeks(d) for d in (0, 1, 6, 7, 8, 14, 15)] == [0, 1, 1, 1, 2, 2, 3]
    with pytest.raises(ValueError):
        lead_weeks(-1)
