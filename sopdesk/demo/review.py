"""The monthly demand review (需求评审会) for the demo: one cycle per month with the three
departments' submissions, the consensus with its flex band, the production plan and the
follow-up actions; plus a few inbox notifications."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import defaultdict
from decimal import Decimal

from sopdesk.models import (
    ActionStatus,
    CycleStatus,
    Department,
    ForecastSource,
    ItemKind,
    OrderStatus,
    PlanStatus,
    ReviewTaskStatus,
)

from . import catalog as cat
from .rows import Q, money, stamp

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)


def add_months(day: dt.date, n: int) -> dt.date:
    m = day.year * 12 + day.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def cycles(plant, start: dt.date, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(period, meeting date): meeting on the 5th of the month before (or the next workday)."""
    out = []
    period = add_months(start, 4)
    last = add_months(today.replace(day=1), 2)
    while period <= last:
        meeting = add_months(period, -1).replace(day=5)
        while not plant.is_workday(meeting):
            meeting += DAY
        out.append((period, meeting))
        period = add_months(period, 1)
    return out


def plan_line_ids(plant, ids, start: dt.date, today: dt.date) -> dict[tuple[int, dt.date], uuid.UUID]:
    core = [it for it in plant.items if it.is_core]
    return {(it.idx, period): ids() for period, meeting in cycles(plant, start, today)
            if meeting <= today for it in core}


def _r10(x: float) -> int:
    return max(10, int(round(x / 10)) * 10)


def build(sim, plan_ids: dict) -> dict[str, list[dict]]:
    plant, rng, ids, users, today = sim.plant, sim.rng, sim.ids, sim.users, sim.today
    clock = sim.clock
    fgs = [it for it in plant.items if it.kind == ItemKind.FINISHED]
    current = today.replace(day=1)
    out: dict[str, list[dict]] = defaultdict(list)

    def expected(it, month: dt.date) -> float:
        d, total, n = month, 0.0, 0
        while d.month == month.month:
            if plant.is_workday(d):
                total += sim.demand_factor(d)
                n += 1
            d += DAY
        return it.monthly_use / Q * total / max(n, 1)

    for period, meeting in cycles(plant, sim.start, today):
        held = meeting <= today
        status = (CycleStatus.DRAFT if not held else CycleStatus.CLOSED if period <= current
                  else CycleStatus.AGREED)
        created = clock.at(meeting - 7 * DAY, 9 * 60)
        met = clock.at(meeting, 16 * 60)
        cycle_id = ids()
        minutes = None
        if held:
            minutes = (f"{meeting:%Y-%m-%d} 需求评审会：销售、生产、供应链三方参会。"
                       f"评审 {period:%Y年%m月} 需求，按约束取共识量，生产按 +5% 准备产能，供应链按 +10% 备核心物料。")
        out["demand_review_cycle"].append(stamp(dict(id=cycle_id, period=period, meeting_date=meeting,
                                                     status=status, minutes=minutes),
                                                created, users["manager"], met if held else created))
        months = [add_months(period, k) for k in range(3)]
        sales_fc: dict[int, int] = {}
        history_months = [add_months(meeting.replace(day=1), -k) for k in (3, 2, 1)]
        for it in fgs:
            past = [sim.monthly_orders.get((m, it.idx), 0) for m in history_months]
            past_factor = sum(cat.MONTH_FACTOR[m.month] for m in history_months) / 3
            for m in months:
                hist = _r10(sum(past) / 3 * cat.MONTH_FACTOR[m.month] / past_factor)
                out["forecast_line"].append(stamp(dict(
                    id=ids(), cycle_id=cycle_id, item_id=it.id, month=m, source=ForecastSource.HISTORY,
                    qty=Decimal(hist), submitted_by_id=None, comment="近3个月订单均值 × 季节系数"),
                    created, None))
                if held or it.is_core:
                    qty = _r10(expected(it, m) * rng.lognormvariate(0.04, 0.12))
                    if m == period:
                        sales_fc[it.idx] = qty
                    out["forecast_line"].append(stamp(dict(
                        id=ids(), cycle_id=cycle_id, item_id=it.id, month=m, source=ForecastSource.SALES,
                        qty=Decimal(qty), submitted_by_id=users["sales"],
                        comment="含重点客户已确认意向" if it.is_core else None),
                        created + 26 * HOUR, users["sales"]))
        shortages = _materials(sim, out, cycle_id, period, created, held)
        available = _capacity(sim, out, cycle_id, period, created)
        if not held:
            continue
        _consensus(sim, out, cycle_id, period, met, sales_fc, available, shortages, plan_ids)
        _actions(sim, out, cycle_id, period, meeting, sales_fc)
    _notifications(sim, out)
    return out


def _materials(sim, out, cycle_id, period, created, held) -> set[int]:
    """Supply's report on key materials; returns the items whose supply is not guaranteed."""
    plant, rng = sim.plant, sim.rng
    short = set()
    for n, code in enumerate(cat.KEY_MATERIALS):
        if not held and n >= 3:
            break  # supply has not finished its input for the coming meeting
        it = plant.by_code[code]
        need = it.monthly_use / Q * cat.MONTH_FACTOR[period.month]
        available = need * rng.uniform(0.92, 1.6)
        guaranteed = available >= need * 1.1
        lead = plant.supplier_lead[it.supplier] + rng.randint(0, 3)
        comment = (f"供应商需{lead}天交货，可以保证" if guaranteed
                   else f"供应商产能紧张，本月最多供货 {available:,.0f}{it.unit}")
        if not guaranteed:
            short.add(it.idx)
        out["material_constraint"].append(stamp(dict(
            id=sim.ids(), cycle_id=cycle_id, item_id=it.id, supplier_id=plant.supplier_ids[it.supplier],
            lead_days=lead, available_qty=Decimal(int(available)), unit_price=money(float(it.std_cost) * rng.uniform(0.97, 1.06), 2),
            guaranteed=guaranteed, comment=comment, submitted_by_id=sim.users["supply"]),
            created + 28 * HOUR, sim.users["supply"]))
    return short


def _capacity(sim, out, cycle_id, period, created) -> dict[int, float]:
    plant = sim.plant
    available = {}
    for wc in plant.work_centers:
        d, full, avail, notes = period, 0.0, 0.0, set()
        while d.month == period.month:
            if plant.is_workday(d):
                f = plant.capacity_factor(wc.idx, d)
                full += wc.per_day
                avail += wc.per_day * f
                if f < 1:
                    notes.update(r for w, s, e, _, r in plant.maintenance if w == wc.idx and s <= d <= e)
            d += DAY
        available[wc.idx] = avail
        note = "；".join(sorted(notes)) or None
        out["capacity_submission"].append(stamp(dict(
            id=sim.ids(), cycle_id=cycle_id, work_center_id=wc.id, month=period,
            max_qty=Decimal(int(full)), available_qty=Decimal(int(avail)),
            maintenance_note=f"设备检修：{note}，检修期间产能下降" if note else None,
            submitted_by_id=sim.users["production"]), created + 30 * HOUR, sim.users["production"]))
    return available


def _uses(plant, it, targets: set[int]) -> bool:
    return any(c in targets or _uses(plant, plant.items[c], targets) for c, _ in it.comps)


def _consensus(sim, out, cycle_id, period, met, sales_fc, available, shortages, plan_ids) -> None:
    plant = sim.plant
    current = sim.today.replace(day=1)
    by_wc: dict[int, list] = defaultdict(list)
    for idx in sales_fc:
        by_wc[plant.items[idx].wc].append(idx)
    for wc, members in by_wc.items():
        demand = sum(sales_fc[i] for i in members)
        ratio = min(1.0, available[wc] * 0.8 / demand) if demand else 1.0
        for i in members:
            it = plant.items[i]
            qty, binding = sales_fc[i], "销售预测"
            if ratio < 1.0:
                qty, binding = qty * ratio, f"{plant.work_centers[wc].name}产能（含检修）"
            if _uses(plant, it, shortages):
                qty, binding = qty * 0.93, "关键物料供应"
            consensus = max(10, int(qty) // 10 * 10)
            prod = int(math.ceil(consensus * 1.05 / 10)) * 10
            supply = int(math.ceil(consensus * 1.10 / 10)) * 10
            out["consensus_line"].append(stamp(dict(
                id=sim.ids(), cycle_id=cycle_id, item_id=it.id, month=period,
                consensus_qty=Decimal(consensus), production_target_qty=Decimal(prod),
                supply_target_qty=Decimal(supply), binding_constraint=binding), met, sim.users["manager"]))
            if (i, period) in plan_ids:
                status = (PlanStatus.DONE if period < current else PlanStatus.RELEASED
                          if period == current else PlanStatus.PLANNED)
                out["production_plan_line"].append(stamp(dict(
                    id=plan_ids[(i, period)], item_id=it.id, work_center_id=plant.work_centers[wc].id,
                    period_start=period, period_end=add_months(period, 1) - DAY, qty=Decimal(prod),
                    status=status, cycle_id=cycle_id, note="按评审会生产目标（共识量 +5%）"),
                    met + 20 * HOUR, sim.users["production"]))


def _actions(sim, out, cycle_id, period, meeting, sales_fc) -> None:
    plant, rng, users, clock = sim.plant, sim.rng, sim.users, sim.clock
    key = [n for n, k in zip(plant.customer_names, plant.customer_key, strict=True) if k]
    core_total = sum(q for i, q in sales_fc.items() if plant.items[i].is_core)
    material = plant.by_code[rng.choice(cat.KEY_MATERIALS)]
    todo = [
        (Department.SALES, users["sales"], f"与重点客户{rng.choice(key)}确认{period:%m}月交期与数量"),
        (Department.SUPPLY, users["supply"],
         f"锁定{material.name}（{material.spec}）{period:%m}月用量，与{plant.supplier_names[material.supplier]}签订供货计划"),
        (Department.PRODUCTION, users["production"], f"按生产目标下达{period:%m}月核心产品计划（共识 {core_total} 件 +5%）"),
    ]
    if rng.random() < 0.4:
        todo.append((Department.MANAGEMENT, users["manager"], "跟踪上月订单交付及时率与原材料到货及时率，张贴KPI看板"))
    recent = (sim.today - meeting).days < 75
    for dept, owner, text in todo:
        due = clock.at(meeting + rng.randint(3, 8) * DAY, 18 * 60)
        created = clock.at(meeting, 17 * 60)
        status, done_at, result = ActionStatus.OPEN, None, None
        if due < sim.now:
            r = rng.random()
            if recent and r < 0.3:
                pass  # overdue, still open
            elif r < 0.04:
                status, result = ActionStatus.CANCELLED, "计划调整，取消"
            else:
                late = rng.random() < 0.12
                done_at = due + rng.uniform(1, 96) * HOUR if late else due - rng.uniform(0, 60) * HOUR
                done_at = min(max(done_at, created + HOUR), sim.now)
                status, result = ActionStatus.DONE, "已完成" if not late else "已完成（超期）"
        elif rng.random() < 0.25:
            status, done_at, result = ActionStatus.DONE, max(created + HOUR, sim.now - 20 * HOUR), "已完成"
        out["action_item"].append(stamp(dict(
            id=sim.ids(), cycle_id=cycle_id, department=dept, owner_id=owner, description=text,
            due_at=due, status=status, done_at=done_at, result=result),
            created, users["manager"], done_at or created))


def _notifications(sim, out) -> None:
    """What services/review.py would have left in the inboxes for reviews still open: the
    department's request and, once overdue, management's escalation (same kinds and
    English fallback messages; the UI builds its own sentence)."""
    rows = out["notification"]
    orders = {o.id: o for o in sim.sales.orders}
    tz = sim.clock.tz
    for t in sim.sales.tasks:
        order = orders[t["order_id"]]
        if t["status"] != ReviewTaskStatus.OPEN or order.status != OrderStatus.IN_REVIEW:
            continue
        question = ("can it be made, and in how many days?" if t["department"] == Department.PRODUCTION
                    else "can the special materials be bought, and when do they arrive?")
        customer = sim.plant.customer_names[order.customer]
        rows.append(dict(
            id=sim.ids(), created_at=t["assigned_at"], recipient_user_id=None,
            recipient_department=t["department"], kind="review_requested",
            ref_table="order_review_task", ref_id=t["id"], due_at=t["due_at"], read_at=None,
            message=(f"Order review {order.number} ({customer}): {question} "
                     f"Answer by {t['due_at'].astimezone(tz):%Y-%m-%d %H:%M}.")))
        if t["escalated_at"] is not None:
            hours = int((t["escalated_at"] - t["due_at"]).total_seconds() // 3600)
            rows.append(dict(
                id=sim.ids(), created_at=t["escalated_at"], recipient_user_id=None,
                recipient_department=Department.MANAGEMENT, kind="review_overdue",
                ref_table="order_review_task", ref_id=t["id"], due_at=t["due_at"], read_at=None,
                message=(f"Order review {order.number}: {t['department'].value} has not "
                         f"answered; overdue by {hours} h.")))
