"""Saved column mappings (import profiles): a confirmed mapping is kept under a name per
kind; a file whose header signature matches one is mapped by it at once."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.excel import Detection, ProfileData, detect
from sopdesk.models import ImportProfile

from .errors import NotFound, ValidationError
from .imports_common import require_import
from .imports_plan import _now
from .permissions import Actor, Permission, require


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
