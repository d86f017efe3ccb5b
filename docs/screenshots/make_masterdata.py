"""Screenshots of the Master data tab (基础资料) on the small demo factory, zh and en.

    python docs/screenshots/make_masterdata.py [--out docs/screenshots]
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

    from sopdesk.ui.masterdata.tab import KIND_TITLES, MasterDataTab

    for app, lang, ctx in demo_contexts("supply"):
        tab = MasterDataTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        finished = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text().startswith("F0"))
        tab.table.selectRow(finished)
        settle(app)
        shoot(tab, out / f"masterdata_items_{lang}.png")
        # a casting with its line, units per day and minimum lot; hours per unit typed too: refused
        casting = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "S101")
        tab.table.selectRow(casting)
        settle(app)
        tab.form.widgets["hours_per_unit"].setText("0.25")
        tab.save()
        settle(app, 20)
        shoot(tab, out / f"masterdata_item_rate_error_{lang}.png")
        tab.kinds.setCurrentRow(list(KIND_TITLES).index("maintenance"))
        settle(app)
        shoot(tab, out / f"masterdata_maintenance_{lang}.png")
        tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
