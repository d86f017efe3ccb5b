"""Planning an import of the rest of the master data: locations (库位/仓库), work centers
(产线), maintenance windows (设备检修) and working-calendar days (工作日历).

Every value is checked by services/master_data.py's field rules (the ones the Master data
tab's editor follows) and the kind's rules across fields, so a file cannot store what the
screen would refuse. Rows are matched by their natural key: a location's or work center's
code, a maintenance window's line and first day, a calendar day's line (blank: the whole
factory) and date; a row equal to the stored record counts as unchanged, a blank cell keeps
the stored value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.excel.fields import LOCATION_KIND_LABELS, spec_for
from sopdesk.models import CalendarDay, Location, MaintenanceWindow, WorkCenter

from . import master_data
from .errors import ServiceError
from .imports_plan import _differs, _j, _now, _Plan, _stamp_new, cell_error, new_id
from .permissions import Actor


@dataclass(frozen=True)
class _Kind:
    key: str  # the import kind = the master_data kind
    model: type
    columns: dict[str, str]  # file field -> column
    natural_key: tuple[str, ...]  # file fields


KINDS = {k.key: k for k in (
    _Kind("locations", Location, {"code": "code", "name": "name", "kind": "kind", "non_negative": "non_negative",
                                  "active": "active"}, ("code",)),
    _Kind("work-centers", WorkCenter, {"code": "code", "name": "name", "capacity_per_day": "capacity_per_day",
                                       "capacity_unit": "capacity_unit", "hours_per_day": "hours_per_day",
                                       "active": "active"}, ("code",)),
    _Kind("maintenance", MaintenanceWindow, {"work_center": "work_center_id", "start_date": "start_date",
                                             "end_date": "end_date", "capacity_factor": "capacity_factor",
                                             "reason": "reason"}, ("work_center", "start_date")),
    _Kind("calendar", CalendarDay, {"day": "day", "is_workday": "is_workday", "work_center": "work_center_id",
                                    "note": "note"}, ("work_center", "day")),
)}


def resolve_work_centers(session: Session, parsed: ParsedFile, plan: _Plan, fieldname: str) -> list[Any]:
    """The work center id of each row's code (None where blank; unknown or inactive is an
    error on the cell)."""
    codes = parsed.columns.get(fieldname) or [None] * len(parsed)
    wanted = {c.casefold() for c in codes if c}
    found = {r.code.casefold(): r for r in session.execute(
        select(WorkCenter.id, WorkCenter.code, WorkCenter.active))} if wanted else {}
    out: list[Any] = []
    for i, code in enumerate(codes):
        row = found.get(code.casefold()) if code else None
        if code and row is None:
            plan.errors.append(cell_error(parsed, i, fieldname, "unknown_work_center", "unknown work center {code}",
                                          code=code))
        elif row is not None and not row.active:
            plan.errors.append(cell_error(parsed, i, fieldname, "inactive", "work center {code} is inactive",
                                          code=code))
            row = None
        out.append(row.id if row is not None else None)
    return out


def _key_of(kind: _Kind, values: dict[str, Any]) -> tuple:
    return tuple(values[f].casefold() if isinstance(values[f], str) else values[f] for f in kind.natural_key)


def plan_master(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    kind = KINDS[parsed.kind]
    t = kind.model.__table__
    rules = master_data.field_rules(kind.key)
    spec = spec_for(kind.key)
    cols = parsed.columns
    n = len(parsed)
    given = [f for f in kind.columns if f in cols]
    file_values = {f: list(cols[f]) for f in given}
    if "work_center" in file_values:
        file_values["work_center"] = resolve_work_centers(session, parsed, plan, "work_center")
    if "is_workday" in file_values:
        file_values["is_workday"] = [None if v is None else v == "work" for v in file_values["is_workday"]]
    bad_rows = {e.row for e in parsed.errors} | {e.row for e in plan.errors}
    by_key = {}
    all_cols = list(kind.columns.values())
    for r in session.execute(select(t.c.id, *([t.c.version] if "version" in t.c else []), *[t.c[c] for c in all_cols])):
        record = {f: getattr(r, c) for f, c in kind.columns.items()}
        by_key[_key_of(kind, record)] = r
    seen: dict[tuple, int] = {}
    now = _now()
    versioned = "version" in t.c
    for i in range(n):
        if parsed.row_numbers[i] in bad_rows:
            continue  # a cell of the row is wrong already: its error is listed
        values = {f: file_values[f][i] for f in given}
        key_values = {f: values.get(f) for f in kind.natural_key}
        if any(key_values[f] is None for f in kind.natural_key if spec.field(f).required):
            continue  # a required cell is blank: parse listed it
        key = _key_of(kind, key_values)
        first = kind.natural_key[-1]
        if key in seen:
            plan.errors.append(_duplicate(parsed, i, first, kind, seen[key]))
            continue
        seen[key] = parsed.row_numbers[i]
        row = by_key.get(key)
        clean: dict[str, Any] = {}
        failed = False
        for f in given:
            column, v = kind.columns[f], values[f]
            if v is None:  # blank: not given
                continue
            if column not in rules:  # active: a flag parse has read already
                clean[column] = v
                continue
            if rules[column].type == "ref":  # a line: resolved and checked above
                continue
            try:
                clean[column] = master_data.clean_field(session, kind.key, column, v)
            except ServiceError as exc:
                plan.errors.append(cell_error(parsed, i, f, "invalid", exc.template, **exc.params))
                failed = True
        if "work_center" in values and values["work_center"] is not None:
            clean["work_center_id"] = values["work_center"]
        if failed:
            continue
        current = ({c: getattr(row, c) for c in all_cols} if row is not None
                   else {c: rules[c].default for c in all_cols if c in rules and rules[c].default is not None})
        merged = {**current, **clean}
        missing = [c for c in all_cols if c in rules and rules[c].required and merged.get(c) is None]
        if missing:
            field = next(f for f, c in kind.columns.items() if c == missing[0])
            at = field if field in cols else kind.natural_key[0]
            if (kind.key, field) == ("locations", "kind"):
                plan.errors.append(cell_error(parsed, i, at, "required", "a new location needs its kind (类别: {kinds})",
                                              kinds=" / ".join(LOCATION_KIND_LABELS.values())))
            else:
                f = spec.field(field)
                plan.errors.append(cell_error(parsed, i, at, "required", "{name_zh} ({name_en}) is required",
                                              name_zh=f.zh, name_en=f.en))
            continue
        try:
            master_data.check_record(session, kind.key, merged)
        except ServiceError as exc:
            field = next((f for f, c in kind.columns.items() if c == exc.field), kind.natural_key[-1])
            plan.errors.append(cell_error(parsed, i, field if field in cols else kind.natural_key[-1], "invalid",
                                          exc.template, **exc.params))
            continue
        if row is None:
            new = {c: v for c, v in merged.items() if v is not None}
            if versioned:
                plan.add(t.name, _stamp_new(new, actor, now))
            else:
                plan.add(t.name, {"id": new_id(), **new})
            plan.inserted += 1
            continue
        keys = {kind.columns[f] for f in kind.natural_key}
        names = [c for c in all_cols if c not in keys]
        if not any(_differs(getattr(row, c), clean[c]) for c in names if c in clean):
            plan.unchanged += 1
            continue
        update = {"_id": row.id, **{c: merged[c] for c in names}}
        before = {"id": str(row.id), "version": row.version + 1 if versioned else None,
                  "values": {c: _j(getattr(row, c)) for c in names}}
        if versioned:
            update["_version"] = row.version
        plan.change(t.name, update, before)
        plan.updated += 1


def _duplicate(parsed: ParsedFile, i: int, fieldname: str, kind: _Kind, row: int):
    """Row i repeats the record of an earlier row of the file (one literal template a kind)."""
    if kind.key == "locations":
        return cell_error(parsed, i, fieldname, "duplicate_in_file", "the same location as row {row} of the file",
                          row=row)
    if kind.key == "work-centers":
        return cell_error(parsed, i, fieldname, "duplicate_in_file", "the same work center as row {row} of the file",
                          row=row)
    if kind.key == "maintenance":
        return cell_error(parsed, i, fieldname, "duplicate_in_file", "the same window as row {row} of the file",
                          row=row)
    return cell_error(parsed, i, fieldname, "duplicate_in_file", "the same calendar day as row {row} of the file",
                      row=row)


def guess_location_kind(text: str, item_kinds: set[str]) -> str:
    """The kind of a location a count sheet names but the database does not have yet: from
    its name (成品仓, 半成品仓 / 线边仓, 待检区, 原料仓), else from what is counted there."""
    from sopdesk.models import ItemKind, LocationKind

    name = text.casefold()
    for words, kind in ((("半成品", "在制", "线边", "车间", "wip"), LocationKind.WIP),
                        (("成品", "finished", "fg"), LocationKind.FINISHED),
                        (("待检", "隔离", "不良", "退货", "报废", "quarantine", "qc"), LocationKind.QUARANTINE),
                        (("原料", "原材料", "材料", "辅料", "包材", "raw"), LocationKind.RAW)):
        if any(w in name for w in words):
            return kind.value
    if item_kinds and item_kinds <= {ItemKind.FINISHED.value}:
        return LocationKind.FINISHED.value
    if item_kinds and item_kinds <= {ItemKind.SEMI.value}:
        return LocationKind.WIP.value
    return LocationKind.RAW.value


PLANNERS = {k: plan_master for k in KINDS}
TABLES = {m.__tablename__: m.__table__ for m in (Location, WorkCenter, MaintenanceWindow, CalendarDay)}
