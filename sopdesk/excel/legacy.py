"""Two old ".xls" look-alikes that web systems and older ERPs export: an HTML table (in
UTF-8 or GBK) and Excel 2003's SpreadsheetML XML. Each table or worksheet becomes a sheet of
plain values, read with the same cell limit as every file, counted before the cells are
kept; the XML is streamed through defusedxml (no DTD, no entity expansion, no external
entities, at most guard.MAX_DEPTH deep).
"""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser
from typing import Any

from . import guard
from .limits import FileRefused, Limits

SS = "urn:schemas-microsoft-com:office:spreadsheet"


def is_spreadsheet_xml(head: str) -> bool:
    return head.lstrip().startswith("<?xml") and SS in head


def is_html(head: str) -> bool:
    low = head.lower()
    return "<html" in low or "<table" in low


class _Tables(HTMLParser):
    """Collects every <table> as rows of cell texts; colspan repeats an empty cell."""

    def __init__(self, max_cells: int, name: str):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._cells = 0
        self._max, self._name = max_cells, name

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth == 1 and tag == "tr":
            self._row = []
        elif self._depth == 1 and tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() and 0 < int(span) <= 1000 else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            self._depth = max(self._depth - 1, 0)
        elif self._depth == 1 and tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = " ".join("".join(self._cell).replace("\xa0", " ").split())
            self._row.extend([text] + [""] * (self._span - 1))
            self._cells += self._span
            if self._cells > self._max:
                raise FileRefused("{sheet} has more than {limit:,} cells; the limit is {limit:,}",
                                  "too_many_cells", sheet=self._name, limit=self._max)
            self._cell = None
        elif self._depth == 1 and tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def read_html(text: str, name: str, limits: Limits) -> list[tuple[str, list[list[Any]]]]:
    guard.check_html(text, name, limits)
    parser = _Tables(limits.max_cells, name)
    parser.feed(text)
    parser.close()
    tables = [t for t in parser.tables if any(any(c for c in row) for row in t)]
    if not tables:
        raise FileRefused("this web page holds no table to import", "unreadable")
    return [(f"Table{n}" if len(tables) > 1 else "Sheet1", rows) for n, rows in enumerate(tables, start=1)]


def _value(data) -> Any:
    if data is None:
        return ""
    kind = data.get(f"{{{SS}}}Type", "String")
    text = "".join(data.itertext())
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    if kind == "DateTime":
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return moment.date() if moment.time() == dt.time(0) else moment
    return text


def read_spreadsheet_xml(raw: bytes, name: str, limits: Limits) -> list[tuple[str, list[list[Any]]]]:
    """Two streamed passes (defusedxml's iterparse, depth-limited, no DTD): the first finds
    each worksheet's extent — ss:Index may jump to any row or column — and refuses one over
    the cell limit; the second keeps the values."""
    extents = _xml_extents(raw, name)
    for extent in extents:
        guard.refuse_extent(extent, limits)
    sheets: list[tuple[str, list[list[Any]]]] = []
    rows: list[list[Any]] = []
    values: list[Any] = []
    sheet_name = ""
    for event, elem in guard.iterparse(io.BytesIO(raw), name, keep=_KEEP):
        tag = elem.tag
        if event == "start":
            if tag == f"{{{SS}}}Worksheet":
                sheet_name = elem.get(f"{{{SS}}}Name") or f"Sheet{len(sheets) + 1}"
                rows = []
            elif tag == f"{{{SS}}}Row":
                index = _index(elem)
                if index:
                    rows.extend([] for _ in range(index - 1 - len(rows)))  # ss:Index skips empty rows
                values = []
            continue
        if tag == f"{{{SS}}}Cell":
            col = _index(elem)
            if col:
                values.extend([""] * max(col - 1 - len(values), 0))
            values.append(_value(elem.find(f"{{{SS}}}Data")))
        elif tag == f"{{{SS}}}Row":
            rows.append(values)
        elif tag == f"{{{SS}}}Worksheet":
            sheets.append((sheet_name, rows))
    if not sheets:
        raise FileRefused("the XML file is not an Excel 2003 workbook (no worksheet)", "unreadable")
    return sheets


_KEEP = frozenset({"Cell", "Data"})  # a cell's value is read when the cell ends


def _index(elem) -> int:
    value = elem.get(f"{{{SS}}}Index")
    if value is None:
        return 0
    value = value.strip()
    if not value.isdigit() or len(value) > 9:
        raise FileRefused("the XML spreadsheet is damaged: ss:Index={value!r}", "unreadable", value=value[:20])
    return int(value)


def _xml_extents(raw: bytes, name: str) -> list[guard.Extent]:
    out = []
    sheet_name, row, col, last_col, cells = "", 0, 0, 0, 0
    for event, elem in guard.iterparse(io.BytesIO(raw), name):
        tag = elem.tag
        if event == "start":
            if tag == f"{{{SS}}}Worksheet":
                sheet_name = elem.get(f"{{{SS}}}Name") or f"Sheet{len(out) + 1}"
                row = last_col = cells = 0
            elif tag == f"{{{SS}}}Row":
                index = _index(elem)
                row = max(row + 1, index) if index else row + 1
                col = 0
            elif tag == f"{{{SS}}}Cell":
                index = _index(elem)
                col = max(col + 1, index) if index else col + 1
                last_col = max(last_col, col)
                cells += 1
            continue
        if tag == f"{{{SS}}}Worksheet":
            out.append(guard.Extent(sheet_name, row, last_col, cells))
    return out
