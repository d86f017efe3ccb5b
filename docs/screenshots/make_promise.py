"""Screenshots of capable-to-promise (可承诺交期) on the small demo factory, zh and en: a new
order whose promised date the plan proposed, with why.

    python docs/screenshots/make_promise.py [--out docs/screenshots]
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
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from sopdesk.ui.orders.tab import OrdersTab

    for app, lang, ctx in demo_contexts("sales"):
        tab = OrdersTab(ctx)
        tab.resize(1280, 800)
        tab.show()
        tab.activate()
        settle(app)
        tab.new_order()
        dialog = tab.dialog
        QTest.keyClicks(dialog.customer, "C001")
        dialog.customer.editingFinished.emit()
        for code, qty in (("F001", "400"), ("F003", "60")):
            QTest.keyClicks(dialog.lines.product, code)
            QTest.keyClick(dialog.lines.product, Qt.Key.Key_Return)
            QTest.keyClicks(dialog.lines.qty, qty)
            QTest.keyClick(dialog.lines.qty, Qt.Key.Key_Return)
        dialog.propose()
        settle(app)
        shoot(dialog, out / f"order_promise_{lang}.png")
        dialog.reject()
        tab.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
