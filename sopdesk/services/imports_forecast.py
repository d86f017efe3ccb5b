"""Planning an import of sales' forecast (预测) into the open demand review: product, month,
quantity, salesperson, comment; or the wide layout, a column per month (excel/months.py
reads their headers; parse() turns each product row into one row per month with a value).

The figures are written through the demand review's own service
(demand_review_sales.save_forecast, overwrite=True: the file replaces what the grid holds),
so who may enter them, the cycle's revision and the sign-offs asked again are the same as
on screen. Each row:

- month: the review cycle whose months include it and whose inputs are open (collecting or
  in the meeting; of two such, the later one). A month no cycle covers is an error naming
  it; a cycle that covers it but is agreed or closed refuses with the service's reason. A
  month without a year (1月, Jan) is the next such month on or after the first month of
  the earliest open cycle;
- product: by code, in the cycle's scope (core products, or all products if switched on);
- quantity: 0 or more, exact (4 decimal places at most);
- salesperson: by user name or display name, someone who submits sales' forecast; blank:
  the importing user;
- comment: blank keeps the cell's comment.

A product and month twice in the file is an error. Nothing is written if any row is wrong.
A cell the file leaves as it is counts as unchanged. Undo (import history) puts back each
cell's figure, comment and salesperson as they were before — refused if the review's
inputs are no longer open or a cell has been changed since (the service's stale check).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import AppUser, DemandReviewCycle, ForecastLine, ForecastSource, ImportBatch

from .demand_review_common import (
    INPUT_STATUSES,
    cycle_months,
    month_text,
    require_inputs_open,
    scope_items,
)
from .errors import ServiceError
from .imports_plan import _Plan, _resolve_items, cell_error
from .permissions import ROLE_PERMISSIONS, Actor, Permission

UNDO_KEY = "forecast"  # undo data: the cells written, with what they held before
# demand_review_sales (and with it numpy and the forecasting code) is loaded when a forecast
# file is checked, not with services.imports: the command line stays small for other kinds


def _sales():
    from . import demand_review_sales

    return demand_review_sales


def _month_label(parsed: ParsedFile, i: int) -> str:
    raw = parsed.raw.get("month")
    value = raw[i] if raw is not None else None
    return str(value).strip() if value not in (None, "") else ""


def _place(month: tuple[int | None, int], anchor: dt.date | None) -> dt.date | None:
    """A (year, month) as the first day; a month without a year is the next one on or after
    `anchor` (None when there is no anchor)."""
    year, m = month
    if year is not None:
        return dt.date(year, m, 1)
    if anchor is None:
        return None
    return dt.date(anchor.year if m >= anchor.month else anchor.year + 1, m, 1)


def _people(session: Session, names: set[str]) -> dict[str, Any]:
    """{folded name: user row, or an int (how many users a display name names)} by user name
    first, then display name."""
    if not names:
        return {}
    users = session.execute(select(AppUser.id, AppUser.username, AppUser.display_name, AppUser.active,
                                   AppUser.role)).all()
    by_user = {u.username.casefold(): u for u in users}
    by_display: dict[str, list] = defaultdict(list)
    for u in users:
        if u.display_name:
            by_display[u.display_name.strip().casefold()].append(u)
    out: dict[str, Any] = {}
    for name in names:
        key = name.strip().casefold()
        if key in by_user:
            out[key] = by_user[key]
        elif len(by_display.get(key, [])) == 1:
            out[key] = by_display[key][0]
        elif by_display.get(key):
            out[key] = len(by_display[key])
    return out


def plan_forecast(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    cols = parsed.columns
    n = len(parsed)
    blank = [None] * n
    items = _resolve_items(session, parsed, plan, "item_code")
    months, qtys = cols["month"], cols["qty"]
    salespeople = cols.get("salesperson") or blank
    comments = cols.get("comment") or blank
    bad = {e.row for e in parsed.errors}
    cycles = list(session.scalars(select(DemandReviewCycle).order_by(DemandReviewCycle.period.desc())))
    open_cycles = [c for c in cycles if c.status in INPUT_STATUSES]
    anchor = min((c.period for c in open_cycles), default=None)
    covering = {c.id: set(cycle_months(c)) for c in cycles}
    scope: dict[uuid.UUID, dict] = {}
    people = _people(session, {s for s in salespeople if s})
    seen: dict[tuple, int] = {}
    cell_input = _sales().ForecastCellInput
    todo: dict[uuid.UUID, list[tuple[int, Any]]] = defaultdict(list)
    for i in range(n):
        it, month = items[i], months[i]
        if parsed.row_numbers[i] in bad or it is None or month is None or qtys[i] is None:
            continue  # its error is listed already
        first = _place(month, anchor)
        cycle = None if first is None else next(
            (c for c in open_cycles if first in covering[c.id]),
            next((c for c in cycles if first in covering[c.id]), None))
        if cycle is None:
            plan.errors.append(cell_error(parsed, i, "month", "no_open_review", "no open demand review covers {month}",
                                          month=month_text(first) if first else _month_label(parsed, i)))
            continue
        try:
            require_inputs_open(cycle)
        except ServiceError as exc:
            plan.errors.append(cell_error(parsed, i, "month", exc.code, exc.template, **exc.params))
            continue
        if cycle.id not in scope:
            scope[cycle.id] = {x.id: x for x in scope_items(session, cycle)}
        if it.id not in scope[cycle.id]:
            plan.errors.append(cell_error(parsed, i, "item_code", "not_in_scope",
                                          "{code} is not in the {month} review's scope (core products only)",
                                          code=it.code, month=month_text(cycle.period)))
            continue
        key = (cycle.id, it.id, first)
        if key in seen:
            plan.errors.append(cell_error(parsed, i, "month", "duplicate_in_file",
                                          "{code} {month} is on row {row} of the file already",
                                          code=it.code, month=month_text(first), row=seen[key]))
            continue
        seen[key] = parsed.row_numbers[i]
        person = None
        if salespeople[i]:
            user = people.get(salespeople[i].strip().casefold())
            if user is None:
                plan.errors.append(cell_error(parsed, i, "salesperson", "unknown_user", "unknown user {name}",
                                              name=salespeople[i]))
                continue
            if isinstance(user, int):
                plan.errors.append(cell_error(parsed, i, "salesperson", "ambiguous_user",
                                              "{count} users are called {name}: give the user name",
                                              count=user, name=salespeople[i]))
                continue
            if not (user.active and Permission.DEMAND_SUBMIT_SALES in ROLE_PERMISSIONS[user.role]):
                plan.errors.append(cell_error(parsed, i, "salesperson", "not_a_salesperson",
                                              "{name} does not submit sales' forecast", name=salespeople[i]))
                continue
            person = user.id
        todo[cycle.id].append((i, cell_input(it.id, first, qtys[i], comments[i], salesperson_id=person)))
    if plan.errors or parsed.errors:
        return
    _count(session, actor, plan, todo)


def _count(session: Session, actor: Actor, plan: _Plan, todo: dict) -> None:
    """Compare with the stored cells; keep what changes for the write (after the batch row)."""
    cell_input = _sales().ForecastCellInput
    writes: dict[uuid.UUID, list[tuple[Any, Any]]] = {}
    for cycle_id, cells in todo.items():
        stored = {(r.item_id, r.month): r for r in session.scalars(select(ForecastLine).where(
            ForecastLine.cycle_id == cycle_id, ForecastLine.source == ForecastSource.SALES))}
        out = []
        for _i, cell in cells:
            row = stored.get((cell.item_id, cell.month))
            comment = (cell.comment or "").strip() or (row.comment if row is not None else None)
            person = cell.salesperson_id or actor.user_id
            if row is not None and (row.qty, row.comment, row.submitted_by_id) == (cell.qty, comment, person):
                plan.unchanged += 1
                continue
            if row is None:
                plan.inserted += 1
            else:
                plan.updated += 1
            before = None if row is None else {"qty": str(row.qty), "comment": row.comment,
                                               "salesperson": str(row.submitted_by_id) if row.submitted_by_id
                                               else None}
            out.append((cell_input(cell.item_id, cell.month, cell.qty, comment,
                                          salesperson_id=cell.salesperson_id), before))
        if out:
            writes[cycle_id] = out
    if writes:
        plan.counts["forecast_cells"] = plan.inserted + plan.updated
        plan.after_write.append(lambda s, batch_id: _write(s, actor, writes, batch_id))


def _write(session: Session, actor: Actor, writes: dict, batch_id: uuid.UUID) -> None:
    """Save each cycle's cells through the service and keep, per cell, its version after the
    save and what it held before, for the undo."""
    undo = []
    for cycle_id, cells in writes.items():
        grid = _sales().save_forecast(session, actor, cycle_id, [c for c, _b in cells], overwrite=True)
        version = {(row.item_id, cell.month): cell.version for row in grid.rows for cell in row.cells}
        for c, before in cells:
            undo.append({"cycle_id": str(cycle_id), "item_id": str(c.item_id), "month": c.month.isoformat(),
                         "version": version.get((c.item_id, c.month)), "before": before})
    data = session.scalar(select(ImportBatch.undo_data).where(ImportBatch.id == batch_id)) or {}
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undo_data={**data, UNDO_KEY: undo}))


def undo_forecast(session: Session, actor: Actor, cells: list[dict]) -> int:
    """Put the cells an import wrote back as they were (through save_forecast, with the
    versions the import left them at: a cell changed since refuses the whole undo)."""
    sales = _sales()
    by_cycle: dict[str, list[Any]] = defaultdict(list)
    for c in cells:
        before = c.get("before") or {}
        by_cycle[c["cycle_id"]].append(sales.ForecastCellInput(
            uuid.UUID(c["item_id"]), dt.date.fromisoformat(c["month"]),
            Decimal(before["qty"]) if before.get("qty") is not None else None, before.get("comment"),
            expected_version=c.get("version"),
            salesperson_id=uuid.UUID(before["salesperson"]) if before.get("salesperson") else None))
    for cycle_id, inputs in by_cycle.items():
        sales.save_forecast(session, actor, uuid.UUID(cycle_id), inputs)
    return sum(len(v) for v in by_cycle.values())


PLANNERS = {"forecast": plan_forecast}
TABLES: dict = {}
