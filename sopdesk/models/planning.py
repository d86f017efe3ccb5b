"""A saved plan (计划): each run of the planning engine, its planned orders with what they
serve (pegging), the weekly grid per item and the exceptions it found.

A run's results are derived data: the next run replaces the previous run's planned orders,
grid and exceptions (its header stays, as a record of who ran what when). A planned order
released into a purchase order or a work order keeps the document's number; the document
itself is then the fact the next run reads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .types import Qty, UTCDateTime, timestamp, uuid_pk


class PlanRun(Base):
    __tablename__ = "plan_run"

    id: Mapped[uuid_pk]
    run_at: Mapped[timestamp]
    run_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    start_week: Mapped[dt.date] = mapped_column(Date, nullable=False)  # a Monday
    weeks: Mapped[int] = mapped_column(Integer, nullable=False)
    item_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    exception_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PlannedOrder(Versioned, Base):
    """A proposal to buy or make: due in the week it covers, released lead time earlier."""

    __tablename__ = "planned_order"
    __table_args__ = (Index("ix_planned_order_run", "run_id", "item_id"),)

    id: Mapped[uuid_pk]
    run_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)  # not checked: see migration 0012
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # purchase | make
    qty: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    release_week: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_week: Mapped[dt.date] = mapped_column(Date, nullable=False)
    past_due: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("supplier.id"))
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    released_number: Mapped[str | None] = mapped_column(String(40))  # PO-…/n or WO-…
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PlanItemWeeks(Base):
    """The weekly grid of one item in one run. Arrays of the run's weeks, in units of
    0.0001 (exact integers): gross requirements, scheduled receipts, planned receipts,
    planned releases and projected stock at the end of each week; and "pegs", what its
    planned orders serve, as columns (services/planning_peg.py): the planned order's due
    week index, the demand's kind, ref (SO-2026-00012/2, "F001 2027-01-18", …), id, week
    index and qty. Kept with the grid, not as rows or on each planned order: a large plan
    has 45,000 pegs, and writing them one by one cost a fifth of each run."""

    __tablename__ = "plan_item_weeks"

    run_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # not checked: see migration 0012
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("item.id"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    on_hand: Mapped[Decimal] = mapped_column(Qty, nullable=False)
    weeks: Mapped[dict] = mapped_column(JSON, nullable=False)


class PlanException(Base):
    """Something the plan cannot do as asked: past due, below safety, excess, overload.
    `params` holds the figures the sentence is made of (translated on screen)."""

    __tablename__ = "plan_exception"
    __table_args__ = (Index("ix_plan_exception_run", "run_id"),)

    id: Mapped[uuid_pk]
    run_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)  # not checked: see migration 0012
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    item_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("item.id"))
    work_center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("work_center.id"))
    week: Mapped[dt.date] = mapped_column(Date, nullable=False)
    params: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
