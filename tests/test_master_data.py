"""Master data services: every kind saved, validated, protected against stale saves, and
deactivated (not deleted) when documents refer to it — on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from sopdesk.models import Item, ItemKind, Location, LocationKind, MoveType, Role
from sopdesk.services import ledger, master_data
from sopdesk.services.errors import ConflictError, DuplicateError, PermissionDenied, ValidationError
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics

D = Decimal


@pytest.fixture
def basics(db):
    return make_basics(db)


def test_create_edit_and_stale_save_of_an_item(db, basics):
    supply, manager = basics[Role.SUPPLY], basics[Role.MANAGER]
    with db.write(supply) as s:
        item = master_data.save_record(s, supply, "items", {
            "code": " RM-009 ", "name": "轴承 6204", "kind": "raw", "unit": "个", "standard_cost": "3.25",
            "purchase_lead_days": "7", "default_supplier_id": basics.supplier.id, "backflush": True})
    assert item.values["code"] == "RM-009" and item.values["standard_cost"] == D("3.25")
    assert item.values["kind"] == ItemKind.RAW and item.values["safety_stock"] == 0 and item.version == 1
    with db.write(manager) as s:
        newer = master_data.save_record(s, manager, "items", {"safety_stock": "200"},
                                        record_id=item.id, expected_version=1)
    assert newer.version == 2 and newer.values["name"] == "轴承 6204"  # fields not given are kept
    with pytest.raises(ConflictError) as err, db.write(supply) as s:
        master_data.save_record(s, supply, "items", {"standard_cost": "9"}, record_id=item.id, expected_version=1)
    assert err.value.info.changed_by == "manager user"
    assert [c.field for c in err.value.info.changes] == ["safety_stock"]


@pytest.mark.parametrize("kind, values, field", [
    ("items", {"code": "X", "name": "x", "kind": "gold"}, "kind"),
    ("items", {"code": "", "name": "x", "kind": "raw"}, "code"),
    ("items", {"code": "X", "name": "x", "kind": "raw", "standard_cost": "-1"}, "standard_cost"),
    ("items", {"code": "X", "name": "x", "kind": "raw", "standard_cost": "1.000001"}, "standard_cost"),
    ("items", {"code": "X", "name": "x", "kind": "raw", "purchase_lead_days": "三"}, "purchase_lead_days"),
    ("suppliers", {"code": "S9", "name": "x", "lead_days": -2}, "lead_days"),
    ("locations", {"code": "L", "name": "x", "kind": "roof"}, "kind"),
    ("work-centers", {"code": "W", "name": "x", "capacity_per_day": "-5"}, "capacity_per_day"),
    ("customers", {"code": "C9", "name": "x" * 201}, "name"),
])
def test_bad_values_are_refused_with_their_field(db, basics, kind, values, field):
    with pytest.raises(ValidationError) as err, db.write(basics[Role.MANAGER]) as s:
        master_data.save_record(s, basics[Role.MANAGER], kind, values)
    assert err.value.field == field


def test_codes_are_unique(db, basics):
    manager = basics[Role.MANAGER]
    with pytest.raises(DuplicateError) as err, db.write(manager) as s:
        master_data.save_record(s, manager, "customers", {"code": "C001", "name": "重复"})
    assert err.value.field == "code"


def test_maintenance_window_and_calendar_rules(db, basics):
    prod = basics[Role.PRODUCTION]
    with db.write(prod) as s:
        wc = master_data.save_record(s, prod, "work-centers", {"code": "L1", "name": "一号线",
                                                               "capacity_per_day": "120"})
        mw = master_data.save_record(s, prod, "maintenance", {
            "work_center_id": wc.id, "start_date": dt.date(2026, 12, 20), "end_date": dt.date(2026, 12, 22),
            "capacity_factor": "0.5", "reason": "设备检修"})
        master_data.save_record(s, prod, "calendar", {"day": dt.date(2027, 1, 1), "is_workday": False,
                                                      "note": "元旦"})
    assert mw.values["capacity_factor"] == D("0.5")
    for values, field in [({"start_date": dt.date(2026, 12, 23)}, "end_date"), ({"capacity_factor": "1.5"},
                                                                                "capacity_factor")]:
        with pytest.raises(ValidationError) as err, db.write(prod) as s:
            master_data.save_record(s, prod, "maintenance", values, record_id=mw.id, expected_version=1)
        assert err.value.field == field
    with pytest.raises(DuplicateError), db.write(prod) as s:
        master_data.save_record(s, prod, "calendar", {"day": dt.date(2027, 1, 1), "is_workday": True})


def test_bom_refuses_a_loop_and_shows_where_used(db, basics):
    supply = basics[Role.SUPPLY]
    with db.write(supply) as s:
        semi = master_data.save_record(s, supply, "items", {"code": "SF-1", "name": "壳体", "kind": "semi"})
        master_data.save_record(s, supply, "bom", {"parent_id": basics.product.id, "component_id": semi.id,
                                                   "qty_per": "2"})
        master_data.save_record(s, supply, "bom", {"parent_id": semi.id, "component_id": basics.material.id,
                                                   "qty_per": "1.5", "scrap_rate": "0.1"})
    with pytest.raises(ValidationError) as err, db.write(supply) as s:  # material → product → semi → material
        master_data.save_record(s, supply, "bom", {"parent_id": basics.material.id,
                                                   "component_id": basics.product.id, "qty_per": "1"})
    assert err.value.field == "component_id"
    with db.read() as s:
        used = master_data.where_used(s, supply, basics.material.id)
        assert [u.values["parent_id"] for u in used] == [semi.id]
        assert len(master_data.list_records(s, supply, "bom", parent_id=basics.product.id)) == 1


def test_a_referenced_record_is_deactivated_not_deleted(db, basics):
    supply = basics[Role.SUPPLY]
    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [ledger.MoveRequest(basics.material.id, basics.raw_store.id, D(5),
                                                          MoveType.OPENING)])
        spare = Location(code="TMP", name="临时区", kind=LocationKind.RAW)
        s.add(spare)
        s.flush()
        spare_id = spare.id
    with db.write(supply) as s:
        assert master_data.remove_record(s, supply, "locations", basics.raw_store.id, 1) == "deactivated"
        assert master_data.remove_record(s, supply, "locations", spare_id, 1) == "deleted"
        assert "stock_move" in master_data.referenced(s, "items", basics.material.id)
    with db.read() as s:
        assert s.get(Location, basics.raw_store.id).active is False and s.get(Location, spare_id) is None
        codes = [r.values["code"] for r in master_data.list_records(s, supply, "locations")]
        assert codes == ["FG"]  # inactive ones only on request
        assert len(master_data.list_records(s, supply, "locations", include_inactive=True)) == 2
    with db.write(supply) as s:
        master_data.reactivate(s, supply, "locations", basics.raw_store.id, 2)


@pytest.mark.parametrize("role", [Role.SALES, Role.SHOPFLOOR, Role.PRODUCTION])
def test_who_may_change_items(db, basics, role):
    with pytest.raises(PermissionDenied), db.write(basics[role]) as s:
        master_data.save_record(s, basics[role], "items", {"code": "N1", "name": "x", "kind": "raw"})
    with db.read() as s:  # everyone may look it up
        assert master_data.list_records(s, basics[role], "items", text="HT250")[0].values["code"] == "RM-001"
        assert s.scalar(select(Item.id).where(Item.code == "N1")) is None


def test_a_fresh_factory_gets_one_warehouse(db):
    with db.write(SYSTEM) as s:
        assert master_data.ensure_default_location(s) is True
        assert master_data.ensure_default_location(s) is False  # once
    with db.read() as s:
        assert [(x.code, x.kind) for x in s.scalars(select(Location))] == [("WH", LocationKind.RAW)]
