"""The import wizard's last pages: the preview with every error, and the summary with undo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sopdesk import excel
from sopdesk.services import imports

from ..changes import Changes
from .common import (
    BAD,
    PREVIEW_ROWS,
    _item,
    _shown,
    _TaskPanel,
    cell_message,
    field_label,
    is_zh,
    kind_label,
)

if TYPE_CHECKING:
    from .wizard import ImportWizard

log = logging.getLogger(__name__)


# -- 4. preview and errors --------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        lay = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        lay.addWidget(self.summary_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split.addWidget(self.preview)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        erow = QHBoxLayout()
        self.errors_label = QLabel()
        self.errors_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.save_errors_button = QPushButton(self.tr("Save errors workbook…"))
        erow.addWidget(self.errors_label, 1)
        erow.addWidget(self.save_errors_button)
        bl.addLayout(erow)
        self.errors = QTableWidget(0, 5)
        self.errors.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                               self.tr("Value"), self.tr("Problem")])
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        bl.addWidget(self.errors, 1)
        self.error_box = box
        split.addWidget(box)
        lay.addWidget(split, 1)
        self.panel = _TaskPanel()
        lay.addWidget(self.panel)
        self.save_errors_button.clicked.connect(self.save_errors)
        self.errors.cellDoubleClicked.connect(self._goto_error)
        self._row_of: dict[int, int] = {}
        self._col_of: dict[str, int] = {}
        self._validating = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        parsed, result = self.wiz.parsed, self.wiz.dry
        spec = excel.spec_for(parsed.kind)
        errs = result.errors
        if errs:
            self.summary_label.setText(self.tr(
                "{0} rows read. Nothing can be imported until the file is corrected: fix the cells "
                "listed below in the file (or save the errors workbook, where they are marked red) "
                "and start again.").format(result.rows_read))
        else:
            self.summary_label.setText(self.tr(
                "{rows} rows read: {ins} new, {upd} changed, {same} unchanged, {skip} skipped. "
                "Press Import to write them.").format(rows=result.rows_read, ins=result.inserted,
                                                      upd=result.updated, same=result.unchanged,
                                                      skip=result.skipped))
        fields = [f.name for f in spec.fields if f.name in parsed.columns]
        self._col_of = {f: k for k, f in enumerate(fields)}
        rows = parsed.preview(0, PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([field_label(spec, f) for f in fields])
        self.preview.setVerticalHeaderLabels([str(r[0]) for r in rows])
        self._row_of = {r[0]: i for i, r in enumerate(rows)}
        raw = parsed.raw
        zh_labels = {f: spec.field(f).labels for f in fields} if is_zh() else {}
        for i, (_excel_row, values, _row_errors) in enumerate(rows):
            for k, f in enumerate(fields):
                value = values.get(f)
                if zh_labels.get(f) and value in zh_labels[f]:  # a status or kind: its Chinese name
                    value = zh_labels[f][value]
                self.preview.setItem(i, k, _item(_shown(value)))
        for e in errs:  # mark every bad cell that is in the preview (database errors too)
            i, k = self._row_of.get(e.row), self._col_of.get(e.field)
            if i is None or k is None:
                continue
            it = self.preview.item(i, k)
            if it.text() == "" and e.field in raw:
                idx = parsed.row_numbers.index(e.row)
                it.setText(_shown(raw[e.field][idx]))
            it.setBackground(QBrush(BAD))
            it.setToolTip(cell_message(e))
        self.preview.resizeColumnsToContents()
        self.errors.setRowCount(len(errs))
        for i, e in enumerate(errs):
            for k, v in enumerate((e.sheet, e.row, e.column, _shown(e.value), cell_message(e))):
                self.errors.setItem(i, k, _item(v))
        self.errors.resizeColumnsToContents()
        self.errors_label.setText(self.tr("{0} problems found").format(len(errs)))
        self.error_box.setVisible(bool(errs))

    def _goto_error(self, row: int, _col: int) -> None:
        e = self.wiz.dry.errors[row]
        i, k = self._row_of.get(e.row), self._col_of.get(e.field)
        if i is not None:
            self.preview.setCurrentCell(i, k or 0)
            self.preview.scrollToItem(self.preview.item(i, k or 0))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.dry is not None and not self.wiz.dry.errors and self.panel.state is None

    def save_errors(self, _checked=False, path: str | None = None) -> None:
        if path is None:
            default = str(Path(self.wiz.path).with_name(Path(self.wiz.path).stem + "_errors.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save errors workbook"), default, "Excel (*.xlsx)")
            if not path:
                return
        parsed, errs = self.wiz.parsed, list(self.wiz.dry.errors)
        self.wiz.ctx.runner.run(lambda: excel.write_error_workbook(path, parsed, errs),
                                lambda _r: self.errors_label.setText(self.tr("Errors saved to {0}").format(path)),
                                lambda exc: self.wiz.ctx.show_error(self, exc))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.result is not None:
            return True
        if self.panel.state is not None:
            return False
        self._validating = True
        try:
            self.wiz.commit(self.panel, self._committed)
        finally:
            self._validating = False
        return self.wiz.result is not None

    def _committed(self) -> None:
        self.completeChanged.emit()
        if self.wiz.result is not None and not self._validating:
            self.wiz.next()


# -- 5. summary -----------------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        self.setFinalPage(True)
        lay = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import"))
        row.addWidget(self.undo_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.undo_button.clicked.connect(self.undo)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        r = self.wiz.result
        lines = [self.tr("{0}: {1}").format(kind_label(r.kind), r.file),
                 self.tr("Rows read: {0}").format(r.rows_read),
                 self.tr("New: {0}").format(r.inserted), self.tr("Changed: {0}").format(r.updated),
                 self.tr("Unchanged: {0}").format(r.unchanged), self.tr("Skipped: {0}").format(r.skipped)]
        for what, n in (r.created or {}).items():
            names = r.created_names.get(what)
            if names:
                lines.append(self.tr("Created along with it ({0}): {1} — {2}").format(
                    kind_label(what), n, "、".join(names) if is_zh() else ", ".join(names)))
            else:
                lines.append(self.tr("Created along with it ({0}): {1}").format(kind_label(what), n))
        lines.append(self.tr("Batch: {0}").format(r.batch_id) if r.batch_id else
                     self.tr("Nothing changed: the database already held these values."))
        self.text.setText("\n".join(lines))
        self.undo_button.setVisible(r.batch_id is not None)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        batch_id = self.wiz.result.batch_id
        self.undo_button.setEnabled(False)

        def done(counts):
            self.text.setText(self.text.text() + "\n\n" + self.tr("The import was undone."))

        def failed(exc):
            self.undo_button.setEnabled(True)
            self.wiz.ctx.show_error(self, exc)

        self.wiz.ctx.mutate(lambda s, a: imports.undo_batch(s, a, batch_id), Changes(orders=True, stock=True), done,
                            parent=self, on_error=failed)


