"""Screenshots of the Inventory tab's drill-down on the small demo factory, zh and en: a
shortage row's details (the demands behind it and what covers it, document numbers as links).

    python docs/screenshots/make_inventory_drilldown.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import demo_contexts, settle, shoot  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from sopdesk.ui.inventory.health import ShortageView

    for app, lang, ctx in demo_contexts("supply"):
        view = ShortageView(ctx)
        view.resize(1280, 700)
        view.show()
        view.activate()
        settle(app)
        if view.model.rowCount() == 0:
            print("no shortage rows in the demo", file=sys.stderr)
            return 1
        # a row partly covered shows both halves: the demands and what covers them
        rows = [view.model.row_at(n) for n in range(view.model.rowCount())]
        best = next((n for n, r in enumerate(rows) if r.uncovered_qty and r.covered_qty), 0)
        view.show_details(best)
        settle(app)
        if view.dialog is not None:
            view.dialog.resize(1100, 640)
            settle(app)
            shoot(view.dialog, out / f"inventory_shortage_details_{lang}.png")
            view.dialog.close()
        view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
