"""The demand review minutes (会议纪要): what they say in Chinese and English
(reports/minutes.py), and `sopdesk demand minutes --month --pdf [--lang]` writing a
one-page A4 PDF with a CJK font embedded (pdffonts) and the figures in its text."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sopdesk.cli.main import main
from sopdesk.models import CycleStatus, Department, Role
from sopdesk.reports import minutes
from sopdesk.services import demand_review, demand_review_meeting, demand_review_sales
from sopdesk.services.demand_review_sales import ForecastCellInput
from tests.demand_review_seed import OPENED, PERIOD, open_seed_cycle, seed_factory
from tests.factories import make_basics


@pytest.fixture
def basics(db):
    return make_basics(db)


def _meeting(db, basics):
    seed_factory(db, basics)
    view = open_seed_cycle(db, basics)
    sales = basics[Role.SALES]
    with db.write(sales) as s:
        demand_review_sales.save_forecast(s, sales, view.id, [ForecastCellInput(basics.product.id, PERIOD, 1000)])
    for role, dept in ((Role.SALES, Department.SALES), (Role.PRODUCTION, Department.PRODUCTION),
                       (Role.SUPPLY, Department.SUPPLY)):
        actor = basics[role]
        with db.write(actor) as s:
            v = demand_review.get_cycle(s, actor, view.id, OPENED)
            task = next(t for t in v.submissions if t.department == dept)
            demand_review.submit(s, actor, view.id, dept, task.version, now=OPENED)
    manager = basics[Role.MANAGER]
    with db.write(manager) as s:
        v = demand_review.get_cycle(s, manager, view.id, OPENED)
        v = demand_review_meeting.change_status(s, manager, view.id, v.version, CycleStatus.MEETING, OPENED)
    for role in (Role.SALES, Role.PRODUCTION, Role.SUPPLY, Role.MANAGER):
        actor = basics[role]
        with db.write(actor) as s:
            v = demand_review.get_cycle(s, actor, view.id, OPENED)
            demand_review_meeting.sign_off(s, actor, view.id, v.version, OPENED)
    return view


def _text(pdf) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_the_minutes_say_the_inputs_the_binding_constraint_and_the_sign_offs(db, basics):
    view = _meeting(db, basics)
    with db.read() as s:
        data = minutes.gather(s, basics[Role.MANAGER], view.id, OPENED)
    zh, en = minutes.build(data, lang="zh"), minutes.build(data, lang="en")
    assert zh.title == "需求评审会 会议纪要 2027-02" and en.title == "Demand review — minutes 2027-02"
    assert zh.attendees == [("销售", "sales user"), ("生产", "production user"), ("供应链", "supply user"),
                            ("总经理", "manager user")]
    assert "L1 最多可生产 900（24 个工作日，检修后 900/1200 套）" in zh.html
    assert "L1 can make at most 900 (24 working days, 900 of 1200 套 after maintenance)" in en.html
    assert "<td>950</td>" in zh.html and "<td>1000</td>" in zh.html and "RM-001" in en.html
    assert en.file_name == "DemandReviewMinutes-2027-02.pdf"
    with pytest.raises(ValueError):
        minutes.build(data, lang="fr")


@pytest.mark.usefixtures("cli_admin")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cli_writes_a_one_page_pdf_with_a_cjk_font(db, basics, tmp_path, capsys, lang):
    _meeting(db, basics)
    url = db.url.render_as_string(hide_password=False)
    pdf = tmp_path / f"minutes_{lang}.pdf"
    assert main(["--db", url, "demand", "minutes", "--month", "2027-02", "--pdf", str(pdf), "--lang", lang]) == 0
    assert "wrote the 2027-02 demand review minutes" in capsys.readouterr().out
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"CJK|WenQuanYi|YaHei|PingFang|SimSun|Han", fonts), fonts  # the 套 and the names in Chinese
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "595 x 842" in info  # one A4 page
    text = _text(pdf)
    assert ("会议纪要2027-02" if lang == "zh" else "Demandreview—minutes2027-02") in text
    assert "FG-100" in text and "900" in text and "950" in text and "1000" in text


@pytest.mark.usefixtures("cli_admin")
def test_cli_says_when_the_month_has_no_review(db, basics, tmp_path, capsys):
    url = db.url.render_as_string(hide_password=False)
    pdf = tmp_path / "none.pdf"
    assert main(["--db", url, "demand", "minutes", "--month", "2031-01", "--pdf", str(pdf)]) == 1
    assert "no demand review for 2031-01" in capsys.readouterr().err and not pdf.exists()
