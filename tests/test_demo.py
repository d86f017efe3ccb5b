"""The demo factory: a consistent, deterministic history, refused on a non-empty database.

The small demo is generated once per backend and then checked the way the screens and
reports read it: the ledger against its balances and documents, statuses against their
history, the demand review's flex band, document numbers that continue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from collections import defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from sopdesk.db import Database
from sopdesk.demo import DEMO_USERS, DemoError, generate
from sopdesk.demo.rows import Writer
from sopdesk.models import (
    ActionItem,
    ActionStatus,
    AppUser,
    BomLine,
    CalendarDay,
    ConsensusLine,
    CycleStatus,
    DemandReviewCycle,
    DocSequence,
    ForecastLine,
    ForecastSource,
    Item,
    ItemKind,
    Location,
    MaintenanceWindow,
    MoveType,
    OrderReviewTask,
    OrderStatus,
    OrderStatusChange,
    POStatus,
    ProductionReport,
    PurchaseOrder,
    PurchaseOrderLine,
    ReviewTaskStatus,
    SalesOrder,
    SalesOrderLine,
    ShipmentLine,
    StockBalance,
    StockMove,
    Supplier,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.services import numbering
from sopdesk.services.document_check import find_problems
from sopdesk.services.order_states import DOCUMENT_TRANSITIONS, TRANSITIONS
from sopdesk.services.stock_month import rebuild_stock_month
from sopdesk.services.users import authenticate
from tests.test_stock_month import (
    assert_matches_moves,
    assert_totals_match,
    assert_values_match,
    value_rows,
)
from tests.test_stock_month import table_rows as month_table

TODAY = dt.date(2026, 11, 26)
SEED = 7
ZERO = Decimal(0)


def test_small_demo_is_a_consistent_factory(db, sqlite_template, tmp_path):
    fractions = []
    summary = generate(db, "small", seed=SEED, today=TODAY,
                       progress=lambda _stage, f: fractions.append(f))
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [u for u, _p, _r in summary.users] == [u[0] for u in DEMO_USERS]
    assert summary.counts["sales_order_line"] > 1000 and summary.counts["stock_move"] > 10_000

    with db.read() as s:
        _users_sign_in(s)
        _catalogue(s)
        _history_spans_a_year(s)
        _ledger_adds_up(s)
        _month_sums_add_up(s)
        _documents_match_their_moves(s)
        _statuses_follow_their_history(s)
        _demand_review(s)
        _numbers_continue(s)

    with pytest.raises(DemoError, match="already holds"):
        generate(db, "small", seed=SEED, today=TODAY)

    # the same seed gives the same factory, ids included, on either backend
    path = tmp_path / "again.db"
    shutil.copy(sqlite_template, path)
    again = Database(str(path))
    try:
        generate(again, "small", seed=SEED, today=TODAY)
        assert _fingerprint(again) == _fingerprint(db)
    finally:
        again.dispose()


def test_refused_when_the_database_holds_items(db):
    now = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(Item.__table__.insert(), [dict(
            id=uuid.uuid4(), code="X1", name="已有物料", unit="件", kind=ItemKind.RAW,
            safety_stock=ZERO, standard_cost=ZERO, sales_price=ZERO, purchase_lead_days=0,
            is_core=False, active=True, version=1, created_at=now, updated_at=now)])
    with pytest.raises(DemoError, match="empty database"):
        generate(db, "small", today=TODAY)
    with db.read() as s:  # nothing was left behind
        assert s.scalar(select(func.count()).select_from(AppUser)) == 0


def test_unknown_scale_is_refused(db):
    with pytest.raises(DemoError, match="small, large"):
        generate(db, "huge")


def test_fast_writer_stores_exactly_what_core_stores(db):
    """The demo's bulk path converts through the columns' own bind processors."""
    local = dt.datetime(2026, 3, 1, 8, 30, 15, 250, tzinfo=ZoneInfo("Asia/Shanghai"))
    now = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    item, loc = uuid.uuid4(), uuid.uuid4()
    rows = [
        dict(item_id=item, location_id=loc, qty=Decimal("-12.5"), move_type=MoveType.ISSUE,
             moved_at=local, posted_at=now, posted_by_id=None, unit_cost=Decimal("3.2575"),
             ref_type="work_order", ref_id=item, ref_number="WO-2026-00001", reason="测试"),
        dict(item_id=item, location_id=loc, qty=Decimal("7"), move_type=MoveType.OUTPUT,
             moved_at=local, posted_at=local, posted_by_id=None, unit_cost=None,
             ref_type=None, ref_id=None, ref_number=None, reason=None),
    ]
    table = StockMove.__table__
    cols = "item_id, location_id, qty, move_type, moved_at, posted_at, unit_cost, ref_type, ref_id, ref_number, reason"
    with db.engine.begin() as conn:
        conn.execute(Item.__table__.insert(), [dict(
            id=item, code="X1", name="x", unit="件", kind=ItemKind.RAW, safety_stock=ZERO,
            standard_cost=ZERO, sales_price=ZERO, purchase_lead_days=0, is_core=False,
            active=True, version=1, created_at=now, updated_at=now)])
        conn.execute(Location.__table__.insert(), [dict(
            id=loc, code="L1", name="x", kind="raw", non_negative=True, active=True, version=1,
            created_at=now, updated_at=now)])
        core_ids, fast_ids = [uuid.uuid4(), uuid.uuid4()], [uuid.uuid4(), uuid.uuid4()]
        conn.execute(table.insert(), [{"id": i, **r} for i, r in zip(core_ids, rows, strict=True)])
        Writer(conn).insert(table, [{"id": i, **r} for i, r in zip(fast_ids, rows, strict=True)], fast=True)

        def raw(ids):
            return [conn.exec_driver_sql(f"SELECT {cols} FROM stock_move WHERE id = {_literal(db, i)}").one()
                    for i in ids]

        assert raw(fast_ids) == raw(core_ids)
        back = conn.execute(select(table.c.qty, table.c.moved_at, table.c.unit_cost)
                            .where(table.c.id == fast_ids[0])).one()
    assert back == (Decimal("-12.5000"), local.astimezone(dt.UTC), Decimal("3.2575"))


# -- the checks -----------------------------------------------------------------------------


def _users_sign_in(s):
    for username, password, role, display in DEMO_USERS:
        actor = authenticate(s, username, password)
        assert (actor.role.value, actor.display_name) == (role, display)


def _catalogue(s):
    items = s.scalars(select(Item)).all()
    kinds = defaultdict(list)
    for it in items:
        kinds[it.kind].append(it)
    finished = kinds[ItemKind.FINISHED]
    assert 8 <= len(finished) <= 12 and len(kinds[ItemKind.SEMI]) >= 5 and len(kinds[ItemKind.RAW]) >= 50
    core = [it for it in items if it.is_core]
    assert 3 <= len(core) <= 5 and all(it.kind == ItemKind.FINISHED for it in core)
    assert {it.unit for it in items} <= {"件", "套", "kg", "米", "个"}
    assert all(it.sales_price > 0 and it.standard_cost < it.sales_price for it in finished)
    assert all(it.default_supplier_id and it.purchase_lead_days > 0 for it in kinds[ItemKind.RAW])
    made = kinds[ItemKind.FINISHED] + kinds[ItemKind.SEMI]
    assert all(it.production_lead_days > 0 and it.work_center_id for it in made)
    # each made item has exactly one rate, as the master data service requires
    assert all((it.rate_per_day is None) != (it.hours_per_unit is None) for it in made)
    assert any(it.hours_per_unit for it in made) and any(it.rate_per_day for it in made)
    assert any(it.min_lot > 0 for it in made) and any(it.min_lot == 0 for it in made)  # some lot-for-lot
    assert all(it.lot_multiple > 0 and it.work_center_id is None for it in kinds[ItemKind.RAW])
    for value in (it.standard_cost for it in items):
        assert value == value.quantize(Decimal("0.0001"))

    children = defaultdict(list)
    for parent, child in s.execute(select(BomLine.parent_id, BomLine.component_id)):
        children[parent].append(child)

    def depth(item_id):
        return 1 + max(map(depth, children[item_id])) if children[item_id] else 0

    depths = {it.code: depth(it.id) for it in finished}
    assert min(depths.values()) >= 2 and max(depths.values()) == 3, depths

    assert s.scalar(select(func.count()).select_from(Supplier)) >= 12
    assert {(loc.code, loc.non_negative) for loc in s.scalars(select(Location))} == {
        ("RAW", True), ("WIP", True), ("FINISHED", True)}
    windows = s.scalars(select(MaintenanceWindow)).all()
    assert any(w.end_date < TODAY for w in windows) and any(w.start_date > TODAY for w in windows)
    notes = set(s.scalars(select(CalendarDay.note).where(CalendarDay.is_workday.is_(False))))
    assert {"春节", "国庆节"} <= notes


def _history_spans_a_year(s):
    months = {d.replace(day=1) for d in s.scalars(select(SalesOrder.order_date))}
    assert len(months) >= 13 and min(months) <= TODAY - dt.timedelta(days=365)
    assert max(months) == TODAY.replace(day=1)

    delivered = s.execute(select(SalesOrderLine.delivered_date, SalesOrderLine.promised_date)
                          .where(SalesOrderLine.delivered_date.is_not(None))).all()
    late = sum(d > p for d, p in delivered)
    assert 0.05 < late / len(delivered) < 0.25, (late, len(delivered))

    arrived = s.execute(select(PurchaseOrderLine.actual_arrival_date, PurchaseOrderLine.expected_date)
                        .where(PurchaseOrderLine.actual_arrival_date.is_not(None))).all()
    late = sum(a > e for a, e in arrived)
    assert 0.05 < late / len(arrived) < 0.30, (late, len(arrived))

    # open work in the coming weeks
    open_orders = select(func.count()).select_from(SalesOrder).where(
        SalesOrder.status.in_([OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION]),
        SalesOrder.promised_date > TODAY)
    assert s.scalar(open_orders) > 10
    assert s.scalar(select(func.count()).select_from(PurchaseOrderLine).where(
        PurchaseOrderLine.expected_date > TODAY, PurchaseOrderLine.actual_arrival_date.is_(None))) > 5
    assert s.scalar(select(func.count()).select_from(WorkOrder).where(
        WorkOrder.status.in_([WorkOrderStatus.PLANNED, WorkOrderStatus.RELEASED]),
        WorkOrder.planned_start >= TODAY)) > 5


def _ledger_adds_up(s):
    M = StockMove
    sums = {(i, loc): q for i, loc, q in s.execute(
        select(M.item_id, M.location_id, func.sum(M.qty)).group_by(M.item_id, M.location_id))}
    balances = {(b.item_id, b.location_id): b.qty for b in s.scalars(select(StockBalance))}
    assert balances == sums
    assert min(balances.values()) >= 0
    # and never below zero on the way: inflows first within one instant
    running = defaultdict(Decimal)
    for item, loc, qty in s.execute(select(M.item_id, M.location_id, M.qty).order_by(M.moved_at, M.qty.desc())):
        running[item, loc] += qty
        assert running[item, loc] >= 0
    kinds = set(s.scalars(select(M.move_type).distinct()))
    assert {MoveType.OPENING, MoveType.RECEIPT, MoveType.ISSUE, MoveType.OUTPUT, MoveType.SHIPMENT,
            MoveType.ADJUSTMENT, MoveType.COUNT} <= kinds
    assert s.scalar(select(func.count()).select_from(M).where(
        M.move_type == MoveType.ADJUSTMENT, M.reason.is_(None))) == 0


def _month_sums_add_up(s):
    """stock_month, summed by the simulation, is the GROUP BY of the moves, and what
    rebuilding it from the written moves gives (not committed: read() ends unsaved)."""
    rows = assert_matches_moves(s)
    assert rows > 13 * 50  # 13 months and more of a catalogue of 50+ items, most of them moving
    assert_values_match(s)  # valued per month and kind by the generator
    assert_totals_match(s)
    assert len(value_rows(s)) > 13 * 2
    kept = month_table(s)
    assert rebuild_stock_month(s) == rows
    assert month_table(s) == kept
    assert_values_match(s)


def _documents_match_their_moves(s):
    M = StockMove

    def moved(kind, ref_type):
        return dict(s.execute(select(M.ref_id, func.sum(M.qty))
                              .where(M.move_type == kind, M.ref_type == ref_type).group_by(M.ref_id)).all())

    shipped = moved(MoveType.SHIPMENT, "sales_order_line")
    documented = dict(s.execute(select(ShipmentLine.order_line_id, func.sum(ShipmentLine.qty))
                                .group_by(ShipmentLine.order_line_id)).all())
    for line in s.scalars(select(SalesOrderLine)):
        assert line.shipped_qty == -shipped.get(line.id, ZERO) == documented.get(line.id, ZERO)
        assert (line.delivered_date is not None) == (line.shipped_qty == line.qty)

    received = moved(MoveType.RECEIPT, "purchase_order_line")
    for line in s.scalars(select(PurchaseOrderLine)):
        assert line.received_qty == received.get(line.id, ZERO)
        assert (line.actual_arrival_date is not None) == (line.received_qty == line.qty)
        assert (line.first_receipt_date is not None) == (line.received_qty > 0)
    open_lines = dict(s.execute(
        select(PurchaseOrderLine.order_id, func.count())
        .where(PurchaseOrderLine.actual_arrival_date.is_(None)).group_by(PurchaseOrderLine.order_id)).all())
    for po_id, status in s.execute(select(PurchaseOrder.id, PurchaseOrder.status)):
        assert (status in (POStatus.RECEIVED, POStatus.CLOSED)) == (po_id not in open_lines)

    assert find_problems(s) == []  # what `sopdesk db check` reports
    partly = s.scalar(select(func.count()).select_from(SalesOrder)
                      .where(SalesOrder.status == OrderStatus.PARTIALLY_SHIPPED))
    assert partly > 0  # the demo shows the state, from real partial shipments

    output = moved(MoveType.OUTPUT, "work_order")
    reported = dict(s.execute(select(ProductionReport.work_order_id, func.sum(ProductionReport.good_qty))
                              .group_by(ProductionReport.work_order_id)).all())
    issued = moved(MoveType.ISSUE, "work_order")
    for wo in s.scalars(select(WorkOrder)):
        assert wo.good_qty == output.get(wo.id, ZERO) == reported.get(wo.id, ZERO)
        assert (wo.status == WorkOrderStatus.DONE) == (wo.good_qty >= wo.qty)
        if wo.good_qty:
            assert wo.id in issued
    assert set(issued) <= set(s.scalars(select(WorkOrder.id)))


def _statuses_follow_their_history(s):
    history = defaultdict(list)
    for c in s.scalars(select(OrderStatusChange).order_by(OrderStatusChange.changed_at)):
        history[c.order_id].append(c)
    lines = defaultdict(list)
    for line in s.scalars(select(SalesOrderLine)):
        lines[line.order_id].append(line)
    seen = set()
    for order in s.scalars(select(SalesOrder)):
        changes = history[order.id]
        assert changes[0].from_status is None and changes[0].to_status == OrderStatus.DRAFT
        for before, after in zip(changes, changes[1:], strict=False):
            assert after.from_status == before.to_status
            assert after.to_status in (TRANSITIONS[before.to_status]
                                       | DOCUMENT_TRANSITIONS.get(before.to_status, frozenset()))
            assert after.changed_at >= before.changed_at
        assert changes[-1].to_status == order.status
        seen.add(order.status)
        delivered = all(ln.delivered_date is not None for ln in lines[order.id])
        if order.status in (OrderStatus.SHIPPED, OrderStatus.CLOSED):
            assert delivered
        if order.status in (OrderStatus.DRAFT, OrderStatus.IN_REVIEW):
            assert order.promised_date is None
        if order.status in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION):
            assert order.promised_date is not None and not delivered
        if order.is_custom and order.status not in (OrderStatus.DRAFT,):
            assert OrderStatus.IN_REVIEW in {c.to_status for c in changes}
    assert {OrderStatus.CLOSED, OrderStatus.SHIPPED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED,
            OrderStatus.DRAFT} <= seen

    tasks = s.scalars(select(OrderReviewTask)).all()
    assert {t.status for t in tasks} <= {ReviewTaskStatus.OPEN, ReviewTaskStatus.ANSWERED}
    answered = [t for t in tasks if t.status == ReviewTaskStatus.ANSWERED]
    assert answered and all(t.answered_at and t.feasible is not None for t in answered)
    assert any(t.answered_at > t.due_at for t in answered)  # some answered after 24 h
    assert all(t.due_at - t.assigned_at == dt.timedelta(hours=24) for t in tasks)


def _demand_review(s):
    cycles = s.scalars(select(DemandReviewCycle).order_by(DemandReviewCycle.period)).all()
    assert len(cycles) >= 12
    for c in cycles:
        assert 5 <= c.meeting_date.day <= 12 and c.meeting_date < c.period
    assert cycles[-1].status == CycleStatus.DRAFT and cycles[-1].meeting_date > TODAY
    assert {c.status for c in cycles[:-2]} == {CycleStatus.CLOSED}
    sources = set(s.scalars(select(ForecastLine.source).distinct()))
    assert sources == {ForecastSource.SALES, ForecastSource.HISTORY}
    lines = s.scalars(select(ConsensusLine)).all()
    assert lines
    for ln in lines:
        assert ln.consensus_qty * Decimal("1.05") <= ln.production_target_qty <= ln.supply_target_qty
        assert ln.consensus_qty * Decimal("1.10") <= ln.supply_target_qty <= ln.consensus_qty * Decimal("1.10") + 10
    now = dt.datetime.combine(TODAY, dt.time(0), tzinfo=dt.UTC)
    actions = s.scalars(select(ActionItem)).all()
    assert all(a.owner_id and a.due_at for a in actions)
    assert any(a.status == ActionStatus.OPEN and a.due_at < now for a in actions)
    assert any(a.status == ActionStatus.DONE for a in actions)


def _numbers_continue(s):
    used = {
        "SO": set(s.scalars(select(SalesOrder.number))),
        "PO": set(s.scalars(select(PurchaseOrder.number))),
        "WO": set(s.scalars(select(WorkOrder.number))),
        "PD": set(s.scalars(select(StockMove.ref_number).where(StockMove.ref_type == "stock_count"))),
        "AJ": set(s.scalars(select(StockMove.ref_number).where(StockMove.ref_type == "adjustment"))),
    }
    sequences = {(q.prefix, q.year): q.next_value for q in s.scalars(select(DocSequence))}
    for prefix, numbers in used.items():
        assert numbers, prefix
        this_year = sorted(n for n in numbers if n.startswith(f"{prefix}-{TODAY.year}-"))
        nxt = numbering.next_number(s, prefix, TODAY.year)  # not committed: read() ends unsaved
        assert nxt not in numbers
        assert nxt == numbering.format_number(prefix, TODAY.year, len(this_year) + 1)
        assert sequences[(prefix, TODAY.year)] == len(this_year) + 1


# -- helpers --------------------------------------------------------------------------------


def _literal(db, value: uuid.UUID) -> str:
    return f"'{value.hex}'" if db.is_sqlite else f"'{value}'::uuid"


def _fingerprint(db) -> str:
    """A digest of the generated rows (ids, quantities, dates, statuses)."""
    queries = [
        select(SalesOrder.id, SalesOrder.number, SalesOrder.status, SalesOrder.promised_date,
               SalesOrder.updated_at),
        select(SalesOrderLine.id, SalesOrderLine.qty, SalesOrderLine.unit_price,
               SalesOrderLine.shipped_qty, SalesOrderLine.delivered_date),
        select(StockMove.item_id, StockMove.move_type, func.count(), func.sum(StockMove.qty),
               func.min(StockMove.moved_at), func.max(StockMove.moved_at))
        .group_by(StockMove.item_id, StockMove.move_type),
        select(WorkOrder.id, WorkOrder.number, WorkOrder.status, WorkOrder.good_qty),
        select(PurchaseOrderLine.id, PurchaseOrderLine.received_qty, PurchaseOrderLine.actual_arrival_date),
        select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty),
        select(ConsensusLine.id, ConsensusLine.consensus_qty),
        select(DocSequence.prefix, DocSequence.year, DocSequence.next_value),
    ]
    digest = hashlib.sha256()
    with db.read() as s:
        for query in queries:
            rows = sorted(repr(tuple(r)) for r in s.execute(query))
            digest.update("\n".join(rows).encode())
    return digest.hexdigest()
