"""Issue 11's acceptance, as a new factory would start: an empty database → the first
administrator → users, a location, items, a BOM, a work center with a maintenance window,
all on screen → the warehouse's own count sheet (盘点表) imported → its stock shows."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from sopdesk.models import (
    BomLine,
    Item,
    ItemKind,
    Location,
    LocationKind,
    MaintenanceWindow,
    Role,
    WorkCenter,
)
from sopdesk.services import users
from sopdesk.ui.admin.tab import AdminTab
from sopdesk.ui.firststart import create_admin
from sopdesk.ui.inventory.tab import InventoryTab
from sopdesk.ui.masterdata.tab import MasterDataTab
from tests.excel.helpers import write_xlsx
from tests.ui.test_import_wizard import choose, click_next
from tests.ui.test_import_wizard_master import open_wizard


def _choose_kind(tab: MasterDataTab, key: str) -> None:
    row = next(i for i in range(tab.kinds.count()) if tab.kinds.item(i).data(0x0100) == key)
    tab.kinds.setCurrentRow(row)


def _add(tab: MasterDataTab, key: str, values: dict, shown_errors) -> None:
    """New record of `key`: type each value into its field as a user would, save."""
    _choose_kind(tab, key)
    tab.new_record()
    form = tab.form
    for name, value in values.items():
        widget = form.widgets[name]
        if hasattr(widget, "findData"):
            index = widget.findData(str(value) if isinstance(value, uuid.UUID) else value)
            assert index >= 0, (key, name, value)
            widget.setCurrentIndex(index)
        elif hasattr(widget, "setDate"):
            from sopdesk.ui.widgets import to_qdate

            widget.setDate(to_qdate(value))
        elif hasattr(widget, "setChecked"):
            widget.setChecked(bool(value))
        else:
            widget.setText(str(value))
    tab.save()
    errors = {n: e.text() for n, e in form.errors.items() if e.isVisibleTo(tab)}
    assert not errors and not shown_errors, (key, errors, shown_errors)
    assert tab.message.text() == "Saved."


def _id(db, model, code):
    with db.read() as s:
        return s.scalar(select(model.id).where(model.code == code))


def test_a_new_factory_sets_itself_up_on_screen_and_imports_its_count_sheet(
        db, make_ctx, qtbot, tmp_path, shown_errors):
    create_admin(db, "boss", "厂长", "first-pass-1", "first-pass-1")
    with db.read() as s:
        admin = users.authenticate(s, "boss", "first-pass-1")
        assert s.scalar(select(func.count()).select_from(Location)) == 1  # WH, from the first start

    # users, on the Administration tab
    admin_tab = AdminTab(make_ctx(admin))
    qtbot.addWidget(admin_tab)
    admin_tab.activate()
    for username, name, role in (("li.supply", "李供应", Role.SUPPLY), ("zhang.plan", "张计划", Role.PRODUCTION)):
        dialog = admin_tab.users.add_user()
        dialog.username.setText(username)
        dialog.display_name.setText(name)
        dialog.role.setCurrentIndex(dialog.role.findData(role.value))
        dialog.password.setText("start-pass-2")
        dialog.password_again.setText("start-pass-2")
        dialog.submit()
        assert not dialog.isVisible(), shown_errors
    with db.read() as s:
        supply = users.authenticate(s, "li.supply", "start-pass-2")
        planner = users.authenticate(s, "zhang.plan", "start-pass-2")
    assert (supply.role, planner.role) == (Role.SUPPLY, Role.PRODUCTION)

    # supply keeps locations, items and BOMs; production its work centers and maintenance
    master = MasterDataTab(make_ctx(supply))
    qtbot.addWidget(master)
    master.resize(1280, 760)
    master.show()
    master.activate()
    _add(master, "locations", {"code": "RAW", "name": "原料仓", "kind": LocationKind.RAW}, shown_errors)
    _add(master, "items", {"code": "RM-001", "name": "铸铁 HT250", "unit": "kg", "kind": ItemKind.RAW,
                           "safety_stock": "100"}, shown_errors)
    _add(master, "items", {"code": "FG-100", "name": "泵体总成", "unit": "件", "kind": ItemKind.FINISHED},
         shown_errors)
    _add(master, "bom", {"parent_id": _id(db, Item, "FG-100"), "component_id": _id(db, Item, "RM-001"),
                         "qty_per": "2.5"}, shown_errors)

    plan = MasterDataTab(make_ctx(planner))
    qtbot.addWidget(plan)
    plan.resize(1280, 760)
    plan.show()
    plan.activate()
    _add(plan, "work-centers", {"code": "WC-ASM", "name": "装配线", "capacity_per_day": "40"}, shown_errors)
    _add(plan, "maintenance", {"work_center_id": _id(db, WorkCenter, "WC-ASM"), "start_date": dt.date(2027, 1, 11),
                               "end_date": dt.date(2027, 1, 15), "capacity_factor": "0.5",
                               "reason": "年度检修"}, shown_errors)
    with db.read() as s:
        line = s.scalar(select(BomLine))
        assert line.qty_per == Decimal("2.5")
        window = s.scalar(select(MaintenanceWindow))
        assert (window.start_date, window.end_date, window.capacity_factor) == (
            dt.date(2027, 1, 11), dt.date(2027, 1, 15), Decimal("0.5"))

    # the warehouse's count sheet, naming its own location 原料仓A that does not exist yet
    sheet = write_xlsx(tmp_path / "盘点表.xlsx", {"盘点": [["物料编码", "仓库", "实盘数量"],
                                                     ["RM-001", "原料仓A", 1200], ["FG-100", "RAW", 35]]})
    wizard = open_wizard(qtbot, make_ctx(supply))
    choose(wizard, sheet, "stock-count")
    click_next(wizard)
    click_next(wizard)
    assert wizard.currentPage() is wizard.preview_page and not wizard.dry.errors, shown_errors
    click_next(wizard)
    assert wizard.currentPage() is wizard.summary_page, shown_errors
    assert "原料仓A" in wizard.summary_page.text.text()

    # the stock shows on the Inventory tab
    inventory = InventoryTab(make_ctx(supply))
    qtbot.addWidget(inventory)
    inventory.activate()
    rows = {r.code: r for r in (inventory.model.row_at(n) for n in range(inventory.model.rowCount()))}
    assert rows["RM-001"].on_hand == Decimal("1200") and rows["FG-100"].on_hand == Decimal("35")
    assert not shown_errors
