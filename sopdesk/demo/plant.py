"""Production in the simulation: work orders, shop-floor reports (报工) per shift with
backflushed components, and the made-to-stock planning of core products and semi-finished
parts."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import uuid

from sopdesk.models import ItemKind, MoveType, WorkOrderStatus

from .rows import Q

DAY = dt.timedelta(days=1)
SHIFT_MINUTE = (16 * 60, 23 * 60 + 50)  # reports at the end of the day and the night shift
REPORT_COLUMNS = ("id", "op_id", "work_order_id", "reported_at", "reported_by_id", "good_qty",
                  "scrap_qty", "minutes", "recorded_at", "note")


class WorkOrder:
    __slots__ = ("id", "number", "item", "qty", "start", "end", "line", "plan_line_id", "good",
                 "scrap", "produced", "commit", "actual_end", "created", "mts", "rate", "starved",
                 "seq", "updated", "cancelled")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def status(self, today: dt.date) -> WorkOrderStatus:
        if self.cancelled:
            return WorkOrderStatus.CANCELLED
        if self.good >= self.qty:
            return WorkOrderStatus.DONE
        if self.produced:
            return WorkOrderStatus.IN_PROGRESS
        return WorkOrderStatus.RELEASED if self.start <= today + 3 * DAY else WorkOrderStatus.PLANNED


class Production:
    def __init__(self, sim):
        self.sim = sim
        self.work_orders: list[WorkOrder] = []
        self.queues: list[list[WorkOrder]] = [[] for _ in sim.plant.work_centers]
        self.reports: list[tuple] = []
        items = sim.plant.items
        self.core = [it for it in items if it.kind == ItemKind.FINISHED and it.is_core]
        # semi-finished parts, upper levels first (S2xx feed on S1xx)
        self.semis = sorted((it for it in items if it.kind == ItemKind.SEMI), key=lambda i: i.code, reverse=True)
        self._seq = 0

    # -- creating work orders ------------------------------------------------------------

    def _create(self, it, qty: int, start: dt.date, end: dt.date, created: dt.datetime,
                line=None, mts: bool = False) -> WorkOrder:
        sim = self.sim
        self._seq += 1
        day = sim.local_date(created)
        wo = WorkOrder(id=sim.ids(), number=sim.number("WO", day), item=it, qty=qty, start=start,
                       end=max(end, start), line=line, good=0, scrap=0, produced=0, commit=qty,
                       actual_end=None, created=created, mts=mts, starved=0, seq=self._seq,
                       rate=max(1, int(it.rate * (sim.mts_mult if mts else 1))), updated=created,
                       plan_line_id=sim.plan_lines.get((it.idx, start.replace(day=1))) if mts else None,
                       cancelled=False)
        for c, qp in it.comps:
            sim.req[c] += qty * qp
        if mts:
            sim.mts_open[it.idx] += qty
        self.work_orders.append(wo)
        bisect.insort(self.queues[it.wc], wo, key=_priority)  # queues stay in start order
        return wo

    def make_to_order(self, line, day: dt.date) -> None:
        sim, it = self.sim, line.item
        days = math.ceil(line.qty / (it.rate * 2))
        end = max(day + DAY, line.target - DAY)
        start = max(day + DAY, end - (days + 1) * DAY)
        created = sim.clock.at(day, 17 * 60 + 40)
        line.wo = self._create(it, line.qty, start, end, created, line=line)

    def plan(self, day: dt.date) -> None:
        """Made-to-stock: core products against confirmed demand, semis against work orders."""
        sim = self.sim
        created = sim.clock.at(day, 17 * 60 + 45) if day < sim.today else sim.now
        start = sim.next_workday(day + DAY)
        for it in self.core:
            i = it.idx
            projected = sim.stock[i] - sim.reserved[i] + sim.mts_open[i] * Q - sim.near[i]
            if projected < it.safety:
                need = it.safety + it.monthly_use / 24 * 5 - projected
                qty = int(math.ceil(need / Q / 10)) * 10
                self._batch(it, qty, start, created)
        for it in self.semis:
            i = it.idx
            projected = sim.stock[i] + sim.mts_open[i] * Q - sim.req[i]
            if projected < it.safety:
                qty = int(math.ceil((it.safety * 2 - projected) / Q / 10)) * 10
                self._batch(it, qty, start, created)

    def _batch(self, it, qty: int, start: dt.date, created: dt.datetime) -> WorkOrder:
        rate = max(1, int(it.rate * self.sim.mts_mult))
        end = start + (math.ceil(qty / (rate * 2)) - 1) * DAY
        return self._create(it, qty, start, end, created, mts=True)

    def plan_ahead(self) -> None:
        """Batches for the coming weeks, as the production plan stands today."""
        sim = self.sim
        for week in (1, 2):
            start = sim.next_workday(sim.today + (7 * week - sim.today.weekday()) * DAY)
            for it in self.core:
                qty = int(math.ceil(it.monthly_use / Q / 4.3 / 10)) * 10
                self._batch(it, qty, start, sim.now)

    # -- the shop floor ------------------------------------------------------------------

    def shift(self, day: dt.date, shift: int) -> None:
        sim = self.sim
        stock = sim.stock
        plant = sim.plant
        for wc, queue in zip(plant.work_centers, self.queues, strict=True):
            if not queue:
                continue
            cap = int(wc.per_day / 2 * plant.capacity_factor(wc.idx, day))
            cells = wc.cells
            at = sim.clock.at(day, SHIFT_MINUTE[shift] + wc.idx * 3)
            done = False
            for wo in queue:
                if cap <= 0 or cells <= 0 or wo.start > day:
                    break
                n = min(wo.rate, wo.qty - wo.good, cap)
                for c, qp in wo.item.comps:
                    have = stock[c] // qp
                    if have < n:
                        n = have
                if n <= 0:
                    wo.starved += 1
                    continue
                self._report(wo, n, at, day)
                cap -= n
                cells -= 1
                done = done or wo.good >= wo.qty
            if done:
                queue[:] = [w for w in queue if w.good < w.qty]

    def _report(self, wo: WorkOrder, n: int, at: dt.datetime, day: dt.date) -> None:
        sim, rng = self.sim, self.sim.rng
        it = wo.item
        scrap = min(n, int(n * it.scrap + rng.random()))
        good = n - scrap
        by = sim.users["shopfloor"]
        sim.issue(it.comps, n, at, by, wo.id, wo.number)
        if good:
            sim.move(it.idx, good * Q, MoveType.OUTPUT, at, by, "work_order", wo.id, wo.number,
                     cost=it.std_cost)
        used = min(n, wo.commit)
        if used:
            for c, qp in it.comps:
                sim.req[c] -= used * qp
            wo.commit -= used
        if wo.mts:
            sim.mts_open[it.idx] -= min(good, wo.qty - wo.good)
        elif good:
            wo.line.alloc += good
            sim.reserved[it.idx] += good * Q
        if not wo.produced and wo.line is not None:
            sim.sales.started(wo.line, at)
        wo.produced += n
        wo.good += good
        wo.scrap += scrap
        wo.updated = at
        if wo.good >= wo.qty:
            wo.actual_end = day
            if wo.commit:  # never consumed: release what is still promised to this order
                for c, qp in it.comps:
                    sim.req[c] -= wo.commit * qp
                wo.commit = 0
        minutes = min(480, int(480 * n / wo.rate))
        recorded, note = at, None
        if rng.random() < 0.03:
            recorded = at + dt.timedelta(minutes=rng.randint(30, 600))
            note = "离线报工，网络恢复后上传"
        self.reports.append((sim.ids(), sim.ids(), wo.id, at, by, sim.dec(good * Q), sim.dec(scrap * Q),
                             minutes, recorded, note))

    # -- rows ----------------------------------------------------------------------------

    def rows(self, users: dict[str, uuid.UUID]) -> list[dict]:
        sim = self.sim
        out = []
        by = users["production"]
        for wo in self.work_orders:
            note = f"缺料停工 {wo.starved} 班次" if wo.starved else None
            out.append(dict(
                id=wo.id, number=wo.number, item_id=wo.item.id, qty=sim.dec(wo.qty * Q),
                work_center_id=sim.plant.work_centers[wo.item.wc].id, planned_start=wo.start,
                planned_end=wo.end, status=wo.status(sim.today),
                sales_order_line_id=wo.line.id if wo.line is not None else None,
                plan_line_id=wo.plan_line_id, good_qty=sim.dec(wo.good * Q),
                scrap_qty=sim.dec(wo.scrap * Q), actual_end=wo.actual_end, note=note,
                version=1, created_at=wo.created, updated_at=wo.updated, created_by_id=by,
                updated_by_id=by))
        return out


def _priority(wo: WorkOrder):
    return (wo.start, wo.seq)
