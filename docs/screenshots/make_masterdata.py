"""Screenshots of the Master data tab (基础资料) on the small demo factory, zh and en.

    python docs/screenshots/make_masterdata.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SIZE, build_db, settle, shoot  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from sopdesk.db import Database
    from sopdesk.services.users import actor_for
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.masterdata.tab import KIND_TITLES, MasterDataTab
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        supply = actor_for(s, "supply")
    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        ctx = AppContext(db, supply, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        tab = MasterDataTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        finished = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text().startswith("F0"))
        tab.table.selectRow(finished)
        settle(app)
        shoot(tab, out / f"masterdata_items_{lang}.png")
        tab.kinds.setCurrentRow(list(KIND_TITLES).index("maintenance"))
        settle(app)
        shoot(tab, out / f"masterdata_maintenance_{lang}.png")
        tab.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
