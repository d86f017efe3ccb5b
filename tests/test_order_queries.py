"""The orders table's listing: paging, SQL sorting, filters and delivery risk, both backends."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from sopdesk.models import (
    Customer,
    Department,
    Item,
    ItemKind,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    Role,
    SalesOrder,
    SalesOrderLine,
)
from sopdesk.services import order_queries as q
from sopdesk.services import orders
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.order_queries import DeliveryRisk as R
from sopdesk.services.order_queries import OrderLineFilter as F
from sopdesk.services.order_queries import OrderLineSort as S
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 4, 0, tzinfo=dt.UTC)


@pytest.fixture
def data(db):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        other = Customer(code="C002", name="杭州西湖阀门厂")
        gear = Item(code="FG-200", name="齿轮箱", kind=ItemKind.FINISHED, unit="台",
                    sales_price=Decimal("999.00"))
        s.add_all([other, gear])
    sales = b[Role.SALES]
    made = {}

    def order(key, customer, item, qty, day, promised=None, custom=False, lines=1):
        with db.write(sales) as s:
            view = orders.create_order(s, sales, orders.OrderInput(
                customer_id=customer.id, order_date=dt.date(2026, 11, day), is_custom=custom,
                promised_date=promised,
                lines=[orders.OrderLineInput(item_id=item.id, qty=Decimal(qty)) for _ in range(lines)],
            ))
        made[key] = view
        return view

    order("late", b.customer, b.product, "5", 1, promised=dt.date(2026, 11, 20))
    order("near", b.customer, gear, "7", 2, promised=dt.date(2026, 11, 28))
    order("fine", other, b.product, "2", 3, promised=dt.date(2026, 12, 20), lines=3)
    order("nodate", other, gear, "1", 4)
    order("custom", b.customer, gear, "3", 5, promised=dt.date(2026, 12, 30), custom=True)
    order("shipped_late", other, b.product, "4", 6, promised=dt.date(2026, 11, 10))
    order("cancelled", other, b.product, "9", 7, promised=dt.date(2026, 11, 10))
    with db.write(SYSTEM) as s:
        s.execute(update(SalesOrderLine).where(SalesOrderLine.order_id == made["shipped_late"].id)
                  .values(shipped_qty=Decimal(4), delivered_date=dt.date(2026, 11, 15)))
        s.execute(update(SalesOrder).where(SalesOrder.id == made["cancelled"].id)
                  .values(status=OrderStatus.CANCELLED))
    b.made = made
    b.gear = gear
    b.other = other
    return b


ANY = F()
NEWEST = S()


def _fetch(db, b, flt=ANY, sort=NEWEST, offset=0, limit=100):
    with db.read() as s:
        return q.fetch_lines(s, b[Role.SALES], flt, sort, offset, limit, today=TODAY, now=NOW)


def _count(db, b, flt=ANY):
    with db.read() as s:
        return q.count_lines(s, b[Role.SALES], flt, today=TODAY, now=NOW)


def test_count_and_pages_cover_every_line_once(db, data):
    assert _count(db, data) == 9
    pages = [_fetch(db, data, offset=o, limit=4) for o in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 4, 1]
    ids = [r.line_id for p in pages for r in p]
    assert len(set(ids)) == 9
    numbers = [r.number for p in pages for r in p]
    assert numbers == sorted(numbers, reverse=True)  # newest first by default


def test_row_carries_what_the_table_shows(db, data):
    row = next(r for r in _fetch(db, data) if r.order_id == data.made["near"].id)
    assert row.customer_name == "宁波东方机电有限公司" and row.item_code == "FG-200"
    assert row.item_name == "齿轮箱" and row.unit == "台"
    assert row.qty == Decimal("7.0000") and row.amount == Decimal("6993.00")
    assert row.promised_date == dt.date(2026, 11, 28) and row.status == OrderStatus.DRAFT
    assert row.salesperson == "sales user" and row.version == 1 and row.line_no == 1


SEARCHES = [
    ("SO-2026-00003", 3), ("00001", 1), ("西湖", 6), ("c002", 6), ("fg-2", 3), ("齿轮", 3),
    ("泵体 东方", 1), ("nothing-like-this", 0), ("%", 0),
]


def test_quick_search(db, data):
    for text, expected in SEARCHES:
        assert _count(db, data, F(search=text)) == expected, text
        assert len(_fetch(db, data, F(search=text))) == expected, text


def test_filters(db, data):
    assert _count(db, data, F(statuses=frozenset({OrderStatus.CANCELLED}))) == 1
    assert _count(db, data, F(customer_id=data.other.id)) == 6
    assert _count(db, data, F(date_from=dt.date(2026, 11, 3), date_to=dt.date(2026, 11, 4))) == 4
    assert _count(db, data, F(custom=True)) == 1
    assert _count(db, data, F(custom=False)) == 8
    both = F(customer_id=data.customer.id, custom=False)
    assert {r.order_id for r in _fetch(db, data, both)} == {data.made["late"].id, data.made["near"].id}


def test_delivery_risk(db, data):
    risk = {r.order_id: r.risk for r in _fetch(db, data)}
    m = data.made
    assert risk[m["late"].id] == R.LATE
    assert risk[m["near"].id] == R.AT_RISK  # promised in two days
    assert risk[m["fine"].id] == R.ON_TIME
    assert risk[m["nodate"].id] == R.NO_DATE
    assert risk[m["custom"].id] == R.ON_TIME  # no review yet
    assert risk[m["shipped_late"].id] == R.DELIVERED_LATE
    assert risk[m["cancelled"].id] == R.CANCELLED
    late_or_risk = F(risks=frozenset({R.LATE, R.AT_RISK}))
    assert {r.order_id for r in _fetch(db, data, late_or_risk)} == {m["late"].id, m["near"].id}


def _task(s, order_id, dept, **kw):
    s.add(OrderReviewTask(order_id=order_id, department=dept,
                          assigned_at=NOW - dt.timedelta(hours=30),
                          due_at=NOW - dt.timedelta(hours=6), **kw))


def test_review_makes_an_order_at_risk(db, data):
    custom = data.made["custom"].id
    with db.write(SYSTEM) as s:
        _task(s, custom, Department.PRODUCTION)  # open and overdue
    assert _fetch(db, data, F(custom=True))[0].risk == R.AT_RISK
    with db.write(SYSTEM) as s:
        s.execute(update(OrderReviewTask).values(
            status=ReviewTaskStatus.ANSWERED, feasible=True, lead_days=10, answered_at=NOW))
        _task(s, custom, Department.SUPPLY, status=ReviewTaskStatus.ANSWERED, feasible=True,
              material_arrival_date=dt.date(2026, 12, 1), answered_at=NOW)
    # 2026-12-01 + 10 days is before the promised 2026-12-30
    assert _fetch(db, data, F(custom=True))[0].risk == R.ON_TIME
    with db.write(SYSTEM) as s:
        s.execute(update(OrderReviewTask).where(OrderReviewTask.department == Department.SUPPLY)
                  .values(material_arrival_date=dt.date(2026, 12, 25)))
    # arrival 12-25 + 10 days of production is after the promise
    assert _fetch(db, data, F(custom=True))[0].risk == R.AT_RISK
    with db.write(SYSTEM) as s:
        s.execute(update(OrderReviewTask).where(OrderReviewTask.department == Department.SUPPLY)
                  .values(material_arrival_date=dt.date(2026, 11, 27)))
        s.execute(update(OrderReviewTask).where(OrderReviewTask.department == Department.PRODUCTION)
                  .values(lead_days=40))
    # today + 40 days is after the promise, whatever the material date
    assert _fetch(db, data, F(custom=True))[0].risk == R.AT_RISK
    assert _count(db, data, F(risks=frozenset({R.AT_RISK}))) == 2
    with db.write(SYSTEM) as s:
        s.execute(update(OrderReviewTask).values(lead_days=5))
    assert _fetch(db, data, F(custom=True))[0].risk == R.ON_TIME


def test_overdue_review_without_a_promise_is_at_risk(db, data):
    with db.write(SYSTEM) as s:
        _task(s, data.made["nodate"].id, Department.SUPPLY)
    row = next(r for r in _fetch(db, data) if r.order_id == data.made["nodate"].id)
    assert row.risk == R.AT_RISK


def test_every_column_sorts_in_sql_with_stable_pages(db, data):
    for key in q.SORT_KEYS:
        for descending in (False, True):
            sort = S(key, descending)
            everything = _fetch(db, data, sort=sort)
            paged = [r for o in range(0, 9, 2) for r in _fetch(db, data, sort=sort, offset=o, limit=2)]
            assert [r.line_id for r in paged] == [r.line_id for r in everything], sort
            assert len({r.line_id for r in everything}) == 9


def test_sort_orders(db, data):
    qty = [r.qty for r in _fetch(db, data, sort=S("qty", False))]
    assert qty == sorted(qty)
    amounts = [r.amount for r in _fetch(db, data, sort=S("amount", True))]
    assert amounts == sorted(amounts, reverse=True)
    promised = [r.promised_date for r in _fetch(db, data, sort=S("promised_date", False))]
    assert promised[-1] is None and promised[0] == dt.date(2026, 11, 10)  # no date: last
    risks = [r.risk for r in _fetch(db, data, sort=S("risk", False))]
    assert risks[0] == R.LATE and risks[-1] == R.CANCELLED
    customers = [r.customer_name for r in _fetch(db, data, sort=S("customer", False))]
    assert customers == sorted(customers) or len(set(customers)) == 2


def test_bad_sort_and_page_are_refused(db, data):
    with pytest.raises(ValueError):
        _fetch(db, data, sort=S("password"))
    with pytest.raises(ValueError):
        _fetch(db, data, limit=0)


def test_views_need_the_order_permission(db, data):
    with db.read() as s, pytest.raises(PermissionDenied):
        q.count_lines(s, data[Role.SHOPFLOOR])


def test_choices_for_completion(db, data):
    with db.read() as s:
        customers = q.customer_choices(s, data[Role.SALES])
        products = q.product_choices(s, data[Role.SALES])
    assert [c.code for c in customers] == ["C001", "C002"]
    assert [p.code for p in products] == ["FG-100", "FG-200"]  # raw material is not sold
    assert products[0].unit == "套" and products[0].price == Decimal("120.5000")


def test_reviews_waiting_for_sales(db, data):
    from sopdesk.services import review

    sales, prod, sup = data[Role.SALES], data[Role.PRODUCTION], data[Role.SUPPLY]
    custom = data.made["custom"]
    with db.write(sales) as s:
        review.start_review(s, sales, custom.id, custom.version)
    with db.read() as s:
        assert q.reviews_awaiting_confirmation(s, sales) == []
        tasks = {t.department: t for t in review.get_review(s, sales, custom.id).tasks}
    with db.write(prod) as s:
        review.answer(s, prod, tasks[Department.PRODUCTION].id, tasks[Department.PRODUCTION].version,
                      True, lead_days=5)
    with db.write(sup) as s:
        review.answer(s, sup, tasks[Department.SUPPLY].id, tasks[Department.SUPPLY].version,
                      False, comment="特殊钢材停产")
    with db.read() as s:
        rows = q.reviews_awaiting_confirmation(s, sales)
    assert [(r.number, r.feasible) for r in rows] == [(custom.number, False)]
    assert rows[0].last_answer_at.tzinfo is not None and rows[0].customer_name == "宁波东方机电有限公司"


def test_review_risk_uses_each_lines_own_promised_date(db, data):
    """The review's earliest date is compared with this line's promise, not any line's."""
    custom = data.made["custom"]
    with db.write(SYSTEM) as s:
        s.execute(update(SalesOrderLine).where(SalesOrderLine.order_id == data.made["late"].id)
                  .values(promised_date=dt.date(2026, 11, 2)))  # another order, an early promise
        _task(s, custom.id, Department.SUPPLY, status=ReviewTaskStatus.ANSWERED, feasible=True,
              material_arrival_date=dt.date(2026, 12, 1), answered_at=NOW)
        _task(s, custom.id, Department.PRODUCTION, status=ReviewTaskStatus.ANSWERED, feasible=True,
              lead_days=3, answered_at=NOW)
    assert _fetch(db, data, F(custom=True))[0].risk == R.ON_TIME  # 12-04 fits 12-30
    with db.write(SYSTEM) as s:
        s.execute(update(SalesOrderLine).where(SalesOrderLine.order_id == custom.id)
                  .values(promised_date=dt.date(2026, 12, 3)))  # this line promised earlier
    assert _fetch(db, data, F(custom=True))[0].risk == R.AT_RISK
