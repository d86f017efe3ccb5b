"""Shop-floor test data: two lines, a backflushed product with a BOM, work orders written
directly as rows (released, planned around 2026-12-07), stock of the materials."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sopdesk.models import BomLine, Item, ItemKind, MoveType, WorkCenter, WorkOrder, WorkOrderStatus
from sopdesk.services import ledger
from sopdesk.services.permissions import SYSTEM

TODAY = dt.date(2026, 12, 7)
AT = dt.datetime(2026, 12, 7, 2, 30, tzinfo=dt.UTC)  # 10:30 at the factory (UTC+8)


@dataclass
class Floor:
    line_a: WorkCenter
    line_b: WorkCenter
    housing: Item  # a second material of the backflushed product
    flushed: Item  # backflush=True: FG-300 = 2 kg RM-001 (+5 %) + 1 housing
    wo: WorkOrder  # FG-100 ×100 on line A, no backflush
    wo_flush: WorkOrder  # FG-300 ×50 on line A
    wo_b: WorkOrder  # FG-100 ×20 on line B


def make_floor(db, b) -> Floor:
    with db.write(SYSTEM) as s:
        a = WorkCenter(code="L1", name="装配一线", capacity_per_day=Decimal(200))
        bb = WorkCenter(code="L2", name="装配二线", capacity_per_day=Decimal(100))
        housing = Item(code="RM-010", name="泵壳", kind=ItemKind.RAW, unit="件", standard_cost=Decimal("12.00"))
        flushed = Item(code="FG-300", name="小型水泵", kind=ItemKind.FINISHED, unit="台",
                       standard_cost=Decimal("55.00"), backflush=True)
        s.add_all([a, bb, housing, flushed])
        s.flush()
        s.add_all([
            BomLine(parent_id=flushed.id, component_id=b.material.id, qty_per=Decimal(2), scrap_rate=Decimal("0.05")),
            BomLine(parent_id=flushed.id, component_id=housing.id, qty_per=Decimal(1)),
        ])
        wo = WorkOrder(number="WO-2026-00001", item_id=b.product.id, qty=Decimal(100), work_center_id=a.id,
                       planned_start=TODAY, planned_end=TODAY + dt.timedelta(days=1),
                       status=WorkOrderStatus.RELEASED)
        wo_flush = WorkOrder(number="WO-2026-00002", item_id=flushed.id, qty=Decimal(50), work_center_id=a.id,
                             planned_start=TODAY + dt.timedelta(days=1), planned_end=TODAY + dt.timedelta(days=2),
                             status=WorkOrderStatus.RELEASED)
        wo_b = WorkOrder(number="WO-2026-00003", item_id=b.product.id, qty=Decimal(20), work_center_id=bb.id,
                         planned_start=TODAY, planned_end=TODAY, status=WorkOrderStatus.RELEASED)
        s.add_all([wo, wo_flush, wo_b])
        s.flush()
        ledger.post_moves(s, SYSTEM, [
            ledger.MoveRequest(b.material.id, b.raw_store.id, Decimal(1000), MoveType.OPENING),
            ledger.MoveRequest(housing.id, b.raw_store.id, Decimal(500), MoveType.OPENING),
        ])
    return Floor(a, bb, housing, flushed, wo, wo_flush, wo_b)
