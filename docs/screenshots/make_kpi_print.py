"""Screenshot of File → Print KPI sheet… (打印 KPI 看板表) on the small demo factory, zh and en,
as the sales user (their own page first).

    python docs/screenshots/make_kpi_print.py [--out docs/screenshots]
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
    from sopdesk.ui.reports.kpi_dialog import KpiSheetDialog

    for app, lang, ctx in demo_contexts("sales"):
        dialog = KpiSheetDialog(ctx)
        dialog.show()
        settle(app)
        shoot(dialog, out / f"kpi_print_{lang}.png")
        dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
