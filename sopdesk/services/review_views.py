"""What the review screens read (订单评审): frozen views of a review, its tasks and status
history, and the list of open reviews. The workflow that changes them is review.py."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from sopdesk.models import (
    AppUser,
    Customer,
    Department,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    SalesOrder,
)

from . import orders, settings
from .errors import ValidationError
from .permissions import Actor, Permission, require
from .review_common import (
    REVIEW_DEPARTMENTS,
    load_order,
    utc_now,
)

# -- views --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewTaskView:
    """One department's part of a review. ``version`` is what ``answer`` expects."""

    id: uuid.UUID
    version: int
    order_id: uuid.UUID
    department: Department
    status: ReviewTaskStatus
    owner_id: uuid.UUID | None  # None: anyone in the department
    owner: str | None  # display name
    requested_by: str | None
    assigned_at: dt.datetime  # UTC
    due_at: dt.datetime  # UTC, absolute
    due_local: dt.datetime  # the same instant in the factory's time zone
    feasible: bool | None
    lead_days: int | None  # production
    material_arrival_date: dt.date | None  # supply
    comment: str | None
    answered_by_id: uuid.UUID | None
    answered_by: str | None
    answered_at: dt.datetime | None
    escalated_at: dt.datetime | None  # when management was told it is overdue
    overdue: bool  # still open (on an order in review) and past due_at
    time_left: dt.timedelta | None  # open tasks: due_at - now, negative when overdue
    answered_late: bool  # answered after due_at


@dataclass(frozen=True)
class StatusChangeView:
    changed_at: dt.datetime
    from_status: OrderStatus | None
    to_status: OrderStatus
    changed_by: str | None  # username
    note: str | None


@dataclass(frozen=True)
class ReviewView:
    """The whole review thread of one order, as seen at ``now``.

    ``tasks`` is the current round (not cancelled), production first; ``earlier_tasks`` the
    cancelled ones of earlier rounds. ``order_version`` is what confirm/withdraw expect.
    """

    order_id: uuid.UUID
    order_number: str
    order_version: int
    order_status: OrderStatus
    is_custom: bool
    customer_name: str
    order_date: dt.date
    requested_date: dt.date | None
    promised_date: dt.date | None
    salesperson_id: uuid.UUID | None
    salesperson: str | None
    requested_by: str | None  # who started the current round
    requested_at: dt.datetime | None
    tasks: tuple[ReviewTaskView, ...]
    earlier_tasks: tuple[ReviewTaskView, ...]
    history: tuple[StatusChangeView, ...]  # oldest first
    now: dt.datetime
    today: dt.date  # in the factory's time zone
    timezone: str

    def task(self, department: Department) -> ReviewTaskView | None:
        return next((t for t in self.tasks if t.department == department), None)

    @property
    def answered(self) -> bool:
        """Both departments have answered the current round."""
        return bool(self.tasks) and all(t.status == ReviewTaskStatus.ANSWERED for t in self.tasks)

    @property
    def feasible(self) -> bool | None:
        """None until both answered; then True only if both said feasible."""
        return all(t.feasible for t in self.tasks) if self.answered else None

    @property
    def overdue(self) -> bool:
        return any(t.overdue for t in self.tasks)

    @property
    def suggested_promise_date(self) -> dt.date | None:
        return suggested_promise_date(self)


@dataclass(frozen=True)
class OpenReviewRow:
    """One open task for the Review tab. ``time_left`` is negative when overdue."""

    task_id: uuid.UUID
    task_version: int
    order_id: uuid.UUID
    order_number: str
    customer_name: str
    salesperson: str | None
    department: Department
    owner_id: uuid.UUID | None
    owner: str | None
    requested_by: str | None
    assigned_at: dt.datetime
    due_at: dt.datetime
    due_local: dt.datetime
    time_left: dt.timedelta
    overdue: bool
    escalated_at: dt.datetime | None

    @property
    def overdue_by(self) -> dt.timedelta | None:
        return -self.time_left if self.overdue else None


# -- reading ------------------------------------------------------------------------------


def get_review(
    session: Session, actor: Actor, order_id: uuid.UUID, now: dt.datetime | None = None
) -> ReviewView:
    """The whole review thread of an order: who asked and when, each task with its owner,
    deadline, status, answer, who answered and when, overdue flags, and the order's status
    history (who, when). Needs ORDER_VIEW; NotFound field ``order_id``."""
    require(actor, Permission.ORDER_VIEW)
    return _build_view(session, actor, load_order(session, order_id), utc_now(now))


def open_reviews(
    session: Session, actor: Actor, now: dt.datetime | None = None,
    department: Department | str | None = None,
) -> list[OpenReviewRow]:
    """Open tasks of orders in review, for the Review tab: soonest deadline first (overdue
    ones lead), optionally one department's. One indexed query. Needs ORDER_VIEW."""
    require(actor, Permission.ORDER_VIEW)
    now = utc_now(now)
    T, SO = OrderReviewTask, SalesOrder
    owner, requester, salesperson = aliased(AppUser), aliased(AppUser), aliased(AppUser)
    stmt = (
        select(T.id, T.version, T.order_id, SO.number, Customer.name, salesperson.display_name,
               T.department, T.owner_id, owner.display_name, requester.display_name,
               T.assigned_at, T.due_at, T.escalated_at)
        .join(SO, SO.id == T.order_id)
        .join(Customer, Customer.id == SO.customer_id)
        .outerjoin(owner, owner.id == T.owner_id)
        .outerjoin(requester, requester.id == T.requested_by_id)
        .outerjoin(salesperson, salesperson.id == SO.salesperson_id)
        .where(T.status == ReviewTaskStatus.OPEN, SO.status == OrderStatus.IN_REVIEW)
        .order_by(T.due_at, SO.number, T.department)
    )
    if department is not None:
        try:
            stmt = stmt.where(T.department == Department(department))
        except ValueError:
            raise ValidationError("unknown department {department!r}", field="department", department=department) from None
    tz = settings.factory_tz(session)
    return [
        OpenReviewRow(
            task_id=r[0], task_version=r[1], order_id=r[2], order_number=r[3], customer_name=r[4],
            salesperson=r[5], department=r[6], owner_id=r[7], owner=r[8], requested_by=r[9],
            assigned_at=r[10], due_at=r[11], due_local=r[11].astimezone(tz),
            time_left=r[11] - now, overdue=r[11] < now, escalated_at=r[12],
        )
        for r in session.execute(stmt)
    ]


def _current_tasks(session: Session, order_id: uuid.UUID) -> list[OrderReviewTask]:
    return list(session.scalars(select(OrderReviewTask).where(
        OrderReviewTask.order_id == order_id, OrderReviewTask.status != ReviewTaskStatus.CANCELLED
    )))


def _build_view(session: Session, actor: Actor, order: SalesOrder, now: dt.datetime) -> ReviewView:
    tz = settings.factory_tz(session)
    tasks = list(session.scalars(
        select(OrderReviewTask).where(OrderReviewTask.order_id == order.id)
        .order_by(OrderReviewTask.assigned_at).execution_options(populate_existing=True)
    ))
    user_ids = {order.salesperson_id} | {
        uid for t in tasks for uid in (t.owner_id, t.requested_by_id, t.answered_by_id)
    }
    user_ids.discard(None)
    names = dict(session.execute(
        select(AppUser.id, AppUser.display_name).where(AppUser.id.in_(user_ids))
    ).all()) if user_ids else {}
    live = order.status == OrderStatus.IN_REVIEW
    rank = {d: n for n, d in enumerate(REVIEW_DEPARTMENTS)}

    def task_view(t: OrderReviewTask) -> ReviewTaskView:
        is_open = t.status == ReviewTaskStatus.OPEN and live
        return ReviewTaskView(
            id=t.id, version=t.version, order_id=t.order_id, department=t.department,
            status=t.status, owner_id=t.owner_id, owner=names.get(t.owner_id),
            requested_by=names.get(t.requested_by_id), assigned_at=t.assigned_at,
            due_at=t.due_at, due_local=t.due_at.astimezone(tz), feasible=t.feasible,
            lead_days=t.lead_days, material_arrival_date=t.material_arrival_date,
            comment=t.comment, answered_by_id=t.answered_by_id,
            answered_by=names.get(t.answered_by_id), answered_at=t.answered_at,
            escalated_at=t.escalated_at, overdue=is_open and t.due_at < now,
            time_left=(t.due_at - now) if is_open else None,
            answered_late=t.answered_at is not None and t.answered_at > t.due_at,
        )

    current = sorted((t for t in tasks if t.status != ReviewTaskStatus.CANCELLED),
                     key=lambda t: (rank.get(t.department, 9), t.assigned_at))
    earlier = [t for t in tasks if t.status == ReviewTaskStatus.CANCELLED]
    customer = session.get(Customer, order.customer_id)
    history = tuple(StatusChangeView(*row) for row in orders.status_history(session, actor, order.id))
    return ReviewView(
        order_id=order.id, order_number=order.number, order_version=order.version,
        order_status=order.status, is_custom=order.is_custom,
        customer_name=customer.name if customer else "", order_date=order.order_date,
        requested_date=order.requested_date, promised_date=order.promised_date,
        salesperson_id=order.salesperson_id, salesperson=names.get(order.salesperson_id),
        requested_by=names.get(current[0].requested_by_id) if current else None,
        requested_at=current[0].assigned_at if current else None,
        tasks=tuple(task_view(t) for t in current),
        earlier_tasks=tuple(task_view(t) for t in earlier),
        history=history, now=now, today=now.astimezone(tz).date(), timezone=tz.key,
    )

def suggested_promise_date(view: ReviewView, today: dt.date | None = None) -> dt.date | None:
    """The earliest delivery date both answers allow, or None until both answered feasible.

    Production starts on the later of the order date, ``today`` (default: ``view.today``, the
    factory's date when the view was read) and supply's material arrival date, and needs its
    ``lead_days`` calendar days from there: start + lead_days.
    """
    prod, sup = view.task(Department.PRODUCTION), view.task(Department.SUPPLY)
    if not (view.answered and view.feasible and prod and sup):
        return None
    start = max(view.order_date, today or view.today, sup.material_arrival_date or view.order_date)
    return start + dt.timedelta(days=prod.lead_days or 0)
