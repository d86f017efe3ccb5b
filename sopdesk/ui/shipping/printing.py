"""Printing a delivery note (送货单): the HTML page of sopdesk/reports/delivery_note.py laid
out by QTextDocument on A4, written to a PDF with QPdfWriter ("Save PDF…") or sent to a
printer chosen in QPrintDialog ("Print…"). `ask_save_path` and `ask_printer` are the two
questions put to the user (tests replace them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sopdesk.reports.delivery_note import DeliveryNote

MARGINS_MM = QMarginsF(14, 12, 14, 12)
# A Latin font for letters and digits, then a CJK one for Chinese (Windows, macOS, Linux): Qt
# takes each character from the first family that has it. Digits set by a CJK font next to
# Latin letters come out of Qt's PDF writer without their text (a PDF search for FH-2026-00012
# would not find it), so the Latin fonts come first.
FONT_FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Sans", "Microsoft YaHei", "PingFang SC",
                 "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun"]


def text_document(note: DeliveryNote) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, f"{note.title} {note.number}")
    doc.setHtml(note.html)
    return doc


def _a4(device) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(note: DeliveryNote, path: str | Path) -> Path:
    """The note as an A4 PDF at `path`; returns the path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{note.title} {note.number}")
    writer.setCreator("sopdesk")
    _a4(writer)
    text_document(note).print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")
    return path


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Shipping", "Save delivery note"),
                                          str(Path(folder) / suggested), "PDF (*.pdf)")
    return path or None


def save_pdf(parent: QWidget | None, note: DeliveryNote) -> Path | None:
    """Ask where, then write the PDF there; None when the user cancelled."""
    path = ask_save_path(parent, note.file_name)
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    return write_pdf(note, path)


def ask_printer(parent: QWidget | None):
    """A printer set up by the user in the print dialog, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_note(parent: QWidget | None, note: DeliveryNote) -> bool:
    printer = ask_printer(parent)
    if printer is None:
        return False
    printer.setDocName(f"{note.title} {note.number}")
    text_document(note).print_(printer)
    return True
