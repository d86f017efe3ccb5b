"""Planning data on items (issue 12): production lead days, work center and rate, lot rule.
The migration, the master data service's rules, the items import and export."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl
import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from sopdesk.db import migrate
from sopdesk.excel.writer import write_template
from sopdesk.models import Item, Role, WorkCenter
from sopdesk.services import exports, imports, master_data
from sopdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from sopdesk.services.permissions import SYSTEM
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics

NEW_COLUMNS = {"production_lead_days", "work_center_id", "rate_per_day", "hours_per_unit",
               "min_lot", "lot_multiple"}


def _alembic(db, action, revision: str) -> None:
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        action(cfg, revision)


def _item_columns(db) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("item")}


def test_migration_adds_the_columns_with_defaults_and_drops_them_again(db):
    basics = make_basics(db)
    _alembic(db, command.downgrade, "0007")
    try:
        assert not NEW_COLUMNS & _item_columns(db)
        with db.engine.begin() as conn:  # a row written by the older version
            conn.execute(text("UPDATE item SET name = 'old name' WHERE code = 'FG-100'"))
    finally:
        _alembic(db, command.upgrade, "head")
    assert _item_columns(db) >= NEW_COLUMNS
    assert migrate.check(db).ok
    with db.read() as s:
        item = s.get(Item, basics.product.id)
        assert item.name == "old name"
        assert (item.production_lead_days, item.work_center_id, item.rate_per_day,
                item.hours_per_unit, item.min_lot, item.lot_multiple) == (0, None, None, None, D(0), D(0))


@pytest.mark.parametrize("column, value", [
    ("production_lead_days", -1), ("min_lot", D(-1)), ("lot_multiple", D("-0.5")),
    ("rate_per_day", D(-2)), ("hours_per_unit", D("-0.1")),
])
def test_the_database_refuses_negative_planning_values(db, column, value):
    make_basics(db)
    with pytest.raises(IntegrityError), db.write(SYSTEM) as s:
        item = s.scalars(select(Item).where(Item.code == "FG-100")).one()
        setattr(item, column, value)


# -- the master data service ----------------------------------------------------------------


@pytest.fixture
def basics(db):
    return make_basics(db)


def _center(db, code="L1", hours="8"):
    with db.write(SYSTEM) as s:
        wc = WorkCenter(code=code, name=f"{code} 产线", capacity_per_day=D(100), hours_per_day=D(hours))
        s.add(wc)
        s.flush()
        return wc.id


def test_an_item_saves_its_planning_data_and_keeps_it_on_edit(db, basics):
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    wc = _center(db)
    with db.write(supply) as s:
        item = master_data.save_record(s, supply, "items", {
            "code": "SF-20", "name": "阀体毛坯", "kind": "semi", "production_lead_days": " 4 ",
            "work_center_id": str(wc), "rate_per_day": "120", "min_lot": "200", "lot_multiple": "50"})
    v = item.values
    assert (v["production_lead_days"], v["work_center_id"], v["rate_per_day"], v["hours_per_unit"],
            v["min_lot"], v["lot_multiple"]) == (4, wc, D(120), None, D(200), D(50))
    with db.write(manager) as s:  # the rate moves to hours per unit: the units per day are cleared
        newer = master_data.save_record(s, manager, "items", {"rate_per_day": "", "hours_per_unit": "0.0667"},
                                        record_id=item.id, expected_version=1)
    assert newer.version == 2 and newer.values["rate_per_day"] is None
    assert newer.values["hours_per_unit"] == D("0.0667") and newer.values["min_lot"] == D(200)
    with db.read() as s:
        row = s.get(Item, item.id)
        assert (row.work_center_id, row.hours_per_unit, row.lot_multiple) == (wc, D("0.0667"), D(50))


def test_a_new_item_without_planning_data_is_lot_for_lot(db, basics):
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        item = master_data.save_record(s, supply, "items", {"code": "RM-9", "name": "垫圈", "kind": "raw"})
    v = item.values
    assert (v["production_lead_days"], v["work_center_id"], v["rate_per_day"], v["hours_per_unit"],
            v["min_lot"], v["lot_multiple"]) == (0, None, None, None, D(0), D(0))


@pytest.mark.parametrize("values, field, template", [
    ({"production_lead_days": "-1"}, "production_lead_days", "cannot be negative"),
    ({"production_lead_days": "2.5"}, "production_lead_days", "must be a whole number"),
    ({"min_lot": "-10"}, "min_lot", "cannot be negative"),
    ({"lot_multiple": "-1"}, "lot_multiple", "cannot be negative"),
    ({"lot_multiple": "0.00001"}, "lot_multiple", "{value} has more than {places} decimal places"),
    ({"rate_per_day": "-5", "work_center_id": "WC"}, "rate_per_day", "cannot be negative"),
    ({"rate_per_day": "0", "work_center_id": "WC"}, "rate_per_day",
     "must be more than 0 (leave it blank when there is none)"),
    ({"hours_per_unit": "0", "work_center_id": "WC"}, "hours_per_unit",
     "must be more than 0 (leave it blank when there is none)"),
    ({"rate_per_day": "100", "hours_per_unit": "0.1", "work_center_id": "WC"}, "hours_per_unit",
     "give units per working day or hours per unit, not both"),
    ({"rate_per_day": "100"}, "work_center_id", "a rate needs the work center that makes the item"),
    ({"hours_per_unit": "0.5"}, "work_center_id", "a rate needs the work center that makes the item"),
])
def test_bad_planning_values_are_refused_with_their_field(db, basics, values, field, template):
    wc = _center(db)
    values = {k: (str(wc) if v == "WC" else v) for k, v in values.items()}
    supply = basics[Role.SUPPLY]
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        master_data.save_record(s, supply, "items", {"code": "X1", "name": "x", "kind": "semi", **values})
    assert (err.value.field, err.value.template) == (field, template)


def test_an_inactive_work_center_cannot_be_chosen_but_a_kept_one_stays(db, basics):
    supply = basics[Role.SUPPLY]
    wc = _center(db)
    with db.write(supply) as s:
        item = master_data.save_record(s, supply, "items", {"code": "X2", "name": "x", "kind": "semi",
                                                            "work_center_id": wc, "rate_per_day": "10"})
    with db.write(SYSTEM) as s:
        s.get(WorkCenter, wc).active = False
    with db.write(supply) as s:  # another field edited: the stored (now inactive) center is kept
        kept = master_data.save_record(s, supply, "items", {"min_lot": "5"}, record_id=item.id,
                                       expected_version=1)
    assert kept.values["work_center_id"] == wc
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        master_data.save_record(s, supply, "items", {"code": "X3", "name": "y", "kind": "semi", "work_center_id": wc})
    assert err.value.field == "work_center_id"


def test_a_stale_save_of_planning_data_is_a_conflict_naming_the_field(db, basics):
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    item_id = basics.product.id
    with db.write(manager) as s:
        master_data.save_record(s, manager, "items", {"min_lot": "100"}, record_id=item_id, expected_version=1)
    with pytest.raises(ConflictError) as err, db.write(supply) as s:
        master_data.save_record(s, supply, "items", {"lot_multiple": "10"}, record_id=item_id, expected_version=1)
    assert err.value.info.changed_by == "manager user"
    assert [c.field for c in err.value.info.changes] == ["min_lot"]
    with db.read() as s:
        assert (s.get(Item, item_id).min_lot, s.get(Item, item_id).lot_multiple) == (D(100), D(0))


@pytest.mark.parametrize("role", [Role.SALES, Role.PRODUCTION, Role.SHOPFLOOR])
def test_only_master_data_roles_change_planning_data(db, basics, role):
    actor = basics[role]
    with pytest.raises(PermissionDenied), db.write(actor) as s:
        master_data.save_record(s, actor, "items", {"production_lead_days": "3"},
                                record_id=basics.product.id, expected_version=1)
    with db.read() as s:
        assert s.get(Item, basics.product.id).production_lead_days == 0


# -- the items import, its template and the export -------------------------------------------

ZH_FILE = [["物料编码", "物料名称", "类别", "提前期", "生产周期（天）", "生产线", "日产能", "单件工时", "最小起订量", "包装倍数"],
           ["SF-30", "泵体铸件", "半成品", "", 5, "L1", "120", "", "60", "10"],
           ["FG-300", "泵总成", "成品", "", "3", "l2", "", "0.25", "", ""],
           ["RM-300", "铝锭", "原材料", 7, "", "", "", "", "1,000", 500]]
EN_FILE = [["Code", "Name", "Kind", "Lead time", "Production lead time", "Work center", "Units per day",
            "Hours per unit", "MOQ", "Order multiple"],
           ["SF-30", "Pump casting", "semi", "", 5, "L1", "120", "", "60", "10"],
           ["FG-300", "Pump assembly", "finished", "", "3", "L2", "", "0.25", "", ""],
           ["RM-300", "Aluminium ingot", "raw", 7, "", "", "", "", "1000", 500]]
PLANNING = ("purchase_lead_days", "production_lead_days", "work_center_id", "rate_per_day", "hours_per_unit",
            "min_lot", "lot_multiple")


def _planning(db) -> dict[str, tuple]:
    with db.read() as s:
        centers = dict(s.execute(select(WorkCenter.id, WorkCenter.code)).all())
        return {it.code: tuple(centers.get(v, v) if name == "work_center_id" else v
                               for name, v in ((n, getattr(it, n)) for n in PLANNING))
                for it in s.scalars(select(Item).where(Item.code.in_(["SF-30", "FG-300", "RM-300"])))}


EXPECTED = {"SF-30": (0, 5, "L1", D(120), None, D(60), D(10)),
            "FG-300": (0, 3, "L2", None, D("0.25"), D(0), D(0)),
            "RM-300": (7, 0, None, None, None, D(1000), D(500))}


@pytest.mark.parametrize("rows", [ZH_FILE, EN_FILE], ids=["zh", "en"])
def test_items_import_reads_planning_data_under_chinese_and_english_headers(db, basics, tmp_path, rows):
    _center(db, "L1")
    _center(db, "L2")
    result, parsed = imports.run_import(db, basics[Role.SUPPLY], "items", write_xlsx(tmp_path / "i.xlsx",
                                                                                    {"物料": rows}))
    assert result.errors == [] and result.committed and result.inserted == 3
    # 提前期 / lead time alone stays the purchase lead time
    assert parsed.columns["purchase_lead_days"] == [None, None, 7]
    assert _planning(db) == EXPECTED


def test_items_import_refuses_bad_planning_data_naming_row_and_column(db, basics, tmp_path):
    _center(db, "L1")
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:  # stored with units per day: a file giving hours too breaks the rule
        wc = s.scalar(select(WorkCenter.id))
        master_data.save_record(s, supply, "items", {"rate_per_day": "40", "work_center_id": wc},
                                record_id=basics.product.id, expected_version=1)
    rows = [["物料编码", "物料名称", "类别", "产线", "产能", "工时", "最小批量", "批量倍数"],
            ["FG-100", "泵体总成", "成品", "", "", "0.5", "", ""],
            ["SF-31", "毛坯", "半成品", "L9", "10", "", "", ""],
            ["SF-32", "毛坯", "半成品", "", "10", "", "", ""],
            ["SF-33", "毛坯", "半成品", "L1", "0", "", "-1", "2.5"],
            ["SF-34", "毛坯", "半成品", "L1", "10", "", "", "整箱"]]
    before = _planning(db)
    result, _ = imports.run_import(db, supply, "items", write_xlsx(tmp_path / "bad.xlsx", {"Sheet1": rows}))
    assert not result.committed
    got = sorted((e.row, e.column, e.field, e.template) for e in result.errors)
    assert got[:3] == [
        (2, "工时", "hours_per_unit", "give units per working day or hours per unit, not both"),
        (3, "产线", "work_center", "unknown work center {code}"),
        (4, "产线", "work_center", "a rate needs the work center that makes the item"),
    ]
    assert {(e.row, e.field) for e in result.errors} == {
        (2, "hours_per_unit"), (3, "work_center"), (4, "work_center"),
        (5, "rate_per_day"), (5, "min_lot"), (6, "lot_multiple")}  # 0 units a day, a negative lot, a word
    assert _planning(db) == before  # all or nothing
    with db.read() as s:
        assert s.get(Item, basics.product.id).hours_per_unit is None


def test_the_items_template_has_the_planning_columns(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, "items")
    headers = [c.value for c in next(openpyxl.load_workbook(path).worksheets[0].iter_rows(max_row=1))]
    for header in ("生产提前期(天)\nProduction Lead Days", "产线\nWork Center", "日产能(件/天)\nUnits per Day",
                   "单件工时(小时)\nHours per Unit", "最小批量\nMinimum Lot", "批量倍数\nLot Multiple"):
        assert header in headers


def test_the_items_export_carries_planning_data_and_imports_back_unchanged(db, basics, tmp_path):
    _center(db, "L1")
    _center(db, "L2")
    supply = basics[Role.SUPPLY]
    imports.run_import(db, supply, "items", write_xlsx(tmp_path / "i.xlsx", {"物料": ZH_FILE}))
    out = tmp_path / "export.xlsx"
    assert exports.export_file(db, SYSTEM, "items", out) == 5
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[10:16] == ["生产提前期(天)", "产线", "日产能(件/天)", "单件工时(小时)", "最小批量", "批量倍数"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["SF-30"][10:16] == (5, "L1", 120, None, 60, 10)
    assert rows["FG-300"][10:16] == (3, "L2", None, 0.25, 0, 0)
    result, _ = imports.run_import(db, supply, "items", out)
    assert result.errors == [] and (result.inserted, result.updated, result.unchanged) == (0, 0, 5)
    assert _planning(db) == EXPECTED
