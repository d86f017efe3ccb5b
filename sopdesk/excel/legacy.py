"""Two old ".xls" look-alikes that web systems and older ERPs export: an HTML table (in
UTF-8 or GBK) and Excel 2003's SpreadsheetML XML. Each table or worksheet becomes a sheet of
plain values, read with the same cell limit as every file; the XML goes through defusedxml
(no entity expansion, no external entities).
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from typing import Any

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

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
                raise FileRefused(f"{self._name} has more than {self._max:,} cells; the limit is "
                                  f"{self._max:,}", "too_many_cells")
            self._cell = None
        elif self._depth == 1 and tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def read_html(text: str, name: str, limits: Limits) -> list[tuple[str, list[list[Any]]]]:
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
    try:
        root = SafeET.fromstring(raw)
    except DefusedXmlException:
        raise FileRefused("the XML file uses entities or DTDs, which are not read (unsafe)", "unsupported") \
            from None
    except SafeET.ParseError as exc:
        raise FileRefused(f"the XML spreadsheet is damaged: {exc}", "unreadable") from None
    sheets, cells = [], 0
    for n, ws in enumerate(root.iter(f"{{{SS}}}Worksheet"), start=1):
        rows: list[list[Any]] = []
        for row in ws.iter(f"{{{SS}}}Row"):
            index = row.get(f"{{{SS}}}Index")
            while index and index.isdigit() and len(rows) < int(index) - 1:
                rows.append([])  # ss:Index skips empty rows
            values: list[Any] = []
            for cell in row.iter(f"{{{SS}}}Cell"):
                col = cell.get(f"{{{SS}}}Index")
                if col and col.isdigit():
                    values.extend([""] * max(int(col) - 1 - len(values), 0))
                values.append(_value(cell.find(f"{{{SS}}}Data")))
                cells += 1
                if cells > limits.max_cells:
                    raise FileRefused(f"{name} has more than {limits.max_cells:,} cells; the limit is "
                                      f"{limits.max_cells:,}", "too_many_cells")
            rows.append(values)
        sheets.append((ws.get(f"{{{SS}}}Name") or f"Sheet{n}", rows))
    if not sheets:
        raise FileRefused("the XML file is not an Excel 2003 workbook (no worksheet)", "unreadable")
    return sheets
