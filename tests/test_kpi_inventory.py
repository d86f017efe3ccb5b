"""Inventory KPIs (sopdesk/reports) on SQLite and PostgreSQL, against hand-computed figures.

Turnover scenario: K-RM (raw, std cost 10) and K-FG (finished, std cost 100), factory time
zone Asia/Shanghai (UTC+8). Months start at midnight Shanghai time.

                     K-RM           K-FG            value
  Aug 15 opening     +100           +10             1000 + 1000 = 2000   (= Sep opening)
  Sep 10             -40 issue
  Sep 12                            +5 output
  Sep 20                            -8 shipment
  Sep 30 17:00 UTC                  -2 shipment     (Oct 1 01:00 in Shanghai: October)
  Sep closing         60             7              600 + 700 = 1300
  Oct 5              +50 receipt
  Oct 15             -30 issue
  Oct 16                            +10 output
  Oct 25                            -6 shipment
  Oct closing         80             9              800 + 900 = 1700
  Nov 10                            -8 shipment
  Nov 12             -20 issue
  Nov closing         60             1              600 + 100 = 700

  month  average  shipped issued  turnover = shipped / average   days = days x average / shipped
  Sep    1650     800     400     0.4848                          30 x 1650 / 800 = 61.9
  Oct    1500     800     300     0.5333                          31 x 1500 / 800 = 58.1
  Nov    1200     800     200     0.6667                          30 x 1200 / 800 = 45.0
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from sopdesk.models import Item, ItemKind, MoveType, POStatus, Role, StockMove, Supplier
from sopdesk.reports.inventory_kpi import inventory_value, monthly_turnover
from sopdesk.reports.periods import Month, bounds, months
from sopdesk.reports.supplier_kpi import supplier_on_time
from sopdesk.services import ledger, purchasing, settings
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.permissions import SYSTEM
from tests.test_inventory_world import make_world, purchase_order

D = Decimal
UTC = dt.UTC
SEP, OCT, NOV = Month(2026, 9), Month(2026, 10), Month(2026, 11)


def _t(month, day, hour=2, minute=0):
    return dt.datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def turnover(db):
    w = make_world(db)
    with db.write(SYSTEM) as s:
        rm = Item(code="K-RM", name="钢板", kind=ItemKind.RAW, standard_cost=D(10))
        fg = Item(code="K-FG", name="阀体", kind=ItemKind.FINISHED, standard_cost=D(100))
        s.add_all([rm, fg])
        s.flush()
        plan = [
            (rm, w.raw, _t(8, 15), 100, MoveType.OPENING), (fg, w.fg, _t(8, 15), 10, MoveType.OPENING),
            (rm, w.raw, _t(9, 10), -40, MoveType.ISSUE), (fg, w.fg, _t(9, 12), 5, MoveType.OUTPUT),
            (fg, w.fg, _t(9, 20), -8, MoveType.SHIPMENT), (fg, w.fg, _t(9, 30, 17), -2, MoveType.SHIPMENT),
            (rm, w.raw, _t(10, 5), 50, MoveType.RECEIPT), (rm, w.raw, _t(10, 15), -30, MoveType.ISSUE),
            (fg, w.fg, _t(10, 16), 10, MoveType.OUTPUT), (fg, w.fg, _t(10, 25), -6, MoveType.SHIPMENT),
            (fg, w.fg, _t(11, 10), -8, MoveType.SHIPMENT), (rm, w.raw, _t(11, 12), -20, MoveType.ISSUE),
        ]
        for item, loc, when, qty, kind in plan:
            ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(item.id, loc.id, D(qty), kind, moved_at=when)])
    w.rm, w.fg_item = rm, fg
    return w


def _turnover(db, w, first=SEP, last=NOV, kind=None):
    with db.read() as s:
        return monthly_turnover(s, w[Role.MANAGER], first, last, kind)


def test_monthly_turnover_all_items(db, turnover):
    rows = _turnover(db, turnover)
    got = [(str(r.month), r.opening_value, r.closing_value, r.average_value, r.shipped_cost, r.issued_cost,
            r.turnover, r.days) for r in rows]
    assert got == [
        ("2026-09", D(2000), D(1300), D(1650), D(800), D(400), D("0.4848"), D("61.9")),
        ("2026-10", D(1300), D(1700), D(1500), D(800), D(300), D("0.5333"), D("58.1")),
        ("2026-11", D(1700), D(700), D(1200), D(800), D(200), D("0.6667"), D("45.0")),
    ]
    assert all(r.outflow_cost == r.shipped_cost for r in rows)


def test_turnover_of_one_kind_uses_that_kinds_outflow(db, turnover):
    raw = _turnover(db, turnover, SEP, SEP, ItemKind.RAW)[0]
    # raw: 1000 -> 600, average 800, issued 400: 0.5, 30 x 800 / 400 = 60 days
    assert (raw.average_value, raw.outflow_cost, raw.turnover, raw.days) == (D(800), D(400), D("0.5"), D("60.0"))
    fin = _turnover(db, turnover, SEP, SEP, ItemKind.FINISHED)[0]
    # finished: 1000 -> 700, average 850, shipped 800: 0.9412, 30 x 850 / 800 = 31.875 days
    assert (fin.average_value, fin.outflow_cost, fin.turnover, fin.days) == (D(850), D(800), D("0.9412"), D("31.9"))
    semi = _turnover(db, turnover, SEP, SEP, ItemKind.SEMI)[0]
    assert (semi.average_value, semi.turnover, semi.days) == (D(0), None, None)


def test_month_boundaries_follow_the_factory_time_zone(db, turnover):
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "factory.timezone", "UTC")
    sep, oct_ = _turnover(db, turnover, SEP, OCT)
    # in UTC the Sep 30 17:00 shipment of 2 belongs to September
    assert (sep.shipped_cost, sep.closing_value, oct_.shipped_cost) == (D(1000), D(1100), D(600))


def test_a_reversal_dated_today_leaves_past_months_alone(db, turnover):
    before = _turnover(db, turnover, SEP, OCT)
    with db.read() as s:
        shipment = next(m for m in ledger_moves(s, turnover.fg_item) if m.moved_at == _t(10, 25))
    with db.write(SYSTEM) as s:
        ledger.reverse_move(s, SYSTEM, shipment.id, "退货")
    assert _turnover(db, turnover, SEP, OCT) == before
    with db.read() as s:
        assert inventory_value(s, turnover[Role.MANAGER]).total == D(1300)  # 700 + 600 back


def ledger_moves(s, item):
    return list(s.scalars(select(StockMove).where(StockMove.item_id == item.id)))


def test_inventory_value_at_moments(db, turnover):
    manager = turnover[Role.MANAGER]
    oct1_shanghai = dt.datetime(2026, 9, 30, 16, 0, tzinfo=UTC)
    with db.read() as s:
        at_oct1 = inventory_value(s, manager, oct1_shanghai)
        after_boundary_move = inventory_value(s, manager, _t(9, 30, 17))
        now = inventory_value(s, manager)
        before_all = inventory_value(s, manager, _t(8, 1))
    assert (at_oct1.total, at_oct1.by_kind[ItemKind.RAW], at_oct1.by_kind[ItemKind.FINISHED]) == (
        D(1300), D(600), D(700))
    assert after_boundary_move.total == D(1100)  # the moment itself is included
    assert (now.total, before_all.total) == (D(700), D(0))


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "America/New_York"])
def test_inventory_value_at_the_ends_of_the_calendar(db, turnover, zone):
    """At moments whose month has no edge a datetime can hold (the first days of year 1,
    December 9999), the value still comes out: everything before nothing, everything by then."""
    manager = turnover[Role.MANAGER]
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "factory.timezone", zone)
    with db.read() as s:
        now = inventory_value(s, manager)
        ends = [inventory_value(s, manager, at) for at in (
            dt.datetime(9999, 12, 31, 23, 59, tzinfo=UTC), dt.datetime(9999, 12, 15, tzinfo=UTC),
            dt.datetime(1, 1, 2, tzinfo=UTC), dt.datetime(1, 1, 1, 0, 1, tzinfo=UTC))]
    assert [v.total for v in ends] == [now.total, now.total, D(0), D(0)]
    assert ends[0].by_kind == now.by_kind and now.total == D(700)


def test_kpis_need_kpi_view(db, turnover):
    with pytest.raises(PermissionDenied), db.read() as s:
        monthly_turnover(s, turnover[Role.SHOPFLOOR], SEP, SEP)
    with db.read() as s:
        assert monthly_turnover(s, turnover[Role.SALES], SEP, SEP)[0].turnover == D("0.4848")


def test_periods():
    assert months(Month(2026, 11), Month(2027, 2)) == [
        Month(2026, 11), Month(2026, 12), Month(2027, 1), Month(2027, 2)]
    assert (Month(2026, 2).days, Month(2028, 2).days, str(Month(2026, 3))) == (28, 29, "2026-03")
    assert bounds(NOV, NOV, ZoneInfo("Asia/Shanghai")) == [
        dt.datetime(2026, 10, 31, 16, tzinfo=UTC), dt.datetime(2026, 11, 30, 16, tzinfo=UTC)]
    with pytest.raises(ValueError):
        months(NOV, OCT)


# -- supplier on-time arrival rate (原材料及时到货率) ------------------------------------------

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def arrivals(db):
    """S001: L1 due Oct 10, all on Oct 9 (on time); L2 due Oct 20, 50 on Oct 18 and 50 on
    Oct 22 (complete late); L3 due Oct 25, received 15:30 UTC = 23:30 Shanghai that day (on
    time); L4 due Nov 5, 30 of 50 (overdue: late); L5 due Nov 30 (pending); L6 due Nov 20,
    all on Nov 19 (on time).
    S002: M1 due Oct 15, all on Oct 18 (late); M2 due Nov 10, 5 of 10 then closed short
    (late); M3 cancelled and M4 draft: not counted."""
    w = make_world(db)
    with db.write(SYSTEM) as s:
        other = Supplier(code="S002", name="无锡华光密封件厂", lead_days=7)
        s.add(other)
    supply = w[Role.SUPPLY]
    iron, raw = w.iron, w.raw
    po_a = purchase_order(db, w, [(iron, "100", dt.date(2026, 10, 10)), (iron, "100", dt.date(2026, 10, 20)),
                                  (iron, "100", dt.date(2026, 10, 25))], order_date=dt.date(2026, 10, 1))
    po_b = purchase_order(db, w, [(iron, "50", dt.date(2026, 11, 5)), (iron, "50", dt.date(2026, 11, 30)),
                                  (iron, "50", dt.date(2026, 11, 20))], order_date=dt.date(2026, 11, 1))
    po_c = purchase_order(db, w, [(w.seal, "10", dt.date(2026, 10, 15))], order_date=dt.date(2026, 10, 1),
                          supplier=other)
    po_d = purchase_order(db, w, [(w.seal, "10", dt.date(2026, 11, 10))], supplier=other)
    po_e = purchase_order(db, w, [(w.seal, "10", dt.date(2026, 11, 12))], supplier=other)
    purchase_order(db, w, [(w.seal, "10", dt.date(2026, 11, 12))], supplier=other, confirm=False)
    receipts = [
        (po_a.lines[0], "100", _t(10, 9)), (po_a.lines[1], "50", _t(10, 18)), (po_a.lines[1], "50", _t(10, 22)),
        (po_a.lines[2], "100", _t(10, 25, 15, 30)), (po_b.lines[0], "30", _t(11, 6)),
        (po_b.lines[2], "50", _t(11, 19)), (po_c.lines[0], "10", _t(10, 18)), (po_d.lines[0], "5", _t(11, 9)),
    ]
    with db.write(supply) as s:
        for line, qty, when in receipts:
            purchasing.receive_line(s, supply, line.id, D(qty), raw.id, received_at=when)
        d = purchasing.get_po(s, supply, po_d.id)
        purchasing.set_status(s, supply, po_d.id, d.version, POStatus.CLOSED)
        purchasing.set_status(s, supply, po_e.id, po_e.version, POStatus.CANCELLED)
    w.other = other
    return w


def _rates(db, w, first=OCT, last=NOV, **kw):
    with db.read() as s:
        return supplier_on_time(s, w[Role.MANAGER], first, last, today=TODAY, **kw)


def test_on_time_arrival_rate_per_supplier_and_month(db, arrivals):
    report = _rates(db, arrivals)
    got = [(r.supplier_code, str(r.month), r.on_time, r.late, r.pending, r.rate) for r in report.rows]
    assert got == [
        ("S001", "2026-10", 2, 1, 0, D("0.6667")),
        ("S001", "2026-11", 1, 1, 1, D("0.5")),
        ("S002", "2026-10", 0, 1, 0, D(0)),
        ("S002", "2026-11", 0, 1, 0, D(0)),
    ]
    assert [(str(t.month), t.on_time, t.late, t.pending, t.rate) for t in report.totals] == [
        ("2026-10", 2, 2, 0, D("0.5")), ("2026-11", 1, 2, 1, D("0.3333"))]


def test_grace_days_supplier_filter_and_empty_months(db, arrivals):
    report = _rates(db, arrivals, SEP, NOV, grace_days=3)
    # with 3 days' grace L2 (Oct 22 <= 23) and M1 (Oct 18 <= 18) are on time; L4 stays late
    assert [(str(t.month), t.on_time, t.late, t.rate) for t in report.totals] == [
        ("2026-09", 0, 0, None), ("2026-10", 4, 0, D(1)), ("2026-11", 1, 2, D("0.3333"))]
    only = _rates(db, arrivals, supplier_id=arrivals.other.id)
    assert [(r.supplier_code, str(r.month), r.late) for r in only.rows] == [("S002", "2026-10", 1),
                                                                            ("S002", "2026-11", 1)]
    # a day later L5 would still be pending; after Nov 30 it turns late
    later = _rates(db, arrivals, NOV, NOV)
    with db.read() as s:
        dec = supplier_on_time(s, arrivals[Role.MANAGER], NOV, NOV, today=dt.date(2026, 12, 1))
    assert (later.totals[0].pending, dec.totals[0].pending, dec.totals[0].late) == (1, 0, 3)
