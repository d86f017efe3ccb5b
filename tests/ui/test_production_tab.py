"""The Production tab (生产): create a work order, release it, issue material, report output
(stock rises, progress shows), close; make-to-order proposals; a WO number opens the work
order; who sees the tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QApplication, QLineEdit

from sopdesk.models import OrderStatus, Role, SalesOrder, SalesOrderLine, WorkOrderStatus
from sopdesk.services import ledger
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui import documents
from sopdesk.ui.production.dialogs import NewWorkOrderDialog, ReportDialog, WorkOrderDialog
from sopdesk.ui.production.tab import ProductionTab
from sopdesk.ui.shopfloor.issue_dialog import IssueDialog
from sopdesk.ui.tabs import tabs_for
from tests.shopfloor_factory import TODAY, make_floor


def _tab(make_ctx, qtbot, actor) -> ProductionTab:
    tab = ProductionTab(make_ctx(actor), today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1300, 600)
    tab.show()
    tab.activate()
    return tab


def _select(tab, number):
    row = next(n for n, r in enumerate(tab.rows) if r.number == number)
    tab.view.selectRow(row)
    return tab.rows[row]


def test_create_release_issue_report_close(db, basics, make_ctx, qtbot, shown_errors):
    floor = make_floor(db, basics)
    tab = _tab(make_ctx, qtbot, basics[Role.PRODUCTION])
    assert {r.number for r in tab.rows} == {floor.wo.number, floor.wo_flush.number, floor.wo_b.number}
    assert not tab.release_button.isEnabled()

    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, NewWorkOrderDialog)
    dialog.product.setCurrentIndex(dialog.product.findData(str(basics.product.id)))
    dialog.qty.setText("abc")
    dialog.submit()
    assert dialog.isVisible() and dialog.error.text()  # a bad quantity is named, nothing saved
    dialog.qty.setText("40")
    dialog.line.setCurrentIndex(dialog.line.findData(str(floor.line_a.id)))
    dialog.submit()
    new = next(r for r in tab.rows if r.status == WorkOrderStatus.PLANNED)
    assert (new.qty, new.work_center_code, new.planned_start) == (Decimal(40), "L1", TODAY)

    _select(tab, new.number)
    assert tab.release_button.isEnabled() and not tab.issue_button.isEnabled() and tab.cancel_button.isEnabled()
    tab.release_button.click()
    row = _select(tab, new.number)
    assert row.status == WorkOrderStatus.RELEASED and tab.issue_button.isEnabled()

    tab.issue_button.click()
    issue = tab.dialog
    assert isinstance(issue, IssueDialog) and issue.edits == []  # FG-100 has no BOM in these basics
    issue.close()

    tab.report_button.click()
    report = tab.dialog
    assert isinstance(report, ReportDialog)
    report.good.setText("30")
    report.location.setCurrentIndex(report.location.findData(str(basics.finished_store.id)))
    report.submit()
    row = _select(tab, new.number)
    assert (row.good_qty, row.status) == (Decimal(30), WorkOrderStatus.IN_PROGRESS)
    progress = tab.view.item(tab.view.currentRow(), 5).text()
    assert progress == "75%"
    with db.read() as s:
        assert ledger.on_hand(s, basics.product.id, basics.finished_store.id) == Decimal(30)
    assert not tab.cancel_button.isEnabled() and tab.close_button.isEnabled()
    tab.close_button.click()
    assert new.number not in {r.number for r in tab.rows}  # the list shows open ones by default
    tab.status.setCurrentIndex(tab.status.findData(None))
    row = _select(tab, new.number)
    assert row.status == WorkOrderStatus.DONE and not tab.close_button.isEnabled()
    assert shown_errors == []

    exp = tab.export_request()
    assert exp.kind == "work-orders" and exp.filters["open_only"] is False and exp.filters["today"] == TODAY


def test_issue_dialog_proposes_the_bom_and_posts(db, basics, make_ctx, qtbot, shown_errors):
    floor = make_floor(db, basics)
    tab = _tab(make_ctx, qtbot, basics[Role.PRODUCTION])
    _select(tab, floor.wo_flush.number)
    tab.issue_button.click()
    issue = tab.dialog
    assert [(p.item_code, e.text()) for p, e, _err in issue.edits] == [("RM-001", "105"), ("RM-010", "50")]
    issue.submit()
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id, basics.raw_store.id) == Decimal(895)
    row = _select(tab, floor.wo_flush.number)
    assert row.status == WorkOrderStatus.IN_PROGRESS


def test_proposal_creates_a_linked_work_order(db, basics, make_ctx, qtbot):
    with db.write(SYSTEM) as s:
        so = SalesOrder(number="SO-2026-00031", customer_id=basics.customer.id, order_date=TODAY, is_custom=True,
                        promised_date=dt.date(2026, 12, 18), status=OrderStatus.CONFIRMED)
        s.add(so)
        s.flush()
        s.add(SalesOrderLine(order_id=so.id, line_no=1, item_id=basics.product.id, qty=Decimal(8)))
    tab = _tab(make_ctx, qtbot, basics[Role.PRODUCTION])
    assert not tab.proposals_box.isHidden() and tab.proposals.rowCount() == 1
    tab.proposals.selectRow(0)
    tab.propose_button.click()
    dialog = tab.dialog
    assert dialog.qty.text() == "8" and dialog.end.date().toString("yyyy-MM-dd") == "2026-12-18"
    dialog.submit()
    [row] = tab.rows
    assert (row.sales_order_number, row.qty) == ("SO-2026-00031", Decimal(8))
    assert tab.proposals_box.isHidden()


def test_a_work_order_number_opens_it(db, basics, make_ctx, qtbot):
    floor = make_floor(db, basics)
    ctx = make_ctx(basics[Role.SALES])
    assert documents.can_open(floor.wo.number)
    assert documents.open_document(ctx, None, floor.wo.number)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkOrderDialog) and w.isVisible()]
    assert dialogs and floor.wo.number in dialogs[-1].windowTitle()
    assert not documents.open_document(ctx, None, "WO-2026-09999")
    for d in dialogs:
        d.close()


def test_who_sees_the_tab_and_what_they_may_do(db, basics, make_ctx, qtbot):
    assert "production" not in [t.id for t in tabs_for(basics[Role.SHOPFLOOR])]
    assert tabs_for(basics[Role.PRODUCTION])[0].id == "production"
    make_floor(db, basics)
    tab = _tab(make_ctx, qtbot, basics[Role.SALES])
    assert tab.rows and tab.new_button.isHidden() and tab.release_button.isHidden()
    assert tab.report_button.isHidden()
    assert isinstance(tab.text, QLineEdit)
