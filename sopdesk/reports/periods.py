"""Calendar months of the factory: a KPI month runs from midnight on the 1st to midnight on
the 1st of the next month in the factory's time zone (settings factory.timezone), not in UTC:
a move at 07:00 on 1 December in Shanghai is 23:00 on 30 November UTC and belongs to
December."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self):
        if not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        year, month = text.split("-")
        return cls(int(year), int(month))

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def prev(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def last_day(self) -> dt.date:
        return self.next().first_day() - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return self.last_day().day

    def start(self, tz: ZoneInfo) -> dt.datetime:
        """Midnight on the 1st in the factory's zone, as a UTC datetime."""
        return dt.datetime.combine(self.first_day(), dt.time(), tzinfo=tz).astimezone(dt.UTC)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def months(first: Month, last: Month) -> list[Month]:
    if last < first:
        raise ValueError(f"{last} is before {first}")
    out = [first]
    while out[-1] < last:
        out.append(out[-1].next())
    return out


def bounds(first: Month, last: Month, tz: ZoneInfo) -> list[dt.datetime]:
    """The start of every month from first to last, and the end of last: len(months) + 1."""
    ms = months(first, last)
    return [m.start(tz) for m in ms] + [last.next().start(tz)]
