"""Screenshots of the Purchasing tab (采购) on the small demo factory, zh and en: the PO list
(late ones first, the supplier's on-time rate), the PO dialog, and the purchase orders
proposed from the Inventory tab's shortage rows.

    python docs/screenshots/make_purchasing.py [--out docs/screenshots]
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


def stage_demand(db) -> None:
    """A large confirmed order due in four days, so the shortage list has bought materials
    nothing covers yet (with lead times that can no longer be met), and one of them without
    a default supplier (named, not dropped)."""
    import datetime as dt
    from decimal import Decimal

    from sqlalchemy import select

    from sopdesk.models import BomLine, Customer, Item, ItemKind, OrderStatus
    from sopdesk.services import orders, settings
    from sopdesk.services.permissions import SYSTEM
    from sopdesk.services.users import actor_for

    with db.write(SYSTEM) as s:
        sales = actor_for(s, "sales")
        today = settings.factory_today(s)
        product = s.scalar(select(Item).join(BomLine, BomLine.parent_id == Item.id)
                           .where(Item.kind == ItemKind.FINISHED).order_by(Item.code).limit(1))
        customer = s.scalar(select(Customer).order_by(Customer.code).limit(1))
        view = orders.create_order(s, sales, orders.OrderInput(
            customer_id=customer.id, order_date=today, promised_date=today + dt.timedelta(days=4),
            lines=[orders.OrderLineInput(item_id=product.id, qty=Decimal(5000))]))
        orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
        raws = s.scalars(select(Item).join(BomLine, BomLine.component_id == Item.id)
                         .where(BomLine.parent_id == product.id, Item.kind == ItemKind.RAW).order_by(Item.code)).all()
        if len(raws) > 1:
            raws[-1].default_supplier_id = None


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from PySide6.QtCore import QItemSelectionModel

    from sopdesk.db import Database
    from sopdesk.models import POStatus
    from sopdesk.services.users import actor_for
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.inventory.tab import InventoryTab
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.purchasing.tab import PurchasingTab
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        buyer = actor_for(s, "supply")
    stage_demand(db)
    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        ctx = AppContext(db, buyer, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        tab = PurchasingTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        late = next((n for n, r in enumerate(tab.rows) if r.late), 0)
        tab.view.selectRow(late)
        settle(app)
        shoot(tab, out / f"purchasing_{lang}.png")
        open_po = next((n for n, r in enumerate(tab.rows) if r.status == POStatus.CONFIRMED), late)
        tab.view.selectRow(open_po)
        tab.open_selected()
        settle(app)
        if tab.dialog is not None:
            shoot(tab.dialog, out / f"purchasing_po_{lang}.png")
            tab.dialog.close()
        tab.close()

        inventory = InventoryTab(ctx)
        inventory.resize(*SIZE)
        inventory.show()
        inventory.activate()
        inventory.pages.setCurrentWidget(inventory.shortages)
        settle(app)
        short = inventory.shortages
        rows = [short.model.row_at(n) for n in range(short.model.rowCount())]
        bought = [n for n, r in enumerate(rows) if not r.make and r.uncovered_qty > 0][:6]
        made = [n for n, r in enumerate(rows) if r.make][:1]
        sel = short.view.selectionModel()
        for n in bought + made:
            sel.select(short.model.index(n, 0),
                       QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        settle(app)
        short.create_pos()
        settle(app)
        if short.dialog is not None:
            shoot(short.dialog, out / f"purchasing_from_shortage_{lang}.png")
            short.dialog.close()
        else:
            print("no bought shortage to propose a purchase order for", file=sys.stderr)
        inventory.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
