"""A small factory to plan and release, through the services (fast set-up for the release
and Plan tab tests). On top of tests.factories.make_basics (whose RM-001 keeps a safety
stock of 500 from supplier S001 and has none on hand):

  P-1 (finished, made on WC1 at 50 a day, production lead 7 days = 1 week), BOM 2 × M-1 + 1 × M-2
  M-1 (raw, bought from SUP-A, lead 14 days = 2 weeks)
  M-2 (raw, bought from SUP-A, lead 7 days = 1 week)
  M-3 (raw, no supplier, safety stock 10)
  SO (confirmed) for 40 P-1 promised 2027-01-20.

Plan 6 weeks from Monday 2027-01-04 (weeks 0..5), nothing on hand:
  P-1   make      40  released week 1 (01-11), due week 2 (01-18)  → SO/1
  M-1   purchase  80  due week 1 (01-11), released week -1: past due, placed in week 0 (01-04)
  M-2   purchase  40  released week 0, due week 1
  M-3   purchase  10  released and due week 0 (safety stock; no supplier)
  RM-001 purchase 500 due week 0, past due (safety stock)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sopdesk.models import BomLine, Item, ItemKind, OrderStatus, Role, Supplier, WorkCenter
from sopdesk.services import orders
from sopdesk.services.permissions import SYSTEM

START = dt.date(2027, 1, 4)
WEEKS = 6


@dataclass
class PlanFactory:
    basics: object
    product: Item
    m1: Item
    m2: Item
    m3: Item
    sup_a: Supplier
    line: WorkCenter
    order_number: str


def stage(db, basics) -> PlanFactory:
    with db.write(SYSTEM) as s:
        sup_a = Supplier(code="SUP-A", name="常州精工铸造厂", lead_days=14)
        line = WorkCenter(code="WC1", name="总装线", capacity_per_day=Decimal(50))
        s.add_all([sup_a, line])
        s.flush()
        product = Item(code="P-1", name="水泵 P1", kind=ItemKind.FINISHED, unit="台", production_lead_days=7,
                       work_center_id=line.id, rate_per_day=Decimal(50), standard_cost=Decimal("210.00"))
        m1 = Item(code="M-1", name="泵壳铸件", kind=ItemKind.RAW, unit="件", purchase_lead_days=14,
                  default_supplier_id=sup_a.id, standard_cost=Decimal("35.50"))
        m2 = Item(code="M-2", name="叶轮", kind=ItemKind.RAW, unit="件", purchase_lead_days=7,
                  default_supplier_id=sup_a.id, standard_cost=Decimal("12.25"))
        m3 = Item(code="M-3", name="密封圈", kind=ItemKind.RAW, unit="个", safety_stock=Decimal(10))
        s.add_all([product, m1, m2, m3])
        s.flush()
        s.add_all([BomLine(parent_id=product.id, component_id=m1.id, qty_per=Decimal(2)),
                   BomLine(parent_id=product.id, component_id=m2.id, qty_per=Decimal(1))])
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=basics.customer.id, order_date=dt.date(2026, 12, 20), promised_date=dt.date(2027, 1, 20),
            lines=[orders.OrderLineInput(item_id=product.id, qty=Decimal(40))]))
        orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
    return PlanFactory(basics, product, m1, m2, m3, sup_a, line, view.number)


def run(db, actor, start=START, weeks=WEEKS):
    from sopdesk.services import planning, planning_views

    with db.write(actor) as s:
        planning.run_plan(s, actor, start=start, weeks=weeks)
    with db.read() as s:
        return planning_views.current_plan(s, actor)
