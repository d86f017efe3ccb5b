"""The printed KPI sheets of the small demo factory, as PNGs (zh and en): the sales page and
the manager's page of last month's sheets, drawn offscreen to PDF (ui/reports/kpi_sheet.py)
and rendered with pdftoppm.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_kpi_sheets.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from sopdesk.db import Database, migrate  # noqa: E402
from sopdesk.demo import generate  # noqa: E402
from sopdesk.reports.kpi import kpi_history  # noqa: E402
from sopdesk.reports.kpi_sheet import build  # noqa: E402
from sopdesk.reports.periods import Month  # noqa: E402
from sopdesk.services import settings  # noqa: E402
from sopdesk.services.permissions import SYSTEM  # noqa: E402
from sopdesk.ui.reports.kpi_sheet import write_pdf  # noqa: E402


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    work = Path(tempfile.mkdtemp(prefix="sopdesk-kpi-shots-"))
    db = Database(str(work / "demo.db"))
    migrate.upgrade(db)
    generate(db, scale="small", seed=1)
    with db.read() as s:
        today = settings.factory_today(s)
        history = kpi_history(s, SYSTEM, Month.of(today).prev(), 5, today=today)
    for lang in ("zh", "en"):
        pdf = write_pdf(build(history, lang=lang, factory_name="宁波精工机械厂", today=today), work / f"kpi_{lang}.pdf")
        for page, name in ((1, "sales"), (4, "manager")):
            out = HERE / f"kpi_sheet_{name}_{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(out)], check=True)
            print(f"{out}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
