"""What the import wizard's pages share: kind and field labels in the user's language, cell
messages (translated from their template, sopdesk/ui/errors.py), the task panel that runs a
stage with progress and cancel."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ..errors import translate_template

if TYPE_CHECKING:
    from sopdesk.excel import CellError

log = logging.getLogger(__name__)

BAD = QColor("#ffd6d6")
HEADER_ROW = QColor("#d9ecff")
PREVIEW_ROWS = 200
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"

KIND_LABELS = {
    "items": ("Items", "物料"), "bom": ("Bills of materials", "BOM"), "customers": ("Customers", "客户"),
    "suppliers": ("Suppliers", "供应商"), "orders": ("Sales orders", "销售订单"),
    "purchase-orders": ("Purchase orders", "采购订单"), "stock-count": ("Stock count", "盘点"),
    "plan": ("Production plan", "生产计划"),
    "locations": ("Locations", "库位/仓库"), "work-centers": ("Work centers", "产线/工作中心"),
    "maintenance": ("Maintenance windows", "设备检修"), "calendar": ("Working calendar", "工作日历"),
    "work-orders": ("Work orders", "工单"),
    "shipments": ("Shipments", "发货记录"),
    "forecast": ("Sales forecast", "销售预测"),
}


def is_zh() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def kind_label(kind: str) -> str:
    en, zh = KIND_LABELS.get(kind, (kind, kind))
    return zh if is_zh() else en


def field_label(spec, name: str) -> str:
    try:
        f = spec.field(name)
    except KeyError:
        return name
    return f.zh if is_zh() else f.en


def _item(text, tooltip: str | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        it.setToolTip(tooltip)
    return it


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite():
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def cell_message(error: CellError) -> str:
    """A cell problem's sentence in the user's language: its template translated (context
    "ServiceErrors", the catalog resources/i18n/error_templates.py generates from the engine's
    and the planners' literals) and its parameters filled in, as for a service error; never
    by matching the English text."""
    return translate_template(error.template, error.params)


class _TaskPanel(QWidget):
    """A progress bar with a Cancel button, shown while a background stage runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.state = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def progress(self, _stage: str, fraction: float) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def cancel(self) -> None:
        if self.state is not None:
            self.state.request_interruption()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        self.state = None
        self.hide()


