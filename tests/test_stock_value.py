"""stock_month_value follows the item costs: imports and their undo, PostgreSQL postings
during a cost change, migrations 0004 and 0005 (stock_total)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from alembic import command
from sqlalchemy import select

from sopdesk.db import migrate
from sopdesk.models import Item, ItemKind, MoveType, Role, StockTotal
from sopdesk.reports.inventory_kpi import inventory_value, monthly_turnover
from sopdesk.reports.periods import Month
from sopdesk.services import imports, ledger
from sopdesk.services.ledger import MoveRequest
from sopdesk.services.permissions import SYSTEM
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics
from tests.pg_waits import wait_until_blocked
from tests.test_ledger import new_item, new_location
from tests.test_stock_month import (
    _alembic,
    assert_totals_match,
    assert_values_match,
    start_writer,
    value_rows,
)

D = Decimal
AUG = dt.datetime(2026, 8, 15, tzinfo=dt.UTC)
SEP = dt.datetime(2026, 9, 10, tzinfo=dt.UTC)


def _stock(db, code: str) -> None:
    """100 of the item in August, 40 issued in September."""
    with db.write(SYSTEM) as s:
        item = s.scalar(select(Item).where(Item.code == code))
        loc = new_location(s, non_negative=False, prefix="SV").id
        ledger.post_moves(s, SYSTEM, [MoveRequest(item.id, loc, D(100), MoveType.OPENING, moved_at=AUG),
                                      MoveRequest(item.id, loc, D(-40), MoveType.ISSUE, moved_at=SEP)])


def test_an_items_import_revalues_the_months_and_its_undo_restores_them(db, tmp_path):
    basics = make_basics(db)
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    with db.write(SYSTEM) as s:
        s.scalar(select(Item).where(Item.code == "RM-001")).standard_cost = D("2.5")
    _stock(db, "RM-001")
    sep = Month(2026, 9)
    with db.read() as s:
        assert_values_match(s)
        [before] = monthly_turnover(s, manager, sep, sep, ItemKind.RAW)
    assert (before.opening_value, before.closing_value, before.issued_cost) == (D(250), D(150), D(100))

    rows = [["物料编码", "物料名称", "类别", "标准成本"], ["RM-001", "铸铁 HT250", "半成品", "3.1234"]]
    result, _ = imports.run_import(db, supply, "items", write_xlsx(tmp_path / "items.xlsx", {"物料": rows}))
    assert result.committed and result.updated == 1
    with db.read() as s:
        assert_values_match(s)
        assert value_rows(s)[(202609, ItemKind.SEMI)] == (D(-40) * D("3.1234"), D(0), D(-40) * D("3.1234"))
        assert monthly_turnover(s, manager, sep, sep, ItemKind.RAW)[0].opening_value == D(0)
        [semi] = monthly_turnover(s, manager, sep, sep, ItemKind.SEMI)
        assert (semi.opening_value, semi.closing_value) == (D("312.34"), D("187.40"))
        assert inventory_value(s, manager).by_kind[ItemKind.SEMI] == D("187.40")

    with db.write(supply) as s:
        imports.undo_batch(s, supply, result.batch_id)
    with db.read() as s:
        assert_values_match(s)
        assert monthly_turnover(s, manager, sep, sep, ItemKind.RAW) == [before]


def test_a_cost_change_rolled_back_leaves_the_values(db):
    make_basics(db)
    _stock(db, "RM-001")
    with db.read() as s:
        kept = value_rows(s)
    try:
        with db.write(SYSTEM) as s:
            s.scalar(select(Item).where(Item.code == "RM-001")).standard_cost = D(99)
            s.flush()
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    with db.read() as s:
        assert value_rows(s) == kept
        assert_values_match(s)
    with db.write(SYSTEM) as s:  # the next transaction owes no rebuild
        s.scalar(select(Item).where(Item.code == "RM-001")).name = "改名"
    with db.read() as s:
        assert value_rows(s) == kept


def test_a_post_during_a_cost_change_waits_and_uses_the_new_cost(pg_db):
    """PostgreSQL: a cost change holds the valued months until it commits; a move posted
    meanwhile waits, then is valued at the new cost (not added at the old one on top of the
    rebuilt table)."""
    with pg_db.write(SYSTEM) as s:
        item = new_item(s, "CC")
        item.standard_cost = D(10)
        item_id, loc = item.id, new_location(s, non_negative=False, prefix="CC").id
        ledger.post_moves(s, SYSTEM, [MoveRequest(item_id, loc, D(5), MoveType.OPENING, moved_at=AUG)])
    done: list = []
    with pg_db.write(SYSTEM) as s:
        s.get(Item, item_id).standard_cost = D(20)
        s.flush()  # the value table is locked from here to the commit
        thread = start_writer(pg_db.url, lambda s: ledger.post_moves(
            s, SYSTEM, [MoveRequest(item_id, loc, D(7), MoveType.RECEIPT, moved_at=SEP)]), done, "posted")
        wait_until_blocked(pg_db.url)
        assert done == []  # the post waits for the lock
    thread.join(10)
    assert done == ["posted"]
    with pg_db.read() as s:
        assert_values_match(s)
        assert value_rows(s)[(202609, ItemKind.RAW)] == (D(140), D(0), D(0))
        assert value_rows(s)[(202608, ItemKind.RAW)] == (D(100), D(0), D(0))


def test_migrations_value_the_existing_months_and_total_the_balances(db):
    make_basics(db)
    _stock(db, "RM-001")
    _stock(db, "FG-100")
    with db.read() as s:
        kept = value_rows(s)
        totals = dict(s.execute(select(StockTotal.item_id, StockTotal.qty)).all())
    assert len(kept) >= 3 and sorted(totals.values()) == [D(60), D(60)]
    _alembic(db, command.downgrade, "0003")
    try:
        with db.engine.connect() as conn:
            names = conn.dialect.get_table_names(conn)
            assert "stock_month_value" not in names and "stock_total" not in names
    finally:
        _alembic(db, command.upgrade, "head")
    assert migrate.check(db).ok
    with db.read() as s:
        assert value_rows(s) == kept
        assert_values_match(s)
        assert dict(s.execute(select(StockTotal.item_id, StockTotal.qty)).all()) == totals
        assert_totals_match(s)
