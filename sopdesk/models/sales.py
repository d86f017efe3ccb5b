"""Sales orders, their lines, their status history and the custom-order review (订单评审)."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Versioned
from .enums import Department, OrderStatus, ReviewTaskStatus, enum_column_type
from .types import Price, Qty, UTCDateTime, timestamp, uuid_pk


class SalesOrder(Versioned, Base):
    __tablename__ = "sales_order"
    __audited__ = True
    __table_args__ = (
        Index("ix_sales_order_status_date", "status", "order_date"),
        Index("ix_sales_order_customer", "customer_id", "order_date"),
    )

    id: Mapped[uuid_pk]
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), nullable=False)
    order_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    requested_date: Mapped[dt.date | None] = mapped_column(Date)
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    is_custom: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    salesperson_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    status: Mapped[OrderStatus] = mapped_column(
        enum_column_type(OrderStatus), nullable=False, default=OrderStatus.DRAFT
    )
    customer_po: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", order_by="SalesOrderLine.line_no", cascade="all, delete-orphan"
    )


class SalesOrderLine(Versioned, Base):
    __tablename__ = "sales_order_line"
    __audited__ = True
    __conflict_owner__ = "order"  # a lost race on a line is reported on its order
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        Index("ix_sales_order_line_item", "item_id"),
    )

    id: Mapped[uuid_pk]
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Price, nullable=False, default=Decimal(0))
    # Line dates override the order's when a line is promised separately.
    requested_date: Mapped[dt.date | None] = mapped_column(Date)
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    shipped_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    delivered_date: Mapped[dt.date | None] = mapped_column(Date)  # when the last open qty shipped
    # A remainder that will never ship, closed short by an explicit action with a reason.
    short_closed_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    close_reason: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class OrderStatusChange(Base):
    """Append-only history of every order status transition: who, when, from, to."""

    __tablename__ = "order_status_change"
    __table_args__ = (Index("ix_order_status_change_order", "order_id", "changed_at"),)

    id: Mapped[uuid_pk]
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), nullable=False)
    from_status: Mapped[OrderStatus | None] = mapped_column(enum_column_type(OrderStatus))
    to_status: Mapped[OrderStatus] = mapped_column(enum_column_type(OrderStatus), nullable=False)
    changed_at: Mapped[timestamp]
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    note: Mapped[str | None] = mapped_column(Text)


class OrderReviewTask(Versioned, Base):
    """One department's part of a custom-order review: owner, deadline and answer."""

    __tablename__ = "order_review_task"
    __audited__ = True
    __table_args__ = (
        Index("ix_order_review_task_open", "status", "due_at"),
        Index("ix_order_review_task_order", "order_id"),
    )

    id: Mapped[uuid_pk]
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), nullable=False)
    department: Mapped[Department] = mapped_column(enum_column_type(Department), nullable=False)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    assigned_at: Mapped[timestamp]
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    status: Mapped[ReviewTaskStatus] = mapped_column(
        enum_column_type(ReviewTaskStatus), nullable=False, default=ReviewTaskStatus.OPEN
    )
    feasible: Mapped[bool | None] = mapped_column(Boolean)
    lead_days: Mapped[int | None] = mapped_column(Integer)  # production: days to make it
    material_arrival_date: Mapped[dt.date | None] = mapped_column(Date)  # supply
    comment: Mapped[str | None] = mapped_column(Text)
    answered_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    escalated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
