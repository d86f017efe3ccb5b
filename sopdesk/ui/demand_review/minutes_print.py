"""The minutes (会议纪要) of a demand review on paper: the HTML page of
sopdesk/reports/minutes.py laid out by QTextDocument on one A4 page (the type is made
smaller until it fits), written to a PDF with QPdfWriter or sent to a printer chosen in the
native QPrintDialog. The fonts are named explicitly: Latin ones first (digits and letters
keep their text in the PDF), then the CJK ones of Windows, macOS and Linux, as the
delivery note does. `MinutesActions` is the row of the tab with the language and the two
buttons; `ask_save_path` and `ask_printer` are the questions put to the user (tests
replace them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QPushButton, QWidget

from sopdesk.reports import minutes as minutes_report
from sopdesk.reports.minutes import Minutes

MARGINS_MM = QMarginsF(12, 10, 12, 10)
FONT_FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans", "Microsoft YaHei",
                 "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun"]
LARGEST_PT, SMALLEST_PT = 9.0, 5.5


def text_document(m: Minutes, page_size: QSizeF | None = None) -> QTextDocument:
    """The minutes laid out; with ``page_size`` (points) the type shrinks until one page holds it."""
    pt = LARGEST_PT
    while True:
        doc = QTextDocument()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(pt)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, m.title)
        doc.setHtml(m.html)
        if page_size is None:
            return doc
        doc.setPageSize(page_size)
        if doc.pageCount() <= 1 or pt <= SMALLEST_PT:
            return doc
        pt -= 0.5


def _a4(device) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def _page_points(device) -> QSizeF:
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    return QSizeF(rect.width(), rect.height())


def write_pdf(m: Minutes, path: str | Path) -> Path:
    """The minutes as a one-page A4 PDF at ``path`` (needs a QGuiApplication; offscreen is enough)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(m.title)
    writer.setCreator("sopdesk")
    _a4(writer)
    text_document(m, _page_points(writer)).print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")
    return path


def write_pdf_headless(m: Minutes, path: str | Path) -> Path:
    """write_pdf from the command line (ui/headless: a Qt application is made if there is none)."""
    from sopdesk.ui.headless import ensure_app

    ensure_app()
    return write_pdf(m, path)


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DemandReview", "Save minutes"),
                                          str(Path(folder) / suggested), "PDF (*.pdf)")
    return path or None


def ask_printer(parent: QWidget | None):
    """A printer set up by the user in the native print dialog, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_minutes(parent: QWidget | None, m: Minutes) -> bool:
    printer = ask_printer(parent)
    if printer is None:
        return False
    printer.setDocName(m.title)
    text_document(m, _page_points(printer)).print_(printer)
    return True


class MinutesActions(QWidget):
    """The minutes' language and Print… / Save PDF… for the cycle shown. State: the cycle
    (None: none open), the last file written."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cycle = None
        self.last_pdf: Path | None = None
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setToolTip(self.tr("The language of the minutes"))
        self.print_button = QPushButton(self.tr("Print minutes…"))
        self.pdf_button = QPushButton(self.tr("Minutes PDF…"))
        for b in (self.print_button, self.pdf_button):
            b.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self._fetch(self._print))
        self.pdf_button.clicked.connect(lambda: self._fetch(self._save))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.lang)
        lay.addWidget(self.print_button)
        lay.addWidget(self.pdf_button)
        self.set_cycle(None)

    def set_cycle(self, cycle) -> None:
        self.cycle = cycle
        for b, tip in ((self.print_button, self.tr("The minutes (会议纪要) on one A4 page, to a printer")),
                       (self.pdf_button, self.tr("The minutes (会议纪要) on one A4 page, as a PDF file"))):
            b.setEnabled(cycle is not None)
            b.setToolTip(tip if cycle is not None else self.tr("No review is open for this month"))

    def _fetch(self, then) -> None:
        if self.cycle is None:
            return
        cycle_id, lang = self.cycle.id, self.lang.currentData()
        self.ctx.query(lambda s, a: minutes_report.build(minutes_report.gather(s, a, cycle_id), lang=lang), then,
                       parent=self)

    def _print(self, m: Minutes) -> None:
        print_minutes(self, m)

    def _save(self, m: Minutes) -> None:
        path = ask_save_path(self, m.file_name)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.last_pdf = write_pdf(m, path)
        except OSError as exc:
            self.ctx.show_error(self, exc)
