"""The closed loop: sales creates a custom order, production and supply answer in the
Review tab, sales confirms; overdue tasks escalate to the manager's inbox."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from sopdesk.models import OrderStatus, Role
from sopdesk.services import orders, review
from sopdesk.ui.mainwindow import MainWindow
from sopdesk.ui.review.tab import SHOW_ALL, ReviewTab
from sopdesk.ui.widgets import to_qdate

from .conftest import create_order


def _review_tab(ctx, qtbot) -> ReviewTab:
    tab = ReviewTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activate()
    return tab


def _select(tab: ReviewTab, number: str) -> None:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).order_number == number)
    tab.view.selectRow(row)


def test_answer_as_production_and_supply_then_confirm_as_sales(db, basics, make_ctx, qtbot,
                                                                shown_errors):
    sales = basics[Role.SALES]
    order = create_order(db, sales, basics.customer, [(basics.gear, "5")], custom=True,
                         start_review=True)

    # production: its list shows the task with a clock; it answers 12 days
    prod = _review_tab(make_ctx(basics[Role.PRODUCTION]), qtbot)
    assert prod.model.rowCount() == 1
    assert prod.model.data(prod.model.index(0, 3)).endswith("left")
    _select(prod, order.number)
    assert prod.production_form.isVisibleTo(prod) and not prod.supply_form.isVisibleTo(prod)
    assert not prod.sales_box.isVisibleTo(prod)
    assert "Waiting for an answer" in prod.thread.toPlainText()
    prod.production_form.lead_days.setValue(12)
    prod.production_form.comment.setText("需要外协热处理")
    qtbot.mouseClick(prod.production_form.send, Qt.MouseButton.LeftButton)
    assert not shown_errors
    assert "12 days to make" in prod.thread.toPlainText()
    assert prod.model.rowCount() == 0  # nothing left for production

    # supply: "not feasible" needs a reason: the service says so next to the form
    sup = _review_tab(make_ctx(basics[Role.SUPPLY]), qtbot)
    _select(sup, order.number)
    form = sup.supply_form
    form.no.setChecked(True)
    qtbot.mouseClick(form.send, Qt.MouseButton.LeftButton)
    assert "why it is not feasible" in form.error.text()
    form.yes.setChecked(True)
    arrival = dt.date.today() + dt.timedelta(days=9)
    form.arrival.setDate(to_qdate(arrival))
    qtbot.mouseClick(form.send, Qt.MouseButton.LeftButton)
    assert not shown_errors
    assert f"material arrives {arrival.isoformat()}" in sup.thread.toPlainText()

    # sales: the order waits for confirmation; the date is prefilled from the answers
    tab = _review_tab(make_ctx(sales), qtbot)
    assert tab.show_combo.currentData() == SHOW_ALL
    _select(tab, order.number)
    assert tab.model.data(tab.model.index(0, 2)) == "Sales: confirm with customer"
    assert tab.sales_box.isVisibleTo(tab) and tab.confirm_button.isEnabled()
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    suggested = arrival + dt.timedelta(days=12)
    assert dialog.suggested.text() == suggested.isoformat()
    assert dialog.promised.date() == to_qdate(suggested)
    dialog.promised.setDate(to_qdate(suggested - dt.timedelta(days=1)))  # too early: refused
    dialog.submit()
    assert "at the earliest" in dialog.error.text() and dialog.confirmed is None
    dialog.promised.setDate(to_qdate(suggested))
    dialog.note.setText("电话确认")
    dialog.submit()
    assert dialog.confirmed is not None
    with db.read() as s:
        final = orders.get_order(s, sales, order.id)
    assert final.status == OrderStatus.CONFIRMED and final.promised_date == suggested
    assert "Confirmed" in tab.thread.toPlainText()  # the whole thread stays on the order


def test_overdue_task_escalates_to_the_managers_inbox(db, basics, make_ctx, qtbot):
    sales = basics[Role.SALES]
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=30)
    order = create_order(db, sales, basics.customer, [(basics.gear, "1")], custom=True,
                         start_review=True, now=long_ago)
    window = MainWindow(make_ctx(basics[Role.MANAGER]), timers=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert "overdue" not in window.inbox_button.text()
    review_tab = window.tab("review")
    window.show_tab("review")
    assert review_tab.model.rowCount() == 2
    assert review_tab.model.data(review_tab.model.index(0, 3)).startswith("Overdue 6 h")
    assert "2 overdue" in review_tab.count_label.text()

    window.escalate()  # the periodic job (synchronous here)
    assert "2 overdue" in window.inbox_button.text()
    window.show_inbox()
    model = window.inbox_dialog.model
    titles = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert sorted(titles) == [f"Overdue review: {order.number} (Production has not answered)",
                              f"Overdue review: {order.number} (Supply chain has not answered)"]
    with db.write() as s:
        assert review.escalate_overdue(s) == 0  # reported once

    window.inbox_dialog.view.selectRow(0)
    window.inbox_dialog.open_selected()  # opens the order's review
    assert window.current_tab() is review_tab
    assert review_tab.current is not None and review_tab.current.order_id == order.id


def test_withdraw_to_draft_then_saving_starts_a_new_round(db, basics, make_ctx, qtbot, monkeypatch,
                                                           shown_errors):
    from sopdesk.ui.orders import status_change
    from sopdesk.ui.orders.tab import OrdersTab

    sales = basics[Role.SALES]
    order = create_order(db, sales, basics.customer, [(basics.gear, "5")], custom=True,
                         start_review=True)
    monkeypatch.setattr(status_change, "ask", lambda parent, question: True)
    ctx = make_ctx(sales)
    tab = _review_tab(ctx, qtbot)
    _select(tab, order.number)
    tab.withdraw(OrderStatus.DRAFT)
    assert tab.current.order_status == OrderStatus.DRAFT and not tab.sales_box.isVisibleTo(tab)
    assert tab.model.rowCount() == 0

    orders_tab = OrdersTab(ctx)
    qtbot.addWidget(orders_tab)
    orders_tab.activate()
    orders_tab.view.selectRow(0)
    orders_tab.edit_order()
    dialog = orders_tab.dialog
    assert dialog.save_button.text() == "Save and start review"
    dialog.lines.table.item(0, 2).setText("4")
    dialog.save()
    assert not shown_errors and dialog.saved.status == OrderStatus.IN_REVIEW
    assert tab.model.rowCount() == 2  # the review list heard about it on the bus
    tab.open_order(order.id)
    assert len(tab.current.earlier_tasks) == 2 and "Earlier rounds" in tab.thread.toPlainText()
