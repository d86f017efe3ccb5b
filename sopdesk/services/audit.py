"""Audit log of every change to business records, written by one before_flush hook.

Services never write audit rows themselves: any change to a table marked __audited__ that is
flushed through a session made by sopdesk.db.Database is recorded with the acting user
(session.info["actor"]), the fields before and after. The same hook stamps who last changed
a versioned record.
"""

from __future__ import annotations

import datetime as dt
import uuid
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

    for obj in list(session.new):
        if isinstance(obj, Versioned):
            obj.created_by_id = obj.created_by_id or user_id
            obj.updated_by_id = obj.updated_by_id or user_id
        if not getattr(obj, "__audited__", False):
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
        if not getattr(obj, "__audited__", False):
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
        if changes:
            if isinstance(obj, Versioned):  # lets a conflict report list what came after a version
                changes["version"] = [obj.version, obj.version + 1]
            entries.append(_entry(obj, "update", changes, user_id, username, now))

    for obj in list(session.deleted):
        if not getattr(obj, "__audited__", False):
            continue
        before = {
            a.key: [to_json(getattr(obj, a.key)), None]
            for a in _columns(obj) if a.key not in SKIP_FIELDS
        }
        entries.append(_entry(obj, "delete", before, user_id, username, now))

    session.add_all(entries)


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
