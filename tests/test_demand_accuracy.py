"""Forecast accuracy of the demand review (services/demand_accuracy.py) against figures
worked by hand, on SQLite and PostgreSQL. The factory of tests/test_kpi_report.py ships 33
of its product in October 2026 (10 + 20 + 3). Two closed reviews planned October:

  lag 1: the October review (meets in September): sales 30 (by the sales user), baseline 40
  lag 2: the September review: sales 50, baseline 35
  lag 3: none (the August review did not happen) → missing

  lag 1: sales WMAPE |33 − 30| / 33 = 0.0909, bias (30 − 33) / 33 = −0.0909;
         baseline WMAPE 7 / 33 = 0.2121, bias +0.2121; FVA 0.2121 − 0.0909 = 0.1212 (sales helped)
  lag 2: sales WMAPE 17 / 33 = 0.5152; baseline 2 / 33 = 0.0606; FVA 0.0606 − 0.5152 = −0.4546
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import CycleStatus, DemandReviewCycle, ForecastLine, ForecastSource, Role
from sopdesk.services import demand_accuracy
from sopdesk.services.errors import PermissionDenied, ValidationError
from tests.test_kpi_report import TODAY, factory  # noqa: F401 - the fixture

D = dt.date
OCT = D(2026, 10, 1)


def _review(db, w, period, sales, baseline):
    with db.write() as s:
        cycle = DemandReviewCycle(period=period, meeting_date=D(period.year, period.month, 5) - dt.timedelta(days=30),
                                  status=CycleStatus.CLOSED, months=3)
        s.add(cycle)
        s.flush()
        s.add_all([ForecastLine(cycle_id=cycle.id, item_id=w.product.id, month=OCT, source=ForecastSource.SALES,
                                qty=Decimal(sales), submitted_by_id=w[Role.SALES].user_id),
                   ForecastLine(cycle_id=cycle.id, item_id=w.product.id, month=OCT, source=ForecastSource.HISTORY,
                                qty=Decimal(baseline))])


def test_accuracy_by_lag_against_hand_worked_figures(db, factory):  # noqa: F811
    w = factory
    _review(db, w, D(2026, 10, 1), 30, 40)
    _review(db, w, D(2026, 9, 1), 50, 35)
    with db.read() as s:
        report = demand_accuracy.accuracy(s, w[Role.MANAGER], OCT, today=TODAY)
    assert report.lags == {1: "2026-10", 2: "2026-09", 3: None}
    lag1, lag2 = report.overall
    assert (lag1.lag, lag1.actual, lag1.sales, lag1.baseline) == (1, Decimal("33"), Decimal("30"), Decimal("40"))
    assert (lag1.sales_wmape, lag1.sales_bias) == (Decimal("0.0909"), Decimal("-0.0909"))
    assert (lag1.baseline_wmape, lag1.baseline_bias, lag1.fva) == (Decimal("0.2121"), Decimal("0.2121"),
                                                                   Decimal("0.1212"))
    assert (lag2.sales_wmape, lag2.baseline_wmape, lag2.fva) == (Decimal("0.5152"), Decimal("0.0606"),
                                                                 Decimal("-0.4546"))
    product = report.products[0]
    assert product.key == w.product.code and product.lag == 1 and product.sales_wmape == Decimal("0.0909")
    assert [(r.key, r.lag) for r in report.salespeople] == [("sales", 1), ("sales", 2)]


def test_an_open_month_and_a_role_without_kpis_are_refused(db, factory):  # noqa: F811
    w = factory
    with pytest.raises(ValidationError) as err, db.read() as s:
        demand_accuracy.accuracy(s, w[Role.MANAGER], D(2026, 12, 1), today=TODAY)
    assert err.value.field == "month"
    with pytest.raises(PermissionDenied), db.read() as s:
        demand_accuracy.accuracy(s, w[Role.SHOPFLOOR], OCT, today=TODAY)


def test_without_a_frozen_review_nothing_is_made_up(db, factory):  # noqa: F811
    w = factory
    with db.write() as s:  # a review still collecting is not a snapshot
        s.add(DemandReviewCycle(period=OCT, meeting_date=D(2026, 9, 5), status=CycleStatus.DRAFT, months=3))
    with db.read() as s:
        report = demand_accuracy.accuracy(s, w[Role.MANAGER], OCT, today=TODAY)
    assert report.lags == {1: None, 2: None, 3: None} and report.overall == [] and report.products == []


def test_the_command_line_prints_the_same_figures(db, factory, monkeypatch, capsys):  # noqa: F811
    import json

    from sopdesk.cli.main import main
    from tests.cli_signin import add_cli_admin, sign_in_cli

    w = factory
    _review(db, w, D(2026, 10, 1), 30, 40)
    add_cli_admin(db)
    sign_in_cli(monkeypatch)
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "demand", "accuracy", "--month", "2026-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lags"] == {"1": "2026-10", "2": None, "3": None}
    assert out["overall"][0] | {"key": "", "name": ""} == out["overall"][0]
    assert (out["overall"][0]["sales_wmape"], out["overall"][0]["fva"]) == ("0.0909", "0.1212")
    assert main(["--db", url, "demand", "accuracy", "--month", "2026-10"]) == 0
    text = capsys.readouterr().out
    assert "lag 1 (2026-10 review): actual 33; sales WMAPE 9.1 %" in text and "lag 2: no agreed" in text


def test_the_shared_kpi_forecast_accuracy_is_one_minus_the_lag_1_wmape(db, factory):  # noqa: F811
    from sopdesk.reports.kpi import kpi_month
    from sopdesk.reports.kpi_text import formula_text
    from sopdesk.reports.periods import Month

    w = factory
    _review(db, w, D(2026, 10, 1), 30, 40)
    with db.read() as s:
        values = {v.id: v for v in kpi_month(s, w[Role.MANAGER], Month(2026, 10), today=TODAY)}
        november = {v.id: v for v in kpi_month(s, w[Role.MANAGER], Month(2026, 11), today=TODAY)}
        december = {v.id: v for v in kpi_month(s, w[Role.MANAGER], Month(2026, 12), today=TODAY)}
    acc = values["forecast_accuracy"]
    assert (acc.value, acc.numerator, acc.denominator, acc.target) == (Decimal("90.91"), Decimal(30), Decimal(33),
                                                                       Decimal(80))
    assert acc.on_target is True and acc.department == "shared" and acc.unit == "%"
    assert formula_text(acc, "en") == ("1 − Σ|shipped − lag-1 sales forecast| / Σ shipped = 1 − 3 / 33, "
                                       "1 products (2026-10 review)")
    assert november["forecast_accuracy"].value is None  # no review planned November
    assert december["forecast_accuracy"].missing == "{month} is not over yet"
