"""The feasibility page of the Demand review tab: per product and month the forecast (sales'
figure, else the baseline), what capacity and materials allow, the feasible quantity and
the binding constraint in words (services.demand_review_feasibility, its template
translated here)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from sopdesk.services import demand_review_feasibility as feas_svc

from .common import cell, table
from .messages import binding_word, month_text, qty, tr, why_sentence

COLUMNS = (
    QT_TRANSLATE_NOOP("DemandReview", "Month"), QT_TRANSLATE_NOOP("DemandReview", "Product"),
    QT_TRANSLATE_NOOP("DemandReview", "Forecast"), QT_TRANSLATE_NOOP("DemandReview", "Capacity allows"),
    QT_TRANSLATE_NOOP("DemandReview", "Material allows"), QT_TRANSLATE_NOOP("DemandReview", "Feasible"),
    QT_TRANSLATE_NOOP("DemandReview", "Binding"), QT_TRANSLATE_NOOP("DemandReview", "Why"),
)
BINDING_FG = {"capacity": QColor("#b42318"), "material": QColor("#a15c00"), "forecast": QColor("#067647")}


class FeasibilityPage(QWidget):
    """State: the cells as loaded."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cells: list = []
        self.view = table(len(COLUMNS))
        self.view.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.view.setEditTriggers(self.view.EditTrigger.NoEditTriggers)
        note = QLabel(self.tr("Feasible = the least of the forecast (sales' figure, else the statistical "
                              "baseline), what capacity after maintenance allows and what the key materials allow."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(note)
        lay.addWidget(self.view, 1)

    def load(self, cycle_id: uuid.UUID) -> None:
        self.ctx.query(lambda s, a: feas_svc.feasibility(s, a, cycle_id), self.show_cells, parent=self)

    def show_cells(self, cells) -> None:
        self.cells = list(cells)
        view = self.view
        view.setRowCount(len(self.cells))
        for r, c in enumerate(self.cells):
            forecast = qty(c.forecast if c.forecast is not None else c.baseline)
            if c.demand_source == "baseline":
                forecast = self.tr("{0} (baseline)").format(forecast)
            why = why_sentence(c.why_template, c.why_params)
            items = [cell(month_text(c.month)), cell(c.code), cell(forecast, right=True),
                     cell(qty(c.capacity_limited) or "—", right=True), cell(qty(c.material_limited) or "—", right=True),
                     cell(qty(c.feasible), right=True, bold=True), cell(binding_word(c.binding)), cell(why, tip=why)]
            if c.binding in BINDING_FG:
                items[6].setForeground(BINDING_FG[c.binding])
            for k, it in enumerate(items):
                view.setItem(r, k, it)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def why_texts(self) -> list[str]:
        return [self.view.item(r, 7).text() for r in range(self.view.rowCount())]
