"""Factory-wide settings with defaults; stored as JSON values in the setting table."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import Setting

from .errors import ValidationError
from .permissions import Actor, Permission, require

DEFAULTS: dict[str, Any] = {
    "factory.name": "",
    "factory.timezone": "Asia/Shanghai",
    "review.due_hours": 24,  # custom-order review answers are due this many hours later
    "inventory.allow_negative": False,
    "demand_review.day": 5,  # the monthly meeting's day of month
    "calendar.workdays": [0, 1, 2, 3, 4, 5],  # Monday=0; Mon–Sat
}


def _validate(key: str, value: Any) -> Any:
    if key not in DEFAULTS:
        raise ValidationError(f"unknown setting {key}", field=key)
    if key == "factory.timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(f"unknown time zone {value!r}", field=key) from None
    if key == "review.due_hours" and (not isinstance(value, int) or not 1 <= value <= 24 * 14):
        raise ValidationError("a whole number of hours from 1 to 336", field=key)
    if key == "inventory.allow_negative" and not isinstance(value, bool):
        raise ValidationError("true or false", field=key)
    if key == "demand_review.day" and (not isinstance(value, int) or not 1 <= value <= 28):
        raise ValidationError("a day of the month from 1 to 28", field=key)
    return value


def get(session: Session, key: str) -> Any:
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
