"""Screenshots of the shop-floor screen (车间报工) on the small demo factory, zh and en: the
line's work orders as cards with the report form and keypad, and the material issue dialog;
then the same screen with the server away (a report and a material issue waiting on the PC).

    python docs/screenshots/make_shopfloor.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SIZE, demo_contexts, settle, shoot  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from sopdesk.ui.shopfloor.tab import ShopFloorTab

    for app, lang, ctx in demo_contexts("shopfloor"):
        tab = ShopFloorTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        if tab.data is not None and tab.data.cards:
            tab.select(tab.data.cards[0])
            settle(app)
        shoot(tab, out / f"shopfloor_{lang}.png")
        shoot_issue_dialog(app, tab, out / f"shopfloor_issue_{lang}.png")
        tab.close()
        shoot_offline(app, lang, ctx, out)
    return 0


def shoot_issue_dialog(app, tab, path: Path) -> None:
    """The material issue dialog of the selected work order."""
    tab.material_issue()
    settle(app)
    dialog = getattr(tab, "issue_dialog", None)
    if dialog is not None:
        dialog.resize(900, 600)
        settle(app)
        shoot(dialog, path)
        dialog.close()


def shoot_offline(app, lang, ctx, out: Path) -> None:
    """The screen with its outbox: online once (the cache fills), then the server away."""
    from sopdesk.db import Database
    from sopdesk.offline import LocalStore, ShopFloorClient
    from sopdesk.ui.shopfloor.tab import ShopFloorTab

    server = ctx.db
    away = Database("postgresql+psycopg://postgres@127.0.0.1:9/nowhere")  # nothing listens on port 9
    with tempfile.TemporaryDirectory() as folder:
        client = ShopFloorClient(server, LocalStore(Path(folder) / "pc.sqlite"), ctx.actor)
        tab = ShopFloorTab(ctx, outbox=client)
        tab.offline_bar.timer.stop()  # the picture shows the state, not the next tick
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        ctx.db = client.db = away
        try:
            tab.refresh()
            settle(app)
            if tab.data is not None and tab.data.cards:
                tab.select(tab.data.cards[0])
                tab.good.setText("12")
                tab.submit()
                settle(app)
            shoot(tab, out / f"shopfloor_offline_{lang}.png")
            shoot_issue_dialog(app, tab, out / f"shopfloor_issue_offline_{lang}.png")
        finally:
            ctx.db = client.db = server
            tab.close()
            away.dispose()


if __name__ == "__main__":
    sys.exit(main())
