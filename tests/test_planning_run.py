"""The plan through the real path, as a factory would run it: import items, BOM, stock,
purchase orders and sales orders from spreadsheets, then `sopdesk plan run --json`. On
SQLite and PostgreSQL.

The example is worked by hand below (lot-for-lot where no lot rule is set), in the layout of
the MRP record (Orlicky, Material Requirements Planning, ch. 4: gross requirements,
scheduled receipts, projected on hand, net requirements, planned order receipts and
releases). Horizon: 6 weeks from Monday 2027-01-04 (week 0 .. week 5).

  A (finished, made, production lead 7 days = 1 week), on hand 10, no BOM safety stock.
    Gross: week 2 = 50 (SO-A/1 promised 2027-01-20), week 4 = 30 (SO-B/1 requested 2027-02-03).
    wk  gross  sched  proj  net  receipt  release
     0      0      0    10    0        0        0
     1      0      0    10    0        0       40
     2     50      0     0   40       40        0
     3      0      0     0    0        0       30
     4     30      0     0   30       30        0
  B (raw, bought, purchase lead 14 days = 2 weeks), 2 per A; on hand 20; PO 40 expected
    2027-01-12 (week 1). Gross = 2 × A's releases: week 1 = 80, week 3 = 60.
     1     80     40     0   20       20   (week -1: past due, placed in week 0)
     3     60      0     0   60       60   released week 1
  C (raw, bought, lead 7 days = 1 week), 1 per A, scrap 0; on hand 5, safety stock 5,
    minimum lot 25, multiple 10. Gross: week 1 = 40, week 3 = 30.
     1     40      0     5   40  max(40,25)=40 → 40   released week 0
     3     30      0     5   30  max(30,25)=30 → 30   released week 2
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sopdesk.cli.main import main
from sopdesk.models import Role
from sopdesk.services import planning, planning_views
from sopdesk.services.errors import PermissionDenied
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics

D = dt.date

# the command line signs in as an administrator (tests/conftest.py, through the environment)
pytestmark = pytest.mark.usefixtures("cli_admin")


@pytest.fixture
def basics(db):
    return make_basics(db)


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _import(url, kind, path, capsys) -> None:
    code = main(["--db", url, "import", kind, str(path)])
    out = capsys.readouterr()
    assert code == 0, out.err + out.out


def _stage(db, tmp_path, capsys, *, c_safety=5) -> str:
    url = _url(db)
    files = {
        "suppliers": [["供应商编码", "供应商名称"], ["SUP1", "钢材供应商"]],
        "items": [
            ["物料编码", "物料名称", "类别", "安全库存", "采购提前期", "生产提前期", "最小批量", "批量倍数", "默认供应商"],
            ["A", "成品A", "成品", 0, 0, 7, 0, 0, None],
            ["B", "钢板B", "原材料", 0, 14, 0, 0, 0, "SUP1"],
            ["C", "螺丝C", "原材料", c_safety, 7, 0, 25, 10, "SUP1"],
        ],
        "bom": [["父项编码", "子项编码", "单位用量"], ["A", "B", 2], ["A", "C", 1]],
        "stock-count": [["物料编码", "仓库", "盘点数量", "盘点日期"],
                        ["A", "FG", 10, D(2027, 1, 1)], ["B", "RM", 20, D(2027, 1, 1)], ["C", "RM", 5, D(2027, 1, 1)]],
        "purchase-orders": [["采购单号", "供应商编码", "下单日期", "物料编码", "数量", "预计到货日期", "状态"],
                            ["PO-1", "SUP1", D(2026, 12, 20), "B", 40, D(2027, 1, 12), "已确认"]],
        "orders": [["订单号", "客户名称", "下单日期", "产品编码", "数量", "要求交期", "承诺交期", "状态"],
                   ["SO-A", "客户甲", D(2026, 12, 28), "A", 50, D(2027, 1, 22), D(2027, 1, 20), "已确认"],
                   ["SO-B", "客户乙", D(2026, 12, 29), "A", 30, D(2027, 2, 3), None, "已确认"]],
    }
    for kind, rows in files.items():
        _import(url, kind, write_xlsx(tmp_path / f"{kind}.xlsx", {"Sheet1": rows}), capsys)
    return url


def _plan(url, capsys, *extra) -> dict:
    assert main(["--db", url, "plan", "run", "--start", "2027-01-06", "--weeks", "6", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _orders(plan: dict) -> list[tuple]:
    return [(p["item"], p["kind"], p["qty"], p["release_week"], p["due_week"]) for p in plan["planned"]]


def test_a_textbook_plan_through_imports_and_the_command_line(db, tmp_path, capsys):
    url = _stage(db, tmp_path, capsys)
    plan = _plan(url, capsys)
    assert plan["start"] == "2027-01-04" and plan["weeks"] == 6  # the Monday of 2027-01-06's week
    assert sorted(_orders(plan)) == sorted([
        ("A", "make", "40", "2027-01-11", "2027-01-18"),
        ("A", "make", "30", "2027-01-25", "2027-02-01"),
        ("B", "purchase", "20", "2027-01-04", "2027-01-11"),  # past due: should have gone out 2026-12-28
        ("B", "purchase", "60", "2027-01-11", "2027-01-25"),
        ("C", "purchase", "40", "2027-01-04", "2027-01-11"),
        ("C", "purchase", "30", "2027-01-18", "2027-01-25"),
    ])
    by_key = {(p["item"], p["due_week"]): p for p in plan["planned"]}
    assert by_key[("A", "2027-01-18")]["pegged_to"] == [
        {"kind": "sales_line", "ref": "SO-A/1", "qty": "40", "week": "2027-01-18"}]
    assert by_key[("A", "2027-02-01")]["pegged_to"] == [
        {"kind": "sales_line", "ref": "SO-B/1", "qty": "30", "week": "2027-02-01"}]
    # B's late order serves A's first planned order (through it, SO-A/1)
    assert by_key[("B", "2027-01-11")]["pegged_to"] == [
        {"kind": "planned_order", "ref": "A 2027-01-18", "qty": "20", "week": "2027-01-11"}]
    past_due = [e for e in plan["exceptions"] if e["kind"] == "past_due"]
    assert [(e["item"], e["week"]) for e in past_due] == [("B", "2027-01-11")]
    assert past_due[0]["message"] \
        == "B: 20 due in week 2027-01-11 should have been released 1 week(s) before the start"
    assert plan["overloads"] == []


def test_the_grid_is_saved_and_a_second_run_replaces_the_first(db, tmp_path, capsys, basics):
    url = _stage(db, tmp_path, capsys)
    _plan(url, capsys)
    second = _plan(url, capsys)
    with db.read() as s:
        view = planning_views.current_plan(s, basics[Role.PRODUCTION])
        a = next(o for o in view.planned if o.item_code == "A")
        grid = planning_views.item_weeks(s, basics[Role.PRODUCTION], view.run_id, a.item_id)
        from sopdesk.models.planning import PlannedOrder

        assert s.query(PlannedOrder).count() == len(second["planned"])  # the first run's are gone
    assert [planning.qty_text(v) for v in grid.rows["gross"]] == ["0", "0", "50", "0", "30", "0"]
    assert [planning.qty_text(v) for v in grid.rows["projected"]] == ["10", "10", "0", "0", "0", "0"]
    assert [planning.qty_text(v) for v in grid.rows["releases"]] == ["0", "40", "0", "30", "0", "0"]


def test_only_planners_run_the_plan_and_everyone_with_plan_view_reads_it(db, basics):
    with pytest.raises(PermissionDenied), db.write(basics[Role.SALES]) as s:
        planning.run_plan(s, basics[Role.SALES], start=D(2027, 1, 4), weeks=4)
    with db.write(basics[Role.PRODUCTION]) as s:
        summary = planning.run_plan(s, basics[Role.PRODUCTION], start=D(2027, 1, 7), weeks=4)
    assert summary.start == D(2027, 1, 4)
    with db.read() as s:
        assert planning_views.current_plan(s, basics[Role.SALES]).run_id == summary.run_id


def test_a_bad_horizon_is_one_line(db, capsys):
    assert main(["--db", _url(db), "plan", "run", "--weeks", "0"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "weeks: the horizon is 1 to 104 weeks" in err


def test_a_maintenance_window_overloads_the_line_in_its_week(db, tmp_path, capsys):
    url = _stage(db, tmp_path, capsys)
    _import(url, "work-centers", write_xlsx(tmp_path / "wc.xlsx", {"Sheet1": [
        ["产线编码", "产线名称", "日产能"], ["WC1", "总装线", 20]]}), capsys)
    _import(url, "items", write_xlsx(tmp_path / "items2.xlsx", {"Sheet1": [
        ["物料编码", "物料名称", "类别", "产线"], ["A", "成品A", "成品", "WC1"]]}), capsys)
    assert _plan(url, capsys)["overloads"] == []  # 40 and 30 against 120 a week
    _import(url, "maintenance", write_xlsx(tmp_path / "mw.xlsx", {"Sheet1": [
        ["产线", "开始日期", "结束日期", "剩余产能", "原因"], ["WC1", D(2027, 1, 18), D(2027, 1, 20), "0%", "换模"]]}),
        capsys)
    plan = _plan(url, capsys)  # Mon–Wed stopped: Thu–Sat 3 × 20 = 60 left, still above 40
    assert plan["overloads"] == []
    _import(url, "maintenance", write_xlsx(tmp_path / "mw2.xlsx", {"Sheet1": [
        ["产线", "开始日期", "结束日期", "剩余产能", "原因"], ["WC1", D(2027, 1, 21), D(2027, 1, 23), "25%", "检修"]]}),
        capsys)
    plan = _plan(url, capsys)  # Thu–Sat at 25 %: 3 × 5 = 15
    assert plan["overloads"] == [{"work_center": "WC1", "week": "2027-01-18", "load": "40", "capacity": "15"}]
    assert main(["--db", url, "plan", "run", "--start", "2027-01-06", "--weeks", "6"]) == 0
    assert ("WC1, week 2027-W03: load 40 vs capacity 15 (maintenance 01-18..01-20 at 0 %, "
            "maintenance 01-21..01-23 at 25 %)") in capsys.readouterr().out


def test_the_agreed_consensus_adds_what_the_orders_of_its_month_leave(db, tmp_path, capsys, basics):
    """January's consensus of A is 120 and its January orders are 50 (SO-A): 70 more, spread
    over January's four weeks of the horizon (a week is January's when its Thursday is),
    17.5 each. February's consensus of 20 is below its orders (30): nothing is added. A
    consensus still in the meeting does not count."""
    from sqlalchemy import select

    from sopdesk.models import ConsensusLine, CycleStatus, DemandReviewCycle, Item

    url = _stage(db, tmp_path, capsys)
    with db.write() as s:
        a = s.scalar(select(Item.id).where(Item.code == "A"))
        agreed = DemandReviewCycle(period=D(2027, 1, 1), meeting_date=D(2026, 12, 5), status=CycleStatus.AGREED)
        meeting = DemandReviewCycle(period=D(2027, 2, 1), meeting_date=D(2027, 1, 5), status=CycleStatus.MEETING)
        s.add_all([agreed, meeting])
        s.flush()
        s.add_all([ConsensusLine(cycle_id=agreed.id, item_id=a, month=D(2027, 1, 1), consensus_qty=120,
                                 production_target_qty=126, supply_target_qty=132),
                   ConsensusLine(cycle_id=agreed.id, item_id=a, month=D(2027, 2, 1), consensus_qty=20,
                                 production_target_qty=20, supply_target_qty=20),
                   ConsensusLine(cycle_id=meeting.id, item_id=a, month=D(2027, 2, 1), consensus_qty=900,
                                 production_target_qty=900, supply_target_qty=900)])
    plan = _plan(url, capsys)
    with db.read() as s:
        view = planning_views.current_plan(s, basics[Role.PRODUCTION])
        grid = planning_views.item_weeks(s, basics[Role.PRODUCTION], view.run_id, a)
    assert [planning.qty_text(v) for v in grid.rows["gross"]] == ["17.5", "17.5", "67.5", "17.5", "30", "0"]
    first = next(p for p in plan["planned"] if p["item"] == "A")
    assert first["pegged_to"][0] == {"kind": "consensus", "ref": "2027-01 consensus (2027-01 review)",
                                     "qty": "7.5", "week": "2027-01-04"}  # 10 on hand covers the rest


def test_a_grid_figure_drills_down_to_its_documents(db, tmp_path, capsys, basics):
    from sqlalchemy import select

    from sopdesk.models import Item
    from sopdesk.services import planning_sources

    url = _stage(db, tmp_path, capsys)
    _plan(url, capsys)
    viewer = basics[Role.SALES]
    with db.read() as s:
        run = planning_views.current_plan(s, viewer).run_id
        ids = dict(s.execute(select(Item.code, Item.id)).all())

        def of(code, week, row):
            return [(x.kind, x.ref, planning.qty_text(x.qty))
                    for x in planning_sources.week_sources(s, viewer, run, ids[code], week, row)]

        assert of("A", 2, "gross") == [("sales_line", "SO-A/1", "50")]
        assert of("A", 4, "gross") == [("sales_line", "SO-B/1", "30")]
        assert of("B", 1, "gross") == [("planned_order", "A 2027-01-18", "80")]  # A's release, 2 each
        assert of("B", 1, "scheduled") == [("purchase_line", "PO-1/1", "40")]
        assert of("C", 3, "gross") == [("planned_order", "A 2027-02-01", "30")]
        assert of("A", 0, "gross") == []
    # the figures add up to the grid's
    with db.read() as s:
        grid = planning_views.item_weeks(s, viewer, run, ids["B"])
    assert planning.qty_text(grid.rows["gross"][1]) == "80" and planning.qty_text(grid.rows["scheduled"][1]) == "40"


def _agree(db, a, *, consensus, production, supply):
    from sopdesk.models import ConsensusLine, CycleStatus, DemandReviewCycle

    with db.write() as s:
        cycle = DemandReviewCycle(period=D(2027, 1, 1), meeting_date=D(2026, 12, 5), status=CycleStatus.AGREED)
        s.add(cycle)
        s.flush()
        s.add(ConsensusLine(cycle_id=cycle.id, item_id=a, month=D(2027, 1, 1), consensus_qty=consensus,
                            production_target_qty=production, supply_target_qty=supply))


def test_the_flex_band_loads_the_line_to_the_production_target_and_buys_core_material_to_the_supply_target(
        db, tmp_path, capsys, basics):
    """January's consensus of A is 120 (its orders 50): A is planned to 120. The production
    target 150 adds 30 above it, 7.5 a week on A's line WC1 (12 a day, 72 a week): week 2
    carries 67.5 of planned A, 75 with the target, an overload the consensus alone would not
    have. The supply target 160 adds 40 of A, 10 a week, made a week earlier: C (a core
    material, 1 per A) is bought for 20 more in week 0 (one of them past due) and 10 in
    weeks 1 and 2; B (not core) stays planned to the consensus."""
    from sqlalchemy import select, update

    from sopdesk.models import Item

    url = _stage(db, tmp_path, capsys)
    _import(url, "work-centers", write_xlsx(tmp_path / "wc.xlsx", {"Sheet1": [
        ["产线编码", "产线名称", "日产能"], ["WC1", "总装线", 12]]}), capsys)
    _import(url, "items", write_xlsx(tmp_path / "items2.xlsx", {"Sheet1": [
        ["物料编码", "物料名称", "类别", "产线"], ["A", "成品A", "成品", "WC1"]]}), capsys)
    with db.write() as s:
        s.execute(update(Item).where(Item.code == "C").values(is_core=True))
        ids = dict(s.execute(select(Item.code, Item.id)).all())
    _agree(db, ids["A"], consensus=120, production=120, supply=120)
    plain = _plan(url, capsys)
    assert plain["overloads"] == []

    def gross(code):
        with db.read() as s:
            run = planning_views.current_plan(s, basics[Role.PRODUCTION]).run_id
            grid = planning_views.item_weeks(s, basics[Role.PRODUCTION], run, ids[code])
        return [planning.qty_text(v) for v in grid.rows["gross"]]

    before = {code: gross(code) for code in ("A", "B", "C")}
    with db.write() as s:
        from sopdesk.models import ConsensusLine

        s.execute(update(ConsensusLine).values(production_target_qty=150, supply_target_qty=160))
    flexed = _plan(url, capsys)
    assert flexed["overloads"] == [{"work_center": "WC1", "week": "2027-01-18", "load": "75", "capacity": "72"}]
    assert gross("A") == before["A"] and gross("B") == before["B"]  # planned to the consensus
    extra = [float(x) - float(y) for x, y in zip(gross("C"), before["C"], strict=True)]
    assert extra == [20, 10, 10, 0, 0, 0]
    pegs = [g for p in flexed["planned"] if p["item"] == "C" for g in p["pegged_to"] if g["kind"] == "supply_target"]
    assert {g["ref"] for g in pegs} == {"2027-01 supply target (2027-01 review)"}
    assert [g["week"] for g in pegs][0] == "2027-01-04"  # C's orders name the target they buy for
