"""Custom-order review (订单评审): the closed loop of PRACTICES §3, with no Qt.

One review round of a custom order:

    start_review      sales: order draft → in_review; one open task for production and one
                      for supply, each with an owner (or the whole department) and a deadline;
                      both departments are notified.
    answer            production: feasible? how many days to make it.  supply: feasible? when
                      do the special materials arrive.  Sales and the other department are
                      notified at once.
    confirm           sales: the date agreed with the customer becomes the promised date and
                      the order moves in_review → confirmed; both departments are notified so
                      production schedules it and supply follows the purchase.
    withdraw          sales: in_review → draft (change the order, then start again) or
                      → cancelled; open tasks are cancelled.
    escalate_overdue  system job: open tasks past their deadline are reported to management.

Rules worth knowing:

- Every function returns frozen dataclasses (ReviewView, OpenReviewRow), never ORM objects.
- Services never commit; the caller's ``Database.write(actor)`` block owns the transaction.
- All times are timezone-aware UTC. ``now`` may be passed (tests, the periodic job); a naive
  datetime raises ValueError. The deadline is an absolute instant: ``review.due_hours``
  (setting, default 24) is counted as *elapsed* hours from the request, whatever the wall
  clock does (a DST change does not move it). Views also give it in the factory's time zone
  (``due_local``).
- Only tasks of an order that is still ``in_review`` are live: they alone show as open, in
  the inbox, or get escalated. A task left open on an order moved back by other means is
  ignored and is cancelled when the review is started again.
- Re-starting the review (after a withdraw to draft) cancels *every* task of the earlier
  round, answered ones included: the order may have changed while it was a draft, so those
  answers no longer hold. They stay readable in ``ReviewView.earlier_tasks``.
- An answered task is not answered again by accident: ``answer`` refuses it unless called
  with ``revise=True`` (an explicit correction, allowed while the order is still in review).
- Confirming needs both answers, both *feasible*, and a promised date no earlier than
  ``suggested_promise_date``. When an answer is "not feasible", sales either agrees a change
  with the department (which revises its answer), or withdraws the order to draft (change
  quantity/date, then start a new review), or cancels it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.models import (
    AppUser,
    Customer,
    Department,
    Notification,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    SalesOrder,
)

from . import orders, settings
from .conflicts import conflict_error
from .errors import InvalidTransition, ValidationError
from .permissions import ROLE_DEPARTMENT, ROLE_PERMISSIONS, Actor, Permission, require
from .review_common import (  # noqa: F401 - the review API callers use
    ANSWER_PERMISSION,
    MAX_LEAD_DAYS,
    REVIEW_DEPARTMENTS,
    TASK_TABLE,
    NotificationKind,
    clean,
    close_requests,
    load_order,
    load_task,
    notify,
    require_review_order,
    utc_now,
)
from .review_views import (  # noqa: F401 - the review API callers use
    OpenReviewRow,
    ReviewTaskView,
    ReviewView,
    StatusChangeView,
    _build_view,
    _current_tasks,
    get_review,
    open_reviews,
    suggested_promise_date,
)

# -- starting -----------------------------------------------------------------------------


def start_review(
    session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int,
    now: dt.datetime | None = None, *, production_owner_id: uuid.UUID | None = None,
    supply_owner_id: uuid.UUID | None = None, note: str | None = None,
) -> ReviewView:
    """Sales starts the review of a custom draft order (PRACTICES §3 step 1).

    Moves the order draft → in_review (orders.change_status, recorded in its history with
    ``note``), cancels any task of an earlier round, creates one open task for production
    and one for supply, due ``review.due_hours`` elapsed hours after ``now``, and notifies
    each department (kind review_requested, due_at = the task's deadline). An owner, when
    given, must be an active user who may answer that department's task; None leaves it to
    the whole department. An owner outside the department is also notified personally.

    Raises PermissionDenied (needs ORDER_EDIT), NotFound, ConflictError (stale
    ``expected_version``), InvalidTransition (field ``is_custom``: not a custom order;
    field ``status``: not a draft), ValidationError (field ``production_owner_id`` /
    ``supply_owner_id``).
    """
    require(actor, Permission.ORDER_EDIT)
    now = utc_now(now)
    order = load_order(session, order_id, lock=True)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    require_review_order(order, OrderStatus.DRAFT)
    owners = {Department.PRODUCTION: production_owner_id, Department.SUPPLY: supply_owner_id}
    owner_users = {d: _check_owner(session, d, uid) for d, uid in owners.items()}

    orders.change_status(session, actor, order.id, expected_version, OrderStatus.IN_REVIEW, note)

    earlier = list(session.scalars(select(OrderReviewTask).where(
        OrderReviewTask.order_id == order.id, OrderReviewTask.status != ReviewTaskStatus.CANCELLED
    )))
    for old in earlier:
        old.status = ReviewTaskStatus.CANCELLED
    close_requests(session, [t.id for t in earlier], now)

    due_at = now + dt.timedelta(hours=int(settings.get(session, "review.due_hours")))
    due_local = due_at.astimezone(settings.factory_tz(session))
    customer = session.get(Customer, order.customer_id)
    tasks = []
    for dept in REVIEW_DEPARTMENTS:
        task = OrderReviewTask(
            id=uuid.uuid4(), order_id=order.id, department=dept, requested_by_id=actor.user_id,
            owner_id=owners[dept], assigned_at=now, due_at=due_at, status=ReviewTaskStatus.OPEN,
        )
        session.add(task)
        tasks.append(task)
    session.flush()
    for task in tasks:
        question = ("can it be made, and in how many days?" if task.department == Department.PRODUCTION
                    else "can the special materials be bought, and when do they arrive?")
        message = (f"Order review {order.number} ({customer.name if customer else ''}): "
                   f"{question} Answer by {due_local:%Y-%m-%d %H:%M}.")
        notify(session, now, NotificationKind.REVIEW_REQUESTED, task, message,
                department=task.department, due_at=due_at)
        owner = owner_users[task.department]
        if owner is not None and ROLE_DEPARTMENT[owner.role] != task.department:
            notify(session, now, NotificationKind.REVIEW_REQUESTED, task, message,
                    user_id=owner.id, due_at=due_at)
    session.flush()
    return _build_view(session, actor, order, now)


def _check_owner(session: Session, dept: Department, user_id: uuid.UUID | None) -> AppUser | None:
    if user_id is None:
        return None
    field = f"{dept.value}_owner_id"
    user = session.get(AppUser, user_id)
    if user is None or not user.active:
        raise ValidationError("choose an active user", field=field)
    if ANSWER_PERMISSION[dept] not in ROLE_PERMISSIONS[user.role]:
        raise ValidationError(
            "{username} ({role}) cannot answer the {dept} review",
            field=field, username=user.username, role=user.role.value, dept=dept.value,
        )
    return user


# -- answering ----------------------------------------------------------------------------


def answer(
    session: Session, actor: Actor, task_id: uuid.UUID, expected_version: int, feasible: bool,
    lead_days: int | None = None, material_arrival_date: dt.date | None = None,
    comment: str | None = None, now: dt.datetime | None = None, *, revise: bool = False,
) -> ReviewView:
    """A department answers its review task (PRACTICES §3 steps 2 and 3).

    Production: ``feasible`` and, when feasible, ``lead_days`` (calendar days to make it,
    counted from the day the material is there). Supply: ``feasible`` and, when feasible,
    ``material_arrival_date``. A "not feasible" answer needs a ``comment`` saying why.
    Production may not send a material date, nor supply lead days.

    Who: the production role answers production tasks, the supply role supply tasks, a
    manager (or admin) either; anyone holding the department's permission may answer, not
    only the task's owner (a colleague covers an absence). Others: PermissionDenied.

    An answered task is refused (InvalidTransition, field ``status``) unless ``revise=True``,
    an explicit correction allowed while the order is in review. A stale
    ``expected_version`` (someone answered or changed it since you loaded it) raises
    ConflictError. Sales (the order's salesperson, else the sales department) and the other
    department are notified (review_answered); the department's request notification is
    marked read.
    """
    now = utc_now(now)
    task = load_task(session, task_id)
    require(actor, ANSWER_PERMISSION[task.department])
    order = load_order(session, task.order_id, lock=True, row_lock=actor.can(Permission.ORDER_EDIT))
    session.refresh(task)  # as committed by whoever held the order's lock before us
    if task.version != expected_version:
        raise conflict_error(session, task, expected_version)
    if task.status == ReviewTaskStatus.CANCELLED:
        raise InvalidTransition("this review task was cancelled", field="status",
                                current=task.status.value)
    if task.status == ReviewTaskStatus.ANSWERED and not revise:
        raise InvalidTransition("this review task is already answered; revise it explicitly",
                                field="status", current=task.status.value)
    if order.status != OrderStatus.IN_REVIEW:
        raise InvalidTransition("the order is {current}, no longer in review",
                                field="status", current=order.status.value)
    comment = clean(comment)
    _validate_answer(task.department, feasible, lead_days, material_arrival_date, comment, order)
    revised = task.status == ReviewTaskStatus.ANSWERED

    task.status = ReviewTaskStatus.ANSWERED
    task.feasible = feasible
    task.lead_days = lead_days
    task.material_arrival_date = material_arrival_date
    task.comment = comment
    task.answered_by_id = actor.user_id
    task.answered_at = now
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict

    close_requests(session, [task.id], now)
    verdict = "feasible" if feasible else "NOT feasible"
    detail = (f", {lead_days} days to make" if lead_days is not None else "") + (
        f", material arrives {material_arrival_date:%Y-%m-%d}" if material_arrival_date else "")
    message = (f"Order review {order.number}: {task.department.value} "
               f"{'revised its answer' if revised else 'answered'}: {verdict}{detail}."
               + (f" {comment}" if comment else ""))
    if order.salesperson_id is not None:
        notify(session, now, NotificationKind.REVIEW_ANSWERED, task, message,
                user_id=order.salesperson_id)
    else:
        notify(session, now, NotificationKind.REVIEW_ANSWERED, task, message,
                department=Department.SALES)
    for other in REVIEW_DEPARTMENTS:
        if other != task.department:
            notify(session, now, NotificationKind.REVIEW_ANSWERED, task, message, department=other)
    session.flush()
    return _build_view(session, actor, order, now)


def _validate_answer(
    dept: Department, feasible, lead_days, arrival, comment: str | None, order: SalesOrder
) -> None:
    if not isinstance(feasible, bool):
        raise ValidationError("answer yes or no", field="feasible")
    if dept == Department.PRODUCTION:
        if arrival is not None:
            raise ValidationError("supply answers the material arrival date",
                                  field="material_arrival_date")
        if lead_days is None and feasible:
            raise ValidationError("how many days does it take to make?", field="lead_days")
        if lead_days is not None and (
            isinstance(lead_days, bool) or not isinstance(lead_days, int)
            or not 0 <= lead_days <= MAX_LEAD_DAYS
        ):
            raise ValidationError("a whole number of days from 0 to {MAX_LEAD_DAYS}",
                                  field="lead_days", MAX_LEAD_DAYS=MAX_LEAD_DAYS)
    else:
        if lead_days is not None:
            raise ValidationError("production answers the lead time", field="lead_days")
        if arrival is None and feasible:
            raise ValidationError("when does the material arrive?",
                                  field="material_arrival_date")
        if arrival is not None and (
            isinstance(arrival, dt.datetime) or not isinstance(arrival, dt.date)
        ):
            raise ValidationError("a date", field="material_arrival_date")
        if arrival is not None and arrival < order.order_date:
            raise ValidationError("cannot be before the order date", field="material_arrival_date")
    if not feasible and comment is None:
        raise ValidationError("say why it is not feasible", field="comment")



# -- closing ------------------------------------------------------------------------------


def confirm(
    session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int,
    promised_date: dt.date, note: str | None = None, now: dt.datetime | None = None,
) -> ReviewView:
    """Sales confirms the delivery date agreed with the customer (PRACTICES §3 step 4).

    Sets the order's ``promised_date`` and moves it in_review → confirmed through
    orders.change_status (history note ``note``), then notifies production and supply
    (review_confirmed) so they schedule and buy.

    Refused, leaving the order in review: InvalidTransition field ``status`` (not in review,
    or production and supply have not both answered; details ``waiting``), field
    ``feasible`` (an answer is "not feasible": revise it, or ``withdraw`` to draft or
    cancelled), field ``is_custom`` (a standard order: use orders.change_status);
    ValidationError field ``promised_date`` (missing, or earlier than
    ``suggested_promise_date``; details ``suggested``); ConflictError (stale version);
    PermissionDenied (needs ORDER_EDIT).
    """
    require(actor, Permission.ORDER_EDIT)
    now = utc_now(now)
    order = load_order(session, order_id, lock=True)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    require_review_order(order, OrderStatus.IN_REVIEW)
    view = _build_view(session, actor, order, now)
    if not view.answered:
        waiting = [t.department.value for t in view.tasks if t.status != ReviewTaskStatus.ANSWERED]
        raise InvalidTransition("production and supply have not both answered the review yet",
                                field="status", current=order.status.value, waiting=waiting)
    if not view.feasible:
        refused = [t.department.value for t in view.tasks if not t.feasible]
        raise InvalidTransition("an answer says the order is not feasible", field="feasible",
                                current=order.status.value, departments=refused)
    if not isinstance(promised_date, dt.date) or isinstance(promised_date, dt.datetime):
        raise ValidationError("enter the delivery date agreed with the customer",
                              field="promised_date")
    suggested = suggested_promise_date(view)
    if suggested is not None and promised_date < suggested:
        raise ValidationError(
            "production and supply allow {suggested:%Y-%m-%d} at the earliest",
            field="promised_date", suggested=suggested,
        )
    order.promised_date = promised_date
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    orders.change_status(session, actor, order.id, order.version, OrderStatus.CONFIRMED, note)

    for task in _current_tasks(session, order.id):
        notify(session, now, NotificationKind.REVIEW_CONFIRMED, task,
                f"Order {order.number} confirmed for {promised_date:%Y-%m-%d}: "
                + ("schedule production." if task.department == Department.PRODUCTION
                   else "follow the material purchase."),
                department=task.department)
    session.flush()
    return _build_view(session, actor, order, now)


def withdraw(
    session: Session, actor: Actor, order_id: uuid.UUID, expected_version: int,
    target: OrderStatus = OrderStatus.DRAFT, note: str | None = None,
    now: dt.datetime | None = None,
) -> ReviewView:
    """Sales takes the order out of review: back to ``draft`` (to change it and start a new
    review) or ``cancelled``. Open tasks are cancelled and both departments are notified
    (review_withdrawn); answered tasks keep their answers until a new round replaces them.

    Raises ValidationError field ``target`` (neither draft nor cancelled), InvalidTransition
    (not a custom order in review), ConflictError, PermissionDenied (needs ORDER_EDIT).
    """
    require(actor, Permission.ORDER_EDIT)
    now = utc_now(now)
    if target not in (OrderStatus.DRAFT, OrderStatus.CANCELLED):
        raise ValidationError("back to draft, or cancelled", field="target")
    order = load_order(session, order_id, lock=True)
    if order.version != expected_version:
        raise conflict_error(session, order, expected_version)
    require_review_order(order, OrderStatus.IN_REVIEW)
    orders.change_status(session, actor, order.id, expected_version, OrderStatus(target), note)
    current = _current_tasks(session, order.id)
    open_tasks = [t for t in current if t.status == ReviewTaskStatus.OPEN]
    for task in open_tasks:
        task.status = ReviewTaskStatus.CANCELLED
    close_requests(session, [t.id for t in open_tasks], now)
    for task in current:
        notify(session, now, NotificationKind.REVIEW_WITHDRAWN, task,
                f"Order review {order.number} withdrawn ({OrderStatus(target).value}).",
                department=task.department)
    session.flush()
    return _build_view(session, actor, order, now)


def escalate_overdue(session: Session, now: dt.datetime | None = None) -> int:
    """Report every live review task that is past due to management, once.

    A system job: the app calls it periodically and any PC may run it, so it takes no actor
    and checks no permission (it only stamps deadlines that have already passed and writes
    notifications; it reveals nothing). For each open task of an order in review with
    ``due_at < now`` and ``escalated_at`` NULL it sets ``escalated_at = now`` and notifies
    the management department (review_overdue, due_at = the task's deadline). Returns how
    many tasks it escalated; running it again returns 0.

    The stamp is one conditional UPDATE ... RETURNING, so two PCs running the job at once
    still escalate each task once. It deliberately does not bump the task's version: a
    department user holding the task open can still save the answer.
    """
    now = utc_now(now)
    T = OrderReviewTask
    stamped = session.execute(
        update(T)
        .where(T.status == ReviewTaskStatus.OPEN, T.escalated_at.is_(None), T.due_at < now,
               T.order_id.in_(select(SalesOrder.id).where(SalesOrder.status == OrderStatus.IN_REVIEW)))
        .values(escalated_at=now)
        .returning(T.id, T.order_id, T.department, T.due_at)
        .execution_options(synchronize_session=False)
    ).all()
    if not stamped:
        return 0
    numbers = dict(session.execute(
        select(SalesOrder.id, SalesOrder.number).where(SalesOrder.id.in_({r.order_id for r in stamped}))
    ).all())
    for row in sorted(stamped, key=lambda r: (r.due_at, numbers[r.order_id], r.department)):
        late = now - row.due_at
        hours = int(late.total_seconds() // 3600)
        session.add(Notification(
            created_at=now, recipient_department=Department.MANAGEMENT,
            kind=NotificationKind.REVIEW_OVERDUE.value, ref_table=TASK_TABLE, ref_id=row.id,
            message=(f"Order review {numbers[row.order_id]}: {row.department.value} has not "
                     f"answered; overdue by {hours} h."),
            due_at=row.due_at,
        ))
    session.flush()
    # Objects already loaded in this session would not see the stamp otherwise.
    for obj in [o for o in session.identity_map.values() if isinstance(o, OrderReviewTask)]:
        session.expire(obj, ["escalated_at", "updated_at"])
    return len(stamped)


__all__ = [
    "ANSWER_PERMISSION", "REVIEW_DEPARTMENTS", "TASK_TABLE", "NotificationKind", "OpenReviewRow",
    "ReviewTaskView", "ReviewView", "StatusChangeView", "answer", "confirm", "escalate_overdue",
    "get_review", "open_reviews", "start_review", "suggested_promise_date", "utc_now", "withdraw",
]
