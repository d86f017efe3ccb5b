"""Screenshots of shipping (发货) on the small demo factory, zh and en: the ship dialog for an
order with stock, a shipment in its viewer, the delivery note PDF's first page, and an
order's shipments in the order dialog.

    python docs/screenshots/make_shipping.py [--out docs/screenshots]

The PDF page is rendered with pdftoppm (poppler-utils).
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

from make_screenshots import build_db, settle, shoot  # noqa: E402


def pick_orders(db, actor):
    """Confirmed orders with two or more open lines, those with most of it in stock first."""
    from sopdesk.services import locations, shipping

    with db.read() as s:
        lines = shipping.open_lines(s, actor)
        locs = locations.location_choices(s, actor)
        by_order: dict = {}
        for ln in lines:
            by_order.setdefault(ln.order_id, []).append(ln)
        scored = []
        for order_id, ols in by_order.items():
            if len(ols) < 2:
                continue
            items = [ln.item_id for ln in ols]
            for loc in locs:
                held = shipping.on_hand_at(s, actor, items, loc.id)
                covered = [ln for ln in ols if held.get(ln.item_id, 0) >= ln.open_qty]
                scored.append((len(covered) * 10 + min(len(ols), 4), order_id, loc.id, covered))
    scored.sort(key=lambda x: -x[0])
    return scored


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)

    from sopdesk.db import Database
    from sopdesk.services import order_queries, orders, settings, shipping
    from sopdesk.services.permissions import SYSTEM
    from sopdesk.services.users import actor_for
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.orders.order_dialog import OrderDialog
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.shipping import printing
    from sopdesk.ui.shipping.ship_dialog import ShipDialog
    from sopdesk.ui.shipping.viewer import ShipmentDialog, load_shipment
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "factory.name", "苏州精工泵业有限公司")
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        supply, sales = actor_for(s, "supply"), actor_for(s, "sales")
    picked = pick_orders(db, supply)
    to_ship = picked[0][1]
    # a shipment to show: part of one line and the whole of the others, of another order
    _score, order_id, location_id, covered = next(p for p in picked[1:] if len(p[3]) >= 2)
    lines = [shipping.ShipLineInput(ln.line_id, ln.open_qty if n else max(ln.open_qty // 2, 1))
             for n, ln in enumerate(covered)]
    with db.write(supply) as s:
        shipment_id = shipping.post_shipment(s, supply, lines, location_id, note="沪A·D1234 王师傅 138 1234 5678").id
    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        ctx = AppContext(db, supply, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        dialog = ShipDialog(ctx, [to_ship])
        dialog.resize(1080, 460)
        dialog.show()
        settle(app)
        if dialog.qty_edits:  # one line partly, to show a partial shipment
            dialog.qty_edits[0].setText(str(max(int(float(dialog.qty_edits[0].text() or 0)) // 2, 1)))
        settle(app)
        shoot(dialog, out / f"shipping_dialog_{lang}.png")
        dialog.close()

        with db.read() as s:
            view, factory = load_shipment(s, supply, shipment_id)
        viewer = ShipmentDialog(ctx, view, factory, just_posted=True)
        viewer.language.setCurrentIndex(viewer.language.findData(lang))
        viewer.show()
        settle(app)
        shoot(viewer, out / f"shipment_viewer_{lang}.png")
        pdf = printing.write_pdf(viewer.note(), tmp / f"note_{lang}.pdf")
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / f"delivery_note_{lang}")], check=True)
        print(f"wrote {out / f'delivery_note_{lang}.png'}")
        viewer.close()

        sctx = AppContext(db, sales, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        with db.read() as s:
            order = orders.get_order(s, sales, order_id)
            customers, products = order_queries.customer_choices(s, sales), order_queries.product_choices(s, sales)
        od = OrderDialog(sctx, customers, products, order, read_only=True)
        od.show()
        settle(app)
        od.shipments.select_line(order.lines[0].line_no)  # the partly shipped line: Close short… is on
        settle(app)
        shoot(od, out / f"order_shipments_{lang}.png")
        od.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
