"""Users, settings, audit log, notifications and other system records."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .enums import Department, Role, enum_column_type
from .types import UTCDateTime, timestamp, uuid_pk


class AppUser(Versioned, Base):
    __tablename__ = "app_user"
    __audited__ = True

    id: Mapped[uuid_pk]
    username: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    role: Mapped[Role] = mapped_column(enum_column_type(Role), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    language: Mapped[str | None] = mapped_column(String(10))


class Setting(Versioned, Base):
    """Factory-wide settings (time zone, review deadline, negative stock...), JSON values."""

    __tablename__ = "setting"
    __audited__ = True

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict | list | str | int | float | bool | None] = mapped_column(JSON)


class AuditLog(Base):
    """Append-only: who changed which business record, when, from what to what."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id"),
        Index("ix_audit_log_at", "at", "id"),  # the viewer: newest first, paged
        Index("ix_audit_log_user", "user_id", "at", "id"),  # one user's changes
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[timestamp]
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    username: Mapped[str | None] = mapped_column(String(60))
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # insert/update/delete
    changes: Mapped[dict] = mapped_column(JSON, nullable=False)  # {field: [before, after]}


class Notification(Base):
    """An inbox entry (通知/待办) for one user or for a whole department."""

    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_user", "recipient_user_id", "read_at"),
        Index("ix_notification_dept", "recipient_department", "read_at"),
    )

    id: Mapped[uuid_pk]
    created_at: Mapped[timestamp]
    recipient_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    recipient_department: Mapped[Department | None] = mapped_column(enum_column_type(Department))
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    ref_table: Mapped[str | None] = mapped_column(String(60))
    ref_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class DocSequence(Base):
    """Next human document number per prefix and year (SO-2026-00042)."""

    __tablename__ = "doc_sequence"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class AppliedOperation(Base):
    """Client operation ids already applied: an offline PC's retried upload applies once."""

    __tablename__ = "applied_operation"

    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    applied_at: Mapped[timestamp]
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))


class ImportBatch(Base):
    """One spreadsheet import: who, when, which file, what it did; undoable."""

    __tablename__ = "import_batch"

    id: Mapped[uuid_pk]
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    file_name: Mapped[str] = mapped_column(String(260), nullable=False)
    imported_at: Mapped[timestamp]
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id"))
    counts: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    undo_data: Mapped[dict | None] = mapped_column(JSON)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


class ChangeLog(Base):
    """SQLite's change feed (append-only, pruned by age): one row per committed write
    transaction, written in that transaction, listing the tables and record ids it touched
    ({table: [ids] or "*"}). PostgreSQL sends the same as a NOTIFY and leaves this empty."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[timestamp]
    username: Mapped[str | None] = mapped_column(String(60))
    client: Mapped[str | None] = mapped_column(String(40))
    tables: Mapped[dict] = mapped_column(JSON, nullable=False)


class Presence(Base):
    """Who has which document open for editing on which PC (client), since when; the
    heartbeat is renewed while the dialog is open and rows older than the timeout count as
    gone (services/presence.py)."""

    __tablename__ = "presence"
    __table_args__ = (Index("ix_presence_doc", "doc_kind", "doc_id"),)

    client: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("app_user.id", ondelete="CASCADE"))
    display_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    doc_label: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    since: Mapped[timestamp]
    heartbeat: Mapped[timestamp]
