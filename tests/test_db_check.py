"""`sopdesk db check` finds a dropped, disabled or hollow append-only trigger and any kept
balance (stock_balance, stock_total, stock_month, stock_month_value) that is not what the
stock ledger adds up to, after raw SQL edits, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import insert, text, update

from sopdesk.cli.main import main
from sopdesk.db import integrity
from sopdesk.models import (
    MoveType,
    StockBalance,
    StockMonth,
    StockMonthValue,
    StockMove,
    StockTotal,
)
from sopdesk.services import ledger
from sopdesk.services.ledger_check import find_differences
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

D = Decimal
AT = dt.datetime(2026, 11, 10, 8, 0, tzinfo=dt.UTC)


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


@pytest.fixture
def stocked(db):
    """A product and a material with a few moves in two months: opening, receipt, issue,
    shipment and a reversal (a move and its counter-move)."""
    b = make_basics(db)
    p, m, fg, raw = b.product.id, b.material.id, b.finished_store.id, b.raw_store.id
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [
            ledger.MoveRequest(p, fg, D("40"), MoveType.OPENING, moved_at=AT),
            ledger.MoveRequest(m, raw, D("1250.5"), MoveType.OPENING, moved_at=AT),
            ledger.MoveRequest(m, raw, D("-30.25"), MoveType.ISSUE, moved_at=AT + dt.timedelta(days=30)),
            ledger.MoveRequest(p, fg, D("-12"), MoveType.SHIPMENT, moved_at=AT + dt.timedelta(days=31)),
        ])
    return b


def _check(db, capsys) -> tuple[int, list[str], str]:
    code = main(["--db", _url(db), "db", "check"])
    out = capsys.readouterr()
    return code, [line for line in out.err.splitlines() if line], out.out


def test_a_clean_database_passes(db, stocked, capsys):
    code, err, out = _check(db, capsys)
    assert (code, err) == (0, [])
    assert "the append-only triggers are in place" in out
    assert "stock balances, totals, months and month values agree with the stock ledger" in out


def test_the_trigger_list_is_the_migrations(db):
    initial = importlib.import_module("sopdesk.migrations.versions.0001_initial_schema")
    assert integrity.APPEND_ONLY == initial.APPEND_ONLY
    assert integrity.missing_triggers(db) == []


def _recreate(db, name: str, table: str, action: str) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            conn.execute(text(f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                              f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}: {action} refused'); END"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            conn.execute(text(f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                              "FOR EACH ROW EXECUTE FUNCTION sopdesk_append_only()"))


def test_a_dropped_trigger_is_reported(db, stocked, capsys):
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER stock_move_no_update" + ("" if db.is_sqlite else " ON stock_move")))
            conn.execute(text("DROP TRIGGER audit_log_no_delete" + ("" if db.is_sqlite else " ON audit_log")))
        code, err, _out = _check(db, capsys)
        assert code == 1
        assert err == ["sopdesk: trigger stock_move_no_update is missing: stock_move rows can be updated",
                       "sopdesk: trigger audit_log_no_delete is missing: audit_log rows can be deleted"]
    finally:
        _recreate(db, "stock_move_no_update", "stock_move", "UPDATE")
        _recreate(db, "audit_log_no_delete", "audit_log", "DELETE")
    assert _check(db, capsys)[:2] == (0, [])


def test_a_trigger_that_does_nothing_or_is_disabled_is_reported(db, stocked, capsys):
    name, table = "production_report_no_delete", "production_report"
    try:
        with db.engine.begin() as conn:
            if db.is_sqlite:  # same name, same table, but it lets the delete through
                conn.execute(text(f"DROP TRIGGER {name}"))
                conn.execute(text(f"CREATE TRIGGER {name} BEFORE DELETE ON {table} BEGIN SELECT 1; END"))
                expected = f"sopdesk: trigger {name} does not refuse DELETE on {table}"
            else:
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {name}"))
                expected = f"sopdesk: trigger {name} is disabled: {table} rows can be deleted"
        code, err, _out = _check(db, capsys)
        assert (code, err) == (1, [expected])
    finally:
        _recreate(db, name, table, "DELETE")
    assert _check(db, capsys)[:2] == (0, [])


def test_tampered_balances_are_reported_one_line_each(db, stocked, capsys):
    p, m = stocked.product.id, stocked.material.id
    with db.engine.begin() as conn:  # below the ledger, as someone with the file or URL could
        conn.execute(update(StockBalance.__table__).where(StockBalance.item_id == p).values(qty=D("41")))
        conn.execute(update(StockTotal.__table__).where(StockTotal.item_id == m).values(qty=D("1220")))
        conn.execute(update(StockMonth.__table__).where(StockMonth.item_id == m, StockMonth.month == 202612)
                     .values(issued=D("-30")))
        conn.execute(update(StockMonthValue.__table__).where(StockMonthValue.month == 202611,
                                                             StockMonthValue.kind == "finished")
                     .values(net_value=D("1")))
    code, err, _out = _check(db, capsys)
    assert code == 1
    assert err == [
        "sopdesk: stock_balance FG-100 at FG: qty 41 but its moves add up to 28",
        "sopdesk: stock_total RM-001: qty 1220 but its moves add up to 1220.25",
        "sopdesk: stock_month 2026-12 RM-001: issued -30 but its moves add up to -30.25",
        # 40 x 80.1234 in November
        "sopdesk: stock_month_value 2026-11 finished: net_value 1 but its moves at today's standard costs add up "
        "to 3204.936",
        "sopdesk: 4 kept figure(s) disagree with the stock ledger",
    ]


def test_a_move_written_below_the_ledger_is_reported(db, stocked, capsys):
    with db.engine.begin() as conn:
        conn.execute(insert(StockMove.__table__).values(
            id=uuid.uuid4(), item_id=stocked.product.id, location_id=stocked.raw_store.id, qty=D("5"),
            move_type=MoveType.ADJUSTMENT.value, moved_at=AT, posted_at=AT))
    with db.read() as s:
        found = [(d.table, d.where, d.column, d.stored, d.expected) for d in find_differences(s)]
    assert found == [("stock_balance", "FG-100 at RAW", "qty", D(0), D(5)),
                     ("stock_total", "FG-100", "qty", D(28), D(33)),
                     ("stock_month", "2026-11 FG-100", "net", D(40), D(45)),
                     ("stock_month_value", "2026-11 finished", "net_value", D("3204.936"), D("3605.553"))]
    assert _check(db, capsys)[0] == 1
