"""The import wizard, end to end through its widgets: items then an orders file with title
rows and Chinese headers; a file with errors writes nothing; cancel writes nothing; undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import xlsxwriter
from PySide6.QtWidgets import QWizard

from sopdesk.models import Role
from sopdesk.services import exports, imports
from sopdesk.ui.importer import importable_kinds
from sopdesk.ui.importer.wizard import ImportWizard


def write_xlsx(path, rows, *, sheet="Sheet1", before=()):
    wb = xlsxwriter.Workbook(str(path))
    if before:
        wb.add_worksheet(before[0])
    ws = wb.add_worksheet(sheet)
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), date_fmt)
            elif v is not None:
                ws.write(r, c, v)
    wb.close()
    return path


def items_file(tmp_path):
    return write_xlsx(tmp_path / "物料.xlsx", [
        ["物料编码", "物料名称", "类别", "单位", "销售单价"],
        ["FG-300", "阀门总成", "成品", "套", 88.5],
        ["FG-301", "齿轮泵", "成品", "台", 260],
        ["RM-900", "铜棒 H62", "原材料", "kg", None],
    ])


def orders_file(tmp_path, qty_300="10", name="订单.xlsx"):
    return write_xlsx(tmp_path / name, [
        ["宁波东方机电 销售订单汇总", None, None, None, None, None],
        ["制表人：张三", None, None, "日期：2026-11-20", None, None],
        [None] * 6,
        ["订单号", "客户名称", "下单日期", "物料编码", "数量", "要求交期"],
        ["SO-X1", "宁波东方机电有限公司", dt.date(2026, 11, 20), "FG-300", qty_300, dt.date(2026, 12, 20)],
        ["SO-X1", "宁波东方机电有限公司", dt.date(2026, 11, 20), "FG-301", 5, dt.date(2026, 12, 20)],
        ["SO-X2", "杭州新客户有限公司", dt.date(2026, 11, 21), "FG-100", 3, None],
    ], sheet="订单", before=("说明",))


def open_wizard(qtbot, ctx):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(w, path, kind):
    page = w.file_page
    page.path_edit.setText(str(path))
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    assert w.currentPage() is w.file_page
    w.next()


def click_next(w):
    w.button(QWizard.WizardButton.NextButton).click()


def rows_of(db, actor, kind):
    with db.read() as s:
        exp = exports.export_rows(s, actor, kind)
        names = [c.key if hasattr(c, "key") else c.name for c in exp.columns]
        return [dict(zip(names, r, strict=False)) for r in exp.rows]


def test_only_permitted_kinds_are_offered(basics, make_ctx, qtbot):
    assert importable_kinds(basics[Role.SALES]) == ["orders", "forecast"]
    assert importable_kinds(basics[Role.SHOPFLOOR]) == []
    assert "items" in importable_kinds(basics[Role.SUPPLY]) and "orders" not in importable_kinds(basics[Role.SUPPLY])
    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    combo = w.file_page.kind_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["orders", "forecast"]
    assert "forecast" not in importable_kinds(basics[Role.PRODUCTION])


def test_items_then_orders_end_to_end(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    manager = basics[Role.MANAGER]
    ctx = make_ctx(manager)
    changes = []
    ctx.bus.sig_changes_applied.connect(lambda c, i: changes.append(c))

    w = open_wizard(qtbot, ctx)
    choose(w, items_file(tmp_path), "items")
    assert w.currentPage() is w.sheet_page and w.det.header_row == 1
    click_next(w)
    assert w.currentPage() is w.mapping_page
    assert w.mapping_page.isComplete()
    click_next(w)
    assert w.currentPage() is w.preview_page, shown_errors
    assert not w.dry.errors and w.dry.inserted == 3
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    click_next(w)
    assert w.currentPage() is w.summary_page, shown_errors
    assert w.result.committed and w.result.inserted == 3 and w.result.batch_id
    assert w.summary_page.undo_button.isVisibleTo(w)
    assert changes
    codes = {r["code"] for r in rows_of(db, manager, "items")}
    assert {"FG-300", "FG-301", "RM-900"} <= codes

    w2 = open_wizard(qtbot, ctx)
    choose(w2, orders_file(tmp_path), "orders")
    det = w2.det
    assert det.sheet == "订单" and det.header_row == 4
    sheets = w2.sheet_page.sheet_combo
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["说明", "订单"]
    click_next(w2)
    # the mapping is editable: ignore the due date column, then map it back
    page = w2.mapping_page
    page.set_field(5, None)
    assert 5 not in w2.det.mapping
    page.set_field(5, "requested_date")
    assert w2.det.mapping[5] == "requested_date"
    page.profile_edit.setText("东方机电订单")
    page.save_profile_button.click()
    with db.read() as s:
        assert [p.name for p in imports.list_profiles(s, manager, "orders")] == ["东方机电订单"]
    click_next(w2)
    assert w2.currentPage() is w2.preview_page, shown_errors
    assert not w2.dry.errors, w2.dry.errors
    assert w2.preview_page.preview.rowCount() == 3
    click_next(w2)
    assert w2.currentPage() is w2.summary_page, shown_errors
    r = w2.result
    assert r.committed and r.batch_id
    lines = rows_of(db, manager, "orders")
    mine = {(x["order_no"], x["item_code"]): x for x in lines if x["order_no"] in ("SO-X1", "SO-X2")}
    assert set(mine) == {("SO-X1", "FG-300"), ("SO-X1", "FG-301"), ("SO-X2", "FG-100")}
    assert Decimal(str(mine[("SO-X1", "FG-300")]["qty"])) == 10
    customers = {x["name"] for x in rows_of(db, manager, "customers")}
    assert "杭州新客户有限公司" in customers
    assert not shown_errors

    # undo the batch from the summary page
    w2.summary_page.undo_button.click()
    assert not shown_errors
    assert "The import was undone." in w2.summary_page.text.text()
    with db.read() as s:
        batches = {b.id: b for b in imports.list_batches(s, manager)}
    assert batches[r.batch_id].undone_at is not None


def test_errors_are_listed_marked_and_nothing_is_written(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    sales = basics[Role.SALES]
    ctx = make_ctx(sales)
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["订单号", "客户名称", "下单日期", "物料编码", "数量"],
        ["SO-E1", "宁波东方机电有限公司", dt.date(2026, 11, 20), "FG-100", "十"],
        ["SO-E1", "宁波东方机电有限公司", dt.date(2026, 11, 20), "NOPE-1", 2],
    ])
    before = len(rows_of(db, sales, "orders"))
    w = open_wizard(qtbot, ctx)
    choose(w, path, "orders")
    click_next(w)
    click_next(w)
    page = w.preview_page
    assert w.currentPage() is page
    errs = w.dry.errors
    assert len(errs) >= 2 and page.errors.rowCount() == len(errs)
    assert {e.row for e in errs} >= {2, 3}
    assert page.error_box.isVisibleTo(w)
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    qty_col = page._col_of["qty"]
    assert page.preview.item(0, qty_col).background().color().name() == "#ffd6d6"
    assert page.preview.item(0, qty_col).text() == "十"
    out = tmp_path / "bad_errors.xlsx"
    page.save_errors(path=str(out))
    assert out.exists() and out.stat().st_size > 0
    assert len(rows_of(db, sales, "orders")) == before
    assert not shown_errors


def test_cancel_during_import_writes_nothing(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    sales = basics[Role.SALES]
    ctx = make_ctx(sales)
    before = len(rows_of(db, sales, "orders"))
    w = open_wizard(qtbot, ctx)
    path = write_xlsx(tmp_path / "o.xlsx", [
        ["订单号", "客户名称", "下单日期", "物料编码", "数量"],
        ["SO-C1", "宁波东方机电有限公司", dt.date(2026, 11, 20), "FG-100", 2],
        ["SO-C2", "另一家新客户", dt.date(2026, 11, 20), "FG-200", 1],
    ])
    choose(w, path, "orders")
    click_next(w)
    click_next(w)
    assert w.currentPage() is w.preview_page and not w.dry.errors
    panel = w.preview_page.panel
    # the user presses Cancel as soon as the import reports progress
    panel.bar.valueChanged.connect(lambda _v: panel.cancel_button.click())
    click_next(w)
    assert w.currentPage() is w.preview_page
    assert w.result is None
    assert "nothing was written" in w.preview_page.summary_label.text()
    assert len(rows_of(db, sales, "orders")) == before
    assert "另一家新客户" not in {x["name"] for x in rows_of(db, sales, "customers")}
    assert not shown_errors


def test_unreadable_file_is_a_message_not_a_traceback(basics, make_ctx, qtbot, tmp_path, shown_errors):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"this is not a workbook")
    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    choose(w, bad, "orders")
    if w.currentPage() is w.file_page:  # refused when opened
        assert w.file_page.message.text() or shown_errors
    else:  # read as text: no header row anywhere, said on the sheet page, Next disabled
        assert w.det is None and w.sheet_page.header_label.text()
        assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    assert all(not e.is_bug for e in shown_errors)


@pytest.mark.parametrize("role", [Role.SALES, Role.MANAGER])
def test_menu_entry_for_roles_that_import(basics, make_ctx, qtbot, role):
    from sopdesk.ui.mainwindow import MainWindow

    win = MainWindow(make_ctx(basics[role]), timers=False)
    qtbot.addWidget(win)
    assert win.import_action.text()


def test_with_the_threaded_runner_the_wizard_moves_on_when_the_work_is_done(db, basics, make_ctx, qtbot, tmp_path,
                                                                            shown_errors):
    from sopdesk.ui.tasks import TaskRunner

    manager = basics[Role.MANAGER]
    ctx = make_ctx(manager)
    ctx.runner = TaskRunner()
    w = open_wizard(qtbot, ctx)
    choose(w, items_file(tmp_path), "items")
    click_next(w)
    click_next(w)  # parse + check in a worker; the wizard goes on by itself
    qtbot.waitUntil(lambda: w.currentPage() is w.preview_page, timeout=20_000)
    assert not w.dry.errors
    click_next(w)
    qtbot.waitUntil(lambda: w.currentPage() is w.summary_page, timeout=20_000)
    assert w.result.inserted == 3 and not shown_errors
    assert ctx.runner.wait(5_000)


def test_export_the_current_list_reimports_with_no_change(db, basics, make_ctx, qtbot, tmp_path, monkeypatch,
                                                          shown_errors):
    from PySide6.QtWidgets import QMessageBox

    from sopdesk.ui.importer import export_kind, export_list
    from sopdesk.ui.mainwindow import MainWindow

    from .conftest import create_order

    sales = basics[Role.SALES]
    create_order(db, sales, basics.customer, [(basics.product, "3"), (basics.gear, "1")])
    ctx = make_ctx(sales)
    win = MainWindow(ctx, timers=False)
    qtbot.addWidget(win)
    win.show_tab("orders")
    assert export_kind(ctx, "orders") == "orders" and export_kind(ctx, "review") is None
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    out = tmp_path / "orders_export.xlsx"
    monkeypatch.setattr("sopdesk.ui.importer.export.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    win.export_action.trigger()
    assert out.exists() and not shown_errors
    # and the exported file goes back in through the wizard with nothing to change
    w = open_wizard(qtbot, ctx)
    choose(w, out, "orders")
    click_next(w)
    click_next(w)
    assert w.currentPage() is w.preview_page and not w.dry.errors, w.dry.errors
    assert w.dry.inserted == 0 and w.dry.updated == 0 and w.dry.unchanged == 2
    export_list(ctx, None, None)  # no list to export: nothing happens


def test_cancel_of_the_wizard_while_a_stage_runs_stops_the_stage_first(basics, make_ctx, qtbot):
    from sopdesk.ui.tasks import TaskState

    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    panel = w.preview_page.panel
    panel.state = state = TaskState()
    w.reject()
    assert state.is_interruption_requested() and w.isVisible()
    panel.stop()
    w.reject()
    assert not w.isVisible()


def test_another_sheet_and_a_missing_required_column_block_the_next_step(basics, make_ctx, qtbot, tmp_path):
    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    choose(w, orders_file(tmp_path), "orders")
    page = w.sheet_page
    nxt = w.button(QWizard.WizardButton.NextButton)
    page.sheet_combo.setCurrentIndex(0)  # the notes sheet: no header row there
    page.sheet_combo.activated.emit(0)
    assert w.det is None and "expected columns such as" in page.header_label.text() and not nxt.isEnabled()
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    assert w.det.sheet == "订单" and nxt.isEnabled()
    click_next(w)
    w.mapping_page.set_field(4, None)  # 数量 (qty) is required
    assert not nxt.isEnabled() and w.mapping_page.missing_label.text()
    w.mapping_page.set_field(4, "qty")
    assert nxt.isEnabled() and not w.mapping_page.missing_label.text()


def test_cancel_while_reading_stays_on_the_mapping(basics, make_ctx, qtbot, tmp_path, shown_errors):
    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    choose(w, orders_file(tmp_path), "orders")
    click_next(w)
    panel = w.mapping_page.panel
    panel.bar.valueChanged.connect(lambda _v: panel.cancel_button.click())
    click_next(w)
    assert w.currentPage() is w.mapping_page and w.parsed is None and not shown_errors
    assert "Cancelled" in w.mapping_page.missing_label.text()
    panel.bar.valueChanged.disconnect()
    click_next(w)
    assert w.currentPage() is w.preview_page


def test_a_refused_file_is_said_in_the_users_language(basics, make_ctx, qtbot, tmp_path, shown_errors, zh_ui):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"  # a workbook whose sheet expands 1,000-fold: refused before reading
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", " " * 50_000_000)
    w = open_wizard(qtbot, make_ctx(basics[Role.SALES]))
    choose(w, bomb, "orders")
    assert w.currentPage() is w.file_page
    text = w.file_page.message.text()
    assert "压缩" in text and "zip bomb" not in text, text
    assert not shown_errors
