"""The moves behind a figure (drill-down): the ledger listed with paging and SQL sorting.

Any figure of the inventory screens is a sum of moves: on-hand of an item at a location as of
T is MoveFilter(item_id, location_id, moved_to=T); a month's issues of an item are
MoveFilter(item_id, moved_from=start, moved_before=end, move_types={ISSUE}). `move_totals`
returns the same sum the figure shows, so the UI can put it under the list.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import ColumnElement

from sopdesk.models import AppUser, Item, Location, MoveType, StockMove

from .inventory_common import (
    BY_ITEM,
    BY_REF,
    as_qty,
    check_page,
    indexed_by,
    like_pattern,
    sum_qty,
    utc,
)
from .permissions import Actor, Permission, require

M = StockMove


@dataclass(frozen=True)
class MoveFilter:
    item_id: uuid.UUID | None = None
    location_id: uuid.UUID | None = None
    moved_from: dt.datetime | None = None  # moved_at >= this
    moved_to: dt.datetime | None = None  # moved_at <= this (as "on-hand as of")
    moved_before: dt.datetime | None = None  # moved_at < this (month ends)
    move_types: frozenset[MoveType] = field(default_factory=frozenset)
    ref_type: str | None = None
    ref_id: uuid.UUID | None = None
    search: str = ""  # document number


@dataclass(frozen=True)
class MoveSort:
    key: str = "moved_at"
    descending: bool = True


@dataclass(frozen=True)
class MoveRow:
    id: uuid.UUID
    moved_at: dt.datetime
    posted_at: dt.datetime
    posted_by: str | None
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    location_id: uuid.UUID
    location_code: str
    qty: Decimal
    move_type: MoveType
    unit_cost: Decimal | None
    ref_type: str | None
    ref_id: uuid.UUID | None
    ref_number: str | None
    reason: str | None
    reversal_of_id: uuid.UUID | None
    reversed_by_id: uuid.UUID | None  # the counter-move, if this move was reversed


@dataclass(frozen=True)
class MoveTotals:
    count: int
    qty_in: Decimal
    qty_out: Decimal  # negative
    net: Decimal


SORT_KEYS = ("moved_at", "posted_at", "qty", "move_type", "item", "location", "ref_number")


def _where(flt: MoveFilter) -> list[ColumnElement]:
    conds: list[ColumnElement] = []
    if flt.item_id is not None:
        conds.append(M.item_id == flt.item_id)
    if flt.location_id is not None:
        conds.append(M.location_id == flt.location_id)
    if flt.moved_from is not None:
        conds.append(M.moved_at >= utc(flt.moved_from))
    if flt.moved_to is not None:
        conds.append(M.moved_at <= utc(flt.moved_to))
    if flt.moved_before is not None:
        conds.append(M.moved_at < utc(flt.moved_before))
    if flt.move_types:
        conds.append(M.move_type.in_(sorted(flt.move_types)))
    if flt.ref_type is not None:
        conds.append(M.ref_type == flt.ref_type)
    if flt.ref_id is not None:
        conds.append(M.ref_id == flt.ref_id)
    for token in (flt.search or "").split():
        conds.append(M.ref_number.ilike(like_pattern(token), escape="\\"))
    return conds


def _planned(stmt, flt: MoveFilter):
    # one item's or one document's moves: its index, not a walk of the ledger in date order
    if flt.item_id is not None:
        return indexed_by(stmt, M, BY_ITEM)
    if flt.ref_id is not None:
        return indexed_by(stmt, M, BY_REF)
    return stmt


def count_moves(session: Session, actor: Actor, flt: MoveFilter = MoveFilter()) -> int:
    require(actor, Permission.STOCK_VIEW)
    return session.scalar(_planned(select(func.count()).select_from(M).where(*_where(flt)), flt)) or 0


def move_totals(session: Session, actor: Actor, flt: MoveFilter = MoveFilter()) -> MoveTotals:
    require(actor, Permission.STOCK_VIEW)
    row = session.execute(_planned(
        select(
            func.count(),
            sum_qty(case((M.qty > 0, M.qty), else_=0)),
            sum_qty(case((M.qty < 0, M.qty), else_=0)),
            sum_qty(M.qty),
        ).select_from(M).where(*_where(flt)), flt,
    )).one()
    return MoveTotals(row[0] or 0, as_qty(row[1]), as_qty(row[2]), as_qty(row[3]))


def fetch_moves(
    session: Session, actor: Actor, flt: MoveFilter = MoveFilter(), sort: MoveSort = MoveSort(),
    offset: int = 0, limit: int = 200,
) -> list[MoveRow]:
    """Rows offset..offset+limit of the moves matching flt, newest first by default."""
    require(actor, Permission.STOCK_VIEW)
    check_page(offset, limit)
    R = aliased(M, name="reversal")
    keys = {
        "moved_at": M.moved_at, "posted_at": M.posted_at, "qty": M.qty, "move_type": M.move_type,
        "item": Item.code, "location": Location.code, "ref_number": M.ref_number,
    }
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    primary = keys[sort.key].desc() if sort.descending else keys[sort.key].asc()
    if sort.key == "ref_number":
        primary = primary.nulls_last()
    tie = [M.moved_at, M.id] if sort.key != "moved_at" else [M.id]
    tie = [t.desc() if sort.descending else t.asc() for t in tie]
    # a correlated lookup, not an outer join: with ANALYZE statistics SQLite takes the
    # mostly-NULL unique index on reversal_of_id for useless and scanned the whole ledger
    # once per row of the page
    reversed_by = select(R.id).where(R.reversal_of_id == M.id).correlate(M).scalar_subquery()
    stmt = (
        select(
            M.id, M.moved_at, M.posted_at, AppUser.display_name, M.item_id, Item.code, Item.name,
            Item.unit, M.location_id, Location.code, M.qty, M.move_type, M.unit_cost, M.ref_type,
            M.ref_id, M.ref_number, M.reason, M.reversal_of_id, reversed_by,
        )
        .join(Item, Item.id == M.item_id)
        .join(Location, Location.id == M.location_id)
        .outerjoin(AppUser, AppUser.id == M.posted_by_id)
        .where(*_where(flt))
        .order_by(primary, *tie)
        .offset(offset).limit(limit)
    )
    stmt = _planned(stmt, flt)
    return [
        MoveRow(
            id=r[0], moved_at=r[1], posted_at=r[2], posted_by=r[3], item_id=r[4], item_code=r[5],
            item_name=r[6], unit=r[7], location_id=r[8], location_code=r[9], qty=r[10],
            move_type=MoveType(r[11]), unit_cost=r[12], ref_type=r[13], ref_id=r[14],
            ref_number=r[15], reason=r[16], reversal_of_id=r[17], reversed_by_id=r[18],
        )
        for r in session.execute(stmt)
    ]
