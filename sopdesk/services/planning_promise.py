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

from sopdesk.models import Item
from sopdesk.planning.capacity import rough_cut
from sopdesk.planning.mrp import BomCycle, plan
from sopdesk.planning.promise import promise as engine_promise

from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require
from .planning_load import capacity_input, from_units, load, open_work_order_output, units

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


def promise(session: Session, actor: Actor, item_code: str, qty: Decimal, *, start: dt.date,
            weeks: int = 26) -> PromiseView:
    require(actor, Permission.ORDER_VIEW)
    code = (item_code or "").strip()
    item_id = session.scalar(select(Item.id).where(Item.code == code))
    if item_id is None:
        raise NotFound("no item {code}", field="item", code=code)
    if qty is None or qty <= 0:
        raise ValidationError("the quantity must be more than 0", field="qty", qty=str(qty))
    loaded = load(session, start, weeks)
    try:
        result = plan(loaded.data)
    except BomCycle as exc:
        raise ValidationError("the BOM loops through {items}", field="bom", items=" → ".join(exc.items)) from None
    cap_data, centers = capacity_input(session, loaded)
    cap = rough_cut(cap_data, result.receipts, open_work_order_output(loaded))
    index = loaded.item_ids.index(item_id)
    answer = engine_promise(loaded.data, result, cap_data, cap, index, units(qty))
    earliest = None if answer.week is None else max(loaded.week_of(answer.week), start)
    why = [_why(loaded, centers, c) for c in answer.why]
    if answer.week is None:
        why.append(Why("none", {"weeks": loaded.weeks, "qty": _text(qty)}))
    elif not why:
        why.append(Why("made_in_time", {"item": code}))
    return PromiseView(code, qty, earliest, answer.binding, why)


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
