"""Run the plan (计划) and save it: load the database into the engine (planning_load), run
MRP, turn its grid into planned orders with what each serves, find the exceptions, and
replace the previous run's results in one transaction.

Planned orders are proposals; only a released one becomes a document (a purchase order or a
work order), and the next run reads that document as a scheduled receipt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from sopdesk.db.bulk import insert_columns, insert_rows
from sopdesk.gcpause import paused_gc
from sopdesk.models.planning import PlanException, PlanItemWeeks, PlannedOrder, PlanRun
from sopdesk.models.types import new_id_texts, utcnow
from sopdesk.planning.capacity import rough_cut

from .errors import ValidationError
from .permissions import Actor, Permission, require
from .planning_flex import cover_supply_target, production_target_load
from .planning_load import (
    Loaded,
    capacity_input,
    from_units,
    load,
    open_work_order_output,
    plan_or_refuse,
    qty_text,
)
from .planning_peg import peg_planned_orders

MAX_WEEKS = 104

# The English sentence of each exception kind, for the command line's JSON; the Plan tab
# translates the same templates (ui/plan/messages.py; a test keeps the two sets equal).
MESSAGES = {
    "past_due": "{item}: {qty} due in week {week} should have been released {late} week(s) before the start",
    "below_safety": "{item}: on hand {on_hand} is below the safety stock {safety}",
    "excess": "{item}: {ref} brings {qty} in week {week} that no demand in the horizon needs",
    "overload": "{work_center}, week {week}: load {load} vs capacity {capacity}",
    "beyond": "{count} demand(s) fall after the horizon and are not planned",
}


@dataclass(frozen=True)
class RunSummary:
    run_id: uuid.UUID
    start: dt.date
    weeks: int
    items: int
    planned: int
    exceptions: int


@paused_gc
def run_plan(session: Session, actor: Actor, *, start: dt.date, weeks: int = 26) -> RunSummary:
    """Plan `weeks` weeks from the week of `start` and save the result as the current plan."""
    require(actor, Permission.PLAN_EDIT)
    if not 1 <= int(weeks) <= MAX_WEEKS:
        raise ValidationError("the horizon is 1 to {max_weeks} weeks", field="weeks", weeks=weeks,
                              max_weeks=MAX_WEEKS)
    _lock_plan(session)
    loaded = load(session, start, int(weeks))
    result = cover_supply_target(loaded, plan_or_refuse(loaded.data))
    run = PlanRun(run_by_id=actor.user_id, start_week=loaded.start, weeks=loaded.weeks, item_count=len(loaded.items))
    session.add(run)
    session.flush()
    _drop_older_runs(session, run.id)
    orders = _planned_orders(loaded, result)
    pegs = peg_planned_orders(loaded, result, orders)
    exceptions = _exceptions(loaded, result, orders, run.id)
    exceptions += _overloads(session, loaded, result, run.id)
    _save(session, loaded, result, run.id, orders, pegs, exceptions)
    run.planned_count, run.exception_count = len(orders), len(exceptions)
    session.flush()
    return RunSummary(run.id, loaded.start, loaded.weeks, len(loaded.items), len(orders), len(exceptions))


def _lock_plan(session: Session) -> None:
    """One plan run at a time: on PostgreSQL a transaction-scoped advisory lock (SQLite's
    write transaction already excludes every other writer)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7261001)"))


def _drop_older_runs(session: Session, keep: uuid.UUID) -> None:
    """Every result row belongs to an older run here (one run at a time, and this one has
    written nothing yet): deleted without a WHERE, which SQLite does by dropping pages
    (deleting the 100,000 rows of a large plan one by one took 0.9 s)."""
    for table in (PlannedOrder, PlanItemWeeks, PlanException):
        session.execute(delete(table))


@dataclass(frozen=True)
class PlannedOrders:
    """The run's planned orders as columns: one per item and due week with a planned receipt,
    by item then week (the engine's order, which pegging walks too). Columns, not a dict per
    order: a large plan has 23,000."""

    item: np.ndarray  # item index
    week: np.ndarray  # due week index
    release: np.ndarray  # release week index; below 0 = should have been released before the start
    ids: list[str]
    qty: list[Decimal]

    def __len__(self) -> int:
        return len(self.ids)


def _planned_orders(loaded: Loaded, result) -> PlannedOrders:
    items, weeks = np.nonzero(result.receipts)
    lead = np.array([it.lead_weeks for it in loaded.data.items], dtype=np.int64)
    qty = result.receipts[items, weeks].tolist()
    exact = {q: from_units(q) for q in set(qty)}  # lots repeat: one Decimal per distinct quantity
    return PlannedOrders(items, weeks, weeks - lead[items], new_id_texts(len(qty)), list(map(exact.__getitem__, qty)))


def _order_columns(loaded: Loaded, orders: PlannedOrders, run_id: uuid.UUID) -> dict[str, list]:
    """The planned_order rows: a made item's order names its work center, a bought one its
    default supplier."""
    n = len(orders)
    mondays = [loaded.week_of(t) for t in range(loaded.weeks)]
    items = orders.item.tolist()
    made = loaded.makes[orders.item].tolist()
    item_ids = [it.id for it in loaded.items]
    suppliers = [it.default_supplier_id for it in loaded.items]
    centers = [it.work_center_id for it in loaded.items]
    now = utcnow()
    return {
        "id": orders.ids, "run_id": [run_id] * n, "item_id": [item_ids[i] for i in items],
        "kind": ["make" if m else "purchase" for m in made], "qty": orders.qty,
        "release_week": [mondays[r] for r in np.maximum(orders.release, 0).tolist()],
        "due_week": [mondays[t] for t in orders.week.tolist()],
        "past_due": (orders.release < 0).tolist(),
        "supplier_id": [None if m else suppliers[i] for m, i in zip(made, items, strict=True)],
        "work_center_id": [centers[i] if m else None for m, i in zip(made, items, strict=True)],
        "version": [1] * n, "created_at": [now] * n, "updated_at": [now] * n,
    }


def _exceptions(loaded: Loaded, result, orders: PlannedOrders, run_id: uuid.UUID) -> list[dict]:
    out = []
    code = [it.code for it in loaded.items]

    def add(kind, week_index, at=None, **params):
        out.append({"run_id": run_id, "kind": kind,
                    "item_id": loaded.items[at].id if at is not None else None,
                    "week": loaded.week_of(week_index), "params": params})

    for k in np.flatnonzero(orders.release < 0).tolist():
        i, t = int(orders.item[k]), int(orders.week[k])
        add("past_due", t, i, item=code[i], qty=qty_text(orders.qty[k]), week=loaded.week_of(t).isoformat(),
            late=-int(orders.release[k]))
    safety = np.array([it.safety_stock for it in loaded.data.items], dtype=np.int64)
    for i in np.flatnonzero(loaded.data.on_hand < safety).tolist():
        add("below_safety", 0, i, item=code[i], on_hand=qty_text(from_units(loaded.data.on_hand[i])),
            safety=qty_text(from_units(safety[i])))
    planned_items = set(orders.item.tolist())
    for r in loaded.receipts:  # a scheduled receipt the horizon could do without
        if r.item in planned_items:
            continue
        later = result.projected[r.item, r.week:]
        if later.size and int(later.min()) - r.qty >= int(safety[r.item]):
            add("excess", r.week, r.item, item=code[r.item], ref=r.ref, qty=qty_text(from_units(r.qty)),
                week=loaded.week_of(r.week).isoformat())
    if loaded.beyond:
        add("beyond", loaded.weeks - 1, count=loaded.beyond)
    return out


def _overloads(session: Session, loaded: Loaded, result, run_id: uuid.UUID) -> list[dict]:
    """Rough-cut capacity of the planned and open work orders, week by week."""
    data, centers = capacity_input(session, loaded)
    if not centers:
        return []
    # checked against the production target: the flex band's extra loads the product's line
    cap = rough_cut(data, result.receipts + production_target_load(loaded), open_work_order_output(loaded))
    return [{
        "run_id": run_id, "kind": "overload", "item_id": None,
        "work_center_id": centers[o.center].id, "week": loaded.week_of(o.week),
        "params": {"work_center": centers[o.center].code, "week": loaded.horizon.label(o.week),
                   "load": qty_text(from_units(o.load)), "capacity": qty_text(from_units(o.capacity)),
                   "unit": centers[o.center].capacity_unit,
                   "maintenance": [{"first": m.first.isoformat(), "last": m.last.isoformat(),
                                    "percent": qty_text(from_units(m.factor * 100))} for m in o.windows]},
    } for o in cap.overloads]


def _save(session: Session, loaded: Loaded, result, run_id, orders, pegs, exceptions) -> None:
    """Below the ORM (db/bulk: each column converted once, COPY on PostgreSQL): a large plan
    has tens of thousands of planned orders, and the ORM's per-row work took seconds."""
    conn = session.connection()
    if len(orders):
        insert_columns(conn, PlannedOrder.__table__, _order_columns(loaded, orders, run_id))
    if exceptions:
        for row, exception_id in zip(exceptions, new_id_texts(len(exceptions)), strict=True):
            row["id"] = exception_id
        insert_rows(conn, PlanException.__table__, exceptions)
    weeks = {"gross": result.gross, "scheduled": loaded.data.scheduled, "receipts": result.receipts,
             "releases": result.releases, "projected": result.projected}
    lists = {k: v.tolist() for k, v in weeks.items()}
    insert_columns(conn, PlanItemWeeks.__table__, {
        "run_id": [run_id] * len(loaded.items), "item_id": [it.id for it in loaded.items],
        "level": result.levels.tolist(), "on_hand": [from_units(q) for q in loaded.data.on_hand.tolist()],
        "weeks": [{k: rows[i] for k, rows in lists.items()} | ({"pegs": pegs[i]} if i in pegs else {})
                  for i in range(len(loaded.items))],
    })


__all__ = ["MESSAGES", "RunSummary", "qty_text", "run_plan"]
