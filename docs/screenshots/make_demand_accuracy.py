"""Screenshot of the Demand review tab's accuracy page (预测准确率) on the small demo
factory, zh and en, as the manager: the last month its closed reviews planned.

    python docs/screenshots/make_demand_accuracy.py [--out docs/screenshots]
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
    from sopdesk.ui.demand_review.accuracy import AccuracyPage

    for app, lang, ctx in demo_contexts("manager"):
        page = AccuracyPage(ctx)
        page.resize(1100, 620)
        page.show()
        for k in range(page.month.count()):  # the latest month some frozen review planned
            page.month.setCurrentIndex(k)
            page.load()
            if page.report is not None and page.report.overall:
                break
        settle(app)
        shoot(page, out / f"demand_accuracy_{lang}.png")
        page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
