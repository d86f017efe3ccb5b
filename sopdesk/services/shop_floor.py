"""The shop floor (车间报工): a line's work orders for the next days, output reports and
material issue, each posted through the ledger with a client operation id.

A report (报工) is one call of `report`: the backflushed materials (倒冲, when the work
order's product is set so) are issued first, then the good quantity goes into stock
(stock_ops.report_output) and a ProductionReport row records who reported what, scrap and
its reason, minutes worked and downtime. Everything is keyed by the client's op_id: sending
the same report again (a retry after a network error, later the offline queue) changes
nothing and returns what the first one did (replayed=True).

Physical facts are always recorded when the caller asks so (`record_flagged=True`, the
offline shop floor's sync, sopdesk/offline/): a report for a work order that was closed
meanwhile, or above its released quantity, is posted anyway and flagged (ReportResult.flags,
kept in the report's note as "flags: ..." so a replay answers the same, and a notification
to production). A report that also finishes the work order may carry the work order's
version it was decided on (`finish_base_version`): when the work order was changed meanwhile
in more than the reports' own quantities (its quantity, dates, status...), the pieces are
recorded but the work order is left open and the flag "finish_conflict" tells the client
to ask the user (`finish_work_order` finishes it afterwards).

The line a user reports for is a UserWorkCenter row, set by an administrator or the
production planner (`set_user_line`); a user without one sees the work orders of all lines.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    AppUser,
    BomLine,
    Department,
    Item,
    MoveType,
    Notification,
    ProductionReport,
    StockMove,
    UserWorkCenter,
    WorkCenter,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.models.types import QTY_SCALE, Qty

from . import settings, stock_ops
from . import work_orders as wo_service
from .conflicts import conflict_error
from .errors import NotFound, PermissionDenied, ValidationError
from .permissions import Actor, Permission, require
from .stock_ops import IssueLine, StockOpResult
from .validation import exact

WORKING = (WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS)
REASON_MAX = 200
QUANTUM = Decimal(1).scaleb(-QTY_SCALE)
FLAG_CLOSED = "closed"  # the work order was no longer open when the report arrived
FLAG_OVER = "over_released"  # good output above the work order's released quantity
FLAG_FINISH_CONFLICT = "finish_conflict"  # asked to finish; the work order changed meanwhile
FLAGS_PREFIX = "flags: "
# work order fields the shop floor's own reports change: not a conflict for a finish
REPORT_FIELDS = frozenset({"good_qty", "scrap_qty", "updated_at", "updated_by_id", "actual_end"})


@dataclass(frozen=True)
class ReportResult:
    report_id: uuid.UUID
    work_order_id: uuid.UUID
    work_order_number: str
    good_qty: Decimal  # this report
    scrap_qty: Decimal
    wo_qty: Decimal  # the work order after the report
    wo_good_qty: Decimal
    wo_scrap_qty: Decimal
    wo_status: WorkOrderStatus
    unit: str
    output: StockOpResult | None  # None when replayed from the report row alone
    backflush: StockOpResult | None  # None: the product is not backflushed
    replayed: bool = False
    flags: tuple[str, ...] = ()  # FLAG_*: recorded, but a rule was broken (record_flagged)


@dataclass(frozen=True)
class LineChoice:
    id: uuid.UUID
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class WorkOrderCard:
    id: uuid.UUID
    number: str
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    good_qty: Decimal
    scrap_qty: Decimal
    planned_start: dt.date
    planned_end: dt.date
    status: WorkOrderStatus
    work_center_id: uuid.UUID | None
    work_center_code: str | None
    backflush: bool
    late: bool  # planned end before today and not done

    @property
    def progress(self) -> Decimal:
        """good / qty, 0..1 and beyond for over-production."""
        return self.good_qty / self.qty if self.qty else Decimal(0)

    @property
    def open_qty(self) -> Decimal:
        return max(self.qty - self.good_qty, Decimal(0))


@dataclass(frozen=True)
class MyWorkOrders:
    line: LineChoice | None  # the line shown; None: all lines
    assigned: LineChoice | None  # the user's own line (UserWorkCenter), None: not set
    all_lines: bool  # True when no line is chosen: every line's work orders are listed
    today: dt.date
    until: dt.date
    cards: tuple[WorkOrderCard, ...]


@dataclass(frozen=True)
class ReportRow:
    id: uuid.UUID
    reported_at: dt.datetime
    reported_by: str | None
    good_qty: Decimal
    scrap_qty: Decimal
    scrap_reason: str | None
    minutes: int
    downtime_minutes: int
    downtime_reason: str | None


# -- helpers ------------------------------------------------------------------------------


def _work_order(session: Session, work_order_id: uuid.UUID) -> WorkOrder:
    wo = session.get(WorkOrder, work_order_id)
    if wo is None:
        raise NotFound("no work order {work_order_id}", field="work_order_id", work_order_id=work_order_id)
    return wo


def _reason(value: str | None, field: str) -> str | None:
    text = (value or "").strip()
    if len(text) > REASON_MAX:
        raise ValidationError("at most {REASON_MAX} characters", field=field, REASON_MAX=REASON_MAX)
    return text or None


def _minutes(value, field: str) -> int:
    try:
        number = Decimal(str(value if value not in (None, "") else 0))
    except ArithmeticError:
        raise ValidationError("not a number", field=field) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValidationError("whole minutes", field=field)
    if number < 0:
        raise ValidationError("cannot be negative", field=field)
    if number > 24 * 60:
        raise ValidationError("at most 1440 minutes (one day) in one report", field=field)
    return int(number)


def _line(session: Session, work_center_id: uuid.UUID | None) -> LineChoice | None:
    if work_center_id is None:
        return None
    wc = session.get(WorkCenter, work_center_id)
    if wc is None:
        raise NotFound("no line {work_center_id}", field="work_center_id", work_center_id=work_center_id)
    return LineChoice(wc.id, wc.code, wc.name)


def backflush_lines(session: Session, wo: WorkOrder, qty: Decimal) -> list[tuple[uuid.UUID, Decimal]]:
    """(component, quantity) the BOM consumes for `qty` made (good + scrap): qty_per ×
    (1 + scrap_rate) × qty, rounded half up to the quantity scale; one level (the
    components are made or bought before, each by its own work order or purchase)."""
    rows = session.execute(
        select(BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate, Item.code)
        .join(Item, Item.id == BomLine.component_id)
        .where(BomLine.parent_id == wo.item_id)
        .order_by(Item.code)
    ).all()
    out = []
    for component_id, qty_per, scrap_rate, _code in rows:
        need = (qty_per * (1 + (scrap_rate or 0)) * qty).quantize(QUANTUM, rounding=ROUND_HALF_UP)
        if need > 0:
            out.append((component_id, need))
    return out


def report_flags(report: ProductionReport) -> tuple[str, ...]:
    """The flags a report was recorded with (its note "flags: a b")."""
    note = report.note or ""
    return tuple(note[len(FLAGS_PREFIX):].split()) if note.startswith(FLAGS_PREFIX) else ()


def _finish_changed(session: Session, wo: WorkOrder, base_version: int) -> bool:
    """True when the work order changed after base_version in more than what reports change
    (its good and scrap quantities, released -> in progress)."""
    if wo.version == base_version:
        return False
    if wo.status not in WORKING:
        return True
    info = conflict_error(session, wo, base_version).info
    for change in info.changes if info else ():
        if change.field in REPORT_FIELDS:
            continue
        if change.field == "status" and change.after == WorkOrderStatus.IN_PROGRESS.value:
            continue
        return True
    return False


def _result(session: Session, wo: WorkOrder, report: ProductionReport, output, backflush,
            replayed: bool) -> ReportResult:
    unit = session.scalar(select(Item.unit).where(Item.id == wo.item_id)) or ""
    return ReportResult(
        report_id=report.id, work_order_id=wo.id, work_order_number=wo.number,
        good_qty=report.good_qty, scrap_qty=report.scrap_qty, wo_qty=wo.qty,
        wo_good_qty=wo.good_qty, wo_scrap_qty=wo.scrap_qty, wo_status=wo.status, unit=unit,
        output=output, backflush=backflush, replayed=replayed, flags=report_flags(report),
    )


# -- reporting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInput:
    """A report's typed fields, checked: what `report` records."""

    good_qty: Decimal
    scrap_qty: Decimal
    scrap_reason: str | None
    minutes: int
    downtime_minutes: int
    downtime_reason: str | None


def check_report_input(good_qty, scrap_qty=Decimal(0), scrap_reason: str | None = None, minutes=0,
                       downtime_minutes=0, downtime_reason: str | None = None) -> ReportInput:
    """The rules of a report that need no database (the offline queue checks them before it
    accepts a report, so what it accepts the server accepts too)."""
    good = exact(Qty, good_qty if good_qty not in (None, "") else 0, "good_qty")
    if good <= 0:
        raise ValidationError("quantity must be greater than zero", field="good_qty")
    scrap = exact(Qty, scrap_qty if scrap_qty not in (None, "") else 0, "scrap_qty")
    if scrap < 0:
        raise ValidationError("scrap cannot be negative", field="scrap_qty")
    scrap_why = _reason(scrap_reason, "scrap_reason")
    if scrap > 0 and scrap_why is None:
        raise ValidationError("scrap needs a reason", field="scrap_reason")
    worked = _minutes(minutes, "minutes")
    down = _minutes(downtime_minutes, "downtime_minutes")
    down_why = _reason(downtime_reason, "downtime_reason")
    if down > 0 and down_why is None:
        raise ValidationError("downtime needs a reason", field="downtime_reason")
    return ReportInput(good, scrap, scrap_why, worked, down, down_why)


def report(
    session: Session, actor: Actor, work_order_id: uuid.UUID, *, good_qty, location_id: uuid.UUID,
    scrap_qty=Decimal(0), scrap_reason: str | None = None, minutes=0, downtime_minutes=0,
    downtime_reason: str | None = None, finish: bool = False, reported_at: dt.datetime | None = None,
    material_location_id: uuid.UUID | None = None, op_id: uuid.UUID | None = None,
    record_flagged: bool = False, finish_base_version: int | None = None,
) -> ReportResult:
    """A shop-floor report (报工): good quantity into stock at `location_id`, scrap with a
    reason, minutes worked, downtime with a reason; finish=True marks the work order done.
    A backflushed product issues its BOM materials for good + scrap from
    `material_location_id` in the same transaction. The same op_id again applies nothing.
    record_flagged=True records a report for a closed work order or above the released
    quantity and flags it (see the module's docstring); finish_base_version turns a finish
    over a changed work order into the flag "finish_conflict"."""
    require(actor, Permission.PRODUCTION_REPORT)
    if op_id is not None:
        done = session.scalar(select(ProductionReport).where(ProductionReport.op_id == op_id))
        if done is not None:
            wo = _work_order(session, done.work_order_id)
            if wo.id != work_order_id:
                raise ValidationError("op_id {op_id} was already used for another work order",
                                      field="op_id", op_id=op_id)
            return _result(session, wo, done, None, None, replayed=True)
    wo = _work_order(session, work_order_id)
    closed = wo.status not in WORKING
    if closed and not record_flagged:
        raise ValidationError("a {status} work order cannot report output", field="status", status=wo.status.value)
    checked = check_report_input(good_qty, scrap_qty, scrap_reason, minutes, downtime_minutes, downtime_reason)
    good, scrap, scrap_why = checked.good_qty, checked.scrap_qty, checked.scrap_reason
    worked, down, down_why = checked.minutes, checked.downtime_minutes, checked.downtime_reason
    if reported_at is not None and reported_at.tzinfo is None:
        raise ValidationError("needs a time zone", field="reported_at")
    if location_id is None:
        raise ValidationError("choose where the output goes", field="location_id")
    now = dt.datetime.now(dt.UTC)
    at = reported_at or now

    backflush_item = session.scalar(select(Item.backflush).where(Item.id == wo.item_id))
    materials = backflush_lines(session, wo, good + scrap) if backflush_item else []
    if materials and material_location_id is None:
        raise ValidationError("the product is backflushed: choose where its materials are taken from",
                              field="material_location_id")

    flags = []
    if closed:
        flags.append(FLAG_CLOSED)
    if record_flagged and wo.good_qty + good > wo.qty:
        flags.append(FLAG_OVER)
    if finish and not closed and finish_base_version is not None and _finish_changed(session, wo, finish_base_version):
        flags.append(FLAG_FINISH_CONFLICT)
        finish = False
    closed_ok = closed and record_flagged

    with session.begin_nested():
        flushed = None
        if materials:
            # issued before the output: a finishing report closes the work order, which then
            # takes no more materials
            flushed = stock_ops.issue_to_work_order(
                session, actor, wo.id,
                [IssueLine(item_id, material_location_id, qty) for item_id, qty in materials],
                issued_at=at, op_id=uuid.uuid5(op_id, "backflush") if op_id else None, closed_ok=closed_ok,
            )
        output = stock_ops.report_output(
            session, actor, wo.id, good, location_id, scrap_qty=scrap, finish=finish,
            produced_at=at, op_id=op_id, closed_ok=closed_ok,
        )
        row = ProductionReport(
            id=uuid.uuid4(), op_id=op_id, work_order_id=wo.id, reported_at=at,
            reported_by_id=actor.user_id, good_qty=good, scrap_qty=scrap, minutes=worked,
            scrap_reason=scrap_why, downtime_minutes=down, downtime_reason=down_why,
            recorded_at=now, note=FLAGS_PREFIX + " ".join(flags) if flags else None,
        )
        session.add(row)
        session.flush()
        if FLAG_CLOSED in flags or FLAG_OVER in flags:
            session.add(Notification(
                recipient_department=Department.PRODUCTION, kind="shopfloor_flag",
                ref_table="production_report", ref_id=row.id,
                message=_flag_message(wo, good, flags),
            ))
            session.flush()
    session.refresh(wo)
    return _result(session, wo, row, output, flushed, replayed=False)


def _flag_message(wo: WorkOrder, good: Decimal, flags: list[str]) -> str:
    made = f"{good.normalize():f}"
    parts = []
    if FLAG_CLOSED in flags:
        parts.append(f"the work order was {wo.status.value} when the report arrived")
    if FLAG_OVER in flags:
        parts.append(f"{wo.good_qty.normalize():f} good of {wo.qty.normalize():f} released")
    return f"{wo.number}: shop-floor report of {made} recorded and flagged: " + "; ".join(parts)


def finish_work_order(session: Session, actor: Actor, work_order_id: uuid.UUID) -> WorkOrderStatus:
    """Mark a running work order done as the shop floor (the conflict inbox's "finish it
    now" after a finish_conflict); a work order already done is left as it is."""
    require(actor, Permission.PRODUCTION_REPORT)
    wo = _work_order(session, work_order_id)
    if wo.status == WorkOrderStatus.DONE:
        return wo.status
    if wo.status not in WORKING:
        raise ValidationError("a {status} work order cannot report output", field="status", status=wo.status.value)
    wo.status = WorkOrderStatus.DONE
    wo.actual_end = settings.factory_today(session)
    session.flush()
    return wo.status


def recent_reports(session: Session, actor: Actor, work_order_id: uuid.UUID, *, limit: int = 5) -> list[ReportRow]:
    """The work order's latest reports, newest first."""
    require(actor, Permission.PRODUCTION_REPORT)
    rows = session.execute(
        select(ProductionReport, AppUser.display_name)
        .outerjoin(AppUser, AppUser.id == ProductionReport.reported_by_id)
        .where(ProductionReport.work_order_id == work_order_id)
        .order_by(ProductionReport.reported_at.desc(), ProductionReport.recorded_at.desc())
        .limit(limit)
    ).all()
    return [ReportRow(r.id, r.reported_at, name, r.good_qty, r.scrap_qty, r.scrap_reason, r.minutes,
                      r.downtime_minutes, r.downtime_reason) for r, name in rows]


# -- material issue -----------------------------------------------------------------------


def issue_material(
    session: Session, actor: Actor, work_order_id: uuid.UUID, lines: Sequence[IssueLine], *,
    issued_at: dt.datetime | None = None, op_id: uuid.UUID | None = None,
) -> StockOpResult:
    """The shop floor's material issue (领料) to a work order of its line; op_id makes a
    retry apply once. The quantities the screen proposes come from `proposed_issue`."""
    require(actor, Permission.PRODUCTION_REPORT)
    lines = [ln for ln in lines if ln.qty not in (None, "") and Decimal(str(ln.qty)) != 0]
    return stock_ops.issue_to_work_order(session, actor, work_order_id, lines, issued_at=issued_at,
                                         op_id=op_id)


@dataclass(frozen=True)
class ProposedMaterial:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal  # proposed to issue now (the BOM for what is still to make, less issued)
    issued: Decimal  # issued to the work order so far


def proposed_issue(session: Session, actor: Actor, work_order_id: uuid.UUID) -> list[ProposedMaterial]:
    """What the shop floor is proposed to take for the work order (领料): the quantities of
    services/work_orders.proposed_issue (the BOM for the work order's quantity, less what was
    issued already), with what was issued so far beside each."""
    require(actor, Permission.PRODUCTION_REPORT)
    wo = _work_order(session, work_order_id)
    issued = dict(session.execute(
        select(StockMove.item_id, func.sum(StockMove.qty))
        .where(StockMove.ref_type == stock_ops.REF_WORK_ORDER, StockMove.ref_id == wo.id,
               StockMove.move_type == MoveType.ISSUE)
        .group_by(StockMove.item_id)
    ).all())
    issued = {k: -Decimal(v) for k, v in issued.items()}
    wanted = [(row.item_id, Decimal(row.qty)) for row in wo_service.proposed_issue(session, actor, work_order_id)]
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_([w[0] for w in wanted])))}
    return [ProposedMaterial(item_id, items[item_id].code, items[item_id].name, items[item_id].unit, qty,
                             issued.get(item_id, Decimal(0)))
            for item_id, qty in wanted if item_id in items]


# -- lines and the work orders of a line --------------------------------------------------


def line_choices(session: Session, actor: Actor) -> list[LineChoice]:
    """Active lines (work centers), by code."""
    if not (actor.can(Permission.PRODUCTION_REPORT) or actor.can(Permission.PLAN_VIEW)):
        require(actor, Permission.PRODUCTION_REPORT)
    rows = session.execute(select(WorkCenter.id, WorkCenter.code, WorkCenter.name)
                           .where(WorkCenter.active.is_(True)).order_by(WorkCenter.code))
    return [LineChoice(*r) for r in rows]


def user_line(session: Session, actor: Actor, user_id: uuid.UUID | None = None) -> LineChoice | None:
    """The line `user_id` (default: the actor) reports for, or None."""
    require(actor, Permission.PRODUCTION_REPORT)
    uid = user_id or actor.user_id
    if uid is None:
        return None
    wc_id = session.scalar(select(UserWorkCenter.work_center_id).where(UserWorkCenter.user_id == uid))
    return _line(session, wc_id)


def set_user_line(session: Session, actor: Actor, user_id: uuid.UUID,
                  work_center_id: uuid.UUID | None) -> LineChoice | None:
    """Assign the line a user reports for (None: no line, the user sees all lines).
    Administrators and the production planner may."""
    if not (actor.can(Permission.USER_ADMIN) or actor.can(Permission.PLAN_EDIT)):
        raise PermissionDenied("role {role} may not assign lines",
                               permission=Permission.USER_ADMIN.value, role=actor.role.value)
    if session.get(AppUser, user_id) is None:
        raise NotFound("no user {user_id}", field="user_id", user_id=user_id)
    row = session.get(UserWorkCenter, user_id)
    if work_center_id is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    wc = session.get(WorkCenter, work_center_id)
    if wc is None or not wc.active:
        raise NotFound("no active line {work_center_id}", field="work_center_id", work_center_id=work_center_id)
    if row is None:
        session.add(UserWorkCenter(user_id=user_id, work_center_id=wc.id))
    else:
        row.work_center_id = wc.id
    session.flush()
    return LineChoice(wc.id, wc.code, wc.name)


def my_work_orders(
    session: Session, actor: Actor, *, today: dt.date, days: int = 3,
    work_center_id: uuid.UUID | None = None, all_lines: bool = False,
) -> MyWorkOrders:
    """Released and in-progress work orders of a line whose planned window touches
    today..today+days, plus the late ones still open (planned end before today), by planned
    start. The line is `work_center_id` if given (a choice for this session, the assignment
    unchanged), else the user's own line; with neither, or all_lines=True, all lines."""
    require(actor, Permission.PRODUCTION_REPORT)
    if days < 0:
        raise ValidationError("cannot be negative", field="days")
    until = today + dt.timedelta(days=days)
    assigned = user_line(session, actor)
    if all_lines:
        line = None
    else:
        line = _line(session, work_center_id) if work_center_id is not None else assigned
    stmt = (
        select(WorkOrder, Item.code, Item.name, Item.unit, Item.backflush, WorkCenter.code)
        .join(Item, Item.id == WorkOrder.item_id)
        .outerjoin(WorkCenter, WorkCenter.id == WorkOrder.work_center_id)
        .where(WorkOrder.status.in_(WORKING), WorkOrder.planned_start <= until)
        .order_by(WorkOrder.planned_start, WorkOrder.planned_end, WorkOrder.number)
    )
    if line is not None:
        stmt = stmt.where(WorkOrder.work_center_id == line.id)
    cards = tuple(
        WorkOrderCard(
            id=wo.id, number=wo.number, item_id=wo.item_id, item_code=code, item_name=name,
            unit=unit, qty=wo.qty, good_qty=wo.good_qty, scrap_qty=wo.scrap_qty,
            planned_start=wo.planned_start, planned_end=wo.planned_end, status=wo.status,
            work_center_id=wo.work_center_id, work_center_code=wc_code, backflush=bool(backflush),
            late=wo.planned_end < today,
        )
        for wo, code, name, unit, backflush, wc_code in session.execute(stmt)
    )
    return MyWorkOrders(line=line, assigned=assigned, all_lines=line is None, today=today,
                        until=until, cards=cards)
