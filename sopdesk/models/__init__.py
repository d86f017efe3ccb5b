"""SQLAlchemy tables. Importing this package registers every table on Base.metadata."""

from .base import Base, Versioned
from .catalog import BomLine, Customer, Item, Supplier
from .demand import (
    ActionItem,
    CapacitySubmission,
    ConsensusLine,
    DemandFlex,
    DemandReviewCycle,
    DemandSignOff,
    ForecastLine,
    MaterialConstraint,
)
from .enums import (
    ActionStatus,
    CycleStatus,
    Department,
    ForecastSource,
    ItemKind,
    LocationKind,
    MoveType,
    OrderStatus,
    PlanStatus,
    POStatus,
    ReviewTaskStatus,
    Role,
    WorkOrderStatus,
)
from .imports import ImportProfile as ImportProfile  # registers the table (re-exported)
from .inventory import Location, StockBalance, StockMonth, StockMonthValue, StockMove, StockTotal
from .planning import PlanException, PlanItemWeeks, PlannedOrder, PlanRun
from .production import (
    CalendarDay,
    MaintenanceWindow,
    ProductionPlanLine,
    ProductionReport,
    UserWorkCenter,
    WorkCenter,
    WorkOrder,
)
from .purchasing import PurchaseOrder, PurchaseOrderLine
from .sales import OrderReviewTask, OrderStatusChange, SalesOrder, SalesOrderLine
from .shipping import Shipment, ShipmentLine
from .system import (
    AppliedOperation,
    AppUser,
    AuditLog,
    ChangeLog,
    DocSequence,
    ImportBatch,
    Notification,
    Presence,
    Setting,
)

__all__ = [
    "ActionItem", "ActionStatus", "AppUser", "AppliedOperation", "AuditLog", "Base", "BomLine",
    "CalendarDay", "CapacitySubmission", "ChangeLog", "ConsensusLine", "Customer", "CycleStatus",
    "DemandFlex", "DemandReviewCycle", "DemandSignOff", "Department", "DocSequence", "ForecastLine", "ForecastSource",
    "ImportBatch", "Item", "ItemKind", "Location", "LocationKind", "MaintenanceWindow",
    "MaterialConstraint", "MoveType", "Notification", "OrderReviewTask", "OrderStatus",
    "OrderStatusChange", "POStatus", "PlanException", "PlanItemWeeks", "PlanRun", "PlanStatus",
    "PlannedOrder", "Presence", "ProductionPlanLine", "ProductionReport",
    "PurchaseOrder", "PurchaseOrderLine", "ReviewTaskStatus", "Role", "SalesOrder",
    "SalesOrderLine", "Setting", "Shipment", "ShipmentLine", "StockBalance", "StockMonth", "StockMonthValue", "StockMove", "StockTotal", "Supplier", "UserWorkCenter", "Versioned",
    "WorkCenter", "WorkOrder", "WorkOrderStatus",
]
