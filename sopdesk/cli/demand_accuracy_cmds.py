"""`sopdesk demand accuracy --month YYYY-MM [--json]`: how close the frozen forecasts of the
reviews that planned a month came to what shipped (services/demand_accuracy.py), by lag,
product and salesperson, and whether sales' adjustment beat the statistics (FVA).

JSON: {"month", "lags": {"1": "YYYY-MM" review or null, ...}, "overall" | "products" |
"salespeople": [{"key", "name", "lag", "actual", "sales", "baseline", "sales_wmape",
"baseline_wmape", "sales_bias", "baseline_bias", "fva", "sales_mase", "baseline_mase"}]};
quantities and ratios as exact decimal text, null where missing.
"""

from __future__ import annotations

import json

EXIT_OK = 0


def add_parser(dsub, month_type) -> None:
    from sopdesk.cli import signin

    ac = dsub.add_parser("accuracy", help="forecast accuracy of a month that is over: WMAPE, bias, MASE and "
                         "forecast value added of sales' forecast and the statistical baseline, lags 1-3")
    ac.add_argument("--month", metavar="YYYY-MM", type=month_type, required=True, help="the month forecast")
    ac.add_argument("--json", action="store_true", help="print the report as one JSON object")
    signin.add_arguments(ac, what="sign in as this user, who needs kpi.view")


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return repr(value)
    return format(value.normalize(), "f")


def _rows(rows) -> list[dict]:
    keys = ("actual", "sales", "baseline", "sales_wmape", "baseline_wmape", "sales_bias", "baseline_bias", "fva",
            "sales_mase", "baseline_mase")
    return [{"key": r.key, "name": r.name, "lag": r.lag, **{k: _text(getattr(r, k)) for k in keys}} for r in rows]


def _percent(value) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def run(db, actor, args) -> int:
    from sopdesk.services import demand_accuracy

    with db.read() as s:
        report = demand_accuracy.accuracy(s, actor, args.month)
    if args.json:
        print(json.dumps({"month": f"{report.month:%Y-%m}", "lags": {str(k): v for k, v in report.lags.items()},
                          "overall": _rows(report.overall), "products": _rows(report.products),
                          "salespeople": _rows(report.salespeople)}, ensure_ascii=False))
        return EXIT_OK
    print(f"forecast accuracy of {report.month:%Y-%m}")
    for lag, period in report.lags.items():
        if period is None:
            print(f"  lag {lag}: no agreed or closed review planned this month")
    for r in report.overall:
        print(f"  lag {r.lag} ({report.lags[r.lag]} review): actual {_text(r.actual)}; sales WMAPE "
              f"{_percent(r.sales_wmape)}, bias {_percent(r.sales_bias)}; baseline WMAPE "
              f"{_percent(r.baseline_wmape)}, bias {_percent(r.baseline_bias)}; FVA {_percent(r.fva)}")
    return EXIT_OK
