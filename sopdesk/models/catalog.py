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
        CheckConstraint("production_lead_days >= 0", name="production_lead_days_nonneg"),
        CheckConstraint("rate_per_day IS NULL OR rate_per_day >= 0", name="rate_per_day_nonneg"),
        CheckConstraint("hours_per_unit IS NULL OR hours_per_unit >= 0", name="hours_per_unit_nonneg"),
        CheckConstraint("min_lot >= 0", name="min_lot_nonneg"),
        CheckConstraint("lot_multiple >= 0", name="lot_multiple_nonneg"),
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
    # Planning data for made items (生产提前期, 产线, 日产能 or 单件工时). The work center's
    # load per unit is 1 / rate_per_day days, or hours_per_unit against its hours_per_day;
    # the service refuses both at once. None of them = the item's capacity is not checked.
    production_lead_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    rate_per_day: Mapped[Decimal | None] = mapped_column(Qty)
    hours_per_unit: Mapped[Decimal | None] = mapped_column(Qty)
    # Lot rule (最小批量 / 批量倍数): qty = max(net need, min_lot), rounded up to a multiple of
    # lot_multiple; 0 = no minimum / no multiple (lot-for-lot).
    min_lot: Mapped[qty]
    lot_multiple: Mapped[qty]
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
