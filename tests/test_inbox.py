"""The in-app inbox (通知/待办) on SQLite and PostgreSQL."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import event

from sopdesk.models import ActionItem, ActionStatus, Department, Notification, Role
from sopdesk.services import inbox, orders, review
from sopdesk.services.errors import NotFound, PermissionDenied
from sopdesk.services.inbox import InboxSource
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

NOW = dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)


@pytest.fixture
def basics(db):
    return make_basics(db)


def _note(s, message, *, at, department=None, user_id=None, due_at=None, ref=(None, None)):
    n = Notification(created_at=at, recipient_department=department, recipient_user_id=user_id,
                     kind="info", message=message, due_at=due_at, ref_table=ref[0], ref_id=ref[1])
    s.add(n)
    s.flush()
    return n.id


def _messages(db, actor, **kw):
    with db.read() as s:
        return [i.message for i in inbox.list_inbox(s, actor, now=NOW, **kw)]


def test_notifications_reach_the_user_and_the_department(db, basics):
    b = basics
    with db.write(SYSTEM) as s:
        _note(s, "to production", department=Department.PRODUCTION, at=NOW - 3 * H)
        _note(s, "to management", department=Department.MANAGEMENT, at=NOW - 2 * H)
        _note(s, "to the supply user", user_id=b[Role.SUPPLY].user_id, at=NOW - H)
        _note(s, "to the sales user", user_id=b[Role.SALES].user_id, at=NOW)
        _note(s, "to the shop-floor user", user_id=b[Role.SHOPFLOOR].user_id, at=NOW - 4 * H)
    assert _messages(db, b[Role.PRODUCTION]) == ["to production"]
    # shop floor belongs to production; newest first
    assert _messages(db, b[Role.SHOPFLOOR]) == ["to production", "to the shop-floor user"]
    assert _messages(db, b[Role.SUPPLY]) == ["to the supply user"]
    assert _messages(db, b[Role.SALES]) == ["to the sales user"]
    assert _messages(db, b[Role.MANAGER]) == _messages(db, b[Role.ADMIN]) == ["to management"]
    # the system actor has no user id: it must not match every user-less notification
    assert _messages(db, SYSTEM) == ["to management"]
    with db.read() as s:
        item = inbox.list_inbox(s, b[Role.PRODUCTION], now=NOW)[0]
        assert inbox.unread_count(s, b[Role.SHOPFLOOR]) == 2
    assert item.source == InboxSource.NOTIFICATION and item.department == Department.PRODUCTION
    assert item.created_at == NOW - 3 * H and not item.read and item.version is None


def test_mark_read_and_counts(db, basics):
    prod, floor, sup = basics[Role.PRODUCTION], basics[Role.SHOPFLOOR], basics[Role.SUPPLY]
    with db.write(SYSTEM) as s:
        dept = _note(s, "dept", department=Department.PRODUCTION, at=NOW - H)
        own = _note(s, "own", user_id=prod.user_id, at=NOW)
        other = _note(s, "other", user_id=sup.user_id, at=NOW)
    with db.write(prod) as s:
        assert inbox.unread_count(s, prod) == 2
        assert inbox.mark_read(s, prod, own, now=NOW) is True
        assert inbox.mark_read(s, prod, own, now=NOW + H) is False  # idempotent
        with pytest.raises(PermissionDenied):
            inbox.mark_read(s, prod, other)
        with pytest.raises(NotFound) as err:
            inbox.mark_read(s, prod, uuid.uuid4())
        assert err.value.field == "notification_id"
    assert _messages(db, prod) == ["dept"]
    with db.read() as s:
        all_items = inbox.list_inbox(s, prod, now=NOW, include_read=True)
        assert inbox.unread_count(s, prod) == 1
    assert [(i.message, i.read) for i in all_items] == [("own", True), ("dept", False)]
    # a department notification read by one member is read for the department
    with db.write(floor) as s:
        assert inbox.mark_read(s, floor, dept, now=NOW) is True
    with db.read() as s:
        assert inbox.unread_count(s, prod) == 0
        assert inbox.unread_count(s, sup) == 1
    with db.write(sup) as s:
        assert inbox.mark_all_read(s, sup, now=NOW) == 1
        assert inbox.unread_count(s, sup) == 0
        assert inbox.mark_all_read(s, sup, now=NOW) == 0


def test_open_action_items_are_to_dos(db, basics):
    prod, sup = basics[Role.PRODUCTION], basics[Role.SUPPLY]
    with db.write(SYSTEM) as s:
        s.add_all([
            ActionItem(department=Department.PRODUCTION, description="排产 900 套\n细节见纪要",
                       due_at=NOW - H, created_at=NOW - 48 * H),
            ActionItem(department=Department.SUPPLY, owner_id=prod.user_id,
                       description="确认模具到厂", due_at=NOW + 24 * H, created_at=NOW - 24 * H),
            ActionItem(department=Department.PRODUCTION, description="已完成", due_at=NOW - H,
                       status=ActionStatus.DONE),
            ActionItem(department=Department.SUPPLY, description="锁定原材料 A",
                       due_at=NOW + H, created_at=NOW - 24 * H),
        ])
    with db.read() as s:
        items = inbox.list_inbox(s, prod, now=NOW)
        supply_items = inbox.list_inbox(s, sup, now=NOW)
    assert [(i.title, i.overdue) for i in items] == [("确认模具到厂", False), ("排产 900 套", True)]
    assert all(i.source == InboxSource.ACTION_ITEM and i.version == 1 for i in items)
    assert items[1].message == "排产 900 套\n细节见纪要" and items[1].ref_table == "action_item"
    # an item owned by a production user but assigned to supply shows in both inboxes
    assert sorted(i.title for i in supply_items) == ["确认模具到厂", "锁定原材料 A"]


def test_review_to_dos_only_for_those_who_answer(db, basics):
    b = basics
    sales = b[Role.SALES]
    with db.write(sales) as s:
        order = orders.create_order(s, sales, orders.OrderInput(
            customer_id=b.customer.id, order_date=dt.date(2026, 11, 2), is_custom=True,
            lines=[orders.OrderLineInput(item_id=b.product.id, qty=Decimal("5"))],
        ))
        v = review.start_review(s, sales, order.id, order.version, now=NOW)
    task = v.task(Department.PRODUCTION)
    with db.read() as s:
        floor = inbox.list_inbox(s, b[Role.SHOPFLOOR], now=NOW + 25 * H)
        prod = inbox.list_inbox(s, b[Role.PRODUCTION], now=NOW + 25 * H)
        manager = inbox.list_inbox(s, b[Role.MANAGER], now=NOW + 25 * H)
    # the shop floor hears about it (production department) but has nothing to answer
    assert [(i.kind, i.overdue) for i in floor] == [("review_requested", True)]
    todo = [i for i in prod if i.source == InboxSource.REVIEW_TASK]
    assert [(i.id, i.overdue, i.order_number) for i in todo] == [(task.id, True, order.number)]
    assert manager == []  # nothing yet: no management notification before escalation

    with db.write(b[Role.PRODUCTION]) as s:
        review.answer(s, b[Role.PRODUCTION], task.id, task.version, True, lead_days=7,
                      now=NOW + 26 * H)
    with db.read() as s:
        prod = inbox.list_inbox(s, b[Role.PRODUCTION], now=NOW + 26 * H)
        floor = inbox.list_inbox(s, b[Role.SHOPFLOOR], now=NOW + 26 * H, include_read=True)
    assert prod == []  # the to-do is done and the request marked read
    assert [(i.kind, i.read, i.overdue) for i in floor] == [("review_requested", True, False)]


def test_list_inbox_is_a_few_queries_and_needs_aware_times(db, basics):
    prod = basics[Role.PRODUCTION]
    with db.write(SYSTEM) as s:
        for n in range(30):
            _note(s, f"n{n}", department=Department.PRODUCTION, at=NOW - n * H, due_at=NOW)
    statements = []

    def count(_conn, _cursor, sql, *_args):
        if not sql.lstrip().upper().startswith("BEGIN"):  # SQLite's explicit BEGIN
            statements.append(sql)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.read() as s:
            items = inbox.list_inbox(s, prod, now=NOW + H, limit=10)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert [i.message for i in items] == [f"n{n}" for n in range(10)]
    assert all(i.overdue for i in items)  # unread, past due
    assert len(statements) <= 4  # time zone setting + notifications + review tasks + actions
    with pytest.raises(ValueError), db.read() as s:
        inbox.list_inbox(s, prod, now=dt.datetime(2026, 11, 2, 9, 0))
