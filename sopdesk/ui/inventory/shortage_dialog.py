"""Drill-down of a shortage row (缺料明细): the demands behind it (sales order lines, work
orders) and what covers it (purchase order lines, work orders), from
services.inventory_drilldown.shortage_details. Each document number opens its document."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from sopdesk.services import inventory_drilldown
from sopdesk.services.inventory_drilldown import PO_LINE, SALES_LINE
from sopdesk.services.inventory_shortage import ShortageRow
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import fit_columns

from .links import DocumentLinks
from .model import LOW_BG, LOW_FG, RowsModel, fmt_qty

_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


def _t(text: str) -> str:
    return QCoreApplication.translate("InventoryModel", text)


def _demand_kind(d) -> str:
    return _t("Sales order") if d.kind == SALES_LINE else _t("Work order")


def _cover_kind(c) -> str:
    return _t("Purchase order") if c.kind == PO_LINE else _t("Work order")


DEMAND_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Document"), _L, lambda d: d.number),
    (QT_TRANSLATE_NOOP("InventoryModel", "Type"), _L, _demand_kind),
    (QT_TRANSLATE_NOOP("InventoryModel", "Customer"), _L, lambda d: d.party),
    (QT_TRANSLATE_NOOP("InventoryModel", "For"), _L, lambda d: d.for_item),
    (QT_TRANSLATE_NOOP("InventoryModel", "Qty"), _R, lambda d: fmt_qty(d.qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Need date"), _C, lambda d: d.need_date.isoformat()),
]
COVER_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Document"), _L, lambda c: c.number),
    (QT_TRANSLATE_NOOP("InventoryModel", "Type"), _L, _cover_kind),
    (QT_TRANSLATE_NOOP("InventoryModel", "Supplier"), _L, lambda c: c.party),
    (QT_TRANSLATE_NOOP("InventoryModel", "Qty"), _R, lambda c: fmt_qty(c.qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Arrives"), _C, lambda c: c.date.isoformat()),
    (QT_TRANSLATE_NOOP("InventoryModel", "Late"), _C, lambda c: _t("Late") if c.late else ""),
]


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ShortageDialog(QDialog):
    """Read-only. State: the shortage row; the demand and cover models once loaded; the
    links of each table (`demand_links`, `cover_links`: tests open documents through them)."""

    def __init__(self, ctx: AppContext, row: ShortageRow, parent=None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Shortage: {0} {1}").format(row.code, row.name))
        self.resize(860, 520)
        self.demands = RowsModel(DEMAND_COLUMNS, self)
        self.covers = RowsModel(COVER_COLUMNS, self)
        self.covers.colour = lambda c, col: (LOW_BG, LOW_FG) if col == 5 and c.late else None
        u = row.unit
        head = self.tr("Required {0} {1} · usable stock {2} · short {3} · covered {4} · not covered {5}").format(
            fmt_qty(row.required), u, fmt_qty(row.available), fmt_qty(row.short_qty), fmt_qty(row.covered_qty),
            fmt_qty(row.uncovered_qty))
        self.head = QLabel(head)
        self.head.setWordWrap(True)
        self.demand_view = _table(self.demands)
        self.cover_view = _table(self.covers)
        self.demand_links = DocumentLinks(ctx, self.demand_view, self.demands, lambda d: d.document, 0, self)
        self.cover_links = DocumentLinks(ctx, self.cover_view, self.covers, lambda c: c.document, 0, self)
        self.no_cover = QLabel(self.tr("Nothing covers it yet: no open purchase order or work order."))
        self.no_cover.setStyleSheet("color: #b42318;")
        self.no_cover.setVisible(False)
        self.hint = QLabel(self.tr("Click a document number to open it."))
        self.hint.setStyleSheet("color: #4b5563;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.head)
        lay.addWidget(QLabel(self.tr("Demands it comes from (what stock cannot meet), by need date")))
        lay.addWidget(self.demand_view, 3)
        lay.addWidget(QLabel(self.tr("Covered by, by arrival")))
        lay.addWidget(self.cover_view, 2)
        lay.addWidget(self.no_cover)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        ctx.query(lambda s, a: inventory_drilldown.shortage_details(s, a, row), self._loaded, parent=self)

    def _loaded(self, detail) -> None:
        self.demands.set_rows(detail.demands)
        self.covers.set_rows(detail.covers)
        for view in (self.demand_view, self.cover_view):
            fit_columns(view, max_px=300, bold=False)
        self.no_cover.setVisible(not detail.covers)
