"""Screenshots of the import wizard with the new kinds on the small demo factory, zh and en:
the preview of a work-order file with errors (row and column named) and the summary of a
stock count that created the location it names.

    python docs/screenshots/make_imports_master.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from make_screenshots import build_db, settle, shoot  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from PySide6.QtWidgets import QWizard

    from sopdesk.db import Database
    from sopdesk.services.users import actor_for
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.importer.wizard import ImportWizard
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.tasks import SyncTaskRunner
    from tests.excel.helpers import write_xlsx

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        manager = actor_for(s, "manager")
        from sqlalchemy import select

        from sopdesk.models import Item, ItemKind, WorkCenter
        product = s.scalar(select(Item.code).where(Item.kind == ItemKind.FINISHED).order_by(Item.code))
        material = s.scalar(select(Item.code).where(Item.kind == ItemKind.RAW).order_by(Item.code))
        line = s.scalar(select(WorkCenter.code).order_by(WorkCenter.code))
    wo_file = write_xlsx(tmp / "生产任务单.xlsx", {"任务单": [
        ["工单号", "产品编码", "计划数量", "产线", "计划开工", "计划完工", "状态"],
        ["MO-2609-001", product, 500, line, "2026-09-01", "2026-09-05", "已下达"],
        ["MO-2609-002", product, 200, line, "2026-09-03", "2026-09-02", "计划"],
        ["MO-2609-003", material, 80, line, "2026-09-03", "2026-09-06", "计划"],
        ["MO-2608-017", product, 120, line, "2026-08-20", "2026-08-25", "已完工"],
        ["MO-2609-004", product, 60, "L9", "2026-09-07", "2026-09-08", ""]]})

    def run_to_page(w, path, kind, last):
        page = w.file_page
        page.path_edit.setText(str(path))
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
        for _ in range(4):
            if w.currentPage() is last:
                break
            w.button(QWizard.WizardButton.NextButton).click()
            settle(app)

    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        ctx = AppContext(db, manager, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        w = ImportWizard(ctx)
        w.show()
        run_to_page(w, wo_file, "work-orders", w.preview_page)
        shoot(w, out / f"import_work_orders_errors_{lang}.png")
        w.close()
        count = write_xlsx(tmp / f"盘点表_{lang}.xlsx", {"盘点": [
            ["物料编码", "仓库", "实盘数量"], [material, f"原料仓{lang.upper()}", 1200], [product, "成品仓", 35]]})
        w = ImportWizard(ctx)
        w.show()
        run_to_page(w, count, "stock-count", w.summary_page)
        shoot(w, out / f"import_count_new_location_{lang}.png")
        w.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
