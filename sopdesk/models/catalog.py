"""Master data: items (成品/半成品/原材料), bills of materials, customers, suppliers."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .enums import ItemKind, enum_column_type
from .types import Qty, code, name, price, qty, uuid_pk


class Supplier(Versioned, Base):
    __tablename__ = "supplier"
    __audited__ = True

    id: Mapped[uuid_pk]
    code: Mapped[code] = mapped_column(unique=True)
    name: Mapped[name]
    contact: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    lead_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class Customer(Versioned, Base):
    __tablename__ = "customer"
    __audited__ = True

    id: Mapped[uuid_pk]
    code: Mapped[code] = mapped_column(unique=True)
    name: Mapped[name]
    contact: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    is_key_account: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class Item(Versioned, Base):
    __tablename__ = "item"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("purchase_lead_days >= 0", name="lead_days_nonneg"),
    )

    id: Mapped[uuid_pk]
    code: Mapped[code] = mapped_column(unique=True)
    name: Mapped[name]
    spec: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="件")
    kind: Mapped[ItemKind] = mapped_column(enum_column_type(ItemKind), nullable=False)
    safety_stock: Mapped[qty]
    standard_cost: Mapped[price]
    sales_price: Mapped[price]
    purchase_lead_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    default_supplier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("supplier.id"))
    is_core: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Backflush (倒冲): its BOM materials are issued automatically when output is reported.
    backflush: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class BomLine(Versioned, Base):
    """One component of a parent item; multi-level because components have BOMs too."""

    __tablename__ = "bom_line"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("parent_id", "component_id"),
        CheckConstraint("parent_id <> component_id", name="not_self"),
    )

    id: Mapped[uuid_pk]
    parent_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False, index=True)
    component_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False, index=True)
    qty_per: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    scrap_rate: Mapped[Decimal] = mapped_column(Qty, nullable=False, default=Decimal(0))  # 0.05 = 5 %
