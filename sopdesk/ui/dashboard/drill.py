"""The list behind a dashboard chart point (drill-down): a title, how many rows there are and
a read-only table, loaded on the task runner. A document number (order line, …) opens the
document on double-click through ui/documents.open_document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services.dashboard import MAX_LIST
from sopdesk.ui import labels
from sopdesk.ui.context import AppContext
from sopdesk.ui.documents import can_open, open_document
from sopdesk.ui.widgets import fit_columns

from . import texts

OUTCOME_FG = {"late": QColor("#b42318"), "on_time": QColor("#067647"), "pending": QColor("#475467")}


def _d(value) -> str:
    return value.isoformat() if value is not None else ""


def _q(value) -> str:
    """A quantity without trailing zeros (25, 2.5)."""
    return texts.quantity(value)


class DrillPanel(QWidget):
    """State: the kind of list showing (None before the first pick), the rows' document
    numbers (column 0)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind: str | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.count = QLabel()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #667085;")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.cellDoubleClicked.connect(self._open)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self.hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)

    def _load(self, kind: str, title: str, fn, show) -> None:
        self.kind = kind
        self.title.setText(title)
        self.count.setText(self.tr("loading…"))
        self.ctx.query(fn, show, parent=self)

    def _fill(self, headers: list[str], rows: list[list], colors: list[QColor | None] | None = None,
              numeric: set[int] = frozenset()) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(str(text))
                if c in numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if colors and colors[r] is not None:
                    item.setForeground(colors[r])
                self.table.setItem(r, c, item)
        fit_columns(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint.setText(self.tr("Double-click a row to open its order") if rows and can_open(str(rows[0][0])) else "")

    def _counted(self, shown: int, total: int) -> str:
        if total > shown:
            return self.tr("{total} rows, the first {shown} shown").format(total=texts.number(total), shown=shown)
        return self.tr("{total} rows").format(total=texts.number(total))

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and can_open(item.text()):
            open_document(self.ctx, self, item.text())

    # -- the lists -----------------------------------------------------------------------

    def show_orders(self, title: str, fn) -> None:
        def show(result):
            rows, total = result
            self._fill([self.tr("Order line"), self.tr("Customer"), self.tr("Product"), self.tr("Qty"), self.tr("Shipped"),
                        self.tr("Promised"), self.tr("Requested"), self.tr("Status"), self.tr("Risk")],
                       [[f"{r.number}/{r.line_no}", r.customer_name, f"{r.item_code} {r.item_name}", _q(r.qty),
                         _q(r.shipped_qty), _d(r.promised_date), _d(r.requested_date), labels.status(r.status),
                         labels.risk(r.risk)] for r in rows], numeric={3, 4})
            self.count.setText(self._counted(len(rows), total))

        self._load("orders", title, fn, show)

    def show_due(self, title: str, fn) -> None:
        outcome = {"on_time": self.tr("on time"), "late": self.tr("late"), "pending": self.tr("not due yet")}

        def show(result):
            rows, counts = result
            self._fill([self.tr("Order line"), self.tr("Customer"), self.tr("Product"), self.tr("Qty"), self.tr("Shipped"), self.tr("Due"),
                        self.tr("Delivered"), self.tr("On time?")],
                       [[r.number, r.customer, f"{r.item_code} {r.item_name}", _q(r.qty), _q(r.shipped_qty), _d(r.due),
                         _d(r.delivered), outcome[r.outcome]] for r in rows],
                       [OUTCOME_FG[r.outcome] for r in rows], numeric={3, 4})
            total = sum(counts.values())
            self.count.setText(self._counted(len(rows), total) + " · " + self.tr(
                "on time {on_time}, late {late}, not due yet {pending}").format(**counts))

        self._load("due", title, fn, show)

    def show_delivered(self, title: str, fn) -> None:
        def show(result):
            rows, total = result
            self._fill([self.tr("Order line"), self.tr("Customer"), self.tr("Product"), self.tr("Ordered"), self.tr("Delivered"),
                        self.tr("Days")],
                       [[r.number, r.customer, f"{r.item_code} {r.item_name}", _d(r.order_date), _d(r.delivered),
                         r.days] for r in rows], numeric={5})
            self.count.setText(self._counted(len(rows), total))

        self._load("delivered", title, fn, show)

    def show_stock(self, title: str, fn) -> None:
        def show(result):
            rows, total = result
            shown = rows[:MAX_LIST]
            self._fill([self.tr("Item"), self.tr("Name"), self.tr("Qty"), self.tr("Unit"), self.tr("Standard cost"), self.tr("Value")],
                       [[r.code, r.name, _q(r.qty), r.unit, _q(r.standard_cost), texts.number(r.value, 2)]
                        for r in shown], numeric={2, 4, 5})
            self.count.setText(self._counted(len(shown), len(rows)) + " · "
                               + self.tr("total {value}").format(value=texts.number(total, 2)))

        self._load("stock", title, fn, show)

    def show_items(self, title: str, fn) -> None:
        def show(rows):
            shown = rows[:MAX_LIST]
            self._fill([self.tr("Item"), self.tr("Name"), self.tr("Class"), self.tr("On hand"), self.tr("Unit"), self.tr("Value"),
                        self.tr("Days of supply"), self.tr("Safety stock"), self.tr("Excess value"), self.tr("Last move")],
                       [[r.code, r.name, r.abc, _q(r.on_hand), r.unit, texts.number(r.value, 2),
                         "—" if r.days_of_supply is None else _q(r.days_of_supply), _q(r.safety_stock),
                         texts.number(r.excess_value, 2), _d(r.last_move_at.date() if r.last_move_at else None)]
                        for r in shown], numeric={3, 5, 6, 7, 8})
            self.count.setText(self._counted(len(shown), len(rows)))

        self._load("items", title, fn, show)

    def show_kpi(self, title: str, values) -> None:
        """A KPI's months (already loaded): value, target, how it is counted or why missing."""
        self.kind = "kpi"
        self.title.setText(title)
        rows = [[str(v.month), texts.value_text(v) if v.value is not None else self.tr("missing"),
                 texts.target_text(v), texts.explain(v)] for v in reversed(values)]
        colors = [QColor("#a15c00") if v.value is None else None for v in reversed(values)]
        self._fill([self.tr("Month"), self.tr("Value"), self.tr("Target"), self.tr("How it is counted / why missing")], rows, colors)
        self.count.setText(self._counted(len(rows), len(rows)))
