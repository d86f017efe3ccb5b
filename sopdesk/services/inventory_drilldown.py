"""The shortage list as the Inventory tab shows it (filtered), and the documents behind one
shortage row (drill-down): the demands it comes from and what covers it.

`shortage_list(session, actor, flt)` is services.inventory_shortage.shortages narrowed by a
`ShortageFilter`; the screen and its export both call it, so they list the same rows in the
same order (earliest need first, then code).

`shortage_details(session, actor, row)` names each document of a row: a sales order line
with its order, customer and product; a work order with the item it makes; a purchase
order line with its supplier. Parties are named only to roles that may see them (customers
with ORDER_VIEW, suppliers with PO_VIEW); the numbers and quantities are the row's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import (
    Customer,
    Item,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    Supplier,
    WorkOrder,
)

from .inventory_shortage import ShortageRow, shortages
from .permissions import Actor, Permission, require

SALES_LINE, WORK_ORDER, PO_LINE = "sales_order_line", "work_order", "purchase_order_line"
MAKE_ANY, MAKE_BUY, MAKE_MAKE = "", "buy", "make"


@dataclass(frozen=True)
class ShortageFilter:
    search: str = ""  # words matched against the item's code and name
    uncovered_only: bool = False  # something nothing covers yet
    cure: str = MAKE_ANY  # "buy": bought items only; "make": items with a BOM only

    def __post_init__(self):
        if self.cure not in (MAKE_ANY, MAKE_BUY, MAKE_MAKE):
            raise ValueError(f"bad cure {self.cure!r}")


def matches(row: ShortageRow, flt: ShortageFilter) -> bool:
    text = f"{row.code} {row.name}".casefold()
    if any(word.casefold() not in text for word in flt.search.split()):
        return False
    if flt.uncovered_only and not row.uncovered_qty:
        return False
    return flt.cure == MAKE_ANY or row.make == (flt.cure == MAKE_MAKE)


def shortage_list(session: Session, actor: Actor, flt: ShortageFilter = ShortageFilter(), *,
                  today: dt.date | None = None) -> list[ShortageRow]:
    """The shortage rows the filter lets through, earliest need first."""
    return [r for r in shortages(session, actor, today=today) if matches(r, flt)]


@dataclass(frozen=True)
class DemandLine:
    kind: str  # SALES_LINE or WORK_ORDER
    number: str  # the order line "SO-2026-00012/2" or the work order "WO-2026-00031"
    document: str  # the document that opens: "SO-2026-00012" or the work order number
    party: str  # the customer of a sales order; "" for a work order or when not shown
    for_item: str  # the product ordered or made ("FG-100 电机"), from which this need comes
    qty: Decimal  # of the shortage's item
    need_date: dt.date


@dataclass(frozen=True)
class CoverLine:
    kind: str  # PO_LINE or WORK_ORDER
    number: str
    document: str
    party: str  # the supplier of a PO; "" for a work order or when not shown
    qty: Decimal  # the part of it that goes to this shortage
    date: dt.date  # expected arrival or planned end
    late: bool


@dataclass(frozen=True)
class ShortageDetail:
    demands: tuple[DemandLine, ...]
    covers: tuple[CoverLine, ...]


def shortage_details(session: Session, actor: Actor, row: ShortageRow) -> ShortageDetail:
    """The documents behind `row`: each demand (one line per document and need date, their
    quantities added) and each cover, in date order."""
    require(actor, Permission.STOCK_VIEW)
    see_customers, see_suppliers = actor.can(Permission.ORDER_VIEW), actor.can(Permission.PO_VIEW)
    so_ids = [d.ref_id for d in row.demands if d.kind == SALES_LINE]
    wo_ids = [d.ref_id for d in row.demands if d.kind == WORK_ORDER] + \
        [c.ref_id for c in row.covers if c.kind == WORK_ORDER]
    po_ids = [c.ref_id for c in row.covers if c.kind == PO_LINE]
    L, O = SalesOrderLine, SalesOrder  # noqa: E741
    sales = {}
    if so_ids:
        stmt = (select(L.id, O.number, Customer.name, Item.code, Item.name)
                .join(O, O.id == L.order_id).join(Customer, Customer.id == O.customer_id)
                .join(Item, Item.id == L.item_id).where(L.id.in_(list(set(so_ids)))))
        sales = {r[0]: r[1:] for r in session.execute(stmt)}
    works = {}
    if wo_ids:
        stmt = (select(WorkOrder.id, WorkOrder.number, Item.code, Item.name)
                .join(Item, Item.id == WorkOrder.item_id).where(WorkOrder.id.in_(list(set(wo_ids)))))
        works = {r[0]: r[1:] for r in session.execute(stmt)}
    buys = {}
    if po_ids:
        P, PL = PurchaseOrder, PurchaseOrderLine
        stmt = (select(PL.id, P.number, Supplier.name).join(P, P.id == PL.order_id)
                .join(Supplier, Supplier.id == P.supplier_id).where(PL.id.in_(list(set(po_ids)))))
        buys = {r[0]: r[1:] for r in session.execute(stmt)}

    merged: dict[tuple, list] = {}
    for d in row.demands:
        key = (d.kind, d.ref_id, d.need_date)
        if key in merged:
            merged[key][1] += d.qty
        else:
            merged[key] = [d, d.qty]
    demands = []
    for d, qty in merged.values():
        if d.kind == SALES_LINE and d.ref_id in sales:
            number, customer, code, name = sales[d.ref_id]
            demands.append(DemandLine(d.kind, d.number, number, customer if see_customers else "",
                                      f"{code} {name}", qty, d.need_date))
        else:
            number, code, name = works.get(d.ref_id, (d.number, "", ""))
            demands.append(DemandLine(d.kind, d.number, number, "", f"{code} {name}".strip(), qty, d.need_date))
    covers = []
    for c in row.covers:
        if c.kind == PO_LINE:
            number, supplier = buys.get(c.ref_id, (c.number.split("/", 1)[0], ""))
            covers.append(CoverLine(c.kind, c.number, number, supplier if see_suppliers else "", c.qty, c.date,
                                    c.late))
        else:
            covers.append(CoverLine(c.kind, c.number, c.number, "", c.qty, c.date, c.late))
    demands.sort(key=lambda x: (x.need_date, x.number))
    covers.sort(key=lambda x: (x.date, x.number))
    return ShortageDetail(tuple(demands), tuple(covers))
