"""Drawing the KPI sheets (reports/kpi_sheet.py) on A4 with QPainter: to a PDF with
QPdfWriter (offscreen, also for `sopdesk report kpi --pdf`) or to a printer chosen in the
native QPrintDialog. One page per department and one for the manager; each KPI a block with
this month, the target, its status, how it is counted, the previous months as a small table
and a bar chart with the target as a dashed line.

The fonts are chosen explicitly, as for the delivery note (ui/shipping/printing.py): a Latin
family for letters and digits first, then a CJK one (Windows, macOS, Linux), so Chinese
renders and is embedded in the PDF on every platform.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from sopdesk.reports.kpi_sheet import KpiSheets, SheetKpi, SheetPage

MARGINS_MM = QMarginsF(12, 10, 12, 10)
FONT_FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans",
                 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "SimSun"]
GOOD, BAD, NEUTRAL, MISSING = QColor("#2e7d32"), QColor("#c62828"), QColor("#546e7a"), QColor("#9e9e9e")
INK, RULE, SHADE = QColor("#212121"), QColor("#bdbdbd"), QColor("#f2f4f5")


def _font(pt: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(pt)
    font.setBold(bold)
    return font


def _a4(device) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


class _Painter:
    """Millimetres on the page's printable area."""

    def __init__(self, painter: QPainter, device):
        self.p = painter
        self.scale = device.logicalDpiX() / 25.4  # device pixels per mm
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.width = rect.width() / self.scale
        self.height = rect.height() / self.scale

    def r(self, x, y, w, h) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, w * s, h * s)

    def text(self, x, y, w, h, text: str, pt: float = 9, bold=False, color=INK,
             align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, wrap=False) -> None:
        self.p.setFont(_font(pt, bold))
        self.p.setPen(color)
        flags = align | (Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine)
        rect = self.r(x, y, w, h)
        if not wrap:  # shrink to fit rather than clip
            metrics = QFontMetricsF(_font(pt, bold), self.p.device())
            while pt > 5 and metrics.horizontalAdvance(text) > rect.width():
                pt -= 0.5
                self.p.setFont(_font(pt, bold))
                metrics = QFontMetricsF(_font(pt, bold), self.p.device())
        self.p.drawText(rect, int(flags), text)

    def line(self, x1, y1, x2, y2, color=RULE, width_mm=0.2, dashed=False) -> None:
        pen = QPen(color)
        pen.setWidthF(width_mm * self.scale)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        s = self.scale
        self.p.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s))

    def box(self, x, y, w, h, fill: QColor) -> None:
        self.p.fillRect(self.r(x, y, w, h), fill)


def _status_color(kpi: SheetKpi) -> QColor:
    return {True: GOOD, False: BAD, None: MISSING if kpi.value == "—" else NEUTRAL}[kpi.on_target]


def _chart(d: _Painter, x, y, w, h, kpi: SheetKpi) -> None:
    """Bars of the months (the last one, this month, darker), the target dashed."""
    values = [p.value for p in kpi.trend if p.value is not None]
    top = max([*values, *([kpi.target_value] if kpi.target_value is not None else [])], default=Decimal(0))
    d.line(x, y + h, x + w, y + h, RULE, 0.25)
    if not top or top <= 0:
        return
    n = len(kpi.trend)
    slot = w / n
    for k, point in enumerate(kpi.trend):
        bx = x + k * slot + slot * 0.18
        if point.value is None:
            d.text(bx, y + h - 4, slot * 0.64, 4, "—", 7, color=MISSING, align=Qt.AlignmentFlag.AlignCenter)
            continue
        bh = float(max(point.value, Decimal(0)) / top) * (h - 1)
        color = QColor("#1565c0") if k == n - 1 else QColor("#90caf9")
        d.box(bx, y + h - bh, slot * 0.64, bh, color)
    if kpi.target_value is not None:
        ty = y + h - float(kpi.target_value / top) * (h - 1)
        d.line(x, ty, x + w, ty, BAD if kpi.better == "lower" else GOOD, 0.3, dashed=True)


def _kpi_block(d: _Painter, y: float, h: float, kpi: SheetKpi, labels: dict) -> None:
    w = d.width
    d.box(0, y, w, h - 1.5, SHADE)
    left = 58.0
    d.text(2, y + 1, left - 3, 6, kpi.name, 10.5, bold=True)
    d.text(2, y + 7, left - 3, 9, kpi.value, 15, bold=True, color=_status_color(kpi))
    d.text(2, y + 16, 30, 5, f"{labels['target']}: {kpi.target}", 8.5)
    if kpi.status:
        d.text(33, y + 16, left - 35, 5, kpi.status, 8.5, bold=True, color=_status_color(kpi),
               align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # the months: a small table (label over figure) and the chart beside it
    chart_w = 42.0
    table_x, table_w = left, w - left - chart_w - 4
    n = len(kpi.trend)
    col = table_w / n
    for k, point in enumerate(kpi.trend):
        bold = k == n - 1
        d.text(table_x + k * col, y + 1.5, col, 4.5, point.label, 7.5, bold=bold, color=NEUTRAL,
               align=Qt.AlignmentFlag.AlignCenter)
        d.text(table_x + k * col, y + 6.5, col, 5, point.text, 8, bold=bold,
               color=MISSING if point.value is None else INK, align=Qt.AlignmentFlag.AlignCenter)
    _chart(d, w - chart_w - 2, y + 2, chart_w, min(h - 6, 20), kpi)
    # how it is counted, and why a figure is missing
    text_y = y + 12.5
    room = h - 1.5 - (text_y - y)
    lines = [f"{labels['formula']}: {kpi.formula}"] + ([kpi.note] if kpi.note else [])
    d.text(table_x, text_y, table_w, room, "\n".join(lines), 7.5, color=NEUTRAL,
           align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, wrap=True)


def _page(d: _Painter, page: SheetPage, labels: dict) -> None:
    w = d.width
    d.text(0, 0, w, 9, page.title, 17, bold=True)
    d.text(0, 9, w, 6, page.subtitle, 10, color=NEUTRAL)
    d.line(0, 16, w, 16, INK, 0.4)
    footer_h = 10.0
    y = 19.0
    n_kpis = len(page.kpis)
    heads = len(page.sections) * 7.0
    block = min(36.0, (d.height - y - footer_h - heads) / max(n_kpis, 1))
    for section in page.sections:
        d.text(0, y, w, 6, section.title, 11, bold=True, color=NEUTRAL)
        y += 7.0
        for kpi in section.kpis:
            _kpi_block(d, y, block, kpi, labels)
            y += block
    d.line(0, d.height - footer_h + 1, w, d.height - footer_h + 1)
    d.text(0, d.height - footer_h + 1.5, w, footer_h - 1.5, page.footer, 7, color=NEUTRAL,
           align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, wrap=True)


def paint(sheets: KpiSheets, device) -> None:
    """Draw every page of `sheets` on a QPdfWriter or QPrinter set up for A4."""
    from sopdesk.reports.kpi_text import SHEET_LABELS

    labels = SHEET_LABELS[sheets.lang]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot draw on the printer or PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = _Painter(painter, device)
        for n, page in enumerate(sheets.pages):
            if n:
                device.newPage()
            _page(d, page, labels)
    finally:
        painter.end()


def write_pdf(sheets: KpiSheets, path: str | Path) -> Path:
    """The sheets as an A4 PDF at `path` (needs a QGuiApplication; offscreen is enough)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(sheets.title)
    writer.setCreator("sopdesk")
    _a4(writer)
    paint(sheets, writer)
    del writer
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")
    return path


def write_pdf_headless(sheets: KpiSheets, path: str | Path) -> Path:
    """write_pdf from a program without a window (the command line; ui/headless makes the Qt
    application if there is none, and QT_QPA_PLATFORM=offscreen needs no display)."""
    from sopdesk.ui.headless import ensure_app

    ensure_app()
    return write_pdf(sheets, path)
