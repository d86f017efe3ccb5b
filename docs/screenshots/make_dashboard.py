"""Screenshots of the 看板 Dashboard tab on the small demo factory, zh and en, for the manager
(every KPI), sales, production and supply (each its own KPIs beside the shared ones), with
the baseline month of the improvement tracker set to the first month of the trend with an
order lead time (as a factory would choose the month it started from); and the manager's
view after clicking a month of on-time delivery (the lines due that month).

    python docs/screenshots/make_dashboard.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import demo_contexts, settle, shoot  # noqa: E402

DASH_SIZE = (1400, 1250)
ROLES = ("manager", "sales", "production", "supply")


def choose_baseline(db) -> None:
    from sopdesk.reports.periods import Month
    from sopdesk.services import dashboard, settings
    from sopdesk.services.permissions import SYSTEM

    with db.write(SYSTEM) as s:
        last = Month.of(settings.factory_today(s))
        first = last
        for _ in range(11):
            first = first.prev()
        lead = dashboard.kpi_values(s, SYSTEM, first, last, ("order_lead_time_days",))["order_lead_time_days"]
        month = next(v.month for v in lead if v.value is not None)
        base = dashboard.baseline_month(s)
        dashboard.set_baseline_month(s, SYSTEM, month, base.version)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    p.add_argument("--roles", default=",".join(ROLES))
    args = p.parse_args(argv)
    out = Path(args.out)

    from sopdesk.ui.dashboard.tab import DashboardTab

    for role in args.roles.split(","):
        chosen = False
        for app, lang, ctx in demo_contexts(role):
            if not chosen:
                choose_baseline(ctx.db)
                chosen = True
            tab = DashboardTab(ctx)
            tab.resize(*DASH_SIZE)
            tab.show()
            tab.activate()
            settle(app, 10)
            shoot(tab, out / f"dashboard_{role}_{lang}.png")
            if role == "manager":
                rated = [v for v in tab.series["on_time_delivery"] if v.value is not None]
                late_month = min(rated, key=lambda v: v.value).month if rated else None  # the worst month
                if late_month is not None:
                    tab.drill_on_time(late_month)
                    settle(app, 10)
                    shoot(tab, out / f"dashboard_drill_{lang}.png")
            tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
