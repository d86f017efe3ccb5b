"""Screenshot of a product's own flex band (弹性区间) from the Demand review meeting page, on the
small demo factory's open review, zh and en, as the manager.

    python docs/screenshots/make_demand_flex.py [--out docs/screenshots]
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
    from sopdesk.services import demand_review
    from sopdesk.ui.demand_review.consensus import ConsensusPanel

    for app, lang, ctx in demo_contexts("manager"):
        with ctx.db.read() as s:
            cycle = demand_review.list_cycles(s, ctx.actor)[0]
        panel = ConsensusPanel(ctx)
        panel.resize(900, 400)
        panel.load(cycle.id, cycle.status)
        panel.show()
        panel.view.selectRow(0)
        panel.edit_flex()
        settle(app)
        shoot(panel.flex_dialog, out / f"demand_flex_{lang}.png")
        panel.flex_dialog.reject()
        panel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
