"""The shop-floor screen (车间报工) as the shop-floor user: report output, progress, keypad,
reasons next to their field, a retry sent with the same operation id."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from sopdesk.models import ProductionReport, Role, StockMove, WorkOrder
from sopdesk.services import ledger, shop_floor
from sopdesk.ui.shopfloor.tab import ShopFloorTab
from sopdesk.ui.tabs import tabs_for
from tests.shopfloor_factory import TODAY, make_floor


@pytest.fixture
def floor(db, basics):
    return make_floor(db, basics)


@pytest.fixture
def screen(db, basics, floor, make_ctx, qtbot):
    tab = ShopFloorTab(make_ctx(basics[Role.SHOPFLOOR]), today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activate()
    return tab


def _card(tab, number):
    return next(w for w in tab.cards if getattr(w, "card", None) and w.card.number == number)


def _type(tab, edit, keys):
    edit.setFocus()
    for k in keys:
        tab.keypad.press(k)


def test_shop_floor_user_sees_the_screen_first(basics):
    assert [t.id for t in tabs_for(basics[Role.SHOPFLOOR])][0] == "shopfloor"
    assert "shopfloor" not in [t.id for t in tabs_for(basics[Role.SALES])]


def test_report_output_raises_stock_and_shows_progress(db, basics, floor, screen, shown_errors):
    tab = screen
    assert [w.card.number for w in tab.cards] == ["WO-2026-00003", "WO-2026-00001", "WO-2026-00002"]
    assert "No line is set for you" in tab.list_label.text()
    _card(tab, "WO-2026-00001").sig_clicked.emit(_card(tab, "WO-2026-00001").card)
    assert tab.selected.number == "WO-2026-00001" and "WO-2026-00001" in tab.wo_title.text()
    assert tab.location.currentText().startswith("FG")
    _type(tab, tab.good, ["3", "0"])
    _type(tab, tab.scrap, ["2"])
    tab.scrap_reason.buttons[0].click()  # Out of tolerance
    _type(tab, tab.minutes, ["9", "0"])
    tab.submit()
    assert shown_errors == []
    assert "Reported 30 套" in tab.feedback.text() and "30 of 100" in tab.feedback.text()
    with db.read() as s:
        assert ledger.on_hand(s, basics.product.id, basics.finished_store.id) == Decimal(30)
        wo = s.get(WorkOrder, floor.wo.id)
        assert (wo.good_qty, wo.scrap_qty) == (30, 2)
        [row] = s.scalars(select(ProductionReport)).all()
        assert (row.scrap_reason, row.minutes, row.reported_by_id) == (
            "Out of tolerance", 90, basics[Role.SHOPFLOOR].user_id)
    card = _card(tab, "WO-2026-00001")  # reloaded after the report
    assert card.bar.value() == 30 and "30 of 100" in card.bar.format()
    assert tab.selected.number == "WO-2026-00001" and tab.good.text() == ""


def test_keypad_types_into_the_focused_field(screen):
    tab = screen
    _type(tab, tab.good, ["1", "2", ".", ".", "5"])
    assert tab.good.text() == "12.5"
    tab.keypad.press("back")
    assert tab.good.text() == "12."
    _type(tab, tab.downtime, ["0", "7"])
    assert tab.downtime.text() == "7" and tab.good.text() == "12."
    tab.keypad.buttons["clear"].click()
    assert tab.downtime.text() == ""
    assert all(b.minimumHeight() >= 48 for b in tab.keypad.buttons.values())
    assert tab.submit_button.minimumHeight() >= 48 and all(
        b.sizeHint().height() >= 48 or b.minimumHeight() >= 48 for b in tab.scrap_reason.buttons)


def test_scrap_without_reason_is_marked_next_to_the_field(db, screen, shown_errors):
    tab = screen
    _type(tab, tab.good, ["5"])
    _type(tab, tab.scrap, ["1"])
    tab.submit()
    err = tab.field_errors["scrap_reason"]
    assert not err.isHidden() and "Scrap needs a reason" in err.text()
    assert "Not reported" in tab.feedback.text() and shown_errors == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProductionReport)) == 0
    tab.downtime_reason.edit.setText("")  # untouched
    tab.scrap_reason.edit.setText("毛刺")
    tab.submit()
    assert err.isHidden() and "Reported 5" in tab.feedback.text()


def test_a_retry_after_a_lost_answer_is_sent_with_the_same_op_id_and_counts_once(
        db, basics, floor, screen, monkeypatch, shown_errors):
    tab = screen
    real, sent, runner = shop_floor.report, [], tab.ctx.runner
    real_run = runner.run

    def recording(session, actor, *args, **kw):
        sent.append(kw["op_id"])
        return real(session, actor, *args, **kw)

    def lose_first_answer(fn, on_done=None, on_error=None, **kw):
        if len(sent) == 0:  # the report reaches the database and commits; the answer is lost
            fn()
            on_error(OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly")))
            return None
        return real_run(fn, on_done, on_error, **kw)

    monkeypatch.setattr(shop_floor, "report", recording)
    monkeypatch.setattr(runner, "run", lose_first_answer)
    _type(tab, tab.good, ["2", "0"])
    tab.submit()
    assert "Press Report again" in tab.feedback.text() and shown_errors == []
    assert tab.good.text() == "20"  # the input stays for the retry
    tab.submit()
    assert len(sent) == 2 and sent[0] == sent[1] and sent[0] is not None
    assert "applied once" in tab.feedback.text()
    with db.read() as s:
        assert ledger.on_hand(s, basics.product.id, basics.finished_store.id) == Decimal(20)
        assert s.scalar(select(func.count()).select_from(ProductionReport)) == 1
        assert s.scalar(select(func.count()).select_from(StockMove)) == 3  # 2 openings + 1 output
    # the next report is a new operation
    _type(tab, tab.good, ["1"])
    tab.submit()
    assert len(sent) == 3 and sent[2] != sent[0]
    with db.read() as s:
        assert ledger.on_hand(s, basics.product.id, basics.finished_store.id) == Decimal(21)


def test_line_choice_for_the_session_and_assignment(db, basics, floor, screen, make_ctx, qtbot):
    tab = screen
    assert not tab.assign_button.isVisible()  # the shop-floor user cannot assign lines
    tab._line_chosen(tab.line_combo.findData(str(floor.line_b.id)))
    assert [w.card.number for w in tab.cards] == ["WO-2026-00003"]
    with db.read() as s:
        assert shop_floor.user_line(s, basics[Role.SHOPFLOOR]) is None  # a view choice only
    planner = ShopFloorTab(make_ctx(basics[Role.PRODUCTION]), today=TODAY)
    qtbot.addWidget(planner)
    planner.activate()
    assert not planner.assign_button.isHidden()
    planner._line_chosen(planner.line_combo.findData(str(floor.line_a.id)))
    planner.assign_line()
    with db.read() as s:
        assert shop_floor.user_line(s, basics[Role.PRODUCTION]).code == "L1"
    assert "Line L1" in planner.line_label.text()


def test_backflushed_product_needs_material_location(db, basics, floor, screen):
    tab = screen
    tab.select(_card(tab, "WO-2026-00002").card)
    assert tab.material_location.isEnabled() and tab.material_location.currentText().startswith("RAW")
    _type(tab, tab.good, ["1", "0"])
    tab.submit()
    assert "Reported 10 台" in tab.feedback.text()
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(979)  # 1000 - 2×1.05×10


def test_material_issue_with_proposed_quantities(db, basics, floor, screen, shown_errors, qtbot):
    tab = screen
    tab.select(_card(tab, "WO-2026-00002").card)
    tab.material_issue()
    dialog = tab.issue_dialog
    assert [(p.item_code, p.qty) for p, _e, _r in dialog.edits] == [("RM-001", Decimal(105)), ("RM-010", 50)]
    assert [e.text() for _p, e, _r in dialog.edits] == ["105", "50"]
    assert dialog.location.currentText().startswith("RAW")
    qtbot.mouseClick(dialog.edits[1][1], Qt.MouseButton.LeftButton)  # the operator touches the field
    dialog.keypad.press("clear")
    for k in "40":
        dialog.keypad.press(k)
    dialog.submit()
    assert shown_errors == [] and "Issued 2 materials" in dialog.feedback.text()
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(895)
        assert ledger.on_hand(s, floor.housing.id, basics.raw_store.id) == Decimal(460)
        assert shop_floor.proposed_issue(s, basics[Role.SHOPFLOOR], floor.wo_flush.id)[1].qty == 10
    dialog.close()
