"""Purchasing in the simulation: reorder-point purchase orders per supplier, arrivals that
are sometimes late or split, goods receipts (入库) against the order lines."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import defaultdict
from decimal import Decimal

from sopdesk.models import ItemKind, MoveType, POStatus

from . import catalog as cat
from .rows import Q, money

DAY = dt.timedelta(days=1)
LATE_SHARE = 0.11
SPLIT_SHARE = 0.06
COVER_DAYS = 12


class PurchaseOrder:
    __slots__ = ("id", "number", "supplier", "order_date", "created", "lines")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


class POLine:
    __slots__ = ("id", "po", "no", "item", "qty", "price", "expected", "received", "first",
                 "arrived", "updated", "note")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


class Purchasing:
    def __init__(self, sim):
        self.sim = sim
        self.orders: list[PurchaseOrder] = []
        self.arrivals: dict[dt.date, list[tuple[POLine, int]]] = defaultdict(list)
        self.raws = [it for it in sim.plant.items if it.kind == ItemKind.RAW and it.monthly_use]
        self._prices: dict[tuple[int, int], Decimal] = {}

    def plan(self, day: dt.date) -> None:
        sim, rng = self.sim, self.sim.rng
        season = cat.MONTH_FACTOR[day.month]
        wanted: dict[int, list[tuple]] = {}
        for it in self.raws:
            i = it.idx
            daily = it.monthly_use * season / 24
            reorder = it.safety + daily * (it.lead_days + 2)
            projected = sim.stock[i] + sim.po_open[i] - sim.req[i]
            if projected < reorder:
                qty = int(math.ceil((reorder - projected + daily * COVER_DAYS) / it.pack)) * it.pack
                wanted.setdefault(it.supplier, []).append((it, qty))
        if not wanted:
            return
        created = sim.clock.at(day, 17 * 60 + 50) if day < sim.today else sim.now
        for sup in sorted(wanted):
            po = PurchaseOrder(id=sim.ids(), number=sim.number("PO", day), supplier=sup,
                               order_date=day, created=created, lines=[])
            self.orders.append(po)
            lead = sim.plant.supplier_lead[sup]
            for no, (it, qty) in enumerate(wanted[sup], start=1):
                expected = sim.next_workday(day + lead * DAY)
                line = POLine(id=sim.ids(), po=po, no=no, item=it, qty=qty,
                              price=self._price(it, day), expected=expected, received=0,
                              first=None, arrived=None, updated=created, note=None)
                po.lines.append(line)
                sim.po_open[it.idx] += qty
                r = rng.random()
                if r < LATE_SHARE:
                    arrival = sim.next_workday(expected + rng.randint(1, 7) * DAY)
                    line.note = rng.choice(["供应商排产延误", "物流延误", "原料涨价暂停发货", "质检退回补发"])
                elif r < LATE_SHARE + 0.2:  # a day early when that is a working day
                    early = expected - DAY
                    arrival = early if early > day and sim.workday(early) else expected
                else:
                    arrival = expected
                if rng.random() < SPLIT_SHARE and qty >= 2 * it.pack:
                    step = max(it.pack // 10, Q)
                    first = int(qty * rng.uniform(0.5, 0.8)) // step * step
                    self.arrivals[arrival].append((line, first))
                    rest_day = sim.next_workday(arrival + rng.randint(2, 6) * DAY)
                    self.arrivals[rest_day].append((line, qty - first))
                    line.note = "分批到货"
                else:
                    self.arrivals[arrival].append((line, qty))

    def _price(self, it, day: dt.date) -> Decimal:
        key = (it.idx, day.year * 4 + (day.month - 1) // 3)  # prices move once a quarter
        p = self._prices.get(key)
        if p is None:
            p = self._prices[key] = money(float(it.std_cost) * self.sim.rng.uniform(0.96, 1.05), 2)
        return p

    def receive(self, day: dt.date) -> None:
        sim = self.sim
        minute = 8 * 60 + 30
        by = sim.users["supply"]
        for line, qty in self.arrivals.pop(day, ()):
            minute += 2
            at = sim.clock.at(day, min(minute, 11 * 60 + 30))
            sim.move(line.item.idx, qty, MoveType.RECEIPT, at, by, "purchase_order_line", line.id,
                     f"{line.po.number}/{line.no}", cost=line.price)
            sim.po_open[line.item.idx] -= qty
            line.received += qty
            line.updated = at
            if line.first is None:
                line.first = day
            if line.received >= line.qty:
                line.arrived = day

    # -- rows ----------------------------------------------------------------------------

    def rows(self, users: dict[str, uuid.UUID]) -> tuple[list[dict], list[dict]]:
        sim = self.sim
        by = users["supply"]
        orders, lines = [], []
        for po in self.orders:
            done = [ln.arrived is not None for ln in po.lines]
            if all(done):
                last = max(ln.arrived for ln in po.lines)
                status = POStatus.CLOSED if last + 30 * DAY <= sim.today else POStatus.RECEIVED
            elif any(ln.received for ln in po.lines):
                status = POStatus.PARTIAL
            else:
                status = POStatus.DRAFT if po.order_date == sim.today else POStatus.CONFIRMED
            updated = max(ln.updated for ln in po.lines)
            orders.append(dict(id=po.id, number=po.number, supplier_id=sim.plant.supplier_ids[po.supplier],
                               order_date=po.order_date, buyer_id=by, status=status, note=None,
                               version=1, created_at=po.created, updated_at=updated,
                               created_by_id=by, updated_by_id=by))
            for ln in po.lines:
                lines.append(dict(id=ln.id, order_id=po.id, line_no=ln.no, item_id=ln.item.id,
                                  qty=sim.dec(ln.qty), unit_price=ln.price, expected_date=ln.expected,
                                  received_qty=sim.dec(ln.received), first_receipt_date=ln.first,
                                  actual_arrival_date=ln.arrived, note=ln.note, version=1,
                                  created_at=po.created, updated_at=ln.updated, created_by_id=by,
                                  updated_by_id=by))
        return orders, lines
