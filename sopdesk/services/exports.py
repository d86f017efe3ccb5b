"""The rows of every exportable list, in the column order of the matching import kind, so
an exported file imports back with no change (a round trip).

`export_rows(session, actor, kind)` returns the columns and an iterator of row tuples
(streamed from the database in chunks); `export_file(db, actor, kind, path)` writes them
with sopdesk.excel.write_table. Kinds: the import kinds, plus "on-hand" (the stock-count
layout filled with today's balances: it re-imports as a count with no difference).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sopdesk.excel import Column, columns_for, write_table
from sopdesk.kinds import EXPORT_KINDS
from sopdesk.models import (
    BomLine,
    CalendarDay,
    Customer,
    Item,
    Location,
    MaintenanceWindow,
    ProductionPlanLine,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    StockBalance,
    Supplier,
    WorkCenter,
)

from .orders import line_amount
from .permissions import Actor, require
from .transfer_rights import EXPORT_PERMISSION

VIEW = EXPORT_PERMISSION  # who may export what: services/transfer_rights.py
SHEET_NAMES = {
    "items": "物料", "bom": "BOM", "customers": "客户", "suppliers": "供应商", "orders": "销售订单",
    "purchase-orders": "采购订单", "stock-count": "盘点", "plan": "生产计划", "on-hand": "库存",
    "shortages": "缺料", "health": "库存健康度", "work-orders": "工单", "shipments": "发货记录",
    "locations": "库位", "work-centers": "产线", "maintenance": "设备检修", "calendar": "工作日历",
    "forecast": "销售预测",
}
ITEM_KIND_LABELS = {"finished": "成品", "semi": "半成品", "raw": "原材料"}
SHORTAGE_COLUMNS = [
    Column("code", "物料编码"), Column("name", "物料名称"), Column("kind", "类别", "enum", ITEM_KIND_LABELS),
    Column("unit", "单位"), Column("source", "补料方式"), Column("required", "需求数量", "qty"),
    Column("available", "可用库存", "qty"), Column("short_qty", "缺料数量", "qty"),
    Column("covered_qty", "在途/在制覆盖", "qty"), Column("uncovered_qty", "未覆盖", "qty"),
    Column("first_need_date", "首次需求日期", "date"), Column("covered_by", "预计补齐日期", "date"),
    Column("late", "延误", "bool"), Column("covers", "覆盖单据"), Column("demands", "需求来源"),
]
YIELD = 5000


@dataclass(frozen=True)
class ExportRequest:
    """What File → Export writes: a kind and the filters and sort of the list on screen.
    Each kind's builder reads the filter keys it knows (documented at the builder)."""

    kind: str
    filters: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Export:
    kind: str
    columns: list[Column]
    rows: Iterator[tuple]
    total: int


def _stream(session: Session, stmt):
    return session.execute(stmt, execution_options={"yield_per": YIELD})


def _count(session: Session, stmt) -> int:
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def export_rows(session: Session, actor: Actor, kind: str, filters: Mapping[str, Any] | None = None) -> Export:
    if kind not in VIEW:
        raise ValueError(f"unknown export kind {kind!r}; one of {', '.join(EXPORT_KINDS)}")
    require(actor, VIEW[kind])
    filters = filters or {}
    if kind in FILTERED:  # lists whose export follows the filters on screen
        module, _, name = FILTERED[kind].partition(":")
        return getattr(importlib.import_module(module), name)(session, actor, filters)
    layout = "stock-count" if kind == "on-hand" else kind
    stmt, convert = _QUERIES[kind]()
    total = _count(session, stmt)
    rows = (convert(r) for r in _stream(session, stmt))
    return Export(kind, columns_for(layout), rows, total)


def export_file(db, actor: Actor, kind: str, path: str | os.PathLike, *,
                progress: Callable[[float], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None,
                filters: Mapping[str, Any] | None = None) -> int:
    """Write the list to an .xlsx; returns the number of rows."""
    with db.read() as session:
        exp = export_rows(session, actor, kind, filters)
        return write_table(path, exp.columns, exp.rows, sheet_name=SHEET_NAMES[kind], progress=progress,
                           is_cancelled=is_cancelled, total=exp.total)


# -- one query per list ---------------------------------------------------------------------

S2 = aliased(Supplier)


def _items():
    W = aliased(WorkCenter)
    stmt = (select(Item.code, Item.name, Item.spec, Item.unit, Item.kind, Item.safety_stock, Item.standard_cost,
                   Item.sales_price, Item.purchase_lead_days, S2.code, Item.production_lead_days, W.code,
                   Item.rate_per_day, Item.hours_per_unit, Item.min_lot, Item.lot_multiple, Item.is_core,
                   Item.active, Item.note)
            .outerjoin(S2, S2.id == Item.default_supplier_id).outerjoin(W, W.id == Item.work_center_id)
            .order_by(Item.code))
    return stmt, tuple


def _party(model, extra):
    def q():
        stmt = select(model.code, model.name, model.contact, model.phone, model.address, extra(model),
                      model.active, model.note).order_by(model.code)
        return stmt, tuple
    return q


def _bom():
    P, C = aliased(Item), aliased(Item)
    stmt = (select(P.code, P.name, C.code, C.name, BomLine.qty_per, BomLine.scrap_rate, C.unit)
            .join(P, P.id == BomLine.parent_id).join(C, C.id == BomLine.component_id)
            .order_by(P.code, C.code))
    return stmt, tuple


def _as_date(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _orders():
    O, L = SalesOrder, SalesOrderLine  # noqa: E741
    stmt = (select(O.number, L.line_no, Customer.code, Customer.name, O.order_date, Item.code, Item.name, Item.unit,
                   L.qty, L.unit_price, func.coalesce(L.requested_date, O.requested_date),
                   func.coalesce(L.promised_date, O.promised_date), O.is_custom, O.status, O.customer_po,
                   L.shipped_qty, L.delivered_date, L.note)
            .join(O, O.id == L.order_id).join(Customer, Customer.id == O.customer_id).join(Item, Item.id == L.item_id)
            .order_by(O.number, L.line_no))

    def convert(r):
        return (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], line_amount(r[8], r[9]),
                _as_date(r[10]), _as_date(r[11]), r[12], r[13], r[14], r[15], r[16], r[17])
    return stmt, convert


def _purchase_orders():
    O, L = PurchaseOrder, PurchaseOrderLine  # noqa: E741
    stmt = (select(O.number, L.line_no, Supplier.code, Supplier.name, O.order_date, Item.code, Item.name, Item.unit,
                   L.qty, L.unit_price, L.expected_date, O.status, L.received_qty, L.note)
            .join(O, O.id == L.order_id).join(Supplier, Supplier.id == O.supplier_id).join(Item, Item.id == L.item_id)
            .order_by(O.number, L.line_no))

    def convert(r):
        return (*r[:10], line_amount(r[8], r[9]), r[10], r[11], r[12], r[13])
    return stmt, convert


def _on_hand():
    stmt = (select(Item.code, Item.name, Item.unit, Location.code, StockBalance.qty)
            .join(Item, Item.id == StockBalance.item_id).join(Location, Location.id == StockBalance.location_id)
            .order_by(Item.code, Location.code))

    def convert(r):
        return (r[0], r[1], r[2], r[3], r[4], None, None)
    return stmt, convert


def _plan():
    P = ProductionPlanLine
    stmt = (select(Item.code, Item.name, P.period_start, P.period_end, P.qty, WorkCenter.code, P.status, P.note)
            .join(Item, Item.id == P.item_id).outerjoin(WorkCenter, WorkCenter.id == P.work_center_id)
            .order_by(P.period_start, Item.code))

    def convert(r):
        start, end = r[2], r[3]
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        whole_month = start.day == 1 and end == nxt - dt.timedelta(days=1)
        return (r[0], r[1], start if not whole_month else (start, end), end, r[4], r[5], r[6], r[7])
    return stmt, convert


_QUERIES = {
    "items": _items,
    "customers": _party(Customer, lambda m: m.is_key_account),
    "suppliers": _party(Supplier, lambda m: m.lead_days),
    "bom": _bom,
    "orders": _orders,
    "purchase-orders": _purchase_orders,
    "stock-count": _on_hand,
    "on-hand": _on_hand,
    "plan": _plan,
    # the rest of the master data (one line each; services/imports_master.py reads them back)
    "locations": lambda: (select(Location.code, Location.name, Location.kind, Location.non_negative,
                                 Location.active).order_by(Location.code), tuple),
    "work-centers": lambda: (select(WorkCenter.code, WorkCenter.name, WorkCenter.capacity_per_day,
                                    WorkCenter.capacity_unit, WorkCenter.hours_per_day, WorkCenter.active)
                             .order_by(WorkCenter.code), tuple),
    "maintenance": lambda: (select(WorkCenter.code, MaintenanceWindow.start_date, MaintenanceWindow.end_date,
                                   MaintenanceWindow.capacity_factor, MaintenanceWindow.reason)
                            .join(WorkCenter, WorkCenter.id == MaintenanceWindow.work_center_id)
                            .order_by(MaintenanceWindow.start_date, WorkCenter.code), tuple),
    "calendar": lambda: (select(CalendarDay.day, CalendarDay.is_workday, WorkCenter.code, CalendarDay.note)
                         .outerjoin(WorkCenter, WorkCenter.id == CalendarDay.work_center_id)
                         .order_by(CalendarDay.day, WorkCenter.code),
                         lambda r: (r[0], "work" if r[1] else "off", r[2], r[3])),
}


def _shipments():
    """Every shipment line in the shipments import layout (a file that imports back as it is):
    the quantity posted, whatever a reversal took back later."""
    from sopdesk.models import Shipment, ShipmentLine

    stmt = (select(Shipment.number, SalesOrder.number, SalesOrderLine.line_no, Item.code, Item.name, Item.unit,
                   Customer.name, ShipmentLine.qty, Shipment.ship_date, Location.code, Shipment.note)
            .join(ShipmentLine, ShipmentLine.shipment_id == Shipment.id)
            .join(SalesOrderLine, SalesOrderLine.id == ShipmentLine.order_line_id)
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .join(Customer, Customer.id == Shipment.customer_id).join(Item, Item.id == ShipmentLine.item_id)
            .join(Location, Location.id == Shipment.location_id)
            .order_by(Shipment.ship_date, Shipment.number, ShipmentLine.line_no))

    def convert(r):
        return (*r[:8], _as_date(r[8]), r[9], r[10])
    return stmt, convert


_QUERIES["shipments"] = _shipments


def export_forecast(session: Session, actor: Actor, filters) -> Export:
    """Sales' figures of the demand reviews whose inputs are open, in the forecast import's
    layout (it imports back unchanged); a month two open reviews cover is the later review's,
    as the import places it."""
    from sopdesk.models import AppUser, DemandReviewCycle, ForecastLine, ForecastSource

    from .demand_review_common import INPUT_STATUSES, month_end

    rows = session.execute(
        select(Item.code, Item.name, Item.unit, ForecastLine.month, ForecastLine.qty, AppUser.username,
               ForecastLine.comment, DemandReviewCycle.period)
        .join(ForecastLine, ForecastLine.item_id == Item.id)
        .join(DemandReviewCycle, DemandReviewCycle.id == ForecastLine.cycle_id)
        .outerjoin(AppUser, AppUser.id == ForecastLine.submitted_by_id)
        .where(ForecastLine.source == ForecastSource.SALES, DemandReviewCycle.status.in_(INPUT_STATUSES))
        .order_by(ForecastLine.month, Item.is_core.desc(), Item.code)).all()
    owner: dict = {}
    for r in rows:
        owner[r.month] = max(owner.get(r.month, r.period), r.period)
    kept = [(r.code, r.name, r.unit, (r.month, month_end(r.month)), r.qty, r.username, r.comment)
            for r in rows if owner[r.month] == r.period]
    return Export("forecast", columns_for("forecast"), iter(kept), len(kept))



# Kinds whose export follows the list on screen: kind -> "module:function", the function
# fn(session, actor, filters) -> Export living with its list's service (loaded when used).
FILTERED: dict[str, str] = {
    "on-hand": "sopdesk.services.inventory_exports:export_on_hand",
    "health": "sopdesk.services.inventory_exports:export_health",
    "shortages": "sopdesk.services.inventory_exports:export_shortages",
    "work-orders": "sopdesk.services.work_orders:export_rows_for_list",
    "purchase-orders": "sopdesk.services.purchasing_list:export_list",
    "forecast": "sopdesk.services.exports:export_forecast",
}
