"""The tab registry: which screens exist, who sees them, in which order per role.

A tab is listed only when its capability is built: later issues add Plan (计划),
Inventory (库存) and Dashboard (看板) by appending a TabSpec here; nothing is shown as a
stub. Each tab widget provides:

    sig_ready(int)       emitted when its first page of real rows has been painted
    activate()           called when the tab becomes current (loads lazily)
    on_changes(changes, initiator)   refresh for what concerns it
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from sopdesk.models import Role
from sopdesk.services.permissions import Actor, Permission

from .context import AppContext


@dataclass(frozen=True)
class TabSpec:
    id: str
    title: str  # untranslated source text, context "Tabs"
    permissions: frozenset[Permission]  # any one of them shows the tab
    factory: Callable[[AppContext], QWidget]
    hidden_for: frozenset[Role] = frozenset()  # roles that have a screen of their own instead

    def visible_to(self, actor: Actor) -> bool:
        return actor.role not in self.hidden_for and any(actor.can(p) for p in self.permissions)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Tabs", self.title)


def _orders(ctx: AppContext) -> QWidget:
    from .orders.tab import OrdersTab

    return OrdersTab(ctx)


def _review(ctx: AppContext) -> QWidget:
    from .review.tab import ReviewTab

    return ReviewTab(ctx)


def _inventory(ctx: AppContext) -> QWidget:
    from .inventory.tab import InventoryTab

    return InventoryTab(ctx)


def _shopfloor(ctx: AppContext) -> QWidget:
    from .shopfloor.tab import ShopFloorTab, offline_client

    return ShopFloorTab(ctx, outbox=offline_client(ctx))


def _production(ctx: AppContext) -> QWidget:
    from .production.tab import ProductionTab

    return ProductionTab(ctx)


def _purchasing(ctx: AppContext) -> QWidget:
    from .purchasing.tab import PurchasingTab

    return PurchasingTab(ctx)


def _plan(ctx: AppContext) -> QWidget:
    from .plan.tab import PlanTab

    return PlanTab(ctx)


def _dashboard(ctx: AppContext) -> QWidget:
    from .dashboard.tab import DashboardTab

    return DashboardTab(ctx)


def _demand_review(ctx: AppContext) -> QWidget:
    from .demand_review.tab import DemandReviewTab

    return DemandReviewTab(ctx)


def _master(ctx: AppContext) -> QWidget:
    from .masterdata.tab import MasterDataTab

    return MasterDataTab(ctx)


def _admin(ctx: AppContext) -> QWidget:
    from .admin.tab import AdminTab

    return AdminTab(ctx)


TABS: list[TabSpec] = [
    TabSpec("orders", QT_TRANSLATE_NOOP("Tabs", "Orders"), frozenset({Permission.ORDER_VIEW}), _orders),
    TabSpec("review", QT_TRANSLATE_NOOP("Tabs", "Order review"),
            frozenset({Permission.ORDER_EDIT, Permission.REVIEW_ANSWER_PRODUCTION,
                       Permission.REVIEW_ANSWER_SUPPLY}), _review),
    TabSpec("inventory", QT_TRANSLATE_NOOP("Tabs", "Inventory"), frozenset({Permission.STOCK_VIEW}), _inventory),
    TabSpec("purchasing", QT_TRANSLATE_NOOP("Tabs", "Purchasing"), frozenset({Permission.PO_VIEW}), _purchasing),
    TabSpec("production", QT_TRANSLATE_NOOP("Tabs", "Production"),
            frozenset({Permission.PLAN_VIEW, Permission.PLAN_EDIT}), _production,
            hidden_for=frozenset({Role.SHOPFLOOR})),
    TabSpec("plan", QT_TRANSLATE_NOOP("Tabs", "Plan"), frozenset({Permission.PLAN_VIEW}), _plan,
            hidden_for=frozenset({Role.SHOPFLOOR})),
    TabSpec("dashboard", QT_TRANSLATE_NOOP("Tabs", "Dashboard"), frozenset({Permission.KPI_VIEW}), _dashboard),
    TabSpec("demand_review", QT_TRANSLATE_NOOP("Tabs", "Demand review"),
            frozenset({Permission.DEMAND_AGREE, Permission.DEMAND_SUBMIT_SALES, Permission.DEMAND_SUBMIT_PRODUCTION,
                       Permission.DEMAND_SUBMIT_SUPPLY}), _demand_review),
    TabSpec("master", QT_TRANSLATE_NOOP("Tabs", "Master data"),
            frozenset({Permission.MASTER_EDIT, Permission.PLAN_EDIT}), _master),
    TabSpec("shopfloor", QT_TRANSLATE_NOOP("Tabs", "Shop floor"), frozenset({Permission.PRODUCTION_REPORT}),
            _shopfloor),
    TabSpec("admin", QT_TRANSLATE_NOOP("Tabs", "Administration"), frozenset({Permission.USER_ADMIN}), _admin),
]

# What each role's work needs first (PRACTICES: sales orders first; production review and
# plan; supply inventory and review; manager everything). Ids not registered are skipped.
ROLE_ORDER: dict[Role, list[str]] = {
    Role.SALES: ["orders", "review", "dashboard", "plan", "demand_review", "inventory", "production"],
    Role.PRODUCTION: ["production", "review", "plan", "demand_review", "orders", "inventory", "dashboard"],
    Role.SUPPLY: ["inventory", "purchasing", "review", "orders", "plan", "demand_review", "production", "dashboard"],
    Role.SHOPFLOOR: ["shopfloor", "plan"],
    Role.MANAGER: ["dashboard", "orders", "review", "plan", "demand_review", "production", "inventory"],
    Role.ADMIN: ["dashboard", "orders", "review", "plan", "demand_review", "production", "inventory"],
}


def tabs_for(actor: Actor) -> list[TabSpec]:
    by_id = {t.id: t for t in TABS if t.visible_to(actor)}
    order = ROLE_ORDER.get(actor.role, [])
    first = [by_id[i] for i in order if i in by_id]
    return first + [t for t in by_id.values() if t not in first]
