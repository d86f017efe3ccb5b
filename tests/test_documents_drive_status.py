"""Documents drive status: shipments, receipts and output reports set the quantities and the
statuses, and the ledger agrees with every document — over random sequences of the
services (hypothesis), and for data from before shipments were documents (`db check`)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select, update

from sopdesk.cli.main import main
from sopdesk.models import (
    Customer,
    OrderStatus,
    POStatus,
    Role,
    SalesOrder,
    SalesOrderLine,
    StockMove,
    WorkOrder,
)
from sopdesk.services import exports, orders, purchasing, shipping, stock_ops
from sopdesk.services.document_check import find_problems, reopen_order
from sopdesk.services.errors import ServiceError, ValidationError
from tests.test_inventory_world import at, make_world, opening, work_order

D = Decimal


def _order(db, w, qtys: list[str], promised=dt.date(2026, 11, 28)):
    sales = w[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=w.b.customer.id, order_date=dt.date(2026, 11, 2), promised_date=promised,
            lines=[orders.OrderLineInput(item_id=w.product.id, qty=D(q)) for q in qtys]))
        return orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)


def _status(db, order_id) -> OrderStatus:
    with db.read() as s:
        return s.get(SalesOrder, order_id).status


def test_status_follows_partial_full_shipments_short_close_and_reversal(db):
    w = make_world(db)
    opening(db, w.product, w.fg, "50", at(1))
    so = _order(db, w, ["10", "6"])
    supply, sales = w[Role.SUPPLY], w[Role.SALES]
    a, b = so.lines[0].id, so.lines[1].id
    with db.write(supply) as s:
        first = shipping.post_shipment(s, supply, [shipping.ShipLineInput(a, D(4))], w.fg.id, shipped_at=at(20))
    assert first.number == "FH-2026-00001" and _status(db, so.id) == OrderStatus.PARTIALLY_SHIPPED
    with db.write(supply) as s:
        second = shipping.post_shipment(s, supply, [shipping.ShipLineInput(a, D(6)), shipping.ShipLineInput(b, D(2))],
                                        w.fg.id, shipped_at=at(22))
    assert [ln.qty for ln in second.lines] == [D("6.0000"), D("2.0000")]
    with db.read() as s:
        assert s.get(SalesOrderLine, a).delivered_date == dt.date(2026, 11, 22)
        assert [x.number for x in shipping.line_shipments(s, sales, a)] == ["FH-2026-00001", "FH-2026-00002"]
        version = s.get(SalesOrder, so.id).version
    with db.write(sales) as s:  # the customer takes no more of line 2
        shipping.close_line_short(s, sales, b, version, "客户取消余量")
    with db.read() as s:
        line_b = s.get(SalesOrderLine, b)
        assert (line_b.short_closed_qty, line_b.close_reason) == (D("4.0000"), "客户取消余量")
        assert line_b.delivered_date == dt.date(2026, 11, 22)  # its last shipment
    assert _status(db, so.id) == OrderStatus.SHIPPED
    # a reversal of line 1's last shipment: open again, partly shipped again
    with db.read() as s:
        move = s.scalar(select(StockMove).where(StockMove.ref_number == "FH-2026-00002",
                                                StockMove.ref_id == a))
    with db.write(supply) as s:
        stock_ops.reverse(s, supply, move.id, "客户退回")
    assert _status(db, so.id) == OrderStatus.PARTIALLY_SHIPPED
    with db.read() as s:
        assert (s.get(SalesOrderLine, a).shipped_qty, s.get(SalesOrderLine, a).delivered_date) == (D(4), None)
        assert find_problems(s) == []


def test_one_shipment_per_customer_and_reasons_required(db):
    w = make_world(db)
    opening(db, w.product, w.fg, "50", at(1))
    so = _order(db, w, ["10"])
    supply, sales = w[Role.SUPPLY], w[Role.SALES]
    with db.write(w[Role.MANAGER]) as s:
        other = Customer(code="C002", name="杭州西湖泵业")
        s.add(other)
        s.flush()
        other_id = other.id
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=other_id, order_date=dt.date(2026, 11, 2), promised_date=dt.date(2026, 11, 30),
            lines=[orders.OrderLineInput(item_id=w.product.id, qty=D(3))]))
        so2 = orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(so.lines[0].id, D(1)),
                                           shipping.ShipLineInput(so2.lines[0].id, D(1))], w.fg.id)
    assert err.value.field == "lines[2].order_line_id"
    with pytest.raises(ValidationError) as err, db.write(sales) as s:
        shipping.close_line_short(s, sales, so.lines[0].id, so.version, "  ")
    assert err.value.field == "reason"
    with db.read() as s:
        assert s.scalar(select(StockMove.id).where(StockMove.move_type == "shipment")) is None


def test_hand_marked_shipped_order_is_reported_and_repaired(db, capsys, monkeypatch):
    """An order marked shipped by hand in an older version (status only, nothing shipped)."""
    w = make_world(db)
    opening(db, w.product, w.fg, "50", at(1))
    broken, other = _order(db, w, ["10"]), _order(db, w, ["5"])
    with db.engine.begin() as conn:  # what 'Mark shipped' used to leave behind
        conn.execute(update(SalesOrder.__table__).where(SalesOrder.__table__.c.id.in_([broken.id, other.id]))
                     .values(status=OrderStatus.SHIPPED.value))
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "db", "check"]) == 1
    err = capsys.readouterr().err
    assert f"{broken.number} is marked shipped" in err and f"db reopen-order {broken.number}" in err
    # repair one by reopening it, the other by posting its shipment
    monkeypatch.setenv("SOPDESK_PASSWORD", "secret1")  # signed in as sales, who edits orders
    assert main(["--db", url, "db", "reopen-order", broken.number, "--user", "sales"]) == 0
    assert "now confirmed" in capsys.readouterr().out
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(other.lines[0].id, D(5))], w.fg.id,
                               shipped_at=at(21))
    assert (_status(db, broken.id), _status(db, other.id)) == (OrderStatus.CONFIRMED, OrderStatus.SHIPPED)
    assert main(["--db", url, "db", "check"]) == 0
    assert "documents agree with the stock ledger" in capsys.readouterr().out
    with pytest.raises(ValidationError), db.write(w[Role.SALES]) as s:  # nothing left to repair
        reopen_order(s, w[Role.SALES], other.id)


# -- random sequences of the services ---------------------------------------------------------

OPS = st.lists(st.tuples(st.sampled_from(["ship", "reverse_ship", "close_short", "receive", "reverse_receipt",
                                          "output", "reverse_output"]),
                         st.integers(0, 3), st.integers(1, 7)), min_size=1, max_size=12)


@pytest.fixture
def world(db):
    return make_world(db)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_random_service_sequences_keep_documents_and_ledger_in_agreement(db, world, ops):
    """Each example: a new order, PO and work order in the same database, random operations
    (refusals included), and after each one the invariants."""
    w = world
    opening(db, w.product, w.fg, "40", at(1))
    supply, sales, prod = w[Role.SUPPLY], w[Role.SALES], w[Role.PRODUCTION]
    so = _order(db, w, ["8", "5", "3"])
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, purchasing.POInput(
            supplier_id=w.b.supplier.id, order_date=dt.date(2026, 11, 2),
            lines=[purchasing.POLineInput(item_id=w.iron.id, qty=D(10), expected_date=dt.date(2026, 11, 12))]))
        po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
    wo = work_order(db, f"WO-2026-{uuid.uuid4().int % 10**5:05d}", w.product, "6", dt.date(2026, 11, 20),
                    dt.date(2026, 11, 25))

    def moves_of(ref_id, move_type):
        with db.read() as s:
            return [m.id for m in s.scalars(select(StockMove).where(
                StockMove.ref_id == ref_id, StockMove.move_type == move_type, StockMove.reversal_of_id.is_(None)))]

    for name, pick, qty in ops:
        line = so.lines[pick % 3]
        try:
            if name == "ship":
                with db.write(supply) as s:
                    shipping.post_shipment(s, supply, [shipping.ShipLineInput(line.id, D(qty))], w.fg.id)
            elif name == "reverse_ship" and (ids := moves_of(line.id, "shipment")):
                with db.write(supply) as s:
                    stock_ops.reverse(s, supply, ids[pick % len(ids)], "退货")
            elif name == "close_short":
                with db.read() as s:
                    version = s.get(SalesOrder, so.id).version
                with db.write(sales) as s:
                    shipping.close_line_short(s, sales, line.id, version, "客户取消")
            elif name == "receive":
                with db.write(supply) as s:
                    purchasing.receive_line(s, supply, po.lines[0].id, D(qty), w.raw.id)
            elif name == "reverse_receipt" and (ids := moves_of(po.lines[0].id, "receipt")):
                with db.write(supply) as s:
                    stock_ops.reverse(s, supply, ids[pick % len(ids)], "退供应商")
            elif name == "output":
                with db.write(prod) as s:
                    stock_ops.report_output(s, prod, wo, D(qty), w.fg.id)
            elif name == "reverse_output" and (ids := moves_of(wo, "output")):
                with db.write(prod) as s:
                    stock_ops.reverse(s, prod, ids[pick % len(ids)], "返工")
        except ServiceError:
            pass  # refused (over-shipment, nothing open, no stock...): must have written nothing
        with db.read() as s:
            assert find_problems(s) == [], (name, pick, qty)
            order = s.get(SalesOrder, so.id)
            lines = order.lines
            shipped = any(ln.shipped_qty for ln in lines)
            done = all(shipping.open_qty(ln) == 0 for ln in lines)
            want = (OrderStatus.SHIPPED if done and shipped else OrderStatus.CLOSED if done
                    else OrderStatus.PARTIALLY_SHIPPED if shipped else OrderStatus.CONFIRMED)
            assert order.status == want, (name, pick, qty)
            for ln in lines:
                assert D(0) <= ln.shipped_qty <= ln.qty and ln.shipped_qty + ln.short_closed_qty <= ln.qty
                assert (ln.delivered_date is not None) == (shipping.open_qty(ln) == 0 and ln.shipped_qty > 0)
            assert s.get(WorkOrder, wo).good_qty >= 0


def test_orders_export_carries_shipped_quantity_and_delivery_date(db, tmp_path):
    w = make_world(db)
    opening(db, w.product, w.fg, "50", at(1))
    so = _order(db, w, ["10", "4"])
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:  # 16:30 UTC on the 24th is the 25th in Shanghai
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(so.lines[0].id, D(10)),
                                           shipping.ShipLineInput(so.lines[1].id, D(1))], w.fg.id,
                               shipped_at=dt.datetime(2026, 11, 24, 16, 30, tzinfo=dt.UTC))
    path = tmp_path / "orders.xlsx"
    assert exports.export_file(db, supply, "orders", path) == 2
    header, *rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    got = [dict(zip(header, r, strict=True)) for r in rows]
    assert [(r["已发货数量"], r["实际交货日期"]) for r in got] == [(10, dt.datetime(2026, 11, 25)), (1, None)]
    assert {r["状态"] for r in got} == {"部分发货"}
