"""Charts drawn with QPainter (docs/ARCHITECTURE.md "Charts" says why not QtCharts or
pyqtgraph): a bar chart (bars of stacked segments, horizontal or vertical) and a monthly
line chart with a target and a baseline line. Each paints through `paint_chart(painter,
rect)`, so the same code draws on screen, on a printer or into a PDF, and each emits
sig_picked(key) when a bar, a segment or a month's point is clicked (the drill-down).

A point without a value (missing data) is drawn as a hollow grey marker on the axis with
"—" under it, never as 0; its tooltip says why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

GRID = QColor("#d0d5dd")
AXIS_TEXT = QColor("#475467")
MISSING = QColor("#98a2b3")
TARGET = QColor("#12b76a")
BASELINE = QColor("#f79009")
LINE = QColor("#1570ef")


@dataclass(frozen=True)
class Segment:
    key: object  # what sig_picked carries
    value: float
    color: QColor
    tooltip: str = ""


@dataclass(frozen=True)
class Bar:
    key: object
    label: str
    segments: tuple[Segment, ...]
    text: str = ""  # written at the end of the bar (the total)
    tooltip: str = ""

    @property
    def total(self) -> float:
        return sum(s.value for s in self.segments)


@dataclass(frozen=True)
class Point:
    key: object
    label: str  # under the axis (the month)
    value: float | None  # None: missing
    text: str = ""  # the value as written (tooltip and label)
    tooltip: str = ""  # the formula, or why the value is missing


@dataclass
class _Hit:
    rect: QRectF
    key: object
    tooltip: str = ""


def _nice_step(value: float) -> float:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) giving about four lines up
    to `value`."""
    if value <= 0:
        return 0.25
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(s * magnitude for s in (1, 2, 2.5, 5, 10) if raw <= s * magnitude)


class _Chart(QWidget):
    sig_picked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hits: list[_Hit] = []
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 220)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(260, 160)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self.hits = self.paint_chart(painter, QRectF(self.rect()))
        painter.end()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[_Hit]:
        raise NotImplementedError

    def hit_at(self, pos: QPointF) -> _Hit | None:
        return next((h for h in self.hits if h.rect.contains(pos)), None)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        hit = self.hit_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_picked.emit(hit.key)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        hit = self.hit_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit and hit.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), hit.tooltip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def _empty(self, painter: QPainter, rect: QRectF) -> list[_Hit]:
        painter.setPen(MISSING)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        return []


class BarChart(_Chart):
    """Horizontal bars (a label on the left, the total at the end): one per category."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[_Hit]:
        if not self.bars:
            return self._empty(painter, rect)
        fm = QFontMetricsF(painter.font())
        label_w = min(rect.width() * 0.4, max(fm.horizontalAdvance(b.label) for b in self.bars) + 12)
        text_w = max(fm.horizontalAdvance(b.text) for b in self.bars) + 10
        left, right = rect.left() + label_w, rect.right() - text_w - 4
        row_h = min(34.0, (rect.height() - 8) / len(self.bars))
        bar_h = max(8.0, row_h * 0.62)
        top = rect.top() + 4
        span = max(1.0, right - left)
        peak = max((b.total for b in self.bars), default=0) or 1.0
        hits: list[_Hit] = []
        for n, bar in enumerate(self.bars):
            y = top + n * row_h
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(rect.left(), y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8))
            x = left
            by = y + (row_h - bar_h) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            for seg in bar.segments:
                w = span * seg.value / peak
                if w <= 0:
                    continue
                r = QRectF(x, by, max(w, 2.0), bar_h)
                painter.setBrush(seg.color)
                painter.drawRect(r)
                hits.append(_Hit(r, seg.key, seg.tooltip or bar.tooltip))
                x += w
            if bar.total <= 0:  # an empty bar still drills down (to an empty list)
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(left, by), QPointF(left, by + bar_h))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(x + 6, y, text_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.text)
            # the whole row picks the bar (its first segment's key when it has one)
            row = QRectF(rect.left(), y, rect.width(), row_h)
            hits.append(_Hit(row, bar.key, bar.tooltip))
        return hits


@dataclass
class Reference:
    value: float
    label: str
    color: QColor = field(default_factory=lambda: TARGET)


class LineChart(_Chart):
    """One value per month, a line through the months that have one; reference lines (the
    target, the baseline) dashed across."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[Point] = []
        self.references: list[Reference] = []
        self.axis_text = lambda v: f"{v:g}"
        self.highlight: object = None  # the key of the baseline month, drawn with a ring
        self.ceiling: float | None = None  # the axis never goes above (100 for a rate)

    def set_points(self, points: list[Point], references: list[Reference] = (), *, axis_text=None,
                   highlight: object = None, ceiling: float | None = None) -> None:
        self.points, self.references = list(points), list(references)
        self.ceiling = ceiling
        if axis_text is not None:
            self.axis_text = axis_text
        self.highlight = highlight
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[_Hit]:
        if not self.points:
            return self._empty(painter, rect)
        fm = QFontMetricsF(painter.font())
        values = [p.value for p in self.points if p.value is not None] + [r.value for r in self.references]
        top_value = max(values, default=0) * 1.05
        step = _nice_step(top_value)
        peak = step * max(1, math.ceil(top_value / step))
        if self.ceiling is not None and peak > self.ceiling:
            peak = self.ceiling
        ticks = [step * k for k in range(int(round(peak / step)) + 1) if step * k <= peak + 1e-9]
        axis_w = max(fm.horizontalAdvance(self.axis_text(v)) for v in ticks) + 10
        legend_h = fm.height() + 4 if self.references else 0
        plot = QRectF(rect.left() + axis_w, rect.top() + 6 + legend_h, rect.width() - axis_w - 10,
                      rect.height() - 12 - legend_h - 2 * fm.height())
        if plot.width() <= 10 or plot.height() <= 10:
            return []

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / peak

        painter.setPen(QPen(GRID, 1))
        for v in ticks:
            y = y_of(v)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.axis_text(v))
        # legend of the reference lines
        lx = plot.left()
        for ref in self.references:
            painter.setPen(QPen(ref.color, 2, Qt.PenStyle.DashLine))
            ly = rect.top() + 2 + fm.height() / 2
            painter.drawLine(QPointF(lx, ly), QPointF(lx + 18, ly))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QPointF(lx + 22, rect.top() + 2 + fm.ascent()), ref.label)
            lx += 22 + fm.horizontalAdvance(ref.label) + 16
        for ref in self.references:
            painter.setPen(QPen(ref.color, 1.5, Qt.PenStyle.DashLine))
            y = y_of(ref.value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        step = plot.width() / len(self.points)  # from here on: the width of a month
        xs = [plot.left() + step * (k + 0.5) for k in range(len(self.points))]
        # the line, broken where a month is missing
        painter.setPen(QPen(LINE, 2))
        path = QPainterPath()
        started = False
        for x, p in zip(xs, self.points, strict=True):
            if p.value is None:
                started = False
                continue
            if started:
                path.lineTo(x, y_of(p.value))
            else:
                path.moveTo(x, y_of(p.value))
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        hits: list[_Hit] = []
        every = max(1, int(len(self.points) * fm.horizontalAdvance("2026-12 ") / max(plot.width(), 1)) + 1)
        for k, (x, p) in enumerate(zip(xs, self.points, strict=True)):
            if p.value is None:
                centre = QPointF(x, plot.bottom())
                painter.setPen(QPen(MISSING, 1.5))
                painter.setBrush(QColor("white"))
                painter.drawEllipse(centre, 4.5, 4.5)
                painter.drawText(QRectF(x - step / 2, plot.bottom() - fm.height() - 6, step, fm.height()),
                                 Qt.AlignmentFlag.AlignCenter, "—")
            else:
                centre = QPointF(x, y_of(p.value))
                painter.setPen(QPen(LINE, 1.5))
                painter.setBrush(LINE)
                painter.drawEllipse(centre, 4, 4)
            if p.key == self.highlight:
                painter.setPen(QPen(BASELINE, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, 8, 8)
            if (len(self.points) - 1 - k) % every == 0:  # the last month always labelled
                painter.setPen(AXIS_TEXT)
                painter.drawText(QRectF(x - step * every / 2, plot.bottom() + 4, step * every, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, p.label)
            # a column of the plot picks the month
            hits.append(_Hit(QRectF(x - step / 2, plot.top(), step, plot.height() + fm.height() + 4), p.key,
                             "\n".join(t for t in (f"{p.label}: {p.text}", p.tooltip) if t)))
        # the last value written beside its point
        last = next((p for p in reversed(self.points) if p.value is not None), None)
        if last is not None:
            k = self.points.index(last)
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(LINE)
            w = QFontMetricsF(bold).horizontalAdvance(last.text)
            x = min(xs[k] - w / 2, plot.right() - w)
            painter.drawText(QPointF(x, y_of(last.value) - 9), last.text)
            painter.setFont(QFont(painter.font()))
        return hits
