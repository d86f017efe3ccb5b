"""Who may import and export which kind of spreadsheet: the permission maps on their own.

Kept apart from services.imports and services.exports (which load the Excel engine and
every model) so the main window can decide which File menu entries to show without
loading them; both services check these same maps.
"""

from __future__ import annotations

from .permissions import Actor, Permission

# import kind -> what the actor must be allowed to edit (order as in sopdesk.excel.KINDS)
IMPORT_PERMISSION: dict[str, Permission] = {
    "items": Permission.MASTER_EDIT,
    "bom": Permission.MASTER_EDIT,
    "customers": Permission.MASTER_EDIT,
    "suppliers": Permission.MASTER_EDIT,
    # as services/master_data.EDIT_PERMISSION: lines, their maintenance and calendar are planning's
    "locations": Permission.MASTER_EDIT,
    "work-centers": Permission.PLAN_EDIT,
    "maintenance": Permission.PLAN_EDIT,
    "calendar": Permission.PLAN_EDIT,
    "orders": Permission.ORDER_EDIT,  # customers named in an order file come with it
    "purchase-orders": Permission.PO_EDIT,
    "stock-count": Permission.STOCK_ADJUST,
    "plan": Permission.PLAN_EDIT,
    "work-orders": Permission.PLAN_EDIT,
    "shipments": Permission.STOCK_SHIP,  # posts shipment documents (services/shipping)
    "forecast": Permission.DEMAND_SUBMIT_SALES,  # sales' figures of the open demand review
}

# export kind -> what the actor must be allowed to see
EXPORT_PERMISSION: dict[str, Permission] = {
    "items": Permission.PLAN_VIEW, "bom": Permission.PLAN_VIEW, "plan": Permission.PLAN_VIEW,
    "customers": Permission.ORDER_VIEW, "orders": Permission.ORDER_VIEW,
    "suppliers": Permission.PO_VIEW, "purchase-orders": Permission.PO_VIEW,
    "stock-count": Permission.STOCK_VIEW, "on-hand": Permission.STOCK_VIEW, "shortages": Permission.STOCK_VIEW,
    "health": Permission.STOCK_VIEW,
    "work-orders": Permission.PLAN_VIEW,
    "locations": Permission.STOCK_VIEW, "work-centers": Permission.PLAN_VIEW, "maintenance": Permission.PLAN_VIEW,
    "calendar": Permission.PLAN_VIEW,
    "shipments": Permission.ORDER_VIEW,
    "forecast": Permission.PLAN_VIEW,  # as the demand review's grid
}


def importable_kinds(actor: Actor) -> list[str]:
    """The kinds the actor may import (services.imports refuses the others)."""
    if not actor.can(Permission.IMPORT_DATA):
        return []
    return [kind for kind, needed in IMPORT_PERMISSION.items() if actor.can(needed)]


def may_export(actor: Actor, kind: str) -> bool:
    return kind in EXPORT_PERMISSION and actor.can(EXPORT_PERMISSION[kind])
