"""The monthly demand review (需求评审会): cycles, submissions, consensus and actions."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .enums import ActionStatus, CycleStatus, Department, ForecastSource, enum_column_type
from .types import Price, Qty, UTCDateTime, uuid_pk


class DemandReviewCycle(Versioned, Base):
    """One month's review; period is the first day of the month planned for."""

    __tablename__ = "demand_review_cycle"
    __audited__ = True

    id: Mapped[uuid_pk]
    period: Mapped[dt.date] = mapped_column(Date, nullable=False, unique=True)
    meeting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[CycleStatus] = mapped_column(
        enum_column_type(CycleStatus), nullable=False, default=CycleStatus.DRAFT
    )
    minutes: Mapped[str | None] = mapped_column(Text)


class ForecastLine(Versioned, Base):
    """A forecast per product and month, from sales input or from history."""

    __tablename__ = "forecast_line"
    __audited__ = True
    __table_args__ = (UniqueConstraint("cycle_id", "item_id", "month", "source"),)

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"), nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    source: Mapped[ForecastSource] = mapped_column(enum_column_type(ForecastSource), nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    comment: Mapped[str | None] = mapped_column(Text)


class MaterialConstraint(Versioned, Base):
    """Supply's input: a key material's lead time, availability and price."""

    __tablename__ = "material_constraint"
    __audited__ = True
    __table_args__ = (UniqueConstraint("cycle_id", "item_id"),)

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"), nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("supplier.id"))
    lead_days: Mapped[int | None] = mapped_column(Integer)
    available_qty: Mapped[Decimal | None] = mapped_column(Qty)
    unit_price: Mapped[Decimal | None] = mapped_column(Price)
    guaranteed: Mapped[bool | None]
    comment: Mapped[str | None] = mapped_column(Text)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))


class CapacitySubmission(Versioned, Base):
    """Production's input: capacity of a work center for a month, after maintenance."""

    __tablename__ = "capacity_submission"
    __audited__ = True
    __table_args__ = (UniqueConstraint("cycle_id", "work_center_id", "month"),)

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"), nullable=False)
    work_center_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("work_center.id"), nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    max_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    available_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)  # after maintenance
    maintenance_note: Mapped[str | None] = mapped_column(Text)
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))


class ConsensusLine(Versioned, Base):
    """The agreed quantity and its flex band (弹性区间): plan 900, capacity 950, stock 1000."""

    __tablename__ = "consensus_line"
    __audited__ = True
    __table_args__ = (UniqueConstraint("cycle_id", "item_id", "month"),)

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"), nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    month: Mapped[dt.date] = mapped_column(Date, nullable=False)
    consensus_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    production_target_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    supply_target_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    binding_constraint: Mapped[str | None] = mapped_column(String(200))


class ActionItem(Versioned, Base):
    """A follow-up agreed in the meeting: an owner and a deadline, closed when done."""

    __tablename__ = "action_item"
    __audited__ = True

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"))
    department: Mapped[Department] = mapped_column(enum_column_type(Department), nullable=False)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column_type(ActionStatus), nullable=False, default=ActionStatus.OPEN
    )
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(Text)
