"""The import wizard's first three pages: file and kind, sheet and header row, column mapping."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from sopdesk import excel
from sopdesk.services import imports

from ..changes import Changes
from .common import (
    FILE_FILTER,
    HEADER_ROW,
    _item,
    _shown,
    _TaskPanel,
    field_label,
    kind_label,
)

if TYPE_CHECKING:
    from .wizard import ImportWizard

log = logging.getLogger(__name__)


# -- 1. file and kind -------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An Excel or CSV file (.xlsx, .xls, .ods, .csv) and what it holds."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), row)
        self.kind_combo = QComboBox()
        for kind in wizard.kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        form.addRow(self.tr("It holds:"), self.kind_combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        form.addRow(self.message)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), self.path_edit.text(), FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path_edit.text().strip()) and self.kind_combo.count() > 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.message.clear()
        return self.wiz.open_file(self.path_edit.text().strip(), self.kind())


# -- 2. sheet and header row ------------------------------------------------------------------


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("Where the data is. Choose another sheet if this is not the right one."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet:")))
        self.sheet_combo = QComboBox()
        row.addWidget(self.sheet_combo, 1)
        lay.addLayout(row)
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        lay.addWidget(self.header_label)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.sheet_combo.activated.connect(self._sheet_chosen)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        book = self.wiz.book
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in book.sheet_names:
            self.sheet_combo.addItem(name, name)
        if self.wiz.det is not None:
            self.sheet_combo.setCurrentIndex(book.sheet_names.index(self.wiz.det.sheet))
        self.sheet_combo.blockSignals(False)
        self.show_sheet()

    def _sheet_chosen(self, _index: int) -> None:
        self.wiz.detect(self.sheet_combo.currentData())
        self.show_sheet()
        self.completeChanged.emit()

    def show_sheet(self) -> None:
        det, book = self.wiz.det, self.wiz.book
        name = self.sheet_combo.currentData()
        if det is None or det.sheet != name:
            self.header_label.setText(self.wiz.detect_error or self.tr("No header row found in this sheet."))
            self.header_label.setStyleSheet("color: #a40000;")
        else:
            self.header_label.setStyleSheet("")
            self.header_label.setText(self.tr("Header row: row {0}. Data starts below it.").format(det.header_row))
        head = book.head(name, 30)
        width = max((len(r) for r in head.rows), default=0)
        self.table.clear()
        self.table.setRowCount(len(head.rows))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([excel.col_letter(head.col_offset + j) for j in range(width)])
        self.table.setVerticalHeaderLabels([str(head.excel_row(i)) for i in range(len(head.rows))])
        for i, r in enumerate(head.rows):
            for j, v in enumerate(r):
                it = _item(_shown(v))
                if det is not None and det.sheet == name and i == det.header_index:
                    it.setBackground(QBrush(HEADER_ROW))
                self.table.setItem(i, j, it)
        self.table.resizeColumnsToContents()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.det is not None


# -- 3. mapping -----------------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which column holds which field. Columns set to “not imported” are ignored."))
        lay = QVBoxLayout(self)
        self.profile_label = QLabel()
        lay.addWidget(self.profile_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                              self.tr("First values"), self.tr("Imported as")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a40000;")
        lay.addWidget(self.missing_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save this mapping as:")))
        self.profile_edit = QLineEdit()
        self.profile_edit.setPlaceholderText(self.tr("e.g. the customer's name"))
        self.save_profile_button = QPushButton(self.tr("Save mapping"))
        row.addWidget(self.profile_edit, 1)
        row.addWidget(self.save_profile_button)
        lay.addLayout(row)
        self.panel = _TaskPanel()
        lay.addWidget(self.panel)
        self.combos: list[QComboBox] = []
        self._indexes: list[int] = []
        self.save_profile_button.clicked.connect(self.save_profile)
        self._ready = False
        self._validating = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._ready = False
        det = self.wiz.det
        spec = det.spec
        cols = det.columns()
        self.combos, self._indexes = [], []
        self.table.setRowCount(len(cols))
        for r, c in enumerate(cols):
            self.table.setItem(r, 0, _item(c.letter))
            self.table.setItem(r, 1, _item(c.header))
            self.table.setItem(r, 2, _item(" · ".join(c.samples[:3])))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for f in spec.fields:
                combo.addItem(field_label(spec, f.name) + (" *" if f.required else ""), f.name)
            combo.setCurrentIndex(max(0, combo.findData(c.field)) if c.field else 0)
            combo.activated.connect(lambda _i, col=c.index, cb=combo: self._remapped(col, cb))
            self.table.setCellWidget(r, 3, combo)
            self.combos.append(combo)
            self._indexes.append(c.index)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 200))
        self.profile_label.setText(self.tr("Saved mapping applied: {0}").format(det.profile) if det.profile else "")
        self._show_missing()

    def set_field(self, column_index: int, field: str | None) -> None:
        """Map a file column (its index in the sheet) to a field (tests, keyboard users)."""
        k = self._indexes.index(column_index)
        combo = self.combos[k]
        combo.setCurrentIndex(combo.findData(field) if field else 0)
        self._remapped(column_index, combo)

    def _remapped(self, column_index: int, combo: QComboBox) -> None:
        self.wiz.det = self.wiz.det.remap({column_index: combo.currentData()})
        self.wiz.invalidate()
        mapping = self.wiz.det.mapping
        for k, cb in zip(self._indexes, self.combos, strict=True):  # a field moved elsewhere
            want = mapping.get(k)
            if cb.currentData() != want:
                cb.setCurrentIndex(cb.findData(want) if want else 0)
        self._ready = False
        self._show_missing()
        self.completeChanged.emit()

    def _show_missing(self) -> None:
        det = self.wiz.det
        missing = det.missing()
        self.missing_label.setText(self.tr("Still to map: {0}").format(
            ", ".join(" / ".join(field_label(det.spec, n) for n in m.split(" / ")) for m in missing)) if missing else "")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.det is not None and not self.wiz.det.missing() and self.panel.state is None

    def save_profile(self) -> None:
        name = self.profile_edit.text().strip()
        det = self.wiz.det
        self.wiz.ctx.mutate(lambda s, a: imports.save_profile(s, a, name, det), Changes(),
                            lambda p: self.profile_label.setText(self.tr("Mapping saved as {0}").format(p.name)),
                            parent=self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._ready:
            return True
        if self.panel.state is not None:
            return False
        self._validating = True
        try:
            self.wiz.check(self.panel, self._checked)
        finally:
            self._validating = False
        return self._ready

    def _checked(self, ok: bool) -> None:
        self._ready = ok
        self.completeChanged.emit()
        if ok and not self._validating:
            self.wiz.next()


