"""Chinese and English UI: complete translations, switching, fonts that render Chinese."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics

from sopdesk.models import OrderStatus, Role
from sopdesk.services.order_queries import DeliveryRisk
from sopdesk.ui import labels
from sopdesk.ui.i18n import Translations, i18n_dirs
from sopdesk.ui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "sopdesk_zh_CN.ts"


def _sources(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "sopdesk" / "ui").rglob("*.py")]
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    shipped = _sources(TS)
    missing = sorted(set(_sources(fresh)) - set(shipped))
    assert not missing, f"run resources/i18n/update.py: {missing[:5]}"
    unfinished = [k for k, m in shipped.items()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or "").strip()]
    assert not unfinished, unfinished[:5]
    assert any((d / "sopdesk_zh_CN.qm").is_file() for d in i18n_dirs())


@pytest.fixture
def chinese(qapp):
    tr = Translations(qapp)
    assert tr.apply("zh_CN") == "zh_CN"
    yield tr
    tr.apply("en")


def test_chinese_labels_and_font(chinese, qapp):
    assert labels.status(OrderStatus.IN_REVIEW) == "评审中"
    assert labels.risk(DeliveryRisk.LATE) == "已延期"
    assert labels.field("lines[2].qty") == "第 2 行：数量"
    font = qapp.font()
    assert font.families()[0] in ("Microsoft YaHei UI", "Microsoft YaHei")
    if "Noto Sans CJK SC" in QFontDatabase.families():
        assert QFontInfo(font).family() == "Noto Sans CJK SC"  # not the Japanese face
    assert QFontMetrics(font).inFontUcs4(ord("评"))


def test_main_window_in_chinese(chinese, db, basics, make_ctx, qtbot):
    window = MainWindow(make_ctx(basics[Role.SALES]), timers=False)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(2)] == ["订单", "订单评审"]
    assert window.user_label.text() == "sales user · 销售"
    orders = window.tab("orders")
    assert orders.new_button.text() == "新建订单"
    assert orders.model.headerData(0, Qt.Orientation.Horizontal) == "订单号"


def test_english_is_the_source_language(qapp):
    Translations(qapp).apply("en")
    assert labels.status(OrderStatus.IN_REVIEW) == "In review"
