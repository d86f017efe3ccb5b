"""What the import modules share and no planner defines: who may import which kind, and
every table an import writes (the write, the undo and the import history's undo check look
tables up here by name)."""

from __future__ import annotations

from sopdesk.excel.fields import spec_for
from sopdesk.models import (
    Customer,
    Item,
    OrderStatusChange,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    Supplier,
)

from .imports_bom import TABLES as BOM_TABLES
from .imports_master import TABLES as MASTER_TABLES
from .imports_production_plan import TABLES as PLAN_TABLES
from .imports_work_orders import TABLES as WORK_ORDER_TABLES
from .permissions import Actor, Permission, require
from .transfer_rights import IMPORT_PERMISSION

KIND_PERMISSION = IMPORT_PERMISSION  # who may import what: services/transfer_rights.py


def require_import(actor: Actor, kind: str) -> None:
    spec_for(kind)
    require(actor, Permission.IMPORT_DATA)
    require(actor, KIND_PERMISSION[kind])


TABLES = {m.__tablename__: m.__table__ for m in (
    Item, Customer, Supplier, SalesOrder, SalesOrderLine, OrderStatusChange, PurchaseOrder, PurchaseOrderLine)}
TABLES.update({**BOM_TABLES, **PLAN_TABLES, **MASTER_TABLES, **WORK_ORDER_TABLES})
