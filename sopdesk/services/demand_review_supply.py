"""Supply's input to the demand review (供应链: constraints on key materials). No Qt.

Key materials of the products in scope: the bought components (items without a bill of
materials of their own) reached through the products' bills of materials, level by level;
a component's quantity per product multiplies qty_per × (1 + scrap rate) down the levels
(rounded up to 0.0001 at each level, as planning_load does).

The computed proposal of each key material (a MaterialConstraint row, ``confirmed`` False
until supply confirms or corrects it):

- on hand: stock in every location that is not quarantine; open POs: what is still to
  arrive of open purchase order lines, by the month they are expected (before the first
  month in scope: counted in it; after the last: left out);
- lead days: the item's purchase lead days, else its default supplier's; new orders placed
  on the meeting day arrive on ``available_date`` = meeting date + lead days;
- available_qty: the most new orders can bring per month from that date on; None = not
  limited (the proposal); guaranteed: None until supply says (True: supply guarantees the
  quantity and date; False: new orders count only up to available_qty, none without one);
- unit price: the item's standard cost (supply corrects it to the supplier's price).

What this means for feasibility is in demand_review_feasibility.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, BomLine, DemandReviewCycle, Item, MaterialConstraint, Supplier

from .conflicts import conflict_error
from .demand_review_common import (
    QUANTUM,
    changed,
    clean,
    cycle_months,
    exact_qty,
    load_cycle,
    month_text,
    require_inputs_open,
    scope_items,
)
from .errors import ValidationError
from .inventory_demand import open_po_lines
from .inventory_shortage import _usable_stock
from .permissions import Actor, Permission, require

MAX_LEAD_DAYS = 3650


@dataclass(frozen=True)
class MaterialView:
    id: uuid.UUID
    version: int
    item_id: uuid.UUID
    code: str
    name: str
    unit: str
    supplier_id: uuid.UUID | None
    supplier_name: str | None
    on_hand: Decimal
    open_po: Decimal
    arrivals: tuple[tuple[dt.date, Decimal], ...]  # open POs by month in scope
    lead_days: int | None
    available_date: dt.date | None
    available_qty: Decimal | None  # per month from available_date; None = not limited
    guaranteed: bool | None
    unit_price: Decimal | None
    comment: str | None
    confirmed: bool  # supply confirmed or corrected it
    submitted_by_name: str | None
    products: tuple[tuple[str, Decimal], ...]  # (product code, qty per product) using it


@dataclass(frozen=True)
class MaterialInput:
    """Supply's confirmation or correction of one key material (every field as it should
    stand; ``expected_version`` as MaterialView gave it)."""

    item_id: uuid.UUID
    expected_version: int
    lead_days: int | None
    available_qty: Decimal | None
    guaranteed: bool | None
    unit_price: Decimal | None
    comment: str | None = None


def key_materials(session: Session, product_ids) -> dict[uuid.UUID, dict[uuid.UUID, Decimal]]:
    """{product id: {bought component id: qty per product}} through every BOM level."""
    edges: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
    for parent, comp, qty_per, scrap in session.execute(
            select(BomLine.parent_id, BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate)):
        per = (qty_per * (1 + (scrap or 0))).quantize(QUANTUM, rounding=ROUND_CEILING)
        edges.setdefault(parent, []).append((comp, per))
    out: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = {}
    for pid in product_ids:
        need: dict[uuid.UUID, Decimal] = {}
        stack = [(pid, Decimal(1), 0)]
        while stack:
            node, factor, depth = stack.pop()
            if depth > 50:  # a BOM cycle is refused by master data; never loop on one
                break
            for comp, per in edges.get(node, ()):
                q = (factor * per).quantize(QUANTUM, rounding=ROUND_CEILING)
                if comp in edges:
                    stack.append((comp, q, depth + 1))
                else:
                    need[comp] = need.get(comp, Decimal(0)) + q
        out[pid] = need
    return out


def _facts(session: Session, cycle: DemandReviewCycle, material_ids) -> dict[uuid.UUID, tuple]:
    """{material: (on hand, open PO total counted, {YYYY-MM: qty})}."""
    months = cycle_months(cycle)
    first, end = months[0], months[-1]
    stock = _usable_stock(session)
    out = {m: [stock.get(m, Decimal(0)), Decimal(0), {}] for m in material_ids}
    for po in open_po_lines(session, list(material_ids)):
        if po.item_id not in out:
            continue
        month = max(po.expected_date.replace(day=1), first)
        if month > end:
            continue
        entry = out[po.item_id]
        entry[1] += po.open_qty
        entry[2][month_text(month)] = format(Decimal(entry[2].get(month_text(month), 0)) + po.open_qty, "f")
    return {k: tuple(v) for k, v in out.items()}


def refresh_proposals(session: Session, cycle: DemandReviewCycle, *, facts_of_confirmed: bool = False) -> bool:
    """Create a row for every key material of the products in scope, drop rows of materials
    no longer key, compute the proposal of unconfirmed rows (and, with
    ``facts_of_confirmed``, the on-hand / open-PO facts of confirmed ones). True if anything
    changed."""
    products = [it.id for it in scope_items(session, cycle)]
    uses = key_materials(session, products)
    materials = sorted({m for need in uses.values() for m in need})
    rows = {r.item_id: r for r in session.scalars(select(MaterialConstraint).where(
        MaterialConstraint.cycle_id == cycle.id))}
    dirty = False
    for item_id, row in rows.items():
        if item_id not in materials:
            session.delete(row)
            dirty = True
    facts = _facts(session, cycle, materials)
    items = {it.id: it for it in session.scalars(select(Item).where(Item.id.in_(materials)))} if materials else {}
    suppliers = {s.id: s for s in session.scalars(select(Supplier))} if materials else {}
    for m in materials:
        it = items[m]
        on_hand, open_po, arrivals = facts[m]
        row = rows.get(m)
        if row is None:
            row = MaterialConstraint(id=uuid.uuid4(), cycle_id=cycle.id, item_id=m)
            session.add(row)
        elif row.submitted_by_id is not None and not facts_of_confirmed:
            continue
        new = {"on_hand_qty": on_hand, "open_po_qty": open_po, "arrivals": arrivals}
        if row.submitted_by_id is None:
            supplier = suppliers.get(it.default_supplier_id)
            lead = it.purchase_lead_days or (supplier.lead_days if supplier else 0)
            new.update(supplier_id=it.default_supplier_id, lead_days=lead,
                       available_date=cycle.meeting_date + dt.timedelta(days=lead), available_qty=None,
                       guaranteed=None, unit_price=it.standard_cost)
        for name, value in new.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                dirty = True
    session.flush()
    return dirty


def refresh(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[MaterialView]:
    """Supply takes today's stock and open POs into the proposal again (every row's facts;
    the unconfirmed rows' proposals). DEMAND_SUBMIT_SUPPLY, while inputs are open."""
    require(actor, Permission.DEMAND_SUBMIT_SUPPLY)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_inputs_open(cycle)
    if refresh_proposals(session, cycle, facts_of_confirmed=True):
        changed(cycle)
        session.flush()
    return materials(session, actor, cycle.id)


def materials(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[MaterialView]:
    """The key materials of the cycle, by code (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    cycle = load_cycle(session, cycle_id)
    rows = list(session.scalars(select(MaterialConstraint).where(MaterialConstraint.cycle_id == cycle.id)))
    if not rows:
        return []
    ids = [r.item_id for r in rows]
    items = {it.id: it for it in session.scalars(select(Item).where(Item.id.in_(ids)))}
    products = scope_items(session, cycle)
    uses = key_materials(session, [p.id for p in products])
    suppliers = {s.id: s.name for s in session.scalars(select(Supplier))}
    people = {r.submitted_by_id for r in rows if r.submitted_by_id}
    names = {} if not people else {u.id: u.display_name or u.username for u in
                                   session.scalars(select(AppUser).where(AppUser.id.in_(people)))}
    out = []
    for r in sorted(rows, key=lambda r: items[r.item_id].code):
        it = items[r.item_id]
        out.append(MaterialView(
            r.id, r.version, it.id, it.code, it.name, it.unit, r.supplier_id, suppliers.get(r.supplier_id),
            r.on_hand_qty or Decimal(0), r.open_po_qty or Decimal(0),
            tuple((dt.date.fromisoformat(k + "-01"), Decimal(v)) for k, v in sorted((r.arrivals or {}).items())),
            r.lead_days, r.available_date, r.available_qty, r.guaranteed, r.unit_price, r.comment,
            r.submitted_by_id is not None, names.get(r.submitted_by_id),
            tuple((p.code, uses[p.id][it.id]) for p in products if it.id in uses[p.id])))
    return out


def save_materials(session: Session, actor: Actor, cycle_id: uuid.UUID, rows: Sequence[MaterialInput]) -> list[MaterialView]:
    """Supply confirms or corrects key materials, all or nothing (DEMAND_SUBMIT_SUPPLY),
    while inputs are open. ValidationError: ``item_id`` (not a key material of the cycle),
    ``lead_days`` (a whole number 0..3650), ``available_qty`` / ``unit_price`` (0 or more,
    4 places), ``guaranteed`` (yes, no or not said); ConflictError on a stale version. Each
    saved row counts as confirmed by the actor; a change bumps the cycle's revision."""
    require(actor, Permission.DEMAND_SUBMIT_SUPPLY)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_inputs_open(cycle)
    existing = {r.item_id: r for r in session.scalars(select(MaterialConstraint).where(
        MaterialConstraint.cycle_id == cycle.id))}
    any_change = False
    for entry in rows:
        row = existing.get(entry.item_id)
        if row is None:
            raise ValidationError("not a key material of this review", field="item_id", item=str(entry.item_id))
        if row.version != entry.expected_version:
            raise conflict_error(session, row, entry.expected_version)
        lead = entry.lead_days
        if lead is not None and (isinstance(lead, bool) or not isinstance(lead, int) or not 0 <= lead <= MAX_LEAD_DAYS):
            raise ValidationError("a whole number of days from 0 to {MAX_LEAD_DAYS}", field="lead_days",
                                  MAX_LEAD_DAYS=MAX_LEAD_DAYS)
        if entry.guaranteed is not None and not isinstance(entry.guaranteed, bool):
            raise ValidationError("yes, no, or not said", field="guaranteed")
        new = {
            "lead_days": lead,
            "available_date": None if lead is None else cycle.meeting_date + dt.timedelta(days=lead),
            "available_qty": exact_qty(entry.available_qty, "available_qty", allow_none=True),
            "guaranteed": entry.guaranteed,
            "unit_price": exact_qty(entry.unit_price, "unit_price", allow_none=True),
            "comment": clean(entry.comment),
            "submitted_by_id": actor.user_id,
        }
        for name, value in new.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                any_change = True
    if any_change:
        changed(cycle)
    session.flush()
    return materials(session, actor, cycle.id)


def confirm_all(session: Session, actor: Actor, cycle: DemandReviewCycle) -> None:
    """Supply submits: every row not yet confirmed is confirmed as proposed."""
    for row in session.scalars(select(MaterialConstraint).where(
            MaterialConstraint.cycle_id == cycle.id, MaterialConstraint.submitted_by_id.is_(None))):
        row.submitted_by_id = actor.user_id
    session.flush()


__all__ = ["MaterialInput", "MaterialView", "confirm_all", "key_materials", "materials", "refresh",
           "refresh_proposals", "save_materials"]
