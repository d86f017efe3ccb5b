"""Drill-down: the moves behind an item's on-hand, with its stock per location; each move's
document number opens that document (links.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from sopdesk.services import inventory, inventory_moves
from sopdesk.services.inventory import StockRow
from sopdesk.services.inventory_moves import MoveFilter, MoveSort
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import fit_columns

from .links import DocumentLinks
from .model import RowsModel, fmt_qty, move_label

MOVES_SHOWN = 500
_R, _L, _C = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


def _local(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


MOVE_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Moved at"), _C, lambda m: _local(m.moved_at)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Type"), _L, lambda m: move_label(m.move_type)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Location"), _C, lambda m: m.location_code),
    (QT_TRANSLATE_NOOP("InventoryModel", "Qty"), _R, lambda m: fmt_qty(m.qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Document"), _L, lambda m: m.ref_number or ""),
    (QT_TRANSLATE_NOOP("InventoryModel", "Posted by"), _L, lambda m: m.posted_by or ""),
    (QT_TRANSLATE_NOOP("InventoryModel", "Reason"), _L, lambda m: m.reason or ""),
]
MOVE_DOCUMENT = 4
LOCATION_COLUMNS = [
    (QT_TRANSLATE_NOOP("InventoryModel", "Location"), _L, lambda r: f"{r.code} {r.name}"),
    (QT_TRANSLATE_NOOP("InventoryModel", "On hand"), _R, lambda r: fmt_qty(r.qty)),
    (QT_TRANSLATE_NOOP("InventoryModel", "Last move"), _C, lambda r: _local(r.last_move_at)),
]


def load_moves(session, actor, item_id):
    flt = MoveFilter(item_id=item_id)
    return (inventory.stock_by_location(session, actor, item_id),
            inventory_moves.move_totals(session, actor, flt),
            inventory_moves.fetch_moves(session, actor, flt, MoveSort(), 0, MOVES_SHOWN))


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MovesDialog(QDialog):
    """Read-only. State: the item row; the two models once loaded."""

    def __init__(self, ctx: AppContext, row: StockRow, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stock moves: {0} {1}").format(row.code, row.name))
        self.resize(900, 560)
        self.row = row
        self.locations = RowsModel(LOCATION_COLUMNS, self)
        self.moves = RowsModel(MOVE_COLUMNS, self)
        self.moves.colour = lambda m, c: ("#ffffff", "#b42318") if c == 3 and m.qty < 0 else None
        self.head = QLabel(self.tr("On hand {0} {1} · reserved {2} · available {3}").format(
            fmt_qty(row.on_hand), row.unit, fmt_qty(row.reserved + row.allocated), fmt_qty(row.available)))
        self.totals = QLabel(self.tr("Loading…"))
        self.location_view = _table(self.locations)
        self.location_view.setMaximumHeight(130)
        self.move_view = _table(self.moves)
        # a document number opens its document (click it, or double-click the row)
        self.links = DocumentLinks(ctx, self.move_view, self.moves, lambda m: m.ref_number, MOVE_DOCUMENT, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.head)
        lay.addWidget(QLabel(self.tr("By location")))
        lay.addWidget(self.location_view)
        lay.addWidget(QLabel(self.tr("Moves, newest first")))
        lay.addWidget(self.move_view, 1)
        lay.addWidget(self.totals)
        lay.addWidget(buttons)
        ctx.query(lambda s, a: load_moves(s, a, row.item_id), self._loaded, parent=self)

    def _loaded(self, result) -> None:
        by_location, totals, moves = result
        self.locations.set_rows(by_location)
        self.moves.set_rows(moves)
        fit_columns(self.location_view, max_px=300, bold=False)
        fit_columns(self.move_view, max_px=260, bold=False)
        text = self.tr("{0} moves · in {1} · out {2} · net {3}").format(
            totals.count, fmt_qty(totals.qty_in), fmt_qty(-totals.qty_out), fmt_qty(totals.net))
        if totals.count > len(moves):
            text += " · " + self.tr("newest {0} shown").format(len(moves))
        self.totals.setText(text)
