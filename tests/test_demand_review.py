"""The demand review's feasibility, through the services and `sopdesk demand status --json`,
on SQLite and PostgreSQL (issue 13, PRACTICES §1).

The seed case: period 2027-02 (24 working days Mon–Sat), meeting 2027-01-05. FG-100 (core)
is made on L1 at 50 a day; a maintenance window halves L1 from 02-15 to 02-28 (12 working
days at 25) → 12 × 50 + 12 × 25 = 900 of 1200. Its BOM takes 2 kg of RM-001, whose
supplier needs 10 days (new orders arrive 2027-01-15, in time).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import numpy as np
import pytest

from sopdesk.cli.main import main
from sopdesk.models import (
    BomLine,
    CycleStatus,
    Item,
    ItemKind,
    MaintenanceWindow,
    POStatus,
    Role,
    StockMonth,
    WorkCenter,
)
from sopdesk.planning.forecast import forecast
from sopdesk.services import (
    demand_review,
    demand_review_consensus,
    demand_review_feasibility,
    demand_review_meeting,
    demand_review_production,
    demand_review_sales,
    demand_review_supply,
    purchasing,
)
from sopdesk.services.demand_review_consensus import STATUS_KEYS, ConsensusInput
from sopdesk.services.demand_review_sales import ForecastCellInput
from sopdesk.services.demand_review_supply import MaterialInput
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

D = dt.date
FEB, MAR = D(2027, 2, 1), D(2027, 3, 1)
NOW = dt.datetime(2027, 1, 2, 1, 0, tzinfo=dt.UTC)


def stage(db, *, second_product: bool = False):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        line = WorkCenter(code="L1", name="总装线", capacity_per_day=Decimal(50))
        s.add(line)
        s.flush()
        p = s.get(Item, b.product.id)
        p.work_center_id, p.rate_per_day = line.id, Decimal(50)
        s.add(BomLine(parent_id=p.id, component_id=b.material.id, qty_per=Decimal(2)))
        s.add(MaintenanceWindow(work_center_id=line.id, start_date=D(2027, 2, 15), end_date=D(2027, 2, 28),
                                capacity_factor=Decimal("0.5"), reason="设备检修"))
        if second_product:
            s.add(Item(code="FG-200", name="泵体 B", kind=ItemKind.FINISHED, unit="套", is_core=True,
                       work_center_id=line.id, rate_per_day=Decimal(100)))
    return b


def open_feb(db, b, **kw):
    mgr = b[Role.MANAGER]
    with db.write(mgr) as s:
        return demand_review.open_cycle(s, mgr, FEB, NOW, **kw)


def enter(db, b, cycle_id, qty, month=FEB, item_id=None):
    sales = b[Role.SALES]
    with db.write(sales) as s:
        grid = demand_review_sales.sales_grid(s, sales, cycle_id)
        row = next(r for r in grid.rows if r.item_id == (item_id or b.product.id))
        cell = next(c for c in row.cells if c.month == month)
        demand_review_sales.save_forecast(s, sales, cycle_id, [ForecastCellInput(
            row.item_id, month, Decimal(qty), "含重点客户意向", cell.version)])


def cell(db, b, cycle_id, month=FEB, code="FG-100"):
    with db.read() as s:
        cells = demand_review_feasibility.feasibility(s, b[Role.PRODUCTION], cycle_id)
    return next(c for c in cells if c.month == month and c.code == code)


@pytest.fixture
def basics(db):
    return stage(db)


def test_seed_case_capacity_binds_at_900(db, basics):
    view = open_feb(db, basics)
    assert view.meeting_date == D(2027, 1, 5)
    assert view.months == (FEB, MAR, D(2027, 4, 1))
    with db.read() as s:
        [cap] = [c for c in demand_review_production.capacities(s, basics[Role.PRODUCTION], view.id) if c.month == FEB]
        [mat] = demand_review_supply.materials(s, basics[Role.SUPPLY], view.id)
    assert (cap.code, cap.working_days, cap.max_qty, cap.available_qty) == ("L1", 24, Decimal(1200), Decimal(900))
    assert cap.maintenance[0].percent == Decimal(50) and cap.maintenance_note == "设备检修"
    assert [(p.code, p.max_output) for p in cap.products] == [("FG-100", Decimal(900))]
    assert (mat.code, mat.lead_days, mat.available_date, mat.confirmed) == ("RM-001", 10, D(2027, 1, 15), False)
    assert mat.products == (("FG-100", Decimal(2)),)
    enter(db, basics, view.id, 1000)
    c = cell(db, basics, view.id)
    assert (c.forecast, c.capacity_limited, c.material_limited, c.feasible, c.binding) == (
        Decimal(1000), Decimal(900), None, Decimal(900), "capacity")
    assert c.why == "FG-100 2027-02: L1 can make at most 900 (24 working days, 900 of 1200 件 after maintenance)"
    assert c.why_template == demand_review_feasibility.WHY["capacity"]
    assert c.why_params["qty"] == "900" and c.why_params["working_days"] == 24


def test_seed_case_agreed_with_its_flex_band(db, basics):
    view = open_feb(db, basics)
    enter(db, basics, view.id, 1000)
    view = _through_meeting(db, basics, view.id)
    assert view.status == CycleStatus.AGREED and view.agreed_by_name == "manager user"
    with db.read() as s:
        rows = demand_review_consensus.status_rows(s, basics[Role.SALES], view.id)
    assert rows == [{
        "item": "FG-100", "forecast": "1000", "baseline": "0", "capacity_limited": "900", "material_limited": None,
        "feasible": "900", "binding": "capacity",
        "why": "FG-100 2027-02: L1 can make at most 900 (24 working days, 900 of 1200 件 after maintenance)",
        "consensus": "900", "production_target": "950", "supply_target": "1000"}]


def _through_meeting(db, b, cycle_id):
    for role, dept in ((Role.SALES, "sales"), (Role.PRODUCTION, "production"), (Role.SUPPLY, "supply")):
        actor = b[role]
        with db.write(actor) as s:
            v = demand_review.get_cycle(s, actor, cycle_id, NOW)
            task = next(t for t in v.submissions if t.department == dept)
            demand_review.submit(s, actor, cycle_id, dept, task.version, now=NOW)
    mgr = b[Role.MANAGER]
    with db.write(mgr) as s:
        v = demand_review.get_cycle(s, mgr, cycle_id)
        v = demand_review_meeting.change_status(s, mgr, cycle_id, v.version, CycleStatus.MEETING, NOW)
    for role in (Role.SALES, Role.PRODUCTION, Role.SUPPLY, Role.MANAGER):
        actor = b[role]
        with db.write(actor) as s:
            v = demand_review.get_cycle(s, actor, cycle_id)
            demand_review_meeting.sign_off(s, actor, cycle_id, v.version, NOW)
    with db.write(mgr) as s:
        v = demand_review.get_cycle(s, mgr, cycle_id)
        return demand_review_meeting.change_status(s, mgr, cycle_id, v.version, CycleStatus.AGREED, NOW)


def _open_po(db, b, qty, expected):
    supply = b[Role.SUPPLY]
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, purchasing.POInput(
            b.supplier.id, [purchasing.POLineInput(b.material.id, Decimal(qty), expected)], order_date=D(2027, 1, 2)))
        purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)


@pytest.mark.usefixtures("cli_admin")
def test_material_binds_when_new_orders_come_too_late(db, basics):
    _open_po(db, basics, 1000, D(2027, 2, 10))  # 1000 kg on order: 500 sets at 2 kg
    view = open_feb(db, basics)
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        [mat] = demand_review_supply.materials(s, supply, view.id)
        assert (mat.on_hand, mat.open_po, mat.arrivals) == (Decimal(0), Decimal(1000), ((FEB, Decimal(1000)),))
        [mat] = demand_review_supply.save_materials(s, supply, view.id, [MaterialInput(
            mat.item_id, mat.version, 70, None, True, Decimal("6.50"), "供应商需70天")])
    assert (mat.available_date, mat.confirmed, mat.unit_price) == (D(2027, 3, 16), True, Decimal("6.50"))
    enter(db, basics, view.id, 1000)
    enter(db, basics, view.id, 1000, MAR)
    c = cell(db, basics, view.id)
    assert (c.capacity_limited, c.material_limited, c.feasible, c.binding) == (
        Decimal(900), Decimal(500), Decimal(500), "material")
    assert c.why == ("FG-100 2027-02: RM-001 allows at most 500 (1000 kg by the end of the month: 0 on hand, "
                     "1000 on order, new orders from 2027-03-16; 2 kg a unit)")
    march = cell(db, basics, view.id, MAR)  # new orders arrive 03-16: no material limit; 27 working days
    assert (march.capacity_limited, march.material_limited, march.feasible, march.binding) == (
        Decimal(1350), None, Decimal(1000), "forecast")
    url = db.url.render_as_string(hide_password=False)
    assert _cli_status(url, "2027-02")["products"][0]["binding"] == "material"


def test_supply_limit_per_month_and_not_guaranteed(db, basics):
    view = open_feb(db, basics)
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        [mat] = demand_review_supply.materials(s, supply, view.id)
        demand_review_supply.save_materials(s, supply, view.id, [MaterialInput(
            mat.item_id, mat.version, 10, Decimal(1500), False, None, "本月最多供货 1500kg")])
    enter(db, basics, view.id, 1000)
    enter(db, basics, view.id, 1000, MAR)
    feb, mar = cell(db, basics, view.id), cell(db, basics, view.id, MAR)
    assert (feb.material_limited, feb.feasible, feb.binding) == (Decimal(750), Decimal(750), "material")
    # March: 1500 more, less the 1500 February takes → 750 again
    assert (mar.material_limited, mar.feasible, mar.binding) == (Decimal(750), Decimal(750), "material")


def test_forecast_binds_when_it_is_the_least(db, basics):
    view = open_feb(db, basics)
    enter(db, basics, view.id, 800)
    c = cell(db, basics, view.id)
    assert (c.forecast, c.capacity_limited, c.feasible, c.binding, c.demand_source) == (
        Decimal(800), Decimal(900), Decimal(800), "forecast", "sales")
    assert c.why == "FG-100 2027-02: the forecast of 800 can be made and supplied in full"


def test_products_share_a_work_center_in_order(db):
    b = stage(db, second_product=True)
    view = open_feb(db, b)
    enter(db, b, view.id, 600)
    with db.read() as s:
        fg200 = s.scalar(__import__("sqlalchemy").select(Item.id).where(Item.code == "FG-200"))
    enter(db, b, view.id, 1000, item_id=fg200)
    first, second = cell(db, b, view.id), cell(db, b, view.id, code="FG-200")
    assert (first.feasible, first.binding) == (Decimal(600), "forecast")
    # FG-200 runs at 100 a day, 0.5 of L1's unit each: 300 left of 900 → 600 of FG-200
    assert (second.capacity_limited, second.feasible, second.binding) == (Decimal(600), Decimal(600), "capacity")
    assert second.why_params["others"] == "600" and second.why_template == demand_review_feasibility.WHY[
        "capacity_shared"]


def test_baseline_is_the_statistical_forecast_of_shipments(db, basics):
    history = [100 + 5 * k for k in range(30)]  # months 2024-07 .. 2026-12
    months = [D(2024, 7, 1)]
    while len(months) < 30:
        m = months[-1]
        months.append(D(m.year + m.month // 12, m.month % 12 + 1, 1))
    with db.write(SYSTEM) as s:
        for m, q in zip(months, history, strict=True):
            s.add(StockMonth(month=m.year * 100 + m.month, item_id=basics.product.id, net=Decimal(-q),
                             shipped=Decimal(-q), issued=Decimal(0)))
    view = open_feb(db, basics)
    expected = forecast(np.array([[0.0] * 6 + history], dtype=float), 4).values[0]
    with db.read() as s:
        grid = demand_review_sales.sales_grid(s, basics[Role.SALES], view.id)
    [row] = grid.rows
    assert [c.baseline for c in row.cells] == [Decimal(round(v)) for v in expected[1:]]
    assert row.cells[0].baseline > 0
    assert row.recent == ((D(2026, 10, 1), Decimal(235)), (D(2026, 11, 1), Decimal(240)), (D(2026, 12, 1), Decimal(245)))
    assert row.cells[0].last_year == Decimal(195)  # 2026-02
    c = cell(db, basics, view.id)  # no sales figure: the baseline is the demand
    assert (c.forecast, c.demand_source, c.feasible) == (None, "baseline", min(row.cells[0].baseline, Decimal(900)))


def _cli_status(url, month):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", url, "demand", "status", "--month", month, "--json"])
    assert code == 0
    return json.loads(out.getvalue())


@pytest.mark.usefixtures("cli_admin")
def test_cli_open_and_status_json_seed_case(db, basics, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "demand", "open", "--month", "2027-02"]) == 0
    out = capsys.readouterr().out
    assert "opened the 2027-02 demand review (meeting 2027-01-05): 3 months, 1 product(s)" in out
    assert main(["--db", url, "demand", "open", "--month", "2027-02"]) == 1
    assert "the 2027-02 review is open already" in capsys.readouterr().err
    with db.read() as s:
        view = demand_review.find_cycle(s, SYSTEM, FEB)
    enter(db, basics, view.id, 1000)
    status = _cli_status(url, "2027-02")
    assert (status["month"], status["status"], status["meeting_date"]) == ("2027-02", "collecting", "2027-01-05")
    assert status["months"] == ["2027-02", "2027-03", "2027-04"]
    [p] = status["products"]
    assert tuple(p) == STATUS_KEYS
    assert {k: p[k] for k in ("item", "forecast", "capacity_limited", "material_limited", "feasible", "binding",
                              "consensus", "production_target", "supply_target")} == {
        "item": "FG-100", "forecast": "1000", "capacity_limited": "900", "material_limited": None, "feasible": "900",
        "binding": "capacity", "consensus": None, "production_target": None, "supply_target": None}
    _through_meeting(db, basics, view.id)
    p = _cli_status(url, "2027-02")["products"][0]
    assert (p["consensus"], p["production_target"], p["supply_target"]) == ("900", "950", "1000")
    assert main(["--db", url, "demand", "status", "--month", "2027-02"]) == 0
    text = capsys.readouterr().out
    assert "2027-02 demand review: agreed (meeting 2027-01-05)" in text
    assert "FG-100: feasible 900 bound by capacity" in text and "consensus 900 (production 950, supply 1000)" in text


@pytest.mark.usefixtures("cli_admin")
def test_cli_forecast_binds_and_no_cycle(db, basics, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "demand", "status", "--month", "2027-02", "--json"]) == 1
    assert "no demand review for 2027-02" in capsys.readouterr().err
    assert main(["--db", url, "demand", "open", "--month", "2027-02", "--months", "7"]) == 1
    assert "from 3 to 6 months" in capsys.readouterr().err
    assert main(["--db", url, "demand", "open", "--month", "2027-02", "--months", "6", "--json"]) == 0
    opened = json.loads(capsys.readouterr().out)
    assert len(opened["months"]) == 6 and opened["products"][0]["forecast"] is None
    with db.read() as s:
        view = demand_review.find_cycle(s, SYSTEM, FEB)
    enter(db, basics, view.id, 700)
    p = _cli_status(url, "2027-02")["products"][0]
    assert (p["forecast"], p["feasible"], p["binding"]) == ("700", "700", "forecast")


def test_cli_status_needs_a_signed_in_user(db, basics, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "demand", "status", "--month", "2027-02"]) == 3
    assert "sign in first" in capsys.readouterr().err


def test_record_consensus_overrides_the_default(db, basics):
    view = open_feb(db, basics)
    enter(db, basics, view.id, 1000)
    mgr = basics[Role.MANAGER]
    for role, dept in ((Role.SALES, "sales"), (Role.PRODUCTION, "production"), (Role.SUPPLY, "supply")):
        with db.write(basics[role]) as s:
            v = demand_review.get_cycle(s, basics[role], view.id)
            task = next(t for t in v.submissions if t.department == dept)
            demand_review.submit(s, basics[role], view.id, dept, task.version, now=NOW)
    with db.write(mgr) as s:
        v = demand_review.get_cycle(s, mgr, view.id)
        demand_review_meeting.change_status(s, mgr, view.id, v.version, CycleStatus.MEETING, NOW)
        demand_review_consensus.set_flex(s, mgr, basics.product.id, Decimal("0.1"), Decimal("0.2"))
        rows = demand_review_consensus.consensus_rows(s, mgr, view.id)
        feb = next(r for r in rows if r.cell.month == FEB)
        assert (feb.default_consensus, feb.default_production_target, feb.default_supply_target) == (
            Decimal(900), Decimal(990), Decimal(1080))
        rows = demand_review_consensus.record_consensus(s, mgr, view.id, [ConsensusInput(
            basics.product.id, FEB, Decimal(880), comment="保守取值")])
        feb = next(r for r in rows if r.cell.month == FEB)
    assert (feb.consensus, feb.production_target, feb.supply_target, feb.comment) == (
        Decimal(880), Decimal(968), Decimal(1056), "保守取值")


def test_the_demo_factorys_open_cycle_reads_through_the_services(db):
    from sopdesk.demo import generate
    from sopdesk.models import DemandReviewCycle

    generate(db, scale="small", seed=1, today=D(2026, 12, 7))
    with db.read() as s:
        cycle = s.query(DemandReviewCycle).filter_by(period=FEB).one()
        assert cycle.status == CycleStatus.DRAFT
        rows = demand_review_consensus.status_rows(s, SYSTEM, cycle.id)
        cells = demand_review_feasibility.feasibility(s, SYSTEM, cycle.id)
    assert rows and all(tuple(r) == STATUS_KEYS for r in rows)
    known = [c for c in cells if c.feasible is not None]
    assert known and all(c.binding in demand_review_feasibility.BINDINGS for c in known)
    for c in known:  # feasible is the least of what is known, in whole units
        limits = [x for x in (c.forecast if c.forecast is not None else c.baseline, c.capacity_limited,
                              c.material_limited) if x is not None]
        assert c.feasible == min(limits) and c.feasible == c.feasible.to_integral_value()
        assert " 0 working days" not in c.why  # rows the demo wrote without working days get them
