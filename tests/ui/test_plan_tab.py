"""The Plan tab (计划), offscreen on SQLite and PostgreSQL: run the plan from the tab, drill
down (pegging of a planned order, its documents, the weekly grid of a product), release into
purchase orders and a work order, and what sales may not do. The factory and its plan worked
by hand: tests/plan_factory.py."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel

from sopdesk.models import Role
from sopdesk.services import planning
from sopdesk.services.errors import render
from sopdesk.ui import documents
from sopdesk.ui.mainwindow import MainWindow
from sopdesk.ui.plan import messages
from sopdesk.ui.plan.tab import PlanTab
from sopdesk.ui.widgets import to_qdate
from tests.plan_factory import START, WEEKS, stage
from tests.plan_factory import run as plan_run

D = dt.date


@pytest.fixture
def factory(db, basics):
    return stage(db, basics)


def _tab(make_ctx, actor, qtbot) -> PlanTab:
    tab = PlanTab(make_ctx(actor), today=START)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.activate()
    return tab


def _run(tab: PlanTab) -> None:
    tab.start.setDate(to_qdate(D(2027, 1, 6)))
    tab.weeks.setValue(WEEKS)
    tab.run_button.click()


def _row(tab: PlanTab, code: str) -> int:
    return next(n for n, o in enumerate(tab.orders.rows) if o.item_code == code)


def _select(tab: PlanTab, *codes: str) -> None:
    view = tab.orders.view
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for code in codes:
        view.selectionModel().select(view.model().index(_row(tab, code), 0), flags)


def test_the_tab_templates_are_the_services_messages():
    assert messages.TEMPLATES == planning.MESSAGES


def test_run_the_plan_from_the_tab_and_read_it(db, factory, make_ctx, qtbot, shown_errors):
    tab = _tab(make_ctx, factory.basics[Role.PRODUCTION], qtbot)
    assert tab.plan is None and tab.header.text() == "No plan yet." and tab.run_button.isEnabled()
    with qtbot.waitSignal(tab.sig_ready) as ready:
        _run(tab)
    assert ready.args == [5] and not shown_errors and not tab.running and tab.busy.isHidden()
    assert "by production user" in tab.header.text() and "from 2027-01-04 (2027-W01) · 6 weeks" in tab.header.text()
    assert tab.message.text() == "Planned 6 weeks from 2027-01-04: 5 planned orders, 4 exceptions."
    assert [(o.item_code, o.kind) for o in tab.orders.rows] == [
        ("M-1", "purchase"), ("M-2", "purchase"), ("M-3", "purchase"), ("RM-001", "purchase"), ("P-1", "make")]
    cells = [tab.orders.view.item(_row(tab, "P-1"), c).text() for c in range(8)]
    assert cells == ["P-1", "水泵 P1", "Make", "40", "2027-W02  2027-01-11", "2027-W03  2027-01-18", "WC1", ""]
    late = tab.orders.view.item(_row(tab, "M-1"), 4)
    assert late.background().color().name() == "#fde2e1" and "Past due" in late.toolTip()
    assert tab.orders.view.item(_row(tab, "M-3"), 6).text() == "no supplier"
    tab.orders.kind.setCurrentIndex(tab.orders.kind.findData("make"))
    assert [o.item_code for o in tab.orders.rows] == ["P-1"]
    tab.orders.kind.setCurrentIndex(0)
    # the exceptions, in the same words as the command line
    expected = [render(planning.MESSAGES[e.kind], e.params) for e in tab.plan.exceptions]
    assert tab.exception_texts() == expected
    assert "M-1: 80 due in week 2027-01-11 should have been released 1 week(s) before the start" in expected
    assert "M-3: on hand 0 is below the safety stock 10" in expected


def test_pegging_and_the_weekly_grid(db, factory, make_ctx, qtbot, monkeypatch):
    tab = _tab(make_ctx, factory.basics[Role.SUPPLY], qtbot)
    plan_run(db, factory.basics[Role.PRODUCTION])
    tab.load()
    assert not tab.run_button.isEnabled()  # supply reads the plan production runs
    _select(tab, "P-1")
    panel = tab.orders
    assert panel.why.text() == ("Make 40 of P-1 on WC1: start in week 2027-W02 so that it is done by 2027-01-18, "
                                "when the demands below need it.")
    assert [panel.pegs.item(0, c).text() for c in range(4)] == [
        "Sales order line", f"{factory.order_number}/1", "40", "2027-W03  2027-01-18"]
    assert panel.peg_why.text() == f"Why: order line {factory.order_number}/1 needs 40 in week 2027-W03."
    opened = []
    monkeypatch.setattr(documents, "open_document", lambda ctx, parent, number: opened.append(number) or True)
    panel.pegs.cellClicked.emit(0, 1)
    assert opened == [f"{factory.order_number}/1"]
    # the grid of the selected planned order's product
    grid = tab.grid
    assert grid.grid is not None and grid.grid.code == "P-1"
    assert grid.table.columnCount() == WEEKS
    assert grid.table.horizontalHeaderItem(2).text() == "2027-W03\n2027-01-18"
    assert grid.row_values("gross") == ["", "", "40", "", "", ""]
    assert grid.row_values("receipts") == ["", "", "40", "", "", ""]
    assert grid.row_values("releases") == ["", "40", "", "", "", ""]
    assert grid.row_values("projected") == ["0"] * 6
    assert grid.row_values("unplanned") == ["0", "0", "-40", "-40", "-40", "-40"]
    assert grid.below_safety_weeks("unplanned") == [2, 3, 4, 5] and grid.below_safety_weeks() == []
    # M-1 serves P-1's planned order: the parent's planned order opens in the list
    _select(tab, "M-1")
    assert panel.why.text().startswith("Buy 80 of M-1 from SUP-A: order in week 2027-W01 so that it arrives by "
                                       "2027-01-11") and "past due" in panel.why.text()
    assert [panel.pegs.item(0, c).text() for c in range(3)] == ["Planned order of the parent", "P-1 2027-01-18", "80"]
    assert grid.grid.code == "M-1" and grid.row_values("gross") == ["", "80", "", "", "", ""]
    assert panel.open_peg(0) and [o.item_code for o in panel.selected()] == ["P-1"]
    # a planned receipt in the grid selects its planned order; an exception shows its item's grid
    grid.choose(factory.m2.id)
    assert grid.grid.code == "M-2"
    grid.table.cellClicked.emit(2, 1)
    assert [o.item_code for o in panel.selected()] == ["M-2"]
    tab.exc_kind.setCurrentIndex(tab.exc_kind.findData("below_safety"))
    assert [e.item_code for e in tab.exc_rows] == ["M-3", "RM-001"] and tab.exceptions.rowCount() == 2
    tab.exceptions.cellDoubleClicked.emit(0, 3)
    assert tab.pages.currentWidget() is grid and grid.grid.code == "M-3"
    assert grid.below_safety_weeks("unplanned") == list(range(WEEKS))  # nothing on hand, safety 10


def test_release_into_purchase_orders_and_a_work_order(db, factory, make_ctx, qtbot, shown_errors):
    manager = factory.basics[Role.MANAGER]
    tab = _tab(make_ctx, manager, qtbot)
    with qtbot.waitSignal(tab.sig_ready):
        _run(tab)
    assert not tab.release_button.isEnabled()  # nothing selected
    _select(tab, "M-3")
    assert not tab.release_button.isEnabled() and "supplier" in tab.release_button.toolTip()
    _select(tab, "M-1", "M-2", "P-1")
    assert tab.release_button.isEnabled()
    with qtbot.waitSignal(tab.sig_ready):
        tab.release_selected()
    assert not shown_errors
    done = tab.released
    assert [(p.supplier_code, p.lines) for p in done.purchase_orders] == [("SUP-A", 2)] and len(done.work_orders) == 1
    assert tab.message.text() == f"Released: {done.purchase_orders[0].number}, {done.work_orders[0]}."
    released = {o.item_code: o.released_number for o in tab.orders.rows}
    po = done.purchase_orders[0].number
    assert released == {"M-1": f"{po}/1", "M-2": f"{po}/2", "M-3": None, "RM-001": None, "P-1": done.work_orders[0]}
    assert [tab.orders.view.item(_row(tab, "P-1"), 7).text()] == [done.work_orders[0]]
    assert [o.item_code for o in tab.orders.selected()] == ["M-1", "M-2", "P-1"]  # still selected, released
    assert not tab.release_button.isEnabled() and "released already" in tab.release_button.toolTip()
    # the next run reads the documents: their planned orders are gone
    with qtbot.waitSignal(tab.sig_ready):
        tab.run_button.click()
    assert [o.item_code for o in tab.orders.rows] == ["M-3", "RM-001"]
    tab.show_item(factory.product.id)
    assert tab.grid.row_values("scheduled") == ["", "", "40", "", "", ""]


def test_a_release_made_meanwhile_on_another_pc_is_refused(db, factory, make_ctx, qtbot, shown_errors):
    from sopdesk.services import planning_release

    supply = factory.basics[Role.SUPPLY]
    tab = _tab(make_ctx, supply, qtbot)
    plan_run(db, factory.basics[Role.PRODUCTION])
    tab.load()
    _select(tab, "M-2")
    m2 = tab.orders.selected()[0]
    with db.write(supply) as s:  # the other PC
        other = planning_release.release(s, supply, [m2.id], {m2.id: m2.version}, today=START)
    tab.release_selected()
    assert [e.title for e in shown_errors] == ["Please check"]
    assert other.numbers[m2.id] in shown_errors[0].text and "already released" in shown_errors[0].text
    assert tab.orders.selected()[0].released_number == other.numbers[m2.id]  # reloaded


def test_sales_reads_the_plan_and_may_not_run_or_release(db, factory, make_ctx, qtbot):
    sales = factory.basics[Role.SALES]
    window = MainWindow(make_ctx(sales), timers=False)
    qtbot.addWidget(window)
    assert "plan" in [s.id for s in window.specs]
    tab = _tab(make_ctx, sales, qtbot)
    assert "production runs it" in tab.empty.text()
    plan_run(db, factory.basics[Role.PRODUCTION])
    tab.load()
    assert len(tab.orders.rows) == 5
    assert not tab.run_button.isEnabled() and not tab.start.isEnabled() and not tab.weeks.isEnabled()
    assert "production planners" in tab.run_button.toolTip()
    _select(tab, "M-2")
    assert tab.orders.current is not None and not tab.release_button.isEnabled()
    assert "Only supply" in tab.release_button.toolTip()
    tab.run_plan()
    tab.release_selected()  # both refused before reaching the services
    assert tab.orders.selected()[0].released_number is None and not tab.running


def test_production_releases_work_orders_only(db, factory, make_ctx, qtbot):
    tab = _tab(make_ctx, factory.basics[Role.PRODUCTION], qtbot)
    with qtbot.waitSignal(tab.sig_ready):
        _run(tab)
    _select(tab, "P-1")
    assert tab.release_button.isEnabled()
    _select(tab, "P-1", "M-2")
    assert not tab.release_button.isEnabled() and tab.release_button.toolTip() == \
        "Your role may not create purchase orders"


def test_the_tab_in_chinese(db, factory, make_ctx, qtbot, zh_ui):
    tab = _tab(make_ctx, factory.basics[Role.PRODUCTION], qtbot)
    with qtbot.waitSignal(tab.sig_ready):
        _run(tab)
    assert tab.run_button.text() == "运行计划"
    assert tab.orders.view.item(_row(tab, "P-1"), 2).text() == "生产"
    assert "M-1：80 需在 2027-01-11 这一周到货，本应在计划开始前 1 周下达" in tab.exception_texts()
    _select(tab, "P-1")
    assert tab.orders.why.text().startswith("在 WC1 生产 P-1 40")


def test_an_overload_names_its_maintenance_windows(qapp):
    params = {"work_center": "CNC-2", "week": "2027-W03", "load": "1150", "capacity": "900", "unit": "件",
              "maintenance": [{"first": "2027-01-13", "last": "2027-01-24", "percent": "50"}]}
    assert messages.exception_sentence("overload", params) == \
        "CNC-2, week 2027-W03: load 1150 vs capacity 900 (maintenance 01-13..01-24 at 50 %)"


def test_the_run_goes_to_a_worker_thread_and_the_tab_shows_it_busy(db, factory, qapp, prefs, shown_errors, qtbot):
    from sopdesk.ui.changes import ChangeBus, Changes
    from sopdesk.ui.context import AppContext
    from sopdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    ctx = AppContext(db=db, actor=factory.basics[Role.PRODUCTION], runner=runner, bus=ChangeBus(), prefs=prefs,
                     show_error=shown_errors)
    tab = PlanTab(ctx, today=START)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.sig_ready, timeout=20_000):
        tab.activate()
    tab.start.setDate(to_qdate(START))
    tab.weeks.setValue(WEEKS)
    tab.run_button.click()  # returns at once: the plan runs on the pool
    assert tab.running and not tab.busy.isHidden() and not tab.run_button.isEnabled()
    assert tab.run_button.text() == "Planning…"
    with qtbot.waitSignal(tab.sig_ready, timeout=20_000):
        pass
    assert runner.wait(20_000) and not tab.running and tab.busy.isHidden() and tab.run_button.isEnabled()
    assert len(tab.orders.rows) == 5 and not shown_errors
    # a change made elsewhere: the saved plan says it no longer shows everything
    ctx.bus.apply(Changes(orders=True))
    assert not tab.stale.isHidden() and "run the plan again" in tab.stale.text()


def test_a_grid_figure_opens_the_documents_behind_it(db, factory, make_ctx, qtbot, monkeypatch, shown_errors):
    tab = _tab(make_ctx, factory.basics[Role.SUPPLY], qtbot)
    plan_run(db, factory.basics[Role.PRODUCTION])
    tab.load()
    _select(tab, "P-1")
    grid = tab.grid
    assert grid.grid.code == "P-1"
    grid.table.cellDoubleClicked.emit(0, 2)  # gross demand, week 2: the sales order line
    dialog = tab.sources_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Sales order line", f"{factory.order_number}/1", "40"]
    opened = []
    monkeypatch.setattr(documents, "open_document", lambda ctx, parent, number: opened.append(number) or True)
    dialog.table.cellClicked.emit(0, 1)
    assert opened == [f"{factory.order_number}/1"]
    dialog.reject()
    # M-1's gross demand in week 1 is P-1's planned order: choosing it selects that order
    grid.choose(factory.m1.id)
    grid.table.cellDoubleClicked.emit(0, 1)
    dialog = tab.sources_dialog
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Planned order of the parent", "P-1 2027-01-18", "80"]
    assert dialog.open_row(0) and [o.item_code for o in tab.orders.selected()] == ["P-1"]
    grid.table.cellDoubleClicked.emit(2, 1)  # a planned receipt: no documents dialog
    assert tab.sources_dialog is dialog
    assert not shown_errors
