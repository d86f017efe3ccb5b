"""Screenshots of every screen, offscreen, on the demo factory, in Chinese and English.

    python docs/screenshots/make_screenshots.py [--db demo.db] [--out docs/screenshots]

Without --db a small demo database is generated in a temporary folder. A few custom
orders are put in review first (one overdue, one half answered, one waiting for sales) so
the Review tab and the inbox show what they are for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1280, 800)


def build_db(path: Path) -> None:
    from sopdesk.db import Database, migrate
    from sopdesk.demo import generate

    db = Database(str(path))
    migrate.upgrade(db)
    generate(db, scale="small", seed=1)
    db.dispose()


def stage_reviews(db) -> None:
    """Custom orders in review: overdue, half answered, both answered."""
    from sqlalchemy import select

    from sopdesk.models import Customer, Department, Item, ItemKind
    from sopdesk.services import orders, review
    from sopdesk.services.permissions import SYSTEM
    from sopdesk.services.users import actor_for

    with db.read() as s:
        sales, prod, sup = (actor_for(s, n) for n in ("sales", "production", "supply"))
        customers = list(s.scalars(select(Customer).where(Customer.active.is_(True)).order_by(Customer.code)))
        items = list(s.scalars(select(Item).where(Item.kind == ItemKind.FINISHED, Item.active.is_(True))
                               .order_by(Item.code)))
    now = dt.datetime.now(dt.UTC)
    today = dt.date.today()
    made = []
    for n, (hours_ago, qty) in enumerate([(30, "120"), (20, "60"), (5, "300"), (2, "45")]):
        with db.write(sales) as s:
            view = orders.create_order(s, sales, orders.OrderInput(
                customer_id=customers[n * 2 % len(customers)].id, order_date=today,
                requested_date=today + dt.timedelta(days=30 + n * 7), is_custom=True,
                note="客户要求特殊表面处理",
                lines=[orders.OrderLineInput(item_id=items[(n * 3) % len(items)].id, qty=Decimal(qty)),
                       orders.OrderLineInput(item_id=items[(n * 3 + 1) % len(items)].id,
                                             qty=Decimal(qty) / 2)]))
            review.start_review(s, sales, view.id, view.version, now=now - dt.timedelta(hours=hours_ago))
            made.append(review.get_review(s, sales, view.id))
    # the 20-hour-old one: production answered
    task = made[1].task(Department.PRODUCTION)
    with db.write(prod) as s:
        review.answer(s, prod, task.id, task.version, True, lead_days=18, comment="需外协热处理，约 18 天")
    # the 5-hour-old one: both answered, waiting for sales
    for actor, dept, kw in ((prod, Department.PRODUCTION, {"lead_days": 15}),
                            (sup, Department.SUPPLY, {"material_arrival_date": today + dt.timedelta(days=8)})):
        task = made[2].task(dept)
        with db.write(actor) as s:
            review.answer(s, actor, task.id, task.version, True, comment="可以做", **kw)
    with db.write(SYSTEM) as s:
        review.escalate_overdue(s)


def demo_contexts(username: str):
    """For one screen script: a fresh small demo database, the Qt application, then per
    language ("zh", "en") a context signed in as `username`. Yields (app, lang, ctx); the
    database is closed when the loop ends."""
    import tempfile

    from sopdesk.db import Database
    from sopdesk.services.users import actor_for
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        actor = actor_for(s, username)
    try:
        for lang in ("zh", "en"):
            translations.apply("zh_CN" if lang == "zh" else "en")
            yield app, lang, AppContext(db, actor, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
    finally:
        db.dispose()


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(widget, path: Path) -> None:
    QCoreApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def write_import_files(tmp: Path, codes: list[str], names: list[str], customer: str) -> tuple[Path, Path]:
    """An orders file as customers send them (title rows, Chinese headers, a notes sheet
    first) and one with mistakes."""
    import xlsxwriter

    def write(path, rows):
        wb = xlsxwriter.Workbook(str(path))
        wb.add_worksheet("说明").write(0, 0, "客户每周订单，请勿修改表头")
        ws = wb.add_worksheet("订单")
        fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if isinstance(v, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), fmt)
                elif v is not None:
                    ws.write(r, c, v)
        wb.close()
        return path

    head = [["宁波东方机电 销售订单汇总"], ["制表人：张三", None, None, "日期：2026-11-20"], [],
            ["订单号", "客户名称", "下单日期", "物料编码", "品名", "数量", "单价", "要求交期", "备注"]]
    d, due = dt.date(2026, 11, 20), dt.date(2026, 12, 20)
    good = write(tmp / "客户订单.xlsx", head + [
        ["SO-W47-1", customer, d, codes[0], names[0], 20, 120.5, due, ""],
        ["SO-W47-1", customer, d, codes[1], names[1], 8, 999, due, "加急"],
        ["SO-W47-2", "杭州新客户有限公司", d, codes[0], names[0], 5, 118, None, ""],
    ])
    bad = write(tmp / "客户订单_有错.xlsx", head + [
        ["SO-W48-1", customer, d, codes[0], names[0], "二十", 120.5, due, ""],
        ["SO-W48-1", customer, d, "XX-404", "不存在的物料", 8, 999, "下周", ""],
        ["SO-W48-2", None, d, codes[1], names[1], -3, 118, None, ""],
    ])
    return good, bad


def import_shots(app, db, ctx, out: Path, suffix: str, tmp: Path) -> None:
    from sqlalchemy import select

    from sopdesk.models import Customer, Item, ItemKind
    from sopdesk.ui.importer.wizard import ImportWizard

    with db.read() as s:
        items = s.execute(select(Item.code, Item.name).where(Item.kind == ItemKind.FINISHED)
                          .order_by(Item.code).limit(2)).all()
        customer = s.scalar(select(Customer.name).order_by(Customer.code).limit(1))
    good, bad = write_import_files(tmp, [i.code for i in items], [i.name for i in items], customer)
    for path, name in ((good, "import_mapping"), (bad, "import_errors")):
        w = ImportWizard(ctx)
        w.resize(*SIZE)
        w.show()
        w.file_page.path_edit.setText(str(path))
        w.file_page.kind_combo.setCurrentIndex(w.file_page.kind_combo.findData("orders"))
        w.next()
        w.next()
        if name == "import_errors":
            w.next()
        settle(app)
        shoot(w, out / f"{name}_{suffix}.png")
        w.close()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", help="a demo database to copy (default: generate a small one)")
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    p.add_argument("--only", choices=["import"], help="only these screens")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from sopdesk.db import Database
    from sopdesk.services import orders
    from sopdesk.services.users import authenticate
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.mainwindow import MainWindow
    from sopdesk.ui.orders.conflict_dialog import ConflictChoice, ConflictDialog
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.signin import SignInDialog
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    path = tmp / "demo.db"
    if args.db:
        shutil.copy(args.db, path)
    else:
        build_db(path)
    db = Database(str(path))
    stage_reviews(db)
    app = make_application()
    translations = Translations(app)
    prefs = Prefs.at_path(tmp / "settings.ini")
    from sopdesk.services.users import actor_for

    with db.read() as s:
        manager = actor_for(s, "manager")

    def session(username: str):
        with db.write() as s:
            actor = authenticate(s, username, "demo123")
        errors = []
        ctx = AppContext(db, actor, SyncTaskRunner(), ChangeBus(), prefs,
                         show_error=lambda _p, exc: errors.append(exc))
        return ctx

    def window_for(username: str, tab: str | None = None) -> MainWindow:
        win = MainWindow(session(username), timers=False)
        win.resize(*SIZE)
        win.show()
        win.start()
        if tab:
            win.show_tab(tab)
        settle(app)
        return win

    for lang in ("zh_CN", "en"):
        suffix = "zh" if lang == "zh_CN" else "en"
        translations.apply(lang)
        import_shots(app, db, session("sales"), out, suffix, tmp)
        if args.only == "import":
            continue

        dialog = SignInDialog("sales", lang)
        dialog.set_database(db.description)
        dialog.set_status(QCoreApplication.translate("AppController", "Connected."))
        dialog.show()
        settle(app)
        shoot(dialog, out / f"signin_{suffix}.png")
        dialog.close()

        win = window_for("sales", "orders")
        tab = win.tab("orders")
        tab.view.selectRow(2)
        settle(app)
        shoot(win, out / f"orders_{suffix}.png")

        stock_win = window_for("supply", "inventory")
        shoot(stock_win, out / f"inventory_{suffix}.png")
        stock_win.close()

        row = tab.model.row_at(0)
        with db.read() as s:
            view = orders.get_order(s, win.ctx.actor, row.order_id)
        tab._load_choices(lambda t=tab, v=view: t._run_dialog(v))
        settle(app)
        tab.dialog.resize(960, 640)
        settle(app)
        shoot(tab.dialog, out / f"order_dialog_{suffix}.png")

        # a real stale save: the manager changes the order while the dialog is open
        with db.write(manager) as s:
            theirs = orders.get_order(s, manager, view.id)
            data = orders.OrderInput(
                customer_id=theirs.customer_id, order_date=theirs.order_date,
                requested_date=theirs.requested_date, is_custom=theirs.is_custom,
                promised_date=theirs.requested_date,
                note="客户要求分两批交货" if suffix == "zh" else "客户要求分三批交货",
                customer_po=theirs.customer_po,
                lines=[orders.OrderLineInput(item_id=ln.item_id, qty=ln.qty, line_id=ln.id,
                                             unit_price=ln.unit_price) for ln in theirs.lines])
            orders.update_order(s, manager, view.id, theirs.version, data)

        def ask(conflict, suffix=suffix):
            conflict.show()
            settle(app)
            shoot(conflict, out / f"conflict_{suffix}.png")
            conflict.show_compare()
            settle(app)
            shoot(conflict, out / f"conflict_compare_{suffix}.png")
            conflict.close()
            return ConflictChoice.CANCEL

        ConflictDialog.ask = ask
        tab.dialog.lines.table.item(0, 2).setText("50")
        tab.dialog.save()
        tab.dialog.reject()
        win.close()

        win = window_for("production", "review")
        review_tab = win.tab("review")
        review_tab.show_combo.setCurrentIndex(0)
        settle(app)
        review_tab.view.selectRow(0)
        settle(app)
        shoot(win, out / f"review_{suffix}.png")
        win.close()

        win = window_for("sales", "review")
        review_tab = win.tab("review")
        target = next(r for r in range(review_tab.model.rowCount())
                      if review_tab.model.row_at(r).department is None)
        review_tab.view.selectRow(target)
        settle(app)
        shoot(win, out / f"review_sales_{suffix}.png")
        win.close()

        win = window_for("manager")
        win.show_inbox()
        win.inbox_dialog.resize(900, 420)
        settle(app)
        shoot(win.inbox_dialog, out / f"inbox_{suffix}.png")
        win.inbox_dialog.hide()
        shoot(win, out / f"main_manager_{suffix}.png")
        win.close()

    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
