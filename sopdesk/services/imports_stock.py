"""Planning an import of a stock count (盘点表) or opening stock (期初库存): one row per item
and location with the quantity counted; the difference to the stored on-hand becomes a COUNT
move (an OPENING move where the item was never at the location).

A location the file names that the database does not have yet is created with the import,
as an order file creates its new customers: code and name as written, its kind from the
name (成品仓, 半成品仓, 待检区, ...) or else from what is counted there; the summary names
it (ImportResult.created_names["locations"]). A location is found by its code, else by its
name; an inactive one is refused.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import Location, MoveType, StockBalance

from . import master_data, settings
from .errors import ServiceError
from .imports_master import guess_location_kind
from .imports_plan import _chunks, _now, _Plan, _resolve_items, _stamp_new, cell_error, new_id
from .permissions import Actor


def _locations(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan, items: list) -> list:
    """The location row of each row (None where blank or refused); new ones planned."""
    codes = parsed.columns["location"]
    rows = session.execute(select(Location.id, Location.code, Location.name, Location.active)).all()
    stored = {r.name.strip().casefold(): r for r in rows}  # a sheet may name it (原料仓) ...
    stored.update({r.code.casefold(): r for r in rows})  # ... or give its code, which wins
    counted_kinds: dict[str, set[str]] = defaultdict(set)
    for code, it in zip(codes, items, strict=True):
        if code and it is not None and code.casefold() not in stored:
            counted_kinds[code.casefold()].add(getattr(it.kind, "value", it.kind))
    new: dict[str, Location] = {}
    now = _now()
    out = []
    for i, code in enumerate(codes):
        if not code:
            out.append(None)
            continue
        loc = stored.get(code.casefold()) or new.get(code.casefold())
        if loc is None:
            loc = _new_location(session, actor, parsed, plan, i, code, counted_kinds[code.casefold()], now)
            if loc is not None:
                new[code.casefold()] = loc
        elif not loc.active:
            plan.errors.append(cell_error(parsed, i, "location", "inactive", "location {code} is inactive", code=code))
            loc = None
        out.append(loc)
    return out


def _new_location(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan, i: int, code: str,
                  item_kinds: set[str], now: dt.datetime):
    values = {"code": code, "name": code, "kind": guess_location_kind(code, item_kinds)}
    try:  # the Master data tab's rules for a location
        clean = {k: master_data.clean_field(session, "locations", k, v) for k, v in values.items()}
    except ServiceError as exc:
        plan.errors.append(cell_error(parsed, i, "location", "invalid", exc.template, **exc.params))
        return None
    row = _stamp_new({"id": uuid.UUID(new_id()), **clean, "non_negative": True, "active": True}, actor, now)
    plan.add(Location.__tablename__, row)
    plan.created["locations"] = plan.created.get("locations", 0) + 1
    plan.created_names.setdefault("locations", []).append(code)
    return SimpleNamespace(id=row["id"], code=code, active=True)


def plan_stock_count(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    from . import ledger  # stock moves: only this kind needs the ledger

    items = _resolve_items(session, parsed, plan, "item_code")
    pairs = _locations(session, actor, parsed, plan, items)
    tz = settings.factory_tz(session)
    now = _now()
    counted = parsed.columns["counted_qty"]
    dates = parsed.columns.get("count_date")
    notes = parsed.columns.get("note")
    balances = {}
    item_ids = {it.id for it in items if it}
    for chunk in _chunks(list(item_ids)):
        for r in session.execute(select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty)
                                 .where(StockBalance.item_id.in_(chunk))):
            balances[(r.item_id, r.location_id)] = r.qty
    for i, (it, loc) in enumerate(zip(items, pairs, strict=True)):
        if it is None or loc is None or counted[i] is None:
            continue
        have = balances.get((it.id, loc.id))
        diff = counted[i] - (have or Decimal(0))
        if diff == 0:
            plan.unchanged += 1
            continue
        moved_at = now
        if dates and dates[i] is not None:
            end = dt.datetime.combine(dates[i], dt.time(23, 59, 59), tz).astimezone(dt.UTC)
            moved_at = min(end, now)
        opening = have is None
        reason = (notes[i] if notes and notes[i] else f"stock count import {parsed.file_name}")[:300]
        plan.moves.append(ledger.MoveRequest(
            item_id=it.id, location_id=loc.id, qty=diff,
            move_type=MoveType.OPENING if opening else MoveType.COUNT, moved_at=moved_at,
            ref_type="import_batch", ref_number=parsed.file_name[:40], reason=reason,
        ))
        if opening:
            plan.inserted += 1
        else:
            plan.updated += 1
