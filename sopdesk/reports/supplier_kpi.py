"""Supplier on-time arrival rate (原材料及时到货率), per supplier and month.

Unit: a purchase order line, in the month of its expected date, of a purchase order that
was confirmed (draft and cancelled orders are left out).

- on time   fully received (actual_arrival_date) on or before expected_date + grace_days.
- late      fully received after that; or not fully received and that date has passed
            (today in the factory's time zone); or the order was closed short.
- pending   not fully received and not yet due: not counted yet.

rate = on_time / (on_time + late), None when no line counts. Lines are read with one SQL
query over the months asked for and counted in Python.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import POStatus, PurchaseOrder, PurchaseOrderLine, Supplier
from sopdesk.services import settings
from sopdesk.services.permissions import Actor, Permission, require

from .periods import Month, months

COUNTED = (POStatus.CONFIRMED, POStatus.PARTIAL, POStatus.RECEIVED, POStatus.CLOSED)
RATE = Decimal("0.0001")


@dataclass(frozen=True)
class ArrivalRate:
    month: Month
    supplier_id: uuid.UUID | None  # None: all suppliers
    supplier_code: str
    supplier_name: str
    on_time: int
    late: int
    pending: int

    @property
    def counted(self) -> int:
        return self.on_time + self.late

    @property
    def rate(self) -> Decimal | None:
        if not self.counted:
            return None
        return (Decimal(self.on_time) / self.counted).quantize(RATE, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ArrivalReport:
    rows: tuple[ArrivalRate, ...]  # per supplier and month, by supplier code then month
    totals: tuple[ArrivalRate, ...]  # all suppliers, per month


def classify(
    expected: dt.date, arrived: dt.date | None, fully_received: bool, status: POStatus,
    today: dt.date, grace_days: int = 0,
) -> str:
    """'on_time', 'late' or 'pending' for one purchase order line."""
    due = expected + dt.timedelta(days=grace_days)
    if arrived is not None and fully_received:
        return "on_time" if arrived <= due else "late"
    if status == POStatus.CLOSED or today > due:
        return "late"
    return "pending"


def supplier_on_time(
    session: Session, actor: Actor, first: Month, last: Month, *, supplier_id: uuid.UUID | None = None,
    today: dt.date | None = None, grace_days: int = 0,
) -> ArrivalReport:
    require(actor, Permission.KPI_VIEW)
    if grace_days < 0:
        raise ValueError("grace_days cannot be negative")
    today = today or settings.factory_today(session)
    L, P, S = PurchaseOrderLine, PurchaseOrder, Supplier  # noqa: E741
    stmt = (
        select(S.id, S.code, S.name, L.expected_date, L.actual_arrival_date, L.qty, L.received_qty, P.status)
        .join(P, P.id == L.order_id)
        .join(S, S.id == P.supplier_id)
        .where(P.status.in_(COUNTED), L.expected_date >= first.first_day(), L.expected_date <= last.last_day())
    )
    if supplier_id is not None:
        stmt = stmt.where(P.supplier_id == supplier_id)
    counts: dict[tuple, dict[str, int]] = defaultdict(lambda: {"on_time": 0, "late": 0, "pending": 0})
    names: dict[uuid.UUID, tuple[str, str]] = {}
    for sid, code, name, expected, arrived, qty, received, status in session.execute(stmt):
        names[sid] = (code, name)
        outcome = classify(expected, arrived, received >= qty, POStatus(status), today, grace_days)
        month = Month.of(expected)
        counts[(sid, month)][outcome] += 1
        counts[(None, month)][outcome] += 1
    rows = tuple(
        ArrivalRate(m, sid, *names[sid], **counts[(sid, m)])
        for sid in sorted(names, key=lambda s: names[s][0])
        for m in months(first, last) if (sid, m) in counts
    )
    totals = tuple(
        ArrivalRate(m, None, "", "", **counts.get((None, m), {"on_time": 0, "late": 0, "pending": 0}))
        for m in months(first, last)
    )
    return ArrivalReport(rows, totals)
