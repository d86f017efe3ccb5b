"""Shipping (发货) from the Orders tab: ship an order partly then fully (on-hand falls, shipped
quantity, delivery date and status follow), the ship action only when possible and allowed,
over-shipment and missing stock refused next to the line, a retried post after a lost answer
counts once, the shipment viewer and its delivery note PDF, an order line's shipments with
FH links and closing short."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from sopdesk.models import (
    Customer,
    MoveType,
    OrderStatus,
    Role,
    SalesOrder,
    SalesOrderLine,
    Shipment,
)
from sopdesk.reports import delivery_note
from sopdesk.services import ledger, orders, shipping
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui import documents
from sopdesk.ui.orders.tab import OrdersTab
from sopdesk.ui.shipping import from_orders, line_shipments, printing
from sopdesk.ui.shipping import open as shipping_open
from sopdesk.ui.shipping.ship_dialog import ShipDialog
from sopdesk.ui.shipping.viewer import ShipmentDialog

from .conftest import create_order

D = Decimal
DAY1, DAY2 = dt.date(2026, 11, 25), dt.date(2026, 11, 27)


def _stock(db, item, location, qty) -> None:
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(item.id, location.id, D(qty), MoveType.OPENING,
                                                         moved_at=dt.datetime(2026, 11, 1, 2, tzinfo=dt.UTC))])


def _confirmed(db, basics, lines, customer=None):
    sales = basics[Role.SALES]
    view = create_order(db, sales, customer or basics.customer, lines, promised=dt.date(2026, 11, 26))
    with db.write(sales) as s:
        return orders.change_status(s, sales, view.id, view.version, OrderStatus.CONFIRMED)


def _on_hand(db, item, location) -> Decimal:
    with db.read() as s:
        return ledger.on_hand(s, item.id, location.id)


def _tab(make_ctx, qtbot, actor) -> OrdersTab:
    tab = OrdersTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.activate()
    return tab


def _select(tab, *numbers):
    from PySide6.QtCore import QItemSelectionModel

    sel = tab.view.selectionModel()
    sel.clearSelection()
    for n in range(tab.model.rowCount()):
        if tab.model.row_at(n).number in numbers:
            sel.select(tab.model.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                       | QItemSelectionModel.SelectionFlag.Rows)


def _row(dialog: ShipDialog, item_code: str) -> int:
    return next(n for n, ln in enumerate(dialog.data.lines) if ln.item_code == item_code)


def _pdf_text(path) -> str:
    """The PDF's text; NFKC because the CJK font maps some characters to look-alike Kangxi
    radicals (工 comes out as U+2F2F)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_ship_an_order_partly_then_fully_from_the_orders_tab(db, basics, make_ctx, qtbot, monkeypatch, tmp_path):
    _stock(db, basics.product, basics.finished_store, "50")
    _stock(db, basics.gear, basics.finished_store, "4")
    so = _confirmed(db, basics, [(basics.product, "30"), (basics.gear, "10")])
    supply = basics[Role.SUPPLY]
    tab = _tab(make_ctx, qtbot, supply)
    tab.ship_today = DAY1
    _select(tab, so.number)
    assert tab.ship_button.isVisibleTo(tab) and tab.ship_button.isEnabled()

    tab.ship_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ShipDialog)
    assert dialog.location_id() == basics.finished_store.id  # the location that holds them
    p, g = _row(dialog, "FG-100"), _row(dialog, "FG-200")
    # defaults: min(open, on hand here)
    assert (dialog.qty_edits[p].text(), dialog.qty_edits[g].text()) == ("30", "4")
    assert dialog.table.item(g, 6).text() == "4" and dialog.table.item(p, 6).text() == "50"
    dialog.qty_edits[p].setText("12")
    dialog.submit()
    viewer = shipping_open.last_opened
    assert isinstance(viewer, ShipmentDialog) and viewer.banner.isVisibleTo(viewer)
    first = viewer.view
    assert first.number == "FH-2026-00001" and first.ship_date == DAY1
    assert sorted((ln.item_code, ln.qty) for ln in first.lines) == [("FG-100", D(12)), ("FG-200", D(4))]
    assert _on_hand(db, basics.product, basics.finished_store) == D(38)
    assert _on_hand(db, basics.gear, basics.finished_store) == D(0)
    with db.read() as s:
        order = s.get(SalesOrder, so.id)
        assert order.status == OrderStatus.PARTIALLY_SHIPPED
        assert {ln.line_no: (ln.shipped_qty, ln.delivered_date) for ln in order.lines} == {
            1: (D(12), None), 2: (D(4), None)}
    # the delivery note, saved as a PDF, names the shipment
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: str(tmp_path / suggested))
    viewer.language.setCurrentIndex(viewer.language.findData("zh"))
    viewer.save_pdf()
    assert viewer.saved_path.name == "送货单-FH-2026-00001.pdf"
    text = _pdf_text(viewer.saved_path)
    assert "FH-2026-00001" in text and "SO-2026-00001/1" in text
    viewer.close()

    # the rest: more gear arrived; everything open ships by default
    _stock(db, basics.gear, basics.finished_store, "6")
    tab.ship_today = DAY2
    tab.refresh()
    _select(tab, so.number)
    assert tab.model.row_at(0).status == OrderStatus.PARTIALLY_SHIPPED and tab.ship_button.isEnabled()
    tab.ship()
    dialog = tab.dialog
    assert sorted(e.text() for e in dialog.qty_edits) == ["18", "6"]
    dialog.submit()
    second = shipping_open.last_opened.view
    assert second.number == "FH-2026-00002" and second.ship_date == DAY2
    assert _on_hand(db, basics.product, basics.finished_store) == D(20)
    assert _on_hand(db, basics.gear, basics.finished_store) == D(0)
    with db.read() as s:
        order = s.get(SalesOrder, so.id)
        assert order.status == OrderStatus.SHIPPED
        assert {ln.line_no: (ln.shipped_qty, ln.delivered_date) for ln in order.lines} == {
            1: (D(30), DAY2), 2: (D(10), DAY2)}
    tab.refresh()
    _select(tab, so.number)
    assert tab.model.row_at(0).status == OrderStatus.SHIPPED and not tab.ship_button.isEnabled()
    # no hand-set shipped status on the menu, ever
    sales_tab = _tab(make_ctx, qtbot, basics[Role.SALES])
    _select(sales_tab, so.number)
    assert not sales_tab.ship_button.isVisibleTo(sales_tab)
    assert all("ship" not in a.text().lower() for a in sales_tab.status_menu.actions())

    # an FH number opens the shipment
    shipping_open.last_opened = None
    assert documents.open_document(tab.ctx, tab, "FH-2026-00001")
    assert shipping_open.last_opened.view.number == "FH-2026-00001"
    assert not documents.open_document(tab.ctx, tab, "FH-2026-09999")


def test_the_ship_action_is_on_only_when_possible_and_allowed(db, basics, make_ctx, qtbot, monkeypatch):
    _stock(db, basics.product, basics.finished_store, "100")
    with db.write(SYSTEM) as s:
        other = Customer(code="C002", name="杭州远大机械有限公司")
        s.add(other)
    a = _confirmed(db, basics, [(basics.product, "5")])
    b = _confirmed(db, basics, [(basics.product, "7")])
    c = _confirmed(db, basics, [(basics.product, "3")], customer=other)
    draft = create_order(db, basics[Role.SALES], basics.customer, [(basics.product, "1")])
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    told = []
    monkeypatch.setattr(from_orders, "tell", lambda parent, text: told.append(text))

    _select(tab, draft.number)
    assert not tab.ship_button.isEnabled() and "draft" in tab.ship_button.toolTip().lower()
    _select(tab, a.number, c.number)
    assert not tab.ship_button.isEnabled() and "different customers" in tab.ship_button.toolTip()
    tab.ship()
    assert tab.dialog is None and "one shipment goes to one customer" in told[-1]
    # two orders of one customer: one dialog with the open lines of both
    _select(tab, a.number, b.number)
    assert tab.ship_button.isEnabled()
    assert not tab.status_button.isEnabled()  # a status change is for one order at a time
    tab.ship()
    dialog = tab.dialog
    assert sorted((ln.order_number, ln.open_qty) for ln in dialog.data.lines) == [
        (a.number, D(5)), (b.number, D(7))]
    dialog.submit()
    view = shipping_open.last_opened.view
    assert {ln.order_number for ln in view.lines} == {a.number, b.number}
    with db.read() as s:
        assert {s.get(SalesOrder, x.id).status for x in (a, b)} == {OrderStatus.SHIPPED}

    # roles that may not ship have no action at all
    for role in (Role.SALES, Role.PRODUCTION):
        other_tab = _tab(make_ctx, qtbot, basics[role])
        _select(other_tab, c.number)
        assert not other_tab.ship_button.isVisibleTo(other_tab) and not other_tab.ship_button.isEnabled()


def test_over_shipment_and_missing_stock_are_refused_next_to_the_line(db, basics, make_ctx, qtbot):
    _stock(db, basics.product, basics.finished_store, "20")
    _stock(db, basics.gear, basics.raw_store, "2")
    so = _confirmed(db, basics, [(basics.product, "8"), (basics.gear, "5")])
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    _select(tab, so.number)
    tab.ship()
    dialog = tab.dialog
    p, g = _row(dialog, "FG-100"), _row(dialog, "FG-200")
    dialog.location.setCurrentIndex(dialog.location.findData(str(basics.finished_store.id)))
    assert dialog.qty_edits[g].text() == "0"  # none at FG: left out unless typed
    dialog.qty_edits[p].setText("9")
    dialog.submit()
    assert dialog.isVisible() and "Only 8 left to ship" in dialog.message(p) and dialog.message(g) == ""
    dialog.qty_edits[p].setText("7")
    dialog.qty_edits[g].setText("1")
    dialog.submit()
    assert "Not enough stock: FG-200 at FG has 0" in dialog.message(g) and dialog.message(p) == ""
    # at RAW the gear is there: an untouched default follows the location, the typed 7 stays
    dialog.location.setCurrentIndex(dialog.location.findData(str(basics.raw_store.id)))
    assert dialog.table.item(g, 6).text() == "2" and dialog.qty_edits[p].text() == "7"
    assert dialog.table.item(p, 6).text() == "0"
    dialog.qty_edits[p].setText("")
    dialog.qty_edits[g].setText("2")
    dialog.submit()
    assert not dialog.isVisible()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Shipment)) == 1
    assert _on_hand(db, basics.gear, basics.raw_store) == D(0)
    assert _on_hand(db, basics.product, basics.finished_store) == D(20)  # nothing left the other location


class LosesFirstAnswer:
    """A runner whose first write commits but whose answer is lost (the network failed)."""

    def __init__(self, inner):
        self.inner, self.lost = inner, False

    def run(self, fn, on_done=None, on_error=None, **kw):
        if not self.lost and on_error is not None and getattr(on_error, "__name__", "") == "_failed":
            self.lost = True
            fn()
            return on_error(OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly")))
        return self.inner.run(fn, on_done, on_error, **kw)


def test_a_second_press_after_a_lost_answer_counts_once(db, basics, make_ctx, qtbot):
    _stock(db, basics.product, basics.finished_store, "20")
    so = _confirmed(db, basics, [(basics.product, "10")])
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    _select(tab, so.number)
    tab.ship()
    dialog = tab.dialog
    dialog.qty_edits[0].setText("6")
    dialog.ctx.runner = LosesFirstAnswer(dialog.ctx.runner)
    dialog.submit()
    assert dialog.isVisible() and "it will count once" in dialog.feedback.text()
    assert _on_hand(db, basics.product, basics.finished_store) == D(14)  # it did arrive
    dialog.submit()  # the same input: the same op id
    assert not dialog.isVisible() and dialog.result_view.replayed
    assert _on_hand(db, basics.product, basics.finished_store) == D(14)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Shipment)) == 1
        assert s.scalar(select(SalesOrderLine.shipped_qty).where(SalesOrderLine.order_id == so.id)) == D(6)


def test_order_dialog_shows_line_shipments_as_links_and_closes_short(db, basics, make_ctx, qtbot, monkeypatch):
    _stock(db, basics.product, basics.finished_store, "50")
    so = _confirmed(db, basics, [(basics.product, "10"), (basics.gear, "3")])
    supply, sales = basics[Role.SUPPLY], basics[Role.SALES]
    with db.write(supply) as s:
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(so.lines[0].id, D(4))], basics.finished_store.id,
                               shipped_at=dt.datetime(2026, 11, 24, 2, tzinfo=dt.UTC))
        shipping.post_shipment(s, supply, [shipping.ShipLineInput(so.lines[0].id, D(6))], basics.finished_store.id,
                               shipped_at=dt.datetime(2026, 11, 26, 2, tzinfo=dt.UTC))
    tab = _tab(make_ctx, qtbot, sales)
    _select(tab, so.number)
    tab.edit_order()
    dialog = tab.dialog
    box = dialog.shipments
    rows = [[box.model.data(box.model.index(r, c)) for c in (0, 3, 4, 7, 8, 9)] for r in range(box.model.rowCount())]
    assert rows == [["1", "10", "0", "FH-2026-00001", "2026-11-24", "4"], ["", "", "", "FH-2026-00002", "2026-11-26", "6"],
                    ["2", "0", "3", "", "", ""]]
    # a shipment number is a link: a click opens the shipment
    assert box.model.link(box.model.row_at(1), line_shipments.COL_SHIPMENT) == "FH-2026-00002"
    box.links.open_row(1)
    assert shipping_open.last_opened.view.number == "FH-2026-00002"
    # close short: only for a line with something open
    box.select_line(1)
    assert not box.close_button.isEnabled()
    box.select_line(2)
    assert box.close_button.isEnabled()
    monkeypatch.setattr(line_shipments, "ask_reason", lambda parent, line: "  ")
    box.close_short()
    assert "why" in box.message.text().lower()
    monkeypatch.setattr(line_shipments, "ask_reason", lambda parent, line: "客户取消余量")
    box.close_short()
    with db.read() as s:
        order = s.get(SalesOrder, so.id)
        line2 = next(ln for ln in order.lines if ln.line_no == 2)
        assert order.status == OrderStatus.SHIPPED and (line2.short_closed_qty, line2.close_reason) == (
            D(3), "客户取消余量")
    assert box.model.data(box.model.index(2, 5)) == "3 (客户取消余量)"
    assert dialog.read_only and "Shipped" in dialog.windowTitle()
    box.select_line(2)
    assert not box.close_button.isEnabled()
    # supply sees the shipments, but closing short is for roles that change orders
    dialog.close()
    supply_tab = _tab(make_ctx, qtbot, supply)
    _select(supply_tab, so.number)
    supply_tab.edit_order()
    assert not supply_tab.dialog.shipments.close_button.isVisibleTo(supply_tab.dialog)


@pytest.mark.parametrize("lang, words", [("zh", ["送货单", "收货人签字", "已冲回 7.5"]),
                                         ("en", ["DELIVERY NOTE", "Received by", "7.5 reversed"])])
def test_the_delivery_note_pdf_holds_the_shipment(db, basics, qapp, tmp_path, lang, words):
    from sopdesk.services import stock_ops

    _stock(db, basics.product, basics.finished_store, "50")
    so = _confirmed(db, basics, [(basics.product, "10"), (basics.gear, "3")])
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        view = shipping.post_shipment(s, supply, [shipping.ShipLineInput(so.lines[0].id, D("7.5"))],
                                      basics.finished_store.id, note="周五前送到",
                                      shipped_at=dt.datetime(2026, 11, 24, 2, tzinfo=dt.UTC))
        move_id = s.get(Shipment, view.id).lines[0].move_id
    with db.write(supply) as s:  # the customer sent it back: the note says so
        stock_ops.reverse(s, supply, move_id, "客户退回")
    with db.read() as s:
        view = shipping.get_shipment(s, supply, view.id)
    note = delivery_note.build(view, lang=lang, factory_name="苏州精工泵业有限公司")
    assert [(ln.order, ln.item_code, ln.qty) for ln in note.lines] == [(f"{so.number}/1", "FG-100", D("7.5"))]
    assert note.total == "7.5" and "FH-2026-00001" in dict(note.header).values()
    path = printing.write_pdf(note, tmp_path / note.file_name)
    text = _pdf_text(path)
    flat = " ".join(text.split())
    assert "FH-2026-00001" in text and "苏州精工泵业有限公司" in flat and "周五前送到" in flat
    for word in words:
        assert word.replace(" ", "") in flat.replace(" ", "")
    with pytest.raises(ValueError):
        delivery_note.build(view, lang="fr")


def test_the_import_wizard_offers_shipments_and_posts_them(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    from sopdesk.excel import CellError
    from sopdesk.ui.importer.wizard import ImportWizard, cell_message
    from tests.excel.helpers import write_xlsx
    from tests.ui.test_import_wizard import choose, click_next

    _stock(db, basics.product, basics.finished_store, "10")
    so = _confirmed(db, basics, [(basics.product, "6")])
    path = write_xlsx(tmp_path / "发货台账.xlsx", {"发货": [["订单号", "产品编码", "发货数量", "发货日期", "仓库"],
                                                      [so.number, "FG-100", 4, "2026-11-25", "FG"]]})
    wizard = ImportWizard(make_ctx(basics[Role.SUPPLY]))
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.file_page.kind_combo
    assert combo.itemText(combo.findData("shipments")) == "Shipments"
    sales_wizard = ImportWizard(make_ctx(basics[Role.SALES]))
    qtbot.addWidget(sales_wizard)
    assert sales_wizard.file_page.kind_combo.findData("shipments") == -1  # selling is not shipping
    choose(wizard, path, "shipments")
    click_next(wizard)
    click_next(wizard)
    assert wizard.currentPage() is wizard.preview_page and not wizard.dry.errors, shown_errors
    click_next(wizard)
    assert wizard.currentPage() is wizard.summary_page, shown_errors
    with db.read() as s:
        assert s.scalar(select(SalesOrderLine.shipped_qty).where(SalesOrderLine.order_id == so.id)) == D(4)
        assert s.get(SalesOrder, so.id).status == OrderStatus.PARTIALLY_SHIPPED
    over = CellError("发货", 2, "发货数量", 9, "only {qty} left to ship on {number} line {line_no}",
                     {"qty": "2", "number": so.number, "line_no": 1}, "over_shipment", "qty", 2)
    assert cell_message(over) == f"Only 2 left to ship on {so.number} line 1."
