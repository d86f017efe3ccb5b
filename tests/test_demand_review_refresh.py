"""Supply's and production's inputs take today's facts again (the pages' refresh buttons),
and the meeting's notes: what the minutes print, kept from silent overwrites."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from sopdesk.models import CycleStatus, DemandReviewCycle, MaintenanceWindow, Role
from sopdesk.services import (
    demand_review,
    demand_review_meeting,
    demand_review_production,
    demand_review_supply,
)
from sopdesk.services.demand_review_production import CapacityEntry
from sopdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.permissions import SYSTEM
from tests.test_demand_review import FEB, MAR, _open_po, open_feb, stage


@pytest.fixture
def b(db):
    return stage(db)


@pytest.fixture
def cycle(db, b):
    return open_feb(db, b)


def _cycle(db, b, cycle_id):
    with db.read() as s:
        return demand_review.get_cycle(s, b[Role.MANAGER], cycle_id)


def _rows(rows, month):
    return next(r for r in rows if r.month == month)


def test_production_takes_a_maintenance_window_removed_after_opening(db, b, cycle):
    prod = b[Role.PRODUCTION]
    with db.read() as s:
        before = demand_review_production.capacities(s, prod, cycle.id)
    assert _rows(before, FEB).available_qty == Decimal(900)
    with db.write(SYSTEM) as s:  # the overhaul is moved out of the horizon
        s.delete(s.scalars(select(MaintenanceWindow)).one())
    with db.write(prod) as s:
        march = _rows(demand_review_production.capacities(s, prod, cycle.id), MAR)
        demand_review_production.save_capacities(s, prod, cycle.id, [CapacityEntry(
            march.work_center_id, MAR, march.version, Decimal(1000), "三月只开一班")])
    with db.read() as s:
        assert _rows(demand_review_production.capacities(s, prod, cycle.id), FEB).available_qty == 900  # not yet
    with db.write(prod) as s:
        after = demand_review_production.refresh(s, prod, cycle.id)
    assert _rows(after, FEB).available_qty == Decimal(1200)  # 24 working days × 50, no window
    assert _rows(after, MAR).available_qty == Decimal(1000)  # production's confirmed figure stays
    assert _cycle(db, b, cycle.id).revision > cycle.revision  # what was signed must be signed again


def test_supply_takes_a_purchase_order_placed_after_opening(db, b, cycle):
    supply = b[Role.SUPPLY]
    with db.read() as s:
        [mat] = demand_review_supply.materials(s, supply, cycle.id)
    assert mat.open_po == 0
    _open_po(db, b, 600, FEB.replace(day=10))
    with db.write(supply) as s:
        [mat] = demand_review_supply.refresh(s, supply, cycle.id)
    assert (mat.open_po, mat.arrivals) == (Decimal(600), ((FEB, Decimal(600)),))


def test_refresh_is_for_its_department_while_inputs_are_open(db, b, cycle):
    with db.write(b[Role.SALES]) as s, pytest.raises(PermissionDenied):
        demand_review_production.refresh(s, b[Role.SALES], cycle.id)
    with db.write(b[Role.PRODUCTION]) as s, pytest.raises(PermissionDenied):
        demand_review_supply.refresh(s, b[Role.PRODUCTION], cycle.id)


def test_notes_are_saved_and_a_concurrent_notes_change_is_a_conflict(db, b, cycle):
    mgr = b[Role.MANAGER]
    with db.write(mgr) as s:
        view = demand_review_meeting.save_notes(s, mgr, cycle.id, cycle.version, "  二月检修，产能按 900 安排。 ")
    assert view.minutes == "二月检修，产能按 900 安排。"
    with db.write(mgr) as s:  # another change of the cycle meanwhile (the scope) does not stop the notes
        moved = demand_review.set_scope(s, mgr, cycle.id, view.version, months=4, all_products=False)
    with db.write(mgr) as s:
        again = demand_review_meeting.save_notes(s, mgr, cycle.id, view.version, "补充：重点客户已沟通。")
    assert again.minutes == "补充：重点客户已沟通。" and again.version > moved.version
    with db.write(mgr) as s, pytest.raises(ConflictError) as err:  # typed from the first version: theirs changed
        demand_review_meeting.save_notes(s, mgr, cycle.id, view.version, "我的版本")
    assert any(c.field == "minutes" for c in err.value.info.changes)
    with db.read() as s:
        assert demand_review.get_cycle(s, mgr, cycle.id).minutes == "补充：重点客户已沟通。"
    with db.write(mgr) as s:
        cleared = demand_review_meeting.save_notes(s, mgr, cycle.id, again.version, "   ")
    assert cleared.minutes is None


def test_notes_rules(db, b, cycle):
    mgr = b[Role.MANAGER]
    with db.write(b[Role.SALES]) as s, pytest.raises(PermissionDenied):
        demand_review_meeting.save_notes(s, b[Role.SALES], cycle.id, cycle.version, "x")
    with db.write(mgr) as s, pytest.raises(ValidationError) as err:
        demand_review_meeting.save_notes(s, mgr, cycle.id, cycle.version, "字" * (demand_review_meeting.NOTES_LIMIT + 1))
    assert err.value.field == "notes" and err.value.params["limit"] == demand_review_meeting.NOTES_LIMIT
    with db.write(SYSTEM) as s:
        s.get(DemandReviewCycle, cycle.id).status = CycleStatus.CLOSED
    with db.read() as s:
        version = demand_review.get_cycle(s, mgr, cycle.id).version
    with db.write(mgr) as s, pytest.raises(InvalidTransition):
        demand_review_meeting.save_notes(s, mgr, cycle.id, version, "太晚了")
