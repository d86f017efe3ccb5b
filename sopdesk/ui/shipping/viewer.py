"""A shipment (发货单) on screen: customer, date, location, its lines with order number and
line, item, quantity and what reversals took back; the delivery note (送货单) printed or
saved as a PDF in Chinese or English. Opened from an FH number anywhere (open.py) and
after a shipment is posted (the ship dialog)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.reports import delivery_note
from sopdesk.reports.delivery_note import DeliveryNote
from sopdesk.services import settings, shipping
from sopdesk.services.shipping import ShipmentView
from sopdesk.ui.context import AppContext
from sopdesk.ui.inventory.links import DocumentLinks
from sopdesk.ui.inventory.model import RowsModel
from sopdesk.ui.widgets import fit_columns

from . import printing
from .messages import qty_text

_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter

LINE_COLUMNS = [
    (QT_TRANSLATE_NOOP("Shipping", "#"), _C, lambda ln: str(ln.line_no)),
    (QT_TRANSLATE_NOOP("Shipping", "Order"), _L, lambda ln: ln.order_number),
    (QT_TRANSLATE_NOOP("Shipping", "Line"), _R, lambda ln: str(ln.order_line_no)),
    (QT_TRANSLATE_NOOP("Shipping", "Customer PO"), _L, lambda ln: ln.customer_po or ""),
    (QT_TRANSLATE_NOOP("Shipping", "Item"), _L, lambda ln: f"{ln.item_code} {ln.item_name}"),
    (QT_TRANSLATE_NOOP("Shipping", "Specification"), _L, lambda ln: ln.item_spec or ""),
    (QT_TRANSLATE_NOOP("Shipping", "Unit"), _C, lambda ln: ln.unit),
    (QT_TRANSLATE_NOOP("Shipping", "Quantity"), _R, lambda ln: qty_text(ln.qty)),
    (QT_TRANSLATE_NOOP("Shipping", "Reversed"), _R, lambda ln: qty_text(ln.reversed_qty) if ln.reversed_qty else ""),
]
COL_ORDER = 1


class ShipmentRows(RowsModel):
    context = "Shipping"


def load_shipment(session, actor, shipment_id: uuid.UUID) -> tuple[ShipmentView, str]:
    """The shipment and the factory's name for its delivery note."""
    return shipping.get_shipment(session, actor, shipment_id), str(settings.get(session, "factory.name") or "")


def default_language() -> str:
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class ShipmentDialog(QDialog):
    """Read-only. State: the ShipmentView, the factory name, the lines model and its links
    (an order number opens the order), the path of the last PDF saved."""

    def __init__(self, ctx: AppContext, view: ShipmentView, factory_name: str = "",
                 parent: QWidget | None = None, just_posted: bool = False):
        super().__init__(parent)
        self.ctx, self.view, self.factory_name = ctx, view, factory_name
        self.saved_path = None
        self.setWindowTitle(self.tr("Shipment {0}").format(view.number))
        self.resize(940, 480)

        self.banner = QLabel(self.tr("Shipment {0} is posted. Print the delivery note for the driver, "
                                     "or save it as a PDF.").format(view.number))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #1a7f37; font-weight: 600;")
        self.banner.setVisible(just_posted)
        form = QFormLayout()
        form.addRow(self.tr("Number"), QLabel(view.number))
        form.addRow(self.tr("Customer"), QLabel(f"{view.customer_code} {view.customer_name}"))
        form.addRow(self.tr("Ship date"), QLabel(view.ship_date.isoformat()))
        form.addRow(self.tr("Ship from"), QLabel(f"{view.location_code} {view.location_name}"))
        form.addRow(self.tr("Posted by"), QLabel(view.posted_by or ""))
        if view.note:
            form.addRow(self.tr("Note"), QLabel(view.note))

        self.model = ShipmentRows(LINE_COLUMNS, self)
        self.model.set_rows(view.lines)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.links = DocumentLinks(ctx, self.table, self.model, lambda ln: ln.order_number, COL_ORDER, self)
        fit_columns(self.table, max_px=320, bold=False)

        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(default_language()))
        self.print_button = QPushButton(self.tr("Print delivery note…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.print_button, self.pdf_button, self.close_button):
            b.setAutoDefault(False)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Delivery note in")))
        bottom.addWidget(self.language)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Lines (click an order number to open the order)")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.feedback)
        lay.addLayout(bottom)

        self.print_button.clicked.connect(self.print_note)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)

    def note(self, lang: str | None = None) -> DeliveryNote:
        return delivery_note.build(self.view, lang=lang or self.language.currentData(),
                                   factory_name=self.factory_name)

    def save_pdf(self) -> None:
        try:
            path = printing.save_pdf(self, self.note())
        except OSError as exc:
            self.ctx.show_error(self, exc)
            return
        if path is not None:
            self.saved_path = path
            self.feedback.setStyleSheet("color: #1a7f37;")
            self.feedback.setText(self.tr("Saved {0}").format(str(path)))

    def print_note(self) -> None:
        if printing.print_note(self, self.note()):
            self.feedback.setStyleSheet("color: #1a7f37;")
            self.feedback.setText(self.tr("Sent {0} to the printer.").format(self.view.number))
