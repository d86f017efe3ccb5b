"""Production's input to the demand review (生产: capacity per period, planned maintenance).
No Qt.

Work centers in scope: the active ones with a capacity per day above 0 that make a product
in scope (Item.work_center_id). Per work center and month in scope a CapacitySubmission row
holds the computed proposal (``confirmed`` False until production confirms or corrects it),
worked out by the planning engine's rules (sopdesk.planning.capacity.rough_cut, with every
day outside the month made a non-working day):

- working days: the calendar.workdays setting and the calendar exceptions (a center's own
  overriding the factory-wide one);
- max_qty: capacity per day × working days, in the center's unit (without maintenance);
- available_qty: the same with each day's maintenance factor (overlapping windows: the
  smallest), what the month can make: 24 days × 50, the second half at 50 % → 900.

A product's maximum output in a month = available_qty / its load per unit on the center
(planning.capacity.load_per_unit: capacity_per_day / rate_per_day, or hours_per_unit ×
capacity_per_day / hours_per_day, else 1), rounded down to 0.0001; products sharing a center
share its capacity (demand_review_feasibility).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import (
    AppUser,
    CalendarDay,
    CapacitySubmission,
    DemandReviewCycle,
    MaintenanceWindow,
    WorkCenter,
)
from sopdesk.planning.capacity import (
    CalendarException,
    CapacityInput,
    Center,
    Maintenance,
    Routing,
    load_per_unit,
    rough_cut,
)
from sopdesk.planning.mrp import SCALE
from sopdesk.planning.weeks import Horizon

from .conflicts import conflict_error
from .demand_review_common import (
    add_months,
    changed,
    clean,
    cycle_months,
    exact_qty,
    load_cycle,
    require_inputs_open,
    scope_items,
)
from .errors import ValidationError
from .permissions import Actor, Permission, require
from .planning_load import from_units, units
from .settings import get as get_setting


@dataclass(frozen=True)
class MaintenanceView:
    first: dt.date
    last: dt.date
    percent: Decimal  # capacity left on those days: 50 = half
    reason: str | None


@dataclass(frozen=True)
class ProductOutput:
    item_id: uuid.UUID
    code: str
    load_per_unit: Decimal  # in the center's unit
    max_output: Decimal  # available_qty / load_per_unit, if it made only this product


@dataclass(frozen=True)
class CapacityView:
    id: uuid.UUID
    version: int
    work_center_id: uuid.UUID
    code: str
    name: str
    unit: str
    month: dt.date
    working_days: int | None
    max_qty: Decimal  # without maintenance
    available_qty: Decimal  # after maintenance (as confirmed or corrected)
    maintenance_note: str | None
    maintenance: tuple[MaintenanceView, ...]  # windows touching the month
    confirmed: bool
    submitted_by_name: str | None
    products: tuple[ProductOutput, ...]  # products in scope it makes, in scope order


@dataclass(frozen=True)
class CapacityEntry:
    """Production's confirmation or correction of one work center and month."""

    work_center_id: uuid.UUID
    month: dt.date
    expected_version: int
    available_qty: Decimal
    note: str | None = None


def routed_products(session: Session, cycle: DemandReviewCycle) -> tuple[list[WorkCenter], list]:
    """(work centers in scope by code, [(product Item, center index)] in scope order)."""
    items = [it for it in scope_items(session, cycle) if it.work_center_id is not None]
    ids = {it.work_center_id for it in items}
    centers = [] if not ids else list(session.scalars(select(WorkCenter).where(
        WorkCenter.id.in_(ids), WorkCenter.active.is_(True), WorkCenter.capacity_per_day > 0).order_by(WorkCenter.code)))
    at = {c.id: k for k, c in enumerate(centers)}
    return centers, [(it, at[it.work_center_id]) for it in items if it.work_center_id in at]


def center_of(c: WorkCenter) -> Center:
    return Center(c.code, units(c.capacity_per_day), units(c.hours_per_day))


def unit_load(c: WorkCenter, item) -> int:
    """The load of one unit of ``item`` on ``c`` in units of 0.0001 of the center's unit."""
    return load_per_unit(center_of(c), Routing(0, 0, units(item.rate_per_day), units(item.hours_per_unit)))


def month_capacity(session: Session, centers: list[WorkCenter], month: dt.date) -> list[tuple[int, int, int]]:
    """[(capacity without maintenance, with maintenance, working days)] per center, in
    units of 0.0001, for ``month``."""
    if not centers:
        return []
    end = add_months(month, 1)
    horizon = Horizon.of(month, ((end - month).days + month.weekday()) // 7 + 1)
    at = {c.id: k for k, c in enumerate(centers)}
    calendar = [CalendarException(d.day, d.is_workday, at[d.work_center_id] if d.work_center_id else None)
                for d in session.scalars(select(CalendarDay).where(CalendarDay.day >= month, CalendarDay.day < end))
                if d.work_center_id is None or d.work_center_id in at]
    outside = [day for day in horizon.days() if not month <= day < end]
    calendar += [CalendarException(day, False, k) for day in outside for k in range(len(centers))]
    windows = [Maintenance(at[m.work_center_id], m.start_date, m.end_date, units(m.capacity_factor), str(m.id))
               for m in session.scalars(select(MaintenanceWindow).where(
                   MaintenanceWindow.end_date >= month, MaintenanceWindow.start_date < end))
               if m.work_center_id in at]
    workdays = frozenset(int(d) for d in get_setting(session, "calendar.workdays"))
    data = CapacityInput(horizon, [center_of(c) for c in centers], [], workdays, calendar, windows)
    empty = np.zeros((0, horizon.weeks), dtype=np.int64)
    with_m = rough_cut(data, empty, empty)
    data.maintenance = []
    without = rough_cut(data, empty, empty)
    return [(int(without.capacity[k].sum()), int(with_m.capacity[k].sum()), int(with_m.working_days[k].sum()))
            for k in range(len(centers))]


def _note(session: Session, center: WorkCenter, month: dt.date) -> str | None:
    reasons = [m.reason or f"{m.start_date:%m-%d}..{m.end_date:%m-%d}" for m in _windows(session, center.id, month)]
    return "; ".join(reasons) or None


def _windows(session: Session, center_id: uuid.UUID, month: dt.date) -> list[MaintenanceWindow]:
    end = add_months(month, 1)
    return list(session.scalars(select(MaintenanceWindow).where(
        MaintenanceWindow.work_center_id == center_id, MaintenanceWindow.end_date >= month,
        MaintenanceWindow.start_date < end).order_by(MaintenanceWindow.start_date)))


def refresh_proposals(session: Session, cycle: DemandReviewCycle) -> bool:
    """A row for every work center in scope and month; the unconfirmed rows computed again;
    rows of centers or months no longer in scope removed. True if anything changed."""
    centers, _ = routed_products(session, cycle)
    months = cycle_months(cycle)
    rows = {(r.work_center_id, r.month): r for r in session.scalars(select(CapacitySubmission).where(
        CapacitySubmission.cycle_id == cycle.id))}
    wanted = {(c.id, m) for c in centers for m in months}
    dirty = False
    for key, row in rows.items():
        if key not in wanted:
            session.delete(row)
            dirty = True
    for m in months:
        for c, (full, avail, days) in zip(centers, month_capacity(session, centers, m), strict=True):
            row = rows.get((c.id, m))
            if row is not None and row.submitted_by_id is not None:
                continue
            note = _note(session, c, m)
            if row is None:
                row = CapacitySubmission(id=uuid.uuid4(), cycle_id=cycle.id, work_center_id=c.id, month=m,
                                         max_qty=from_units(full), available_qty=from_units(avail))
                session.add(row)
            new = {"max_qty": from_units(full), "available_qty": from_units(avail), "working_days": days,
                   "maintenance_note": note}
            for name, value in new.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
                    dirty = True
    session.flush()
    return dirty


def refresh(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[CapacityView]:
    """Production takes today's calendar and maintenance windows into the proposal again:
    the rows nobody confirmed are computed again (confirmed ones stay as production
    confirmed them). DEMAND_SUBMIT_PRODUCTION, while inputs are open; a change bumps the
    cycle's revision (what was signed must be signed again)."""
    require(actor, Permission.DEMAND_SUBMIT_PRODUCTION)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_inputs_open(cycle)
    if refresh_proposals(session, cycle):
        changed(cycle)
        session.flush()
    return capacities(session, actor, cycle.id)


def capacities(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[CapacityView]:
    """Every work center in scope and month, by center code then month (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    cycle = load_cycle(session, cycle_id)
    centers, products = routed_products(session, cycle)
    by_id = {c.id: c for c in centers}
    rows = [r for r in session.scalars(select(CapacitySubmission).where(CapacitySubmission.cycle_id == cycle.id))
            if r.work_center_id in by_id]
    people = {r.submitted_by_id for r in rows if r.submitted_by_id}
    names = {} if not people else {u.id: u.display_name or u.username for u in
                                   session.scalars(select(AppUser).where(AppUser.id.in_(people)))}
    out = []
    for r in sorted(rows, key=lambda r: (by_id[r.work_center_id].code, r.month)):
        c = by_id[r.work_center_id]
        made = []
        for it, _k in products:
            if it.work_center_id == c.id:
                per = unit_load(c, it)
                made.append(ProductOutput(it.id, it.code, from_units(per),
                                          from_units(units(r.available_qty) * SCALE // per)))
        windows = tuple(MaintenanceView(m.start_date, m.end_date, (m.capacity_factor * 100).normalize(), m.reason)
                        for m in _windows(session, c.id, r.month))
        out.append(CapacityView(r.id, r.version, c.id, c.code, c.name, c.capacity_unit, r.month, r.working_days,
                                r.max_qty, r.available_qty, r.maintenance_note, windows, r.submitted_by_id is not None,
                                names.get(r.submitted_by_id), tuple(made)))
    return out


def save_capacities(session: Session, actor: Actor, cycle_id: uuid.UUID, rows: Sequence[CapacityEntry]) -> list[CapacityView]:
    """Production confirms or corrects capacity, all or nothing (DEMAND_SUBMIT_PRODUCTION),
    while inputs are open. ValidationError: ``work_center_id`` (no such row in the cycle),
    ``available_qty`` (0 or more, 4 places); ConflictError on a stale version. A change
    bumps the cycle's revision."""
    require(actor, Permission.DEMAND_SUBMIT_PRODUCTION)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_inputs_open(cycle)
    existing = {(r.work_center_id, r.month): r for r in session.scalars(select(CapacitySubmission).where(
        CapacitySubmission.cycle_id == cycle.id))}
    any_change = False
    for entry in rows:
        month = entry.month.replace(day=1) if isinstance(entry.month, dt.date) else None
        row = existing.get((entry.work_center_id, month))
        if row is None:
            raise ValidationError("no capacity of this work center and month in the review", field="work_center_id")
        if row.version != entry.expected_version:
            raise conflict_error(session, row, entry.expected_version)
        new = {"available_qty": exact_qty(entry.available_qty, "available_qty"),
               "maintenance_note": clean(entry.note) if entry.note is not None else row.maintenance_note,
               "submitted_by_id": actor.user_id}
        for name, value in new.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                any_change = True
    if any_change:
        changed(cycle)
    session.flush()
    return capacities(session, actor, cycle.id)


def confirm_all(session: Session, actor: Actor, cycle: DemandReviewCycle) -> None:
    """Production submits: every row not yet confirmed is confirmed as proposed."""
    for row in session.scalars(select(CapacitySubmission).where(
            CapacitySubmission.cycle_id == cycle.id, CapacitySubmission.submitted_by_id.is_(None))):
        row.submitted_by_id = actor.user_id
    session.flush()


__all__ = ["CapacityEntry", "CapacityView", "MaintenanceView", "ProductOutput", "capacities", "confirm_all",
           "month_capacity", "refresh_proposals", "routed_products", "save_capacities", "unit_load"]
