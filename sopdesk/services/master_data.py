"""Master data (基础资料) on screen: items, customers, suppliers, locations, work centers,
maintenance windows, calendar exceptions and BOM lines, through one table of field rules.

Each kind names its table, who may change it and its fields with their rules; the same four
use cases serve all of them: list (search, inactive on request), get, save (create, or update
the version the user loaded: a stale save is a ConflictError), and remove — a record that
other records refer to is deactivated, never deleted (`referenced` tells which tables).
Errors carry the field: `ValidationError(field="lead_days", code-like message)`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    Base,
    BomLine,
    CalendarDay,
    Customer,
    Item,
    ItemKind,
    Location,
    LocationKind,
    MaintenanceWindow,
    Supplier,
    WorkCenter,
)
from sopdesk.models.types import Price, Qty

from .conflicts import conflict_error
from .errors import DuplicateError, NotFound, ValidationError
from .permissions import Actor, Permission, require
from .validation import exact


@dataclass(frozen=True)
class FieldRule:
    name: str
    type: str  # code | text | int | qty | price | factor | bool | date | enum | ref
    required: bool = False
    max_len: int | None = None
    enum: type[Enum] | None = None
    ref: type | None = None  # the model a ref field points to
    default: Any = None


@dataclass(frozen=True)
class Kind:
    key: str
    model: type
    fields: tuple[FieldRule, ...]
    search: tuple[str, ...] = ("code", "name")
    order_by: tuple[str, ...] = ("code",)
    check: Callable[[Session, dict], None] | None = None  # rules across fields

    @property
    def has_active(self) -> bool:
        return hasattr(self.model, "active")


def _code(name="code"):
    return FieldRule(name, "code", required=True, max_len=40)


def _name():
    return FieldRule("name", "text", required=True, max_len=200)


def _check_maintenance(session: Session, values: dict) -> None:
    if values["end_date"] < values["start_date"]:
        raise ValidationError("the window ends before it starts", field="end_date")


def check_item_rate(session: Session | None, values: Mapping[str, Any]) -> None:
    """The rate rule of a made item, on its values as they would be stored: its rate is units
    per working day (rate_per_day) or hours per unit (hours_per_unit, against the work
    center's hours_per_day), never both; either is more than 0 and needs the work center
    that makes the item. ValidationError naming the field; the items import checks its rows
    by it too."""
    rate, hours = values.get("rate_per_day"), values.get("hours_per_unit")
    if rate is not None and hours is not None:
        raise ValidationError("give units per working day or hours per unit, not both", field="hours_per_unit")
    for name, value in (("rate_per_day", rate), ("hours_per_unit", hours)):
        if value is None:
            continue
        if value <= 0:
            raise ValidationError("must be more than 0 (leave it blank when there is none)", field=name)
        if values.get("work_center_id") is None:
            raise ValidationError("a rate needs the work center that makes the item", field="work_center_id")


def _check_bom(session: Session, values: dict) -> None:
    parent, component = values["parent_id"], values["component_id"]
    if parent == component:
        raise ValidationError("an item cannot be its own component", field="component_id")
    # a cycle: the parent is somewhere below the component already
    seen, todo = set(), [component]
    while todo:
        below = list(session.scalars(select(BomLine.component_id).where(BomLine.parent_id.in_(todo))))
        if parent in below:
            raise ValidationError("this component contains the parent item: the BOM would loop",
                                  field="component_id")
        todo = [b for b in below if b not in seen]
        seen.update(todo)


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("items", Item, (
        _code(), _name(), FieldRule("spec", "text", max_len=200), FieldRule("unit", "text", True, 20, default="件"),
        FieldRule("kind", "enum", True, enum=ItemKind), FieldRule("safety_stock", "qty", default=Decimal(0)),
        FieldRule("standard_cost", "price", default=Decimal(0)), FieldRule("sales_price", "price", default=Decimal(0)),
        FieldRule("purchase_lead_days", "int", default=0), FieldRule("default_supplier_id", "ref", ref=Supplier),
        FieldRule("production_lead_days", "int", default=0), FieldRule("work_center_id", "ref", ref=WorkCenter),
        FieldRule("rate_per_day", "qty"), FieldRule("hours_per_unit", "qty"),
        FieldRule("min_lot", "qty", default=Decimal(0)), FieldRule("lot_multiple", "qty", default=Decimal(0)),
        FieldRule("is_core", "bool", default=False), FieldRule("backflush", "bool", default=False),
        FieldRule("note", "text", max_len=2000)), check=check_item_rate),
    Kind("customers", Customer, (
        _code(), _name(), FieldRule("contact", "text", max_len=100), FieldRule("phone", "text", max_len=40),
        FieldRule("address", "text", max_len=300), FieldRule("is_key_account", "bool", default=False),
        FieldRule("note", "text", max_len=2000))),
    Kind("suppliers", Supplier, (
        _code(), _name(), FieldRule("contact", "text", max_len=100), FieldRule("phone", "text", max_len=40),
        FieldRule("address", "text", max_len=300), FieldRule("lead_days", "int", default=0),
        FieldRule("note", "text", max_len=2000))),
    Kind("locations", Location, (
        _code(), _name(), FieldRule("kind", "enum", True, enum=LocationKind),
        FieldRule("non_negative", "bool", default=True))),
    Kind("work-centers", WorkCenter, (
        _code(), _name(), FieldRule("capacity_per_day", "qty", default=Decimal(0)),
        FieldRule("capacity_unit", "text", True, 20, default="件"),
        FieldRule("hours_per_day", "qty", default=Decimal(8)))),
    Kind("maintenance", MaintenanceWindow, (
        FieldRule("work_center_id", "ref", True, ref=WorkCenter), FieldRule("start_date", "date", True),
        FieldRule("end_date", "date", True), FieldRule("capacity_factor", "factor", default=Decimal(0)),
        FieldRule("reason", "text", max_len=200)),
        search=("reason",), order_by=("start_date",), check=_check_maintenance),
    Kind("calendar", CalendarDay, (
        FieldRule("day", "date", True), FieldRule("is_workday", "bool", True, default=False),
        FieldRule("work_center_id", "ref", ref=WorkCenter), FieldRule("note", "text", max_len=200)),
        search=("note",), order_by=("day",)),
    Kind("bom", BomLine, (
        FieldRule("parent_id", "ref", True, ref=Item), FieldRule("component_id", "ref", True, ref=Item),
        FieldRule("qty_per", "qty", True), FieldRule("scrap_rate", "factor", default=Decimal(0))),
        search=(), order_by=("parent_id",), check=_check_bom),
)}

# Work centers, calendars and maintenance belong to production planning; the rest (BOMs
# included, as their import) to master data.
EDIT_PERMISSION = {"maintenance": Permission.PLAN_EDIT, "calendar": Permission.PLAN_EDIT,
                   "work-centers": Permission.PLAN_EDIT}


def _edit_permission(kind: Kind) -> Permission:
    return EDIT_PERMISSION.get(kind.key, Permission.MASTER_EDIT)


def may_edit(actor: Actor, kind_key: str) -> bool:
    return actor.can(_edit_permission(KINDS[kind_key]))


@dataclass(frozen=True)
class RecordView:
    id: uuid.UUID
    version: int
    active: bool
    values: dict[str, Any] = field(default_factory=dict)


def _kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        raise ValidationError("unknown kind of master data {key!r}", field="kind", key=key) from None


def _view(kind: Kind, row) -> RecordView:
    return RecordView(row.id, getattr(row, "version", 0), getattr(row, "active", True),
                      {f.name: getattr(row, f.name) for f in kind.fields})


def list_records(session: Session, actor: Actor, kind_key: str, *, text: str | None = None,
                 include_inactive: bool = False, parent_id: uuid.UUID | None = None,
                 limit: int = 5000) -> list[RecordView]:
    """The records of a kind, by code (or date), filtered by a search text."""
    require(actor, Permission.STOCK_VIEW)  # every role looks master data up
    kind = _kind(kind_key)
    model = kind.model
    stmt = select(model).order_by(*(getattr(model, c) for c in kind.order_by)).limit(limit)
    if kind.has_active and not include_inactive:
        stmt = stmt.where(model.active.is_(True))
    if text and text.strip() and kind.search:
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(or_(*(getattr(model, c).ilike(pattern) for c in kind.search)))
    if parent_id is not None and kind.key == "bom":
        stmt = stmt.where(BomLine.parent_id == parent_id)
    return [_view(kind, r) for r in session.scalars(stmt)]


def get_record(session: Session, actor: Actor, kind_key: str, record_id: uuid.UUID) -> RecordView:
    kind = _kind(kind_key)
    require(actor, Permission.STOCK_VIEW)  # every role looks master data up
    row = session.get(kind.model, record_id)
    if row is None:
        raise NotFound("no {key} record {record_id}", field="id", key=kind.key, record_id=record_id)
    return _view(kind, row)


def save_record(session: Session, actor: Actor, kind_key: str, values: Mapping[str, Any], *,
                record_id: uuid.UUID | None = None, expected_version: int | None = None) -> RecordView:
    """Create a record (record_id None) or save an edit of version `expected_version`."""
    kind = _kind(kind_key)
    require(actor, _edit_permission(kind))
    row = None
    if record_id is not None:
        row = session.get(kind.model, record_id)
        if row is None:
            raise NotFound("no {key} record {record_id}", field="id", key=kind.key, record_id=record_id)
        if expected_version is None or getattr(row, "version", 0) != expected_version:
            raise conflict_error(session, row, expected_version or 0)
    clean = {}
    for f in kind.fields:
        current = getattr(row, f.name) if row is not None else f.default
        value = values.get(f.name, current)
        # an unchanged reference stays valid even if its target was deactivated since
        clean[f.name] = current if (row is not None and f.type == "ref" and value == current) \
            else _clean(session, f, value)
    if kind.check is not None:
        kind.check(session, clean)
    _unique(session, kind, clean, record_id)
    if row is None:
        row = kind.model(id=uuid.uuid4(), **clean)
        session.add(row)
    else:
        for name, value in clean.items():
            setattr(row, name, value)
    session.flush()  # a save lost to another PC meanwhile: Database.write reports the conflict
    return _view(kind, row)


def _unique(session: Session, kind: Kind, clean: dict, record_id: uuid.UUID | None) -> None:
    model = kind.model
    if "code" in clean:
        keys = {"code": clean["code"]}
    elif kind.key == "bom":
        keys = {"parent_id": clean["parent_id"], "component_id": clean["component_id"]}
    elif kind.key == "calendar":
        keys = {"work_center_id": clean["work_center_id"], "day": clean["day"]}
    else:
        return
    stmt = select(model.id).where(*((getattr(model, k).is_(None) if v is None else getattr(model, k) == v)
                                    for k, v in keys.items()))
    if record_id is not None:
        stmt = stmt.where(model.id != record_id)
    if session.scalar(stmt) is not None:
        first = next(iter(keys))
        if first == "code":
            raise DuplicateError("{code} exists already", field="code", code=clean[first])
        raise DuplicateError("this combination exists already",
                             field="component_id" if kind.key == "bom" else "day")


def _clean(session: Session, rule: FieldRule, value: Any) -> Any:  # noqa: C901 - one branch per type
    name = rule.name
    if isinstance(value, str):
        value = value.strip() or None  # a blank field is "not given"
    if value is None:
        if rule.required:
            raise ValidationError("is required", field=name)
        return rule.default
    if rule.type in ("code", "text"):
        value = str(value)
        if rule.max_len and len(value) > rule.max_len:
            raise ValidationError("at most {max_len} characters", field=name, max_len=rule.max_len)
        return value
    if rule.type == "int":
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError("must be a whole number", field=name) from None
        if number < 0:
            raise ValidationError("cannot be negative", field=name)
        return number
    if rule.type in ("qty", "factor", "price"):
        number = exact(Price if rule.type == "price" else Qty, value, name)
        if number < 0:
            raise ValidationError("cannot be negative", field=name)
        if rule.type == "factor" and number > 1:
            raise ValidationError("must be between 0 and 1 (0.5 = 50 %)", field=name)
        return number
    if rule.type == "bool":
        return bool(value)
    if rule.type == "date":
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValidationError("must be a date", field=name)
        return value
    if rule.type == "enum":
        try:
            return rule.enum(value)
        except ValueError:
            raise ValidationError("unknown value {value!r}", field=name, value=value) from None
    if rule.type == "ref":
        target = session.get(rule.ref, value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        if target is None or not getattr(target, "active", True):
            raise ValidationError("choose an existing, active record", field=name)
        return target.id
    raise AssertionError(f"unknown field type {rule.type}")


def field_rules(kind_key: str) -> dict[str, FieldRule]:
    """The kind's field rules by name (imports check each cell of a file by them)."""
    return {f.name: f for f in _kind(kind_key).fields}


def clean_field(session: Session, kind_key: str, name: str, value: Any) -> Any:
    """One field's value as save_record would store it, or ValidationError(field=name)."""
    return _clean(session, field_rules(kind_key)[name], value)


def check_record(session: Session, kind_key: str, values: dict) -> None:
    """The kind's rules across fields (a maintenance window ends after it starts)."""
    kind = _kind(kind_key)
    if kind.check is not None:
        kind.check(session, values)


def referenced(session: Session, kind_key: str, record_id: uuid.UUID) -> list[str]:
    """The tables whose rows refer to this record (through any foreign key)."""
    table = _kind(kind_key).model.__table__
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and session.scalar(
                    select(func.count()).select_from(other).where(fk.parent == record_id)):
                found.append(other.name)
                break
    return sorted(set(found))


def remove_record(session: Session, actor: Actor, kind_key: str, record_id: uuid.UUID,
                  expected_version: int) -> str:
    """Delete a record nothing refers to; deactivate one that documents refer to. Returns
    "deleted" or "deactivated". Kinds without an active flag (BOM lines, calendar days,
    maintenance windows) are deleted: nothing refers to them."""
    kind = _kind(kind_key)
    require(actor, _edit_permission(kind))
    row = session.get(kind.model, record_id)
    if row is None:
        raise NotFound("no {key} record {record_id}", field="id", key=kind.key, record_id=record_id)
    if getattr(row, "version", 0) != expected_version:
        raise conflict_error(session, row, expected_version)
    users = referenced(session, kind_key, record_id)
    if users and kind.has_active:
        row.active = False
        session.flush()
        return "deactivated"
    if users:
        raise ValidationError("other records refer to this one", field="id", tables=users)
    session.delete(row)
    session.flush()
    return "deleted"


def reactivate(session: Session, actor: Actor, kind_key: str, record_id: uuid.UUID, expected_version: int) -> None:
    kind = _kind(kind_key)
    require(actor, _edit_permission(kind))
    row = session.get(kind.model, record_id)
    if row is None or not kind.has_active:
        raise NotFound("no {key} record {record_id}", field="id", key=kind.key, record_id=record_id)
    if row.version != expected_version:
        raise conflict_error(session, row, expected_version)
    row.active = True
    session.flush()


def where_used(session: Session, actor: Actor, item_id: uuid.UUID) -> list[RecordView]:
    """The BOM lines that use an item as a component (反查: which products need it)."""
    require(actor, Permission.STOCK_VIEW)  # every role looks master data up
    kind = KINDS["bom"]
    return [_view(kind, r) for r in session.scalars(select(BomLine).where(BomLine.component_id == item_id))]


DEFAULT_LOCATION = ("WH", "主仓库", LocationKind.RAW)


def ensure_default_location(session: Session) -> bool:
    """A new factory starts with one warehouse location, so receipts and counts can be posted
    before anyone sets up the warehouse (rename it or add more under Master data)."""
    if session.scalar(select(Location.id).limit(1)) is not None:
        return False
    code, name, kind = DEFAULT_LOCATION
    session.add(Location(id=uuid.uuid4(), code=code, name=name, kind=kind))
    session.flush()
    return True
