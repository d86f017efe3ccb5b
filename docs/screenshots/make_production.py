"""Screenshots of the Production tab (生产) on the small demo factory, zh and en: the work
order list, the output report dialog and a work order's detail with its moves.

    python docs/screenshots/make_production.py [--out docs/screenshots]
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

    from sopdesk.models import WorkOrderStatus
    from sopdesk.services import work_orders
    from sopdesk.ui.production.dialogs import WorkOrderDialog
    from sopdesk.ui.production.tab import ProductionTab

    for app, lang, ctx in demo_contexts("production"):
        tab = ProductionTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        running = next((n for n, r in enumerate(tab.rows) if r.status == WorkOrderStatus.IN_PROGRESS), 0)
        tab.view.selectRow(running)
        settle(app)
        shoot(tab, out / f"production_{lang}.png")
        tab.report_output()
        settle(app)
        if tab.dialog is not None:
            shoot(tab.dialog, out / f"production_report_{lang}.png")
            tab.dialog.close()
        with ctx.db.read() as s:
            detail = work_orders.get(s, ctx.actor, tab.rows[running].id)
        dialog = WorkOrderDialog(ctx, detail)
        dialog.show()
        settle(app)
        shoot(dialog, out / f"production_detail_{lang}.png")
        dialog.close()
        tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
