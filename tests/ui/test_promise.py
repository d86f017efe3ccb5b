"""Capable-to-promise on screen: the order dialog proposes the promised date with why, and
the order review shows production, supply and sales the same proposal. On SQLite and
PostgreSQL, with the textbook factory of tests/test_planning_run.py and a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from sopdesk.models import Role
from sopdesk.services import planning_promise
from sopdesk.ui import promise_text
from sopdesk.ui.orders.tab import OrdersTab
from tests.test_planning_run import _stage

TODAY = dt.date(2027, 1, 4)
pytestmark = pytest.mark.usefixtures("cli_admin")  # the factory comes in through the signed-in command line


def test_the_screen_templates_are_the_services_templates(qapp):
    assert set(promise_text.why_templates()) == set(planning_promise.WHY)
    assert promise_text.why_templates() == planning_promise.WHY  # English UI: the same sentences


def _new_order(make_ctx, actor, qtbot):
    tab = OrdersTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.show()
    tab.activate()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.promise_today = lambda _s: TODAY
    return tab, dialog


def test_the_order_dialog_proposes_the_earliest_date_and_says_why(db, basics, make_ctx, qtbot, tmp_path, capsys,
                                                                  shown_errors):
    _stage(db, tmp_path, capsys)
    _tab, dialog = _new_order(make_ctx, basics[Role.SALES], qtbot)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert dialog.promise_label.text() == "Add the order's lines first."

    qtbot.keyClicks(dialog.customer, "C001")
    dialog.customer.editingFinished.emit()
    qtbot.keyClicks(dialog.lines.product, "A")
    qtbot.keyClick(dialog.lines.product, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.lines.qty, "5")
    qtbot.keyClick(dialog.lines.qty, Qt.Key.Key_Return)
    assert len(dialog.lines.lines()) == 1
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert not shown_errors
    assert dialog.promised.date_value() == dt.date(2027, 1, 25)
    text = dialog.promise_label.text()
    assert text.startswith("Earliest 2027-01-25 (bound by material): ")
    assert "B cannot arrive before week 2027-W03 (2 week(s) lead time)" in text
    assert dialog.propose_button.isEnabled()


def test_an_open_order_is_not_proposed_again(db, basics, make_ctx, qtbot, shown_errors):
    from decimal import Decimal

    from sopdesk.models import OrderStatus
    from sopdesk.services import orders
    from sopdesk.ui.orders.order_dialog import OrderDialog

    sales = basics[Role.SALES]
    with db.write(sales) as s:
        v = orders.create_order(s, sales, orders.OrderInput(
            customer_id=basics.customer.id, promised_date=TODAY,
            lines=[orders.OrderLineInput(basics.product.id, Decimal(3))]))
        v = orders.change_status(s, sales, v.id, v.version, OrderStatus.CONFIRMED)
    dialog = OrderDialog(make_ctx(sales), [], [], order=v)
    qtbot.addWidget(dialog)
    assert dialog.propose_button.isHidden()  # its lines are in the plan already


def test_the_review_shows_production_supply_and_sales_the_same_proposal(db, basics, make_ctx, qtbot, tmp_path,
                                                                      capsys, shown_errors):
    from sqlalchemy import select

    from sopdesk.models import Item
    from sopdesk.ui.review.tab import ReviewTab

    from .conftest import create_order

    _stage(db, tmp_path, capsys)
    with db.read() as s:
        a = s.scalar(select(Item).where(Item.code == "A"))
    order = create_order(db, basics[Role.SALES], basics.customer, [(a, "5")], custom=True, start_review=True)
    texts = []
    for role in (Role.PRODUCTION, Role.SUPPLY, Role.SALES):
        tab = ReviewTab(make_ctx(basics[role]))
        tab.promise_today = lambda _s: TODAY
        qtbot.addWidget(tab)
        tab.show()
        tab.activate()
        tab.show_order(order.id)
        assert tab.promise_label.isVisibleTo(tab)
        texts.append(tab.promise_label.text())
    assert not shown_errors
    assert texts[0] == texts[1] == texts[2]
    assert texts[0].startswith("Proposed date: Earliest 2027-01-25 (bound by material): B cannot arrive")
