"""What stands behind a figure of the Plan tab's weekly grid: the documents that make one
week's gross demand or scheduled receipts of an item, for the drill-down.

Read from the documents as they are now (the figure itself is the saved run's): the same
rules as planning_load — open sales order lines by need date, open work orders' outstanding
material by planned start, the agreed consensus the month's orders leave, the planned orders
of the item's parents released that week (its dependent demand, qty × qty_per × (1 + scrap)
rounded up to 0.0001); open PO lines by expected date and open work orders by planned end.
Dates before the start count in the first week, as the plan counts them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import BomLine, Item
from sopdesk.models.planning import PlannedOrder, PlanRun
from sopdesk.planning.weeks import Horizon

from .errors import NotFound, ValidationError
from .inventory_demand import open_po_lines, open_sales_lines, open_work_orders, work_order_needs
from .permissions import Actor, Permission, require
from .planning_consensus import consensus_demands
from .planning_load import from_units, units

ROWS = ("gross", "scheduled")


@dataclass(frozen=True)
class Source:
    kind: str  # sales_line | work_order | consensus | planned_order | purchase_line
    ref: str  # SO-2026-00012/2, WO-…, PO-…/1, "F001 2027-01-18", "2027-01 consensus …"
    qty: Decimal
    day: dt.date | None  # the document's date that places it in the week
    ref_id: uuid.UUID | None = None


def week_sources(session: Session, actor: Actor, run_id: uuid.UUID, item_id: uuid.UUID, week: int,
                 row: str) -> list[Source]:
    require(actor, Permission.PLAN_VIEW)
    run = session.get(PlanRun, run_id)
    if run is None:
        raise NotFound("no plan run {run_id}", field="run", run_id=str(run_id))
    if row not in ROWS:
        raise ValidationError("a figure of gross demand or scheduled receipts", field="row", row=row)
    horizon = Horizon(run.start_week, run.weeks)
    if not 0 <= week < horizon.weeks:
        raise ValidationError("week {week} is outside the plan", field="week", week=week)

    def here(day: dt.date | None) -> bool:
        return (week == 0 if day is None else horizon.week_of(day) == week)

    if row == "scheduled":
        out = [Source("purchase_line", p.number, p.open_qty, p.expected_date, p.line_id)
               for p in open_po_lines(session, [item_id]) if p.open_qty > 0 and here(p.expected_date)]
        out += [Source("work_order", w.number, w.remaining, w.planned_end, w.id)
                for w in open_work_orders(session, [item_id]) if w.remaining > 0 and here(w.planned_end)]
        return out
    out = [Source("sales_line", s.number, s.open_qty, s.need_date, s.line_id)
           for s in open_sales_lines(session, [item_id]) if here(s.need_date)]
    out += [Source("work_order", n.work_order_number, n.outstanding, n.need_date, n.work_order_id)
            for n in work_order_needs(session, component_ids=[item_id]) if n.outstanding > 0 and here(n.need_date)]
    out += [Source("consensus", ref, from_units(qty), horizon.monday(w))
            for _i, w, qty, ref in consensus_demands(session, horizon, {item_id: 0}, units) if w == week]
    out += _dependent(session, run_id, item_id, horizon.monday(week))
    return out


def _dependent(session: Session, run_id, item_id, monday: dt.date) -> list[Source]:
    rows = session.execute(
        select(PlannedOrder.id, PlannedOrder.qty, PlannedOrder.due_week, Item.code, BomLine.qty_per,
               BomLine.scrap_rate)
        .join(BomLine, BomLine.parent_id == PlannedOrder.item_id)
        .join(Item, Item.id == PlannedOrder.item_id)
        .where(PlannedOrder.run_id == run_id, BomLine.component_id == item_id, PlannedOrder.release_week == monday)
        .order_by(Item.code, PlannedOrder.due_week)
    ).all()
    return [Source("planned_order", f"{code} {due.isoformat()}",
                   (qty * qty_per * (1 + (scrap or 0))).quantize(Decimal("0.0001"), rounding=ROUND_CEILING),
                   monday, order_id)
            for order_id, qty, due, code, qty_per, scrap in rows]
