"""Weekly buckets: ISO weeks starting Monday (plain dates in, plain ints out).

Conventions (docs/ARCHITECTURE.md, "Planning conventions"):

- the horizon starts on the Monday of the week holding the start date; week k is the seven
  days from `start + 7k`; `weeks` buckets in all;
- a date before the start week is placed in week 0 and flagged `early` (past due: an order
  already late, a PO expected last week); a date on or after `start + 7 × weeks` is
  outside the horizon: `week` is None and `late` is set (the caller drops it and may report it);
- lead days become lead weeks rounded up: ceil(days / 7) (0 days → 0 weeks, 1..7 → 1);
- weekdays are numbered as the `calendar.workdays` setting numbers them: Monday = 0 … Sunday = 6
  (Python's `date.weekday()`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


def iso_week_label(day: dt.date) -> str:
    """'2027-W03': ISO year and week of `day` (the ISO year can differ from the calendar year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def lead_weeks(days: int) -> int:
    """Lead days → lead weeks, rounded up: ceil(days / 7); negative days are refused."""
    if days < 0:
        raise ValueError("lead days must not be negative")
    return -(-days // 7)


class Placed(NamedTuple):
    week: int | None  # the bucket, None when after the horizon
    early: bool  # the date is before the start week (placed in week 0)
    late: bool  # the date is after the horizon (week is None)


@dataclass(frozen=True)
class Horizon:
    """`weeks` ISO weeks from the Monday `start`."""

    start: dt.date
    weeks: int

    def __post_init__(self):
        if self.start.weekday() != 0:
            raise ValueError("a horizon starts on a Monday; use Horizon.of(day, weeks)")
        if self.weeks < 1:
            raise ValueError("a horizon has at least one week")

    @classmethod
    def of(cls, day: dt.date, weeks: int) -> Horizon:
        """The horizon of `weeks` weeks starting in the week of `day`."""
        return cls(week_start(day), weeks)

    @property
    def end(self) -> dt.date:
        """The first day after the horizon."""
        return self.start + dt.timedelta(days=7 * self.weeks)

    def place(self, day: dt.date) -> Placed:
        offset = (day - self.start).days
        if offset < 0:
            return Placed(0, True, False)
        week = offset // 7
        if week >= self.weeks:
            return Placed(None, False, True)
        return Placed(week, False, False)

    def week_of(self, day: dt.date) -> int | None:
        """The bucket of `day`: before the start → 0, after the horizon → None."""
        return self.place(day).week

    def monday(self, week: int) -> dt.date:
        return self.start + dt.timedelta(days=7 * week)

    def label(self, week: int) -> str:
        return iso_week_label(self.monday(week))

    def days(self) -> list[dt.date]:
        """Every day of the horizon, 7 × weeks of them."""
        return [self.start + dt.timedelta(days=d) for d in range(7 * self.weeks)]
