"""Reading files as factories have them: formats, encodings, title rows, limits, damage."""

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from sopdesk.excel import FileRefused, HeaderNotFound, Limits, detect, open_workbook, parse
from tests.excel.helpers import ORDER_HEADERS, write_xlsx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "excel"
D = Decimal


def ledger_rows():
    return [
        ["2026年7月 销售订单台账"],
        ["制表人：王芳    日期：2026-07-05"],
        [],
        ORDER_HEADERS,
        ["SO-1", "宁波东方机电有限公司", dt.date(2026, 7, 1), "FG-100", "泵体总成", "1,000", 120.5, "2026年7月20日", "否"],
        ["", "宁波东方机电有限公司", "2026/7/1", "RM-001", "铸铁", " 50 ", 6.3, 46238, ""],
        ["SO-2", "新客户", "2026-07-03", "FG-100", "", "100件", "", "", "是"],
        ["合计", "", "", "", "", 1150],
        [],
        ["审核：李强"],
    ]


def test_title_rows_merged_cells_and_the_second_sheet(tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", {"说明": [["本台账由销售部维护"]], "订单": ledger_rows()},
                      merges={"订单": ["A1:I1", "A5:A6"]})
    book = open_workbook(path)
    det = detect(book, "orders")
    assert (det.sheet, det.header_row) == ("订单", 4)
    assert det.missing() == []
    parsed = parse(book, det)
    assert parsed.errors == []
    assert parsed.row_numbers == [5, 6, 7]
    assert parsed.rows_read == 5 and parsed.skipped == 2  # 合计 and 审核 lines
    assert parsed.columns["order_no"] == ["SO-1", "SO-1", "SO-2"]
    assert parsed.columns["line_no"] == [1, 2, 1]
    assert parsed.columns["qty"] == [D(1000), D(50), D(100)]
    assert parsed.columns["requested_date"] == [dt.date(2026, 7, 20), dt.date(2026, 8, 4), None]
    assert parsed.columns["is_custom"] == [False, False, True]


@pytest.mark.parametrize("name", ["ledger.xls", "ledger.ods"])
def test_legacy_xls_and_ods_made_by_libreoffice(name):
    book = open_workbook(FIXTURES / name)
    assert book.format == name.rsplit(".", 1)[1]
    det = detect(book, "orders")
    assert det.sheet == "订单" and det.header_row == 4
    parsed = parse(book, det)
    assert parsed.errors == []
    assert parsed.columns["order_no"] == ["LX-2026-001", "LX-2026-001", "LX-2026-002"]
    assert parsed.columns["qty"] == [D(1000), D(50), D(100)]
    assert parsed.columns["order_date"] == [dt.date(2026, 7, 1), dt.date(2026, 7, 1), dt.date(2026, 7, 3)]
    assert parsed.columns["requested_date"] == [dt.date(2026, 7, 20), dt.date(2026, 7, 25), dt.date(2026, 8, 4)]
    assert parsed.columns["is_custom"] == [False, False, True]
    assert parsed.skipped == 1


CSV_TEXT = "订单号,客户名称,下单日期,产品编码,数量\r\nSO-9,宁波东方机电有限公司,2026/7/5,FG-100,\"1,000\"\r\n"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16"),
])
def test_csv_encodings_are_detected(tmp_path, encoding, expected):
    text = CSV_TEXT.replace(",", "\t") if encoding == "utf-16" else CSV_TEXT
    path = tmp_path / "orders.csv"
    path.write_bytes(text.encode(encoding))
    book = open_workbook(path)
    assert (book.format, book.encoding) == ("csv", expected)
    parsed = parse(book, detect(book, "orders"))
    assert parsed.errors == []
    assert parsed.columns["customer_name"] == ["宁波东方机电有限公司"]
    assert parsed.columns["qty"] == [D(1000)]


def test_english_headers_and_a_sheet_chosen_by_name(tmp_path):
    rows = [["Order No.", "Customer", "Order Date", "Item Code", "Qty", "Due date"],
            ["A-1", "Acme", "2026-07-05", "FG-100", 5, "2026-08-01"]]
    path = write_xlsx(tmp_path / "e.xlsx", {"Sheet1": [["nothing here"]], "Orders": rows})
    book = open_workbook(path)
    det = detect(book, "orders", sheet="Orders")
    assert {det.mapping[j] for j in det.mapping} == {"order_no", "customer_name", "order_date", "item_code", "qty",
                                                     "requested_date"}
    with pytest.raises(HeaderNotFound):
        detect(book, "orders", sheet="Sheet1")
    with pytest.raises(HeaderNotFound, match="no sheet"):
        detect(book, "orders", sheet="Missing")


def test_remap_and_missing_fields(tmp_path):
    rows = [["单号", "买家", "日期", "货号", "数量"], ["SO-1", "甲公司", "2026-07-05", "FG-100", 3]]
    book = open_workbook(write_xlsx(tmp_path / "m.xlsx", {"S": rows}))
    det = detect(book, "orders")
    assert "item_code" in det.missing() and "customer_code / customer_name" in det.missing()
    det = det.remap({1: "customer_name", 3: "item_code"})
    assert det.missing() == []
    parsed = parse(book, det)
    assert parsed.errors == [] and parsed.columns["item_code"] == ["FG-100"]
    cols = {c.header: c.field for c in det.columns()}
    assert cols == {"单号": "order_no", "买家": "customer_name", "日期": "order_date", "货号": "item_code", "数量": "qty"}


def test_every_error_is_listed_with_its_excel_row(tmp_path):
    rows = [["销售台账"], [], ORDER_HEADERS,
            ["SO-1", "甲", "2026-02-30", "FG-100", "", "-5", 1, "", "也许"],
            ["SO-1", "乙", "2026-07-01", "", "", "10", "abc", "2026-06-01", ""],
            ["SO-2", "甲", "2026-07-01", "FG-100", "", "10", 1, "", ""],
            ["SO-2", "甲", "2026-07-01", "FG-100", "", "10", 1, "", ""]]
    book = open_workbook(write_xlsx(tmp_path / "bad.xlsx", {"订单": rows}))
    parsed = parse(book, detect(book, "orders"))
    got = {(e.row, e.column, e.code) for e in parsed.errors}
    assert (4, "下单日期", "impossible_date") in got
    assert (4, "数量", "negative") in got
    assert (4, "定制", "not_a_flag") in got
    assert (5, "产品编码", "required") in got
    assert (5, "单价", "not_a_number") in got
    assert (5, "客户名称", "inconsistent") in got
    assert (5, "要求交期", "before_order_date") in got
    for e in parsed.errors:
        assert e.sheet == "订单" and e.message
    assert [e.as_dict()["row"] for e in parsed.errors] == sorted(e.row for e in parsed.errors)


def test_order_level_cells_lines_and_repeats_across_an_orders_rows(tmp_path):
    """Blank order numbers are filled down; an order-level cell left blank on some lines
    (the first included, for a column that is not required) takes the one given; a differing
    one, and a repeated order + line, are errors on the row that repeats."""
    headers = ["订单号", "行号", "客户名称", "下单日期", "产品编码", "数量", "定制"]
    rows = [headers,
            ["SO-1", 1, "甲", dt.date(2026, 7, 1), "FG-100", 1, ""],
            ["", 2, "", "", "FG-100", 2, "是"],  # row 3: the custom flag for the first line too
            ["", 3, "", dt.date(2026, 7, 1), "FG-100", 3, ""],
            ["SO-2", 1, "乙", dt.date(2026, 7, 2), "FG-100", 4, "否"],
            ["SO-2", 2, "乙", dt.date(2026, 7, 3), "FG-100", 5, ""],  # row 6: another order date
            ["SO-2", 1, "乙", dt.date(2026, 7, 2), "FG-100", 6, ""],  # row 7: line 1 again
            ["SO-3", 1, "丙", dt.date(2026, 7, 4), "FG-100", 7, ""]]
    book = open_workbook(write_xlsx(tmp_path / "o.xlsx", {"订单": rows}))
    parsed = parse(book, detect(book, "orders"))
    assert [(e.row, e.column, e.code, e.message) for e in parsed.errors] == [
        (6, "下单日期", "inconsistent", "differs from row 5, the first line of SO-2"),
        (7, "行号", "duplicate", "order SO-2 line 1 repeats row 5"),
    ]
    c = parsed.columns
    assert c["order_no"] == ["SO-1"] * 3 + ["SO-2"] * 3 + ["SO-3"]
    assert c["customer_name"] == ["甲"] * 3 + ["乙"] * 3 + ["丙"]
    assert c["order_date"][:3] == [dt.date(2026, 7, 1)] * 3
    assert c["is_custom"] == [True, True, True, False, False, False, None]


def test_duplicate_keys_inside_the_file(tmp_path):
    rows = [["物料编码", "物料名称", "类别"], ["A1", "甲", "成品"], ["B1", "乙", "原材料"], ["a1", "丙", "成品"]]
    book = open_workbook(write_xlsx(tmp_path / "i.xlsx", {"物料": rows}))
    parsed = parse(book, detect(book, "items"))
    assert [(e.row, e.code, e.message) for e in parsed.errors] == [(4, "duplicate", "repeats row 2")]


# -- limits and damage ----------------------------------------------------------------------


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<c>0</c>" * 3_000_000)  # 24 MB, compresses ~1000x
    assert path.stat().st_size < 200_000
    with pytest.raises(FileRefused) as exc:
        open_workbook(path)
    assert exc.value.code == "zip_bomb" and "compressed" in exc.value.message
    with pytest.raises(FileRefused, match="expands to"):
        open_workbook(path, Limits(max_uncompressed_bytes=1_000_000))


def test_size_and_cell_limits(tmp_path):
    rows = [["物料编码", "物料名称", "类别"]] + [[f"A{i}", "x", "成品"] for i in range(200)]
    path = write_xlsx(tmp_path / "i.xlsx", {"物料": rows})
    with pytest.raises(FileRefused) as exc:
        open_workbook(path, Limits(max_file_bytes=1000))
    assert exc.value.code == "too_large"
    with pytest.raises(FileRefused) as exc:  # from the sheet's own extent, before calamine reads it
        open_workbook(path, Limits(max_cells=300))
    assert exc.value.code == "too_many_cells"
    assert exc.value.message == "sheet 物料 spans 201 rows x 3 columns (603 cells); the limit is 300 cells"
    assert open_workbook(path, Limits(max_cells=603)).info()[0].rows == 201
    csv = tmp_path / "i.csv"
    csv.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    with pytest.raises(FileRefused):
        parse(book := open_workbook(csv, Limits(max_cells=300)), detect(book, "items"))


@pytest.mark.parametrize("content,code", [
    (b"", None), (b"PK\x03\x04garbage", "unreadable"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unreadable"),
    (b"<html><p>expired</p></html>", "unreadable"), (b"\x00\x01\x02\xff" * 100, "unsupported"),
    (bytes(range(256)) * 4, None),
])
def test_damaged_files_give_a_clean_refusal(tmp_path, content, code):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    try:
        book = open_workbook(path)
        detect(book, "orders")
    except (FileRefused, HeaderNotFound) as exc:
        if code:
            assert getattr(exc, "code", None) == code
        assert exc.message
    else:
        pytest.fail("a damaged file was accepted")


def test_a_truncated_xlsx_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "g.xlsx", {"订单": [ORDER_HEADERS] + ledger_rows()[4:7]})
    bad = tmp_path / "t.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(FileRefused):
        parse(book := open_workbook(bad), detect(book, "orders"))
