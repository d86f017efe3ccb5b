import datetime as dt
import uuid
from decimal import Decimal

import pytest

from sopdesk.models import POStatus, PurchaseOrder, Role
from sopdesk.services import ledger, purchasing
from sopdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from tests.factories import make_basics

D = Decimal


@pytest.fixture
def basics(db):
    return make_basics(db)


def _po_input(b, qty="100"):
    return purchasing.POInput(
        supplier_id=b.supplier.id, order_date=dt.date(2026, 11, 2),
        lines=[purchasing.POLineInput(item_id=b.material.id, qty=D(qty), expected_date=dt.date(2026, 11, 12))],
    )


def _confirmed_po(db, b):
    supply = b[Role.SUPPLY]
    with db.write(supply) as s:
        po = purchasing.create_po(s, supply, _po_input(b))
        return purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)


CAN_EDIT = {Role.SUPPLY, Role.MANAGER, Role.ADMIN}


@pytest.mark.parametrize("role", list(Role))
def test_who_may_create_a_purchase_order(db, basics, role):
    actor = basics[role]
    if role in CAN_EDIT:
        with db.write(actor) as s:
            po = purchasing.create_po(s, actor, _po_input(basics))
        assert po.number == "PO-2026-00001" and po.lines[0].unit_price == D("6.3000")
    else:
        with pytest.raises(PermissionDenied), db.write(actor) as s:
            purchasing.create_po(s, actor, _po_input(basics))
        with db.read() as s:
            assert s.query(PurchaseOrder).count() == 0


@pytest.mark.parametrize("role", list(Role))
def test_who_may_change_an_existing_purchase_order(db, basics, role):
    po = _confirmed_po(db, basics)
    actor = basics[role]
    changed = _po_input(basics, "250")
    changed.lines[0].line_id = po.lines[0].id
    if role in CAN_EDIT:
        with db.write(actor) as s:
            after = purchasing.update_po(s, actor, po.id, po.version, changed)
        assert after.lines[0].qty == D("250.0000") and after.version == po.version + 1
    else:
        for attempt in (
            lambda s: purchasing.update_po(s, actor, po.id, po.version, changed),
            lambda s: purchasing.set_status(s, actor, po.id, po.version, POStatus.CANCELLED),
        ):
            with pytest.raises(PermissionDenied), db.write(actor) as s:
                attempt(s)
        with db.read() as s:
            unchanged = purchasing.get_po(s, basics[Role.MANAGER], po.id)
        assert unchanged.lines[0].qty == D("100.0000") and unchanged.status == POStatus.CONFIRMED


def test_partial_receipts_update_line_ledger_and_status(db, basics):
    po = _confirmed_po(db, basics)
    supply = basics[Role.SUPPLY]
    line = po.lines[0]
    t1 = dt.datetime(2026, 11, 10, 2, 0, tzinfo=dt.UTC)
    t2 = dt.datetime(2026, 11, 14, 23, 30, tzinfo=dt.UTC)  # 15 Nov in Shanghai
    with db.write(supply) as s:
        v = purchasing.receive_line(s, supply, line.id, D("40"), basics.raw_store.id, received_at=t1)
    assert v.status == POStatus.PARTIAL and v.lines[0].received_qty == D("40.0000")
    assert v.lines[0].actual_arrival_date is None
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        purchasing.receive_line(s, supply, line.id, D("60.0001"), basics.raw_store.id)
    assert err.value.field == "qty"
    with db.write(supply) as s:
        v = purchasing.receive_line(s, supply, line.id, D("60"), basics.raw_store.id, received_at=t2)
    assert v.status == POStatus.RECEIVED
    assert v.lines[0].actual_arrival_date == dt.date(2026, 11, 15)  # factory time zone
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id) == D("100.0000")


def test_receipt_retry_with_same_operation_id_applies_once(db, basics):
    po = _confirmed_po(db, basics)
    supply = basics[Role.SUPPLY]
    op = uuid.uuid4()
    for _ in range(2):
        with db.write(supply) as s:
            v = purchasing.receive_line(s, supply, po.lines[0].id, D("30"), basics.raw_store.id, op_id=op)
    assert v.lines[0].received_qty == D("30.0000")
    with db.read() as s:
        assert ledger.on_hand(s, basics.material.id) == D("30.0000")


def test_sales_cannot_receive_goods(db, basics):
    po = _confirmed_po(db, basics)
    with pytest.raises(PermissionDenied), db.write(basics[Role.SALES]) as s:
        purchasing.receive_line(s, basics[Role.SALES], po.lines[0].id, D("1"), basics.raw_store.id)


def test_stale_purchase_order_save_is_refused(db, basics):
    po = _confirmed_po(db, basics)
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    first = _po_input(basics, "120")
    first.lines[0].line_id = po.lines[0].id
    with db.write(manager) as s:
        purchasing.update_po(s, manager, po.id, po.version, first)
    with pytest.raises(ConflictError) as err, db.write(supply) as s:
        purchasing.update_po(s, supply, po.id, po.version, _po_input(basics, "90"))
    assert err.value.info.changed_by == "manager user"


def test_cancel_refused_after_receipt(db, basics):
    po = _confirmed_po(db, basics)
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        v = purchasing.receive_line(s, supply, po.lines[0].id, D("1"), basics.raw_store.id)
    with pytest.raises(ValidationError), db.write(supply) as s:
        purchasing.set_status(s, supply, po.id, v.version, POStatus.CANCELLED)
