"""The custom-order review (订单评审), PRACTICES §3, on SQLite and PostgreSQL."""

import datetime as dt
import threading
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from sopdesk.models import (
    Department,
    Notification,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    Role,
    SalesOrder,
)
from sopdesk.services import inbox, orders, review, settings
from sopdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics
from tests.pg_waits import wait_until_blocked

NOW = dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.UTC)  # 09:30 in Shanghai
H = dt.timedelta(hours=1)
P, S = Department.PRODUCTION, Department.SUPPLY


@pytest.fixture
def basics(db):
    return make_basics(db)


def _order(db, b, *, is_custom=True, order_date=dt.date(2026, 11, 2)):
    sales = b[Role.SALES]
    with db.write(sales) as s:
        return orders.create_order(s, sales, orders.OrderInput(
            customer_id=b.customer.id, order_date=order_date, requested_date=dt.date(2026, 12, 1),
            lines=[orders.OrderLineInput(item_id=b.product.id, qty=Decimal("50"))],
            is_custom=is_custom,
        ))


def _started(db, b, now=NOW, **kw):
    order = _order(db, b)
    with db.write(b[Role.SALES]) as s:
        return review.start_review(s, b[Role.SALES], order.id, order.version, now=now, **kw)


def _answer(db, actor, task, now, feasible=True, **kw):
    with db.write(actor) as s:
        return review.answer(s, actor, task.id, task.version, feasible, now=now, **kw)


def _kinds(items, **match):
    return [i.kind for i in items if all(getattr(i, k) == v for k, v in match.items())]


def test_full_closed_loop(db, basics):
    sales, prod, sup = basics[Role.SALES], basics[Role.PRODUCTION], basics[Role.SUPPLY]
    order = _order(db, basics)

    # 1. sales starts the review: production and supply each get a task and a notification
    with db.write(sales) as s:
        v = review.start_review(s, sales, order.id, order.version, now=NOW, note="定制款")
    assert v.order_status == OrderStatus.IN_REVIEW
    assert [t.department for t in v.tasks] == [P, S]
    assert all(t.status == ReviewTaskStatus.OPEN and t.owner_id is None for t in v.tasks)
    assert all(t.due_at == NOW + 24 * H for t in v.tasks)
    assert v.tasks[0].due_local == dt.datetime(2026, 11, 3, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert v.requested_by == "sales user" and v.requested_at == NOW
    assert v.tasks[0].time_left == 24 * H and not v.overdue

    with db.read() as s:
        prod_inbox = inbox.list_inbox(s, prod, now=NOW + H)
        sup_inbox = inbox.list_inbox(s, sup, now=NOW + H)
        sales_inbox = inbox.list_inbox(s, sales, now=NOW + H)
    for items, task in ((prod_inbox, v.tasks[0]), (sup_inbox, v.tasks[1])):
        assert sorted(_kinds(items, ref_id=task.id)) == ["review_requested", "review_task"]
        todo = next(i for i in items if i.source == inbox.InboxSource.REVIEW_TASK)
        assert todo.id == task.id and todo.version == task.version
        assert todo.order_number == order.number and todo.due_at == NOW + 24 * H
        assert not todo.overdue
    assert sales_inbox == []

    # 2./3. production and supply answer; sales and the other department hear at once
    v = _answer(db, prod, v.tasks[0], NOW + 2 * H, lead_days=15, comment="需新开模具")
    v = _answer(db, sup, v.task(S), NOW + 3 * H, material_arrival_date=dt.date(2026, 11, 10))
    with db.read() as s:
        sales_inbox = inbox.list_inbox(s, sales, now=NOW + 4 * H)
        prod_inbox = inbox.list_inbox(s, prod, now=NOW + 4 * H)
        assert inbox.unread_count(s, sales) == 2
        v = review.get_review(s, sales, order.id, now=NOW + 4 * H)
    answered = [i for i in sales_inbox if i.kind == "review_answered"]
    assert {i.ref_id for i in answered} == {t.id for t in v.tasks}
    assert all(i.order_number == order.number and not i.overdue for i in answered)
    assert any("15 days" in i.message for i in answered)
    assert any("2026-11-10" in i.message for i in answered)
    # production: its request is dealt with; it now sees supply's answer
    assert _kinds(prod_inbox) == ["review_answered"]
    assert prod_inbox[0].ref_id == v.task(S).id

    p, q = v.task(P), v.task(S)
    assert (p.status, p.feasible, p.lead_days, p.comment) == (ReviewTaskStatus.ANSWERED, True, 15, "需新开模具")
    assert (p.answered_by, p.answered_at) == ("production user", NOW + 2 * H)
    assert (q.answered_by, q.answered_at) == ("supply user", NOW + 3 * H)
    assert q.material_arrival_date == dt.date(2026, 11, 10)
    assert v.answered and v.feasible and not p.answered_late
    # production starts when the material is in: 11-10 + 15 days
    assert review.suggested_promise_date(v) == dt.date(2026, 11, 25) == v.suggested_promise_date

    # 4. sales confirms the date agreed with the customer
    with db.write(sales) as s:
        v = review.confirm(s, sales, order.id, v.order_version, dt.date(2026, 11, 28),
                           note="客户同意11月28日交货", now=NOW + 5 * H)
    assert v.order_status == OrderStatus.CONFIRMED and v.promised_date == dt.date(2026, 11, 28)
    with db.read() as s:
        current = orders.get_order(s, sales, order.id)
        for actor in (prod, sup):
            assert "review_confirmed" in _kinds(inbox.list_inbox(s, actor, now=NOW + 6 * H))
    assert current.status == OrderStatus.CONFIRMED
    assert current.promised_date == dt.date(2026, 11, 28)

    # the thread: every step with who and when
    steps = [(h.from_status, h.to_status, h.changed_by) for h in v.history]
    assert steps == [
        (None, OrderStatus.DRAFT, "sales"),
        (OrderStatus.DRAFT, OrderStatus.IN_REVIEW, "sales"),
        (OrderStatus.IN_REVIEW, OrderStatus.CONFIRMED, "sales"),
    ]
    assert v.history[1].note == "定制款" and v.history[2].note == "客户同意11月28日交货"
    assert all(h.changed_at.tzinfo is not None for h in v.history)
    assert [h.changed_at for h in v.history] == sorted(h.changed_at for h in v.history)


def test_who_may_start_and_answer(db, basics):
    order = _order(db, basics)
    floor = basics[Role.SHOPFLOOR]
    with pytest.raises(PermissionDenied), db.write(floor) as s:
        review.start_review(s, floor, order.id, order.version, now=NOW)
    with db.read() as s:
        assert s.get(SalesOrder, order.id).status == OrderStatus.DRAFT
        assert s.query(OrderReviewTask).count() == 0

    with db.write(basics[Role.SALES]) as s:
        v = review.start_review(s, basics[Role.SALES], order.id, order.version, now=NOW)
    p, q = v.task(P), v.task(S)
    refused = [(Role.SALES, p), (Role.SALES, q), (Role.PRODUCTION, q), (Role.SUPPLY, p),
               (Role.SHOPFLOOR, p)]
    for role, task in refused:
        with pytest.raises(PermissionDenied), db.write(basics[role]) as s:
            review.answer(s, basics[role], task.id, task.version, True, lead_days=3,
                          material_arrival_date=dt.date(2026, 11, 5), now=NOW)
    with db.read() as s:
        assert all(t.status == ReviewTaskStatus.OPEN for t in s.query(OrderReviewTask))
    # the manager may answer either department's task
    manager = basics[Role.MANAGER]
    _answer(db, manager, p, NOW + H, lead_days=5)
    v = _answer(db, manager, q, NOW + H, material_arrival_date=dt.date(2026, 11, 4))
    assert {t.answered_by for t in v.tasks} == {"manager user"}


def test_answer_validation_names_the_field(db, basics):
    v = _started(db, basics)
    p, q = v.task(P), v.task(S)
    prod, sup = basics[Role.PRODUCTION], basics[Role.SUPPLY]
    cases = [
        (prod, p, dict(feasible=True), "lead_days"),
        (prod, p, dict(feasible=True, lead_days=-1), "lead_days"),
        (prod, p, dict(feasible=True, lead_days=2.5), "lead_days"),
        (prod, p, dict(feasible=True, lead_days=3, material_arrival_date=dt.date(2026, 11, 9)),
         "material_arrival_date"),
        (prod, p, dict(feasible=False), "comment"),
        (prod, p, dict(feasible="yes", lead_days=3), "feasible"),
        (sup, q, dict(feasible=True), "material_arrival_date"),
        (sup, q, dict(feasible=True, material_arrival_date=dt.date(2026, 10, 1)),
         "material_arrival_date"),
        (sup, q, dict(feasible=True, lead_days=4, material_arrival_date=dt.date(2026, 11, 9)),
         "lead_days"),
        (sup, q, dict(feasible=False, comment="   "), "comment"),
    ]
    for actor, task, kw, field in cases:
        with pytest.raises(ValidationError) as err, db.write(actor) as s:
            review.answer(s, actor, task.id, task.version, now=NOW, **kw)
        assert err.value.field == field, (kw, err.value)
    with db.read() as s:
        assert all(t.status == ReviewTaskStatus.OPEN and t.version == 1
                   for t in s.query(OrderReviewTask))
    with pytest.raises(NotFound) as err, db.write(prod) as s:
        review.answer(s, prod, uuid.uuid4(), 1, True, lead_days=1, now=NOW)
    assert err.value.field == "task_id"


def test_start_review_refusals(db, basics):
    sales = basics[Role.SALES]
    standard = _order(db, basics, is_custom=False)
    with pytest.raises(InvalidTransition) as err, db.write(sales) as s:
        review.start_review(s, sales, standard.id, standard.version, now=NOW)
    assert err.value.field == "is_custom"

    v = _started(db, basics)
    with pytest.raises(InvalidTransition) as err, db.write(sales) as s:
        review.start_review(s, sales, v.order_id, v.order_version, now=NOW)
    assert err.value.field == "status"
    with pytest.raises(ConflictError), db.write(sales) as s:
        review.start_review(s, sales, v.order_id, 1, now=NOW)

    fresh = _order(db, basics)
    with pytest.raises(ValidationError) as err, db.write(sales) as s:
        review.start_review(s, sales, fresh.id, fresh.version, now=NOW,
                            supply_owner_id=basics[Role.PRODUCTION].user_id)
    assert err.value.field == "supply_owner_id"
    with pytest.raises(ValueError), db.write(sales) as s:
        review.start_review(s, sales, fresh.id, fresh.version, now=dt.datetime(2026, 11, 2, 9))
    with db.read() as s:
        assert s.get(SalesOrder, fresh.id).status == OrderStatus.DRAFT


def test_owner_is_named_and_an_outside_owner_is_notified(db, basics):
    manager, prod = basics[Role.MANAGER], basics[Role.PRODUCTION]
    v = _started(db, basics, production_owner_id=prod.user_id, supply_owner_id=manager.user_id)
    assert (v.task(P).owner, v.task(S).owner) == ("production user", "manager user")
    with db.read() as s:
        manager_items = inbox.list_inbox(s, manager, now=NOW)
        rows = review.open_reviews(s, manager, now=NOW)
    assert sorted(_kinds(manager_items, ref_id=v.task(S).id)) == ["review_requested", "review_task"]
    assert {(r.department, r.owner) for r in rows} == {(P, "production user"), (S, "manager user")}


def test_stale_answer_raises_conflict(db, basics):
    v = _started(db, basics)
    stale = v.task(P)  # production user opened the task at version 1
    _answer(db, basics[Role.MANAGER], stale, NOW + H, lead_days=20)  # the manager answered first
    with pytest.raises(ConflictError) as err:
        _answer(db, basics[Role.PRODUCTION], stale, NOW + 2 * H, lead_days=10)
    assert err.value.info.your_version == 1 and err.value.info.current_version == 2
    assert err.value.info.changed_by == "manager user"
    with db.read() as s:
        task = s.get(OrderReviewTask, stale.id)
        assert (task.lead_days, task.version) == (20, 2)


def test_answer_once_unless_revised(db, basics):
    prod = basics[Role.PRODUCTION]
    v = _started(db, basics)
    v = _answer(db, prod, v.task(P), NOW + H, lead_days=10)
    with pytest.raises(InvalidTransition) as err:
        _answer(db, prod, v.task(P), NOW + 2 * H, lead_days=12)
    assert err.value.field == "status"
    with db.write(prod) as s:
        v = review.answer(s, prod, v.task(P).id, v.task(P).version, True, lead_days=12,
                          comment="模具提前完成", now=NOW + 2 * H, revise=True)
    assert (v.task(P).lead_days, v.task(P).answered_at) == (12, NOW + 2 * H)
    with db.read() as s:
        answered = [i for i in inbox.list_inbox(s, basics[Role.SALES], now=NOW + 3 * H)
                    if i.kind == "review_answered"]
    assert len(answered) == 2 and any("revised" in i.message for i in answered)


def test_confirm_needs_both_answers(db, basics):
    sales = basics[Role.SALES]
    v = _started(db, basics)
    _answer(db, basics[Role.PRODUCTION], v.task(P), NOW + H, lead_days=10)
    with pytest.raises(InvalidTransition) as err, db.write(sales) as s:
        review.confirm(s, sales, v.order_id, v.order_version, dt.date(2026, 12, 1), now=NOW + 2 * H)
    assert err.value.field == "status" and err.value.details["waiting"] == ["supply"]
    with db.read() as s:
        order = s.get(SalesOrder, v.order_id)
        assert order.status == OrderStatus.IN_REVIEW and order.promised_date is None
    # orders.change_status enforces the same rule for anyone going around this service
    with pytest.raises(InvalidTransition), db.write(sales) as s:
        order = s.get(SalesOrder, v.order_id)
        order.promised_date = dt.date(2026, 12, 1)
        s.flush()
        orders.change_status(s, sales, order.id, order.version, OrderStatus.CONFIRMED)


def test_confirm_refuses_a_date_earlier_than_the_answers_allow(db, basics):
    sales = basics[Role.SALES]
    v = _started(db, basics)
    _answer(db, basics[Role.PRODUCTION], v.task(P), NOW + H, lead_days=10)
    v = _answer(db, basics[Role.SUPPLY], v.task(S), NOW + H, material_arrival_date=dt.date(2026, 11, 20))
    assert v.suggested_promise_date == dt.date(2026, 11, 30)
    with pytest.raises(ValidationError) as err, db.write(sales) as s:
        review.confirm(s, sales, v.order_id, v.order_version, dt.date(2026, 11, 29), now=NOW + 2 * H)
    assert err.value.field == "promised_date"
    assert err.value.details["suggested"] == dt.date(2026, 11, 30)
    with pytest.raises(ConflictError), db.write(sales) as s:
        review.confirm(s, sales, v.order_id, v.order_version - 1, dt.date(2026, 11, 30), now=NOW)
    with db.write(sales) as s:
        v = review.confirm(s, sales, v.order_id, v.order_version, dt.date(2026, 11, 30), now=NOW)
    assert v.order_status == OrderStatus.CONFIRMED


def test_not_feasible_then_withdraw_and_restart(db, basics):
    sales, sup = basics[Role.SALES], basics[Role.SUPPLY]
    v = _started(db, basics)
    first_round = {t.id for t in v.tasks}
    _answer(db, basics[Role.PRODUCTION], v.task(P), NOW + H, lead_days=10)
    v = _answer(db, sup, v.task(S), NOW + H, feasible=False, comment="特殊钢材停产")
    assert v.answered and v.feasible is False and v.suggested_promise_date is None
    with pytest.raises(InvalidTransition) as err, db.write(sales) as s:
        review.confirm(s, sales, v.order_id, v.order_version, dt.date(2026, 12, 20), now=NOW)
    assert err.value.field == "feasible" and err.value.details["departments"] == ["supply"]

    with db.write(sales) as s:
        v = review.withdraw(s, sales, v.order_id, v.order_version, OrderStatus.DRAFT,
                            note="改用替代材料", now=NOW + 2 * H)
    assert v.order_status == OrderStatus.DRAFT
    with db.write(sales) as s:
        v = review.start_review(s, sales, v.order_id, v.order_version, now=NOW + 3 * H)
    assert {t.id for t in v.earlier_tasks} == first_round
    assert all(t.status == ReviewTaskStatus.CANCELLED for t in v.earlier_tasks)
    assert v.earlier_tasks[0].answered_by is not None  # old answers stay readable
    assert [t.status for t in v.tasks] == [ReviewTaskStatus.OPEN] * 2
    assert {t.id for t in v.tasks}.isdisjoint(first_round)
    assert all(t.due_at == NOW + 27 * H for t in v.tasks)
    with db.read() as s:
        assert {r.task_id for r in review.open_reviews(s, sales, now=NOW + 3 * H)} == {t.id for t in v.tasks}
    assert [h.to_status for h in v.history] == [
        OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.DRAFT, OrderStatus.IN_REVIEW]

    with db.write(sales) as s:
        v = review.withdraw(s, sales, v.order_id, v.order_version, OrderStatus.CANCELLED, now=NOW + 4 * H)
    assert v.order_status == OrderStatus.CANCELLED
    assert all(t.status == ReviewTaskStatus.CANCELLED for t in v.earlier_tasks)
    with db.write(SYSTEM) as s:
        assert review.escalate_overdue(s, now=NOW + 100 * H) == 0
        assert review.open_reviews(s, sales, now=NOW) == []


def test_due_time_follows_the_setting_in_elapsed_hours(db, basics):
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "review.due_hours", 8)
    v = _started(db, basics)
    assert all(t.due_at == NOW + 8 * H for t in v.tasks)
    assert v.task(P).due_local.hour == 17 and v.task(P).due_local.tzinfo.key == "Asia/Shanghai"

    # Over a DST change, 24 h stay 24 elapsed hours (the local clock reads one hour less).
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "review.due_hours", 24)
        settings.set_value(s, SYSTEM, "factory.timezone", "Europe/Berlin")
    before_dst_end = dt.datetime(2026, 10, 24, 8, 0, tzinfo=dt.UTC)  # 10:00 CEST
    v = _started(db, basics, now=before_dst_end)
    assert v.task(S).due_at == before_dst_end + 24 * H
    assert v.task(S).due_local.hour == 9 and v.timezone == "Europe/Berlin"


def test_overdue_tasks_are_escalated_once(db, basics):
    manager, prod = basics[Role.MANAGER], basics[Role.PRODUCTION]
    v = _started(db, basics)
    due = v.tasks[0].due_at
    with db.write(SYSTEM) as s:
        assert review.escalate_overdue(s, now=due - H) == 0
    later = due + H
    with db.write(SYSTEM) as s:
        assert review.escalate_overdue(s, now=later) == 2
    with db.write(SYSTEM) as s:
        assert review.escalate_overdue(s, now=later + H) == 0
    with db.read() as s:
        notes = s.query(Notification).filter_by(kind="review_overdue").all()
        assert sorted(n.ref_id for n in notes) == sorted(t.id for t in v.tasks)
        assert {n.recipient_department for n in notes} == {Department.MANAGEMENT}
        items = inbox.list_inbox(s, manager, now=later)
        rows = review.open_reviews(s, manager, now=later)
        thread = review.get_review(s, manager, v.order_id, now=later)
        assert inbox.list_inbox(s, basics[Role.ADMIN], now=later) == items  # same department
    overdue = [i for i in items if i.kind == "review_overdue"]
    assert len(overdue) == 2 and all(i.overdue for i in overdue)
    assert [(r.overdue, r.overdue_by, r.escalated_at) for r in rows] == [(True, H, later)] * 2
    assert thread.overdue and all(t.escalated_at == later for t in thread.tasks)
    assert all(t.time_left == -H for t in thread.tasks)
    # the stamp is not an edit: production's copy of the task is still current
    assert thread.task(P).version == v.task(P).version
    _answer(db, prod, v.task(P), later + H, lead_days=9)
    with db.read() as s:
        items = inbox.list_inbox(s, manager, now=later + 2 * H)
        thread = review.get_review(s, manager, v.order_id, now=later + 2 * H)
    flags = {i.ref_id: i.overdue for i in items if i.kind == "review_overdue"}
    assert flags == {v.task(P).id: False, v.task(S).id: True}
    assert thread.task(P).answered_late and not thread.task(P).overdue


def test_open_reviews_sorted_by_due_and_filtered(db, basics):
    sales = basics[Role.SALES]
    late = _started(db, basics, now=NOW + 5 * H)
    early = _started(db, basics, now=NOW)
    with db.read() as s:
        rows = review.open_reviews(s, sales, now=NOW + 6 * H)
        supply_rows = review.open_reviews(s, sales, now=NOW + 6 * H, department="supply")
        with pytest.raises(ValidationError) as err:
            review.open_reviews(s, sales, department="sales-ish")
        with pytest.raises(PermissionDenied):
            review.open_reviews(s, basics[Role.SHOPFLOOR])
    assert err.value.field == "department"
    assert [(r.order_number, r.department) for r in rows] == [
        (early.order_number, P), (early.order_number, S), (late.order_number, P), (late.order_number, S)]
    assert rows[0].time_left == 18 * H and rows[-1].time_left == 23 * H
    assert not any(r.overdue for r in rows) and rows[0].overdue_by is None
    assert rows[0].customer_name == "宁波东方机电有限公司" and rows[0].requested_by == "sales user"
    assert [r.order_number for r in supply_rows] == [early.order_number, late.order_number]
    assert {r.department for r in supply_rows} == {S}


def test_a_revised_answer_and_a_confirm_cannot_interleave(pg_db):
    """PostgreSQL, two PCs: supply revises to "not feasible" while sales confirms. Both take
    the order's row lock first, so the confirm waits and then sees the revised answer.
    (SQLite serialises writers with BEGIN IMMEDIATE: nothing can interleave there.)"""
    db = pg_db
    b = make_basics(db)
    sales, sup = b[Role.SALES], b[Role.SUPPLY]
    v = _started(db, b)
    _answer(db, b[Role.PRODUCTION], v.task(P), NOW + H, lead_days=10)
    v = _answer(db, sup, v.task(S), NOW + H, material_arrival_date=dt.date(2026, 11, 5))

    supply_pc = db.session()
    supply_pc.info["actor"] = sup
    review.answer(supply_pc, sup, v.task(S).id, v.task(S).version, False, comment="供应商断货",
                  now=NOW + 2 * H, revise=True)  # holds the order's lock, not committed yet
    outcome = []

    def sales_pc():
        try:
            with db.write(sales) as s:
                review.confirm(s, sales, v.order_id, v.order_version, dt.date(2026, 12, 1), now=NOW)
            outcome.append("confirmed")
        except InvalidTransition as exc:
            outcome.append(exc.field)

    thread = threading.Thread(target=sales_pc)
    thread.start()
    try:
        wait_until_blocked(db.url)
        assert outcome == []  # waiting for the supply PC
        supply_pc.commit()
    finally:
        supply_pc.close()  # on failure: roll back, so the thread and the teardown can go on
        thread.join(timeout=15)
    assert outcome == ["feasible"]
    with db.read() as s:
        assert s.get(SalesOrder, v.order_id).status == OrderStatus.IN_REVIEW
