"""Building the report shown when a save is refused because the record changed meanwhile.

Two things catch a stale save: a service comparing the version the user loaded with the
stored one, and the database's versioned UPDATE/DELETE matching no row when another PC saved
between that check and the flush (SQLAlchemy's StaleDataError). The second can surface at
any flush, autoflush or commit, so it is turned into the same ConflictError in one place:
`Database.write` rolls back and calls `conflict_from_stale`, which finds the stale record
from what the last flush was writing (noted by a before_flush hook installed here).
"""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, AuditLog, SalesOrder, Versioned

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
    info = ConflictInfo(
        table=table, record_id=str(record.id), your_version=your_version,
        current_version=record.version, changed_by=_display_name(session, record.updated_by_id),
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


# -- lost races caught by the database --------------------------------------------------

_FLUSHING = "sopdesk.versioned_in_flush"


def _note_versioned_writes(session: Session, _flush_context, _instances) -> None:
    """Remember which versioned records this flush updates or deletes, at which version."""
    noted = []
    for obj in itertools.chain(session.dirty, session.deleted):
        if not isinstance(obj, Versioned):
            continue
        if obj in session.deleted or session.is_modified(obj, include_collections=False):
            noted.append((type(obj), inspect(obj).identity, obj.version))
    session.info[_FLUSHING] = noted


def install(session_factory) -> None:
    """Attach the hook to a new sessionmaker (as audit.install: once per sessionmaker)."""
    event.listen(session_factory, "before_flush", _note_versioned_writes)


def conflict_from_stale(session: Session) -> ConflictError:
    """The ConflictError for a flush that failed with StaleDataError. Call after rolling the
    session back: it reads the records' current state in a new transaction. A stale line is
    reported on its document (`__conflict_owner__`) when that changed too, as the service's
    own check would; a header is looked at before its lines."""
    noted = session.info.pop(_FLUSHING, [])
    noted.sort(key=lambda n: hasattr(n[0], "__conflict_owner__"))
    versions = {(cls, ident): version for cls, ident, version in noted}
    for cls, ident, version in noted:
        current = session.get(cls, ident, populate_existing=True)
        if current is None:
            return _deleted_error(session, cls, ident, version)
        if current.version == version:
            continue
        owner_name = getattr(cls, "__conflict_owner__", None)
        owner = getattr(current, owner_name) if owner_name else None
        if owner is not None:
            owner_version = versions.get((type(owner), inspect(owner).identity))
            if owner_version is not None and owner.version != owner_version:
                return conflict_error(session, owner, owner_version)
        return conflict_error(session, current, version)
    # Nothing we wrote has moved on: the row went away and came back, or was not ours.
    return ConflictError("another user changed this record while you saved it; nothing was saved")


def _deleted_error(session: Session, cls, ident, your_version: int) -> ConflictError:
    record_id = ",".join(str(i) for i in ident)
    entry = session.scalars(
        select(AuditLog).where(AuditLog.table_name == cls.__tablename__, AuditLog.record_id == record_id,
                               AuditLog.action == "delete").order_by(AuditLog.id.desc()).limit(1)
    ).first()
    info = ConflictInfo(
        table=cls.__tablename__, record_id=record_id, your_version=your_version, current_version=0,
        changed_by=_display_name(session, entry.user_id) if entry else None,
        changed_at=entry.at if entry else None,
    )
    who = info.changed_by or "another user"
    return ConflictError(f"{who} deleted this record after you opened it; nothing was saved", info)


def _display_name(session: Session, user_id) -> str | None:
    user = session.get(AppUser, user_id) if user_id else None
    return user.display_name if user else None
