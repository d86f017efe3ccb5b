"""The Administration tab (管理) and the change-my-password dialog, driven as a user would:
add a user, change the role, deactivate, reset the password and sign in as that user with
it; settings saved and read again; an import undone from the history; the audit log
filtered by record. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from sopdesk.models import Item, Role
from sopdesk.services import imports, settings, users
from sopdesk.ui.admin.password import ChangePasswordDialog
from sopdesk.ui.admin.tab import AdminTab
from sopdesk.ui.app import AppController
from sopdesk.ui.mainwindow import MainWindow
from sopdesk.ui.tasks import SyncTaskRunner
from tests.excel.helpers import write_xlsx

from .test_mainwindow import EXPECTED, TITLES


def _tab(make_ctx, actor, qtbot) -> AdminTab:
    tab = AdminTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.activate()
    return tab


def _select(page, username: str) -> None:
    row = next(i for i, u in enumerate(page.accounts) if u.username == username)
    page.table.selectRow(row)


def _signs_in(db, name: str, password: str) -> bool:
    try:
        with db.write() as s:
            users.authenticate(s, name, password)
        return True
    except Exception:  # noqa: BLE001 - only AuthenticationFailed is expected
        return False


def test_add_a_user_change_the_role_deactivate_reset_and_sign_in_with_the_new_password(
        db, basics, make_ctx, qtbot, qapp, prefs, shown_errors):
    tab = _tab(make_ctx, basics[Role.ADMIN], qtbot)
    page = tab.users
    assert page.table.rowCount() == len(Role)

    dialog = page.add_user()
    dialog.username.setText("wang.fang")
    dialog.display_name.setText("王芳")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SALES.value))
    dialog.password.setText("first-pass")
    dialog.password_again.setText("first-passX")
    dialog.submit()
    assert dialog.isVisible() and "differ" in dialog.field_errors["password_again"].text()
    dialog.password_again.setText("first-pass")
    dialog.username.setText("wang fang")  # a space: the service says why, under the field
    dialog.submit()
    assert dialog.field_errors["username"].isVisibleTo(dialog)
    assert "letters, digits" in dialog.field_errors["username"].text()
    dialog.username.setText("wang.fang")
    dialog.submit()
    assert not dialog.isVisible() and page.dialog is None
    assert "wang.fang" in page.message.text()
    assert page.selected().username == "wang.fang" and page.selected().role == Role.SALES

    dialog = page.change_role()
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPPLY.value))
    dialog.submit()
    assert page.selected().role == Role.SUPPLY
    assert page.table.item(page.table.currentRow(), 2).text() == "Supply chain"

    assert page.deactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert not page.selected().active and page.table.item(page.table.currentRow(), 3).text() == "Deactivated"
    assert not page.deactivate_button.isEnabled() and page.reactivate_button.isEnabled()
    assert not _signs_in(db, "wang.fang", "first-pass")
    qtbot.mouseClick(page.reactivate_button, Qt.MouseButton.LeftButton)
    assert page.selected().active

    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.display_name.text() == "王芳"
    dialog.display_name.setText("王小芳")
    dialog.submit()
    assert not dialog.isVisible() and page.selected().display_name == "王小芳"
    assert page.table.item(page.table.currentRow(), 1).text() == "王小芳"
    assert "王小芳" in page.message.text()

    dialog = page.reset_password()
    dialog.password.setText("reset-pass-9")
    dialog.password_again.setText("reset-pass-9")
    dialog.submit()
    assert "reset" in page.message.text()
    assert not shown_errors

    controller = AppController(qapp, prefs, db.url.render_as_string(hide_password=False), runner=SyncTaskRunner())
    controller.start()
    qtbot.addWidget(controller.signin)
    try:
        controller.signin.user.setText("wang.fang")
        qtbot.keyClicks(controller.signin.password, "first-pass")
        qtbot.keyClick(controller.signin.password, Qt.Key.Key_Return)
        assert controller.main is None  # the old password no longer works
        qtbot.keyClicks(controller.signin.password, "reset-pass-9")
        qtbot.keyClick(controller.signin.password, Qt.Key.Key_Return)
        main = controller.main
        assert main is not None and controller.actor.role == Role.SUPPLY
        assert [main.tabs.tabText(i) for i in range(main.tabs.count())] == [TITLES[t] for t in EXPECTED[Role.SUPPLY]]
    finally:
        if controller.main is not None:
            controller.main.close()
        controller.signin.close()
        controller.db.dispose()


def test_own_account_and_the_last_administrator_are_protected_on_screen(db, basics, make_ctx, qtbot):
    tab = _tab(make_ctx, basics[Role.ADMIN], qtbot)
    page = tab.users
    _select(page, "admin")  # oneself, and the only administrator
    assert not page.role_button.isEnabled() and not page.deactivate_button.isEnabled()
    assert page.reset_button.isEnabled()
    assert "your own account" in page.reason.text()
    assert "(you)" in page.table.item(page.table.currentRow(), 0).text()
    _select(page, "manager")
    assert page.role_button.isEnabled() and page.deactivate_button.isEnabled() and page.reason.text() == ""
    assert page.change_role() is not None


def test_a_refusal_from_the_service_is_shown_in_words(db, basics, make_ctx, qtbot, shown_errors):
    """Another administrator demoted this one meanwhile: the service refuses, the page says why."""
    admin = basics[Role.ADMIN]
    with db.write(admin) as s:
        second = users.create_user(s, admin, "admin2", Role.ADMIN, "secret1")
    admin2 = users.Actor(second.id, "admin2", Role.ADMIN)
    tab = _tab(make_ctx, admin2, qtbot)
    page = tab.users
    with db.write(admin) as s:
        users.change_role(s, admin, second.id, Role.SALES)
    _select(page, "manager")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert "no longer an active administrator" in page.message.text()
    with db.read() as s:
        assert users.get_account(s, admin, basics[Role.MANAGER].user_id).active


def test_a_stale_role_change_shows_the_conflict_and_the_stored_role(db, basics, make_ctx, qtbot, shown_errors):
    admin = basics[Role.ADMIN]
    tab = _tab(make_ctx, admin, qtbot)
    page = tab.users
    _select(page, "sales")
    dialog = page.change_role()
    with db.write(admin) as s:  # another PC, meanwhile
        users.change_role(s, admin, basics[Role.SALES].user_id, Role.PRODUCTION)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPPLY.value))
    dialog.submit()
    assert [e.title for e in shown_errors] == ["Changed on another PC"]
    assert not dialog.isVisible()
    assert page.selected().role == Role.PRODUCTION  # what is stored, loaded again


def test_settings_are_saved_and_read_again(db, basics, make_ctx, qtbot, shown_errors):
    admin = basics[Role.ADMIN]
    tab = _tab(make_ctx, admin, qtbot)
    tab.show_page(tab.settings)
    page = tab.settings
    assert page.timezone.currentText() == "Asia/Shanghai" and not page.save_button.isEnabled()
    page.factory_name.setText("宁波精工机械厂")
    page.timezone.setCurrentText("Europe/Berlin")
    page.workdays[5].setChecked(False)  # Saturday off
    page.due_hours.setValue(48)
    page.allow_negative.setChecked(True)
    page.review_day.setValue(8)
    assert page.save_button.isEnabled()
    # every setting of this page; the dashboard's baseline month is chosen on the dashboard
    assert set(page.changed()) == set(settings.DEFAULTS) - {"kpi.baseline_month"}
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Settings saved." and not page.save_button.isEnabled()
    with db.read() as s:
        stored = settings.all_settings(s)
    assert stored == {"factory.name": "宁波精工机械厂", "factory.timezone": "Europe/Berlin",
                      "calendar.workdays": [0, 1, 2, 3, 4], "review.due_hours": 48,
                      "inventory.allow_negative": True, "demand_review.day": 8, "kpi.baseline_month": None}

    again = _tab(make_ctx, admin, qtbot)  # a new window reads them back
    again.show_page(again.settings)
    assert again.settings.factory_name.text() == "宁波精工机械厂"
    assert again.settings.timezone.currentText() == "Europe/Berlin"
    assert [b.isChecked() for b in again.settings.workdays] == [True] * 5 + [False, False]
    assert (again.settings.due_hours.value(), again.settings.allow_negative.isChecked(),
            again.settings.review_day.value()) == (48, True, 8)

    page.timezone.setCurrentText("Mars/Olympus")  # typed: the service refuses it under the field
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Mars/Olympus" in page.errors["factory.timezone"].text()
    assert page.errors["factory.timezone"].isVisibleTo(page)

    again.settings.due_hours.setValue(12)  # the second window saves first: the first is stale
    qtbot.mouseClick(again.settings.save_button, Qt.MouseButton.LeftButton)
    page.timezone.setCurrentText("Europe/Berlin")
    page.due_hours.setValue(72)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in shown_errors] == ["Changed on another PC"]
    assert page.due_hours.value() == 12  # what is stored now
    with db.read() as s:
        assert settings.get(s, "review.due_hours") == 12


def test_an_import_is_undone_from_the_history(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    admin, supply = basics[Role.ADMIN], basics[Role.SUPPLY]
    path = write_xlsx(tmp_path / "items.xlsx", {"物料": [["物料编码", "物料名称", "类别", "安全库存"],
                                                       ["RM-001", "铸铁 HT250", "原材料", 800],
                                                       ["RM-NEW", "新材料", "原材料", 10]]})
    first, _ = imports.run_import(db, supply, "items", path)
    again = write_xlsx(tmp_path / "again.xlsx", {"物料": [["物料编码", "物料名称", "类别", "安全库存"],
                                                        ["RM-001", "铸铁 HT250", "原材料", 900]]})
    second, _ = imports.run_import(db, supply, "items", again)
    tab = _tab(make_ctx, admin, qtbot)
    tab.show_page(tab.history)
    page = tab.history
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 imports"
    assert [page.model.display(page.model.row_at(r), "file") for r in range(2)] == ["again.xlsx", "items.xlsx"]
    assert page.model.display(page.model.row_at(0), "by") == "supply user"
    assert not page.undo_button.isEnabled()

    page.view.selectRow(1)  # the first import: its record was changed again by the second
    assert not page.undo_button.isEnabled()
    assert "changed again since" in page.reason.text() and "Item" in page.reason.text()

    page.view.selectRow(0)
    assert page.undo_button.isEnabled() and "Can be undone" in page.reason.text()
    page.confirm = lambda row: row.id == second.batch_id
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "1 restored" in page.message.text()
    with db.read() as s:
        assert s.scalar(select(Item.safety_stock).where(Item.code == "RM-001")) == 800
    page.view.selectRow(0)
    assert page.model.display(page.selected(), "undone") != ""
    assert not page.undo_button.isEnabled() and "Undone already" in page.reason.text()
    page.include_undone.setChecked(False)
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == first.batch_id
    assert not shown_errors


def test_the_audit_log_is_filtered_by_record_and_shows_before_and_after(db, basics, make_ctx, qtbot,
                                                                       qtmodeltester):
    admin = basics[Role.ADMIN]
    with db.write(admin) as s:
        users.change_role(s, admin, basics[Role.SALES].user_id, Role.SUPPLY)
        settings.set_value(s, admin, "review.due_hours", 36)
    tab = _tab(make_ctx, admin, qtbot)
    tab.show_page(tab.audit)
    page = tab.audit
    total = page.model.total
    assert total >= 9 and page.count_label.text() == f"{total} entries"
    qtmodeltester.check(page.model)
    page.record.setText("sales")
    page.search()
    assert page.model.rowCount() == 2  # created, then its role changed
    page.view.selectRow(0)
    entry = page.selected()
    assert entry.table_name == "app_user" and page.model.display(entry, "changes") == "Role: Sales → Supply chain"
    assert page.model.display(entry, "record") == "sales" and page.model.display(entry, "user") == "admin"
    assert page.model.display(entry, "table") == "User" and page.model.display(entry, "action") == "Changed"
    assert [page.detail.item(0, c).text() for c in range(3)] == ["Role", "Sales", "Supply chain"]
    page.record.clear()
    page.table.setCurrentIndex(page.table.findData("setting"))
    assert page.model.rowCount() == 1
    assert page.model.display(page.model.row_at(0), "changes") == "Setting: review.due_hours; Value: 36"
    page.table.setCurrentIndex(0)
    page.user.setCurrentIndex(page.user.findData(str(admin.user_id)))
    assert page.model.rowCount() == 2
    page.date_from.set_date_value(dt.date(2020, 1, 1))
    page.date_to.set_date_value(dt.date(2020, 1, 2))
    page.search()
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 entries"


def test_every_user_changes_their_own_password_from_the_file_menu(db, basics, make_ctx, qtbot, shown_errors):
    for role in Role:
        window = MainWindow(make_ctx(basics[role]), timers=False)
        qtbot.addWidget(window)
        assert window.password_action.isEnabled() and window.password_action.text() == "Change my password…"
        window.close()
    window = MainWindow(make_ctx(basics[Role.SHOPFLOOR]), timers=False)
    qtbot.addWidget(window)
    dialog = window.change_password()
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    dialog.old_password.setText("not-it")
    dialog.password.setText("floor-pass-2")
    dialog.password_again.setText("floor-pass-2")
    dialog.submit()
    assert dialog.isVisible() and "current password is wrong" in dialog.field_errors["old_password"].text().lower()
    dialog.old_password.setText("secret1")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changed
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert _signs_in(db, "shopfloor", "floor-pass-2") and not _signs_in(db, "shopfloor", "secret1")
    assert not shown_errors
