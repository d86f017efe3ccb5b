"""The shop-floor screen's offline mode: a report typed while the server is away is accepted
and shown as waiting, the cards come from the PC's cache, and it is sent by itself when the
server is back; a finish over a changed work order shows in the conflict inbox."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from sopdesk.db import Database
from sopdesk.models import ProductionReport, Role, WorkOrder, WorkOrderStatus
from sopdesk.offline import CONFLICT, PENDING, SENT, LocalStore, ShopFloorClient
from sopdesk.services import ledger
from sopdesk.ui.shopfloor.offline import SYNC_MS
from sopdesk.ui.shopfloor.tab import ShopFloorTab
from tests.shopfloor_factory import TODAY, make_floor

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/nowhere"


@pytest.fixture
def floor(db, basics):
    return make_floor(db, basics)


@pytest.fixture
def away():
    database = Database(UNREACHABLE)
    yield database
    database.dispose()


@pytest.fixture
def screen(db, basics, floor, make_ctx, qtbot, tmp_path):
    ctx = make_ctx(basics[Role.SHOPFLOOR])
    client = ShopFloorClient(db, LocalStore(tmp_path / "pc.sqlite"), basics[Role.SHOPFLOOR])
    tab = ShopFloorTab(ctx, today=TODAY, outbox=client)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activate()
    return tab


def _card(tab, number):
    return next(w for w in tab.cards if getattr(w, "card", None) and w.card.number == number)


def _go_offline(tab, away):
    tab.ctx.db = away
    tab.outbox.db = away


def _come_back(tab, db):
    tab.ctx.db = db
    tab.outbox.db = db


def test_offline_report_shown_as_pending_then_synced(db, basics, floor, screen, away, shown_errors):
    tab = screen
    assert tab.outbox.store.cached("work_order")  # filled when the screen opened online
    assert tab.offline_bar.timer.isActive() and tab.offline_bar.timer.interval() == SYNC_MS
    _go_offline(tab, away)
    tab.refresh()
    assert "Offline: the work orders as this PC last saw them" in tab.list_label.text()
    _card(tab, "WO-2026-00001").sig_clicked.emit(_card(tab, "WO-2026-00001").card)
    tab.good.setText("120")
    tab.submit()
    assert shown_errors == []
    assert "Accepted 120" in tab.feedback.text() and "kept on this PC" in tab.feedback.text()
    assert "1 waiting to be sent (reports, material issues), since" in tab.offline_bar.status.text()
    [op] = tab.outbox.store.operations()
    assert (op.state, op.username, op.payload["good_qty"]) == (PENDING, "shopfloor", "120")
    assert "120 of 100" in _card(tab, "WO-2026-00001").bar.format()  # the waiting report counted in
    with db.read() as s:
        assert s.scalars(select(ProductionReport)).all() == []
    _come_back(tab, db)
    tab.offline_bar.timer.timeout.emit()  # the timer's tick: probe, sync, refresh
    assert tab.outbox.store.get(op.op_id).state == "flagged"  # 120 of 100 released: recorded, flagged
    assert tab.offline_bar.status.text() == "Everything sent."
    assert "Offline" not in tab.list_label.text()
    with db.read() as s:
        assert ledger.on_hand(s, basics.product.id, basics.finished_store.id) == Decimal(120)


def test_a_finish_over_a_changed_work_order_shows_in_the_inbox(db, basics, floor, screen, away, shown_errors):
    tab = screen
    _go_offline(tab, away)
    tab.refresh()
    _card(tab, "WO-2026-00003").sig_clicked.emit(_card(tab, "WO-2026-00003").card)
    tab.good.setText("20")
    tab.finish.setChecked(True)
    tab.submit()
    with db.write(basics[Role.PRODUCTION]) as s:  # the planner raises the quantity meanwhile
        s.get(WorkOrder, floor.wo_b.id).qty = Decimal(30)
    assert tab.offline_bar.inbox_title.isHidden()
    _come_back(tab, db)
    tab.offline_bar.sync_now()
    [op] = tab.outbox.store.operations()
    assert tab.outbox.store.get(op.op_id).state == CONFLICT
    [row] = tab.offline_bar.rows
    assert not tab.offline_bar.inbox_title.isHidden()
    assert "WO-2026-00003: your 20" in row.label.text() and "qty" in row.label.text()
    assert "not marked finished" in row.label.text()
    finish = next(b for b in row.findChildren(type(tab.submit_button)) if b.text() == "Finish it now")
    finish.click()
    assert tab.offline_bar.rows == []
    with db.read() as s:
        wo = s.get(WorkOrder, floor.wo_b.id)
        assert (wo.status, wo.good_qty) == (WorkOrderStatus.DONE, 20)
    assert [o.state for o in tab.outbox.store.operations()] == [CONFLICT, SENT]
    assert shown_errors == []


def _issue_dialog(tab, number):
    tab.select(_card(tab, number).card)
    tab.material_issue()
    return tab.issue_dialog


def test_material_issue_offline_is_proposed_from_the_cache_then_sent(db, basics, floor, screen, away, shown_errors):
    tab = screen
    _go_offline(tab, away)
    tab.refresh()
    dialog = _issue_dialog(tab, "WO-2026-00002")
    assert not dialog.offline_note.isHidden()
    assert [(p.item_code, p.qty) for p, _e, _r in dialog.edits] == [("RM-001", Decimal(105)), ("RM-010", 50)]
    assert dialog.location.currentText().startswith("RAW")
    dialog.edits[1][1].setText("40")
    dialog.submit()
    assert shown_errors == []
    assert "Accepted 2 materials for WO-2026-00002" in dialog.feedback.text()
    assert "1 waiting to be sent" in tab.offline_bar.status.text()
    [op] = tab.outbox.store.operations()
    assert (op.kind, op.state) == ("issue", PENDING)
    dialog.close()
    again = _issue_dialog(tab, "WO-2026-00002")  # what waits on this PC counts as issued
    assert [(p.item_code, p.qty, p.issued) for p, _e, _r in again.edits] == [
        ("RM-001", 0, 105), ("RM-010", 10, 40)]
    again.close()
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(1000)  # nothing sent yet
    _come_back(tab, db)
    tab.offline_bar.sync_now()
    assert tab.outbox.store.get(op.op_id).state == SENT
    assert tab.offline_bar.status.text() == "Everything sent."
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(895)
        assert ledger.on_hand(s, floor.housing.id, basics.raw_store.id) == Decimal(460)
    online = _issue_dialog(tab, "WO-2026-00002")  # the server's proposal agrees with the cache's
    assert online.offline_note.isHidden()
    assert [(p.item_code, p.qty) for p, _e, _r in online.edits] == [("RM-001", 0), ("RM-010", 10)]
    online.close()


def test_a_refused_offline_issue_shows_in_the_inbox(db, basics, floor, screen, away, shown_errors):
    tab = screen
    _go_offline(tab, away)
    tab.refresh()
    dialog = _issue_dialog(tab, "WO-2026-00002")
    dialog.edits[0][1].setText("5000")  # more than the 1000 on hand
    dialog.edits[1][1].setText("0")
    dialog.submit()
    dialog.close()
    _come_back(tab, db)
    tab.offline_bar.sync_now()
    [op] = tab.outbox.store.operations()
    assert op.state == CONFLICT
    [row] = tab.offline_bar.rows
    assert "A material issue typed at" in row.label.text() and "refused by the server" in row.label.text()
    assert "RM-001" in row.label.text()
    discard = next(b for b in row.findChildren(type(tab.submit_button)) if b.text() == "Discard")
    discard.click()
    assert tab.offline_bar.rows == []
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(1000)
    assert shown_errors == []


def test_an_outbox_file_that_cannot_be_opened_is_said_not_raised(db, basics, floor, screen, tmp_path, shown_errors):
    tab = screen
    tab.outbox.store.path = tmp_path / "gone" / "pc.sqlite"  # its folder removed under the running app
    tab.offline_bar.show_state()
    assert "cannot be opened" in tab.offline_bar.status.text() and "gone" in tab.offline_bar.status.text()
    assert shown_errors == []
