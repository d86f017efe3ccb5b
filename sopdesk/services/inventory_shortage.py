"""Shortage view (缺料): which materials open orders and work orders lack, by how much, and
which purchase order or work order covers them by when.

A small time-phased net-requirements run over open demand (inventory_demand.py):

1. Demand: open sales order lines (by need date; no date = today) and the outstanding
   material needs of open work orders (by planned start).
2. Items are netted level by level (low-level codes from the BOM, so an item is netted only
   after every parent that can call for it). For each item, its requirements in date order
   take usable stock first (on-hand outside quarantine), then open supply in date order:
   purchase order lines still to come (by expected date) and work orders' output still to
   come (by planned end). A supply arriving after the need date covers it late.
3. What an item with a BOM still lacks is exploded to its components: lacking x qty_per x
   (1 + scrap_rate), rounded up, needed on the same date, traced to the same source.

A row is reported for every item whose requirements stock cannot cover (short_qty > 0):
covered_qty is what open supply brings, uncovered_qty what nothing covers yet (for a bought
item: buy it; for a made item: a new work order), covered_by the date of the last supply
needed when everything is covered.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import BomLine, Item, ItemKind, Location, LocationKind, StockBalance

from . import settings
from .errors import ValidationError
from .inventory_common import ZERO, as_qty, sum_qty
from .inventory_demand import (
    open_po_lines,
    open_sales_lines,
    open_work_orders,
    requirement,
    work_order_needs,
)
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class DemandRef:
    kind: str  # "sales_order_line" or "work_order": the open document the need comes from
    ref_id: uuid.UUID
    number: str
    qty: Decimal  # of this item, for that document
    need_date: dt.date


@dataclass(frozen=True)
class Cover:
    kind: str  # "purchase_order_line" or "work_order"
    ref_id: uuid.UUID
    number: str
    qty: Decimal  # the part of it that goes to this shortage
    date: dt.date  # expected arrival or planned end
    late: bool  # arrives after the need it covers


@dataclass(frozen=True)
class ShortageRow:
    item_id: uuid.UUID
    code: str
    name: str
    kind: ItemKind
    unit: str
    make: bool  # has a BOM: a work order cures it, not a purchase
    required: Decimal
    available: Decimal  # usable stock when the run starts
    short_qty: Decimal  # required - what stock covers
    covered_qty: Decimal
    uncovered_qty: Decimal
    first_need_date: dt.date  # of the first requirement stock cannot meet
    covered_by: dt.date | None  # when the last supply needed arrives; None if uncovered
    late: bool  # some of it arrives after it is needed, or nothing covers it
    covers: tuple[Cover, ...] = field(default_factory=tuple)
    demands: tuple[DemandRef, ...] = field(default_factory=tuple)


@dataclass
class _Req:
    date: dt.date
    qty: Decimal
    source: DemandRef


@dataclass
class _Supply:
    kind: str
    ref_id: uuid.UUID
    number: str
    date: dt.date
    left: Decimal


def low_level_codes(bom: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal, Decimal]]]) -> dict[uuid.UUID, int]:
    """Deepest level at which each item appears under any parent (top items: 0)."""
    depth: dict[uuid.UUID, int] = {}

    def walk(item: uuid.UUID, level: int, path: frozenset[uuid.UUID]) -> None:
        if item in path:
            raise ValidationError("the bill of materials contains a loop", field="bom")
        if depth.get(item, -1) >= level:
            return
        depth[item] = level
        for comp, _, _ in bom.get(item, ()):
            walk(comp, level + 1, path | {item})

    for parent in list(bom):
        walk(parent, depth.get(parent, 0), frozenset())
    return depth


def _usable_stock(session: Session) -> dict[uuid.UUID, Decimal]:
    stmt = (
        select(StockBalance.item_id, sum_qty(StockBalance.qty))
        .join(Location, Location.id == StockBalance.location_id)
        .where(Location.kind != LocationKind.QUARANTINE)
        .group_by(StockBalance.item_id)
    )
    return {r[0]: as_qty(r[1]) for r in session.execute(stmt)}


def shortages(
    session: Session, actor: Actor, *, until: dt.date | None = None, today: dt.date | None = None,
) -> list[ShortageRow]:
    """Shortages for open demand needed on or before `until` (all open demand if None),
    earliest need first."""
    require(actor, Permission.STOCK_VIEW)
    today = today or settings.factory_today(session)
    bom: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal, Decimal]]] = defaultdict(list)
    for parent, comp, qty_per, scrap in session.execute(
        select(BomLine.parent_id, BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate)
    ):
        bom[parent].append((comp, qty_per, scrap))
    levels = low_level_codes(bom)

    reqs: dict[uuid.UUID, list[_Req]] = defaultdict(list)
    for s in open_sales_lines(session):
        need = s.need_date or today
        reqs[s.item_id].append(_Req(need, s.open_qty, DemandRef("sales_order_line", s.line_id, s.number, s.open_qty, need)))
    for n in work_order_needs(session):
        if n.outstanding > 0:
            reqs[n.item_id].append(_Req(n.need_date, n.outstanding, DemandRef(
                "work_order", n.work_order_id, n.work_order_number, n.outstanding, n.need_date)))
    if until is not None:
        reqs = defaultdict(list, {k: [r for r in v if r.date <= until] for k, v in reqs.items()})

    supply: dict[uuid.UUID, list[_Supply]] = defaultdict(list)
    for p in open_po_lines(session):
        supply[p.item_id].append(_Supply("purchase_order_line", p.line_id, p.number, p.expected_date, p.open_qty))
    for w in open_work_orders(session):
        if w.remaining > 0:
            supply[w.item_id].append(_Supply("work_order", w.id, w.number, w.planned_end, w.remaining))
    for queue in supply.values():
        queue.sort(key=lambda x: (x.date, x.number))
    stock = _usable_stock(session)

    results: dict[uuid.UUID, dict] = {}
    for item_id in sorted(set(reqs) | set(levels), key=lambda i: levels.get(i, 0)):
        if not reqs.get(item_id):
            continue
        outcome = _net(item_id, reqs[item_id], stock.get(item_id, ZERO), supply.get(item_id, []))
        if outcome["short"] > 0:
            results[item_id] = outcome
        for req, lacking in outcome["lacking"]:
            for comp, qty_per, scrap in bom.get(item_id, ()):
                need = requirement(lacking, qty_per, scrap)
                src = req.source
                reqs[comp].append(_Req(req.date, need, DemandRef(src.kind, src.ref_id, src.number, need, req.date)))
    return _rows(session, results, bom)


def _net(item_id, requirements: list[_Req], on_hand: Decimal, queue: list[_Supply]) -> dict:
    stock = max(on_hand, ZERO)
    required = from_stock = ZERO
    covers: dict[tuple[uuid.UUID, bool], list] = {}
    lacking: list[tuple[_Req, Decimal]] = []
    first_need: dt.date | None = None
    demands: list[DemandRef] = []
    for req in sorted(requirements, key=lambda r: (r.date, r.source.number)):
        required += req.qty
        take = min(stock, req.qty)
        stock -= take
        from_stock += take
        rest = req.qty - take
        if rest <= 0:
            continue
        first_need = first_need or req.date
        demands.append(req.source)
        for sup in queue:
            if rest <= 0:
                break
            if sup.left <= 0:
                continue
            use = min(sup.left, rest)
            sup.left -= use
            rest -= use
            late = sup.date > req.date
            key = (sup.ref_id, late)
            if key in covers:
                covers[key][4] += use
            else:
                covers[key] = [sup.kind, sup.ref_id, sup.number, sup.date, use, late]
        if rest > 0:
            lacking.append((req, rest))
    covered = sum((c[4] for c in covers.values()), ZERO)
    return {
        "required": required, "available": on_hand, "short": required - from_stock,
        "covered": covered, "uncovered": sum((q for _, q in lacking), ZERO),
        "first_need": first_need, "lacking": lacking, "demands": demands,
        "covers": [Cover(k, rid, num, qty, date, late) for k, rid, num, date, qty, late in covers.values()],
    }


def _rows(session: Session, results: dict[uuid.UUID, dict], bom) -> list[ShortageRow]:
    if not results:
        return []
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(list(results))))}
    rows = []
    for item_id, o in results.items():
        item = items[item_id]
        uncovered = o["uncovered"]
        covers = tuple(sorted(o["covers"], key=lambda c: (c.date, c.number)))
        rows.append(ShortageRow(
            item_id=item_id, code=item.code, name=item.name, kind=item.kind, unit=item.unit,
            make=bool(bom.get(item_id)), required=o["required"], available=o["available"],
            short_qty=o["short"], covered_qty=o["covered"], uncovered_qty=uncovered,
            first_need_date=o["first_need"],
            covered_by=max((c.date for c in covers), default=None) if uncovered == 0 else None,
            late=uncovered > 0 or any(c.late for c in covers), covers=covers,
            demands=tuple(o["demands"]),
        ))
    return sorted(rows, key=lambda r: (r.first_need_date, r.code))
