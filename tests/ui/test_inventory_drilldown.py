"""Inventory drill-down and exports that follow the screen (issue 10, items 5 and 6), on
SQLite and PostgreSQL: a shortage row opens the demands behind it and what covers it; a
document number there and in the moves dialog opens the document (SO); File → Export of
the on-hand, health and shortage sub-tabs writes exactly the rows on screen, in order.

The world is tests/test_inventory_world.py's (hand-computed in tests/test_inventory_shortage.py):
FG-100 = 2 SF-10 + 4 RM-002 (5 % scrap); SF-10 = 1.5 RM-001 (10 % scrap). Stock FG-100 5,
SF-10 4, RM-002 30 (+100 quarantine), RM-001 10. SO1 FG-100 15 by Dec 1, SO2 10 by Dec 10,
WO-2026-00007 FG-100 6 (Nov 28 - Nov 30), PO1 RM-001 20 by Nov 29, PO2 RM-002 40 by Dec 5.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from sopdesk.models import MoveType, Role
from sopdesk.services import ledger, stock_ops
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui import documents
from sopdesk.ui.importer import export_list, export_request
from sopdesk.ui.inventory.tab import InventoryTab
from sopdesk.ui.orders.order_dialog import OrderDialog
from tests.test_inventory_world import (
    at,
    make_world,
    opening,
    purchase_order,
    sales_order,
    work_order,
)

D = Decimal
NOW = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def plan(db):
    w = make_world(db)
    opening(db, w.product, w.fg, "5", at(1))
    opening(db, w.semi, w.raw, "4", at(1))
    opening(db, w.seal, w.raw, "30", at(1))
    opening(db, w.seal, w.qc, "100", at(1))
    opening(db, w.iron, w.raw, "10", at(1))
    w.so1 = sales_order(db, w, w.product, "15", dt.date(2026, 12, 1))
    w.so2 = sales_order(db, w, w.product, "10", dt.date(2026, 12, 10))
    w.wo = work_order(db, "WO-2026-00007", w.product, "6", dt.date(2026, 11, 28), dt.date(2026, 11, 30))
    w.po1 = purchase_order(db, w, [(w.iron, "20", dt.date(2026, 11, 29))])
    w.po2 = purchase_order(db, w, [(w.seal, "40", dt.date(2026, 12, 5))])
    return w


def _tab(make_ctx, qtbot, actor) -> InventoryTab:
    tab = InventoryTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.resize(1300, 650)
    tab.show()
    tab.activate()
    return tab


def _rows(view) -> list:
    return [view.model.row_at(i) for i in range(view.model.rowCount())]


def _open_shortage(tab, code):
    tab.pages.setCurrentWidget(tab.shortages)
    row = next(i for i, r in enumerate(_rows(tab.shortages)) if r.code == code)
    tab.shortages.view.doubleClicked.emit(tab.shortages.model.index(row, 3))
    return tab.shortages.dialog


def _xlsx(path) -> list[tuple]:
    ws = openpyxl.load_workbook(path, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    return rows[1:]


def _export(tab, tmp_path, name) -> list[tuple]:
    """File → Export as the main window does it: ask the tab, write, read the file back."""
    request = export_request(tab.ctx, "inventory", tab)
    path = tmp_path / f"{name}.xlsx"
    export_list(tab.ctx, tab, request, str(path))
    return _xlsx(path)


def _click(view, row, col, qtbot):
    rect = view.visualRect(view.model().index(row, col))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _order_dialogs(parent) -> list[OrderDialog]:
    return [d for d in parent.findChildren(OrderDialog) if d.isVisible()]


def test_a_shortage_row_opens_its_demands_and_covers(plan, make_ctx, qtbot, shown_errors):
    w = plan
    tab = _tab(make_ctx, qtbot, w[Role.SUPPLY])
    dialog = _open_shortage(tab, "RM-001")
    assert dialog is not None and "RM-001" in dialog.windowTitle()
    assert "short 49.4" in dialog.head.text() and "not covered 29.4" in dialog.head.text()
    demands = _rows_of(dialog.demands)
    # RM-001 is needed through SF-10: for WO-2026-00007 on Nov 28, SO1 Dec 1, SO2 Dec 10
    assert [(d.number, d.qty, d.need_date) for d in demands] == [
        ("WO-2026-00007", D("13.2"), dt.date(2026, 11, 28)),
        (f"{w.so1.number}/1", D("13.2"), dt.date(2026, 12, 1)),
        (f"{w.so2.number}/1", D("33"), dt.date(2026, 12, 10)),
    ]
    so_line = demands[1]
    assert so_line.document == w.so1.number and so_line.party == "宁波东方机电有限公司"
    assert so_line.for_item == "FG-100 泵体总成" and demands[0].for_item == "FG-100 泵体总成"
    cells = [dialog.demands.index(1, c).data() for c in range(6)]
    assert cells == [f"{w.so1.number}/1", "Sales order", "宁波东方机电有限公司", "FG-100 泵体总成", "13.2",
                     "2026-12-01"]
    covers = _rows_of(dialog.covers)
    po = w.po1.number
    # PO1's 20 arrive Nov 29: 3.2 of them late for the Nov 28 need, 16.8 in time
    assert sorted((c.document, c.qty, c.late) for c in covers) == [(po, D("3.2"), True), (po, D("16.8"), False)]
    assert {c.party for c in covers} == {"苏州恒达机械有限公司"} and {c.date for c in covers} == {dt.date(2026, 11, 29)}
    assert not dialog.no_cover.isVisibleTo(dialog)
    dialog.reject()

    dialog = _open_shortage(tab, "FG-100")  # a made item: covered by its work order
    assert [(c.number, c.qty, c.late, c.kind) for c in _rows_of(dialog.covers)] == [
        ("WO-2026-00007", D("6"), False, "work_order")]
    assert [d.document for d in _rows_of(dialog.demands)] == [w.so1.number, w.so2.number]
    assert dialog.demands.index(0, 4).data() == "15"  # what SO1 needs (5 of it from stock)
    assert not shown_errors
    dialog.reject()


def _rows_of(model) -> list:
    return [model.row_at(i) for i in range(model.rowCount())]


def test_parties_are_named_only_to_roles_that_may_see_them(plan, make_ctx, qtbot):
    tab = _tab(make_ctx, qtbot, plan[Role.SHOPFLOOR])  # stock view, no orders, no POs
    dialog = _open_shortage(tab, "RM-001")
    assert {d.party for d in _rows_of(dialog.demands)} == {""}
    assert {c.party for c in _rows_of(dialog.covers)} == {""}
    assert len(_rows_of(dialog.demands)) == 3
    dialog.reject()


def test_a_document_number_click_opens_the_sales_order(plan, make_ctx, qtbot, shown_errors):
    w = plan
    assert documents.can_open(w.so1.number) and not documents.can_open("AJ-2026-00001")
    for role, editable in ((Role.SALES, True), (Role.SUPPLY, False)):
        tab = _tab(make_ctx, qtbot, w[role])
        dialog = _open_shortage(tab, "FG-100")
        link = dialog.demands.index(0, 0)
        assert link.data(Qt.ItemDataRole.FontRole).underline()
        assert link.data(Qt.ItemDataRole.ToolTipRole) == f"Open {w.so1.number}"
        assert dialog.demands.index(0, 2).data(Qt.ItemDataRole.FontRole) is None  # only the number is a link
        _click(dialog.demand_view, 0, 0, qtbot)
        opened = _order_dialogs(dialog)
        assert len(opened) == 1, role
        order = opened[0]
        assert order.order.number == w.so1.number and w.so1.number in order.windowTitle()
        assert order.lines.table.rowCount() == 1 and "FG-100" in order.lines.table.item(0, 1).text()
        assert order.read_only == (not editable), role
        assert order.save_button.isVisibleTo(order) == editable
        order.reject()
        dialog.reject()
    assert not shown_errors
    # a number no order has opens nothing
    ctx = make_ctx(w[Role.SALES])
    assert documents.open_document(ctx, None, "SO-1999-99999") is False


def test_the_moves_dialog_links_document_numbers_it_can_open(db, plan, make_ctx, qtbot, shown_errors):
    w = plan
    line_id = w.so1.lines[0].id
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(
            w.product.id, w.fg.id, D("-2"), MoveType.SHIPMENT, moved_at=at(20), ref_type="sales_order_line",
            ref_id=line_id, ref_number=f"{w.so1.number}/1")])
        stock_ops.adjust(s, SYSTEM, w.product.id, w.fg.id, D("1"), "found", moved_at=at(21))
    tab = _tab(make_ctx, qtbot, w[Role.SALES])
    row = next(i for i in range(tab.model.rowCount()) if tab.model.row_at(i).code == "FG-100")
    tab.view.selectRow(row)
    tab.show_moves()
    moves = tab.dialog
    rows = _rows_of(moves.moves)
    numbers = [m.ref_number for m in rows]
    ship = numbers.index(f"{w.so1.number}/1")
    adjust = next(i for i, m in enumerate(rows) if m.move_type == MoveType.ADJUSTMENT)
    assert moves.moves.index(ship, 4).data(Qt.ItemDataRole.FontRole).underline()
    assert moves.moves.index(adjust, 4).data(Qt.ItemDataRole.FontRole) is None  # plain text
    assert moves.moves.index(adjust, 4).data().startswith("AJ-")
    assert moves.links.open_row(adjust) is False and not _order_dialogs(moves)
    _click(moves.move_view, ship, 4, qtbot)
    opened = _order_dialogs(moves)
    assert [d.order.number for d in opened] == [w.so1.number]
    opened[0].reject()
    moves.reject()
    assert not shown_errors
