"""Releasing planned orders (计划下达): the chosen proposals of the current plan become
documents in one transaction, through the services that make those documents by hand (so
numbering, audit, permissions and validation are the same):

- purchase planned orders → purchase orders (purchasing.create_po, then confirmed), one per
  supplier (the planned order's supplier: the item's default supplier when the plan ran),
  one line per planned order: its quantity, expected date = the Monday of the due week (the
  order date when that Monday has passed), unit price = the item's standard cost (what the
  PO service puts on a line given no price). The order is confirmed: releasing is the
  buyer's decision, and only a confirmed PO is open supply (a draft is not), so the next
  plan run counts it as a scheduled receipt;
- make planned orders → planned work orders (work_orders.create): item, quantity, the
  planned order's work center, planned start = the Monday of the release week, planned
  end = the Monday of the due week (the week the plan reads a work order's output in).

Purchase orders need po.edit, work orders plan.edit: a selection with both kinds needs both.
A planned order already released (maybe from another PC), changed since it was loaded, or
gone because the plan was run again is refused, and so is a purchase one with no supplier or
an inactive one: nothing is written then (all or nothing). The planned order keeps the
document's number (`PO-2026-00012/2`, `WO-2026-00031`) and when it was released.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import Item, POStatus, Supplier
from sopdesk.models.planning import PlannedOrder

from . import purchasing, settings, work_orders
from .conflicts import conflict_error
from .errors import InvalidTransition, NotFound, ValidationError
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class ReleasedPO:
    number: str
    supplier_code: str
    lines: int


@dataclass(frozen=True)
class Released:
    purchase_orders: tuple[ReleasedPO, ...]  # by supplier code
    work_orders: tuple[str, ...]  # numbers, by release week and item code
    numbers: dict[uuid.UUID, str]  # planned order id → the document (PO line or work order)

    @property
    def document_numbers(self) -> tuple[str, ...]:
        return tuple(p.number for p in self.purchase_orders) + self.work_orders


def release(session: Session, actor: Actor, planned_order_ids: Iterable[uuid.UUID],
            expected_versions: Mapping[uuid.UUID, int], *, today: dt.date | None = None) -> Released:
    """Release the planned orders `planned_order_ids` (each at the version the user saw)."""
    require(actor, Permission.PLAN_VIEW)
    ids = list(dict.fromkeys(planned_order_ids))
    if not ids:
        raise ValidationError("choose the planned orders to release", field="planned_orders")
    # Row locks on PostgreSQL: a release from another PC waits here and then sees ours.
    orders = {o.id: o for o in session.scalars(
        select(PlannedOrder).where(PlannedOrder.id.in_(ids)).with_for_update())}
    items = {i.id: i for i in session.scalars(
        select(Item).where(Item.id.in_({o.item_id for o in orders.values()})))}
    for oid in ids:
        if oid not in orders:
            raise NotFound("a planned order is no longer in the plan (it was run again): reload the plan",
                           field="planned_orders")
    chosen = [orders[i] for i in ids]
    if any(o.kind == "purchase" for o in chosen):
        require(actor, Permission.PO_EDIT)
    if any(o.kind == "make" for o in chosen):
        require(actor, Permission.PLAN_EDIT)
    for o in chosen:
        code = items[o.item_id].code
        if o.released_number:
            raise InvalidTransition("the planned order of {item} due {week} was already released as {number}",
                                    field="planned_orders", item=code, week=o.due_week.isoformat(),
                                    number=o.released_number)
        expected = expected_versions.get(o.id)
        if expected != o.version:
            raise conflict_error(session, o, expected or 0)
    today = today or settings.factory_today(session)
    purchases = [o for o in chosen if o.kind == "purchase"]
    suppliers = _suppliers(session, purchases, items)
    numbers: dict[uuid.UUID, str] = {}
    pos = []
    by_supplier: dict[uuid.UUID, list[PlannedOrder]] = {}
    for o in purchases:
        by_supplier.setdefault(o.supplier_id, []).append(o)
    for supplier_id, group in sorted(by_supplier.items(), key=lambda kv: suppliers[kv[0]].code):
        group.sort(key=lambda o: (o.due_week, items[o.item_id].code))
        po = purchasing.create_po(session, actor, purchasing.POInput(
            supplier_id=supplier_id, order_date=today,
            lines=[purchasing.POLineInput(item_id=o.item_id, qty=o.qty, expected_date=max(o.due_week, today))
                   for o in group]))
        po = purchasing.set_status(session, actor, po.id, po.version, POStatus.CONFIRMED)
        for o, line in zip(group, sorted(po.lines, key=lambda ln: ln.line_no), strict=True):
            numbers[o.id] = f"{po.number}/{line.line_no}"
        pos.append(ReleasedPO(po.number, suppliers[supplier_id].code, len(group)))
    made = sorted((o for o in chosen if o.kind == "make"), key=lambda o: (o.release_week, items[o.item_id].code))
    wos = []
    for o in made:
        wo = work_orders.create(session, actor, work_orders.WorkOrderInput(
            item_id=o.item_id, qty=o.qty, work_center_id=o.work_center_id,
            planned_start=o.release_week, planned_end=o.due_week), today=today)
        numbers[o.id] = wo.number
        wos.append(wo.number)
    now = dt.datetime.now(dt.UTC)
    for o in chosen:
        o.released_number, o.released_at = numbers[o.id], now
    session.flush()  # a release lost to another PC meanwhile: Database.write reports the conflict
    return Released(tuple(pos), tuple(wos), numbers)


def _suppliers(session: Session, purchases: list[PlannedOrder], items: dict) -> dict[uuid.UUID, Supplier]:
    for o in purchases:
        if o.supplier_id is None:
            raise ValidationError("{item} has no supplier: give it a default supplier and run the plan again",
                                  field="supplier", item=items[o.item_id].code)
    found = {s.id: s for s in session.scalars(
        select(Supplier).where(Supplier.id.in_({o.supplier_id for o in purchases})))} if purchases else {}
    for o in purchases:
        supplier = found[o.supplier_id]
        if not supplier.active:
            raise ValidationError("the supplier {supplier} of {item} is inactive", field="supplier",
                                  supplier=supplier.code, item=items[o.item_id].code)
    return found


__all__ = ["Released", "ReleasedPO", "release"]
