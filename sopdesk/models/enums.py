"""Closed vocabularies stored as short strings (values are stable; labels live in the UI)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum


class Role(StrEnum):
    SALES = "sales"
    PRODUCTION = "production"
    SUPPLY = "supply"
    SHOPFLOOR = "shopfloor"
    MANAGER = "manager"
    ADMIN = "admin"


class Department(StrEnum):
    SALES = "sales"
    PRODUCTION = "production"
    SUPPLY = "supply"
    MANAGEMENT = "management"


class ItemKind(StrEnum):
    FINISHED = "finished"  # 成品
    SEMI = "semi"  # 半成品
    RAW = "raw"  # 原材料


class OrderStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CONFIRMED = "confirmed"
    IN_PRODUCTION = "in_production"
    PARTIALLY_SHIPPED = "partially_shipped"  # some shipped: follows the shipments posted
    SHIPPED = "shipped"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ReviewTaskStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


class CycleStatus(StrEnum):
    DRAFT = "draft"  # collecting submissions
    MEETING = "meeting"
    AGREED = "agreed"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ForecastSource(StrEnum):
    SALES = "sales"  # entered by the sales department
    HISTORY = "history"  # computed from past orders


class PlanStatus(StrEnum):
    PLANNED = "planned"
    RELEASED = "released"
    DONE = "done"
    CANCELLED = "cancelled"


class WorkOrderStatus(StrEnum):
    PLANNED = "planned"
    RELEASED = "released"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class POStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PARTIAL = "partial"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class MoveType(StrEnum):
    RECEIPT = "receipt"  # goods receipt against a PO line
    ISSUE = "issue"  # issue to production (work order)
    OUTPUT = "output"  # production output
    SHIPMENT = "shipment"  # shipment against a sales order line
    TRANSFER = "transfer"  # one leg of a transfer between locations
    ADJUSTMENT = "adjustment"
    COUNT = "count"  # difference posted by a stock count (盘点)
    OPENING = "opening"  # opening balance when a factory starts


class LocationKind(StrEnum):
    RAW = "raw"
    WIP = "wip"
    FINISHED = "finished"
    QUARANTINE = "quarantine"


def enum_column_type(enum_cls: type[StrEnum]) -> SAEnum:
    """Stored as VARCHAR with the enum's values (no native enum: migrations stay simple)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
