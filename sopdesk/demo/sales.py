"""Sales in the simulation: orders coming in, custom-order reviews, shipments, statuses."""

from __future__ import annotations

import datetime as dt
import heapq
import math
import uuid
from collections import defaultdict
from decimal import Decimal

from sopdesk.models import Department, ItemKind, MoveType, OrderStatus, ReviewTaskStatus

from . import catalog as cat
from .rows import Q, money

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)
LATE_SHARE = 0.04  # lines held back on purpose (rework, breakdowns...) beyond what shortages cause
CUSTOM_SHARE = 0.06
CANCEL_SHARE = 0.02


class Order:
    __slots__ = ("id", "number", "customer", "order_date", "requested", "promised", "custom",
                 "status", "created", "changes", "lines", "open_lines", "note", "customer_po",
                 "updated")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def change(self, to: OrderStatus, at: dt.datetime, by: uuid.UUID | None, note: str | None = None):
        self.changes.append((self.status, to, at, by, note))
        self.status, self.updated = to, at


class Line:
    __slots__ = ("id", "order", "no", "item", "qty", "price", "requested", "promised", "target",
                 "shipped", "delivered", "note", "alloc", "partial_ok", "wo", "updated")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


class Sales:
    def __init__(self, sim):
        self.sim = sim
        self.orders: list[Order] = []
        self.shipments: list[dict] = []  # shipment documents (发货单), one per dispatch
        self.shipment_lines: list[dict] = []
        self.tasks: list[dict] = []
        self.pending: list[tuple] = []  # heap of (target date, seq, line)
        self.ready: dict[int, list[Line]] = defaultdict(list)
        self.activations: dict[dt.date, list[Order]] = defaultdict(list)
        self._seq = 0
        self._prices: dict[tuple[int, int], Decimal] = {}
        plant = sim.plant
        self.fgs = [it for it in plant.items if it.kind == ItemKind.FINISHED]
        self.cum = {}
        for it in self.fgs:
            pool = plant.buyers[it.idx]
            total, cw = 0.0, []
            for ci in pool:
                total += plant.customer_weight[ci]
                cw.append(total)
            self.cum[it.idx] = (pool, cw)
        self.discount = [money(sim.rng.uniform(0.92, 1.0), 2) for _ in plant.customer_ids]

    # -- orders coming in --------------------------------------------------------------

    def intake(self, day: dt.date) -> None:
        sim, rng = self.sim, self.sim.rng
        factor = sim.demand_factor(day) / sim.month_workdays(day)
        by_customer: dict[int, list[tuple]] = {}
        for it in self.fgs:
            lam = it.monthly_use / Q * factor / it.line_qty
            for _ in range(_poisson(rng, lam)):
                pool, cw = self.cum[it.idx]
                ci = rng.choices(pool, cum_weights=cw)[0]
                lot = 1 if it.line_qty < 20 else 5 if it.line_qty < 60 else 10
                qty = max(lot, int(round(it.line_qty * rng.lognormvariate(-0.1, 0.45) / lot)) * lot)
                by_customer.setdefault(ci, []).append((it, qty))
        for ci in sorted(by_customer):
            lines = by_customer[ci]
            for start in range(0, len(lines), 5):
                self._order(day, ci, lines[start:start + 5])

    def _order(self, day: dt.date, ci: int, lines: list[tuple]) -> None:
        sim, rng = self.sim, self.sim.rng
        today = sim.today
        minute = rng.randint(8 * 60, 17 * 60) if day < today else rng.randint(8 * 60, 9 * 60 + 20)
        created = sim.clock.at(day, minute)
        sales_user = sim.users["sales"]
        # a few custom orders entered yesterday and this morning keep the Review tab busy
        custom = rng.random() < (0.35 if (today - day).days <= 1 else CUSTOM_SHARE)
        requested = day + rng.randint(12, 26) * DAY
        promised = requested if rng.random() < 0.85 else requested + rng.randint(3, 10) * DAY
        promised = sim.next_workday(promised)
        order = Order(id=sim.ids(), number=sim.number("SO", day), customer=ci, order_date=day,
                      requested=requested, promised=promised, custom=custom, status=None,
                      created=created, changes=[], lines=[], open_lines=0, updated=created,
                      note=None, customer_po=f"{sim.plant.customer_names[ci][2:4]}-{day:%y%m}-{rng.randint(100, 999)}")
        self.orders.append(order)
        order.change(OrderStatus.DRAFT, created, sales_user)
        for no, (it, qty) in enumerate(lines, start=1):
            price = self._price(ci, it)
            line = Line(id=sim.ids(), order=order, no=no, item=it, qty=qty,
                        price=money(price * Decimal("1.15"), 2) if custom else price,
                        requested=requested, promised=promised, target=None, shipped=0,
                        delivered=None, note=None, alloc=0, partial_ok=rng.random() < 0.3,
                        wo=None, updated=created)
            if len(lines) > 1 and rng.random() < 0.08:
                line.promised = sim.next_workday(promised + rng.randint(3, 7) * DAY)
                line.note = "此行单独承诺交期"
            if custom:
                line.note = rng.choice(cat.CUSTOM_NOTES)
            order.lines.append(line)
        if custom:
            self._review(order)
        else:
            self._confirm_plain(order)
        if not any(c[1] == OrderStatus.CONFIRMED for c in order.changes):
            order.promised = None  # a date is promised when the order is confirmed
            for line in order.lines:
                line.promised = None
        if order.status not in (OrderStatus.CANCELLED, OrderStatus.DRAFT):
            month = day.replace(day=1)
            for line in order.lines:
                sim.monthly_orders[(month, line.item.idx)] += line.qty

    def _price(self, ci: int, it) -> Decimal:
        key = (ci, it.idx)
        p = self._prices.get(key)
        if p is None:
            p = self._prices[key] = money(it.price * self.discount[ci], 2)
        return p

    def _confirm_plain(self, order: Order) -> None:
        sim, rng = self.sim, self.sim.rng
        age = (sim.today - order.order_date).days
        if (age == 0 and rng.random() < 0.5) or (age <= 2 and rng.random() < 0.1):
            return  # still a draft
        at = order.created + rng.randint(5, 90) * MINUTE
        if at > sim.now:
            return
        order.change(OrderStatus.CONFIRMED, at, sim.users["sales"])
        if age >= 5 and rng.random() < CANCEL_SHARE:
            cancel = at + rng.randint(1, 3) * DAY
            order.change(OrderStatus.CANCELLED, cancel, sim.users["sales"], "客户取消订单")
            return
        self.activations[sim.local_date(at)].append(order)

    def _review(self, order: Order) -> None:
        """Custom order (定制款): production and supply each answer within 24 hours."""
        sim, rng = self.sim, self.sim.rng
        users = sim.users
        assigned = order.created + 5 * MINUTE
        order.change(OrderStatus.IN_REVIEW, assigned, users["sales"], "定制款，发起订单评审")
        answers = []
        for dept, owner in ((Department.PRODUCTION, users["production"]), (Department.SUPPLY, users["supply"])):
            due = assigned + 24 * HOUR
            late = rng.random() < 0.15
            answered = assigned + dt.timedelta(hours=rng.uniform(24.5, 40) if late else rng.uniform(1, 20))
            feasible = rng.random() < (0.9 if dept == Department.PRODUCTION else 0.93)
            lead = rng.randint(10, 22)
            arrival = order.order_date + rng.randint(5, 14) * DAY
            task = dict(id=sim.ids(), order_id=order.id, department=dept, requested_by_id=users["sales"],
                        owner_id=owner, assigned_at=assigned, due_at=due)
            escalated = due + rng.randint(5, 60) * MINUTE  # when the periodic overdue job ran
            if answered > sim.now:
                task.update(status=ReviewTaskStatus.OPEN, feasible=None, lead_days=None,
                            material_arrival_date=None, comment=None, answered_by_id=None,
                            answered_at=None, escalated_at=escalated if escalated < sim.now else None)
            else:
                if dept == Department.PRODUCTION:
                    comment = f"可以生产，需{lead}天" if feasible else "现有模具无法满足，需新开模具，暂不可行"
                else:
                    comment = (f"特殊材料{arrival:%m月%d日}到货" if feasible
                               else "指定材质供应商无法在交期内供货")
                task.update(status=ReviewTaskStatus.ANSWERED, feasible=feasible,
                            lead_days=lead if dept == Department.PRODUCTION else None,
                            material_arrival_date=arrival if dept == Department.SUPPLY else None,
                            comment=comment, answered_by_id=owner, answered_at=answered,
                            escalated_at=escalated if answered > escalated else None)
                answers.append((answered, feasible, lead, arrival))
            task["updated"] = task["answered_at"] or assigned
            self.tasks.append(task)
        if len(answers) < 2:
            return
        decided = max(a[0] for a in answers) + rng.randint(60, 240) * MINUTE
        if decided > sim.now:
            return
        if not all(a[1] for a in answers):
            order.change(OrderStatus.CANCELLED, decided, users["sales"], "评审结论：不可行，已告知客户")
            return
        # no earlier than review.suggested_promise_date: production starts once the order is
        # decided and the special material is in, then needs its lead days
        lead, arrival = answers[0][2], answers[1][3]
        earliest = max(sim.local_date(decided), arrival) + (lead + rng.randint(0, 3)) * DAY
        order.promised = sim.next_workday(max(order.promised, earliest))
        for line in order.lines:
            line.promised = max(line.promised, order.promised)
        order.change(OrderStatus.CONFIRMED, decided, users["sales"], f"已与客户确认交期 {order.promised:%m-%d}")
        self.activations[sim.local_date(decided)].append(order)

    # -- confirmed orders enter planning -------------------------------------------------

    def activate(self, day: dt.date) -> None:
        sim, rng = self.sim, self.sim.rng
        for order in self.activations.pop(day, ()):
            for line in order.lines:
                if rng.random() < LATE_SHARE:
                    line.target = line.promised + rng.randint(1, 8) * DAY
                    line.note = rng.choice(cat.LATE_REASONS)
                else:
                    line.target = line.promised - rng.randint(0, 2) * DAY
                line.target = max(line.target, day + DAY)
                order.open_lines += 1
                if line.item.mto or order.custom:
                    sim.production.make_to_order(line, day)
                else:
                    qty = line.qty * Q
                    if line.target <= day + dt.timedelta(days=10):
                        sim.near[line.item.idx] += qty
                    else:
                        sim.far[line.target].append((line.item.idx, qty))
                self._seq += 1
                heapq.heappush(self.pending, (line.target, self._seq, line))

    # -- shipping ------------------------------------------------------------------------

    def ship(self, day: dt.date) -> None:
        sim = self.sim
        pending = self.pending
        while pending and pending[0][0] <= day:
            line = heapq.heappop(pending)[2]
            self.ready[line.item.idx].append(line)
        minute = 16 * 60 + 30
        for item, lines in self.ready.items():
            if not lines:
                continue
            keep = []
            for line in lines:
                remaining = line.qty - line.shipped
                if line.wo is not None:  # made to order: ships its own work order's output
                    qty = remaining if line.alloc >= remaining else 0
                else:
                    free = (sim.stock[item] - sim.reserved[item]) // Q
                    qty = min(remaining, free)
                    if qty < remaining and not (line.partial_ok and qty * 5 >= remaining and line.shipped == 0):
                        qty = 0
                if qty <= 0:
                    keep.append(line)
                    continue
                minute = min(minute + 1, 17 * 60 + 59)
                self._ship(line, qty, day, sim.clock.at(day, minute))
                if line.shipped < line.qty:
                    keep.append(line)
            self.ready[item] = keep

    def _ship(self, line: Line, qty: int, day: dt.date, at: dt.datetime) -> None:
        sim = self.sim
        order = line.order
        item = line.item.idx
        # The same document the app posts (services/shipping): a shipment, its line, the move.
        number, shipment_id = sim.number("FH", day), sim.ids()
        move_id = sim.move(item, -qty * Q, MoveType.SHIPMENT, at, sim.users["supply"], "sales_order_line",
                           line.id, number)
        self.shipments.append(dict(
            id=shipment_id, number=number, customer_id=sim.plant.customer_ids[order.customer],
            location_id=sim.keys[item][1], shipped_at=at, ship_date=sim.local_date(at),
            posted_by_id=sim.users["supply"], op_id=None, note=None))
        self.shipment_lines.append(dict(
            id=sim.ids(), shipment_id=shipment_id, line_no=1, order_line_id=line.id,
            item_id=line.item.id, qty=sim.dec(qty * Q), move_id=move_id))
        line.shipped += qty
        line.updated = at
        if line.wo is not None:
            line.alloc -= qty
            sim.reserved[item] -= qty * Q
        else:
            sim.near[item] -= qty * Q
        if line.shipped >= line.qty:
            line.delivered = day
            order.open_lines -= 1
        # the status follows the shipments, as services/shipping.sync_order_status sets it
        if order.open_lines == 0:
            order.change(OrderStatus.SHIPPED, at, sim.users["supply"], number)
            closed = at + sim.rng.randint(15, 30) * DAY
            if closed <= sim.now:
                order.change(OrderStatus.CLOSED, closed, sim.users["sales"], "已回款，订单关闭")
        elif order.status != OrderStatus.PARTIALLY_SHIPPED:
            order.change(OrderStatus.PARTIALLY_SHIPPED, at, sim.users["supply"], number)

    def started(self, line: Line, at: dt.datetime) -> None:
        order = line.order
        if order.status == OrderStatus.CONFIRMED:
            order.change(OrderStatus.IN_PRODUCTION, at, self.sim.users["production"])


def _poisson(rng, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def rows(sales: Sales, users: dict[str, uuid.UUID]) -> dict[str, list]:
    """Final rows: orders, lines, status history (tuples) and review tasks."""
    sim = sales.sim
    dec = sim.dec
    by = users["sales"]
    customers = sim.plant.customer_ids
    orders, lines, changes = [], [], []
    for o in sales.orders:
        updated = o.updated
        for ln in o.lines:
            if ln.updated > updated:
                updated = ln.updated
            lines.append(dict(
                id=ln.id, order_id=o.id, line_no=ln.no, item_id=ln.item.id, qty=dec(ln.qty * Q),
                unit_price=ln.price, requested_date=ln.requested, promised_date=ln.promised,
                shipped_qty=dec(ln.shipped * Q), delivered_date=ln.delivered, note=ln.note,
                version=1, created_at=o.created, updated_at=ln.updated, created_by_id=by,
                updated_by_id=by))
        orders.append(dict(
            id=o.id, number=o.number, customer_id=customers[o.customer], order_date=o.order_date,
            requested_date=o.requested, promised_date=o.promised, is_custom=o.custom,
            salesperson_id=by, status=o.status, customer_po=o.customer_po, note=o.note,
            version=1, created_at=o.created, updated_at=updated, created_by_id=by,
            updated_by_id=by))
        for frm, to, at, who, note in o.changes:
            changes.append((sim.ids(), o.id, frm, to, at, who, note))
    tasks = []
    for t in sales.tasks:
        row = {k: v for k, v in t.items() if k != "updated"}
        row.update(version=1, created_at=t["assigned_at"], updated_at=t["updated"],
                   created_by_id=by, updated_by_id=t["answered_by_id"] or by)
        tasks.append(row)
    return {"sales_order": orders, "sales_order_line": lines, "order_status_change": changes,
            "order_review_task": tasks}


CHANGE_COLUMNS = ("id", "order_id", "from_status", "to_status", "changed_at", "changed_by_id", "note")
