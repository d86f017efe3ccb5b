"""The seed scenario of the demand review (PRACTICES §1) for the tab's, the minutes' and the
forecast import's tests: FG-100 (core) on work center L1 making 50 a day, Mon–Sat, a
maintenance window halving it from 2027-02-15 (24 working days in February: 12 × 50 +
12 × 25 = 900), two kg of RM-001 (supplier lead 10 days) a unit; the cycle for 2027-02
opened on 2027-01-02 (meeting 2027-01-05)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from sopdesk.models import BomLine, Item, MaintenanceWindow, Role, WorkCenter
from sopdesk.services import demand_review
from sopdesk.services.permissions import SYSTEM

PERIOD = dt.date(2027, 2, 1)
OPENED = dt.datetime(2027, 1, 2, 1, 0, tzinfo=dt.UTC)


def seed_factory(db, basics) -> None:
    with db.write(SYSTEM) as s:
        line = WorkCenter(code="L1", name="装配线", capacity_per_day=Decimal(50), capacity_unit="套")
        s.add(line)
        s.flush()
        product = s.scalar(select(Item).where(Item.code == "FG-100"))
        product.work_center_id, product.rate_per_day = line.id, Decimal(50)
        s.add(MaintenanceWindow(work_center_id=line.id, start_date=dt.date(2027, 2, 15),
                                end_date=dt.date(2027, 2, 28), capacity_factor=Decimal("0.5"), reason="设备检修"))
        s.add(BomLine(parent_id=product.id, component_id=basics.material.id, qty_per=Decimal(2)))


def open_seed_cycle(db, basics, months: int = 3):
    manager = basics[Role.MANAGER]
    with db.write(manager) as s:
        return demand_review.open_cycle(s, manager, PERIOD, OPENED, months=months)
