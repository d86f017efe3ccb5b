"""Work orders (工单): list, detail, create, release, close, cancel, and the material issue
(领料) proposed from the BOM.

Documents drive a work order's status: planned → released by hand (release), released →
in progress by its first material issue (stock_ops.issue_to_work_order), good and scrap
quantities only through output reports (stock_ops.report_output / shop_floor.report); close
marks a running one done, cancel drops one nothing was posted against.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    BomLine,
    Item,
    MoveType,
    StockBalance,
    StockMove,
    WorkOrder,
)
from sopdesk.models.types import QTY_SCALE

from .errors import NotFound
from .permissions import Actor, Permission, require

REF_WORK_ORDER = "work_order"  # = stock_ops.REF_WORK_ORDER
QUANTUM = Decimal(1).scaleb(-QTY_SCALE)


def _view_permission(actor: Actor) -> None:
    if not (actor.can(Permission.PLAN_VIEW) or actor.can(Permission.PLAN_EDIT)):
        require(actor, Permission.PLAN_VIEW)


def _load(session: Session, work_order_id: uuid.UUID) -> WorkOrder:
    wo = session.get(WorkOrder, work_order_id)
    if wo is None:
        raise NotFound(f"no work order {work_order_id}", field="work_order_id")
    return wo


# -- proposed material issue ----------------------------------------------------------------


@dataclass(frozen=True)
class ProposedIssueLine:
    item_id: uuid.UUID
    item_code: str
    item_name: str
    unit: str
    required: Decimal  # wo.qty × qty_per × (1 + scrap_rate), rounded half up
    issued: Decimal  # issued to this work order so far (net of reversals)
    proposed: Decimal  # max(required − issued, 0)
    location_id: uuid.UUID | None  # where most of it is in stock (None: nowhere)

    @property
    def qty(self) -> Decimal:
        """The quantity proposed to issue now (same as `proposed`)."""
        return self.proposed


def issued_by_item(session: Session, work_order_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """Material issued to a work order per item, positive, net of reversed issues."""
    rows = session.execute(
        select(StockMove.item_id, func.sum(StockMove.qty))
        .where(StockMove.ref_type == REF_WORK_ORDER, StockMove.ref_id == work_order_id,
               StockMove.move_type == MoveType.ISSUE)
        .group_by(StockMove.item_id)
    ).all()
    return {item_id: -Decimal(total) for item_id, total in rows}


def _best_locations(session: Session, item_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Per item, the location holding most of it (positive stock only; ties by location id)."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty)
        .where(StockBalance.item_id.in_(item_ids), StockBalance.qty > 0)
        .order_by(StockBalance.item_id, StockBalance.qty.desc(), StockBalance.location_id)
    ).all()
    best: dict[uuid.UUID, uuid.UUID] = {}
    for item_id, location_id, _qty in rows:
        best.setdefault(item_id, location_id)
    return best


def proposed_issue(session: Session, actor: Actor, work_order_id: uuid.UUID) -> list[ProposedIssueLine]:
    """The material issue (领料) proposed for a work order, one line per BOM component by
    component code: required = qty × qty_per × (1 + scrap_rate) (rounded half up to the
    quantity scale), less what was issued already, never below zero."""
    if not (actor.can(Permission.PLAN_VIEW) or actor.can(Permission.PRODUCTION_REPORT)):
        require(actor, Permission.PLAN_VIEW)
    wo = _load(session, work_order_id)
    rows = session.execute(
        select(BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate, Item.code, Item.name, Item.unit)
        .join(Item, Item.id == BomLine.component_id)
        .where(BomLine.parent_id == wo.item_id)
        .order_by(Item.code)
    ).all()
    issued = issued_by_item(session, wo.id)
    where = _best_locations(session, [r[0] for r in rows])
    out = []
    for component_id, qty_per, scrap_rate, code, name, unit in rows:
        required = (wo.qty * qty_per * (1 + (scrap_rate or 0))).quantize(QUANTUM, rounding=ROUND_HALF_UP)
        done = issued.get(component_id, Decimal(0))
        out.append(ProposedIssueLine(
            item_id=component_id, item_code=code, item_name=name, unit=unit, required=required,
            issued=done, proposed=max(required - done, Decimal(0)), location_id=where.get(component_id),
        ))
    return out
