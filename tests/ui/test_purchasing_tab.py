"""The Purchasing tab (采购): new PO → confirm → receive → close short, each button enabled only
when possible and permitted; a stale save opens the conflict dialog; a PO number opens the
PO; POs from shortage rows in one step (the acceptance: the PO appears in the list and, once
confirmed, covers the shortage); the supplier's on-time rate on the Master data tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from sopdesk.models import POStatus, Role
from sopdesk.services import ledger, purchasing
from sopdesk.ui import documents
from sopdesk.ui.inventory.receive_dialog import ReceiveDialog
from sopdesk.ui.orders.conflict_dialog import ConflictChoice, ConflictDialog
from sopdesk.ui.purchasing.close_dialog import CloseShortDialog
from sopdesk.ui.purchasing.from_shortage import FromShortageDialog
from sopdesk.ui.purchasing.po_dialog import PODialog
from sopdesk.ui.purchasing.tab import PurchasingTab

D = Decimal
TODAY = dt.date(2026, 11, 20)


def _tab(make_ctx, qtbot, actor, today=TODAY) -> PurchasingTab:
    tab = PurchasingTab(make_ctx(actor), today=today)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    tab.activate()
    return tab


def _new_po(tab, lines, supplier="S001") -> PODialog:
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PODialog) and not dialog.read_only
    dialog.supplier.setText(supplier)
    dialog.supplier.editingFinished.emit()
    for code, qty, price in lines:
        dialog.lines.item.setText(code)
        dialog.lines.qty.setText(qty)
        dialog.lines.price.setText(price)
        assert dialog.lines.add_from_entry()
    return dialog


def _buttons(tab):
    return {name: getattr(tab, f"{name}_button").isEnabled()
            for name in ("open", "confirm", "cancel", "close", "receive")}


def test_create_confirm_receive_close_short(db, basics, make_ctx, qtbot, shown_errors):
    supply = basics[Role.SUPPLY]
    tab = _tab(make_ctx, qtbot, supply)
    assert tab.rows == [] and not any(_buttons(tab).values())

    dialog = _new_po(tab, [("RM-001", "0", "")])
    assert "Lead time 10 days" in dialog.supplier_info.text()
    assert dialog.lines.lines()[0].expected_date == dt.date(2026, 11, 30)  # order date + the supplier's lead time
    dialog.save()
    assert dialog.isVisible() and "greater than zero" in dialog.lines.lines_error.text()  # nothing saved
    dialog.lines.table.item(0, 2).setText("100")
    dialog.save()
    assert not dialog.isVisible() and dialog.saved.number == "PO-2026-00001"
    [row] = tab.rows
    assert (row.status, row.amount, row.next_expected, row.supplier_code) == (POStatus.DRAFT, D("630.00"), None, "S001")
    assert tab.selected_row() == row  # the saved order is selected
    assert _buttons(tab) == {"open": True, "confirm": True, "cancel": True, "close": False, "receive": False}
    assert tab.open_button.text() == "Edit"

    tab.confirm_button.click()
    row = tab.select("PO-2026-00001")
    assert row.status == POStatus.CONFIRMED and row.next_expected == dt.date(2026, 11, 30)
    assert _buttons(tab) == {"open": True, "confirm": False, "cancel": True, "close": False, "receive": True}

    tab.receive_button.click()
    receive = tab.dialog
    assert isinstance(receive, ReceiveDialog) and receive.search.text() == "PO-2026-00001"
    assert receive.model.rowCount() == 1 and receive.qty.text() == "100"
    receive.qty.setText("40")
    receive.submit()
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == D(40)
    receive.close()
    row = tab.select("PO-2026-00001")
    assert row.status == POStatus.PARTIAL and row.received_any  # the tab followed the receipt
    assert _buttons(tab) == {"open": True, "confirm": False, "cancel": False, "close": True, "receive": True}
    assert tab.open_button.text() == "Open"  # a partly received order is no longer edited

    tab.close_button.click()
    close = tab.dialog
    assert isinstance(close, CloseShortDialog) and not close.close_button.isEnabled()
    assert "Line 1 RM-001 铸铁 HT250: 60 kg will not arrive" in close.lines_label.text()
    close.reason.setText("供应商停产")
    close.submit()
    row = tab.select("PO-2026-00001")
    assert row.status == POStatus.CLOSED
    assert _buttons(tab) == {"open": True, "confirm": False, "cancel": False, "close": False, "receive": False}
    assert tab.message.text() == "PO-2026-00001 closed short."

    tab.open_button.click()
    shown = tab.dialog
    assert isinstance(shown, PODialog) and shown.read_only and shown.save_button.isHidden()
    assert shown.closed_info.text() == "Line 1: 60 closed short — 供应商停产"
    assert shown.lines.table.item(0, 7).text() == "40, 60 closed short"
    assert shown_errors == []


def test_cancel_filters_and_export_follow_the_screen(db, basics, make_ctx, qtbot, shown_errors):
    supply = basics[Role.SUPPLY]
    tab = _tab(make_ctx, qtbot, supply)
    _new_po(tab, [("RM-001", "10", "6.5")]).save()
    _new_po(tab, [("RM-001", "5", ""), ("FG-100", "2", "")]).save()
    assert [(r.number, r.amount) for r in tab.rows] == [("PO-2026-00002", D("191.75")), ("PO-2026-00001", D("65.00"))]
    tab.select("PO-2026-00001")
    tab.cancel_button.click()
    assert tab.select("PO-2026-00001").status == POStatus.CANCELLED and not tab.cancel_button.isEnabled()

    tab.status.setCurrentIndex(tab.status.findData("draft"))
    assert [r.number for r in tab.rows] == ["PO-2026-00002"]
    tab.search.setText("FG-100")
    tab.refresh()
    assert [r.number for r in tab.rows] == ["PO-2026-00002"]
    tab.search.setText("nothing like it")
    tab.refresh()
    assert tab.rows == [] and tab.count_label.text() == "0 purchase orders"
    tab.search.clear()
    tab.status.setCurrentIndex(0)
    tab.supplier.setCurrentIndex(tab.supplier.findData(str(basics.supplier.id)))
    tab.late_only.setChecked(True)
    assert tab.rows == []
    exp = tab.export_request()
    assert exp.kind == "purchase-orders" and exp.filters == {
        "search": "", "supplier_id": str(basics.supplier.id), "status": None, "late_only": True, "today": TODAY}
    tab.late_only.setChecked(False)
    tab.select("PO-2026-00002")
    tab.confirm_button.click()
    later = _tab(make_ctx, qtbot, supply, today=dt.date(2026, 12, 5))  # PO2's lines were due on 11-30
    assert [(r.number, r.late_lines) for r in later.rows] == [("PO-2026-00002", 2), ("PO-2026-00001", 0)]
    assert later.view.item(0, 3).text() == "Confirmed · late" and later.view.item(0, 8).text() == "0.0%"
    later.late_only.setChecked(True)
    assert [r.number for r in later.rows] == ["PO-2026-00002"]
    assert shown_errors == []


def test_a_stale_save_opens_the_conflict_dialog(db, basics, make_ctx, qtbot, monkeypatch, shown_errors):
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    tab = _tab(make_ctx, qtbot, supply)
    _new_po(tab, [("RM-001", "10", "")]).save()
    tab.select("PO-2026-00001")
    tab.open_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PODialog) and dialog.lines.lines()[0].qty == "10"
    with db.write(manager) as s:  # another PC saves first
        po = purchasing.get_po(s, manager, dialog.po.id)
        data = purchasing.POInput(supplier_id=po.supplier_id, order_date=po.order_date, lines=[
            purchasing.POLineInput(item_id=po.lines[0].item_id, qty=D(12), expected_date=po.lines[0].expected_date,
                                   line_id=po.lines[0].id)])
        purchasing.update_po(s, manager, po.id, po.version, data)
    seen = {}

    def ask(self):
        seen["rows"] = [(r.label, r.mine, r.theirs) for r in self.compare_rows if r.differs]
        return ConflictChoice.RELOAD

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    dialog.lines.table.item(0, 2).setText("15")
    dialog.save()
    assert dialog.isVisible() and seen["rows"] == [("Line 1", "RM-001 × 15 @ 6.3 → 2026-11-30",
                                                    "RM-001 × 12 @ 6.3 → 2026-11-30")]
    assert dialog.lines.lines()[0].qty == "12" and dialog.version == po.version + 1  # theirs, reloaded
    dialog.lines.table.item(0, 2).setText("15")
    dialog.save()
    with db.read() as s:
        assert purchasing.get_po(s, supply, po.id).lines[0].qty == D(15)
    assert shown_errors == []


def test_a_po_number_opens_the_po_read_only_for_sales(db, basics, make_ctx, qtbot, shown_errors):
    supply, sales = basics[Role.SUPPLY], basics[Role.SALES]
    tab = _tab(make_ctx, qtbot, supply)
    _new_po(tab, [("RM-001", "10", "")]).save()
    from sopdesk.ui.purchasing import open as po_open

    ctx = make_ctx(sales)
    assert documents.can_open("PO-2026-00001/1")
    assert documents.open_document(ctx, None, "PO-2026-00001/1")  # as a move's reference or a cover shows it
    [opened] = list(po_open._OPEN)  # noqa: SLF001
    assert isinstance(opened, PODialog) and opened.read_only and opened.po.number == "PO-2026-00001"
    assert "your role cannot change" in opened.hint.text()
    assert opened.lines.table.item(0, 1).text() == "RM-001 铸铁 HT250"
    assert not documents.open_document(ctx, None, "PO-2026-00099")
    opened.close()
    sales_tab = _tab(make_ctx, qtbot, sales)
    assert sales_tab.new_button.isHidden() and sales_tab.receive_button.isHidden()
    sales_tab.select("PO-2026-00001")
    assert sales_tab.open_button.isEnabled() and sales_tab.open_button.text() == "Open"
    assert shown_errors == []


def test_shortage_rows_to_a_po_that_covers_them(db, make_ctx, qtbot, shown_errors):
    """The acceptance: create a PO from shortage rows → it appears in the PO list and, once
    confirmed, covers the shortage (tests/test_po_from_shortage.py's world, worked by hand)."""
    from PySide6.QtCore import QItemSelectionModel

    from sopdesk.ui.inventory.tab import InventoryTab
    from tests.test_po_from_shortage import TODAY as DAY
    from tests.test_po_from_shortage import shortage_world

    w = shortage_world(db)
    supply = w[Role.SUPPLY]
    ctx = make_ctx(supply)
    inventory = InventoryTab(ctx)
    qtbot.addWidget(inventory)
    inventory.resize(1400, 700)
    inventory.show()
    inventory.activate()
    inventory.pages.setCurrentWidget(inventory.shortages)
    short = inventory.shortages
    short.today = DAY
    codes = [short.model.row_at(n).code for n in range(short.model.rowCount())]
    assert codes == ["RM-001", "SF-10", "FG-100", "RM-002"]
    assert not short.buy_button.isHidden() and not short.buy_button.isEnabled()
    short.view.selectRow(codes.index("FG-100"))
    assert not short.buy_button.isEnabled()  # a made item: a work order cures it
    sel = short.view.selectionModel()
    for code in ("RM-001", "RM-002"):
        sel.select(short.model.index(codes.index(code), 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert short.buy_button.isEnabled()
    short.buy_button.click()
    dialog = short.dialog
    assert isinstance(dialog, FromShortageDialog)
    table = [[dialog.table.item(r, c).text() for c in (0, 1, 2, 4, 5, 7)] for r in range(dialog.table.rowCount())]
    assert table == [["S001 苏州恒达机械有限公司", "RM-001 铸铁 HT250", "29.4", "2026-12-10", "2026-12-10", "185.22"],
                     ["S001 苏州恒达机械有限公司", "RM-002 密封圈", "14", "2026-12-10", "2026-12-10", "21.00"]]
    assert "drafts" in dialog.intro.text() and "FG-100 泵体总成" in dialog.skipped.text()
    assert dialog.warnings.isHidden() and dialog.create_button.text() == "Create the draft order"
    dialog.create_button.click()
    assert dialog.created.numbers == ("PO-2026-00003",) and "PO-2026-00003" in dialog.result.text()
    assert not dialog.create_button.isEnabled()
    dialog.close()

    tab = PurchasingTab(ctx, today=DAY)  # the same session: the inventory tab hears its changes
    qtbot.addWidget(tab)
    tab.show()
    tab.activate()
    row = tab.select("PO-2026-00003")
    assert (row.status, row.amount, row.lines) == (POStatus.DRAFT, D("206.22"), 2)  # in the PO list
    rows = {short.model.row_at(n).code: short.model.row_at(n) for n in range(short.model.rowCount())}
    assert rows["RM-001"].uncovered_qty == D("29.4")  # a draft covers nothing yet
    tab.confirm_button.click()
    assert tab.select("PO-2026-00003").status == POStatus.CONFIRMED
    rows = {short.model.row_at(n).code: short.model.row_at(n) for n in range(short.model.rowCount())}
    assert (rows["RM-001"].uncovered_qty, rows["RM-002"].uncovered_qty) == (0, 0)  # covered
    assert "PO-2026-00003/1" in [c.number for c in rows["RM-001"].covers]
    assert shown_errors == []


def test_the_supplier_shows_its_on_time_rate_in_master_data(db, basics, make_ctx, qtbot):
    from sopdesk.ui.masterdata.tab import MasterDataTab

    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        for expected, got_at in ((dt.date(2026, 11, 10), 9), (dt.date(2026, 11, 12), 14)):
            po = purchasing.create_po(s, supply, purchasing.POInput(
                supplier_id=basics.supplier.id, order_date=dt.date(2026, 11, 2), lines=[purchasing.POLineInput(
                    item_id=basics.material.id, qty=D(5), expected_date=expected)]))
            po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
            purchasing.receive_line(s, supply, po.lines[0].id, D(5), basics.raw_store.id,
                                    received_at=dt.datetime(2026, 11, got_at, 2, tzinfo=dt.UTC))
    tab = MasterDataTab(make_ctx(supply))
    qtbot.addWidget(tab)
    tab.today = TODAY
    tab.activate()
    keys = [tab.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.kinds.count())]
    tab.kinds.setCurrentRow(keys.index("suppliers"))
    tab.table.selectRow(0)
    assert tab.supplier_rate.text() == "On-time arrival 50.0%: 1 of 2 lines due over the last 12 months"
    assert not tab.supplier_rate.isHidden()
    tab.kinds.setCurrentRow(0)  # items: no such line
    tab.table.selectRow(0)
    assert tab.supplier_rate.isHidden()
