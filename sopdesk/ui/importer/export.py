"""Export to Excel… for the current list: services.exports writes the .xlsx in a worker,
with a progress dialog whose Cancel stops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from sopdesk.excel import ImportCancelled
from sopdesk.services import exports

from ..context import AppContext
from ..tasks import Cancelled


def export_list(ctx: AppContext, parent: QWidget | None, request, path: str | None = None) -> None:
    if request is None:
        return
    if isinstance(request, str):
        request = exports.ExportRequest(request)
    kind, filters = request.kind, dict(request.filters)
    if path is None:
        default = str(Path.home() / f"{exports.SHEET_NAMES[kind]}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Export", "Export to Excel"), default, "Excel (*.xlsx)")
        if not path:
            return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    progress = QProgressDialog(QCoreApplication.translate("Export", "Writing {0}…").format(Path(path).name),
                               QCoreApplication.translate("Export", "Cancel"), 0, 1000, parent)
    progress.setWindowTitle(QCoreApplication.translate("Export", "Export to Excel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    db, actor = ctx.db, ctx.actor

    def work(state):
        return exports.export_file(db, actor, kind, path, progress=lambda x: state.set_progress("export", x),
                                   is_cancelled=state.is_interruption_requested, filters=filters)

    def done(count):
        progress.close()
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Export", "Export to Excel"),
                          QCoreApplication.translate("Export", "{0} rows written to {1}").format(count, path),
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def failed(exc):
        progress.close()
        if isinstance(exc, ImportCancelled | Cancelled):
            Path(path).unlink(missing_ok=True)  # no half-written file left behind
        else:
            ctx.show_error(parent, exc)

    state = ctx.runner.run(work, done, failed, with_state=True,
                           on_progress=lambda _s, x: progress.setValue(int(x * 1000)))
    progress.canceled.connect(state.request_interruption)
