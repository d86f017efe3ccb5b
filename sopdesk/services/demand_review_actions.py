"""Action items of the demand review (PRACTICES §1 and §3's closed loop): each follow-up has
an owner (a user, or the whole department) and a deadline, and lives in the inbox
(services/inbox.py lists open action items) until it is done or cancelled with a result.
The departments' submission tasks are action items too (kind "submission",
demand_review.open_cycle / submit). No Qt.

    add_action        manager (DEMAND_AGREE), in the meeting or once agreed: a follow-up
                      (sales talks to key customers, supply locks materials, production
                      schedules) for a department and optionally a named owner.
    close_action      the owner, a member of its department who may submit for it, or a
                      manager: done or cancelled, with a result (required).
    escalate_overdue  system job: every open action item past its deadline is reported to
                      management once (notification kind demand_action_overdue).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.models import ActionItem, ActionStatus, AppUser, CycleStatus, Department, Notification

from .conflicts import conflict_error
from .demand_review_common import STATUS_WORD, clean, load_cycle, month_text
from .errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from .permissions import ROLE_DEPARTMENT, Actor, Permission, require
from .review_common import utc_now

ACTION_TABLE = ActionItem.__tablename__
OVERDUE_KIND = "demand_action_overdue"
KINDS = ("submission", "follow_up")
# who, besides a manager, may close a department's item
DEPARTMENT_PERMISSION: dict[Department, Permission] = {
    Department.SALES: Permission.DEMAND_SUBMIT_SALES,
    Department.PRODUCTION: Permission.DEMAND_SUBMIT_PRODUCTION,
    Department.SUPPLY: Permission.DEMAND_SUBMIT_SUPPLY,
    Department.MANAGEMENT: Permission.DEMAND_AGREE,
}


@dataclass(frozen=True)
class ActionView:
    id: uuid.UUID
    version: int
    cycle_id: uuid.UUID | None
    kind: str  # submission | follow_up
    department: Department
    owner_id: uuid.UUID | None
    owner_name: str | None
    description: str
    due_at: dt.datetime  # UTC
    status: ActionStatus
    done_at: dt.datetime | None
    done_by_name: str | None
    result: str | None
    overdue: bool  # open and past its deadline
    escalated_at: dt.datetime | None


def _view(a: ActionItem, names: dict, now: dt.datetime) -> ActionView:
    return ActionView(a.id, a.version, a.cycle_id, a.kind, a.department, a.owner_id, names.get(a.owner_id),
                      a.description, a.due_at, a.status, a.done_at, names.get(a.done_by_id), a.result,
                      a.status == ActionStatus.OPEN and a.due_at < now, a.escalated_at)


def _names(session: Session, actions) -> dict:
    ids = {i for a in actions for i in (a.owner_id, a.done_by_id) if i is not None}
    return {} if not ids else {u.id: u.display_name or u.username for u in
                               session.scalars(select(AppUser).where(AppUser.id.in_(ids)))}


def list_actions(
    session: Session, actor: Actor, cycle_id: uuid.UUID, now: dt.datetime | None = None, *,
    kind: str | None = None,
) -> list[ActionView]:
    """The cycle's action items (of ``kind`` when given), by deadline (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    now = utc_now(now)
    stmt = select(ActionItem).where(ActionItem.cycle_id == cycle_id)
    if kind is not None:
        stmt = stmt.where(ActionItem.kind == kind)
    rows = list(session.scalars(stmt.order_by(ActionItem.due_at, ActionItem.department)))
    names = _names(session, rows)
    return [_view(a, names, now) for a in rows]


def add_action(
    session: Session, actor: Actor, cycle_id: uuid.UUID, department: Department, description: str,
    due_at: dt.datetime, owner_id: uuid.UUID | None = None, now: dt.datetime | None = None,
) -> ActionView:
    """A follow-up agreed in the meeting (DEMAND_AGREE; the cycle in the meeting or agreed:
    InvalidTransition otherwise). ValidationError: ``description`` (empty), ``due_at`` (not
    an aware datetime, or before ``now``), ``owner_id`` (not an active user)."""
    require(actor, Permission.DEMAND_AGREE)
    now = utc_now(now)
    cycle = load_cycle(session, cycle_id, lock=True)
    if cycle.status not in (CycleStatus.MEETING, CycleStatus.AGREED):
        raise InvalidTransition("the {month} review is {current}: follow-ups are agreed in the meeting",
                                field="status", month=month_text(cycle.period), current=STATUS_WORD[cycle.status])
    department = Department(department)
    text = clean(description)
    if text is None:
        raise ValidationError("say what is to be done", field="description")
    if not isinstance(due_at, dt.datetime) or due_at.tzinfo is None:
        raise ValidationError("a deadline with a date and time", field="due_at")
    if due_at < now:
        raise ValidationError("the deadline has passed already", field="due_at")
    if owner_id is not None:
        user = session.get(AppUser, owner_id)
        if user is None or not user.active:
            raise ValidationError("choose an active user", field="owner_id")
    a = ActionItem(id=uuid.uuid4(), cycle_id=cycle.id, department=department, owner_id=owner_id,
                   description=text, due_at=due_at.astimezone(dt.UTC), status=ActionStatus.OPEN, kind="follow_up")
    session.add(a)
    session.flush()
    return _view(a, _names(session, [a]), now)


def close_action(
    session: Session, actor: Actor, action_id: uuid.UUID, expected_version: int, status: ActionStatus,
    result: str, now: dt.datetime | None = None,
) -> ActionView:
    """Close an open follow-up as done or cancelled, with a result (ValidationError field
    ``result`` when empty, field ``status`` for another status). Who: its owner, anyone
    with its department's demand permission, or a manager (PermissionDenied otherwise).
    A submission task is closed by demand_review.submit instead (InvalidTransition field
    ``kind``). ConflictError on a stale version; InvalidTransition when it is closed."""
    now = utc_now(now)
    a = session.get(ActionItem, action_id)
    if a is None:
        raise NotFound("no action item {action_id}", field="action_id", action_id=action_id)
    mine = actor.user_id is not None and a.owner_id == actor.user_id
    dept_ok = ROLE_DEPARTMENT[actor.role] == a.department and actor.can(DEPARTMENT_PERMISSION[a.department])
    if not (mine or dept_ok or actor.can(Permission.DEMAND_AGREE)):
        raise PermissionDenied("role {role} may not close this action item", role=actor.role.value)
    if a.version != expected_version:
        raise conflict_error(session, a, expected_version)
    if a.kind == "submission":
        raise InvalidTransition("a submission task is done when the department submits", field="kind",
                                current=a.status.value)
    if a.status != ActionStatus.OPEN:
        raise InvalidTransition("this action item is {current} already", field="status", current=a.status.value)
    status = ActionStatus(status)
    if status not in (ActionStatus.DONE, ActionStatus.CANCELLED):
        raise ValidationError("done or cancelled", field="status")
    text = clean(result)
    if text is None:
        raise ValidationError("say what came of it", field="result")
    a.status, a.result, a.done_at, a.done_by_id = status, text, now, actor.user_id
    session.flush()
    return _view(a, _names(session, [a]), now)


def escalate_overdue(session: Session, now: dt.datetime | None = None) -> int:
    """Report every open action item of the demand review past its deadline to management,
    once (a system job, as review.escalate_overdue: no actor, any PC; one conditional UPDATE
    … RETURNING stamps escalated_at, so two PCs at once escalate each item once; the
    version is not bumped). Returns how many it escalated."""
    now = utc_now(now)
    A = ActionItem
    stamped = session.execute(
        update(A).where(A.status == ActionStatus.OPEN, A.escalated_at.is_(None), A.due_at < now,
                        A.cycle_id.is_not(None))
        .values(escalated_at=now)
        .returning(A.id, A.department, A.due_at, A.description, A.kind)
        .execution_options(synchronize_session=False)
    ).all()
    for row in sorted(stamped, key=lambda r: (r.due_at, r.department, str(r.id))):
        hours = int((now - row.due_at).total_seconds() // 3600)
        what = "has not submitted" if row.kind == "submission" else "has not closed"
        session.add(Notification(
            created_at=now, recipient_department=Department.MANAGEMENT, kind=OVERDUE_KIND,
            ref_table=ACTION_TABLE, ref_id=row.id, due_at=row.due_at,
            message=f"Demand review: {row.department.value} {what} \"{row.description[:80]}\"; overdue by {hours} h."))
    session.flush()
    for obj in [o for o in session.identity_map.values() if isinstance(o, ActionItem)]:
        session.expire(obj, ["escalated_at", "updated_at"])
    return len(stamped)


__all__ = ["OVERDUE_KIND", "ActionView", "add_action", "close_action", "escalate_overdue", "list_actions"]
