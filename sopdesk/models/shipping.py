"""Shipments (发货单): one document per dispatch, its lines against sales order lines.

Posted once and never edited: the stock moves (SHIPMENT, ref_type sales_order_line,
ref_number = the shipment number) carry the quantities; a reversal is a counter-move, the
document stays. A line's shipped_qty is the sum of its shipment moves.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .types import Qty, UTCDateTime, uuid_pk


class Shipment(Base):
    __tablename__ = "shipment"
    __table_args__ = (Index("ix_shipment_customer", "customer_id", "ship_date"),)

    id: Mapped[uuid_pk]
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), nullable=False)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"), nullable=False)
    shipped_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    ship_date: Mapped[dt.date] = mapped_column(Date, nullable=False)  # the factory's date of shipped_at
    posted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    op_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)  # a retried post applies once
    note: Mapped[str | None] = mapped_column(String(300))

    lines: Mapped[list[ShipmentLine]] = relationship(
        back_populates="shipment", order_by="ShipmentLine.line_no", cascade="all, delete-orphan"
    )


class ShipmentLine(Base):
    __tablename__ = "shipment_line"
    __table_args__ = (
        UniqueConstraint("shipment_id", "line_no"),
        Index("ix_shipment_line_order_line", "order_line_id"),
    )

    id: Mapped[uuid_pk]
    shipment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("shipment.id"), nullable=False)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    order_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order_line.id"), nullable=False)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    move_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stock_move.id"), nullable=False)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")
