"""Opening a spreadsheet of any supported kind and reading its sheets as rows of values.

.xlsx, .xls (Excel 97-2003 and WPS) and .ods are read with python-calamine; ".xls" files that
are really an HTML table or Excel 2003 XML by excel/legacy.py; .csv with the csv module after
the encoding is detected (excel/encoding.py: a BOM, else strict UTF-8, else GB18030 — the
superset of GBK that Excel writes on a Chinese Windows PC — Shift-JIS or Big5 when the text
reads plausibly so, else refused naming the encoding). The format comes from the file's
first bytes, not its name: WPS and old ERPs save all sorts of things as ".xls".

Every sheet's size is checked from the file itself (excel/guard.py) before calamine is
handed the file: calamine builds one grid from the first to the last filled cell, and a
grid too large for memory aborts the process instead of raising.

Cell values are returned as read: str, float (int from .xls), bool, datetime.date,
datetime.datetime, datetime.time / timedelta, or "" for an empty cell. Vertically merged
cells (an order number merged down over its lines) are filled down.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import guard
from .encoding import decode_text
from .limits import DEFAULT_LIMITS, FileRefused, Limits, check_cells, check_file_size, check_zip

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
HEAD_ROWS = 40  # rows looked at when finding the header


class ImportCancelled(Exception):
    """The user pressed cancel; nothing was written."""


@dataclass
class SheetData:
    """The cells of one sheet. rows[i][j] is Excel row `row_offset + i + 1`, column
    `col_offset + j` (0-based, A = 0)."""

    name: str
    rows: list[list[Any]]
    row_offset: int = 0
    col_offset: int = 0

    def excel_row(self, index: int) -> int:
        return self.row_offset + index + 1


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int
    columns: int


@dataclass
class Workbook:
    """An opened file. Sheets are read when first asked for and then kept.

    State: path, file_name, format ("xlsx", "xls", "ods", "csv", "html", "xml"), encoding (csv, html),
    sheet_names, and the sheets read so far.
    """

    path: str
    file_name: str
    format: str
    sheet_names: list[str]
    limits: Limits = DEFAULT_LIMITS
    encoding: str | None = None
    _book: Any = None
    _text: str | None = None
    _sheets: dict[str, SheetData] = field(default_factory=dict)
    _heads: dict[str, SheetData] = field(default_factory=dict)
    _calamine: dict[str, Any] = field(default_factory=dict)
    _preloading: threading.Thread | None = None

    def info(self) -> list[SheetInfo]:
        out = []
        for name in self.sheet_names:
            head = self.head(name)
            total = self._height(name)
            out.append(SheetInfo(name, total, max((len(r) for r in head.rows), default=0) + head.col_offset))
        return out

    def _height(self, name: str) -> int:
        if self.format == "csv" or name in self._sheets:
            return len(self.sheet(name).rows)
        sheet = self._calamine_sheet(name)
        return int(sheet.end[0]) + 1 if sheet.end else 0

    def preload(self) -> None:
        """Start reading every sheet in a background thread (calamine parses without
        holding the GIL), so the caller can import and connect meanwhile. Any later call
        waits for it; an error is raised then, by the call that needs the sheet."""
        if self._book is None or self._preloading is not None:
            return

        def work():
            for name in self.sheet_names:
                try:
                    self._calamine[name] = self._book.get_sheet_by_name(name)
                except BaseException:  # noqa: BLE001, S112 - a panic too: the main thread reads it again and reports
                    continue

        self._preloading = threading.Thread(target=work, name="sopdesk-preload", daemon=True)
        self._preloading.start()

    def _calamine_sheet(self, name: str):
        if self._preloading is not None:
            self._preloading.join()
        if name in self._calamine:
            return self._calamine[name]
        try:
            sheet = self._calamine[name] = self._book.get_sheet_by_name(name)
            return sheet
        except Exception as exc:  # noqa: BLE001 - calamine raises many kinds; all mean "damaged"
            raise _unreadable(name, exc) from None
        except BaseException as exc:
            raise _unreadable(name, _panic(exc)) from None

    def head(self, name: str, nrows: int = HEAD_ROWS) -> SheetData:
        """The first rows of a sheet, enough to find its header."""
        if name in self._sheets:
            s = self._sheets[name]
            return SheetData(name, s.rows[:nrows], s.row_offset, s.col_offset)
        if name not in self._heads:
            if self.format == "csv":
                return self.head_from(self.sheet(name), nrows)
            self._check_name(name)
            sheet = self._calamine_sheet(name)
            _check_sheet_cells(sheet, self.limits, name)
            try:
                rows = []
                for n, row in enumerate(sheet.iter_rows()):
                    if n >= nrows:
                        break
                    rows.append(row)
            except Exception as exc:  # noqa: BLE001
                raise _unreadable(name, exc) from None
            except BaseException as exc:
                raise _unreadable(name, _panic(exc)) from None
            col_offset = int(sheet.start[1]) if sheet.start else 0
            data = SheetData(name, rows, 0, col_offset)
            _fill_merged(data, sheet)
            self._heads[name] = data
        return self._heads[name]

    @staticmethod
    def head_from(sheet: SheetData, nrows: int) -> SheetData:
        return SheetData(sheet.name, sheet.rows[:nrows], sheet.row_offset, sheet.col_offset)

    def _check_name(self, name: str) -> None:
        if name not in self.sheet_names:
            raise FileRefused("there is no sheet named {sheet!r}; sheets: {sheets}", "no_sheet",
                              sheet=name, sheets=", ".join(self.sheet_names))

    def sheet(self, name: str, progress: Progress | None = None,
              is_cancelled: Cancelled | None = None) -> SheetData:
        """All rows of a sheet (cached). Checks the cell limit before converting cells."""
        if name in self._sheets:
            return self._sheets[name]
        self._check_name(name)
        if self.format == "csv":
            data = _read_csv_text(self._text or "", name, self.limits)
        else:
            data = self._read_calamine(name, progress, is_cancelled)
        self._sheets[name] = data
        self._heads.pop(name, None)
        self._calamine.pop(name, None)  # the cells now live in Python; free calamine's copy
        return data

    def _read_calamine(self, name: str, progress: Progress | None, is_cancelled: Cancelled | None) -> SheetData:
        sheet = self._calamine_sheet(name)
        _check_sheet_cells(sheet, self.limits, name)
        total = (int(sheet.end[0]) + 1) if sheet.end else 0
        rows: list[list[Any]] = []
        step = 5000
        try:
            for n, row in enumerate(sheet.iter_rows()):
                rows.append(row)
                if n % step == 0 and n:
                    if is_cancelled is not None and is_cancelled():
                        raise ImportCancelled("cancelled while reading")
                    if progress is not None and total:
                        progress(min(n / total, 1.0))
        except (ImportCancelled, FileRefused):
            raise
        except Exception as exc:  # noqa: BLE001
            raise _unreadable(name, exc) from None
        except BaseException as exc:
            raise _unreadable(name, _panic(exc)) from None
        row_offset = max(total - len(rows), 0) if sheet.end else 0
        col_offset = int(sheet.start[1]) if sheet.start else 0
        data = SheetData(name, rows, row_offset, col_offset)
        _fill_merged(data, sheet)
        return data

    def close(self) -> None:
        if self._book is not None:
            with contextlib.suppress(Exception):  # closing a damaged book may fail; nothing to do
                self._book.close()
            self._book = None


def _check_sheet_cells(sheet, limits: Limits, name: str) -> None:
    """The grid calamine built, counted from A1 (end is the last cell, 0-based). guard.py has
    refused anything larger already; this is the second look, at what was really read."""
    end = sheet.end
    if end:
        check_cells(int(end[0]) + 1, int(end[1]) + 1, limits, name)


def _unreadable(name: str, exc: BaseException) -> FileRefused:
    return FileRefused("sheet {sheet} cannot be read: {detail}", "unreadable", sheet=name, detail=_first_line(exc))


def _panic(exc: BaseException) -> BaseException:
    """A Rust panic inside calamine arrives as pyo3's PanicException (a BaseException): the
    file is damaged. Anything else (KeyboardInterrupt, SystemExit) goes on."""
    if type(exc).__name__ != "PanicException":
        raise exc
    return exc


def _fill_merged(data: SheetData, sheet) -> None:
    """Fill vertically merged cells (one column wide) with their top cell's value."""
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:  # noqa: BLE001 - not every format reports merged cells
        return
    for (r1, c1), (r2, c2) in ranges:
        if c1 != c2 or r2 <= r1:
            continue
        c = c1 - data.col_offset
        first = r1 - data.row_offset
        if c < 0 or first < 0 or first >= len(data.rows):
            continue
        top = data.rows[first]
        if c >= len(top):
            continue
        value = top[c]
        for i in range(first + 1, min(r2 - data.row_offset + 1, len(data.rows))):
            row = data.rows[i]
            if c < len(row) and row[c] in ("", None):
                row[c] = value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0][:200]


# -- opening --------------------------------------------------------------------------------


def open_workbook(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Open any supported file; FileRefused (with a sentence for people) if it cannot be."""
    path = os.fspath(path)
    check_file_size(path, limits)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise FileRefused("cannot open {path}: {reason}", "unreadable", path=path,
                          reason=exc.strerror or str(exc)) from None
    name = os.path.basename(path)
    if magic.startswith(ZIP_MAGIC):
        fmt = _zip_format(path)
        check_zip(path, limits)
        if fmt == "xlsx":
            guard.check_xlsx(path, limits)
        else:
            guard.check_ods(path, limits)
        return _open_calamine(path, name, fmt, limits)
    if magic == OLE_MAGIC:
        guard.check_xls(path, os.path.getsize(path), limits)
        return _open_calamine(path, name, "xls", limits)
    with open(path, "rb") as fh:
        raw = fh.read()
    return _open_text(raw, path, name, limits)


def _zip_format(path: str) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise FileRefused("binary .xlsb workbooks are not supported; save as .xlsx", "unsupported")
                return "xlsx"
            if "mimetype" in names and zf.read("mimetype").strip().startswith(ODS_MIME):
                return "ods"
    except FileRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, NotImplementedError, ...)
        raise FileRefused("the file is damaged (not a readable zip): {detail}", "unreadable",
                          detail=_first_line(exc)) from None
    raise FileRefused("this zip file is not a spreadsheet (.xlsx or .ods)", "unsupported")


def _open_calamine(path: str, name: str, fmt: str, limits: Limits) -> Workbook:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(path)
        names = [m.name for m in book.sheets_metadata
                 if getattr(m.typ, "name", str(m.typ)) in ("WorkSheet", "Worksheet")] or list(book.sheet_names)
    except BaseException as exc:  # noqa: BLE001 - calamine's errors, and its panics (PanicException)
        if not isinstance(exc, Exception):
            _panic(exc)
        text = _first_line(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise FileRefused("the file is password-protected; save it without a password", "encrypted") from None
        raise FileRefused("the file cannot be read as {format}: {detail}", "unreadable", format=fmt,
                          detail=text) from None
    if not names:
        raise FileRefused("the workbook has no sheets", "unreadable")
    return Workbook(path, name, fmt, names, limits, _book=book)


def _open_text(raw: bytes, path: str, name: str, limits: Limits) -> Workbook:
    from . import legacy

    if legacy.is_spreadsheet_xml(raw[:4000].decode("utf-8", "ignore")):
        return _prefilled(path, name, "xml", legacy.read_spreadsheet_xml(raw, name, limits), limits)
    text, encoding = decode_text(raw)
    if legacy.is_html(text[:2000]):
        book = _prefilled(path, name, "html", legacy.read_html(text, name, limits), limits)
        book.encoding = encoding
        return book
    sheet = os.path.splitext(name)[0] or "csv"
    book = Workbook(path, name, "csv", [sheet], limits, encoding=encoding, _text=text)
    return book


def _prefilled(path: str, name: str, fmt: str, sheets, limits: Limits) -> Workbook:
    """A workbook whose sheets were read whole when it was opened (HTML, XML 2003)."""
    book = Workbook(path, name, fmt, [n for n, _rows in sheets], limits)
    for sheet_name, rows in sheets:
        book._sheets[sheet_name] = SheetData(sheet_name, rows, 0, 0)
    return book


def _read_csv_text(text: str, name: str, limits: Limits) -> SheetData:
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    guard.check_csv(text, delimiter, name, limits)
    rows: list[list[Any]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows.extend(reader)
    except csv.Error as exc:
        raise FileRefused("the CSV cannot be read: {detail}", "unreadable", detail=str(exc)) from None
    return SheetData(name, rows, 0, 0)
