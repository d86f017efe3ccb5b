"""Stock lists (services/inventory.py, inventory_moves.py, inventory_arrivals.py) on SQLite
and PostgreSQL, against figures worked out by hand.

The scenario (`stock` fixture), all in November 2026:

  RM-001 铸铁   opening 450 RAW (1st)                                   safety 500
  RM-002 密封圈 opening 150 RAW (1st), 30 QC (2nd); 12 issued to WO1 (21st);
                +5 adjusted (22nd) and that adjustment reversed           safety 100
  SF-10  壳体   opening 10 RAW (1st)
  FG-100 泵体   opening 12 FG (1st); 3 shipped on SO3 (20th)

  SO1 FG-100 x 20 confirmed, promised 28th        -> reserved 20
  SO2 FG-100 x 5  draft                           -> not reserved
  SO3 FG-100 x 8  confirmed, promised 27th, 3 shipped -> reserved 5
  WO1 FG-100 x 10 released, start 27th: SF-10 2 x 10 = 20; RM-002 4 x 10 x 1.05 = 42,
      12 issued -> 30 outstanding
  WO2 SF-10 x 20 planned, start 28th: RM-001 1.5 x 20 x 1.1 = 33
  WO3 SF-10 x 4 done: no longer allocates anything

                 on_hand  blocked  reserved  allocated  available   value
  FG-100            9        0        25         0        -16      9 x 80.1234 = 721.11
  RM-001          450        0         0        33        417      450 x 6.30 = 2835.00
  RM-002          168       30         0        30        108      168 x 1.50 = 252.00
  SF-10            10        0         0        20        -10      10 x 30 = 300.00
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sopdesk.models import ItemKind, LocationKind, MoveType, Role, WorkOrderStatus
from sopdesk.services import inventory as inv
from sopdesk.services import inventory_arrivals as arr
from sopdesk.services import inventory_moves as mv
from sopdesk.services import purchasing, stock_ops
from sopdesk.services.errors import PermissionDenied
from sopdesk.services.inventory import StockFilter as F
from sopdesk.services.inventory import StockSort as S
from sopdesk.services.stock_ops import IssueLine
from tests.test_inventory_world import (
    at,
    make_world,
    opening,
    purchase_order,
    sales_order,
    work_order,
)

D = Decimal
TODAY = dt.date(2026, 11, 26)
ANY, BY_CODE = F(), S()
ALL_OPEN, BY_DATE = arr.ArrivalFilter(), arr.ArrivalSort()


@pytest.fixture
def stock(db):
    w = make_world(db)
    opening(db, w.iron, w.raw, "450", at(1))
    opening(db, w.seal, w.raw, "150", at(1))
    opening(db, w.seal, w.qc, "30", at(2))
    opening(db, w.semi, w.raw, "10", at(1))
    opening(db, w.product, w.fg, "12", at(1))
    w.so1 = sales_order(db, w, w.product, "20", dt.date(2026, 11, 28))
    w.so2 = sales_order(db, w, w.product, "5", dt.date(2026, 11, 28), confirm=False)
    w.so3 = sales_order(db, w, w.product, "8", dt.date(2026, 11, 27))
    w.wo1 = work_order(db, "WO-2026-00001", w.product, "10", dt.date(2026, 11, 27), dt.date(2026, 11, 29))
    w.wo2 = work_order(db, "WO-2026-00002", w.semi, "20", dt.date(2026, 11, 28), dt.date(2026, 11, 30),
                       status=WorkOrderStatus.PLANNED)
    work_order(db, "WO-2026-00003", w.semi, "4", dt.date(2026, 11, 3), dt.date(2026, 11, 4),
               status=WorkOrderStatus.DONE)
    supply, prod = w[Role.SUPPLY], w[Role.PRODUCTION]
    with db.write(supply) as s:
        stock_ops.ship_order_line(s, supply, w.so3.lines[0].id, D(3), w.fg.id, shipped_at=at(20))
    with db.write(prod) as s:
        stock_ops.issue_to_work_order(s, prod, w.wo1, [IssueLine(w.seal.id, w.raw.id, D(12))], issued_at=at(21))
    with db.write(supply) as s:
        w.adj = stock_ops.adjust(s, supply, w.seal.id, w.raw.id, D(5), "找到", moved_at=at(22))
    with db.write(supply) as s:
        w.adj_back = stock_ops.reverse(s, supply, w.adj.moves[0].id, "其实没找到")
    return w


def _fetch(db, w, flt=ANY, sort=BY_CODE, offset=0, limit=100, role=Role.SALES):
    with db.read() as s:
        return inv.fetch_stock(s, w[role], flt, sort, offset, limit)


def test_on_hand_reserved_allocated_and_available(db, stock):
    rows = {r.code: r for r in _fetch(db, stock)}
    got = {c: (r.on_hand, r.blocked, r.reserved, r.allocated, r.available, r.value) for c, r in rows.items()}
    assert got == {
        "FG-100": (D(9), D(0), D(25), D(0), D(-16), D("721.11")),
        "RM-001": (D(450), D(0), D(0), D(33), D(417), D("2835.00")),
        "RM-002": (D(168), D(30), D(0), D(30), D(108), D("252.00")),
        "SF-10": (D(10), D(0), D(0), D(20), D(-10), D("300.00")),
    }
    assert (rows["RM-001"].last_move_at, rows["FG-100"].last_move_at) == (at(1), at(20))
    assert rows["FG-100"].kind == ItemKind.FINISHED and rows["FG-100"].unit == "套"


def test_sorting_paging_and_filters_run_in_sql(db, stock):
    codes = lambda rows: [r.code for r in rows]  # noqa: E731
    assert codes(_fetch(db, stock, sort=S("value", True))) == ["RM-001", "FG-100", "SF-10", "RM-002"]
    assert codes(_fetch(db, stock, sort=S("available"))) == ["FG-100", "SF-10", "RM-002", "RM-001"]
    assert codes(_fetch(db, stock, sort=S("reserved", True))) == ["FG-100", "RM-001", "RM-002", "SF-10"]
    assert codes(_fetch(db, stock, offset=1, limit=2)) == ["RM-001", "RM-002"]
    assert codes(_fetch(db, stock, F(short_only=True))) == ["FG-100", "SF-10"]
    assert codes(_fetch(db, stock, F(below_safety_only=True))) == ["RM-001"]
    assert codes(_fetch(db, stock, F(search="rm"))) == ["RM-001", "RM-002"]
    assert codes(_fetch(db, stock, F(search="密封"))) == ["RM-002"]
    assert codes(_fetch(db, stock, F(kinds=frozenset({ItemKind.SEMI, ItemKind.FINISHED})))) == ["FG-100", "SF-10"]
    assert codes(_fetch(db, stock, F(core_only=True))) == ["FG-100"]
    with db.read() as s:
        assert inv.count_stock(s, stock[Role.SALES]) == 4
        assert inv.count_stock(s, stock[Role.SALES], F(short_only=True)) == 2
    with pytest.raises(ValueError), db.read() as s:
        inv.fetch_stock(s, stock[Role.SALES], sort=S("bogus"))


def test_on_hand_as_of_any_moment(db, stock):
    sales = stock[Role.SALES]

    def as_of(moment, location=None, flt=ANY):
        with db.read() as s:
            return {r.code: r.qty for r in inv.fetch_stock_as_of(s, sales, moment, flt, location_id=location)}

    assert as_of(at(1, hour=1)) == {"FG-100": 0, "RM-001": 0, "RM-002": 0, "SF-10": 0}
    assert as_of(at(1)) == {"FG-100": 12, "RM-001": 450, "RM-002": 150, "SF-10": 10}  # inclusive
    assert as_of(at(10)) == {"FG-100": 12, "RM-001": 450, "RM-002": 180, "SF-10": 10}
    assert as_of(at(21)) == {"FG-100": 9, "RM-001": 450, "RM-002": 168, "SF-10": 10}
    assert as_of(at(22)) == {"FG-100": 9, "RM-001": 450, "RM-002": 173, "SF-10": 10}  # +5 adjusted
    assert as_of(at(10), stock.raw.id, F(with_stock_only=True)) == {"RM-001": 450, "RM-002": 150, "SF-10": 10}
    assert as_of(at(10), stock.qc.id, F(with_stock_only=True)) == {"RM-002": 30}
    with db.read() as s:
        rows = inv.fetch_stock_as_of(s, sales, at(10), sort=S("value", True))
        assert [(r.code, r.value) for r in rows][:2] == [("RM-001", D("2835.00")), ("FG-100", D("961.48"))]
        assert inv.count_stock_as_of(s, sales, at(1, hour=1), F(with_stock_only=True)) == 0


def test_by_location_and_reservations_drill_down(db, stock):
    sales = stock[Role.SALES]
    with db.read() as s:
        now = inv.stock_by_location(s, sales, stock.seal.id)
        then = inv.stock_by_location(s, sales, stock.seal.id, as_of=at(10))
        product = inv.reservations(s, sales, stock.product.id)
        seal = inv.reservations(s, sales, stock.seal.id)
    assert [(r.code, r.kind, r.qty) for r in now] == [("QC", LocationKind.QUARANTINE, D(30)),
                                                      ("RAW", LocationKind.RAW, D(138))]
    assert [(r.code, r.qty, r.last_move_at) for r in then] == [("QC", D(30), at(2)), ("RAW", D(150), at(1))]
    assert [(r.kind, r.number, r.qty, r.need_date) for r in product] == [
        ("sales_order_line", f"{stock.so3.number}/1", D(5), dt.date(2026, 11, 27)),
        ("sales_order_line", f"{stock.so1.number}/1", D(20), dt.date(2026, 11, 28)),
    ]
    assert [(r.kind, r.number, r.qty) for r in seal] == [("work_order", "WO-2026-00001", D(30))]
    assert sum(r.qty for r in product) == _fetch(db, stock, F(search="FG-100"))[0].reserved


def test_moves_behind_a_figure(db, stock):
    sales = stock[Role.SALES]
    seal = mv.MoveFilter(item_id=stock.seal.id)
    with db.read() as s:
        totals = mv.move_totals(s, sales, seal)
        rows = mv.fetch_moves(s, sales, seal)
        as_of = mv.move_totals(s, sales, mv.MoveFilter(item_id=stock.seal.id, location_id=stock.raw.id,
                                                       moved_to=at(10)))
        issues = mv.fetch_moves(s, sales, mv.MoveFilter(move_types=frozenset({MoveType.ISSUE})))
        page = mv.fetch_moves(s, sales, seal, mv.MoveSort("qty", False), offset=1, limit=2)
        count = mv.count_moves(s, sales, seal)
    # 150 + 30 + 5 in; 12 issued and the 5 reversed out
    assert (totals.count, totals.qty_in, totals.qty_out, totals.net) == (5, D(185), D(-17), D(168))
    assert totals.net == _fetch(db, stock, F(search="RM-002"))[0].on_hand
    assert (as_of.count, as_of.net) == (1, D(150))
    assert count == 5 and [r.qty for r in page] == [D(-5), D(5)]
    assert [r.move_type for r in rows[2:]] == [MoveType.ISSUE, MoveType.OPENING, MoveType.OPENING]
    adj = next(r for r in rows if r.move_type == MoveType.ADJUSTMENT and r.reversal_of_id is None)
    back = next(r for r in rows if r.reversal_of_id is not None)
    assert adj.reversed_by_id == back.id and back.reversal_of_id == adj.id and adj.reason == "找到"
    assert adj.ref_number == "AJ-2026-00001" and adj.posted_by == "supply user"
    assert [(r.item_code, r.qty, r.ref_number, r.posted_by) for r in issues] == [
        ("RM-002", D(-12), "WO-2026-00001", "production user")]


def test_viewing_needs_stock_view_and_posting_roles_do_not_matter(db, stock):
    for role in Role:
        with db.read() as s:
            assert inv.count_stock(s, stock[role]) == 4  # every role sees stock, shop floor too


# -- arrivals -----------------------------------------------------------------------------


def test_arrivals_flag_late_lines(db):
    w = make_world(db)
    supply = w[Role.SUPPLY]
    po1 = purchase_order(db, w, [(w.iron, "100", dt.date(2026, 11, 20)), (w.seal, "50", dt.date(2026, 11, 30))])
    po2 = purchase_order(db, w, [(w.iron, "40", dt.date(2026, 11, 10))])
    po3 = purchase_order(db, w, [(w.seal, "10", dt.date(2026, 11, 15))])
    purchase_order(db, w, [(w.seal, "99", dt.date(2026, 11, 3))], confirm=False)  # draft: never listed
    with db.write(supply) as s:
        purchasing.receive_line(s, supply, po1.lines[0].id, D(30), w.raw.id, received_at=at(19))
        purchasing.receive_line(s, supply, po2.lines[0].id, D(40), w.raw.id, received_at=at(12))
        purchasing.receive_line(s, supply, po3.lines[0].id, D(10), w.raw.id, received_at=at(14))

    def fetch(flt=ALL_OPEN, sort=BY_DATE):
        with db.read() as s:
            return [(r.po_number, r.line_no, r.open_qty, r.late, r.days_late)
                    for r in arr.fetch_arrivals(s, w[Role.SALES], flt, sort, today=TODAY)]

    assert fetch() == [(po1.number, 1, D(70), True, 6), (po1.number, 2, D(50), False, 0)]
    assert fetch(arr.ArrivalFilter(open_only=False)) == [
        (po2.number, 1, D(0), True, 2),  # expected 10th, fully arrived 12th
        (po3.number, 1, D(0), False, 0),  # expected 15th, arrived 14th
        (po1.number, 1, D(70), True, 6),  # expected 20th, still open on the 26th
        (po1.number, 2, D(50), False, 0),
    ]
    assert fetch(arr.ArrivalFilter(open_only=False, late_only=True), arr.ArrivalSort("expected_date", True)) == [
        (po1.number, 1, D(70), True, 6), (po2.number, 1, D(0), True, 2)]
    assert fetch(arr.ArrivalFilter(due_until=dt.date(2026, 11, 25))) == [(po1.number, 1, D(70), True, 6)]
    assert fetch(arr.ArrivalFilter(search="密封")) == [(po1.number, 2, D(50), False, 0)]
    with db.read() as s:
        assert arr.count_arrivals(s, w[Role.SALES], arr.ArrivalFilter(open_only=False), today=TODAY) == 4
        with pytest.raises(PermissionDenied):
            arr.fetch_arrivals(s, w[Role.SHOPFLOOR], today=TODAY)
