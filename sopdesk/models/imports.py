"""Saved column mappings for spreadsheet imports (导入方案), reused for files of the same shape."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .types import UTCDateTime, uuid_pk


class ImportProfile(Versioned, Base):
    """A confirmed mapping from a file's column headers to the fields of one import kind.

    signature is a hash of the file's normalised header texts: the next file whose header
    row hashes the same gets this mapping proposed without asking. mapping is
    {normalised header text: field name}; headers mapped to nothing are left out.
    """

    __tablename__ = "import_profile"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        Index("ix_import_profile_signature", "kind", "signature"),
    )

    id: Mapped[uuid_pk]
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    signature: Mapped[str] = mapped_column(String(64), nullable=False)
    headers: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    mapping: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    sheet_name: Mapped[str | None] = mapped_column(String(100))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
