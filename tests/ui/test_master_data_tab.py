"""The Master data tab (基础资料): records added and corrected on screen, errors next to the
field, the BOM tree and where-used of an item."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from sopdesk.models import BomLine, Item, Location, LocationKind, Role
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui.masterdata.tab import MasterDataTab


def _tab(make_ctx, qtbot, actor) -> MasterDataTab:
    tab = MasterDataTab(make_ctx(actor))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.activate()
    return tab


def _choose(tab: MasterDataTab, key: str) -> None:
    row = next(i for i in range(tab.kinds.count()) if tab.kinds.item(i).data(0x0100) == key)
    tab.kinds.setCurrentRow(row)


def test_add_a_location_with_an_error_shown_next_to_its_field(db, basics, make_ctx, qtbot, shown_errors):
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    _choose(tab, "locations")
    assert tab.table.rowCount() == 2  # FG, RAW
    tab.new_record()
    form = tab.form
    form.widgets["code"].setText("RAW")  # taken
    form.widgets["name"].setText("原料仓A")
    form.widgets["kind"].setCurrentIndex(form.widgets["kind"].findData(LocationKind.RAW))
    tab.save()
    assert form.errors["code"].isVisibleTo(tab) and form.errors["code"].text() == "RAW exists already."
    assert not shown_errors
    form.widgets["code"].setText("RAW-A")
    tab.save()
    assert not shown_errors and tab.message.text() == "Saved."
    assert tab.table.rowCount() == 3
    with db.read() as s:
        made = s.scalar(select(Location).where(Location.code == "RAW-A"))
        assert (made.name, made.kind) == ("原料仓A", LocationKind.RAW)


def test_edit_an_item_and_see_its_bom_tree_and_where_used(db, basics, make_ctx, qtbot, shown_errors):
    with db.write(SYSTEM) as s:
        s.add(BomLine(parent_id=basics.product.id, component_id=basics.material.id, qty_per=Decimal("2.5")))
    tab = _tab(make_ctx, qtbot, basics[Role.SUPPLY])
    codes = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    tab.table.selectRow(codes.index("FG-100"))
    assert tab.bom_tree.topLevelItemCount() == 1
    assert tab.bom_tree.topLevelItem(0).text(0) == "RM-001 铸铁 HT250" and tab.bom_tree.topLevelItem(0).text(1) == "2.5"
    tab.table.selectRow(codes.index("RM-001"))
    assert [tab.where_used.item(i).text() for i in range(tab.where_used.count())] == ["FG-100 泵体总成 × 2.5"]
    tab.form.widgets["safety_stock"].setText("abc")
    tab.save()
    assert tab.form.errors["safety_stock"].isVisibleTo(tab) and not shown_errors
    tab.form.widgets["safety_stock"].setText("650")
    tab.save()
    assert not shown_errors
    with db.read() as s:
        assert s.get(Item, basics.material.id).safety_stock == Decimal("650")


def test_roles_without_the_right_see_it_read_only(db, basics, make_ctx, qtbot):
    tab = _tab(make_ctx, qtbot, basics[Role.PRODUCTION])  # items belong to master data (supply)
    assert not tab.save_button.isEnabled() and not tab.form.isEnabled()
    _choose(tab, "work-centers")  # production keeps its work centers
    assert tab.save_button.isEnabled() and tab.form.isEnabled()


def test_file_export_writes_the_kind_showing_in_its_import_layout(db, basics, make_ctx, qtbot, tmp_path):
    from openpyxl import load_workbook

    from sopdesk.ui.importer import export_list, export_request

    tab = _tab(make_ctx, qtbot, basics[Role.MANAGER])
    _choose(tab, "locations")
    request = export_request(tab.ctx, "master", tab)
    assert request is not None and request.kind == "locations"
    path = tmp_path / "locations.xlsx"
    export_list(tab.ctx, tab, request, str(path))
    sheet = load_workbook(path, read_only=True).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    with db.read() as s:
        codes = set(s.scalars(select(Location.code)))
    exported = {r[0] for r in rows[1:] if r and r[0]}
    assert codes and exported == codes
    _choose(tab, "items")
    assert export_request(tab.ctx, "master", tab).kind == "items"


def test_editing_a_bom_line_shows_and_keeps_its_own_parent_and_component(db, basics, make_ctx, qtbot, shown_errors):
    """A record's references are shown as they are stored (not the first choice of the
    list), so saving another field leaves them as they were."""
    with db.write(SYSTEM) as s:
        gear_line = BomLine(parent_id=basics.product.id, component_id=basics.gear.id, qty_per=Decimal("1"))
        s.add(BomLine(parent_id=basics.product.id, component_id=basics.material.id, qty_per=Decimal("2.5")))
        s.add(gear_line)
    tab = _tab(make_ctx, qtbot, basics[Role.MANAGER])
    _choose(tab, "bom")
    row = next(r for r, rec in enumerate(tab.records) if rec.id == gear_line.id)
    tab.table.selectRow(row)
    form = tab.form
    assert form.widgets["parent_id"].currentText().startswith("FG-100")
    assert form.widgets["component_id"].currentText().startswith(basics.gear.code)
    form.widgets["qty_per"].setText("3")
    tab.save()
    assert not shown_errors
    with db.read() as s:
        saved = s.get(BomLine, gear_line.id)
        assert (saved.parent_id, saved.component_id, saved.qty_per) == (basics.product.id, basics.gear.id, Decimal("3"))
