"""The Plan tab's planned orders: the list (filtered by kind, several selectable for
release) and, for the one selected, what it serves (pegging) with a plain "why" line. A
sales order, work order or purchase order number opens its document (ui/documents.py); a
parent's planned order selects that planned order in the list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services.planning_views import PlannedOrderView
from sopdesk.ui import documents
from sopdesk.ui.context import AppContext

from .messages import ORDER_KINDS, PEG_KINDS, kind_text, peg_ref, peg_why, qty, week_label

CTX = "PlanOrders"
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanOrders", "Item"), QT_TRANSLATE_NOOP("PlanOrders", "Name"),
    QT_TRANSLATE_NOOP("PlanOrders", "Kind"), QT_TRANSLATE_NOOP("PlanOrders", "Qty"),
    QT_TRANSLATE_NOOP("PlanOrders", "Release week"), QT_TRANSLATE_NOOP("PlanOrders", "Due week"),
    QT_TRANSLATE_NOOP("PlanOrders", "Supplier / line"), QT_TRANSLATE_NOOP("PlanOrders", "Released as"),
)
COL_QTY, COL_RELEASE, COL_RELEASED = 3, 4, 7
PEG_COLUMNS = (
    QT_TRANSLATE_NOOP("PlanOrders", "Serves"), QT_TRANSLATE_NOOP("PlanOrders", "Document"),
    QT_TRANSLATE_NOOP("PlanOrders", "Qty"), QT_TRANSLATE_NOOP("PlanOrders", "Week"),
)
PEG_DOC = 1
LATE_BG, LATE_FG = QColor("#fde2e1"), QColor("#b42318")
LINK_FG = QColor("#1d4ed8")
RELEASED_FG = QColor("#667085")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def week_text(monday) -> str:
    return f"{week_label(monday)}  {monday.isoformat()}"


class PlannedOrdersPanel(QWidget):
    """State: the context, every planned order of the plan, the rows shown (by the kind
    filter), the planned order whose pegging shows, the last document opened (tests read it).
    sig_selection_changed() when the selected planned orders change; sig_item(item_id) when
    one planned order is selected (the tab shows its item's grid)."""

    sig_selection_changed = Signal()
    sig_item = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.orders: list[PlannedOrderView] = []
        self.rows: list[PlannedOrderView] = []
        self.current: PlannedOrderView | None = None
        self.opened: str | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for key in ("purchase", "make"):
            self.kind.addItem(kind_text(ORDER_KINDS, key), key)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Kind")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.view = QTableWidget(0, len(COLUMNS))
        self.view.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()

        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setMinimumHeight(self.why.fontMetrics().height() * 3)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pegs = QTableWidget(0, len(PEG_COLUMNS))
        self.pegs.setHorizontalHeaderLabels([_t(c) for c in PEG_COLUMNS])
        self.pegs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pegs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pegs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pegs.verticalHeader().hide()
        self.pegs.setMouseTracking(True)
        self.peg_why = QLabel()
        self.peg_why.setWordWrap(True)
        self.peg_why.setStyleSheet("color: #475467;")
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(6, 0, 0, 0)
        title = QLabel(self.tr("What it serves"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        side_lay.addWidget(title)
        side_lay.addWidget(self.why)
        side_lay.addWidget(self.pegs, 1)
        side_lay.addWidget(self.peg_why)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(bar)
        left_lay.addWidget(self.view, 1)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self.view.itemSelectionChanged.connect(self._selection_changed)
        self.pegs.cellClicked.connect(self._peg_clicked)
        self.pegs.cellDoubleClicked.connect(self._peg_clicked)
        self.pegs.itemSelectionChanged.connect(self._peg_selected)
        self._show_pegs(None)

    # -- the list -----------------------------------------------------------------------

    def set_orders(self, orders: list[PlannedOrderView]) -> None:
        self.orders = list(orders)
        self._fill()

    def _fill(self) -> None:
        keep = {o.id for o in self.selected()}
        kind = self.kind.currentData()
        self.rows = [o for o in self.orders if kind is None or o.kind == kind]
        self.view.blockSignals(True)
        self.view.clearSelection()
        self.view.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for n, o in enumerate(self.rows):
            where = (o.supplier_code or self.tr("no supplier")) if o.kind == "purchase" else (o.work_center_code or "")
            cells = [o.item_code, o.item_name, kind_text(ORDER_KINDS, o.kind), qty(o.qty), week_text(o.release_week),
                     week_text(o.due_week), where, o.released_number or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == COL_QTY:
                    item.setTextAlignment(right)
                if o.past_due and c == COL_RELEASE:
                    item.setBackground(LATE_BG)
                    item.setForeground(LATE_FG)
                    item.setToolTip(self.tr("Past due: released at the start of the plan, its lead time no "
                                            "longer fits"))
                if o.released_number:
                    item.setForeground(RELEASED_FG)
                if o.kind == "purchase" and o.supplier_code is None and c == 6:
                    item.setForeground(LATE_FG)
                self.view.setItem(n, c, item)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for n, o in enumerate(self.rows):
            if o.id in keep:
                self._add_row(n)
        self.view.blockSignals(False)
        late = sum(1 for o in self.rows if o.past_due)
        text = self.tr("{0} planned orders").format(len(self.rows))
        if late:
            text += " · " + self.tr("{0} past due").format(late)
        self.count_label.setText(text)
        self._selection_changed()

    def _add_row(self, n: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(self.view.model().index(n, 0), flags)

    def selected(self) -> list[PlannedOrderView]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def select_ids(self, ids) -> None:
        """Select the planned orders `ids` (shown under the current filter)."""
        wanted = set(ids)
        if any(o.id in wanted for o in self.orders) and not any(o.id in wanted for o in self.rows):
            self.kind.setCurrentIndex(0)  # hidden by the filter: show every kind
        self.view.clearSelection()
        for n, o in enumerate(self.rows):
            if o.id in wanted:
                self._add_row(n)
                self.view.scrollToItem(self.view.item(n, 0))

    def select_order(self, order_id: uuid.UUID) -> bool:
        self.select_ids([order_id])
        return self.current is not None and self.current.id == order_id

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self._show_pegs(chosen[0] if len(chosen) == 1 else None)
        if len(chosen) == 1:
            self.sig_item.emit(chosen[0].item_id)
        self.sig_selection_changed.emit()

    # -- pegging ------------------------------------------------------------------------

    def _show_pegs(self, order: PlannedOrderView | None) -> None:
        self.current = order
        self.peg_why.clear()
        if order is None:
            self.why.setText(self.tr("Select one planned order to see what it serves."))
            self.pegs.setRowCount(0)
            return
        self.why.setText(self.why_line(order))
        self.pegs.setRowCount(len(order.pegged_to))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for n, p in enumerate(order.pegged_to):
            ref = peg_ref(p.kind, p.ref) if p.kind != "safety" else ""
            cells = [kind_text(PEG_KINDS, p.kind), ref, qty(p.qty), week_text(p.week)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(peg_why(p.kind, p.ref, p.qty, p.week))
                if c == 2:
                    item.setTextAlignment(right)
                if c == PEG_DOC and self._opens(p):
                    item.setForeground(LINK_FG)
                    font = item.font()
                    font.setUnderline(True)
                    item.setFont(font)
                self.pegs.setItem(n, c, item)
        header = self.pegs.horizontalHeader()
        for c in range(len(PEG_COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == PEG_DOC
                                        else QHeaderView.ResizeMode.ResizeToContents)
        if order.pegged_to:
            self.peg_why.setText(self._peg_sentence(order.pegged_to[0]))

    def why_line(self, o: PlannedOrderView) -> str:
        """The plain sentence of why this planned order exists."""
        if o.kind == "purchase":
            text = self.tr("Buy {qty} of {item} from {supplier}: order in week {release} so that it arrives by "
                           "{due}, when the demands below need it.").format(
                qty=qty(o.qty), item=o.item_code, supplier=o.supplier_code or self.tr("(no supplier)"),
                release=week_label(o.release_week), due=o.due_week.isoformat())
        else:
            text = self.tr("Make {qty} of {item} on {line}: start in week {release} so that it is done by {due}, "
                           "when the demands below need it.").format(
                qty=qty(o.qty), item=o.item_code, line=o.work_center_code or self.tr("(no line)"),
                release=week_label(o.release_week), due=o.due_week.isoformat())
        if o.past_due:
            text += " " + self.tr("It is past due: its lead time does not fit before the start of the plan, so "
                                  "it is late unless released now.")
        if o.released_number:
            text += " " + self.tr("Released as {0}.").format(o.released_number)
        return text

    def _peg_sentence(self, p) -> str:
        return self.tr("Why: {0}.").format(peg_why(p.kind, p.ref, p.qty, p.week))

    def _peg_selected(self) -> None:
        rows = self.pegs.selectionModel().selectedRows()
        if self.current is not None and rows and rows[0].row() < len(self.current.pegged_to):
            self.peg_why.setText(self._peg_sentence(self.current.pegged_to[rows[0].row()]))

    def _opens(self, p) -> bool:
        if p.kind == "planned_order":
            return p.ref_id is not None and any(o.id == p.ref_id for o in self.orders)
        return p.kind in ("sales_line", "work_order") and documents.can_open(p.ref)

    def _peg_clicked(self, row: int, column: int) -> None:
        if column == PEG_DOC:
            self.open_peg(row)

    def open_peg(self, row: int) -> bool:
        """Open what pegging row `row` names: its document, or the parent's planned order."""
        if self.current is None or row >= len(self.current.pegged_to):
            return False
        p = self.current.pegged_to[row]
        if not self._opens(p):
            return False
        self.opened = p.ref
        if p.kind == "planned_order":
            return self.select_order(p.ref_id)
        return documents.open_document(self.ctx, self, p.ref)
