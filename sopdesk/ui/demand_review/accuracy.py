"""The accuracy page of the Demand review tab (预测准确率): for a month that is over, how close
the frozen forecasts of the reviews that planned it came to what shipped, lag by lag — sales'
figure beside the statistical baseline (WMAPE, bias, forecast value added), per salesperson
and per product (services/demand_accuracy) — so the next meeting knows whose numbers to
trust. A bar pair per lag shows both WMAPEs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from sopdesk.services import demand_accuracy, settings
from sopdesk.services.demand_review_common import add_months

from .common import cell, table
from .messages import month_text, qty, tr

COLUMNS = (
    QT_TRANSLATE_NOOP("DemandReview", "Lag"), QT_TRANSLATE_NOOP("DemandReview", "Who / what"),
    QT_TRANSLATE_NOOP("DemandReview", "Shipped"), QT_TRANSLATE_NOOP("DemandReview", "Sales forecast"),
    QT_TRANSLATE_NOOP("DemandReview", "Baseline"), QT_TRANSLATE_NOOP("DemandReview", "Sales WMAPE"),
    QT_TRANSLATE_NOOP("DemandReview", "Baseline WMAPE"), QT_TRANSLATE_NOOP("DemandReview", "Sales bias"),
    QT_TRANSLATE_NOOP("DemandReview", "Value added"),
)
LAG_LABEL = QT_TRANSLATE_NOOP("DemandReview", "Lag {0}")
SALES_LABEL = QT_TRANSLATE_NOOP("DemandReview", "Sales forecast")
BASELINE_LABEL = QT_TRANSLATE_NOOP("DemandReview", "Baseline")
SALES, BASELINE = QColor("#2563eb"), QColor("#9ca3af")
MONTHS_OFFERED = 12


def percent(value) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


class WmapeChart(QWidget):
    """Two bars per lag: sales' WMAPE and the baseline's (lower is better)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list = []
        self.setMinimumHeight(150)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        top, bottom, left = 22, 36, 8
        values = [float(v) for r in self.rows for v in (r.sales_wmape, r.baseline_wmape) if v is not None]
        peak = max(values + [0.01])
        slot = (w - 2 * left) / max(len(self.rows), 1)
        for n, r in enumerate(self.rows):
            x = left + n * slot + slot * 0.2
            bar = slot * 0.28
            for k, (value, color) in enumerate(((r.sales_wmape, SALES), (r.baseline_wmape, BASELINE))):
                if value is None:
                    continue
                height = (h - top - bottom) * float(value) / peak
                rect = QRectF(x + k * (bar + 4), h - bottom - height, bar, height)
                p.fillRect(rect, color)
                p.setPen(QColor("#111827"))
                p.drawText(QRectF(rect.x() - 10, rect.y() - 16, bar + 20, 14), Qt.AlignmentFlag.AlignCenter,
                           percent(value))
            p.setPen(QColor("#374151"))
            p.drawText(QRectF(left + n * slot, h - bottom + 4, slot, 14), Qt.AlignmentFlag.AlignCenter,
                       tr(LAG_LABEL).format(r.lag))
        p.setPen(SALES)
        p.drawText(QRectF(left, h - 16, w / 2, 14), Qt.AlignmentFlag.AlignLeft, "■ " + tr(SALES_LABEL))
        p.setPen(BASELINE.darker(130))
        p.drawText(QRectF(w / 2, h - 16, w / 2 - left, 14), Qt.AlignmentFlag.AlignLeft, "■ " + tr(BASELINE_LABEL))
        p.end()


class AccuracyPage(QWidget):
    """State: the report shown (tests read it). `today_of(session)` is the factory's today
    (tests fix it)."""

    def __init__(self, ctx, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        self.today_of = settings.factory_today
        self.month = QComboBox()
        last = add_months((today or dt.date.today()).replace(day=1), -1)
        for k in range(MONTHS_OFFERED):
            m = add_months(last, -k)
            self.month.addItem(month_text(m), f"{m:%Y-%m}")  # text: QComboBox.findData does not match dates
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = WmapeChart()
        self.view = table(len(COLUMNS))
        self.view.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.view.setEditTriggers(self.view.EditTrigger.NoEditTriggers)
        note = QLabel(self.tr("Lag 1 is the forecast made in the meeting the month before; WMAPE = Σ|shipped − "
                              "forecast| / Σ shipped (lower is better); value added = the baseline's WMAPE minus "
                              "sales' (above 0: sales' adjustment beat the statistics)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(self.summary, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(note)
        lay.addWidget(self.chart)
        lay.addWidget(self.view, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.load())

    def load(self) -> None:
        key, today_of = self.month.currentData(), self.today_of
        if key is None:
            return
        month = dt.date.fromisoformat(f"{key}-01")
        self.ctx.query(lambda s, a: demand_accuracy.accuracy(s, a, month, today=today_of(s)), self.show_report,
                       parent=self)

    def show_report(self, report) -> None:
        self.report = report
        gaps = [str(lag) for lag, period in report.lags.items() if period is None]
        text = self.tr("{0}: {1} product(s) forecast.").format(month_text(report.month),
                                                               len({r.key for r in report.products}))
        if gaps:
            text += " " + self.tr("No agreed review planned it at lag {0}: missing, not zero.").format(", ".join(gaps))
        self.summary.setText(text)
        self.chart.set_rows(report.overall)
        rows = [(r, self.tr("All products")) for r in report.overall]
        rows += [(r, self.tr("Salesperson {0}").format(r.name or r.key)) for r in report.salespeople]
        rows += [(r, f"{r.key} {r.name}") for r in report.products]
        self.view.setRowCount(len(rows))
        for n, (r, who) in enumerate(rows):
            fva = cell(percent(r.fva), right=True)
            if r.fva:  # 0: no better, no worse
                fva.setForeground(QColor("#067647") if r.fva > 0 else QColor("#b42318"))
            items = [cell(str(r.lag)), cell(who), cell(qty(r.actual), right=True), cell(qty(r.sales) or "—", right=True),
                     cell(qty(r.baseline) or "—", right=True), cell(percent(r.sales_wmape), right=True),
                     cell(percent(r.baseline_wmape), right=True), cell(percent(r.sales_bias), right=True), fva]
            for k, it in enumerate(items):
                self.view.setItem(n, k, it)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def row_texts(self) -> list[list[str]]:
        return [[self.view.item(r, c).text() for c in range(self.view.columnCount())]
                for r in range(self.view.rowCount())]
