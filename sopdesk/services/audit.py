"""Audit log of every change to business records, written by one before_flush hook.

Services never write audit rows themselves: any change to a table marked __audited__ that is
flushed through a session made by sopdesk.db.Database is recorded with the acting user
(session.info["actor"]), the fields before and after. The same hook stamps who last changed
a versioned record. A new password is recorded as password_changed, never the hash.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from sopdesk.models import AuditLog, Versioned
from sopdesk.models.types import new_id

SKIP_FIELDS = {"version", "created_at", "updated_at", "created_by_id", "updated_by_id", "password_hash"}


def to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float):
        return value
    if isinstance(value, dict | list):
        return value
    return str(value)


def _record_id(obj) -> str:
    ids = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(i) for i in ids)


def _columns(obj):
    return inspect(obj).mapper.column_attrs


def _before_flush(session: Session, _flush_context, _instances) -> None:
    actor = session.info.get("actor")
    user_id = getattr(actor, "user_id", None)
    username = getattr(actor, "username", None)
    entries: list[AuditLog] = []
    now = dt.datetime.now(dt.UTC)  # one time for the whole flush: its entries belong together
    by_server = _server_writes_audit(session)

    for obj in list(session.new):
        if isinstance(obj, Versioned):
            obj.created_by_id = obj.created_by_id or user_id
            obj.updated_by_id = obj.updated_by_id or user_id
        if by_server or not getattr(obj, "__audited__", False):
            continue
        if hasattr(obj, "id") and obj.id is None:
            obj.id = new_id()
        after = {
            a.key: to_json(getattr(obj, a.key))
            for a in _columns(obj) if a.key not in SKIP_FIELDS
        }
        entries.append(_entry(obj, "insert", {k: [None, v] for k, v in after.items() if v is not None}, user_id, username, now))

    for obj in list(session.dirty):
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, Versioned) and actor is not None:
            obj.updated_by_id = user_id
        if by_server or not getattr(obj, "__audited__", False):
            continue
        state = inspect(obj)
        changes = {}
        for attr in _columns(obj):
            if attr.key in SKIP_FIELDS:
                continue
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                before = hist.deleted[0] if hist.deleted else None
                after = hist.added[0] if hist.added else None
                if before != after:
                    changes[attr.key] = [to_json(before), to_json(after)]
        if "password_hash" in state.attrs and state.attrs["password_hash"].history.has_changes():
            changes["password_changed"] = [False, True]  # that it changed, never the hash
        if changes:
            if isinstance(obj, Versioned):  # lets a conflict report list what came after a version
                changes["version"] = [obj.version, obj.version + 1]
            entries.append(_entry(obj, "update", changes, user_id, username, now))

    for obj in list(session.deleted):
        if by_server or not getattr(obj, "__audited__", False):
            continue
        before = {
            a.key: [to_json(getattr(obj, a.key)), None]
            for a in _columns(obj) if a.key not in SKIP_FIELDS
        }
        entries.append(_entry(obj, "delete", before, user_id, username, now))

    session.add_all(entries)


def _server_writes_audit(session: Session) -> bool:
    """On a PostgreSQL database set up with `db init-server` a trigger on every audited table
    writes its rows (with session_user, psql changes too): the hook leaves them to it."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    from sopdesk.db import server_roles

    return server_roles.prefix_of(session.connection()) is not None


def _entry(obj, action: str, changes: dict, user_id, username, now) -> AuditLog:
    return AuditLog(
        at=now, user_id=user_id, username=username,
        table_name=obj.__tablename__, record_id=_record_id(obj), action=action, changes=changes,
    )


def install(session_factory) -> None:
    """Attach the hook to a new sessionmaker (call once per sessionmaker).

    No event.contains() guard: SQLAlchemy keys that registry by id(), so a sessionmaker
    created after an earlier one was garbage-collected can be reported as listened-to
    already, and its sessions would then write no audit rows (seen in about half of
    3,000 Database objects made in a loop)."""
    event.listen(session_factory, "before_flush", _before_flush)


# -- the audit-log viewer -------------------------------------------------------------------
#
# Filtered and paged in SQL, newest first: ORDER BY at DESC, id DESC with LIMIT/OFFSET over
# the index (at, id), and (user_id, at, id) for one user's changes; a record's entries come
# through (table_name, record_id). Labels (document number, code, user name) are looked up
# for the page's rows only.

SYSTEM_USER = "system"  # the user filter's value for entries made by no signed-in user


@dataclass(frozen=True)
class AuditFilter:
    """table: one table name; record: a document number, code, user name, setting key or
    record id (a document brings its lines along); user: a user id, SYSTEM_USER (the demo,
    the command line, migrations) or None for everyone; date_from/date_to: factory dates,
    both included."""

    table: str | None = None
    record: str = ""
    user: uuid.UUID | str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditSort:
    """Time order; the only order the viewer offers (the index serves it both ways)."""

    key: str = "at"
    descending: bool = True


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    username: str | None
    table_name: str
    record_id: str
    record_label: str  # "SO-2026-00042", "FG-100", "SO-2026-00042 / 2", ... ("" if unknown)
    action: str  # insert / update / delete
    changes: dict  # {field: [before, after]}

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) in a stable order, the version counter left out."""
        return [(k, v[0], v[1]) if isinstance(v, list | tuple) and len(v) == 2 else (k, None, v)
                for k, v in self.changes.items() if k != "version"]


def audited_tables() -> list[str]:
    """The tables whose changes the log holds (those marked __audited__, and import_batch)."""
    from sopdesk.models import Base

    names = {m.class_.__tablename__ for m in Base.registry.mappers if getattr(m.class_, "__audited__", False)}
    return sorted(names | {"import_batch"})


def _require_viewer(actor) -> None:
    from .permissions import Permission, require

    require(actor, Permission.USER_ADMIN)


def _where(session: Session, flt: AuditFilter) -> list:
    from sqlalchemy import and_, false, or_

    from .settings import factory_tz

    t = AuditLog.__table__
    conds = []
    if flt.table:
        conds.append(t.c.table_name == flt.table)
    if flt.user == SYSTEM_USER:
        conds.append(t.c.user_id.is_(None))
    elif flt.user is not None:
        conds.append(t.c.user_id == (flt.user if isinstance(flt.user, uuid.UUID) else uuid.UUID(str(flt.user))))
    if flt.date_from or flt.date_to:
        tz = factory_tz(session)
        if flt.date_from:
            conds.append(t.c.at >= dt.datetime.combine(flt.date_from, dt.time(), tz).astimezone(dt.UTC))
        if flt.date_to:
            end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
            conds.append(t.c.at < end)
    if flt.record.strip():
        matches = find_records(session, flt.record, flt.table)
        if not matches:
            conds.append(false())
        else:
            conds.append(or_(*(and_(t.c.table_name == table, t.c.record_id.in_(sorted(ids)))
                               for table, ids in matches.items())))
    return conds


def count_entries(session: Session, actor, flt: AuditFilter) -> int:
    from sqlalchemy import func, select

    _require_viewer(actor)
    t = AuditLog.__table__
    return session.scalar(select(func.count()).select_from(t).where(*_where(session, flt))) or 0


def list_entries(session: Session, actor, flt: AuditFilter, sort: AuditSort | None = None,
                 offset: int = 0, limit: int = 100) -> list[AuditEntry]:
    from sqlalchemy import select

    _require_viewer(actor)
    sort = sort or AuditSort()
    t = AuditLog.__table__
    order = [t.c.at.desc(), t.c.id.desc()] if sort.descending else [t.c.at, t.c.id]
    rows = session.execute(
        select(t.c.id, t.c.at, t.c.username, t.c.table_name, t.c.record_id, t.c.action, t.c.changes)
        .where(*_where(session, flt)).order_by(*order).offset(max(0, offset)).limit(max(1, min(limit, 1000)))
    ).all()
    labels = record_labels(session, [(r.table_name, r.record_id) for r in rows])
    return [AuditEntry(r.id, r.at, r.username, r.table_name, r.record_id,
                       labels.get((r.table_name, r.record_id), ""), r.action, r.changes or {}) for r in rows]


def record_history(session: Session, actor, table: str, record_id: str, limit: int = 200) -> list[AuditEntry]:
    """One record's entries, newest first (a conflict's or a record's history)."""
    _require_viewer(actor)
    return list_entries(session, actor, AuditFilter(table=table, record=record_id), offset=0, limit=limit)


# Human keys of records, by table: (column shown, parent table and its key column for lines).
_KEYS = {
    "sales_order": "number", "purchase_order": "number", "work_order": "number",
    "item": "code", "customer": "code", "supplier": "code", "location": "code", "work_center": "code",
    "app_user": "username", "import_batch": "file_name", "import_profile": "name",
}
_LINES = {  # line table -> (its document table, the foreign key column)
    "sales_order_line": ("sales_order", "order_id"),
    "purchase_order_line": ("purchase_order", "order_id"),
    "order_review_task": ("sales_order", "order_id"),
}
_BY_ITEM = ("forecast_line", "consensus_line", "material_constraint", "production_plan_line")
_BY_WORK_CENTER = ("maintenance_window", "capacity_submission")


def _table(name: str):
    from sopdesk.models import Base

    return Base.metadata.tables.get(name)


def _uuid_ids(ids) -> list[uuid.UUID]:
    out = []
    for i in ids:
        try:
            out.append(uuid.UUID(str(i)))
        except ValueError:
            continue
    return out


def _names(session: Session, table: str, column: str, ids) -> dict[str, str]:
    from sqlalchemy import select

    t = _table(table)
    ids = _uuid_ids(ids)
    out: dict[str, str] = {}
    for k in range(0, len(ids), 900):
        for rid, name in session.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(ids[k:k + 900]))):
            out[str(rid)] = str(name)
    return out


def record_labels(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(table, record id) -> the record's human key, a few queries per page of rows."""
    from sqlalchemy import select

    by_table: dict[str, set[str]] = {}
    for table, rid in keys:
        by_table.setdefault(table, set()).add(rid)
    out: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        if table == "setting":
            out.update({(table, i): i for i in ids})
        elif table in _KEYS:
            out.update({(table, i): n for i, n in _names(session, table, _KEYS[table], ids).items()})
        elif table in _LINES:
            parent, fk = _LINES[table]
            t = _table(table)
            has_no = "line_no" in t.c
            rows = []
            uids = _uuid_ids(ids)
            for k in range(0, len(uids), 900):
                cols = [t.c.id, t.c[fk]] + ([t.c.line_no] if has_no else [])
                rows += session.execute(select(*cols).where(t.c.id.in_(uids[k:k + 900]))).all()
            numbers = _names(session, parent, "number", {r[1] for r in rows})
            for r in rows:
                number = numbers.get(str(r[1]), "")
                out[(table, str(r[0]))] = f"{number} / {r[2]}" if has_no else number
        elif table == "bom_line":
            t = _table(table)
            rows = session.execute(select(t.c.id, t.c.parent_id, t.c.component_id)
                                   .where(t.c.id.in_(_uuid_ids(ids)))).all()
            codes = _names(session, "item", "code", {r[1] for r in rows} | {r[2] for r in rows})
            out.update({(table, str(r[0])): f"{codes.get(str(r[1]), '?')} → {codes.get(str(r[2]), '?')}"
                        for r in rows})
        elif table in _BY_ITEM or table in _BY_WORK_CENTER:
            ref, column = ("item", "item_id") if table in _BY_ITEM else ("work_center", "work_center_id")
            t = _table(table)
            rows = session.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(_uuid_ids(ids)))).all()
            codes = _names(session, ref, "code", {r[1] for r in rows})
            out.update({(table, str(r[0])): codes.get(str(r[1]), "") for r in rows})
    return out


def find_records(session: Session, text: str, table: str | None = None) -> dict[str, set[str]]:
    """The records a typed key names: table -> record ids. A document number, code, user
    name, file name or setting key (exact, any case), or a record id; a document brings its
    lines and review tasks along."""
    from sqlalchemy import func, select

    text = text.strip()
    found: dict[str, set[str]] = {}
    if not text:
        return found
    folded = text.casefold()
    for name, column in _KEYS.items():
        if table and table != name and not (table in _LINES and _LINES[table][0] == name):
            continue
        t = _table(name)
        ids = {str(i) for i in session.scalars(select(t.c.id).where(func.lower(t.c[column]) == folded))}
        if not ids:
            continue
        found.setdefault(name, set()).update(ids)
        for line_table, (parent, fk) in _LINES.items():
            if parent == name and (not table or table == line_table):
                lt = _table(line_table)
                lines = {str(i) for i in session.scalars(select(lt.c.id).where(lt.c[fk].in_(_uuid_ids(ids))))}
                if lines:
                    found.setdefault(line_table, set()).update(lines)
    if (not table or table == "setting") and _table("setting") is not None:
        st = _table("setting")
        keys = set(session.scalars(select(st.c.key).where(func.lower(st.c.key) == folded)))
        if keys:
            found.setdefault("setting", set()).update(keys)
    if table and table not in found:
        found[table] = {text}  # a record id typed as it is stored
    elif not table:
        hits = session.scalars(select(AuditLog.table_name).distinct().where(  # (table_name, record_id) index
            AuditLog.table_name.in_(audited_tables()), AuditLog.record_id == text)).all()
        for hit in hits:
            found.setdefault(hit, set()).add(text)
    if table:
        found = {k: v for k, v in found.items() if k == table}
    return found
