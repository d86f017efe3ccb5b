"""".xls" files that are an HTML table (web systems) or Excel 2003 XML (older ERPs): read
with the same header detection, value shapes and limits as any spreadsheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.excel import FileRefused, Limits, detect, open_workbook, parse

D = Decimal

HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table border=1>
<tr><td colspan=5>销售订单导出 2026-07</td></tr>
<tr><th>订单号</th><th>客户名称</th><th>下单日期</th><th>产品编码</th><th>数量</th></tr>
<tr><td>WEB-001</td><td>宁波东方机电有限公司</td><td>2026-07-01</td><td>FG-100</td><td>1,000</td></tr>
<tr><td>WEB-002</td><td>宁波&nbsp;东方机电有限公司</td><td>2026/7/3</td><td>FG-100</td><td> 50 </td></tr>
</table></body></html>"""

XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">ERP 导出</Data></Cell></Row></Table></Worksheet>
 <Worksheet ss:Name="订单">
  <Table>
   <Row><Cell><Data ss:Type="String">订单号</Data></Cell><Cell><Data ss:Type="String">备注</Data></Cell>
        <Cell><Data ss:Type="String">客户名称</Data></Cell>
        <Cell><Data ss:Type="String">下单日期</Data></Cell><Cell><Data ss:Type="String">产品编码</Data></Cell>
        <Cell><Data ss:Type="String">数量</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">ERP-7</Data></Cell><Cell><Data ss:Type="String">加急</Data></Cell>
        <Cell><Data ss:Type="String">宁波东方机电有限公司</Data></Cell>
        <Cell><Data ss:Type="DateTime">2026-07-05T00:00:00.000</Data></Cell>
        <Cell><Data ss:Type="String">FG-100</Data></Cell><Cell><Data ss:Type="Number">12.5</Data></Cell></Row>
   <Row ss:Index="4"><Cell><Data ss:Type="String">ERP-8</Data></Cell>
        <Cell ss:Index="3"><Data ss:Type="String">宁波东方机电有限公司</Data></Cell>
        <Cell><Data ss:Type="DateTime">2026-07-06T00:00:00.000</Data></Cell>
        <Cell><Data ss:Type="String">FG-100</Data></Cell><Cell><Data ss:Type="Number">3</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>"""


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_an_html_table_saved_as_xls(tmp_path, encoding):
    path = tmp_path / "orders.xls"
    path.write_bytes(HTML.encode(encoding))
    book = open_workbook(path)
    assert book.format == "html" and book.sheet_names == ["Sheet1"]
    det = detect(book, "orders")
    assert det.header_row == 2 and det.missing() == []
    parsed = parse(book, det)
    assert parsed.errors == []
    assert parsed.columns["order_no"] == ["WEB-001", "WEB-002"]
    assert parsed.columns["customer_name"] == ["宁波东方机电有限公司", "宁波 东方机电有限公司"]
    assert parsed.columns["order_date"] == [dt.date(2026, 7, 1), dt.date(2026, 7, 3)]
    assert parsed.columns["qty"] == [D(1000), D(50)]


def test_excel_2003_xml_saved_as_xls(tmp_path):
    path = tmp_path / "erp.xls"
    path.write_text(XML, encoding="utf-8")
    book = open_workbook(path)
    assert book.format == "xml" and book.sheet_names == ["说明", "订单"]
    det = detect(book, "orders")
    assert det.sheet == "订单" and det.header_row == 1
    parsed = parse(book, det)
    assert parsed.errors == []
    assert parsed.columns["order_no"] == ["ERP-7", "ERP-8"]
    assert parsed.row_numbers == [2, 4]  # ss:Index kept the Excel row numbers
    assert parsed.columns["order_date"] == [dt.date(2026, 7, 5), dt.date(2026, 7, 6)]
    assert parsed.columns["qty"] == [D("12.5"), D(3)]
    assert parsed.columns["note"] == ["加急", None]  # ss:Index skipped the note of row 4


def test_xml_with_entities_is_refused_not_expanded(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell>'
            '<Data>&b;</Data></Cell></Row></Table></Worksheet></Workbook>')
    path = tmp_path / "bomb.xls"
    path.write_text(bomb, encoding="utf-8")
    with pytest.raises(FileRefused) as err:
        open_workbook(path)
    assert err.value.code == "unsupported"


def test_the_cell_limit_holds_for_both(tmp_path):
    rows = "".join(f"<tr><td>R{n}</td><td>x</td></tr>" for n in range(200))
    html = tmp_path / "big.xls"
    html.write_text(f"<table>{rows}</table>", encoding="utf-8")
    with pytest.raises(FileRefused) as err:
        open_workbook(html, Limits(max_cells=300))
    assert err.value.code == "too_many_cells"
    xml = tmp_path / "big.xml.xls"
    cells = "".join('<Row><Cell><Data ss:Type="String">x</Data></Cell></Row>' for _ in range(400))
    xml.write_text(XML.split("<Worksheet")[0] + f'<Worksheet ss:Name="a"><Table>{cells}</Table></Worksheet></Workbook>',
                   encoding="utf-8")
    with pytest.raises(FileRefused) as err:
        open_workbook(xml, Limits(max_cells=300))
    assert err.value.code == "too_many_cells"


def test_a_web_page_without_a_table(tmp_path):
    path = tmp_path / "x.xls"
    path.write_text("<html><body><p>登录已过期</p></body></html>", encoding="utf-8")
    with pytest.raises(FileRefused) as err:
        open_workbook(path)
    assert err.value.code == "unreadable" and "no table" in err.value.message
