"""Material arrivals (到货跟踪): purchase order lines with their expected and actual arrival,
late lines flagged; paged, sorted and filtered in SQL.

A line is late when it is still open and its expected date has passed (today in the
factory's time zone), or when it was fully received after its expected date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models import Item, POStatus, PurchaseOrder, PurchaseOrderLine, Supplier

from . import settings
from .inventory import ordered
from .inventory_common import check_page, like_pattern
from .inventory_demand import OPEN_PO
from .permissions import Actor, Permission, require

L, P, S, I = PurchaseOrderLine, PurchaseOrder, Supplier, Item  # noqa: E741
LISTED = (POStatus.CONFIRMED, POStatus.PARTIAL, POStatus.RECEIVED, POStatus.CLOSED)


@dataclass(frozen=True)
class ArrivalFilter:
    search: str = ""  # PO number, item code or name, supplier code or name
    supplier_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    open_only: bool = True  # still to come (confirmed or partly received orders)
    late_only: bool = False
    due_until: dt.date | None = None  # expected on or before


@dataclass(frozen=True)
class ArrivalSort:
    key: str = "expected_date"
    descending: bool = False


@dataclass(frozen=True)
class ArrivalRow:
    line_id: uuid.UUID
    po_id: uuid.UUID
    po_number: str
    line_no: int
    po_status: POStatus
    supplier_id: uuid.UUID
    supplier_code: str
    supplier_name: str
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal
    received_qty: Decimal
    open_qty: Decimal
    expected_date: dt.date
    first_receipt_date: dt.date | None
    actual_arrival_date: dt.date | None
    late: bool
    days_late: int  # days past the expected date (today for an open line), 0 if not late


SORT_KEYS = ("expected_date", "po_number", "supplier", "item", "open_qty", "late")


def _is_open() -> ColumnElement:
    return and_(P.status.in_(OPEN_PO), L.received_qty < L.qty)


def late_expr(today: dt.date) -> ColumnElement:
    return or_(
        and_(_is_open(), L.expected_date < today),
        and_(L.actual_arrival_date.is_not(None), L.actual_arrival_date > L.expected_date),
    )


def _base(flt: ArrivalFilter, today: dt.date):
    stmt = (
        select(L.id)
        .select_from(L)
        .join(P, P.id == L.order_id)
        .join(S, S.id == P.supplier_id)
        .join(I, I.id == L.item_id)
        .where(P.status.in_(LISTED))
    )
    for token in (flt.search or "").split():
        pattern = like_pattern(token)
        stmt = stmt.where(or_(*(c.ilike(pattern, escape="\\") for c in (P.number, I.code, I.name, S.code, S.name))))
    if flt.supplier_id is not None:
        stmt = stmt.where(P.supplier_id == flt.supplier_id)
    if flt.item_id is not None:
        stmt = stmt.where(L.item_id == flt.item_id)
    if flt.open_only:
        stmt = stmt.where(_is_open())
    if flt.late_only:
        stmt = stmt.where(late_expr(today))
    if flt.due_until is not None:
        stmt = stmt.where(L.expected_date <= flt.due_until)
    return stmt


def count_arrivals(
    session: Session, actor: Actor, flt: ArrivalFilter = ArrivalFilter(), *, today: dt.date | None = None,
) -> int:
    require(actor, Permission.PO_VIEW)
    today = today or settings.factory_today(session)
    return session.scalar(_base(flt, today).with_only_columns(func.count())) or 0


def fetch_arrivals(
    session: Session, actor: Actor, flt: ArrivalFilter = ArrivalFilter(), sort: ArrivalSort = ArrivalSort(),
    offset: int = 0, limit: int = 200, *, today: dt.date | None = None,
) -> list[ArrivalRow]:
    require(actor, Permission.PO_VIEW)
    check_page(offset, limit)
    today = today or settings.factory_today(session)
    late = late_expr(today)
    keys = {
        "expected_date": L.expected_date, "po_number": P.number, "supplier": S.code, "item": I.code,
        "open_qty": L.qty - L.received_qty, "late": late,
    }
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    stmt = (
        _base(flt, today)
        .with_only_columns(
            L.id, P.id, P.number, L.line_no, P.status, S.id, S.code, S.name, I.id, I.code, I.name,
            I.unit, L.qty, L.received_qty, L.expected_date, L.first_receipt_date,
            L.actual_arrival_date, late,
        )
        .order_by(ordered(keys[sort.key], sort.descending), L.expected_date, P.number, L.line_no)
        .offset(offset).limit(limit)
    )
    rows = []
    for r in session.execute(stmt):
        expected, arrived, is_late = r[14], r[16], bool(r[17])
        still_open = r[13] < r[12] and POStatus(r[4]) in OPEN_PO
        days = ((today if still_open or arrived is None else arrived) - expected).days if is_late else 0
        rows.append(ArrivalRow(
            line_id=r[0], po_id=r[1], po_number=r[2], line_no=r[3], po_status=POStatus(r[4]),
            supplier_id=r[5], supplier_code=r[6], supplier_name=r[7], item_id=r[8], item_code=r[9],
            item_name=r[10], unit=r[11], qty=r[12], received_qty=r[13], open_qty=r[12] - r[13],
            expected_date=expected, first_receipt_date=r[15], actual_arrival_date=arrived,
            late=is_late, days_late=max(0, days),
        ))
    return rows
