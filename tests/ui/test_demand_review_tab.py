"""The Demand review tab (需求评审): each department submits its input, the meeting agrees
the consensus and its flex targets, the four heads sign off, an action item is closed, the
minutes are rendered to PDF (offscreen, SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from decimal import Decimal

from PySide6.QtCore import QDate

from sopdesk.models import ActionStatus, CycleStatus, Department, Role
from sopdesk.services import demand_review, demand_review_feasibility, demand_review_sales, inbox
from sopdesk.ui.demand_review import messages, minutes_print
from sopdesk.ui.demand_review.tab import DemandReviewTab
from sopdesk.ui.tabs import TABS
from tests.demand_review_seed import PERIOD, open_seed_cycle, seed_factory


def _tab(make_ctx, actor, qtbot) -> DemandReviewTab:
    tab = DemandReviewTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.reload(PERIOD)
    tab._activated = True
    assert tab.cycle is not None and tab.cycle.period == PERIOD
    return tab


def test_the_why_templates_are_the_services(qapp):
    assert messages.WHY_SOURCES == demand_review_feasibility.WHY


def test_who_sees_the_tab(basics):
    spec = next(t for t in TABS if t.id == "demand_review")
    seen = {r for r in Role if spec.visible_to(basics[r])}
    assert seen == {Role.SALES, Role.PRODUCTION, Role.SUPPLY, Role.MANAGER, Role.ADMIN}


def test_a_whole_review_through_the_tab(db, basics, make_ctx, qtbot, shown_errors, monkeypatch, tmp_path):
    seed_factory(db, basics)
    open_seed_cycle(db, basics)
    sales = _tab(make_ctx, basics[Role.SALES], qtbot)

    # sales: type a figure, paste two from Excel, a comment; what sales may not do is disabled
    page = sales.sales
    assert not page.save_button.isEnabled() and page.save_button.toolTip() == "Nothing changed"
    cols = page.forecast_columns()
    assert page.set_cell(0, cols[0], "1000")
    page.view.setCurrentCell(0, cols[1])
    assert page.paste("1,100\t1200\r\n") == 2
    page.set_comment(0, cols[0], "两个大客户确认")
    assert page.save_button.isEnabled()
    assert not sales.forward_button.isEnabled() and "manager" in sales.forward_button.toolTip()
    page.save()
    assert shown_errors == []
    row = page.grid.rows[0]
    assert [c.forecast for c in row.cells] == [Decimal(1000), Decimal(1100), Decimal(1200)]
    assert row.cells[0].comment == "两个大客户确认" and row.cells[0].salesperson_name == "sales user"
    assert page.edits == {}
    sales.submit()
    assert Department.SALES not in sales.cycle.waiting
    assert not sales.submit_button.isEnabled()

    # supply corrects a lead time and submits; production submits the capacity as proposed
    supply = _tab(make_ctx, basics[Role.SUPPLY], qtbot)
    assert supply.supply.rows[0].code == "RM-001" and supply.supply.rows[0].lead_days == 10
    supply.supply.set_text(0, 5, "12")
    supply.supply.save()
    assert shown_errors == [] and supply.supply.rows[0].lead_days == 12 and supply.supply.rows[0].confirmed
    supply.submit()
    production = _tab(make_ctx, basics[Role.PRODUCTION], qtbot)
    cap = production.production.rows[0]
    assert (cap.code, cap.working_days, cap.max_qty, cap.available_qty) == ("L1", 24, Decimal(1200), Decimal(900))
    assert not production.production.save_button.isEnabled()
    assert not production.sales.save_button.isEnabled()
    assert production.sales.save_button.toolTip() == "Only sales and managers enter the forecast"
    production.submit()
    assert production.cycle.waiting == ()

    # the manager starts the meeting: capacity binds at 900, the sentence in words
    manager = _tab(make_ctx, basics[Role.MANAGER], qtbot)
    assert manager.forward_button.text() == "Start meeting" and manager.forward_button.isEnabled()
    manager.move(forward=True)
    assert manager.cycle.status == CycleStatus.MEETING
    feb = manager.feasibility.cells[0]
    assert (feb.code, feb.month, feb.feasible, feb.binding) == ("FG-100", PERIOD, Decimal(900), "capacity")
    assert manager.feasibility.why_texts()[0] == ("FG-100 2027-02: L1 can make at most 900 (24 working days, 900 of "
                                                  "1200 套 after maintenance)")
    panel = manager.meeting.consensus
    assert panel.view.item(0, 4).text() == "900" and panel.view.item(0, 5).text() == "950"
    assert panel.view.item(0, 6).text() == "1000"
    panel.set_text(0, 4, "900")
    panel.set_text(0, 7, "产能约束")
    panel.save()
    assert shown_errors == []
    assert (panel.rows[0].consensus, panel.rows[0].production_target, panel.rows[0].supply_target) == (
        Decimal(900), Decimal(950), Decimal(1000))
    assert "Sign-offs missing" in manager.forward_button.toolTip() and not manager.forward_button.isEnabled()

    # the four heads sign off on the revision they see
    for role in (Role.SALES, Role.PRODUCTION, Role.SUPPLY, Role.MANAGER):
        tab = _tab(make_ctx, basics[role], qtbot)
        assert tab.meeting.sign_button.isEnabled(), tab.meeting.sign_button.toolTip()
        tab.meeting.sign_off()
        assert shown_errors == []
        assert not tab.meeting.sign_button.isEnabled()
    manager.reload()
    assert manager.cycle.missing_sign_offs == ()
    assert [manager.meeting.signs.item(r, 1).text() for r in range(4)] == [
        "sales user", "production user", "supply user", "manager user"]
    manager.move(forward=True)
    assert manager.cycle.status == CycleStatus.AGREED and manager.cycle.agreed_by_name == "manager user"

    # an action item for sales, in its inbox until sales closes it with a result
    m = manager.meeting
    m.new_dept.setCurrentIndex(m.new_dept.findData(Department.SALES))
    m.new_owner.setCurrentIndex(m.new_owner.findData(str(basics[Role.SALES].user_id)))
    m.new_text.setText("与重点客户沟通交期")
    m.new_due.setDate(QDate(2099, 1, 15))
    assert m.add_button.isEnabled(), m.add_button.toolTip()
    m.add_action()
    assert shown_errors == []
    follow = [a for a in m.actions if a.kind == "follow_up"]
    assert [(a.description, a.owner_name, a.status) for a in follow] == [
        ("与重点客户沟通交期", "sales user", ActionStatus.OPEN)]
    with db.read() as s:
        assert any(i.id == follow[0].id for i in inbox.list_inbox(s, basics[Role.SALES]))
    sales.reload()
    row = next(r for r, a in enumerate(sales.meeting.actions) if a.id == follow[0].id)
    sales.meeting.action_view.selectRow(row)
    assert sales.meeting.close_blocker() == "Say what came of it" and not sales.meeting.done_button.isEnabled()
    sales.meeting.result.setText("客户同意 2 月交 900 套")
    assert sales.meeting.done_button.isEnabled()
    sales.meeting.close_action(ActionStatus.DONE)
    assert shown_errors == []
    closed = next(a for a in sales.meeting.actions if a.id == follow[0].id)
    assert (closed.status, closed.result, closed.done_by_name) == (ActionStatus.DONE, "客户同意 2 月交 900 套",
                                                                   "sales user")
    with db.read() as s:
        assert not any(i.id == follow[0].id for i in inbox.list_inbox(s, basics[Role.SALES]))

    # the minutes, in Chinese, to a PDF with a CJK font embedded
    manager.reload()
    pdf = tmp_path / "minutes.pdf"
    monkeypatch.setattr(minutes_print, "ask_save_path", lambda parent, suggested: str(pdf))
    manager.minutes.lang.setCurrentIndex(manager.minutes.lang.findData("zh"))
    assert manager.minutes.pdf_button.isEnabled()
    manager.minutes.pdf_button.click()
    assert shown_errors == [] and manager.minutes.last_pdf == pdf
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(w in fonts for w in ("CJK", "WenQuanYi", "YaHei", "PingFang", "SimSun", "Han")), fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(unicodedata.normalize("NFKC", text).split())  # wrapped cells; CJK radicals as ideographs
    # (户 comes back as 戶 from the CJK font's glyph map: look for the words around it)
    assert "会议纪要" in text and "沟通交期" in text and "同意2月交900套" in text and "FG-100" in text
    assert "950" in text and "1000" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info


def test_a_stale_forecast_is_refused_and_the_grid_shows_the_other_figure(db, basics, make_ctx, qtbot,
                                                                        shown_errors):
    seed_factory(db, basics)
    open_seed_cycle(db, basics)
    first = _tab(make_ctx, basics[Role.SALES], qtbot)
    second = _tab(make_ctx, basics[Role.MANAGER], qtbot)
    col = first.sales.forecast_columns()[0]
    first.sales.set_cell(0, col, "1000")
    first.sales.save()
    second.sales.set_cell(0, col, "800")
    second.sales.save()
    assert [e.title for e in shown_errors] == ["Changed on another PC"]
    assert second.sales.grid.rows[0].cells[0].forecast == Decimal(1000)
    assert second.sales.view.item(0, col).text() == "1000" and second.sales.edits == {}
    second.sales.set_cell(0, col, "12.34567")
    second.sales.save()
    assert len(shown_errors) == 2 and "4 decimal places" in shown_errors[1].text
    assert second.sales.edits  # a mistake keeps what was typed


def test_the_manager_opens_a_month_from_the_tab(db, basics, make_ctx, qtbot, shown_errors):
    seed_factory(db, basics)
    tab = DemandReviewTab(make_ctx(basics[Role.MANAGER]))
    qtbot.addWidget(tab)
    tab.activate()
    assert tab.cycle is None and tab.open_button.isEnabled()
    assert "(not open)" in tab.month.currentText()
    period = tab.chosen_period()
    tab.all_products.setChecked(True)
    tab.open_review()
    assert shown_errors == []
    assert tab.cycle is not None and tab.cycle.period == period and tab.cycle.all_products
    assert tab.cycle.waiting == (Department.SALES, Department.PRODUCTION, Department.SUPPLY)
    assert [r.code for r in tab.sales.grid.rows] == ["FG-100", "FG-200"]
    sales = DemandReviewTab(make_ctx(basics[Role.SALES]))
    qtbot.addWidget(sales)
    sales.activate()
    assert sales.cycle is not None
    sales.chosen_period()
    assert not sales.open_button.isVisible() or not sales.open_button.isEnabled()
    with db.read() as s:
        todo = [i for i in inbox.list_inbox(s, basics[Role.SALES]) if i.ref_table == "action_item"]
    assert len(todo) == 1


def test_the_grid_lists_beside_each_cell_what_the_services_return(db, basics, make_ctx, qtbot):
    seed_factory(db, basics)
    view = open_seed_cycle(db, basics)
    tab = _tab(make_ctx, basics[Role.SALES], qtbot)
    with db.read() as s:
        grid = demand_review_sales.sales_grid(s, basics[Role.SALES], view.id)
    headers = [tab.sales.view.horizontalHeaderItem(c).text() for c in range(tab.sales.view.columnCount())]
    assert headers[:5] == ["Code", "Product", "Actual\n2026-10", "Actual\n2026-11", "Actual\n2026-12"]
    assert headers[5:9] == ["2027-02\nForecast", "Baseline", "Last year", "Booked"]
    cells = grid.rows[0].cells[0]
    assert tab.sales.view.item(0, 6).text() == messages.qty(cells.baseline)
    assert tab.sales.view.item(0, 8).text() == messages.qty(cells.booked)
    assert dt.date(2027, 4, 1) in grid.months and demand_review.find_cycle


def test_reloading_keeps_the_month_asked_for_not_the_newest(db, basics, make_ctx, qtbot, shown_errors):
    from sopdesk.models import DemandReviewCycle

    seed_factory(db, basics)
    older, newer = dt.date(2026, 11, 1), dt.date(2027, 5, 1)
    with db.write() as s:
        s.add_all([DemandReviewCycle(period=older, meeting_date=dt.date(2026, 10, 5), status=CycleStatus.CLOSED),
                   DemandReviewCycle(period=newer, meeting_date=dt.date(2027, 4, 5), status=CycleStatus.DRAFT)])
    tab = DemandReviewTab(make_ctx(basics[Role.MANAGER]))
    qtbot.addWidget(tab)
    tab.reload(older)
    assert tab.chosen_period() == older and tab.cycle.period == older  # not the first entry of the list
    assert tab.month.itemData(0) != older
    assert not shown_errors


def test_the_manager_sets_a_products_own_flex_band_from_the_meeting_page(db, basics, make_ctx, qtbot,
                                                                          shown_errors):
    from decimal import Decimal as Dec

    from sopdesk.services import demand_review_consensus
    from sopdesk.ui.demand_review.consensus import ConsensusPanel

    view = open_seed_cycle(db, basics)
    sales_panel = ConsensusPanel(make_ctx(basics[Role.SALES]))
    qtbot.addWidget(sales_panel)
    sales_panel.load(view.id, view.status)
    sales_panel.view.selectRow(0)
    assert not sales_panel.flex_button.isEnabled()  # only a manager
    panel = ConsensusPanel(make_ctx(basics[Role.MANAGER]))
    qtbot.addWidget(panel)
    panel.load(view.id, view.status)
    first = panel.rows[0]
    assert first.default_consensus is not None
    panel.view.selectRow(0)
    assert panel.flex_button.isEnabled()
    panel.edit_flex()
    dialog = panel.flex_dialog
    assert dialog is not None and dialog.production.value() == 5.56 and not dialog.defaults_button.isEnabled()
    dialog.production.setValue(10)
    dialog.supply.setValue(20)
    dialog.save()
    assert not shown_errors and dialog.saved.own and dialog.saved.production_flex == Dec("0.1")
    with db.read() as s:
        assert demand_review_consensus.get_flex(s, basics[Role.MANAGER], first.cell.item_id).supply_flex == Dec("0.2")
    again = panel.rows[0]  # reloaded: the default targets follow the product's band
    assert again.default_production_target >= again.default_consensus * Dec("1.1") - 1
    panel.view.selectRow(0)
    panel.edit_flex()
    panel.flex_dialog.save(defaults=True)
    with db.read() as s:
        assert not demand_review_consensus.get_flex(s, basics[Role.MANAGER], first.cell.item_id).own


def test_inputs_take_todays_facts_and_the_notes_reach_the_minutes(db, basics, make_ctx, qtbot, shown_errors,
                                                                  monkeypatch, tmp_path):
    from sopdesk.models import POStatus
    from sopdesk.services import purchasing

    seed_factory(db, basics)
    open_seed_cycle(db, basics)
    supply = _tab(make_ctx, basics[Role.SUPPLY], qtbot)
    page = supply.supply
    assert page.rows[0].open_po == 0 and page.refresh_button.isEnabled(), page.refresh_button.toolTip()
    buyer = basics[Role.SUPPLY]
    with db.write(buyer) as s:  # a PO placed after the review opened
        po = purchasing.create_po(s, buyer, purchasing.POInput(basics.supplier.id, [purchasing.POLineInput(
            basics.material.id, Decimal(800), dt.date(2027, 2, 8))], order_date=dt.date(2027, 1, 3)))
        purchasing.set_status(s, buyer, po.id, po.version, POStatus.CONFIRMED)
    page.set_text(0, 5, "12")
    assert not page.refresh_button.isEnabled() and page.refresh_button.toolTip() == "Save your corrections first"
    page.load(page.cycle_id)  # the edit dropped
    page.refresh_button.click()
    assert shown_errors == [] and page.rows[0].open_po == Decimal(800)
    production = _tab(make_ctx, basics[Role.PRODUCTION], qtbot)
    assert production.production.refresh_button.isEnabled()
    assert not production.supply.refresh_button.isEnabled()
    production.production.refresh_button.click()
    assert shown_errors == [] and production.production.rows[0].available_qty == Decimal(900)

    manager = _tab(make_ctx, basics[Role.MANAGER], qtbot)
    notes = manager.meeting.notes
    assert not notes.save_button.isEnabled() and notes.save_button.toolTip() == "Nothing changed"
    notes.edit.setPlainText("二月下半月检修，产能按九百套安排；新到原料八百公斤。")
    assert notes.save_button.isEnabled()
    notes.save_button.click()
    assert shown_errors == [] and manager.cycle.minutes == "二月下半月检修，产能按九百套安排；新到原料八百公斤。"
    assert not notes.save_button.isEnabled() and notes.edit.toPlainText() == manager.cycle.minutes
    assert not _tab(make_ctx, basics[Role.SALES], qtbot).meeting.notes.save_button.isEnabled()
    pdf = tmp_path / "minutes.pdf"
    monkeypatch.setattr(minutes_print, "ask_save_path", lambda parent, suggested: str(pdf))
    manager.minutes.lang.setCurrentIndex(manager.minutes.lang.findData("zh"))
    manager.minutes.pdf_button.click()
    assert shown_errors == [] and manager.minutes.last_pdf == pdf
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "产能按九百套安排" in "".join(unicodedata.normalize("NFKC", text).split())
