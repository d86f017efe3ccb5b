"""The import wizard offers the new kinds (locations, work centers, maintenance, calendar,
work orders) to the roles that may change them; a count sheet naming a new location names
it on the summary page; a bad work-order file lists the row and column and writes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from sopdesk.excel import CellError
from sopdesk.models import Location, Role, WorkOrder
from sopdesk.ui.importer.wizard import ImportWizard, cell_message
from tests.excel.helpers import write_xlsx
from tests.ui.test_import_wizard import choose, click_next


def open_wizard(qtbot, ctx):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def offered(w):
    combo = w.file_page.kind_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_the_new_kinds_are_offered_to_who_may_change_them(basics, make_ctx, qtbot):
    kinds = offered(open_wizard(qtbot, make_ctx(basics[Role.MANAGER])))
    assert {"locations", "work-centers", "maintenance", "calendar", "work-orders"} <= set(kinds)
    supply = offered(open_wizard(qtbot, make_ctx(basics[Role.SUPPLY])))
    assert "locations" in supply and not {"work-centers", "maintenance", "calendar", "work-orders"} & set(supply)
    production = offered(open_wizard(qtbot, make_ctx(basics[Role.PRODUCTION])))
    assert {"work-centers", "maintenance", "calendar", "work-orders"} <= set(production)
    assert "locations" not in production
    w = open_wizard(qtbot, make_ctx(basics[Role.MANAGER]))
    combo = w.file_page.kind_combo
    assert combo.itemText(combo.findData("work-orders")) == "Work orders"


def test_a_count_sheet_names_its_new_location_on_the_summary(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    path = write_xlsx(tmp_path / "盘点表.xlsx", {"盘点": [["物料编码", "仓库", "实盘数量"], ["RM-001", "原料仓A", 120],
                                                       ["FG-100", "RAW", 2]]})
    w = open_wizard(qtbot, make_ctx(basics[Role.SUPPLY]))
    choose(w, path, "stock-count")
    click_next(w)
    click_next(w)
    assert w.currentPage() is w.preview_page and not w.dry.errors, shown_errors
    click_next(w)
    assert w.currentPage() is w.summary_page, shown_errors
    text = w.summary_page.text.text()
    assert "Created along with it (Locations): 1 — 原料仓A" in text
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Location).where(Location.code == "原料仓A")) == 1


def test_a_bad_work_order_file_lists_row_and_column(db, basics, make_ctx, qtbot, tmp_path, shown_errors):
    path = write_xlsx(tmp_path / "工单.xlsx", {"S": [
        ["工单号", "产品编码", "计划数量", "计划开工", "计划完工", "状态"],
        ["M1", "FG-100", 10, "2026-08-01", "2026-08-05", "已完工"],
        ["M2", "FG-100", 10, "2026-08-05", "2026-08-01", ""]]})
    w = open_wizard(qtbot, make_ctx(basics[Role.PRODUCTION]))
    choose(w, path, "work-orders")
    click_next(w)
    click_next(w)
    page = w.preview_page
    assert w.currentPage() is page and page.error_box.isVisibleTo(w)
    shown = [[page.errors.item(r, c).text() for c in range(5)] for r in range(page.errors.rowCount())]
    assert [row[1:3] for row in shown] == [["2", "状态"], ["3", "计划完工"]]
    assert shown[0][4] == ("A work order is done when its output is reported and it is closed in sopdesk; import "
                           "open work orders only (计划 / 已下达)")
    assert shown[1][4] == "The end cannot be before the start."  # the work orders service's own error
    assert not page.isComplete()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 0


def _problem(template: str, **params) -> CellError:
    return CellError("S", 3, "工单号", "M3", template, params, "invalid", "number", 0)


def test_cell_messages_of_the_new_kinds_are_translated_from_their_template(qapp, zh_ui):
    assert cell_message(_problem("work center {code} is inactive", code="L9")) == "产线 L9 已停用。"
    assert cell_message(_problem("{number} is {status_en} ({status_zh}) and can no longer be changed by an import",
                                 number="M3", status_en="in progress", status_zh="生产中")) == \
        "M3 状态为“生产中”，不能再通过导入修改。"
    assert cell_message(_problem("the same location as row {row} of the file", row=4)) == "与文件第 4 行是同一个仓库。"


def test_in_english_a_cell_message_is_the_engine_sentence(qapp):
    e = _problem("{number} is {status_en} ({status_zh}) and can no longer be changed by an import",
                 number="M3", status_en="in progress", status_zh="生产中")
    assert e.message == "M3 is in progress (生产中) and can no longer be changed by an import"
    assert cell_message(e) == "M3 is in progress (生产中) and can no longer be changed by an import."


def test_the_chinese_preview_shows_statuses_by_their_chinese_names(db, basics, make_ctx, qtbot, tmp_path):
    from PySide6.QtCore import QLocale

    path = write_xlsx(tmp_path / "工单.xlsx", {"S": [
        ["工单号", "产品编码", "计划数量", "计划开工", "计划完工", "状态"],
        ["M1", "FG-100", 10, "2026-08-01", "2026-08-05", "released"], ["M2", "FG-100", 10, "2026-08-01",
                                                                       "2026-08-05", "计划"]]})
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        w = open_wizard(qtbot, make_ctx(basics[Role.PRODUCTION]))
        choose(w, path, "work-orders")
        click_next(w)
        click_next(w)
        page = w.preview_page
        assert w.currentPage() is page and not w.dry.errors
        status = [page.preview.horizontalHeaderItem(c).text() for c in range(page.preview.columnCount())].index("状态")
        assert [page.preview.item(r, status).text() for r in range(2)] == ["已下达", "计划"]
    finally:
        QLocale.setDefault(before)
