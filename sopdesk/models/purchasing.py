"""Purchase orders and lines with expected and actual arrival dates."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Versioned
from .enums import POStatus, enum_column_type
from .types import Price, Qty, uuid_pk


class PurchaseOrder(Versioned, Base):
    __tablename__ = "purchase_order"
    __audited__ = True
    __table_args__ = (Index("ix_purchase_order_supplier", "supplier_id", "order_date"),)

    id: Mapped[uuid_pk]
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"), nullable=False)
    order_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    buyer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    status: Mapped[POStatus] = mapped_column(
        enum_column_type(POStatus), nullable=False, default=POStatus.DRAFT
    )
    note: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order", order_by="PurchaseOrderLine.line_no", cascade="all, delete-orphan"
    )


class PurchaseOrderLine(Versioned, Base):
    __tablename__ = "purchase_order_line"
    __audited__ = True
    __conflict_owner__ = "order"  # a lost race on a line is reported on its order
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        Index("ix_purchase_order_line_item", "item_id", "expected_date"),
    )

    id: Mapped[uuid_pk]
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_order.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Price, nullable=False, default=Decimal(0))
    expected_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    received_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    first_receipt_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_arrival_date: Mapped[dt.date | None] = mapped_column(Date)  # when fully received
    # A remainder that will never arrive, closed short by an explicit action with a reason.
    short_closed_qty: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))
    close_reason: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(300))

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
