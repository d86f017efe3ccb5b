"""Import kind `forecast` (预测): sales' figures of the open demand review, long (product, month,
qty, salesperson, comment) or wide (a column per month: 2027-01, 2027年1月, 1月, Jan-27,
2027/01, 2027.1), saved through demand_review_sales.save_forecast; errors named by row and
column with nothing written; the sales grid shows the figures; a second import overwrites;
undo puts the cells back; template and export; the command line. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from sopdesk import excel
from sopdesk.cli.main import main
from sopdesk.models import (
    CycleStatus,
    DemandReviewCycle,
    ForecastLine,
    ForecastSource,
    Item,
    ItemKind,
    Role,
)
from sopdesk.services import demand_review_sales, exports, imports
from sopdesk.services.errors import ConflictError, PermissionDenied
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.transfer_rights import importable_kinds
from tests.demand_review_seed import open_seed_cycle, seed_factory
from tests.excel.helpers import write_xlsx
from tests.factories import make_basics

D = Decimal
FEB, MAR, APR = dt.date(2027, 2, 1), dt.date(2027, 3, 1), dt.date(2027, 4, 1)
LONG = ["产品编码", "月份", "预测数量", "业务员", "备注"]


@pytest.fixture
def w(db):
    b = make_basics(db)
    seed_factory(db, b)
    with db.write(SYSTEM) as s:
        s.add(Item(code="FG-200", name="泵体 B", kind=ItemKind.FINISHED, unit="套", is_core=True))
        s.add(Item(code="FG-900", name="非核心", kind=ItemKind.FINISHED, unit="套"))
    b.cycle = open_seed_cycle(db, b)  # 2027-02 .. 2027-04, core products
    return b


def run(db, actor, tmp_path, rows, name="预测.xlsx", **kw):
    path = write_xlsx(tmp_path / name, {"预测": rows})
    result, _parsed = imports.run_import(db, actor, "forecast", path, **kw)
    return result


def figures(db, w):
    """{(code, month): (qty, comment, salesperson)} of the sales grid."""
    with db.read() as s:
        grid = demand_review_sales.sales_grid(s, w[Role.SALES], w.cycle.id)
    return {(r.code, c.month): (c.forecast, c.comment, c.salesperson_name) for r in grid.rows for c in r.cells
            if c.forecast is not None}


def errors_of(result):
    return [(e.row, e.column, e.message) for e in result.errors]


def revision(db, w):
    with db.read() as s:
        return s.get(DemandReviewCycle, w.cycle.id).revision


def test_long_layout_saved_through_the_sales_grid(db, w, tmp_path):
    sales = w[Role.SALES]
    before = revision(db, w)
    result = run(db, sales, tmp_path, [LONG, ["FG-100", "2027-02", 1000, "sales", "含重点客户意向"],
                                       ["FG-100", "2027-03", "950.5", None, None],
                                       ["FG-200", "2027年4月", 0, "sales user", ""]])
    assert result.errors == [] and result.committed
    assert (result.inserted, result.updated, result.unchanged) == (3, 0, 0)
    assert figures(db, w) == {
        ("FG-100", FEB): (D(1000), "含重点客户意向", "sales user"), ("FG-100", MAR): (D("950.5"), None, "sales user"),
        ("FG-200", APR): (D(0), None, "sales user")}
    assert revision(db, w) == before + 1  # sign-offs asked again, as on screen
    again = run(db, sales, tmp_path, [LONG, ["FG-100", "2027-02", 1000, "sales", None]])
    assert (again.inserted, again.updated, again.unchanged, again.batch_id) == (0, 0, 1, None)  # comment kept


@pytest.mark.parametrize("headers", [
    ["2027-02", "2027-03", "2027-04"],
    ["2027年2月", "2027年3月", "2027年4月"],
    ["2月", "3月", "4月"],
    ["Feb-27", "Mar-27", "Apr-27"],
    ["2027/02", "2027/03", "2027/04"],
    ["2027.2", "2027.3", "2027.4"],
    [FEB, MAR, APR],  # date cells formatted as months
])
def test_wide_layout_each_header_form(db, w, tmp_path, headers):
    rows = [["销售预测 2027年2月评审"], ["产品编码", "产品名称", *headers, "备注"],
            ["FG-100", "泵体总成", 1000, None, 1200, "旺季"], ["FG-200", "泵体 B", "", 80, 90, None],
            ["合计", None, 1000, 80, 1290, None]]
    result = run(db, w[Role.SALES], tmp_path, rows)
    assert result.errors == [] and result.committed
    assert (result.rows_read, result.inserted, result.skipped) == (3, 4, 1)
    assert figures(db, w) == {("FG-100", FEB): (D(1000), "旺季", "sales user"),
                              ("FG-100", APR): (D(1200), "旺季", "sales user"),
                              ("FG-200", MAR): (D(80), None, "sales user"), ("FG-200", APR): (D(90), None, "sales user")}


def test_bare_month_is_the_next_on_or_after_the_reviews_first_month(db, w, tmp_path):
    # the review covers 2027-02 .. 2027-04: 2月 is 2027-02, 1月 would be 2028-01 (no review covers it)
    result = run(db, w[Role.SALES], tmp_path, [["产品编码", "2月", "1月"], ["FG-100", 5, 7]])
    assert errors_of(result) == [(2, "1月", "no open demand review covers 2028-01")]
    result = run(db, w[Role.SALES], tmp_path, [["产品编码", "2月", "4月"], ["FG-100", 5, 7]])
    assert result.committed and figures(db, w) == {("FG-100", FEB): (D(5), None, "sales user"),
                                                   ("FG-100", APR): (D(7), None, "sales user")}


def test_errors_named_by_row_and_column_and_nothing_written(db, w, tmp_path):
    before = revision(db, w)
    result = run(db, w[Role.SALES], tmp_path, [
        LONG, ["FG-100", "2027-02", 1000, None, None],       # fine, but the file has errors
        ["NOPE", "2027-02", 10, None, None],                 # unknown product
        ["FG-100", "2027-09", 10, None, None],               # no open review covers it
        ["FG-200", "2027-03", -5, None, None],               # negative
        ["FG-900", "2027-03", 5, None, None],                # not a core product
        ["FG-100", "2027-02", 900, None, None],              # twice
        ["FG-200", "2027-04", 5, "nobody", None],            # unknown salesperson
        ["FG-200", "2027-02", 5, "production", None],        # does not submit sales' forecast
    ])
    assert not result.committed
    assert errors_of(result) == [
        (3, "产品编码", "unknown product code NOPE"),
        (4, "月份", "no open demand review covers 2027-09"),
        (5, "预测数量", "cannot be negative"),
        (6, "产品编码", "FG-900 is not in the 2027-02 review's scope (core products only)"),
        (7, "月份", "FG-100 2027-02 is on row 2 of the file already"),
        (8, "业务员", "unknown user nobody"),
        (9, "业务员", "production does not submit sales' forecast"),
    ]
    assert figures(db, w) == {} and revision(db, w) == before


def test_wide_error_names_the_month_column(db, w, tmp_path):
    result = run(db, w[Role.SALES], tmp_path, [["产品编码", "2027-02", "2027-03"], ["FG-100", 10, "-1"],
                                               ["NOPE", 3, None]])
    assert [(e.row, e.column, e.col_index, e.message) for e in result.errors] == [
        (2, "2027-03", 2, "cannot be negative"), (3, "产品编码", 0, "unknown product code NOPE")]
    assert figures(db, w) == {}


def test_agreed_review_refuses_with_the_services_reason(db, w, tmp_path):
    with db.write(SYSTEM) as s:
        s.get(DemandReviewCycle, w.cycle.id).status = CycleStatus.AGREED
    result = run(db, w[Role.SALES], tmp_path, [LONG, ["FG-100", "2027-02", 10, None, None]])
    assert errors_of(result) == [(2, "月份", "the 2027-02 review is agreed: its inputs can no longer change")]


def test_second_import_overwrites_and_undo_puts_back(db, w, tmp_path):
    sales = w[Role.SALES]
    first = run(db, sales, tmp_path, [LONG, ["FG-100", "2027-02", 1000, None, "初报"],
                                      ["FG-100", "2027-03", 800, None, None]])
    assert first.committed
    second = run(db, w[Role.MANAGER], tmp_path, [["产品编码", "2027-02", "2027-04"], ["FG-100", 900, 50]])
    assert (second.inserted, second.updated) == (1, 1)
    assert figures(db, w) == {("FG-100", FEB): (D(900), "初报", "manager user"),
                              ("FG-100", MAR): (D(800), None, "sales user"),
                              ("FG-100", APR): (D(50), None, "manager user")}
    with db.write(w[Role.MANAGER]) as s:
        counts = imports.undo_batch(s, w[Role.MANAGER], second.batch_id)
    assert counts["forecast_restored"] == 2
    assert figures(db, w) == {("FG-100", FEB): (D(1000), "初报", "sales user"),
                              ("FG-100", MAR): (D(800), None, "sales user")}
    # a cell changed on screen after the import: its undo is refused, nothing changes
    third = run(db, sales, tmp_path, [LONG, ["FG-100", "2027-02", 700, None, None]])
    with db.read() as s:
        grid = demand_review_sales.sales_grid(s, sales, w.cycle.id)
    version = next(c.version for r in grid.rows for c in r.cells if r.code == "FG-100" and c.month == FEB)
    with db.write(sales) as s:
        demand_review_sales.save_forecast(s, sales, w.cycle.id, [demand_review_sales.ForecastCellInput(
            w.product.id, FEB, D(650), None, version)])
    with pytest.raises(ConflictError), db.write(sales) as s:
        imports.undo_batch(s, sales, third.batch_id)
    assert figures(db, w)[("FG-100", FEB)][0] == D(650)


def test_who_may_import_forecasts(db, w, tmp_path):
    assert "forecast" in importable_kinds(w[Role.SALES]) and "forecast" in importable_kinds(w[Role.MANAGER])
    assert "forecast" not in importable_kinds(w[Role.PRODUCTION])
    assert "forecast" not in importable_kinds(w[Role.SUPPLY])
    with pytest.raises(PermissionDenied):
        run(db, w[Role.PRODUCTION], tmp_path, [LONG, ["FG-100", "2027-02", 10, None, None]])
    assert figures(db, w) == {}


def test_template_and_export_import_back_unchanged(db, w, tmp_path):
    excel.write_template(tmp_path / "t.xlsx", "forecast")
    book = excel.open_workbook(tmp_path / "t.xlsx")
    det = excel.detect(book, "forecast")
    assert det.missing() == [] and not det.months
    book.close()
    run(db, w[Role.SALES], tmp_path, [LONG, ["FG-100", "2027-02", 1000, None, "a"], ["FG-200", "2027-03", 5, None,
                                                                                    None]])
    out = tmp_path / "export.xlsx"
    assert exports.export_file(db, w[Role.PRODUCTION], "forecast", out) == 2
    result, _ = imports.run_import(db, w[Role.SALES], "forecast", out)
    assert result.errors == [] and (result.unchanged, result.inserted, result.updated) == (2, 0, 0)


def test_command_line_import(db, w, tmp_path, capsys, cli_admin):
    url = db.url.render_as_string(hide_password=False)
    path = write_xlsx(tmp_path / "f.xlsx", {"预测": [["产品编码", "Feb-27", "Mar-27"], ["FG-100", 1000, 1100]]})
    assert main(["--db", url, "import", "forecast", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["committed"], out["inserted"]) == (True, 2)
    with db.read() as s:
        lines = {(r.month, r.qty) for r in s.scalars(select(ForecastLine).where(
            ForecastLine.source == ForecastSource.SALES))}
    assert lines == {(FEB, D(1000)), (MAR, D(1100))}
    bad = write_xlsx(tmp_path / "bad.xlsx", {"预测": [LONG, ["FG-100", "2030-01", 5, None, None]]})
    assert main(["--db", url, "import", "forecast", str(bad)]) != 0
    assert "no open demand review covers 2030-01" in capsys.readouterr().out + capsys.readouterr().err
