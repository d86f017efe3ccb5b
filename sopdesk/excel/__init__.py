"""Spreadsheets in and out: reading the factory's files as they are, writing clean ones.

No Qt here and no database: this package reads, maps, converts and checks cells, and writes
workbooks. The use cases that touch the database live in sopdesk.services.imports (import,
batches, undo, saved profiles) and sopdesk.services.exports (the rows of each list).

The import pipeline, stage by stage (the import wizard drives each stage in a worker
thread; every stage returns plain data that may cross threads):

    from sopdesk import excel
    from sopdesk.services import imports

    book = excel.open_workbook(path, limits=excel.Limits())   # 1. file checks; FileRefused
    book.sheet_names, book.info()                              #    sheets and their sizes
    with db.read() as s:                                       # 2. sheet + header + mapping
        det = imports.detect_for(s, actor, book, "orders")     #    (profiles applied); or
    det = excel.detect(book, "orders", sheet=None)             #    without the database
    det.columns()      # [ColumnInfo(index, letter, header, field, samples)] for the grid
    det.missing()      # required fields no column maps to
    det = det.remap({3: "customer_name", 7: None})            #    the user's corrections
    parsed = excel.parse(book, det, progress, is_cancelled)    # 3. typed values + errors
    parsed.preview(0, 200)   # [(excel_row, {field: value}, [CellError])] for the grid
    parsed.errors            # [CellError(sheet, row, column, value, message, code, field)]
    with db.write(actor) as s:                                 # 4. check against the
        result = imports.import_parsed(s, actor, parsed,       #    database and write,
                                       dry_run=False,          #    all or nothing
                                       progress=progress, is_cancelled=is_cancelled)
    result.as_json()   # kind, file, rows_read, inserted, updated, unchanged, skipped,
                       # created, errors, committed, batch_id
    excel.write_error_workbook(out_path, parsed, result.errors)  # bad cells marked red
    with db.write(actor) as s:
        imports.save_profile(s, actor, "客户A订单", det)        # reuse the confirmed mapping
        imports.undo_batch(s, actor, result.batch_id)          # 5. undo a batch

Callbacks follow Orange3: `progress(fraction)` gets a float from 0 to 1 and
`is_cancelled()` returns True to stop; a cancelled stage raises ImportCancelled and, inside
db.write(), nothing is written. If import_parsed() returns errors it has written nothing;
it lists the cell errors found by parse() and the database errors (unknown product codes,
orders that can no longer change, ...) together. `import_parsed(..., dry_run=True)` is the
preview: the same checks and counts, nothing written. `imports.run_import(db, actor, kind,
path, ...)` chains every stage in one transaction (the CLI uses it).

Values: a blank cell means "not given" (kept on update, default on insert). Numbers come
as exact Decimals, dates as datetime.date, flags as bool, choices as the stored enum value.
Limits (file size, uncompressed size, compression ratio, cells) are checked before any
cell is converted; see Limits.

Export: `excel.write_table(path, columns, rows)` writes a styled sheet (bold header, frozen
top row, autofilter, widths from header and sample, real dates and numbers, text beginning
with = + - @ kept as text); `excel.write_template(path, kind)` a blank one per kind.
"""

# Opening a file needs only the light modules; the rest (which import the models) load on
# first use, so the CLI can start reading a big workbook while Python is still importing.
from sopdesk.kinds import IMPORT_KINDS as KINDS

from .limits import DEFAULT_LIMITS, FileRefused, Limits
from .reader import ImportCancelled, SheetData, SheetInfo, Workbook, open_workbook

_LAZY = {
    "ColumnInfo": "header", "Detection": "header", "HeaderNotFound": "header", "ProfileData": "header",
    "col_letter": "header", "detect": "header", "header_signature": "header",
    "SPECS": "fields", "Field": "fields", "KindSpec": "fields", "spec_for": "fields",
    "CellError": "rows", "ParsedFile": "rows", "parse": "rows",
    "Column": "writer", "columns_for": "writer", "write_error_workbook": "writer", "write_table": "writer",
    "write_template": "writer",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sopdesk.excel' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_LIMITS", "KINDS", "SPECS", "CellError", "Column", "ColumnInfo", "Detection", "Field",
    "FileRefused", "HeaderNotFound", "ImportCancelled", "KindSpec", "Limits", "ParsedFile",
    "ProfileData", "SheetData", "SheetInfo", "Workbook", "col_letter", "columns_for", "detect",
    "header_signature", "open_workbook", "parse", "spec_for", "write_error_workbook", "write_table",
    "write_template",
]
