"""The demand review's agreed consensus as demand for the plan, consumed by the orders of its
month (docs/ARCHITECTURE.md, "Planning conventions"):

- the consensus of a product and month comes from the latest cycle that agreed it (status
  agreed or closed) and has a line for that product and month;
- the orders of the month are every sales order line not cancelled or in draft whose need
  date (promised, else requested) falls in the month, shipped or not: the month's demand is
  the larger of the consensus and those orders;
- what the orders leave of the consensus is spread evenly over the month's remaining weeks:
  the weeks of the horizon that belong to the month (a week belongs to the month of its
  Thursday, as an ISO week belongs to the year of its Thursday), in equal parts of 0.0001
  rounded down, the rest in the month's last week; weeks after the horizon are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    ConsensusLine,
    CycleStatus,
    DemandReviewCycle,
    OrderStatus,
    SalesOrder,
    SalesOrderLine,
)

from .inventory_demand import _date

AGREED = (CycleStatus.AGREED, CycleStatus.CLOSED)
NOT_ORDERS = (OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CANCELLED)


def month_of_week(monday: dt.date) -> dt.date:
    """The first day of the month holding the week's Thursday."""
    thursday = monday + dt.timedelta(days=3)
    return thursday.replace(day=1)


def consensus_by_month(session: Session, first: dt.date, last: dt.date) -> dict[tuple, tuple]:
    """{(item id, month): (qty, production target, supply target, cycle period)} from the
    latest agreed cycle per item and month, months from `first` to `last` (first days)."""
    C, Y = ConsensusLine, DemandReviewCycle  # noqa: N806
    rows = session.execute(
        select(C.item_id, C.month, C.consensus_qty, C.production_target_qty, C.supply_target_qty, Y.period)
        .join(Y, Y.id == C.cycle_id)
        .where(Y.status.in_(AGREED), C.month >= first, C.month <= last)
        .order_by(Y.period)
    ).all()
    out = {}
    for item_id, month, qty, production, supply, period in rows:  # later cycles overwrite earlier ones
        out[(item_id, month)] = (qty, production, supply, period)
    return out


def orders_by_month(session: Session, item_ids, first: dt.date, end: dt.date) -> dict[tuple, object]:
    """{(item id, month): ordered qty} of order lines needed from `first` to before `end`."""
    L, O = SalesOrderLine, SalesOrder  # noqa: E741
    need = func.coalesce(L.promised_date, O.promised_date, L.requested_date, O.requested_date)
    rows = session.execute(
        select(L.item_id, need, L.qty).join(O, O.id == L.order_id)
        .where(O.status.not_in(NOT_ORDERS), L.item_id.in_(list(item_ids)))
    ).all()
    out: dict[tuple, object] = defaultdict(int)
    for item_id, day, qty in rows:
        day = _date(day)
        if day is not None and first <= day < end:
            out[(item_id, day.replace(day=1))] += qty
    return out


def spread(remainder: int, weeks: list[int]) -> list[tuple[int, int]]:
    """Equal parts of `remainder` (units of 0.0001) over `weeks`, the rest in the last one."""
    if remainder <= 0 or not weeks:
        return []
    part = remainder // len(weeks)
    parts = [(w, part) for w in weeks[:-1]]
    parts.append((weeks[-1], remainder - part * (len(weeks) - 1)))
    return [(w, q) for w, q in parts if q > 0]


def consensus_demands(session: Session, horizon, index: dict, units) -> list[tuple[int, int, int, str]]:
    """[(item index, week, qty in units, ref)] of what the orders leave of the consensus."""
    return review_demands(session, horizon, index, units)["consensus"]


def review_demands(session: Session, horizon, index: dict, units) -> dict[str, list[tuple[int, int, int, str]]]:
    """The agreed review as demand, by kind, each [(item index, week, qty in units, ref)]:
    "consensus", what the month's orders leave of the consensus; "production_target" and
    "supply_target", how far the flex band's targets reach above the month's planned demand
    (the larger of consensus and orders), spread over the month's weeks the same way."""
    out: dict[str, list] = {"consensus": [], "production_target": [], "supply_target": []}
    weeks_of: dict[dt.date, list[int]] = defaultdict(list)
    for w in range(horizon.weeks):
        weeks_of[month_of_week(horizon.monday(w))].append(w)
    last = max(weeks_of)
    w = horizon.weeks  # the last month's weeks after the horizon share its remainder too
    while month_of_week(horizon.monday(w)) == last:
        weeks_of[last].append(w)
        w += 1
    months = sorted(weeks_of)
    consensus = consensus_by_month(session, months[0], months[-1])
    wanted = {item_id for item_id, _m in consensus if item_id in index}
    if not wanted:
        return out
    end = (months[-1] + dt.timedelta(days=32)).replace(day=1)
    ordered = orders_by_month(session, wanted, months[0], end)
    for (item_id, month), (qty, production, supply, period) in sorted(
            consensus.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        if item_id not in index:
            continue
        orders = units(ordered.get((item_id, month), 0))
        planned = max(units(qty), orders)
        parts = (("consensus", units(qty) - orders, "consensus"),
                 ("production_target", units(production) - planned, "production target"),
                 ("supply_target", units(supply) - planned, "supply target"))
        for kind, left, word in parts:
            ref = f"{month:%Y-%m} {word} ({period:%Y-%m} review)"
            for wk, q in spread(left, weeks_of[month]):
                if wk < horizon.weeks:
                    out[kind].append((index[item_id], wk, q, ref))
    return out
