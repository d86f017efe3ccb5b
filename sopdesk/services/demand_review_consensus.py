"""Consensus and flex band (弹性区间) in the demand review, and the status rows of
`sopdesk demand status`. No Qt.

- the meeting records per product and month the agreed quantity (default: the feasible
  figure), the production target (capacity prepared for) and the supply target (core
  materials stocked for); ConsensusLine rows. Agreeing the cycle records the defaults of
  every product and month that has none (demand_review.change_status).
- flex band: production target = consensus × (1 + production flex), supply target =
  consensus × (1 + supply flex), rounded half up to whole units and never below the
  consensus. Defaults +5.56 % and +11.11 % (900 → 950 and 1000, the seed's figures); a
  product's own band in demand_flex (set_flex).
- agreed (and closed) cycles' consensus is the plan's demand (services/planning_consensus).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import ConsensusLine, CycleStatus, DemandFlex, DemandReviewCycle, Item

from .conflicts import conflict_error
from .demand_review_common import (
    STATUS_WORD,
    changed,
    clean,
    cycle_months,
    exact_qty,
    load_cycle,
    month_text,
    qty_text,
    require_status,
)
from .demand_review_feasibility import FeasibilityCell, compute
from .errors import NotFound, ValidationError
from .permissions import Actor, Permission, require

DEFAULT_PRODUCTION_FLEX = Decimal("0.0556")
DEFAULT_SUPPLY_FLEX = Decimal("0.1111")
MAX_FLEX = Decimal(10)  # +1000 %


@dataclass(frozen=True)
class FlexView:
    item_id: uuid.UUID
    code: str
    production_flex: Decimal  # 0.0556 = +5.56 %
    supply_flex: Decimal
    own: bool  # the product's own band (else the defaults)
    version: int | None  # its demand_flex row's, None for the defaults


@dataclass(frozen=True)
class ConsensusRow:
    """A product and month: its feasibility, the recorded consensus (None: not recorded)
    and the defaults the meeting starts from."""

    cell: FeasibilityCell
    consensus: Decimal | None
    production_target: Decimal | None
    supply_target: Decimal | None
    comment: str | None
    version: int | None  # the consensus line's
    default_consensus: Decimal | None  # = cell.feasible
    default_production_target: Decimal | None
    default_supply_target: Decimal | None


@dataclass(frozen=True)
class ConsensusInput:
    """A consensus to record; targets None take the product's flex band."""

    item_id: uuid.UUID
    month: dt.date
    consensus_qty: Decimal
    production_target_qty: Decimal | None = None
    supply_target_qty: Decimal | None = None
    expected_version: int | None = None  # the line's version; None when it has none yet
    comment: str | None = None


# -- flex band ------------------------------------------------------------------------------


def flex_for(session: Session, item_ids) -> dict[uuid.UUID, tuple[Decimal, Decimal]]:
    """{item id: (production flex, supply flex)}: the product's own or the defaults."""
    ids = list(item_ids)
    own = {} if not ids else {r.item_id: (r.production_flex, r.supply_flex) for r in
                              session.scalars(select(DemandFlex).where(DemandFlex.item_id.in_(ids)))}
    return {i: own.get(i, (DEFAULT_PRODUCTION_FLEX, DEFAULT_SUPPLY_FLEX)) for i in ids}


def target(consensus: Decimal, flex: Decimal) -> Decimal:
    """consensus × (1 + flex), half up to whole units, never below the consensus."""
    return max(consensus, (consensus * (1 + flex)).quantize(Decimal(1), ROUND_HALF_UP)).quantize(Decimal("0.0001"))


def get_flex(session: Session, actor: Actor, item_id: uuid.UUID) -> FlexView:
    require(actor, Permission.PLAN_VIEW)
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("no item {item_id}", field="item_id", item_id=item_id)
    row = session.scalar(select(DemandFlex).where(DemandFlex.item_id == item_id))
    if row is None:
        return FlexView(item.id, item.code, DEFAULT_PRODUCTION_FLEX, DEFAULT_SUPPLY_FLEX, False, None)
    return FlexView(item.id, item.code, row.production_flex, row.supply_flex, True, row.version)


def set_flex(
    session: Session, actor: Actor, item_id: uuid.UUID, production_flex: Decimal | None,
    supply_flex: Decimal | None, expected_version: int | None = None,
) -> FlexView:
    """A product's own flex band (DEMAND_AGREE); both None: back to the defaults. Fractions
    0..10 with 4 places (ValidationError field ``production_flex`` / ``supply_flex``);
    ConflictError when the band changed since ``expected_version`` (None: it had none)."""
    require(actor, Permission.DEMAND_AGREE)
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("no item {item_id}", field="item_id", item_id=item_id)
    row = session.scalar(select(DemandFlex).where(DemandFlex.item_id == item_id).with_for_update())
    if row is not None and row.version != expected_version:
        raise conflict_error(session, row, expected_version or 0)
    if production_flex is None and supply_flex is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return get_flex(session, actor, item_id)
    values = {}
    for name, value in (("production_flex", production_flex), ("supply_flex", supply_flex)):
        q = exact_qty(value, name)
        if q > MAX_FLEX:
            raise ValidationError("at most {limit} (+1000 %)", field=name, limit=MAX_FLEX)
        values[name] = q
    if row is None:
        session.add(DemandFlex(id=uuid.uuid4(), item_id=item_id, **values))
    else:
        row.production_flex, row.supply_flex = values["production_flex"], values["supply_flex"]
    session.flush()
    return get_flex(session, actor, item_id)


# -- consensus ------------------------------------------------------------------------------


def consensus_rows(session: Session, actor: Actor, cycle_id: uuid.UUID) -> list[ConsensusRow]:
    """Every product and month in scope with its feasibility and consensus (PLAN_VIEW)."""
    require(actor, Permission.PLAN_VIEW)
    return _rows(session, load_cycle(session, cycle_id))


def _rows(session: Session, cycle: DemandReviewCycle) -> list[ConsensusRow]:
    cells = compute(session, cycle)
    lines = {(r.item_id, r.month): r for r in session.scalars(select(ConsensusLine).where(
        ConsensusLine.cycle_id == cycle.id))}
    flex = flex_for(session, {c.item_id for c in cells})
    out = []
    for c in cells:
        line = lines.get((c.item_id, c.month))
        pf, sf = flex[c.item_id]
        f = c.feasible
        out.append(ConsensusRow(
            c, line.consensus_qty if line else None, line.production_target_qty if line else None,
            line.supply_target_qty if line else None, line.comment if line else None, line.version if line else None,
            f, None if f is None else target(f, pf), None if f is None else target(f, sf)))
    return out


def record_consensus(session: Session, actor: Actor, cycle_id: uuid.UUID, lines: Sequence[ConsensusInput]) -> list[ConsensusRow]:
    """The meeting records consensus lines, all or nothing (DEMAND_AGREE, cycle in the
    meeting). ValidationError: ``item_id`` / ``month`` (not in scope), ``consensus_qty``
    (0 or more, 4 places), ``production_target_qty`` / ``supply_target_qty`` (not below the
    consensus); ConflictError on a stale line version. A change bumps the revision: the
    sign-offs are asked again."""
    require(actor, Permission.DEMAND_AGREE)
    cycle = load_cycle(session, cycle_id, lock=True)
    require_status(cycle, CycleStatus.MEETING)
    cells = {(c.item_id, c.month): c for c in compute(session, cycle)}
    existing = {(r.item_id, r.month): r for r in session.scalars(select(ConsensusLine).where(
        ConsensusLine.cycle_id == cycle.id))}
    flex = flex_for(session, {k[0] for k in cells})
    any_change = False
    for entry in lines:
        month = entry.month.replace(day=1) if isinstance(entry.month, dt.date) else None
        cell = cells.get((entry.item_id, month))
        if cell is None:
            raise ValidationError("this product and month are not in the review", field="item_id",
                                  month=str(entry.month))
        where = {"item": cell.code, "month": month_text(month)}
        qty = exact_qty(entry.consensus_qty, "consensus_qty", **where)
        pf, sf = flex[entry.item_id]
        prod = exact_qty(entry.production_target_qty, "production_target_qty", allow_none=True, **where)
        sup = exact_qty(entry.supply_target_qty, "supply_target_qty", allow_none=True, **where)
        prod = target(qty, pf) if prod is None else prod
        sup = target(qty, sf) if sup is None else sup
        for name, value in (("production_target_qty", prod), ("supply_target_qty", sup)):
            if value < qty:
                raise ValidationError("{item} {month}: a target below the consensus {consensus}", field=name,
                                      consensus=qty_text(qty), **where)
        row = existing.get((entry.item_id, month))
        if row is not None and row.version != entry.expected_version:
            raise conflict_error(session, row, entry.expected_version or 0)
        if row is None and entry.expected_version is not None:
            raise ValidationError("{item} {month} was cleared by someone else meanwhile", field="consensus_qty",
                                  **where)
        comment = clean(entry.comment)
        if row is None:
            session.add(ConsensusLine(id=uuid.uuid4(), cycle_id=cycle.id, item_id=entry.item_id, month=month,
                                      consensus_qty=qty, production_target_qty=prod, supply_target_qty=sup,
                                      binding_constraint=cell.binding, comment=comment))
            any_change = True
        elif (row.consensus_qty, row.production_target_qty, row.supply_target_qty, row.comment) != (
                qty, prod, sup, comment):
            row.consensus_qty, row.production_target_qty, row.supply_target_qty = qty, prod, sup
            row.comment, row.binding_constraint = comment, cell.binding
            any_change = True
    if any_change:
        changed(cycle)
    session.flush()
    return _rows(session, cycle)


def fill_defaults(session: Session, cycle: DemandReviewCycle) -> int:
    """Record the default consensus (feasible, targets from the flex band) of every product
    and month in scope that has none and a feasible figure; returns how many."""
    rows = _rows(session, cycle)
    n = 0
    for r in rows:
        if r.consensus is None and r.default_consensus is not None:
            session.add(ConsensusLine(
                id=uuid.uuid4(), cycle_id=cycle.id, item_id=r.cell.item_id, month=r.cell.month,
                consensus_qty=r.default_consensus, production_target_qty=r.default_production_target,
                supply_target_qty=r.default_supply_target, binding_constraint=r.cell.binding))
            n += 1
    session.flush()
    return n


# -- `sopdesk demand status` ----------------------------------------------------------------


STATUS_KEYS = ("item", "forecast", "baseline", "capacity_limited", "material_limited", "feasible", "binding",
               "why", "consensus", "production_target", "supply_target")


def status_rows(session: Session, actor: Actor, cycle_id: uuid.UUID, month: dt.date | None = None) -> list[dict]:
    """Per product, for ``month`` (default: the cycle's period), the objects of
    `sopdesk demand status --json`: exactly STATUS_KEYS, quantities as exact decimal text,
    None (null) where not yet known; ``why`` the English sentence. PLAN_VIEW."""
    require(actor, Permission.PLAN_VIEW)
    cycle = load_cycle(session, cycle_id)
    month = (month or cycle.period).replace(day=1)
    if month not in cycle_months(cycle):
        raise ValidationError("{month} is not a month of this review", field="month", month=month_text(month))
    return [{
        "item": r.cell.code, "forecast": qty_text(r.cell.forecast), "baseline": qty_text(r.cell.baseline),
        "capacity_limited": qty_text(r.cell.capacity_limited), "material_limited": qty_text(r.cell.material_limited),
        "feasible": qty_text(r.cell.feasible), "binding": r.cell.binding, "why": r.cell.why,
        "consensus": qty_text(r.consensus), "production_target": qty_text(r.production_target),
        "supply_target": qty_text(r.supply_target),
    } for r in _rows(session, cycle) if r.cell.month == month]


__all__ = ["DEFAULT_PRODUCTION_FLEX", "DEFAULT_SUPPLY_FLEX", "STATUS_KEYS", "STATUS_WORD", "ConsensusInput",
           "ConsensusRow", "FlexView", "consensus_rows", "fill_defaults", "flex_for", "get_flex", "record_consensus",
           "set_flex", "status_rows", "target"]
