"""Capable-to-promise through the real path (imports → `sopdesk plan promise --json`), on
SQLite and PostgreSQL. The factory is the textbook one of test_planning_run (A made from 2 B
and 1 C), with A made on line WC1 (20 a day, Monday to Saturday: 120 a week).

As of Monday 2027-01-04, A's stock (10) is promised to SO-A in week 2, so a new quantity
needs a new A: made in 1 week from B bought in 2 weeks, so week 3 (2027-01-18 + 7) is the
earliest: B is the binding material. 100 more A in week 3 load WC1 with 100 of its 120; a
maintenance window at 50 % in weeks 3 and 4 leaves 60 a week (week 4 already carries SO-B's
30), so the promise moves to week 5 and the capacity binds.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sopdesk.cli.main import main
from tests.excel.helpers import write_xlsx
from tests.test_planning_run import _import, _stage

D = dt.date

pytestmark = pytest.mark.usefixtures("cli_admin")  # the command line signs in


def _promise(url, capsys, item, qty) -> dict:
    assert main(["--db", url, "plan", "promise", item, str(qty), "--start", "2027-01-04", "--weeks", "8",
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _line(url, tmp_path, capsys) -> None:
    _import(url, "work-centers", write_xlsx(tmp_path / "wc.xlsx", {"Sheet1": [
        ["产线编码", "产线名称", "日产能"], ["WC1", "总装线", 20]]}), capsys)
    _import(url, "items", write_xlsx(tmp_path / "items2.xlsx", {"Sheet1": [
        ["物料编码", "物料名称", "类别", "产线"], ["A", "成品A", "成品", "WC1"]]}), capsys)


def test_stock_first_then_the_material_lead_time_binds(db, tmp_path, capsys):
    url = _stage(db, tmp_path, capsys)
    # 20 of B and 5 of C are on hand, but B's go to SO-A's A: only the stock of A itself counts
    answer = _promise(url, capsys, "A", 5)
    assert (answer["item"], answer["qty"], answer["earliest"], answer["binding"]) == ("A", "5", "2027-01-25", "material")
    assert "B cannot arrive before week 2027-W03" in answer["why"]


def test_what_stock_covers_is_promised_now(db, tmp_path, capsys):
    url = _stage(db, tmp_path, capsys)
    answer = _promise(url, capsys, "C", 3)  # C: 5 on hand is its safety stock, 40 + 30 planned
    assert answer["binding"] in ("material", "stock")
    assert main(["--db", url, "plan", "promise", "NOPE", "1"]) == 1
    assert "no item NOPE" in capsys.readouterr().err


def test_a_maintenance_window_moves_the_promise_later_and_capacity_binds(db, tmp_path, capsys):
    url = _stage(db, tmp_path, capsys)
    _line(url, tmp_path, capsys)
    before = _promise(url, capsys, "A", 100)
    assert (before["earliest"], before["binding"]) == ("2027-01-25", "material")
    _import(url, "maintenance", write_xlsx(tmp_path / "mw.xlsx", {"Sheet1": [
        ["产线", "开始日期", "结束日期", "剩余产能", "原因"], ["WC1", D(2027, 1, 25), D(2027, 2, 7), "50%", "年度保养"]]}),
        capsys)
    after = _promise(url, capsys, "A", 100)
    assert (after["earliest"], after["binding"]) == ("2027-02-08", "capacity")
    assert after["why"] == ("WC1, week 2027-W05: load 30 + 100 would exceed capacity 60 "
                            "(maintenance 01-25..02-07 at 50 %)")
    # the why explains the week before the answer; week 4's 60 left by the maintenance shows in a
    # smaller promise that fits it
    assert _promise(url, capsys, "A", 60)["earliest"] == "2027-01-25"
