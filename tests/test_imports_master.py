"""Imports of the rest of the master data (locations, work centers, maintenance windows, the
working calendar), of open work orders, and a count sheet that names a new location: good
files in Chinese and English, bad files (the error names the row and the column, nothing is
written), the permission of each kind, templates, exports that read back unchanged."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.cli.main import main
from sopdesk.excel import detect, open_workbook, write_template
from sopdesk.models import (
    CalendarDay,
    ImportBatch,
    Item,
    Location,
    LocationKind,
    MaintenanceWindow,
    Role,
    WorkCenter,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.services import exports, imports, inventory, master_data, stock_ops, users, work_orders
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.transfer_rights import IMPORT_PERMISSION
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics

D = Decimal
NEW_KINDS = ("locations", "work-centers", "maintenance", "calendar", "work-orders")


@pytest.fixture
def basics(db):
    return make_basics(db)


def run(db, actor, kind, tmp_path, rows, name=None):
    path = write_xlsx(tmp_path / (name or f"{kind}.xlsx"), {"Sheet1": rows})
    result, _parsed = imports.run_import(db, actor, kind, path)
    return result


def errors_of(result):
    return [(e.row, e.column, e.message) for e in result.errors]


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def batches(db):
    return count(db, ImportBatch)


def add_lines(db):
    with db.write(SYSTEM) as s:
        s.add_all([WorkCenter(code="L1", name="一号线", capacity_per_day=D(60)),
                   WorkCenter(code="L2", name="二号线", capacity_per_day=D(40))])


# -- locations ------------------------------------------------------------------------------


def test_a_location_list_in_chinese_comes_in_and_reimports_unchanged(db, basics, tmp_path):
    supply = basics[Role.SUPPLY]
    rows = [["仓库编码", "仓库名称", "类别", "禁止负库存"],
            ["A01", "原料仓A", "原料仓", ""],
            ["B01", "成品仓B", "成品", "否"],
            ["RAW", "原材料总仓", "", ""]]  # the stored RAW renamed; its kind kept
    result = run(db, supply, "locations", tmp_path, rows)
    assert errors_of(result) == [] and result.committed
    assert (result.inserted, result.updated, result.unchanged) == (2, 1, 0)
    with db.read() as s:
        got = {loc.code: (loc.name, loc.kind, loc.non_negative) for loc in s.scalars(select(Location))}
    assert got == {"A01": ("原料仓A", LocationKind.RAW, True), "B01": ("成品仓B", LocationKind.FINISHED, False),
                   "RAW": ("原材料总仓", LocationKind.RAW, True), "FG": ("成品仓", LocationKind.FINISHED, True)}
    again = run(db, supply, "locations", tmp_path, rows, name="again.xlsx")
    assert (again.inserted, again.updated, again.unchanged, again.batch_id) == (0, 0, 3, None)


def test_a_location_list_in_english(db, basics, tmp_path):
    rows = [["Location Code", "Warehouse Name", "Type"], ["QC1", "Incoming inspection", "quarantine"],
            ["WIP1", "Line side", "work in progress"]]
    result = run(db, basics[Role.MANAGER], "locations", tmp_path, rows)
    assert errors_of(result) == [] and result.inserted == 2
    with db.read() as s:
        kinds = dict(s.execute(select(Location.code, Location.kind).where(Location.code.in_(["QC1", "WIP1"]))).all())
    assert kinds == {"QC1": LocationKind.QUARANTINE, "WIP1": LocationKind.WIP}


def test_a_bad_location_file_names_row_and_column_and_writes_nothing(db, basics, tmp_path):
    before = count(db, Location)
    rows = [["仓库编码", "仓库名称", "类别"],
            ["C01", "新仓库", ""],  # a new location needs its kind
            ["C02", "待定", "仓库X"],  # not a kind
            ["A01", "原料仓A", "原料仓"],
            ["a01", "又一个", "原料仓"],  # the same code as row 4 (codes match ignoring case)
            ["C03", "x" * 201, "成品"]]  # longer than the name allows
    result = run(db, basics[Role.SUPPLY], "locations", tmp_path, rows)
    assert not result.committed
    assert errors_of(result) == [
        (2, "类别", "a new location needs its kind (类别: 原料仓 / 在制品区 / 成品仓 / 待检区)"),
        (3, "类别", "not one of: 原料仓, 在制品区, 待检区, 成品仓"),
        (5, "仓库编码", "the same location as row 4 of the file"),
        (6, "仓库名称", "longer than 200 characters"),
    ]
    assert count(db, Location) == before and batches(db) == 0


# -- work centers ---------------------------------------------------------------------------


def test_work_centers_in_chinese_and_english(db, basics, tmp_path):
    production = basics[Role.PRODUCTION]
    result = run(db, production, "work-centers", tmp_path, [
        ["产线编码", "产线名称", "日产能", "产能单位", "每日工时"],
        ["L1", "一号线", 60, "套", 8], ["L2", "二号线", "1,200", "", "7.5"]])
    assert errors_of(result) == [] and result.inserted == 2
    result = run(db, production, "work-centers", tmp_path, [
        ["Line Code", "Line Name", "Daily Capacity", "Hours per Day"], ["L2", "Line 2", 1300, ""]], name="en.xlsx")
    assert errors_of(result) == [] and (result.inserted, result.updated) == (0, 1)
    with db.read() as s:
        got = {w.code: (w.name, w.capacity_per_day, w.capacity_unit, w.hours_per_day)
               for w in s.scalars(select(WorkCenter))}
    assert got == {"L1": ("一号线", D(60), "套", D(8)), "L2": ("Line 2", D(1300), "件", D("7.5"))}


def test_a_bad_work_center_file_writes_nothing(db, basics, tmp_path):
    result = run(db, basics[Role.PRODUCTION], "work-centers", tmp_path, [
        ["产线编码", "产线名称", "日产能", "每日工时"],
        ["L1", "一号线", -5, 8], ["L2", "二号线", 40, "8.12345"], ["L3", "", 40, 8]])
    assert errors_of(result) == [(2, "日产能", "cannot be negative"), (3, "每日工时", "more than 4 decimal places"),
                                 (4, "产线名称", "产线名称 (Name) is required")]
    assert count(db, WorkCenter) == 0 and batches(db) == 0


# -- maintenance windows --------------------------------------------------------------------


def test_maintenance_windows_come_in_and_change(db, basics, tmp_path):
    add_lines(db)
    production = basics[Role.PRODUCTION]
    rows = [["产线", "开始日期", "结束日期", "剩余产能", "原因"],
            ["L1", dt.date(2026, 8, 10), dt.date(2026, 8, 14), "50%", "更换模具"],
            ["L2", "2026-09-01", "2026/9/1", 0, "年度保养"]]
    result = run(db, production, "maintenance", tmp_path, rows)
    assert errors_of(result) == [] and result.inserted == 2
    rows[1][3] = "30%"  # the same window (line and first day) with less capacity left
    again = run(db, production, "maintenance", tmp_path, rows, name="again.xlsx")
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 1)
    with db.read() as s:
        got = sorted((wc, w.start_date, w.end_date, w.capacity_factor, w.reason) for w, wc in s.execute(
            select(MaintenanceWindow, WorkCenter.code).join(WorkCenter)))
    assert got == [("L1", dt.date(2026, 8, 10), dt.date(2026, 8, 14), D("0.3"), "更换模具"),
                   ("L2", dt.date(2026, 9, 1), dt.date(2026, 9, 1), D(0), "年度保养")]
    with db.write(production) as s:  # undo puts the 50 % back
        imports.undo_batch(s, production, again.batch_id)
    with db.read() as s:
        assert s.scalar(select(MaintenanceWindow.capacity_factor).where(
            MaintenanceWindow.start_date == dt.date(2026, 8, 10))) == D("0.5")


def test_maintenance_in_english(db, basics, tmp_path):
    add_lines(db)
    result = run(db, basics[Role.MANAGER], "maintenance", tmp_path, [
        ["Work Center", "From", "To", "Capacity Factor", "Reason"], ["L1", "2026-08-10", "2026-08-11", 0.25, "mould"]])
    assert errors_of(result) == [] and result.inserted == 1


def test_a_bad_maintenance_file_writes_nothing(db, basics, tmp_path):
    add_lines(db)
    result = run(db, basics[Role.PRODUCTION], "maintenance", tmp_path, [
        ["产线", "开始日期", "结束日期", "剩余产能"],
        ["L1", "2026-09-05", "2026-09-01", 0],  # ends before it starts: the Master data rule
        ["L9", "2026-09-01", "2026-09-02", 0],  # no such line
        ["L2", "2026-09-01", "2026-09-02", "150%"]])
    assert errors_of(result) == [(2, "结束日期", "the window ends before it starts"),
                                 (3, "产线", "unknown work center L9"),
                                 (4, "剩余产能", "a rate must be from 0 to below 100%")]
    assert count(db, MaintenanceWindow) == 0 and batches(db) == 0


# -- working calendar -----------------------------------------------------------------------


def test_calendar_days_for_the_factory_and_a_line(db, basics, tmp_path):
    add_lines(db)
    production = basics[Role.PRODUCTION]
    rows = [["日期", "上班/休息", "产线", "备注"],
            ["2026-10-01", "放假", "", "国庆节"], ["2026-10-10", "补班", "", ""], ["2026-10-02", "休息", "L1", "检修"]]
    result = run(db, production, "calendar", tmp_path, rows)
    assert errors_of(result) == [] and result.inserted == 3
    rows[1][3] = "国庆调休"
    again = run(db, production, "calendar", tmp_path, rows, name="again.xlsx")
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 2)
    with db.read() as s:
        got = sorted((d.day, d.is_workday, wc, d.note) for d, wc in s.execute(
            select(CalendarDay, WorkCenter.code).outerjoin(WorkCenter)))
    assert got == [(dt.date(2026, 10, 1), False, None, "国庆调休"), (dt.date(2026, 10, 2), False, "L1", "检修"),
                   (dt.date(2026, 10, 10), True, None, None)]
    with db.write(production) as s:  # a day without a version is restored too
        imports.undo_batch(s, production, again.batch_id)
    with db.read() as s:
        assert s.scalar(select(CalendarDay.note).where(CalendarDay.day == dt.date(2026, 10, 1))) == "国庆节"


def test_calendar_in_english_and_bad_cells(db, basics, tmp_path):
    production = basics[Role.PRODUCTION]
    result = run(db, production, "calendar", tmp_path, [["Date", "Working", "Note"], ["2026-05-01", "holiday", "May Day"],
                                                         ["2026-05-09", "work", ""]])
    assert errors_of(result) == [] and result.inserted == 2
    result = run(db, production, "calendar", tmp_path, [
        ["日期", "上班/休息"], ["2026-06-01", "也许"], ["不是日期", "上班"], ["2026-05-01", "上班"],
        ["2026-05-01", "休息"]], name="bad.xlsx")
    assert [(r, c) for r, c, _m in errors_of(result)] == [(2, "上班/休息"), (3, "日期"), (5, "日期")]
    assert errors_of(result)[2][2] == "the same calendar day as row 4 of the file"
    assert count(db, CalendarDay) == 2 and batches(db) == 1


# -- work orders ----------------------------------------------------------------------------

WO_HEADERS = ["工单号", "产品编码", "计划数量", "产线", "计划开工", "计划完工", "状态"]


def test_open_work_orders_come_in_with_their_numbers(db, basics, tmp_path):
    add_lines(db)
    production = basics[Role.PRODUCTION]
    result = run(db, production, "work-orders", tmp_path, [
        ["生产任务单"], WO_HEADERS,
        ["MO-2607-001", "FG-100", 500, "L1", "2026-08-01", "2026-08-05", "已下达"],
        ["", "FG-100", "200", "", "2026-08-03", "2026-08-06", "计划"],
        ["MO-2607-002", "FG-100", 80, "L2", dt.date(2026, 8, 7), dt.date(2026, 8, 9), ""]])
    assert errors_of(result) == [] and result.inserted == 3
    with db.read() as s:
        got = {w.number: (w.qty, w.status, w.planned_start, w.planned_end) for w in s.scalars(select(WorkOrder))}
        listed = work_orders.list_work_orders(s, production, today=dt.date(2026, 7, 1))
    generated = [n for n in got if not n.startswith("MO-")]
    assert len(generated) == 1 and re.fullmatch(r"WO-\d{4}-00001", generated[0])
    assert got["MO-2607-001"] == (D(500), WorkOrderStatus.RELEASED, dt.date(2026, 8, 1), dt.date(2026, 8, 5))
    assert got["MO-2607-002"][1] == WorkOrderStatus.PLANNED  # no status: planned
    assert got[generated[0]][:2] == (D(200), WorkOrderStatus.PLANNED)
    assert {r.number: r.work_center_code for r in listed} == {"MO-2607-001": "L1", "MO-2607-002": "L2",
                                                               generated[0]: None}
    # the numbering moved past the imported number: the next one typed in does not collide
    with db.write(production) as s:
        row = work_orders.create(s, production, work_orders.WorkOrderInput(
            basics.product.id, 10, None, dt.date(2026, 8, 1), dt.date(2026, 8, 2)), today=dt.date(2026, 7, 1))
    assert row.number not in got


def test_work_orders_in_english(db, basics, tmp_path):
    add_lines(db)
    result = run(db, basics[Role.MANAGER], "work-orders", tmp_path, [
        ["WO No.", "Item Code", "Qty", "Line", "Planned Start", "Planned End", "Status"],
        ["WO-A1", "FG-100", 12, "L1", "2026-08-01", "2026-08-02", "released"]])
    assert errors_of(result) == [] and result.inserted == 1


def test_a_bad_work_order_file_says_why_and_writes_nothing(db, basics, tmp_path):
    add_lines(db)
    with db.write(SYSTEM) as s:
        s.add(Item(code="FG-OLD", name="停产品", kind="finished", active=False))
        s.get(WorkCenter, s.scalar(select(WorkCenter.id).where(WorkCenter.code == "L2"))).active = False
    result = run(db, basics[Role.PRODUCTION], "work-orders", tmp_path, [
        WO_HEADERS,
        ["M1", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", "已完工"],  # documents drive done
        ["M2", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", "生产中"],  # and in progress
        ["M3", "RM-001", 10, "L1", "2026-08-01", "2026-08-05", ""],  # bought, not made
        ["M4", "FG-100", 10, "L1", "2026-08-05", "2026-08-01", ""],  # ends before it starts
        ["M5", "FG-100", 0, "L1", "2026-08-01", "2026-08-05", ""],
        ["M6", "FG-X", 10, "L1", "2026-08-01", "2026-08-05", ""],
        ["M6", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", ""],  # the number twice
        ["M7", "FG-OLD", 10, "", "2026-08-01", "2026-08-05", ""],
        ["M8", "FG-100", 10, "L2", "2026-08-01", "2026-08-05", ""],
        ["M9", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", "已取消"]])
    assert errors_of(result) == [
        (2, "状态", "a work order is done when its output is reported and it is closed in sopdesk; import open "
                  "work orders only (计划 / 已下达)"),
        (3, "状态", "a work order goes in progress with its first material issue in sopdesk; import it as "
                  "released (已下达)"),
        (4, "产品编码", "a raw material is bought, not made"),
        (5, "计划完工", "the end cannot be before the start"),
        (6, "计划数量", "must be greater than zero"),
        (7, "产品编码", "unknown product code FG-X"),
        (8, "工单号", "work order M6 is on row 7 of the file already"),
        (9, "产品编码", "product FG-OLD is inactive"),
        (10, "产线", "work center L2 is inactive"),
        (11, "状态", "a cancelled work order is not imported: leave it out of the file (or cancel it on the "
                   "Production tab)"),
    ]
    assert count(db, WorkOrder) == 0 and batches(db) == 0


def test_a_work_order_already_in_the_database(db, basics, tmp_path):
    add_lines(db)
    production = basics[Role.PRODUCTION]
    first = [WO_HEADERS, ["M1", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", "计划"],
             ["M2", "FG-100", 20, "L1", "2026-08-01", "2026-08-05", "已下达"],
             ["M3", "FG-100", 30, "L1", "2026-08-01", "2026-08-05", "已下达"]]
    assert errors_of(run(db, production, "work-orders", tmp_path, first)) == []
    with db.read() as s:
        m3 = s.scalar(select(WorkOrder.id).where(WorkOrder.number == "M3"))
    _issue(db, basics, m3)  # material issued to M3: it is in progress now
    result = run(db, production, "work-orders", tmp_path, [
        WO_HEADERS, ["M1", "FG-100", 15, "L2", "2026-08-02", "2026-08-06", "已下达"],  # planned → released, new values
        ["M2", "FG-100", 20, "L1", "2026-08-01", "2026-08-05", "计划"],  # released cannot go back
        ["M3", "FG-100", 35, "L1", "2026-08-01", "2026-08-05", ""],  # in progress: closed to imports
        ["M1", "FG-100", 15, "L2", "2026-08-02", "2026-08-06", ""]], name="second.xlsx")
    assert errors_of(result) == [
        (3, "状态", "M2 is released already: it cannot go back to planned"),
        (4, "工单号", "M3 is in progress (生产中) and can no longer be changed by an import"),
        (5, "工单号", "work order M1 is on row 2 of the file already"),
    ]
    result = run(db, production, "work-orders", tmp_path, [
        ["工单号", "物料编码", "计划数量", "产线", "计划开工", "计划完工", "状态"],
        ["M1", "FG-100", 15, "L2", "2026-08-02", "2026-08-06", "已下达"],
        ["M2", "FG-100", 20, "L1", "2026-08-01", "2026-08-05", ""],
        ["M3", "FG-100", 30, "L1", "2026-08-01", "2026-08-05", "生产中"]], name="third.xlsx")
    assert errors_of(result) == [] and (result.inserted, result.updated, result.unchanged) == (0, 1, 2)
    with db.read() as s:
        m1 = s.scalar(select(WorkOrder).where(WorkOrder.number == "M1"))
        assert (m1.qty, m1.status, m1.planned_start, m1.version) == (D(15), WorkOrderStatus.RELEASED,
                                                                      dt.date(2026, 8, 2), 2)
    result = run(db, production, "work-orders", tmp_path, [
        WO_HEADERS, ["M1", "RM-001", 15, "L2", "2026-08-02", "2026-08-06", ""]], name="fourth.xlsx")
    assert errors_of(result) == [(2, "产品编码", "a raw material is bought, not made")]


def _issue(db, basics, wo_id):
    from sopdesk.services import ledger

    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(
            item_id=basics.material.id, location_id=basics.raw_store.id, qty=D(100), move_type="opening",
            moved_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC))])
    with db.write(SYSTEM) as s:
        stock_ops.issue_to_work_order(s, SYSTEM, wo_id, [stock_ops.IssueLine(basics.material.id,
                                                                             basics.raw_store.id, D(5))])
    with db.read() as s:
        assert s.get(WorkOrder, wo_id).status == WorkOrderStatus.IN_PROGRESS


def test_the_production_list_exported_reads_back_unchanged(db, basics, tmp_path):
    add_lines(db)
    production = basics[Role.PRODUCTION]
    run(db, production, "work-orders", tmp_path, [
        WO_HEADERS, ["M1", "FG-100", 10, "L1", "2026-08-01", "2026-08-05", "计划"],
        ["M2", "FG-100", 20, "", "2026-08-01", "2026-08-05", "已下达"]])
    out = tmp_path / "list.xlsx"
    assert exports.export_file(db, production, "work-orders", out, filters={"open_only": True,
                                                                         "today": dt.date(2026, 7, 1)}) == 2
    result, _ = imports.run_import(db, production, "work-orders", out)
    assert errors_of(result) == [] and (result.unchanged, result.batch_id) == (2, None)


# -- a count sheet names a location the database does not have -------------------------------


def test_a_count_sheet_on_a_fresh_database_creates_its_location(db, tmp_path, capsys, monkeypatch):
    from sopdesk.ui.firststart import create_admin

    create_admin(db, "boss", "老板", "secret1", "secret1")  # as the first start: one location, WH
    with db.read() as s:
        assert [(c, k) for c, k in s.execute(select(Location.code, Location.kind))] == [("WH", LocationKind.RAW)]
        admin = users.actor_for(s, "boss")
    items = run(db, admin, "items", tmp_path, [["物料编码", "物料名称", "类别", "单位"],
                                               ["RM-1", "冷轧钢板", "原材料", "kg"], ["FG-1", "电机壳", "成品", "件"]])
    assert errors_of(items) == []
    result = run(db, admin, "stock-count", tmp_path, [
        ["仓库盘点表 2026-06-30"], ["物料编码", "物料名称", "仓库", "实盘数量"],
        ["RM-1", "冷轧钢板", "原料仓A", "1,250.5"], ["FG-1", "电机壳", "原料仓A", 3],
        ["FG-1", "电机壳", "主仓库", 40]])  # WH by its name
    assert errors_of(result) == [] and result.committed
    assert result.created == {"locations": 1} and result.created_names == {"locations": ["原料仓A"]}
    assert result.as_json()["created_names"] == {"locations": ["原料仓A"]}
    with db.read() as s:
        new = s.scalar(select(Location).where(Location.code == "原料仓A"))
        assert (new.name, new.kind, new.active) == ("原料仓A", LocationKind.RAW, True)
        rm = s.scalar(select(Item.id).where(Item.code == "RM-1"))
        fg = s.scalar(select(Item.id).where(Item.code == "FG-1"))
        assert [(r.code, r.qty) for r in inventory.stock_by_location(s, admin, rm)] == [("原料仓A", D("1250.5"))]
        assert {r.code: r.qty for r in inventory.stock_by_location(s, admin, fg)} == {"WH": D(40), "原料仓A": D(3)}
        assert [c.values["code"] for c in master_data.list_records(s, admin, "locations")] == ["WH", "原料仓A"]
    # the same sheet again: nothing new, no second location
    again = run(db, admin, "stock-count", tmp_path, [["物料编码", "仓库", "实盘数量"], ["RM-1", "原料仓A", "1250.5"]],
                name="again.xlsx")
    assert (again.created, again.unchanged) == ({}, 1)
    # undo of the first count: its moves are reversed, the location stays (the moves name it)
    with db.write(admin) as s:
        counts = imports.undo_batch(s, admin, result.batch_id)
    assert counts["moves_reversed"] == 3 and counts["locations_kept"] == 1
    # the command line names it as well
    url = db.url.render_as_string(hide_password=False)
    sheet = write_xlsx(tmp_path / "cli.xlsx", {"盘点": [["物料编码", "仓库", "盘点数量"], ["RM-1", "成品仓B", 1]]})
    monkeypatch.setenv("SOPDESK_PASSWORD", "secret1")
    assert main(["--db", url, "import", "stock-count", str(sheet), "--user", "boss"]) == 0
    assert "created 1 locations (成品仓B)" in capsys.readouterr().out
    with db.read() as s:
        assert s.scalar(select(Location.kind).where(Location.code == "成品仓B")) == LocationKind.FINISHED


def test_a_count_sheet_naming_an_inactive_location_is_refused(db, basics, tmp_path):
    with db.write(SYSTEM) as s:
        s.get(Location, basics.finished_store.id).active = False
    result = run(db, basics[Role.SUPPLY], "stock-count", tmp_path, [["物料编码", "仓库", "盘点数量"], ["FG-100", "FG", 5],
                                                                     ["FG-100", "新仓", 5]])
    assert errors_of(result) == [(2, "仓库", "location FG is inactive")]
    assert count(db, Location) == 2 and batches(db) == 0


# -- rights, templates, exports -------------------------------------------------------------


def test_rights_follow_the_master_data_screen(db, basics, tmp_path):
    for kind in ("locations", "work-centers", "maintenance", "calendar"):
        assert IMPORT_PERMISSION[kind] == master_data.EDIT_PERMISSION.get(kind, IMPORT_PERMISSION["items"]), kind
    path = write_xlsx(tmp_path / "x.xlsx", {"S": [["仓库编码", "仓库名称", "类别"], ["Z1", "z", "成品"]]})
    for role, kind in ((Role.PRODUCTION, "locations"), (Role.SALES, "locations"), (Role.SUPPLY, "work-centers"),
                       (Role.SUPPLY, "maintenance"), (Role.SUPPLY, "calendar"), (Role.SUPPLY, "work-orders"),
                       (Role.SHOPFLOOR, "work-orders")):
        with pytest.raises(PermissionDenied):
            imports.run_import(db, basics[role], kind, path)
    assert count(db, Location) == 2


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_each_template_is_its_own_kind(kind, tmp_path):
    path = tmp_path / f"{kind}.xlsx"
    write_template(path, kind)
    det = detect(open_workbook(path), kind)
    assert det.missing() == [] and set(det.mapping.values()) >= {f.name for f in det.spec.fields if not f.info}


def test_templates_from_the_command_line(db, tmp_path, capsys):
    url = db.url.render_as_string(hide_password=False)
    for kind in NEW_KINDS:
        out = tmp_path / f"{kind}-template.xlsx"
        assert main(["--db", url, "export", kind, str(out), "--template"]) == 0
        assert out.stat().st_size > 0
    assert "wrote the blank work-orders template" in capsys.readouterr().out


def test_exports_read_back_unchanged(db, basics, tmp_path):
    add_lines(db)
    manager = basics[Role.MANAGER]
    run(db, manager, "maintenance", tmp_path, [["产线", "开始日期", "结束日期", "剩余产能", "原因"],
                                               ["L1", "2026-08-10", "2026-08-14", "50%", "更换模具"]])
    run(db, manager, "calendar", tmp_path, [["日期", "上班/休息", "产线"], ["2026-10-01", "休息", ""],
                                            ["2026-10-10", "上班", "L2"]])
    for kind, n in (("locations", 2), ("work-centers", 2), ("maintenance", 1), ("calendar", 2)):
        out = tmp_path / f"export-{kind}.xlsx"
        assert exports.export_file(db, manager, kind, out) == n, kind
        result, _ = imports.run_import(db, manager, kind, out)
        assert errors_of(result) == [], kind
        assert (result.unchanged, result.batch_id) == (n, None), kind


def test_the_json_summary_lists_created_names(db, basics, tmp_path, capsys, monkeypatch):
    url = db.url.render_as_string(hide_password=False)
    sheet = write_xlsx(tmp_path / "c.xlsx", {"S": [["物料编码", "仓库", "盘点数量"], ["RM-001", "线边仓1", 2]]})
    monkeypatch.setenv("SOPDESK_PASSWORD", "secret1")
    assert main(["--db", url, "import", "stock-count", str(sheet), "--json", "--user", "supply"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["created"] == {"locations": 1} and out["created_names"] == {"locations": ["线边仓1"]}
    with db.read() as s:
        assert s.scalar(select(Location.kind).where(Location.code == "线边仓1")) == LocationKind.WIP
