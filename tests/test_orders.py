import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import AuditLog, OrderStatus, Role, SalesOrder
from sopdesk.services import orders
from sopdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from tests.factories import make_basics


@pytest.fixture
def basics(db):
    return make_basics(db)


def _input(b, qty="10", **kw):
    return orders.OrderInput(
        customer_id=b.customer.id, order_date=dt.date(2026, 11, 2),
        requested_date=dt.date(2026, 12, 1),
        lines=[orders.OrderLineInput(item_id=b.product.id, qty=Decimal(qty))], **kw,
    )


def test_create_order_numbers_and_amounts(db, basics):
    with db.write(basics[Role.SALES]) as s:
        a = orders.create_order(s, basics[Role.SALES], _input(basics, "3"))
        b = orders.create_order(s, basics[Role.SALES], _input(basics, "0.5"))
    assert a.number == "SO-2026-00001" and b.number == "SO-2026-00002"
    assert a.status == OrderStatus.DRAFT and a.version == 1
    assert a.lines[0].unit_price == Decimal("120.5000")
    assert a.total == Decimal("361.50")
    assert b.total == Decimal("60.25")  # 0.5 x 120.50, exact
    with db.read() as s:
        assert orders.status_history(s, basics[Role.SALES], a.id)[0][2] == OrderStatus.DRAFT


@pytest.mark.parametrize("role", [Role.PRODUCTION, Role.SUPPLY, Role.SHOPFLOOR])
def test_only_sales_like_roles_create_orders(db, basics, role):
    with pytest.raises(PermissionDenied), db.write(basics[role]) as s:
        orders.create_order(s, basics[role], _input(basics))
    with db.read() as s:
        assert s.query(SalesOrder).count() == 0


@pytest.mark.parametrize(
    "qty, field", [("0", "lines[1].qty"), ("-5", "lines[1].qty"), ("1.00001", "lines[1].qty")]
)
def test_bad_quantities_are_refused_with_the_field(db, basics, qty, field):
    with pytest.raises(ValidationError) as err, db.write(basics[Role.SALES]) as s:
        orders.create_order(s, basics[Role.SALES], _input(basics, qty))
    assert err.value.field == field


def test_requested_date_before_order_date_refused(db, basics):
    data = _input(basics)
    data.requested_date = dt.date(2026, 10, 1)
    with pytest.raises(ValidationError) as err, db.write(basics[Role.SALES]) as s:
        orders.create_order(s, basics[Role.SALES], data)
    assert err.value.field == "requested_date"


def test_stale_save_raises_conflict_and_keeps_the_newer_data(db, basics):
    sales, manager = basics[Role.SALES], basics[Role.MANAGER]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, _input(basics))
    # manager edits first (from version 1)
    with db.write(manager) as s:
        data = _input(basics, "12")
        data.lines[0].line_id = view.lines[0].id
        data.note = "客户要求加急"
        newer = orders.update_order(s, manager, view.id, view.version, data)
    assert newer.version == 2
    # sales saves its stale copy (still version 1)
    with pytest.raises(ConflictError) as err, db.write(sales) as s:
        data = _input(basics, "99")
        data.lines[0].line_id = view.lines[0].id
        orders.update_order(s, sales, view.id, view.version, data)
    info = err.value.info
    assert info.your_version == 1 and info.current_version == 2
    assert info.changed_by == "manager user"
    fields = {c.field: c for c in info.changes}
    assert fields["note"].before is None and fields["note"].after == "客户要求加急"
    assert any(c.field == "line:update" for c in info.changes)
    with db.read() as s:
        current = orders.get_order(s, sales, view.id)
    assert current.lines[0].qty == Decimal("12.0000") and current.version == 2


def test_concurrent_write_after_read_is_caught_by_version_column(pg_db):
    """Two sessions read version 1; the slower write must fail, not overwrite.
    (On SQLite, BEGIN IMMEDIATE serialises writers, so the read already sees the newer row.)"""
    db = pg_db
    basics = make_basics(db)
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, _input(basics))
    slow = db.session()
    slow.info["actor"] = sales
    order = slow.get(SalesOrder, view.id)  # reads version 1
    with db.write(basics[Role.MANAGER]) as s:
        data = _input(basics, "7")
        data.lines[0].line_id = view.lines[0].id
        orders.update_order(s, basics[Role.MANAGER], view.id, 1, data)
    order.note = "slow edit"
    with pytest.raises(Exception) as err:
        slow.flush()
    assert "StaleDataError" in type(err.value).__name__
    slow.rollback()
    slow.close()


def test_status_flow_for_a_standard_order(db, basics):
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        v = orders.create_order(s, sales, _input(basics))
        with pytest.raises(InvalidTransition) as err:
            orders.change_status(s, sales, v.id, v.version, OrderStatus.CONFIRMED)
        assert err.value.field == "promised_date"
    with db.write(sales) as s:
        data = _input(basics)
        data.lines[0].line_id = v.lines[0].id
        data.promised_date = dt.date(2026, 12, 5)
        v = orders.update_order(s, sales, v.id, v.version, data)
        v = orders.change_status(s, sales, v.id, v.version, OrderStatus.CONFIRMED)
        v = orders.change_status(s, sales, v.id, v.version, OrderStatus.IN_PRODUCTION)
        with pytest.raises(InvalidTransition):
            orders.change_status(s, sales, v.id, v.version, OrderStatus.CLOSED)
    with db.read() as s:
        hist = orders.status_history(s, sales, v.id)
        assert [h[2] for h in hist] == [OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION]
        assert all(h[3] == "sales" for h in hist)


def test_custom_order_cannot_skip_review(db, basics):
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        data = _input(basics, is_custom=True, promised_date=dt.date(2026, 12, 20))
        v = orders.create_order(s, sales, data)
        with pytest.raises(InvalidTransition):
            orders.change_status(s, sales, v.id, v.version, OrderStatus.CONFIRMED)


def test_edits_are_audited_with_user_and_values(db, basics):
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        v = orders.create_order(s, sales, _input(basics))
    with db.write(sales) as s:
        data = _input(basics)
        data.lines[0].line_id = v.lines[0].id
        data.requested_date = dt.date(2026, 12, 15)
        orders.update_order(s, sales, v.id, v.version, data)
    with db.read() as s:
        rows = s.query(AuditLog).filter_by(table_name="sales_order", record_id=str(v.id)).order_by(AuditLog.id).all()
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[1].username == "sales"
    assert rows[1].changes["requested_date"] == ["2026-12-01", "2026-12-15"]


def test_confirmed_order_keeps_its_promised_date(db, basics):
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        v = orders.create_order(s, sales, _input(basics, promised_date=dt.date(2026, 12, 5)))
        v = orders.change_status(s, sales, v.id, v.version, OrderStatus.CONFIRMED)
    data = _input(basics)
    data.lines[0].line_id = v.lines[0].id
    with pytest.raises(ValidationError) as err, db.write(sales) as s:
        orders.update_order(s, sales, v.id, v.version, data)  # promised_date cleared
    assert err.value.field == "promised_date"


def test_saving_an_unchanged_order_keeps_its_version(db, basics):
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        v = orders.create_order(s, sales, _input(basics))
    same = _input(basics)
    same.lines[0].line_id = v.lines[0].id
    same.lines[0].unit_price = v.lines[0].unit_price
    with db.write(sales) as s:
        after = orders.update_order(s, sales, v.id, v.version, same)
    assert after.version == v.version
    changed = _input(basics, "11")
    changed.lines[0].line_id = v.lines[0].id
    with db.write(sales) as s:
        after = orders.update_order(s, sales, v.id, v.version, changed)
    assert after.version == v.version + 1  # a line-only edit versions the whole order
