"""Writing: styled exports that stay data (no formulas), templates, marked-up errors."""

import datetime as dt
from decimal import Decimal

import openpyxl

from sopdesk.excel import (
    Column,
    columns_for,
    detect,
    open_workbook,
    parse,
    write_error_workbook,
    write_table,
    write_template,
)
from sopdesk.excel.fields import KINDS
from tests.excel.helpers import ORDER_HEADERS, write_xlsx


def test_export_is_styled_and_keeps_types(tmp_path):
    cols = [Column("code", "编码"), Column("qty", "数量", "qty"), Column("day", "日期", "date"),
            Column("flag", "定制", "bool"), Column("status", "状态", "enum", {"draft": "草稿"})]
    rows = [("=1+2", Decimal("1000.5"), dt.date(2026, 7, 5), True, "draft"),
            ("+86 138", Decimal("3"), None, False, "draft"),
            ("-5", None, dt.date(2026, 1, 1), None, None),
            ("@SUM(A1)", Decimal("0.0001"), dt.date(2026, 12, 31), True, "draft")]
    path = tmp_path / "out.xlsx"
    assert write_table(path, cols, rows, sheet_name="订单") == 4
    wb = openpyxl.load_workbook(path)
    ws = wb["订单"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E5"
    assert ws["A1"].value == "编码" and ws["A1"].font.bold
    for ref, text in (("A2", "=1+2"), ("A3", "+86 138"), ("A4", "-5"), ("A5", "@SUM(A1)")):
        assert ws[ref].data_type == "s" and ws[ref].value == text  # text, never a formula
        assert ws[ref].quotePrefix
    assert ws["B2"].value == 1000.5 and ws["B2"].data_type == "n"
    assert ws["C2"].is_date and ws["C2"].value.date() == dt.date(2026, 7, 5)
    assert ws["D2"].value == "是" and ws["D3"].value == "否" and ws["E2"].value == "草稿"
    assert ws.column_dimensions["A"].width >= 6


def test_every_template_is_recognised_as_its_own_kind(tmp_path):
    for kind in KINDS:
        path = tmp_path / f"{kind}.xlsx"
        write_template(path, kind)
        book = open_workbook(path)
        det = detect(book, kind)
        assert det.header_row == 1 and det.missing() == [], kind
        required = {f for f in det.mapping.values()}
        assert required >= {f.name for f in det.spec.fields if f.required}, kind
        wb = openpyxl.load_workbook(path)
        assert len(wb.sheetnames) == 2


def test_export_columns_follow_the_import_kind():
    assert [c.key for c in columns_for("orders")][:3] == ["order_no", "line_no", "customer_code"]
    assert columns_for("items", bilingual=True)[0].header == "物料编码 Code"


def test_error_workbook_marks_the_bad_cells(tmp_path):
    rows = [["台账"], ORDER_HEADERS, ["SO-1", "甲", "2026-02-30", "FG-100", "", "-5", 1, "", ""]]
    book = open_workbook(write_xlsx(tmp_path / "bad.xlsx", {"订单": rows}))
    parsed = parse(book, detect(book, "orders"))
    out = tmp_path / "errors.xlsx"
    write_error_workbook(out, parsed, parsed.errors)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["错误 Errors", "订单"]
    listing = list(wb["错误 Errors"].iter_rows(min_row=2, values_only=True))
    assert ("订单", 3, "下单日期", "2026-02-30") in [r[:4] for r in listing]
    ws = wb["订单"]
    assert ws["C3"].fill.fgColor.rgb.endswith("FFC7CE") and ws["C3"].comment is not None
    assert "impossible date" in ws["C3"].comment.text
    assert ws["F3"].comment is not None and ws["A3"].comment is None
