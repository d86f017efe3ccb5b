"""Screenshots of the Demand review tab (需求评审) on the small demo factory, zh and en,
signed in as the manager: the sales forecast grid, supply's key materials, production's
capacity, the feasibility table and the meeting (consensus, sign-offs, action items); and
the minutes (会议纪要) of the demo's review rendered from the PDF (pdftoppm).

    python docs/screenshots/make_demand_review.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SIZE, demo_contexts, settle, shoot  # noqa: E402

PAGES = ("sales", "supply", "production", "feasibility", "meeting")
NOTES = {"zh": "F003 受产能约束：二月下半月设备检修，按 71 套安排。\n销售与重点客户沟通交期。",
         "en": "F003 is held by capacity: the line's overhaul in late February; planned at 71.\n"
               "Sales talks to the key customers about delivery."}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from sopdesk.reports import minutes
    from sopdesk.ui.demand_review.minutes_print import write_pdf
    from sopdesk.ui.demand_review.tab import DemandReviewTab

    for app, lang, ctx in demo_contexts("manager"):
        tab = DemandReviewTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        if tab.cycle is None:  # the month chosen first is not open: the demo's latest review
            tab.reload(tab.cycles[0].period)
            settle(app)
        for k, name in enumerate(PAGES):
            tab.pages.setCurrentIndex(k)
            if name == "meeting":  # the notes being typed (not saved: the demo stays as built)
                tab.meeting.notes.edit.setPlainText(NOTES[lang])
            settle(app)
            shoot(tab, out / f"demand_review_{name}_{lang}.png")
        with ctx.db.read() as s:
            doc = minutes.build(minutes.gather(s, ctx.actor, tab.cycle.id), lang=lang)
        pdf = Path(tempfile.mkdtemp()) / "minutes.pdf"
        write_pdf(doc, pdf)
        subprocess.run(["pdftoppm", "-r", "90", "-png", "-singlefile", str(pdf), str(out / f"demand_minutes_{lang}")],
                       check=True)
        print(f"wrote {out / f'demand_minutes_{lang}.png'}")
        tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
