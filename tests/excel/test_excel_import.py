"""Importing into the database: all or nothing, idempotent, recorded, undoable."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.excel import detect, open_workbook, parse
from sopdesk.models import (
    AuditLog,
    Customer,
    DocSequence,
    ImportBatch,
    Item,
    OrderStatus,
    OrderStatusChange,
    Role,
    SalesOrder,
    SalesOrderLine,
)
from sopdesk.services import imports, orders
from sopdesk.services.errors import ConflictError, PermissionDenied
from tests.excel.helpers import ORDER_HEADERS, write_xlsx

D = Decimal


def ledger(tmp_path, rows=None, name="ledger.xlsx"):
    rows = rows if rows is not None else [
        ["SO-2026-00007", "宁波东方机电有限公司", dt.date(2026, 7, 1), "FG-100", "泵体总成", "1,000", 120.5,
         "2026年7月20日", "否"],
        ["", "", "", "RM-001", "铸铁", " 50 ", "", 46238, ""],
        ["XS-9", "杭州新客户有限公司", "2026/7/3", "FG-100", "", "100件", 118, "", "是"],
        ["合计", "", "", "", "", 1150],
    ]
    return write_xlsx(tmp_path / name, {"封面": [["销售部"]], "订单": [["2026年7月 销售订单台账"], [], ORDER_HEADERS, *rows]},
                      merges={"订单": ["A1:I1"]})


def counts(db):
    with db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in
                (SalesOrder, SalesOrderLine, Customer, ImportBatch, OrderStatusChange, Item)}


def test_an_order_ledger_comes_in(db, basics, tmp_path):
    sales = basics[Role.SALES]
    result, _parsed = imports.run_import(db, sales, "orders", ledger(tmp_path))
    assert result.errors == [] and result.committed
    assert (result.rows_read, result.inserted, result.updated, result.unchanged, result.skipped) == (4, 3, 0, 0, 1)
    assert result.created == {"customers": 1}
    with db.read() as s:
        so = s.scalar(select(SalesOrder).where(SalesOrder.number == "SO-2026-00007"))
        assert so.status == OrderStatus.DRAFT and so.customer_id == basics.customer.id
        assert so.order_date == dt.date(2026, 7, 1) and not so.is_custom and so.salesperson_id == sales.user_id
        lines = sorted(so.lines, key=lambda ln: ln.line_no)
        assert [(ln.line_no, ln.qty, ln.unit_price) for ln in lines] == [
            (1, D(1000), D("120.5")), (2, D(50), D(0))]  # no price in the file: the item's sales price
        assert lines[1].requested_date == dt.date(2026, 8, 4)
        new = s.scalar(select(Customer).where(Customer.name == "杭州新客户有限公司"))
        assert new.code == "C002"  # generated after the C001 that exists
        xs = s.scalar(select(SalesOrder).where(SalesOrder.number == "XS-9"))
        assert xs.is_custom and xs.customer_id == new.id
        history = s.scalars(select(OrderStatusChange).where(OrderStatusChange.order_id == xs.id)).all()
        assert [(h.from_status, h.to_status, h.changed_by_id) for h in history] == [(None, OrderStatus.DRAFT, sales.user_id)]
        batch = s.scalar(select(ImportBatch))
        assert batch.kind == "orders" and batch.file_name == "ledger.xlsx" and batch.user_id == sales.user_id
        assert batch.counts["inserted"] == 3 and batch.counts["created"] == {"customers": 1}
        audit = s.scalar(select(AuditLog).where(AuditLog.table_name == "import_batch"))
        assert audit.record_id == str(batch.id) and audit.user_id == sales.user_id
        # the numbering moves past an imported number in sopdesk's own format
        assert s.scalar(select(DocSequence.next_value).where(DocSequence.prefix == "SO", DocSequence.year == 2026)) == 8
    # and the app can keep working with the imported order
    with db.write(sales) as s:
        view = orders.get_order(s, sales, so.id)
        assert view.total == D("120500.00")


def test_reimporting_the_same_file_changes_nothing(db, basics, tmp_path):
    path = ledger(tmp_path)
    imports.run_import(db, basics[Role.SALES], "orders", path)
    before = counts(db)
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", path)
    assert (result.inserted, result.updated, result.unchanged, result.created) == (0, 0, 3, {})
    assert result.committed and result.batch_id is None
    assert counts(db) == before


def test_a_changed_line_is_updated_and_versions_move(db, basics, tmp_path):
    imports.run_import(db, basics[Role.SALES], "orders", ledger(tmp_path))
    rows = [["SO-2026-00007", "宁波东方机电有限公司", dt.date(2026, 7, 1), "FG-100", "", 1200, 120.5, "2026-07-20", "否"],
            ["SO-2026-00007", "", "", "RM-001", "", 50, "", "2026-08-04", ""],
            ["SO-2026-00007", "", "", "FG-100", "", 5, 100, "", ""]]
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", ledger(tmp_path, rows, "v2.xlsx"))
    assert result.errors == []
    assert (result.inserted, result.updated, result.unchanged) == (1, 1, 1)
    with db.read() as s:
        so = s.scalar(select(SalesOrder).where(SalesOrder.number == "SO-2026-00007"))
        assert so.version == 2
        assert sorted((ln.line_no, ln.qty) for ln in so.lines) == [(1, D(1200)), (2, D(50)), (3, D(5))]


def test_a_broken_file_writes_nothing_and_lists_every_error(db, basics, tmp_path):
    rows = [["SO-1", "宁波东方机电有限公司", "2026-07-01", "FG-100", "", "10", 1, "", ""],
            ["SO-1", "", "", "NOPE-1", "", "5", 1, "", ""],
            ["SO-2", "新客户", "2026-02-30", "FG-100", "", "-3", "", "", ""],
            ["SO-3", "又一个新客户", "2026-07-01", "ALSO-NOT", "", "7", "", "", ""]]
    before = counts(db)
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", ledger(tmp_path, rows, "bad.xlsx"))
    assert not result.committed and (result.inserted, result.created) == (0, {})
    # header on row 3, data from row 4: cell errors and database errors, all at once
    assert [(e.row, e.column, e.value, e.message) for e in result.errors] == [
        (5, "产品编码", "NOPE-1", "unknown product code NOPE-1"),
        (6, "下单日期", "2026-02-30", "impossible date 2026-02-30"),
        (6, "数量", "-3", "cannot be negative"),
        (7, "产品编码", "ALSO-NOT", "unknown product code ALSO-NOT"),
    ]
    assert counts(db) == before  # not even the new customers


def test_dry_run_reports_without_writing(db, basics, tmp_path):
    before = counts(db)
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", ledger(tmp_path), dry_run=True)
    assert result.errors == [] and not result.committed and result.inserted == 3
    assert result.created == {"customers": 1}
    assert counts(db) == before


def test_undo_of_an_orders_import(db, basics, tmp_path):
    sales = basics[Role.SALES]
    result, _ = imports.run_import(db, sales, "orders", ledger(tmp_path))
    with db.write(sales) as s:
        done = imports.undo_batch(s, sales, result.batch_id)
    assert done["orders_cancelled"] == 2
    with db.read() as s:
        statuses = set(s.scalars(select(SalesOrder.status)))
        assert statuses == {OrderStatus.CANCELLED}  # the status history is append-only: cancelled, not deleted
        assert s.scalar(select(ImportBatch.undone_at)) is not None
    with pytest.raises(Exception, match="undone already"), db.write(sales) as s:
        imports.undo_batch(s, sales, result.batch_id)


def test_undo_of_a_master_data_import_restores_and_deletes(db, basics, tmp_path):
    supply = basics[Role.SUPPLY]
    rows = [["物料编码", "物料名称", "类别", "安全库存", "单价"],
            ["RM-001", "铸铁 HT250", "原材料", 800, ""],
            ["RM-NEW", "新材料", "原材料", "1,000", 2.5]]
    path = write_xlsx(tmp_path / "items.xlsx", {"物料": rows})
    result, _ = imports.run_import(db, supply, "items", path)
    assert (result.inserted, result.updated) == (1, 1)
    with db.read() as s:
        assert s.scalar(select(Item.safety_stock).where(Item.code == "RM-001")) == D(800)
    with db.write(supply) as s:
        assert imports.undo_batch(s, supply, result.batch_id) == {"restored": 1, "deleted": 1, "moves_reversed": 0}
    with db.read() as s:
        item = s.scalar(select(Item).where(Item.code == "RM-001"))
        assert item.safety_stock == D(500) and item.version == 3
        assert s.scalar(select(Item).where(Item.code == "RM-NEW")) is None


def test_undo_refuses_when_a_record_changed_since(db, basics, tmp_path):
    supply = basics[Role.SUPPLY]
    path = write_xlsx(tmp_path / "items.xlsx", {"物料": [["物料编码", "物料名称", "类别"], ["RM-001", "铸铁改名", "原材料"]]})
    result, _ = imports.run_import(db, supply, "items", path)
    with db.write(supply) as s:
        s.scalar(select(Item).where(Item.code == "RM-001")).name = "又改了"
    with pytest.raises(ConflictError), db.write(supply) as s:
        imports.undo_batch(s, supply, result.batch_id)
    with db.read() as s:
        assert s.scalar(select(Item.name).where(Item.code == "RM-001")) == "又改了"


def test_permissions_follow_the_kind(db, basics, tmp_path):
    with pytest.raises(PermissionDenied):
        imports.run_import(db, basics[Role.SALES], "items", ledger(tmp_path))
    with pytest.raises(PermissionDenied):
        imports.run_import(db, basics[Role.SHOPFLOOR], "orders", ledger(tmp_path))
    with pytest.raises(PermissionDenied):
        imports.run_import(db, basics[Role.PRODUCTION], "purchase-orders", ledger(tmp_path))


@pytest.mark.parametrize("name", ["ledger.xls", "ledger.ods"])
def test_xls_and_ods_import(db, basics, name):
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "excel" / name
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", path)
    assert result.errors == [] and result.inserted == 3 and result.created == {"customers": 1}


def test_gbk_csv_import(db, basics, tmp_path):
    text = ("客户编码,客户名称,联系人,电话,重点客户\r\n"
            "C001,宁波东方机电有限公司,刘工,0574-1234567,是\r\n"
            "C777,温州瓯江阀门有限公司,林经理,13800000000,否\r\n")
    path = tmp_path / "客户.csv"
    path.write_bytes(text.encode("gbk"))
    result, _ = imports.run_import(db, basics[Role.MANAGER], "customers", path)
    assert result.errors == [] and (result.inserted, result.updated) == (1, 1)
    with db.read() as s:
        c = s.scalar(select(Customer).where(Customer.code == "C001"))
        assert (c.contact, c.phone, c.is_key_account) == ("刘工", "0574-1234567", True)


def test_profiles_are_saved_and_reused(db, basics, tmp_path):
    sales = basics[Role.SALES]
    rows = [["单号", "买家", "日期", "货号", "数量"], ["P-1", "宁波东方机电有限公司", "2026-07-05", "FG-100", 3]]
    path = write_xlsx(tmp_path / "odd.xlsx", {"S": rows})
    book = open_workbook(path)
    det = detect(book, "orders").remap({1: "customer_name", 3: "item_code"})
    with db.write(sales) as s:
        imports.save_profile(s, sales, "客户A", det)
    # the next file of the same shape gets the mapping without asking
    path2 = write_xlsx(tmp_path / "odd2.xlsx", {"S": [["台账"], *rows[:1], ["P-2", "宁波东方机电有限公司", "2026-07-06", "FG-100", 4]]})
    with db.read() as s:
        det2 = imports.detect_for(s, sales, open_workbook(path2), "orders")
    assert det2.profile == "客户A" and det2.missing() == []
    result, _ = imports.run_import(db, sales, "orders", path2)
    assert result.errors == [] and result.inserted == 1
    result, _ = imports.run_import(db, sales, "orders", path, profile="客户A")
    assert result.errors == [] and result.inserted == 1


def test_progress_and_cancel(db, basics, tmp_path):
    from sopdesk.excel import ImportCancelled

    seen = []
    result, _ = imports.run_import(db, basics[Role.SALES], "orders", ledger(tmp_path), progress=seen.append)
    assert result.committed and seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    before = counts(db)
    book = open_workbook(ledger(tmp_path, name="again.xlsx"))
    parsed = parse(book, detect(book, "orders"))
    with pytest.raises(ImportCancelled), db.write(basics[Role.SALES]) as s:
        imports.import_parsed(s, basics[Role.SALES], parsed.__class__(**{**parsed.__dict__, "file_name": "x"}),
                              is_cancelled=lambda: True)
    assert counts(db) == before


def test_a_price_list_updates_items_without_a_kind_column(db, basics, tmp_path):
    supply = basics[Role.SUPPLY]
    path = write_xlsx(tmp_path / "prices.xlsx", {"价格表": [["料号", "品名", "标准成本"], ["RM-001", "铸铁 HT250", "6.45"],
                                                          ["RM-NEW", "新料", 3]]})
    result, _ = imports.run_import(db, supply, "items", path)
    assert [(e.row, e.code) for e in result.errors] == [(3, "required")]
    assert "类别" in result.errors[0].message
    path = write_xlsx(tmp_path / "prices2.xlsx", {"价格表": [["料号", "品名", "标准成本"], ["RM-001", "铸铁 HT250", "6.45"]]})
    result, _ = imports.run_import(db, supply, "items", path)
    assert result.errors == [] and result.updated == 1
    with db.read() as s:
        assert s.scalar(select(Item.standard_cost).where(Item.code == "RM-001")) == D("6.45")
