"""Planning data on items (issue 12): production lead days, work center and rate, lot rule.
The migration, the master data service's rules, the items import and export."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from sopdesk.db import migrate
from sopdesk.models import Item
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

NEW_COLUMNS = {"production_lead_days", "work_center_id", "rate_per_day", "hours_per_unit",
               "min_lot", "lot_multiple"}


def _alembic(db, action, revision: str) -> None:
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        action(cfg, revision)


def _item_columns(db) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("item")}


def test_migration_adds_the_columns_with_defaults_and_drops_them_again(db):
    basics = make_basics(db)
    _alembic(db, command.downgrade, "0007")
    try:
        assert not NEW_COLUMNS & _item_columns(db)
        with db.engine.begin() as conn:  # a row written by the older version
            conn.execute(text("UPDATE item SET name = 'old name' WHERE code = 'FG-100'"))
    finally:
        _alembic(db, command.upgrade, "head")
    assert _item_columns(db) >= NEW_COLUMNS
    assert migrate.check(db).ok
    with db.read() as s:
        item = s.get(Item, basics.product.id)
        assert item.name == "old name"
        assert (item.production_lead_days, item.work_center_id, item.rate_per_day,
                item.hours_per_unit, item.min_lot, item.lot_multiple) == (0, None, None, None, D(0), D(0))


@pytest.mark.parametrize("column, value", [
    ("production_lead_days", -1), ("min_lot", D(-1)), ("lot_multiple", D("-0.5")),
    ("rate_per_day", D(-2)), ("hours_per_unit", D("-0.1")),
])
def test_the_database_refuses_negative_planning_values(db, column, value):
    make_basics(db)
    with pytest.raises(IntegrityError), db.write(SYSTEM) as s:
        item = s.scalars(select(Item).where(Item.code == "FG-100")).one()
        setattr(item, column, value)
