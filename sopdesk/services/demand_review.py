"""The monthly demand review (需求评审会, PRACTICES §1): the cycle, its departments'
submission tasks, sign-offs and status. No Qt; docs/ARCHITECTURE.md "Demand review".

One cycle per month planned for (its *period*, the first day of the month). The cycle for
period P meets on day ``demand_review.day`` (setting, default 5) of the month before P, or
the next working day of the factory calendar; it covers P and the next ``months - 1``
months (3 to 6 in all, default 3) and the core products (Item.is_core) unless
``all_products``.

    open_cycle        manager (DEMAND_AGREE): creates the cycle (status collecting = DRAFT),
                      computes the proposals — the statistical baseline per product and
                      month, supply's key materials (on hand, open POs, lead time, price),
                      production's capacity per work center and month — and gives each
                      department (sales, production, supply) a submission task (an action
                      item of kind "submission") due at 00:00 factory time on the meeting day.
    open_due_cycles   system job: opens the cycle of the next period by itself from
                      OPEN_DAYS_AHEAD days before its meeting day.
    submit            a department hands in its input: its submission task is done and its
                      proposals count as confirmed (sales: the forecast; supply: materials;
                      production: capacity).
    change_status     (demand_review_meeting) manager: collecting → meeting (every department submitted) → agreed
                      (all four sign-offs on the current revision; the consensus of every
                      product and month in scope is recorded, missing ones at their
                      default) → closed (once the period has ended); back: meeting →
                      collecting, agreed → meeting.
    sign_off          (demand_review_meeting) the sales, production and supply heads and the manager each sign the
                      consensus in the meeting; a sign-off holds for the revision it signed
                      (any later change of an input or of the consensus asks for it again).

Every function takes the session of the caller's ``Database.write(actor)`` /
``Database.read()`` block (services never commit), checks permissions itself, returns frozen
dataclasses and raises ServiceError subclasses with plain templates. ``now`` (aware) may be
passed; a naive one raises ValueError.

Related modules: demand_review_sales (the forecast grid and saving it), demand_review_supply
(key materials), demand_review_production (capacity), demand_review_feasibility (min of
forecast, capacity and material, with the binding constraint), demand_review_consensus
(consensus, flex band, the status rows of `sopdesk demand status`), demand_review_actions
(follow-up action items and escalation).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopdesk.models import (
    ActionItem,
    ActionStatus,
    AppUser,
    CalendarDay,
    CycleStatus,
    DemandReviewCycle,
    DemandSignOff,
    Department,
)

from . import settings
from .conflicts import conflict_error
from .demand_review_common import (
    DEFAULT_MONTHS,
    MAX_MONTHS,
    MIN_MONTHS,
    STATUS_WORD,
    add_months,
    changed,
    cycle_for_month,
    load_cycle,
    month_text,
    require_status,
)
from .errors import DuplicateError, InvalidTransition, ValidationError
from .permissions import ROLE_PERMISSIONS, Actor, Permission, require
from .review_common import utc_now

OPEN_DAYS_AHEAD = 7  # open_due_cycles opens a cycle this many days before its meeting
SUBMITTING: tuple[Department, ...] = (Department.SALES, Department.PRODUCTION, Department.SUPPLY)
SIGNING: tuple[Department, ...] = (Department.SALES, Department.PRODUCTION, Department.SUPPLY,
                                   Department.MANAGEMENT)
SUBMIT_PERMISSION: dict[Department, Permission] = {
    Department.SALES: Permission.DEMAND_SUBMIT_SALES,
    Department.PRODUCTION: Permission.DEMAND_SUBMIT_PRODUCTION,
    Department.SUPPLY: Permission.DEMAND_SUBMIT_SUPPLY,
}
# who signs for a department: its submit permission; management: DEMAND_AGREE
SIGN_PERMISSION: dict[Department, Permission] = {**SUBMIT_PERMISSION,
                                                 Department.MANAGEMENT: Permission.DEMAND_AGREE}
SUBMISSION = "submission"
FOLLOW_UP = "follow_up"
SUBMISSION_TEXT = {  # the task's stored text (a plain fallback: the UI words it from kind + department)
    Department.SALES: "Demand review {month}: enter the sales forecast per product and month",
    Department.PRODUCTION: "Demand review {month}: confirm the capacity per work center and month",
    Department.SUPPLY: "Demand review {month}: confirm key materials (availability, lead time, price)",
}


@dataclass(frozen=True)
class SubmissionView:
    """A department's submission task (an action item of kind "submission")."""

    action_id: uuid.UUID
    version: int
    department: Department
    owner_id: uuid.UUID | None
    owner_name: str | None
    due_at: dt.datetime  # UTC
    status: ActionStatus
    done_at: dt.datetime | None
    done_by_name: str | None
    overdue: bool


@dataclass(frozen=True)
class SignOffView:
    """A department's sign-off; ``valid`` when it signed the cycle's current revision."""

    department: Department
    user_id: uuid.UUID | None
    user_name: str | None
    signed_at: dt.datetime
    revision: int
    valid: bool


@dataclass(frozen=True)
class CycleView:
    """One cycle. ``status_word`` is collecting / meeting / agreed / closed. ``months`` are
    the months in scope (first days). ``missing_sign_offs`` lists the departments whose
    sign-off on the current revision is still missing; ``waiting`` the departments that
    have not submitted."""

    id: uuid.UUID
    version: int
    period: dt.date
    meeting_date: dt.date
    status: CycleStatus
    status_word: str
    months: tuple[dt.date, ...]
    all_products: bool
    revision: int
    agreed_by_name: str | None
    agreed_at: dt.datetime | None
    minutes: str | None
    submissions: tuple[SubmissionView, ...]
    sign_offs: tuple[SignOffView, ...]
    missing_sign_offs: tuple[Department, ...]
    waiting: tuple[Department, ...]


# -- when -------------------------------------------------------------------------------------


def meeting_date_for(session: Session, period: dt.date) -> dt.date:
    """The meeting day of the cycle for ``period``: day ``demand_review.day`` of the month
    before, moved to the next factory working day (calendar.workdays and factory-wide
    calendar exceptions) when it is not one."""
    day = add_months(period.replace(day=1), -1).replace(day=int(settings.get(session, "demand_review.day")))
    workdays = {int(d) for d in settings.get(session, "calendar.workdays")}
    exceptions = dict(session.execute(
        select(CalendarDay.day, CalendarDay.is_workday).where(
            CalendarDay.work_center_id.is_(None), CalendarDay.day >= day,
            CalendarDay.day < day + dt.timedelta(days=31))).all())
    for _ in range(31):
        if exceptions.get(day, day.weekday() in workdays):
            return day
        day += dt.timedelta(days=1)
    return day


def next_period(session: Session, now: dt.datetime | None = None) -> dt.date:
    """The period whose meeting is next: the month after this one, or the one after that
    when this month's meeting day has passed."""
    today = settings.factory_today(session, utc_now(now))
    period = add_months(today.replace(day=1), 1)
    if meeting_date_for(session, period) < today:
        period = add_months(period, 1)
    return period


# -- views ------------------------------------------------------------------------------------


def get_cycle(session: Session, actor: Actor, cycle_id: uuid.UUID, now: dt.datetime | None = None) -> CycleView:
    """The cycle's view. Everybody who may view plans may read it (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    return build_view(session, load_cycle(session, cycle_id), utc_now(now))


def find_cycle(session: Session, actor: Actor, period: dt.date, now: dt.datetime | None = None) -> CycleView | None:
    """The cycle for ``period`` (any day of the month), or None when it is not open."""
    require(actor, Permission.PLAN_VIEW)
    cycle = cycle_for_month(session, period.replace(day=1))
    return None if cycle is None else build_view(session, cycle, utc_now(now))


def list_cycles(session: Session, actor: Actor, now: dt.datetime | None = None) -> list[CycleView]:
    """Every cycle, the latest period first."""
    require(actor, Permission.PLAN_VIEW)
    now = utc_now(now)
    return [build_view(session, c, now) for c in
            session.scalars(select(DemandReviewCycle).order_by(DemandReviewCycle.period.desc()))]


def _names(session: Session, ids) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {u.id: u.display_name or u.username for u in session.scalars(select(AppUser).where(AppUser.id.in_(ids)))}


def build_view(session: Session, cycle: DemandReviewCycle, now: dt.datetime) -> CycleView:
    tasks = list(session.scalars(select(ActionItem).where(
        ActionItem.cycle_id == cycle.id, ActionItem.kind == SUBMISSION).order_by(ActionItem.department)))
    signs = list(session.scalars(select(DemandSignOff).where(DemandSignOff.cycle_id == cycle.id)))
    names = _names(session, [t.owner_id for t in tasks] + [t.done_by_id for t in tasks]
                   + [s.user_id for s in signs] + [cycle.agreed_by_id])
    order = {d: k for k, d in enumerate(SIGNING)}
    submissions = tuple(sorted((SubmissionView(
        t.id, t.version, t.department, t.owner_id, names.get(t.owner_id), t.due_at, t.status, t.done_at,
        names.get(t.done_by_id), t.status == ActionStatus.OPEN and t.due_at < now) for t in tasks),
        key=lambda v: order[v.department]))
    sign_offs = tuple(sorted((SignOffView(s.department, s.user_id, names.get(s.user_id), s.signed_at,
                                          s.revision, s.revision == cycle.revision) for s in signs),
                             key=lambda v: order[v.department]))
    valid = {s.department for s in sign_offs if s.valid}
    return CycleView(
        cycle.id, cycle.version, cycle.period, cycle.meeting_date, cycle.status, STATUS_WORD[cycle.status],
        tuple(add_months(cycle.period, k) for k in range(cycle.months)), cycle.all_products, cycle.revision,
        names.get(cycle.agreed_by_id), cycle.agreed_at, cycle.minutes, submissions, sign_offs,
        tuple(d for d in SIGNING if d not in valid),
        tuple(s.department for s in submissions if s.status == ActionStatus.OPEN),
    )


# -- opening ----------------------------------------------------------------------------------


def open_cycle(
    session: Session, actor: Actor, period: dt.date, now: dt.datetime | None = None, *,
    months: int = DEFAULT_MONTHS, all_products: bool = False,
    owners: dict[Department, uuid.UUID] | None = None,
) -> CycleView:
    """Open the cycle for ``period`` (any day of its month) and compute its proposals.

    Needs DEMAND_AGREE. ``months``: the months in scope, 3 to 6 (ValidationError field
    ``months``). ``owners``: a named owner per submitting department (an active user who
    may submit for it, ValidationError field ``owners``); else the whole department.
    DuplicateError (field ``month``) when the month's cycle exists already.
    """
    require(actor, Permission.DEMAND_AGREE)
    return _open(session, actor, period.replace(day=1), utc_now(now), months, all_products, owners or {})


def open_due_cycles(session: Session, now: dt.datetime | None = None) -> list[CycleView]:
    """System job (the app runs it periodically; any PC may): open the cycle of
    ``next_period`` when its meeting is at most OPEN_DAYS_AHEAD days away and it is not open
    yet. Returns what it opened (empty when nothing was due). Takes no actor: it creates
    what the rules say, with the defaults (3 months, core products, whole departments)."""
    from .permissions import SYSTEM

    now = utc_now(now)
    period = next_period(session, now)
    today = settings.factory_today(session, now)
    if cycle_for_month(session, period) is not None or meeting_date_for(session, period) - today > dt.timedelta(
            days=OPEN_DAYS_AHEAD):
        return []
    try:
        with session.begin_nested():
            view = _open(session, SYSTEM, period, now, DEFAULT_MONTHS, False, {})
    except DuplicateError:  # another PC opened it a moment ago
        return []
    return [view]


def _open(session, actor, period, now, months, all_products, owners) -> CycleView:
    if isinstance(months, bool) or not isinstance(months, int) or not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationError("from {low} to {high} months", field="months", low=MIN_MONTHS, high=MAX_MONTHS)
    for dept, user_id in owners.items():
        _check_owner(session, dept, user_id)
    if cycle_for_month(session, period) is not None:
        raise DuplicateError("the {month} review is open already", field="month", month=month_text(period))
    meeting = meeting_date_for(session, period)
    cycle = DemandReviewCycle(id=uuid.uuid4(), period=period, meeting_date=meeting, status=CycleStatus.DRAFT,
                              months=months, all_products=bool(all_products), revision=0)
    session.add(cycle)
    try:
        session.flush()
    except IntegrityError:
        raise DuplicateError("the {month} review is open already", field="month", month=month_text(period)) from None
    tz = settings.factory_tz(session)
    due = dt.datetime.combine(meeting, dt.time(0, 0), tz).astimezone(dt.UTC)
    for dept in SUBMITTING:
        session.add(ActionItem(id=uuid.uuid4(), cycle_id=cycle.id, department=dept, owner_id=owners.get(dept),
                               description=SUBMISSION_TEXT[dept].format(month=month_text(period)), due_at=due,
                               status=ActionStatus.OPEN, kind=SUBMISSION))
    session.flush()
    compute_proposals(session, cycle, now)
    return build_view(session, cycle, now)


def compute_proposals(session: Session, cycle: DemandReviewCycle, now: dt.datetime) -> None:
    """(Re)compute the baseline, supply's and production's proposals of the cycle (the
    rows nobody confirmed yet; confirmed ones are left as they are)."""
    from . import demand_review_production, demand_review_sales, demand_review_supply

    demand_review_sales.refresh_baseline(session, cycle)
    demand_review_supply.refresh_proposals(session, cycle)
    demand_review_production.refresh_proposals(session, cycle)


def _check_owner(session: Session, dept: Department, user_id: uuid.UUID | None) -> None:
    if dept not in SUBMIT_PERMISSION:
        raise ValidationError("{dept} does not submit to the demand review", field="owners", dept=dept.value)
    if user_id is None:
        return
    user = session.get(AppUser, user_id)
    if user is None or not user.active:
        raise ValidationError("choose an active user", field="owners")
    if SUBMIT_PERMISSION[dept] not in ROLE_PERMISSIONS[user.role]:
        raise ValidationError("{username} ({role}) cannot submit for {dept}", field="owners",
                              username=user.username, role=user.role.value, dept=dept.value)


def set_scope(
    session: Session, actor: Actor, cycle_id: uuid.UUID, expected_version: int, *,
    months: int | None = None, all_products: bool | None = None, now: dt.datetime | None = None,
) -> CycleView:
    """Change the months in scope (3–6) or the core/all switch while collecting; the
    proposals are computed again for the new scope. DEMAND_AGREE; ConflictError on a stale
    version; InvalidTransition when the cycle is no longer collecting."""
    require(actor, Permission.DEMAND_AGREE)
    now = utc_now(now)
    cycle = load_cycle(session, cycle_id, lock=True)
    if cycle.version != expected_version:
        raise conflict_error(session, cycle, expected_version)
    require_status(cycle, CycleStatus.DRAFT)
    if months is not None:
        if isinstance(months, bool) or not isinstance(months, int) or not MIN_MONTHS <= months <= MAX_MONTHS:
            raise ValidationError("from {low} to {high} months", field="months", low=MIN_MONTHS, high=MAX_MONTHS)
        cycle.months = months
    if all_products is not None:
        cycle.all_products = bool(all_products)
    changed(cycle)
    session.flush()
    compute_proposals(session, cycle, now)
    return build_view(session, cycle, now)


# -- submitting, signing, moving --------------------------------------------------------------


def submit(
    session: Session, actor: Actor, cycle_id: uuid.UUID, department: Department, expected_version: int,
    note: str | None = None, now: dt.datetime | None = None,
) -> CycleView:
    """The department hands in its input: its submission task is done (``note`` its result)
    and its proposals are confirmed by the actor (supply: every material row; production:
    every capacity row; sales: its forecast as saved). ``expected_version`` is the
    submission task's (SubmissionView.version). Needs the department's DEMAND_SUBMIT_*.
    InvalidTransition when the cycle's inputs are closed or the task is no longer open."""
    from . import demand_review_production, demand_review_supply

    department = Department(department)
    if department not in SUBMIT_PERMISSION:
        raise ValidationError("{dept} does not submit to the demand review", field="department", dept=department.value)
    require(actor, SUBMIT_PERMISSION[department])
    now = utc_now(now)
    cycle = load_cycle(session, cycle_id, lock=True)
    task = session.scalar(select(ActionItem).where(ActionItem.cycle_id == cycle.id, ActionItem.kind == SUBMISSION,
                                                   ActionItem.department == department))
    if task is None:
        raise ValidationError("{dept} has no submission task in this review", field="department", dept=department.value)
    if task.version != expected_version:
        raise conflict_error(session, task, expected_version)
    from .demand_review_common import clean, require_inputs_open

    require_inputs_open(cycle)
    if task.status != ActionStatus.OPEN:
        raise InvalidTransition("{dept} has submitted already", field="status", dept=department.value,
                                current=task.status.value)
    if department == Department.SUPPLY:
        demand_review_supply.confirm_all(session, actor, cycle)
    elif department == Department.PRODUCTION:
        demand_review_production.confirm_all(session, actor, cycle)
    task.status, task.done_at, task.done_by_id, task.result = ActionStatus.DONE, now, actor.user_id, clean(note)
    session.flush()
    return build_view(session, cycle, now)


__all__ = [
    "OPEN_DAYS_AHEAD", "SIGN_PERMISSION", "SIGNING", "SUBMITTING", "SUBMIT_PERMISSION", "CycleView", "SignOffView",
    "SubmissionView", "build_view", "compute_proposals", "find_cycle", "get_cycle", "list_cycles", "meeting_date_for",
    "next_period", "open_cycle", "open_due_cycles", "set_scope", "submit",
]
