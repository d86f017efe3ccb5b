"""A save that loses the race to another PC: whichever check catches it (the service's
version comparison or the database's versioned UPDATE), the user gets the ConflictError
naming who saved what, and the session is rolled back and usable for the reload.

The window between the check and the write exists on PostgreSQL; on SQLite a writer holds
the write lock from BEGIN IMMEDIATE, so there the service's check is what catches it (tested
with each service, and with real processes in test_conflict_stress.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from sopdesk.models import Item, PurchaseOrderLine, Role, SalesOrder
from sopdesk.services import orders, purchasing
from sopdesk.services.errors import ConflictError
from tests.factories import make_basics

D = Decimal


def _order_input(b, qty, line_id=None, note=None):
    return orders.OrderInput(
        customer_id=b.customer.id, order_date=dt.date(2026, 11, 2), requested_date=dt.date(2026, 12, 1),
        lines=[orders.OrderLineInput(item_id=b.product.id, qty=D(qty), line_id=line_id)], note=note,
    )


def _po_input(b, qty, line_id=None):
    return purchasing.POInput(
        supplier_id=b.supplier.id, order_date=dt.date(2026, 11, 2),
        lines=[purchasing.POLineInput(item_id=b.material.id, qty=D(qty), expected_date=dt.date(2026, 11, 12),
                                      line_id=line_id)],
    )


def _before_first_flush(session, other_save) -> None:
    """Run `other_save` (a whole transaction on another connection) after this session has
    passed its checks and just before it writes: the window a busy LAN opens."""
    event.listen(session, "before_flush", lambda *_: other_save(), once=True)


def test_order_saved_by_another_pc_between_check_and_write(pg_db):
    b = make_basics(pg_db)
    sales, manager = b[Role.SALES], b[Role.MANAGER]
    with pg_db.write(sales) as s:
        view = orders.create_order(s, sales, _order_input(b, "10"))
    line_id = view.lines[0].id

    def manager_saves():
        with pg_db.write(manager) as other:
            orders.update_order(other, manager, view.id, 1, _order_input(b, "12", line_id, note="客户要求加急"))

    with pytest.raises(ConflictError) as err, pg_db.write(sales) as s:
        _before_first_flush(s, manager_saves)
        orders.update_order(s, sales, view.id, 1, _order_input(b, "99", line_id))
    info = err.value.info
    assert (info.table, info.your_version, info.current_version) == ("sales_order", 1, 2)
    assert info.changed_by == "manager user"
    assert {c.field for c in info.changes} >= {"note", "line:update"}
    # the session was rolled back and works: the reload shows the manager's save, the retry lands
    assert s.scalar(select(SalesOrder.version).where(SalesOrder.id == view.id)) == 2
    s.close()
    with pg_db.write(sales) as s:
        again = orders.update_order(s, sales, view.id, 2, _order_input(b, "99", line_id, note="客户要求加急"))
    assert again.version == 3 and again.lines[0].qty == D("99.0000")


def test_purchase_order_saved_by_another_pc_between_check_and_write(pg_db):
    b = make_basics(pg_db)
    supply, manager = b[Role.SUPPLY], b[Role.MANAGER]
    with pg_db.write(supply) as s:
        po = purchasing.create_po(s, supply, _po_input(b, "100"))
    line_id = po.lines[0].id

    def manager_saves():
        with pg_db.write(manager) as other:
            purchasing.update_po(other, manager, po.id, po.version, _po_input(b, "120", line_id))

    with pytest.raises(ConflictError) as err, pg_db.write(supply) as s:
        _before_first_flush(s, manager_saves)
        purchasing.update_po(s, supply, po.id, po.version, _po_input(b, "90", line_id))
    info = err.value.info
    assert (info.table, info.your_version, info.current_version) == ("purchase_order", 1, 2)
    assert info.changed_by == "manager user"
    with pg_db.read() as s:
        assert purchasing.get_po(s, supply, po.id).lines[0].qty == D("120.0000")


def test_master_data_record_saved_by_another_pc_between_read_and_write(pg_db):
    b = make_basics(pg_db)
    supply, manager = b[Role.SUPPLY], b[Role.MANAGER]

    def manager_saves():
        with pg_db.write(manager) as other:
            other.get(Item, b.material.id).safety_stock = D("800")

    with pytest.raises(ConflictError) as err, pg_db.write(supply) as s:
        item = s.get(Item, b.material.id)
        _before_first_flush(s, manager_saves)
        item.standard_cost = D("7.10")
    info = err.value.info
    assert (info.table, info.your_version, info.current_version) == ("item", 1, 2)
    assert info.changed_by == "manager user"
    assert [(c.field, c.after) for c in info.changes] == [("safety_stock", "800")]
    with pg_db.read() as s:
        kept = s.get(Item, b.material.id)
        assert (kept.safety_stock, kept.standard_cost) == (D("800.0000"), D("6.3000"))


def test_a_line_lost_on_its_own_is_reported_on_the_line(pg_db):
    """A write that touches only a line (a shipment) and loses it names the line's editor."""
    b = make_basics(pg_db)
    sales, manager = b[Role.SALES], b[Role.MANAGER]
    with pg_db.write(sales) as s:
        view = orders.create_order(s, sales, _order_input(b, "10"))
    line_id = view.lines[0].id

    def manager_saves():
        with pg_db.write(manager) as other:
            orders.update_order(other, manager, view.id, 1, _order_input(b, "12", line_id))

    with pytest.raises(ConflictError) as err, pg_db.write(sales) as s:
        line = s.get(SalesOrder, view.id).lines[0]
        _before_first_flush(s, manager_saves)
        line.note = "只改这一行"
    info = err.value.info
    assert info.table == "sales_order_line" and info.changed_by == "manager user"


def test_record_deleted_by_another_pc_is_a_conflict(pg_db):
    b = make_basics(pg_db)
    supply, manager = b[Role.SUPPLY], b[Role.MANAGER]
    with pg_db.write(supply) as s:
        po = purchasing.create_po(s, supply, _po_input(b, "100"))
        po2 = purchasing.create_po(s, supply, _po_input(b, "5"))

    def manager_deletes():
        with pg_db.write(manager) as other:
            other.delete(other.get(PurchaseOrderLine, po2.lines[0].id))

    with pytest.raises(ConflictError) as err, pg_db.write(supply) as s:
        gone = s.get(PurchaseOrderLine, po2.lines[0].id)
        _before_first_flush(s, manager_deletes)
        gone.note = "too late"
    info = err.value.info
    assert info.table == "purchase_order_line" and info.current_version == 0
    assert info.changed_by == "manager user"
    assert po.id  # the other order is untouched by either
