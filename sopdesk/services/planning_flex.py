"""The flex band (弹性区间) of the agreed review in the plan (docs/ARCHITECTURE.md):

- production is planned to the consensus (planning_consensus: the larger of consensus and
  orders per product and month);
- capacity is checked against the production target: what the target adds above the
  planned demand counts as load on the line that makes the product, in the weeks it is
  spread over (the product's own line; its subassemblies' lines are not loaded by it);
- core materials (bought items marked 核心) are planned to cover the supply target: the
  plan is run once more with the products' demand raised to the supply target, and what
  that adds to a core material's gross requirement week by week becomes demand of its own
  ("supply_target") before the final run; everything else stays planned to the consensus.
"""

from __future__ import annotations

import numpy as np

from sopdesk.planning.mrp import PlanResult

from .planning_load import Demand, Loaded, plan_or_refuse


def _grid(loaded: Loaded, kind: str) -> np.ndarray:
    out = np.zeros_like(loaded.data.demand)
    for item, week, qty, _ref in loaded.flex.get(kind, []):
        out[item, week] += qty
    return out


def production_target_load(loaded: Loaded) -> np.ndarray:
    """(items, weeks): what the production target adds above the planned demand."""
    return _grid(loaded, "production_target")


def cover_supply_target(loaded: Loaded, result: PlanResult) -> PlanResult:
    """The plan with core materials covering the supply target (the same plan when there
    is no target above the demand, or no core material under it)."""
    extra = _grid(loaded, "supply_target")
    if not extra.any():
        return result
    core = np.array([bool(it.is_core) and not loaded.makes[k] for k, it in enumerate(loaded.items)])
    if not core.any():
        return result
    data = loaded.data
    raised = plan_or_refuse(type(data)(data.items, data.weeks, data.on_hand, data.demand + extra, data.scheduled,
                                       data.bom))
    need = np.where(core[:, None], np.maximum(raised.gross - result.gross, 0), 0)
    if not need.any():
        return result
    refs = _refs_by_week(loaded)
    for item, week in zip(*np.nonzero(need), strict=True):
        qty = int(need[item, week])
        data.demand[item, week] += qty
        loaded.demands.append(Demand(int(item), int(week), qty, "supply_target", refs.get(int(week), "supply target"),
                                     None))
    return plan_or_refuse(data)


def _refs_by_week(loaded: Loaded) -> dict[int, str]:
    """The supply-target months' names by week ("2027-01 supply target (2026-12 review)")."""
    return {week: ref for _item, week, _qty, ref in loaded.flex.get("supply_target", [])}
