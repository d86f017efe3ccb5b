"""A corpus of hostile and broken workbooks, made on the spot (nothing binary is committed
but the small LibreOffice .xls the .xls cases are edited from).

Each maker writes one file into a folder and returns its path; CORPUS lists them with the
refusal code the reader must give. tests/test_hostile_files.py runs every one through the
real command line in a subprocess under a memory cap.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import xlsxwriter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "excel"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="订单" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>")


def xlsx(path: Path, sheet_xml: str | bytes, parts: dict[str, str] | None = None) -> Path:
    """A minimal .xlsx around one worksheet's XML (parts: more members, or replacements)."""
    members = {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": WORKBOOK,
               "xl/_rels/workbook.xml.rels": RELS, "xl/worksheets/sheet1.xml": sheet_xml}
    members.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def sheet(cells: str, dimension: str | None = "A1", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">{dim}'
            f"<sheetData>{cells}</sheetData></worksheet>")


def a1_and(ref: str) -> str:
    row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f'<row r="1"><c r="A1" t="inlineStr"><is><t>订单号</t></is></c></row><row r="{row}">' \
           f'<c r="{ref}"><v>1</v></c></row>'


# -- the makers ------------------------------------------------------------------------------


def sparse_xfd1048576(d: Path) -> Path:
    """The issue's file: only A1 and XFD1048576 filled, 1.5 kB, as xlsxwriter writes it."""
    path = d / "sparse.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("订单")
    ws.write(0, 0, "订单号")
    ws.write(1048575, 16383, "x")
    wb.close()
    return path


def sparse_xfd100000(d: Path) -> Path:
    return xlsx(d / "sparse100k.xlsx", sheet(a1_and("XFD100000"), "A1:XFD100000"))


def lying_dimension(d: Path) -> Path:
    """<dimension> claims A1 only; a cell sits at XFD1048576."""
    return xlsx(d / "lying.xlsx", sheet(a1_and("XFD1048576"), "A1"))


def no_dimension(d: Path) -> Path:
    return xlsx(d / "nodim.xlsx", sheet(a1_and("XFD1048576"), None))


def cells_without_refs(d: Path) -> Path:
    """An empty cell at XFD1, then cells without r: calamine puts them after it."""
    row = '<row r="1048576"><c r="XFC1048576"/><c><v>1</v></c></row>'
    return xlsx(d / "norefs.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c></row>' + row, "A1:A1"))


def prefixed_cells(d: Path) -> Path:
    cells = (f'<x:row xmlns:x="{MAIN}" r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="XFD1048576"><x:v>2</x:v></x:c>'
             "</x:row>")
    return xlsx(d / "prefixed.xlsx", sheet(cells, "A1"))


def zip_bomb(d: Path) -> Path:
    """150 MB of sheet XML in a file of 150 kB."""
    body = '<row r="1"><c r="A1"><v>0</v></c></row>' + "<!-- -->" * 18_000_000
    return xlsx(d / "bomb.xlsx", sheet(body, "A1"))


def deep_xml_workbook(d: Path) -> Path:
    deep = "<a>" * 200_000 + "</a>" * 200_000
    book = WORKBOOK.replace("<sheets>", deep + "<sheets>")
    return xlsx(d / "deep.xlsx", sheet(a1_and("B2")), {"xl/workbook.xml": book})


def deep_xml_sheet(d: Path) -> Path:
    deep = "<x>" * 200_000 + "</x>" * 200_000
    cells = f'<row r="1"><c r="A1"><v>1</v></c></row>{deep}'
    return xlsx(d / "deepsheet.xlsx", sheet(cells, None))


def billion_laughs_sheet(d: Path) -> Path:
    return xlsx(d / "laughs.xlsx", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
                                         "A1", prolog=LAUGHS))


def billion_laughs_shared_strings(d: Path) -> Path:
    sst = (f'<?xml version="1.0" encoding="UTF-8"?>{LAUGHS}<sst xmlns="{MAIN}" count="1" uniqueCount="1">'
           "<si><t>&lol9;</t></si></sst>")
    return xlsx(d / "laughs_sst.xlsx", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "A1"),
                {"xl/sharedStrings.xml": sst})


def truncated_zip(d: Path) -> Path:
    good = sparse_xfd1048576(d).read_bytes()
    path = d / "truncated.xlsx"
    path.write_bytes(good[: len(good) // 2])
    return path


def ods_repeats(d: Path) -> Path:
    """One value repeated over 16,384 columns of 1,048,576 rows."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="订单"><table:table-row table:number-rows-repeated="1048576">'
               '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" '
               'office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    path = d / "repeats.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return path


def _edit_xls(d: Path, name: str, edit) -> Path:
    """The LibreOffice fixture with its Workbook stream changed in place (same length)."""
    import olefile

    path = d / name
    path.write_bytes((FIXTURES / "ledger.xls").read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        edit(stream)
        ole.write_stream("Workbook", bytes(stream))
    return path


def _biff(stream: bytearray, typ: int):
    pos = 0
    while pos + 4 <= len(stream):
        t, n = struct.unpack_from("<HH", stream, pos)
        if t == typ:
            yield pos + 4, n
        pos += 4 + n


def xls_sparse_cell(d: Path) -> Path:
    """A cell record moved to row 65,535, column 65,535 (calamine reads the column as u16)."""
    def edit(s):
        for rec in (0x00FD, 0x0203, 0x027E):
            for data, _n in _biff(s, rec):
                struct.pack_into("<HH", s, data, 0xFFFF, 0xFFFF)
                return
    return _edit_xls(d, "sparse.xls", edit)


def xls_dimensions(d: Path) -> Path:
    """DIMENSIONS claiming 4 billion rows: the reader reserves that before any cell."""
    def edit(s):
        for data, n in _biff(s, 0x0200):
            if n == 14:
                struct.pack_into("<IIHH", s, data, 0, 0xFFFFFFFF, 0, 0xFFFF)
    return _edit_xls(d, "dims.xls", edit)


def xls_shared_strings(d: Path) -> Path:
    """An SST claiming 2^31 - 1 strings."""
    def edit(s):
        for data, _n in _biff(s, 0x00FC):
            struct.pack_into("<i", s, data + 4, 0x7FFFFFFF)
    return _edit_xls(d, "sst.xls", edit)


def xml2003_sparse(d: Path) -> Path:
    path = d / "erp.xls"
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="订单"><Table>'
        '<Row><Cell><Data ss:Type="String">订单号</Data></Cell></Row>'
        '<Row ss:Index="1048576"><Cell ss:Index="16384"><Data ss:Type="Number">1</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>", encoding="utf-8")
    return path


def xml2003_laughs(d: Path) -> Path:
    path = d / "laughs.xls"
    path.write_text(f'<?xml version="1.0"?>{LAUGHS}<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                    "<Worksheet><Table><Row><Cell><Data>&lol9;</Data></Cell></Row></Table></Worksheet></Workbook>",
                    encoding="utf-8")
    return path


def html_colspan(d: Path) -> Path:
    """6,000 cells of colspan 1,000 in 120 kB: six million cells."""
    path = d / "web.xls"
    path.write_text("<html><table><tr><th>订单号</th><th>数量</th></tr>" + "<tr>" + '<td colspan="1000"></td>' * 6000
                    + "</tr></table></html>", encoding="utf-8")
    return path


def csv_cells(d: Path) -> Path:
    path = d / "wide.csv"
    path.write_bytes(b"order_no,qty\n" + b"," * 6_000_000 + b"\n")
    return path


def csv_euc_kr(d: Path) -> Path:
    path = d / "korea.csv"
    path.write_bytes("order_no,customer,order_date,item,qty\r\nSO-9,한국테스트주식회사,2026-07-05,FG-100,10\r\n"
                     .encode("euc_kr"))
    return path


def csv_binary(d: Path) -> Path:
    path = d / "binary.csv"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def empty(d: Path) -> Path:
    path = d / "empty.xlsx"
    path.write_bytes(b"")
    return path


# (maker, refusal code the reader gives; None: any clean refusal)
CORPUS = [
    (sparse_xfd1048576, "too_many_cells"), (sparse_xfd100000, "too_many_cells"), (lying_dimension, "too_many_cells"),
    (no_dimension, "too_many_cells"), (cells_without_refs, "too_many_cells"), (prefixed_cells, "too_many_cells"),
    (zip_bomb, "zip_bomb"), (deep_xml_workbook, "unsupported"), (deep_xml_sheet, "unsupported"),
    (billion_laughs_sheet, "unsupported"), (billion_laughs_shared_strings, "unsupported"),
    (truncated_zip, "unreadable"), (ods_repeats, "too_many_cells"), (xls_sparse_cell, "too_many_cells"),
    (xls_dimensions, "too_many_cells"), (xls_shared_strings, "unreadable"), (xml2003_sparse, "too_many_cells"),
    (xml2003_laughs, "unsupported"), (html_colspan, "too_many_cells"), (csv_cells, "too_many_cells"),
    (csv_euc_kr, "encoding"), (csv_binary, None), (empty, None),
]


def zip_member(path: Path, member: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        return zf.read(member)
