"""What the review workflow (review.py) and its views (review_views.py) share: the
departments that answer, notification kinds, loading and notifying helpers."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sopdesk.models import (
    Department,
    Notification,
    OrderReviewTask,
    OrderStatus,
    SalesOrder,
)

from .errors import InvalidTransition, NotFound
from .permissions import Permission

REVIEW_DEPARTMENTS: tuple[Department, ...] = (Department.PRODUCTION, Department.SUPPLY)
# Which permission answers which department's task (a manager holds both).
ANSWER_PERMISSION: dict[Department, Permission] = {
    Department.PRODUCTION: Permission.REVIEW_ANSWER_PRODUCTION,
    Department.SUPPLY: Permission.REVIEW_ANSWER_SUPPLY,
}
TASK_TABLE = OrderReviewTask.__tablename__
MAX_LEAD_DAYS = 3650


class NotificationKind(StrEnum):
    """``Notification.kind`` values written here; every one refers to a review task
    (ref_table ``order_review_task``). The stored message is a plain fallback: the UI should
    build its own localized sentence from the kind, order number and department."""

    REVIEW_REQUESTED = "review_requested"  # to the task's department (and an outside owner)
    REVIEW_ANSWERED = "review_answered"  # to the salesperson and the other department
    REVIEW_OVERDUE = "review_overdue"  # to management
    REVIEW_CONFIRMED = "review_confirmed"  # to both departments: schedule / buy
    REVIEW_WITHDRAWN = "review_withdrawn"  # to both departments: stop working on it


# -- helpers ------------------------------------------------------------------------------


def utc_now(now: dt.datetime | None = None) -> dt.datetime:
    """``now`` in UTC (the current time when None); a naive datetime is a programming error."""
    if now is None:
        return dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware `now`")
    return now.astimezone(dt.UTC)


def load_order(session: Session, order_id: uuid.UUID, *, lock: bool = False, row_lock: bool = True) -> SalesOrder:
    """The order; with ``lock`` every write of a review takes the order's review lock first,
    so an answer and a confirm of the same order cannot interleave (SQLite writers are
    serialised anyway). On PostgreSQL that lock is a transaction advisory lock on the order
    id — production's and supply's logins may not lock sales_order rows (FOR UPDATE needs
    UPDATE on it), yet they answer — and, with ``row_lock`` (callers who may edit the order),
    also the row FOR UPDATE, against order edits that do not take the review lock."""
    stmt = select(SalesOrder).where(SalesOrder.id == order_id)
    if lock:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
                            {"key": f"order-review:{order_id}"})
            if row_lock:
                stmt = stmt.with_for_update()
        stmt = stmt.execution_options(populate_existing=True)
    order = session.scalar(stmt)
    if order is None:
        raise NotFound("no sales order {order_id}", field="order_id", order_id=order_id)
    return order


def load_task(session: Session, task_id: uuid.UUID) -> OrderReviewTask:
    task = session.get(OrderReviewTask, task_id)
    if task is None:
        raise NotFound("no review task {task_id}", field="task_id", task_id=task_id)
    return task


def notify(
    session: Session, now: dt.datetime, kind: NotificationKind, task: OrderReviewTask,
    message: str, *, department: Department | None = None, user_id: uuid.UUID | None = None,
    due_at: dt.datetime | None = None,
) -> None:
    session.add(Notification(
        created_at=now, recipient_user_id=user_id, recipient_department=department,
        kind=kind.value, ref_table=TASK_TABLE, ref_id=task.id, message=message, due_at=due_at,
    ))


def close_requests(session: Session, task_ids: list[uuid.UUID], now: dt.datetime) -> None:
    """The department's "please review" notifications are dealt with: mark them read."""
    if not task_ids:
        return
    for note in session.scalars(select(Notification).where(
        Notification.ref_table == TASK_TABLE, Notification.ref_id.in_(task_ids),
        Notification.kind == NotificationKind.REVIEW_REQUESTED.value, Notification.read_at.is_(None),
    )):
        note.read_at = now


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def require_review_order(order: SalesOrder, status: OrderStatus) -> None:
    if not order.is_custom:
        raise InvalidTransition(
            "only custom orders go through the order review", field="is_custom",
            current=order.status.value,
        )
    if order.status != status:
        raise InvalidTransition(
            "the order is {current}, not {status}", field="status",
            current=order.status.value, status=status.value,
        )


