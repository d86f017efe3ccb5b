"""The 看板 Dashboard tab (pytest-qt, both databases) on the KPI fixture of
tests/test_kpi_report.py: each role's view with its own KPIs, a month's on-time point and a
risk bar drill down to the lines behind them, missing data shows as missing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from sopdesk.models import Role
from sopdesk.reports.kpi import KPI_IDS, KPIS
from sopdesk.reports.kpi_common import NO_STOCK_YET
from sopdesk.reports.kpi_inventory import NO_INVENTORY, NOTHING_OUT
from sopdesk.reports.kpi_sales import NO_LINES_DUE, NONE_DELIVERED, NOT_DUE_YET
from sopdesk.reports.kpi_supply import NO_PO_LINES_DUE, PO_NOT_DUE_YET
from sopdesk.reports.periods import Month
from sopdesk.services.order_queries import DeliveryRisk
from sopdesk.ui.dashboard import texts
from sopdesk.ui.dashboard.tab import ALL_KPIS, DashboardTab, role_kpis
from tests.test_kpi_report import TODAY, factory  # noqa: F401 - the fixture

NOW = dt.datetime(2026, 12, 5, 2, 0, tzinfo=dt.UTC)


def _tab(make_ctx, qtbot, actor):
    tab = DashboardTab(make_ctx(actor), today=TODAY, now=NOW)
    qtbot.addWidget(tab)
    tab.resize(1400, 1100)
    tab.show()
    with qtbot.waitSignal(tab.sig_ready, timeout=10_000) as ready:
        tab.activate()
    return tab, ready.args[0]


def test_each_role_sees_its_own_kpis_beside_the_shared_ones(db, factory, make_ctx, qtbot):  # noqa: F811
    assert set(ALL_KPIS) == set(KPI_IDS)
    for role, own in ((Role.SALES, {"revenue", "on_time_delivery", "forecast_accuracy"}), (Role.PRODUCTION, {"output_value",
                      "inventory_turnover"}), (Role.SUPPLY, {"purchase_cost", "on_time_arrival"})):
        tab, open_lines = _tab(make_ctx, qtbot, factory[role])
        assert set(tab.tiles) == own | {"order_lead_time_days"} == set(role_kpis(role))
        assert open_lines == 2  # SO4 late, SO5 on time
        assert tab.risk_chart.bars[0].key == (DeliveryRisk.LATE, None)  # late first
        assert tab.drill.kind == "orders" and tab.drill.table.rowCount() == 1  # the late line listed
        tab.close()
    tab, _ = _tab(make_ctx, qtbot, factory[Role.MANAGER])
    assert list(tab.tiles) == list(ALL_KPIS)
    lead = tab.tiles["order_lead_time_days"]
    # December: nothing delivered yet: missing with the reason, never 0
    assert lead.value.text() == "missing"
    assert lead.note.text() == "no order lines were delivered in 2026-12"
    assert tab.tiles["revenue"].value.text() == "0 CNY"  # nothing shipped in December: a real 0
    assert "target 95 %" in tab.tiles["on_time_delivery"].side.text()


def test_an_on_time_point_drills_down_to_the_lines_due_that_month(db, factory, make_ctx, qtbot):  # noqa: F811
    tab, _ = _tab(make_ctx, qtbot, factory[Role.SALES])
    chart = tab.on_time_chart
    chart.grab()  # painted: the hit areas of its months are known
    october = next(p for p in chart.points if p.key == Month(2026, 10))
    assert october.value == 66.67 and october.text == "66.7 %"
    hit = next(h for h in chart.hits if h.key == Month(2026, 10))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=hit.rect.center().toPoint())
    assert tab.drill.kind == "due"
    table = tab.drill.table
    outcomes = [table.item(r, 7).text() for r in range(table.rowCount())]
    assert outcomes == ["late", "on time", "on time"]
    assert "on time 2, late 1, not due yet 0" in tab.drill.count.text()
    # a month before the first stock move: its point is missing (drawn on the axis as —), and
    # its reason is the tooltip
    august = next((p for p in tab.lead_chart.points if p.key == Month(2026, 8)), None)
    assert august is not None and august.value is None and august.text == "—"
    assert august.tooltip == "no order lines were delivered in 2026-08"
    # a risk bar drills down to its open lines
    tab.risk_chart.grab()
    risk_hit = next(h for h in tab.risk_chart.hits if h.key == (DeliveryRisk.ON_TIME, None))
    qtbot.mouseClick(tab.risk_chart, Qt.MouseButton.LeftButton, pos=risk_hit.rect.center().toPoint())
    assert tab.drill.kind == "orders" and tab.drill.table.item(0, 5).text() == "2026-12-20"


def test_the_manager_sets_the_baseline_month(db, factory, make_ctx, qtbot):  # noqa: F811
    tab, _ = _tab(make_ctx, qtbot, factory[Role.MANAGER])
    assert "No baseline month chosen yet." in tab.tracker_note.text()
    tab.baseline_box.setCurrentIndex(tab.baseline_index(Month(2026, 10)))
    assert tab.baseline_save.isEnabled()
    with qtbot.waitSignal(tab.sig_ready, timeout=10_000):
        tab.baseline_save.click()
    assert tab.baseline.month == Month(2026, 10)
    labels = [r.label for r in tab.value_chart.references]
    assert labels == ["baseline 2026-10: 18,194", "goal −20 %: 14,556"]
    assert tab.lead_chart.highlight == Month(2026, 10)
    sales_tab, _ = _tab(make_ctx, qtbot, factory[Role.SALES])
    assert not sales_tab.baseline_box.isEnabled() and sales_tab.baseline.month == Month(2026, 10)


def test_every_registry_template_is_translatable():
    listed = set(texts.TEMPLATES)
    used = {k.formula for k in KPIS} | {NO_STOCK_YET, NO_INVENTORY, NOTHING_OUT, NO_LINES_DUE, NOT_DUE_YET,
                                        NONE_DELIVERED, NO_PO_LINES_DUE, PO_NOT_DUE_YET, "{month} has not begun"}
    assert used <= listed
    assert set(texts.NAMES) == set(KPI_IDS)
