"""Screenshots of the Administration tab (管理) on the small demo factory, zh and en: the
users page and its dialogs (add user, change role, reset password), settings, the import
history (one batch that can be undone, one that cannot), the audit log with an entry open,
and the change-my-password dialog.

    python docs/screenshots/make_admin.py [--out docs/screenshots]
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


def stage(db, tmp: Path) -> None:
    """Two item imports (the second changes what the first did), a few edits by hand."""
    import xlsxwriter
    from sqlalchemy import select

    from sopdesk.models import Item, ItemKind, Role
    from sopdesk.services import imports, settings, users
    from sopdesk.services.users import actor_for

    with db.read() as s:
        admin, supply = actor_for(s, "admin"), actor_for(s, "supply")
        raws = list(s.scalars(select(Item).where(Item.kind == ItemKind.RAW).order_by(Item.code).limit(3)))

    def write(name: str, rows) -> Path:
        path = tmp / name
        wb = xlsxwriter.Workbook(str(path))
        ws = wb.add_worksheet("物料")
        for r, row in enumerate([["物料编码", "物料名称", "类别", "安全库存"], *rows]):
            ws.write_row(r, 0, row)
        wb.close()
        return path

    first = [[i.code, i.name, "原材料", float(i.safety_stock) + 100] for i in raws]
    imports.run_import(db, supply, "items", write("物料安全库存_10月.xlsx", [*first, ["RM-NEW-1", "密封圈 O 型", "原材料", 200]]))
    imports.run_import(db, supply, "items", write("物料安全库存_11月.xlsx", [[raws[0].code, raws[0].name, "原材料",
                                                                        float(raws[0].safety_stock) + 300]]))
    with db.write(admin) as s:
        users.create_user(s, admin, "li.ming", Role.SALES, "welcome1", "李明")
        made = users.create_user(s, admin, "zhao.lei", Role.PRODUCTION, "welcome1", "赵磊")
        users.set_active(s, admin, made.id, False)
        settings.set_value(s, admin, "factory.name", "宁波精工机械有限公司")
        settings.set_value(s, admin, "review.due_hours", 24)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)

    from sopdesk.db import Database
    from sopdesk.services.users import actor_for
    from sopdesk.ui.admin.password import ChangePasswordDialog
    from sopdesk.ui.admin.tab import AdminTab
    from sopdesk.ui.app import make_application
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.prefs import Prefs
    from sopdesk.ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp(prefix="sopdesk-shots-"))
    build_db(tmp / "demo.db")
    db = Database(str(tmp / "demo.db"))
    stage(db, tmp)
    app = make_application()
    translations = Translations(app)
    with db.read() as s:
        admin = actor_for(s, "admin")
    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        ctx = AppContext(db, admin, SyncTaskRunner(), ChangeBus(), Prefs.at_path(tmp / "settings.ini"))
        tab = AdminTab(ctx)
        tab.resize(*SIZE)
        tab.show()
        tab.activate()
        settle(app)
        users = tab.users
        users.table.selectRow(next(i for i, u in enumerate(users.accounts) if u.username == "li.ming"))
        settle(app)
        shoot(tab, out / f"admin_users_{lang}.png")
        for name, opener, fill in (
            ("add_user", users.add_user, lambda d: (d.username.setText("wang.fang"), d.display_name.setText("王芳"))),
            ("role", users.change_role, lambda d: None),
            ("rename", users.rename, lambda d: d.display_name.setText("李明（销售二部）")),
            ("reset", users.reset_password, lambda d: None),
        ):
            dialog = opener()
            fill(dialog)
            settle(app)
            shoot(dialog, out / f"admin_{name}_{lang}.png")
            dialog.reject()
        users.table.selectRow(next(i for i, u in enumerate(users.accounts) if u.username == "admin"))
        settle(app)
        shoot(tab, out / f"admin_users_self_{lang}.png")

        tab.show_page(tab.settings)
        settle(app)
        shoot(tab, out / f"admin_settings_{lang}.png")

        tab.show_page(tab.history)
        tab.history.view.selectRow(1)  # the October file: changed again by November's
        settle(app)
        shoot(tab, out / f"admin_history_{lang}.png")
        tab.history.view.selectRow(0)
        settle(app)
        shoot(tab, out / f"admin_history_undo_{lang}.png")

        tab.show_page(tab.audit)
        settle(app)
        audit = tab.audit
        row = next((r for r in range(audit.model.rowCount()) if audit.model.row_at(r).table_name == "item"), 0)
        audit.view.selectRow(row)
        settle(app)
        shoot(tab, out / f"admin_audit_{lang}.png")

        dialog = ChangePasswordDialog(ctx, tab)
        dialog.open()
        settle(app)
        shoot(dialog, out / f"admin_password_{lang}.png")
        dialog.reject()
        tab.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
