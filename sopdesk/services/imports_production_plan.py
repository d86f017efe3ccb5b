"""Planning an import of the production plan (生产计划): one row per product and period (a
month, or a first day with its own last day), optionally per work center, with the quantity;
a row matches the plan line of the same product, start and work center."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import ProductionPlanLine, WorkCenter

from .imports_plan import _chunks, _differs, _j, _now, _Plan, _resolve_items, _stamp_new, cell_error
from .permissions import Actor


def plan_production(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    t = ProductionPlanLine.__table__
    cols = parsed.columns
    items = _resolve_items(session, parsed, plan, "item_code")
    centers: list[Any] = [None] * len(parsed)
    if "work_center" in cols:
        codes = {c for c in cols["work_center"] if c}
        found = {r.code.casefold(): r.id for r in session.execute(
            select(WorkCenter.id, WorkCenter.code).where(WorkCenter.code.in_(codes)))} if codes else {}
        for i, c in enumerate(cols["work_center"]):
            if c:
                centers[i] = found.get(c.casefold())
                if centers[i] is None:
                    plan.errors.append(cell_error(parsed, i, "work_center", "unknown_work_center",
                                                  "unknown work center {code}", code=c))
    item_ids = {it.id for it in items if it}
    existing = defaultdict(list)
    for chunk in _chunks(list(item_ids)):
        for r in session.execute(select(t.c.id, t.c.version, t.c.item_id, t.c.work_center_id, t.c.period_start,
                                        t.c.period_end, t.c.qty, t.c.status, t.c.note).where(t.c.item_id.in_(chunk))):
            existing[(r.item_id, r.period_start)].append(r)
    now = _now()
    for i, it in enumerate(items):
        period = cols["period"][i]
        if it is None or period is None or cols["qty"][i] is None:
            continue
        start, month_end = period
        end = (cols.get("period_end") or [None] * len(parsed))[i] or month_end or _month_end(start)
        if end < start:
            plan.errors.append(cell_error(parsed, i, "period_end" if "period_end" in cols else "period",
                                          "end_before_start", "ends before the period starts"))
            continue
        wc = centers[i]
        matches = existing.get((it.id, start), [])
        if "work_center" in cols and cols["work_center"][i]:
            matches = [r for r in matches if r.work_center_id == wc]
        if len(matches) > 1:
            plan.errors.append(cell_error(parsed, i, "item_code", "ambiguous",
                                          "{count} plan lines for {code} start on {start}; add a work center column",
                                          count=len(matches), code=it.code, start=start.isoformat()))
            continue
        values = {"period_end": end, "qty": cols["qty"][i]}
        for f in ("status", "note"):
            if f in cols and cols[f][i] is not None:
                values[f] = cols[f][i]
        if wc is not None:
            values["work_center_id"] = wc
        if not matches:
            plan.add(t.name, _stamp_new({"item_id": it.id, "period_start": start, **values}, actor, now))
            plan.inserted += 1
            continue
        row = matches[0]
        if not any(_differs(getattr(row, c), v) for c, v in values.items()):
            plan.unchanged += 1
            continue
        names = ["period_end", "qty", "status", "note", "work_center_id"]
        full = {c: values.get(c, getattr(row, c)) for c in names}
        plan.change(t.name, {"_id": row.id, "_version": row.version, **full},
                    {"id": str(row.id), "version": row.version + 1, "values": {c: _j(getattr(row, c)) for c in names}})
        plan.updated += 1


def _month_end(d: dt.date) -> dt.date:
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)



PLANNERS = {"plan": plan_production}
TABLES = {ProductionPlanLine.__tablename__: ProductionPlanLine.__table__}
