"""The meeting of the demand review: sign-offs and the cycle's status (collecting →
meeting → agreed → closed). No Qt; the rules are in demand_review's docstring and
docs/ARCHITECTURE.md "Demand review"."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import CycleStatus, DemandSignOff

from . import settings
from .conflicts import conflict_error
from .demand_review import SIGN_PERMISSION, CycleView, build_view
from .demand_review_common import (
    STATUS_WORD,
    add_months,
    changed,
    load_cycle,
    month_text,
    require_status,
)
from .errors import InvalidTransition, PermissionDenied, ValidationError
from .permissions import ROLE_DEPARTMENT, Actor, Permission, require
from .review_common import utc_now


def sign_off(
    session: Session, actor: Actor, cycle_id: uuid.UUID, expected_version: int, now: dt.datetime | None = None,
) -> CycleView:
    """The actor signs the consensus for their department (sales, production, supply or,
    for a manager, management) on the cycle's current revision. ``expected_version`` is the
    cycle's: a stale one (the consensus or an input changed since the screen loaded it)
    raises ConflictError, so nobody signs figures they have not seen. Only in the meeting
    (InvalidTransition). PermissionDenied for a role without the department's permission
    (the shop floor; a manager signs as management only)."""
    now = utc_now(now)
    dept = ROLE_DEPARTMENT[actor.role]
    if dept not in SIGN_PERMISSION or not actor.can(SIGN_PERMISSION[dept]):
        raise PermissionDenied("role {role} may not sign the demand review", role=actor.role.value)
    cycle = load_cycle(session, cycle_id, lock=True)
    if cycle.version != expected_version:
        raise conflict_error(session, cycle, expected_version)
    require_status(cycle, CycleStatus.MEETING)
    row = session.scalar(select(DemandSignOff).where(DemandSignOff.cycle_id == cycle.id,
                                                     DemandSignOff.department == dept))
    if row is None:
        session.add(DemandSignOff(id=uuid.uuid4(), cycle_id=cycle.id, department=dept, user_id=actor.user_id,
                                  signed_at=now, revision=cycle.revision))
    else:
        row.user_id, row.signed_at, row.revision = actor.user_id, now, cycle.revision
    session.flush()
    return build_view(session, cycle, now)


TRANSITIONS: dict[CycleStatus, tuple[CycleStatus, ...]] = {
    CycleStatus.DRAFT: (CycleStatus.MEETING,),
    CycleStatus.MEETING: (CycleStatus.AGREED, CycleStatus.DRAFT),
    CycleStatus.AGREED: (CycleStatus.CLOSED, CycleStatus.MEETING),
    CycleStatus.CLOSED: (),
}


def change_status(
    session: Session, actor: Actor, cycle_id: uuid.UUID, expected_version: int, target: CycleStatus,
    now: dt.datetime | None = None, minutes: str | None = None,
) -> CycleView:
    """Move the cycle (DEMAND_AGREE): collecting → meeting needs every submission in
    (InvalidTransition, details ``waiting``); meeting → agreed needs the four sign-offs on
    the current revision (details ``missing``), records the default consensus of every
    product and month that has none, and stamps who agreed and when; agreed → closed once
    the period's month has ended (factory time); meeting → collecting and agreed → meeting
    reopen it (a change then asks for new sign-offs). ``minutes``, when given, is kept as
    the meeting's notes. ConflictError on a stale version."""
    from . import demand_review_consensus

    require(actor, Permission.DEMAND_AGREE)
    now = utc_now(now)
    target = CycleStatus(target)
    cycle = load_cycle(session, cycle_id, lock=True)
    if cycle.version != expected_version:
        raise conflict_error(session, cycle, expected_version)
    if target not in TRANSITIONS[cycle.status]:
        raise InvalidTransition("a {current} review cannot become {target}", field="status",
                                current=STATUS_WORD[cycle.status], target=STATUS_WORD[target])
    view = build_view(session, cycle, now)
    if target == CycleStatus.MEETING and cycle.status == CycleStatus.DRAFT and view.waiting:
        raise InvalidTransition("not every department has submitted: {waiting}", field="status",
                                current=STATUS_WORD[cycle.status], waiting=", ".join(d.value for d in view.waiting))
    if target == CycleStatus.AGREED:
        if view.missing_sign_offs:
            raise InvalidTransition("sign-offs missing: {missing}", field="status", current=STATUS_WORD[cycle.status],
                                    missing=", ".join(d.value for d in view.missing_sign_offs))
        demand_review_consensus.fill_defaults(session, cycle)
        cycle.agreed_by_id, cycle.agreed_at = actor.user_id, now
    if target == CycleStatus.CLOSED and settings.factory_today(session, now) < add_months(cycle.period, 1):
        raise InvalidTransition("the {month} review closes when the month has ended", field="status",
                                current=STATUS_WORD[cycle.status], month=month_text(cycle.period))
    if target in (CycleStatus.DRAFT, CycleStatus.MEETING) and cycle.status != CycleStatus.DRAFT:
        changed(cycle)  # reopened: what is signed must be signed again
    if minutes is not None:
        cycle.minutes = minutes.strip() or None
    cycle.status = target
    session.flush()
    return build_view(session, cycle, now)


__all__ = ["TRANSITIONS", "change_status", "sign_off"]


NOTES_LIMIT = 20_000  # characters: several pages of minutes, far below any column limit


def save_notes(
    session: Session, actor: Actor, cycle_id: uuid.UUID, base_version: int, text: str,
    now: dt.datetime | None = None,
) -> CycleView:
    """The meeting's notes (会议记录) as the minutes print them (DEMAND_AGREE), until the
    review is closed; empty text removes them. Notes are not an input: sign-offs stand.
    ``base_version`` is the cycle's version the notes were loaded at: when someone changed
    the notes after it, ConflictError naming them (other changes of the cycle, e.g. a
    consensus saved in the meeting meanwhile, do not stop the notes). ValidationError
    ``notes`` when too long; InvalidTransition ``status`` on a closed review."""
    require(actor, Permission.DEMAND_AGREE)
    now = utc_now(now)
    cycle = load_cycle(session, cycle_id, lock=True)
    if cycle.version != base_version:
        conflict = conflict_error(session, cycle, base_version)
        if conflict.info is None or any(c.field == "minutes" for c in conflict.info.changes):
            raise conflict
    if cycle.status == CycleStatus.CLOSED:
        raise InvalidTransition("a closed review keeps its minutes as they are", field="status",
                                current=STATUS_WORD[cycle.status])
    text = (text or "").strip()
    if len(text) > NOTES_LIMIT:
        raise ValidationError("the notes have {count} characters; at most {limit}", field="notes",
                              count=len(text), limit=NOTES_LIMIT)
    if (cycle.minutes or "") != text:
        cycle.minutes = text or None
        session.flush()
    return build_view(session, cycle, now)
