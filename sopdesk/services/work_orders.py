"""Work orders (工单): list, detail, create, release, close, cancel, and the material issue
(领料) proposed from the BOM.

Documents drive a work order's status: planned → released by hand (release), released →
in progress by its first material issue (stock_ops.issue_to_work_order), good and scrap
quantities only through output reports (stock_ops.report_output / shop_floor.report); close
marks a running one done, cancel drops one nothing was posted against.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    BomLine,
    Item,
    ItemKind,
    Location,
    MoveType,
    OrderStatus,
    SalesOrder,
    SalesOrderLine,
    StockBalance,
    StockMove,
    WorkCenter,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.models.types import QTY_SCALE, Qty

from . import numbering, settings
from .conflicts import conflict_error
from .errors import InvalidTransition, NotFound, ValidationError
from .permissions import Actor, Permission, require
from .validation import exact

REF_WORK_ORDER = "work_order"  # = stock_ops.REF_WORK_ORDER
QUANTUM = Decimal(1).scaleb(-QTY_SCALE)


def _view_permission(actor: Actor) -> None:
    if not (actor.can(Permission.PLAN_VIEW) or actor.can(Permission.PLAN_EDIT)):
        require(actor, Permission.PLAN_VIEW)


def _load(session: Session, work_order_id: uuid.UUID) -> WorkOrder:
    wo = session.get(WorkOrder, work_order_id)
    if wo is None:
        raise NotFound("no work order {work_order_id}", field="work_order_id", work_order_id=work_order_id)
    return wo


# -- proposed material issue ----------------------------------------------------------------


@dataclass(frozen=True)
class ProposedIssueLine:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    required: Decimal  # wo.qty × qty_per × (1 + scrap_rate), rounded half up
    issued: Decimal  # issued to this work order so far (net of reversals)
    proposed: Decimal  # max(required − issued, 0)
    location_id: uuid.UUID | None  # where most of it is in stock (None: nowhere)

    @property
    def qty(self) -> Decimal:
        """The quantity proposed to issue now (same as `proposed`)."""
        return self.proposed


def issued_by_item(session: Session, work_order_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """Material issued to a work order per item, positive, net of reversed issues."""
    rows = session.execute(
        select(StockMove.item_id, func.sum(StockMove.qty))
        .where(StockMove.ref_type == REF_WORK_ORDER, StockMove.ref_id == work_order_id,
               StockMove.move_type == MoveType.ISSUE)
        .group_by(StockMove.item_id)
    ).all()
    return {item_id: -Decimal(total) for item_id, total in rows}


def issued_by_work_order(session: Session, work_order_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[uuid.UUID, Decimal]]:
    """issued_by_item for many work orders in one query (the shop floor's offline cache)."""
    out: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = {}
    if not work_order_ids:
        return out
    for wo_id, item_id, total in session.execute(
        select(StockMove.ref_id, StockMove.item_id, func.sum(StockMove.qty))
        .where(StockMove.ref_type == REF_WORK_ORDER, StockMove.ref_id.in_(work_order_ids),
               StockMove.move_type == MoveType.ISSUE)
        .group_by(StockMove.ref_id, StockMove.item_id)
    ):
        out.setdefault(wo_id, {})[item_id] = -Decimal(total)
    return out


def required_qty(wo_qty: Decimal, qty_per: Decimal, scrap_rate: Decimal | None) -> Decimal:
    """A component's quantity for a work order: qty × qty_per × (1 + scrap_rate), half up."""
    return (wo_qty * qty_per * (1 + (scrap_rate or 0))).quantize(QUANTUM, rounding=ROUND_HALF_UP)


def _best_locations(session: Session, item_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Per item, the location holding most of it (positive stock only; ties by location id)."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty)
        .where(StockBalance.item_id.in_(item_ids), StockBalance.qty > 0)
        .order_by(StockBalance.item_id, StockBalance.qty.desc(), StockBalance.location_id)
    ).all()
    best: dict[uuid.UUID, uuid.UUID] = {}
    for item_id, location_id, _qty in rows:
        best.setdefault(item_id, location_id)
    return best


def proposed_issue(session: Session, actor: Actor, work_order_id: uuid.UUID) -> list[ProposedIssueLine]:
    """The material issue (领料) proposed for a work order, one line per BOM component by
    component code: required = qty × qty_per × (1 + scrap_rate) (rounded half up to the
    quantity scale), less what was issued already, never below zero."""
    if not (actor.can(Permission.PLAN_VIEW) or actor.can(Permission.PRODUCTION_REPORT)):
        require(actor, Permission.PLAN_VIEW)
    wo = _load(session, work_order_id)
    rows = session.execute(
        select(BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate, Item.code, Item.name, Item.unit)
        .join(Item, Item.id == BomLine.component_id)
        .where(BomLine.parent_id == wo.item_id)
        .order_by(Item.code)
    ).all()
    issued = issued_by_item(session, wo.id)
    where = _best_locations(session, [r[0] for r in rows])
    out = []
    for component_id, qty_per, scrap_rate, code, name, unit in rows:
        required = required_qty(wo.qty, qty_per, scrap_rate)
        done = issued.get(component_id, Decimal(0))
        out.append(ProposedIssueLine(
            item_id=component_id, item_code=code, item_name=name, unit=unit, required=required,
            issued=done, proposed=max(required - done, Decimal(0)), location_id=where.get(component_id),
        ))
    return out


# -- list and detail ------------------------------------------------------------------------

OPEN = (WorkOrderStatus.PLANNED, WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS)
WORKING = (WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS)


@dataclass(frozen=True)
class WorkOrderFilter:
    status: WorkOrderStatus | None = None  # None: every status; see open_only
    open_only: bool = False  # planned, released, in progress
    work_center_id: uuid.UUID | None = None
    text: str = ""  # item code or name, or the work order number
    late_only: bool = False


@dataclass(frozen=True)
class WorkOrderRow:
    id: uuid.UUID
    version: int
    number: str
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    good_qty: Decimal
    scrap_qty: Decimal
    work_center_id: uuid.UUID | None
    work_center_code: str | None
    planned_start: dt.date
    planned_end: dt.date
    actual_end: dt.date | None
    status: WorkOrderStatus
    sales_order_number: str | None
    late: bool

    @property
    def progress(self) -> Decimal:
        """Good quantity as a share of the planned quantity (0..1+)."""
        return (self.good_qty / self.qty) if self.qty else Decimal(0)


def _late(planned_end, today: dt.date):
    return (planned_end < today) & WorkOrder.status.in_(OPEN)


def filter_from(filters: Mapping[str, Any]) -> WorkOrderFilter:
    """A WorkOrderFilter from the plain dict an export request carries."""
    status = filters.get("status") or None
    wc = filters.get("work_center_id") or None
    return WorkOrderFilter(
        status=WorkOrderStatus(status) if status else None, open_only=bool(filters.get("open_only")),
        work_center_id=uuid.UUID(str(wc)) if wc else None, text=str(filters.get("text") or ""),
        late_only=bool(filters.get("late_only")),
    )


def list_work_orders(session: Session, actor: Actor, flt: WorkOrderFilter | None = None, *,
                     today: dt.date | None = None, limit: int | None = None) -> list[WorkOrderRow]:
    """Work orders by the filter, late ones first (planned end before the factory's today and
    not done), then by planned end and number."""
    _view_permission(actor)
    flt = flt or WorkOrderFilter()
    today = today or settings.factory_today(session)
    late = _late(WorkOrder.planned_end, today)
    stmt = (
        select(WorkOrder, Item.code, Item.name, Item.unit, WorkCenter.code, SalesOrder.number)
        .join(Item, Item.id == WorkOrder.item_id)
        .outerjoin(WorkCenter, WorkCenter.id == WorkOrder.work_center_id)
        .outerjoin(SalesOrderLine, SalesOrderLine.id == WorkOrder.sales_order_line_id)
        .outerjoin(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .order_by(case((late, 0), else_=1), WorkOrder.planned_end, WorkOrder.number)
    )
    if flt.status is not None:
        stmt = stmt.where(WorkOrder.status == flt.status)
    elif flt.open_only:
        stmt = stmt.where(WorkOrder.status.in_(OPEN))
    if flt.work_center_id is not None:
        stmt = stmt.where(WorkOrder.work_center_id == flt.work_center_id)
    if text := flt.text.strip():
        like = f"%{text}%"
        stmt = stmt.where(or_(Item.code.ilike(like), Item.name.ilike(like), WorkOrder.number.ilike(like)))
    if flt.late_only:
        stmt = stmt.where(late)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        WorkOrderRow(
            id=wo.id, version=wo.version, number=wo.number, item_id=wo.item_id, item_code=code,
            item_name=name, unit=unit, qty=wo.qty, good_qty=wo.good_qty, scrap_qty=wo.scrap_qty,
            work_center_id=wo.work_center_id, work_center_code=wc_code, planned_start=wo.planned_start,
            planned_end=wo.planned_end, actual_end=wo.actual_end, status=wo.status,
            sales_order_number=so_number, late=wo.planned_end < today and wo.status in OPEN,
        )
        for wo, code, name, unit, wc_code, so_number in session.execute(stmt)
    ]


@dataclass(frozen=True)
class WorkOrderMove:
    id: uuid.UUID
    moved_at: dt.datetime
    move_type: MoveType
    item_code: str
    item_name: str
    location_code: str
    qty: Decimal
    ref_number: str | None
    reversal: bool


@dataclass(frozen=True)
class WorkOrderDetail:
    row: WorkOrderRow
    moves: list[WorkOrderMove]  # issues and outputs, oldest first
    issued: dict[uuid.UUID, Decimal]  # per material, net
    note: str | None


def get(session: Session, actor: Actor, work_order_id: uuid.UUID, *, today: dt.date | None = None) -> WorkOrderDetail:
    """One work order with its progress and the issue and output moves posted against it."""
    _view_permission(actor)
    wo = _load(session, work_order_id)
    today = today or settings.factory_today(session)
    [row] = [r for r in list_work_orders(session, actor, WorkOrderFilter(text=wo.number), today=today)
             if r.id == wo.id]
    moves = [
        WorkOrderMove(m.id, m.moved_at, m.move_type, code, name, loc, m.qty, m.ref_number,
                      m.reversal_of_id is not None)
        for m, code, name, loc in session.execute(
            select(StockMove, Item.code, Item.name, Location.code)
            .join(Item, Item.id == StockMove.item_id)
            .join(Location, Location.id == StockMove.location_id)
            .where(StockMove.ref_type == REF_WORK_ORDER, StockMove.ref_id == wo.id)
            .order_by(StockMove.moved_at, StockMove.posted_at, StockMove.id)
        )
    ]
    return WorkOrderDetail(row, moves, issued_by_item(session, wo.id), wo.note)


def find_by_number(session: Session, actor: Actor, number: str) -> uuid.UUID | None:
    _view_permission(actor)
    return session.scalar(select(WorkOrder.id).where(WorkOrder.number == number.strip()))


# -- create and status changes --------------------------------------------------------------


@dataclass
class WorkOrderInput:
    item_id: uuid.UUID | None
    qty: Any
    work_center_id: uuid.UUID | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    sales_order_line_id: uuid.UUID | None = None
    note: str | None = None


def create(session: Session, actor: Actor, data: WorkOrderInput, *, today: dt.date | None = None) -> WorkOrderRow:
    """A planned work order (WO-yyyy-nnnnn) for a made item; linked to a confirmed sales
    order line for make-to-order."""
    require(actor, Permission.PLAN_EDIT)
    item, qty = check_input(session, data)
    year = (today or settings.factory_today(session)).year
    wo = WorkOrder(
        number=_free_number(session, year), item_id=item.id, qty=qty,
        work_center_id=data.work_center_id, planned_start=data.planned_start,
        planned_end=data.planned_end, status=WorkOrderStatus.PLANNED,
        sales_order_line_id=data.sales_order_line_id, note=(data.note or "").strip() or None,
    )
    session.add(wo)
    session.flush()
    return _row(session, actor, wo, today)


def check_input(session: Session, data: WorkOrderInput) -> tuple[Item, Decimal]:
    """The rules a work order's values follow (create, and the work-orders import for each
    row): the made item and the exact quantity, or a ValidationError / NotFound naming the
    field."""
    if data.item_id is None:
        raise ValidationError("choose the product", field="item_id")
    item = session.get(Item, data.item_id)
    if item is None or not item.active:
        raise NotFound("no active item {item_id}", field="item_id", item_id=data.item_id)
    if item.kind == ItemKind.RAW:
        raise ValidationError("a raw material is bought, not made", field="item_id")
    if data.qty in (None, ""):
        raise ValidationError("required", field="qty")
    qty = exact(Qty, data.qty, "qty")
    if qty <= 0:
        raise ValidationError("quantity must be greater than zero", field="qty")
    if data.work_center_id is not None:
        wc = session.get(WorkCenter, data.work_center_id)
        if wc is None or not wc.active:
            raise NotFound("no active line {work_center_id}", field="work_center_id", work_center_id=data.work_center_id)
    if data.planned_start is None:
        raise ValidationError("required", field="planned_start")
    if data.planned_end is None:
        raise ValidationError("required", field="planned_end")
    if data.planned_end < data.planned_start:
        raise ValidationError("the end cannot be before the start", field="planned_end")
    if data.sales_order_line_id is not None:
        line = session.get(SalesOrderLine, data.sales_order_line_id)
        if line is None:
            raise NotFound("no order line {sales_order_line_id}", field="sales_order_line_id", sales_order_line_id=data.sales_order_line_id)
        if line.order.status not in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION,
                                     OrderStatus.PARTIALLY_SHIPPED):
            raise ValidationError("a {status} order cannot take a work order",
                                  field="sales_order_line_id", status=line.order.status.value)
        if line.item_id != item.id:
            raise ValidationError("the work order makes another item than the order line",
                                  field="sales_order_line_id")
    return item, qty


def _free_number(session: Session, year: int) -> str:
    """The next WO number not taken yet (work orders imported or written with their own
    numbers may already hold some the sequence would give)."""
    while True:
        number = numbering.next_number(session, "WO", year)
        if session.scalar(select(WorkOrder.id).where(WorkOrder.number == number)) is None:
            return number


def _row(session: Session, actor: Actor, wo: WorkOrder, today: dt.date | None) -> WorkOrderRow:
    return get(session, actor, wo.id, today=today).row


def _checked(session: Session, work_order_id: uuid.UUID, expected_version: int | None) -> WorkOrder:
    wo = _load(session, work_order_id)
    if expected_version is not None and wo.version != expected_version:
        raise conflict_error(session, wo, expected_version)
    return wo


def _has_moves(session: Session, wo: WorkOrder) -> bool:
    return session.scalar(select(StockMove.id).where(StockMove.ref_type == REF_WORK_ORDER,
                                                     StockMove.ref_id == wo.id).limit(1)) is not None


def _transition(wo: WorkOrder, allowed: tuple[WorkOrderStatus, ...], target: WorkOrderStatus) -> None:
    if wo.status not in allowed:
        raise InvalidTransition("a {current} work order cannot become {target}",
                                field="status", current=wo.status.value, target=target.value)


def release(session: Session, actor: Actor, work_order_id: uuid.UUID, expected_version: int | None = None,
            *, today: dt.date | None = None) -> WorkOrderRow:
    """planned → released: the shop floor may start it (its first issue moves it in progress)."""
    require(actor, Permission.PLAN_EDIT)
    wo = _checked(session, work_order_id, expected_version)
    _transition(wo, (WorkOrderStatus.PLANNED,), WorkOrderStatus.RELEASED)
    wo.status = WorkOrderStatus.RELEASED
    session.flush()
    return _row(session, actor, wo, today)


def cancel(session: Session, actor: Actor, work_order_id: uuid.UUID, expected_version: int | None = None,
           *, today: dt.date | None = None) -> WorkOrderRow:
    """Drop a work order nothing was issued to or reported for."""
    require(actor, Permission.PLAN_EDIT)
    wo = _checked(session, work_order_id, expected_version)
    _transition(wo, OPEN, WorkOrderStatus.CANCELLED)
    if _has_moves(session, wo) or wo.good_qty or wo.scrap_qty:
        raise ValidationError("material or output was posted for it: close it instead", field="status")
    wo.status = WorkOrderStatus.CANCELLED
    session.flush()
    return _row(session, actor, wo, today)


def close(session: Session, actor: Actor, work_order_id: uuid.UUID, expected_version: int | None = None,
          *, today: dt.date | None = None) -> WorkOrderRow:
    """Finish a running work order (done) with what was reported; actual end = today."""
    require(actor, Permission.PLAN_EDIT)
    wo = _checked(session, work_order_id, expected_version)
    _transition(wo, WORKING, WorkOrderStatus.DONE)
    wo.status = WorkOrderStatus.DONE
    wo.actual_end = today or settings.factory_today(session)
    session.flush()
    return _row(session, actor, wo, today)


def can(row: WorkOrderRow, action: str) -> bool:
    """Whether the status allows `action` (release, issue, report, close, cancel)."""
    return {
        "release": row.status == WorkOrderStatus.PLANNED,
        "issue": row.status in WORKING,
        "report": row.status in WORKING,
        "close": row.status in WORKING,
        "cancel": row.status in OPEN and not row.good_qty and not row.scrap_qty,
    }[action]


# -- make-to-order proposals ----------------------------------------------------------------


@dataclass(frozen=True)
class WorkOrderProposal:
    sales_order_line_id: uuid.UUID
    order_number: str
    line_no: int
    customer_name: str
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    open_qty: Decimal
    due: dt.date | None  # the line's promised date, else the order's

    def as_input(self, planned_start: dt.date) -> WorkOrderInput:
        end = self.due or planned_start
        return WorkOrderInput(item_id=self.item_id, qty=self.open_qty, work_center_id=None,
                              planned_start=min(planned_start, end), planned_end=end,
                              sales_order_line_id=self.sales_order_line_id)


def proposals(session: Session, actor: Actor) -> list[WorkOrderProposal]:
    """Lines of confirmed custom orders (made to order, after their review) that have no
    work order yet (a cancelled one does not count) and still have quantity open."""
    _view_permission(actor)
    from sopdesk.models import Customer

    has_wo = (select(WorkOrder.id).where(WorkOrder.sales_order_line_id == SalesOrderLine.id,
                                         WorkOrder.status != WorkOrderStatus.CANCELLED).exists())
    rows = session.execute(
        select(SalesOrderLine, SalesOrder.number, SalesOrder.promised_date, Customer.name,
               Item.code, Item.name, Item.unit)
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .join(Item, Item.id == SalesOrderLine.item_id)
        .where(SalesOrder.is_custom.is_(True), SalesOrder.status == OrderStatus.CONFIRMED,
               Item.kind != ItemKind.RAW, ~has_wo)
        .order_by(func.coalesce(SalesOrderLine.promised_date, SalesOrder.promised_date), SalesOrder.number,
                  SalesOrderLine.line_no)
    ).all()
    out = []
    for line, number, order_promised, customer, code, name, unit in rows:
        open_qty = line.qty - line.shipped_qty - line.short_closed_qty
        if open_qty > 0:
            out.append(WorkOrderProposal(line.id, number, line.line_no, customer, line.item_id, code, name,
                                         unit, open_qty, line.promised_date or order_promised))
    return out


# -- export ---------------------------------------------------------------------------------

STATUS_ZH = {"planned": "计划", "released": "已下达", "in_progress": "生产中", "done": "已完工",
             "cancelled": "已取消"}


def export_rows_for_list(session: Session, actor: Actor, filters: Mapping[str, Any]):
    """The Production tab's list as File → Export writes it: filter keys status, open_only,
    work_center_id, text, late_only (as on screen), today (a date, for tests)."""
    from sopdesk.excel import Column

    from .exports import Export

    today = filters.get("today")
    rows = list_work_orders(session, actor, filter_from(filters), today=today)
    columns = [
        Column("number", "工单号"), Column("item_code", "物料编码"), Column("item_name", "物料名称"),
        Column("unit", "单位"), Column("qty", "计划数量", "qty"), Column("good_qty", "合格数量", "qty"),
        Column("scrap_qty", "报废数量", "qty"), Column("work_center", "产线"),
        Column("planned_start", "计划开工", "date"), Column("planned_end", "计划完工", "date"),
        Column("actual_end", "实际完工", "date"), Column("status", "状态", "enum", STATUS_ZH),
        Column("sales_order", "销售订单"), Column("late", "延误", "bool"),
    ]
    data = [(r.number, r.item_code, r.item_name, r.unit, r.qty, r.good_qty, r.scrap_qty,
             r.work_center_code or "", r.planned_start, r.planned_end, r.actual_end, r.status.value,
             r.sales_order_number or "", r.late) for r in rows]
    return Export("work-orders", columns, iter(data), len(data))


# -- choices for the screen -----------------------------------------------------------------


@dataclass(frozen=True)
class ProductChoice:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    backflush: bool


def product_choices(session: Session, actor: Actor) -> list[ProductChoice]:
    """Active made items (finished and semi-finished), by code: what a work order can make."""
    _view_permission(actor)
    rows = session.execute(select(Item.id, Item.code, Item.name, Item.unit, Item.backflush)
                           .where(Item.active.is_(True), Item.kind != ItemKind.RAW).order_by(Item.code))
    return [ProductChoice(r.id, r.code, r.name, r.unit, bool(r.backflush)) for r in rows]


def is_backflushed(session: Session, actor: Actor, work_order_id: uuid.UUID) -> bool:
    """Whether the work order's product issues its materials at output (倒冲)."""
    _view_permission(actor)
    wo = _load(session, work_order_id)
    return bool(session.scalar(select(Item.backflush).where(Item.id == wo.item_id)))
