"""Import kind `shipments` (发货记录 / 发货台账): the rows become shipment documents posted
through services/shipping (grouped by shipment number, else customer + date + location), the
orders follow; every problem is named by row and column and nothing is written; the same
file again changes nothing; undo takes the shipments back; the export reads back unchanged."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.cli.main import main
from sopdesk.models import (
    Customer,
    ImportBatch,
    Item,
    ItemKind,
    MoveType,
    OrderStatus,
    Role,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    StockMove,
)
from sopdesk.services import exports, imports, ledger, orders, shipping
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.transfer_rights import importable_kinds
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics

D = Decimal
HEAD = ["订单号", "行号", "产品编码", "发货数量", "发货日期", "仓库", "备注"]
NOV20, NOV22 = dt.date(2026, 11, 20), dt.date(2026, 11, 22)


@pytest.fixture
def w(db):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        b.gear = Item(code="FG-200", name="齿轮箱", kind=ItemKind.FINISHED, unit="台", sales_price=D("999.00"))
        b.other = Customer(code="C002", name="杭州远大机械有限公司")
        s.add_all([b.gear, b.other])
        s.flush()
        ledger.post_moves(s, SYSTEM, [
            ledger.MoveRequest(b.product.id, b.finished_store.id, D(100), MoveType.OPENING,
                               moved_at=dt.datetime(2026, 11, 1, 2, tzinfo=dt.UTC)),
            ledger.MoveRequest(b.gear.id, b.finished_store.id, D(10), MoveType.OPENING,
                               moved_at=dt.datetime(2026, 11, 1, 2, tzinfo=dt.UTC))])
    return b


def confirmed(db, w, lines, customer=None):
    sales = w[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=(customer or w.customer).id, order_date=dt.date(2026, 11, 2),
            promised_date=dt.date(2026, 11, 25),
            lines=[orders.OrderLineInput(item_id=i.id, qty=D(q)) for i, q in lines]))
        return orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)


def run(db, actor, tmp_path, rows, name="发货台账.xlsx", **kw):
    path = write_xlsx(tmp_path / name, {"发货记录": rows})
    result, _parsed = imports.run_import(db, actor, "shipments", path, **kw)
    return result


def errors_of(result):
    return [(e.row, e.column, e.message) for e in result.errors]


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def lines_of(db, order):
    with db.read() as s:
        o = s.get(SalesOrder, order.id)
        return o.status, {ln.line_no: (ln.shipped_qty, ln.delivered_date) for ln in o.lines}


def on_hand(db, item, w):
    with db.read() as s:
        return ledger.on_hand(s, item.id, w.finished_store.id)


def test_a_shipping_ledger_posts_documents_per_customer_date_and_location(db, w, tmp_path):
    a = confirmed(db, w, [(w.product, "10"), (w.gear, "4")])
    b = confirmed(db, w, [(w.product, "5")])
    c = confirmed(db, w, [(w.product, "8")], customer=w.other)
    supply = w[Role.SUPPLY]
    rows = [HEAD,
            [a.number, 1, "FG-100", 6, NOV20, "FG", "沪A·12345"],
            [a.number, None, "FG-200", 4, NOV20, "fg", ""],  # by item code; location in any case
            [b.number, 1, "", 5, NOV20, "FG", ""],
            [a.number, 1, "", 4, NOV22, "FG", ""],
            [c.number, 1, "FG-100", 3, NOV20, "FG", ""]]
    dry = run(db, supply, tmp_path, rows, dry_run=True)
    assert dry.errors == [] and dry.inserted == 5 and count(db, Shipment) == 0
    result = run(db, supply, tmp_path, rows)
    assert result.errors == [] and result.committed and result.inserted == 5
    with db.read() as s:
        docs = {sh.number: sh for sh in s.scalars(select(Shipment).order_by(Shipment.number))}
        assert [(n, sh.ship_date, len(sh.lines)) for n, sh in docs.items()] == [
            ("FH-2026-00001", NOV20, 3), ("FH-2026-00002", NOV20, 1), ("FH-2026-00003", NOV22, 1)]
        first = shipping.get_shipment(s, supply, docs["FH-2026-00001"].id)
        assert first.customer_code == "C001" and first.note == "沪A·12345"
        assert {(ln.order_number, ln.order_line_no, ln.qty) for ln in first.lines} == {
            (a.number, 1, D(6)), (a.number, 2, D(4)), (b.number, 1, D(5))}
        batch = s.scalar(select(ImportBatch))
        assert batch.counts["shipments_created"] == 3
    assert lines_of(db, a) == (OrderStatus.SHIPPED, {1: (D(10), NOV22), 2: (D(4), NOV20)})
    assert lines_of(db, b) == (OrderStatus.SHIPPED, {1: (D(5), NOV20)})
    assert lines_of(db, c) == (OrderStatus.PARTIALLY_SHIPPED, {1: (D(3), None)})
    assert on_hand(db, w.product, w) == D(100 - 6 - 5 - 4 - 3) and on_hand(db, w.gear, w) == D(6)

    # the same file again changes nothing
    again = run(db, supply, tmp_path, rows)
    assert again.errors == [] and again.unchanged == 5 and again.inserted == 0
    assert count(db, Shipment) == 3 and count(db, ImportBatch) == 1

    # undo takes the shipments back: stock, shipped quantities, statuses
    with db.write(supply) as s:
        counts = imports.undo_batch(s, supply, result.batch_id)
    assert counts["moves_reversed"] == 5
    assert lines_of(db, a) == (OrderStatus.CONFIRMED, {1: (D(0), None), 2: (D(0), None)})
    assert lines_of(db, c) == (OrderStatus.CONFIRMED, {1: (D(0), None)})
    assert on_hand(db, w.product, w) == D(100) and on_hand(db, w.gear, w) == D(10)


def test_every_problem_is_named_by_row_and_column_and_nothing_is_written(db, w, tmp_path):
    a = confirmed(db, w, [(w.product, "10"), (w.gear, "4"), (w.gear, "2")])
    c = confirmed(db, w, [(w.product, "8")], customer=w.other)
    sales = w[Role.SALES]
    with db.write(sales) as s:
        draft = orders.create_order(s, sales, orders.OrderInput(
            customer_id=w.customer.id, order_date=dt.date(2026, 11, 2),
            lines=[orders.OrderLineInput(item_id=w.product.id, qty=D(1))]))
    later = dt.date.today() + dt.timedelta(days=400)
    head = ["发货单号", *HEAD]
    rows = [head,
            ["", "SO-2026-99999", 1, "", 1, NOV20, "FG", ""],          # 2 unknown order
            ["", draft.number, 1, "", 1, NOV20, "FG", ""],             # 3 a draft
            ["", a.number, 9, "", 1, NOV20, "FG", ""],                 # 4 no such line
            ["", a.number, 1, "FG-200", 1, NOV20, "FG", ""],           # 5 line 1 is FG-100
            ["", a.number, None, "RM-001", 1, NOV20, "FG", ""],        # 6 no line of it
            ["", a.number, None, "FG-200", 1, NOV20, "FG", ""],        # 7 two open lines of it
            ["", a.number, 1, "", 6, NOV20, "FG", ""],
            ["", a.number, 1, "", 5, NOV22, "FG", ""],                 # 9 6 + 5 > 10
            ["", c.number, 1, "", 1, NOV20, "WH9", ""],                # 10 unknown location
            ["", c.number, 1, "", 1, later, "FG", ""],                 # 11 after today
            ["", c.number, 1, "", 1, NOV20, "RAW", ""],                # 12 nothing at RAW
            ["DN-1", a.number, 2, "", 1, NOV20, "FG", ""],
            ["DN-1", a.number, 3, "", 1, NOV22, "FG", ""],             # 14 one number, two dates
            ["", a.number, 2, "", "abc", NOV20, "FG", ""]]             # 15 not a number
    result = run(db, w[Role.SUPPLY], tmp_path, rows)
    assert not result.committed
    got = errors_of(result)
    assert got == [
        (2, "订单号", "unknown order SO-2026-99999"),
        (3, "订单号", f"{draft.number} is draft and cannot be shipped"),
        (4, "行号", f"{a.number} has no line 9"),
        (5, "产品编码", f"line 1 of {a.number} is FG-100, not FG-200"),
        (6, "产品编码", f"{a.number} has no line of RM-001"),
        (7, "产品编码", f"{a.number} has 2 open lines of FG-200: add a line number column"),
        (9, "发货数量", f"only 4 left to ship on {a.number} line 1"),
        (10, "仓库", "unknown location WH9"),
        (11, "发货日期", f"{later.isoformat()} is after today"),
        (12, "发货数量", "FG-100 at RAW: the file ships 1, on hand 0"),
        (14, "发货单号", "shipment DN-1 has another ship date on row 13"),
        (15, "发货数量", "not a number"),
    ]
    assert count(db, Shipment) == 0 and count(db, ImportBatch) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove).where(
            StockMove.move_type == MoveType.SHIPMENT)) == 0
        assert s.scalar(select(func.sum(SalesOrderLine.shipped_qty))) == 0


def test_numbers_from_the_file_are_kept_and_the_export_reads_back_unchanged(db, w, tmp_path):
    a = confirmed(db, w, [(w.product, "10"), (w.gear, "4")])
    supply = w[Role.SUPPLY]
    rows = [["发货单号", *HEAD],
            ["FH-2026-00007", a.number, 1, "", 3, NOV20, "FG", ""],
            ["FH-2026-00007", a.number, 2, "", 1, NOV20, "FG", ""],
            ["SH-88", a.number, 1, "", 2, NOV22, "FG", ""]]
    result = run(db, supply, tmp_path, rows)
    assert result.errors == [] and result.inserted == 3
    with db.read() as s:
        assert sorted(s.scalars(select(Shipment.number))) == ["FH-2026-00007", "SH-88"]
    # the numbering moved past the imported FH number
    with db.write(supply) as s:
        nxt = shipping.post_shipment(s, supply, [shipping.ShipLineInput(a.lines[0].id, D(1))], w.finished_store.id,
                                     shipped_at=dt.datetime(2026, 11, 24, 2, tzinfo=dt.UTC))
    assert nxt.number == "FH-2026-00008"

    # every shipment line exported in the import layout reads back as it is
    with db.read() as s:
        exp = exports.export_rows(s, supply, "shipments")
        listed = list(exp.rows)
    assert [c.key for c in exp.columns][:4] == ["shipment_no", "order_no", "line_no", "item_code"]
    assert [(r[0], r[2], r[7], r[8]) for r in listed] == [
        ("FH-2026-00007", 1, D(3), NOV20), ("FH-2026-00007", 2, D(1), NOV20), ("SH-88", 1, D(2), NOV22),
        ("FH-2026-00008", 1, D(1), dt.date(2026, 11, 24))]
    out = tmp_path / "shipments.xlsx"
    assert exports.export_file(db, supply, "shipments", out) == 4
    back, _ = imports.run_import(db, supply, "shipments", out)
    assert back.errors == [] and back.unchanged == 4 and back.inserted == 0 and count(db, Shipment) == 3
    # a number in use with other lines is refused
    clash = run(db, supply, tmp_path, [["发货单号", *HEAD], ["SH-88", a.number, 1, "", 1, NOV22, "FG", ""]],
                name="clash.xlsx")
    assert errors_of(clash) == [(2, "发货单号", "shipment number SH-88 exists already with other lines")]


def test_who_may_import_shipments_and_the_command_line(db, w, tmp_path, capsys, monkeypatch):
    a = confirmed(db, w, [(w.product, "10")])
    rows = [["Order No.", "Item Code", "Qty", "Ship Date", "Location"], [a.number, "FG-100", 2, NOV20, "FG"]]
    assert "shipments" in importable_kinds(w[Role.SUPPLY]) and "shipments" not in importable_kinds(w[Role.SALES])
    with pytest.raises(PermissionDenied):
        run(db, w[Role.SALES], tmp_path, rows)
    path = write_xlsx(tmp_path / "en.xlsx", {"Shipments": rows})
    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("SOPDESK_PASSWORD", "secret1")  # the command line signs in as supply
    assert main(["--db", url, "import", "shipments", str(path), "--json", "--user", "supply"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["committed"] and out["inserted"] == 1
    assert lines_of(db, a) == (OrderStatus.PARTIALLY_SHIPPED, {1: (D(2), None)})
