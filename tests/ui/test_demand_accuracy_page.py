"""The Demand review tab's accuracy page: the figures of tests/test_demand_accuracy.py on
screen, per lag, salesperson and product, with the value added in green when sales beat the
statistics; a lag without a frozen review said to be missing."""

from __future__ import annotations

import datetime as dt

from sopdesk.models import Role
from sopdesk.ui.demand_review.accuracy import AccuracyPage
from tests.test_demand_accuracy import _review
from tests.test_kpi_report import TODAY, factory  # noqa: F401 - the fixture

D = dt.date


def test_the_accuracy_page_shows_each_lag_beside_the_baseline(db, factory, make_ctx, qtbot, shown_errors):  # noqa: F811
    w = factory
    _review(db, w, D(2026, 10, 1), 30, 40)
    _review(db, w, D(2026, 9, 1), 50, 35)
    page = AccuracyPage(make_ctx(w[Role.SALES]), today=TODAY)
    qtbot.addWidget(page)
    page.today_of = lambda _s: TODAY
    assert page.month.itemData(0) == "2026-11"  # the last month that is over
    page.month.setCurrentIndex(page.month.findData("2026-10"))
    assert not shown_errors
    rows = page.row_texts()
    assert rows[0] == ["1", "All products", "33", "30", "40", "9.1 %", "21.2 %", "-9.1 %", "12.1 %"]
    assert rows[1][:2] == ["2", "All products"] and rows[1][-1] == "-45.5 %"
    assert any(r[1].startswith("Salesperson") for r in rows)
    assert "No agreed review planned it at lag 3: missing, not zero." in page.summary.text()
    assert [r.lag for r in page.chart.rows] == [1, 2]
    page.resize(700, 400)
    assert not page.grab().isNull()
