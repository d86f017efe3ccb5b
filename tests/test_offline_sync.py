"""The offline shop floor (sopdesk/offline/): the PC's outbox and cache, sync in order and
once, flagged physical facts, the finish conflict, one bad operation not blocking the queue."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from sopdesk.db import Database
from sopdesk.models import (
    Notification,
    ProductionReport,
    Role,
    StockMove,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.offline import CONFLICT, FLAGGED, PENDING, REPLAYED, SENT, LocalStore, ShopFloorClient
from sopdesk.services import ledger, shop_floor, work_orders
from sopdesk.services.errors import ValidationError
from tests.factories import make_basics
from tests.shopfloor_factory import AT, TODAY, make_floor

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/nowhere"


@pytest.fixture
def world(db):
    b = make_basics(db)
    return b, make_floor(db, b)


@pytest.fixture
def store(tmp_path):
    return LocalStore(tmp_path / "pc" / "shopfloor.sqlite")


@pytest.fixture
def client(db, world, store):
    b, _f = world
    return ShopFloorClient(db, store, b[Role.SHOPFLOOR])


def _report(client, wo, good, **kw):
    b_fin = kw.pop("location_id")
    return client.queue_report(wo.id, good_qty=good, location_id=b_fin, happened_at=AT, **kw)


def _on_hand(db, b):
    with db.read() as s:
        return ledger.on_hand(s, b.product.id, b.finished_store.id)


def test_the_outbox_is_durable_wal_and_synchronous_full(store):
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("synchronous") == 2  # FULL


def test_queued_reports_wait_then_sync_in_order_once(db, world, store, client):
    b, f = world
    first = _report(client, f.wo, "30", location_id=b.finished_store.id, minutes=60)
    second = _report(client, f.wo, "20", location_id=b.finished_store.id, scrap_qty="1", scrap_reason="毛刺")
    assert store.waiting(client.server) == (2, AT)
    assert _on_hand(db, b) == 0  # accepted on the PC, nothing on the server yet
    result = client.sync()
    assert (result.sent, result.replayed, result.flagged, result.left) == (2, 0, 0, 0)
    assert [store.get(o.op_id).state for o in (first, second)] == [SENT, SENT]
    assert _on_hand(db, b) == 50
    with db.read() as s:
        rows = s.scalars(select(ProductionReport).order_by(ProductionReport.reported_at)).all()
        assert [(r.op_id, r.good_qty, r.reported_by_id, r.reported_at) for r in rows] == [
            (first.op_id, 30, b[Role.SHOPFLOOR].user_id, AT), (second.op_id, 20, b[Role.SHOPFLOOR].user_id, AT)]
    assert store.get(second.op_id).answer["wo_good_qty"] == "50"
    assert client.sync().as_json() == {"sent": 0, "replayed": 0, "flagged": 0, "left": 0, "conflicts": 0}


def test_an_answer_lost_in_flight_is_sent_again_and_replayed(db, world, store, client):
    b, f = world
    op = _report(client, f.wo, "12", location_id=b.finished_store.id)
    # the server applied it but the PC never heard the answer (the line dropped at commit)
    with db.write(b[Role.SHOPFLOOR]) as s:
        shop_floor.report(s, b[Role.SHOPFLOOR], f.wo.id, good_qty=Decimal(12), location_id=b.finished_store.id,
                          reported_at=AT, op_id=op.op_id)
    result = client.sync()
    assert (result.sent, result.replayed, result.left) == (0, 1, 0)
    assert store.get(op.op_id).state == REPLAYED and store.get(op.op_id).answer["replayed"] is True
    assert _on_hand(db, b) == 12


def test_offline_the_queue_waits_and_nothing_is_lost(world, store, tmp_path):
    b, f = world
    away = Database(UNREACHABLE)
    try:
        offline = ShopFloorClient(away, store, b[Role.SHOPFLOOR])
        assert offline.probe() is False
        assert offline.refresh_cache() is False
        op = offline.queue_report(f.wo.id, good_qty="5", location_id=b.finished_store.id, happened_at=AT)
        result = offline.sync()
        assert (result.sent, result.left, result.reachable) == (0, 1, False) and result.error
        row = store.get(op.op_id)
        assert (row.state, row.attempts) == (PENDING, 1) and row.last_error
    finally:
        away.dispose()


def test_the_queue_refuses_what_the_server_would_refuse_before_accepting(client, world):
    b, f = world
    with pytest.raises(ValidationError) as err:
        client.queue_report(f.wo.id, good_qty="3", scrap_qty="1", location_id=b.finished_store.id)
    assert err.value.field == "scrap_reason"
    assert client.store.operations() == []


def test_a_report_for_a_work_order_closed_meanwhile_is_recorded_and_flagged(db, world, store, client):
    b, f = world
    op = _report(client, f.wo, "40", location_id=b.finished_store.id)
    later = _report(client, f.wo_b, "5", location_id=b.finished_store.id)
    with db.write(b[Role.PRODUCTION]) as s:  # the planner closes it while the PC is offline
        wo = s.get(WorkOrder, f.wo.id)
        work_orders.close(s, b[Role.PRODUCTION], wo.id, wo.version, today=TODAY)
    result = client.sync()
    assert (result.sent, result.flagged, result.left) == (1, 1, 0)
    row = store.get(op.op_id)
    assert row.state == FLAGGED and row.answer["flags"] == ["closed"] and row.answer["wo_status"] == "done"
    assert store.get(later.op_id).state == SENT
    with db.read() as s:
        wo = s.get(WorkOrder, f.wo.id)
        assert (wo.status, wo.good_qty) == (WorkOrderStatus.DONE, 40)
        report = s.scalar(select(ProductionReport).where(ProductionReport.op_id == op.op_id))
        assert shop_floor.report_flags(report) == ("closed",)
        [note] = s.scalars(select(Notification).where(Notification.kind == "shopfloor_flag")).all()
        assert "WO-2026-00001" in note.message and note.ref_id == report.id
    assert _on_hand(db, b) == 45
    # sent again (answer lost): the same flagged answer, nothing applied twice
    with db.write(b[Role.SHOPFLOOR]) as s:
        again = shop_floor.report(s, b[Role.SHOPFLOOR], f.wo.id, good_qty=Decimal(40),
                                  location_id=b.finished_store.id, op_id=op.op_id, record_flagged=True)
    assert again.replayed and again.flags == ("closed",)
    assert _on_hand(db, b) == 45


def test_a_report_above_the_released_quantity_is_recorded_and_flagged(db, world, store, client):
    b, f = world
    op = _report(client, f.wo_b, "25", location_id=b.finished_store.id)  # 20 released
    assert client.sync().flagged == 1
    assert store.get(op.op_id).answer["flags"] == ["over_released"]
    assert _on_hand(db, b) == 25


def test_without_record_flagged_a_closed_work_order_still_refuses(db, world):
    b, f = world
    with db.write(b[Role.PRODUCTION]) as s:
        wo = s.get(WorkOrder, f.wo.id)
        work_orders.close(s, b[Role.PRODUCTION], wo.id, wo.version, today=TODAY)
    with pytest.raises(ValidationError), db.write(b[Role.SHOPFLOOR]) as s:
        shop_floor.report(s, b[Role.SHOPFLOOR], f.wo.id, good_qty=Decimal(1), location_id=b.finished_store.id)


def test_a_finish_over_a_changed_work_order_goes_to_the_conflict_inbox(db, world, store, client):
    b, f = world
    assert client.refresh_cache(today=TODAY)
    cached = next(w for w in store.cached("work_order").values() if w["number"] == "WO-2026-00001")
    # one of this PC's own reports first: it changes the version, but is no conflict
    _report(client, f.wo, "30", location_id=b.finished_store.id)
    assert client.sync().sent == 1
    with db.write(b[Role.PRODUCTION]) as s:  # the planner raises the quantity meanwhile
        wo = s.get(WorkOrder, f.wo.id)
        wo.qty = Decimal(150)
    op = _report(client, f.wo, "70", location_id=b.finished_store.id, finish=True, base_version=cached["version"])
    result = client.sync()
    assert (result.conflicts, result.left) == (1, 0)
    row = store.get(op.op_id)
    assert row.state == CONFLICT and row.answer["flags"] == ["finish_conflict"]
    assert [c["field"] for c in row.answer["changes"]] == ["qty"]
    with db.read() as s:
        wo = s.get(WorkOrder, f.wo.id)
        assert (wo.status, wo.good_qty) == (WorkOrderStatus.IN_PROGRESS, 100)  # pieces in, still open
    assert [c.op_id for c in store.conflicts()] == [op.op_id]
    client.resolve(row, "finish")
    assert client.sync().sent == 1
    assert store.conflicts() == []
    with db.read() as s:
        assert s.get(WorkOrder, f.wo.id).status == WorkOrderStatus.DONE


def test_a_finish_after_only_own_reports_is_no_conflict(db, world, store, client):
    b, f = world
    assert client.refresh_cache(today=TODAY)
    version = next(w for w in store.cached("work_order").values() if w["number"] == "WO-2026-00001")["version"]
    _report(client, f.wo, "30", location_id=b.finished_store.id)
    _report(client, f.wo, "70", location_id=b.finished_store.id, finish=True, base_version=version)
    result = client.sync()
    assert (result.sent, result.conflicts) == (2, 0)
    with db.read() as s:
        assert s.get(WorkOrder, f.wo.id).status == WorkOrderStatus.DONE


def test_one_refused_operation_does_not_block_the_rest(db, world, store, client):
    b, f = world
    bad = client.queue_report(uuid.uuid4(), good_qty="3", location_id=b.finished_store.id)  # no such work order
    good = _report(client, f.wo, "4", location_id=b.finished_store.id)
    result = client.sync()
    assert (result.sent, result.conflicts, result.left) == (1, 1, 0)
    row = store.get(bad.op_id)
    assert row.state == CONFLICT and row.answer["refused"]["code"] == "not_found"
    assert store.get(good.op_id).state == SENT
    client.resolve(row, "discard")
    assert store.conflicts() == [] and store.get(bad.op_id).resolution == "discard"


def test_material_issue_is_queued_and_sent_once(db, world, store, client):
    b, f = world
    from sopdesk.services.stock_ops import IssueLine

    op = client.queue_issue(f.wo.id, [IssueLine(b.material.id, b.raw_store.id, Decimal("7.5"))], happened_at=AT)
    assert client.sync().sent == 1 and store.get(op.op_id).answer["moves"] == 1
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == Decimal("992.5")
        assert s.scalar(select(func.count()).select_from(StockMove).where(StockMove.op_id == op.op_id)) == 1


def test_the_cache_holds_the_lines_work_orders_boms_and_locations(world, store, client):
    b, f = world
    assert client.refresh_cache(today=TODAY)
    wos = store.cached("work_order")
    assert sorted(w["number"] for w in wos.values()) == ["WO-2026-00001", "WO-2026-00002", "WO-2026-00003"]
    assert wos[str(f.wo.id)]["qty"] == "100" and wos[str(f.wo.id)]["version"] >= 1
    bom = store.cached("bom")[str(f.flushed.id)]["lines"]
    assert [(ln["code"], ln["qty_per"]) for ln in bom] == [("RM-001", "2"), ("RM-010", "1")]
    assert {loc["code"] for loc in store.cached("location").values()} >= {"RAW", "FG"}
    assert {ln["code"] for ln in store.cached("line").values()} == {"L1", "L2"}
    meta = store.meta()
    assert meta["server"] == client.server and meta["today"] == TODAY.isoformat()
    assert client.find_work_order("WO-2026-00003")["id"] == str(f.wo_b.id)
    assert dt.datetime.fromisoformat(meta["refreshed_at"]).tzinfo is not None
