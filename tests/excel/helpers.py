"""Building real-world-shaped spreadsheets for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter


def write_xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
               start: str = "A1") -> Path:
    """Sheets of rows; dates become real dates, strings stay strings (even "=..."), None is
    an empty cell. merges: {sheet: ["A1:H1", ...]} merged with the first cell's value."""
    wb = xlsxwriter.Workbook(str(path))
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    merges = merges or {}
    r0, c0 = xlsxwriter.utility.xl_cell_to_rowcol(start)
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        merged_cells = set()
        for ref in merges.get(name, []):
            (fr, fc), (lr, lc) = (xlsxwriter.utility.xl_cell_to_rowcol(x) for x in ref.split(":"))
            value = rows[fr - r0][fc - c0] if fr - r0 < len(rows) and fc - c0 < len(rows[fr - r0]) else ""
            ws.merge_range(fr, fc, lr, lc, "")
            _write(ws, fr, fc, value, datef)
            merged_cells.update((r, c) for r in range(fr, lr + 1) for c in range(fc, lc + 1))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                r, c = r0 + i, c0 + j
                if (r, c) in merged_cells:
                    continue
                _write(ws, r, c, v, datef)
    wb.close()
    return path


def _write(ws, r, c, v, datef) -> None:
    if v is None or v == "":
        return
    if isinstance(v, bool):
        ws.write_boolean(r, c, v)
    elif isinstance(v, dt.datetime):
        ws.write_datetime(r, c, v, datef)
    elif isinstance(v, dt.date):
        ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), datef)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v)
    else:
        ws.write_string(r, c, str(v))


ORDER_HEADERS = ["订单号", "客户名称", "下单日期", "产品编码", "产品名称", "数量", "单价", "要求交期", "定制"]
