"""Live refresh in the window (issue 15): an open Orders tab shows another process's change
without a click (selection kept); presence shows who else edits an order and expires; a
save that cannot reach the server keeps what was typed and goes through once it is back."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, text

from sopdesk.db import changefeed
from sopdesk.models import Role
from sopdesk.services import orders, presence, users
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui.live import LiveBridge
from sopdesk.ui.orders.tab import OrdersTab

from .conftest import create_order

ROOT = Path(__file__).resolve().parents[2]


def _open_tab(ctx, qtbot) -> OrdersTab:
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activate()
    qtbot.waitUntil(lambda: tab.model.loaded_once and tab.model.rowCount() > 0)
    return tab


def test_an_open_orders_tab_shows_another_processs_change_and_keeps_the_selection(db, basics, sales,
                                                                                  make_ctx, qtbot, tmp_path):
    views = [create_order(db, sales, basics.customer, [(basics.gear, "5")]) for _ in range(3)]
    ctx = make_ctx(sales)
    tab = _open_tab(ctx, qtbot)
    target = views[1]
    row = next(n for n in range(tab.model.rowCount()) if tab.model.row_at(n).order_id == target.id)
    tab.view.selectRow(row)
    bridge = LiveBridge(db, ctx.bus)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.online is True, timeout=10_000)
        go = tmp_path / "go"
        go.touch()
        url = db.url.render_as_string(hide_password=False)
        worker = subprocess.run([sys.executable, "-m", "tests.conflict_worker", url, sales.username,
                                 str(target.id), "1", str(go)], cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        assert worker.returncode == 0, worker.stderr
        assert '"commits": 1' in worker.stdout

        def shows_six():
            r = tab.model.row_at(row)
            return r is not None and r.order_id == target.id and r.qty == Decimal("6")

        qtbot.waitUntil(shows_six, timeout=10_000)  # no click, no Refresh
        assert tab.selected_row().order_id == target.id  # the selection stayed on that line
    finally:
        bridge.stop()


def test_presence_shows_who_else_edits_an_order_and_expires(db, basics, sales, make_ctx, qtbot):
    view = create_order(db, sales, basics.customer, [(basics.gear, "5")])
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "lina", Role.SALES, "secret1", display_name="李娜")
    with db.read() as s:
        lina = users.actor_for(s, "lina")
    t0 = dt.datetime.now(dt.UTC)
    with db.write(lina) as s:
        presence.enter(s, lina, "other-pc", presence.ORDER, view.id, view.number, now=t0)
    with db.read() as s:
        others = presence.editors(s, sales, presence.ORDER, view.id, exclude_client=changefeed.CLIENT_ID, now=t0)
        later = presence.editors(s, sales, presence.ORDER, view.id, now=t0 + dt.timedelta(
            seconds=presence.TIMEOUT_SECONDS + 1))
    assert [o.display_name for o in others] == ["李娜"]
    assert later == []  # no heartbeat for longer than the timeout: gone

    ctx = make_ctx(sales)
    tab = _open_tab(ctx, qtbot)
    assert "李娜" in tab.model.tooltip(tab.model.row_at(0), "number")
    tab.view.selectRow(0)
    assert tab.editing_label.text() == f"李娜 is editing {view.number}"
    tab.edit_order()
    dialog = tab.dialog
    assert dialog.live.banner.text() == f"李娜 is editing {view.number}"
    with db.read() as s:  # and the dialog told the others it is open here
        mine = presence.editors(s, lina, presence.ORDER, view.id, exclude_client="other-pc")
    assert [m.display_name for m in mine] == [sales.display_name or sales.username]
    dialog.reject()
    with db.read() as s:
        assert presence.editors(s, lina, presence.ORDER, view.id, exclude_client="other-pc") == []


def test_a_save_while_the_server_is_unreachable_keeps_the_edits_and_goes_through_later(pg_db, qapp, prefs,
                                                                                      shown_errors, qtbot):
    from sopdesk.ui.changes import ChangeBus
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.tasks import SyncTaskRunner
    from tests.factories import make_basics

    db = pg_db
    basics = make_basics(db)
    sales = basics[Role.SALES]
    view = create_order(db, sales, basics.customer, [(basics.product, "5")])
    ctx = AppContext(db=db, actor=sales, runner=SyncTaskRunner(), bus=ChangeBus(), prefs=prefs,
                     show_error=shown_errors)
    tab = _open_tab(ctx, qtbot)
    tab.view.selectRow(0)
    tab.edit_order()
    dialog = tab.dialog
    dialog.note.setText("客户要求加急")
    admin = create_engine(db.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = db.url.database
    try:
        with admin.connect() as conn:  # the server goes away for this PC: no new connection, old ones killed
            conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
        dialog.save()
        assert dialog.live.offline and "Offline — retrying" in dialog.live.banner.text()
        assert dialog.isVisible() and dialog.note.text() == "客户要求加急"  # nothing typed is lost
        assert dialog.saved is None
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true'))
        admin.dispose()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=15_000)  # retried by itself
    with db.read() as s:
        assert orders.get_order(s, sales, view.id).note == "客户要求加急"
