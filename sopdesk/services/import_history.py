"""The history of import batches for the administrator, and their undo from it.

The undo itself is services.imports.undo_batch, the same one the import wizard's last page
calls, with its rules: a batch is undone once; records it updated must still be at the
version it left them at, records it created must not have changed since nor be in use by
anything else; stock moves are reversed by counter-moves. `undo_check` tells beforehand
(without writing) which of those rules stops a batch, with a rule code and its numbers, so
the screen can say why and offer Undo only where it can work; `undo` runs it and names the
rule that refused when one still does (a record now used elsewhere is only found by trying).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, ImportBatch, StockMove

from .errors import ConflictError, NotFound, ValidationError
from .permissions import Actor, Permission, require
from .transfer_rights import IMPORT_PERMISSION

CHUNK = 900


@dataclass(frozen=True)
class HistoryFilter:
    kind: str | None = None
    include_undone: bool = True


@dataclass(frozen=True)
class HistorySort:
    key: str = "imported_at"
    descending: bool = True


@dataclass(frozen=True)
class BatchRow:
    id: uuid.UUID
    kind: str
    file_name: str
    imported_at: dt.datetime
    username: str | None
    display_name: str | None
    rows_read: int
    inserted: int
    updated: int
    created: dict  # what came along with it, e.g. {"customers": 2, "locations": 1}
    undone_at: dt.datetime | None
    note: str | None


@dataclass(frozen=True)
class UndoCheck:
    """possible, or the rule that stops the undo: undone_already (at), changed_since (table,
    count: records the batch updated were changed again), created_changed (table, count:
    records it created were changed), moves_reversed (count: its stock moves were reversed
    by hand already), not_permitted (the kind's edit right is missing)."""

    possible: bool
    rule: str | None = None
    table: str | None = None
    count: int = 0
    at: dt.datetime | None = None


def _require(actor: Actor) -> None:
    require(actor, Permission.USER_ADMIN)


def _where(flt: HistoryFilter) -> list:
    conds = []
    if flt.kind:
        conds.append(ImportBatch.kind == flt.kind)
    if not flt.include_undone:
        conds.append(ImportBatch.undone_at.is_(None))
    return conds


def count_batches(session: Session, actor: Actor, flt: HistoryFilter | None = None) -> int:
    _require(actor)
    return session.scalar(select(func.count()).select_from(ImportBatch).where(*_where(flt or HistoryFilter()))) or 0


def list_batches(session: Session, actor: Actor, flt: HistoryFilter | None = None, sort: HistorySort | None = None,
                 offset: int = 0, limit: int = 200) -> list[BatchRow]:
    """Newest first (or oldest first), paged in SQL."""
    _require(actor)
    sort = sort or HistorySort()
    order = ImportBatch.imported_at.desc() if sort.descending else ImportBatch.imported_at
    rows = session.execute(
        select(ImportBatch.id, ImportBatch.kind, ImportBatch.file_name, ImportBatch.imported_at, AppUser.username,
               AppUser.display_name, ImportBatch.counts, ImportBatch.undone_at, ImportBatch.note)
        .outerjoin(AppUser, AppUser.id == ImportBatch.user_id)
        .where(*_where(flt or HistoryFilter())).order_by(order, ImportBatch.id)
        .offset(max(0, offset)).limit(max(1, min(limit, 1000)))
    ).all()
    out = []
    for r in rows:
        counts = r.counts or {}
        out.append(BatchRow(r.id, r.kind, r.file_name, r.imported_at, r.username, r.display_name,
                            int(counts.get("rows_read", 0)), int(counts.get("inserted", 0)),
                            int(counts.get("updated", 0)), dict(counts.get("created") or {}), r.undone_at, r.note))
    return out


def kinds(session: Session, actor: Actor) -> list[str]:
    """The kinds that have batches, for the filter."""
    _require(actor)
    return sorted(session.scalars(select(ImportBatch.kind).distinct()))


def _batch(session: Session, batch_id: uuid.UUID) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("no import batch {batch_id}", field="batch_id", batch_id=str(batch_id))
    return batch


def _tables():
    from .imports import TABLES  # the import engine: loaded when an undo is looked at

    return TABLES


def undo_check(session: Session, actor: Actor, batch_id: uuid.UUID) -> UndoCheck:
    """Whether imports.undo_batch would undo the batch now, and if not which rule stops it.
    Reads only (a few queries per 900 records the batch touched)."""
    _require(actor)
    batch = _batch(session, batch_id)
    if batch.undone_at is not None:
        return UndoCheck(False, "undone_already", at=batch.undone_at)
    needed = IMPORT_PERMISSION.get(batch.kind)
    if needed is not None and not actor.can(needed):
        return UndoCheck(False, "not_permitted")
    data = batch.undo_data or {}
    tables = _tables()
    for name, records in (data.get("updated") or {}).items():
        table = tables[name]
        expected = {uuid.UUID(r["id"]): r["version"] for r in records}
        ids = list(expected)
        changed = present = 0
        for k in range(0, len(ids), CHUNK):
            for rid, version in session.execute(select(table.c.id, table.c.version)
                                                .where(table.c.id.in_(ids[k:k + CHUNK]))):
                present += 1
                changed += version != expected[rid]
        changed += len(ids) - present  # one deleted since counts as changed too
        if changed:
            return UndoCheck(False, "changed_since", table=name, count=changed)
    for name, id_list in (data.get("inserted") or {}).items():
        table = tables.get(name)
        if table is None or "version" not in table.c:
            continue
        ids = [uuid.UUID(x) for x in id_list]
        changed = sum(session.scalar(select(func.count()).select_from(table).where(
            table.c.id.in_(ids[k:k + CHUNK]), table.c.version != 1)) or 0 for k in range(0, len(ids), CHUNK))
        if changed:
            return UndoCheck(False, "created_changed", table=name, count=changed)
    moves = [uuid.UUID(x) for x in data.get("moves") or []]
    reversed_ = sum(session.scalar(select(func.count()).select_from(StockMove).where(
        StockMove.reversal_of_id.in_(moves[k:k + CHUNK]))) or 0 for k in range(0, len(moves), CHUNK))
    if reversed_:
        return UndoCheck(False, "moves_reversed", count=reversed_)
    return UndoCheck(True)


def undo(session: Session, actor: Actor, batch_id: uuid.UUID) -> dict[str, int]:
    """Undo the batch through imports.undo_batch. Refused with the rule undo_check names
    (ValidationError, field batch_id, rule=...), or rule in_use when a record the batch
    created is now used by other records."""
    from . import imports

    check = undo_check(session, actor, batch_id)
    if not check.possible:
        raise refusal(check)
    try:
        return imports.undo_batch(session, actor, batch_id)
    except ValidationError as exc:
        if exc.field != "batch_id":
            raise
        raise ValidationError("records created by this import are now used elsewhere (orders, BOMs, stock); "
                              "the import cannot be undone", field="batch_id", rule="in_use") from None
    except ConflictError:
        raise  # changed between the check and the undo (another PC, just now): the conflict it is


def refusal(check: UndoCheck) -> ValidationError:
    """The error that says why `check` stops the undo (field batch_id, params rule, table,
    count): what undo raises, and what the history screen shows beside a batch."""
    common = {"field": "batch_id", "rule": check.rule, "table": check.table or "", "count": check.count}
    if check.rule == "undone_already":
        return ValidationError("this import has been undone already", **common)
    if check.rule == "not_permitted":
        return ValidationError("your role may not change this kind of record", **common)
    if check.rule == "changed_since":
        return ValidationError("{count} record(s) in {table} that this import changed were changed again "
                               "since; the import cannot be undone automatically", **common)
    if check.rule == "created_changed":
        return ValidationError("{count} record(s) in {table} created by this import were changed since; "
                               "the import cannot be undone automatically", **common)
    return ValidationError("{count} stock move(s) of this import were reversed already", **common)
