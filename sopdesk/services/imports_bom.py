"""Planning an import of bills of materials (BOM): one row per parent and component with the
quantity per unit and the scrap rate; a row that would make a loop (the component contains
the parent, through the database's lines and the file's) is refused."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import BomLine

from .imports_plan import _differs, _j, _now, _Plan, _resolve_items, _stamp_new, cell_error
from .permissions import Actor


def plan_bom(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    t = BomLine.__table__
    parents = _resolve_items(session, parsed, plan, "parent")
    comps = _resolve_items(session, parsed, plan, "component")
    existing = {(r.parent_id, r.component_id): r for r in session.execute(
        select(t.c.id, t.c.version, t.c.parent_id, t.c.component_id, t.c.qty_per, t.c.scrap_rate))}
    edges = defaultdict(set)
    for (p, c) in existing:
        edges[p].add(c)
    file_edges = {}
    now = _now()
    qty = parsed.columns["qty_per"]
    scrap = parsed.columns.get("scrap_rate")
    for i, (p, c) in enumerate(zip(parents, comps, strict=True)):
        if p is None or c is None or qty[i] is None:
            continue
        edges[p.id].add(c.id)
        file_edges[(p.id, c.id)] = i
        row = existing.get((p.id, c.id))
        s = scrap[i] if scrap else None
        if row is None:
            new = {"parent_id": p.id, "component_id": c.id, "qty_per": qty[i]}
            if s is not None:
                new["scrap_rate"] = s
            plan.add(t.name, _stamp_new(new, actor, now))
            plan.inserted += 1
        elif _differs(row.qty_per, qty[i]) or (s is not None and _differs(row.scrap_rate, s)):
            plan.change(t.name, {"_id": row.id, "_version": row.version, "qty_per": qty[i],
                                 "scrap_rate": s if s is not None else row.scrap_rate},
                        {"id": str(row.id), "version": row.version + 1,
                         "values": {"qty_per": _j(row.qty_per), "scrap_rate": _j(row.scrap_rate)}})
            plan.updated += 1
        else:
            plan.unchanged += 1
    for (p, c), i in file_edges.items():
        if _reaches(edges, c, p):
            plan.errors.append(cell_error(parsed, i, "component", "bom_loop",
                                          "makes a loop in the bill of materials (the component contains the parent)"))


def _reaches(edges: dict, start, target) -> bool:
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == target:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(edges.get(node, ()))
    return False



PLANNERS = {"bom": plan_bom}
TABLES = {BomLine.__tablename__: BomLine.__table__}
