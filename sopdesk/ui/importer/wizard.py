"""The import wizard: file + kind -> sheet and header row -> column mapping (editable, saved
as a profile) -> preview with every error -> import with progress and cancel -> summary
(with undo of the batch).

Opening the file and detecting the header read only the first rows of each sheet and run
on the GUI thread; parsing, the dry run, the import, the error workbook and undo run through
the context's task runner (a worker thread in the app, at once in tests). Workers get and
return plain values (Workbook, Detection, ParsedFile, ImportResult), never a Session.
"""


from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
)

from sopdesk import excel
from sopdesk.services import imports
from sopdesk.services.transfer_rights import importable_kinds

from ..changes import Changes
from ..context import AppContext
from ..errors import translate_template
from ..tasks import Cancelled
from .common import (  # noqa: F401 - also what callers import from the wizard
    BAD,
    FILE_FILTER,
    HEADER_ROW,
    KIND_LABELS,
    PREVIEW_ROWS,
    _item,
    _shown,
    _TaskPanel,
    cell_message,
    field_label,
    is_zh,
    kind_label,
)
from .pages import (
    FilePage,
    MappingPage,
    SheetPage,
)
from .preview import (
    PreviewPage,
    SummaryPage,
)

log = logging.getLogger(__name__)


# -- the wizard -----------------------------------------------------------------------------


class ImportWizard(QWizard):
    """State: the context, the kinds offered, and per stage the opened book, the detection
    (with the user's mapping), the parsed file, the dry-run result and the import result.
    sig_imported(result) after a committed import."""

    sig_imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = importable_kinds(ctx.actor)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the import is done
        self.resize(1100, 720)
        self.path = ""
        self.kind = ""
        self.book = None
        self.det = None
        self.detect_error: str | None = None
        self.parsed = None
        self.dry = None
        self.result = None
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.finished.connect(self._close_book)

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) while a stage runs stops that stage first;
        the wizard stays open until the worker has stopped, so nothing is left half done."""
        running = [p for p in (self.mapping_page.panel, self.preview_page.panel) if p.state is not None]
        if running:
            for panel in running:
                panel.cancel()
            return
        super().reject()

    def invalidate(self) -> None:
        self.parsed = self.dry = None

    # stage 1: open + detect (first rows only)
    def open_file(self, path: str, kind: str) -> bool:
        self._close_book()
        self.path, self.kind = path, kind
        self.det = self.result = None
        self.invalidate()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.book = excel.open_workbook(path)
            self.detect(None)
        except excel.FileRefused as exc:
            self.file_page.message.setText(self.tr("This file cannot be imported: {0}").format(
                translate_template(exc.template, exc.params)))
            return False
        except BaseException as exc:  # noqa: BLE001 - shown, never a traceback
            self.ctx.show_error(self, exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def detect(self, sheet: str | None) -> None:
        book, kind = self.book, self.kind
        self.invalidate()
        self.detect_error = None
        try:
            with self.ctx.db.write(self.ctx.actor) as s:
                self.det = imports.detect_for(s, self.ctx.actor, book, kind, sheet=sheet)
        except excel.HeaderNotFound:
            self.det = None
            spec = excel.spec_for(kind)
            expected = "、".join(field_label(spec, f.name) for f in spec.fields if f.required)
            self.detect_error = self.tr("No header row for {0} found in this sheet: expected columns such as {1}.").format(
                kind_label(kind), expected if is_zh() else expected.replace("、", ", "))

    # stage 3: parse + dry run in the background
    def check(self, panel: _TaskPanel, on_done) -> None:
        ctx, book, det = self.ctx, self.book, self.det

        def work(state):
            panel.state = state  # the Cancel button reaches the worker at once

            def progress(x):
                state.set_progress("parse", 0.7 * x)
            parsed = excel.parse(book, det, progress, state.is_interruption_requested)
            with ctx.db.read() as s:
                dry = imports.import_parsed(s, ctx.actor, parsed, dry_run=True,
                                            progress=lambda x: state.set_progress("check", 0.7 + 0.3 * x),
                                            is_cancelled=state.is_interruption_requested)
                s.rollback()
            return parsed, dry

        def done(res):
            panel.stop()
            self.parsed, self.dry = res
            on_done(True)

        def failed(exc):
            panel.stop()
            if isinstance(exc, excel.ImportCancelled | Cancelled):
                self.mapping_page.missing_label.setText(self.tr("Cancelled. Press Next to read the file again."))
            else:
                ctx.show_error(self, exc)
            on_done(False)

        panel.start(self.tr("Reading the rows…"))
        self._run(panel, work, done, failed)

    # stage 5: the import, all or nothing
    def commit(self, panel: _TaskPanel, on_done) -> None:
        ctx, parsed = self.ctx, self.parsed

        def work(state):
            panel.state = state
            with ctx.db.write(ctx.actor) as s:
                return imports.import_parsed(s, ctx.actor, parsed, dry_run=False,
                                             progress=lambda x: state.set_progress("import", x),
                                             is_cancelled=state.is_interruption_requested)

        def done(result):
            panel.stop()
            if result.errors:  # the database changed since the check: show them
                self.dry = result
                self.preview_page.initializePage()
            else:
                self.result = result
                ctx.bus.apply(Changes(orders=True, stock=True), self)
                self.sig_imported.emit(result)
            on_done()

        def failed(exc):
            panel.stop()
            if isinstance(exc, excel.ImportCancelled | Cancelled):
                self.preview_page.summary_label.setText(self.tr("Import cancelled: nothing was written."))
            else:
                ctx.show_error(self, exc)
            on_done()

        panel.start(self.tr("Importing…"))
        self._run(panel, work, done, failed)

    def _run(self, panel: _TaskPanel, work, done, failed) -> None:
        finished = []

        def ok(res):
            finished.append(True)
            done(res)

        def bad(exc):
            finished.append(True)
            failed(exc)

        state = self.ctx.runner.run(work, ok, bad, with_state=True, on_progress=panel.progress)
        panel.state = None if finished else state  # a synchronous runner is done already

    def _close_book(self, *_args) -> None:
        if self.book is not None:
            try:
                self.book.close()
            except Exception:  # noqa: BLE001
                log.warning("closing the workbook failed", exc_info=True)
            self.book = None
