"""The import wizard shows each problem of a file from its template and parameters, in the
user's language: every cell template the engine and the planners can produce (as
resources/i18n/error_templates.py collects them) shows in Chinese on the preview page, in the
error list and in the bad cell's tooltip, with no English left but the values filled in; in
English it is the engine's own sentence (what the command line and the error workbook print)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sopdesk.excel import CellError, ParsedFile
from sopdesk.services.imports import ImportResult
from sopdesk.ui.importer.preview import PreviewPage

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import error_templates  # noqa: E402

CELL_TEMPLATES = error_templates.cell_templates()
LATIN_WORDS_ALLOWED = {"BOM"}


def _params(template: str) -> dict:
    """Values with no Latin words of their own, so any English shown is the template's; a
    status is given as the word it is stored as (the UI must show it in Chinese), an English
    name (*_en) as English (the Chinese sentence must leave it out)."""
    out = {}
    for name in error_templates.placeholders(template):
        if name == "status":
            out[name] = "confirmed"
        elif name.endswith("_en"):
            out[name] = "in progress"
        elif name.endswith("_zh"):
            out[name] = "生产中"
        else:
            out[name] = 7
    return out


def _problem(template: str) -> CellError:
    return CellError("物料", 2, "物料编码", "甲-1", template, _params(template), "invalid", "code", 0)


def _page(error: CellError) -> PreviewPage:
    parsed = ParsedFile("items", "物料.xlsx", "物料", 1, {"code": "物料编码"}, {"code": 0}, [2],
                        {"code": ["甲-1"]}, {"code": ["甲-1"]}, rows_read=1, errors=[error])
    result = ImportResult("items", "物料.xlsx", rows_read=1, errors=[error])
    page = PreviewPage(SimpleNamespace(parsed=parsed, dry=result))
    page.initializePage()
    return page


def _latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - LATIN_WORDS_ALLOWED


def test_the_scan_finds_the_cell_problems_of_the_engine_and_of_every_planner():
    where = {r.path for r in error_templates.scan() if r.cell and r.template}
    assert {"sopdesk/excel/values.py", "sopdesk/excel/rows.py", "sopdesk/services/imports.py",
            "sopdesk/services/imports_plan.py", "sopdesk/services/imports_documents.py",
            "sopdesk/services/imports_master.py", "sopdesk/services/imports_stock.py",
            "sopdesk/services/imports_shipments.py", "sopdesk/services/imports_work_orders.py"} <= where
    assert {"not a number", "repeats row {row}", "unknown product code {code}"} <= set(CELL_TEMPLATES)


def test_the_wizard_has_no_table_of_english_patterns():
    source = (ROOT / "sopdesk" / "ui" / "importer" / "common.py").read_text(encoding="utf-8")
    assert "_CELL_MESSAGES" not in source and "re.compile" not in source


@pytest.mark.parametrize("template", CELL_TEMPLATES)
def test_every_cell_problem_shows_in_chinese_on_the_preview(qapp, zh_ui, template):
    page = _page(_problem(template))
    shown = page.errors.item(0, 4).text()
    tooltip = page.preview.item(0, 0).toolTip()
    assert shown == tooltip
    assert not _latin_words(shown), shown
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown), shown
    assert "in progress" not in shown and "{" not in shown


def test_a_status_shows_by_its_chinese_name(qapp, zh_ui):
    e = CellError("发货", 2, "订单号", "甲-1", "{number} is {status} and cannot be shipped",
                  {"number": "甲-1", "status": "cancelled"}, "not_shippable", "order_no", 0)
    page = _page(e)
    assert page.errors.item(0, 4).text() == "订单 甲-1 状态为“已取消”，不能发货。"


def test_in_english_the_preview_shows_the_engines_sentence(qapp):
    for template in CELL_TEMPLATES:
        e = _problem(template)
        page = _page(e)
        shown = page.errors.item(0, 4).text()
        assert shown.rstrip(".").lower() == e.message.rstrip(".").lower(), template


def test_a_cell_problem_keeps_its_template_parameters_and_english_sentence():
    e = CellError("订单", 6, "下单日期", "2026-07-02", "differs from row {row}, the first line of {number}",
                  {"row": 5, "number": "SO-2"}, "inconsistent", "order_date", 2)
    assert e.message == "differs from row 5, the first line of SO-2"
    assert e.as_dict() == {"sheet": "订单", "row": 6, "column": "下单日期", "value": "2026-07-02",
                           "message": "differs from row 5, the first line of SO-2"}
