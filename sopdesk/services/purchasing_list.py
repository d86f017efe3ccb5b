"""The purchase order list (采购订单) of the Purchasing tab: searched and filtered in SQL,
late orders first, with each order's amount, next expected arrival and its supplier's
on-time arrival rate (原材料及时到货率, reports/supplier_kpi.py, the last twelve months);
and its export for File → Export (services.exports.FILTERED).

A line is open while its order is confirmed or partly received and it has something still
to come (qty - received - closed short); it is late when open and its expected date has
passed (today in the factory's time zone).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from sopdesk.models import Item, POStatus, PurchaseOrder, PurchaseOrderLine, Supplier

from . import settings
from .inventory_common import check_page, like_pattern
from .orders import line_amount
from .permissions import Actor, Permission, require

if TYPE_CHECKING:
    from .exports import Export

OPEN = (POStatus.CONFIRMED, POStatus.PARTIAL)  # goods still expected
L, P, S = PurchaseOrderLine, PurchaseOrder, Supplier  # noqa: E741
RATE_MONTHS = 12  # the supplier's on-time rate: the last twelve months up to today's
RATE = Decimal("0.0001")
ZERO_AMOUNT = Decimal("0.00")


@dataclass(frozen=True)
class POFilter:
    search: str = ""  # words, each matching the PO number, supplier code or name, or an item of a line
    supplier_id: uuid.UUID | None = None
    status: POStatus | None = None
    late_only: bool = False  # orders with a line past its expected date and still to come


@dataclass(frozen=True)
class SupplierRate:
    """A supplier's PO lines over the rate's months, as supplier_kpi counts them."""

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
class PORow:
    id: uuid.UUID
    number: str
    version: int
    status: POStatus
    order_date: dt.date
    supplier_id: uuid.UUID
    supplier_code: str
    supplier_name: str
    lines: int
    late_lines: int  # open lines whose expected date has passed
    next_expected: dt.date | None  # the earliest expected date of a line still to come
    amount: Decimal  # sum of the lines' qty x price, each rounded to the cent
    on_time_rate: Decimal | None  # the supplier's (None: no line counted yet, or a role without kpi.view)
    received_any: bool

    @property
    def late(self) -> bool:
        return self.late_lines > 0


def _line_open():
    return and_(P.status.in_(OPEN), L.received_qty + L.short_closed_qty < L.qty)


def _filtered(flt: POFilter, today: dt.date):
    late = func.sum(case((and_(_line_open(), L.expected_date < today), 1), else_=0))
    nxt = func.min(case((_line_open(), L.expected_date), else_=None))
    stmt = (
        select(P.id, P.number, P.version, P.status, P.order_date, S.id, S.code, S.name, func.count(L.id),
               late.label("late_lines"), nxt.label("next_expected"))
        .select_from(P).join(S, S.id == P.supplier_id).outerjoin(L, L.order_id == P.id)
        .group_by(P.id, P.number, P.version, P.status, P.order_date, S.id, S.code, S.name)
    )
    for token in (flt.search or "").split():
        pattern = like_pattern(token)
        in_lines = (select(L.order_id).join(Item, Item.id == L.item_id)
                    .where(or_(Item.code.ilike(pattern, escape="\\"), Item.name.ilike(pattern, escape="\\"))))
        stmt = stmt.where(or_(P.number.ilike(pattern, escape="\\"), S.code.ilike(pattern, escape="\\"),
                              S.name.ilike(pattern, escape="\\"), P.id.in_(in_lines)))
    if flt.supplier_id is not None:
        stmt = stmt.where(P.supplier_id == flt.supplier_id)
    if flt.status is not None:
        stmt = stmt.where(P.status == POStatus(flt.status))
    if flt.late_only:
        stmt = stmt.having(late > 0)
    return stmt.order_by(case((late > 0, 0), else_=1), nxt.asc().nulls_last(), P.number.desc())


def count_pos(session: Session, actor: Actor, flt: POFilter = POFilter(), *, today: dt.date | None = None) -> int:
    require(actor, Permission.PO_VIEW)
    stmt = _filtered(flt, today or settings.factory_today(session))
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def list_pos(
    session: Session, actor: Actor, flt: POFilter = POFilter(), offset: int = 0, limit: int = 500, *,
    today: dt.date | None = None,
) -> list[PORow]:
    """Purchase orders, late ones first, then by the next expected arrival (orders with
    nothing to come last), then newest number first."""
    require(actor, Permission.PO_VIEW)
    check_page(offset, limit)
    today = today or settings.factory_today(session)
    heads = session.execute(_filtered(flt, today).offset(offset).limit(limit)).all()
    return _rows(session, heads, supplier_rates(session, actor, today=today)) if heads else []


def _rows(session: Session, heads, rates: Mapping[uuid.UUID, SupplierRate]) -> list[PORow]:
    amounts: dict[uuid.UUID, Decimal] = {}
    received: set[uuid.UUID] = set()
    for order_id, qty, price, got in session.execute(
        select(L.order_id, L.qty, L.unit_price, L.received_qty).where(L.order_id.in_([h[0] for h in heads]))
    ):
        amounts[order_id] = amounts.get(order_id, ZERO_AMOUNT) + line_amount(qty, price)
        if got:
            received.add(order_id)
    out = []
    for h in heads:
        rate = rates.get(h[5])
        out.append(PORow(h[0], h[1], h[2], POStatus(h[3]), h[4], h[5], h[6], h[7], h[8], int(h[9] or 0),
                         _date(h[10]), amounts.get(h[0], ZERO_AMOUNT), rate.rate if rate else None,
                         h[0] in received))
    return out


def _date(value) -> dt.date | None:
    """min() of a DATE column comes back as text on SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def rate_months(today: dt.date):
    """The first and last month of the rate: the twelve months ending with today's."""
    from sopdesk.reports.periods import Month

    last = first = Month.of(today)
    for _ in range(RATE_MONTHS - 1):
        first = Month.of(first.first_day() - dt.timedelta(days=1))
    return first, last


def supplier_rates(session: Session, actor: Actor, *, today: dt.date | None = None,
                   supplier_id: uuid.UUID | None = None) -> dict[uuid.UUID, SupplierRate]:
    """Each supplier's on-time arrival over the last twelve months up to today's (the KPI's
    own counting: reports/supplier_kpi.supplier_on_time); empty for a role without kpi.view."""
    from sopdesk.reports.supplier_kpi import supplier_on_time

    if not actor.can(Permission.KPI_VIEW):
        return {}
    today = today or settings.factory_today(session)
    first, last = rate_months(today)
    counts: dict[uuid.UUID, list[int]] = {}
    for row in supplier_on_time(session, actor, first, last, supplier_id=supplier_id, today=today).rows:
        c = counts.setdefault(row.supplier_id, [0, 0, 0])
        c[0] += row.on_time
        c[1] += row.late
        c[2] += row.pending
    return {sid: SupplierRate(*c) for sid, c in counts.items()}


def supplier_rate(session: Session, actor: Actor, supplier_id: uuid.UUID, *,
                  today: dt.date | None = None) -> SupplierRate | None:
    """One supplier's rate (the Master data tab's info line); None without kpi.view."""
    if not actor.can(Permission.KPI_VIEW):
        return None
    return supplier_rates(session, actor, today=today, supplier_id=supplier_id).get(supplier_id, SupplierRate(0, 0, 0))


def filter_from(filters: Mapping[str, Any]) -> POFilter:
    """The list's filter from File → Export's keys: search, supplier_id, status, late_only."""
    sid = filters.get("supplier_id")
    status = filters.get("status")
    return POFilter(search=str(filters.get("search") or ""),
                    supplier_id=sid if isinstance(sid, uuid.UUID) else uuid.UUID(str(sid)) if sid else None,
                    status=POStatus(status) if status else None, late_only=bool(filters.get("late_only")))


def export_list(session: Session, actor: Actor, filters: Mapping[str, Any]) -> Export:
    """File → Export on the Purchasing tab: the lines of the orders listed (same filters,
    same order: late first), in the purchase-orders import layout so the file imports back.
    Filter keys: search, supplier_id, status, late_only; today (a date, for tests)."""
    from sopdesk.excel import columns_for

    from .exports import Export

    require(actor, Permission.PO_VIEW)
    today = filters.get("today") or settings.factory_today(session)
    order = {h[0]: n for n, h in enumerate(session.execute(_filtered(filter_from(filters), today)))}
    out = []
    if order:
        stmt = (select(P.id, P.number, L.line_no, S.code, S.name, P.order_date, Item.code, Item.name, Item.unit,
                       L.qty, L.unit_price, L.expected_date, P.status, L.received_qty, L.note)
                .join(P, P.id == L.order_id).join(S, S.id == P.supplier_id).join(Item, Item.id == L.item_id))
        ids = list(order)
        lines = []
        for start in range(0, len(ids), 500):  # IN lists of a bounded size
            lines += session.execute(stmt.where(P.id.in_(ids[start:start + 500]))).all()
        lines.sort(key=lambda r: (order[r[0]], r[2]))
        out = [(*r[1:11], line_amount(r[9], r[10]), r[11], r[12], r[13], r[14]) for r in lines]
    return Export("purchase-orders", columns_for("purchase-orders"), iter(out), len(out))
