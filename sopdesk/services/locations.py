"""Stock locations as plain choices for pickers (receive, count, transfer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import Location, LocationKind

from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class LocationChoice:
    id: uuid.UUID
    code: str
    name: str
    kind: LocationKind

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def location_choices(session: Session, actor: Actor) -> list[LocationChoice]:
    """Active locations, by code."""
    require(actor, Permission.STOCK_VIEW)
    rows = session.execute(select(Location.id, Location.code, Location.name, Location.kind)
                           .where(Location.active.is_(True)).order_by(Location.code))
    return [LocationChoice(r[0], r[1], r[2], LocationKind(r[3])) for r in rows]
