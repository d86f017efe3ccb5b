"""Sales' forecast in the demand review: the grid of products × months in scope, with beside
each cell last year's actual, the booked orders of that month and the statistical baseline,
and the last months' actuals per product; saving cells (the grid's edits, a paste from
Excel, the `forecast` import). No Qt.

Demand history = shipped quantities per product and factory month (stock_month.shipped,
the SHIPMENT moves, negated; returns above sales count as 0 in the baseline).

- baseline: `sopdesk.planning.forecast.forecast` on the HISTORY_MONTHS complete months
  before the meeting's month, for the meeting's month and the months in scope; rounded to
  whole units (half up) and kept as ForecastLine rows of source HISTORY (computed when the
  cycle opens or its scope changes; never edited by hand).
- last year: what shipped in the same month a year earlier; recent: the RECENT_MONTHS
  complete months before the meeting's month.
- booked: the ordered quantity of sales order lines not in draft, in review or cancelled
  whose need date (promised, else requested) falls in the month, shipped or not (the
  orders that consume the consensus in `sopdesk plan run`, planning_consensus).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, DemandReviewCycle, ForecastLine, ForecastSource, StockMonth
from sopdesk.planning.forecast import forecast

from .conflicts import conflict_error
from .demand_review_common import (
    INPUT_STATUSES,
    STATUS_WORD,
    add_months,
    changed,
    clean,
    cycle_months,
    exact_qty,
    load_cycle,
    month_text,
    require_inputs_open,
    scope_items,
)
from .errors import ValidationError
from .permissions import ROLE_PERMISSIONS, Actor, Permission, require
from .planning_consensus import orders_by_month

HISTORY_MONTHS = 36
RECENT_MONTHS = 3


@dataclass(frozen=True)
class SalesCell:
    """One product and month. ``forecast`` is sales' figure (None: not entered);
    ``version`` its row's version (None: no row yet), what a save of the cell expects."""

    month: dt.date
    forecast: Decimal | None
    version: int | None
    comment: str | None
    salesperson_id: uuid.UUID | None
    salesperson_name: str | None
    baseline: Decimal | None
    last_year: Decimal  # shipped in the same month a year earlier
    booked: Decimal  # ordered for this month


@dataclass(frozen=True)
class SalesRow:
    item_id: uuid.UUID
    code: str
    name: str
    unit: str
    is_core: bool
    cells: tuple[SalesCell, ...]  # one per month in scope, in order
    recent: tuple[tuple[dt.date, Decimal], ...]  # the last complete months' actuals, oldest first


@dataclass(frozen=True)
class SalesGrid:
    cycle_id: uuid.UUID
    cycle_version: int
    period: dt.date
    status_word: str
    editable: bool  # inputs may still change (collecting or meeting)
    months: tuple[dt.date, ...]
    rows: tuple[SalesRow, ...]  # core products first, then by code


@dataclass(frozen=True)
class ForecastCellInput:
    """A cell to save. ``qty`` None clears it. ``expected_version``: the cell's version as
    the grid showed it (None for a cell that had no figure). ``salesperson_id``: who the
    figure is from (default: the actor); must be able to submit sales' forecast."""

    item_id: uuid.UUID
    month: dt.date
    qty: Decimal | None
    comment: str | None = None
    expected_version: int | None = None
    salesperson_id: uuid.UUID | None = None


# -- history --------------------------------------------------------------------------------


def _key(month: dt.date) -> int:
    return month.year * 100 + month.month


def shipped_by_month(session: Session, item_ids, first: dt.date, last: dt.date) -> dict[tuple, Decimal]:
    """{(item id, month): shipped qty (positive)} for months ``first`` .. ``last``."""
    ids = list(item_ids)
    if not ids:
        return {}
    rows = session.execute(select(StockMonth.item_id, StockMonth.month, StockMonth.shipped).where(
        StockMonth.item_id.in_(ids), StockMonth.month >= _key(first), StockMonth.month <= _key(last))).all()
    return {(item_id, dt.date(k // 100, k % 100, 1)): -shipped for item_id, k, shipped in rows}


def refresh_baseline(session: Session, cycle: DemandReviewCycle) -> None:
    """Compute the statistical baseline of every product and month in scope again and keep
    it as ForecastLine rows of source HISTORY (called when the cycle opens or its scope
    changes). Rows of products or months no longer in scope are removed."""
    items = scope_items(session, cycle)
    months = cycle_months(cycle)
    meeting_month = cycle.meeting_date.replace(day=1)
    first = add_months(meeting_month, -HISTORY_MONTHS)
    shipped = shipped_by_month(session, [it.id for it in items], first, add_months(meeting_month, -1))
    history_months = [add_months(first, k) for k in range(HISTORY_MONTHS)]
    history = np.array([[float(shipped.get((it.id, m), 0)) for m in history_months] for it in items],
                       dtype=float).reshape(len(items), HISTORY_MONTHS)
    ahead = (months[-1].year - meeting_month.year) * 12 + months[-1].month - meeting_month.month + 1
    values = forecast(history, ahead).values if items else np.zeros((0, ahead))
    offset = ahead - len(months)
    wanted: dict[tuple, Decimal] = {}
    for i, it in enumerate(items):
        for k, m in enumerate(months):
            wanted[(it.id, m)] = Decimal(repr(float(values[i, offset + k]))).quantize(Decimal(1), ROUND_HALF_UP)
    existing = {(r.item_id, r.month): r for r in session.scalars(select(ForecastLine).where(
        ForecastLine.cycle_id == cycle.id, ForecastLine.source == ForecastSource.HISTORY))}
    for key, row in existing.items():
        if key not in wanted:
            session.delete(row)
        elif row.qty != wanted[key]:
            row.qty = wanted[key]
    for (item_id, month), qty in wanted.items():
        if (item_id, month) not in existing:
            session.add(ForecastLine(id=uuid.uuid4(), cycle_id=cycle.id, item_id=item_id, month=month,
                                     source=ForecastSource.HISTORY, qty=qty, comment=None))
    session.flush()


# -- the grid -------------------------------------------------------------------------------


def sales_grid(session: Session, actor: Actor, cycle_id: uuid.UUID) -> SalesGrid:
    """The forecast grid of the cycle (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    cycle = load_cycle(session, cycle_id)
    items = scope_items(session, cycle)
    months = cycle_months(cycle)
    ids = [it.id for it in items]
    lines = {} if not ids else {(r.item_id, r.month, r.source): r for r in session.scalars(
        select(ForecastLine).where(ForecastLine.cycle_id == cycle.id, ForecastLine.item_id.in_(ids)))}
    meeting_month = cycle.meeting_date.replace(day=1)
    recent_months = [add_months(meeting_month, -k) for k in range(RECENT_MONTHS, 0, -1)]
    shipped = shipped_by_month(session, ids, min(add_months(months[0], -12), recent_months[0]),
                               max(add_months(months[-1], -12), recent_months[-1]))
    booked = orders_by_month(session, ids, months[0], add_months(months[-1], 1)) if ids else {}
    people = {line.submitted_by_id for line in lines.values() if line.submitted_by_id}
    names = {} if not people else {u.id: u.display_name or u.username for u in
                                   session.scalars(select(AppUser).where(AppUser.id.in_(people)))}
    zero = Decimal(0)
    rows = []
    for it in items:
        cells = []
        for m in months:
            sales = lines.get((it.id, m, ForecastSource.SALES))
            base = lines.get((it.id, m, ForecastSource.HISTORY))
            cells.append(SalesCell(
                m, sales.qty if sales else None, sales.version if sales else None, sales.comment if sales else None,
                sales.submitted_by_id if sales else None, names.get(sales.submitted_by_id) if sales else None,
                base.qty if base else None, shipped.get((it.id, add_months(m, -12)), zero),
                Decimal(booked.get((it.id, m), 0))))
        rows.append(SalesRow(it.id, it.code, it.name, it.unit, it.is_core, tuple(cells),
                             tuple((m, shipped.get((it.id, m), zero)) for m in recent_months)))
    return SalesGrid(cycle.id, cycle.version, cycle.period, STATUS_WORD[cycle.status], cycle.status in INPUT_STATUSES,
                     tuple(months), tuple(rows))


def save_forecast(
    session: Session, actor: Actor, cycle_id: uuid.UUID, cells: Sequence[ForecastCellInput], *,
    overwrite: bool = False,
) -> SalesGrid:
    """Save sales' figures, all or nothing (DEMAND_SUBMIT_SALES), while collecting or in
    the meeting (InvalidTransition otherwise). Each cell: a product in scope and a month in
    scope (ValidationError field ``item_id`` / ``month``), a quantity of 0 or more with at
    most 4 places (field ``qty``; details item and month); a stale ``expected_version``, or
    a figure entered meanwhile by someone else for a cell you saw empty, raises
    ConflictError — unless ``overwrite`` (an import replacing the figures). A change bumps
    the cycle's revision (sign-offs are asked again). Returns the grid as saved."""
    require(actor, Permission.DEMAND_SUBMIT_SALES)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_inputs_open(cycle)
    in_scope = {it.id: it for it in scope_items(session, cycle)}
    months = set(cycle_months(cycle))
    existing = {(r.item_id, r.month): r for r in session.scalars(select(ForecastLine).where(
        ForecastLine.cycle_id == cycle.id, ForecastLine.source == ForecastSource.SALES))}
    seen: set[tuple] = set()
    people: dict[uuid.UUID, bool] = {}
    any_change = False
    for cell in cells:
        item = in_scope.get(cell.item_id)
        if item is None:
            raise ValidationError("this product is not in the review's scope", field="item_id", item=str(cell.item_id))
        if not isinstance(cell.month, dt.date) or cell.month.replace(day=1) not in months:
            raise ValidationError("{month} is not a month of this review", field="month", item=item.code,
                                  month=str(cell.month))
        month = cell.month.replace(day=1)
        where = {"item": item.code, "month": month_text(month)}
        if (item.id, month) in seen:
            raise ValidationError("{item} {month} is given twice", field="month", **where)
        seen.add((item.id, month))
        qty = exact_qty(cell.qty, "qty", allow_none=True, **where)
        row = existing.get((item.id, month))
        if not overwrite:
            if row is not None and row.version != cell.expected_version:
                raise conflict_error(session, row, cell.expected_version or 0)
            if row is None and cell.expected_version is not None:
                raise ValidationError("{item} {month} was cleared by someone else meanwhile", field="qty", **where)
        salesperson = cell.salesperson_id or actor.user_id
        if cell.salesperson_id is not None and cell.salesperson_id not in people:
            user = session.get(AppUser, cell.salesperson_id)
            people[cell.salesperson_id] = bool(
                user and user.active and Permission.DEMAND_SUBMIT_SALES in ROLE_PERMISSIONS[user.role])
        if cell.salesperson_id is not None and not people[cell.salesperson_id]:
            raise ValidationError("choose an active user who submits sales' forecast", field="salesperson_id", **where)
        comment = clean(cell.comment)
        if qty is None:
            if row is not None:
                session.delete(row)
                any_change = True
            continue
        if row is None:
            session.add(ForecastLine(id=uuid.uuid4(), cycle_id=cycle.id, item_id=item.id, month=month,
                                     source=ForecastSource.SALES, qty=qty, comment=comment,
                                     submitted_by_id=salesperson))
            any_change = True
        elif (row.qty, row.comment, row.submitted_by_id) != (qty, comment, salesperson):
            row.qty, row.comment, row.submitted_by_id = qty, comment, salesperson
            any_change = True
    if any_change:
        changed(cycle)
    session.flush()
    return sales_grid(session, actor, cycle.id)


__all__ = ["ForecastCellInput", "SalesCell", "SalesGrid", "SalesRow", "refresh_baseline", "sales_grid",
           "save_forecast", "shipped_by_month"]
