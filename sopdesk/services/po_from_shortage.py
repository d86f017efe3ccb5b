"""Purchase orders from shortage rows in one step (缺料 → 采购).

For the items chosen on the Inventory tab's shortage list, `propose` says what would be
bought and `create` writes it, from the same shortage run (services.inventory_shortage)
taken inside the transaction, so the quantities are those of the moment of saving:

- one purchase order per default supplier of the items (Item.default_supplier_id), each
  item one line: quantity = the row's uncovered quantity (what no open PO or work order
  covers yet), expected date = the need date of the first requirement left uncovered (the
  order date if that has passed), price = the item's standard cost;
- the orders are drafts: the buyer checks prices and dates and confirms them (a draft does
  not cover a shortage; a confirmed PO does);
- a lead-time warning for each line whose supplier cannot make it: order date + lead time
  (the item's purchase lead time, or its supplier's when the item has none) after the need
  date — returned as data for the screen to show, the line is created all the same;
- items left out are named with the reason: no default supplier, an inactive one, made in
  house (a work order cures it), already covered, or no longer short; items that already
  sit on a draft PO are named too (confirming that draft may be what is needed).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import Item, POStatus, PurchaseOrder, PurchaseOrderLine, Supplier

from . import purchasing, settings
from .inventory_common import ZERO
from .inventory_shortage import ShortageRow, shortages
from .orders import line_amount
from .permissions import Actor, Permission, require

NO_SUPPLIER, INACTIVE_SUPPLIER, MADE, COVERED, NOT_SHORT = (
    "no_supplier", "inactive_supplier", "made", "covered", "not_short")


@dataclass(frozen=True)
class ProposedLine:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    qty: Decimal  # the uncovered shortage
    need_date: dt.date  # of the first requirement nothing covers yet
    expected_date: dt.date  # the need date, or the order date when that has passed
    unit_price: Decimal  # the item's standard cost, for the buyer to check
    lead_days: int
    earliest: dt.date  # order date + lead time: the earliest the supplier can deliver

    @property
    def amount(self) -> Decimal:
        return line_amount(self.qty, self.unit_price)

    @property
    def late(self) -> bool:
        return self.earliest > self.need_date


@dataclass(frozen=True)
class ProposedPO:
    supplier_id: uuid.UUID
    supplier_code: str
    supplier_name: str
    lines: tuple[ProposedLine, ...]

    @property
    def amount(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class LeadTimeWarning:
    """The supplier's lead time can no longer be met for this line."""

    item_code: str
    supplier_code: str
    need_date: dt.date
    earliest: dt.date
    lead_days: int

    @property
    def days_late(self) -> int:
        return (self.earliest - self.need_date).days


@dataclass(frozen=True)
class Skipped:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    reason: str  # NO_SUPPLIER, INACTIVE_SUPPLIER, MADE, COVERED, NOT_SHORT
    supplier_code: str = ""  # the inactive default supplier


@dataclass(frozen=True)
class PendingDraft:
    """An item of the proposal that already sits on a draft PO."""

    item_code: str
    po_number: str


@dataclass(frozen=True)
class Proposal:
    order_date: dt.date
    orders: tuple[ProposedPO, ...]  # by supplier code
    skipped: tuple[Skipped, ...]
    warnings: tuple[LeadTimeWarning, ...]
    drafts: tuple[PendingDraft, ...]

    def skipped_for(self, *reasons: str) -> tuple[Skipped, ...]:
        return tuple(s for s in self.skipped if s.reason in reasons)


@dataclass(frozen=True)
class Created:
    proposal: Proposal
    pos: tuple[purchasing.POView, ...]  # in the proposal's order

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(p.number for p in self.pos)


def uncovered_need_date(row: ShortageRow) -> dt.date:
    """The need date of the first requirement of `row` left uncovered.

    The shortage run nets an item's requirements in date order: stock first, then open
    supply in date order, each requirement taking what is left, so once supply runs out
    every later requirement lacks. row.demands lists the requirements stock could not meet
    (the first of them partly met); their unmet rests add up to short_qty; covered_qty of
    those rests is covered, in order. The first rest not wholly covered is the one."""
    if not row.demands:
        return row.first_need_date
    rest_from_stock = sum((d.qty for d in row.demands), ZERO) - row.short_qty  # stock took this of the first
    cover = row.covered_qty
    for n, d in enumerate(row.demands):
        rest = d.qty - rest_from_stock if n == 0 else d.qty
        if rest > cover:
            return d.need_date
        cover -= rest
    return row.demands[-1].need_date


def propose(session: Session, actor: Actor, item_ids: Iterable[uuid.UUID], *,
            today: dt.date | None = None) -> Proposal:
    """What `create` would write now for these items (nothing is written)."""
    require(actor, Permission.PO_VIEW)
    today = today or settings.factory_today(session)
    wanted = list(dict.fromkeys(item_ids))
    rows = {r.item_id: r for r in shortages(session, actor, today=today) if r.item_id in set(wanted)}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(wanted)))} if wanted else {}
    suppliers = {s.id: s for s in session.scalars(
        select(Supplier).where(Supplier.id.in_({i.default_supplier_id for i in items.values()
                                                if i.default_supplier_id})))}
    skipped: list[Skipped] = []
    by_supplier: dict[uuid.UUID, list[ProposedLine]] = {}
    warnings: list[LeadTimeWarning] = []
    order = sorted(wanted, key=lambda i: (0, rows[i].first_need_date, rows[i].code) if i in rows
                   else (1, today, items[i].code if i in items else ""))
    for item_id in order:
        item = items.get(item_id)
        if item is None:
            continue  # deleted meanwhile: nothing to name
        row = rows.get(item_id)
        reason = (NOT_SHORT if row is None else MADE if row.make else COVERED if row.uncovered_qty <= 0
                  else NO_SUPPLIER if item.default_supplier_id is None
                  else INACTIVE_SUPPLIER if not suppliers[item.default_supplier_id].active else None)
        if reason is not None:
            supplier = suppliers.get(item.default_supplier_id) if reason == INACTIVE_SUPPLIER else None
            skipped.append(Skipped(item.id, item.code, item.name, reason, supplier.code if supplier else ""))
            continue
        supplier = suppliers[item.default_supplier_id]
        need = uncovered_need_date(row)
        lead = item.purchase_lead_days or supplier.lead_days
        line = ProposedLine(item.id, item.code, item.name, item.unit, row.uncovered_qty, need, max(need, today),
                            item.standard_cost, lead, today + dt.timedelta(days=lead))
        by_supplier.setdefault(supplier.id, []).append(line)
        if line.late:
            warnings.append(LeadTimeWarning(item.code, supplier.code, need, line.earliest, lead))
    orders = tuple(
        ProposedPO(sid, suppliers[sid].code, suppliers[sid].name,
                   tuple(sorted(lines, key=lambda ln: (ln.expected_date, ln.item_code))))
        for sid, lines in sorted(by_supplier.items(), key=lambda kv: suppliers[kv[0]].code)
    )
    return Proposal(today, orders, tuple(skipped), tuple(warnings), _drafts(session, orders))


def _drafts(session: Session, orders: tuple[ProposedPO, ...]) -> tuple[PendingDraft, ...]:
    ids = [ln.item_id for po in orders for ln in po.lines]
    if not ids:
        return ()
    stmt = (select(Item.code, PurchaseOrder.number).select_from(PurchaseOrderLine)
            .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
            .join(Item, Item.id == PurchaseOrderLine.item_id)
            .where(PurchaseOrder.status == POStatus.DRAFT, PurchaseOrderLine.item_id.in_(ids))
            .order_by(Item.code, PurchaseOrder.number).distinct())
    return tuple(PendingDraft(code, number) for code, number in session.execute(stmt))


def create(session: Session, actor: Actor, item_ids: Iterable[uuid.UUID], *,
           today: dt.date | None = None) -> Created:
    """Write the proposal's draft POs (one per supplier) in the caller's transaction."""
    require(actor, Permission.PO_EDIT)
    proposal = propose(session, actor, item_ids, today=today)
    made = []
    for po in proposal.orders:
        made.append(purchasing.create_po(session, actor, purchasing.POInput(
            supplier_id=po.supplier_id, order_date=proposal.order_date,
            lines=[purchasing.POLineInput(item_id=ln.item_id, qty=ln.qty, expected_date=ln.expected_date,
                                          unit_price=ln.unit_price) for ln in po.lines],
        )))
    return Created(proposal, tuple(made))
