"""Factory-wide settings with defaults; stored as JSON values in the setting table.

`get` / `set_value` read and write one key (services and the demo); the settings screen
reads every key with its version (`read_settings`) and saves the ones the user changed in
one go (`save_settings`): each value validated with its key as the field, and a key another
PC saved after the screen loaded it refused as a conflict, nothing written.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, AuditLog, Setting

from .errors import ConflictError, ConflictInfo, FieldChange, ValidationError
from .permissions import Actor, Permission, require

DEFAULTS: dict[str, Any] = {
    "factory.name": "",
    "factory.timezone": "Asia/Shanghai",
    "review.due_hours": 24,  # custom-order review answers are due this many hours later
    "inventory.allow_negative": False,
    "demand_review.day": 5,  # the monthly meeting's day of month
    "calendar.workdays": [0, 1, 2, 3, 4, 5],  # Monday=0; Mon–Sat
    "kpi.baseline_month": None,  # "YYYY-MM": the improvement tracker's month before (services/dashboard)
}

# The target of each KPI (reports/kpi.py), a decimal as text or None (no target): settings
# like the others, kept apart from DEFAULTS because the settings screen does not edit them.
# Rates in %, turnover in turns a month, days, money in the factory's currency (no default:
# what a factory sells or buys in a month is its own).
KPI_TARGET_DEFAULTS: dict[str, str | None] = {
    "kpi.target.revenue": None,
    "kpi.target.on_time_delivery": "95",
    "kpi.target.on_time_delivery_requested": "90",
    "kpi.target.output_value": None,
    "kpi.target.inventory_turnover": "0.5",
    "kpi.target.days_of_inventory": "60",
    "kpi.target.purchase_cost": None,
    "kpi.target.on_time_arrival": "95",
    "kpi.target.order_lead_time_days": "15",  # PRACTICES: order lead time 25 -> 15 days
    "kpi.target.inventory_value": None,
    "kpi.target.forecast_accuracy": "80",  # 1 − WMAPE of the lag-1 sales forecast
}


FACTORY_NAME_MAX = 120


@functools.cache
def time_zones() -> tuple[str, ...]:
    """The IANA zone names zoneinfo knows (tzdata), sorted: what the time zone may be."""
    return tuple(sorted(available_timezones()))


def _validate(key: str, value: Any) -> Any:
    if key in KPI_TARGET_DEFAULTS:
        return _kpi_target(key, value)
    if key not in DEFAULTS:
        raise ValidationError("unknown setting {key}", field=key, key=key)
    if key == "factory.name":
        if not isinstance(value, str):
            raise ValidationError("a name", field=key)
        value = value.strip()
        if len(value) > FACTORY_NAME_MAX:
            raise ValidationError("at most {max_len} characters", field=key, max_len=FACTORY_NAME_MAX)
    if key == "factory.timezone":
        if not isinstance(value, str) or value not in time_zones():
            raise ValidationError("unknown time zone {value}", field=key, value=str(value))
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError("unknown time zone {value}", field=key, value=value) from None
    if key == "calendar.workdays":
        if (not isinstance(value, list | tuple) or not value
                or any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in value)):
            raise ValidationError("at least one working day, Monday=0 to Sunday=6", field=key)
        value = sorted(set(value))
    if key == "review.due_hours" and (not isinstance(value, int) or isinstance(value, bool)
                                      or not 1 <= value <= 24 * 14):
        raise ValidationError("a whole number of hours from 1 to 336", field=key)
    if key == "inventory.allow_negative" and not isinstance(value, bool):
        raise ValidationError("true or false", field=key)
    if key == "demand_review.day" and (not isinstance(value, int) or isinstance(value, bool)
                                       or not 1 <= value <= 28):
        raise ValidationError("a day of the month from 1 to 28", field=key)
    if key == "kpi.baseline_month" and value is not None and not _is_month(value):
        raise ValidationError("a month as YYYY-MM, or empty", field=key)
    return value


def _is_month(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 7 or value[4] != "-":
        return False
    year, month = value[:4], value[5:]
    return year.isdigit() and month.isdigit() and 1900 <= int(year) <= 9999 and 1 <= int(month) <= 12


def _kpi_target(key: str, value: Any) -> str | None:
    """None (no target) or a number of at least 0, stored as exact decimal text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError("a number of at least 0, or empty for no target", field=key)
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError("a number of at least 0, or empty for no target", field=key) from None
    if not number.is_finite() or number < 0:
        raise ValidationError("a number of at least 0, or empty for no target", field=key)
    return format(number.normalize(), "f")


def get(session: Session, key: str) -> Any:
    if key in KPI_TARGET_DEFAULTS:
        row = session.get(Setting, key)
        return KPI_TARGET_DEFAULTS[key] if row is None else row.value
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def set_value(session: Session, actor: Actor, key: str, value: Any) -> None:
    """Store a setting. A new factory.timezone moves every month edge, so stock_month (the
    moves summed per factory month) is rebuilt from the moves in the same transaction."""
    require(actor, Permission.SETTINGS_EDIT)
    value = _validate(key, value)
    before = get(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, created_by_id=actor.user_id, updated_by_id=actor.user_id))
    else:
        row.value = value
        row.updated_by_id = actor.user_id
    session.flush()
    if key == "factory.timezone" and value != before:
        # imported here: stock_month reads factory_tz from this module
        from .stock_month import rebuild_stock_month

        rebuild_stock_month(session)


@dataclass(frozen=True)
class SettingsView:
    """Every setting's value (stored, else the default) and the version the screen loaded
    (None: never stored, the default applies)."""

    values: dict[str, Any]
    versions: dict[str, int | None]


def read_settings(session: Session, actor: Actor) -> SettingsView:
    require(actor, Permission.SETTINGS_EDIT)
    stored = {s.key: s for s in session.scalars(select(Setting))}
    return SettingsView(
        values={k: stored[k].value if k in stored else v for k, v in DEFAULTS.items()},
        versions={k: stored[k].version if k in stored else None for k in DEFAULTS},
    )


def save_settings(session: Session, actor: Actor, changes: dict[str, Any],
                  versions: dict[str, int | None]) -> SettingsView:
    """Store the settings the user changed. `versions` are the ones read_settings gave for
    those keys. Every value is checked first (the first wrong one is raised with its key as
    the field); a key saved by someone else since raises ConflictError; either way nothing
    is written. The rows are read again under a lock (PostgreSQL) so the versions compared
    are the committed ones; a first save of a key racing another PC's is the same conflict."""
    require(actor, Permission.SETTINGS_EDIT)
    clean = {key: _validate(key, value) for key, value in changes.items()}
    if not clean:
        return read_settings(session, actor)
    rows = {s.key: s for s in session.scalars(
        select(Setting).where(Setting.key.in_(sorted(clean))).order_by(Setting.key).with_for_update()
        .execution_options(populate_existing=True))}
    for key in clean:
        current = rows[key].version if key in rows else None
        if current != versions.get(key):
            raise _conflict(session, key, versions.get(key), rows.get(key))
    for key, value in clean.items():
        if key in rows:
            if rows[key].value != value:
                set_value(session, actor, key, value)
            continue
        try:
            with session.begin_nested():
                set_value(session, actor, key, value)
        except IntegrityError:  # another PC stored this key first, just now
            stored = session.scalar(select(Setting).where(Setting.key == key)
                                    .execution_options(populate_existing=True))
            raise _conflict(session, key, None, stored) from None
    return read_settings(session, actor)


def _conflict(session: Session, key: str, your_version: int | None, row: Setting | None) -> ConflictError:
    """The conflict for a setting someone saved after the screen loaded it, from the audit log
    (the shape conflicts.conflict_error builds for records with an id)."""
    entries = session.scalars(select(AuditLog).where(AuditLog.table_name == Setting.__tablename__,
                                                     AuditLog.record_id == key).order_by(AuditLog.id)).all()
    later = [e for e in entries if (e.action == "insert" and your_version is None)
             or (e.changes.get("version") or [0, 0])[1] > (your_version or 0)]
    change = None
    for e in later:
        before, after = (e.changes.get("value") or [None, None])
        if change is None:
            change = FieldChange(key, before, after, e.username, e.at)
        else:
            change.after, change.changed_by, change.changed_at = after, e.username, e.at
    who = None
    if row is not None and row.updated_by_id is not None:
        user = session.get(AppUser, row.updated_by_id)
        who = user.display_name or user.username if user else None
    info = ConflictInfo(table=Setting.__tablename__, record_id=key, your_version=your_version or 0,
                        current_version=row.version if row is not None else 0, changed_by=who,
                        changed_at=row.updated_at if row is not None else None,
                        changes=[change] if change else [])
    return ConflictError("another user changed this setting after you opened it; nothing was saved", info)


def all_settings(session: Session) -> dict[str, Any]:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return {k: stored.get(k, v) for k, v in DEFAULTS.items()}


def factory_tz(session: Session, *, fresh: bool = False) -> ZoneInfo:
    """The factory time zone. fresh: read from the database even if this session loaded the
    setting earlier (the ledger, which may have waited for a time-zone change to commit)."""
    if not fresh:
        return ZoneInfo(get(session, "factory.timezone"))
    stored = session.execute(select(Setting.value).where(Setting.key == "factory.timezone")).first()
    return ZoneInfo(DEFAULTS["factory.timezone"] if stored is None else stored[0])


def factory_today(session: Session, now: dt.datetime | None = None) -> dt.date:
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(factory_tz(session)).date()
