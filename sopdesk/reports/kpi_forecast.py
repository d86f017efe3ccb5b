"""The shared KPI forecast accuracy (预测准确率, PRACTICES §4): how close the demand review's
lag-1 sales forecast came to what shipped, over every product the review forecast:

    accuracy = (1 − Σ|shipped − forecast| / Σ shipped) × 100

from services/demand_accuracy (the frozen forecast of the agreed or closed review held the
month before; shipped = stock_month). Known once the month is over; missing — never 0 —
while it runs, when no agreed review planned it, or when none of its products shipped.
"""

from __future__ import annotations

from sopdesk.services import demand_accuracy

from .kpi_common import PERCENT, Figure

FORECAST_FORMULA = ("1 − Σ|shipped − lag-1 sales forecast| / Σ shipped = 1 − {error} / {shipped}, "
                    "{products} products ({review} review)")
NOT_OVER = "{month} is not over yet"
NO_REVIEW = "no agreed demand review planned {month}"
NOTHING_SHIPPED = "none of the forecast products shipped in {month}"


def forecast_accuracy(ctx, months) -> list[Figure]:
    out = []
    for month in months:
        params = {"month": str(month)}
        if month >= ctx.today_month:
            out.append(Figure(None, missing=NOT_OVER, missing_params=params))
            continue
        report = demand_accuracy.accuracy(ctx.session, ctx.actor, month.first_day(), today=ctx.today)
        lag1 = next((r for r in report.overall if r.lag == 1), None)
        if lag1 is None or lag1.sales is None:
            out.append(Figure(None, missing=NO_REVIEW, missing_params=params))
            continue
        if lag1.actual <= 0 or lag1.sales_error is None:
            out.append(Figure(None, missing=NOTHING_SHIPPED, missing_params=params))
            continue
        value = ((1 - lag1.sales_error / lag1.actual) * 100).quantize(PERCENT)
        products = len({r.key for r in report.products if r.lag == 1})
        out.append(Figure(value, numerator=lag1.actual - lag1.sales_error, denominator=lag1.actual,
                          params={"error": lag1.sales_error.normalize(), "shipped": lag1.actual.normalize(), "products": products,
                                  "review": report.lags[1]},
                          detail={"wmape": lag1.sales_wmape, "bias": lag1.sales_bias, "fva": lag1.fva,
                                  "baseline_wmape": lag1.baseline_wmape}))
    return out


__all__ = ["FORECAST_FORMULA", "NOTHING_SHIPPED", "NOT_OVER", "NO_REVIEW", "forecast_accuracy"]
