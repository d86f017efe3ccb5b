"""The history of import batches and their undo: an import is one batch (who, when, which
file, the counts, what undo needs); undo restores the records it updated, deletes the ones it
inserted, cancels the orders it created and reverses the stock moves it posted, or refuses
when a record has been changed since (services/import_history.py says which rule stops it
before anyone presses the button)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopdesk.models import (
    AuditLog,
    Customer,
    ImportBatch,
    Item,
    Location,
    OrderStatus,
    OrderStatusChange,
    SalesOrder,
    SalesOrderLine,
)

from . import stock_value
from .errors import ConflictError, NotFound, ValidationError
from .imports_audit import AuditWriter
from .imports_common import TABLES, require_import
from .imports_plan import _chunks, _now, _unj
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class BatchView:
    id: uuid.UUID
    kind: str
    file_name: str
    imported_at: dt.datetime
    username: str | None
    counts: dict
    undone_at: dt.datetime | None



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
    if data.get("forecast"):  # sales' forecast cells, put back through the demand review's service
        from .imports_forecast import undo_forecast

        counts["forecast_restored"] = undo_forecast(session, actor, data["forecast"])
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
