"""Screenshots of the Plan tab (计划) on the small demo factory, zh and en, signed in as the
manager (who may run the plan and release both kinds): the planned orders with the pegging
of a made product's order, the weekly grid of that product, and the exceptions.

    python docs/screenshots/make_plan.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SIZE, demo_contexts, settle, shoot  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from PySide6.QtCore import QItemSelectionModel

    from sopdesk.ui.plan.tab import PlanTab

    for app, lang, ctx in demo_contexts("manager"):
        tab = PlanTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        tab.run_plan()
        settle(app, 10)
        rows = tab.orders.rows
        # a made product's planned order serving sales order lines, else any with pegging
        pick = next((n for n, o in enumerate(rows) if o.kind == "make" and any(
            pg.kind == "sales_line" for pg in o.pegged_to)), None)
        if pick is None:
            pick = next(n for n, o in enumerate(rows) if o.pegged_to)
        view = tab.orders.view
        view.selectionModel().select(view.model().index(pick, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(view.model().index(pick, 0))
        view.setFocus()
        settle(app)
        shoot(tab, out / f"plan_orders_{lang}.png")
        tab.pages.setCurrentWidget(tab.grid)
        settle(app)
        shoot(tab, out / f"plan_grid_{lang}.png")
        week = next((c for c, v in enumerate(tab.grid.grid.rows["gross"]) if v), None)
        if week is not None:  # the documents behind the first week with demand
            tab.grid.table.cellDoubleClicked.emit(0, week)
            settle(app)
            shoot(tab.sources_dialog, out / f"plan_sources_{lang}.png")
            tab.sources_dialog.reject()
        tab.pages.setCurrentWidget(tab.exceptions_page)
        settle(app)
        shoot(tab, out / f"plan_exceptions_{lang}.png")
        tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
