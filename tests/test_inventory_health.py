"""Inventory health (services/inventory_health.py) on SQLite and PostgreSQL, hand-computed.

now = 2026-11-26 00:00 UTC; window 90 days -> consumption counted from 2026-08-28 00:00 UTC;
slow-moving: no move since that same moment; excess cover 60 days.

  item  cost safety  moves                                         on_hand consumed
  HX-1  10    0      +1000 (Jun 1), -500 issue (Oct 1), +200 receipt (Oct 15)   700   500
  HX-2   5  200      +700 (Jun 1), -600 issue (Nov 1)                          100   600
  HX-3   2    0      +1000 (Jun 1), -750 issue at exactly Aug 28 00:00          250   750
  HX-4   1    0      +600 (Jun 1), -500 issue Aug 27 23:59 (outside)            100     0
  HX-5   4    0      +200 (Jun 1), -125 shipment (Nov 20)                        75   125
  HX-6   3    0      no moves                                                     0     0

consumption value: 5000, 3000, 1500, 0, 500, 0 = 10000. By value: HX-1 (before 0 %) A,
HX-2 (before 50 %) A, HX-3 (before 80 %, not under 80) B, HX-5 (before 95 %, not under 95) C,
HX-4 and HX-6 (nothing consumed) C.

days of supply = on_hand x 90 / consumed: 126.0, 15.0, 30.0, None, 54.0, None.
excess = on_hand - safety - consumed x 60/90: HX-1 700 - 333.3333.. = 366.6667 (x10 = 3666.67);
HX-4 100 (x1 = 100.00); all others <= 0.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import Item, ItemKind, MoveType, Role
from sopdesk.services import ledger
from sopdesk.services.inventory_health import HealthFilter as F
from sopdesk.services.inventory_health import (
    HealthParams,
    count_health,
    fetch_health,
    health_summary,
)
from sopdesk.services.inventory_health import HealthSort as S
from sopdesk.services.permissions import SYSTEM
from tests.test_inventory_world import make_world

D = Decimal
UTC = dt.UTC
NOW = dt.datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
HX = F(search="HX")
BY_CODE, DEFAULTS = S(), HealthParams()


def _t(month, day, hour=0, minute=0):
    return dt.datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def health(db):
    w = make_world(db)
    specs = {  # code: (cost, safety, [(moved_at, qty, type)])
        "HX-1": ("10", "0", [(_t(6, 1), "1000", MoveType.OPENING), (_t(10, 1), "-500", MoveType.ISSUE),
                             (_t(10, 15), "200", MoveType.RECEIPT)]),
        "HX-2": ("5", "200", [(_t(6, 1), "700", MoveType.OPENING), (_t(11, 1), "-600", MoveType.ISSUE)]),
        "HX-3": ("2", "0", [(_t(6, 1), "1000", MoveType.OPENING), (_t(8, 28), "-750", MoveType.ISSUE)]),
        "HX-4": ("1", "0", [(_t(6, 1), "600", MoveType.OPENING), (_t(8, 27, 23, 59), "-500", MoveType.ISSUE)]),
        "HX-5": ("4", "0", [(_t(6, 1), "200", MoveType.OPENING), (_t(11, 20), "-125", MoveType.SHIPMENT)]),
        "HX-6": ("3", "0", []),
    }
    with db.write(SYSTEM) as s:
        items = {}
        for code, (cost, safety, _) in specs.items():
            items[code] = Item(code=code, name=f"健康度 {code}", kind=ItemKind.RAW, standard_cost=D(cost),
                               safety_stock=D(safety))
        s.add_all(items.values())
        s.flush()
        for code, (_, _, moves) in specs.items():
            for when, qty, kind in moves:
                ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(items[code].id, w.raw.id, D(qty), kind,
                                                                 moved_at=when)])
    return w


def _rows(db, w, flt=HX, sort=BY_CODE, params=DEFAULTS, offset=0, limit=100):
    with db.read() as s:
        return fetch_health(s, w[Role.SALES], flt, sort, offset, limit, params, now=NOW)


def test_health_figures_per_item(db, health):
    rows = {r.code: r for r in _rows(db, health)}
    got = {c: (r.on_hand, r.consumed, r.days_of_supply, r.abc, r.below_safety, r.slow_moving, r.excess_qty)
           for c, r in rows.items()}
    assert got == {
        "HX-1": (D(700), D(500), D("126.0"), "A", False, False, D("366.6667")),
        "HX-2": (D(100), D(600), D("15.0"), "A", True, False, D(0)),
        "HX-3": (D(250), D(750), D("30.0"), "B", False, False, D(0)),
        "HX-4": (D(100), D(0), None, "C", False, True, D(100)),
        "HX-5": (D(75), D(125), D("54.0"), "C", False, False, D(0)),
        "HX-6": (D(0), D(0), None, "C", False, False, D(0)),
    }
    assert rows["HX-2"].shortfall == D(100) and rows["HX-1"].shortfall == D(0)
    assert rows["HX-1"].daily_use == D("5.5556") and rows["HX-2"].daily_use == D("6.6667")
    assert (rows["HX-1"].value, rows["HX-1"].excess_value, rows["HX-4"].excess_value) == (
        D("7000.00"), D("3666.67"), D("100.00"))
    assert rows["HX-4"].last_move_at == _t(8, 27, 23, 59) and rows["HX-6"].last_move_at is None


def test_health_lists_filter_and_sort_in_sql(db, health):
    codes = lambda rows: [r.code for r in rows]  # noqa: E731
    assert codes(_rows(db, health, F(search="HX", below_safety_only=True))) == ["HX-2"]
    assert codes(_rows(db, health, F(search="HX", slow_only=True))) == ["HX-4"]
    assert codes(_rows(db, health, F(search="HX", excess_only=True))) == ["HX-1", "HX-4"]
    assert codes(_rows(db, health, F(search="HX", classes=frozenset({"A"})))) == ["HX-1", "HX-2"]
    assert codes(_rows(db, health, F(search="HX", classes=frozenset({"B", "C"})))) == [
        "HX-3", "HX-4", "HX-5", "HX-6"]
    assert codes(_rows(db, health, sort=S("days_of_supply"))) == ["HX-2", "HX-3", "HX-5", "HX-1", "HX-4", "HX-6"]
    assert codes(_rows(db, health, sort=S("excess", True))) == ["HX-1", "HX-4", "HX-6", "HX-5", "HX-3", "HX-2"]
    assert codes(_rows(db, health, sort=S("value", True), limit=3)) == ["HX-1", "HX-2", "HX-3"]
    assert codes(_rows(db, health, sort=S("abc"), offset=2, limit=2)) == ["HX-3", "HX-4"]
    with db.read() as s:
        assert count_health(s, health[Role.SALES], F(search="HX", excess_only=True), now=NOW) == 2


def test_abc_is_ranked_over_all_items_before_filters(db, health):
    # the world's own items have no consumption: they are C and do not move the shares
    rows = {r.code: r.abc for r in _rows(db, health, F())}
    assert rows["HX-1"] == rows["HX-2"] == "A" and rows["HX-3"] == "B"
    assert rows["RM-001"] == rows["FG-100"] == "C"
    # a narrower filter does not re-rank: HX-3 stays B on its own
    assert [(r.code, r.abc) for r in _rows(db, health, F(search="HX-3"))] == [("HX-3", "B")]


def test_parameters_change_the_figures(db, health):
    # window 30 days (from Oct 27): only HX-2 (600) and HX-5 (125) consumed
    p = HealthParams(window_days=30, slow_days=200, excess_cover_days=0, a_pct=50, b_pct=90)
    rows = {r.code: r for r in _rows(db, health, params=p)}
    assert (rows["HX-1"].consumed, rows["HX-2"].consumed, rows["HX-5"].consumed) == (D(0), D(600), D(125))
    # values 3000 and 500 of 3500: HX-2 A (before 0), HX-5 B (before 85.7 % < 90)
    assert (rows["HX-2"].abc, rows["HX-5"].abc, rows["HX-1"].abc) == ("A", "B", "C")
    assert not any(r.slow_moving for r in rows.values())  # nothing older than 200 days
    assert rows["HX-5"].excess_qty == D(75) and rows["HX-5"].days_of_supply == D("18.0")  # 75 x 30 / 125
    with pytest.raises(ValueError):
        HealthParams(a_pct=96, b_pct=95)


def test_summary_tiles(db, health):
    with db.read() as s:
        summary = health_summary(s, health[Role.MANAGER], HX, now=NOW)
    assert (summary.items, summary.value) == (6, D("8400.00"))
    assert (summary.below_safety, summary.slow_moving, summary.slow_value) == (1, 1, D("100.00"))
    assert (summary.excess, summary.excess_value) == (2, D("3766.67"))
    assert summary.abc_items == {"A": 2, "B": 1, "C": 3}
    assert summary.abc_value == {"A": D("7500.00"), "B": D("500.00"), "C": D("400.00")}
