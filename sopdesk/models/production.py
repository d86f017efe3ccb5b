"""Work centers, calendars, maintenance, production plan, work orders and reports."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .enums import PlanStatus, WorkOrderStatus, enum_column_type
from .types import Qty, UTCDateTime, code, name, timestamp, uuid_pk


class WorkCenter(Versioned, Base):
    """A line or work center; capacity in the unit of what it makes, per working day."""

    __tablename__ = "work_center"
    __audited__ = True

    id: Mapped[uuid_pk]
    code: Mapped[code] = mapped_column(unique=True)
    name: Mapped[name]
    capacity_per_day: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    capacity_unit: Mapped[str] = mapped_column(String(20), nullable=False, default="件")
    hours_per_day: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(8))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class UserWorkCenter(Base):
    """The line a shop-floor user reports for (车间报工 shows its work orders first). A table
    of its own: work_center already refers to app_user (who changed it)."""

    __tablename__ = "user_work_center"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("app_user.id"), primary_key=True)
    work_center_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_center.id"), nullable=False)


class CalendarDay(Base):
    """An exception to the normal week (holiday or extra working day).

    work_center_id NULL means factory-wide. Days with no row follow the default week set
    in settings (Mon–Sat at a typical small factory).
    """

    __tablename__ = "calendar_day"
    __table_args__ = (UniqueConstraint("work_center_id", "day"),)

    id: Mapped[uuid_pk]
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    is_workday: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str | None] = mapped_column(String(200))


class MaintenanceWindow(Versioned, Base):
    """Planned maintenance (设备检修): the work center's capacity drops in this window."""

    __tablename__ = "maintenance_window"
    __audited__ = True

    id: Mapped[uuid_pk]
    work_center_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_center.id"), nullable=False)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    capacity_factor: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    reason: Mapped[str | None] = mapped_column(String(200))


class ProductionPlanLine(Versioned, Base):
    __tablename__ = "production_plan_line"
    __audited__ = True
    __table_args__ = (Index("ix_production_plan_line_period", "period_start", "item_id"),)

    id: Mapped[uuid_pk]
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    period_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    status: Mapped[PlanStatus] = mapped_column(
        enum_column_type(PlanStatus), nullable=False, default=PlanStatus.PLANNED
    )
    cycle_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"))
    note: Mapped[str | None] = mapped_column(Text)


class WorkOrder(Versioned, Base):
    __tablename__ = "work_order"
    __audited__ = True
    __table_args__ = (Index("ix_work_order_status", "status", "planned_start"),)

    id: Mapped[uuid_pk]
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    planned_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    planned_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[WorkOrderStatus] = mapped_column(
        enum_column_type(WorkOrderStatus), nullable=False, default=WorkOrderStatus.PLANNED
    )
    sales_order_line_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sales_order_line.id")
    )
    plan_line_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("production_plan_line.id"))
    good_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    scrap_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ProductionReport(Base):
    """A shop-floor report (报工): append-only; op_id makes an offline retry apply once."""

    __tablename__ = "production_report"
    __table_args__ = (Index("ix_production_report_wo", "work_order_id", "reported_at"),)

    id: Mapped[uuid_pk]
    op_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    work_order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_order.id"), nullable=False)
    reported_at: Mapped[timestamp]
    reported_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    good_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    scrap_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    scrap_reason: Mapped[str | None] = mapped_column(String(200))
    downtime_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    downtime_reason: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # when it reached the server
    note: Mapped[str | None] = mapped_column(String(300))
