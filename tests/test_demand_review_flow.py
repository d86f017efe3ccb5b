"""The demand review's closed loop on SQLite and PostgreSQL: submission tasks in the inbox,
status transitions and who may make them, sign-offs that hold for one revision, stale saves,
action items closed with a result, escalation of overdue ones, opening by itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.models import ActionStatus, CycleStatus, Department, Item, ItemKind, Notification, Role
from sopdesk.services import (
    demand_review,
    demand_review_actions,
    demand_review_meeting,
    demand_review_production,
    demand_review_sales,
    inbox,
    settings,
)
from sopdesk.services.demand_review_production import CapacityEntry
from sopdesk.services.demand_review_sales import ForecastCellInput
from sopdesk.services.errors import (
    ConflictError,
    DuplicateError,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.permissions import SYSTEM
from tests.test_demand_review import FEB, NOW, enter, open_feb, stage

MAR = dt.date(2027, 3, 1)


@pytest.fixture
def b(db):
    return stage(db)


def _view(db, actor, cycle_id):
    with db.read() as s:
        return demand_review.get_cycle(s, actor, cycle_id, NOW)


def _submit(db, b, cycle_id, role, dept):
    actor = b[role]
    with db.write(actor) as s:
        task = next(t for t in demand_review.get_cycle(s, actor, cycle_id, NOW).submissions if t.department == dept)
        return demand_review.submit(s, actor, cycle_id, dept, task.version, "已提交", NOW)


def _move(db, actor, cycle_id, target, now=NOW):
    with db.write(actor) as s:
        v = demand_review.get_cycle(s, actor, cycle_id)
        return demand_review_meeting.change_status(s, actor, cycle_id, v.version, target, now)


def _sign(db, actor, cycle_id, version=None):
    with db.write(actor) as s:
        v = demand_review.get_cycle(s, actor, cycle_id)
        return demand_review_meeting.sign_off(s, actor, cycle_id, v.version if version is None else version, NOW)


def test_opening_gives_each_department_its_task_in_the_inbox(db, b):
    view = open_feb(db, b)
    assert [t.department for t in view.submissions] == [Department.SALES, Department.PRODUCTION, Department.SUPPLY]
    # due at 00:00 factory time (Asia/Shanghai) on the meeting day
    assert {t.due_at for t in view.submissions} == {dt.datetime(2027, 1, 4, 16, 0, tzinfo=dt.UTC)}
    assert view.status_word == "collecting" and view.waiting == tuple(t.department for t in view.submissions)
    with db.read() as s:
        todo = [i for i in inbox.list_inbox(s, b[Role.SUPPLY], NOW) if i.source == inbox.InboxSource.ACTION_ITEM]
    assert [i.title for i in todo] == ["Demand review 2027-02: confirm key materials (availability, lead time, price)"]
    with db.write(b[Role.MANAGER]) as s, pytest.raises(DuplicateError):
        demand_review.open_cycle(s, b[Role.MANAGER], FEB, NOW)
    with db.write(b[Role.SALES]) as s, pytest.raises(PermissionDenied):
        demand_review.open_cycle(s, b[Role.SALES], MAR, NOW)


def test_the_meeting_needs_every_submission_and_four_sign_offs(db, b):
    view = open_feb(db, b)
    enter(db, b, view.id, 1000)
    mgr = b[Role.MANAGER]
    with pytest.raises(InvalidTransition) as exc:
        _move(db, mgr, view.id, CycleStatus.MEETING)
    assert exc.value.template == "not every department has submitted: {waiting}"
    assert exc.value.params["waiting"] == "sales, production, supply"
    _submit(db, b, view.id, Role.SALES, Department.SALES)
    _submit(db, b, view.id, Role.PRODUCTION, Department.PRODUCTION)
    with pytest.raises(InvalidTransition):  # a department submits once
        _submit(db, b, view.id, Role.SALES, Department.SALES)
    with pytest.raises(PermissionDenied):  # sales cannot submit for supply
        _submit(db, b, view.id, Role.SALES, Department.SUPPLY)
    v = _submit(db, b, view.id, Role.SUPPLY, Department.SUPPLY)
    assert v.waiting == () and all(t.status == ActionStatus.DONE and t.done_by_name for t in v.submissions)
    with db.read() as s:  # supply's proposals now count as confirmed by supply
        assert all(c.confirmed for c in demand_review_production.capacities(s, mgr, view.id))
    with pytest.raises(PermissionDenied):
        _move(db, b[Role.SALES], view.id, CycleStatus.MEETING)
    with pytest.raises(InvalidTransition):  # signing is for the meeting
        _sign(db, b[Role.SALES], view.id)
    _move(db, mgr, view.id, CycleStatus.MEETING)
    for role in (Role.SALES, Role.PRODUCTION):
        _sign(db, b[role], view.id)
    with pytest.raises(PermissionDenied):
        _sign(db, b[Role.SHOPFLOOR], view.id)
    with pytest.raises(InvalidTransition) as exc:
        _move(db, mgr, view.id, CycleStatus.AGREED)
    assert exc.value.params["missing"] == "supply, management"
    # a changed input bumps the revision: the sales and production sign-offs no longer hold
    enter(db, b, view.id, 950)
    v = _view(db, mgr, view.id)
    assert [s.valid for s in v.sign_offs] == [False, False]
    assert v.missing_sign_offs == (Department.SALES, Department.PRODUCTION, Department.SUPPLY, Department.MANAGEMENT)
    with pytest.raises(ConflictError):  # signing what one has not seen
        _sign(db, b[Role.SUPPLY], view.id, version=v.version - 1)
    for role in (Role.SALES, Role.PRODUCTION, Role.SUPPLY, Role.MANAGER):
        _sign(db, b[role], view.id)
    agreed = _move(db, mgr, view.id, CycleStatus.AGREED)
    assert agreed.status_word == "agreed" and agreed.missing_sign_offs == ()
    with db.write(b[Role.SALES]) as s, pytest.raises(InvalidTransition):  # inputs closed once agreed
        demand_review_sales.save_forecast(s, b[Role.SALES], view.id, [ForecastCellInput(b.product.id, FEB, Decimal(1))])
    with pytest.raises(InvalidTransition):  # closes after February
        _move(db, mgr, view.id, CycleStatus.CLOSED, dt.datetime(2027, 2, 27, tzinfo=dt.UTC))
    assert _move(db, mgr, view.id, CycleStatus.CLOSED, dt.datetime(2027, 3, 1, tzinfo=dt.UTC)).status_word == "closed"
    with pytest.raises(InvalidTransition):
        _move(db, mgr, view.id, CycleStatus.MEETING)


def test_stale_forecast_and_capacity_saves_are_refused(db, b):
    view = open_feb(db, b)
    sales = b[Role.SALES]
    enter(db, b, view.id, 1000)
    with db.write(sales) as s, pytest.raises(ConflictError):  # saved from a grid loaded before the figure
        demand_review_sales.save_forecast(s, sales, view.id, [ForecastCellInput(b.product.id, FEB, Decimal(900))])
    with db.write(sales) as s:  # an import replaces it
        grid = demand_review_sales.save_forecast(s, sales, view.id, [ForecastCellInput(
            b.product.id, FEB, Decimal(900), "导入")], overwrite=True)
    assert (grid.rows[0].cells[0].forecast, grid.rows[0].cells[0].comment) == (Decimal(900), "导入")
    for bad, field in ((Decimal("-1"), "qty"), (Decimal("1.00001"), "qty")):
        with db.write(sales) as s, pytest.raises(ValidationError) as exc:
            demand_review_sales.save_forecast(s, sales, view.id, [ForecastCellInput(b.product.id, MAR, bad)])
        assert exc.value.field == field and exc.value.params["item"] == "FG-100"
    with db.write(sales) as s, pytest.raises(ValidationError):
        demand_review_sales.save_forecast(s, sales, view.id, [ForecastCellInput(b.product.id, dt.date(2027, 9, 1), 1)])
    with db.write(b[Role.PRODUCTION]) as s, pytest.raises(PermissionDenied):
        demand_review_sales.save_forecast(s, b[Role.PRODUCTION], view.id, [])
    prod = b[Role.PRODUCTION]
    with db.write(prod) as s:
        cap = demand_review_production.capacities(s, prod, view.id)[0]
        [saved] = [c for c in demand_review_production.save_capacities(s, prod, view.id, [CapacityEntry(
            cap.work_center_id, cap.month, cap.version, Decimal(800), "换模")]) if c.month == FEB]
    assert (saved.available_qty, saved.confirmed, saved.products[0].max_output) == (Decimal(800), True, Decimal(800))
    with db.write(prod) as s, pytest.raises(ConflictError):
        demand_review_production.save_capacities(s, prod, view.id, [CapacityEntry(
            cap.work_center_id, cap.month, cap.version, Decimal(700))])


def test_scope_switch_extends_to_all_products(db, b):
    with db.write(SYSTEM) as s:
        s.add(Item(code="FG-900", name="非核心", kind=ItemKind.FINISHED, unit="套"))
    view = open_feb(db, b)
    assert [r.code for r in _grid(db, b, view.id).rows] == ["FG-100"]
    mgr = b[Role.MANAGER]
    with db.write(mgr) as s:
        v = demand_review.set_scope(s, mgr, view.id, view.version, all_products=True, months=4, now=NOW)
    assert v.all_products and len(v.months) == 4
    grid = _grid(db, b, view.id)
    assert [r.code for r in grid.rows] == ["FG-100", "FG-900"] and len(grid.rows[0].cells) == 4


def _grid(db, b, cycle_id):
    with db.read() as s:
        return demand_review_sales.sales_grid(s, b[Role.SALES], cycle_id)


def test_action_items_close_with_a_result_and_escalate_once(db, b):
    view = open_feb(db, b)
    for role, dept in ((Role.SALES, Department.SALES), (Role.PRODUCTION, Department.PRODUCTION),
                       (Role.SUPPLY, Department.SUPPLY)):
        _submit(db, b, view.id, role, dept)
    mgr = b[Role.MANAGER]
    due = dt.datetime(2027, 1, 8, 10, 0, tzinfo=dt.UTC)
    with db.write(mgr) as s, pytest.raises(InvalidTransition):  # follow-ups come from the meeting
        demand_review_actions.add_action(s, mgr, view.id, Department.SUPPLY, "锁定原材料", due, now=NOW)
    _move(db, mgr, view.id, CycleStatus.MEETING)
    with db.write(mgr) as s:
        lock = demand_review_actions.add_action(s, mgr, view.id, Department.SUPPLY, "锁定铸铁 HT250 2月用量", due,
                                                now=NOW)
        talk = demand_review_actions.add_action(s, mgr, view.id, Department.SALES, "与重点客户确认交期", due,
                                                owner_id=b[Role.SALES].user_id, now=NOW)
        with pytest.raises(ValidationError):
            demand_review_actions.add_action(s, mgr, view.id, Department.SALES, "  ", due, now=NOW)
    with db.read() as s:
        titles = [i.title for i in inbox.list_inbox(s, b[Role.SUPPLY], NOW) if i.source == inbox.InboxSource.ACTION_ITEM]
    assert titles == ["锁定铸铁 HT250 2月用量"]
    with db.write(b[Role.SALES]) as s, pytest.raises(PermissionDenied):  # not sales' item
        demand_review_actions.close_action(s, b[Role.SALES], lock.id, lock.version, ActionStatus.DONE, "ok")
    supply = b[Role.SUPPLY]
    with db.write(supply) as s, pytest.raises(ValidationError):
        demand_review_actions.close_action(s, supply, lock.id, lock.version, ActionStatus.DONE, " ")
    with db.write(supply) as s:
        done = demand_review_actions.close_action(s, supply, lock.id, lock.version, ActionStatus.DONE,
                                                  "已与供应商签订供货计划", NOW)
    assert (done.status, done.done_by_name, done.result) == (ActionStatus.DONE, "supply user", "已与供应商签订供货计划")
    with db.write(supply) as s, pytest.raises(ConflictError):
        demand_review_actions.close_action(s, supply, lock.id, lock.version, ActionStatus.CANCELLED, "x")
    late = due + dt.timedelta(hours=5)
    with db.write(SYSTEM) as s:
        assert demand_review_actions.escalate_overdue(s, late) == 1  # talk; the submissions are done
    with db.write(SYSTEM) as s:
        assert demand_review_actions.escalate_overdue(s, late) == 0
    with db.read() as s:
        [note] = s.scalars(select(Notification).where(Notification.kind == demand_review_actions.OVERDUE_KIND)).all()
        assert note.recipient_department == Department.MANAGEMENT and note.ref_id == talk.id
        assert "overdue by 5 h" in note.message
        mine = [i for i in inbox.list_inbox(s, mgr, late) if i.kind == demand_review_actions.OVERDUE_KIND]
        assert len(mine) == 1 and mine[0].overdue
    with db.write(b[Role.SALES]) as s:  # its owner closes it: it leaves the inbox
        demand_review_actions.close_action(s, b[Role.SALES], talk.id, talk.version, ActionStatus.CANCELLED,
                                           "客户改期，取消", late)
    with db.read() as s:
        assert [i for i in inbox.list_inbox(s, b[Role.SALES], late) if i.source == inbox.InboxSource.ACTION_ITEM] == []


def test_overdue_submissions_reach_the_manager(db, b):
    view = open_feb(db, b)
    _submit(db, b, view.id, Role.SALES, Department.SALES)
    with db.write(SYSTEM) as s:
        assert demand_review_actions.escalate_overdue(s, dt.datetime(2027, 1, 4, 15, 0, tzinfo=dt.UTC)) == 0
        assert demand_review_actions.escalate_overdue(s, dt.datetime(2027, 1, 5, 1, 0, tzinfo=dt.UTC)) == 2
    v = _view(db, b[Role.MANAGER], view.id)
    assert [t.overdue for t in v.submissions] == [False, False, False]  # NOW is before the deadline
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(Notification).where(
            Notification.kind == demand_review_actions.OVERDUE_KIND))
    assert n == 2


def test_the_cycle_opens_by_itself_ahead_of_its_meeting(db, b):
    with db.write(SYSTEM) as s:
        assert settings.get(s, "demand_review.day") == 5
        meeting = demand_review.meeting_date_for(s, FEB)
        assert meeting == dt.date(2027, 1, 5)
        early = dt.datetime.combine(meeting - dt.timedelta(days=8), dt.time(12), dt.UTC)
        assert demand_review.open_due_cycles(s, early) == []
        [opened] = demand_review.open_due_cycles(s, early + dt.timedelta(days=1))
        assert opened.period == FEB and opened.status_word == "collecting"
        assert demand_review.open_due_cycles(s, early + dt.timedelta(days=2)) == []


def test_a_sunday_meeting_day_moves_to_monday(db, b):
    with db.read() as s:
        # 2027-05-05 is a Wednesday; 2027-09-05 a Sunday → Monday 09-06 (for the October cycle)
        assert demand_review.meeting_date_for(s, dt.date(2027, 6, 1)) == dt.date(2027, 5, 5)
        assert demand_review.meeting_date_for(s, dt.date(2027, 10, 1)) == dt.date(2027, 9, 6)


def test_migration_0010_up_and_down_keeps_older_rows(db, b):
    import uuid

    from alembic import command
    from sqlalchemy import inspect, text

    from sopdesk.db import migrate
    from sopdesk.models import ActionItem, DemandReviewCycle

    def alembic(action, revision):
        with db.engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            action(cfg, revision)

    cycle_id, action_id = uuid.uuid4(), uuid.uuid4()
    ident = (lambda u: u.hex) if db.is_sqlite else str
    alembic(command.downgrade, "0009")
    try:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            columns = {c["name"] for c in inspect(conn).get_columns("action_item")}
        assert "demand_signoff" not in tables and "demand_flex" not in tables and "kind" not in columns
        with db.engine.begin() as conn:  # rows an older version wrote
            conn.execute(text(
                "INSERT INTO demand_review_cycle (id, period, meeting_date, status, version, created_at, updated_at) "
                "VALUES (:id, '2027-02-01', '2027-01-05', 'draft', 1, '2027-01-01 00:00:00', '2027-01-01 00:00:00')"),
                {"id": ident(cycle_id)})
            conn.execute(text(
                "INSERT INTO action_item (id, cycle_id, department, description, due_at, status, version, created_at, "
                "updated_at) VALUES (:id, :cycle, 'sales', '与重点客户确认交期', '2027-01-08 10:00:00', 'open', 1, "
                "'2027-01-01 00:00:00', '2027-01-01 00:00:00')"), {"id": ident(action_id), "cycle": ident(cycle_id)})
    finally:
        alembic(command.upgrade, "head")
    assert migrate.check(db).ok
    with db.read() as s:
        cycle, action = s.get(DemandReviewCycle, cycle_id), s.get(ActionItem, action_id)
        assert (cycle.months, cycle.all_products, cycle.revision, cycle.agreed_by_id) == (3, False, 0, None)
        assert (action.kind, action.done_by_id, action.escalated_at) == ("follow_up", None, None)
        view = demand_review.get_cycle(s, b[Role.MANAGER], cycle_id, NOW)
    assert view.status_word == "collecting" and view.missing_sign_offs == (
        Department.SALES, Department.PRODUCTION, Department.SUPPLY, Department.MANAGEMENT)


def test_two_pcs_saving_one_cell_at_once_one_is_refused(pg_db):
    """PostgreSQL: both saves expect the version they loaded; the cycle's row lock orders
    them, and whichever comes second finds the cell changed (ConflictError), whatever the
    timing."""
    import threading

    b = stage(pg_db)
    view = open_feb(pg_db, b)
    enter(pg_db, b, view.id, 1000)
    with pg_db.read() as s:
        version = demand_review_sales.sales_grid(s, b[Role.SALES], view.id).rows[0].cells[0].version
    results: list[str] = []
    go = threading.Barrier(2)

    def save(actor, qty):
        go.wait()
        try:
            with pg_db.write(actor) as s:
                demand_review_sales.save_forecast(s, actor, view.id, [ForecastCellInput(
                    b.product.id, FEB, Decimal(qty), None, version)])
            results.append("saved")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=save, args=(b[role], qty))
               for role, qty in ((Role.SALES, 1100), (Role.MANAGER, 1200))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == ["conflict", "saved"]
    with pg_db.read() as s:
        cell = demand_review_sales.sales_grid(s, b[Role.SALES], view.id).rows[0].cells[0]
    assert cell.forecast in (Decimal(1100), Decimal(1200)) and cell.version == version + 1
