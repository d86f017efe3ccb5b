"""Open demand and open supply for stock, as the inventory services define them.

Used by the availability columns of the stock list (reserved, allocated), the reservation
drill-down and the shortage view, so all three agree.

- An open sales order line: the order is confirmed, in production or partly shipped and
  the line has something left. Open quantity = qty - shipped_qty - short_closed_qty. Need date: the line's promised date,
  else the order's, else the requested dates, else None.
- An open work order: planned, released or in progress. Its material need per BOM component
  is qty x qty_per x (1 + scrap_rate), rounded up to 4 places; issued is the net of the
  ISSUE moves that reference the work order (returns are reversals and so count back);
  outstanding = max(0, need - issued). Need date: planned_start.
  Output still to come from it: qty - good_qty (if positive), by planned_end.
- Open purchase order lines: the order is confirmed or partially received; still to come
  = qty - received_qty, by expected_date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    BomLine,
    MoveType,
    OrderStatus,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    StockMove,
    WorkOrder,
    WorkOrderStatus,
)

from .inventory_common import BY_REF, QTY_QUANTUM, ZERO, as_qty, indexed_by, sql_qty, sum_qty
from .stock_ops import REF_WORK_ORDER

OPEN_ORDER = (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.PARTIALLY_SHIPPED)
OPEN_WO = (WorkOrderStatus.PLANNED, WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS)
OPEN_PO = (POStatus.CONFIRMED, POStatus.PARTIAL)


@dataclass(frozen=True)
class OpenSalesLine:
    line_id: uuid.UUID
    order_id: uuid.UUID
    number: str  # SO-2026-00012/2
    item_id: uuid.UUID
    open_qty: Decimal
    need_date: dt.date | None


@dataclass(frozen=True)
class MaterialNeed:
    work_order_id: uuid.UUID
    work_order_number: str
    item_id: uuid.UUID  # the component
    required: Decimal
    issued: Decimal
    outstanding: Decimal
    need_date: dt.date


@dataclass(frozen=True)
class OpenWorkOrder:
    id: uuid.UUID
    number: str
    item_id: uuid.UUID
    status: WorkOrderStatus
    qty: Decimal
    good_qty: Decimal
    remaining: Decimal  # output still to come
    planned_start: dt.date
    planned_end: dt.date


@dataclass(frozen=True)
class OpenPOLine:
    line_id: uuid.UUID
    order_id: uuid.UUID
    number: str  # PO-2026-00003/1
    supplier_id: uuid.UUID
    item_id: uuid.UUID
    open_qty: Decimal
    expected_date: dt.date


def requirement(qty: Decimal, qty_per: Decimal, scrap_rate: Decimal) -> Decimal:
    """Component quantity for `qty` parents, scrap included, rounded up to 4 places."""
    return (qty * qty_per * (1 + scrap_rate)).quantize(QTY_QUANTUM, rounding=ROUND_CEILING)


def _date(value) -> dt.date | None:
    """coalesce() of DATE columns comes back as text on SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _open_order_ids():
    # the open orders first (status index), then their lines (order_id index): as a join,
    # SQLite scanned every order line ever written (0.2 s on the large demo, 10 ms this way)
    return select(SalesOrder.id).where(SalesOrder.status.in_(OPEN_ORDER))


def sales_reserved_by_item():
    """SELECT item_id, reserved: open sales order quantity per item (a subquery)."""
    L = SalesOrderLine  # noqa: E741
    return (
        select(L.item_id.label("item_id"),
               sql_qty(func.sum(L.qty) - func.sum(L.shipped_qty) - func.sum(L.short_closed_qty)).label("reserved"))
        .where(L.order_id.in_(_open_order_ids()), L.shipped_qty + L.short_closed_qty < L.qty)
        .group_by(L.item_id)
        .subquery("so_reserved")
    )


def open_sales_lines(session: Session, item_ids: Iterable[uuid.UUID] | None = None) -> list[OpenSalesLine]:
    L, O = SalesOrderLine, SalesOrder  # noqa: E741
    need = func.coalesce(L.promised_date, O.promised_date, L.requested_date, O.requested_date)
    stmt = (
        select(L.id, O.id, O.number, L.line_no, L.item_id, L.qty, sql_qty(L.shipped_qty + L.short_closed_qty), need)
        .join(O, O.id == L.order_id)
        .where(L.order_id.in_(_open_order_ids()), L.shipped_qty + L.short_closed_qty < L.qty)
        .order_by(O.number, L.line_no)
    )
    if item_ids is not None:
        stmt = stmt.where(L.item_id.in_(list(item_ids)))
    return [
        OpenSalesLine(r[0], r[1], f"{r[2]}/{r[3]}", r[4], r[5] - r[6], _date(r[7]))
        for r in session.execute(stmt)
    ]


def open_work_orders(session: Session, item_ids: Iterable[uuid.UUID] | None = None) -> list[OpenWorkOrder]:
    W = WorkOrder
    stmt = (
        select(W.id, W.number, W.item_id, W.status, W.qty, W.good_qty, W.planned_start, W.planned_end)
        .where(W.status.in_(OPEN_WO)).order_by(W.planned_end, W.number)
    )
    if item_ids is not None:
        stmt = stmt.where(W.item_id.in_(list(item_ids)))
    return [
        OpenWorkOrder(r[0], r[1], r[2], WorkOrderStatus(r[3]), r[4], r[5], max(ZERO, r[4] - r[5]), r[6], r[7])
        for r in session.execute(stmt)
    ]


def work_order_needs(
    session: Session, *, component_ids: Iterable[uuid.UUID] | None = None,
    work_order_ids: Iterable[uuid.UUID] | None = None,
) -> list[MaterialNeed]:
    """Material needs of open work orders per BOM component (one BOM level: a semi-finished
    component has its own work orders).

    The open work orders and the BOM are read apart and joined here: as one SQL join the
    large demo's 1,700 open work orders x 7 components came back as 11,700 rows, and
    converting their values took half a second."""
    W, B = WorkOrder, BomLine
    bom_stmt = select(B.parent_id, B.component_id, B.qty_per, B.scrap_rate)
    if component_ids is not None:
        bom_stmt = bom_stmt.where(B.component_id.in_(list(component_ids)))
    bom: dict[uuid.UUID, list[tuple]] = defaultdict(list)
    for parent, comp, qty_per, scrap in session.execute(bom_stmt):
        bom[parent].append((comp, qty_per, scrap))
    if not bom:
        return []
    wo_stmt = (
        select(W.id, W.number, W.item_id, W.qty, W.planned_start)
        .where(W.status.in_(OPEN_WO), W.item_id.in_(list(bom)))
        .order_by(W.planned_start, W.number)
    )
    if work_order_ids is not None:
        wo_stmt = wo_stmt.where(W.id.in_(list(work_order_ids)))
    orders = session.execute(wo_stmt).all()
    if not orders:
        return []
    issued = _issued(session, {r[0] for r in orders})
    needs = []
    for wo_id, number, item_id, qty, start in orders:
        for comp, qty_per, scrap in bom[item_id]:
            required = requirement(qty, qty_per, scrap)
            done = issued.get((wo_id, comp), ZERO)
            needs.append(MaterialNeed(wo_id, number, comp, required, done, max(ZERO, required - done), start))
    return needs


def _issued(session: Session, wo_ids: set[uuid.UUID]) -> dict:
    """{(work order, item): net quantity issued}. Looked up per work order through
    ix_stock_move_ref, 500 at a time: joined to the open work orders instead, SQLite walked
    the whole index (3 s on the large demo's 1,700 open work orders; 4 ms a batch this way)."""
    M = StockMove
    ids = sorted(wo_ids)
    issued = {}
    for start in range(0, len(ids), 500):
        stmt = indexed_by(
            select(M.ref_id, M.item_id, sum_qty(M.qty))
            .where(M.ref_id.in_(ids[start:start + 500]), M.ref_type == REF_WORK_ORDER,
                   M.move_type == MoveType.ISSUE)
            .group_by(M.ref_id, M.item_id), M, BY_REF,
        )
        issued.update({(r[0], r[1]): -as_qty(r[2]) for r in session.execute(stmt)})
    return issued


def allocated_by_item(needs: Iterable[MaterialNeed]) -> dict[uuid.UUID, Decimal]:
    total: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    for need in needs:
        if need.outstanding:
            total[need.item_id] += need.outstanding
    return dict(total)


def open_po_lines(session: Session, item_ids: Iterable[uuid.UUID] | None = None) -> list[OpenPOLine]:
    L, P = PurchaseOrderLine, PurchaseOrder  # noqa: E741
    stmt = (
        select(L.id, P.id, P.number, L.line_no, P.supplier_id, L.item_id, L.qty, L.received_qty,
               L.expected_date)
        .join(P, P.id == L.order_id)
        .where(P.status.in_(OPEN_PO), L.received_qty < L.qty)
        .order_by(L.expected_date, P.number, L.line_no)
    )
    if item_ids is not None:
        stmt = stmt.where(L.item_id.in_(list(item_ids)))
    return [
        OpenPOLine(r[0], r[1], f"{r[2]}/{r[3]}", r[4], r[5], r[6] - r[7], r[8])
        for r in session.execute(stmt)
    ]
