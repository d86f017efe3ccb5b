"""Importing spreadsheets: all-or-nothing, recorded as an undoable batch.

The stages (the import wizard drives them one by one; `run_import` chains them):

1. `sopdesk.excel.open_workbook(path)`                 file checks, sheets
2. `detect_for(session, actor, book, kind, ...)`        sheet, header row, mapping (saved
                                                        profiles are proposed automatically)
3. `sopdesk.excel.parse(book, detection, progress, is_cancelled)`   typed columns + errors
4. `import_parsed(session, actor, parsed, dry_run=..., progress, is_cancelled)`
   checks the rows against the database (unknown product codes, orders that can no longer
   change, ...); if anything is wrong nothing is written and every error is returned;
   otherwise the rows are written with Core bulk statements in the caller's transaction
   and an `import_batch` row records who, when, which file, the counts and what undo needs.
5. `undo_batch(session, actor, batch_id)` puts everything back, or refuses if a record has
   been changed since.

Re-importing the same file changes nothing: rows are matched by their natural key (item
code; customer/supplier code, else name; parent + component; order no. + line no.; PO no.
+ line no.; item + location; item + period [+ work center]) and a row whose values equal
the database's counts as unchanged. A blank cell means "not given": it keeps the stored
value (or the default for a new record); it never clears one.

Modules: this one holds the use cases (dry run, import, everything at once), the items /
customers / suppliers planner and the write; the other planners are imports_bom (BOMs),
imports_production_plan (the production plan), imports_documents (sales and purchase orders),
imports_master (locations, work centers, maintenance and the calendar), imports_stock (stock
counts, creating the locations they name), imports_work_orders (open work orders),
imports_shipments (shipments) and imports_forecast (sales' forecast of the open demand review); imports_plan holds the write plan and the helpers the planners
share, imports_common who may import what and every table an import writes, imports_batches
the batch list and undo, imports_profiles the saved mappings. Callers import all of it from
here.

Audit: bulk rows bypass the ORM, so the per-record audit hook does not see them. Each
batch writes one audit_log entry (table import_batch: kind, file, counts of what it created
and changed), and one entry per existing record it changed, before -> after, as the hook
would (services/imports_audit.py, which says why created records are counted, not listed);
its undo writes the restored values the same way. The batch's undo_data keeps every
inserted id and every updated record's values before the import.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from sopdesk.db import bulk
from sopdesk.excel import (
    DEFAULT_LIMITS,
    CellError,
    FileRefused,
    HeaderNotFound,
    ImportCancelled,
    Limits,
    ParsedFile,
    open_workbook,
    parse,
)
from sopdesk.gcpause import gc_paused
from sopdesk.models import (
    AuditLog,
    Customer,
    ImportBatch,
    Item,
    OrderStatusChange,
    SalesOrderLine,
    Supplier,
    WorkCenter,
)

from . import master_data, stock_value
from .errors import ConflictError, ValidationError
from .imports_audit import AuditWriter
from .imports_batches import BatchView, list_batches, undo_batch
from .imports_bom import PLANNERS as BOM_PLANNERS
from .imports_common import KIND_PERMISSION, TABLES, require_import
from .imports_documents import _plan_documents
from .imports_forecast import PLANNERS as FORECAST_PLANNERS
from .imports_master import PLANNERS as MASTER_PLANNERS
from .imports_plan import (
    _chunks,
    _code_allocator,
    _differs,
    _error_rows,
    _j,
    _now,
    _Plan,
    _stamp_new,
    cell_error,
)
from .imports_production_plan import PLANNERS as PLAN_PLANNERS
from .imports_profiles import delete_profile, detect_for, list_profiles, save_profile
from .imports_shipments import PLANNERS as SHIPMENT_PLANNERS
from .imports_stock import plan_stock_count
from .imports_work_orders import PLANNERS as WORK_ORDER_PLANNERS
from .permissions import Actor, Permission

# what callers have always imported from here (the batch list and undo, profiles, who may
# import what, the tables) lives in the modules above
__all__ = [
    "KIND_PERMISSION", "TABLES", "BatchView", "ImportFileError", "ImportResult", "Permission", "delete_profile",
    "detect_for", "import_parsed", "list_batches", "list_profiles", "require_import", "result_json", "run_import",
    "save_profile", "undo_batch",
]

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

# -- results --------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import did (or, with errors or a dry run, would do). Plain values only."""

    kind: str
    file: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    created: dict[str, int] = field(default_factory=dict)
    created_names: dict[str, list[str]] = field(default_factory=dict)  # kind -> codes of what was created
    errors: list[CellError] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False
    batch_id: uuid.UUID | None = None
    sheet: str | None = None
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "file": self.file, "rows_read": self.rows_read,
            "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "skipped": self.skipped, "created": dict(self.created),
            "created_names": {k: list(v) for k, v in self.created_names.items()},
            "errors": [e.as_dict() for e in self.errors], "committed": self.committed,
            "batch_id": str(self.batch_id) if self.batch_id else None,
        }



# -- master data ----------------------------------------------------------------------------

MASTER = {
    "items": (Item, {"code": "code", "name": "name", "spec": "spec", "unit": "unit", "kind": "kind",
                     "safety_stock": "safety_stock", "standard_cost": "standard_cost",
                     "sales_price": "sales_price", "purchase_lead_days": "purchase_lead_days",
                     "default_supplier": "default_supplier_id", "production_lead_days": "production_lead_days",
                     "work_center": "work_center_id", "rate_per_day": "rate_per_day",
                     "hours_per_unit": "hours_per_unit", "min_lot": "min_lot", "lot_multiple": "lot_multiple",
                     "is_core": "is_core", "active": "active", "note": "note"}),
    "customers": (Customer, {"code": "code", "name": "name", "contact": "contact", "phone": "phone",
                             "address": "address", "is_key_account": "is_key_account", "active": "active",
                             "note": "note"}),
    "suppliers": (Supplier, {"code": "code", "name": "name", "contact": "contact", "phone": "phone",
                             "address": "address", "lead_days": "lead_days", "active": "active",
                             "note": "note"}),
}


def _plan_master(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    model, fmap = MASTER[parsed.kind]
    t = model.__table__
    cols = parsed.columns
    given = [f for f in fmap if f in cols]
    db_cols = [fmap[f] for f in given]
    n = len(parsed)
    values = {f: list(cols[f]) for f in given}
    if "default_supplier" in values:
        codes = {c for c in values["default_supplier"] if c}
        found = {r.code: r.id for r in session.execute(select(Supplier.id, Supplier.code).where(Supplier.code.in_(codes)))} if codes else {}
        for i, c in enumerate(values["default_supplier"]):
            if c is not None:
                if c in found:
                    values["default_supplier"][i] = found[c]
                else:
                    plan.errors.append(cell_error(parsed, i, "default_supplier", "unknown_supplier",
                                                  "unknown supplier code {code}", code=c))
    if "work_center" in values:
        _resolve_work_centers(session, parsed, plan, values["work_center"])
    rated = []  # (row index, stored row or None, values to store): items' rate rule, after the loop
    existing = session.execute(select(t.c.id, t.c.version, *[t.c[c] for c in db_cols if c != "code"], t.c.code)).all()
    by_code = {r.code.casefold(): r for r in existing}
    by_name: dict[str, Any] = {}
    if parsed.kind in ("customers", "suppliers") and "code" not in cols:
        for r in existing:
            by_name.setdefault(r.name.strip().casefold(), r)
    now = _now()
    bad = {(i, "kind") for i, e in _error_rows(parsed, "kind")}
    allocate = None
    for i in range(n):
        code = values["code"][i] if "code" in values else None
        if code is not None:
            row = by_code.get(code.casefold())
        else:
            name = values["name"][i]
            row = by_name.get(name.strip().casefold()) if name else None
        if row is None:
            if parsed.kind == "items" and values.get("kind", [None] * n)[i] is None:
                if "kind" not in parsed.columns or (i, "kind") not in bad:
                    plan.errors.append(cell_error(parsed, i, "kind" if "kind" in parsed.columns else "code",
                                                  "required", "a new item needs its kind (类别: 成品 / 半成品 / 原材料)"))
                continue
            new = {fmap[f]: values[f][i] for f in given if values[f][i] is not None}
            if "code" not in new:  # a customer or supplier file with names only
                allocate = allocate or _code_allocator(session, model, "C" if parsed.kind == "customers" else "S")
                new["code"] = allocate()
            rated.append((i, None, new))
            plan.add(t.name, _stamp_new(new, actor, now))
            plan.inserted += 1
            continue
        changed = {}
        for f in given:
            v = values[f][i]
            c = fmap[f]
            if v is not None and c != "code" and _differs(getattr(row, c), v):
                changed[c] = v
        if not changed:
            plan.unchanged += 1
            continue
        full = {c: changed.get(c, getattr(row, c)) for c in db_cols if c != "code"}
        before = {c: _j(getattr(row, c)) for c in db_cols if c != "code"}
        plan.change(t.name, {"_id": row.id, "_version": row.version, **full},
                    {"id": str(row.id), "version": row.version + 1, "values": before})
        plan.updated += 1
        rated.append((i, row, changed))
    if parsed.kind == "items":
        _check_item_rates(session, parsed, plan, rated)


ITEM_RATE_FIELDS = {"work_center_id": "work_center", "rate_per_day": "rate_per_day",
                    "hours_per_unit": "hours_per_unit"}  # item column -> import field


def _resolve_work_centers(session: Session, parsed: ParsedFile, plan: _Plan, codes: list) -> None:
    """An items file's work center codes (产线) become ids in place; unknown ones are errors."""
    found = {r.code.casefold(): r.id for r in session.execute(select(WorkCenter.id, WorkCenter.code))} \
        if any(codes) else {}  # a factory has a handful of lines; codes match in any case
    for i, c in enumerate(codes):
        if c is not None:
            codes[i] = found.get(c.casefold())
            if codes[i] is None:
                plan.errors.append(cell_error(parsed, i, "work_center", "unknown_work_center",
                                              "unknown work center {code}", code=c))


def _check_item_rates(session: Session, parsed: ParsedFile, plan: _Plan, rated: list) -> None:
    """master_data's rate rule on each new or changed item as it would be stored (the file's
    values over the stored ones): one rate, more than 0, with its work center."""
    if not set(ITEM_RATE_FIELDS.values()) & set(parsed.columns):
        return
    ids = [row.id for _i, row, _v in rated if row is not None]
    stored = {}
    for chunk in _chunks(ids):
        stored.update({r.id: r._asdict() for r in session.execute(
            select(Item.id, *(Item.__table__.c[c] for c in ITEM_RATE_FIELDS)).where(Item.id.in_(chunk)))})
    fields = set(ITEM_RATE_FIELDS.values())
    wrong = {e.row for e in (*parsed.errors, *plan.errors) if e.field in fields}  # said already
    for i, row, values in rated:
        if parsed.row_numbers[i] in wrong:
            continue
        merged = {c: values.get(c, stored[row.id][c] if row is not None else None) for c in ITEM_RATE_FIELDS}
        try:
            master_data.check_item_rate(session, merged)
        except ValidationError as exc:
            name = ITEM_RATE_FIELDS[exc.field]
            if name not in parsed.columns:  # e.g. a rate given, no work center column in the file
                name = next((f for f in ("rate_per_day", "hours_per_unit") if f in parsed.columns), "code")
            plan.errors.append(cell_error(parsed, i, name, exc.code, exc.template, **exc.params))


PLANNERS = {
    "items": _plan_master, "customers": _plan_master, "suppliers": _plan_master,
    "orders": _plan_documents, "purchase-orders": _plan_documents, "stock-count": plan_stock_count,
    **BOM_PLANNERS, **PLAN_PLANNERS, **MASTER_PLANNERS, **WORK_ORDER_PLANNERS,
    **SHIPMENT_PLANNERS,  # imports_shipments: posted through services/shipping
    **FORECAST_PLANNERS,  # imports_forecast: saved through services/demand_review_sales
}


# -- the use cases --------------------------------------------------------------------------


def import_parsed(
    session: Session, actor: Actor, parsed: ParsedFile, *, dry_run: bool = False,
    progress: Progress | None = None, is_cancelled: Cancelled | None = None, note: str | None = None,
) -> ImportResult:
    """Check `parsed` against the database and, if it is clean and not a dry run, write it
    in the caller's transaction as one batch. With any error nothing is written."""
    require_import(actor, parsed.kind)
    with gc_paused():
        return _import_parsed(session, actor, parsed, dry_run, progress, is_cancelled, note)


def _import_parsed(session: Session, actor: Actor, parsed: ParsedFile, dry_run: bool,
                   progress: Progress | None, is_cancelled: Cancelled | None, note: str | None) -> ImportResult:
    result = ImportResult(parsed.kind, parsed.file_name, rows_read=parsed.rows_read, skipped=parsed.skipped,
                          sheet=parsed.sheet, dry_run=dry_run)
    if any(e.code == "missing_column" for e in parsed.errors):
        result.errors = list(parsed.errors)
        return result
    _tick(progress, is_cancelled, 0.0)
    # the database checks run even when some cells are already wrong: every problem of the
    # file is listed at once (rows with a bad cell are left out of the plan)
    plan = _Plan(parsed.kind)
    PLANNERS[parsed.kind](session, actor, parsed, plan)
    if parsed.errors or plan.errors:
        seen = set()
        errors = []
        for e in [*parsed.errors, *plan.errors]:
            key = (e.row, e.column, e.code)
            if key not in seen:
                seen.add(key)
                errors.append(e)
        result.errors = sorted(errors, key=lambda e: (e.row or 0, e.col_index if e.col_index is not None else -1))
        return result
    result.inserted, result.updated, result.unchanged = plan.inserted, plan.updated, plan.unchanged
    result.created = dict(plan.created)
    result.created_names = {k: list(v) for k, v in plan.created_names.items()}
    _tick(progress, is_cancelled, 0.2)
    if dry_run:
        return result
    if not (plan.inserted or plan.updated or plan.moves or any(plan.inserts.values())):
        result.committed = True  # nothing to change: no batch either, the database is as it was
        return result
    batch_id = uuid.uuid4()
    undo = _write(session, actor, plan, batch_id, progress, is_cancelled)
    counts = {"rows_read": result.rows_read, "inserted": result.inserted, "updated": result.updated,
              "unchanged": result.unchanged, "skipped": result.skipped, "created": result.created,
              "created_names": result.created_names,
              **plan.counts}
    now = _now()
    session.execute(insert(ImportBatch.__table__), [{
        "id": batch_id, "kind": parsed.kind, "file_name": parsed.file_name[:260], "imported_at": now,
        "user_id": actor.user_id, "counts": counts, "undo_data": undo, "note": note,
    }])
    for fn in plan.after_write:
        fn(session, batch_id)
    session.add(AuditLog(at=now, user_id=actor.user_id, username=actor.username, table_name="import_batch",
                         record_id=str(batch_id), action="insert",
                         changes={"kind": [None, parsed.kind], "file_name": [None, parsed.file_name],
                                  "sheet": [None, parsed.sheet], "counts": [None, counts]}))
    session.flush()
    _audit_records(session, actor, plan, now)
    _tick(progress, is_cancelled, 1.0)
    result.committed, result.batch_id = True, batch_id
    return result


def _audit_records(session: Session, actor: Actor, plan: _Plan, now: dt.datetime) -> None:
    """One audit entry per existing record the batch changed, before -> after, at the batch
    entry's moment (services/imports_audit.py: why records it created are counted there)."""
    writer = AuditWriter(actor, now)
    for name in plan.order:
        writer.updated_rows(name, plan.updates.get(name) or [], plan.before.get(name) or [])
    writer.write(session.connection())


def _tick(progress: Progress | None, is_cancelled: Cancelled | None, x: float) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled("cancelled")
    if progress is not None:
        progress(x)


def _write(session: Session, actor: Actor, plan: _Plan, batch_id: uuid.UUID,
           progress: Progress | None, is_cancelled: Cancelled | None) -> dict:
    """Bulk inserts (parents first), then bulk updates with a version check."""
    total = (sum(len(v) for v in plan.inserts.values()) + sum(len(v) for v in plan.updates.values())
             + len(plan.moves) + sum(len(c["id"]) for c in plan.columnar.values()))
    session.flush()
    conn = session.connection()
    undo: dict[str, Any] = {"inserted": {}, "updated": {}, "moves": [], "order": list(plan.order)}
    done = 0
    now = _now()

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        _tick(progress, is_cancelled, 0.2 + 0.75 * done / max(total, 1))

    with bulk.bulk_writing(conn):
        for name in plan.order:
            rows = plan.inserts.get(name) or []
            table = TABLES[name]
            bulk.insert_rows(conn, table, rows, progress=advance)
            ids = [str(r["id"]) for r in rows]
            columns = plan.columnar.get(name)
            if columns:
                bulk.insert_columns(conn, table, columns, progress=advance)
                if name != SalesOrderLine.__tablename__:  # lines of created orders stay with them
                    ids += list(map(str, columns["id"]))
            if ids and name != OrderStatusChange.__tablename__:  # append-only: never undone
                undo["inserted"][name] = ids
        for name in plan.order:
            rows = plan.updates.get(name) or []
            if not rows:
                continue
            if name == Item.__tablename__:  # costs or kinds may change: revalue stock at commit
                stock_value.note_cost_change(session)
            table = TABLES[name]
            names = [k for k in rows[0] if not k.startswith("_")]
            stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in names})
            if "version" in table.c:  # calendar days have none
                stmt = stmt.where(table.c.version == bindparam("_version")).values(
                    version=table.c.version + 1, updated_at=now, updated_by_id=actor.user_id)
            for chunk in _chunks(rows, 5000):
                res = conn.execute(stmt, chunk)
                if res.rowcount is not None and 0 <= res.rowcount < len(chunk):
                    raise ConflictError("another user changed some of these records while the file was being "
                                        "imported; nothing was written, import it again")
                done += len(chunk)
                _tick(progress, is_cancelled, 0.2 + 0.75 * done / max(total, 1))
            undo["updated"][name] = plan.before[name]
        if plan.moves:
            from . import ledger

            moves = [ledger.MoveRequest(**{**m.__dict__, "ref_id": batch_id}) for m in plan.moves]
            posted = ledger.post_moves(session, actor, moves)
            undo["moves"] = [str(m.id) for m in posted]
    return undo



# -- everything at once (CLI, scripts) ------------------------------------------------------


class ImportFileError(Exception):
    """The file cannot be used at all (unreadable, refused by a limit, no header found)."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def run_import(
    db, actor: Actor, kind: str, path: str | os.PathLike, *, sheet: str | None = None,
    profile: str | None = None, dry_run: bool = False, limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None, is_cancelled: Cancelled | None = None, book=None,
) -> tuple[ImportResult, ParsedFile | None]:
    """Open, detect, parse and import `path`. Raises ImportFileError when the file itself is
    unusable; row errors come back in the result.
    `book`: the file already opened with sopdesk.excel.open_workbook (and maybe preloading).

    The database's write lock (SQLite: the whole file, BEGIN IMMEDIATE) is taken only for the
    write: the mapping is read in a read transaction, the file is parsed and its cells
    checked outside any transaction, and a dry run or a file with cell errors is checked
    against the database in a read transaction too. Only a file whose cells are clean is
    checked against the database again and written in one write transaction, so that what
    is written is what was checked."""
    require_import(actor, kind)
    if book is None:
        try:
            book = open_workbook(path, limits)
        except FileRefused as exc:
            raise ImportFileError(exc.message, exc.code) from None
    try:
        try:
            with db.read() as session:
                det = detect_for(session, actor, book, kind, sheet=sheet, profile=profile)
            parsed = parse(book, det, (lambda x: progress(0.5 * x)) if progress else None, is_cancelled)
        except HeaderNotFound as exc:
            raise ImportFileError(exc.message, "no_header") from None
        except FileRefused as exc:
            raise ImportFileError(exc.message, exc.code) from None
        writes = not dry_run and not parsed.errors
        with db.write(actor) if writes else db.read() as session:
            result = import_parsed(session, actor, parsed, dry_run=dry_run,
                                   progress=(lambda x: progress(0.5 + 0.5 * x)) if progress else None,
                                   is_cancelled=is_cancelled)
            if writes and not result.committed:
                session.rollback()  # errors found against the database leave no trace at all
            return result, parsed
    finally:
        book.close()


def result_json(result: ImportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, default=str)
