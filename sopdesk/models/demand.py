"""The monthly demand review (需求评审会): cycles, submissions, consensus and actions.

The services are sopdesk/services/demand_review*.py; docs/ARCHITECTURE.md "Demand review"
states the rules (which month a cycle plans, scope, feasibility, flex band, sign-offs)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
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
    # months in scope: the period and the next months_ahead - 1 (3..6 in all)
    months: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    # the pilot scope: core products only (Item.is_core) unless all_products
    all_products: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # bumped by every change of an input or of the consensus: a sign-off holds for one revision
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    agreed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    agreed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


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
    # who confirmed or corrected it; NULL while it is the computed proposal
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    # the proposal's facts when the cycle opened (or supply refreshed it): stock on hand
    # (not quarantine), open purchase order lines, and those by month {"2027-02": "400"}
    # (expected before the first month: counted in it; after the last: left out)
    on_hand_qty: Mapped[Decimal | None] = mapped_column(Qty)
    open_po_qty: Mapped[Decimal | None] = mapped_column(Qty)
    arrivals: Mapped[dict | None] = mapped_column(JSON)
    # new orders placed on the meeting day arrive then: meeting_date + lead_days
    available_date: Mapped[dt.date | None] = mapped_column(Date)


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
    # who confirmed or corrected it; NULL while it is the computed proposal
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    working_days: Mapped[int | None] = mapped_column(Integer)


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
    comment: Mapped[str | None] = mapped_column(Text)


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
    # "submission": a department's input to the cycle (done when it submits);
    # "follow_up": agreed in the meeting
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="follow_up")
    done_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    escalated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # reported overdue


class DemandSignOff(Base):
    """A department head's sign-off (签字确认) of a cycle's consensus: sales, production,
    supply and the manager (department management) all sign before the cycle is agreed. A
    sign-off holds for the cycle revision it signed; a later change of an input or of the
    consensus bumps the revision and the department signs again (the row is updated)."""

    __tablename__ = "demand_signoff"
    __table_args__ = (UniqueConstraint("cycle_id", "department"),)

    id: Mapped[uuid_pk]
    cycle_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("demand_review_cycle.id"), nullable=False)
    department: Mapped[Department] = mapped_column(enum_column_type(Department), nullable=False)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)


class DemandFlex(Versioned, Base):
    """A product's own flex band (弹性区间) over the consensus; products without a row use
    the defaults of services/demand_review_consensus.py (+5.56 % and +11.11 %: 900 → 950 and
    1000). Fractions with 4 places: 0.0556 = +5.56 %."""

    __tablename__ = "demand_flex"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("production_flex >= 0", name="production_flex_nonneg"),
        CheckConstraint("supply_flex >= 0", name="supply_flex_nonneg"),
    )

    id: Mapped[uuid_pk]
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False, unique=True)
    production_flex: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    supply_flex: Mapped[Decimal] = mapped_column(Qty, nullable=False)
