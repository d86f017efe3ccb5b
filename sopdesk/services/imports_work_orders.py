"""Planning an import of the factory's open work orders (工单 / 生产任务单): number, product,
quantity, line, planned start and end, status.

Each row follows the work orders service's rules (services/work_orders.check_input: a made,
active product; a positive exact quantity; an active line; the end not before the start).
A number from the file is kept (unique: twice in the file is an error; one already in the
database is that work order); a row without one gets the next WO-yyyy-nnnnn, and imported
numbers in that format move the numbering past them.

Documents drive status: a file may say planned (计划) or released (已下达); in progress,
done and cancelled are refused with the reason (material issues, output reports and the
Production tab set them). A work order already in the database is unchanged when the row
says what it holds (an exported list re-imports as it is); a planned or released one with
nothing reported may take a new quantity, line, dates, note or planned → released; its
product never changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.excel.fields import WORK_ORDER_STATUS_LABELS
from sopdesk.models import DocSequence, Item, WorkOrder, WorkOrderStatus

from . import numbering, settings, work_orders
from .errors import NotFound, ServiceError
from .imports_documents import _advance_sequence
from .imports_master import resolve_work_centers
from .imports_plan import _chunks, _differs, _j, _now, _Plan, _resolve_items, _stamp_new, cell_error
from .permissions import Actor

S = WorkOrderStatus
IMPORTABLE = (S.PLANNED, S.RELEASED)
REFUSED = (S.IN_PROGRESS, S.DONE, S.CANCELLED)  # set in sopdesk by the documents, never by a file


def _refused(parsed: ParsedFile, i: int, status: WorkOrderStatus):
    """Why a file may not set `status` (one of REFUSED)."""
    if status == S.IN_PROGRESS:
        return cell_error(parsed, i, "status", "status_needs_issue", "a work order goes in progress with its first "
                          "material issue in sopdesk; import it as released (已下达)")
    if status == S.DONE:
        return cell_error(parsed, i, "status", "status_needs_output", "a work order is done when its output is "
                          "reported and it is closed in sopdesk; import open work orders only (计划 / 已下达)")
    return cell_error(parsed, i, "status", "status_cancelled", "a cancelled work order is not imported: leave it "
                      "out of the file (or cancel it on the Production tab)")

FIELD_OF = {"item_id": "item_code", "qty": "qty", "work_center_id": "work_center", "planned_start": "planned_start",
            "planned_end": "planned_end", "note": "note"}
CHANGEABLE = ("qty", "work_center_id", "planned_start", "planned_end", "status", "note")
PREFIX = "WO"


def _number_allocator(session: Session, taken: set[str]):
    """WO-yyyy-nnnnn numbers for rows without one: from the sequence's next value on (read,
    not taken: nothing is written while planning), skipping numbers in use."""
    year = settings.factory_today(session).year
    value = session.scalar(select(DocSequence.next_value).where(
        DocSequence.prefix == PREFIX, DocSequence.year == year)) or 1
    pattern = f"{PREFIX}-{year}-%"
    taken = taken | set(session.scalars(select(WorkOrder.number).where(WorkOrder.number.like(pattern))))
    counter = [value]

    def next_number() -> str:
        while True:
            number = numbering.format_number(PREFIX, year, counter[0])
            counter[0] += 1
            if number not in taken:
                taken.add(number)
                return number
    return next_number


def _service_error(parsed: ParsedFile, i: int, exc: ServiceError, item_code: str | None,
                   line_code: str | None):
    field = FIELD_OF.get(exc.field or "", "item_code")
    if isinstance(exc, NotFound):  # the service names the record by id; the file by code
        if field == "item_code":
            return cell_error(parsed, i, field, exc.code, "product {code} is inactive", code=item_code)
        return cell_error(parsed, i, field, exc.code, "work center {code} is inactive", code=line_code)
    return cell_error(parsed, i, field, exc.code, exc.template, **exc.params)


def _stored(session: Session, numbers: set[str]) -> dict[str, Any]:
    """The work orders the database holds under these numbers, with their product's code."""
    t = WorkOrder.__table__
    out = {}
    for chunk in _chunks(sorted(numbers)):
        for r in session.execute(
                select(t.c.id, t.c.version, t.c.number, t.c.item_id, Item.code.label("item_code"),
                       *[t.c[c] for c in CHANGEABLE], t.c.good_qty, t.c.scrap_qty)
                .join(Item, Item.id == t.c.item_id).where(t.c.number.in_(chunk))):
            out[r.number] = r
    return out


def plan_work_orders(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    t = WorkOrder.__table__
    cols = parsed.columns
    n = len(parsed)
    blank = [None] * n
    items = _resolve_items(session, parsed, plan, "item_code")
    lines = resolve_work_centers(session, parsed, plan, "work_center") if "work_center" in cols else blank
    numbers = cols.get("number") or blank
    statuses = cols.get("status") or blank
    notes = cols.get("note") or blank
    existing = _stored(session, {x for x in numbers if x})
    bad_rows = {e.row for e in parsed.errors} | {e.row for e in plan.errors}
    allocate = None
    seen: dict[str, int] = {}
    now = _now()
    created: list[str] = []
    for i in range(n):
        it, number = items[i], numbers[i]
        if number is not None:
            if number in seen:
                plan.errors.append(cell_error(parsed, i, "number", "duplicate_in_file",
                                              "work order {number} is on row {row} of the file already",
                                              number=number, row=seen[number]))
                continue
            seen[number] = parsed.row_numbers[i]
        if parsed.row_numbers[i] in bad_rows or it is None:
            continue  # its error is listed already
        data = work_orders.WorkOrderInput(item_id=it.id, qty=cols["qty"][i], work_center_id=lines[i],
                                          planned_start=cols["planned_start"][i], planned_end=cols["planned_end"][i],
                                          note=notes[i])
        try:
            _item, qty = work_orders.check_input(session, data)
        except ServiceError as exc:
            line_code = cols["work_center"][i] if "work_center" in cols else None
            plan.errors.append(_service_error(parsed, i, exc, it.code, line_code))
            continue
        status = S(statuses[i]) if statuses[i] else None
        row = existing.get(number) if number is not None else None
        if row is None:
            target = status or S.PLANNED
            if target not in IMPORTABLE:
                plan.errors.append(_refused(parsed, i, target))
                continue
            if number is None:
                allocate = allocate or _number_allocator(session, set(numbers) - {None})
                number = allocate()
            values = {"number": number, "item_id": it.id, "qty": qty, "work_center_id": lines[i],
                      "planned_start": data.planned_start, "planned_end": data.planned_end, "status": target,
                      "note": (notes[i] or "").strip() or None}
            plan.add(t.name, _stamp_new(values, actor, now))
            created.append(number)
            plan.inserted += 1
            continue
        _plan_change(parsed, plan, i, row, it, qty, lines[i], data, status, notes[i])
    if created:
        plan.after_write.append(lambda s, _b: _advance_sequence(s, PREFIX, created))


def _plan_change(parsed: ParsedFile, plan: _Plan, i: int, row: Any, it: Any, qty, line, data, status,
                 note) -> None:
    """A row naming a work order the database holds: unchanged, changed, or refused."""
    if it.id != row.item_id:
        plan.errors.append(cell_error(parsed, i, "item_code", "product_fixed",
                                      "{number} makes {code}: a work order's product cannot change",
                                      number=row.number, code=row.item_code))
        return
    stored = S(row.status)
    wanted = {"qty": qty, "planned_start": data.planned_start, "planned_end": data.planned_end}
    if line is not None:
        wanted["work_center_id"] = line
    if note:
        wanted["note"] = note.strip()
    if status is not None:
        wanted["status"] = status
    if not any(_differs(getattr(row, c), v) for c, v in wanted.items()):
        plan.unchanged += 1
        return
    if stored not in IMPORTABLE or row.good_qty or row.scrap_qty:
        plan.errors.append(cell_error(parsed, i, "number", "cannot_change",
                                      "{number} is {status_en} ({status_zh}) and can no longer be changed by an import",
                                      number=row.number, status_en=stored.value.replace("_", " "),
                                      status_zh=WORK_ORDER_STATUS_LABELS.get(stored.value, stored.value)))
        return
    target = wanted.get("status", stored)
    if target != stored:
        if target in REFUSED:
            plan.errors.append(_refused(parsed, i, target))
            return
        if (stored, target) != (S.PLANNED, S.RELEASED):
            plan.errors.append(cell_error(parsed, i, "status", "invalid_transition",
                                          "{number} is released already: it cannot go back to planned",
                                          number=row.number))
            return
    full = {c: wanted.get(c, getattr(row, c)) for c in CHANGEABLE}
    plan.change(WorkOrder.__tablename__, {"_id": row.id, "_version": row.version, **full},
                {"id": str(row.id), "version": row.version + 1, "values": {c: _j(getattr(row, c)) for c in CHANGEABLE}})
    plan.updated += 1


PLANNERS = {"work-orders": plan_work_orders}
TABLES = {WorkOrder.__tablename__: WorkOrder.__table__}
