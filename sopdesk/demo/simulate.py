"""A day-by-day simulation of the demo factory, from the opening stock to today.

Every stock change is appended as a move while the simulation runs (in time order), so
the stock on hand is never negative at any moment and the final balances are the sums of
the moves. Orders, purchase orders and work orders are kept as small objects and written
with their final state at the end.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections import defaultdict
from collections.abc import Callable

from sopdesk.models import ItemKind, MoveType, StockMove
from sopdesk.services.numbering import format_number
from sopdesk.services.stock_month import key_of, month_containing

from . import catalog as cat
from . import plant as production
from . import purchasing, sales
from .master import Plant
from .rows import Clock, Dec, Ids, Q, Writer

DAY = dt.timedelta(days=1)
MOVE_COLUMNS = ("id", "item_id", "location_id", "qty", "move_type", "moved_at", "posted_at",
                "posted_by_id", "unit_cost", "ref_type", "ref_id", "ref_number", "reason")
HORIZON = 10  # days of confirmed demand production looks ahead to (made-to-stock items)


class Sim:
    """The factory's running state. Quantities in stock, requirements and open orders are
    integers in units of 0.0001 (Q per unit); order and work-order quantities are units."""

    def __init__(self, plant: Plant, writer: Writer, ids: Ids, rng: random.Random, clock: Clock,
                 users: dict[str, uuid.UUID], start: dt.date, today: dt.date, volume: float,
                 plan_lines: dict[tuple[int, dt.date], uuid.UUID],
                 progress: Callable[[str, float], None] | None = None):
        self.plant, self.writer, self.ids, self.rng, self.clock = plant, writer, ids, rng, clock
        self.users, self.start, self.today, self.volume = users, start, today, volume
        self.plan_lines = plan_lines
        self.progress = progress
        self.items = plant.items
        self.dec = Dec()
        n = len(self.items)
        self.stock = [0] * n
        self.last = [None] * n
        self.req = [0] * n  # components committed to open work orders, not yet issued
        self.mts_open = [0] * n  # units still to make on open made-to-stock work orders
        self.po_open = [0] * n  # ordered, not yet received
        self.reserved = [0] * n  # made-to-order output waiting for its order line
        self.near = [0] * n  # made-to-stock demand due within HORIZON days
        self.far: dict[dt.date, list[tuple[int, int]]] = defaultdict(list)
        self.moves: list[tuple] = []
        # stock_month as the ledger would keep it: per factory month (yyyymm), lists per
        # item of net, shipped and issued (units of 0.0001) and whether the item moved
        self.month_sums: dict[int, tuple[list[int], list[int], list[int], list[bool]]] = {}
        self._window = (dt.datetime.max.replace(tzinfo=dt.UTC), dt.datetime.min.replace(tzinfo=dt.UTC), None)
        self.keys = [(it.id, plant.location_ids[it.loc]) for it in self.items]
        self.seq: dict[tuple[str, int], int] = {}
        self.now = clock.at(today, 9 * 60 + 30)  # "now" in the demo: today, 09:30 local
        self.mts_mult = max(1.0, math.sqrt(volume))
        self.monthly_orders: dict[tuple[dt.date, int], int] = defaultdict(int)
        self.workdays_in_month: dict[tuple[int, int], int] = {}
        self.sales = sales.Sales(self)
        self.production = production.Production(self)
        self.purchasing = purchasing.Purchasing(self)
        self.adjustments = 0

    # -- shared helpers -----------------------------------------------------------------

    def number(self, prefix: str, day: dt.date) -> str:
        key = (prefix, day.year)
        n = self.seq[key] = self.seq.get(key, 0) + 1
        return format_number(prefix, day.year, n)

    def workday(self, day: dt.date) -> bool:
        return self.plant.is_workday(day)

    def next_workday(self, day: dt.date) -> dt.date:
        while not self.plant.is_workday(day):
            day += DAY
        return day

    def local_date(self, at: dt.datetime) -> dt.date:
        return at.astimezone(self.clock.tz).date()

    def month_workdays(self, day: dt.date) -> int:
        key = (day.year, day.month)
        n = self.workdays_in_month.get(key)
        if n is None:
            d, n = day.replace(day=1), 0
            while d.month == day.month:
                n += self.workday(d)
                d += DAY
            self.workdays_in_month[key] = n = max(n, 1)
        return n

    def demand_factor(self, day: dt.date) -> float:
        """Seasonality: the month's shape, the Spring Festival dip and rush, yearly growth."""
        f = cat.MONTH_FACTOR[day.month] * (1 + cat.ANNUAL_GROWTH) ** ((day - self.today).days / 365)
        for year in (day.year, day.year + 1):
            cny = cat.SPRING_FESTIVAL.get(year)
            if cny is None:
                continue
            k = (day - cny).days
            if -30 <= k <= -11:
                f *= 1.25
            elif -10 <= k <= 15:
                f *= 0.45
        return f

    def month(self, at: dt.datetime) -> tuple[list[int], list[int], list[int], list[bool]]:
        """The stock_month sums of the factory month holding `at`. Moves come in time order,
        so nearly every call falls in the month of the call before (two comparisons)."""
        lo, hi, sums = self._window
        if lo <= at < hi:
            return sums
        tz = self.clock.tz
        month = month_containing(at, tz)
        sums = self.month_sums.get(key_of(month))
        if sums is None:
            n = len(self.items)
            sums = self.month_sums[key_of(month)] = ([0] * n, [0] * n, [0] * n, [False] * n)
        self._window = (month.start(tz), month.next().start(tz), sums)
        return sums

    def move(self, item: int, qty: int, kind: MoveType, at: dt.datetime, by: uuid.UUID | None,
             ref_type: str | None = None, ref_id: uuid.UUID | None = None,
             ref_number: str | None = None, cost=None, reason: str | None = None) -> uuid.UUID:
        total = self.stock[item] + qty
        if total < 0 or qty == 0:
            raise AssertionError(f"demo ledger bug: {self.items[item].code} {qty} at {at}")
        self.stock[item] = total
        net, shipped, issued, moved = self.month(at)
        net[item] += qty
        moved[item] = True
        if kind is MoveType.SHIPMENT:
            shipped[item] += qty
        elif kind is MoveType.ISSUE:
            issued[item] += qty
        last = self.last[item]
        if last is None or at > last:
            self.last[item] = at
        item_id, location_id = self.keys[item]
        move_id = self.ids()
        self.moves.append((move_id, item_id, location_id, self.dec(qty), kind,
                           at, at, by, cost, ref_type, ref_id, ref_number, reason))
        if len(self.moves) >= self.writer.chunk:
            self.flush()
        return move_id

    def issue(self, comps: list[tuple[int, int]], units: int, at: dt.datetime, by: uuid.UUID,
              ref_id: uuid.UUID, ref_number: str) -> None:
        """Backflush `units` of a work order's components (the hot path of the simulation)."""
        stock, last, keys, dec, ids, moves = self.stock, self.last, self.keys, self.dec, self.ids, self.moves
        net, _, issued, moved = self.month(at)
        for c, per_unit in comps:
            qty = -units * per_unit
            total = stock[c] + qty
            if total < 0 or qty == 0:
                raise AssertionError(f"demo ledger bug: {self.items[c].code} {qty} at {at}")
            stock[c] = total
            net[c] += qty
            issued[c] += qty
            moved[c] = True
            if last[c] is None or at > last[c]:
                last[c] = at
            item_id, location_id = keys[c]
            moves.append((ids(), item_id, location_id, dec(qty), MoveType.ISSUE, at, at, by, None,
                          "work_order", ref_id, ref_number, None))
        if len(moves) >= self.writer.chunk:
            self.flush()

    def flush(self) -> None:
        self.writer.insert_tuples(StockMove.__table__, MOVE_COLUMNS, self.moves)
        self.moves = []

    # -- the run -----------------------------------------------------------------------

    def run(self) -> None:
        self.opening()
        days = (self.today - self.start).days + 1
        day = self.start
        for k in range(days):
            self.release_demand(day)
            past = day < self.today
            if self.workday(day):
                if past:
                    self.purchasing.receive(day)
                    self.production.shift(day, 0)
                    self.sales.ship(day)
                    self.count_and_adjust(day)
                self.sales.intake(day)
            self.sales.activate(day)
            if self.workday(day) or day == self.today:
                self.production.plan(day)
                self.purchasing.plan(day)
            if past and self.workday(day):
                self.production.shift(day, 1)
            if self.progress and day.day == 1:
                self.progress(f"simulating {day:%Y-%m}", 0.05 + 0.75 * k / days)
            day += DAY
        self.production.plan_ahead()
        self.flush()

    def release_demand(self, day: dt.date) -> None:
        for item, qty in self.far.pop(day + dt.timedelta(days=HORIZON), ()):
            self.near[item] += qty

    def opening(self) -> None:
        """Opening balances (期初库存) the day before the history starts."""
        at = self.clock.at(self.start - DAY, 8 * 60)
        by = self.users["supply"]
        for it in self.items:
            daily = it.monthly_use / 24
            if it.kind == ItemKind.RAW:
                qty = it.safety + daily * (it.lead_days + 10) if it.monthly_use else cat.DEAD_RAW.get(it.code, 0) * Q
                step = max(it.pack // 10, Q)
            elif it.kind == ItemKind.SEMI:
                qty, step = it.safety * 2, 10 * Q
            elif it.is_core:
                qty, step = it.safety * 1.5, 10 * Q
            else:
                qty, step = {"F006": 35, "F008": 12, "F010": 6}.get(it.code, 0) * Q, Q
            qty = int(math.ceil(qty / step)) * step if qty else 0
            if qty:
                self.move(it.idx, qty, MoveType.OPENING, at, by, reason="期初库存导入",
                          cost=it.std_cost)

    def count_and_adjust(self, day: dt.date) -> None:
        """A few adjustments a month and a stock count (盘点) on each quarter's last workday."""
        rng = self.rng
        if rng.random() < 0.08:
            reason, sign = rng.choice(cat.ADJUST_REASONS)
            it = rng.choice([i for i in self.items if i.kind != ItemKind.SEMI])
            qty = rng.randint(1, 5) * (Q if it.unit in ("件", "套", "个") else 10 * Q)
            if sign < 0:
                qty = -min(qty, self.stock[it.idx] - self.reserved[it.idx])
            if qty:
                self.adjustments += 1
                self.move(it.idx, qty, MoveType.ADJUSTMENT, self.clock.at(day, 18 * 60 + self.adjustments % 20),
                          self.users["supply"], "adjustment", self.ids(), self.number("AJ", day),
                          reason=reason)
        nxt = day + DAY
        while not self.workday(nxt):
            nxt += DAY
        if day.month in (3, 6, 9, 12) and nxt.month != day.month:
            count_id, number = self.ids(), self.number("PD", day)
            at = self.clock.at(day, 18 * 60 + 30)
            raws = [i for i in self.items if i.kind == ItemKind.RAW and self.stock[i.idx] > 0]
            for it in rng.sample(raws, min(12, len(raws))):
                have = self.stock[it.idx]
                diff = int(have * rng.uniform(-0.006, 0.004))
                diff -= diff % (Q if it.unit != "kg" else Q // 10)
                if diff and have + diff >= 0:
                    self.move(it.idx, diff, MoveType.COUNT, at, self.users["supply"], "stock_count",
                              count_id, number, reason=f"{day:%Y}年第{(day.month - 1) // 3 + 1}季度盘点")
