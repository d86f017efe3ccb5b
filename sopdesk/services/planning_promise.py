"""Capable-to-promise (可承诺交期): the earliest date a new quantity of a product can be
delivered without breaking existing promises, with the constraint that binds and why.

The answer is computed from the facts as they are now (the same load as a plan run: stock,
open orders, POs, work orders, lead times, capacity after maintenance), not from the last
saved run, so an order entered a minute ago on another PC is already an existing promise.
The earliest date is the Monday of the answer's week, or the start date when that is later
(week 0 is the current week)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.gcpause import paused_gc
from sopdesk.models import Item, SalesOrderLine
from sopdesk.models.types import Qty
from sopdesk.planning.capacity import rough_cut
from sopdesk.planning.promise import promise as engine_promise

from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require
from .planning_load import (
    capacity_input,
    from_units,
    load,
    open_work_order_output,
    plan_or_refuse,
    units,
)
from .validation import exact

# English sentences of the "why" parts, for the command line; the order dialog and the review
# translate the same templates (a test keeps the sets equal).
WHY = {
    "stock": "{available} of {item} available from stock in week {week}",
    "material": "{item} cannot arrive before week {until} ({lead} week(s) lead time): {qty} short in week {week}",
    "capacity": "{work_center}, week {week}: load {load} + {qty} would exceed capacity {capacity}",
    "made_in_time": "{item} can be made or bought in time",
    "none": "no week of the {weeks}-week horizon can take {qty}",
}


@dataclass(frozen=True)
class Why:
    kind: str
    params: dict


@dataclass(frozen=True)
class PromiseView:
    item: str
    qty: Decimal
    earliest: dt.date | None
    binding: str  # stock | material | capacity
    why: list[Why] = field(default_factory=list)


@dataclass(frozen=True)
class OrderPromise:
    """The order's earliest date: the latest of its lines' (each line asked for on its own,
    against the plan without this order)."""

    earliest: dt.date | None
    binding: str
    why: list[Why]
    lines: list[PromiseView]


def promise(session: Session, actor: Actor, item_code: str, qty: Decimal, *, start: dt.date,
            weeks: int = 26) -> PromiseView:
    require(actor, Permission.ORDER_VIEW)
    code = (item_code or "").strip()
    item_id = session.scalar(select(Item.id).where(Item.code == code))
    if item_id is None:
        raise NotFound("no item {code}", field="item", code=code)
    return promise_lines(session, actor, [(item_id, qty)], start=start, weeks=weeks).lines[0]


@paused_gc
def promise_lines(session: Session, actor: Actor, lines: list[tuple], *, start: dt.date,
                  weeks: int = 26) -> OrderPromise:
    """The earliest date for order lines [(item id, qty)] not yet in the plan (a new order,
    or one in draft or review)."""
    require(actor, Permission.ORDER_VIEW)
    if not lines:
        raise ValidationError("an order needs at least one line", field="lines")
    checked = []
    for n, (item_id, qty) in enumerate(lines, start=1):
        qty = exact(Qty, qty, f"lines[{n}].qty")
        if qty <= 0:
            raise ValidationError("quantity must be greater than zero", field=f"lines[{n}].qty")
        checked.append((item_id, qty))
    lines = checked
    loaded = load(session, start, weeks)
    result = plan_or_refuse(loaded.data)
    cap_data, centers = capacity_input(session, loaded)
    cap = rough_cut(cap_data, result.receipts, open_work_order_output(loaded))
    at = {item_id: k for k, item_id in enumerate(loaded.item_ids)}
    views = []
    for item_id, qty in lines:
        if item_id not in at:
            raise NotFound("no item {code}", field="item", code=str(item_id))
        index = at[item_id]
        answer = engine_promise(loaded.data, result, cap_data, cap, index, units(qty))
        earliest = None if answer.week is None else max(loaded.week_of(answer.week), start)
        why = [_why(loaded, centers, c) for c in answer.why]
        if answer.week is None:
            why.append(Why("none", {"weeks": loaded.weeks, "qty": _text(qty)}))
        elif not why:
            why.append(Why("made_in_time", {"item": loaded.items[index].code}))
        views.append(PromiseView(loaded.items[index].code, qty, earliest, answer.binding, why))
    latest = max(views, key=lambda v: (v.earliest is None, v.earliest or start))
    return OrderPromise(latest.earliest, latest.binding, latest.why, views)


def promise_order(session: Session, actor: Actor, order_id, *, start: dt.date, weeks: int = 26) -> OrderPromise:
    """The proposal for an order in review: its lines' open quantities (the custom-order
    review shows production, supply and sales the same answer)."""
    L = SalesOrderLine  # noqa: N806
    rows = session.execute(select(L.item_id, L.qty, L.shipped_qty, L.short_closed_qty)
                           .where(L.order_id == order_id).order_by(L.line_no)).all()
    lines = [(item_id, qty - shipped - closed) for item_id, qty, shipped, closed in rows]
    return promise_lines(session, actor, [(i, q) for i, q in lines if q > 0], start=start, weeks=weeks)


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _why(loaded, centers, c) -> Why:
    h = loaded.horizon
    if c.kind == "stock":
        return Why("stock", {"item": loaded.items[c.item].code, "available": _text(from_units(c.qty)),
                             "week": h.label(c.week)})
    if c.kind == "material":
        it = loaded.data.items[c.item]
        return Why("material", {"item": it.code, "until": h.label(min(c.until_week, h.weeks - 1)),
                                "lead": it.lead_weeks, "qty": _text(from_units(c.qty)), "week": h.label(c.week)})
    return Why("capacity", {
        "work_center": centers[c.center].code, "week": h.label(c.week), "load": _text(from_units(c.load)),
        "qty": _text(from_units(c.qty)), "capacity": _text(from_units(c.capacity)),
        "maintenance": [{"first": m.first.isoformat(), "last": m.last.isoformat(),
                         "percent": _text(from_units(m.factor * 100))} for m in c.windows]})
