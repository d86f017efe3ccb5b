"""services/dashboard.py on SQLite and PostgreSQL, on the KPI fixture of tests/test_kpi_report.py
(built through the documents; its docstring has the scenario). Today 2026-12-05.

  panorama: open lines SO4 (confirmed, promised Nov 28: late) and SO5 (promised Dec 20: on
            time); SO1-SO3 are fully shipped (their orders shipped): not open.
  due Oct:  SO1 on time (shipped Oct 8, promised Oct 10), SO2 on time (Oct 18 / Oct 20),
            SO3 late (delivered Nov 3, promised Oct 25): 2 on time, 1 late = the KPI's 66.67 %
  due Nov:  SO4 late (not shipped, due Nov 28 before today); due Dec: SO5 pending
  delivered Oct: SO2 17 days, SO1 7 days; Nov: SO3 33 days
  stock at the end of Oct: FG-100 117 x 80.1234 = 9374.44, RM-001 1400 x 6.30 = 8820.00,
            total 18194.44 (the inventory value KPI)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import OrderStatus, Role
from sopdesk.reports.kpi import kpi_series
from sopdesk.reports.periods import Month
from sopdesk.services import dashboard, inventory_health
from sopdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from sopdesk.services.order_queries import DeliveryRisk
from sopdesk.services.permissions import SYSTEM
from tests.test_kpi_report import TODAY, factory  # noqa: F401 - the fixture

D = Decimal
NOW = dt.datetime(2026, 12, 5, 2, 0, tzinfo=dt.UTC)
OCT, NOV, DEC = Month(2026, 10), Month(2026, 11), Month(2026, 12)


def test_order_panorama_counts_open_lines_by_risk_and_status(db, factory):  # noqa: F811
    with db.read() as s:
        p = dashboard.order_panorama(s, factory[Role.SALES], today=TODAY, now=NOW)
        late, late_total = dashboard.panorama_lines(s, factory[Role.SALES], DeliveryRisk.LATE, today=TODAY, now=NOW)
        on_time, _ = dashboard.panorama_lines(s, factory[Role.SALES], DeliveryRisk.ON_TIME, OrderStatus.CONFIRMED,
                                              today=TODAY, now=NOW)
    assert {r: p.total(r) for r in dashboard.OPEN_RISKS} == {
        DeliveryRisk.LATE: 1, DeliveryRisk.AT_RISK: 0, DeliveryRisk.NO_DATE: 0, DeliveryRisk.ON_TIME: 1}
    assert p.lines[DeliveryRisk.LATE][OrderStatus.CONFIRMED] == 1
    assert p.orders[DeliveryRisk.LATE] == 1
    assert late_total == 1 and [r.promised_date for r in late] == [dt.date(2026, 11, 28)]
    assert [r.promised_date for r in on_time] == [dt.date(2026, 12, 20)]


def test_lines_due_add_up_to_the_on_time_kpi(db, factory):  # noqa: F811
    manager = factory[Role.MANAGER]
    with db.read() as s:
        oct_rows, oct_counts = dashboard.lines_due(s, manager, OCT, today=TODAY)
        nov_rows, nov_counts = dashboard.lines_due(s, manager, NOV, today=TODAY)
        _, dec_counts = dashboard.lines_due(s, manager, DEC, today=TODAY)
        kpis = kpi_series(s, manager, OCT, DEC, today=TODAY)
    assert [(r.due, r.delivered, r.outcome) for r in oct_rows] == [
        (dt.date(2026, 10, 25), dt.date(2026, 11, 3), "late"),  # late first
        (dt.date(2026, 10, 10), dt.date(2026, 10, 8), "on_time"),
        (dt.date(2026, 10, 20), dt.date(2026, 10, 18), "on_time")]
    assert dict(oct_counts) == {"on_time": 2, "late": 1, "pending": 0}
    assert [(r.due, r.outcome) for r in nov_rows] == [(dt.date(2026, 11, 28), "late")]
    assert dict(dec_counts) == {"on_time": 0, "late": 0, "pending": 1}
    for km, counts in zip(kpis, (oct_counts, nov_counts, dec_counts), strict=True):
        detail = km.get("on_time_delivery").detail
        assert (detail["on_time"], detail["late"], detail["pending"]) == (
            counts["on_time"], counts["late"], counts["pending"])


def test_lines_delivered_and_month_end_stock(db, factory):  # noqa: F811
    manager = factory[Role.MANAGER]
    with db.read() as s:
        oct_rows, oct_total = dashboard.lines_delivered(s, manager, OCT)
        nov_rows, _ = dashboard.lines_delivered(s, manager, NOV)
        stock, total = dashboard.month_end_stock(s, manager, OCT, today=TODAY)
        now_stock, now_total = dashboard.month_end_stock(s, manager, DEC, today=TODAY)
        kpi = kpi_series(s, manager, OCT, DEC, today=TODAY)
    assert [r.days for r in oct_rows] == [17, 7] and oct_total == 2
    assert [r.days for r in nov_rows] == [33]
    assert [(r.code, r.qty, r.value) for r in stock] == [("FG-100", D(117), D("9374.44")),
                                                         ("RM-001", D(1400), D("8820.00"))]
    assert total == D("18194.44") == kpi[0].get("inventory_value").value
    assert now_total == kpi[-1].get("inventory_value").value  # today's stock in the current month


def test_inventory_overview_is_inventory_health(db, factory):  # noqa: F811
    supply = factory[Role.SUPPLY]
    with db.read() as s:
        overview = dashboard.inventory_overview(s, supply, now=NOW)
        summary = inventory_health.health_summary(s, supply, now=NOW)
        rows = inventory_health.fetch_health(s, supply, now=NOW, limit=1000)
        class_a = dashboard.health_list(s, supply, "class", "A", now=NOW)
        buckets = {b: dashboard.health_list(s, supply, "supply", b, now=NOW) for b in dashboard.SUPPLY_BUCKETS}
    assert overview.summary == summary
    assert [r.code for r in class_a] == sorted((r.code for r in rows if r.abc == "A"),
                                               key=lambda c: -next(r.value for r in rows if r.code == c))
    in_stock = [r for r in rows if r.on_hand > 0]
    assert sum(overview.bucket_items.values()) == len(in_stock) == sum(len(v) for v in buckets.values())
    assert {b: len(v) for b, v in buckets.items()} == overview.bucket_items
    with pytest.raises(ValidationError), db.read() as s:
        dashboard.health_list(s, supply, "class", "D", now=NOW)


def test_supply_buckets():
    assert [dashboard.supply_bucket(v) for v in (None, D(0), D("6.9"), D(7), D(30), D("89.9"), D(90))] == [
        "none", "0-7", "0-7", "7-30", "30-90", "30-90", "90+"]


def test_baseline_month_is_a_setting_the_manager_changes(db, factory):  # noqa: F811
    manager, sales = factory[Role.MANAGER], factory[Role.SALES]
    with db.read() as s:
        first = dashboard.baseline_month(s)
    assert first == dashboard.Baseline(None, None)
    with db.write(manager) as s:
        saved = dashboard.set_baseline_month(s, manager, OCT, first.version)
    assert saved.month == OCT and saved.version is not None
    with pytest.raises(ConflictError), db.write(manager) as s:  # saved by another PC since
        dashboard.set_baseline_month(s, manager, NOV, None)
    with pytest.raises(PermissionDenied), db.write(sales) as s:
        dashboard.set_baseline_month(s, sales, NOV, saved.version)
    with pytest.raises(ValidationError), db.write(SYSTEM) as s:
        from sopdesk.services import settings
        settings.set_value(s, SYSTEM, dashboard.BASELINE_KEY, "2026-13")
    with db.read() as s:
        assert dashboard.baseline_month(s).month == OCT
    assert dashboard.inventory_goal(D("18194.44"), dashboard.INVENTORY_REDUCTION_PCT) == D("14555.55")
    assert dashboard.inventory_goal(None, dashboard.INVENTORY_REDUCTION_PCT) is None


def test_kpi_values_are_the_registry_figures(db, factory):  # noqa: F811
    manager = factory[Role.MANAGER]
    with db.read() as s:
        subset = dashboard.kpi_values(s, manager, OCT, Month(2027, 1), ("on_time_delivery", "order_lead_time_days"),
                                      today=TODAY)
        full = kpi_series(s, manager, OCT, Month(2027, 1), today=TODAY)
    for kpi_id, values in subset.items():
        assert values == [km.get(kpi_id) for km in full]
    assert subset["order_lead_time_days"][-1].value is None  # January has not begun: missing, not 0
    assert subset["order_lead_time_days"][-1].missing == "{month} has not begun"
    with pytest.raises(PermissionDenied), db.read() as s:
        dashboard.order_panorama(s, factory[Role.SHOPFLOOR])
