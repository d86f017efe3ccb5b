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

Modules: this one holds the use cases, the items / customers / suppliers, BOM and plan
planners, the write and the undo; imports_documents plans sales and purchase orders,
imports_master locations, work centers, maintenance and the calendar, imports_stock stock
counts (creating the locations they name), imports_work_orders open work orders;
imports_plan holds the write plan and the helpers the planners share.

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
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopdesk.db import bulk
from sopdesk.excel import (
    DEFAULT_LIMITS,
    CellError,
    Detection,
    FileRefused,
    HeaderNotFound,
    ImportCancelled,
    Limits,
    ParsedFile,
    ProfileData,
    detect,
    open_workbook,
    parse,
)
from sopdesk.excel.fields import spec_for
from sopdesk.excel.gcpause import gc_paused
from sopdesk.models import (
    AuditLog,
    BomLine,
    Customer,
    ImportBatch,
    ImportProfile,
    Item,
    Location,
    OrderStatus,
    OrderStatusChange,
    ProductionPlanLine,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    Supplier,
    WorkCenter,
)

from . import stock_value
from .errors import ConflictError, NotFound, ValidationError
from .imports_audit import AuditWriter
from .imports_documents import _plan_documents
from .imports_master import PLANNERS as MASTER_PLANNERS
from .imports_master import TABLES as MASTER_TABLES
from .imports_plan import (
    _chunks,
    _code_allocator,
    _differs,
    _error_rows,
    _j,
    _now,
    _Plan,
    _resolve_items,
    _stamp_new,
    _unj,
    cell_error,
)
from .imports_shipments import PLANNERS as SHIPMENT_PLANNERS
from .imports_stock import plan_stock_count
from .imports_work_orders import PLANNERS as WORK_ORDER_PLANNERS
from .imports_work_orders import TABLES as WORK_ORDER_TABLES
from .permissions import Actor, Permission, require
from .transfer_rights import IMPORT_PERMISSION

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

KIND_PERMISSION = IMPORT_PERMISSION  # who may import what: services/transfer_rights.py
MAX_UNDO_ERRORS = 20


def require_import(actor: Actor, kind: str) -> None:
    spec_for(kind)
    require(actor, Permission.IMPORT_DATA)
    require(actor, KIND_PERMISSION[kind])


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


@dataclass(frozen=True)
class BatchView:
    id: uuid.UUID
    kind: str
    file_name: str
    imported_at: dt.datetime
    username: str | None
    counts: dict
    undone_at: dt.datetime | None


# -- master data ----------------------------------------------------------------------------

MASTER = {
    "items": (Item, {"code": "code", "name": "name", "spec": "spec", "unit": "unit", "kind": "kind",
                     "safety_stock": "safety_stock", "standard_cost": "standard_cost",
                     "sales_price": "sales_price", "purchase_lead_days": "purchase_lead_days",
                     "default_supplier": "default_supplier_id", "is_core": "is_core", "active": "active",
                     "note": "note"}),
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


# -- BOM ------------------------------------------------------------------------------------


def _plan_bom(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    t = BomLine.__table__
    parents = _resolve_items(session, parsed, plan, "parent")
    comps = _resolve_items(session, parsed, plan, "component")
    existing = {(r.parent_id, r.component_id): r for r in session.execute(
        select(t.c.id, t.c.version, t.c.parent_id, t.c.component_id, t.c.qty_per, t.c.scrap_rate))}
    edges = defaultdict(set)
    for (p, c) in existing:
        edges[p].add(c)
    file_edges = {}
    now = _now()
    qty = parsed.columns["qty_per"]
    scrap = parsed.columns.get("scrap_rate")
    for i, (p, c) in enumerate(zip(parents, comps, strict=True)):
        if p is None or c is None or qty[i] is None:
            continue
        edges[p.id].add(c.id)
        file_edges[(p.id, c.id)] = i
        row = existing.get((p.id, c.id))
        s = scrap[i] if scrap else None
        if row is None:
            new = {"parent_id": p.id, "component_id": c.id, "qty_per": qty[i]}
            if s is not None:
                new["scrap_rate"] = s
            plan.add(t.name, _stamp_new(new, actor, now))
            plan.inserted += 1
        elif _differs(row.qty_per, qty[i]) or (s is not None and _differs(row.scrap_rate, s)):
            plan.change(t.name, {"_id": row.id, "_version": row.version, "qty_per": qty[i],
                                 "scrap_rate": s if s is not None else row.scrap_rate},
                        {"id": str(row.id), "version": row.version + 1,
                         "values": {"qty_per": _j(row.qty_per), "scrap_rate": _j(row.scrap_rate)}})
            plan.updated += 1
        else:
            plan.unchanged += 1
    for (p, c), i in file_edges.items():
        if _reaches(edges, c, p):
            plan.errors.append(cell_error(parsed, i, "component", "bom_loop",
                                          "makes a loop in the bill of materials (the component contains the parent)"))


def _reaches(edges: dict, start, target) -> bool:
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == target:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(edges.get(node, ()))
    return False


# -- production plan ------------------------------------------------------------------------


def _plan_plan(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    t = ProductionPlanLine.__table__
    cols = parsed.columns
    items = _resolve_items(session, parsed, plan, "item_code")
    centers: list[Any] = [None] * len(parsed)
    if "work_center" in cols:
        codes = {c for c in cols["work_center"] if c}
        found = {r.code.casefold(): r.id for r in session.execute(
            select(WorkCenter.id, WorkCenter.code).where(WorkCenter.code.in_(codes)))} if codes else {}
        for i, c in enumerate(cols["work_center"]):
            if c:
                centers[i] = found.get(c.casefold())
                if centers[i] is None:
                    plan.errors.append(cell_error(parsed, i, "work_center", "unknown_work_center",
                                                  "unknown work center {code}", code=c))
    item_ids = {it.id for it in items if it}
    existing = defaultdict(list)
    for chunk in _chunks(list(item_ids)):
        for r in session.execute(select(t.c.id, t.c.version, t.c.item_id, t.c.work_center_id, t.c.period_start,
                                        t.c.period_end, t.c.qty, t.c.status, t.c.note).where(t.c.item_id.in_(chunk))):
            existing[(r.item_id, r.period_start)].append(r)
    now = _now()
    for i, it in enumerate(items):
        period = cols["period"][i]
        if it is None or period is None or cols["qty"][i] is None:
            continue
        start, month_end = period
        end = (cols.get("period_end") or [None] * len(parsed))[i] or month_end or _month_end(start)
        if end < start:
            plan.errors.append(cell_error(parsed, i, "period_end" if "period_end" in cols else "period",
                                          "end_before_start", "ends before the period starts"))
            continue
        wc = centers[i]
        matches = existing.get((it.id, start), [])
        if "work_center" in cols and cols["work_center"][i]:
            matches = [r for r in matches if r.work_center_id == wc]
        if len(matches) > 1:
            plan.errors.append(cell_error(parsed, i, "item_code", "ambiguous",
                                          "{count} plan lines for {code} start on {start}; add a work center column",
                                          count=len(matches), code=it.code, start=start.isoformat()))
            continue
        values = {"period_end": end, "qty": cols["qty"][i]}
        for f in ("status", "note"):
            if f in cols and cols[f][i] is not None:
                values[f] = cols[f][i]
        if wc is not None:
            values["work_center_id"] = wc
        if not matches:
            plan.add(t.name, _stamp_new({"item_id": it.id, "period_start": start, **values}, actor, now))
            plan.inserted += 1
            continue
        row = matches[0]
        if not any(_differs(getattr(row, c), v) for c, v in values.items()):
            plan.unchanged += 1
            continue
        names = ["period_end", "qty", "status", "note", "work_center_id"]
        full = {c: values.get(c, getattr(row, c)) for c in names}
        plan.change(t.name, {"_id": row.id, "_version": row.version, **full},
                    {"id": str(row.id), "version": row.version + 1, "values": {c: _j(getattr(row, c)) for c in names}})
        plan.updated += 1


def _month_end(d: dt.date) -> dt.date:
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


PLANNERS = {
    "items": _plan_master, "customers": _plan_master, "suppliers": _plan_master, "bom": _plan_bom,
    "orders": _plan_documents, "purchase-orders": _plan_documents, "stock-count": plan_stock_count,
    "plan": _plan_plan,
}
TABLES = {m.__tablename__: m.__table__ for m in (
    Item, Customer, Supplier, BomLine, SalesOrder, SalesOrderLine, OrderStatusChange, PurchaseOrder,
    PurchaseOrderLine, ProductionPlanLine)}
PLANNERS.update({**MASTER_PLANNERS, **WORK_ORDER_PLANNERS})  # imports_master, imports_work_orders
TABLES.update({**MASTER_TABLES, **WORK_ORDER_TABLES})
PLANNERS.update(SHIPMENT_PLANNERS)  # imports_shipments: posted through services/shipping


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


# -- batches and undo -----------------------------------------------------------------------


def list_batches(session: Session, actor: Actor, limit: int = 100) -> list[BatchView]:
    require(actor, Permission.IMPORT_DATA)
    from sopdesk.models import AppUser

    rows = session.execute(
        select(ImportBatch.id, ImportBatch.kind, ImportBatch.file_name, ImportBatch.imported_at,
               AppUser.username, ImportBatch.counts, ImportBatch.undone_at)
        .outerjoin(AppUser, AppUser.id == ImportBatch.user_id)
        .order_by(ImportBatch.imported_at.desc()).limit(limit)
    )
    return [BatchView(*r) for r in rows]


def undo_batch(session: Session, actor: Actor, batch_id: uuid.UUID) -> dict[str, int]:
    """Undo an import: restore updated records, delete inserted ones, reverse stock moves.
    Refused (ConflictError) if a record has been changed since, (ValidationError) if a record
    the batch created is in use elsewhere. Returns counts of what was undone."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("no import batch {batch_id}", field="batch_id", batch_id=batch_id)
    require_import(actor, batch.kind)
    if batch.undone_at is not None:
        raise ValidationError("this import has been undone already", field="batch_id")
    data = batch.undo_data or {}
    counts = {"restored": 0, "deleted": 0, "moves_reversed": 0}
    if data.get("moves"):
        # imports of stock counts and of shipments post moves; a shipment's reversal takes the
        # quantity off its order line too (stock_ops.reverse), a count's is the counter-move only
        from . import stock_ops

        for move_id in data["moves"]:
            stock_ops.reverse(session, actor, uuid.UUID(move_id), f"undo import {batch.file_name}"[:300])
            counts["moves_reversed"] += 1
    order = data.get("order", [])
    conn = session.connection()
    now = _now()
    audit = AuditWriter(actor, now)
    for name in reversed(order):
        table = TABLES[name]
        if name == Item.__tablename__ and data.get("updated", {}).get(name):
            stock_value.note_cost_change(session)  # restored costs or kinds: revalue at commit
        restoring = data.get("updated", {}).get(name, [])
        current = _current_values(conn, table, restoring)
        for rec in restoring:
            values = {c: _unj(table.c[c], v) for c, v in rec["values"].items()}
            audit.restored(name, rec["id"], current.get(rec["id"], {}), values, rec["version"])
            stmt = update(table).where(table.c.id == uuid.UUID(rec["id"])).values(**values)
            if "version" in table.c:
                stmt = stmt.where(table.c.version == rec["version"]).values(
                    version=table.c.version + 1, updated_at=now, updated_by_id=actor.user_id)
            res = conn.execute(stmt)
            if res.rowcount != 1:
                raise ConflictError(f"a record in {name} was changed after the import; the import cannot be "
                                    "undone automatically")
            counts["restored"] += 1
    created_orders = {uuid.UUID(x) for x in data.get("inserted", {}).get(SalesOrder.__tablename__, [])}
    try:
        with session.begin_nested():
            for name in reversed(order):
                ids = [uuid.UUID(x) for x in data.get("inserted", {}).get(name, [])]
                if not ids or name == OrderStatusChange.__tablename__:
                    continue  # status history is append-only: it stays
                table = TABLES[name]
                _refuse_if_changed(session, table, name, ids)
                if name == SalesOrder.__tablename__:
                    counts["orders_cancelled"] = _cancel_orders(session, actor, ids, batch.file_name, now)
                    continue
                if name == SalesOrderLine.__tablename__ and created_orders:
                    # lines of orders the import created stay with their cancelled order
                    kept = set()
                    for chunk in _chunks(ids):
                        kept.update(session.scalars(select(table.c.id).where(
                            table.c.id.in_(chunk), table.c.order_id.in_(created_orders))))
                    ids = [x for x in ids if x not in kept]
                if name == Customer.__tablename__ and created_orders:
                    counts["customers_kept"] = len(ids)  # their cancelled orders still name them
                    continue
                if name == Location.__tablename__ and data.get("moves"):
                    counts["locations_kept"] = len(ids)  # the count's moves and their reversals stay at them
                    continue
                for chunk in _chunks(ids):
                    counts["deleted"] += conn.execute(delete(table).where(table.c.id.in_(chunk))).rowcount or 0
    except IntegrityError:
        raise ValidationError("records created by this import are now used elsewhere (orders, BOMs, stock); "
                              "the import cannot be undone", field="batch_id") from None
    batch.undone_at = now
    session.add(AuditLog(at=now, user_id=actor.user_id, username=actor.username, table_name="import_batch",
                         record_id=str(batch.id), action="update",
                         changes={"undone_at": [None, now.isoformat()], "undo": [None, counts]}))
    session.flush()
    audit.write(conn)
    return counts


def _current_values(conn, table, records: list[dict]) -> dict[str, dict]:
    """The stored values of the columns an undo is about to restore, by record id (what the
    restore's audit entries name as before)."""
    if not records:
        return {}
    names = sorted({c for rec in records for c in rec["values"]})
    out: dict[str, dict] = {}
    for chunk in _chunks([uuid.UUID(rec["id"]) for rec in records]):
        for row in conn.execute(select(table.c.id, *[table.c[c] for c in names]).where(table.c.id.in_(chunk))):
            out[str(row[0])] = dict(zip(names, row[1:], strict=True))
    return out


def _refuse_if_changed(session: Session, table, name: str, ids: list[uuid.UUID]) -> None:
    if "version" not in table.c:
        return
    for chunk in _chunks(ids):
        changed = session.scalar(select(func.count()).select_from(table).where(
            table.c.id.in_(chunk), table.c.version != 1))
        if changed:
            raise ConflictError(f"{changed} record(s) in {name} created by this import were changed since; "
                                "the import cannot be undone automatically")


def _cancel_orders(session: Session, actor: Actor, ids: list[uuid.UUID], file_name: str, now) -> int:
    """Orders an import created are cancelled, not deleted: their status history is
    append-only, so the undo is one more entry in it."""
    t = SalesOrder.__table__
    history = []
    for chunk in _chunks(ids):
        for oid, status in session.execute(select(t.c.id, t.c.status).where(t.c.id.in_(chunk))):
            if status != OrderStatus.CANCELLED:
                history.append({"id": uuid.uuid4(), "order_id": oid, "from_status": status,
                                "to_status": OrderStatus.CANCELLED, "changed_at": now,
                                "changed_by_id": actor.user_id, "note": f"undo import {file_name}"[:200]})
        session.execute(update(t).where(t.c.id.in_(chunk)).values(
            status=OrderStatus.CANCELLED, version=t.c.version + 1, updated_at=now, updated_by_id=actor.user_id))
    if history:
        session.execute(insert(OrderStatusChange.__table__), history)
    return len(ids)


# -- profiles -------------------------------------------------------------------------------


def list_profiles(session: Session, actor: Actor, kind: str | None = None) -> list[ProfileData]:
    require(actor, Permission.IMPORT_DATA)
    stmt = select(ImportProfile).order_by(ImportProfile.kind, ImportProfile.name)
    if kind:
        stmt = stmt.where(ImportProfile.kind == kind)
    return [ProfileData(p.name, p.kind, p.signature, dict(p.mapping), p.sheet_name) for p in session.scalars(stmt)]


def save_profile(session: Session, actor: Actor, name: str, det: Detection) -> ProfileData:
    """Save (or replace) the confirmed mapping under `name` for det.kind."""
    require(actor, Permission.IMPORT_DATA)
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationError("a profile needs a name of 1–100 characters", field="name")
    row = session.scalar(select(ImportProfile).where(ImportProfile.kind == det.kind, ImportProfile.name == name))
    mapping = det.profile_mapping()
    if row is None:
        row = ImportProfile(kind=det.kind, name=name, signature=det.signature, headers=list(det.headers),
                            mapping=mapping, sheet_name=det.sheet)
        session.add(row)
    else:
        row.signature, row.headers, row.mapping, row.sheet_name = det.signature, list(det.headers), mapping, det.sheet
    session.flush()
    return ProfileData(row.name, row.kind, row.signature, dict(row.mapping), row.sheet_name)


def delete_profile(session: Session, actor: Actor, kind: str, name: str) -> None:
    require(actor, Permission.IMPORT_DATA)
    row = session.scalar(select(ImportProfile).where(ImportProfile.kind == kind, ImportProfile.name == name))
    if row is None:
        raise NotFound("no {kind} import profile named {name}", field="name", kind=kind, name=name)
    session.delete(row)
    session.flush()


def detect_for(session: Session, actor: Actor, book, kind: str, *, sheet: str | None = None,
               profile: str | None = None) -> Detection:
    """detect() with the saved profiles of `kind` (a named one forced, else one whose header
    signature matches is applied)."""
    require_import(actor, kind)
    profiles = list_profiles(session, actor, kind)
    forced = None
    if profile:
        forced = next((p for p in profiles if p.name == profile), None)
        if forced is None:
            raise NotFound("no {kind} import profile named {profile}", field="profile", kind=kind, profile=profile)
    det = detect(book, kind, sheet=sheet or (forced.sheet_name if forced and forced.sheet_name in book.sheet_names else None),
                 profile=forced, profiles=profiles)
    if det.profile:
        session.execute(update(ImportProfile.__table__).where(
            ImportProfile.kind == kind, ImportProfile.name == det.profile).values(last_used_at=_now()))
    return det


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
    """Open, detect, parse and import `path` in one transaction of `db`. Raises
    ImportFileError when the file itself is unusable; row errors come back in the result.
    `book`: the file already opened with sopdesk.excel.open_workbook (and maybe preloading)."""
    require_import(actor, kind)
    if book is None:
        try:
            book = open_workbook(path, limits)
        except FileRefused as exc:
            raise ImportFileError(exc.message, exc.code) from None
    try:
        with db.write(actor) as session:
            try:
                det = detect_for(session, actor, book, kind, sheet=sheet, profile=profile)
                parsed = parse(book, det, (lambda x: progress(0.5 * x)) if progress else None, is_cancelled)
            except HeaderNotFound as exc:
                raise ImportFileError(exc.message, "no_header") from None
            except FileRefused as exc:
                raise ImportFileError(exc.message, exc.code) from None
            result = import_parsed(session, actor, parsed, dry_run=dry_run,
                                   progress=(lambda x: progress(0.5 + 0.5 * x)) if progress else None,
                                   is_cancelled=is_cancelled)
            if not result.committed:
                session.rollback()  # a dry run or a file with errors leaves no trace at all
            return result, parsed
    finally:
        book.close()


def result_json(result: ImportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, default=str)
