"""Building the report shown when a save is refused because the record changed meanwhile."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, AuditLog, SalesOrder

from .errors import ConflictError, ConflictInfo, FieldChange


def conflict_error(session: Session, record, your_version: int) -> ConflictError:
    """ConflictError listing who changed which fields of `record` after `your_version`."""
    table = record.__tablename__
    entries = session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == table, AuditLog.record_id == str(record.id),
               AuditLog.action == "update")
        .order_by(AuditLog.id)
    ).all()
    later = [e for e in entries if (e.changes.get("version") or [0, 0])[1] > your_version]
    changes: list[FieldChange] = []
    first: dict[str, FieldChange] = {}
    for e in later:
        for name, (before, after) in e.changes.items():
            if name == "version":
                continue
            if name in first:  # several saves: keep the first before and the last after
                first[name].after, first[name].changed_by, first[name].changed_at = after, e.username, e.at
            else:
                first[name] = FieldChange(name, before, after, e.username, e.at)
    changes = list(first.values())
    if isinstance(record, SalesOrder) and later:
        line_edits = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "sales_order_line", AuditLog.at >= later[0].at)
            .order_by(AuditLog.id)
        ).all()
        line_ids = {str(ln.id) for ln in record.lines}
        for e in line_edits:
            if e.record_id in line_ids or e.changes.get("order_id", [None, None])[1] == str(record.id):
                changes.append(FieldChange(f"line:{e.action}", None, e.changes, e.username, e.at))
    editor = session.get(AppUser, record.updated_by_id) if record.updated_by_id else None
    info = ConflictInfo(
        table=table, record_id=str(record.id), your_version=your_version,
        current_version=record.version, changed_by=editor.display_name if editor else None,
        changed_at=record.updated_at, changes=changes,
    )
    who = info.changed_by or "another user"
    return ConflictError(
        f"{who} saved this record at {record.updated_at:%Y-%m-%d %H:%M} UTC after you opened it "
        f"(your version {your_version}, now {record.version}); nothing was overwritten",
        info,
    )


def touch_if_changed(session: Session, record, children, lines_added_or_removed: bool) -> bool:
    """Give `record` a new version when it or any of its lines changed: a header-and-lines
    document is versioned as a whole. A save that changed nothing keeps the version, so
    nobody else's open copy goes stale for nothing."""
    changed = (
        lines_added_or_removed
        or session.is_modified(record, include_collections=False)
        or any(session.is_modified(child) for child in children)
    )
    if changed:
        record.updated_at = dt.datetime.now(dt.UTC)
    return changed
