"""The in-app inbox (通知/待办) of one actor, with no Qt.

Three sources, each read with one query:

- notifications (通知) addressed to the actor's user id or to the actor's department
  (permissions.ROLE_DEPARTMENT: manager/admin → management, shop floor → production), read
  through the indexes on (recipient_user_id, read_at) and (recipient_department, read_at);
- open action items (待办) from the demand review meeting, owned by the actor or assigned
  to the actor's department;
- open custom-order review tasks (待办) on orders still in review: those of the actor's
  department when the actor's role answers for it (production, supply; not the shop floor),
  and those naming the actor as owner. A manager may answer any task but only sees those
  named to them; overdue ones reach management as review_overdue notifications.

Notifications are marked read; to-dos leave the inbox when they are done, never by being
read. A department notification has a single ``read_at`` (the table keeps no per-user
receipt): when one member marks it read it is read for the whole department.

``overdue`` means the deadline has passed and the thing is still waiting: for a to-do, it is
open; for a notification about a review task or an action item, that task/item is still
open; for any other notification with a deadline, it is unread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from sopdesk.models import (
    ActionItem,
    ActionStatus,
    AppUser,
    Customer,
    Department,
    Notification,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    SalesOrder,
)

from . import settings
from .errors import NotFound, PermissionDenied
from .permissions import Actor
from .review import ANSWER_PERMISSION, TASK_TABLE, utc_now

ACTION_TABLE = ActionItem.__tablename__
ORDER_TABLE = SalesOrder.__tablename__


class InboxSource(StrEnum):
    NOTIFICATION = "notification"  # 通知: can be marked read
    REVIEW_TASK = "review_task"  # 待办: an order review task to answer
    ACTION_ITEM = "action_item"  # 待办: a follow-up agreed in the demand review meeting


@dataclass(frozen=True)
class InboxItem:
    """One inbox line.

    ``id`` is the notification's, task's or action item's id according to ``source``;
    ``kind`` is the notification kind (e.g. review_requested, see review.NotificationKind)
    or the source name for to-dos. ``title`` and ``message`` are plain fallback texts: the
    UI should localize from ``kind``, ``order_number`` and ``department``. ``ref_table`` /
    ``ref_id`` point at the record to open. ``version`` is the task's or action item's
    version (what an answer from the inbox expects); None for notifications.
    """

    source: InboxSource
    id: uuid.UUID
    kind: str
    title: str
    message: str
    ref_table: str | None
    ref_id: uuid.UUID | None
    created_at: dt.datetime  # UTC
    due_at: dt.datetime | None  # UTC
    due_local: dt.datetime | None  # the factory's time zone
    overdue: bool
    read: bool  # always False for to-dos
    department: Department | None  # recipient department / the task's department
    order_id: uuid.UUID | None
    order_number: str | None
    version: int | None


def _addressed_to(actor: Actor):
    conds = [Notification.recipient_department == actor.department]
    if actor.user_id is not None:
        conds.append(Notification.recipient_user_id == actor.user_id)
    return or_(*conds)


def list_inbox(
    session: Session, actor: Actor, now: dt.datetime | None = None, include_read: bool = False,
    limit: int = 200,
) -> list[InboxItem]:
    """The actor's notifications (unread only unless ``include_read``; at most ``limit``)
    plus their open to-dos, newest first (by creation / assignment time). Everybody may read
    their own inbox: no permission is needed."""
    now = utc_now(now)
    tz = settings.factory_tz(session)
    items = (_notifications(session, actor, now, tz, include_read, limit)
             + _review_tasks(session, actor, now, tz) + _action_items(session, actor, now, tz))
    items.sort(key=lambda i: i.created_at, reverse=True)
    return items


def _local(value: dt.datetime | None, tz) -> dt.datetime | None:
    return value.astimezone(tz) if value is not None else None


def _notifications(session, actor, now, tz, include_read, limit) -> list[InboxItem]:
    N, T, A = Notification, OrderReviewTask, ActionItem
    stmt = (
        select(N, T.status, SalesOrder.id, SalesOrder.number, SalesOrder.status, A.status)
        .outerjoin(T, and_(N.ref_table == TASK_TABLE, T.id == N.ref_id))
        .outerjoin(SalesOrder, or_(SalesOrder.id == T.order_id,
                                   and_(N.ref_table == ORDER_TABLE, SalesOrder.id == N.ref_id)))
        .outerjoin(A, and_(N.ref_table == ACTION_TABLE, A.id == N.ref_id))
        .where(_addressed_to(actor))
        .order_by(N.created_at.desc(), N.id)
        .limit(limit)
    )
    if not include_read:
        stmt = stmt.where(N.read_at.is_(None))
    items = []
    for n, task_status, order_id, number, order_status, action_status in session.execute(stmt):
        if n.ref_table == TASK_TABLE and task_status is not None:
            waiting = task_status == ReviewTaskStatus.OPEN and order_status == OrderStatus.IN_REVIEW
        elif n.ref_table == ACTION_TABLE and action_status is not None:
            waiting = action_status == ActionStatus.OPEN
        else:
            waiting = n.read_at is None
        items.append(InboxItem(
            source=InboxSource.NOTIFICATION, id=n.id, kind=n.kind,
            title=f"{number} · {n.kind}" if number else n.kind, message=n.message,
            ref_table=n.ref_table, ref_id=n.ref_id, created_at=n.created_at, due_at=n.due_at,
            due_local=_local(n.due_at, tz), overdue=bool(n.due_at and waiting and n.due_at < now),
            read=n.read_at is not None, department=n.recipient_department, order_id=order_id,
            order_number=number, version=None,
        ))
    return items


def _review_tasks(session, actor, now, tz) -> list[InboxItem]:
    T = OrderReviewTask
    dept = actor.department  # a manager may answer any task, but only owns those named to them
    mine = [T.department == dept] if dept in ANSWER_PERMISSION and actor.can(ANSWER_PERMISSION[dept]) else []
    if actor.user_id is not None:
        mine.append(T.owner_id == actor.user_id)
    if not mine:
        return []
    owner = aliased(AppUser)
    stmt = (
        select(T.id, T.version, T.department, T.assigned_at, T.due_at, SalesOrder.id,
               SalesOrder.number, Customer.name, owner.display_name)
        .join(SalesOrder, SalesOrder.id == T.order_id)
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .outerjoin(owner, owner.id == T.owner_id)
        .where(T.status == ReviewTaskStatus.OPEN, SalesOrder.status == OrderStatus.IN_REVIEW,
               or_(*mine))
        .order_by(T.due_at)
    )
    items = []
    for tid, version, dept, assigned_at, due_at, order_id, number, customer, owner_name in (
        session.execute(stmt)
    ):
        question = ("can it be made, and in how many days?" if dept == Department.PRODUCTION
                    else "can the special materials be bought, and when do they arrive?")
        items.append(InboxItem(
            source=InboxSource.REVIEW_TASK, id=tid, kind=InboxSource.REVIEW_TASK.value,
            title=f"{number} · {dept.value} review",
            message=f"Order review {number} ({customer}): {question}"
                    + (f" Owner: {owner_name}." if owner_name else ""),
            ref_table=TASK_TABLE, ref_id=tid, created_at=assigned_at, due_at=due_at,
            due_local=_local(due_at, tz), overdue=due_at < now, read=False, department=dept,
            order_id=order_id, order_number=number, version=version,
        ))
    return items


def _action_items(session, actor, now, tz) -> list[InboxItem]:
    A = ActionItem
    mine = [A.department == actor.department]
    if actor.user_id is not None:
        mine.append(A.owner_id == actor.user_id)
    stmt = select(A).where(A.status == ActionStatus.OPEN, or_(*mine)).order_by(A.due_at)
    items = []
    for a in session.scalars(stmt):
        first_line = a.description.strip().splitlines()[0] if a.description.strip() else ""
        items.append(InboxItem(
            source=InboxSource.ACTION_ITEM, id=a.id, kind=InboxSource.ACTION_ITEM.value,
            title=first_line[:80], message=a.description, ref_table=ACTION_TABLE, ref_id=a.id,
            created_at=a.created_at, due_at=a.due_at, due_local=_local(a.due_at, tz),
            overdue=a.due_at < now, read=False, department=a.department, order_id=None,
            order_number=None, version=a.version,
        ))
    return items


def unread_count(session: Session, actor: Actor) -> int:
    """How many notifications addressed to the actor or their department are unread (the
    badge). To-dos are not counted: they are in list_inbox until done."""
    return session.scalar(
        select(func.count()).select_from(Notification)
        .where(_addressed_to(actor), Notification.read_at.is_(None))
    ) or 0


def mark_read(
    session: Session, actor: Actor, notification_id: uuid.UUID, now: dt.datetime | None = None
) -> bool:
    """Mark one notification read; True if it was unread, False if it already was.

    NotFound (field ``notification_id``); PermissionDenied if it is addressed neither to the
    actor nor to the actor's department. A department notification is read for the whole
    department.
    """
    now = utc_now(now)
    n = session.get(Notification, notification_id)
    if n is None:
        raise NotFound("no notification {notification_id}", field="notification_id", notification_id=notification_id)
    to_me = actor.user_id is not None and n.recipient_user_id == actor.user_id
    if not (to_me or n.recipient_department == actor.department):
        raise PermissionDenied("this notification is not addressed to you",
                               field="notification_id", role=actor.role.value)
    if n.read_at is not None:
        return False
    n.read_at = now
    session.flush()
    return True


def mark_all_read(session: Session, actor: Actor, now: dt.datetime | None = None) -> int:
    """Mark every unread notification of the actor and their department read; returns how
    many."""
    now = utc_now(now)
    result = session.execute(
        update(Notification).where(_addressed_to(actor), Notification.read_at.is_(None))
        .values(read_at=now).execution_options(synchronize_session="fetch")
    )
    return result.rowcount or 0


__all__ = ["InboxItem", "InboxSource", "list_inbox", "mark_all_read", "mark_read", "unread_count"]
