"""Parsing and validating the rows under a detected header: everything that can be checked
without the database (types, required cells, duplicates inside the file, dates in order).

Every problem is collected, never only the first: the user fixes the file once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import field as _field  # CellError has an attribute named field
from operator import itemgetter
from typing import Any

from sopdesk.gcpause import gc_paused

from .fields import KindSpec
from .header import Detection
from .reader import ImportCancelled, SheetData, Workbook
from .values import CellProblem, cell_text, convert, has_none, render

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

# Total, subtotal and signature lines at the foot of a ledger (合计 / Total / 制表人: ...).
_FOOTER = re.compile(
    r"^(合计|总计|小计|累计|本页合计|本月合计|共计|total|subtotal|grandtotal|sum|制表|审核|批准|签字|签名|"
    r"复核|经办|主管|preparedby|checkedby|approvedby)"
)


_TOTAL = re.compile(r"^(合计|总计|小计|共计|累计|本页合计|本月合计|total|subtotal|grand total|sum)[:：]?$")


@dataclass(frozen=True)
class CellError:
    """One problem: where it is (sheet, Excel row, column header), the value as read, a stable
    code, and what is wrong as a message template with named parameters (as a service error
    has them, sopdesk/services/errors.py): the UI translates the template and fills in the
    parameters; `.message` is the English sentence the command line and the error workbook
    print. The template is always a plain string literal at the place that finds the problem
    (resources/i18n/error_templates.py collects them for translation)."""

    sheet: str
    row: int | None
    column: str | None
    value: Any
    template: str
    params: dict[str, Any] = _field(default_factory=dict, hash=False)
    code: str = "invalid"
    field: str | None = None
    col_index: int | None = None  # 0-based Excel column, for marking the cell

    @property
    def message(self) -> str:
        """The English sentence (rendered when asked: a file may have 100,000 problems and the
        wizard shows the first few hundred)."""
        return render(self.template, self.params)

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "value": self.value, "message": self.message}


@dataclass
class ParsedFile:
    """The typed content of one sheet, column by column, plus every problem found.

    columns[field][i] is the value of data row i (Excel row row_numbers[i]); None means the
    cell was blank or invalid (then there is an error for it). Info fields are dropped.
    """

    kind: str
    file_name: str
    sheet: str
    header_row: int
    headers: dict[str, str]  # field -> header text in the file
    col_index: dict[str, int]  # field -> 0-based Excel column
    row_numbers: list[int]
    columns: dict[str, list[Any]]
    raw: dict[str, list[Any]]
    rows_read: int = 0
    skipped: int = 0
    errors: list[CellError] = field(default_factory=list)
    sheet_data: SheetData | None = None  # kept for the marked-up error workbook
    # the wide layout: field -> the 0-based Excel column of each row's cell, for the fields
    # whose column differs from row to row (a month's quantity), and those columns' headers
    row_cols: dict[str, list[int]] = field(default_factory=dict)
    col_headers: dict[int, str] = field(default_factory=dict)

    def cell_at(self, fieldname: str | None, i: int | None) -> tuple[str | None, int | None]:
        """(header, 0-based Excel column) of row i's cell of `fieldname`."""
        cols = self.row_cols.get(fieldname) if fieldname else None
        if cols is not None and i is not None:
            return self.col_headers.get(cols[i], fieldname), cols[i]
        if not fieldname:
            return None, None
        return self.headers.get(fieldname, fieldname), self.col_index.get(fieldname)

    def __len__(self) -> int:
        return len(self.row_numbers)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, i: int | None, fieldname: str | None, code: str, template: str, /, **params: Any) -> None:
        """A problem with row i's cell of `fieldname` (the header row when i is None):
        `template` a plain literal, its {parameters} as keywords."""
        row = self.row_numbers[i] if i is not None else self.header_row
        value = self.raw[fieldname][i] if i is not None and fieldname in self.raw else None
        header, col = self.cell_at(fieldname, i)
        self.errors.append(CellError(self.sheet, row, header, _jsonable(value), template, params, code, fieldname,
                                     col))

    def row(self, i: int) -> dict[str, Any]:
        return {name: col[i] for name, col in self.columns.items()}

    def preview(self, start: int = 0, count: int = 200) -> list[tuple[int, dict[str, Any], list[CellError]]]:
        """(Excel row, typed values, errors of that row) for rows start..start+count."""
        by_row: dict[int, list[CellError]] = {}
        for e in self.errors:
            by_row.setdefault(e.row, []).append(e)
        end = min(start + count, len(self.row_numbers))
        return [(self.row_numbers[i], self.row(i), by_row.get(self.row_numbers[i], [])) for i in range(start, end)]


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    return cell_text(value)


def _is_footer(row: list[Any]) -> bool:
    for v in row:
        if isinstance(v, str) and v.strip():
            s = unicodedata.normalize("NFKC", v).lower()
            s = re.sub(r"[\s:：]+", "", s)
            if _FOOTER.match(s):
                return True
    return False


def parse(book: Workbook, det: Detection, progress: Progress | None = None,
          is_cancelled: Cancelled | None = None) -> ParsedFile:
    """Read the sheet under det's header and check every row. Progress goes from 0 to 1
    (reading is the first 60 %); is_cancelled() is polled and raises ImportCancelled."""
    with gc_paused():
        return _parse(book, det, progress, is_cancelled)


def _parse(book: Workbook, det: Detection, progress: Progress | None,
           is_cancelled: Cancelled | None) -> ParsedFile:
    def report(x: float) -> None:
        if progress is not None:
            progress(x)
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled("cancelled")

    spec = det.spec
    report(0.0)
    sheet = book.sheet(det.sheet, (lambda x: progress(0.6 * x)) if progress else None, is_cancelled)
    report(0.6)
    body = sheet.rows[det.header_index + 1:]
    mapped = {j: name for j, name in det.mapping.items() if not spec.field(name).info}
    headers = {name: (det.headers[j] if j < len(det.headers) and det.headers[j] else spec.field(name).zh)
               for j, name in det.mapping.items()}
    col_index = {name: det.col_offset + j for j, name in det.mapping.items()}
    # rows with something in them; whole-blank rows are not data at all
    keep: list[int] = []
    for i, row in enumerate(body):
        for v in row:
            if v != "" and v is not None and not (isinstance(v, str) and not v.strip()):
                keep.append(i)
                break
    first = det.header_index + 1
    base = sheet.excel_row(first)  # Excel row of body[i] is base + i
    width = max(mapped, default=-1) + 1
    rows = [body[i] for i in keep]
    rows = [r if len(r) >= width else list(r) + [""] * (width - len(r)) for r in rows]
    source = keep  # the body row each parsed row comes from
    row_cols: dict[str, list[int]] = {}
    if det.months and spec.wide:
        rows, source, row_cols, mapped, totals = _unpivot(det, rows, keep, mapped, width)
        width = max(mapped, default=-1) + 1
        for name, j in zip(spec.wide, (width - 2, width - 1), strict=True):
            headers[name], col_index[name] = spec.field(name).zh, det.col_offset + j
    parsed = ParsedFile(
        det.kind, book.file_name, det.sheet, det.header_row, headers, col_index,
        [i + base for i in source], {}, {}, rows_read=len(keep), sheet_data=sheet, row_cols=row_cols,
        col_headers={det.col_offset + j: det.headers[j] for j in det.months if j < len(det.headers)},
    )
    if det.months and spec.wide:
        parsed.skipped = totals
    for name in det.missing():
        parsed.errors.append(CellError(det.sheet, det.header_row, _label(spec, name), None,
                                       template="no column for {name_zh} ({name_en}) was found or mapped",
                                       params=_names(spec, name), code="missing_column", field=name))
    errors: dict[tuple[int, str], CellProblem] = {}
    for n, (j, name) in enumerate(mapped.items()):
        raw = list(map(itemgetter(j), rows))
        values, errs = convert(spec.field(name), raw)
        parsed.columns[name] = values
        parsed.raw[name] = raw
        for i, e in errs.items():
            errors[(i, name)] = e
        report(0.6 + 0.3 * (n + 1) / max(len(mapped), 1))

    # rows to skip: nothing in any mapped column, or a total / signature line
    # candidates are the rows with a blank in some required column (or a bad cell); full
    # rows, nearly all of them, are never looked at one by one
    required = [f.name for f in spec.fields if f.required and f.name in parsed.columns]
    suspects = {i for (i, _f) in errors}
    for name in required:
        col = parsed.columns[name]
        if has_none(col):
            suspects.update(i for i, v in enumerate(col) if v is None)
    cols = list(parsed.columns.values())
    errored = {i for (i, _f) in errors}
    skip = {i for i in suspects if i not in errored and all(c[i] is None for c in cols)}
    skip.update(i for i in suspects if i not in skip and _is_footer(body[source[i]]))
    if skip:
        new_index = _drop_rows(parsed, skip)
        errors = {(new_index[i], f): e for (i, f), e in errors.items() if i not in skip}
        parsed.skipped += len(skip)
    for (i, name), p in sorted(errors.items(), key=itemgetter(0)):
        parsed.add_error(i, name, p.code, p.template, **p.params)
    _fill_down_numbers(parsed, errors)
    _check_required(parsed, spec, errors)
    _check_rows(parsed, spec)
    parsed.errors.sort(key=lambda e: (e.row or 0, e.col_index if e.col_index is not None else -1))
    report(1.0)
    return parsed


def _unpivot(det: Detection, rows: list[list[Any]], keep: list[int], mapped: dict[int, str], width: int):
    """The wide layout as the long one: each row becomes one row per month column with a
    value (blank cells are skipped, a row with none gives nothing), holding the row's other
    cells, the month's header and its cell, at columns `width` and `width + 1`. Returns the
    rows, the body row of each, the Excel column of each row's month and quantity cell, and
    the mapping with the two new columns."""
    month_field, qty_field = det.spec.wide
    out, source, cols = [], [], []
    totals = 0
    order = sorted(det.months)
    key = [j for j, name in mapped.items() if name in det.spec.key]
    for r, i in zip(rows, keep, strict=True):
        if any(_TOTAL.match(str(r[j]).strip().lower()) for j in key if j < len(r) and isinstance(r[j], str)):
            totals += 1
            continue  # a total line under the products
        for j in order:
            v = r[j] if j < len(r) else None
            if v is None or (isinstance(v, str) and not v.strip()):
                continue
            out.append([*r[:width], *[""] * (width - len(r)), det.headers[j] if j < len(det.headers) else "", v])
            source.append(i)
            cols.append(det.col_offset + j)
    return out, source, {month_field: cols, qty_field: list(cols)}, {**mapped, width: month_field,
                                                                     width + 1: qty_field}, totals


def _label(spec: KindSpec, name: str) -> str:
    if " / " in name:
        return " / ".join(_label(spec, n) for n in name.split(" / "))
    f = spec.field(name)
    return f"{f.zh} ({f.en})"


def _names(spec: KindSpec, name: str) -> dict[str, str]:
    """A field's (or a "a / b" group's) header in Chinese and in English, the parameters of a
    message that names it: "{name_zh} ({name_en})" in English, the Chinese name alone in Chinese."""
    fields = [spec.field(n) for n in name.split(" / ")]
    return {"name_zh": " / ".join(f.zh for f in fields), "name_en": " / ".join(f.en for f in fields)}


def _drop_rows(parsed: ParsedFile, skip: set[int]) -> dict[int, int]:
    """Remove rows; returns old index -> new index for the rows kept."""
    keep = [i for i in range(len(parsed.row_numbers)) if i not in skip]
    parsed.row_numbers = [parsed.row_numbers[i] for i in keep]
    for d in (parsed.columns, parsed.raw, parsed.row_cols):
        for name in d:
            col = d[name]
            d[name] = [col[i] for i in keep]
    return {old: new for new, old in enumerate(keep)}


def _check_required(parsed: ParsedFile, spec: KindSpec, errors: dict) -> None:
    for f in spec.fields:
        if not f.required or f.name not in parsed.columns:
            continue
        col = parsed.columns[f.name]
        if not has_none(col):
            continue
        for i, v in enumerate(col):
            if v is None and (i, f.name) not in errors:
                parsed.add_error(i, f.name, "required", "{name_zh} ({name_en}) is required", name_zh=f.zh,
                                 name_en=f.en)
    for group in spec.one_of:
        present = [g for g in group if g in parsed.columns]
        if not present:
            continue
        cols = [parsed.columns[g] for g in present]
        if not has_none(cols[0]):
            continue
        blank = {i for i, v in enumerate(cols[0]) if v is None}
        for c in cols[1:]:
            blank = {i for i in blank if c[i] is None}
        for i in sorted(blank):
            if all((i, g) not in errors for g in present):
                parsed.add_error(i, present[0], "required", "{first} or {second} is required",
                                 first=spec.field(group[0]).zh,
                                 second=" / ".join(spec.field(g).zh for g in group[1:]))


def _check_rows(parsed: ParsedFile, spec: KindSpec) -> None:
    """Checks across cells and rows: duplicates, order headers that disagree, date order."""
    cols = parsed.columns
    n = len(parsed)
    if parsed.kind in ("orders", "purchase-orders"):
        _check_documents(parsed, spec)
        dfield = "requested_date" if parsed.kind == "orders" else "expected_date"
        for later in (dfield, "promised_date"):
            if later in cols and "order_date" in cols:
                for i in range(n):
                    a, b = cols["order_date"][i], cols[later][i]
                    if a and b and b < a:
                        parsed.add_error(i, later, "before_order_date", "is before the order date")
        return
    if parsed.kind == "plan" and "period" in cols:
        ends = cols.get("period_end")
        for i in range(n):
            p = cols["period"][i]
            if p and ends and ends[i] and ends[i] < p[0]:
                parsed.add_error(i, "period_end", "end_before_start", "ends before the period starts")
    key = _key_fields(parsed)
    if key:
        _check_duplicates(parsed, key)


def _key_fields(parsed: ParsedFile) -> list[str]:
    spec_key = {"items": ["code"], "bom": ["parent", "component"], "stock-count": ["item_code", "location"],
                "plan": ["item_code", "period", "work_center"]}.get(parsed.kind)
    if parsed.kind in ("customers", "suppliers"):
        return ["code"] if "code" in parsed.columns else ["name"]
    return [k for k in (spec_key or []) if k in parsed.columns]


def _fold_key(v: Any) -> Any:
    if isinstance(v, tuple):
        return v[0]
    return v.casefold() if isinstance(v, str) else v


def _check_duplicates(parsed: ParsedFile, key: list[str]) -> None:
    seen: dict[tuple, int] = {}
    cols = [parsed.columns[k] for k in key]
    for i in range(len(parsed)):
        k = tuple(_fold_key(c[i]) for c in cols)
        if any(v is None for v, name in zip(k, key, strict=True) if name != "work_center"):
            continue
        if k in seen:
            parsed.add_error(i, key[-1] if parsed.kind == "bom" else key[0], "duplicate", "repeats row {row}",
                             row=parsed.row_numbers[seen[k]])
        else:
            seen[k] = i
    if parsed.kind == "bom" and "parent" in parsed.columns and "component" in parsed.columns:
        for i, (p, c) in enumerate(zip(parsed.columns["parent"], parsed.columns["component"], strict=True)):
            if p and c and p.casefold() == c.casefold():
                parsed.add_error(i, "component", "self_reference", "an item cannot be its own component")


HEADER_FIELDS = {
    "orders": ("customer_code", "customer_name", "order_date", "status", "is_custom", "customer_po"),
    "purchase-orders": ("supplier_code", "supplier_name", "order_date", "status"),
}


def _fill_down_numbers(parsed: ParsedFile, errors: dict) -> None:
    """In an order ledger the order number is often written (or merged) on an order's first
    line only: a line with a blank number belongs to the order above it."""
    doc = {"orders": "order_no", "purchase-orders": "po_no"}.get(parsed.kind)
    if doc is None or doc not in parsed.columns:
        return
    numbers = parsed.columns[doc]
    if has_none(numbers):
        for i in range(1, len(numbers)):
            if numbers[i] is None and (i, doc) not in errors and numbers[i - 1] is not None:
                numbers[i] = numbers[i - 1]
    # order-level cells left blank on later lines are the first line's (only columns with a
    # blank need the walk)
    fields = [f for f in HEADER_FIELDS[parsed.kind] if f in parsed.columns and has_none(parsed.columns[f])]
    if not fields:
        return
    first: dict[str, int] = {}
    for i, no in enumerate(numbers):
        if no is None:
            continue
        j = first.setdefault(no, i)
        if j == i:
            continue
        for f in fields:
            col = parsed.columns[f]
            if col[i] is None and (i, f) not in errors:
                col[i] = col[j]


def _check_documents(parsed: ParsedFile, spec: KindSpec) -> None:
    """Orders: one row per line, the order number repeated. Lines get numbers in file order
    when there is no line column; order-level cells must agree across an order's rows.

    Whole columns are compared first (each row's key against a set, each order-level column
    against the same column read at each order's first row); the rows are walked one by one
    only where that finds a repeat or a difference."""
    doc = "order_no" if parsed.kind == "orders" else "po_no"
    cols = parsed.columns
    if doc not in cols:
        return
    numbers = cols[doc]
    if "line_no" not in cols:
        counter: dict[str, int] = {}
        line_nos: list[int | None] = []
        for no in numbers:
            if no is None:
                line_nos.append(None)
                continue
            counter[no] = counter.get(no, 0) + 1
            line_nos.append(counter[no])
        cols["line_no"] = line_nos
        parsed.raw["line_no"] = list(line_nos)
    keys = list(zip(numbers, cols["line_no"], strict=True))
    if len(set(keys)) < len(keys):  # some (order, line) repeats
        seen: dict[tuple[str, int], int] = {}
        for i, (no, ln) in enumerate(keys):
            if no is None or ln is None:
                continue
            if (no, ln) in seen:
                parsed.add_error(i, "line_no" if "line_no" in parsed.headers else doc, "duplicate",
                                 "order {number} line {line_no} repeats row {row}", number=no, line_no=ln,
                                 row=parsed.row_numbers[seen[(no, ln)]])
            else:
                seen[(no, ln)] = i
    first: dict[str, int] = {}
    for i, no in enumerate(numbers):
        if no is not None:
            first.setdefault(no, i)
    at_first = [first.get(no, i) for i, no in enumerate(numbers)] if has_none(numbers) else \
        list(map(first.__getitem__, numbers))
    for f in HEADER_FIELDS[parsed.kind]:
        if f not in cols:
            continue
        col = cols[f]
        if list(map(col.__getitem__, at_first)) == col:
            continue  # every line says what its order's first line says
        for i, no in enumerate(numbers):
            j = at_first[i]
            if no is None or j == i:
                continue
            a, b = col[j], col[i]
            if b is not None and a is not None and b != a:
                parsed.add_error(i, f, "inconsistent", "differs from row {row}, the first line of {number}",
                                 row=parsed.row_numbers[j], number=no)
            elif b is None and a is not None:
                col[i] = a  # a blank repeat of an order-level cell means "same"
            elif a is None and b is not None:
                col[j] = b
