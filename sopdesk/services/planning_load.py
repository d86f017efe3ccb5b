"""The database, loaded into the planning engine's plain data (sopdesk/planning).

What counts, as docs/DOMAIN.md states it (one week = Monday to Sunday, the horizon starts in
the week of the start date):

- demand: open sales order lines (inventory_demand: what is left of a confirmed, in
  production or partly shipped order) in the week of their promised date, else their
  requested date; a line due before the start week, or with no date, counts in the start
  week; after the horizon it is left out. The demand review's agreed consensus adds what
  the orders of its month leave of it (planning_consensus). Open work orders' outstanding material (BOM need
  minus what was issued) is demand on the component in the week the work order starts.
- supply: stock on hand in every location that is not quarantine, open purchase order lines
  in the week they are expected, open work orders' remaining output in the week they are
  planned to end (a date before the start counts in the start week).
- items: lead time in weeks = ceil(days / 7): production lead days for an item with a BOM
  (made), purchase lead days otherwise (bought); safety stock, minimum lot and lot multiple
  as kept on the item. A BOM line needs qty_per × (1 + scrap rate) of its component per
  parent, rounded up to 0.0001.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import BomLine, CalendarDay, Item, MaintenanceWindow, WorkCenter
from sopdesk.planning.capacity import CalendarException, CapacityInput, Center, Maintenance, Routing
from sopdesk.planning.mrp import SCALE, BomCycle, BomEdge, PlanInput, PlanItem, PlanResult, plan
from sopdesk.planning.weeks import Horizon, lead_weeks, week_start

from .errors import ValidationError
from .inventory_demand import open_po_lines, open_sales_lines, open_work_orders, work_order_needs
from .inventory_shortage import _usable_stock
from .planning_consensus import review_demands
from .settings import get as get_setting


def units(qty: Decimal | None) -> int:
    """A quantity in the engine's integer units of 0.0001 (exact: Qty has 4 places)."""
    return int((qty or Decimal(0)).scaleb(4).to_integral_value(ROUND_CEILING))


def from_units(value: int) -> Decimal:
    return Decimal(int(value)).scaleb(-4).quantize(Decimal("0.0001"))


def qty_text(value: Decimal) -> str:
    """An exact decimal as plain text without trailing zeros: 1150, 12.5."""
    return format(value.normalize(), "f")


ITEM_COLUMNS = (Item.id, Item.code, Item.safety_stock, Item.purchase_lead_days, Item.production_lead_days,
                Item.min_lot, Item.lot_multiple, Item.default_supplier_id, Item.work_center_id, Item.rate_per_day,
                Item.hours_per_unit, Item.is_core)


@dataclass(frozen=True)
class Demand:
    """One independent demand the plan serves (for pegging and the drill-down)."""

    item: int
    week: int
    qty: int  # units of 0.0001
    kind: str  # sales_line | work_order
    ref: str  # SO-2026-00012/2, WO-2026-00003
    ref_id: uuid.UUID


@dataclass(frozen=True)
class Receipt:
    """One scheduled receipt: an open purchase order line or work order."""

    item: int
    week: int
    qty: int
    kind: str  # purchase_line | work_order
    ref: str
    ref_id: uuid.UUID


@dataclass
class Loaded:
    horizon: Horizon
    data: PlanInput
    item_ids: list[uuid.UUID]
    items: list  # rows of ITEM_COLUMNS, same order
    makes: np.ndarray  # (items,) bool: made here (has a BOM) rather than bought
    demands: list[Demand] = field(default_factory=list)
    receipts: list[Receipt] = field(default_factory=list)
    beyond: int = 0  # demands after the horizon, left out
    # the flex band above the planned demand: {"production_target" | "supply_target":
    # [(item, week, qty, ref)]} (planning_flex uses them)
    flex: dict = field(default_factory=dict)

    @property
    def start(self) -> dt.date:
        return self.horizon.start

    @property
    def weeks(self) -> int:
        return self.horizon.weeks

    def week_of(self, index: int) -> dt.date:
        return self.horizon.monday(int(index))

    def bucket(self, day: dt.date | None) -> int | None:
        """A date's week; no date counts as due now (week 0)."""
        return 0 if day is None else self.horizon.week_of(day)


def load(session: Session, start: dt.date, weeks: int) -> Loaded:
    horizon = Horizon.of(start, weeks)
    items = session.execute(select(*ITEM_COLUMNS).order_by(Item.code)).all()  # rows, not ORM objects: 3x faster
    index = {it.id: k for k, it in enumerate(items)}
    n = len(items)
    bom_rows = session.execute(select(BomLine.parent_id, BomLine.component_id, BomLine.qty_per,
                                      BomLine.scrap_rate)).all()
    makes = np.zeros(n, dtype=bool)
    edges = []
    for parent, comp, qty_per, scrap in bom_rows:
        makes[index[parent]] = True
        per_unit = units((qty_per * (1 + (scrap or 0))).quantize(Decimal("0.0001"), rounding=ROUND_CEILING))
        edges.append(BomEdge(index[parent], index[comp], per_unit))
    plan_items = [
        PlanItem(it.code, lead_weeks(int(it.production_lead_days if makes[k] else it.purchase_lead_days)),
                 units(it.safety_stock), units(it.min_lot), units(it.lot_multiple))
        for k, it in enumerate(items)
    ]
    on_hand = np.zeros(n, dtype=np.int64)
    for item_id, qty in _usable_stock(session).items():
        on_hand[index[item_id]] = units(qty)
    demand = np.zeros((n, weeks), dtype=np.int64)
    scheduled = np.zeros((n, weeks), dtype=np.int64)
    loaded = Loaded(horizon, PlanInput(plan_items, weeks, on_hand, demand, scheduled, edges),
                    [it.id for it in items], items, makes)
    for line in open_sales_lines(session):
        _add_demand(loaded, index[line.item_id], line.need_date, units(line.open_qty), "sales_line",
                    line.number, line.line_id)
    review = review_demands(session, horizon, index, units)
    for item, week, qty, ref in review["consensus"]:
        loaded.data.demand[item, week] += qty
        loaded.demands.append(Demand(item, week, qty, "consensus", ref, None))
    loaded.flex = {kind: review[kind] for kind in ("production_target", "supply_target")}
    open_wos = open_work_orders(session)
    numbers = {wo.id: wo.number for wo in open_wos}
    for need in work_order_needs(session):
        _add_demand(loaded, index[need.item_id], need.need_date, units(need.outstanding), "work_order",
                    numbers.get(need.work_order_id, need.work_order_number), need.work_order_id)
    for wo in open_wos:
        _add_receipt(loaded, index[wo.item_id], wo.planned_end, units(wo.remaining), "work_order", wo.number, wo.id)
    for po in open_po_lines(session):
        _add_receipt(loaded, index[po.item_id], po.expected_date, units(po.open_qty), "purchase_line",
                     po.number, po.line_id)
    return loaded


def _add_demand(loaded: Loaded, item: int, day, qty: int, kind: str, ref: str, ref_id) -> None:
    if qty <= 0:
        return
    week = loaded.bucket(day)
    if week is None:
        loaded.beyond += 1
        return
    loaded.data.demand[item, week] += qty
    loaded.demands.append(Demand(item, week, qty, kind, ref, ref_id))


def _add_receipt(loaded: Loaded, item: int, day, qty: int, kind: str, ref: str, ref_id) -> None:
    if qty <= 0:
        return
    week = loaded.bucket(day)
    if week is None:
        return
    loaded.data.scheduled[item, week] += qty
    loaded.receipts.append(Receipt(item, week, qty, kind, ref, ref_id))


def plan_or_refuse(data: PlanInput) -> PlanResult:
    """MRP on the loaded data; a BOM that loops is the user's to fix, named item by item."""
    try:
        return plan(data)
    except BomCycle as exc:
        raise ValidationError("the BOM loops through {items}", field="bom", items=" → ".join(exc.items)) from None


def capacity_input(session: Session, loaded: Loaded) -> CapacityInput:
    """Work centers (active, with a capacity set: one of 0 is not set up yet), the working week from settings, calendar exceptions and
    maintenance windows in the horizon, and the routing of each made item that names its
    work center (an item without one is not capacity-checked)."""
    centers = list(session.scalars(select(WorkCenter).where(WorkCenter.active.is_(True), WorkCenter.capacity_per_day > 0)
                                   .order_by(WorkCenter.code)))
    at = {c.id: k for k, c in enumerate(centers)}
    h = loaded.horizon
    calendar = [
        CalendarException(d.day, d.is_workday, at[d.work_center_id] if d.work_center_id else None)
        for d in session.scalars(select(CalendarDay).where(CalendarDay.day >= h.start, CalendarDay.day < h.end))
        if d.work_center_id is None or d.work_center_id in at
    ]
    windows = [
        Maintenance(at[m.work_center_id], m.start_date, m.end_date, units(m.capacity_factor), str(m.id))
        for m in session.scalars(select(MaintenanceWindow).where(MaintenanceWindow.end_date >= h.start,
                                                                  MaintenanceWindow.start_date < h.end))
        if m.work_center_id in at
    ]
    routings = [
        Routing(k, at[it.work_center_id], units(it.rate_per_day), units(it.hours_per_unit))
        for k, it in enumerate(loaded.items) if loaded.makes[k] and it.work_center_id in at
    ]
    return CapacityInput(
        h, [Center(c.code, units(c.capacity_per_day), units(c.hours_per_day)) for c in centers], routings,
        frozenset(int(d) for d in get_setting(session, "calendar.workdays")), calendar, windows,
    ), centers


def open_work_order_output(loaded: Loaded) -> np.ndarray:
    """(items, weeks): what open work orders still bring, by their planned end."""
    out = np.zeros_like(loaded.data.scheduled)
    for r in loaded.receipts:
        if r.kind == "work_order":
            out[r.item, r.week] += r.qty
    return out


__all__ = ["SCALE", "Demand", "Horizon", "Loaded", "Receipt", "capacity_input", "from_units", "load",
           "open_work_order_output", "plan_or_refuse", "qty_text", "units", "week_start"]
