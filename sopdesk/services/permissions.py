"""Who may do what. Checked in services, whatever the UI shows or hides."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sopdesk.models.enums import Department, Role

from .errors import PermissionDenied


class Permission(StrEnum):
    ORDER_VIEW = "order.view"
    ORDER_EDIT = "order.edit"  # create/edit sales orders, confirm dates
    REVIEW_ANSWER_PRODUCTION = "review.answer.production"
    REVIEW_ANSWER_SUPPLY = "review.answer.supply"
    PO_VIEW = "po.view"
    PO_EDIT = "po.edit"
    STOCK_VIEW = "stock.view"
    STOCK_RECEIVE = "stock.receive"  # goods receipt, transfers
    STOCK_ADJUST = "stock.adjust"  # adjustments and counts
    STOCK_PRODUCTION = "stock.production"  # issue to production, output
    STOCK_SHIP = "stock.ship"
    PLAN_VIEW = "plan.view"
    PLAN_EDIT = "plan.edit"  # production plan, work orders, work centers
    PRODUCTION_REPORT = "production.report"  # shop-floor reports (报工)
    DEMAND_SUBMIT_SALES = "demand.submit.sales"
    DEMAND_SUBMIT_SUPPLY = "demand.submit.supply"
    DEMAND_SUBMIT_PRODUCTION = "demand.submit.production"
    DEMAND_AGREE = "demand.agree"  # set consensus, run the meeting
    MASTER_EDIT = "master.edit"  # items, BOM, customers, suppliers
    KPI_VIEW = "kpi.view"
    USER_ADMIN = "user.admin"
    SETTINGS_EDIT = "settings.edit"
    IMPORT_DATA = "import.data"


P = Permission
_VIEW_ALL = {P.ORDER_VIEW, P.PO_VIEW, P.STOCK_VIEW, P.PLAN_VIEW, P.KPI_VIEW}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SALES: frozenset(_VIEW_ALL | {P.ORDER_EDIT, P.DEMAND_SUBMIT_SALES, P.IMPORT_DATA}),
    Role.PRODUCTION: frozenset(
        _VIEW_ALL
        | {P.REVIEW_ANSWER_PRODUCTION, P.PLAN_EDIT, P.STOCK_PRODUCTION, P.PRODUCTION_REPORT,
           P.DEMAND_SUBMIT_PRODUCTION, P.IMPORT_DATA}
    ),
    Role.SUPPLY: frozenset(
        _VIEW_ALL
        | {P.REVIEW_ANSWER_SUPPLY, P.PO_EDIT, P.STOCK_RECEIVE, P.STOCK_ADJUST, P.STOCK_SHIP,
           P.DEMAND_SUBMIT_SUPPLY, P.MASTER_EDIT, P.IMPORT_DATA}
    ),
    # 报工 posts output and issues material (services/shop_floor): the two production move
    # types, nothing else (no receipts, shipments, adjustments, orders or POs)
    Role.SHOPFLOOR: frozenset({P.PLAN_VIEW, P.PRODUCTION_REPORT, P.STOCK_VIEW, P.STOCK_PRODUCTION}),
    Role.MANAGER: frozenset(set(Permission) - {P.USER_ADMIN}),
    Role.ADMIN: frozenset(Permission),
}

ROLE_DEPARTMENT: dict[Role, Department] = {
    Role.SALES: Department.SALES,
    Role.PRODUCTION: Department.PRODUCTION,
    Role.SHOPFLOOR: Department.PRODUCTION,
    Role.SUPPLY: Department.SUPPLY,
    Role.MANAGER: Department.MANAGEMENT,
    Role.ADMIN: Department.MANAGEMENT,
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: passed to every service call. A plain value, safe across threads."""

    user_id: uuid.UUID | None
    username: str
    role: Role
    display_name: str = ""

    @property
    def department(self) -> Department:
        return ROLE_DEPARTMENT[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


# The demo generator, migrations and the CLI's admin commands act as this actor.
SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN, display_name="system")


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            "role {role} may not {permission}",
            permission=permission.value,
            role=actor.role.value,
        )
