"""The printed KPI sheets (reports/kpi_sheet.py drawn by ui/reports/kpi_sheet.py): a PDF
written offscreen in Chinese and English, one A4 page per department and one for the
manager, the CJK font embedded (pdffonts), the figures in the text (pdftotext); and
`sopdesk report kpi --pdf`."""

from __future__ import annotations

import datetime as dt
import subprocess

from sopdesk.cli.main import main
from sopdesk.models import Role
from sopdesk.reports.kpi import kpi_history
from sopdesk.reports.kpi_sheet import build
from sopdesk.ui.reports.kpi_sheet import write_pdf
from tests.cli_signin import sign_in_cli
from tests.test_kpi_report import NOV, OCT, TODAY, factory  # noqa: F401 - the fixture

CJK = ("NotoSansCJK", "SourceHanSans", "WenQuanYi", "MicrosoftYaHei", "PingFang", "SimSun")


def _sheets(db, w, lang):
    with db.read() as s:
        history = kpi_history(s, w[Role.MANAGER], OCT, 5, today=TODAY)
    return build(history, lang=lang, factory_name="宁波精工机械厂", today=TODAY,
                 printed_at=dt.datetime(2026, 12, 5, 9, 0))


def _fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_sheet_pages_hold_each_departments_own_and_shared_kpis(db, factory):  # noqa: F811
    sheets = _sheets(db, factory, "en")
    assert [p.page for p in sheets.pages] == ["sales", "production", "supply", "manager"]
    sales = sheets.pages[0]
    assert [k.kpi_id for k in sales.sections[0].kpis] == ["revenue"]
    assert [k.kpi_id for k in sales.sections[1].kpis] == ["on_time_delivery", "on_time_delivery_requested",
                                                          "order_lead_time_days", "inventory_value",
                                                          "forecast_accuracy"]
    otd = sales.sections[1].kpis[0]
    assert (otd.value, otd.target, otd.status) == ("66.67 %", "95 %", "off target")
    assert [p.label for p in otd.trend] == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    assert [p.text for p in otd.trend][-1] == "66.67 %"
    assert len(sheets.pages[3].kpis) == 11
    revenue = sheets.pages[3].kpis[0]
    assert (revenue.value, revenue.target, revenue.trend[-2].text, revenue.trend[-3].text) == (
        "CNY 3,976.50", "no target", "0", "—")  # nothing shipped in September; August before any stock


def test_pdf_in_chinese_embeds_a_cjk_font(db, factory, qapp, tmp_path):  # noqa: F811
    path = write_pdf(_sheets(db, factory, "zh"), tmp_path / "kpi_zh.pdf")
    fonts = _fonts(path)
    cjk = [line for line in fonts.splitlines() if any(name in line.replace(" ", "") for name in CJK)]
    assert cjk and all(" yes " in line for line in cjk), fonts
    assert _pages(path) == 4
    text = _text(path)
    assert "销售部 KPI 看板" in text and "订单交付及时率" in text and "66.67 %" in text
    assert "3,976.50 元" in text and "原材料及时到货率" in text


def test_pdf_in_english(db, factory, qapp, tmp_path):  # noqa: F811
    path = write_pdf(_sheets(db, factory, "en"), tmp_path / "kpi_en.pdf")
    text = _text(path)
    assert "Sales KPI sheet" in text and "Management KPI sheet" in text
    assert "On-time material arrival" in text and "50.00 %" in text and "129.1 days" in text


def test_cli_writes_the_pdf(db, factory, monkeypatch, capsys, qapp, tmp_path):  # noqa: F811
    sign_in_cli(monkeypatch, "manager", "secret1")
    url = db.url.render_as_string(hide_password=False)
    out = tmp_path / "kpi.pdf"
    assert main(["--db", url, "report", "kpi", "--month", "2026-11", "--pdf", str(out), "--lang", "zh"]) == 0
    assert "wrote" in capsys.readouterr().err
    assert _pages(out) == 4 and "2026-11" in _text(out)


def test_print_kpi_sheet_from_the_file_menu(db, factory, make_ctx, qtbot, tmp_path, shown_errors):  # noqa: F811
    from sopdesk.ui.mainwindow import MainWindow
    from sopdesk.ui.reports.kpi_dialog import KpiSheetDialog

    window = MainWindow(make_ctx(factory[Role.SALES]))
    qtbot.addWidget(window)
    assert window.kpi_sheet_action is not None
    shop = MainWindow(make_ctx(factory[Role.SHOPFLOOR]))
    qtbot.addWidget(shop)
    assert shop.kpi_sheet_action is None  # no kpi.view

    dialog = KpiSheetDialog(make_ctx(factory[Role.SALES]), window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.today_of = lambda _s: TODAY
    assert list(dialog.pages) [0] == "sales" and dialog.chosen_pages() == ("sales",)  # their own page first
    dialog.month.setCurrentIndex(dialog.month.findData("2026-10"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.pages["manager"].setChecked(True)
    dialog.ask_save_path = lambda suggested: str(tmp_path / "kpi")
    dialog.pdf_button.click()
    assert not shown_errors
    assert dialog.done_path == tmp_path / "kpi.pdf" and _pages(dialog.done_path) == 2
    text = _text(dialog.done_path)
    assert "66.67 %" in text and "2026-10" in text
    for box in dialog.pages.values():
        box.setChecked(False)
    assert not dialog.pdf_button.isEnabled() and dialog.message.text() == "Choose at least one page."
    dialog.pages["supply"].setChecked(True)
    dialog.ask_printer = lambda: None  # the user cancelled the print dialog
    dialog.print_button.click()
    assert not dialog.printed


def test_a_pdf_drawn_from_the_command_line_leaves_an_application_windows_can_use(tmp_path):
    """The headless PDF writers make a QApplication, not a bare QGuiApplication: a window made
    after them in the same process (the app, the next test) would otherwise abort it."""
    import sys

    code = ("from sopdesk.ui.headless import ensure_app; ensure_app(); "
            "from PySide6.QtWidgets import QWidget; QWidget(); print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
