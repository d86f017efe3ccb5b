"""The main window: tabs by role from the registry, status bar, warnings, connection state."""

from __future__ import annotations

from sopdesk.models import Role
from sopdesk.services import users
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui import mainwindow, selftest
from sopdesk.ui.mainwindow import MainWindow
from sopdesk.ui.tabs import TABS

from .conftest import create_order

EXPECTED = {
    Role.SALES: ["orders", "review", "dashboard", "plan", "demand_review", "inventory", "production", "purchasing"],
    Role.PRODUCTION: ["production", "review", "plan", "demand_review", "orders", "inventory", "dashboard",
                      "purchasing", "master", "shopfloor"],
    Role.SUPPLY: ["inventory", "purchasing", "review", "orders", "plan", "demand_review", "production", "dashboard",
                  "master"],
    Role.SHOPFLOOR: ["shopfloor", "inventory"],
    Role.MANAGER: ["dashboard", "orders", "review", "plan", "demand_review", "production", "inventory", "purchasing",
                   "master", "shopfloor"],
    Role.ADMIN: ["dashboard", "orders", "review", "plan", "demand_review", "production", "inventory", "purchasing",
                 "master", "shopfloor", "admin"],
}
TITLES = {"orders": "Orders", "review": "Order review", "inventory": "Inventory", "master": "Master data",
          "shopfloor": "Shop floor", "production": "Production", "purchasing": "Purchasing",
          "plan": "Plan", "demand_review": "Demand review", "dashboard": "Dashboard", "admin": "Administration"}


def test_each_role_sees_the_right_tabs_and_no_stubs(db, basics, make_ctx, qtbot):
    assert {t.id for t in TABS} == set().union(*EXPECTED.values()) == set(TITLES)  # every tab is shown to someone
    for role, expected in EXPECTED.items():
        window = MainWindow(make_ctx(basics[role]), timers=False)
        qtbot.addWidget(window)
        assert [s.id for s in window.specs] == expected == list(window.holders)
        assert list(window.tab_widgets) == []  # built when first shown, not before
        for tab_id in expected:
            assert window.tab(tab_id) is window.tab(tab_id) is window.tab_widgets[tab_id]
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == [TITLES[t] for t in expected], role
        if not expected:
            texts = [w.text() for w in window.centralWidget().findChildren(type(window.user_label))]
            assert any("no screen for the Shop floor role" in t for t in texts)
        window.close()


def test_status_bar_shows_user_database_and_connection(db, basics, make_ctx, qtbot, monkeypatch):
    db.warnings.append("The SQLite file is on a network drive")
    window = MainWindow(make_ctx(basics[Role.SUPPLY]), timers=False)
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text() == "supply user · Supply chain"
    expected = "Local file: sopdesk.db" if db.is_sqlite else f"Server: 127.0.0.1/{db.url.database}"
    assert window.db_label.text() == expected
    assert window.banner.isVisible() and "network drive" in window.banner.text()
    assert "Connected" in window.conn_label.text()

    def down(_db):
        raise ConnectionError("server closed the connection")

    monkeypatch.setattr(mainwindow, "probe", down)
    window.probe()
    assert "Connection lost" in window.conn_label.text()
    monkeypatch.setattr(mainwindow, "probe", lambda _db: None)
    window.probe()
    assert "Connected" in window.conn_label.text()
    db.warnings.clear()


def test_selftest_signs_in_as_each_role_and_opens_every_tab(db, basics, qapp, monkeypatch):
    create_order(db, basics[Role.SALES], basics.customer, [(basics.product, "2"), (basics.gear, "1")])
    with db.write(SYSTEM) as s:
        for role in Role:
            users.set_password(s, SYSTEM, role.value, "demo123")
    url = db.url.render_as_string(hide_password=False)
    report = selftest.run(url)
    assert report["ok"], report["errors"]
    assert report["roles"] == ["sales", "production", "supply", "shopfloor", "manager", "admin"]
    assert set(report["tabs"]) == set(TITLES)
    assert report["per_role"]["supply"].keys() == set(EXPECTED[Role.SUPPLY])
    assert report["rows"]["orders"] == 2
    assert report["startup_s"] > 0
    assert "OK" in selftest.format_table(report)


def test_selftest_fails_clearly_without_demo_users(db, qapp):
    report = selftest.run(db.url.render_as_string(hide_password=False))
    assert not report["ok"] and "no demo users" in report["errors"][0]
