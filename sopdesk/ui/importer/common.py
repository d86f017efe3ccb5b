"""What the import wizard's pages share: kind and field labels in the user's language, cell
messages, the task panel that runs a stage with progress and cancel."""

from __future__ import annotations

import logging
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

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


# The engine's cell messages (English) -> translated sentences ({0}: regex groups).
_CELL_MESSAGES = [(re.compile(p), m) for p, m in [
    (r"^not a number$", QT_TRANSLATE_NOOP("ImportWizard", "not a number")),
    (r"^not a date$", QT_TRANSLATE_NOOP("ImportWizard", "not a date")),
    (r"^cannot be negative$", QT_TRANSLATE_NOOP("ImportWizard", "cannot be negative")),
    (r"^must be a whole number$", QT_TRANSLATE_NOOP("ImportWizard", "must be a whole number")),
    (r"^must be at least (\S+)$", QT_TRANSLATE_NOOP("ImportWizard", "must be at least {0}")),
    (r"^the number is too large$", QT_TRANSLATE_NOOP("ImportWizard", "the number is too large")),
    (r"^longer than (\d+) characters$", QT_TRANSLATE_NOOP("ImportWizard", "longer than {0} characters")),
    (r"^more than (\d+) decimal places$", QT_TRANSLATE_NOOP("ImportWizard", "more than {0} decimal places")),
    (r"^not one of: (.*)$", QT_TRANSLATE_NOOP("ImportWizard", "not one of: {0}")),
    (r"^not yes or no", QT_TRANSLATE_NOOP("ImportWizard", "not yes or no (是/否, Y/N, √)")),
    (r"^unknown product code (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown product code {0}")),
    (r"^unknown customer code (\S+)", QT_TRANSLATE_NOOP(
        "ImportWizard", "unknown customer code {0} (add a customer name column to create it)")),
    (r"^unknown location (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown location {0}")),
    (r"^unknown work center (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown work center {0}")),
    (r"^work center (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "work center {0} is inactive")),
    (r"^location (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "location {0} is inactive")),
    (r"^product (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "product {0} is inactive")),
    (r"^a new location needs its kind", QT_TRANSLATE_NOOP(
        "ImportWizard", "a new location needs its kind (raw material store / work in progress / finished goods "
                        "store / quarantine)")),
    (r"^the same .+ as row (\d+) of the file$", QT_TRANSLATE_NOOP("ImportWizard", "the same record as row {0} of the file")),
    (r"^work order (\S+) is on row (\d+) of the file already$",
     QT_TRANSLATE_NOOP("ImportWizard", "work order {0} is on row {1} of the file already")),
    (r"^the window ends before it starts$", QT_TRANSLATE_NOOP("ImportWizard", "the window ends before it starts")),
    (r"^the end cannot be before the start$",
     QT_TRANSLATE_NOOP("ImportWizard", "the end cannot be before the start")),
    (r"^a raw material is bought, not made$",
     QT_TRANSLATE_NOOP("ImportWizard", "a raw material is bought, not made")),
    (r"^a work order goes in progress", QT_TRANSLATE_NOOP(
        "ImportWizard", "a work order goes in progress with its first material issue: import it as released")),
    (r"^a work order is done when", QT_TRANSLATE_NOOP(
        "ImportWizard", "a work order is done when its output is reported and it is closed: import open work "
                        "orders only (planned or released)")),
    (r"^a cancelled work order is not imported", QT_TRANSLATE_NOOP(
        "ImportWizard", "a cancelled work order is not imported: leave it out of the file")),
    (r"^(\S+) makes (\S+): a work order's product cannot change$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} makes {1}: a work order's product cannot change")),
    (r"^(\S+) is ([a-z ]+) \((.+)\) and can no longer be changed by an import$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} is {1} and can no longer be changed by an import")),
    (r"^(\S+) is released already: it cannot go back to planned$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} is released already: it cannot go back to planned")),
    # shipments (services/imports_shipments.py)
    (r"^unknown order (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown order {0}")),
    (r"^(\S+) is (\w+) and cannot be shipped$",
     QT_TRANSLATE_NOOP("ImportWizard", "order {0} cannot be shipped in its current status: only confirmed "
                                       "orders ship")),
    (r"^(\S+) has no line (\d+)$", QT_TRANSLATE_NOOP("ImportWizard", "{0} has no line {1}")),
    (r"^line (\d+) of (\S+) is (\S+), not (.+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "line {0} of {1} is {2}, not {3}")),
    (r"^(\S+) has no line of (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "{0} has no line of {1}")),
    (r"^(\S+) has (\d+) open lines of (\S+): add a line number column$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} has {1} open lines of {2}: add a line number column")),
    (r"^(\S+) is after today$", QT_TRANSLATE_NOOP("ImportWizard", "{0} is after today")),
    (r"^shipment (\S+) has another (customer|ship date|location) on row (\d+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "shipment {0} has another customer, date or location on row {2}")),
    (r"^shipment number (\S+) exists already with other lines$",
     QT_TRANSLATE_NOOP("ImportWizard", "shipment number {0} exists already with other lines")),
    (r"^only (\S+) left to ship on (\S+) line (\d+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "only {0} left to ship on {1} line {2}")),
    (r"^(\S+) at (\S+): the file ships (\S+), on hand (\S+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} at {1}: the file ships {2}, on hand {3}")),
    (r"^(.+) is required$", QT_TRANSLATE_NOOP("ImportWizard", "{0} is required")),
    (r"^(\S+) is (\w+) and can no longer be changed$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} can no longer be changed in its current status")),
]]


def cell_message(message: str) -> str:
    """A cell error's sentence in the user's language (the engine's words if unknown)."""
    for pattern, template in _CELL_MESSAGES:
        m = pattern.match(message or "")
        if m:
            text = QCoreApplication.translate("ImportWizard", template).format(*m.groups())
            return text.replace(" or ", " 或 ") if is_zh() else text
    return message


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


