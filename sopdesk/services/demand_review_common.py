"""What the demand review services (demand_review*.py) share: months, the cycle's scope,
loading and locking a cycle, what may change in which status, exact quantities.

Months are the first day of the month (dt.date); as text "YYYY-MM".
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import CycleStatus, DemandReviewCycle, Item

from .errors import InvalidTransition, NotFound, ValidationError

MIN_MONTHS, MAX_MONTHS, DEFAULT_MONTHS = 3, 6, 3
QUANTUM = Decimal("0.0001")
# Inputs (forecast, materials, capacity) may change while collecting and in the meeting;
# the consensus only in the meeting.
INPUT_STATUSES = (CycleStatus.DRAFT, CycleStatus.MEETING)
STATUS_WORD = {  # the cycle's status as the CLI, the JSON and the docs call it
    CycleStatus.DRAFT: "collecting",
    CycleStatus.MEETING: "meeting",
    CycleStatus.AGREED: "agreed",
    CycleStatus.CLOSED: "closed",
}


def add_months(month: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months after `month`'s."""
    k = month.year * 12 + month.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    """The last day of `month`'s month."""
    return add_months(month, 1) - dt.timedelta(days=1)


def parse_month(text: str) -> dt.date:
    """"2027-02" → date(2027, 2, 1); ValidationError (field ``month``) otherwise."""
    try:
        year, month = str(text).strip().split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError
        return dt.date(int(year), int(month), 1)
    except ValueError:
        raise ValidationError("a month as YYYY-MM, e.g. 2027-02: {text}", field="month", text=text) from None


def month_text(month: dt.date) -> str:
    return f"{month:%Y-%m}"


def cycle_months(cycle: DemandReviewCycle) -> list[dt.date]:
    """The months in scope: the period and the next months - 1."""
    return [add_months(cycle.period, k) for k in range(cycle.months)]


def load_cycle(session: Session, cycle_id: uuid.UUID, *, lock: bool = False) -> DemandReviewCycle:
    """The cycle; with ``lock`` its row is locked (FOR UPDATE on PostgreSQL; SQLite writers
    are serialised anyway): every write of a cycle takes the cycle's lock first."""
    stmt = select(DemandReviewCycle).where(DemandReviewCycle.id == cycle_id)
    if lock:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    cycle = session.scalar(stmt)
    if cycle is None:
        raise NotFound("no demand review cycle {cycle_id}", field="cycle_id", cycle_id=cycle_id)
    return cycle


def cycle_for_month(session: Session, period: dt.date) -> DemandReviewCycle | None:
    return session.scalar(select(DemandReviewCycle).where(DemandReviewCycle.period == period))


def require_inputs_open(cycle: DemandReviewCycle) -> None:
    if cycle.status not in INPUT_STATUSES:
        raise InvalidTransition("the {month} review is {current}: its inputs can no longer change",
                                field="status", month=month_text(cycle.period),
                                current=STATUS_WORD[cycle.status])


def require_status(cycle: DemandReviewCycle, status: CycleStatus) -> None:
    if cycle.status != status:
        raise InvalidTransition("the {month} review is {current}, not {status}", field="status",
                                month=month_text(cycle.period), current=STATUS_WORD[cycle.status],
                                status=STATUS_WORD[status])


def changed(cycle: DemandReviewCycle) -> None:
    """An input or the consensus changed: the sign-offs of the earlier revision no longer
    hold (and the cycle's version moves, so a screen holding it sees the change)."""
    cycle.revision = (cycle.revision or 0) + 1


def scope_items(session: Session, cycle: DemandReviewCycle) -> list[Item]:
    """The products in scope, core products first, then by code: active core items
    (Item.is_core) by default; with ``all_products`` every active finished product and every
    active core item."""
    stmt = select(Item).where(Item.active.is_(True))
    if cycle.all_products:
        from sopdesk.models import ItemKind

        stmt = stmt.where((Item.kind == ItemKind.FINISHED) | Item.is_core.is_(True))
    else:
        stmt = stmt.where(Item.is_core.is_(True))
    return list(session.scalars(stmt.order_by(Item.is_core.desc(), Item.code)))


def exact_qty(value, field: str, *, allow_none: bool = False, **where) -> Decimal | None:
    """A quantity of 0 or more with at most 4 decimal places (ValidationError on ``field``;
    ``where`` names the cell, e.g. item=..., month=...)."""
    if value is None and allow_none:
        return None
    if isinstance(value, bool | float):
        raise ValidationError("not an exact quantity: {value}", field=field, value=value, **where)
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError("not a number: {value}", field=field, value=value, **where) from None
    if not d.is_finite() or d < 0:
        raise ValidationError("a quantity of 0 or more: {value}", field=field, value=value, **where)
    if d != d.quantize(QUANTUM):
        raise ValidationError("at most 4 decimal places: {value}", field=field, value=value, **where)
    return d.quantize(QUANTUM)


def qty_text(value: Decimal | None) -> str | None:
    """An exact decimal as plain text without trailing zeros (900, 12.5); None stays None."""
    if value is None:
        return None
    return format(value.normalize(), "f") if value else "0"


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None
