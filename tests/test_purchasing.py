import datetime as dt
import uuid
from decimal import Decimal

import pytest

from sopdesk.models import POStatus, PurchaseOrder, Role
from sopdesk.reports.periods import Month
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


# -- close short, the list, the supplier's rate, the export ---------------------------------

TODAY = dt.date(2026, 11, 20)


def _at(day: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai


@pytest.fixture
def four(db, basics):
    """PO1 S001 RM-001 100 by 11-12, 40 received on 11-10: partly received and late.
    PO2 S001 RM-001 50 by 11-25 and FG-100 3 by 11-28: confirmed, nothing due yet.
    PO3 S002 RM-001 10 by 12-01: a draft. PO4 S002 RM-001 20 by 11-18, all in on 11-15."""
    from sopdesk.models import Supplier
    from sopdesk.services.permissions import SYSTEM

    with db.write(SYSTEM) as s:
        other = Supplier(code="S002", name="无锡精工铸件厂", lead_days=5)
        s.add(other)
    basics.other = other
    supply = basics[Role.SUPPLY]
    L = purchasing.POLineInput  # noqa: N806

    def po(supplier, lines, confirm=True):
        with db.write(supply) as s:
            v = purchasing.create_po(s, supply, purchasing.POInput(
                supplier_id=supplier.id, order_date=dt.date(2026, 11, 2), lines=lines))
            return purchasing.set_status(s, supply, v.id, v.version, POStatus.CONFIRMED) if confirm else v

    m, p = basics.material.id, basics.product.id
    pos = [po(basics.supplier, [L(m, D(100), dt.date(2026, 11, 12))]),
           po(basics.supplier, [L(m, D(50), dt.date(2026, 11, 25)), L(p, D(3), dt.date(2026, 11, 28))]),
           po(other, [L(m, D(10), dt.date(2026, 12, 1))], confirm=False),
           po(other, [L(m, D(20), dt.date(2026, 11, 18))])]
    with db.write(supply) as s:
        purchasing.receive_line(s, supply, pos[0].lines[0].id, D(40), basics.raw_store.id, received_at=_at(10))
        purchasing.receive_line(s, supply, pos[3].lines[0].id, D(20), basics.raw_store.id, received_at=_at(15))
    return pos


def _list(db, actor, **flt):
    from sopdesk.services import purchasing_list

    with db.read() as s:
        return purchasing_list.list_pos(s, actor, purchasing_list.POFilter(**flt), today=TODAY)


def test_the_list_puts_late_orders_first_with_amounts_and_the_suppliers_rate(db, basics, four):
    rows = _list(db, basics[Role.SALES])
    assert [r.number for r in rows] == ["PO-2026-00001", "PO-2026-00002", "PO-2026-00004", "PO-2026-00003"]
    got = {r.number[-1]: (r.status, r.lines, r.late_lines, r.next_expected, r.amount, r.on_time_rate, r.received_any)
           for r in rows}
    assert got == {
        "1": (POStatus.PARTIAL, 1, 1, dt.date(2026, 11, 12), D("630.00"), D("0.0000"), True),
        # 50 x 6.30 = 315.00; 3 x 80.1234 = 240.3702 -> 240.37
        "2": (POStatus.CONFIRMED, 2, 0, dt.date(2026, 11, 25), D("555.37"), D("0.0000"), False),
        "4": (POStatus.RECEIVED, 1, 0, None, D("126.00"), D("1.0000"), True),
        "3": (POStatus.DRAFT, 1, 0, None, D("63.00"), D("1.0000"), False),  # a draft is not late, nothing due
    }
    assert rows[0].late and not rows[1].late
    sales = basics[Role.SALES]
    number = lambda **f: [r.number[-1] for r in _list(db, sales, **f)]  # noqa: E731
    assert number(late_only=True) == ["1"]
    assert number(supplier_id=basics.other.id) == ["4", "3"]
    assert number(status=POStatus.DRAFT) == ["3"]
    assert number(search="fg-100") == ["2"]  # an item of a line
    assert number(search="恒达") == ["1", "2"]  # the supplier's name
    assert number(search="S002 00004") == ["4"]  # every word must match
    assert number(search="50%") == []  # LIKE wildcards are text
    from sopdesk.services import purchasing_list

    with db.read() as s:
        assert purchasing_list.count_pos(s, sales, purchasing_list.POFilter(late_only=True), today=TODAY) == 1
        assert purchasing_list.count_pos(s, sales, today=TODAY) == 4
    with pytest.raises(PermissionDenied), db.read() as s:
        purchasing_list.list_pos(s, basics[Role.SHOPFLOOR], today=TODAY)


def test_supplier_rate_counts_as_the_kpi_does(db, basics, four):
    from sopdesk.services import purchasing_list

    with db.read() as s:
        mine = purchasing_list.supplier_rate(s, basics[Role.PRODUCTION], basics.supplier.id, today=TODAY)
        theirs = purchasing_list.supplier_rate(s, basics[Role.PRODUCTION], basics.other.id, today=TODAY)
        later = purchasing_list.supplier_rate(s, basics[Role.PRODUCTION], basics.supplier.id,
                                              today=dt.date(2026, 11, 30))
        assert purchasing_list.supplier_rate(s, basics[Role.SHOPFLOOR], basics.supplier.id, today=TODAY) is None
    # PO1's line is past due and not all in (late); PO2's two lines are not due yet (pending)
    assert (mine.on_time, mine.late, mine.pending, mine.rate) == (0, 1, 2, D(0))
    assert (theirs.on_time, theirs.late, theirs.pending, theirs.rate) == (1, 0, 0, D(1))
    assert (later.on_time, later.late, later.pending) == (0, 3, 0)
    # 2 of 3 on time: 0.66666... rounds half up to 0.6667
    assert purchasing_list.SupplierRate(2, 1, 0).rate == D("0.6667")
    assert purchasing_list.SupplierRate(0, 0, 4).rate is None
    assert purchasing_list.rate_months(TODAY) == (Month(2025, 12), Month(2026, 11))


def test_close_short_keeps_each_remainder_with_the_reason(db, basics, four):
    from sopdesk.services.inventory_demand import open_po_lines

    supply = basics[Role.SUPPLY]
    po1, po2 = four[0], four[1]
    with db.read() as s:
        po1 = purchasing.get_po(s, supply, po1.id)
        assert {ln.number for ln in open_po_lines(s)} == {"PO-2026-00001/1", "PO-2026-00002/1", "PO-2026-00002/2"}
    for reason, field in (("  ", "close_reason"), ("x" * 301, "close_reason")):
        with pytest.raises(ValidationError) as err, db.write(supply) as s:
            purchasing.close_short(s, supply, po1.id, po1.version, reason)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err, db.write(supply) as s:  # nothing received: cancel it instead
        purchasing.close_short(s, supply, po2.id, po2.version, "供应商停产")
    assert err.value.field == "status" and "cancel" in err.value.message
    with pytest.raises(PermissionDenied), db.write(basics[Role.SALES]) as s:
        purchasing.close_short(s, basics[Role.SALES], po1.id, po1.version, "供应商停产")
    with pytest.raises(ConflictError), db.write(supply) as s:
        purchasing.close_short(s, supply, po1.id, po1.version - 1, "供应商停产")

    with db.write(supply) as s:
        v = purchasing.close_short(s, supply, po1.id, po1.version, " 供应商停产 ")
    [line] = v.lines
    assert v.status == POStatus.CLOSED and v.version == po1.version + 1
    assert (line.received_qty, line.short_closed_qty, line.open_qty, line.close_reason) == (
        D(40), D(60), D(0), "供应商停产")
    with db.read() as s:
        assert {ln.number for ln in open_po_lines(s)} == {"PO-2026-00002/1", "PO-2026-00002/2"}  # 60 no longer come
    with pytest.raises(ValidationError) as err, db.write(supply) as s:
        purchasing.close_short(s, supply, v.id, v.version, "again")
    assert err.value.field == "status"
    with pytest.raises(ValidationError), db.write(supply) as s:
        purchasing.receive_line(s, supply, line.id, D(1), basics.raw_store.id)
    rows = _list(db, supply)
    assert [r.number[-1] for r in rows] == ["2", "4", "3", "1"]  # no longer late: nothing is to come
    assert rows[-1].late_lines == 0 and rows[-1].next_expected is None


def test_a_plain_close_of_a_received_order_and_what_each_status_allows(db, basics, four):
    supply = basics[Role.SUPPLY]
    with db.read() as s:
        po4 = purchasing.get_po(s, supply, four[3].id)
    with db.write(supply) as s:
        v = purchasing.set_status(s, supply, po4.id, po4.version, POStatus.CLOSED)
    assert v.status == POStatus.CLOSED and v.lines[0].short_closed_qty == D(0)
    can = purchasing.can
    assert [a for a in ("edit", "confirm", "cancel", "close_short", "receive") if can(POStatus.DRAFT, False, a)] == [
        "edit", "confirm", "cancel"]
    assert [a for a in ("edit", "confirm", "cancel", "close_short", "receive")
            if can(POStatus.CONFIRMED, False, a)] == ["edit", "cancel", "receive"]
    assert [a for a in ("edit", "confirm", "cancel", "close_short", "receive")
            if can(POStatus.PARTIAL, True, a)] == ["close_short", "receive"]
    assert not any(can(st, True, a) for st in (POStatus.RECEIVED, POStatus.CLOSED, POStatus.CANCELLED)
                   for a in ("edit", "confirm", "cancel", "close_short", "receive"))


def test_find_and_choices(db, basics, four):
    from sopdesk.models import Supplier
    from sopdesk.services.permissions import SYSTEM

    sales = basics[Role.SALES]
    with db.read() as s:
        assert purchasing.find_po(s, sales, " PO-2026-00002 ") == four[1].id
        assert purchasing.find_po(s, sales, "PO-2026-00099") is None
    with db.write(SYSTEM) as s:
        s.get(Supplier, basics.other.id).active = False
    with db.read() as s:
        assert [c.code for c in purchasing.supplier_choices(s, sales)] == ["S001"]
        kept = purchasing.supplier_choices(s, sales, include=basics.other.id)
        items = purchasing.item_choices(s, sales)
    assert [(c.code, c.lead_days) for c in kept] == [("S001", 10), ("S002", 5)]
    assert [(c.code, c.unit, c.price) for c in items] == [("FG-100", "套", D("80.1234")), ("RM-001", "kg", D("6.3"))]


def test_export_follows_the_filters_and_the_order_on_screen(db, basics, four, tmp_path):
    from sopdesk.services import exports

    supply = basics[Role.SUPPLY]
    with db.read() as s:
        exp = exports.export_rows(s, supply, "purchase-orders", {"today": TODAY})
        rows = list(exp.rows)
        late = list(exports.export_rows(s, supply, "purchase-orders", {"today": TODAY, "late_only": True}).rows)
        theirs = list(exports.export_rows(s, supply, "purchase-orders",
                                          {"today": TODAY, "supplier_id": str(basics.other.id),
                                           "status": "received"}).rows)
    assert exp.total == 5 and [c.key for c in exp.columns][:3] == ["po_no", "line_no", "supplier_code"]
    assert [(r[0], r[1]) for r in rows] == [("PO-2026-00001", 1), ("PO-2026-00002", 1), ("PO-2026-00002", 2),
                                            ("PO-2026-00004", 1), ("PO-2026-00003", 1)]
    assert rows[2][5] == "FG-100" and rows[2][8] == D(3) and rows[2][10] == D("240.37")
    assert rows[2][11] == dt.date(2026, 11, 28) and rows[0][12] == POStatus.PARTIAL and rows[0][13] == D(40)
    assert [(r[0], r[1]) for r in late] == [("PO-2026-00001", 1)]
    assert [(r[0], r[1]) for r in theirs] == [("PO-2026-00004", 1)]
    out = tmp_path / "po.xlsx"
    assert exports.export_file(db, supply, "purchase-orders", out, filters={"today": TODAY, "late_only": True}) == 1
