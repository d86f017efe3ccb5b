"""Feasibility in the demand review: per product and month in scope,
feasible = min(forecast, capacity-limited, material-limited), with the binding constraint in
words and numbers (a template and its parameters, as errors are; WHY holds the templates,
the UI translates them in context "DemandReview"). No Qt.

- forecast: sales' figure; without one, the statistical baseline (``demand_source``
  "baseline"); with neither, nothing is known: every figure is None.
- capacity-limited: what the product's work center has left in the month after the
  products before it (CapacitySubmission.available_qty as confirmed or proposed, less the
  feasible quantities of earlier products on it × their load per unit), divided by the
  product's load per unit, rounded down to whole units. None: the product has no work center
  with capacity (it is not capacity-checked).
- material-limited: for each key material (demand_review_supply), what is left by the end
  of the month — on hand + open POs expected up to the month + new orders (counted in every
  month from the one holding ``available_date``: without a limit when ``available_qty`` is
  None and supply did not say "not guaranteed", else ``available_qty`` a month; nothing
  when the lead time is not known) − what the feasible quantities before it use — divided by
  the quantity per product, rounded down to whole units; the least over its materials. None: no key
  material limits it (none, or all can be bought in time without a limit).
- products share capacity and materials in order: month by month, core products first,
  then by code; each takes its feasible quantity before the next one is worked out.
- binding: "forecast" when the forecast is met in full (also on a tie), else "capacity"
  when capacity is the least (also on a tie with material), else "material".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import (
    CapacitySubmission,
    ForecastLine,
    ForecastSource,
    Item,
    MaterialConstraint,
)

from .demand_review_common import (
    cycle_months,
    load_cycle,
    month_end,
    month_text,
    qty_text,
    scope_items,
)
from .demand_review_production import month_capacity, routed_products, unit_load
from .demand_review_supply import key_materials
from .errors import render
from .permissions import Actor, Permission, require
from .planning_load import from_units, units

SCALE = 10_000
BINDINGS = ("forecast", "capacity", "material")
WHY: dict[str, str] = {
    "forecast": "{item} {month}: the forecast of {forecast} can be made and supplied in full",
    "forecast_baseline": "{item} {month}: no sales forecast; the statistical baseline of {forecast} "
                         "can be made and supplied in full",
    "capacity": "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, "
                "{available} of {full} {unit} after maintenance)",
    "capacity_shared": "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, "
                       "{available} of {full} {unit} after maintenance, {others} {unit} taken by the "
                       "products before it)",
    "material": "{item} {month}: {material} allows at most {qty} ({left} {unit} by the end of the month: "
                "{on_hand} on hand, {on_order} on order, new orders from {available_date}; {qty_per} {unit} "
                "a unit)",
    "unknown": "{item} {month}: no forecast and no baseline yet",
}


@dataclass(frozen=True)
class FeasibilityCell:
    item_id: uuid.UUID
    code: str
    month: dt.date
    forecast: Decimal | None  # sales' figure
    baseline: Decimal | None
    demand_source: str | None  # "sales" | "baseline" | None: which one the feasibility used
    capacity_limited: Decimal | None
    material_limited: Decimal | None
    feasible: Decimal | None
    binding: str | None  # "forecast" | "capacity" | "material"
    why_template: str  # the template (a value of WHY), to translate and fill with why_params
    why_params: dict
    why: str  # the English sentence


def _floor_div(numerator: int, per: int) -> int:
    """How many whole units (in units of 0.0001) of a thing taking `per` each fit in
    `numerator`: a product is made and shipped in whole units."""
    return (max(numerator, 0) // per) * SCALE if per > 0 else 0


def feasibility(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[FeasibilityCell]:
    """Every product and month in scope, month by month in scope order (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    return compute(session, load_cycle(session, cycle_id))


def compute(session: Session, cycle) -> list[FeasibilityCell]:
    items = scope_items(session, cycle)
    months = cycle_months(cycle)
    ids = [it.id for it in items]
    lines = {} if not ids else {(r.item_id, r.month, r.source): r.qty for r in session.scalars(
        select(ForecastLine).where(ForecastLine.cycle_id == cycle.id, ForecastLine.item_id.in_(ids)))}
    centers, routed = routed_products(session, cycle)
    center_of = {it.id: centers[k] for it, k in routed}
    per_unit = {it.id: unit_load(centers[k], it) for it, k in routed}
    cap_rows = {(r.work_center_id, r.month): r for r in session.scalars(select(CapacitySubmission).where(
        CapacitySubmission.cycle_id == cycle.id))}
    cap_left = {key: units(r.available_qty) for key, r in cap_rows.items()}
    uses = key_materials(session, ids)
    mats = {r.item_id: r for r in session.scalars(select(MaterialConstraint).where(
        MaterialConstraint.cycle_id == cycle.id))}
    codes = {it.id: it for it in session.scalars(select(Item).where(Item.id.in_(list(mats))))} if mats else {}
    used = {m: 0 for m in mats}
    out = []
    for k, month in enumerate(months):
        for it in items:
            sales = lines.get((it.id, month, ForecastSource.SALES))
            base = lines.get((it.id, month, ForecastSource.HISTORY))
            demand = sales if sales is not None else base
            params = {"item": it.code, "month": month_text(month)}
            if demand is None:
                out.append(FeasibilityCell(it.id, it.code, month, None, base, None, None, None, None, None,
                                           WHY["unknown"], params, render(WHY["unknown"], params)))
                continue
            d = units(demand)
            cap, cap_params = None, {}
            c = center_of.get(it.id)
            row = cap_rows.get((c.id, month)) if c is not None else None
            if row is not None:
                left = cap_left[(c.id, month)]
                cap = _floor_div(left, per_unit[it.id])
                others = units(row.available_qty) - left
                days = row.working_days
                if days is None:  # a row written before migration 0010 (the demo)
                    days = month_capacity(session, [c], month)[0][2]
                cap_params = {"work_center": c.code, "working_days": days,
                              "available": qty_text(row.available_qty), "full": qty_text(row.max_qty),
                              "unit": c.capacity_unit, "others": qty_text(from_units(others)), "_shared": others > 0}
            mat, mat_params = None, {}
            for m_id, qty_per in sorted(uses.get(it.id, {}).items(), key=lambda kv: codes[kv[0]].code
                                        if kv[0] in codes else ""):
                r = mats.get(m_id)
                if r is None:
                    continue
                supply = _supply_by(r, months, k, cycle.meeting_date)
                if supply is None:
                    continue
                left = supply - used[m_id]
                limit = _floor_div(left, units(qty_per))
                if mat is None or limit < mat:
                    mat = limit
                    mat_params = {"material": codes[m_id].code, "left": qty_text(from_units(max(left, 0))),
                                  "unit": codes[m_id].unit, "on_hand": qty_text(r.on_hand_qty or Decimal(0)),
                                  "on_order": qty_text(_arrived(r, months, k)),
                                  "available_date": _available_text(r, cycle.meeting_date),
                                  "qty_per": qty_text(qty_per)}
            feasible = min(x for x in (d, cap, mat) if x is not None)
            if feasible == d:
                binding = "forecast"
                key = "forecast" if sales is not None else "forecast_baseline"
                params["forecast"] = qty_text(demand)
            elif cap is not None and feasible == cap:
                binding = "capacity"
                shared = cap_params.pop("_shared")
                key = "capacity_shared" if shared else "capacity"
                params.update(cap_params, qty=qty_text(from_units(cap)))
            else:
                binding, key = "material", "material"
                params.update(mat_params, qty=qty_text(from_units(mat)))
            params.pop("_shared", None)
            if c is not None and row is not None:
                cap_left[(c.id, month)] -= -(-feasible * per_unit[it.id] // SCALE)
            for m_id, qty_per in uses.get(it.id, {}).items():
                if m_id in used:
                    used[m_id] += -(-feasible * units(qty_per) // SCALE)
            out.append(FeasibilityCell(
                it.id, it.code, month, sales, base, "sales" if sales is not None else "baseline",
                None if cap is None else from_units(cap), None if mat is None else from_units(mat),
                from_units(feasible), binding, WHY[key], params, render(WHY[key], params)))
    return out


def _available_text(r: MaterialConstraint, meeting: dt.date) -> str:
    if r.available_date is not None:
        return r.available_date.isoformat()
    return "—" if r.lead_days is None else (meeting + dt.timedelta(days=r.lead_days)).isoformat()


def _arrived(r: MaterialConstraint, months: list[dt.date], k: int) -> Decimal:
    arrivals = r.arrivals or {}
    return sum((Decimal(arrivals.get(month_text(m), 0)) for m in months[:k + 1]), Decimal(0))


def _supply_by(r: MaterialConstraint, months: list[dt.date], k: int, meeting: dt.date) -> int | None:
    """Units of the material there by the end of month k; None = not limited. A row
    without ``available_date`` (written before migration 0010, e.g. by the demo) takes the
    meeting date + its lead days."""
    fixed = units(r.on_hand_qty or Decimal(0)) + units(_arrived(r, months, k))
    available = r.available_date
    if available is None and r.lead_days is not None:
        available = meeting + dt.timedelta(days=r.lead_days)
    if available is None:
        return fixed
    new_months = sum(1 for m in months[:k + 1] if available <= month_end(m))
    if new_months == 0:
        return fixed
    if r.available_qty is None:
        return fixed if r.guaranteed is False else None
    return fixed + units(r.available_qty) * new_months


__all__ = ["BINDINGS", "WHY", "FeasibilityCell", "compute", "feasibility"]
