"""The saved plan, read back for the Plan tab and the command line: planned orders with what
they serve, exceptions, overloads and the weekly grid of one item."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, Item, Supplier, WorkCenter
from sopdesk.models.planning import PlanException, PlanItemWeeks, PlannedOrder, PlanRun

from .errors import NotFound
from .permissions import Actor, Permission, require
from .planning_load import from_units


@dataclass(frozen=True)
class Peg:
    kind: str  # sales_line | work_order | planned_order | safety
    ref: str
    qty: Decimal
    week: dt.date
    ref_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlannedOrderView:
    id: uuid.UUID
    item_id: uuid.UUID
    item_code: str
    item_name: str
    kind: str  # purchase | make
    qty: Decimal
    release_week: dt.date
    due_week: dt.date
    past_due: bool
    supplier_code: str | None
    work_center_code: str | None
    released_number: str | None
    version: int
    pegged_to: list[Peg] = field(default_factory=list)


@dataclass(frozen=True)
class ExceptionView:
    kind: str
    week: dt.date
    item_code: str | None
    work_center_code: str | None
    params: dict


@dataclass(frozen=True)
class PlanView:
    run_id: uuid.UUID
    run_at: dt.datetime
    start: dt.date
    weeks: int
    items: int
    planned: list[PlannedOrderView]
    exceptions: list[ExceptionView]
    run_by: str | None = None  # the display name of who ran it (None: the system)


@dataclass(frozen=True)
class ItemWeeks:
    item_id: uuid.UUID
    code: str
    name: str
    level: int
    on_hand: Decimal
    safety_stock: Decimal
    rows: dict[str, list[Decimal]]  # gross, scheduled, receipts, releases, projected


def current_plan(session: Session, actor: Actor) -> PlanView | None:
    """The last run's results, or None before the first run."""
    require(actor, Permission.PLAN_VIEW)
    run = session.scalar(select(PlanRun).order_by(PlanRun.run_at.desc(), PlanRun.id).limit(1))
    if run is None:
        return None
    P = PlannedOrder  # noqa: N806
    rows = session.execute(
        select(P, Item.code, Item.name, Supplier.code, WorkCenter.code)
        .join(Item, Item.id == P.item_id)
        .outerjoin(Supplier, Supplier.id == P.supplier_id)
        .outerjoin(WorkCenter, WorkCenter.id == P.work_center_id)
        .where(P.run_id == run.id)
        .order_by(P.release_week, Item.code, P.due_week)
    ).all()
    pegs = _pegs_of_run(session, run)
    planned = [
        PlannedOrderView(o.id, o.item_id, code, name, o.kind, o.qty, o.release_week, o.due_week, o.past_due,
                         supplier, center, o.released_number, o.version, pegs.get((o.item_id, o.due_week), []))
        for o, code, name, supplier, center in rows
    ]
    E = PlanException  # noqa: N806
    exc_rows = session.execute(
        select(E, Item.code, WorkCenter.code)
        .outerjoin(Item, Item.id == E.item_id).outerjoin(WorkCenter, WorkCenter.id == E.work_center_id)
        .where(E.run_id == run.id).order_by(E.week, E.kind, Item.code, WorkCenter.code)
    ).all()
    exceptions = [ExceptionView(e.kind, e.week, code, center, dict(e.params)) for e, code, center in exc_rows]
    run_by = session.scalar(select(AppUser.display_name).where(AppUser.id == run.run_by_id)) if run.run_by_id else None
    return PlanView(run.id, run.run_at, run.start_week, run.weeks, run.item_count, planned, exceptions, run_by)


@dataclass(frozen=True)
class PlanItem:
    id: uuid.UUID
    code: str
    name: str
    level: int


def plan_items(session: Session, actor: Actor, run_id: uuid.UUID) -> list[PlanItem]:
    """The items of a run's grid (what the Plan tab's weekly grid can show), by code."""
    require(actor, Permission.PLAN_VIEW)
    rows = session.execute(
        select(Item.id, Item.code, Item.name, PlanItemWeeks.level)
        .join(PlanItemWeeks, PlanItemWeeks.item_id == Item.id)
        .where(PlanItemWeeks.run_id == run_id).order_by(Item.code)
    ).all()
    return [PlanItem(*r) for r in rows]


def _pegs_of_run(session: Session, run: PlanRun) -> dict[tuple, list[Peg]]:
    """{(item id, due week): what that planned order serves}, from the columns each item's
    grid keeps (planning_peg)."""
    mondays = [run.start_week + dt.timedelta(weeks=w) for w in range(run.weeks)]
    out: dict[tuple, list[Peg]] = {}
    exact: dict[int, Decimal] = {}
    rows = session.execute(select(PlanItemWeeks.item_id, PlanItemWeeks.weeks).where(PlanItemWeeks.run_id == run.id))
    for item_id, weeks in rows:
        cols = weeks.get("pegs")
        if not cols:
            continue
        for due, kind, ref, ref_id, week, qty in zip(cols["due"], cols["kind"], cols["ref"], cols["id"], cols["week"],
                                                     cols["qty"], strict=True):
            amount = exact.get(qty)
            if amount is None:
                amount = exact[qty] = from_units(qty)
            out.setdefault((item_id, mondays[due]), []).append(
                Peg(kind, ref, amount, mondays[week], uuid.UUID(ref_id) if ref_id else None))
    return out


def item_weeks(session: Session, actor: Actor, run_id: uuid.UUID, item_id: uuid.UUID) -> ItemWeeks:
    """One item's weekly grid in a run, as exact decimals."""
    require(actor, Permission.PLAN_VIEW)
    row = session.execute(
        select(PlanItemWeeks, Item.code, Item.name, Item.safety_stock)
        .join(Item, Item.id == PlanItemWeeks.item_id)
        .where(PlanItemWeeks.run_id == run_id, PlanItemWeeks.item_id == item_id)
    ).first()
    if row is None:
        raise NotFound("item {item_id} is not in this plan", field="item", item_id=str(item_id))
    grid, code, name, safety = row
    rows = {key: [from_units(v) for v in values] for key, values in grid.weeks.items() if key != "pegs"}
    return ItemWeeks(item_id, code, name, grid.level, grid.on_hand, safety, rows)
