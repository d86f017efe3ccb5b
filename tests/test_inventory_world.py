"""A small factory for the inventory tests (imported by test_inventory*.py, test_stock_ops.py
and test_kpi_inventory.py), and a check of its own shape.

Items (on top of tests/factories.py: FG-100 product, RM-001 cast iron, stores RAW and FG):

    FG-100 泵体总成   finished  std cost 80.1234
      ├─ 2    x SF-10 壳体        semi   std cost 30.00   (scrap 0)
      └─ 4    x RM-002 密封圈     raw    std cost 1.50    (scrap 5 %)   safety 100
    SF-10
      └─ 1.5  x RM-001 铸铁 (kg)  raw    std cost 6.30    (scrap 10 %)  safety 500

Locations: RAW, FG, QC (quarantine).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from sopdesk.models import (
    BomLine,
    Item,
    ItemKind,
    Location,
    LocationKind,
    MoveType,
    OrderStatus,
    POStatus,
    Role,
    SalesOrderLine,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.services import ledger, orders, purchasing
from sopdesk.services.permissions import SYSTEM
from tests.factories import Basics, make_basics

D = Decimal
UTC = dt.UTC


def at(day: int, hour: int = 2, month: int = 11, year: int = 2026) -> dt.datetime:
    """A UTC moment; 02:00 UTC is 10:00 the same day in Shanghai."""
    return dt.datetime(year, month, day, hour, 0, tzinfo=UTC)


@dataclass
class World:
    b: Basics
    semi: Item
    seal: Item
    qc: Location

    def __getitem__(self, role: Role):
        return self.b[role]

    @property
    def product(self) -> Item:
        return self.b.product

    @property
    def iron(self) -> Item:
        return self.b.material

    @property
    def raw(self) -> Location:
        return self.b.raw_store

    @property
    def fg(self) -> Location:
        return self.b.finished_store


def make_world(db) -> World:
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        semi = Item(code="SF-10", name="壳体", kind=ItemKind.SEMI, unit="件", standard_cost=D("30"))
        seal = Item(code="RM-002", name="密封圈", kind=ItemKind.RAW, unit="个", standard_cost=D("1.5"),
                    safety_stock=D("100"), default_supplier_id=b.supplier.id)
        qc = Location(code="QC", name="待检区", kind=LocationKind.QUARANTINE)
        s.add_all([semi, seal, qc])
        s.flush()
        s.add_all([
            BomLine(parent_id=b.product.id, component_id=semi.id, qty_per=D(2)),
            BomLine(parent_id=b.product.id, component_id=seal.id, qty_per=D(4), scrap_rate=D("0.05")),
            BomLine(parent_id=semi.id, component_id=b.material.id, qty_per=D("1.5"), scrap_rate=D("0.1")),
        ])
    return World(b, semi, seal, qc)


def opening(db, item: Item, location: Location, qty, when: dt.datetime) -> None:
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(item.id, location.id, D(qty), MoveType.OPENING,
                                                         moved_at=when)])


def sales_order(db, w: World, item: Item, qty, promised: dt.date | None, *, confirm: bool = True,
                order_date: dt.date = dt.date(2026, 11, 2)):
    sales = w[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=w.b.customer.id, order_date=order_date, promised_date=promised,
            lines=[orders.OrderLineInput(item_id=item.id, qty=D(qty))],
        ))
        if confirm:
            view = orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
    return view


def order_line(db, line_id: uuid.UUID) -> SalesOrderLine:
    with db.read() as s:
        return s.get(SalesOrderLine, line_id)


def work_order(db, number: str, item: Item, qty, start: dt.date, end: dt.date,
               status: WorkOrderStatus = WorkOrderStatus.RELEASED) -> uuid.UUID:
    with db.write(SYSTEM) as s:
        wo = WorkOrder(number=number, item_id=item.id, qty=D(qty), planned_start=start, planned_end=end,
                       status=status)
        s.add(wo)
        s.flush()
        return wo.id


def get_work_order(db, wo_id: uuid.UUID) -> WorkOrder:
    with db.read() as s:
        return s.get(WorkOrder, wo_id)


def purchase_order(db, w: World, lines, *, confirm: bool = True, order_date=dt.date(2026, 11, 1),
                   supplier=None):
    """lines: (item, qty, expected_date) tuples."""
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, purchasing.POInput(
            supplier_id=(supplier or w.b.supplier).id, order_date=order_date,
            lines=[purchasing.POLineInput(item_id=i.id, qty=D(q), expected_date=d) for i, q, d in lines],
        ))
        if confirm:
            po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
    return po


def test_world_has_the_documented_bom(db):
    w = make_world(db)
    with db.read() as s:
        rows = {(p, c): (q, r) for p, c, q, r in s.execute(
            select(BomLine.parent_id, BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate))}
    assert rows == {
        (w.product.id, w.semi.id): (D("2.0000"), D("0.0000")),
        (w.product.id, w.seal.id): (D("4.0000"), D("0.0500")),
        (w.semi.id, w.iron.id): (D("1.5000"), D("0.1000")),
    }
