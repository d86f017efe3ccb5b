"""Every KPI of reports/kpi.py against hand-computed figures, on SQLite and PostgreSQL, on a
small factory built through the documents: a stock count, sales orders and shipments, a
work order's material issue and shop-floor reports, purchase orders and their receipts.
Factory time zone Asia/Shanghai; moves at 02:00 UTC (10:00 at the factory); today 2026-12-05.

Items: FG-100 (finished, std cost 80.1234, price 120.50), RM-001 (raw, std cost 6.30).

  Sep 20  stock count: FG-100 100 at FG, RM-001 1000 at RAW     value 8012.34 + 6300 = 14312.34
  orders (order date Oct 1)          requested  promised   shipped
    SO1  10                          Oct 9      Oct 10     10 on Oct 8           on time / on time
    SO2  20                          Oct 15     Oct 20     20 on Oct 18          on time / late
    SO3   5                          -          Oct 25     3 on Oct 24, 2 Nov 3  late (delivered Nov 3)
    SO4   4                          -          Nov 28     -                     late (today Dec 5)
    SO5   6                          -          Dec 20     -                     pending
  Oct 11  issue 200 RM-001 to the work order; Oct 12 report 50 good; Nov 5 report 10 good
  POs at 6.00: PO1 500 due Oct 15, received Oct 14 (on time); PO2 100 due Oct 20, 60 on
  Oct 19 + 40 on Oct 25 (late); PO3 50 due Nov 10, nothing received (late by Dec 5)

  Oct: revenue 33 x 120.50 = 3976.50; on time 2/3 = 66.67 %, requested 1/2 = 50.00 %;
       output 50 x 80.1234 = 4006.17; purchase 600 x 6 = 3600.00; arrival 1/2 = 50.00 %;
       lead time SO1 7 d, SO2 17 d: 24 / 2 = 12.0 (median 12);
       closing FG 117, RM 1400: 9374.4378 + 8820 = 18194.44; average (14312.34 + 18194.44) / 2
       = 16253.39; shipped 33 x 80.1234 = 2644.07, issued 1260.00: turnover 3904.07 / 16253.39
       = 0.2402, days 31 x 16253.39 / 3904.07 = 129.1
  Nov: revenue 2 x 120.50 = 241.00; on time 0/1; requested: no line due (missing);
       output 801.23; purchase 0.00; arrival 0/1; lead time SO3 33 d;
       closing FG 125: 10015.425 + 8820 = 18835.43; average 18514.94; turnover 160.25 /
       18514.94 = 0.0087, days 30 x 18514.94 / 160.25 = 3466.1
  Aug: before the first move: every stock figure missing; Jan 2027: not begun.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from sopdesk.cli.main import main
from sopdesk.models import OrderStatus, POStatus, Role, WorkOrderStatus
from sopdesk.reports.kpi import KPI_IDS, KPIS, kpi_history, kpi_month, kpi_series
from sopdesk.reports.kpi_text import formula_text, missing_text
from sopdesk.reports.periods import Month
from sopdesk.services import orders, purchasing, settings, shipping, shop_floor, stock_ops
from sopdesk.services.errors import PermissionDenied, ValidationError
from tests.cli_signin import sign_in_cli
from tests.test_inventory_world import make_world, work_order

D = Decimal
TODAY = dt.date(2026, 12, 5)
AUG, SEP, OCT, NOV, DEC, JAN = (Month(2026, 8), Month(2026, 9), Month(2026, 10), Month(2026, 11),
                                Month(2026, 12), Month(2027, 1))


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 2, 0, tzinfo=dt.UTC)


def _order(db, w, qty, promised, requested=None):
    sales = w[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=w.b.customer.id, order_date=dt.date(2026, 10, 1), promised_date=promised,
            requested_date=requested, lines=[orders.OrderLineInput(item_id=w.product.id, qty=D(qty))]))
        view = orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
    return view.lines[0].id


def _ship(db, w, line_id, qty, when):
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(line_id, D(qty))], w.fg.id, shipped_at=when)


def _po(db, w, qty, expected):
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, purchasing.POInput(
            supplier_id=w.b.supplier.id, order_date=dt.date(2026, 10, 1),
            lines=[purchasing.POLineInput(item_id=w.iron.id, qty=D(qty), expected_date=expected,
                                          unit_price=D(6))]))
        po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
    return po.lines[0].id


def _receive(db, w, line_id, qty, when):
    supply = w[Role.SUPPLY]
    with db.write(supply) as s:
        purchasing.receive_line(s, supply, line_id, D(qty), w.raw.id, received_at=when)


@pytest.fixture
def factory(db):
    w = make_world(db)
    supply, production = w[Role.SUPPLY], w[Role.PRODUCTION]
    with db.write(supply) as s:
        stock_ops.post_stock_count(s, supply, w.fg.id, {w.product.id: D(100)}, counted_at=at(9, 20))
        stock_ops.post_stock_count(s, supply, w.raw.id, {w.iron.id: D(1000)}, counted_at=at(9, 20))
    so1 = _order(db, w, 10, dt.date(2026, 10, 10), dt.date(2026, 10, 9))
    so2 = _order(db, w, 20, dt.date(2026, 10, 20), dt.date(2026, 10, 15))
    so3 = _order(db, w, 5, dt.date(2026, 10, 25))
    _order(db, w, 4, dt.date(2026, 11, 28))
    _order(db, w, 6, dt.date(2026, 12, 20))
    _ship(db, w, so1, 10, at(10, 8))
    _ship(db, w, so2, 20, at(10, 18))
    _ship(db, w, so3, 3, at(10, 24))
    _ship(db, w, so3, 2, at(11, 3))
    wo = work_order(db, "WO-2026-00010", w.product, 100, dt.date(2026, 10, 10), dt.date(2026, 11, 10),
                    WorkOrderStatus.RELEASED)
    with db.write(production) as s:
        stock_ops.issue_to_work_order(s, production, wo, [stock_ops.IssueLine(w.iron.id, w.raw.id, D(200))],
                                      issued_at=at(10, 11))
        shop_floor.report(s, production, wo, good_qty=D(50), location_id=w.fg.id, reported_at=at(10, 12))
        shop_floor.report(s, production, wo, good_qty=D(10), location_id=w.fg.id, reported_at=at(11, 5))
    po1 = _po(db, w, 500, dt.date(2026, 10, 15))
    po2 = _po(db, w, 100, dt.date(2026, 10, 20))
    _po(db, w, 50, dt.date(2026, 11, 10))
    _receive(db, w, po1, 500, at(10, 14))
    _receive(db, w, po2, 60, at(10, 19))
    _receive(db, w, po2, 40, at(10, 25))
    return w


def _figures(db, w, first, last):
    with db.read() as s:
        return kpi_series(s, w[Role.MANAGER], first, last, today=TODAY)


def _row(km):
    return {v.id: (v.value, v.numerator, v.denominator) for v in km.values}


def test_october_against_hand_computed_figures(db, factory):
    (oct_,) = _figures(db, factory, OCT, OCT)
    assert _row(oct_) == {
        "revenue": (D("3976.50"), D("3976.50"), None),
        "on_time_delivery": (D("66.67"), D(2), D(3)),
        "on_time_delivery_requested": (D("50.00"), D(1), D(2)),
        "output_value": (D("4006.17"), D("4006.17"), None),
        "inventory_turnover": (D("0.2402"), D("3904.07"), D("16253.39")),
        "days_of_inventory": (D("129.1"), 31 * D("16253.39"), D("3904.07")),
        "purchase_cost": (D("3600.00"), D("3600.00"), None),
        "on_time_arrival": (D("50.00"), D(1), D(2)),
        "order_lead_time_days": (D("12.0"), D(24), D(2)),
        "inventory_value": (D("18194.44"), D("18194.44"), None),
        "forecast_accuracy": (None, None, None),  # no demand review planned October
    }
    assert oct_.get("forecast_accuracy").missing == "no agreed demand review planned {month}"
    assert oct_.get("order_lead_time_days").detail["median"] == D(12)
    products = oct_.get("output_value").detail["by_product"]
    assert [(p.code, p.qty, p.value) for p in products] == [("FG-100", D(50), D("4006.17"))]
    assert not any(v.partial for v in oct_.values)


def test_november_and_what_is_missing(db, factory):
    (nov,) = _figures(db, factory, NOV, NOV)
    row = _row(nov)
    assert row["revenue"][0] == D("241.00")
    assert row["on_time_delivery"] == (D("0.00"), D(0), D(1))
    assert row["on_time_delivery_requested"] == (None, None, None)
    req = nov.get("on_time_delivery_requested")
    assert missing_text(req) == "no order lines are due in 2026-11"
    assert row["output_value"][0] == D("801.23")
    assert row["purchase_cost"][0] == D("0.00")  # nothing received: a fact, not missing
    assert row["on_time_arrival"][:3] == (D("0.00"), D(0), D(1))
    assert row["order_lead_time_days"] == (D("33.0"), D(33), D(1))
    assert row["inventory_value"][0] == D("18835.43")
    assert row["inventory_turnover"] == (D("0.0087"), D("160.25"), D("18514.94"))
    assert row["days_of_inventory"][0] == D("3466.1")


def test_pending_lines_and_months_without_data(db, factory):
    aug, dec, jan = (_figures(db, factory, m, m)[0] for m in (AUG, DEC, JAN))
    # August ends before the first stock move: no figure, never 0
    for kpi in ("revenue", "output_value", "purchase_cost", "inventory_turnover", "inventory_value"):
        assert aug.get(kpi).value is None
        assert missing_text(aug.get(kpi)) == "no stock movement is recorded up to the end of 2026-08"
    assert missing_text(aug.get("on_time_delivery")) == "no order lines are due in 2026-08"
    # December is the current month: SO5 is not due yet, so nothing is counted
    otd = dec.get("on_time_delivery")
    assert otd.value is None and otd.partial and otd.detail["pending"] == 1
    assert missing_text(otd) == "1 order lines due in 2026-12 are not due yet"
    assert dec.get("days_of_inventory").params["days"] == 5  # month to date
    assert all(v.value is None and missing_text(v) == "2027-01 has not begun" for v in jan.values)


def test_history_is_the_same_figures_as_each_month_alone(db, factory):
    with db.read() as s:
        history = kpi_history(s, factory[Role.MANAGER], DEC, 5, today=TODAY)
        alone = kpi_month(s, factory[Role.MANAGER], OCT, today=TODAY)
    assert [str(m.month) for m in history] == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    assert history[3].values == alone
    assert [v.id for v in alone] == list(KPI_IDS) == [
        "revenue", "on_time_delivery", "on_time_delivery_requested", "output_value", "inventory_turnover",
        "days_of_inventory", "purchase_cost", "on_time_arrival", "order_lead_time_days", "inventory_value",
        "forecast_accuracy"]


def test_a_reversed_shipment_counts_in_the_month_it_is_dated(db, factory):
    with db.read() as s:
        from sqlalchemy import select

        from sopdesk.models import MoveType, StockMove

        move_id = s.scalar(select(StockMove.id).where(StockMove.move_type == MoveType.SHIPMENT,
                                                      StockMove.moved_at == at(11, 3)))
    supply = factory[Role.SUPPLY]
    with db.write(supply) as s:
        stock_ops.reverse(s, supply, move_id, "退货")  # dated now: after Nov
    (nov,) = _figures(db, factory, NOV, NOV)
    assert nov.get("revenue").value == D("241.00")
    assert nov.get("order_lead_time_days").value is None  # SO3 is open again: not delivered


def test_targets_are_settings_shown_with_the_figure(db, factory):
    (oct_,) = _figures(db, factory, OCT, OCT)
    assert {v.id: v.target for v in oct_.values} == {
        "revenue": None, "on_time_delivery": D(95), "on_time_delivery_requested": D(90), "output_value": None,
        "inventory_turnover": D("0.5"), "days_of_inventory": D(60), "purchase_cost": None,
        "on_time_arrival": D(95), "order_lead_time_days": D(15), "inventory_value": None,
        "forecast_accuracy": D(80)}
    assert oct_.get("on_time_delivery").on_target is False and oct_.get("revenue").on_target is None
    admin = factory[Role.ADMIN]
    with db.write(admin) as s:
        settings.set_value(s, admin, "kpi.target.revenue", "3000")
        settings.set_value(s, admin, "kpi.target.order_lead_time_days", 12)
        with pytest.raises(ValidationError):
            settings.set_value(s, admin, "kpi.target.on_time_arrival", "-1")
    (oct_,) = _figures(db, factory, OCT, OCT)
    assert (oct_.get("revenue").target, oct_.get("revenue").on_target) == (D(3000), True)
    assert (oct_.get("order_lead_time_days").target, oct_.get("order_lead_time_days").on_target) == (D(12), True)


def test_formulas_are_templates_filled_with_the_figures(db, factory):
    (oct_,) = _figures(db, factory, OCT, OCT)
    assert formula_text(oct_.get("revenue")) == "shipments dated in 2026-10 x order line price = 3,976.50"
    assert formula_text(oct_.get("inventory_turnover")) == (
        "(shipped 2,644.07 + issued 1,260.00) / average inventory 16,253.39 "
        "((opening 14,312.34 + closing 18,194.44) / 2)")
    assert formula_text(oct_.get("on_time_delivery"), "zh").startswith("2026-10 到期的订单行")
    assert all(formula_text(v, lang) for v in oct_.values for lang in ("zh", "en"))
    assert {k.department for k in KPIS} == {"sales", "production", "supply", "shared"}


def test_kpis_need_kpi_view(db, factory):
    with db.read() as s, pytest.raises(PermissionDenied):
        kpi_month(s, factory[Role.SHOPFLOOR], OCT, today=TODAY)


def test_month_edges_follow_the_factory_time_zone(db, factory):
    # a shipment at 17:00 UTC on Oct 31 is Nov 1 in Shanghai, Oct 31 in UTC
    line = _order(db, factory, 1, dt.date(2026, 11, 2))
    _ship(db, factory, line, 1, dt.datetime(2026, 10, 31, 17, 0, tzinfo=dt.UTC))
    oct_, nov = _figures(db, factory, OCT, NOV)
    assert (oct_.get("revenue").value, nov.get("revenue").value) == (D("3976.50"), D("361.50"))
    admin = factory[Role.ADMIN]
    with db.write(admin) as s:
        settings.set_value(s, admin, "factory.timezone", "UTC")
    oct_, nov = _figures(db, factory, OCT, NOV)
    assert (oct_.get("revenue").value, nov.get("revenue").value) == (D("4097.00"), D("241.00"))


def test_cli_json(db, factory, monkeypatch, capsys):
    sign_in_cli(monkeypatch, "manager", "secret1")
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "kpi", "--month", "2026-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["month"] == "2026-10"
    assert [k["id"] for k in out["kpis"]] == list(KPI_IDS)
    assert all(set(k) == {"id", "department", "value", "unit", "numerator", "denominator", "target", "formula"}
               for k in out["kpis"])
    by_id = {k["id"]: k for k in out["kpis"]}
    assert by_id["on_time_delivery"] == {
        "id": "on_time_delivery", "department": "sales", "value": "66.67", "unit": "%", "numerator": "2",
        "denominator": "3", "target": "95",
        "formula": "lines due in 2026-10 (promised date, else requested) fully shipped by that date "
                   "2 / (2 + late 1) x 100"}
    assert by_id["revenue"]["value"] == "3976.50" and by_id["revenue"]["target"] is None
    assert by_id["inventory_value"]["department"] == "shared"
    # a month without data: null, not 0
    assert main(["--db", url, "report", "kpi", "--month", "2026-08", "--json"]) == 0
    aug = {k["id"]: k for k in json.loads(capsys.readouterr().out)["kpis"]}
    assert aug["revenue"]["value"] is None and aug["order_lead_time_days"]["value"] is None


def test_cli_text_and_refusals(db, factory, monkeypatch, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "kpi", "--month", "2026-10"]) == 3  # not signed in
    capsys.readouterr()
    sign_in_cli(monkeypatch, "shopfloor", "secret1")
    assert main(["--db", url, "report", "kpi", "--month", "2026-10"]) == 1  # no kpi.view
    assert capsys.readouterr().err.startswith("sopdesk: ")
    sign_in_cli(monkeypatch, "sales", "secret1")
    assert main(["--db", url, "report", "kpi", "--month", "2026-08"]) == 0
    text = capsys.readouterr().out
    assert "Revenue" in text and "missing: no stock movement is recorded up to the end of 2026-08" in text
    with pytest.raises(SystemExit):
        main(["--db", url, "report", "kpi", "--month", "2026-13"])
