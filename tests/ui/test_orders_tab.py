"""The Orders tab: paged model, SQL sorting, entry dialog, status changes, stale saves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt

from sopdesk.models import OrderStatus, ReviewTaskStatus, Role
from sopdesk.services import orders, review
from sopdesk.services.order_queries import OrderLineSort
from sopdesk.ui.orders import status_change
from sopdesk.ui.orders.conflict_dialog import ConflictChoice, ConflictDialog
from sopdesk.ui.orders.tab import OrdersTab, page_source
from sopdesk.ui.tablemodels.order_lines import COLUMN_INDEX, OrderLinesModel, PageSource

from .conftest import create_order


def _many_lines(db, basics, n_orders=5, per_order=50):
    sales = basics[Role.SALES]
    for k in range(n_orders):
        create_order(db, sales, basics.customer,
                     [(basics.product if i % 2 else basics.gear, str(i + 1 + k)) for i in range(per_order)])


def _counting(source: PageSource):
    calls = []

    def fetch(flt, sort, offset, limit):
        calls.append((sort, offset, limit))
        return source.fetch(flt, sort, offset, limit)

    return PageSource(source.count, fetch), calls


def test_model_passes_the_model_tester(db, basics, make_ctx, qtmodeltester):
    create_order(db, basics[Role.SALES], basics.customer, [(basics.product, "3"), (basics.gear, "1")])
    ctx = make_ctx(basics[Role.SALES])
    model = OrderLinesModel(page_source(ctx), ctx.runner, page_size=1)
    model.set_query()
    assert model.rowCount() == 1 and model.total == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == 2 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_scrolling_fetches_more_pages_and_header_click_sorts_in_sql(db, basics, make_ctx, qtbot):
    _many_lines(db, basics)
    ctx = make_ctx(basics[Role.SALES])
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    source, calls = _counting(tab.model._source)
    tab.model._source = source
    tab.model.page_size = 50
    tab.resize(1200, 600)
    tab.show()
    tab.activate()
    assert tab.model.total == 250 and tab.model.rowCount() == 50
    assert "250 lines" in tab.count_label.text()
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 50, timeout=3000)
    assert calls[1][1] == 50  # the second page starts where the first ended
    assert len({r.line_id for r in tab.model._rows}) == tab.model.rowCount()

    before = len(calls)
    header = tab.view.horizontalHeader()
    qty_col = COLUMN_INDEX["qty"]
    x = header.sectionViewportPosition(qty_col) + header.sectionSize(qty_col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert len(calls) == before + 1 and calls[-1][0].key == "qty" and calls[-1][1] == 0
    qtys = [tab.model.row_at(i).qty for i in range(tab.model.rowCount())]
    expected_desc = tab.model.sort_spec.descending
    assert qtys == sorted(qtys, reverse=expected_desc)
    tab.model.sort(qty_col, Qt.SortOrder.AscendingOrder)
    qtys = [tab.model.row_at(i).qty for i in range(tab.model.rowCount())]
    assert qtys == sorted(qtys) and tab.model.sort_spec == OrderLineSort("qty", False)


def test_filters_and_search_requery(db, basics, make_ctx, qtbot):
    sales = basics[Role.SALES]
    create_order(db, sales, basics.customer, [(basics.product, "3")])
    create_order(db, sales, basics.customer, [(basics.gear, "2")], custom=True)
    tab = OrdersTab(make_ctx(sales))
    qtbot.addWidget(tab)
    tab.activate()
    assert tab.model.total == 2
    tab.filters.search.setText("齿轮")
    tab.filters._emit()
    assert tab.model.total == 1 and tab.model.row_at(0).item_code == "FG-200"
    tab.filters.clear()
    tab.filters.custom.setCurrentIndex(tab.filters.custom.findData(True))
    assert tab.model.total == 1 and tab.model.row_at(0).is_custom
    tab.filters.status_actions[OrderStatus.CONFIRMED].setChecked(True)
    assert tab.model.total == 0


def test_create_custom_order_through_the_dialog_starts_the_review(db, basics, make_ctx, qtbot,
                                                                  shown_errors):
    ctx = make_ctx(basics[Role.SALES])
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activate()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.customer, "C001")
    dialog.customer.editingFinished.emit()
    assert dialog.customer.choice().code == "C001"
    dialog.custom.setChecked(True)
    assert dialog.save_button.text() == "Save and start review"
    # keyboard entry: product, Enter → quantity, Enter adds the line
    qtbot.keyClicks(dialog.lines.product, "FG-200")
    qtbot.keyClick(dialog.lines.product, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.lines.qty, "0")
    qtbot.keyClick(dialog.lines.qty, Qt.Key.Key_Return)
    assert len(dialog.lines.lines()) == 1
    assert dialog.lines.product.text() == ""

    # the service refuses quantity 0: the message appears next to the lines, nothing saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert "greater than zero" in dialog.lines.lines_error.text()
    assert "Line 1" in dialog.lines.lines_error.text()

    item = dialog.lines.table.item(0, 2)
    item.setText("12")  # edit the quantity in the table
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not shown_errors
    saved = dialog.saved
    assert saved is not None and saved.is_custom and saved.status == OrderStatus.IN_REVIEW
    assert saved.lines[0].qty == Decimal("12.0000") and saved.lines[0].item_code == "FG-200"
    with db.read() as s:
        thread = review.get_review(s, ctx.actor, saved.id)
    assert [t.status for t in thread.tasks] == [ReviewTaskStatus.OPEN, ReviewTaskStatus.OPEN]
    assert tab.model.total == 1  # the change reached the table


def test_missing_customer_is_shown_next_to_the_customer(db, basics, make_ctx, qtbot):
    tab = OrdersTab(make_ctx(basics[Role.SALES]))
    qtbot.addWidget(tab)
    tab.activate()
    tab.new_order()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.lines.product, "FG-100")
    dialog.lines.qty.setText("2")
    dialog.lines.add_from_entry()
    dialog.save()
    assert dialog.saved is None
    assert "existing customer" in dialog.customer_error.text()
    assert dialog.customer_error.isVisibleTo(dialog)


def test_stale_save_is_refused_and_shows_who_changed_what(db, basics, make_ctx, qtbot, monkeypatch):
    sales, manager = basics[Role.SALES], basics[Role.MANAGER]
    view = create_order(db, sales, basics.customer, [(basics.product, "10")])
    tab = OrdersTab(make_ctx(sales))
    qtbot.addWidget(tab)
    tab.activate()
    tab.view.selectRow(0)
    tab.edit_order()
    dialog = tab.dialog
    assert dialog.version == view.version

    # meanwhile, on another PC, the manager changes the quantity and the note
    with db.write(manager) as s:
        theirs = orders.get_order(s, manager, view.id)
        orders.update_order(s, manager, view.id, theirs.version, orders.OrderInput(
            customer_id=basics.customer.id, order_date=theirs.order_date, note="客户要求加急",
            lines=[orders.OrderLineInput(item_id=basics.product.id, qty=Decimal("15"),
                                         line_id=theirs.lines[0].id)]))

    seen = {}

    def fake_ask(self):
        seen["dialog"] = self
        return ConflictChoice.RELOAD

    monkeypatch.setattr(ConflictDialog, "ask", fake_ask)
    dialog.lines.table.item(0, 2).setText("11")
    dialog.save()
    conflict = seen["dialog"]
    assert dialog.saved is None
    assert "manager user" in conflict.headline.text()
    changes = [[conflict.changes_table.item(r, c).text() for c in range(5)]
               for r in range(conflict.changes_table.rowCount())]
    assert any(row[0] == "Note" and row[2] == "客户要求加急" and row[3] == "manager" for row in changes)
    assert any("Quantity" in row[0] and "15" in row[0] for row in changes)
    compare = {r.label: r for r in conflict.compare_rows}
    assert compare["Line 1"].differs and "× 11" in compare["Line 1"].mine and "15" in compare["Line 1"].theirs
    assert compare["Note"].theirs == "客户要求加急"
    # mine / theirs / original: the order as it was when this dialog opened it
    assert compare["Line 1"].original.startswith("FG-100 × 10") and compare["Note"].original == ""
    assert conflict.compare_table.columnCount() == 4
    assert conflict.compare_table.horizontalHeaderItem(1).text() == "When you opened it"
    # nothing was overwritten, and Reload shows their version in the form
    with db.read() as s:
        assert orders.get_order(s, sales, view.id).lines[0].qty == Decimal("15.0000")
    assert dialog.note.text() == "客户要求加急" and dialog.lines.lines()[0].qty == "15"
    assert dialog.version == view.version + 1


def test_status_actions_follow_the_state_machine(db, basics, make_ctx, qtbot, monkeypatch):
    sales = basics[Role.SALES]
    create_order(db, sales, basics.customer, [(basics.product, "1")], promised=dt.date(2026, 12, 20))
    tab = OrdersTab(make_ctx(sales))
    qtbot.addWidget(tab)
    tab.activate()
    tab.view.selectRow(0)
    texts = [a.text() for a in tab.status_menu.actions()]
    assert texts == ["Confirm order", "Cancel order"]  # a standard draft: no review
    monkeypatch.setattr(status_change, "ask", lambda parent, question: True)
    tab.status_menu.actions()[0].trigger()
    tab.view.selectRow(0)
    assert tab.model.row_at(0).status == OrderStatus.CONFIRMED
    # shipped follows shipments (the Ship dialog), never a status menu entry
    assert [a.text() for a in tab.status_menu.actions()] == ["Start production", "Cancel order"]


def test_production_sees_orders_read_only(db, basics, make_ctx, qtbot):
    create_order(db, basics[Role.SALES], basics.customer, [(basics.product, "1")])
    tab = OrdersTab(make_ctx(basics[Role.PRODUCTION]))
    qtbot.addWidget(tab)
    tab.activate()
    assert not tab.new_button.isVisibleTo(tab) and not tab.status_button.isVisibleTo(tab)
    tab.view.selectRow(0)
    tab.edit_order()
    assert tab.dialog.read_only and not tab.dialog.save_button.isVisibleTo(tab.dialog)


def test_refresh_keeps_the_selected_line(db, basics, make_ctx, qtbot):
    sales = basics[Role.SALES]
    for _ in range(3):
        create_order(db, sales, basics.customer, [(basics.product, "1")])
    tab = OrdersTab(make_ctx(sales))
    qtbot.addWidget(tab)
    tab.activate()
    tab.view.selectRow(1)
    chosen = tab.selected_row().line_id
    create_order(db, sales, basics.customer, [(basics.gear, "2")])  # a new one on top
    tab.refresh()
    assert tab.model.total == 4 and tab.selected_row().line_id == chosen


def test_conflict_without_field_changes_says_so(qtbot):
    from sopdesk.services.errors import ConflictInfo

    info = ConflictInfo("sales_order", "x", 2, 3, "陈建国", dt.datetime(2026, 11, 26, 3, 0, tzinfo=dt.UTC))
    dialog = ConflictDialog(info, [])
    qtbot.addWidget(dialog)
    assert dialog.no_changes.isVisibleTo(dialog) and not dialog.changes_table.isVisibleTo(dialog)
    assert "陈建国" in dialog.headline.text()
