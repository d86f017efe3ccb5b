"""Work orders (工单): proposed material issue, create/release/issue/report/close, permissions,
conflicts, list filters and proposals from custom sales orders."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from sopdesk.models import Role
from sopdesk.services import stock_ops, work_orders
from tests.factories import make_basics
from tests.shopfloor_factory import AT, make_floor


@pytest.fixture
def world(db):
    b = make_basics(db)
    return b, make_floor(db, b)


def test_proposed_issue_is_the_bom_for_the_quantity_less_what_was_issued(db, world):
    b, f = world
    planner = b[Role.PRODUCTION]
    with db.read() as s:
        lines = work_orders.proposed_issue(s, planner, f.wo_flush.id)
    assert [(ln.item_code, ln.required, ln.issued, ln.proposed, ln.location_id) for ln in lines] == [
        ("RM-001", Decimal("105"), Decimal(0), Decimal("105"), b.raw_store.id),
        ("RM-010", Decimal("50"), Decimal(0), Decimal("50"), b.raw_store.id),
    ]
    with db.write(planner) as s:
        stock_ops.issue_to_work_order(s, planner, f.wo_flush.id, [
            stock_ops.IssueLine(b.material.id, b.raw_store.id, Decimal("30.5")),
            stock_ops.IssueLine(f.housing.id, b.raw_store.id, Decimal("60")),
        ], issued_at=AT, op_id=uuid.uuid4())
    with db.read() as s:
        lines = work_orders.proposed_issue(s, planner, f.wo_flush.id)
    assert [(ln.issued, ln.proposed, ln.qty) for ln in lines] == [
        (Decimal("30.5"), Decimal("74.5"), Decimal("74.5")),
        (Decimal("60"), Decimal(0), Decimal(0)),
    ]
