"""Sign-in against the shared database, first start, database settings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sopdesk.models import Role
from sopdesk.ui.app import AppController
from sopdesk.ui.dbsettings import DatabaseSettingsDialog
from sopdesk.ui.firststart import FirstStartDialog
from sopdesk.ui.prefs import Prefs
from sopdesk.ui.tasks import SyncTaskRunner

from .test_mainwindow import EXPECTED, TITLES


def _titles(main) -> list[str]:
    return [main.tabs.tabText(i) for i in range(main.tabs.count())]


def _english(role: Role) -> list[str]:
    return [TITLES[t] for t in EXPECTED[role]]


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _controller(qapp, db, prefs):
    controller = AppController(qapp, prefs, _url(db), runner=SyncTaskRunner())
    controller.start()
    return controller


def _close(controller):
    if controller.main is not None:
        controller.main.close()
    controller.signin.close()
    if controller.db is not None:
        controller.db.dispose()


def test_sign_in_bad_then_good_password(db, basics, qapp, qtbot, prefs, shown_errors):
    controller = _controller(qapp, db, prefs)
    dialog = controller.signin
    qtbot.addWidget(dialog)
    try:
        assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
        assert db.description in dialog.db_label.text()
        dialog.user.setText("sales")
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert controller.main is None
        assert "Wrong user name or password" in dialog.status.text()
        assert dialog.password.text() == "" and dialog.sign_in_button.isEnabled()

        qtbot.keyClicks(dialog.password, "secret1")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        main = controller.main
        assert main is not None and main.isVisible() and not dialog.isVisible()
        assert _titles(main) == _english(Role.SALES)
        assert main.user_label.text() == "sales user · Sales"
        assert prefs.last_user == "sales" and prefs.db_url == _url(db)
        assert not shown_errors

        main.sig_sign_out.emit()  # sign out: back to the sign-in dialog, user remembered
        assert controller.main is None and dialog.isVisible()
    finally:
        _close(controller)
    again = Prefs(prefs.qs)
    assert again.last_user == "sales"


def test_first_start_on_an_empty_database_creates_the_admin(db, qapp, qtbot, prefs, monkeypatch,
                                                            shown_errors):
    seen = {}

    def fake_exec(dialog: FirstStartDialog):
        seen["dialog"] = dialog
        dialog.username.setText("boss")
        dialog.display_name.setText("老板")
        dialog.password.setText("secret99")
        dialog.password_again.setText("secret99")
        dialog.create_admin()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fake_exec)
    controller = _controller(qapp, db, prefs)
    qtbot.addWidget(controller.signin)
    try:
        assert "dialog" in seen, "an empty database offers the first start"
        main = controller.main
        assert main is not None
        assert controller.actor.username == "boss" and controller.actor.role == Role.ADMIN
        assert _titles(main) == _english(Role.ADMIN)
    finally:
        _close(controller)


def test_first_start_refuses_different_passwords(db, qapp, qtbot):
    dialog = FirstStartDialog(db, SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.password.setText("secret99")
    dialog.password_again.setText("secret98")
    dialog.create_admin()
    assert dialog.admin_error.isVisibleTo(dialog)
    assert "differ" in dialog.admin_error.text()
    dialog.password_again.setText("secret99")
    dialog.username.setText("x")  # too short: the service says why, next to the form
    dialog.create_admin()
    assert "2 to 60" in dialog.admin_error.text()


def test_database_settings_test_connection_says_what_is_wrong(qapp, qtbot, tmp_path):
    dialog = DatabaseSettingsDialog(str(tmp_path / "new.db"), "system", SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.use_file.isChecked()
    dialog.test()
    assert "empty" in dialog.result.text()

    dialog.use_server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("postgres")
    dialog.test()
    assert "cannot be reached" in dialog.result.text()
    assert dialog.url().startswith("postgresql+psycopg://postgres@127.0.0.1:1/")


def test_unreachable_database_on_start_is_explained(qapp, qtbot, prefs, shown_errors):
    controller = AppController(qapp, prefs, "postgresql://postgres@127.0.0.1:1/nothing",
                               runner=SyncTaskRunner())
    controller.start()
    qtbot.addWidget(controller.signin)
    try:
        text = controller.signin.status.text()
        assert "cannot be reached" in text and "Change" in text
        assert not controller.signin.sign_in_button.isEnabled()
        assert controller.signin.db_button.isEnabled()
    finally:
        _close(controller)


def test_schema_check_without_alembic_agrees_with_alembic():
    from sopdesk.db import migrate
    from sopdesk.db.startup import scanned_head

    assert scanned_head() == migrate.head_revision()


def test_an_older_database_is_migrated_on_start_with_a_backup(qapp, qtbot, prefs, tmp_path,
                                                              monkeypatch):
    from alembic import command

    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 0)  # closed without setting up
    from sopdesk.db import Database, migrate

    path = tmp_path / "old.db"
    old = Database(str(path))
    with old.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    old.dispose()
    controller = AppController(qapp, prefs, str(path), runner=SyncTaskRunner())
    controller.start()
    qtbot.addWidget(controller.signin)
    try:
        assert controller.prepared.backup is not None and controller.prepared.backup.exists()
        assert "upgraded" in controller.signin.status.text()
        assert migrate.current_revision(controller.db) == migrate.head_revision()
        assert controller.signin.setup_button.isVisible()  # no users yet: offer the set-up
    finally:
        _close(controller)


def test_first_start_loads_the_demo_with_progress(db, qapp, qtbot, monkeypatch):
    from sopdesk.ui import firststart
    from sopdesk.ui.tasks import Cancelled

    seen = []

    def fake_demo(_db, state):
        for n in range(3):
            state.set_progress(f"stage {n}", n / 2)
            seen.append(dialog.progress.value())
        return "summary"

    dialog = FirstStartDialog(db, SyncTaskRunner())
    qtbot.addWidget(dialog)
    monkeypatch.setattr(firststart, "load_demo", fake_demo)
    dialog.start_demo()
    assert seen == [0, 500, 1000] and dialog.stage.text().startswith("The demo factory is ready")
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.signed_in_as is None

    def stopped(_db, state):
        raise Cancelled()

    again = FirstStartDialog(db, SyncTaskRunner())
    qtbot.addWidget(again)
    monkeypatch.setattr(firststart, "load_demo", stopped)
    again.start_demo()
    assert "nothing was loaded" in again.stage.text() and again.demo_button.isEnabled()


def test_switching_language_rebuilds_the_window_for_the_same_user(db, basics, qapp, qtbot, prefs,
                                                                   shown_errors):
    controller = _controller(qapp, db, prefs)
    qtbot.addWidget(controller.signin)
    try:
        controller.sign_in("production", "secret1")
        first = controller.main
        controller.set_language("zh_CN")
        main = controller.main
        assert main is not first and controller.actor.username == "production"
        zh = _titles(main)
        assert len(zh) == len(EXPECTED[Role.PRODUCTION])
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in title) for title in zh), zh  # all in Chinese
        assert zh[:4] == ["生产", "订单评审", "计划", "需求评审"]
        assert prefs.language == "zh_CN"
        controller.set_language("en")
        assert _titles(controller.main) == _english(Role.PRODUCTION)
    finally:
        controller.translations.apply("en")
        _close(controller)


def test_a_missing_folder_is_explained_on_the_sign_in_dialog(qapp, qtbot, prefs, tmp_path):
    controller = AppController(qapp, prefs, str(tmp_path / "nowhere" / "x.db"), runner=SyncTaskRunner())
    controller.start()
    qtbot.addWidget(controller.signin)
    try:
        assert "does not exist" in controller.signin.status.text()
        assert controller.database_error is not None and controller.signin.db_button.isEnabled()
    finally:
        _close(controller)


def test_the_first_tabs_code_loads_while_the_password_is_typed(db, basics, qapp, qtbot, prefs):
    """Once the database is ready, the code Enter needs loads in the background, and that
    warm-up reads nothing from the database before anyone has signed in."""
    controller = AppController(qapp, prefs, _url(db), runner=SyncTaskRunner())
    events, sessions = [], []

    def database_ready():
        events.append("database ready")
        for name in ("read", "write"):
            real = getattr(controller.db, name)
            setattr(controller.db, name, lambda *a, _real=real, _name=name, **k: sessions.append(_name) or _real(*a, **k))

    controller.sig_database_ready.connect(database_ready)
    controller.sig_warmed_up.connect(lambda: events.append("warmed up"))
    controller.start()
    qtbot.addWidget(controller.signin)
    try:
        assert events == ["database ready", "warmed up"]
        assert sessions == []  # imports only
        controller.warm_up()  # once per controller
        assert events == ["database ready", "warmed up"]
        controller.signin.user.setText("sales")
        qtbot.keyClicks(controller.signin.password, "secret1")
        qtbot.keyClick(controller.signin.password, Qt.Key.Key_Return)
        assert controller.main is not None and controller.main.isVisible()
        assert sessions[0] == "write"  # the password check is the first use of the database
    finally:
        _close(controller)
