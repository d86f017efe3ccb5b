"""Writing .xlsx files people can use at once: exports, blank templates, marked-up errors.

xlsxwriter in constant_memory mode (rows are streamed to a temporary file, memory stays
flat). Each column has a type and its cells are written with the matching xlsxwriter call,
never with the guessing write(): numbers as numbers, dates as date serials with a date
format, and text with write_string, so a value beginning with = + - @ stays text (and
carries Excel's quote prefix, so editing the cell does not turn it into a formula).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import Any

from .fields import spec_for
from .values import EXCEL_EPOCH, cell_text

FORMULA_START = ("=", "+", "-", "@")
SAMPLE_ROWS = 200
MAX_WIDTH = 60
MAX_COMMENTS = 2000


@dataclass(frozen=True)
class Column:
    """One exported column. type: text, int, qty, price, date, bool, enum (labels maps stored
    value -> text)."""

    key: str
    header: str
    type: str = "text"
    labels: dict[str, str] | None = None


def columns_for(kind: str, bilingual: bool = False) -> list[Column]:
    """The columns of an import kind, in import order, as exports and templates write them."""
    spec = spec_for(kind)
    out = []
    for f in spec.fields:
        t = {"code": "text", "rate": "qty", "period": "period", "month": "period"}.get(f.type, f.type)
        header = f"{f.zh} {f.en}" if bilingual else f.zh
        out.append(Column(f.name, header, t, f.labels))
    return out


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class _Formats:
    def __init__(self, wb):
        self.header = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "vcenter",
                                     "text_wrap": True})
        self.date = wb.add_format({"num_format": "yyyy-mm-dd"})
        self.month = wb.add_format({"num_format": "yyyy-mm"})
        self.price = wb.add_format({"num_format": "#,##0.00##"})
        self.qty = wb.add_format({"num_format": "#,##0.####"})
        self.int = wb.add_format({"num_format": "0"})
        self.quoted = wb.add_format({"quote_prefix": True})
        self.bad = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.title = wb.add_format({"bold": True, "font_size": 13})


def _writer(ws, col: Column, fm: _Formats) -> Callable[[int, int, Any], None]:
    """A function writing one cell of this column, chosen once per column."""
    write_string, write_number = ws.write_string, ws.write_number
    labels = col.labels or {}

    def text(r, c, v):
        if v is None or v == "":
            return
        s = v if isinstance(v, str) else cell_text(getattr(v, "value", v))
        if s.startswith(FORMULA_START):
            write_string(r, c, s, fm.quoted)
        else:
            write_string(r, c, s)

    def number(fmt):
        def w(r, c, v):
            if v is None:
                return
            if isinstance(v, Decimal | int | float) and not isinstance(v, bool):
                write_number(r, c, float(v), fmt)
            else:
                text(r, c, v)
        return w

    def date(r, c, v):
        if v is None:
            return
        if isinstance(v, dt.datetime):
            v = v.date()
        if isinstance(v, dt.date):
            write_number(r, c, (v - EXCEL_EPOCH).days, fm.date)
        else:
            text(r, c, v)

    def period(r, c, v):  # (first, last day) of a whole month -> "2026-07"; a date as a date
        if isinstance(v, tuple):
            write_string(r, c, f"{v[0].year}-{v[0].month:02d}")
        elif isinstance(v, dt.date):
            date(r, c, v)
        else:
            text(r, c, v)

    def flag(r, c, v):
        if v is None:
            return
        write_string(r, c, "是" if v else "否")

    def enum(r, c, v):
        if v is None:
            return
        key = getattr(v, "value", v)
        write_string(r, c, labels.get(key, str(key)))

    return {
        "text": text, "int": number(fm.int), "qty": number(fm.qty), "price": number(fm.price),
        "date": date, "period": period, "bool": flag, "enum": enum,
    }.get(col.type, text)


def _shown(col: Column, v: Any) -> str:
    if v is None:
        return ""
    if col.type == "bool":
        return "是" if v else "否"
    if col.type == "enum":
        return (col.labels or {}).get(getattr(v, "value", v), str(v))
    if isinstance(v, Decimal):
        return f"{v:,.2f}"
    return cell_text(v)


def write_table(
    path: str | os.PathLike, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
    sheet_name: str = "Sheet1", progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None, total: int | None = None,
) -> int:
    """Write rows (sequences in column order) to a styled .xlsx; returns the row count."""
    import xlsxwriter

    from .reader import ImportCancelled

    path = os.fspath(path)
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False,
                                    "strings_to_urls": False, "strings_to_numbers": False})
    try:
        ws = wb.add_worksheet(_sheet_title(sheet_name))
        fm = _Formats(wb)
        it = iter(rows)
        sample = list(islice(it, SAMPLE_ROWS))
        for c, col in enumerate(columns):
            width = max([_width(col.header)] + [_width(_shown(col, r[c])) for r in sample]) + 2
            ws.set_column(c, c, min(max(width, 6), MAX_WIDTH))
        ws.set_row(0, 20)
        for c, col in enumerate(columns):
            ws.write_string(0, c, col.header, fm.header)
        ws.freeze_panes(1, 0)
        writers = [_writer(ws, col, fm) for col in columns]
        pairs = list(enumerate(writers))
        n = 0
        for chunk in (sample, it):
            for row in chunk:
                n += 1
                for c, w in pairs:
                    w(n, c, row[c])
                if n % 10000 == 0:
                    if is_cancelled is not None and is_cancelled():
                        raise ImportCancelled("export cancelled")
                    if progress is not None and total:
                        progress(min(n / total, 0.99))
        ws.autofilter(0, 0, max(n, 1), max(len(columns) - 1, 0))
    except BaseException:
        with contextlib.suppress(Exception):
            wb.close()
        with contextlib.suppress(OSError):
            os.remove(path)
        raise
    wb.close()
    if progress is not None:
        progress(1.0)
    return n


def _sheet_title(name: str) -> str:
    bad = '[]:*?/\\'
    clean = "".join("_" if ch in bad else ch for ch in name).strip("'") or "Sheet1"
    return clean[:31]


def write_template(path: str | os.PathLike, kind: str) -> None:
    """A blank import template: bilingual headers (required ones marked *) and a notes sheet
    that lists each column, whether it is required and what it accepts."""
    import xlsxwriter

    spec = spec_for(kind)
    fields = [f for f in spec.fields if not f.info or f.name in ("item_name",)]
    wb = xlsxwriter.Workbook(os.fspath(path), {"strings_to_formulas": False})
    fm = _Formats(wb)
    ws = wb.add_worksheet(_sheet_title(spec.zh))
    for c, f in enumerate(fields):
        header = f"{f.zh}{'*' if f.required else ''}\n{f.en}"
        ws.write_string(0, c, header, fm.header)
        ws.set_column(c, c, max(_width(f.zh), len(f.en)) + 4, fm.date if f.type == "date" else None)
    ws.set_row(0, 34)
    ws.freeze_panes(1, 0)
    notes = wb.add_worksheet("说明 Notes")
    notes.write_row(0, 0, ["列 Column", "必填 Required", "内容 Accepts", "也可写作 Also recognised"], fm.header)
    accepts = {
        "text": "文字 text", "code": "编码 code", "int": "整数 whole number", "qty": "数量, 可带单位 100件 / 1,000",
        "price": "金额 number", "rate": "比例 5% 或 0.05", "date": "日期 2026-07-05 / 2026/7/5 / 2026年7月5日",
        "period": "月份 2026-07 或 日期", "bool": "是/否, Y/N, √",
        "month": "月份 2027-01 / 2027年1月 / 1月 / Jan-27",
    }
    for r, f in enumerate(fields, start=1):
        what = accepts.get(f.type, "")
        if f.type == "enum":
            what = " / ".join(sorted(set((f.labels or {}).values())))
        notes.write_row(r, 0, [f.header, "是 yes" if f.required else "", what, "、".join(f.synonyms[:8])])
    if spec.wide:  # e.g. the forecast: one column per month instead of a month and a quantity column
        month, qty = (spec.field(n) for n in spec.wide)
        notes.write_row(len(fields) + 2, 0, [
            "每月一列 One column per month", "",
            f"不写{month.zh}和{qty.zh}列，改为每月一列：表头写月份 (2027-01 / 2027年1月 / 1月 / Jan-27)，"
            f"单元格填{qty.zh}，空格跳过。Instead of the {month.en} and {qty.en} columns, one column per month "
            "headed by the month; blank cells are skipped. 1月 without a year: the next January on or after the "
            "open review's first month."])
    notes.set_column(0, 0, 28)
    notes.set_column(1, 1, 12)
    notes.set_column(2, 2, 40)
    notes.set_column(3, 3, 60)
    wb.close()


def write_error_workbook(path: str | os.PathLike, source, errors: Sequence) -> None:
    """The sheet as it was read with every bad cell marked red and explained in a comment,
    and a list of all problems on a second sheet. `source` is a ParsedFile or a SheetData."""
    import xlsxwriter

    sheet = getattr(source, "sheet_data", source)
    wb = xlsxwriter.Workbook(os.fspath(path), {"strings_to_formulas": False, "strings_to_urls": False})
    fm = _Formats(wb)
    listing = wb.add_worksheet("错误 Errors")
    listing.write_row(0, 0, ["工作表 Sheet", "行 Row", "列 Column", "值 Value", "问题 Problem"], fm.header)
    for r, e in enumerate(errors, start=1):
        listing.write_string(r, 0, e.sheet or "")
        if e.row is not None:
            listing.write_number(r, 1, e.row)
        listing.write_string(r, 2, e.column or "")
        listing.write_string(r, 3, cell_text(e.value))
        listing.write_string(r, 4, e.message)
    for c, w in enumerate((16, 8, 18, 24, 60)):
        listing.set_column(c, c, w)
    listing.freeze_panes(1, 0)
    if sheet is not None and getattr(sheet, "rows", None) is not None:
        ws = wb.add_worksheet(_sheet_title(sheet.name if sheet.name != "错误 Errors" else "data"))
        marks: dict[tuple[int, int], list[str]] = {}
        for e in errors:
            if e.row is not None and e.col_index is not None:
                marks.setdefault((e.row - 1, e.col_index), []).append(e.message)
        for i, row in enumerate(sheet.rows):
            r = sheet.row_offset + i
            for j, v in enumerate(row):
                c = sheet.col_offset + j
                bad = (r, c) in marks
                if v is None or v == "":
                    if bad:
                        ws.write_blank(r, c, None, fm.bad)
                    continue
                fmt = fm.bad if bad else None
                if isinstance(v, bool):
                    ws.write_boolean(r, c, v, fmt)
                elif isinstance(v, int | float):
                    ws.write_number(r, c, v, fmt)
                elif isinstance(v, dt.datetime | dt.date):
                    ws.write_string(r, c, cell_text(v), fmt)
                else:
                    ws.write_string(r, c, str(v), fmt)
        for n, ((r, c), messages) in enumerate(marks.items()):
            if n >= MAX_COMMENTS:
                break
            if r >= sheet.row_offset + len(sheet.rows):
                ws.write_blank(r, c, None, fm.bad)
            ws.write_comment(r, c, "\n".join(messages)[:1000], {"x_scale": 2})
        ws.activate()
    wb.close()
