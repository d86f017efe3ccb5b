"""The Inventory tab (库存): the paged stock model, the moves drill-down, receiving a PO
line and posting a stock count from the tab, and what each role may do there."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from sopdesk.models import POStatus, Role
from sopdesk.services import inventory, purchasing, stock_ops
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui.inventory.model import STOCK_INDEX, StockModel
from sopdesk.ui.inventory.tab import InventoryTab, stock_source
from sopdesk.ui.tabs import tabs_for


def _stock(db, basics, item, qty, location=None):
    with db.write(SYSTEM) as s:
        stock_ops.adjust(s, SYSTEM, item.id, (location or basics.raw_store).id, Decimal(qty), "opening")


def _po(db, basics, qty="100", expected=None):
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, purchasing.POInput(
            supplier_id=basics.supplier.id, order_date=dt.date(2026, 11, 20),
            lines=[purchasing.POLineInput(item_id=basics.material.id, qty=Decimal(qty),
                                          expected_date=expected or dt.date(2026, 12, 1))]))
        po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
    return po


def _tab(make_ctx, qtbot, actor) -> InventoryTab:
    tab = InventoryTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.activate()
    return tab


def _on_hand(db, basics, item, location=None):
    with db.read() as s:
        return inventory.on_hand_at(s, SYSTEM, item.id, location.id if location else None)


def _select(tab, code):
    row = next(n for n in range(tab.model.rowCount()) if tab.model.row_at(n).code == code)
    tab.view.selectRow(row)
    return tab.model.row_at(row)


def test_stock_model_passes_the_model_tester(db, basics, make_ctx, qtmodeltester):
    _stock(db, basics, basics.material, "120")
    ctx = make_ctx(basics[Role.SUPPLY])
    model = StockModel(stock_source(ctx), ctx.runner, page_size=1)
    model.set_query()
    assert model.rowCount() == 1 and model.total == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_list_shows_stock_flags_below_safety_searches_and_sorts_in_sql(db, basics, make_ctx, qtbot):
    _stock(db, basics, basics.material, "120")
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    assert tab.model.total == 3 and "3 items" in tab.count_label.text()
    row = _select(tab, "RM-001")
    n = tab.model.rowCount()
    cells = {key: tab.model.index(next(i for i in range(n) if tab.model.row_at(i).code == "RM-001"), col).data()
             for key, col in STOCK_INDEX.items()}
    assert cells["on_hand"] == "120" and cells["available"] == "120" and cells["safety_stock"] == "500"
    assert cells["below"] == "Below" and row.unit == "kg"
    tab.search.setText("铸铁")
    tab.apply_filter()
    assert [tab.model.row_at(i).code for i in range(tab.model.rowCount())] == ["RM-001"]
    tab.search.clear()
    tab.below_only.setChecked(True)
    assert [tab.model.row_at(i).code for i in range(tab.model.rowCount())] == ["RM-001"]
    tab.below_only.setChecked(False)
    tab.view.horizontalHeader().setSortIndicator(STOCK_INDEX["on_hand"], Qt.SortOrder.DescendingOrder)
    assert tab.model.sort_spec.key == "on_hand" and tab.model.row_at(0).code == "RM-001"


def test_double_click_opens_the_moves_behind_the_figure(db, basics, make_ctx, qtbot):
    _stock(db, basics, basics.material, "120")
    _stock(db, basics, basics.material, "-20")
    tab = _tab(make_ctx, qtbot, basics[Role.SALES])
    _select(tab, "RM-001")
    tab.show_moves()
    dialog = tab.dialog
    assert dialog is not None and dialog.moves.rowCount() == 2
    assert sum(dialog.moves.row_at(i).qty for i in range(2)) == Decimal("100")
    assert "net 100" in dialog.totals.text()
    assert dialog.locations.rowCount() == 1
    dialog.reject()


def test_roles_see_the_tab_and_only_the_actions_they_may_do(db, basics, make_ctx, qtbot):
    for role in Role:
        assert "inventory" in [t.id for t in tabs_for(basics[role])]
    expected = {Role.SALES: (False, False), Role.PRODUCTION: (False, False), Role.SHOPFLOOR: (False, False),
                Role.SUPPLY: (True, True), Role.MANAGER: (True, True), Role.ADMIN: (True, True)}
    for role, (receive, count) in expected.items():
        tab = InventoryTab(make_ctx(basics[role]))
        qtbot.addWidget(tab)
        assert (tab.receive_button.isVisibleTo(tab), tab.count_button.isVisibleTo(tab)) == (receive, count), role
        assert tab.read_only_note.isVisibleTo(tab) == (not receive and not count)
        tab.receive()
        tab.stock_count()
        if not receive:
            assert tab.dialog is None


def test_receiving_a_po_line_from_the_tab_updates_on_hand_and_the_line(db, basics, make_ctx, qtbot, shown_errors):
    po = _po(db, basics, "100")
    line_id = po.lines[0].id
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    tab.receive()
    dialog = tab.dialog
    assert dialog.model.rowCount() == 1
    dialog.select_line(line_id)
    assert dialog.qty.text() == "100"  # defaults to what is still to come
    assert dialog.location.currentData() == basics.raw_store.id
    dialog.qty.setText("150")
    dialog.submit()
    assert "100" in dialog.qty_error.text() and dialog.qty_error.isVisibleTo(dialog)
    assert _on_hand(db, basics, basics.material) == 0
    dialog.qty.setText("60")
    dialog.submit()
    assert not shown_errors
    assert "Received 60" in tab.message.text()
    with db.read() as s:
        line = purchasing.get_po(s, SYSTEM, po.id).lines[0]
        assert line.received_qty == Decimal("60")
        assert inventory.on_hand_at(s, SYSTEM, basics.material.id, basics.raw_store.id) == Decimal("60")
    row = _select(tab, "RM-001")  # the changes signal refreshed the list
    assert row.on_hand == Decimal("60")
    assert dialog.selected().line_id == line_id and dialog.qty.text() == "40"
    dialog.submit()
    with db.read() as s:
        assert purchasing.get_po(s, SYSTEM, po.id).status == POStatus.RECEIVED
    assert dialog.model.rowCount() == 0
    dialog.reject()


def test_posting_a_count_from_the_tab_posts_exactly_the_difference(db, basics, make_ctx, qtbot, shown_errors):
    _stock(db, basics, basics.material, "120")
    _stock(db, basics, basics.product, "7", basics.raw_store)
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    tab.stock_count()
    dialog = tab.dialog
    dialog.set_location(basics.raw_store.id)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(dialog.row_for(basics.material.id), 3).text() == "120"
    dialog.set_counted(basics.material.id, "115.5")
    assert dialog.table.item(dialog.row_for(basics.material.id), 5).text() == "-4.5"
    dialog.set_counted(basics.product.id, "abc")
    dialog.submit()
    assert "Row" in dialog.error.text() and dialog.result is None
    dialog.set_counted(basics.product.id, "7")
    dialog.submit()
    assert not shown_errors
    result = dialog.result
    assert len(result.lines) == 2 and len(result.moves) == 1
    assert result.moves[0].qty == Decimal("-4.5") and result.moves[0].item_id == basics.material.id
    assert "1 differences posted" in dialog.summary.text() and "RM-001 -4.5" in dialog.summary.text()
    assert _on_hand(db, basics, basics.material) == Decimal("115.5")
    assert _on_hand(db, basics, basics.product) == Decimal("7")
    assert _select(tab, "RM-001").on_hand == Decimal("115.5")
    dialog.reject()


def test_services_refuse_receipts_and_counts_of_read_only_roles(db, basics, make_ctx, qtbot):
    """Hidden buttons are not the only guard: a sales user driving the dialogs gets refused."""
    from sopdesk.ui.inventory.count_dialog import CountDialog

    _stock(db, basics, basics.material, "10")
    ctx = make_ctx(basics[Role.SALES])
    dialog = CountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_location(basics.raw_store.id)
    dialog.set_counted(basics.material.id, "3")
    dialog.submit()
    assert ctx.show_error and ctx.show_error[-1].title == "Not allowed"
    assert _on_hand(db, basics, basics.material) == Decimal("10")


def test_health_and_shortage_pages_load_when_shown_and_are_read_only(db, basics, make_ctx, qtbot, shown_errors):
    from sopdesk.models import OrderStatus
    from sopdesk.services import orders

    from .conftest import create_order

    _stock(db, basics, basics.material, "120")
    sales = basics[Role.SALES]
    view = create_order(db, sales, basics.customer, [(basics.product, "5")], promised=dt.date(2026, 12, 20))
    with db.write(sales) as s:
        orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)
    tab = _tab(make_ctx, qtbot, sales)
    assert not tab.health.activated and not tab.shortages.activated
    tab.pages.setCurrentWidget(tab.health)
    health = {tab.health.model.row_at(i).code: tab.health.model.row_at(i) for i in range(tab.health.model.rowCount())}
    assert health["RM-001"].below_safety and "below safety 1" in tab.health.summary.text()
    tab.health.show_combo.setCurrentIndex(tab.health.show_combo.findData("below"))
    assert [tab.health.model.row_at(i).code for i in range(tab.health.model.rowCount())] == ["RM-001"]
    tab.pages.setCurrentWidget(tab.shortages)
    short = {tab.shortages.model.row_at(i).code: tab.shortages.model.row_at(i)
             for i in range(tab.shortages.model.rowCount())}
    assert short["FG-100"].short_qty == Decimal("5") and "items short" in tab.shortages.summary.text()
    assert not shown_errors
    for view in (tab.health.view, tab.shortages.view):
        assert not view.model().flags(view.model().index(0, 0)) & Qt.ItemFlag.ItemIsEditable
