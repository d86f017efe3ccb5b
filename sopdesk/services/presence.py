"""Presence (issue 15): who has which document open for editing, so "李娜 is editing
SO-2026-00042" shows on the order and in the orders list of every other PC.

A row per (client, document kind, document id): `client` is the PC's process
(db.changefeed.CLIENT_ID), so one person with the order open on two PCs counts twice. The
dialog enters when it opens, renews the heartbeat every HEARTBEAT_SECONDS while open and
leaves when it closes; a row whose heartbeat is older than TIMEOUT_SECONDS (the PC crashed
or lost the network) counts as gone and is deleted by the next enter. Entering and leaving
are told on the change feed (table "presence"); heartbeats are not (they change nothing
anyone sees).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sopdesk.db import changefeed
from sopdesk.models import Presence
from sopdesk.services.permissions import Actor

HEARTBEAT_SECONDS = 20
TIMEOUT_SECONDS = 60
ORDER = "sales_order"


@dataclass(frozen=True)
class Editor:
    """Someone else editing a document."""

    display_name: str
    doc_label: str
    since: dt.datetime
    client: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _cutoff(now: dt.datetime, timeout: float) -> dt.datetime:
    return now - dt.timedelta(seconds=timeout)


def enter(session: Session, actor: Actor, client: str, kind: str, doc_id, label: str = "",
          *, now: dt.datetime | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
    now = now or _now()
    session.execute(delete(Presence).where(Presence.heartbeat < _cutoff(now, timeout)))
    session.execute(delete(Presence).where(Presence.client == client, Presence.doc_kind == kind,
                                           Presence.doc_id == str(doc_id)))
    session.add(Presence(client=client, doc_kind=kind, doc_id=str(doc_id), user_id=actor.user_id,
                         display_name=actor.display_name or actor.username, doc_label=label,
                         since=now, heartbeat=now))
    changefeed.note(session, "presence", [str(doc_id)])


def heartbeat(session: Session, actor: Actor, client: str, kind: str, doc_id, label: str = "",
              *, now: dt.datetime | None = None) -> None:
    """Renew the heartbeat (below the ORM: not told on the change feed); enter again when the
    row is gone (the PC was offline longer than the timeout)."""
    now = now or _now()
    table = Presence.__table__
    updated = session.connection().execute(
        table.update().where(table.c.client == client, table.c.doc_kind == kind, table.c.doc_id == str(doc_id))
        .values(heartbeat=now)).rowcount
    if not updated:
        enter(session, actor, client, kind, doc_id, label, now=now)


def leave(session: Session, actor: Actor, client: str, kind: str, doc_id) -> None:
    session.execute(delete(Presence).where(Presence.client == client, Presence.doc_kind == kind,
                                           Presence.doc_id == str(doc_id)))
    changefeed.note(session, "presence", [str(doc_id)])


def editors(session: Session, actor: Actor, kind: str, doc_id, *, exclude_client: str | None = None,
            now: dt.datetime | None = None, timeout: float = TIMEOUT_SECONDS) -> list[Editor]:
    """The others editing one document, earliest first (expired rows left out)."""
    return editing(session, actor, kind, [doc_id], exclude_client=exclude_client, now=now,
                   timeout=timeout).get(str(doc_id), [])


def editing(session: Session, actor: Actor, kind: str, doc_ids=None, *, exclude_client: str | None = None,
            now: dt.datetime | None = None, timeout: float = TIMEOUT_SECONDS) -> dict[str, list[Editor]]:
    """{document id: the others editing it} for documents of `kind` (all, or `doc_ids`)."""
    now = now or _now()
    q = select(Presence).where(Presence.doc_kind == kind, Presence.heartbeat >= _cutoff(now, timeout))
    if doc_ids is not None:
        q = q.where(Presence.doc_id.in_([str(d) for d in doc_ids]))
    if exclude_client is not None:
        q = q.where(Presence.client != exclude_client)
    out: dict[str, list[Editor]] = {}
    for p in session.scalars(q.order_by(Presence.since)):
        out.setdefault(p.doc_id, []).append(Editor(p.display_name, p.doc_label, p.since, p.client))
    return out
