"""Small master data for service tests: one user per role, a customer, a supplier, items."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sopdesk.models import Customer, Item, ItemKind, Location, LocationKind, Role, Supplier
from sopdesk.services import users
from sopdesk.services.permissions import SYSTEM, Actor


@dataclass
class Basics:
    actors: dict[Role, Actor]
    customer: Customer
    supplier: Supplier
    product: Item
    material: Item
    raw_store: Location
    finished_store: Location

    def __getitem__(self, role: Role) -> Actor:
        return self.actors[role]


def make_basics(db) -> Basics:
    with db.write(SYSTEM) as s:
        actors = {}
        for role in Role:
            users.create_user(s, SYSTEM, role.value, role, "secret1", display_name=f"{role.value} user")
        s.flush()
        for role in Role:
            actors[role] = users.actor_for(s, role.value)
        supplier = Supplier(code="S001", name="苏州恒达机械有限公司", lead_days=10)
        customer = Customer(code="C001", name="宁波东方机电有限公司")
        s.add_all([supplier, customer])
        s.flush()
        product = Item(code="FG-100", name="泵体总成", kind=ItemKind.FINISHED, unit="套",
                       sales_price=Decimal("120.50"), standard_cost=Decimal("80.1234"), is_core=True)
        material = Item(code="RM-001", name="铸铁 HT250", kind=ItemKind.RAW, unit="kg",
                        standard_cost=Decimal("6.30"), purchase_lead_days=10,
                        default_supplier_id=supplier.id, safety_stock=Decimal("500"))
        raw = Location(code="RAW", name="原材料仓", kind=LocationKind.RAW)
        fin = Location(code="FG", name="成品仓", kind=LocationKind.FINISHED)
        s.add_all([product, material, raw, fin])
    return Basics(actors, customer, supplier, product, material, raw, fin)
